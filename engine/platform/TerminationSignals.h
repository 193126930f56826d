#pragma once

#include <QObject>

namespace autocoin {

/// Turns SIGINT/SIGTERM (Unix) or Ctrl+C/Ctrl+Break/close (Windows console) into a Qt signal
/// delivered on the main thread. One instance per process.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();
};

} // namespace autocoin
