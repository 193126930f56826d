#pragma once

#include "backtest/Backtester.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace autocoin {

class EngineController;
class EquityChart;
class PriceChart;

/// The Backtest tab: pick a candle file, a period and parameters; the backtest runs off the GUI
/// thread with progress and Cancel; the report, the equity curve and the trades on a price chart
/// follow; "Apply to live" sends the parameters through the engine's parameter-store validation.
class BacktestView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestView)

public:
    explicit BacktestView(EngineController *controller, QWidget *parent = nullptr);
    ~BacktestView() override;

    void setDataFile(const QString &path);
    /// Parameters as "name=value" pairs separated by spaces ("ema-fast=9 ema-slow=21").
    void setParameters(const QString &pairs);
    void setPeriod(const QDate &from, const QDate &to);
    /// Starts a run; false with the reason shown when the input is not usable.
    bool run();
    void cancel();
    /// Sends the parameters to the engine; a result that lost to buy-and-hold asks first.
    /// Returns whether they were sent.
    bool applyToLive();
    /// How applyToLive asks (a modal question by default; the window and tests replace it).
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    bool running() const { return m_running; }
    QString reportText() const;
    QString message() const;
    EquityChart *equityChart() const { return m_equity; }
    PriceChart *priceChart() const { return m_chart; }
    const BacktestResult &result() const { return m_result; }
    void retranslate();
    /// Round trips the trade chart opens on (the newest).
    static constexpr int kTradesShown = 10;

Q_SIGNALS:
    void finished(bool cancelled);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The report in the window's language, the parameters as the settings name them.
    static QString reportOf(const BacktestResult &result);
    void show(const BacktestResult &result);
    QHash<QString, QString> parameterValues() const;

    EngineController *m_controller;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_parameters;
    QLineEdit *m_balance;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPlainTextEdit *m_report;
    EquityChart *m_equity;
    PriceChart *m_chart;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_parametersLabel = nullptr;
    QLabel *m_balanceLabel = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    QPointer<QThread> m_worker;
    BacktestResult m_result;
    CandleColumns m_fileCandles; ///< the whole file of the last run, shown behind its trades
    Confirmation m_confirm;
};

} // namespace autocoin
