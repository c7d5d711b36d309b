// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for RecordSetExporter: the zone fragment loads in BIND's named-checkzone; CSV, JSON and panel text.
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/setup/RecordSetExporter.h"
#include "core/setup/RecordSetGenerator.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

ProposedRecord record(const QString& name, const QString& type, const QString& value, const QString& purpose)
{
    return ProposedRecord::make(name, type, value, purpose);
}

RecordSet sampleSet()
{
    RecordSet set;
    set.domain = u"example.jp"_s;
    set.records.append(record(u"example.jp."_s, u"MX"_s, u"10 mail.example.jp."_s, u"mx"_s));
    set.records.append(record(u"example.jp."_s, u"TXT"_s, u"v=spf1 ip4:192.0.2.10 -all"_s, u"spf"_s));
    set.records.append(record(
        u"s1._domainkey.example.jp."_s, u"TXT"_s, u"v=DKIM1; k=rsa; p="_s + QString(392, u'Q'), u"dkim"_s));
    set.records.append(record(
        u"_dmarc.example.jp."_s, u"TXT"_s, u"v=DMARC1; p=none; rua=mailto:dmarc@example.jp"_s, u"dmarc"_s));
    ProposedRecord ptr = record(u"10.2.0.192.in-addr.arpa."_s, u"PTR"_s, u"mail.example.jp."_s, u"ptr"_s);
    ptr.setAt = u"ip-owner"_s;
    set.records.append(ptr);
    set.records.append(record(u"mail.example.jp."_s, u"A"_s, u"192.0.2.10"_s, u"mail-host"_s));
    return set;
}

/**
 * Loads the set's zone fragment into a zone with SOA and NS in BIND's named-checkzone and returns its dump
 * (-D), or an empty string with `why` set if the tool is missing or refuses the zone.
 */
QString checkzoneDump(const RecordSet& set, QString* why)
{
    const QString checkzone =
        QStandardPaths::findExecutable(u"named-checkzone"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    if (checkzone.isEmpty()) {
        *why = u"missing"_s;
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"example.jp.zone"_s);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        *why = u"cannot write the zone file"_s;
        return {};
    }
    // The fragment goes into an existing zone: give it the SOA and NS every zone already has.
    file.write("$TTL 3600\n"
               "@ IN SOA ns.example.jp. hostmaster.example.jp. 1 3600 600 86400 300\n"
               "@ IN NS ns.example.jp.\n"
               "ns IN A 192.0.2.53\n");
    file.write(RecordSetExporter::zoneFragment(set).toUtf8());
    file.close();

    QProcess p;
    p.start(checkzone, {u"-i"_s, u"local"_s, u"-D"_s, u"example.jp"_s, path});
    const bool finished = p.waitForFinished(10000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = out.isEmpty() ? u"named-checkzone did not finish"_s : out;
        return {};
    }
    return out;
}

} // namespace

class TestRecordSetExporter : public QObject
{
    Q_OBJECT

private slots:
    void zoneFragmentLoadsInNamedCheckzone();
    void generatedSetLoadsInNamedCheckzone();
    void zoneFragmentKeepsPtrOutOfTheZone();
    void csvQuotesFieldsWithCommasAndQuotes();
    void jsonHasDesignShape();
    void panelTextForRoute53();
};

void TestRecordSetExporter::zoneFragmentLoadsInNamedCheckzone()
{
    QString why;
    const QString out = checkzoneDump(sampleSet(), &why);
    if (why == u"missing"_s) {
        QSKIP("named-checkzone (bind9-utils) is not installed; scripts/deps.sh test installs it.");
    }
    QVERIFY2(!out.isEmpty(), qPrintable(why));
    // -D dumps the zone as loaded: the DKIM key arrives as two strings that concatenate to the value.
    QVERIFY2(
        out.contains(u"\"v=DKIM1; k=rsa; p="_s + QString(237, u'Q') + u"\" \""_s + QString(155, u'Q') + u'"'),
        qPrintable(out));
    // The dump pads its columns with a varying amount of white space.
    const QRegularExpression mx(u"^example\\.jp\\.\\s+3600\\s+IN\\s+MX\\s+10 mail\\.example\\.jp\\.$"_s,
                                QRegularExpression::MultilineOption);
    QVERIFY2(mx.match(out).hasMatch(), qPrintable(out));
}

