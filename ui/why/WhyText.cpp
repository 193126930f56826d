#include "why/WhyText.h"

#include "core/Timeframe.h"
#include "status/EngineText.h"

#include <QCoreApplication>

namespace autocoin {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("autocoin::WhyText", source);
}

} // namespace

WhyLines whyLines(const SignalRecord &signal, const QTimeZone &zone, const Reason &accountBlock, bool running)
{
    const ReasonText words = uiWords();
    WhyLines lines;
    const Reason &cause = signal.cause;
    if (!accountBlock.isEmpty()) {
        lines.blocked = true;
        lines.headline = words.entriesStopped() + QStringLiteral(": ") + words.headline(accountBlock);
    } else if (ReasonText::blocksEntry(cause)) {
        lines.blocked = true;
        lines.headline = words.entriesStopped() + QStringLiteral(": ") + words.headline(cause);
    } else if (!cause.isEmpty()) {
        lines.headline = words.signal(signal.signalType) + QStringLiteral(": ") + words.headline(cause);
    } else if (!signal.symbol.isEmpty()) {
        lines.headline = words.signal(signal.signalType); // a row from before reason codes
    } else {
        lines.headline = text(QT_TRANSLATE_NOOP("autocoin::WhyText", "No decision yet for this market"));
    }
    lines.detail = signalReasonText(signal);
    if (lines.detail == lines.headline)
        lines.detail.clear();
    if (signal.createdAt.isValid()) {
        const QString decided = signal.createdAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm"));
        const auto timeframe = Timeframe::parse(signal.timeframe);
        if (running && timeframe && signal.candleTime.isValid()) {
            // The decided candle closed at candle + 1 timeframe; the next one closes a timeframe later.
            const QDateTime next = signal.candleTime.addSecs(2 * timeframe->seconds()).toTimeZone(zone);
            lines.timing = text(QT_TRANSLATE_NOOP("autocoin::WhyText", "Last decision %1 · next decision %2 (%3)"))
                               .arg(decided, next.toString(QStringLiteral("MM-dd HH:mm")),
                                    words.zoneName(QString::fromUtf8(zone.id())));
        } else {
            lines.timing = text(QT_TRANSLATE_NOOP("autocoin::WhyText", "Last decision %1 (%2)"))
                               .arg(decided, words.zoneName(QString::fromUtf8(zone.id())));
        }
    }
    return lines;
}

QString whyText(const SignalRecord &signal, const QTimeZone &zone, const Reason &accountBlock, bool running)
{
    const WhyLines lines = whyLines(signal, zone, accountBlock, running);
    QStringList out{lines.headline};
    if (!lines.detail.isEmpty())
        out.append(lines.detail);
    if (!lines.timing.isEmpty())
        out.append(lines.timing);
    return out.join(u'\n');
}

} // namespace autocoin
