#include "strategy/Reason.h"

#include "strategy/ReasonText.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace autocoin {

namespace {

struct CodeName
{
    ReasonCode code;
    const char16_t *name;
};

// The stored names: never renamed (rows keep them), only added to.
constexpr CodeName kNames[] = {
    {ReasonCode::WarmingUp, u"warming_up"},
    {ReasonCode::NoCrossAbove, u"no_cross_above"},
    {ReasonCode::NoCrossBelow, u"no_cross_below"},
    {ReasonCode::CrossUp, u"cross_up"},
    {ReasonCode::CrossUpOverbought, u"rsi_overbought"},
    {ReasonCode::CrossUpFloor, u"rsi_floor"},
    {ReasonCode::CrossUpVolume, u"volume_low"},
    {ReasonCode::CrossDown, u"cross_down"},
    {ReasonCode::RsiExit, u"rsi_exit"},
    {ReasonCode::AlreadyHolding, u"already_holding"},
    {ReasonCode::WarningMarket, u"warning_market"},
    {ReasonCode::CautionMarket, u"caution_market"},
    {ReasonCode::Delisted, u"delisted"},
    {ReasonCode::MaxPositions, u"max_positions"},
    {ReasonCode::RiskVeto, u"risk_veto"},
    {ReasonCode::KillSwitch, u"kill_switch"},
    {ReasonCode::DailyLossLimit, u"daily_loss_limit"},
    {ReasonCode::NoPriceOrAtr, u"no_price_or_atr"},
    {ReasonCode::BelowMinimum, u"below_minimum"},
    {ReasonCode::Sized, u"sized"},
    {ReasonCode::LimitKelly, u"limit_kelly"},
    {ReasonCode::LimitDefaultFraction, u"limit_default_fraction"},
    {ReasonCode::LimitNoEdge, u"expectancy_negative"},
    {ReasonCode::LimitOrderCap, u"limit_order_cap"},
    {ReasonCode::LimitCash, u"limit_cash"},
    {ReasonCode::LimitExposure, u"limit_exposure"},
    {ReasonCode::LimitRiskPerTrade, u"limit_risk_per_trade"},
    {ReasonCode::Stop, u"stop"},
    {ReasonCode::TrailingStop, u"trailing_stop"},
    {ReasonCode::WarningExit, u"warning_exit"},
    {ReasonCode::OrderNoAnswer, u"order_no_answer"},
    {ReasonCode::OrderTimedOut, u"order_timed_out"},
    {ReasonCode::OrderAdopted, u"order_adopted"},
    {ReasonCode::FailedOrderFound, u"failed_order_found"},
    {ReasonCode::BalanceDiffers, u"balance_differs"},
    {ReasonCode::OrderCancelled, u"order_cancelled"},
    {ReasonCode::MarketNotListed, u"market_not_listed"},
    {ReasonCode::UniverseChosen, u"universe_chosen"},
};

const QString kCode = QStringLiteral("code");

} // namespace

Reason::Reason(ReasonCode code, const QJsonObject &values)
    : m_code(code)
{
    m_entries.reserve(values.size());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_entries.append({it.key(), it.value()});
}

const Reason::Entry *Reason::find(QStringView name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

void Reason::put(const QString &name, decltype(Entry::value) value)
{
    // As QJsonObject::insert: a name set again keeps its last value.
    for (Entry &entry : m_entries) {
        if (entry.name == name) {
            entry.value = std::move(value);
            return;
        }
    }
    if (m_entries.isEmpty())
        m_entries.reserve(4); // nearly every reason has at most four values: one allocation
    m_entries.append({name, std::move(value)});
}

Reason &Reason::set(const QString &name, double value)
{
    put(name, value);
    return *this;
}

Reason &Reason::set(const QString &name, const QString &value)
{
    put(name, value);
    return *this;
}

Reason &Reason::set(const QString &name, const Reason &nested)
{
    if (!nested.isEmpty())
        put(name, std::make_shared<const Reason>(nested));
    return *this;
}

namespace {

/// An entry's value as the JSON it is stored as.
struct ToJson
{
    QJsonValue operator()(double value) const { return value; }
    QJsonValue operator()(const QString &value) const { return value; }
    QJsonValue operator()(const std::shared_ptr<const Reason> &value) const { return value->toJson(); }
    QJsonValue operator()(const QJsonValue &value) const { return value; }
};

} // namespace

QJsonObject Reason::values() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries)
        object.insert(entry.name, std::visit(ToJson(), entry.value));
    return object;
}