void TestRecordSetExporter::generatedSetLoadsInNamedCheckzone()
{
    // The generator's own output, SPF included: services, and enough addresses for a two-string record.
    SetupPlan plan;
    plan.domain = u"example.jp"_s;
    plan.mailHost = u"mail.example.jp"_s;
    plan.selector = u"202612"_s;
    plan.providers = {u"google-workspace"_s, u"sendgrid"_s};
    for (int i = 0; i < 12; ++i) {
        plan.ipAddresses.append(u"2001:db8:1234:5678::"_s + QString::number(i * 2 + 1, 16));
    }
    const RecordSet set = RecordSetGenerator::generate(plan);
    const QList<ProposedRecord> spf = set.byPurpose(u"spf"_s);
    QCOMPARE(spf.size(), 1);
    QCOMPARE(spf.first().strings.size(), 2);

    QString why;
    const QString out = checkzoneDump(set, &why);
    if (why == u"missing"_s) {
        QSKIP("named-checkzone (bind9-utils) is not installed; scripts/deps.sh test installs it.");
    }
    QVERIFY2(!out.isEmpty(), qPrintable(why));
    // BIND loaded the record as the two character-strings the generator split it into.
    const QRegularExpression txt(u"^example\\.jp\\.\\s+3600\\s+IN\\s+TXT\\s+(.*)$"_s,
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = txt.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QCOMPARE(m.captured(1), u'"' + spf.first().strings.join(u"\" \""_s) + u'"');
    QVERIFY(m.captured(1).startsWith(u"\"v=spf1 ip6:2001:db8:1234:5678::1 "_s));
    QVERIFY(m.captured(1).endsWith(u"include:_spf.google.com include:sendgrid.net -all\""_s));
}

void TestRecordSetExporter::zoneFragmentKeepsPtrOutOfTheZone()
{
    const QString zone = RecordSetExporter::zoneFragment(sampleSet());
    QVERIFY(zone.contains(u"; 10.2.0.192.in-addr.arpa. 3600 IN PTR mail.example.jp."_s));
    QVERIFY(!zone.contains(u"\n10.2.0.192.in-addr.arpa."_s));
    QVERIFY(zone.contains(u"\nexample.jp. 3600 IN TXT \"v=spf1 ip4:192.0.2.10 -all\"\n"_s));
}

void TestRecordSetExporter::csvQuotesFieldsWithCommasAndQuotes()
{
    RecordSet set;
    set.domain = u"example.jp"_s;
    set.records.append(record(u"example.jp"_s, u"TXT"_s, u"a,b \"c\""_s, u"spf"_s));
    const QString csv = RecordSetExporter::csv(set);
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"name,type,ttl,value,purpose,setAt"_s);
    QCOMPARE(lines.at(1), u"example.jp.,TXT,3600,\"a,b \"\"c\"\"\",spf,dns"_s);
}

void TestRecordSetExporter::jsonHasDesignShape()
{
    RecordSet set = sampleSet();
    set.privateKeyFile = u"/tmp/s1.pem"_s;
    const QJsonObject o = RecordSetExporter::json(set);
    QCOMPARE(o.value(u"privateKeyFile").toString(), u"/tmp/s1.pem"_s);
    const QJsonArray records = o.value(u"records").toArray();
    QCOMPARE(records.size(), 6);
    const QJsonObject dkim = records.at(2).toObject();
    QCOMPARE(dkim.value(u"name").toString(), u"s1._domainkey.example.jp."_s);
    QCOMPARE(dkim.value(u"purpose").toString(), u"dkim"_s);
    QCOMPARE(dkim.value(u"setAt").toString(), u"dns"_s);
    QCOMPARE(dkim.value(u"ttl").toInt(), 3600);
    QCOMPARE(dkim.value(u"strings").toArray().size(), 2);
    QCOMPARE(records.at(4).toObject().value(u"setAt").toString(), u"ip-owner"_s);
    QVERIFY(o.value(u"findings").isArray());
}

void TestRecordSetExporter::panelTextForRoute53()
{
    const QString text =
        RecordSetExporter::panelText(sampleSet(), *RegistrarCatalog::builtIn().preset(u"route53"_s));
    QVERIFY(text.contains(u"Host: s1._domainkey"_s));
    QVERIFY(text.contains(u"Host: (leave empty)"_s)); // Route 53's apex is an empty name field
    QVERIFY(text.contains(u"Value, part 2: "_s));
    QVERIFY(text.contains(u"Priority: 10"_s));
    QVERIFY(text.contains(u"Set by the owner of the IP address"_s));
}

QTEST_GUILESS_MAIN(TestRecordSetExporter)
#include "TestRecordSetExporter.moc"
