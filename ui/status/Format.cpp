#include "status/Format.h"

namespace autocoin {

QString formatAmount(const Decimal &value)
{
    QString text = value.toString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype point = text.indexOf(u'.');
    qsizetype integerEnd = point < 0 ? text.size() : point;
    for (qsizetype i = integerEnd - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return negative ? u'-' + text : text;
}

} // namespace autocoin
