#include "windowhost.h"

#include "ui/mainwindow.h"
#include "translationloader.h"

#include <QApplication>

namespace tagsmith {

WindowHost::WindowHost(const QString &catalogPath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<MainWindow *>();
    adopt(new MainWindow(catalogPath));
}

WindowHost::~WindowHost() = default;

void WindowHost::adopt(MainWindow *window)
{
    m_window.reset(window);
    connect(window, &MainWindow::catalogSwitchRequested, this, &WindowHost::replace, Qt::QueuedConnection);
    connect(window, &MainWindow::reloadRequested, this, [this] {
        TranslationLoader::install(*QCoreApplication::instance());
        replace(m_window->catalogPath());
        m_window->showPreferences();   // the user was in Preferences: it comes back in the new language
    }, Qt::QueuedConnection);
}

void WindowHost::replace(const QString &catalogPath)
{
    // The new window restores the layout the old one saves; it is shown before the old one goes,
    // so the application never has no window (which would quit it).
    std::unique_ptr<MainWindow> old = std::move(m_window);
    const bool wasShown = old && old->isVisible();
    if (old)
        old->saveSettings();
    adopt(new MainWindow(catalogPath));
    if (wasShown)
        m_window->show();
    if (old) {
        old->hide();
        old.reset();   // stops its threads: the old catalog is closed here
    }
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace tagsmith
