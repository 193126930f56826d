#include "backtest/BacktestView.h"

#include "backtest/Report.h"
#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "replay/CandleFile.h"
#include "settings/StrategyFields.h"
#include "status/EngineText.h"
#include "status/Format.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <exception>

namespace autocoin {

BacktestView::BacktestView(EngineController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_dated(new QCheckBox(this))
    , m_from(new QDateEdit(QDate(2017, 1, 1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_parameters(new QLineEdit(this))
    , m_balance(new QLineEdit(formatAmount(Decimal(1000000)), this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
    , m_equity(new EquityChart(this))
    , m_chart(new PriceChart(this))
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    setObjectName(QStringLiteral("backtestView"));
    m_run->setObjectName(QStringLiteral("runBacktestButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBacktestButton"));
    m_apply->setObjectName(QStringLiteral("applyBacktestButton"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setEnabled(false);
    m_apply->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message->setWordWrap(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    connect(m_dated, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Candle file"), QString(), tr("Candles (*.csv *.json)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_run, &QPushButton::clicked, this, &BacktestView::run);
    connect(m_cancel, &QPushButton::clicked, this, &BacktestView::cancel);
    connect(m_apply, &QPushButton::clicked, this, &BacktestView::applyToLive);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_fileLabel = new QLabel(this);
    m_parametersLabel = new QLabel(this);
    m_balanceLabel = new QLabel(this);
    form->addRow(m_fileLabel, fileRow);
    auto *period = new QHBoxLayout;
    period->addWidget(m_dated);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(QString(), period);
    form->addRow(m_parametersLabel, m_parameters);
    form->addRow(m_balanceLabel, m_balance);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_apply);
    auto *results = new QTabWidget(this);
    results->setDocumentMode(true);
    results->addTab(m_report, tr("Report"));
    results->addTab(m_equity, tr("Equity"));
    results->addTab(m_chart, tr("Trades on the chart"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(results, 1);
    retranslate();
}

BacktestView::~BacktestView()
{
    if (m_cancelFlag)
        *m_cancelFlag = true; // a run still going stops at its next progress report
    if (m_worker)
        m_worker->wait();
}

void BacktestView::retranslate()
{
    m_fileLabel->setText(tr("Candle file"));
    m_browse->setText(tr("Browse…"));
    m_dated->setText(tr("Only the days"));
    m_parametersLabel->setText(tr("Parameters"));
    m_parameters->setPlaceholderText(tr("name=value …, e.g. ema-fast=9 ema-slow=21 (others: the defaults)"));
    // The names are the command line's; what each one is, as the settings call it.
    QStringList names;
    for (const StrategyFieldSpec &spec : strategyFieldSpecs())
        names.append(spec.name + QStringLiteral(" — ") +
                     QCoreApplication::translate("autocoin::SettingsDialog", spec.label));
    m_parameters->setToolTip(names.join(u'\n'));
    m_balanceLabel->setText(tr("Starting KRW"));
    m_run->setText(tr("Run backtest"));
    m_cancel->setText(tr("Cancel"));
    m_apply->setText(tr("Apply to live"));
    if (!m_result.trips.isEmpty() || m_result.candles > 0) // the report in the new language
        m_report->setPlainText(reportOf(m_result));
}

void BacktestView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BacktestView::setDataFile(const QString &path)
{
    m_file->setText(path);
}

void BacktestView::setParameters(const QString &pairs)
{
    m_parameters->setText(pairs);
}

void BacktestView::setPeriod(const QDate &from, const QDate &to)
{
    m_dated->setChecked(from.isValid() && to.isValid());
    m_from->setDate(from);
    m_to->setDate(to);
}

QHash<QString, QString> BacktestView::parameterValues() const
{
    QHash<QString, QString> values;
    for (const QString &pair : m_parameters->text().split(u' ', Qt::SkipEmptyParts))
        values.insert(pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1).trimmed());
    return values;
}

QString BacktestView::reportOf(const BacktestResult &result)
{
    // The window's language, the parameters named as the settings name them.
    return BacktestReport::of(result).text(uiKorean() ? TextLanguage::Korean : TextLanguage::English,
                                           &strategyParameterText);
}

QString BacktestView::message() const
{
    return m_message->text();
}

QString BacktestView::reportText() const
{
    return m_report->toPlainText();
}

bool BacktestView::run()
{
    if (m_running)
        return false;
    const auto fail = [this](const QString &why) {
        m_message->setText(why);
        m_message->setStyleSheet(QStringLiteral("color: #dc2626;"));
        return false;
    };
    m_message->setStyleSheet(QString());
    // Columns, from the candle cache when an earlier load wrote them: the run and the chart share
    // this one copy.
    const auto file = CandleFile::loadColumns(m_file->text().trimmed());
    if (!file.ok())
        return fail(file.error().message);
    BacktestConfig config;
    QStringList problems;
    config.parameters = StrategyParameters::fromMap(parameterValues(), StrategyParameters{}, &problems);
    problems += config.parameters.validate();
    if (!problems.isEmpty())
        return fail(problems.join(QStringLiteral("; ")));
    const auto plain = withoutGrouping(m_balance->text());
    const auto balance = plain ? Decimal::fromString(*plain) : std::nullopt;
    if (!balance || *balance < Decimal(5000))
        return fail(tr("Starting KRW must be a number of at least 5,000"));
    config.startingKrw = *balance;
    m_balance->setText(formatAmount(*balance));
    // The app's time zone: the period's days and the report's times are read in it.
    if (const QTimeZone zone(m_controller ? m_controller->config().timeZone.toUtf8() : QByteArray()); zone.isValid())
        config.zone = zone;
    config.timeframe = file.value().timeframe;
    if (!file.value().market.isEmpty())
        config.market = file.value().market;
    const CandleColumns &all = file.value().candles;
    CandleColumns candles = all; // a view of the period: shares the columns
    if (m_dated->isChecked()) {
        const QDateTime from = m_from->date().startOfDay(config.zone);
        const QDateTime to = m_to->date().addDays(1).startOfDay(config.zone);
        candles = from.isValid() && to.isValid() ? all.between(from, to) : CandleColumns();
    }
    if (candles.size() < 2)
        return fail(tr("No candles in that period"));
    m_fileCandles = all; // for the chart afterwards (shared, not copied)

    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_apply->setEnabled(false);
    m_progress->setValue(0);
    m_message->setText(tr("Running over %n candle(s)…", nullptr, static_cast<int>(candles.size())));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    // Off the GUI thread; progress and result come back queued to this view, which waits for the
    // worker in its destructor, so they never reach a deleted view.
    auto flag = m_cancelFlag;
    m_worker = QThread::create([this, flag, candles, config] {
        // Nothing may leave the thread (std::terminate): candles whose prices Decimal cannot
        // combine exactly end the run with the reason shown, like any other refusal.
        try {
            const BacktestResult result =
                Backtester::run(candles, config, [this, flag](qsizetype done, qsizetype total) {
                    const int percent = static_cast<int>(done * 100 / std::max<qsizetype>(1, total));
                    QMetaObject::invokeMethod(
                        this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
                    return !*flag;
                });
            QMetaObject::invokeMethod(
                this, [this, result] { show(result); }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString why = tr("The backtest stopped: %1").arg(QString::fromUtf8(e.what()));
            QMetaObject::invokeMethod(
                this,
                [this, why] {
                    m_running = false;
                    m_run->setEnabled(true);
                    m_cancel->setEnabled(false);
                    m_message->setText(why);
                    m_message->setStyleSheet(QStringLiteral("color: #dc2626;"));
                    Q_EMIT finished(false);
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
    return true;
}

void BacktestView::cancel()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
}

void BacktestView::show(const BacktestResult &result)
{
    m_running = false;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (result.cancelled) {
        m_message->setText(tr("Cancelled"));
        Q_EMIT finished(true);
        return;
    }
    m_result = result;
    m_progress->setValue(100);
    const BacktestReport report = BacktestReport::of(result);
    m_report->setPlainText(reportOf(result));
    m_message->setText(tr("Done: %1 round trips, final equity %2 KRW")
                           .arg(report.trades)
                           .arg(formatAmount(result.finalEquity.rounded(0, Decimal::Rounding::HalfUp))));
    m_equity->clear();
    // Every point: the chart spreads the ones it keeps evenly over the points it is given.
    for (const EquityCurve::Run &run : result.curve.runs()) {
        const Decimal equity = Decimal::fromString(QString::number(run.equity, 'f', 0)).value_or(Decimal());
        for (std::size_t k = 0; k < run.count; ++k)
            m_equity->addPoint(QDateTime::fromMSecsSinceEpoch(run.timeAt(k), QTimeZone::utc()), equity);
    }
    m_equity->redraw();
    m_chart->clear();
    const auto p = result.config.parameters;
    m_chart->setStrategy(p.emaFast, p.emaSlow, p.rsiPeriod, p.rsiOverbought, p.rsiFloor);
    m_chart->appendCandles(m_fileCandles);
    for (const TradeRecord &fill : result.fills)
        m_chart->addMarker({fill.executedAt.toMSecsSinceEpoch(), fill.price.toDouble(), fill.side == OrderSide::Buy});
    if (!result.fills.isEmpty()) {
        // Opened on the trades, not on the newest candles (which may have none): the newest
        // kTradesShown round trips, from a little before the first of them to a little after the
        // newest fill.
        const qint64 period = result.config.timeframe.seconds() * 1000;
        const qsizetype firstFill = std::max<qsizetype>(0, result.fills.size() - 2 * kTradesShown);
        m_chart->showRange(result.fills[firstFill].executedAt.toMSecsSinceEpoch() - 10 * period,
                           result.fills.last().executedAt.toMSecsSinceEpoch() + 10 * period);
    }
    m_chart->redraw();
    m_apply->setEnabled(true);
    Q_EMIT finished(false);
}

bool BacktestView::applyToLive()
{
    // A strategy that made less than holding the coins did is not an obvious improvement: say so.
    const BacktestReport report = BacktestReport::of(m_result);
    if (report.totalReturn < report.buyAndHoldReturn) {
        const QLocale locale;
        const QString text =
            tr("This backtest returned %1 %, less than buying and holding over the same period (%2 %). Apply its "
               "parameters to trading anyway?")
                .arg(locale.toString(report.totalReturn * 100, 'f', 2),
                     locale.toString(report.buyAndHoldReturn * 100, 'f', 2));
        if (!m_confirm(tr("Lost to buy-and-hold"), text)) {
            m_message->setText(tr("Parameters not applied"));
            return false;
        }
    }
    // The engine validates them again (the parameter store's rules) and stores them.
    m_controller->applyStrategyParameters(m_result.config.parameters.toMap());
    m_message->setText(tr("Parameters sent to the engine; they apply from the next candle"));
    return true;
}

} // namespace autocoin
