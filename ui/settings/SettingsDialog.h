#pragma once

#include "settings/AppSettings.h"
#include "settings/StrategyFields.h"
#include "storage/Records.h"
#include "strategy/StrategyParameters.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSettings;
class QTabWidget;

namespace autocoin {

class CheckConnection;
class Database;
class NotifyProbe;
class SecretStore;

/// Settings without editing files: exchange, the markets traded (a comma list, with a picker from
/// the `markets` table showing the Korean name and a warning badge) or the top-N universe, timeframe and loop interval,
/// paper/live (live asks for confirmation and shows the per-order cap), strategy and risk parameters (inline messages
/// from the parameter store's rules), database URL, log level, language, close-to-tray, the API keys — stored in
/// the OS keychain, never in the settings file — with "Test connection", and the notifications (Telegram, Discord,
/// with "Send a test message") and the local control API (port, token: generate, copy). A setting given by the
/// environment or the command line wins; its field says so and is locked. Nothing invalid is saved: Save shows every
/// problem beside its field instead.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    struct Context
    {
        SettingSources sources; ///< command line and environment (the saved layer is `saved`)
        QString dataDir;
        Database *database = nullptr; ///< markets for the picker; may be null
        QList<MarketRecord> markets;  ///< the picker's markets when `database` is null (read off the GUI thread)
        StrategyParameters parameters;
    };
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    SettingsDialog(Context context, QSettings *saved, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    /// Validates; on success writes the settings file and the keychain and emits `applied`.
    /// Returns false (the dialog stays open) when something is invalid or when a changed key
    /// could not be stored; `keyStatus()` then says so and where the keys are.
    bool save();
    /// Every message shown beside a field, for tests and screen readers.
    QStringList problems() const;
    /// The editor of a setting ("markets", "interval", …), a strategy parameter ("ema-fast"), a
    /// key ("upbitAccessKey"), or "marketPicker".
    QWidget *editor(const QString &key) const;
    void testConnection();
    QString connectionReport() const;
    /// Sends one message to every destination the notification page describes; see notifyTested.
    void testNotifications();
    QString notifyReport() const;
    /// Where the keys were (or were not) stored by the last save; empty before.
    QString keyStatus() const;
    /// What the field of secret `key` says about it ("Stored in the keychain", "Not stored", …).
    QString keyState(const QString &key) const;
    /// Sets the risk parameters of a preset (보수적 / 기본 / 공격적); Save applies them.
    void applyPreset(autocoin::StrategyPreset preset);

Q_SIGNALS:
    /// Saved: the settings now in force (keys included, from the keychain fields or the
    /// environment) and the strategy parameters by name.
    void applied(const autocoin::AppSettings &settings, const QHash<QString, QString> &strategy);
    void connectionTested(bool ok, const QString &report);
    void notifyTested(bool ok, const QString &report);
    /// A save could not store a changed key in the keychain; `message` says what to do.
    void keysNotStored(const QString &message);

private:
    struct Field
    {
        QString key;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        std::function<QString()> get;
        std::function<void(const QString &)> set;
        bool locked = false;
        bool emptyMeansUnset = false; ///< an empty field removes the saved value (the default stands)
    };

    QWidget *buildGeneralPage();
    QWidget *buildStrategyPage();
    QWidget *buildKeysPage();
    QWidget *buildNotificationsPage();
    /// A password field for the secret `key` (filled from the keychain), locked when the
    /// environment sets it.
    QLineEdit *addSecretField(QWidget *page, QFormLayout *form, const QString &key, const QString &label);
    Field &addField(const QString &key, QWidget *editor, std::function<QString()> get,
                    std::function<void(const QString &)> set);
    void fillMarkets(Exchange exchange);
    /// "krw-btc, KRW-ETH" → {KRW-BTC, KRW-ETH}, entries kept as typed otherwise (the resolver judges).
    static QStringList marketList(const QString &text);
    /// The list is replaced by the universe: only one of them is editable.
    void updateUniverseFields();
    /// The resolver's market-list messages in the UI's language.
    static QString localizedError(const QString &message);
    /// The settings the form describes: resolved from the command line, the environment, the
    /// saved file and the form. `errors` per setting key.
    ResolvedSettings resolveForm(QHash<QString, QString> *savedValues, bool includeForm = true) const;
    QHash<QString, QString> strategyValues() const;
    void clearMessages();
    /// Shows beside secret `key`'s field whether the keychain holds it.
    void showKeyState(const QString &key, const QString &text, bool problem = false);

    /// A strategy parameter's editor (a spin box, a check box, or a line for one the page does
    /// not know) and its value as the parameter store takes it.
    struct StrategyEditor
    {
        QWidget *widget = nullptr;
        std::function<QString()> get;
        std::function<void(const QString &)> set;
    };

    Context m_context;
    QSettings *m_saved;
    SecretStore *m_secrets;
    Confirmation m_confirm;
    QList<Field> m_fields;
    QHash<QString, StrategyEditor> m_strategyEdits;
    QHash<QString, QLineEdit *> m_keyEdits;
    QHash<QString, QLabel *> m_keyStates; ///< beside each key field: stored or not
    QCheckBox *m_autostart = nullptr;
    QLabel *m_autostartMessage = nullptr;
    QLabel *m_strategyMessages = nullptr;
    QLabel *m_connectionReport = nullptr;
    QLabel *m_notifyReport = nullptr;
    QPushButton *m_notifyTestButton = nullptr;
    NotifyProbe *m_probe = nullptr;
    QLabel *m_keyStatus = nullptr;
    QHash<QString, QString> m_storedKeys; ///< what the secret store holds, as read or last written
    QPushButton *m_testButton = nullptr;
    QLineEdit *m_markets = nullptr;
    QComboBox *m_marketPicker = nullptr;
    QSet<QString> m_knownMarkets; ///< active KRW markets of the picked exchange in the market table
    QComboBox *m_universeMode = nullptr;
    QSpinBox *m_universeTop = nullptr;
    QSpinBox *m_universeRefresh = nullptr;
    CheckConnection *m_check = nullptr;
    bool m_paperBefore = true;
};

} // namespace autocoin
