#include "status/StateBadge.h"

#include "status/EngineText.h"
#include "status/StatusPanel.h"

#include <QCoreApplication>

namespace autocoin {

QString stateBadgeText(const EngineStatus &status)
{
    if (!status.killed)
        return stateText(status.state);
    if (status.state == EngineState::Error)
        return QCoreApplication::translate("autocoin::StateBadge", "KILL SWITCH ON");
    // Pulled while not running: the engine keeps its state but takes no new entry until Reset.
    return QCoreApplication::translate("autocoin::StateBadge", "%1 · kill switch on").arg(stateText(status.state));
}

QString stateBadgeColor(const EngineStatus &status)
{
    // Violet: apart from the red of an ERROR and the amber of STOPPING.
    return status.killed ? QStringLiteral("#7c3aed") : stateColor(status.state);
}

} // namespace autocoin
