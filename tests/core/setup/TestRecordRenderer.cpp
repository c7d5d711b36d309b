// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for setup::renderForPanel: each registrar preset's shape of the same records.
#include <QTest>

#include "core/setup/RecordRenderer.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

// A 2048-bit DKIM record is about 410 characters: two character-strings.
QString longDkimValue()
{
    return u"v=DKIM1; k=rsa; p="_s + QString(392, u'A');
}

ProposedRecord record(const QString& name, const QString& type, const QString& value, const QString& purpose)
{
    return ProposedRecord::make(name, type, value, purpose);
}

RegistrarPreset preset(const QString& id)
{
    return *RegistrarCatalog::builtIn().preset(id);
}

} // namespace

class TestRecordRenderer : public QObject
{
    Q_OBJECT

private slots:
    void hostField_data();
    void hostField();
    void longTxt_data();
    void longTxt();
    void mxPriorityAndTrailingDot_data();
    void mxPriorityAndTrailingDot();
    void sakuraRefusesLongDkimWithWayOut();
    void zoneSyntaxLine();
    void ptrIsSetByIpOwner();
    void cnameNotesOnlyOnCnames();
    void relativeOwner_data();
    void relativeOwner();
    void txtStringsSplitAt255Bytes();
};

void TestRecordRenderer::hostField_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("host");
    QTest::newRow("generic apex") << u"generic"_s << u"example.jp."_s << u"@"_s;
    QTest::newRow("onamae apex blank") << u"onamae"_s << u"example.jp."_s << QString();
    QTest::newRow("xserver dkim") << u"xserver"_s << u"default._domainkey.example.jp."_s
                                  << u"default._domainkey"_s;
    QTest::newRow("cloudflare dmarc") << u"cloudflare"_s << u"_dmarc.example.jp."_s << u"_dmarc"_s;
    QTest::newRow("bind fqdn") << u"bind"_s << u"_dmarc.example.jp."_s << u"_dmarc.example.jp."_s;
    QTest::newRow("case and no dot") << u"generic"_s << u"S1._DomainKey.Example.JP"_s << u"s1._domainkey"_s;
    QTest::newRow("outside zone stays absolute")
        << u"generic"_s << u"mail.example.com."_s << u"mail.example.com."_s;
}

void TestRecordRenderer::hostField()
{
    QFETCH(QString, presetId);
    QFETCH(QString, owner);
    QFETCH(QString, host);
    const RenderedRecord r = setup::renderForPanel(
        record(owner, u"TXT"_s, u"v=spf1 -all"_s, u"spf"_s), preset(presetId), u"example.jp"_s);
    QCOMPARE(r.host, host);
}

void TestRecordRenderer::longTxt_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("parts");
    const QString v = longDkimValue();
    QTest::newRow("cloudflare one value") << u"cloudflare"_s << v << 0;
    QTest::newRow("route53 quoted split")
        << u"route53"_s << u"\""_s + v.left(255) + u"\" \""_s + v.mid(255) + u"\""_s << 2;
    QTest::newRow("bind quoted split")
        << u"bind"_s << u"\""_s + v.left(255) + u"\" \""_s + v.mid(255) + u"\""_s << 2;
}

void TestRecordRenderer::longTxt()
{
    QFETCH(QString, presetId);
    QFETCH(QString, value);
    QFETCH(int, parts);
    const RenderedRecord r =
        setup::renderForPanel(record(u"s1._domainkey.example.jp."_s, u"TXT"_s, longDkimValue(), u"dkim"_s),
                              preset(presetId),
                              u"example.jp"_s);
    QCOMPARE(r.value, value);
    QCOMPARE(r.strings.size(), parts);
    QVERIFY(r.fits);
}

void TestRecordRenderer::mxPriorityAndTrailingDot_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("value");
    QTest::newRow("generic keeps the dot") << u"generic"_s << u"mail.example.jp."_s;
    QTest::newRow("xserver drops the dot") << u"xserver"_s << u"mail.example.jp"_s;
}

void TestRecordRenderer::mxPriorityAndTrailingDot()
{
    QFETCH(QString, presetId);
    QFETCH(QString, value);
    const RenderedRecord r =
        setup::renderForPanel(record(u"example.jp."_s, u"MX"_s, u"10 mail.example.jp."_s, u"mx"_s),
                              preset(presetId),
                              u"example.jp"_s);
    QCOMPARE(r.priority, 10);
    QCOMPARE(r.value, value);
}

