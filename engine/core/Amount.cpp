#include "core/Amount.h"

#include <QRegularExpression>

namespace autocoin {

QString formatAmount(const Decimal &value)
{
    QString text = value.toString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    const qsizetype integerEnd = point < 0 ? text.size() : point;
    for (qsizetype i = integerEnd - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return negative ? u'-' + text : text;
}

QString formatPrice(const Decimal &price)
{
    const Decimal size = price.isNegative() ? -price : price;
    int places = 0;
    if (size < Decimal(1000)) {
        // Four significant digits: 512.3, 12.34, 1.234, 0.1234, 0.01234, …
        places = 1;
        for (Decimal bound(100); places < 8 && size < bound; bound = bound.divided(Decimal(10), 12))
            ++places;
    }
    return formatAmount(price.rounded(places, Decimal::Rounding::HalfUp));
}

std::optional<QString> withoutGrouping(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u','))
        return trimmed;
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?$"));
    if (!grouped.match(trimmed).hasMatch())
        return std::nullopt;
    return QString(trimmed).remove(u',');
}

} // namespace autocoin
