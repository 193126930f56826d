#pragma once

#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

/// For the QtTest suites: every committed seed (tests/fuzz/corpus/<target>/) and every input a
/// fuzzer found a defect with (tests/data/fuzz/<target>/) run through the target's harness, so
/// the g++ build checks the findings stay fixed. AUTOCOIN_TEST_DATA is tests/data.
namespace autocoin::fuzz {

inline void addFuzzInputs(const QString &target)
{
    QTest::addColumn<QByteArray>("input");
    const QStringList folders = {QStringLiteral(AUTOCOIN_TEST_DATA "/fuzz/") + target,
                                 QStringLiteral(AUTOCOIN_TEST_DATA "/../fuzz/corpus/") + target};
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                QFAIL(qPrintable(QStringLiteral("cannot read ") + info.filePath()));
            QTest::newRow(qPrintable(dir.dirName() + u'/' + info.fileName())) << file.readAll();
        }
    }
}

template<typename Harness> void replayFuzzInput(Harness harness, const QByteArray &input)
{
    try {
        harness(reinterpret_cast<const std::uint8_t *>(input.constData()), static_cast<std::size_t>(input.size()));
    } catch (const Broken &broken) {
        QFAIL(broken.what());
    }
}

} // namespace autocoin::fuzz
