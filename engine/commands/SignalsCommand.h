#pragma once

#include <QHash>
#include <QString>

#include <cstdio>

namespace autocoin {

/// `autocoin signals --data FILE --out FILE [--ema-fast N …]`: runs a candle file through the
/// engine's indicator and signal code and writes one CSV row per candle:
/// time,open,high,low,close,volume,ema_fast,ema_slow,rsi,atr,signal,strength,reason
/// (indicator cells empty before their first value). A BUY opens a notional position and a SELL
/// closes it, so the RSI exit rule applies as in the engine. Returns the exit code.
int runSignalsCommand(const QString &dataFile, const QString &outFile, const QHash<QString, QString> &parameters,
                      std::FILE *out, std::FILE *err);

} // namespace autocoin