void TestRecordRenderer::sakuraRefusesLongDkimWithWayOut()
{
    const RenderedRecord r = setup::renderForPanel(
        record(u"default._domainkey.example.jp."_s, u"TXT"_s, longDkimValue(), u"dkim"_s),
        preset(u"sakura"_s),
        u"example.jp"_s);
    QVERIFY(!r.fits);
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.first().id, u"setup.panel.txt-too-long"_s);
    QCOMPARE(r.notes.first().severity, Severity::Error);
    QCOMPARE(r.notes.first().args.at(1), QString::number(longDkimValue().size()));
    QCOMPARE(r.notes.first().args.at(2), u"255"_s);

    // A 1024-bit key's record (about 235 characters) fits.
    const RenderedRecord small = setup::renderForPanel(record(u"default._domainkey.example.jp."_s,
                                                              u"TXT"_s,
                                                              u"v=DKIM1; k=rsa; p="_s + QString(216, u'B'),
                                                              u"dkim"_s),
                                                       preset(u"sakura"_s),
                                                       u"example.jp"_s);
    QVERIFY(small.fits);
    QVERIFY(small.notes.isEmpty());
}

void TestRecordRenderer::zoneSyntaxLine()
{
    const RegistrarPreset vd = preset(u"valuedomain"_s);
    QCOMPARE(
        setup::renderForPanel(
            record(u"example.jp."_s, u"TXT"_s, u"v=spf1 ip4:192.0.2.1 -all"_s, u"spf"_s), vd, u"example.jp"_s)
            .line,
        u"txt @ v=spf1 ip4:192.0.2.1 -all"_s);
    QCOMPARE(
        setup::renderForPanel(
            record(u"_dmarc.example.jp."_s, u"TXT"_s, u"v=DMARC1; p=none"_s, u"dmarc"_s), vd, u"example.jp"_s)
            .line,
        u"txt _dmarc v=DMARC1; p=none"_s);
    QCOMPARE(setup::renderForPanel(
                 record(u"example.jp."_s, u"MX"_s, u"10 mail.example.jp."_s, u"mx"_s), vd, u"example.jp"_s)
                 .line,
             u"mx @ 10 mail.example.jp."_s);
}

void TestRecordRenderer::ptrIsSetByIpOwner()
{
    ProposedRecord ptr = record(u"10.2.0.192.in-addr.arpa."_s, u"PTR"_s, u"mail.example.jp."_s, u"ptr"_s);
    ptr.setAt = u"ip-owner"_s;
    const RenderedRecord r = setup::renderForPanel(ptr, preset(u"onamae"_s), u"example.jp"_s);
    QVERIFY(r.outsideZone);
    QCOMPARE(r.host, u"10.2.0.192.in-addr.arpa."_s);
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.first().id, u"setup.panel.set-by-ip-owner"_s);
    QCOMPARE(r.notes.first().args, (QStringList{u"10.2.0.192.in-addr.arpa"_s, u"mail.example.jp"_s}));
}

void TestRecordRenderer::cnameNotesOnlyOnCnames()
{
    const RegistrarPreset cf = preset(u"cloudflare"_s);
    const RenderedRecord cname = setup::renderForPanel(
        record(u"s1._domainkey.example.jp."_s, u"CNAME"_s, u"s1.domainkey.u1.wl1.sendgrid.net."_s, u"dkim"_s),
        cf,
        u"example.jp"_s);
    QCOMPARE(cname.notes.size(), 1);
    QCOMPARE(cname.notes.first().id, u"setup.note.cloudflare-dns-only"_s);
    const RenderedRecord txt = setup::renderForPanel(
        record(u"example.jp."_s, u"TXT"_s, u"v=spf1 -all"_s, u"spf"_s), cf, u"example.jp"_s);
    QVERIFY(txt.notes.isEmpty());
}

void TestRecordRenderer::relativeOwner_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<QString>("relative");
    QTest::newRow("apex") << u"example.jp."_s << u"example.jp"_s << true << QString();
    QTest::newRow("label") << u"_dmarc.example.jp"_s << u"example.jp."_s << true << u"_dmarc"_s;
    QTest::newRow("suffix that is not a label boundary")
        << u"badexample.jp."_s << u"example.jp"_s << false << QString();
    QTest::newRow("other zone") << u"example.com."_s << u"example.jp"_s << false << QString();
}

void TestRecordRenderer::relativeOwner()
{
    QFETCH(QString, owner);
    QFETCH(QString, zone);
    QFETCH(bool, inside);
    QFETCH(QString, relative);
    const auto r = setup::relativeOwner(owner, zone);
    QCOMPARE(r.has_value(), inside);
    if (inside) {
        QCOMPARE(*r, relative);
    }
}

void TestRecordRenderer::txtStringsSplitAt255Bytes()
{
    ProposedRecord r = record(u"x.example.jp."_s, u"TXT"_s, QString(600, u'z'), u"dkim"_s);
    const QStringList parts = setup::txtStrings(r);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).size(), 255);
    QCOMPARE(parts.at(1).size(), 255);
    QCOMPARE(parts.at(2).size(), 90);
    QCOMPARE(parts.join(QString()), r.value);
    r.strings = QStringList{u"given"_s, u"split"_s};
    QCOMPARE(setup::txtStrings(r), r.strings);
    QCOMPARE(setup::quotedStrings({u"a\"b"_s, u"c\\d"_s}), u"\"a\\\"b\" \"c\\\\d\""_s);
}

QTEST_GUILESS_MAIN(TestRecordRenderer)
#include "TestRecordRenderer.moc"
