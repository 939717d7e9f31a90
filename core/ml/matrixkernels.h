#pragma once

// The two products that dominate training a softmax regression, on padded row-major float
// matrices (rows a multiple of 4, columns a multiple of 32, classes a multiple of 4).
// Debian's OpenCV uses the reference BLAS, so these hand-blocked loops (AVX-512 or AVX2+FMA,
// chosen at run time, plain loops otherwise) are what keeps 50 tags x 50 examples under a second.
namespace tagsmith::ml::kernels {

// z[i*classes + k] = dot(x row i, w row k), for rows [0, rows).
void multiplyTransposed(const float *x, int rows, int dim, const float *w, int classes, float *z);

// g[k*dim + j] += sum_i r[i*classes + k] * x[i*dim + j], for rows [0, rows).
void accumulateGradient(const float *r, const float *x, int rows, int dim, int classes, float *g);

// The widest the CPU has by default; tests lower it to check every path on one machine.
enum class InstructionSet { Plain, Avx2, Avx512 };
InstructionSet instructionSet();
void limitInstructionSet(InstructionSet widest);

} // namespace tagsmith::ml::kernels
