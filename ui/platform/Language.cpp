#include "platform/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace autocoin {

QString applyLanguage(const QString &code, const QString &directory)
{
    static std::unique_ptr<QTranslator> app;
    static std::unique_ptr<QTranslator> qt;
    for (auto *old : {app.get(), qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    const QLocale locale = code == u"ko"   ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                           : code == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : QLocale();
    QLocale::setDefault(locale);
    qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    app = std::make_unique<QTranslator>();
    // English is the source language: no file to load, the removal above is the switch.
    if (locale.language() == QLocale::Korean &&
        app->load(locale, QStringLiteral("autocoin"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(app.get());
        return QStringLiteral("ko");
    }
    return QStringLiteral("en");
}

} // namespace autocoin
