#include "mainwindow.h"

namespace tagsmith {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tagsmith"));
}

} // namespace tagsmith
