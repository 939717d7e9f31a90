#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace tagsmith {

class MainWindow;

// Owns the main window. Switching catalogs makes a new MainWindow on the new file, the same way
// the app starts (the window's loader, upload and processing threads all belong to one catalog),
// and a language change rebuilds it with the new translators.
class WindowHost : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(const QString &catalogPath, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    void windowReplaced(tagsmith::MainWindow *window);

private:
    void replace(const QString &catalogPath);
    void adopt(MainWindow *window);

    std::unique_ptr<MainWindow> m_window;
};

} // namespace tagsmith
