#include "matrixkernels.h"

#include <immintrin.h>

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

bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported;
}

} // namespace

void multiplyTransposed(const float *x, int rows, int dim, const float *w, int classes, float *z)
{
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
