#include "settings/SettingsDialog.h"

#include "commands/CheckConnection.h"
#include "log/LogModel.h"
#include "logging/Logger.h"
#include "notify/NotifyConfig.h"
#include "notify/NotifyProbe.h"
#include "platform/Autostart.h"
#include "settings/SecretStore.h"
#include "settings/TimeZoneBox.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "storage/Repositories.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace autocoin {

namespace {

const SettingSpec *specFor(const QString &key)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

/// The setting a secret field fills (the keychain's entry of the same name).
QString AppSettings::*secretMember(const QString &key)
{
    static const QHash<QString, QString AppSettings::*> members = {
        {QStringLiteral("upbitAccessKey"), &AppSettings::upbitAccessKey},
        {QStringLiteral("upbitSecretKey"), &AppSettings::upbitSecretKey},
        {QStringLiteral("bithumbApiKey"), &AppSettings::bithumbApiKey},
        {QStringLiteral("bithumbApiSecret"), &AppSettings::bithumbApiSecret},
        {QStringLiteral("telegramBotToken"), &AppSettings::telegramBotToken},
        {QStringLiteral("discordWebhookUrl"), &AppSettings::discordWebhookUrl},
        {QStringLiteral("apiToken"), &AppSettings::apiToken},
    };
    return members.value(key, nullptr);
}

QComboBox *choices(QWidget *parent, const QList<std::pair<QString, QString>> &items)
{
    auto *box = new QComboBox(parent);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    return box;
}

/// The strategy parameters' descriptions (engine/strategy/StrategyParameters.cpp fields()), for
/// lupdate: the page shows each translated, or as the engine has it when it changed since.
[[maybe_unused]] const char *const kParameterDescriptions[] = {
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "fast EMA period"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "slow EMA period"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "RSI period"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "BUY only while RSI is below this"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "BUY only while RSI is above this (0 = off)"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "SELL an open position when RSI rises above this"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "ATR period"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "volume moving-average period"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "BUY needs volume >= this x its average (0 = off)"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "ATR stop distance in ATRs"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "gain in ATRs before the trailing stop starts"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "trailing stop distance in ATRs"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "largest Kelly fraction of equity"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "fraction of equity until Kelly has enough trades"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "closed trades before Kelly sizing is used"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Kelly sizing uses the last this-many closed trades"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "share of equity a stop-out may lose"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "largest order in KRW"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "daily loss limit, share of the day's starting equity"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "daily loss limit in KRW (0 = off)"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "largest share of equity in all positions together"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "most markets held at once"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "1: sell a position when its market is designated warning (유의)"),
    QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "1: no new entry in a market with a caution flag (주의)"),
};

} // namespace

SettingsDialog::SettingsDialog(Context context, QSettings *saved, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_saved(saved)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_confirm = [](const QString &, const QString &) { return false; };

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneralPage(), tr("General"));
    tabs->addTab(buildStrategyPage(), tr("Strategy and risk"));
    tabs->addTab(buildKeysPage(), tr("API keys"));
    tabs->addTab(buildNotificationsPage(), tr("Notifications"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Below the tabs, so the outcome of storing the keys is seen whatever page is open.
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_keyStatus);
    layout->addWidget(buttons);

    // The values in force: command line > environment > saved file > defaults.
    QHash<QString, QString> savedValues;
    const ResolvedSettings current = resolveForm(&savedValues, false);
    for (Field &field : m_fields)
        field.set(settingText(current.settings, field.key));
    if (settingText(current.settings, QStringLiteral("universeRefreshMinutes")).isEmpty()) // not covered there
        m_universeRefresh->setValue(current.settings.universeRefreshMinutes);
    updateUniverseFields();
    m_paperBefore = current.settings.paperMode;
    const QHash<QString, QString> parameters = m_context.parameters.toMap();
    for (auto it = m_strategyEdits.begin(); it != m_strategyEdits.end(); ++it)
        it.value().set(parameters.value(it.key()));
    m_autostart->setChecked(Autostart::isEnabled());
    // Keys: the keychain's entries (the environment's, locked, when it sets them).
    for (auto it = m_keyEdits.begin(); it != m_keyEdits.end(); ++it) {
        QLineEdit *edit = it.value();
        const QString &key = it.key();
        if (!edit->isEnabled())
            continue;
        showKeyState(key, tr("Asking the keychain…"));
        m_secrets->read(key, [this, dialog = QPointer<SettingsDialog>(this), edit = QPointer<QLineEdit>(edit),
                              key](const std::optional<QString> &value, const QString &error) {
            if (!dialog || !edit)
                return;
            if (!error.isEmpty()) {
                // Seen before typing a key that could not be kept either.
                showKeyState(key, tr("The keychain could not be read: %1").arg(error), true);
                return;
            }
            if (!value) {
                showKeyState(key, tr("Not stored"));
                return;
            }
            m_storedKeys.insert(key, *value);
            if (edit->text().isEmpty())
                edit->setText(*value);
            showKeyState(key, tr("✓ Stored in the keychain"));
        });
    }
    // Within a small screen (1024×600): the pages scroll rather than the dialog leaving the screen.
    QSize size(660, 560);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
}

SettingsDialog::~SettingsDialog() = default;

