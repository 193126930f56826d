#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// A candle period: minute units 1, 3, 5, 10, 15, 30, 60, 240, or a day.
class Timeframe
{
public:
    constexpr Timeframe() = default;
    static Timeframe minutes(int unit);
    static Timeframe day();
    /// "1", "60", "240", "day" (also "1m", "60m", "1h", "4h", "1d", "D"); nullopt otherwise.
    static std::optional<Timeframe> parse(QStringView text);

    bool isDay() const { return m_minutes == 1440; }
    int minutes() const { return m_minutes; }
    qint64 seconds() const { return qint64(m_minutes) * 60; }
    /// "60" or "day": what --timeframe takes.
    QString toString() const;

    bool operator==(const Timeframe &other) const = default;

private:
    explicit constexpr Timeframe(int minutes)
        : m_minutes(minutes)
    {}
    int m_minutes = 60;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Timeframe)
