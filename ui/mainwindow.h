#pragma once

#include <QMainWindow>

namespace tagsmith {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace tagsmith
