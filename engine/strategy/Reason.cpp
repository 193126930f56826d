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
};

const QString kCode = QStringLiteral("code");

} // namespace

Reason &Reason::set(const QString &name, double value)
{
    m_values.insert(name, value);
    return *this;
}

Reason &Reason::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    return *this;
}

Reason &Reason::set(const QString &name, const Reason &nested)
{
    if (!nested.isEmpty())
        m_values.insert(name, nested.toJson());
    return *this;
}

double Reason::number(const QString &name) const
{
    return m_values.value(name).toDouble();
}

QString Reason::text(const QString &name) const
{
    return m_values.value(name).toString();
}

Reason Reason::nested(const QString &name) const
{
    const QJsonValue value = m_values.value(name);
    return value.isObject() ? fromJson(value.toObject()) : Reason();
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
    if (m_values.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(m_values).toJson(QJsonDocument::Compact));
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
    QJsonObject object = m_values;
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