SettingsDialog::Field &SettingsDialog::addField(const QString &key, QWidget *editor, std::function<QString()> get,
                                                std::function<void(const QString &)> set)
{
    Field field;
    field.key = key;
    field.editor = editor;
    field.get = std::move(get);
    field.set = std::move(set);
    editor->setObjectName(key + QStringLiteral("Editor"));
    field.message = new QLabel(editor->parentWidget());
    field.message->setObjectName(key + QStringLiteral("Message"));
    field.message->setVisible(false); // one line: a wrapped label in a form row overlaps the next row
    if (const SettingSpec *spec = specFor(key)) {
        editor->setToolTip(spec->description);
        bool fromCommandLine = m_context.sources.commandLine.contains(key);
        bool fromEnvironment =
            !spec->environment.isEmpty() && !m_context.sources.environment.value(spec->environment).isEmpty();
        // --market / TRADING_MARKET set the same list as --markets / TRADING_MARKETS.
        if (const SettingSpec *one = key == u"markets" ? specFor(QStringLiteral("market")) : nullptr;
            one && !fromCommandLine && !fromEnvironment) {
            if (m_context.sources.commandLine.contains(one->key))
                spec = one, fromCommandLine = true;
            else if (!m_context.sources.environment.value(one->environment).isEmpty())
                spec = one, fromEnvironment = true;
        }
        if (fromCommandLine || fromEnvironment) {
            field.locked = true;
            editor->setEnabled(false);
            field.message->setText(fromCommandLine
                                       ? tr("Set by --%1 on the command line; that value wins.").arg(spec->option)
                                       : tr("Set by %1 in the environment; that value wins.").arg(spec->environment));
            field.message->setForegroundRole(QPalette::PlaceholderText);
            field.message->setVisible(true);
        }
    }
    m_fields.append(field);
    return m_fields.last();
}

