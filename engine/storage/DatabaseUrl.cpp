#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace autocoin {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QString &dataDir, QString *error)
{
    const QString trimmed = text.trimmed();
    DatabaseUrl url;
    if (trimmed.startsWith(QStringLiteral("sqlite:///"))) {
        QString path = trimmed.mid(QStringLiteral("sqlite:///").size());
        if (path.isEmpty()) {
            *error = QStringLiteral("an sqlite URL needs a file: sqlite:///path/to/autocoin.db");
            return std::nullopt;
        }
        // sqlite:////abs/path.db (four slashes) and sqlite:///abs/path.db whose directory exists are
        // absolute; anything else is relative to the data directory (the seed's sqlite:///data/app.db).
        const QString absolute = u'/' + path;
        if (path.startsWith(u'/') || QFileInfo(QFileInfo(absolute).absolutePath()).isDir())
            path = path.startsWith(u'/') ? path : absolute;
        url.path = QDir::cleanPath(QDir(dataDir).absoluteFilePath(path));
        // A name that starts or ends with white space is nearly always a typing slip, and it
        // would not survive the URL's text form (which is trimmed): refused, with the reason.
        const QString name = QFileInfo(url.path).fileName();
        if (name.isEmpty() || name.trimmed() != name) {
            *error = QStringLiteral("the database file name \"%1\" starts or ends with white space (or is empty): "
                                    "use a name such as sqlite:///autocoin.db")
                         .arg(name.left(40));
            return std::nullopt;
        }
        return url;
    }
    if (trimmed.startsWith(QStringLiteral("postgresql://")) || trimmed.startsWith(QStringLiteral("postgres://"))) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        const QString database = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || database.isEmpty()) {
            *error = QStringLiteral("a PostgreSQL URL looks like postgresql://user:password@host:5432/dbname");
            return std::nullopt;
        }
        url.kind = Kind::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = database;
        return url;
    }
    *error = QStringLiteral("must start with sqlite:/// or postgresql://");
    return std::nullopt;
}

DatabaseUrl DatabaseUrl::defaultFor(const QString &dataDir)
{
    DatabaseUrl url;
    url.path = QDir(dataDir).filePath(QStringLiteral("autocoin.db"));
    return url;
}

QString DatabaseUrl::redacted() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:///") + path;
    QString auth = user;
    if (!password.isEmpty())
        auth += QStringLiteral(":***");
    if (!auth.isEmpty())
        auth += u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(auth, host).arg(port).arg(database);
}

} // namespace autocoin
