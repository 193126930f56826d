#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace autocoin {

/// What came back for one HTTP request, before any exchange-specific interpretation.
struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool cancelled = false;
    /// Refused before sending: the exchange banned us (418) and the ban has not run out.
    bool bannedLocally = false;
    int retryAfterMs = 0;

    QByteArray header(const QByteArray &name) const;
};

} // namespace autocoin