QWidget *SettingsDialog::buildGeneralPage()
{
    // Scrolls: on a 1024×600 screen the page is taller than the dialog.
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [&](const QString &label, const Field &field) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field.editor);
        box->addWidget(field.message);
        form->addRow(label, box);
    };
    const auto comboField = [&](const QString &key, QComboBox *box) -> Field & {
        return addField(
            key, box, [box] { return box->currentData().toString(); },
            [box](const QString &v) { box->setCurrentIndex(std::max(0, box->findData(v))); });
    };
    const auto lineField = [&](const QString &key, QLineEdit *edit) -> Field & {
        return addField(
            key, edit, [edit] { return edit->text().trimmed(); }, [edit](const QString &v) { edit->setText(v); });
    };
    // Money as text (exact, no double): shown grouped ("1,000,000"), typed with or without the
    // commas, kept as the plain number; a misplaced comma goes to the validation as typed.
    const auto moneyField = [&](const QString &key, QLineEdit *edit) -> Field & {
        connect(edit, &QLineEdit::editingFinished, edit, [edit] {
            const auto plain = withoutGrouping(edit->text());
            if (const auto value = plain ? Decimal::fromString(*plain) : std::nullopt)
                edit->setText(formatAmount(*value));
        });
        return addField(
            key, edit, [edit] { return withoutGrouping(edit->text()).value_or(edit->text().trimmed()); },
            [edit](const QString &v) {
                const auto value = Decimal::fromString(v.trimmed());
                edit->setText(value ? formatAmount(*value) : v);
            });
    };
    const auto checkField = [&](const QString &key, QCheckBox *box) -> Field & {
        return addField(
            key, box, [box] { return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); },
            [box](const QString &v) { box->setChecked(v == u"true"); });
    };

    auto *exchange = choices(page, {{exchangeText(Exchange::Upbit), exchangeName(Exchange::Upbit)},
                                    {exchangeText(Exchange::Bithumb), exchangeName(Exchange::Bithumb)},
                                    {tr("Replay (offline)"), exchangeName(Exchange::Replay)}});
    // The combo holds each exchange's stored name; the market picker wants the exchange.
    const auto chosenExchange = [exchange] {
        return parseExchange(exchange->currentData().toString()).value_or(defaults::kExchange);
    };
    row(tr("Exchange"), comboField(QStringLiteral("exchange"), exchange));
    // The markets: a comma list to type, and a picker from the market table to add to it.
    m_markets = new QLineEdit(page);
    m_markets->setPlaceholderText(QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP"));
    m_marketPicker = new QComboBox(page);
    m_marketPicker->setObjectName(QStringLiteral("marketPicker"));
    m_marketPicker->setToolTip(tr("Adds a market from the exchange's list to the markets traded"));
    // Its items are long (code, both names, flags): the list is shown wide, the box stays narrow.
    m_marketPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_marketPicker->setMinimumContentsLength(14);
    connect(m_marketPicker, &QComboBox::activated, this, [this](int index) {
        const QString code = m_marketPicker->itemData(index).toString();
        m_marketPicker->setCurrentIndex(0);
        if (code.isEmpty())
            return;
        QStringList list = marketList(m_markets->text());
        if (!list.contains(code))
            list.append(code);
        m_markets->setText(list.join(QStringLiteral(", ")));
    });
    auto *marketsBox = new QWidget(page);
    auto *marketsLayout = new QHBoxLayout(marketsBox);
    marketsLayout->setContentsMargins(0, 0, 0, 0);
    marketsLayout->addWidget(m_markets, 1);
    marketsLayout->addWidget(m_marketPicker);
    Field &markets = addField(
        QStringLiteral("markets"), m_markets, [this] { return marketList(m_markets->text()).join(u','); },
        [this](const QString &v) { m_markets->setText(marketList(v).join(QStringLiteral(", "))); });
    m_marketPicker->setEnabled(!markets.locked);
    {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(marketsBox);
        box->addWidget(markets.message);
        form->addRow(tr("Markets"), box);
    }
    // The universe: off (the list above), or the top N by 24-hour traded value.
    m_universeMode = choices(page, {{tr("Off: trade the list"), QStringLiteral("off")},
                                    {tr("Top N by traded value"), QStringLiteral("top")}});
    m_universeMode->setObjectName(QStringLiteral("universeModeBox"));
    m_universeTop = new QSpinBox(page);
    m_universeTop->setObjectName(QStringLiteral("universeTopBox"));
    m_universeTop->setRange(1, 20);
    m_universeTop->setValue(5);
    m_universeTop->setSuffix(tr(" markets"));
    auto *universeBox = new QWidget(page);
    auto *universeLayout = new QHBoxLayout(universeBox);
    universeLayout->setContentsMargins(0, 0, 0, 0);
    universeLayout->addWidget(m_universeMode, 2);
    universeLayout->addWidget(m_universeTop, 1);
    universeLayout->addStretch(1);
    Field &universe = addField(
        QStringLiteral("universe"), universeBox,
        [this] {
            return m_universeMode->currentData().toString() == u"top"
                       ? QStringLiteral("top:%1").arg(m_universeTop->value())
                       : QStringLiteral("off");
        },
        [this](const QString &v) {
            const bool top = v.startsWith(u"top:");
            m_universeMode->setCurrentIndex(top ? 1 : 0);
            if (top)
                m_universeTop->setValue(v.mid(4).toInt());
        });
    row(tr("Universe"), universe);
    m_universeRefresh = new QSpinBox(page);
    m_universeRefresh->setRange(5, 1440);
    m_universeRefresh->setSuffix(tr(" min"));
    row(tr("Universe chosen again every"),
        addField(
            QStringLiteral("universeRefreshMinutes"), m_universeRefresh,
            [this] { return QString::number(m_universeRefresh->value()); },
            [this](const QString &v) {
                if (!v.isEmpty()) // settingText() may not cover it: the default stands
                    m_universeRefresh->setValue(v.toInt());
            }));
    connect(m_universeMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateUniverseFields);
    fillMarkets(chosenExchange());
    connect(exchange, &QComboBox::currentIndexChanged, this, [this, chosenExchange] { fillMarkets(chosenExchange()); });
    QList<std::pair<QString, QString>> frames;
    for (const char *m : {"1", "3", "5", "10", "15", "30", "60", "240"})
        frames.append({tr("%1 minutes").arg(QLatin1StringView(m)), QLatin1StringView(m).toString()});
    frames.append({tr("1 day"), QStringLiteral("day")});
    row(tr("Timeframe"), comboField(QStringLiteral("timeframe"), choices(page, frames)));
    auto *interval = new QSpinBox(page);
    interval->setRange(1, 3600);
    interval->setSuffix(tr(" s"));
    row(tr("Loop interval"),
        addField(
            QStringLiteral("interval"), interval, [interval] { return QString::number(interval->value()); },
            [interval](const QString &v) { interval->setValue(v.toInt()); }));
    row(tr("Market data"),
        comboField(
            QStringLiteral("marketData"),
            choices(page,
                    {{tr("Real time (WebSocket; polling while it is down)"), feedSourceName(FeedSource::WebSocket)},
                     {tr("Polling only (REST, every loop interval)"), feedSourceName(FeedSource::Rest)}})));
    row(tr("Paper trading"),
        checkField(QStringLiteral("paper"), new QCheckBox(tr("No real orders (recommended)"), page)));
    row(tr("Live: KRW per buy order, at most"), moneyField(QStringLiteral("maxOrderKrw"), new QLineEdit(page)));
    auto *timeout = new QSpinBox(page);
    timeout->setRange(5, 86400);
    timeout->setSuffix(tr(" s"));
    row(tr("Live: cancel open orders after"),
        addField(
            QStringLiteral("orderTimeoutSec"), timeout, [timeout] { return QString::number(timeout->value()); },
            [timeout](const QString &v) { timeout->setValue(v.toInt()); }));
    row(tr("Paper account start (KRW)"), moneyField(QStringLiteral("paperBalance"), new QLineEdit(page)));
    row(tr("Database URL"), lineField(QStringLiteral("databaseUrl"), new QLineEdit(page)));
    row(tr("Log level"),
        comboField(QStringLiteral("logLevel"),
                   choices(page, {{LogModel::levelText(LogLevel::Debug), QStringLiteral("DEBUG")},
                                  {LogModel::levelText(LogLevel::Info), QStringLiteral("INFO")},
                                  {LogModel::levelText(LogLevel::Warning), QStringLiteral("WARNING")},
                                  {LogModel::levelText(LogLevel::Error), QStringLiteral("ERROR")},
                                  {LogModel::levelText(LogLevel::Critical), QStringLiteral("CRITICAL")}})));
    row(tr("Language"),
        comboField(QStringLiteral("language"), choices(page, {{tr("System"), QStringLiteral("system")},
                                                              {QStringLiteral("English"), QStringLiteral("en")},
                                                              {QStringLiteral("한국어"), QStringLiteral("ko")}})));
    auto *zone = new TimeZoneBox(page);
    row(tr("Time zone"), addField(
                             QStringLiteral("timeZone"), zone, [zone] { return zone->zone(); },
                             [zone](const QString &v) { zone->setZone(v); }));
    // An outage: how many failed polls in a row stop the engine, and whether it starts again
    // by itself once the exchange answers (network failures only, never keys or the kill switch).
    auto *failures = new QSpinBox(page);
    failures->setRange(1, 1000);
    failures->setSuffix(tr(" in a row"));
    row(tr("Failures before ERROR"),
        addField(
            QStringLiteral("maxFailures"), failures, [failures] { return QString::number(failures->value()); },
            [failures](const QString &v) {
                if (!v.isEmpty())
                    failures->setValue(v.toInt());
            }));
    auto *recover = new QSpinBox(page);
    recover->setRange(0, 1440);
    recover->setSuffix(tr(" min"));
    recover->setSpecialValueText(tr("Off"));
    Field &recoverField = addField(
        QStringLiteral("autoRecoverMinutes"), recover, [recover] { return QString::number(recover->value()); },
        [recover](const QString &v) {
            if (!v.isEmpty())
                recover->setValue(v.toInt());
        });
    recover->setToolTip(tr("After a network outage only: start again by itself once the exchange answers, this many "
                           "minutes after the ERROR at the earliest. Never after a key, database or risk error or "
                           "the kill switch."));
    row(tr("Restart after a network outage"), recoverField);
    row(QString(), checkField(QStringLiteral("closeToTray"),
                              new QCheckBox(tr("Closing the window keeps autocoin in the tray"), page)));
    // Start with the system: the login item itself is the setting (platform/Autostart.h).
    m_autostart = new QCheckBox(tr("Start autocoin when I log in"), page);
    m_autostart->setObjectName(QStringLiteral("autostartEditor"));
    m_autostart->setToolTip(tr("Opens autocoin at login; trading starts only when you press Start."));
    m_autostartMessage = new QLabel(page);
    m_autostartMessage->setObjectName(QStringLiteral("autostartMessage"));
    m_autostartMessage->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_autostartMessage->setVisible(false);
    {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(m_autostart);
        box->addWidget(m_autostartMessage);
        form->addRow(QString(), box);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

void SettingsDialog::fillMarkets(Exchange exchange)
{
    m_marketPicker->clear();
    m_knownMarkets.clear();
    m_marketPicker->addItem(tr("Add a market…"), QString());
    StorageError error;
    const QList<MarketRecord> markets =
        m_context.database ? MarketRepository(*m_context.database).all(exchange, &error) : m_context.markets;
    for (const MarketRecord &m : markets) {
        if (m.exchange != exchange || !m.active || !m.symbol.startsWith(u"KRW-"))
            continue;
        m_knownMarkets.insert(m.symbol);
        const bool warned = m.warningLevel != u"NONE";
        QString text = QStringLiteral("%1  %2 · %3").arg(m.symbol, m.koreanName, m.englishName);
        if (warned)
            text += QStringLiteral("  ⚠ ") + marketWarningText(m.warningLevel);
        m_marketPicker->addItem(text, m.symbol);
        if (warned)
            m_marketPicker->setItemData(m_marketPicker->count() - 1, QColor(0xd9, 0x77, 0x06), Qt::ForegroundRole);
    }
}

QStringList SettingsDialog::marketList(const QString &text)
{
    QStringList out;
    for (const QString &entry : text.split(u','))
        out.append(entry.trimmed().toUpper());
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast(); // "KRW-BTC, " while typing: no empty last entry
    return out;
}

void SettingsDialog::updateUniverseFields()
{
    const bool top = m_universeMode->currentData().toString() == u"top";
    for (const Field &field : std::as_const(m_fields)) {
        if (field.locked)
            continue;
        if (field.key == u"markets") {
            field.editor->setEnabled(!top); // the universe replaces the list
            m_marketPicker->setEnabled(!top);
        } else if (field.key == u"universeRefreshMinutes") {
            field.editor->setEnabled(top);
        }
    }
    m_universeTop->setEnabled(top && m_universeMode->isEnabled());
}

QString SettingsDialog::localizedError(const QString &message)
{
    // The resolver's messages for a market list (engine/settings/AppSettings.cpp applyMarkets),
    // one per bad entry, joined by "; ".
    static const QRegularExpression tooMany(
        QStringLiteral("^lists (\\d+) markets; at most (\\d+) can be traded at once$"));
    if (const auto m = tooMany.match(message); m.hasMatch())
        return tr("lists %1 markets; at most %2 can be traded at once").arg(m.captured(1), m.captured(2));
    static const QRegularExpression money(QStringLiteral("^must be a number of KRW from (\\d+) to (\\d+)$"));
    if (const auto m = money.match(message); m.hasMatch())
        return tr("must be a number of KRW from %1 to %2 (the commas between thousands are optional)")
            .arg(formatAmount(Decimal::fromString(m.captured(1)).value_or(Decimal())),
                 formatAmount(Decimal::fromString(m.captured(2)).value_or(Decimal())));
    static const QRegularExpression empty(QStringLiteral("^entry (\\d+) is empty$"));
    static const QRegularExpression notCode(
        QStringLiteral("^entry (\\d+) \"(.*)\" is not a KRW market code such as KRW-BTC$"));
    static const QRegularExpression twice(QStringLiteral("^(\\S+) is listed twice$"));
    QStringList parts = message.split(QStringLiteral("; "));
    for (QString &part : parts) {
        if (const auto m = empty.match(part); m.hasMatch())
            part = tr("entry %1 is empty").arg(m.captured(1));
        else if (const auto n = notCode.match(part); n.hasMatch())
            part = tr("entry %1 \"%2\" is not a KRW market code such as KRW-BTC").arg(n.captured(1), n.captured(2));
        else if (const auto t = twice.match(part); t.hasMatch())
            part = tr("%1 is listed twice").arg(t.captured(1));
    }
    return parts.join(QStringLiteral("; "));
}

QWidget *SettingsDialog::buildStrategyPage()
{
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_strategyMessages = new QLabel(page);
    m_strategyMessages->setObjectName(QStringLiteral("strategyMessages"));
    m_strategyMessages->setWordWrap(true);
    m_strategyMessages->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_strategyMessages->setVisible(false);
    form->addRow(m_strategyMessages);
    // The presets set the risk knobs only (StrategyFields.h); the indicators stay as they are.
    auto *presets = new QHBoxLayout;
    for (const auto &[preset, text, name] :
         {std::tuple{StrategyPreset::Conservative, tr("Conservative"), QStringLiteral("presetConservativeButton")},
          std::tuple{StrategyPreset::Default, tr("Default"), QStringLiteral("presetDefaultButton")},
          std::tuple{StrategyPreset::Aggressive, tr("Aggressive"), QStringLiteral("presetAggressiveButton")}}) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setToolTip(tr("Sets the risk per trade, position sizes, stop distance, daily loss limit, exposure "
                              "and market limits; Save applies them"));
        connect(button, &QPushButton::clicked, this, [this, p = preset] { applyPreset(p); });
        presets->addWidget(button);
    }
    presets->addStretch(1);
    form->addRow(tr("Presets"), presets);

    QSet<QString> known;
    for (const StrategyParameters::Field &f : StrategyParameters::fields())
        known.insert(f.name);
    const auto meaningOf = [](const QString &name) {
        for (const StrategyParameters::Field &f : StrategyParameters::fields()) {
            if (f.name == name)
                return tr(f.description.toUtf8().constData());
        }
        return QString();
    };
    QSet<QString> shown;
    for (const StrategyFieldSpec &spec : strategyFieldSpecs()) {
        if (!known.contains(spec.name))
            continue; // a parameter the engine no longer has
        shown.insert(spec.name);
        using K = StrategyFieldSpec::Kind;
        const QString unit = spec.unit ? tr(spec.unit) : QString();
        StrategyEditor editor;
        QString label = tr(spec.label);
        switch (spec.kind) {
        case K::Count:
        case K::Krw: {
            auto *box = new QSpinBox(page);
            box->setRange(static_cast<int>(spec.minimum), static_cast<int>(spec.maximum));
            box->setSuffix(unit);
            box->setGroupSeparatorShown(spec.kind == K::Krw);
            if (spec.kind == K::Krw)
                box->setSingleStep(10000);
            editor = {box, [box] { return QString::number(box->value()); },
                      [box](const QString &v) { box->setValue(qRound(v.toDouble())); }};
            if (spec.offText)
                box->setSpecialValueText(tr(spec.offText));
            break;
        }
        case K::Number:
        case K::Percent: {
            auto *box = new QDoubleSpinBox(page);
            box->setDecimals(spec.decimals);
            box->setRange(spec.minimum, spec.maximum);
            box->setSuffix(unit);
            box->setSingleStep(spec.kind == K::Percent || spec.decimals == 1 ? 0.5 : 0.1);
            if (spec.decimals == 1)
                box->setSingleStep(1);
            // A fraction is shown in percent (0.03 → 3 %) and stored as the fraction again.
            const double scale = spec.kind == K::Percent ? 100.0 : 1.0;
            editor = {box, [box, scale] { return QString::number(box->value() / scale, 'g', 12); },
                      [box, scale](const QString &v) { box->setValue(v.toDouble() * scale); }};
            if (spec.offText)
                box->setSpecialValueText(tr(spec.offText));
            break;
        }
        case K::Switch: {
            auto *box = new QCheckBox(label, page);
            editor = {box, [box] { return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"); },
                      [box](const QString &v) { box->setChecked(v.trimmed() == u"1"); }};
            label.clear(); // the check box carries it
            break;
        }
        }
        editor.widget->setObjectName(spec.name + QStringLiteral("Editor"));
        // What it means, and the name --params and the parameter store take.
        editor.widget->setToolTip(meaningOf(spec.name) + QStringLiteral("\n--") + spec.name);
        if (spec.kind != K::Switch)
            editor.widget->setMinimumWidth(170);
        m_strategyEdits.insert(spec.name, editor);
        auto *line = new QHBoxLayout;
        line->addWidget(editor.widget);
        line->addStretch(1);
        form->addRow(label, line);
    }
    // A parameter this page has no row for yet: a plain field, named as the engine names it.
    for (const StrategyParameters::Field &f : StrategyParameters::fields()) {
        if (shown.contains(f.name))
            continue;
        auto *edit = new QLineEdit(page);
        edit->setObjectName(f.name + QStringLiteral("Editor"));
        edit->setMaximumWidth(170);
        edit->setToolTip(meaningOf(f.name));
        m_strategyEdits.insert(
            f.name, {edit, [edit] { return edit->text().trimmed(); }, [edit](const QString &v) { edit->setText(v); }});
        form->addRow(f.name, edit);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

void SettingsDialog::applyPreset(StrategyPreset preset)
{
    const QHash<QString, QString> values = strategyPresetValues(preset);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (const auto editor = m_strategyEdits.constFind(it.key()); editor != m_strategyEdits.constEnd())
            editor->set(it.value());
    }
}

QWidget *SettingsDialog::buildKeysPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *note = new QLabel(tr("Keys are kept in the system keychain, never in the settings file or the log. "
                               "Give them only the permissions autocoin needs (view balances, place orders) and "
                               "allow only this computer's IP address."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    const QList<std::pair<QString, QString>> keys = {{QStringLiteral("upbitAccessKey"), tr("Upbit access key")},
                                                     {QStringLiteral("upbitSecretKey"), tr("Upbit secret key")},
                                                     {QStringLiteral("bithumbApiKey"), tr("Bithumb API key")},
                                                     {QStringLiteral("bithumbApiSecret"), tr("Bithumb API secret")}};
    for (const auto &[key, label] : keys)
        addSecretField(page, form, key, label);
    m_testButton = new QPushButton(tr("Test connection"), page);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_connectionReport = new QLabel(page);
    m_connectionReport->setObjectName(QStringLiteral("connectionReport"));
    m_connectionReport->setWordWrap(true);
    m_connectionReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_testButton);
    form->addRow(m_connectionReport);
    return page;
}

QLineEdit *SettingsDialog::addSecretField(QWidget *page, QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(key + QStringLiteral("Editor"));
    edit->setEchoMode(QLineEdit::Password);
    m_keyEdits.insert(key, edit);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(edit);
    // Whether the keychain holds it: a password field's dots alone do not say where they came from.
    auto *state = new QLabel(page);
    state->setObjectName(key + QStringLiteral("State"));
    state->setForegroundRole(QPalette::PlaceholderText);
    state->setVisible(false);
    m_keyStates.insert(key, state);
    box->addWidget(state);
    const SettingSpec *spec = specFor(key);
    if (spec && !m_context.sources.environment.value(spec->environment).isEmpty()) {
        edit->setEnabled(false);
        edit->setPlaceholderText(tr("from %1").arg(spec->environment));
        auto *locked = new QLabel(tr("Set by %1 in the environment; that value wins.").arg(spec->environment), page);
        locked->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(locked);
    }
    form->addRow(label, box);
    return edit;
}

QWidget *SettingsDialog::buildNotificationsPage()
{
    auto *scroll = new QScrollArea(this);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [&](const QString &label, Field &field) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field.editor);
        box->addWidget(field.message);
        form->addRow(label, box);
    };
    const auto optionalLine = [&](const QString &key, const QString &placeholder) -> Field & {
        auto *edit = new QLineEdit(page);
        edit->setPlaceholderText(placeholder);
        Field &field = addField(
            key, edit, [edit] { return edit->text().trimmed(); }, [edit](const QString &v) { edit->setText(v); });
        field.emptyMeansUnset = true;
        return field;
    };
    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), page);
        form->addRow(label);
    };
    auto *note = new QLabel(tr("Alerts go to your phone: state changes, fills, the daily loss limit, the kill switch, "
                               "reconciliation notices, warnings on markets held, an expiring API key and a daily "
                               "summary. The bot token and the webhook are kept in the system keychain. Changes here "
                               "take effect at the next start of autocoin."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);

    heading(tr("Telegram"));
    QLineEdit *token = addSecretField(page, form, QStringLiteral("telegramBotToken"), tr("Bot token"));
    token->setPlaceholderText(token->isEnabled() ? QStringLiteral("123456789:AA…") : token->placeholderText());
    token->setToolTip(tr("The token BotFather gave for your bot"));
    Field &chats = optionalLine(QStringLiteral("telegramChatIds"), QStringLiteral("123456789, -1001234567890"));
    chats.editor->setToolTip(tr("Who gets alerts and may send commands (/status, /stop, …): chat ids, comma-separated. "
                                "Anyone else gets no answer."));
    row(tr("Chat ids"), chats);

    heading(tr("Discord"));
    QLineEdit *webhook = addSecretField(page, form, QStringLiteral("discordWebhookUrl"), tr("Webhook URL"));
    webhook->setPlaceholderText(webhook->isEnabled() ? QStringLiteral("https://discord.com/api/webhooks/…")
                                                     : webhook->placeholderText());

    heading(tr("What is sent"));
    auto *paperFills = new QCheckBox(tr("Paper fills too"), page);
    row(QString(),
        addField(
            QStringLiteral("notifyPaperFills"), paperFills,
            [paperFills] { return paperFills->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); },
            [paperFills](const QString &v) { paperFills->setChecked(v != u"false"); }));
    Field &summary = optionalLine(QStringLiteral("dailySummaryAt"), QStringLiteral("00:00"));
    summary.editor->setToolTip(tr("HH:MM in the app's time zone, or off"));
    row(tr("Daily summary at"), summary);

    m_notifyTestButton = new QPushButton(tr("Send a test message"), page);
    m_notifyTestButton->setObjectName(QStringLiteral("testNotifyButton"));
    connect(m_notifyTestButton, &QPushButton::clicked, this, &SettingsDialog::testNotifications);
    m_notifyReport = new QLabel(page);
    m_notifyReport->setObjectName(QStringLiteral("notifyReport"));
    m_notifyReport->setWordWrap(true);
    m_notifyReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_notifyTestButton);
    form->addRow(m_notifyReport);

    heading(tr("Local control API"));
    auto *apiNote = new QLabel(tr("For scripts and monitoring on this computer: GET /api/engine/status, POST "
                                  "/api/engine/start|stop|reset and more, each with the header Authorization: Bearer "
                                  "<token>."),
                               page);
    apiNote->setWordWrap(true);
    apiNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(apiNote);
    auto *port = new QSpinBox(page);
    port->setRange(0, 65535);
    port->setSpecialValueText(tr("Off"));
    Field &portField = addField(
        QStringLiteral("apiPort"), port,
        [port] { return port->value() > 0 ? QString::number(port->value()) : QString(); },
        [port](const QString &v) { port->setValue(v.toInt()); });
    portField.emptyMeansUnset = true;
    row(tr("Port"), portField);
    Field &host = optionalLine(QStringLiteral("apiHost"), QStringLiteral("127.0.0.1"));
    row(tr("Listen on"), host);
    QLineEdit *apiToken = addSecretField(page, form, QStringLiteral("apiToken"), tr("Token"));
    if (apiToken->isEnabled()) {
        auto *buttons = new QHBoxLayout;
        auto *generate = new QPushButton(tr("Generate"), page);
        generate->setObjectName(QStringLiteral("generateApiTokenButton"));
        generate->setToolTip(tr("A new random token (256 bits); save to keep it"));
        connect(generate, &QPushButton::clicked, this, [apiToken] {
            QByteArray bytes(32, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            apiToken->setText(QString::fromLatin1(bytes.toHex()));
        });
        auto *copy = new QPushButton(tr("Copy"), page);
        copy->setObjectName(QStringLiteral("copyApiTokenButton"));
        copy->setToolTip(tr("Copies the token to the clipboard"));
        connect(copy, &QPushButton::clicked, this,
                [apiToken] { QGuiApplication::clipboard()->setText(apiToken->text().trimmed()); });
        buttons->addWidget(generate);
        buttons->addWidget(copy);
        buttons->addStretch(1);
        form->addRow(QString(), buttons);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

ResolvedSettings SettingsDialog::resolveForm(QHash<QString, QString> *savedValues, bool includeForm) const
{
    SettingSources sources = m_context.sources;
    for (const QString &key : m_saved->allKeys())
        sources.saved.insert(key, m_saved->value(key).toString());
    for (const Field &field : m_fields) {
        const SettingSpec *spec = specFor(field.key);
        if (!includeForm || !spec || spec->savedKey.isEmpty() || field.locked || !field.get)
            continue;
        if (const QString value = field.get(); value.isEmpty() && field.emptyMeansUnset)
            sources.saved.remove(spec->savedKey);
        else
            sources.saved.insert(spec->savedKey, value);
        if (field.key == u"markets") // the form's list replaces a single market saved earlier
            sources.saved.remove(QStringLiteral("engine/market"));
    }
    *savedValues = sources.saved;
    ResolvedSettings resolved = resolveSettings(sources, m_context.dataDir);
    // Keys: the form's, unless the environment gives them.
    for (auto it = m_keyEdits.constBegin(); it != m_keyEdits.constEnd(); ++it) {
        if (!it.value()->isEnabled() || it.value()->text().trimmed().isEmpty())
            continue;
        if (QString AppSettings::*member = secretMember(it.key()))
            resolved.settings.*member = it.value()->text().trimmed();
    }
    return resolved;
}

QHash<QString, QString> SettingsDialog::strategyValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_strategyEdits.constBegin(); it != m_strategyEdits.constEnd(); ++it)
        values.insert(it.key(), it.value().get());
    return values;
}

