#pragma once

#include "textbox.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <opencv2/dnn.hpp>

#include <vector>

namespace tagsmith::ocr {

struct RecognizedText {
    QString text;
    float confidence = 0;   // mean probability of the emitted characters; 0 for no text
};

// PP-OCRv4 recognition: one horizontal text line (BGR) to text, CTC greedy decoding.
class TextRecognizer {
public:
    static constexpr int InputWidth = 320;

    static Result<TextRecognizer> load(const QString &onnxPath, const QString &keysPath);

    // One network pass: the crop is squeezed into 48x320 when it is wider than 320 at height 48.
    Result<RecognizedText> recognizeCrop(const cv::Mat &bgrLine);
    // A line of any length: cut at blank columns into pieces the network sees unsqueezed;
    // word spaces come from the blank columns between the characters.
    Result<RecognizedText> recognizeLine(const cv::Mat &bgrLine);

    // The box cut out and turned to a horizontal line (PaddleOCR get_rotate_crop_image).
    static cv::Mat cropLine(const cv::Mat &image, const TextBox &box);

private:
    struct Character {
        int index = 0;       // into m_characters
        float x = 0;         // centre of its output step, in crop columns
        float probability = 0;
    };
    Result<std::vector<Character>> characters(const cv::Mat &bgrLine);

    cv::dnn::Net m_net;
    QStringList m_characters;   // index 0 is the CTC blank
};

} // namespace tagsmith::ocr
