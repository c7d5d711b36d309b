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
        <source>Language of the output: ja or en (default: the system's).</source>
        <translation>出力の言語を ja または en で指定します（既定値はシステムの言語）。</translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system's; may be repeated.</source>
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
        <source>Run “todoku-cli COMMAND --help” for a command's own options.</source>
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
    <name>DmarcBuilder</name>
    <message>
        <source>Step 1: monitor (p=none)</source>
        <translation>ステップ 1: 監視（p=none）</translation>
    </message>
    <message numerus="yes">
        <source>Receivers deliver mail as before and send daily aggregate reports to the rua= address. Read them for at least %n day(s): every service that sends as %1 must pass SPF or DKIM aligned with the From domain before you go on.</source>
        <translation>
            <numerusform>受信側はこれまでどおりメールを配送し、rua= のアドレスに毎日集計レポートを送ります。少なくとも %n 日間はレポートを確認してください。次に進む前に、%1 として送信するすべてのサービスが、From ドメインと整合した SPF または DKIM で認証に成功している必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an rua= address first: without reports this step tells you nothing.</source>
        <translation>先に rua= のアドレスを追加してください。レポートがなければ、このステップでは何もわかりません。</translation>
    </message>
    <message>
        <source>Step 2: quarantine a quarter (p=quarantine; pct=25)</source>
        <translation>ステップ 2: 4 分の 1 を隔離（p=quarantine; pct=25）</translation>
    </message>
    <message numerus="yes">
        <source>Receivers that follow RFC 7489, Gmail among them, put a quarter of the failing mail in spam and treat the rest as p=none. Receivers that follow RFC 9989 ignore pct= and quarantine all failing mail. Watch the reports and user complaints for at least %n day(s).</source>
        <translation>
            <numerusform>Gmail を含む RFC 7489 準拠の受信側は、認証に失敗したメールの 4 分の 1 を迷惑メールに振り分け、残りは p=none として扱います。RFC 9989 準拠の受信側は pct= を無視し、失敗したメールをすべて隔離します。少なくとも %n 日間はレポートと利用者からの苦情を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 3: quarantine all (p=quarantine)</source>
        <translation>ステップ 3: すべて隔離（p=quarantine）</translation>
    </message>
    <message numerus="yes">
        <source>All mail that fails DMARC goes to spam. Check for at least %n day(s) that no legitimate source appears as failing in the reports.</source>
        <translation>
            <numerusform>DMARC に失敗したメールはすべて迷惑メールに振り分けられます。少なくとも %n 日間、正規の送信元がレポートで失敗として現れないことを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 4: reject (p=reject)</source>
        <translation>ステップ 4: 拒否（p=reject）</translation>
    </message>
    <message>
        <source>Receivers refuse mail that fails DMARC during the SMTP session, so forged mail in the name of %1 never reaches the inbox. Keep reading the reports.</source>
        <translation>受信側は DMARC に失敗したメールを SMTP の段階で受信拒否するため、%1 になりすましたメールが受信トレイに届くことはなくなります。引き続きレポートを確認してください。</translation>
    </message>
</context>
<context>
    <name>DmarcCommand</name>
    <message>
        <source>Find and check the DMARC policy of a domain (RFC 7489 and RFC 9989).</source>
        <translation>ドメインの DMARC ポリシーを探して確認します（RFC 7489 および RFC 9989）。</translation>
    </message>
    <message>
        <source>Check this record text instead of looking one up in DNS.</source>
        <translation>DNS で検索する代わりに、このレコードのテキストを確認します。</translation>
    </message>
    <message>
        <source>A domain SPF passed for (the envelope sender's); checks alignment. May be repeated.</source>
        <translation>SPF 認証に成功したドメイン（エンベロープ送信者のドメイン）。整合を確認します。複数指定できます。</translation>
    </message>
    <message>
        <source>The d= domain of a DKIM signature that verified; checks alignment. May be repeated.</source>
        <translation>検証に成功した DKIM 署名の d= ドメイン。整合を確認します。複数指定できます。</translation>
    </message>
    <message>
        <source>The domain in the From header (Unicode names are accepted).</source>
        <translation>From ヘッダーのドメイン（日本語ドメイン名も指定できます）。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli dmarc DOMAIN | todoku-cli dmarc --record "v=DMARC1; ..."</source>
        <translation>使い方: todoku-cli dmarc ドメイン | todoku-cli dmarc --record "v=DMARC1; ..."</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>レコード: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>ポリシー: %1</translation>
    </message>
    <message>
        <source>The dmarc command needs DNS, but --offline forbids queries.</source>
        <translation>dmarc コマンドには DNS が必要ですが、--offline が指定されているため問い合わせできません。</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>%1 の DMARC</translation>
    </message>
    <message>
        <source>Record at %1: %2</source>
        <translation>%1 のレコード: %2</translation>
    </message>
    <message>
        <source>(no policy)</source>
        <translation>（ポリシーなし）</translation>
    </message>
    <message>
        <source>Organisational domain: %1</source>
        <translation>組織ドメイン: %1</translation>
    </message>
    <message>
        <source>RFC 9989 tree walk: %1 (organisational domain %2)</source>
        <translation>RFC 9989 のツリーウォーク: %1（組織ドメイン %2）</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>レコードなし</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>DNS 問い合わせ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment: DMARC %1</source>
        <translation>整合: DMARC %1</translation>
    </message>
    <message>
        <source>Under RFC 9989 the result is %1.</source>
        <translation>RFC 9989 では結果は %1 です。</translation>
    </message>
</context>
<context>
    <name>DmarcFindings</name>
    <message>
        <source>DMARC passes</source>
        <translation>DMARC 認証に成功しています</translation>
    </message>
    <message>
        <source>The From domain %1 is aligned with the %3-authenticated domain %2.</source>
        <translation>From ドメイン %1 は、%3 で認証されたドメイン %2 と整合しています。</translation>
    </message>
    <message>
        <source>DMARC fails</source>
        <translation>DMARC 認証に失敗しています</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM authenticated a domain aligned with the From domain %1. The policy for it (%3=) is %2.</source>
        <translation>SPF でも DKIM でも、From ドメイン %1 と整合するドメインが認証されていません。このドメインに適用されるポリシー（%3=）は %2 です。</translation>
    </message>
    <message>
        <source>Sign the mail with DKIM as the From domain (d=%1), or send it from a server whose envelope sender is in the same organisational domain and is allowed by SPF.</source>
        <translation>From ドメインで DKIM 署名する（d=%1）か、エンベロープ送信者が同じ組織ドメインに属し、SPF で許可されたサーバーから送信してください。</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>DMARC レコードがありません</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor the organisational domain %2 publishes a usable DMARC record. Gmail requires one from bulk senders.</source>
        <translation>_dmarc.%1 にも組織ドメイン %2 にも、有効な DMARC レコードが公開されていません。Gmail は大量送信者に DMARC レコードの公開を求めています。</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%2, for example "v=DMARC1; p=none; rua=mailto:dmarc@%2".</source>
        <translation>_dmarc.%2 に TXT レコードを公開してください。例: "v=DMARC1; p=none; rua=mailto:dmarc@%2"</translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation>DMARC レコードが複数あります</translation>
    </message>
    <message>
        <source>%1 has %2 records that start with v=DMARC1. Receivers then ignore them all, as if there were none.</source>
        <translation>%1 には v=DMARC1 で始まるレコードが %2 件あります。この場合、受信側はすべてを無視し、レコードがないものとして扱います。</translation>
    </message>
    <message>
        <source>Delete all but one DMARC record at %1.</source>
        <translation>%1 の DMARC レコードを 1 件だけ残して削除してください。</translation>
    </message>
    <message>
        <source>The DMARC record cannot be read</source>
        <translation>DMARC レコードを読み取れません</translation>
    </message>
    <message>
        <source>The record at %1 has a syntax error at character %3 (expected: %2). Receivers ignore it.</source>
        <translation>%1 のレコードの %3 文字目に構文エラーがあります（期待される内容: %2）。受信側はこのレコードを無視します。</translation>
    </message>
    <message>
        <source>Correct the record so that it reads like "v=DMARC1; p=none".</source>
        <translation>"v=DMARC1; p=none" のような形になるようにレコードを修正してください。</translation>
    </message>
    <message>
        <source>DMARC record could not be looked up</source>
        <translation>DMARC レコードを検索できませんでした</translation>
    </message>
    <message>
        <source>The query for %1 failed (%2). Receivers treat this as a temporary error and may defer the mail.</source>
        <translation>%1 の問い合わせに失敗しました（%2）。受信側はこれを一時的なエラーとして扱い、メールの受信を保留することがあります。</translation>
    </message>
    <message>
        <source>Check that the domain's DNS servers answer reliably.</source>
        <translation>ドメインの DNS サーバーが安定して応答しているか確認してください。</translation>
    </message>
    <message>
        <source>Invalid value in the DMARC record</source>
        <translation>DMARC レコードに無効な値があります</translation>
    </message>
    <message>
        <source>The value "%2" of %1= (character %3) is not valid; receivers use the default instead.</source>
        <translation>%1= の値 "%2"（%3 文字目）は無効です。受信側は代わりに既定値を使います。</translation>
    </message>
    <message>
        <source>Correct or remove the %1= tag.</source>
        <translation>%1= タグを修正するか削除してください。</translation>
    </message>
    <message>
        <source>A DMARC tag is written twice</source>
        <translation>DMARC のタグが重複しています</translation>
    </message>
    <message>
        <source>%1= appears more than once; only the first is used.</source>
        <translation>%1= が複数回書かれています。最初のものだけが使われます。</translation>
    </message>
    <message>
        <source>Keep one %1= tag.</source>
        <translation>%1= タグは 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>The DMARC record has no p= tag</source>
        <translation>DMARC レコードに p= タグがありません</translation>
    </message>
    <message>
        <source>Without a valid p= the record only counts if it has a valid rua=, and then acts as p=none.</source>
        <translation>有効な p= がない場合、このレコードは有効な rua= があるときに限り有効とみなされ、p=none として扱われます。</translation>
    </message>
    <message>
        <source>Add p=none (or quarantine / reject) right after v=DMARC1.</source>
        <translation>v=DMARC1 のすぐ後に p=none（または quarantine / reject）を追加してください。</translation>
    </message>
    <message>
        <source>DMARC policy is none</source>
        <translation>DMARC ポリシーが none です</translation>
    </message>
    <message>
        <source>p=none meets Gmail's requirement but asks receivers to do nothing with mail that fails, so forged mail in your name is still delivered.</source>
        <translation>p=none は Gmail の要件を満たしますが、認証に失敗したメールに対して受信側に何もしないよう求める設定のため、あなたのドメインになりすましたメールも配送されてしまいます。</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all your mail passing, move to p=quarantine and then p=reject.</source>
        <translation>集計レポートで自社のメールがすべて認証に成功していることを確認できたら、p=quarantine、続いて p=reject に移行してください。</translation>
    </message>
    <message>
        <source>Subdomains have a weaker policy</source>
        <translation>サブドメインのポリシーが弱く設定されています</translation>
    </message>
    <message>
        <source>sp=%1 is weaker than p=%2, so forged subdomains are treated more leniently than the domain itself.</source>
        <translation>sp=%1 は p=%2 より弱いため、サブドメインになりすましたメールはドメイン自体よりも緩く扱われます。</translation>
    </message>
    <message>
        <source>Remove sp= unless subdomains really send unauthenticated mail.</source>
        <translation>サブドメインが実際に認証なしのメールを送信しているのでなければ、sp= を削除してください。</translation>
    </message>
    <message>
        <source>No aggregate reports requested</source>
        <translation>集計レポートを受け取る設定がありません</translation>
    </message>
    <message>
        <source>Without rua= nobody tells you which servers send mail in your name or whether it passes.</source>
        <translation>rua= がないと、どのサーバーがあなたのドメイン名でメールを送っているか、認証に成功しているかを知る手段がありません。</translation>
    </message>
    <message>
        <source>Add rua=mailto:ADDRESS with a mailbox that collects the reports.</source>
        <translation>レポートを受け取るメールボックスを指定して rua=mailto:アドレス を追加してください。</translation>
    </message>
    <message>
        <source>Tag removed by the current DMARC standard</source>
        <translation>現在の DMARC 標準で廃止されたタグです</translation>
    </message>
    <message>
        <source>%1= is from RFC 7489; RFC 9989 removed it and newer receivers ignore it.</source>
        <translation>%1= は RFC 7489 のタグです。RFC 9989 で廃止されたため、新しい受信側は無視します。</translation>
    </message>
    <message>
        <source>Remove %1= (use t=y instead of pct= to test a policy).</source>
        <translation>%1= を削除してください（ポリシーを試すには pct= の代わりに t=y を使います）。</translation>
    </message>
    <message>
        <source>Policy applies to only part of the mail</source>
        <translation>ポリシーが一部のメールにしか適用されません</translation>
    </message>
    <message>
        <source>pct=%1 asks receivers to apply the policy to %1 percent of failing mail and a weaker one to the rest.</source>
        <translation>pct=%1 は、認証に失敗したメールの %1% にポリシーを適用し、残りにはより弱いポリシーを適用するよう受信側に求めます。</translation>
    </message>
    <message>
        <source>Raise pct to 100 (or remove it) when the rollout is done.</source>
        <translation>段階的な導入が終わったら、pct を 100 にするか削除してください。</translation>
    </message>
    <message>
        <source>DMARC test mode</source>
        <translation>DMARC のテストモード</translation>
    </message>
    <message>
        <source>t=y asks receivers to apply a policy one step weaker than p=.</source>
        <translation>t=y は、p= より 1 段階弱いポリシーを適用するよう受信側に求めます。</translation>
    </message>
    <message>
        <source>Remove t=y when you are ready to enforce the policy.</source>
        <translation>ポリシーを本格的に適用する準備ができたら、t=y を削除してください。</translation>
    </message>
    <message>
        <source>Unknown DMARC tag</source>
        <translation>不明な DMARC タグです</translation>
    </message>
    <message>
        <source>%1= is not a DMARC tag; receivers ignore it.</source>
        <translation>%1= は DMARC のタグではありません。受信側は無視します。</translation>
    </message>
    <message>
        <source>Check the spelling of %1=.</source>
        <translation>%1= の綴りを確認してください。</translation>
    </message>
    <message>
        <source>Policy inherited from the organisational domain</source>
        <translation>組織ドメインのポリシーが適用されています</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies.</source>
        <translation>%1 には独自の DMARC レコードがないため、%2 のレコードが適用されます。</translation>
    </message>
    <message>
        <source>RFC 7489 and RFC 9989 find different policies</source>
        <translation>RFC 7489 と RFC 9989 で見つかるポリシーが異なります</translation>
    </message>
    <message>
        <source>The Public Suffix List finds %1 (organisational domain %2); the DNS tree walk of RFC 9989 finds %3 (organisational domain %4). Receivers may disagree.</source>
        <translation>Public Suffix List による方法では %1（組織ドメイン %2）が、RFC 9989 の DNS ツリーウォークでは %3（組織ドメイン %4）が見つかります。受信側によって判断が分かれる可能性があります。</translation>
    </message>
    <message>
        <source>Publish a record at the author domain itself so both agree.</source>
        <translation>両方の方法で同じ結果になるよう、送信者のドメイン自体にレコードを公開してください。</translation>
    </message>
    <message>
        <source>Report address not authorised</source>
        <translation>レポートの送付先が許可されていません</translation>
    </message>
    <message>
        <source>%1=%2 is in another organisation, which has not published %3. Receivers will not send it reports.</source>
        <translation>%1=%2 は別の組織のドメインで、その組織は %3 を公開していません。受信側はこのアドレスにレポートを送りません。</translation>
    </message>
    <message>
        <source>Ask the report receiver to publish TXT "v=DMARC1" at %3, or use an address in your own domain.</source>
        <translation>レポートの受信者に %3 へ TXT "v=DMARC1" を公開してもらうか、自社ドメインのアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Report authorisation could not be checked</source>
        <translation>レポート送付先の許可を確認できませんでした</translation>
    </message>
    <message>
        <source>The query for %3 (for %1=%2) failed: %4.</source>
        <translation>%3 の問い合わせ（%1=%2 の確認）に失敗しました: %4</translation>
    </message>
    <message>
        <source>SPF passed for a domain not aligned with From</source>
        <translation>SPF に成功したドメインが From と整合していません</translation>
    </message>
    <message>
        <source>SPF passed for %1, which is not aligned (%3) with the From domain %2, so it does not help DMARC.</source>
        <translation>SPF は %1 で成功していますが、From ドメイン %2 と整合していない（%3）ため、DMARC には役立ちません。</translation>
    </message>
    <message>
        <source>Use a return-path (envelope sender) address in %2's organisational domain.</source>
        <translation>Return-Path（エンベロープ送信者）に %2 の組織ドメインのアドレスを使ってください。</translation>
    </message>
    <message>
        <source>DKIM signature not aligned with From</source>
        <translation>DKIM 署名が From と整合していません</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 is valid but not aligned (%3) with the From domain %2, so it does not help DMARC.</source>
        <translation>%1 の DKIM 署名は有効ですが、From ドメイン %2 と整合していない（%3）ため、DMARC には役立ちません。</translation>
    </message>
    <message>
        <source>Have the sending service sign with d=%2 (a custom DKIM domain).</source>
        <translation>送信サービスで d=%2 による署名（独自ドメインでの DKIM 署名）を設定してください。</translation>
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
        <source>Todoku sends only DNS queries to these servers. Use the system's resolvers unless you want to ask a specific server, for example your own DNS server or a public resolver.</source>
        <translation>Todoku がこれらのサーバーに送るのは DNS の問い合わせだけです。自社の DNS サーバーやパブリック DNS など、特定のサーバーに問い合わせたい場合を除き、システムの設定を使ってください。</translation>
    </message>
    <message>
        <source>Use the &amp;system's DNS resolvers</source>
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
        <source>Enter at least one server, or choose the system's resolvers.</source>
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
        <extracomment>A "label" is one dot-separated part of a domain name.</extracomment>
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
    <name>FindingCatalog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Make every DNS record a domain needs to send mail that reaches Gmail.</source>
        <translation>Gmail に届くメールを送るためにドメインに必要な DNS レコードをすべて作成します。</translation>
    </message>
    <message>
        <source>The domain (Unicode names are accepted).</source>
        <translation>ドメイン（日本語ドメイン名も指定できます）。</translation>
    </message>
    <message>
        <source>A sending IP address of your own server; may be repeated.</source>
        <translation>自社サーバーの送信元 IP アドレス。複数指定できます。</translation>
    </message>
    <message>
        <source>A mail service or hosting company that sends for the domain; may be repeated.</source>
        <translation>このドメインのメールを送信するメールサービスやレンタルサーバー会社。複数指定できます。</translation>
    </message>
    <message>
        <source>The mail server's host name (MX, reverse DNS, HELO).</source>
        <translation>メールサーバーのホスト名（MX・逆引き・HELO に使います）。</translation>
    </message>
    <message>
        <source>Which mail the domain receives: mx (at the mail host), none (a null MX) or unchanged.</source>
        <translation>ドメインでのメール受信: mx（メールサーバーで受信）、none（Null MX で受信しない）、unchanged（変更しない）。</translation>
    </message>
    <message>
        <source>The DKIM selector.</source>
        <translation>DKIM のセレクタ。</translation>
    </message>
    <message>
        <source>Make no DKIM record.</source>
        <translation>DKIM レコードを作成しません。</translation>
    </message>
    <message>
        <source>The DMARC policy: none, quarantine or reject.</source>
        <translation>DMARC ポリシー: none、quarantine、reject のいずれか。</translation>
    </message>
    <message>
        <source>The address that receives DMARC aggregate reports.</source>
        <translation>DMARC 集計レポートを受け取るアドレス。</translation>
    </message>
    <message>
        <source>End the SPF record with ~all instead of -all.</source>
        <translation>SPF レコードの末尾を -all ではなく ~all にします。</translation>
    </message>
    <message>
        <source>TTL of every record, in seconds.</source>
        <translation>各レコードの TTL（秒）。</translation>
    </message>
    <message>
        <source>Output: zone, table, json or csv.</source>
        <translation>出力形式: zone、table、json、csv のいずれか。</translation>
    </message>
    <message>
        <source>Show the records as this DNS panel wants them typed (with --format table).</source>
        <translation>指定した DNS 管理画面に入力する形でレコードを表示します（--format table と併用）。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use zone, table, json or csv.</source>
        <translation>不明な出力形式「%1」です。zone、table、json、csv のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--receive takes mx, none or unchanged.</source>
        <translation>--receive には mx、none、unchanged のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--dmarc takes none, quarantine or reject.</source>
        <translation>--dmarc には none、quarantine、reject のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--ttl takes a number of seconds from 1 to 604800.</source>
        <translation>--ttl には 1 から 604800 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown DNS panel “%1”. Known: %2</source>
        <translation>不明な DNS 管理画面「%1」です。指定できるもの: %2</translation>
    </message>
    <message>
        <source>These choices cannot be turned into records yet:</source>
        <translation>この内容ではまだレコードを作成できません:</translation>
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
    <name>PtrRequestLetter</name>
    <message>
        <source>Request: reverse DNS (PTR) for %1</source>
        <translation>逆引き（PTR レコード）設定のお願い（%1）</translation>
    </message>
    <message>
        <source>Hello,

We send mail from our own server at the IP address below, which you provide. Please set its reverse DNS (PTR record) as follows:

  IP address:   %1
  Reverse name: %2
  PTR value:    %3

The forward record of %3 (A/AAAA) already points to %1, so the name will be forward-confirmed. Gmail and other receivers reject or distrust mail from addresses without reverse DNS (reply 550-5.7.25).

Thank you for your help.
</source>
        <translation>ご担当者様

いつもお世話になっております。
貴社よりご提供いただいている下記の IP アドレスから、自社のメールサーバーでメールを送信しております。つきましては、この IP アドレスの逆引き（PTR レコード）を次のとおり設定していただけますでしょうか。

  IP アドレス:   %1
  逆引き名:      %2
  設定する値:    %3

%3 の正引き（A/AAAA レコード）はすでに %1 を指すよう設定済みですので、正引きと逆引きが一致する状態になります。Gmail をはじめとする受信側は、逆引きが設定されていない IP アドレスからのメールを受信拒否したり、信頼性が低いと判断したりします（応答コード 550-5.7.25）。

お手数をおかけしますが、どうぞよろしくお願いいたします。
</translation>
    </message>
</context>
<context>
    <name>RecordSetExporter</name>
    <message>
        <source>Records for %1 in %2</source>
        <translation>%2 に設定する %1 のレコード</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>入力する行: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <extracomment>The host (name) field of a DNS panel; shown as (empty) when it must be left blank.</extracomment>
        <translation>ホスト名: %1</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（空欄のまま）</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種別: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>優先度: %1</translation>
    </message>
    <message>
        <source>Value, part %1: %2</source>
        <translation>値（%1 つ目の文字列）: %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <source>TTL: %1</source>
        <translation>TTL: %1</translation>
    </message>
    <message>
        <source>SPF: the servers allowed to send</source>
        <translation>SPF: 送信を許可するサーバー</translation>
    </message>
    <message>
        <source>DKIM public key</source>
        <translation>DKIM 公開鍵</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC ポリシー</translation>
    </message>
    <message>
        <source>MX: where mail for the domain is delivered</source>
        <translation>MX: ドメイン宛てのメールの配送先</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of the sending IP</source>
        <translation>送信元 IP アドレスの逆引き（PTR）</translation>
    </message>
    <message>
        <source>Address of the mail server</source>
        <translation>メールサーバーのアドレス</translation>
    </message>
    <message>
        <source>Records for %1, made by Todoku. Place them in the zone of %1.</source>
        <extracomment>A comment line at the top of an exported zone file.</extracomment>
        <translation>Todoku が作成した %1 のレコードです。%1 のゾーンに追加してください。</translation>
    </message>
    <message>
        <source>Set by the owner of the IP address, not in this zone:</source>
        <translation>以下はこのゾーンではなく、IP アドレスの管理者が設定します:</translation>
    </message>
</context>
<context>
    <name>SetupFindings</name>
    <message>
        <source>%1 cannot take this value</source>
        <translation>%1 ではこの値を設定できません</translation>
    </message>
    <message>
        <source>The %4 record is %2 characters long, but %1 accepts at most %3 characters in a TXT value.</source>
        <translation>%4 レコードは %2 文字ありますが、%1 の TXT レコードには最大 %3 文字までしか入力できません。</translation>
    </message>
    <message>
        <source>For DKIM, use a 1024-bit key for this panel (still accepted by Gmail), or move the domain's DNS to a service that accepts long TXT values, or publish the key as a CNAME to a host whose DNS you control.</source>
        <translation>DKIM の場合は、この管理画面向けに 1024 ビットの鍵を使う（Gmail でも有効です）か、長い TXT レコードを扱える DNS サービスにドメインの DNS を移すか、自分で DNS を管理しているホストへの CNAME として公開してください。</translation>
    </message>
    <message>
        <source>Long value: check how %1 takes it</source>
        <translation>長い値です: %1 での扱いを確認してください</translation>
    </message>
    <message>
        <source>This value is %2 characters long, more than one 255-character string. Todoku has not confirmed whether %1 splits it by itself.</source>
        <translation>この値は %2 文字あり、255 文字の文字列 1 つに収まりません。%1 が自動で分割するかどうかは Todoku では確認できていません。</translation>
    </message>
    <message>
        <source>Paste it as one value. After saving, let Todoku check the published record; if it is cut off or has quotes inside, enter it again split into the parts shown for the zone file.</source>
        <translation>1 つの値として貼り付けてください。保存後に Todoku で公開されたレコードを確認し、途中で切れていたり引用符が入っていたりした場合は、ゾーンファイル用に表示される分割済みの形で入力し直してください。</translation>
    </message>
    <message>
        <source>Set by the owner of the IP address</source>
        <translation>IP アドレスの管理者が設定します</translation>
    </message>
    <message>
        <source>The reverse DNS record %1 → %2 is not set in your domain's DNS panel but by whoever owns the IP address (your VPS, cloud or internet provider).</source>
        <translation>逆引きレコード %1 → %2 は、ドメインの DNS 管理画面ではなく、IP アドレスの管理者（VPS・クラウド・プロバイダー）が設定します。</translation>
    </message>
    <message>
        <source>Set it in the provider's control panel if it has a reverse DNS setting, or send them the request letter Todoku prepares.</source>
        <translation>事業者の管理画面に逆引きの設定項目があればそこで設定し、なければ Todoku が用意する依頼文を送ってください。</translation>
    </message>
    <message>
        <source>Set this CNAME to "DNS only"</source>
        <translation>この CNAME は「DNS のみ」に設定してください</translation>
    </message>
    <message>
        <source>%1 proxies records by default; a proxied DKIM or mail CNAME does not resolve to the provider's record.</source>
        <translation>%1 は既定でレコードをプロキシします。プロキシされた DKIM やメール用の CNAME は、事業者のレコードを正しく参照できません。</translation>
    </message>
    <message>
        <source>Turn the orange cloud off (Proxy status: DNS only).</source>
        <translation>オレンジ色の雲のアイコンをオフにしてください（プロキシステータス: DNS のみ）。</translation>
    </message>
    <message>
        <source>No trailing dot in the CNAME value</source>
        <translation>CNAME の値の末尾にドットを付けないでください</translation>
    </message>
    <message>
        <source>%1 completes the value itself and refuses a value that ends with ".".</source>
        <translation>%1 は値を自動で補完するため、末尾が「.」の値はエラーになります。</translation>
    </message>
    <message>
        <source>Type the value exactly as shown, without a final dot.</source>
        <translation>末尾のドットを付けずに、表示どおりに入力してください。</translation>
    </message>
    <message>
        <source>Enter the domain</source>
        <translation>ドメインを入力してください</translation>
    </message>
    <message>
        <source>Todoku needs the domain your mail is sent from, such as example.jp.</source>
        <translation>メールの送信に使うドメイン（example.jp など）を入力してください。</translation>
    </message>
    <message>
        <source>"%2" is not a domain name</source>
        <translation>「%2」はドメイン名ではありません</translation>
    </message>
    <message>
        <source>A domain is the part after @ in your mail address, such as example.jp or 日本語.jp, without http:// or a path.</source>
        <translation>ドメインとは、メールアドレスの @ より後ろの部分（example.jp や 日本語.jp など）です。http:// やパスは含めません。</translation>
    </message>
    <message>
        <source>Type only the domain, for example example.co.jp.</source>
        <translation>ドメインだけを入力してください（例: example.co.jp）。</translation>
    </message>
    <message>
        <source>"%2" is not an IP address</source>
        <translation>「%2」は IP アドレスではありません</translation>
    </message>
    <message>
        <source>Enter an IPv4 address such as 203.0.113.25 or an IPv6 address such as 2001:db8::25.</source>
        <translation>203.0.113.25 のような IPv4 アドレス、または 2001:db8::25 のような IPv6 アドレスを入力してください。</translation>
    </message>
    <message>
        <source>%2 is a private address</source>
        <translation>%2 はプライベートアドレスです</translation>
    </message>
    <message>
        <source>%2 belongs to a local network (like 192.168.x.x or 10.x.x.x) or to this computer. Gmail never sees such an address: it sees the public address your router or provider sends from, and that is the address SPF and reverse DNS must name.</source>
        <translation>%2 は社内・家庭内のネットワーク（192.168.x.x や 10.x.x.x など）またはこのコンピューター自身のアドレスです。Gmail からこのアドレスが見えることはありません。Gmail に見えるのはルーターやプロバイダーが送信に使うグローバル IP アドレスであり、SPF と逆引きに設定すべきなのはそのアドレスです。</translation>
    </message>
    <message>
        <source>Enter the server's public (global) IP address, as shown in your VPS or provider's control panel. If the server sits behind a home or office router, ask your provider for a fixed IP address first.</source>
        <translation>VPS やプロバイダーの管理画面に表示されている、サーバーのグローバル IP アドレスを入力してください。サーバーが家庭やオフィスのルーターの内側にある場合は、まずプロバイダーに固定 IP アドレスを申し込んでください。</translation>
    </message>
    <message>
        <source>Say how the domain sends mail</source>
        <translation>メールの送信方法を指定してください</translation>
    </message>
    <message>
        <source>Enter the IP addresses of your own mail servers, or choose the services and hosting companies that send mail for this domain (or both).</source>
        <translation>自社のメールサーバーの IP アドレスを入力するか、このドメインのメールを送信するサービスやレンタルサーバー会社を選んでください（両方でもかまいません）。</translation>
    </message>
    <message>
        <source>Enter the mail server's host name</source>
        <translation>メールサーバーのホスト名を入力してください</translation>
    </message>
    <message>
        <source>The host name (such as mail.example.jp) is used for the MX record, the reverse DNS (PTR) of your IP addresses, and the name your server gives in HELO/EHLO.</source>
        <translation>ホスト名（mail.example.jp など）は、MX レコード、IP アドレスの逆引き（PTR）、サーバーが HELO/EHLO で名乗る名前に使われます。</translation>
    </message>
    <message>
        <source>"%2" is not a host name</source>
        <translation>「%2」はホスト名ではありません</translation>
    </message>
    <message>
        <source>A mail host name is a full name such as mail.example.jp, not an IP address and not a bare computer name.</source>
        <translation>メールサーバーのホスト名は mail.example.jp のような完全な名前です。IP アドレスやコンピューター名だけでは使えません。</translation>
    </message>
    <message>
        <source>The mail host is outside %3</source>
        <translation>メールサーバーが %3 の外にあります</translation>
    </message>
    <message>
        <source>%2 is not in your domain %3. That works if the name belongs to your provider, but you cannot set its address records here, and its reverse DNS must still name it.</source>
        <translation>%2 はドメイン %3 に属していません。事業者のホスト名であれば問題ありませんが、そのアドレスレコードはここでは設定できず、逆引きもその名前を指している必要があります。</translation>
    </message>
    <message>
        <source>Use a name in %3, such as mail.%3, if the server is yours.</source>
        <translation>自社のサーバーであれば、mail.%3 のように %3 内の名前を使ってください。</translation>
    </message>
    <message>
        <source>Enter a DKIM selector</source>
        <translation>DKIM のセレクタを入力してください</translation>
    </message>
    <message>
        <source>The selector names the key in DNS (selector._domainkey.domain). A date such as 202612 makes rotating keys later easy.</source>
        <translation>セレクタは DNS 上で鍵を指す名前です（セレクタ._domainkey.ドメイン）。202612 のように日付にしておくと、後で鍵を更新しやすくなります。</translation>
    </message>
    <message>
        <source>"%2" cannot be a DKIM selector</source>
        <translation>「%2」は DKIM のセレクタに使えません</translation>
    </message>
    <message>
        <source>A selector may contain only letters, digits, hyphens and dots (RFC 6376 §3.1), and may not start or end with a hyphen.</source>
        <translation>セレクタに使えるのは英字・数字・ハイフン・ドットだけで（RFC 6376 §3.1）、ハイフンで始めたり終えたりすることはできません。</translation>
    </message>
    <message>
        <source>Use, for example, 202612 or s1.</source>
        <translation>たとえば 202612 や s1 を使ってください。</translation>
    </message>
    <message>
        <source>"%2" is not a mail address</source>
        <translation>「%2」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>DMARC reports are sent to a mailbox such as dmarc-reports@example.jp.</source>
        <translation>DMARC レポートは dmarc-reports@example.jp のようなメールアドレスに送られます。</translation>
    </message>
    <message>
        <source>The DKIM key is made in the next step</source>
        <translation>DKIM の鍵は次のステップで作成します</translation>
    </message>
    <message>
        <source>Todoku makes the key pair for selector %1 when you choose where to save the private key; its public key becomes the record %1._domainkey.%2.</source>
        <translation>秘密鍵の保存先を選ぶと、Todoku がセレクタ %1 の鍵ペアを作成します。その公開鍵が %1._domainkey.%2 のレコードになります。</translation>
    </message>
    <message>
        <source>No DKIM signature</source>
        <translation>DKIM 署名がありません</translation>
    </message>
    <message>
        <source>Without DKIM, mail from %1 is authenticated by SPF alone, which breaks when mail is forwarded. Gmail requires SPF and DKIM from senders of more than 5,000 messages a day.</source>
        <translation>DKIM がないと、%1 からのメールは SPF だけで認証されるため、転送されると認証に失敗します。Gmail は 1 日に 5,000 通を超えて送信する送信者に SPF と DKIM の両方を求めています。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail service or server, and come back to publish its key.</source>
        <translation>メールサービスまたはメールサーバーで DKIM 署名を有効にし、その後ここに戻って公開鍵を公開してください。</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未取得</translation>
    </message>
    <message>
        <source>Evaluate SPF for a domain and a sending IP address, as a receiving server does (RFC 7208).</source>
        <translation>ドメインと送信元 IP アドレスについて、受信サーバーと同じ方法で SPF を評価します（RFC 7208）。</translation>
    </message>
    <message>
        <source>The IP address of the sending server (required).</source>
        <translation>送信サーバーの IP アドレス（必須）。</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); default: postmaster@DOMAIN.</source>
        <translation>エンベロープ送信者（MAIL FROM）。省略時は postmaster@DOMAIN です。</translation>
    </message>
    <message>
        <source>The HELO/EHLO name the server gave.</source>
        <translation>サーバーが名乗った HELO/EHLO 名。</translation>
    </message>
    <message>
        <source>Show every record, term and DNS query evaluated.</source>
        <translation>評価したすべてのレコード、項目、DNS 問い合わせを表示します。</translation>
    </message>
    <message>
        <source>The domain whose SPF record is evaluated.</source>
        <translation>SPF レコードを評価するドメイン。</translation>
    </message>
    <message>
        <source>(already evaluated above: a loop)</source>
        <translation>（上位で評価済み：ループしています）</translation>
    </message>
    <message>
        <source>(not fetched)</source>
        <translation>（未取得）</translation>
    </message>
    <message numerus="yes">
        <source>[%n lookup(s) in this branch]</source>
        <translation>
            <numerusform>[この枝の DNS 参照 %n 回]</numerusform>
        </translation>
    </message>
    <message>
        <source>(void lookup)</source>
        <translation>（空の参照）</translation>
    </message>
    <message>
        <source>Usage: todoku-cli spf DOMAIN --ip IP [--sender ADDR] [--helo NAME] [--trace]</source>
        <translation>使い方: todoku-cli spf DOMAIN --ip IP [--sender ADDR] [--helo NAME] [--trace]</translation>
    </message>
    <message>
        <source>The spf command needs DNS, but --offline forbids queries.</source>
        <translation>spf コマンドには DNS が必要ですが、--offline により問い合わせが禁止されています。</translation>
    </message>
    <message>
        <source>SPF for %1 from %2: %3</source>
        <translation>%2 から送信された %1 の SPF: %3</translation>
    </message>
    <message>
        <source>Decided by: %1 (record of %2)</source>
        <translation>決め手: %1（%2 のレコード）</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of 10 (void: %2 of 2); the whole include tree needs %3</source>
        <translation>DNS 参照: 10 回中 %1 回（空の参照: 2 回中 %2 回）。include の全体では %3 回必要です</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>DNS 問い合わせ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>評価の経過:</translation>
    </message>
    <message>
        <source>Include tree (every branch, with its lookup cost):</source>
        <translation>include の構成（各枝と、その DNS 参照回数）:</translation>
    </message>
</context>
<context>
    <name>SpfFindings</name>
    <message>
        <source>SPF pass: %2 may send for %1</source>
        <translation>SPF 認証成功（pass）: %2 は %1 のメールを送信できます</translation>
    </message>
    <message>
        <source>The SPF record of %4 lists %2 with the term “%3”.</source>
        <translation>%4 の SPF レコードが「%3」で %2 を許可しています。</translation>
    </message>
    <message>
        <source>SPF fail: %1 does not allow %2</source>
        <translation>SPF 認証失敗（fail）: %1 は %2 からの送信を許可していません</translation>
    </message>
    <message>
        <source>The SPF record of %1 says that mail from %2 is not its mail (term “%3” in the record of %4). Gmail rejects or marks such mail as spam unless DKIM passes.</source>
        <translation>%1 の SPF レコードは、%2 から送られたメールを自ドメインのメールではないと宣言しています（%4 のレコードの「%3」）。DKIM が成功しない限り、Gmail はこのようなメールを拒否するか迷惑メールとして扱います。</translation>
    </message>
    <message>
        <source>If %2 really sends your mail, add “ip4:%2” (or “ip6:%2”) to the SPF record of %1, before its “all” term.</source>
        <translation>%2 が本当にお使いの送信サーバーであれば、%1 の SPF レコードの「all」の前に「ip4:%2」（IPv6 の場合は「ip6:%2」）を追加してください。</translation>
    </message>
    <message>
        <source>SPF softfail: %2 is not listed for %1</source>
        <translation>SPF ソフトフェイル（softfail）: %2 は %1 の送信元として登録されていません</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not name %2, and ends with “%3”, which asks receivers to treat such mail with suspicion. Gmail often puts it in the spam folder.</source>
        <translation>%1 の SPF レコードには %2 が含まれておらず、末尾の「%3」は「このようなメールは疑わしいものとして扱ってほしい」という意味です。Gmail では迷惑メールフォルダに入ることがよくあります。</translation>
    </message>
    <message>
        <source>SPF neutral: %1 neither allows nor denies %2</source>
        <translation>SPF 中立（neutral）: %1 は %2 を許可も拒否もしていません</translation>
    </message>
    <message>
        <source>The SPF record of %1 gives no verdict for %2 (neutral), so SPF does not authenticate the mail. For DMARC this counts as a failure.</source>
        <translation>%1 の SPF レコードは %2 について判断を示していない（neutral）ため、SPF ではメールが認証されません。DMARC では失敗として扱われます。</translation>
    </message>
    <message>
        <source>List your sending servers in the record and end it with “-all” or “~all”.</source>
        <translation>送信サーバーをレコードに列挙し、末尾を「-all」または「~all」にしてください。</translation>
    </message>
    <message>
        <source>No SPF record for %1</source>
        <translation>%1 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (no TXT record starting with “v=spf1”), so receivers cannot tell which servers may send its mail. Gmail requires SPF or DKIM from every sender, and both from bulk senders.</source>
        <translation>%1 は SPF レコード（「v=spf1」で始まる TXT レコード）を公開していないため、受信側はどのサーバーがこのドメインのメールを送ってよいのか判断できません。Gmail はすべての送信者に SPF または DKIM を、大量送信者には両方を求めています。</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 that lists your sending servers, e.g. “v=spf1 ip4:%2 -all”. Todoku's setup can make it for you.</source>
        <translation>送信サーバーを列挙した TXT レコードを %1 に公開してください（例:「v=spf1 ip4:%2 -all」）。Todoku の設定ウィザードで作成できます。</translation>
    </message>
    <message>
        <source>SPF could not be checked: DNS failure</source>
        <translation>DNS の障害のため SPF を確認できませんでした</translation>
    </message>
    <message>
        <source>A DNS query for %3 failed (%4), so the SPF check of %1 ended with temperror (temporary error). Receivers usually try again later.</source>
        <translation>%3 への DNS 問い合わせが失敗した（%4）ため、%1 の SPF 検証は temperror（一時的なエラー）になりました。受信側は通常、時間をおいて再試行します。</translation>
    </message>
    <message>
        <source>If this repeats, check that the DNS servers of the domain answer for %3.</source>
        <translation>繰り返し発生する場合は、ドメインの DNS サーバーが %3 に応答しているか確認してください。</translation>
    </message>
    <message>
        <source>SPF record of %1 is broken (permerror)</source>
        <translation>%1 の SPF レコードに誤りがあります（permerror）</translation>
    </message>
    <message>
        <source>Receivers cannot use the SPF record of %1. Gmail treats this like having no SPF at all, and DMARC fails on SPF.</source>
        <translation>受信側は %1 の SPF レコードを利用できません。Gmail は SPF がない場合と同様に扱い、DMARC の SPF 側も失敗になります。</translation>
    </message>
    <message>
        <source>Fix the problem named above; the findings below show where it is.</source>
        <translation>次の項目に示す箇所を修正してください。</translation>
    </message>
    <message>
        <source>SPF needs %2 DNS lookups; the limit is 10</source>
        <translation>SPF の評価に DNS 参照が %2 回必要です（上限は 10 回）</translation>
    </message>
    <message>
        <source>RFC 7208 allows at most 10 terms that query DNS (include, a, mx, ptr, exists, redirect), counting those inside includes. Past the tenth, receivers stop with permerror. The costs per branch: %3.</source>
        <translation>RFC 7208 では、DNS を参照する項目（include、a、mx、ptr、exists、redirect）は include 先も含めて最大 10 個までです。11 個目で受信側は permerror として評価を打ち切ります。枝ごとの参照回数: %3。</translation>
    </message>
    <message>
        <source>Remove includes of services you no longer use; replace “a” and “mx” by the ip4:/ip6: addresses they stand for; or flatten an include into its addresses — but then you must update the record yourself whenever the service changes its servers.</source>
        <translation>使っていないサービスの include を削除する、「a」や「mx」を対応する ip4:/ip6: のアドレスに置き換える、または include をアドレスに展開（フラット化）してください。ただしフラット化した場合、サービス側がサーバーを変更するたびにご自身でレコードを更新する必要があります。</translation>
    </message>
    <message>
        <source>SPF asks for %2 names that do not exist; the limit is 2</source>
        <translation>SPF が存在しない名前を %2 回参照しています（上限は 2 回）</translation>
    </message>
    <message>
        <source>Lookups that find nothing (NXDOMAIN or an empty answer) are “void lookups”. RFC 7208 lets receivers stop with permerror after two of them.</source>
        <translation>何も見つからない参照（NXDOMAIN または空の応答）を「空の参照（void lookup）」と呼びます。RFC 7208 では、これが 2 回を超えると受信側は permerror として評価を打ち切れます。</translation>
    </message>
    <message>
        <source>Remove the terms that name hosts or includes which no longer exist.</source>
        <translation>もう存在しないホストや include を指している項目を削除してください。</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be one</source>
        <translation>%1 に SPF レコードが %2 件あります（1 件でなければなりません）</translation>
    </message>
    <message>
        <source>Two or more TXT records at %1 start with “v=spf1”. Receivers do not pick one: the result is permerror, as if SPF were broken.</source>
        <translation>%1 に「v=spf1」で始まる TXT レコードが複数あります。受信側はどちらかを選ぶことはせず、SPF が壊れている場合と同じく permerror になります。</translation>
    </message>
    <message>
        <source>Merge them into one record: keep one “v=spf1”, put all ip4:, ip6: and include: terms together, and end with a single “all” term. Delete the other records.</source>
        <translation>1 件のレコードにまとめてください。「v=spf1」は 1 つだけにし、ip4:、ip6:、include: の項目をすべて並べて、最後に「all」を 1 つだけ置きます。残りのレコードは削除してください。</translation>
    </message>
    <message>
        <source>SPF record of %1 has a syntax error</source>
        <translation>%1 の SPF レコードに構文エラーがあります</translation>
    </message>
    <message>
        <source>At character %3, “%2”: %4.</source>
        <translation>%3 文字目の「%2」: %4。</translation>
    </message>
    <message>
        <source>Correct the term. Common causes are a missing colon (“ip4 192.0.2.1”), a typo in a mechanism name, full-width characters, or quotes typed into the value.</source>
        <translation>該当の項目を修正してください。よくある原因は、コロンの抜け（「ip4 192.0.2.1」）、メカニズム名の打ち間違い、全角文字、値の中に入力された引用符です。</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record</source>
        <translation>include:%1 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>The record of %2 includes %1, but %1 publishes no SPF record. RFC 7208 makes this a permerror for the whole record.</source>
        <translation>%2 のレコードは %1 を include していますが、%1 は SPF レコードを公開していません。RFC 7208 では、この場合レコード全体が permerror になります。</translation>
    </message>
    <message>
        <source>Check the spelling against your provider's instructions, or remove the include.</source>
        <translation>事業者の案内と綴りを照らし合わせるか、その include を削除してください。</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record</source>
        <translation>redirect=%1 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>The record of %2 hands evaluation to %1, which publishes no SPF record: permerror.</source>
        <translation>%2 のレコードは評価を %1 に委ねていますが、%1 は SPF レコードを公開していないため permerror になります。</translation>
    </message>
    <message>
        <source>Correct the redirect= target, or publish a record there.</source>
        <translation>redirect= の委任先を修正するか、委任先にレコードを公開してください。</translation>
    </message>
    <message>
        <source>SPF term names an invalid domain</source>
        <translation>SPF の項目が不正なドメイン名を指しています</translation>
    </message>
    <message>
        <source>A term in the record of %2 leads to “%1”, which is not a valid domain name (an empty label, a label over 63 characters, or a name over 253).</source>
        <translation>%2 のレコードの項目が「%1」を指していますが、これは有効なドメイン名ではありません（空のラベル、63 文字を超えるラベル、または 253 文字を超える名前）。</translation>
    </message>
    <message>
        <source>Correct the term's domain.</source>
        <translation>項目のドメイン名を修正してください。</translation>
    </message>
    <message>
        <source>An mx term meets %2 MX records; the limit is 10</source>
        <translation>mx 項目の MX レコードが %2 件あります（上限は 10 件）</translation>
    </message>
    <message>
        <source>RFC 7208 lets an mx term look at no more than 10 mail servers; %1 has %2, so the evaluation ends with permerror.</source>
        <translation>RFC 7208 では、mx 項目で参照できるメールサーバーは 10 台までです。%1 には %2 台あるため、評価は permerror で終わります。</translation>
    </message>
    <message>
        <source>Replace “mx” by the ip4:/ip6: networks of the servers that send.</source>
        <translation>「mx」を、実際に送信するサーバーの ip4:/ip6: ネットワークに置き換えてください。</translation>
    </message>
    <message>
        <source>The record uses “%2”, which RFC 7208 says not to use</source>
        <translation>レコードで「%2」が使われています（RFC 7208 で非推奨）</translation>
    </message>
    <message>
        <source>The ptr mechanism makes receivers look up the reverse DNS of every sender and then the addresses of those names: slow, unreliable, and some receivers ignore it. RFC 7208 §5.5: it SHOULD NOT be used.</source>
        <translation>ptr メカニズムを使うと、受信側は送信元ごとに逆引きを行い、さらにその名前のアドレスを調べる必要があります。遅く信頼性も低いため、無視する受信側もあります。RFC 7208 §5.5 では使用すべきでない（SHOULD NOT）とされています。</translation>
    </message>
    <message>
        <source>Replace it by the ip4:/ip6: addresses of your sending servers.</source>
        <translation>送信サーバーの ip4:/ip6: アドレスに置き換えてください。</translation>
    </message>
    <message>
        <source>“%2” lets anyone send mail as %1</source>
        <translation>「%2」では誰でも %1 としてメールを送信できてしまいます</translation>
    </message>
    <message>
        <source>With “+all” every server on the Internet passes SPF for %1, so SPF protects nothing and spammers can use the domain freely.</source>
        <translation>「+all」では、インターネット上のすべてのサーバーが %1 の SPF に合格します。SPF は何も守らず、迷惑メール送信者がドメインを自由に使えてしまいます。</translation>
    </message>
    <message>
        <source>End the record with “-all” (or “~all” while you are still checking).</source>
        <translation>レコードの末尾を「-all」にしてください（確認中の間は「~all」でも構いません）。</translation>
    </message>
    <message>
        <source>“%2” makes SPF say nothing about other servers</source>
        <translation>「%2」では、登録外のサーバーについて SPF が何も判断しません</translation>
    </message>
    <message>
        <source>Mail from servers the record does not list gets “neutral”, which authenticates nothing; forged mail is not told apart from real mail.</source>
        <translation>レコードにないサーバーからのメールは「neutral」となり、何も認証されません。なりすましメールと正規のメールを区別できません。</translation>
    </message>
    <message>
        <source>End the record with “-all” or “~all”.</source>
        <translation>レコードの末尾を「-all」または「~all」にしてください。</translation>
    </message>
    <message>
        <source>The record ends with “%2” (softfail)</source>
        <translation>レコードの末尾が「%2」（softfail）です</translation>
    </message>
    <message>
        <source>“~all” is a good choice while you check that every server that sends for %1 is listed. Once DMARC reports show no real mail failing, “-all” makes forged mail fail outright. With a DMARC policy in place, receivers follow DMARC either way.</source>
        <translation>%1 のメールを送るサーバーがすべて登録されているか確認している間は「~all」が適切です。DMARC レポートで正規のメールが失敗していないことを確認できたら、「-all」にするとなりすましメールをはっきり失敗にできます。DMARC のポリシーを設定していれば、どちらの場合も受信側は DMARC に従います。</translation>
    </message>
    <message>
        <source>Terms after “%3” are never evaluated</source>
        <translation>「%3」より後の項目は評価されません</translation>
    </message>
    <message>
        <source>Evaluation stops at “%3”, which always matches, so “%2” and everything after it have no effect.</source>
        <translation>「%3」は常に一致するため評価はそこで終わり、「%2」以降の項目は効果がありません。</translation>
    </message>
    <message>
        <source>Move “%3” to the end of the record.</source>
        <translation>「%3」をレコードの末尾に移動してください。</translation>
    </message>
    <message>
        <source>“%2” is ignored because the record has an all term</source>
        <translation>レコードに all があるため「%2」は無視されます</translation>
    </message>
    <message>
        <source>RFC 7208 §6.1: redirect= only applies when the record has no “all” mechanism.</source>
        <translation>RFC 7208 §6.1 により、redirect= はレコードに「all」メカニズムがない場合にのみ適用されます。</translation>
    </message>
    <message>
        <source>Remove either the all term or the redirect=.</source>
        <translation>all と redirect= のどちらかを削除してください。</translation>
    </message>
    <message>
        <source>The record of %1 has no “all” term</source>
        <translation>%1 のレコードに「all」がありません</translation>
    </message>
    <message>
        <source>Without “all” (or redirect=), mail from unlisted servers gets “neutral”, which authenticates nothing.</source>
        <translation>「all」（または redirect=）がないと、登録外のサーバーからのメールは「neutral」となり、何も認証されません。</translation>
    </message>
    <message>
        <source>“%2” is already covered by “%3”</source>
        <translation>「%2」は「%3」に含まれています</translation>
    </message>
    <message>
        <source>The network of “%2” lies inside “%3” (or repeats it). Receivers do not mind, but the record is longer than it needs to be.</source>
        <translation>「%2」のネットワークは「%3」の範囲内にある（または重複している）ため不要です。受信側への影響はありませんが、レコードが必要以上に長くなります。</translation>
    </message>
    <message>
        <source>Remove “%2”.</source>
        <translation>「%2」を削除してください。</translation>
    </message>
    <message>
        <source>The record is %2 characters long</source>
        <translation>レコードの長さが %2 文字あります</translation>
    </message>
    <message>
        <source>One DNS character-string holds at most 255 characters, so the record must be published as several strings that receivers join (RFC 7208 §3.3). Many DNS panels split it for you; in a zone file write it as "..." "...".</source>
        <translation>DNS の 1 つの文字列には 255 文字までしか入らないため、レコードは複数の文字列に分けて公開する必要があります（受信側が連結します。RFC 7208 §3.3）。多くの DNS 管理画面は自動で分割します。ゾーンファイルでは "..." "..." のように記述してください。</translation>
    </message>
    <message>
        <source>The record of include:%1 could not be fetched (%3)</source>
        <translation>include:%1 のレコードを取得できませんでした（%3）</translation>
    </message>
    <message>
        <source>While this lasts, receivers that reach this include get temperror for %2.</source>
        <translation>この状態が続く間、この include まで評価した受信側では %2 が temperror になります。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask the provider of %1.</source>
        <translation>時間をおいて再確認し、解消しない場合は %1 の提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The TXT answer of %1 is %2 bytes; plain UDP answers hold 512</source>
        <translation>%1 の TXT 応答は %2 バイトです（通常の UDP 応答は 512 バイトまで）</translation>
    </message>
    <message>
        <source>All %3 TXT records at %1 travel in one answer. Over 512 bytes it no longer fits a plain UDP reply: resolvers must retry over TCP, and a few networks block that, so SPF then fails with temperror.</source>
        <translation>%1 の TXT レコード %3 件は 1 つの応答で送られます。512 バイトを超えると通常の UDP 応答に収まらず、リゾルバーは TCP で再問い合わせする必要があります。TCP を遮断しているネットワークもあり、その場合 SPF は temperror になります。</translation>
    </message>
    <message>
        <source>Remove TXT records you no longer need (old verification codes), or shorten the SPF record with include: of a subdomain.</source>
        <translation>不要になった TXT レコード（古い所有権確認コードなど）を削除するか、サブドメインへの include: で SPF レコードを短くしてください。</translation>
    </message>
</context>
<context>
    <name>SpfLintCommand</name>
    <message>
        <source>Check an SPF record and everything it includes for errors and risks.</source>
        <translation>SPF レコードと include 先のすべてについて、誤りや問題点を調べます。</translation>
    </message>
    <message>
        <source>Check this record text instead of the published one.</source>
        <translation>公開中のレコードの代わりに、このレコード文字列を調べます。</translation>
    </message>
    <message>
        <source>With --record: the domain it is for (default: example.invalid).</source>
        <translation>--record と併用: そのレコードを設定するドメイン（省略時は example.invalid）。</translation>
    </message>
    <message>
        <source>The domain whose published SPF record is checked.</source>
        <translation>公開中の SPF レコードを調べるドメイン。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli spf-lint DOMAIN | todoku-cli spf-lint --record "v=spf1 ..."</source>
        <translation>使い方: todoku-cli spf-lint DOMAIN | todoku-cli spf-lint --record "v=spf1 ..."</translation>
    </message>
    <message>
        <source>This is not an SPF record: it must start with “v=spf1”.</source>
        <translation>SPF レコードではありません。「v=spf1」で始まる必要があります。</translation>
    </message>
    <message>
        <source>Checking a published record needs DNS, but --offline forbids queries.</source>
        <translation>公開中のレコードを調べるには DNS が必要ですが、--offline により問い合わせが禁止されています。</translation>
    </message>
    <message>
        <source>SPF record of %1: %2</source>
        <translation>%1 の SPF レコード: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>DNS lookups a full evaluation needs: %1 of 10; void lookups: %2 of 2</source>
        <translation>すべてを評価した場合の DNS 参照: 10 回中 %1 回、空の参照: 2 回中 %2 回</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
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
        <extracomment>Workspace name: live checks of a domain's DNS.</extracomment>
        <translation>ドメイン診断</translation>
    </message>
    <message>
        <source>Create the SPF, DKIM, DMARC, MX and PTR records your domain needs, in the form your registrar's control panel expects, and confirm that each one is published.</source>
        <translation>ドメインに必要な SPF・DKIM・DMARC・MX・PTR レコードを、お使いのレジストラや DNS サービスの管理画面にそのまま入力できる形で作成し、実際に公開されたかを確認します。</translation>
    </message>
    <message>
        <source>Paste Gmail's “Show original” page, a message source or a bounce. Todoku explains what Gmail decided, why, and what to change.</source>
        <translation>Gmail の「メッセージのソースを表示」の画面、メールのソース、またはエラーメールを貼り付けてください。Gmail がどう判定したか、その理由、直すべき点を説明します。</translation>
    </message>
    <message>
        <source>Check a domain and its sending servers as Gmail sees them: MX, SPF, DKIM, DMARC, reverse DNS, HELO, blocklists and Gmail's sender requirements.</source>
        <translation>ドメインと送信サーバーを Gmail と同じ視点で確認します。MX、SPF、DKIM、DMARC、逆引き、HELO、ブロックリスト、Gmail の送信者ガイドラインを調べます。</translation>
    </message>
    <message>
        <source>This workspace is being built and will arrive in an upcoming version.</source>
        <translation>この機能は現在開発中です。今後のバージョンで利用できるようになります。</translation>
    </message>
</context>
</TS>
