// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimKeyGenerator.h"

#include <QSaveFile>

#include "core/dkim/DkimCrypto_p.h"
#include "core/setup/RecordRenderer.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

struct TypeInfo
{
    DkimKeyType type;
    const char* name;
    int bits;
};

constexpr TypeInfo TYPES[] = {
    {DkimKeyType::Rsa1024, "rsa1024", 1024},
    {DkimKeyType::Rsa2048, "rsa2048", 2048},
    {DkimKeyType::Rsa3072, "rsa3072", 3072},
    {DkimKeyType::Rsa4096, "rsa4096", 4096},
    {DkimKeyType::Ed25519, "ed25519", 256},
};

const TypeInfo& info(DkimKeyType type)
{
    for (const TypeInfo& t : TYPES) {
        if (t.type == type) {
            return t;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

Result<DkimKeyPair> DkimKeyGenerator::generate(DkimKeyType type)
{
    const bool ed = type == DkimKeyType::Ed25519;
    auto key = dkim::crypto::generate(
        ed ? dkim::crypto::KeyAlgorithm::Ed25519 : dkim::crypto::KeyAlgorithm::Rsa, bits(type));
    if (!key) {
        return Error::make(ErrorCode::KeyGenerationFailed, {typeName(type)});
    }
    return DkimKeyPair{type, std::move(key->privateKeyPem), std::move(key->publicKey)};
}

std::optional<Error> DkimKeyGenerator::writePrivateKey(const DkimKeyPair& pair, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    }
    // Restrict the temporary file before the first key byte reaches the disk; the rename keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    }
    if (file.write(pair.privateKeyPem) != pair.privateKeyPem.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::make(ErrorCode::FileUnwritable, {path, reason});
    }
    return std::nullopt;
}

QString DkimKeyGenerator::suggestedSelector(const QDate& date)
{
    return date.toString(u"yyyyMM"_s);
}

QString DkimKeyGenerator::recordValue(const DkimKeyPair& pair)
{
    const QString k = pair.type == DkimKeyType::Ed25519 ? u"ed25519"_s : u"rsa"_s;
    return u"v=DKIM1; k="_s + k + u"; p="_s + QString::fromLatin1(pair.publicKey.toBase64());
}

QString DkimKeyGenerator::recordName(const QString& selector, const QString& domainAce)
{
    QString owner = selector + u"._domainkey."_s + domainAce;
    if (!owner.endsWith(u'.')) {
        owner += u'.';
    }
    return owner;
}

ProposedRecord
DkimKeyGenerator::record(const DkimKeyPair& pair, const QString& selector, const QString& domainAce)
{
    ProposedRecord r =
        ProposedRecord::make(recordName(selector, domainAce), u"TXT"_s, recordValue(pair), u"dkim"_s);
    r.strings = setup::txtStrings(r);
    return r;
}

QList<Finding> DkimKeyGenerator::typeFindings(DkimKeyType type)
{
    switch (type) {
    case DkimKeyType::Rsa1024:
        // args: bits, minimum recommended
        return {Finding::make(u"dkim.weak-key"_s, Severity::Warning, {u"1024"_s, u"2048"_s})};
    case DkimKeyType::Rsa3072:
    case DkimKeyType::Rsa4096:
        return {Finding::make(u"dkim.key-large"_s, Severity::Info, {QString::number(bits(type))})};
    case DkimKeyType::Ed25519:
        return {Finding::make(u"dkim.ed25519-second"_s, Severity::Info)};
    case DkimKeyType::Rsa2048:
        break;
    }
    return {};
}

QString DkimKeyGenerator::typeName(DkimKeyType type)
{
    return QString::fromLatin1(info(type).name);
}

std::optional<DkimKeyType> DkimKeyGenerator::parseType(const QString& name)
{
    for (const TypeInfo& t : TYPES) {
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
            return t.type;
        }
    }
    return std::nullopt;
}

int DkimKeyGenerator::bits(DkimKeyType type)
{
    return info(type).bits;
}

} // namespace todoku