double Reason::number(QStringView name) const
{
    const Entry *entry = find(name);
    if (!entry)
        return 0;
    if (const double *value = std::get_if<double>(&entry->value))
        return *value;
    if (const QJsonValue *value = std::get_if<QJsonValue>(&entry->value))
        return value->toDouble();
    return 0; // a text or a reason, as QJsonValue::toDouble() has it
}

QString Reason::text(QStringView name) const
{
    const Entry *entry = find(name);
    if (!entry)
        return {};
    if (const QString *value = std::get_if<QString>(&entry->value))
        return *value;
    if (const QJsonValue *value = std::get_if<QJsonValue>(&entry->value))
        return value->toString();
    return {}; // a number or a reason, as QJsonValue::toString() has it
}

Reason Reason::nested(QStringView name) const
{
    const Entry *entry = find(name);
    if (!entry)
        return {};
    if (const auto *value = std::get_if<std::shared_ptr<const Reason>>(&entry->value))
        return **value;
    if (const QJsonValue *value = std::get_if<QJsonValue>(&entry->value))
        return value->isObject() ? fromJson(value->toObject()) : Reason();
    return {};
}

QString Reason::english() const
{
    return ReasonText(TextLanguage::English).render(*this);
}

QString Reason::codeName(ReasonCode code)
{
    for (const CodeName &entry : kNames) {
        if (entry.code == code)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<ReasonCode> Reason::codeFromName(const QString &name)
{
    for (const CodeName &entry : kNames) {
        if (name == QStringView(entry.name))
            return entry.code;
    }
    return std::nullopt;
}

QString Reason::dataJson() const
{
    if (m_entries.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(values()).toJson(QJsonDocument::Compact));
}

Reason Reason::load(const QString &name, const QString &dataJson)
{
    const auto code = codeFromName(name);
    if (!code)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(dataJson.toUtf8());
    return Reason(*code, document.isObject() ? document.object() : QJsonObject());
}

QJsonObject Reason::toJson() const
{
    QJsonObject object = values();
    object.insert(kCode, codeName(m_code));
    return object;
}

Reason Reason::fromJson(const QJsonObject &object)
{
    const auto code = codeFromName(object.value(kCode).toString());
    if (!code)
        return {};
    QJsonObject values = object;
    values.remove(kCode);
    return Reason(*code, values);
}

Reason Reason::fromEnglish(const QString &text)
{
    static const QRegularExpression stop(QStringLiteral("^stop ([0-9][0-9.]*)$"));
    static const QRegularExpression trailing(QStringLiteral("^trailing stop ([0-9][0-9.]*)$"));
    static const QRegularExpression warning(QStringLiteral("^exchange warning \\(유의\\) on (\\S+)$"));
    static const QRegularExpression daily(
        QStringLiteral("^daily loss limit reached; no new entries until 00:00 (.*)$"));
    if (text == u"kill switch")
        return Reason(ReasonCode::KillSwitch);
    if (const auto m = stop.match(text); m.hasMatch())
        return Reason(ReasonCode::Stop).set(QStringLiteral("price"), m.captured(1));
    if (const auto m = trailing.match(text); m.hasMatch())
        return Reason(ReasonCode::TrailingStop).set(QStringLiteral("price"), m.captured(1));
    if (const auto m = warning.match(text); m.hasMatch())
        return Reason(ReasonCode::WarningExit).set(QStringLiteral("market"), m.captured(1));
    if (const auto m = daily.match(text); m.hasMatch())
        return Reason(ReasonCode::DailyLossLimit).set(QStringLiteral("zone"), m.captured(1));
    return {};
}

QJsonValue reasonCodeJson(const Reason &reason)
{
    return reason.isEmpty() ? QJsonValue() : QJsonValue(Reason::codeName(reason.code()));
}

QJsonValue reasonDataJson(const Reason &reason)
{
    return reason.isEmpty() ? QJsonValue() : QJsonValue(reason.values());
}

} // namespace autocoin
