#pragma once

#include <QtGlobal>

#include <vector>

namespace tagsmith {

// Vectors stored as signed 8-bit codes with one scale per row: a quarter of the memory of
// floats, and a scan that reads a quarter of the bytes. Find-similar is bound by memory
// bandwidth (100 000 x 1280 floats is 512 MB per query), so the coarse scan ranks candidates
// and the caller re-scores the best of them exactly from the stored floats.
class QuantizedRows {
public:
    // Rows of `dimension` values; the codes are padded to a multiple of the kernel's width.
    void reset(int dimension);
    // Sets row `row` (appending rows up to it) from `dimension` floats.
    void set(qsizetype row, const float *values);

    qsizetype rows() const { return qsizetype(m_scales.size()); }
    int dimension() const { return m_dimension; }
    qsizetype bytes() const { return qsizetype(m_codes.size() + m_scales.size() * sizeof(float)); }

    // Approximate dot product of every row with `query` (`dimension` floats); the error per row
    // is below 1 % of |row| x |query| (8-bit rows, 12-bit query).
    std::vector<float> dotAll(const float *query) const;

private:
    int m_dimension = 0;
    int m_stride = 0;
    std::vector<qint8> m_codes;
    std::vector<float> m_scales;
};

} // namespace tagsmith
