#pragma once

#include <QObject>

namespace autocoin {

class EngineController;
class EventWriter;

/// The engine without a window: relays every engine event to the JSON-lines stream and turns a
/// termination request (SIGINT/SIGTERM/SIGHUP/SIGQUIT, Ctrl+C) into a clean Stop followed by
/// `exitRequested(0)`. When standard output is closed the engine stops the same way and the exit
/// code is 1.
/// In ERROR the process stays up (a supervisor restarting it would resume trading after repeated
/// failures); the operator stops it with a signal.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    HeadlessRunner(EngineController *controller, EventWriter *events, QObject *parent = nullptr);

public Q_SLOTS:
    void requestExit();

Q_SIGNALS:
    void exitRequested(int code);

private:
    EngineController *m_controller;
    EventWriter *m_events;
    bool m_exiting = false;
    int m_exitCode = 0; ///< 1 when the event stream was lost
};

} // namespace autocoin
