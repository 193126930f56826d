#include "status/PnlColors.h"

#include <QGuiApplication>
#include <QPalette>
#include <QVariant>

#include <cmath>

namespace autocoin::pnl {

namespace {

double channel(float value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

// Light: a deep red and blue (5–7:1 on white and on Fusion's #efefef window). Dark: the same hues
// lightened (5.5–7:1 on #16181c … #22252a); the light ones there were 2.2–3:1, a loss unreadable.
QColor profitColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor lossColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6e, 0xa8, 0xff) : QColor(0x00, 0x51, 0xc7);
}

std::optional<QColor> colorFor(const Decimal &value, const QPalette &palette)
{
    if (value.isPositive())
        return profitColor(palette);
    if (value.isNegative())
        return lossColor(palette);
    return std::nullopt;
}

QVariant foreground(const std::optional<Decimal> &value)
{
    if (!value)
        return {};
    const std::optional<QColor> color = colorFor(*value, QGuiApplication::palette());
    return color ? QVariant(*color) : QVariant();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace autocoin::pnl
