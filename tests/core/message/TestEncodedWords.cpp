// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded-words, Japanese charsets through Qt's ICU codecs.
#include <QTest>

#include "core/message/EncodedWords.h"

using namespace Qt::StringLiterals;

class TestEncodedWords : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

void TestEncodedWords::decode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Hello"_s << u"Hello"_s;
    QTest::newRow("RFC 2047 §8 Q") << u"=?ISO-8859-1?Q?Andr=E9?= Pirard"_s << u"André Pirard"_s;
    QTest::newRow("underscore is space") << u"=?US-ASCII?Q?Keith_Moore?="_s << u"Keith Moore"_s;
    QTest::newRow("adjacent words join") << u"=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?="_s << u"ab"_s;
    QTest::newRow("text between stays") << u"=?ISO-8859-1?Q?a?= x =?ISO-8859-1?Q?b?="_s << u"a x b"_s;
    QTest::newRow("utf-8 B") << u"=?UTF-8?B?5pel5pys6Kqe?="_s << u"日本語"_s;
    // 「予約確認」 in ISO-2022-JP, as Japanese mail clients still send it.
    QTest::newRow("iso-2022-jp B") << u"=?ISO-2022-JP?B?GyRCTT1MczNORycbKEI=?="_s << u"予約確認"_s;
    QTest::newRow("shift_jis B") << u"=?Shift_JIS?B?l1yW8Yqul7k=?="_s << u"予約完了"_s;
    QTest::newRow("language suffix (RFC 2231)") << u"=?US-ASCII*EN?Q?Keith?="_s << u"Keith"_s;
    QTest::newRow("unknown charset kept")
        << u"=?x-no-such-charset?Q?abc?="_s << u"=?x-no-such-charset?Q?abc?="_s;
    QTest::newRow("broken base64 kept") << u"=?UTF-8?B?***?="_s << u"=?UTF-8?B?***?="_s;
}

void TestEncodedWords::decode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(todoku::message::decodeEncodedWords(input), expected);
}

QTEST_GUILESS_MAIN(TestEncodedWords)
#include "TestEncodedWords.moc"
