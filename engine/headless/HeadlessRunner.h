#pragma once

#include <QObject>

namespace autocoin {

class EngineController;
class EventWriter;

/// The engine without a window: relays every engine event to the JSON-lines stream and turns a
/// termination request (SIGINT/SIGTERM, Ctrl+C) into a clean Stop followed by `exitRequested(0)`.
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
};

} // namespace autocoin
