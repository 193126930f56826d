#include "platform/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace autocoin {

namespace {

[[maybe_unused]] const QString kId = QStringLiteral("app.autocoin.autocoin");

#if defined(Q_OS_WIN)
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#endif

/// A path as one argument of a desktop entry's Exec line (the spec's quoting rules).
[[maybe_unused]] QString desktopQuoted(const QString &path)
{
    QString out = path;
    out.replace(u'\\', QStringLiteral("\\\\"));
    for (const QChar c : {u'"', u'`', u'$'})
        out.replace(c, QStringLiteral("\\") + c);
    return QStringLiteral("\"") + out + QStringLiteral("\"");
}

[[maybe_unused]] QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Writes `contents` to `path` in one step (never half a file), creating the directory.
[[maybe_unused]] QString writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("autocoin::Autostart", "cannot create the folder %1")
            .arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return QCoreApplication::translate("autocoin::Autostart", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return kRunKey + QStringLiteral("\\autocoin");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kId + QStringLiteral(".plist");
#else
    // The XDG base directory spec: $XDG_CONFIG_HOME when set and absolute, else ~/.config.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + kId + QStringLiteral(".desktop");
#endif
}

QString Autostart::currentProgram()
{
    // An AppImage runs from a mount that is gone after exit: the entry must start the image.
    if (QString image = qEnvironmentVariable("APPIMAGE"); !image.isEmpty())
        return image;
    return QCoreApplication::applicationFilePath();
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(QStringLiteral("autocoin"));
#else
    return QFile::exists(location());
#endif
}

QString Autostart::setEnabled(bool enabled, const QString &program)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("autocoin"),
                     QStringLiteral("\"") + QDir::toNativeSeparators(program) + QStringLiteral("\""));
    else
        run.remove(QStringLiteral("autocoin"));
    run.sync();
    return run.status() == QSettings::NoError
               ? QString()
               : QCoreApplication::translate("autocoin::Autostart", "cannot write %1").arg(kRunKey);
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("autocoin::Autostart", "cannot remove %1").arg(path);
        return {};
    }
#if defined(Q_OS_MACOS)
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n<dict>\n"
                                         "  <key>Label</key><string>%1</string>\n"
                                         "  <key>ProgramArguments</key><array><string>%2</string></array>\n"
                                         "  <key>RunAtLoad</key><true/>\n"
                                         "</dict>\n</plist>\n")
                              .arg(kId, xmlEscaped(program));
    return writeFile(path, plist.toUtf8());
#else
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=autocoin\n"
                                         "Comment=Automatic trading for the KRW markets of Upbit and Bithumb\n"
                                         "Comment[ko]=업비트·빗썸 원화 마켓 자동매매\n"
                                         "Exec=%1\n"
                                         "Icon=%2\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(desktopQuoted(program), kId);
    return writeFile(path, entry.toUtf8());
#endif
#endif
}

} // namespace autocoin
