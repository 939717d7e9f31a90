#include "matrixkernels.h"

#include <immintrin.h>

#include <algorithm>
#include <atomic>

namespace tagsmith::ml::kernels {

namespace {

constexpr int rowBlock = 32;   // rows of x kept in L2 while all classes pass over them

__attribute__((target("avx2,fma"))) float horizontalSum(__m256 v)
{
    const __m128 sum4 = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 sum2 = _mm_add_ps(sum4, _mm_movehl_ps(sum4, sum4));
    return _mm_cvtss_f32(_mm_add_ss(sum2, _mm_shuffle_ps(sum2, sum2, 1)));
}

// 4 rows x 2 classes per step: 8 accumulators, 6 loads per 8 FMAs.
__attribute__((target("avx2,fma"))) void multiplyTransposedAvx2(const float *x, int rows, int dim,
                                                               const float *w, int classes, float *z)
{
    for (int i = 0; i < rows; i += 4) {
        const float *x0 = x + i * dim, *x1 = x0 + dim, *x2 = x1 + dim, *x3 = x2 + dim;
        for (int k = 0; k < classes; k += 2) {
            const float *w0 = w + k * dim, *w1 = w0 + dim;
            __m256 a00 = _mm256_setzero_ps(), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00, a31 = a00;
            for (int j = 0; j < dim; j += 8) {
                const __m256 v0 = _mm256_loadu_ps(w0 + j), v1 = _mm256_loadu_ps(w1 + j);
                __m256 u = _mm256_loadu_ps(x0 + j);
                a00 = _mm256_fmadd_ps(u, v0, a00); a01 = _mm256_fmadd_ps(u, v1, a01);
                u = _mm256_loadu_ps(x1 + j);
                a10 = _mm256_fmadd_ps(u, v0, a10); a11 = _mm256_fmadd_ps(u, v1, a11);
                u = _mm256_loadu_ps(x2 + j);
                a20 = _mm256_fmadd_ps(u, v0, a20); a21 = _mm256_fmadd_ps(u, v1, a21);
                u = _mm256_loadu_ps(x3 + j);
                a30 = _mm256_fmadd_ps(u, v0, a30); a31 = _mm256_fmadd_ps(u, v1, a31);
            }
            float *zi = z + i * classes + k;
            zi[0] = horizontalSum(a00); zi[1] = horizontalSum(a01);
            zi[classes] = horizontalSum(a10); zi[classes + 1] = horizontalSum(a11);
            zi[2 * classes] = horizontalSum(a20); zi[2 * classes + 1] = horizontalSum(a21);
            zi[3 * classes] = horizontalSum(a30); zi[3 * classes + 1] = horizontalSum(a31);
        }
    }
}

// AVX-512: 4 rows x 4 classes per step, 16 accumulators of 16 floats, 8 loads per 16 FMAs.
__attribute__((target("avx512f"))) void multiplyTransposedAvx512(const float *x, int rows, int dim,
                                                                const float *w, int classes, float *z)
{
    for (int i = 0; i < rows; i += 4) {
        const float *xr[4] = {x + i * dim, x + (i + 1) * dim, x + (i + 2) * dim, x + (i + 3) * dim};
        for (int k = 0; k < classes; k += 4) {
            const float *wr[4] = {w + k * dim, w + (k + 1) * dim, w + (k + 2) * dim, w + (k + 3) * dim};
            __m512 a[4][4];
            for (auto &row : a)
                for (__m512 &v : row)
                    v = _mm512_setzero_ps();
            for (int j = 0; j < dim; j += 16) {
                const __m512 v0 = _mm512_loadu_ps(wr[0] + j), v1 = _mm512_loadu_ps(wr[1] + j);
                const __m512 v2 = _mm512_loadu_ps(wr[2] + j), v3 = _mm512_loadu_ps(wr[3] + j);
                for (int r = 0; r < 4; ++r) {
                    const __m512 u = _mm512_loadu_ps(xr[r] + j);
                    a[r][0] = _mm512_fmadd_ps(u, v0, a[r][0]);
                    a[r][1] = _mm512_fmadd_ps(u, v1, a[r][1]);
                    a[r][2] = _mm512_fmadd_ps(u, v2, a[r][2]);
                    a[r][3] = _mm512_fmadd_ps(u, v3, a[r][3]);
                }
            }
            alignas(64) float lanes[16];
            for (int r = 0; r < 4; ++r) {
                for (int c = 0; c < 4; ++c) {
                    _mm512_store_ps(lanes, a[r][c]);
                    float sum = 0;
                    for (float lane : lanes)
                        sum += lane;
                    z[(i + r) * classes + k + c] = sum;
                }
            }
        }
    }
}

// AVX-512: 4 classes x 32 columns of g in 8 registers while a block of rows streams past.
__attribute__((target("avx512f"))) void accumulateGradientAvx512(const float *r, const float *x, int rows,
                                                                int dim, int classes, float *g)
{
    for (int i0 = 0; i0 < rows; i0 += rowBlock) {
        const int i1 = i0 + rowBlock < rows ? i0 + rowBlock : rows;
        for (int k = 0; k < classes; k += 4) {
            for (int j = 0; j < dim; j += 32) {
                float *gr[4] = {g + k * dim + j, g + (k + 1) * dim + j, g + (k + 2) * dim + j, g + (k + 3) * dim + j};
                __m512 a[4][2];
                for (int c = 0; c < 4; ++c) {
                    a[c][0] = _mm512_loadu_ps(gr[c]);
                    a[c][1] = _mm512_loadu_ps(gr[c] + 16);
                }
                for (int i = i0; i < i1; ++i) {
                    const float *xi = x + i * dim + j;
                    const float *ri = r + i * classes + k;
                    const __m512 u0 = _mm512_loadu_ps(xi), u1 = _mm512_loadu_ps(xi + 16);
                    for (int c = 0; c < 4; ++c) {
                        const __m512 b = _mm512_set1_ps(ri[c]);
                        a[c][0] = _mm512_fmadd_ps(b, u0, a[c][0]);
                        a[c][1] = _mm512_fmadd_ps(b, u1, a[c][1]);
                    }
                }
                for (int c = 0; c < 4; ++c) {
                    _mm512_storeu_ps(gr[c], a[c][0]);
                    _mm512_storeu_ps(gr[c] + 16, a[c][1]);
                }
            }
        }
    }
}

// 4 classes x 16 columns of g stay in registers while a block of rows streams past.
__attribute__((target("avx2,fma"))) void accumulateGradientAvx2(const float *r, const float *x, int rows,
                                                               int dim, int classes, float *g)
{
    for (int i0 = 0; i0 < rows; i0 += rowBlock) {
        const int i1 = i0 + rowBlock < rows ? i0 + rowBlock : rows;
        for (int k = 0; k < classes; k += 4) {
            for (int j = 0; j < dim; j += 16) {
                float *g0 = g + k * dim + j, *g1 = g0 + dim, *g2 = g1 + dim, *g3 = g2 + dim;
                __m256 a00 = _mm256_loadu_ps(g0), a01 = _mm256_loadu_ps(g0 + 8);
                __m256 a10 = _mm256_loadu_ps(g1), a11 = _mm256_loadu_ps(g1 + 8);
                __m256 a20 = _mm256_loadu_ps(g2), a21 = _mm256_loadu_ps(g2 + 8);
                __m256 a30 = _mm256_loadu_ps(g3), a31 = _mm256_loadu_ps(g3 + 8);
                for (int i = i0; i < i1; ++i) {
                    const float *xi = x + i * dim + j;
                    const float *ri = r + i * classes + k;
                    const __m256 u0 = _mm256_loadu_ps(xi), u1 = _mm256_loadu_ps(xi + 8);
                    __m256 b = _mm256_broadcast_ss(ri);
                    a00 = _mm256_fmadd_ps(b, u0, a00); a01 = _mm256_fmadd_ps(b, u1, a01);
                    b = _mm256_broadcast_ss(ri + 1);
                    a10 = _mm256_fmadd_ps(b, u0, a10); a11 = _mm256_fmadd_ps(b, u1, a11);
                    b = _mm256_broadcast_ss(ri + 2);
                    a20 = _mm256_fmadd_ps(b, u0, a20); a21 = _mm256_fmadd_ps(b, u1, a21);
                    b = _mm256_broadcast_ss(ri + 3);
                    a30 = _mm256_fmadd_ps(b, u0, a30); a31 = _mm256_fmadd_ps(b, u1, a31);
                }
                _mm256_storeu_ps(g0, a00); _mm256_storeu_ps(g0 + 8, a01);
                _mm256_storeu_ps(g1, a10); _mm256_storeu_ps(g1 + 8, a11);
                _mm256_storeu_ps(g2, a20); _mm256_storeu_ps(g2 + 8, a21);
                _mm256_storeu_ps(g3, a30); _mm256_storeu_ps(g3 + 8, a31);
            }
        }
    }
}

InstructionSet detected()
{
    if (__builtin_cpu_supports("avx512f"))
        return InstructionSet::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return InstructionSet::Avx2;
    return InstructionSet::Plain;
}

std::atomic<InstructionSet> &active()
{
    static std::atomic<InstructionSet> set{detected()};
    return set;
}

bool hasAvx512()
{
    return active().load(std::memory_order_relaxed) == InstructionSet::Avx512;
}

bool hasAvx2()
{
    return active().load(std::memory_order_relaxed) >= InstructionSet::Avx2;
}

} // namespace

InstructionSet instructionSet()
{
    return active().load();
}

void limitInstructionSet(InstructionSet widest)
{
    active().store(std::min(widest, detected()));
}

void multiplyTransposed(const float *x, int rows, int dim, const float *w, int classes, float *z)
{
    if (hasAvx512())
        return multiplyTransposedAvx512(x, rows, dim, w, classes, z);
    if (hasAvx2())
        return multiplyTransposedAvx2(x, rows, dim, w, classes, z);
    for (int i = 0; i < rows; ++i) {
        for (int k = 0; k < classes; ++k) {
            float sum = 0;
            for (int j = 0; j < dim; ++j)
                sum += x[i * dim + j] * w[k * dim + j];
            z[i * classes + k] = sum;
        }
    }
}

void accumulateGradient(const float *r, const float *x, int rows, int dim, int classes, float *g)
{
    if (hasAvx512())
        return accumulateGradientAvx512(r, x, rows, dim, classes, g);
    if (hasAvx2())
        return accumulateGradientAvx2(r, x, rows, dim, classes, g);
    for (int i = 0; i < rows; ++i) {
        for (int k = 0; k < classes; ++k) {
            const float rik = r[i * classes + k];
            for (int j = 0; j < dim; ++j)
                g[k * dim + j] += rik * x[i * dim + j];
        }
    }
}

} // namespace tagsmith::ml::kernels
