<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Print the result as JSON (stable ids, untranslated).</source>
        <translation>結果を JSON で出力します（ID は固定、翻訳されません）。</translation>
    </message>
    <message>
        <source>Language of the output: ja or en (default: the system&apos;s).</source>
        <translation>出力の言語を ja または en で指定します（既定値はシステムの言語）。</translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system&apos;s; may be repeated.</source>
        <translation>システムの DNS サーバーの代わりにこのサーバーに問い合わせます。複数指定できます。</translation>
    </message>
    <message>
        <source>Time to wait for each DNS answer, in milliseconds (default 3000).</source>
        <translation>DNS の応答を待つ時間をミリ秒で指定します（既定値は 3000）。</translation>
    </message>
    <message>
        <source>Make no DNS queries at all.</source>
        <translation>DNS への問い合わせを一切行いません。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli [global options] COMMAND [arguments]</source>
        <translation>使い方: todoku-cli [共通オプション] コマンド [引数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション:</translation>
    </message>
    <message>
        <source>Run “todoku-cli COMMAND --help” for a command&apos;s own options.</source>
        <translation>各コマンドのオプションは「todoku-cli コマンド --help」で確認できます。</translation>
    </message>
    <message>
        <source>todoku-cli: unknown command “%1”. Run “todoku-cli --help” for the list.</source>
        <translation>todoku-cli: 「%1」というコマンドはありません。一覧は「todoku-cli --help」で確認できます。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>todoku-cli: --lang takes ja or en.</source>
        <translation>todoku-cli: --lang には ja か en を指定してください。</translation>
    </message>
    <message>
        <source>todoku-cli: --timeout takes a number of milliseconds between 1 and 600000.</source>
        <translation>todoku-cli: --timeout には 1 から 600000 までのミリ秒数を指定してください。</translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message>
        <source>Ask DNS one question and show the outcome and the answers.</source>
        <translation>DNS に 1 件問い合わせ、結果と応答レコードを表示します。</translation>
    </message>
    <message>
        <source>Domain name (Unicode names are accepted).</source>
        <translation>ドメイン名（日本語ドメイン名も使えます）。</translation>
    </message>
    <message>
        <source>A, AAAA, MX, TXT, PTR, CNAME, NS or SOA.</source>
        <translation>A、AAAA、MX、TXT、PTR、CNAME、NS、SOA のいずれか。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli dns NAME TYPE</source>
        <translation>使い方: todoku-cli dns ドメイン名 レコードタイプ</translation>
    </message>
    <message>
        <source>The dns command needs DNS, but --offline forbids queries.</source>
        <translation>dns コマンドは DNS への問い合わせが必要ですが、--offline が指定されているため実行できません。</translation>
    </message>
    <message>
        <source>(%1 ms, server %2)</source>
        <translation>（%1 ミリ秒、サーバー %2）</translation>
    </message>
    <message>
        <source>queried as %1.</source>
        <translation>%1. として問い合わせました。</translation>
    </message>
    <message numerus="yes">
        <source>Resolvers may remember this absence for %n second(s).</source>
        <translation>
            <numerusform>リゾルバーはこの「存在しない」という結果を最大 %n 秒間キャッシュします。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsSettingsDialog</name>
    <message>
        <source>DNS Servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>Todoku sends only DNS queries to these servers. Use the system&apos;s resolvers unless you want to ask a specific server, for example your own DNS server or a public resolver.</source>
        <translation>Todoku がこれらのサーバーに送るのは DNS の問い合わせだけです。自社の DNS サーバーやパブリック DNS など、特定のサーバーに問い合わせたい場合を除き、システムの設定を使ってください。</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s DNS resolvers</source>
        <translation>システムの DNS 設定を使う(&amp;S)</translation>
    </message>
    <message>
        <source>Use &amp;these servers (one per line, IP address with optional port):</source>
        <translation>次のサーバーを使う（1 行に 1 台、IP アドレスと必要ならポート番号）(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Timeout per try:</source>
        <translation>1 回あたりのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>T&amp;ries:</source>
        <translation>試行回数(&amp;R):</translation>
    </message>
    <message>
        <source>Enter at least one server, or choose the system&apos;s resolvers.</source>
        <translation>サーバーを 1 台以上入力するか、システムの DNS 設定を選んでください。</translation>
    </message>
</context>
<context>
    <name>DnsText</name>
    <message>
        <source>answer</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>name does not exist (NXDOMAIN)</source>
        <translation>ドメイン名が存在しません（NXDOMAIN）</translation>
    </message>
    <message>
        <source>no record of this type (NODATA)</source>
        <translation>このタイプのレコードはありません（NODATA）</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>サーバーエラー（SERVFAIL）</translation>
    </message>
    <message>
        <source>query refused (REFUSED)</source>
        <translation>問い合わせが拒否されました（REFUSED）</translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation>時間内に応答がありません（タイムアウト）</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>応答の形式が不正です</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>「%1」は正しいドメイン名ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name: the part “%2” is longer than 63 characters.</source>
        <extracomment>A &quot;label&quot; is one dot-separated part of a domain name.</extracomment>
        <translation>「%1」は正しいドメイン名ではありません。「%2」の部分が 63 文字を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name: it is longer than 253 characters.</source>
        <translation>「%1」は正しいドメイン名ではありません。全体で 253 文字を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not a DNS server address. Use an IP address, optionally with a port, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</source>
        <translation>「%1」は DNS サーバーのアドレスとして使えません。192.0.2.53、192.0.2.53:5353、[2001:db8::53]:53 のように、IP アドレス（必要ならポート番号付き）で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a record type Todoku can query. Use A, AAAA, MX, TXT, PTR, CNAME, NS or SOA.</source>
        <translation>「%1」は Todoku で問い合わせできるレコードタイプではありません。A、AAAA、MX、TXT、PTR、CNAME、NS、SOA のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>「%1」は IPv4 / IPv6 アドレスではありません。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>The DNS resolver could not be started. Check the DNS server settings.</source>
        <translation>DNS リゾルバーを開始できませんでした。DNS サーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>Syntax error at character %1: %2</source>
        <translation>%1 文字目に構文エラーがあります: %2</translation>
    </message>
    <message>
        <source>Syntax error: %1</source>
        <translation>構文エラー: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Todoku</source>
        <translation>Todoku</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;DNS Servers…</source>
        <translation>DNS サーバー(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About Todoku</source>
        <translation>Todoku について(&amp;A)</translation>
    </message>
    <message>
        <source>DNS: system resolvers</source>
        <translation>DNS: システムの設定</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>About Todoku</source>
        <translation>Todoku について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Todoku %1&lt;/h3&gt;&lt;p&gt;Finds out why mail does not reach Gmail and helps you fix it: SPF, DKIM, DMARC, reverse DNS and more.&lt;/p&gt;&lt;p&gt;Todoku sends nothing but DNS queries. Messages you paste stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todoku %1&lt;/h3&gt;&lt;p&gt;Gmail にメールが届かない原因を調べ、SPF・DKIM・DMARC・逆引きなどの設定を手助けします。&lt;/p&gt;&lt;p&gt;Todoku が外部に送信するのは DNS の問い合わせだけです。貼り付けたメールがこのコンピューターの外に出ることはありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Setup</source>
        <extracomment>Workspace name: the wizard that creates DNS records.</extracomment>
        <translation>セットアップ</translation>
    </message>
    <message>
        <source>Analyze</source>
        <extracomment>Workspace name: where a received message or bounce is pasted and explained.</extracomment>
        <translation>分析</translation>
    </message>
    <message>
        <source>Domain check</source>
        <extracomment>Workspace name: live checks of a domain&apos;s DNS.</extracomment>
        <translation>ドメイン診断</translation>
    </message>
    <message>
        <source>Create the SPF, DKIM, DMARC, MX and PTR records your domain needs, in the form your registrar&apos;s control panel expects, and confirm that each one is published.</source>
        <translation>ドメインに必要な SPF・DKIM・DMARC・MX・PTR レコードを、お使いのレジストラや DNS サービスの管理画面にそのまま入力できる形で作成し、実際に公開されたかを確認します。</translation>
    </message>
    <message>
        <source>Paste Gmail&apos;s “Show original” page, a message source or a bounce. Todoku explains what Gmail decided, why, and what to change.</source>
        <translation>Gmail の「メッセージのソースを表示」の画面、メールのソース、またはエラーメールを貼り付けてください。Gmail がどう判定したか、その理由、直すべき点を説明します。</translation>
    </message>
    <message>
        <source>Check a domain and its sending servers as Gmail sees them: MX, SPF, DKIM, DMARC, reverse DNS, HELO, blocklists and Gmail&apos;s sender requirements.</source>
        <translation>ドメインと送信サーバーを Gmail と同じ視点で確認します。MX、SPF、DKIM、DMARC、逆引き、HELO、ブロックリスト、Gmail の送信者ガイドラインを調べます。</translation>
    </message>
    <message>
        <source>This workspace is being built and will arrive in an upcoming version.</source>
        <translation>この機能は現在開発中です。今後のバージョンで利用できるようになります。</translation>
    </message>
</context>
</TS>
