#include "settings/TimeZoneBox.h"

#include "core/Defaults.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSet>
#include <QTimeZone>
#include <QValidator>

namespace autocoin {

namespace {

/// Accepts a known zone id; text some id contains (case aside) is still being typed; anything
/// else is refused keystroke by keystroke.
class ZoneValidator final : public QValidator
{
public:
    ZoneValidator(const QStringList &ids, QObject *parent)
        : QValidator(parent)
        , m_ids(ids)
        , m_set(ids.cbegin(), ids.cend())
    {}

    State validate(QString &input, int &) const override
    {
        if (m_set.contains(input))
            return Acceptable;
        for (const QString &id : m_ids) {
            if (id.contains(input, Qt::CaseInsensitive))
                return Intermediate;
        }
        return Invalid;
    }

    void fixup(QString &input) const override
    {
        // "asia/seoul" → "Asia/Seoul": the one id it names, whatever the case.
        for (const QString &id : m_ids) {
            if (id.compare(input, Qt::CaseInsensitive) == 0) {
                input = id;
                return;
            }
        }
    }

private:
    QStringList m_ids;
    QSet<QString> m_set;
};

} // namespace

TimeZoneBox::TimeZoneBox(QWidget *parent)
    : QComboBox(parent)
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only ids the settings accept (engine/settings/AppSettings.cpp): a known, valid zone.
        if (QTimeZone(id).isValid())
            ids.append(QString::fromUtf8(id));
    }
    ids.sort();
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItems(ids);
    setMaxVisibleItems(15);
    auto *completer = new QCompleter(ids, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    lineEdit()->setValidator(new ZoneValidator(ids, this));
    if (!setZone(defaults::timeZone()))
        setZone(QStringLiteral("UTC"));
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (findText(text, Qt::MatchExactly) >= 0)
            m_zone = text;
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneBox::settle);
}

TimeZoneBox::~TimeZoneBox() = default;

bool TimeZoneBox::setZone(const QString &id)
{
    const int index = findText(id.trimmed(), Qt::MatchExactly);
    if (index < 0)
        return false;
    m_zone = itemText(index);
    setCurrentIndex(index);
    setEditText(m_zone);
    return true;
}

void TimeZoneBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    settle();
}

void TimeZoneBox::settle()
{
    QString text = currentText();
    int pos = 0;
    lineEdit()->validator()->fixup(text);
    if (lineEdit()->validator()->validate(text, pos) == QValidator::Acceptable)
        setZone(text);
    else if (currentText() != m_zone)
        setEditText(m_zone);
}

} // namespace autocoin
