#pragma once

#include <QComboBox>

namespace autocoin {

/// The time zone picker: every IANA zone the system knows, typed with completion ("seoul" finds
/// Asia/Seoul). It never holds an invalid zone: what cannot become a zone is refused while typing,
/// and text left unfinished falls back to the last valid zone when editing ends.
class TimeZoneBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneBox)

public:
    explicit TimeZoneBox(QWidget *parent = nullptr);
    ~TimeZoneBox() override;

    /// The zone chosen (always a valid id).
    QString zone() const { return m_zone; }
    /// Chooses `id` when it is a known zone; returns false (and keeps the zone) otherwise.
    bool setZone(const QString &id);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// The text shown back to the chosen zone if it is not one.
    void settle();

    QString m_zone;
};

} // namespace autocoin
