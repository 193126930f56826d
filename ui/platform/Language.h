#pragma once

#include <QString>

namespace autocoin {

/// Installs the translations for `code` ("system": the system locale; "en"; "ko") — Qt's own and
/// autocoin's — replacing the ones installed before. Every widget then receives
/// QEvent::LanguageChange and retranslates itself. Returns the language now in use ("en"/"ko").
/// `directory` holds autocoin_ko.qm (the executable embeds it under ":/i18n").
QString applyLanguage(const QString &code, const QString &directory = QStringLiteral(":/i18n"));

} // namespace autocoin
