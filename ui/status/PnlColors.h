#pragma once

#include "core/Decimal.h"

#include <QColor>

#include <optional>

class QPalette;

namespace autocoin {

/// The one place the window's money colours are defined: the Korean convention (a profit — and a
/// buy — red, a loss — and a sell — blue), chosen per palette so that the text stays readable
/// (contrast ≥ 4.5:1, WCAG AA, against the palette's window, base and alternate-base colours).
/// The account band, the watchlist, the history tables and the round trips take them from here.
namespace pnl {

/// The palette is a dark one: its base (the tables' background) is darker than its text.
bool isDark(const QPalette &palette);
QColor profitColor(const QPalette &palette);
QColor lossColor(const QPalette &palette);
/// profitColor() above zero, lossColor() below, none at zero (the palette's own text colour).
std::optional<QColor> colorFor(const Decimal &value, const QPalette &palette);
/// colorFor() against the application's palette, as a model's Qt::ForegroundRole (invalid at zero).
QVariant foreground(const std::optional<Decimal> &value);
/// The WCAG contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace pnl

} // namespace autocoin
