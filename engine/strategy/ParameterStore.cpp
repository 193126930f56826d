#include "strategy/ParameterStore.h"

#include "storage/Repositories.h"

namespace autocoin {

namespace {

QString key(const QString &name)
{
    return QStringLiteral("strategy.") + name;
}

} // namespace

StrategyParameters ParameterStore::load(Database *database, const QHash<QString, QString> &overrides,
                                        QStringList *problems)
{
    QHash<QString, QString> stored;
    if (database) {
        ConfigRepository configs(*database);
        for (const StrategyParameters::Field &field : StrategyParameters::fields()) {
            StorageError error;
            if (const auto value = configs.get(key(field.name), &error))
                stored.insert(field.name, *value);
        }
    }
    StrategyParameters parameters = StrategyParameters::fromMap(stored, StrategyParameters{}, problems);
    parameters = StrategyParameters::fromMap(overrides, parameters, problems);
    const QStringList invalid = parameters.validate();
    if (!invalid.isEmpty()) {
        *problems += invalid;
        return StrategyParameters{};
    }
    return parameters;
}

bool ParameterStore::save(Database &database, const StrategyParameters &parameters, const QDateTime &now,
                          QStringList *problems)
{
    *problems = parameters.validate();
    if (!problems->isEmpty())
        return false;
    const QHash<QString, QString> values = parameters.toMap();
    StorageError error;
    const bool ok = database.inTransaction(
        [&] {
            ConfigRepository configs(database);
            for (const StrategyParameters::Field &field : StrategyParameters::fields()) {
                if (!configs.set(key(field.name), values.value(field.name), field.description, now, &error))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        problems->append(error.describe());
    return ok;
}

} // namespace autocoin