void SettingsDialog::clearMessages()
{
    for (Field &field : m_fields) {
        if (field.locked)
            continue;
        field.message->clear();
        field.message->setVisible(false);
    }
    m_strategyMessages->clear();
    m_strategyMessages->setVisible(false);
    m_autostartMessage->setVisible(false);
    for (const StrategyEditor &editor : std::as_const(m_strategyEdits))
        editor.widget->setStyleSheet(QString());
}

bool SettingsDialog::save()
{
    clearMessages();
    bool ok = true;

    // Strategy and risk: the parameter store's own rules.
    QStringList problems;
    const StrategyParameters next = StrategyParameters::fromMap(strategyValues(), m_context.parameters, &problems);
    problems += next.validate();
    if (!problems.isEmpty()) {
        ok = false;
        m_strategyMessages->setText(problems.join(u'\n'));
        m_strategyMessages->setVisible(true);
        for (auto it = m_strategyEdits.constBegin(); it != m_strategyEdits.constEnd(); ++it) {
            for (const QString &problem : std::as_const(problems)) {
                if (problem.startsWith(it.key() + u' '))
                    it.value().widget->setStyleSheet(QStringLiteral("border: 1px solid #dc2626;"));
            }
        }
    }

    // Settings: resolved exactly as at start-up; each error beside its field.
    QHash<QString, QString> savedValues;
    const ResolvedSettings resolved = resolveForm(&savedValues);
    for (const SettingError &error : resolved.errors) {
        ok = false;
        for (Field &field : m_fields) {
            // --market's errors belong to the list's field.
            const QString key = error.key == u"market" ? QStringLiteral("markets") : error.key;
            if (field.key == key && !field.locked) {
                field.message->setText(localizedError(error.message));
                field.message->setStyleSheet(QStringLiteral("color: #dc2626;"));
                field.message->setVisible(true);
            }
        }
    }
    // Every market listed must be one the exchange trades, as the synced market table has it (no
    // table yet, e.g. offline or the replay: the engine checks at start).
    if (ok && !m_knownMarkets.isEmpty() && resolved.settings.universe.isEmpty()) {
        QStringList unknown;
        for (const QString &market : resolved.settings.markets) {
            if (!m_knownMarkets.contains(market))
                unknown.append(market);
        }
        for (Field &field : m_fields) {
            if (!unknown.isEmpty() && field.key == u"markets" && !field.locked) {
                ok = false;
                field.message->setText(
                    tr("not a KRW market of %1: %2")
                        .arg(exchangeText(resolved.settings.exchange), unknown.join(QStringLiteral(", "))));
                field.message->setStyleSheet(QStringLiteral("color: #dc2626;"));
                field.message->setVisible(true);
            }
        }
    }
    if (!ok)
        return false;

    if (m_paperBefore && !resolved.settings.paperMode) {
        const QString text =
            tr("Switching to LIVE trading: autocoin will place real orders with real money on %1 (%2), at most %3 KRW "
               "per buy order. Continue?")
                .arg(exchangeText(resolved.settings.exchange), resolved.settings.markets.join(QStringLiteral(", ")),
                     formatAmount(resolved.settings.maxOrderKrw));
        if (!m_confirm(tr("Live trading"), text)) {
            for (Field &field : m_fields) {
                if (field.key == u"paper") {
                    field.message->setText(tr("Live trading was not confirmed: still paper trading."));
                    field.message->setVisible(true);
                    field.set(QStringLiteral("true"));
                }
            }
            return false;
        }
    }

    for (const Field &field : std::as_const(m_fields)) {
        const SettingSpec *spec = specFor(field.key);
        if (!spec || spec->savedKey.isEmpty() || field.locked)
            continue;
        if (const QString value = field.get(); value.isEmpty() && field.emptyMeansUnset)
            m_saved->remove(spec->savedKey);
        else
            m_saved->setValue(spec->savedKey, value);
        if (field.key == u"markets" && !field.locked) // one list: never a stale single market beside it
            m_saved->remove(QStringLiteral("engine/market"));
    }
    m_saved->sync();
    // Keys: only the changed ones are written, and the save waits for the keychain's answer so
    // the user learns where they are — or that they are not stored at all (no secret service).
    QHash<QString, QString> changedKeys;
    for (auto it = m_keyEdits.constBegin(); it != m_keyEdits.constEnd(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (it.value()->isEnabled() && value != m_storedKeys.value(it.key()))
            changedKeys.insert(it.key(), value);
    }
    bool keysStored = true;
    if (!changedKeys.isEmpty()) {
        constexpr int kKeychainTimeoutMs = 15000; // the keychain may ask the user to unlock it
        const QStringList errors = m_secrets->writeAll(changedKeys, kKeychainTimeoutMs);
        keysStored = errors.isEmpty();
        if (keysStored) {
            for (auto it = changedKeys.constBegin(); it != changedKeys.constEnd(); ++it) {
                m_storedKeys.insert(it.key(), it.value());
                showKeyState(it.key(), it.value().isEmpty() ? tr("Not stored") : tr("✓ Stored in the keychain"));
            }
            m_keyStatus->setText(tr("Keys stored in %1.").arg(m_secrets->location()));
            m_keyStatus->setStyleSheet(QString());
        } else {
            m_keyStatus->setText(
                tr("The keys were NOT stored (%1). They are used until autocoin closes, then lost. Start a "
                   "keychain (Secret Service, KWallet) and save again, or give them in the environment "
                   "(UPBIT_ACCESS_KEY, UPBIT_SECRET_KEY, BITHUMB_API_KEY, BITHUMB_API_SECRET).")
                    .arg(errors.join(QStringLiteral("; "))));
            m_keyStatus->setStyleSheet(QStringLiteral("color: #dc2626;"));
            for (auto it = changedKeys.constBegin(); it != changedKeys.constEnd(); ++it)
                showKeyState(it.key(), tr("NOT stored: the keychain refused it"), true);
            Logger::warning(QStringLiteral("settings"),
                            QStringLiteral("the keys were not stored: ") + errors.join(QStringLiteral("; ")));
        }
        m_keyStatus->setVisible(true);
    }
    if (keysStored) {
        // A webhook has no plain setting beside it: this tells the next start to ask the keychain
        // for it in paper trading too (the Telegram token is asked for when chat ids are set).
        const QLineEdit *webhook = m_keyEdits.value(QStringLiteral("discordWebhookUrl"));
        m_saved->setValue(QStringLiteral("notify/discordInKeychain"),
                          webhook && webhook->isEnabled() && !webhook->text().trimmed().isEmpty());
        m_saved->sync();
    }
    if (m_autostart->isChecked() != Autostart::isEnabled()) {
        const QString error = Autostart::setEnabled(m_autostart->isChecked(), Autostart::currentProgram());
        if (!error.isEmpty()) {
            m_autostartMessage->setText(tr("Not changed: %1").arg(error));
            m_autostartMessage->setVisible(true);
            m_autostart->setChecked(Autostart::isEnabled());
        }
    }
    m_paperBefore = resolved.settings.paperMode;
    QHash<QString, QString> strategy = next.toMap();
    Q_EMIT applied(resolved.settings, strategy);
    if (!keysStored) // after `applied`, so the window's last word is this, not "Settings saved"
        Q_EMIT keysNotStored(m_keyStatus->text());
    return keysStored; // the dialog stays open on a key that was not stored: the message is seen
}

QString SettingsDialog::keyState(const QString &key) const
{
    const QLabel *state = m_keyStates.value(key);
    return state && !state->isHidden() ? state->text() : QString();
}

void SettingsDialog::showKeyState(const QString &key, const QString &text, bool problem)
{
    QLabel *state = m_keyStates.value(key);
    if (!state)
        return;
    state->setText(text);
    state->setStyleSheet(problem ? QStringLiteral("color: #dc2626;") : QString());
    state->setVisible(!text.isEmpty());
}

QString SettingsDialog::keyStatus() const
{
    return m_keyStatus->isHidden() ? QString() : m_keyStatus->text();
}

QStringList SettingsDialog::problems() const
{
    QStringList out;
    for (const Field &field : m_fields) {
        if (!field.locked && !field.message->isHidden() && !field.message->text().isEmpty())
            out.append(field.key + QStringLiteral(": ") + field.message->text());
    }
    if (!m_strategyMessages->isHidden())
        out += m_strategyMessages->text().split(u'\n');
    return out;
}

QWidget *SettingsDialog::editor(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.editor;
    }
    if (const auto it = m_strategyEdits.constFind(key); it != m_strategyEdits.constEnd())
        return it->widget;
    if (key == u"marketPicker")
        return m_marketPicker;
    if (key == u"autostart")
        return m_autostart;
    return m_keyEdits.value(key);
}

