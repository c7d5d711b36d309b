// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorText: every syntax detail has a stable code, an English text and a Japanese translation, and the
// parsers' errors and findings carry codes that render in the current language.
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dkim/DkimKeyRecord.h"
#include "core/dmarc/DmarcRecord.h"
#include "core/spf/SpfRecord.h"
#include "core/spf/SpfResult.h"

using namespace Qt::StringLiterals;
using namespace todoku;

namespace {

/** The English source of a detail: its text with the placeholders filled by themselves. */
QString sourceOf(SyntaxDetail detail)
{
    return ErrorText::detailText(detail, {u"%1"_s, u"%2"_s, u"%3"_s});
}

/** Finished translations of context `context` in translations/todoku_ja.ts, source -> translation. */
QHash<QString, QString> japaneseCatalog(const QString& context)
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(TODOKU_SOURCE_DIR "/translations/todoku_ja.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            currentContext = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && currentContext == context) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            const QString text = xml.readElementText();
            if (!unfinished && !text.isEmpty()) {
                out.insert(source, text);
            }
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    QSet<QString> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'%' && text.at(i + 1).isDigit()) {
            out.insert(text.mid(i, 2));
        }
    }
    return out;
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyDetailHasCodeAndText()
    {
        QSet<QString> codes;
        QSet<QString> texts;
        for (int i = 1; i < SYNTAX_DETAIL_COUNT; ++i) {
            const auto detail = SyntaxDetail(i);
            const QString code = ErrorText::detailCode(detail);
            QVERIFY2(!code.isEmpty(), qPrintable(u"no code for detail %1"_s.arg(i)));
            QVERIFY2(code.section(u'.', 1, 1) == u"syntax" && code.count(u'.') == 2, qPrintable(code));
            QVERIFY2(!codes.contains(code), qPrintable(u"code used twice: "_s + code));
            codes.insert(code);
            QCOMPARE(ErrorText::detailFromCode(code), detail);
            const QString text = ErrorText::detailText(detail);
            QVERIFY2(!text.isEmpty() && text != code, qPrintable(code));
            QVERIFY2(!text.endsWith(u'.'), qPrintable(text)); // it completes a sentence that adds the period
            QVERIFY2(!texts.contains(text), qPrintable(u"text used twice: "_s + text));
            texts.insert(text);
        }
        QCOMPARE(codes.size(), SYNTAX_DETAIL_COUNT - 1);
        QVERIFY(ErrorText::detailCode(SyntaxDetail::None).isEmpty());
        QCOMPARE(ErrorText::detailFromCode(u"spf.syntax.no-such-thing"_s), SyntaxDetail::None);
        // An unknown code (from a newer version's JSON, say) is shown as it is rather than lost.
        QCOMPARE(ErrorText::detailText(u"spf.syntax.no-such-thing"_s), u"spf.syntax.no-such-thing"_s);
    }

    void everyDetailHasJapanese()
    {
        const QHash<QString, QString> ts = japaneseCatalog(u"ErrorText"_s);
        QVERIFY(!ts.isEmpty());
        for (int i = 1; i < SYNTAX_DETAIL_COUNT; ++i) {
            const QString source = sourceOf(SyntaxDetail(i));
            const QString ja = ts.value(source);
            QVERIFY2(!ja.isEmpty(), qPrintable(u"no Japanese for: "_s + source));
            QCOMPARE(placeholders(ja), placeholders(source));
        }
    }

    void detailArgumentsAreFilled()
    {
        QCOMPARE(ErrorText::detailText(SyntaxDetail::SpfNeedsDomain, {u"include"_s}),
                 u"“include” needs a colon and a domain name, as in “include:example.com”"_s);
        // One pass: an argument that itself holds "%1" is not substituted again.
        QCOMPARE(ErrorText::detailText(SyntaxDetail::DkimMissingTag, {u"%1"_s}),
                 u"the required tag %1 is missing"_s);
    }

    void errorTextRendersTheDetail()
    {
        const auto parsed = SpfRecord::parse(u"v=spf1 ip4:1.2.3.4/33 -all"_s);
        QVERIFY(!parsed.isOk());
        QCOMPARE(ErrorText::text(parsed.error()),
                 u"Syntax error at character 8: the prefix length after “/” is out of range: 0 to 32 for "
                 u"IPv4, 0 to 128 for IPv6, without leading zeros"_s);
        const auto dmarc = dmarc::parseRecord(u"v=DMARC1 p=none"_s);
        QVERIFY(!dmarc.isOk());
        QCOMPARE(ErrorText::detailCode(dmarc.error().detail), u"dmarc.syntax.version-separator"_s);
        QCOMPARE(ErrorText::text(dmarc.error()),
                 u"Syntax error at character 9: “v=DMARC1” must be followed by a semicolon"_s);
    }

    void findingsCarryTheCodeAndRenderTheText()
    {
        // spf.syntax: domain, term, position, detail code (+ the detail's arguments).
        const auto spfError = SpfRecord::parse(u"v=spf1 include -all"_s);
        QVERIFY(!spfError.isOk());
        const Finding spf = spf::syntaxFinding(u"example.jp"_s, spfError.error());
        QCOMPARE(
            spf.args,
            (QStringList{u"example.jp"_s, u"include"_s, u"8"_s, u"spf.syntax.needs-domain"_s, u"include"_s}));
        QCOMPARE(FindingCatalog::text(spf).detail,
                 u"At character 8, “include”: “include” needs a colon and a domain name, as in "
                 u"“include:example.com”."_s);
        const QJsonObject json = FindingCatalog::toJson(spf);
        QCOMPARE(json.value(u"args"_s).toArray().at(3).toString(), u"spf.syntax.needs-domain"_s);

        // dkim.key-syntax: owner, detail code, position.
        const QList<Finding> dkim = dkim::lintKeyRecord("v=DKIM1; k rsa; p=", u"s._domainkey.example.jp"_s);
        QCOMPARE(dkim.size(), 1);
        QCOMPARE(dkim.first().id, u"dkim.key-syntax"_s);
        QCOMPARE(dkim.first().args.value(1), u"dkim.syntax.tag-equals"_s);
        QVERIFY2(FindingCatalog::text(dkim.first()).detail.contains(u"“=” is expected after the tag name"_s),
                 qPrintable(FindingCatalog::text(dkim.first()).detail));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "TestErrorText.moc"
