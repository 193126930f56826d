#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace autocoin {

/// One tradable market of an exchange, with the exchange's warnings about it.
struct Market
{
    QString code;         ///< "KRW-BTC"
    QString koreanName;   ///< "비트코인"
    QString englishName;  ///< "Bitcoin"
    bool warning = false; ///< 유의종목 (Upbit market_event.warning; Bithumb market_warning CAUTION)
    QStringList cautions; ///< 주의 flags that are set, e.g. "PRICE_FLUCTUATIONS"

    QString baseCurrency() const { return code.section(u'-', 1); }     ///< "BTC"
    QString quoteCurrency() const { return code.section(u'-', 0, 0); } ///< "KRW"
    bool operator==(const Market &other) const = default;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Market)
