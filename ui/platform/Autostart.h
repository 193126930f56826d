#pragma once

#include <QString>

namespace autocoin {

/// Start with the system (off unless the user turns it on in the settings): the user's own login
/// item, never a system-wide one — an XDG autostart entry ($XDG_CONFIG_HOME/autostart, default
/// ~/.config/autostart) on Linux, the HKCU Run key on Windows, a LaunchAgent in
/// ~/Library/LaunchAgents on macOS. Nothing is kept anywhere else: the entry itself is the setting.
class Autostart final
{
public:
    /// An entry of ours is there.
    static bool isEnabled();
    /// Writes the entry starting `program`, or removes it. Returns why it failed, empty on success.
    static QString setEnabled(bool enabled, const QString &program);
    /// The entry's file (or registry key), for the user and for tests.
    static QString location();
    /// What the entry starts: the AppImage when running from one, else this executable.
    static QString currentProgram();
};

} // namespace autocoin
