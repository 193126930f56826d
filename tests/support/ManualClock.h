#pragma once

#include "core/Clock.h"

#include <QTimeZone>

namespace autocoin::test {

/// A clock tests steer by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()))
        : m_now(std::move(start))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace autocoin::test