void SettingsDialog::testConnection()
{
    QHash<QString, QString> savedValues;
    const ResolvedSettings resolved = resolveForm(&savedValues);
    delete m_check;
    m_check = new CheckConnection(resolved.settings, nullptr, nullptr, this);
    m_testButton->setEnabled(false);
    m_connectionReport->setText(tr("Asking %1 for the balances…").arg(exchangeText(resolved.settings.exchange)));
    connect(m_check, &CheckConnection::reported, this, [this](bool ok, const QString &report) {
        m_testButton->setEnabled(true);
        m_connectionReport->setText(report);
        m_connectionReport->setStyleSheet(ok ? QStringLiteral("color: #16a34a;") : QStringLiteral("color: #dc2626;"));
        Q_EMIT connectionTested(ok, report);
    });
    m_check->run();
}

QString SettingsDialog::connectionReport() const
{
    return m_connectionReport->text();
}

void SettingsDialog::testNotifications()
{
    QHash<QString, QString> savedValues;
    const ResolvedSettings resolved = resolveForm(&savedValues);
    static const QStringList notifyKeys = {QStringLiteral("telegramBotToken"), QStringLiteral("telegramChatIds"),
                                           QStringLiteral("telegramApiUrl"), QStringLiteral("discordWebhookUrl")};
    QStringList problems;
    for (const SettingError &error : resolved.errors) {
        if (notifyKeys.contains(error.key))
            problems.append(QStringLiteral("%1: %2").arg(error.source, error.message));
    }
    const auto show = [this](bool ok, const QString &report) {
        m_notifyReport->setText(report);
        m_notifyReport->setStyleSheet(ok ? QStringLiteral("color: #16a34a;") : QStringLiteral("color: #dc2626;"));
        Q_EMIT notifyTested(ok, report);
    };
    if (!problems.isEmpty()) {
        show(false, problems.join(u'\n'));
        return;
    }
    // Keys given by the environment are not in the form: the resolved settings have them.
    NotifyConfig config = NotifyConfig::fromSettings(resolved.settings);
    if (!config.enabled()) {
        show(false, tr("Nothing to test: give a Telegram bot token and a chat id, or a Discord webhook URL."));
        return;
    }
    if (!m_probe) {
        m_probe = new NotifyProbe(this);
        connect(m_probe, &NotifyProbe::finished, this, [this, show](const QList<NotifyProbe::Result> &results) {
            m_notifyTestButton->setEnabled(true);
            QStringList lines;
            bool ok = true;
            for (const NotifyProbe::Result &r : results) {
                const QString where = r.destination.startsWith(u"telegram:")
                                          ? tr("Telegram chat %1").arg(r.destination.mid(9))
                                          : tr("Discord");
                ok = ok && r.ok;
                if (r.ok)
                    lines.append(tr("%1: sent ✓").arg(where));
                else if (r.status == 0)
                    lines.append(tr("%1: no answer (%2)").arg(where, r.description));
                else
                    lines.append(tr("%1: refused, HTTP %2 %3").arg(where).arg(r.status).arg(r.description));
            }
            show(ok, lines.join(u'\n'));
        });
    }
    m_notifyTestButton->setEnabled(false);
    m_notifyReport->setStyleSheet(QString());
    m_notifyReport->setText(tr("Sending…"));
    m_probe->run(config, tr("autocoin: a test message from the settings. Notifications reach this chat."));
}

QString SettingsDialog::notifyReport() const
{
    return m_notifyReport->text();
}

} // namespace autocoin
