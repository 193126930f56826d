#pragma once

#include "FuzzSupport.h"

#include "settings/AppSettings.h"
#include "settings/CommandLine.h"
#include "storage/DatabaseUrl.h"

namespace autocoin::fuzz {

namespace detail {

inline QString fuzzDataDir()
{
    return QStringLiteral("/tmp/autocoin-fuzz-data");
}

inline void checkDatabaseUrl(const QString &text)
{
    QString error;
    const auto url = DatabaseUrl::parse(text, fuzzDataDir(), &error);
    if (!url) {
        require(!error.isEmpty(), "a refused database URL says why");
        return;
    }
    const QString redacted = url->redacted();
    // (A file name ending in white space would not survive the trimmed text: parse() refuses it,
    // tests/data/fuzz/fuzz_settings/settings-sqlite-path-trailing-space.)
    if (url->isSqlite()) {
        QString againError;
        const auto again = DatabaseUrl::parse(redacted, fuzzDataDir(), &againError);
        require(again.has_value() && again->path == url->path, "an SQLite URL's redacted form names the same file");
    }
}

inline void checkResolution(const SettingSources &sources)
{
    const ResolvedSettings resolved = resolveSettings(sources, fuzzDataDir());
    for (const SettingError &error : resolved.errors)
        (void)error.describe();
    (void)resolved.settings.secrets();
    if (!resolved.ok())
        return;
    (void)resolved.settings.engineConfig();
    // What resolved reads back from its own text form (given where the setting can come from:
    // its option, else its variable, else its saved key) to the same settings.
    SettingSources again;
    for (const SettingSpec &spec : settingSpecs()) {
        const QString text = settingText(resolved.settings, spec.key);
        if (text.isEmpty())
            continue;
        if (!spec.option.isEmpty())
            again.commandLine.insert(spec.key, text);
        else if (!spec.environment.isEmpty())
            again.environment.insert(spec.environment, text);
        else if (!spec.savedKey.isEmpty())
            again.saved.insert(spec.savedKey, text);
    }
    const ResolvedSettings reread = resolveSettings(again, fuzzDataDir());
    require(reread.ok(), "resolved settings written as text resolve again");
    for (const SettingSpec &spec : settingSpecs())
        require(settingText(reread.settings, spec.key) == settingText(resolved.settings, spec.key),
                "resolved settings read back from their text unchanged");
}

} // namespace detail

/// The command-line parser (engine/settings/CommandLine), settings resolution from command line,
/// environment and saved settings (resolveSettings) and the database URL parser
/// (engine/storage/DatabaseUrl). The input is lines:
///   ENV NAME=value   an environment variable
///   INI key=value    a saved setting
///   URL text         a database URL, parsed on its own
///   anything else    one command-line argument
inline void settings(const std::uint8_t *data, std::size_t size)
{
    if (size > 8192)
        return;
    QStringList arguments{QStringLiteral("autocoin")};
    SettingSources sources;
    for (const QString &line : textOf(data, size).split(u'\n')) {
        if (line.startsWith(QStringLiteral("URL "))) {
            detail::checkDatabaseUrl(line.mid(4));
        } else if (line.startsWith(QStringLiteral("ENV ")) || line.startsWith(QStringLiteral("INI "))) {
            const QString assignment = line.mid(4);
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals < 0)
                continue;
            auto &target = line.startsWith(u'E') ? sources.environment : sources.saved;
            target.insert(assignment.left(equals), assignment.mid(equals + 1));
        } else {
            arguments.append(line);
        }
    }
    const CommandLine commandLine = CommandLine::parse(arguments);
    require(commandLine.mode != CommandLine::Mode::Invalid || !commandLine.error.isEmpty(),
            "a refused command line says why");
    sources.commandLine = commandLine.settings;
    detail::checkResolution(sources);
}

} // namespace autocoin::fuzz
