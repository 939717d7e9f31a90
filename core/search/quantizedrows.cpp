#include "quantizedrows.h"

#include "ml/matrixkernels.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>

namespace tagsmith {
namespace {

constexpr int kColumnAlign = 16;   // one AVX2 step: 16 codes widened to 16-bit lanes
constexpr float kRowLevels = 127.0f;
// 12-bit query codes: a sum of 1280 products of 127 x 2047 stays far inside 32 bits.
constexpr float kQueryLevels = 2047.0f;

qint32 dotPlain(const qint8 *row, const qint16 *query, int stride)
{
    qint32 sum = 0;
    for (int j = 0; j < stride; ++j)
        sum += qint32(row[j]) * query[j];
    return sum;
}

// Four rows per pass so each query load serves four rows.
__attribute__((target("avx2"))) void dotAvx2(const qint8 *codes, qsizetype rows, int stride, const qint16 *query, qint32 *out)
{
    qsizetype i = 0;
    for (; i + 4 <= rows; i += 4) {
        const qint8 *r0 = codes + i * stride, *r1 = r0 + stride, *r2 = r1 + stride, *r3 = r2 + stride;
        __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
        for (int j = 0; j < stride; j += kColumnAlign) {
            const __m256i q = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(query + j));
            a0 = _mm256_add_epi32(a0, _mm256_madd_epi16(_mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(r0 + j))), q));
            a1 = _mm256_add_epi32(a1, _mm256_madd_epi16(_mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(r1 + j))), q));
            a2 = _mm256_add_epi32(a2, _mm256_madd_epi16(_mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(r2 + j))), q));
            a3 = _mm256_add_epi32(a3, _mm256_madd_epi16(_mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(r3 + j))), q));
        }
        // Horizontal sums of the four accumulators at once.
        const __m256i s01 = _mm256_hadd_epi32(a0, a1), s23 = _mm256_hadd_epi32(a2, a3);
        const __m256i s = _mm256_hadd_epi32(s01, s23);
        const __m128i total = _mm_add_epi32(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), total);
    }
    for (; i < rows; ++i)
        out[i] = dotPlain(codes + i * stride, query, stride);
}

} // namespace

void QuantizedRows::reset(int dimension)
{
    m_dimension = dimension;
    m_stride = (dimension + kColumnAlign - 1) / kColumnAlign * kColumnAlign;
    m_codes.clear();
    m_scales.clear();
}

void QuantizedRows::set(qsizetype row, const float *values)
{
    if (row >= rows()) {
        m_scales.resize(size_t(row + 1), 0.0f);
        m_codes.resize(size_t(row + 1) * size_t(m_stride), 0);
    }
    float largest = 0;
    for (int j = 0; j < m_dimension; ++j)
        largest = std::max(largest, std::abs(values[j]));
    const float step = largest > 0 ? largest / kRowLevels : 1.0f;
    qint8 *codes = m_codes.data() + row * m_stride;
    for (int j = 0; j < m_dimension; ++j)
        codes[j] = qint8(std::lround(values[j] / step));
    m_scales[size_t(row)] = step;
}

std::vector<float> QuantizedRows::dotAll(const float *query) const
{
    std::vector<float> result(static_cast<size_t>(rows()), 0.0f);
    if (rows() == 0)
        return result;
    float largest = 0;
    for (int j = 0; j < m_dimension; ++j)
        largest = std::max(largest, std::abs(query[j]));
    const float step = largest > 0 ? largest / kQueryLevels : 1.0f;
    std::vector<qint16> codes(size_t(m_stride), 0);
    for (int j = 0; j < m_dimension; ++j)
        codes[size_t(j)] = qint16(std::lround(query[j] / step));
    std::vector<qint32> sums(static_cast<size_t>(rows()));
    if (ml::kernels::instructionSet() != ml::kernels::InstructionSet::Plain)
        dotAvx2(m_codes.data(), rows(), m_stride, codes.data(), sums.data());
    else
        for (qsizetype i = 0; i < rows(); ++i)
            sums[size_t(i)] = dotPlain(m_codes.data() + i * m_stride, codes.data(), m_stride);
    for (size_t i = 0; i < result.size(); ++i)
        result[i] = float(sums[i]) * m_scales[i] * step;
    return result;
}

} // namespace tagsmith
