<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Explain a pasted Gmail &quot;Show original&quot; page, message, headers or bounce.</source>
        <translation>貼り付けた Gmail の「メッセージのソースを表示」のページ、メール、ヘッダー、またはエラーメールを解説します。</translation>
    </message>
    <message>
        <source>The file to read, or - for standard input.</source>
        <translation>読み込むファイル。- で標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli analyze FILE | todoku-cli analyze -</source>
        <translation>使い方: todoku-cli analyze ファイル | todoku-cli analyze -</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not a mail message.</source>
        <translation>%1 は 64 MB を超えています。メールではありません。</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>入力: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>経路:</translation>
    </message>
    <message>
        <source>clock skew %1 s</source>
        <translation>時計のずれ %1 秒</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
</context>
<context>
    <name>AnalyzerPane</name>
    <message>
        <source>&amp;Paste and analyse</source>
        <translation>貼り付けて解析(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Re-check DNS now</source>
        <translation>DNS で今すぐ再確認</translation>
    </message>
    <message>
        <source>Also evaluate SPF and verify the DKIM signatures with what DNS publishes now. Only DNS queries leave this computer; the message does not.</source>
        <translation>現在 DNS に公開されている内容で SPF を評価し、DKIM 署名も検証し直します。このコンピューターから外に出るのは DNS の問い合わせだけで、メッセージは送信されません。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>認証結果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>From (HELO)</source>
        <translation>送信元 (HELO)</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>逆引き</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受信サーバー</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>Domain (d=)</source>
        <translation>ドメイン (d=)</translation>
    </message>
    <message>
        <source>Selector (s=)</source>
        <translation>セレクター (s=)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Verified now</source>
        <translation>再検証の結果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>DNS queries</source>
        <translation>DNS 問い合わせ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not a mail message.</source>
        <translation>%1 は 64 MB を超えています。メールのメッセージではないようです。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the page or message first, then paste.</source>
        <translation>クリップボードにテキストがありません。先にページまたはメッセージをコピーしてから貼り付けてください。</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>メッセージを開く</translation>
    </message>
    <message>
        <source>Mail messages (*.eml *.txt *.msg);;All files (*)</source>
        <translation>メールメッセージ (*.eml *.txt *.msg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>メッセージを読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking DNS now…</source>
        <translation>DNS を確認しています…</translation>
    </message>
    <message>
        <source>Checked against DNS just now.</source>
        <translation>たった今 DNS で確認しました。</translation>
    </message>
    <message>
        <source>From the pasted text only (no DNS queries).</source>
        <translation>貼り付けたテキストだけから判定しました（DNS の問い合わせなし）。</translation>
    </message>
    <message>
        <source>The input is large: only its first %1 MB are shown here. All of it was analysed.</source>
        <translation>入力が大きいため、ここには先頭の %1 MB だけを表示しています。解析は全体に対して行いました。</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>DNS %1 %2: %3</source>
        <translation>DNS %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（%2 行目）</translation>
    </message>
    <message>
        <source>%1 — written by the final receiver</source>
        <translation>%1 — 最終受信サーバーが記録したもの</translation>
    </message>
    <message>
        <source>%1 — a claim by an earlier server</source>
        <translation>%1 — 途中のサーバーによる主張（未確認）</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>clock skew %1 s</source>
        <translation>時計のずれ %1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Paste what Gmail shows you</source>
        <translation>Gmail に表示された内容を貼り付けてください</translation>
    </message>
    <message>
        <source>In Gmail, open the message, choose ⋮ → “Show original”, copy the whole page and press Ctrl+V here.</source>
        <translation>Gmail でメッセージを開き、⋮ →「メッセージのソースを表示」を選んで、ページ全体をコピーし、ここで Ctrl+V を押してください。</translation>
    </message>
    <message>
        <source>A raw message, only its headers, or a bounce work too. You can also drop an .eml file here or open one.</source>
        <translation>メッセージのソース、ヘッダーだけ、エラーメール（バウンス）でも解析できます。.eml ファイルをここにドロップするか、開くこともできます。</translation>
    </message>
    <message>
        <source>What you paste stays on this computer. Only DNS queries leave it, for the re-check.</source>
        <translation>貼り付けた内容はこのコンピューターの外には送信されません。再確認のための DNS の問い合わせだけが外部に出ます。</translation>
    </message>
    <message>
        <source>Copy records</source>
        <translation>レコードをコピー</translation>
    </message>
    <message>
        <source>Copies the DNS records of the selected finding in zone-file form.</source>
        <translation>選択した項目の DNS レコードをゾーンファイルの形式でコピーします。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>結果をコピー</translation>
    </message>
</context>
<context>
    <name>ArcFindings</name>
    <message>
        <source>The ARC chain verifies</source>
        <translation>ARC チェーンの検証に成功しました</translation>
    </message>
    <message>
        <source>All %1 ARC sets verify; the newest was added by %2. A receiver that trusts the forwarders may use their recorded authentication results.</source>
        <translation>%1 個の ARC セットがすべて検証できました。最新のセットは %2 が付けたものです。転送元を信頼する受信側は、記録された認証結果を利用できます。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対応は不要です。</translation>
    </message>
    <message>
        <source>The ARC sets are malformed</source>
        <translation>ARC セットの形式が正しくありません</translation>
    </message>
    <message>
        <source>The ARC header fields are incomplete, duplicated or do not parse (instance %1: %2), so the chain fails.</source>
        <translation>ARC ヘッダーフィールドが欠けている、重複している、または解析できない（インスタンス %1: %2）ため、チェーンは失敗です。</translation>
    </message>
    <message>
        <source>Ask the forwarder that added these ARC fields to fix its ARC signing.</source>
        <translation>これらの ARC フィールドを付けた転送サービスに、ARC 署名の修正を依頼してください。</translation>
    </message>
    <message>
        <source>A forwarder marked the ARC chain as failed</source>
        <translation>転送サービスが ARC チェーンを失敗と判定しています</translation>
    </message>
    <message>
        <source>The ARC-Seal at instance %1 says cv=fail: that forwarder already found the chain broken.</source>
        <translation>インスタンス %1 の ARC-Seal が cv=fail です。その転送サービスの時点でチェーンはすでに壊れていました。</translation>
    </message>
    <message>
        <source>Look at the hops before instance %1; a forwarder there changed the message.</source>
        <translation>インスタンス %1 より前の経路を確認してください。そこでいずれかの転送サービスがメッセージを変更しています。</translation>
    </message>
    <message>
        <source>An ARC seal has the wrong cv= value</source>
        <translation>ARC シールの cv= の値が正しくありません</translation>
    </message>
    <message>
        <source>The ARC-Seal at instance %1 has cv=%2; the first seal must say none and every later one pass.</source>
        <translation>インスタンス %1 の ARC-Seal が cv=%2 です。最初のシールは none、それ以降はすべて pass でなければなりません。</translation>
    </message>
    <message>
        <source>Ask the forwarder at instance %1 to fix its ARC signing.</source>
        <translation>インスタンス %1 の転送サービスに、ARC 署名の修正を依頼してください。</translation>
    </message>
    <message>
        <source>The newest ARC message signature does not verify</source>
        <translation>最新の ARC メッセージ署名を検証できません</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature at instance %1 fails (%2): the message changed after the last forwarder signed it, or its key does not match.</source>
        <translation>インスタンス %1 の ARC-Message-Signature が失敗しました（%2）。最後の転送サービスが署名した後にメッセージが変更されたか、鍵が一致していません。</translation>
    </message>
    <message>
        <source>Check the original message (the .eml file) rather than a copy; if it still fails, the last forwarder&apos;s ARC signing is broken.</source>
        <translation>コピーではなく元のメッセージ（.eml ファイル）で確認してください。それでも失敗する場合は、最後の転送サービスの ARC 署名に問題があります。</translation>
    </message>
    <message>
        <source>An ARC seal does not verify</source>
        <translation>ARC シールを検証できません</translation>
    </message>
    <message>
        <source>The ARC-Seal at instance %1 fails (%2): the ARC fields up to that hop were changed, or the seal&apos;s key does not match.</source>
        <translation>インスタンス %1 の ARC-Seal が失敗しました（%2）。その経路までの ARC フィールドが変更されたか、シールの鍵が一致していません。</translation>
    </message>
    <message>
        <source>Ask the forwarder at instance %1 to check its ARC signing key.</source>
        <translation>インスタンス %1 の転送サービスに、ARC 署名鍵の確認を依頼してください。</translation>
    </message>
    <message>
        <source>An ARC key could not be looked up</source>
        <translation>ARC の鍵を DNS で取得できませんでした</translation>
    </message>
    <message>
        <source>The DNS lookup for the ARC key at instance %1 failed temporarily, so the chain could not be verified.</source>
        <translation>インスタンス %1 の ARC 鍵の DNS 問い合わせが一時的に失敗したため、チェーンを検証できませんでした。</translation>
    </message>
    <message>
        <source>Try again later; if it keeps failing, the signer&apos;s DNS is broken.</source>
        <translation>時間をおいて再度お試しください。失敗が続く場合は、署名者の DNS に問題があります。</translation>
    </message>
</context>
<context>
    <name>AuditFindings</name>
    <message>
        <source>DKIM keys found for %1: %2</source>
        <translation>%1 の DKIM 公開鍵が見つかりました: %2</translation>
    </message>
    <message>
        <source>No DKIM key at selector %2</source>
        <translation>セレクタ %2 に DKIM 公開鍵がありません</translation>
    </message>
    <message>
        <source>%3 has no DKIM key record (%4). Mail signed with s=%2 for %1 fails DKIM verification.</source>
        <translation>%3 に DKIM 公開鍵レコードがありません（%4）。%1 で s=%2 として署名したメールは DKIM 検証に失敗します。</translation>
    </message>
    <message>
        <source>Publish the public key your mail server or service gives you as a TXT record at %3, or correct the selector.</source>
        <translation>メールサーバーやサービスが示す公開鍵を %3 の TXT レコードとして公開するか、セレクタを正しく直してください。</translation>
    </message>
    <message>
        <source>Some DKIM selectors of %1 could not be read (%2)</source>
        <translation>%1 の一部の DKIM セレクタを読めませんでした（%2）</translation>
    </message>
    <message>
        <source>The DNS servers of %1 did not answer for these selectors, so their keys are unknown.</source>
        <translation>%1 の DNS サーバーがこれらのセレクタに応答しなかったため、鍵の有無がわかりません。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask your DNS provider.</source>
        <translation>しばらくして再確認してください。続く場合は DNS 事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>%1 publishes no DKIM keys</source>
        <translation>%1 には DKIM 公開鍵がありません</translation>
    </message>
    <message>
        <source>%2 does not exist (NXDOMAIN), so no selector under it can hold a key: mail from %1 is not DKIM-signed with its own domain. Gmail requires DKIM from bulk senders and SPF or DKIM from everyone.</source>
        <translation>%2 が存在しない（NXDOMAIN）ため、その下のどのセレクタにも鍵はありません。%1 のメールは自ドメインで DKIM 署名されていません。Gmail は一括送信者に DKIM を、すべての送信者に SPF か DKIM を求めています。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing in your mail server or service and publish the public key it gives you (selector._domainkey.%1).</source>
        <translation>メールサーバーやサービスで DKIM 署名を有効にし、示された公開鍵（selector._domainkey.%1）を公開してください。</translation>
    </message>
    <message>
        <source>%1 has DKIM keys under selectors not tried</source>
        <translation>%1 には試していないセレクタの DKIM 鍵があります</translation>
    </message>
    <message>
        <source>%2 exists, so keys are published below it, but none of the common selectors answered. The selector is whatever your mail service chose.</source>
        <translation>%2 は存在するのでその下に鍵が公開されていますが、よく使われるセレクタはどれも応答しませんでした。セレクタはメールサービスが決めた名前です。</translation>
    </message>
    <message>
        <source>Open a message sent from %1, find s= in its DKIM-Signature header, and check again with that selector.</source>
        <translation>%1 から送ったメールの DKIM-Signature ヘッダーで s= を確認し、そのセレクタで再確認してください。</translation>
    </message>
    <message>
        <source>The HELO name %1 has no address</source>
        <translation>HELO 名 %1 にアドレスがありません</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record. Receivers check that the name a server introduces itself with exists and leads to its IP.</source>
        <translation>%1 に A/AAAA レコードがありません。受信側は、サーバーが名乗る名前が存在し、その IP アドレスを指すことを確認します。</translation>
    </message>
    <message>
        <source>Give %1 an A (and AAAA) record with the server&apos;s address, or set the server&apos;s HELO name to one that has it.</source>
        <translation>%1 にサーバーのアドレスの A（および AAAA）レコードを設定するか、HELO 名をそれがある名前に変えてください。</translation>
    </message>
    <message>
        <source>The address of the HELO name %1 could not be read</source>
        <translation>HELO 名 %1 のアドレスを読めませんでした</translation>
    </message>
    <message>
        <source>The DNS servers did not answer for %1.</source>
        <translation>DNS サーバーが %1 に応答しませんでした。</translation>
    </message>
    <message>
        <source>The HELO name %1 does not lead to %2</source>
        <translation>HELO 名 %1 は %2 を指していません</translation>
    </message>
    <message>
        <source>%1 resolves to %3, not to the sending IP %2. Receivers expect the HELO name to resolve to the connecting address.</source>
        <translation>%1 は送信 IP %2 ではなく %3 を指しています。受信側は、HELO 名が接続元のアドレスを指すことを期待します。</translation>
    </message>
    <message>
        <source>Add %2 to the A/AAAA records of %1, or use a HELO name that resolves to %2.</source>
        <translation>%1 の A/AAAA レコードに %2 を加えるか、%2 を指す HELO 名を使ってください。</translation>
    </message>
    <message>
        <source>The HELO name %1 is not the reverse DNS name of %2</source>
        <translation>HELO 名 %1 は %2 の逆引き名と一致しません</translation>
    </message>
    <message>
        <source>The reverse DNS of %2 is %3. It is best when the HELO name, the PTR name and its A record all agree.</source>
        <translation>%2 の逆引き名は %3 です。HELO 名・PTR 名・その A レコードがすべて一致しているのが最善です。</translation>
    </message>
    <message>
        <source>Use the PTR name as the HELO name, or ask the IP&apos;s owner to set the PTR to %1.</source>
        <translation>PTR 名を HELO 名として使うか、IP アドレスの管理者に PTR を %1 にしてもらってください。</translation>
    </message>
    <message>
        <source>SPF for the HELO name %1 from %2: %3</source>
        <translation>HELO 名 %1 の %2 からの SPF: %3</translation>
    </message>
    <message>
        <source>Receivers also check SPF for the HELO name itself (RFC 7208 §2.3), and use it for bounces, which have no MAIL FROM.</source>
        <translation>受信側は HELO 名そのものの SPF も確認し（RFC 7208 §2.3）、MAIL FROM のないエラーメールにはそれを使います。</translation>
    </message>
    <message>
        <source>Publish an SPF record at %1 that allows the server, e.g. “v=spf1 a -all”.</source>
        <translation>%1 にサーバーを許可する SPF レコード（例: “v=spf1 a -all”）を公開してください。</translation>
    </message>
    <message>
        <source>%1 publishes SPF (%3 of 10 lookups)</source>
        <translation>%1 は SPF を公開しています（DNS 参照 %3／10 回）</translation>
    </message>
    <message>
        <source>The record: %2</source>
        <translation>レコード: %2</translation>
    </message>
    <message>
        <source>The HELO name %1 is a proper name (%2)</source>
        <translation>HELO 名 %1 は適切な名前です（%2）</translation>
    </message>
    <message>
        <source>The MX host %1 (%2) has no confirmed reverse DNS</source>
        <translation>MX ホスト %1（%2）の逆引きが確認できません</translation>
    </message>
    <message>
        <source>Receiving needs no PTR, but if %1 also sends mail, Gmail rejects it without forward-confirmed reverse DNS (%3).</source>
        <translation>受信には PTR は不要ですが、%1 がメールを送信もするなら、正引きで確認できる逆引きがないと Gmail に拒否されます（%3）。</translation>
    </message>
    <message>
        <source>If %1 sends mail, ask the owner of %2 to set its PTR to %1.</source>
        <translation>%1 が送信もするなら、%2 の管理者に PTR を %1 に設定してもらってください。</translation>
    </message>
    <message>
        <source>DMARC is published at %1 (p=%2)</source>
        <translation>DMARC は %1 に公開されています（p=%2）</translation>
    </message>
    <message>
        <source>“%1” is not a domain name</source>
        <translation>“%1” はドメイン名ではありません</translation>
    </message>
    <message>
        <source>A domain check needs a domain with at least two labels, such as example.jp.</source>
        <translation>ドメインのチェックには example.jp のように 2 つ以上のラベルを持つドメインが必要です。</translation>
    </message>
    <message>
        <source>Enter the domain part of your mail address.</source>
        <translation>メールアドレスの @ より後ろを入力してください。</translation>
    </message>
    <message>
        <source>The %1 check of %2 did not finish within %3 s</source>
        <translation>%2 の %1 チェックが %3 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>Some DNS servers did not answer in time. The rest of the report is complete; this item shows what arrived.</source>
        <translation>一部の DNS サーバーが時間内に応答しませんでした。レポートの他の項目は完全で、この項目には届いた分だけを表示しています。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, the DNS servers involved may be down or slow.</source>
        <translation>しばらくして再確認してください。続く場合は関係する DNS サーバーが停止しているか遅い可能性があります。</translation>
    </message>
    <message>
        <source>All senders: SPF or DKIM — met</source>
        <translation>すべての送信者: SPF または DKIM — 満たしています</translation>
    </message>
    <message>
        <source>Gmail requires every sender to authenticate with SPF or DKIM; %2 has at least one in place.</source>
        <translation>Gmail はすべての送信者に SPF か DKIM による認証を求めています。%2 には少なくとも一方があります。</translation>
    </message>
    <message>
        <source>All senders: SPF or DKIM — not met</source>
        <translation>すべての送信者: SPF または DKIM — 満たしていません</translation>
    </message>
    <message>
        <source>Neither SPF passes for the sending IPs nor is a DKIM key published for %2. Gmail answers %1 to unauthenticated mail.</source>
        <translation>送信 IP で SPF が pass せず、%2 の DKIM 公開鍵もありません。Gmail は認証されないメールに %1 を返します。</translation>
    </message>
    <message>
        <source>Publish SPF for your sending servers and turn on DKIM signing.</source>
        <translation>送信サーバーの SPF を公開し、DKIM 署名を有効にしてください。</translation>
    </message>
    <message>
        <source>All senders: SPF or DKIM — not known</source>
        <translation>すべての送信者: SPF または DKIM — 不明</translation>
    </message>
    <message>
        <source>Give the sending IPs and DKIM selectors to check this; without them Todoku cannot tell whether mail from %2 authenticates.</source>
        <translation>送信 IP と DKIM セレクタを指定すると確認できます。指定がないと %2 のメールが認証されるかわかりません。</translation>
    </message>
    <message>
        <source>All senders: reverse DNS of sending IPs — met</source>
        <translation>すべての送信者: 送信 IP の逆引き — 満たしています</translation>
    </message>
    <message>
        <source>Every sending IP has a PTR that resolves back to it.</source>
        <translation>すべての送信 IP に、正引きで同じ IP に戻る PTR があります。</translation>
    </message>
    <message>
        <source>All senders: reverse DNS of sending IPs — not met</source>
        <translation>すべての送信者: 送信 IP の逆引き — 満たしていません</translation>
    </message>
    <message>
        <source>%2 lack forward-confirmed reverse DNS. Gmail answers %1 to mail from such addresses; an IPv6 address needs its own PTR.</source>
        <translation>%2 は正引きで確認できる逆引きがありません。Gmail はこうしたアドレスからのメールに %1 を返します。IPv6 アドレスにも個別の PTR が必要です。</translation>
    </message>
    <message>
        <source>Ask the owner of each address (ISP, VPS or cloud) to set its PTR to your mail server&apos;s name, which must resolve back to it.</source>
        <translation>各アドレスの管理者（ISP・VPS・クラウド）に、PTR をメールサーバー名（正引きで同じアドレスに戻る名前）にしてもらってください。</translation>
    </message>
    <message>
        <source>All senders: reverse DNS of sending IPs — not known</source>
        <translation>すべての送信者: 送信 IP の逆引き — 不明</translation>
    </message>
    <message>
        <source>Give the sending IPs (IPv4 and IPv6) to check this.</source>
        <translation>送信 IP（IPv4 と IPv6）を指定すると確認できます。</translation>
    </message>
    <message>
        <source>All senders: TLS for SMTP — not checkable here</source>
        <translation>すべての送信者: SMTP の TLS — ここでは確認できません</translation>
    </message>
    <message>
        <source>Whether your server uses TLS when it sends to Gmail shows only in a delivered message (Received: … with ESMTPS). Gmail answers %1 to bulk mail without TLS.</source>
        <translation>送信サーバーが Gmail へ TLS で送っているかは、届いたメールの Received: ヘッダー（with ESMTPS）でしかわかりません。Gmail は TLS なしの一括送信に %1 を返します。</translation>
    </message>
    <message>
        <source>All senders: spam rate below 0.3% — not checkable from outside</source>
        <translation>すべての送信者: 迷惑メール率 0.3% 未満 — 外部からは確認できません</translation>
    </message>
    <message>
        <source>Only Google Postmaster Tools shows the rate at which Gmail users mark your mail as spam. Keep it below 0.1%; at 0.3% or more Gmail limits or rejects mail (%1).</source>
        <translation>Gmail ユーザーが迷惑メールと報告した率は Google Postmaster Tools でしかわかりません。0.1% 未満を保ってください。0.3% 以上になると制限・拒否されます（%1）。</translation>
    </message>
    <message>
        <source>All senders: messages in RFC 5322 format — a message-level rule</source>
        <translation>すべての送信者: RFC 5322 形式のメッセージ — メッセージ単位の要件</translation>
    </message>
    <message>
        <source>One From:, a valid Message-ID and no duplicated headers: paste a sent message into Analyze to check it.</source>
        <translation>From: が 1 つ、正しい Message-ID、重複のないヘッダー。送ったメールを「解析」に貼り付けると確認できます。</translation>
    </message>
    <message>
        <source>Bulk senders: SPF — met</source>
        <translation>一括送信者: SPF — 満たしています</translation>
    </message>
    <message>
        <source>SPF passes for every sending IP with MAIL FROM at %2.</source>
        <translation>MAIL FROM が %2 のとき、すべての送信 IP で SPF が pass します。</translation>
    </message>
    <message>
        <source>Bulk senders: SPF — not met</source>
        <translation>一括送信者: SPF — 満たしていません</translation>
    </message>
    <message>
        <source>SPF does not pass for %2 (%3). Gmail answers %1 to bulk mail without SPF pass.</source>
        <translation>%2 の SPF が pass しません（%3）。Gmail は SPF が pass しない一括送信に %1 を返します。</translation>
    </message>
    <message>
        <source>Add the sending IP or your service&apos;s include to the SPF record of %2.</source>
        <translation>送信 IP または利用サービスの include を %2 の SPF レコードに加えてください。</translation>
    </message>
    <message>
        <source>Bulk senders: SPF — not known</source>
        <translation>一括送信者: SPF — 不明</translation>
    </message>
    <message>
        <source>Give the sending IPs to check SPF for %2.</source>
        <translation>送信 IP を指定すると %2 の SPF を確認できます。</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM — met</source>
        <translation>一括送信者: DKIM — 満たしています</translation>
    </message>
    <message>
        <source>%2 publishes a usable DKIM key (%3).</source>
        <translation>%2 には使える DKIM 公開鍵があります（%3）。</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM — not met</source>
        <translation>一括送信者: DKIM — 満たしていません</translation>
    </message>
    <message>
        <source>%2 has no usable DKIM key %3 (Gmail requires at least 1024 bits). Gmail answers %1 to bulk mail without DKIM pass.</source>
        <translation>%2 に使える DKIM 公開鍵がありません %3（Gmail は 1024 ビット以上を求めます）。Gmail は DKIM が pass しない一括送信に %1 を返します。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing with a 2048-bit key and publish its public key.</source>
        <translation>2048 ビットの鍵で DKIM 署名を有効にし、公開鍵を公開してください。</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM — not known</source>
        <translation>一括送信者: DKIM — 不明</translation>
    </message>
    <message>
        <source>No key was found under the selectors tried; give the selector from a sent message&apos;s DKIM-Signature (s=).</source>
        <translation>試したセレクタでは鍵が見つかりませんでした。送ったメールの DKIM-Signature の s= のセレクタを指定してください。</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC record — met</source>
        <translation>一括送信者: DMARC レコード — 満たしています</translation>
    </message>
    <message>
        <source>%2 has a DMARC record at %3.</source>
        <translation>%2 には %3 に DMARC レコードがあります。</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC record — not met</source>
        <translation>一括送信者: DMARC レコード — 満たしていません</translation>
    </message>
    <message>
        <source>%2 has no usable DMARC record. Gmail answers %1 to bulk mail from such domains.</source>
        <translation>%2 に使える DMARC レコードがありません。Gmail はこうしたドメインからの一括送信に %1 を返します。</translation>
    </message>
    <message>
        <source>Publish at least “v=DMARC1; p=none; rua=mailto:…” at _dmarc.%2.</source>
        <translation>_dmarc.%2 に少なくとも “v=DMARC1; p=none; rua=mailto:…” を公開してください。</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC record — not known</source>
        <translation>一括送信者: DMARC レコード — 不明</translation>
    </message>
    <message>
        <source>The DMARC record of %2 could not be read.</source>
        <translation>%2 の DMARC レコードを読めませんでした。</translation>
    </message>
    <message>
        <source>Bulk senders: From: aligned with SPF or DKIM — possible</source>
        <translation>一括送信者: From: と SPF/DKIM のアライメント — 可能です</translation>
    </message>
    <message>
        <source>SPF for MAIL FROM at %2 or a DKIM key under %2 is in place, so aligned mail is possible; whether your mail uses them (Return-Path, d=) only a sent message shows.</source>
        <translation>%2 の MAIL FROM での SPF か %2 の DKIM 鍵があるので、アライメントした送信は可能です。実際のメールで使われているか（Return-Path、d=）は送ったメールでしかわかりません。</translation>
    </message>
    <message>
        <source>Bulk senders: From: aligned with SPF or DKIM — not known</source>
        <translation>一括送信者: From: と SPF/DKIM のアライメント — 不明</translation>
    </message>
    <message>
        <source>Alignment is a property of each message: paste a sent message into Analyze. Gmail answers %1 to unaligned bulk mail.</source>
        <translation>アライメントはメールごとの性質です。送ったメールを「解析」に貼り付けてください。Gmail はアライメントしない一括送信に %1 を返します。</translation>
    </message>
    <message>
        <source>Bulk senders: one-click unsubscribe — a message-level rule</source>
        <translation>一括送信者: ワンクリック登録解除 — メッセージ単位の要件</translation>
    </message>
    <message>
        <source>Marketing mail needs List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058); paste a sent message into Analyze to check them.</source>
        <translation>宣伝メールには List-Unsubscribe と List-Unsubscribe-Post ヘッダー（RFC 8058）が必要です。送ったメールを「解析」に貼り付けると確認できます。</translation>
    </message>
</context>
<context>
    <name>BounceFindings</name>
    <message>
        <source>Gmail deferred the mail: DMARC could not be checked (%1)</source>
        <translation>Gmail が受信を保留しました: DMARC を確認できませんでした（%1）</translation>
    </message>
    <message>
        <source>Gmail could not finish checking the sender&apos;s domain authentication (DMARC) because of a temporary DNS failure, and the From domain&apos;s policy asks to quarantine or reject unauthenticated mail. Your server will retry.</source>
        <translation>DNS の一時的な障害のため、Gmail は送信ドメイン認証（DMARC）の確認を完了できませんでした。From ドメインのポリシーは認証されないメールの隔離または拒否を求めています。送信サーバーは再送を試みます。</translation>
    </message>
    <message>
        <source>Make sure the DNS servers of the From domain answer reliably, and that SPF or DKIM passes for a domain aligned with From.</source>
        <translation>From ドメインの DNS サーバーが安定して応答すること、および From と整合したドメインで SPF か DKIM が成功することを確認してください。</translation>
    </message>
    <message>
        <source>Gmail rejected the mail because of the From domain&apos;s DMARC policy (%1)</source>
        <translation>From ドメインの DMARC ポリシーにより Gmail が受信を拒否しました（%1）</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From address (DMARC alignment), and the domain&apos;s DMARC policy is quarantine or reject. This also happens when mail is forwarded.</source>
        <translation>From アドレスと整合した（DMARC アライメント）ドメインで SPF も DKIM も成功せず、そのドメインの DMARC ポリシーが quarantine または reject です。転送されたメールでも起こります。</translation>
    </message>
    <message>
        <source>Sign the mail with DKIM as the From domain (d= equal to it), or send it with an envelope sender (Return-Path) in the From domain that SPF allows.</source>
        <translation>From ドメインで DKIM 署名する（d= を From ドメインにする）か、SPF で許可されたエンベロープ送信者（Return-Path）を From ドメインにして送信してください。</translation>
    </message>
    <message>
        <source>Gmail rejected the mail: SPF hard fail (%1)</source>
        <translation>SPF の失敗（ハードフェイル）により Gmail が受信を拒否しました（%1）</translation>
    </message>
    <message>
        <source>The envelope sender&apos;s (MAIL FROM) domain publishes SPF ending in -all, and the sending server&apos;s IP address is not in it, so SPF failed and Gmail refused the mail.</source>
        <translation>エンベロープ送信者（MAIL FROM）のドメインの SPF は -all で終わっており、送信サーバーの IP アドレスが含まれていないため SPF が失敗し、Gmail は受信を拒否しました。</translation>
    </message>
    <message>
        <source>Add the sending server (ip4:/ip6: or the provider&apos;s include:) to the SPF record of the envelope sender&apos;s domain.</source>
        <translation>エンベロープ送信者のドメインの SPF レコードに、送信サーバー（ip4:/ip6: またはプロバイダーの include:）を追加してください。</translation>
    </message>
    <message>
        <source>Gmail deferred unauthenticated mail (%1)</source>
        <translation>認証されていないメールを Gmail が保留しました（%1）</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed (the sender is unauthenticated). Gmail limits such mail for now; your server will retry, and may give up later.</source>
        <translation>SPF も DKIM も成功していません（送信者が認証されていません）。Gmail はこのようなメールの受信を一時的に制限しています。送信サーバーは再送しますが、いずれ諦めることがあります。</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes the sending server, or sign the mail with DKIM — better both.</source>
        <translation>送信サーバーを含む SPF レコードを公開するか、DKIM で署名してください。両方の設定をお勧めします。</translation>
    </message>
    <message>
        <source>Gmail rejected unauthenticated mail (%1)</source>
        <translation>認証されていないメールを Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>Gmail requires every sender to pass SPF or DKIM (sender domain authentication). Neither passed for this mail, so it was not delivered.</source>
        <translation>Gmail はすべての送信者に SPF または DKIM（送信ドメイン認証）の成功を求めています。このメールはどちらも成功しなかったため、配信されませんでした。</translation>
    </message>
    <message>
        <source>Publish an SPF record that includes the sending server, or sign the mail with DKIM — better both; then send again.</source>
        <translation>送信サーバーを含む SPF レコードを公開するか、DKIM で署名してください（両方をお勧めします）。その後、再送してください。</translation>
    </message>
    <message>
        <source>Gmail rejected mail without authentication (%1)</source>
        <translation>認証のないメールを Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>This is Gmail&apos;s older wording for mail that passed neither SPF nor DKIM (sender domain authentication).</source>
        <translation>SPF も DKIM も成功しなかったメール（送信ドメイン認証なし）に対する、Gmail の以前の文面です。</translation>
    </message>
    <message>
        <source>Publish SPF for the sending server and sign the mail with DKIM.</source>
        <translation>送信サーバーの SPF を公開し、DKIM で署名してください。</translation>
    </message>
    <message>
        <source>Gmail: SPF did not pass for a bulk sender (%1)</source>
        <translation>Gmail: 大量送信者として SPF が成功していません（%1）</translation>
    </message>
    <message>
        <source>Gmail counts this domain as a bulk sender (about 5,000 or more messages a day to Gmail), which must pass SPF, and SPF did not pass.</source>
        <translation>Gmail はこのドメインを大量送信者（Gmail 宛てに 1 日約 5,000 通以上）とみなしており、SPF の成功が必須ですが、SPF が成功しませんでした。</translation>
    </message>
    <message>
        <source>Make SPF pass for the envelope sender&apos;s (Return-Path) domain: add the sending server to its SPF record.</source>
        <translation>エンベロープ送信者（Return-Path）のドメインの SPF レコードに送信サーバーを追加し、SPF が成功するようにしてください。</translation>
    </message>
    <message>
        <source>Gmail: DKIM did not pass for a bulk sender (%1)</source>
        <translation>Gmail: 大量送信者として DKIM が成功していません（%1）</translation>
    </message>
    <message>
        <source>Gmail counts this domain as a bulk sender, which must sign with DKIM, and no DKIM signature passed.</source>
        <translation>Gmail はこのドメインを大量送信者とみなしており、DKIM 署名が必須ですが、成功した DKIM 署名がありませんでした。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing (a key of at least 1024 bits, 2048 recommended) and publish the public key.</source>
        <translation>DKIM 署名を有効にし（鍵長 1024 ビット以上、2048 ビット推奨）、公開鍵を DNS に公開してください。</translation>
    </message>
    <message>
        <source>Gmail: no DMARC policy for a bulk sender (%1)</source>
        <translation>Gmail: 大量送信者なのに DMARC ポリシーがありません（%1）</translation>
    </message>
    <message>
        <source>Gmail counts this domain as a bulk sender, which must publish a DMARC record with a policy, and none was found.</source>
        <translation>Gmail はこのドメインを大量送信者とみなしており、ポリシー付きの DMARC レコードの公開が必須ですが、見つかりませんでした。</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.&lt;your domain&gt;, at least &quot;v=DMARC1; p=none&quot;.</source>
        <translation>_dmarc.&lt;ドメイン&gt; に TXT レコードを公開してください。最低限 &quot;v=DMARC1; p=none&quot; です。</translation>
    </message>
    <message>
        <source>Gmail: the From domain is not aligned with SPF or DKIM (%1)</source>
        <translation>Gmail: From ドメインが SPF・DKIM と整合していません（%1）</translation>
    </message>
    <message>
        <source>The domain in the From header is not the same organisation as the domain SPF or DKIM authenticated (alignment). This is typical when a delivery service signs with its own domain.</source>
        <translation>From ヘッダーのドメインが、SPF または DKIM で認証されたドメインと同じ組織ではありません（アライメント不一致）。配信サービスが自社ドメインで署名している場合によく起こります。</translation>
    </message>
    <message>
        <source>Set up DKIM with your own domain (d= your domain) at the delivery service, or a custom Return-Path in your domain.</source>
        <translation>配信サービスで独自ドメインの DKIM（d= を自分のドメインにする）か、自分のドメインの Return-Path を設定してください。</translation>
    </message>
    <message>
        <source>Gmail: the mail was not sent over TLS (%1)</source>
        <translation>Gmail: TLS で送信されていません（%1）</translation>
    </message>
    <message>
        <source>Gmail requires bulk senders to deliver over an encrypted connection (STARTTLS), and this connection was not encrypted.</source>
        <translation>Gmail は大量送信者に暗号化された接続（STARTTLS）での配送を求めていますが、この接続は暗号化されていませんでした。</translation>
    </message>
    <message>
        <source>Enable STARTTLS for outgoing mail on the sending server.</source>
        <translation>送信サーバーで送信メールの STARTTLS を有効にしてください。</translation>
    </message>
    <message>
        <source>Gmail is limiting an unusual rate of mail (%1)</source>
        <translation>Gmail が通常と異なる量のメールを制限しています（%1）</translation>
    </message>
    <message>
        <source>Gmail saw an unusual amount of (unsolicited) mail from this IP address, network, DKIM or SPF domain, or link domain, and slows it down for now.</source>
        <translation>この IP アドレス・ネットワーク・DKIM または SPF のドメイン・リンク先ドメインから、通常と異なる量の（望まれていない）メールが届いたため、Gmail は一時的に受信を遅らせています。</translation>
    </message>
    <message>
        <source>Stop sending for at least 10 minutes, then resume with one connection and add connections one at a time. Clean the recipient list and watch the spam rate in Postmaster Tools.</source>
        <translation>10 分以上送信を止め、接続 1 本で再開し、接続数を 1 本ずつ増やしてください。宛先リストを整理し、Postmaster Tools で迷惑メール率を確認してください。</translation>
    </message>
    <message>
        <source>Gmail blocked mail for its spam rate (%1)</source>
        <translation>迷惑メール率のため Gmail が受信を拒否しました（%1）</translation>
    </message>
    <message>
        <source>Too many recipients marked mail from this sender as spam, so Gmail now refuses it.</source>
        <translation>この送信者のメールを迷惑メールと報告した受信者が多すぎるため、Gmail は受信を拒否しています。</translation>
    </message>
    <message>
        <source>Send only to people who asked for the mail, make unsubscribing easy, and keep the spam rate below 0.3 %.</source>
        <translation>受信を希望した人にだけ送り、登録解除を簡単にし、迷惑メール率を 0.3 % 未満に保ってください。</translation>
    </message>
    <message>
        <source>Gmail: suspicious entries in the SPF record (%1)</source>
        <translation>Gmail: SPF レコードに不審な記述があります（%1）</translation>
    </message>
    <message>
        <source>Gmail found entries in the sending domain&apos;s SPF record it considers suspicious, for example very broad IP ranges (what exactly triggers this is not documented).</source>
        <translation>Gmail は送信ドメインの SPF レコードに不審な記述（例えば範囲が広すぎる IP アドレス）を見つけました（正確な判定条件は公開されていません）。</translation>
    </message>
    <message>
        <source>Reduce the SPF record to the servers that really send your mail.</source>
        <translation>SPF レコードを、実際にメールを送るサーバーだけに絞ってください。</translation>
    </message>
    <message>
        <source>Gmail deferred mail: reverse DNS missing or not matching (%1)</source>
        <translation>逆引きがないか一致しないため Gmail が受信を保留しました（%1）</translation>
    </message>
    <message>
        <source>The sending IP address has no reverse DNS name (PTR record), or that name does not point back to the same address (forward-confirmed reverse DNS, FCrDNS). Gmail slows such mail down.</source>
        <translation>送信元 IP アドレスに逆引き（PTR レコード）がないか、その名前の正引きが同じアドレスを指していません（FCrDNS）。Gmail はこのようなメールの受信を遅らせます。</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP address (VPS, cloud or ISP) to set its PTR to your mail server&apos;s name, and make that name&apos;s A/AAAA record point to the same address.</source>
        <translation>IP アドレスの管理者（VPS・クラウド・ISP）に PTR をメールサーバーのホスト名に設定してもらい、そのホスト名の A/AAAA レコードを同じアドレスにしてください。</translation>
    </message>
    <message>
        <source>Gmail rejected mail: reverse DNS missing or not matching (%1)</source>
        <translation>逆引きがないか一致しないため Gmail が受信を拒否しました（%1）</translation>
    </message>
    <message>
        <source>The sending IP address has no reverse DNS name (PTR record), or that name does not point back to the same address (FCrDNS). IPv6 addresses are often forgotten.</source>
        <translation>送信元 IP アドレスに逆引き（PTR レコード）がないか、その名前の正引きが同じアドレスを指していません（FCrDNS）。IPv6 アドレスの設定漏れがよくあります。</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP address to set its PTR to your mail server&apos;s name, and make that name&apos;s A/AAAA record point to the same address.</source>
        <translation>IP アドレスの管理者に PTR をメールサーバーのホスト名に設定してもらい、そのホスト名の A/AAAA レコードを同じアドレスにしてください。</translation>
    </message>
    <message>
        <source>Gmail deferred mail: no matching reverse DNS (%1)</source>
        <translation>逆引きが一致しないため Gmail が受信を保留しました（%1）</translation>
    </message>
    <message>
        <source>The sending IP address has no PTR record, or its name does not resolve back to the sending IP address.</source>
        <translation>送信元 IP アドレスに PTR レコードがないか、その名前の正引きが送信元 IP アドレスになりません。</translation>
    </message>
    <message>
        <source>Ask the IP address owner to set a PTR record to your mail server&apos;s name, with a matching A/AAAA record.</source>
        <translation>IP アドレスの管理者に、メールサーバーのホスト名への PTR レコードを設定してもらい、一致する A/AAAA レコードも用意してください。</translation>
    </message>
    <message>
        <source>The recipient domain requires TLS (%1)</source>
        <translation>受信側ドメインが TLS を必須にしています（%1）</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google Workspace domain only accepts mail over an encrypted connection (STARTTLS).</source>
        <translation>受信者の Google Workspace ドメインは、暗号化された接続（STARTTLS）でのみメールを受け付けます。</translation>
    </message>
    <message>
        <source>Gmail is limiting mail for reputation or content (%1)</source>
        <translation>評判または内容のため Gmail が受信を制限しています（%1）</translation>
    </message>
    <message>
        <source>Gmail sees a low reputation of the sending IP address or domain, or suspicious content or links.</source>
        <translation>Gmail は送信元 IP アドレスやドメインの評判が低い、または内容やリンクが不審だと判断しています。</translation>
    </message>
    <message>
        <source>Lower the volume, clean the recipient list, check the links, and watch Postmaster Tools.</source>
        <translation>送信量を減らし、宛先リストを整理し、リンクを確認し、Postmaster Tools を確認してください。</translation>
    </message>
    <message>
        <source>Gmail rejected mail over IPv6 (%1)</source>
        <translation>IPv6 での送信を Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>Mail over IPv6 must have a reverse DNS name (PTR) and pass authentication; this IPv6 sender does not meet that.</source>
        <translation>IPv6 で送るメールには逆引き（PTR）と認証の成功が必要ですが、この IPv6 の送信元は条件を満たしていません。</translation>
    </message>
    <message>
        <source>Add a PTR and matching AAAA for the IPv6 address, include it in SPF (ip6:) and sign with DKIM — or send over IPv4.</source>
        <translation>IPv6 アドレスに PTR と一致する AAAA を設定し、SPF に ip6: を加え、DKIM で署名してください。または IPv4 で送信してください。</translation>
    </message>
    <message>
        <source>Gmail rejected a badly formatted message (%1)</source>
        <translation>形式の誤ったメールを Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>The message does not follow the message format standard (RFC 5322): for example a missing or doubled From, a missing Message-ID, or header fields written twice.</source>
        <translation>メールがメッセージ形式の標準（RFC 5322）に従っていません。例えば From がない・2 つある、Message-ID がない、同じヘッダーが重複している、などです。</translation>
    </message>
    <message>
        <source>Fix the program that writes the message so that it has one From, one Message-ID and no duplicate header fields.</source>
        <translation>メールを作成するプログラムを修正し、From と Message-ID を 1 つずつにし、ヘッダーの重複をなくしてください。</translation>
    </message>
    <message>
        <source>Gmail refuses mail sent directly from this IP address (%1)</source>
        <translation>この IP アドレスからの直接送信を Gmail が拒否しています（%1）</translation>
    </message>
    <message>
        <source>The sending IP address looks like a home or dynamic connection, which may not deliver mail to Gmail directly.</source>
        <translation>送信元 IP アドレスが家庭用・動的な接続に見えるため、Gmail へ直接メールを送ることが認められていません。</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s mail server (smarthost, submission on port 587) instead of directly.</source>
        <translation>直接送らず、プロバイダーのメールサーバー（スマートホスト、587 番ポートのサブミッション）を経由して送信してください。</translation>
    </message>
    <message>
        <source>Gmail rejected mail as likely unsolicited (%1)</source>
        <translation>望まれていないメールとして Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>Gmail judged the mail as probably unwanted, from its content or the sender&apos;s reputation.</source>
        <translation>Gmail は内容または送信者の評判から、このメールを望まれていないものと判断しました。</translation>
    </message>
    <message>
        <source>Check the content and links, send only to people who asked for it, and watch Postmaster Tools.</source>
        <translation>内容とリンクを見直し、受信を希望した人にだけ送り、Postmaster Tools を確認してください。</translation>
    </message>
    <message>
        <source>Gmail rejected a malformed message (%1)</source>
        <translation>壊れたメールを Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>The message&apos;s MIME structure is broken.</source>
        <translation>メールの MIME 構造が壊れています。</translation>
    </message>
    <message>
        <source>Fix the program that builds the message.</source>
        <translation>メールを作成するプログラムを修正してください。</translation>
    </message>
    <message>
        <source>Gmail refused the server&apos;s HELO name (%1)</source>
        <translation>送信サーバーの HELO 名を Gmail が拒否しました（%1）</translation>
    </message>
    <message>
        <source>The name the sending server introduced itself with (HELO/EHLO) is empty or invalid.</source>
        <translation>送信サーバーが名乗った名前（HELO/EHLO）が空か不正です。</translation>
    </message>
    <message>
        <source>Set the sending server&apos;s host name (HELO/EHLO name) to its full domain name, such as mail.example.jp.</source>
        <translation>送信サーバーのホスト名（HELO/EHLO 名）を mail.example.jp のような完全なドメイン名（FQDN）にしてください。</translation>
    </message>
    <message>
        <source>Outlook.com rejected mail: authentication level too low (%1)</source>
        <translation>Outlook.com が受信を拒否しました: 認証レベルが不足しています（%1）</translation>
    </message>
    <message>
        <source>Outlook.com requires high-volume senders (5,000 or more a day) to pass SPF and DKIM and to publish DMARC aligned with one of them.</source>
        <translation>Outlook.com は大量送信者（1 日 5,000 通以上）に、SPF と DKIM の成功と、どちらかと整合した DMARC の公開を求めています。</translation>
    </message>
    <message>
        <source>Make SPF and DKIM pass and publish a DMARC record (at least p=none) aligned with the From domain.</source>
        <translation>SPF と DKIM が成功するようにし、From ドメインと整合した DMARC レコード（最低限 p=none）を公開してください。</translation>
    </message>
    <message>
        <source>Microsoft rejected mail: DMARC failed (%1)</source>
        <translation>Microsoft が受信を拒否しました: DMARC が失敗しました（%1）</translation>
    </message>
    <message>
        <source>The sending domain did not pass DMARC at Microsoft.</source>
        <translation>送信ドメインは Microsoft で DMARC に成功しませんでした。</translation>
    </message>
    <message>
        <source>Make SPF or DKIM pass for a domain aligned with the From address.</source>
        <translation>From アドレスと整合したドメインで SPF か DKIM が成功するようにしてください。</translation>
    </message>
    <message>
        <source>Microsoft rejected mail: SPF violation (%1)</source>
        <translation>Microsoft が受信を拒否しました: SPF 違反（%1）</translation>
    </message>
    <message>
        <source>Microsoft uses 5.7.23 for mail rejected because SPF failed (this is not a Gmail code).</source>
        <translation>Microsoft は SPF の失敗で拒否したメールに 5.7.23 を使います（Gmail のコードではありません）。</translation>
    </message>
    <message>
        <source>Add the sending server to the SPF record of the envelope sender&apos;s domain.</source>
        <translation>エンベロープ送信者のドメインの SPF レコードに送信サーバーを追加してください。</translation>
    </message>
    <message>
        <source>Microsoft rejected mail: IPv6 sender without reverse DNS (%1)</source>
        <translation>Microsoft が受信を拒否しました: IPv6 の送信元に逆引きがありません（%1）</translation>
    </message>
    <message>
        <source>Microsoft requires a reverse DNS name (PTR) for senders using IPv6.</source>
        <translation>Microsoft は IPv6 で送信するサーバーに逆引き（PTR）を求めています。</translation>
    </message>
    <message>
        <source>Ask the IPv6 address owner to set a PTR record to your mail server&apos;s name.</source>
        <translation>IPv6 アドレスの管理者に、メールサーバーのホスト名への PTR レコードを設定してもらってください。</translation>
    </message>
    <message>
        <source>Microsoft: mail over IPv6 must pass SPF or DKIM (%1)</source>
        <translation>Microsoft: IPv6 のメールは SPF か DKIM の成功が必要です（%1）</translation>
    </message>
    <message>
        <source>Mail sent to Microsoft over IPv6 must pass SPF or DKIM.</source>
        <translation>IPv6 で Microsoft に送るメールは、SPF か DKIM に成功する必要があります。</translation>
    </message>
    <message>
        <source>Add the IPv6 address to SPF (ip6:) and sign with DKIM.</source>
        <translation>IPv6 アドレスを SPF に追加し（ip6:）、DKIM で署名してください。</translation>
    </message>
    <message>
        <source>Microsoft is limiting mail for IP reputation (%1)</source>
        <translation>IP の評判のため Microsoft が受信を制限しています（%1）</translation>
    </message>
    <message>
        <source>Microsoft temporarily limits mail from this IP address because of its reputation.</source>
        <translation>IP アドレスの評判のため、Microsoft はこのアドレスからのメールを一時的に制限しています。</translation>
    </message>
    <message>
        <source>Lower the volume and clean the recipient list; mail will be retried.</source>
        <translation>送信量を減らし、宛先リストを整理してください。メールは再送されます。</translation>
    </message>
    <message>
        <source>Microsoft has the sending network on its block list (%1)</source>
        <translation>送信元ネットワークが Microsoft のブロックリストに載っています（%1）</translation>
    </message>
    <message>
        <source>Part of the sending network is on Microsoft&apos;s block list.</source>
        <translation>送信元ネットワークの一部が Microsoft のブロックリストに掲載されています。</translation>
    </message>
    <message>
        <source>Ask for delisting through Microsoft&apos;s sender support, or send through another provider.</source>
        <translation>Microsoft の送信者サポートで掲載解除を依頼するか、別のプロバイダー経由で送信してください。</translation>
    </message>
    <message>
        <source>Outlook.com is limiting the sending rate (%1)</source>
        <translation>Outlook.com が送信速度を制限しています（%1）</translation>
    </message>
    <message>
        <source>Outlook.com limits the rate or the number of connections for this IP address or domain because of its reputation.</source>
        <translation>評判のため、Outlook.com はこの IP アドレスまたはドメインの送信速度や接続数を制限しています。</translation>
    </message>
    <message>
        <source>Send more slowly with fewer connections; the mail will be retried.</source>
        <translation>接続数を減らしてゆっくり送信してください。メールは再送されます。</translation>
    </message>
    <message>
        <source>Outlook.com blocked mail by policy (%1)</source>
        <translation>Outlook.com がポリシーにより受信を拒否しました（%1）</translation>
    </message>
    <message>
        <source>Outlook.com blocked the mail for content or reputation, suspected address harvesting, an open relay, or complaints.</source>
        <translation>内容や評判、アドレス収集の疑い、オープンリレー、苦情のいずれかにより Outlook.com が受信を拒否しました。</translation>
    </message>
    <message>
        <source>Check the sending server is not an open relay, clean the list, and join Microsoft&apos;s complaint feedback loop (JMRP).</source>
        <translation>送信サーバーがオープンリレーでないことを確認し、宛先リストを整理し、Microsoft の苦情フィードバック（JMRP）に登録してください。</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from a dynamic or compromised IP address (%1)</source>
        <translation>動的または乗っ取られた IP アドレスからのメールを Outlook.com が拒否しています（%1）</translation>
    </message>
    <message>
        <source>The sending IP address looks dynamic (a home connection) or compromised.</source>
        <translation>送信元 IP アドレスが動的（家庭用の接続）または乗っ取られているように見えます。</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s mail server instead of directly.</source>
        <translation>直接送らず、プロバイダーのメールサーバーを経由して送信してください。</translation>
    </message>
    <message>
        <source>Outlook.com blocked the sending IP address (%1)</source>
        <translation>Outlook.com が送信元 IP アドレスをブロックしました（%1）</translation>
    </message>
    <message>
        <source>The block relates to a Spamhaus listing or to content reputation.</source>
        <translation>Spamhaus への掲載、または内容の評判によるブロックです。</translation>
    </message>
    <message>
        <source>Check the IP address on Spamhaus and request removal once the cause is fixed.</source>
        <translation>Spamhaus で IP アドレスを確認し、原因を直してから掲載解除を依頼してください。</translation>
    </message>
    <message>
        <source>Yahoo rejected unauthenticated mail (%1)</source>
        <translation>認証されていないメールを Yahoo が拒否しました（%1）</translation>
    </message>
    <message>
        <source>Yahoo requires every sender to pass SPF or DKIM; neither passed.</source>
        <translation>Yahoo はすべての送信者に SPF か DKIM の成功を求めていますが、どちらも成功しませんでした。</translation>
    </message>
    <message>
        <source>Publish SPF for the sending server and sign with DKIM.</source>
        <translation>送信サーバーの SPF を公開し、DKIM で署名してください。</translation>
    </message>
    <message>
        <source>Yahoo deferred mail for volume or complaints (%1)</source>
        <translation>送信量または苦情のため Yahoo が受信を保留しました（%1）</translation>
    </message>
    <message>
        <source>Yahoo temporarily defers mail because of unusual volume or user complaints (also seen for unauthenticated domains).</source>
        <translation>通常と異なる送信量や利用者の苦情のため、Yahoo は一時的に受信を保留しています（認証されていないドメインでも見られます）。</translation>
    </message>
    <message>
        <source>Lower the volume, make SPF and DKIM pass, and clean the list; the mail will be retried.</source>
        <translation>送信量を減らし、SPF と DKIM を成功させ、宛先リストを整理してください。メールは再送されます。</translation>
    </message>
    <message>
        <source>Yahoo permanently refuses mail from this sender (%1)</source>
        <translation>Yahoo がこの送信者からのメールを恒久的に拒否しています（%1）</translation>
    </message>
    <message>
        <source>Yahoo has blocked this sender permanently.</source>
        <translation>Yahoo はこの送信者を恒久的にブロックしました。</translation>
    </message>
    <message>
        <source>Fix authentication and list hygiene, then contact Yahoo&apos;s sender support.</source>
        <translation>認証と宛先リストを整えてから、Yahoo の送信者サポートに連絡してください。</translation>
    </message>
    <message>
        <source>Yahoo refuses mail: the IP address is on a Spamhaus list (%1)</source>
        <translation>Yahoo が受信を拒否しました: IP アドレスが Spamhaus に掲載されています（%1）</translation>
    </message>
    <message>
        <source>The sending IP address is listed by Spamhaus.</source>
        <translation>送信元 IP アドレスが Spamhaus に掲載されています。</translation>
    </message>
    <message>
        <source>Fix the cause and request removal from the Spamhaus list.</source>
        <translation>原因を直し、Spamhaus に掲載解除を依頼してください。</translation>
    </message>
    <message>
        <source>Yahoo cannot resolve the sender&apos;s domain (%1)</source>
        <translation>Yahoo が送信者のドメインを名前解決できません（%1）</translation>
    </message>
    <message>
        <source>Yahoo checks that the From and envelope sender domains exist in DNS (with an SOA record); this one did not resolve.</source>
        <translation>Yahoo は From とエンベロープ送信者のドメインが DNS に存在するか（SOA レコードで）確認しますが、このドメインは解決できませんでした。</translation>
    </message>
    <message>
        <source>Make sure the domain (and any subdomain used as sender) has working DNS, including an SOA record.</source>
        <translation>ドメイン（送信者に使うサブドメインも含む）の DNS が SOA レコードも含めて正しく応答するようにしてください。</translation>
    </message>
    <message>
        <source>docomo: unknown user — or the recipient refuses this sender (%1)</source>
        <translation>docomo: 宛先不明、または受信者が受信を拒否しています（%1）</translation>
    </message>
    <message>
        <source>docomo answers &quot;Unknown user&quot; both when the address does not exist and when the recipient&apos;s filter (受信拒否, なりすまし rejection by SPF) refuses the sender.</source>
        <translation>docomo はアドレスが存在しない場合にも、受信者の受信拒否設定や SPF によるなりすまし拒否の場合にも &quot;Unknown user&quot; と応答します。</translation>
    </message>
    <message>
        <source>Check the address with the recipient; ask them to allow your domain; make sure SPF passes for your envelope sender.</source>
        <translation>受信者にアドレスを確認し、ドメインの受信許可を依頼し、エンベロープ送信者の SPF が成功することを確認してください。</translation>
    </message>
    <message>
        <source>docomo: a line of the message is too long (%1)</source>
        <translation>docomo: メールの 1 行が長すぎます（%1）</translation>
    </message>
    <message>
        <source>docomo refuses messages with a line longer than 1000 bytes.</source>
        <translation>docomo は 1000 バイトを超える行を含むメールを拒否します。</translation>
    </message>
    <message>
        <source>Have the sending program wrap lines or use quoted-printable or base64 encoding.</source>
        <translation>送信プログラムで行を折り返すか、quoted-printable または base64 でエンコードしてください。</translation>
    </message>
    <message>
        <source>au: unknown user (%1)</source>
        <translation>au: 宛先不明（%1）</translation>
    </message>
    <message>
        <source>au answers &quot;User unknown&quot; for an address that does not exist. Its spoofing filter (なりすまし規制) drops mail silently instead.</source>
        <translation>au は存在しないアドレスに &quot;User unknown&quot; と応答します。なりすまし規制に該当したメールは、エラーなしで破棄されます。</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>受信者にアドレスを確認してください。</translation>
    </message>
    <message>
        <source>SoftBank: the sender&apos;s domain has no DNS records (%1)</source>
        <translation>SoftBank: 送信者のドメインに DNS レコードがありません（%1）</translation>
    </message>
    <message>
        <source>SoftBank refuses mail whose envelope sender domain has no DNS records at all.</source>
        <translation>SoftBank は、エンベロープ送信者のドメインに DNS レコードが 1 つもないメールを拒否します。</translation>
    </message>
    <message>
        <source>Use an envelope sender (Return-Path) in a domain that exists in DNS.</source>
        <translation>DNS に存在するドメインをエンベロープ送信者（Return-Path）に使ってください。</translation>
    </message>
    <message>
        <source>The receiving server refused the mail (%1)</source>
        <translation>受信サーバーがメールを拒否しました（%1）</translation>
    </message>
    <message>
        <source>The bounce quotes the reply &quot;%2&quot;. Todoku does not know this reply; 4xx means a temporary problem (the server retries), 5xx a permanent one.</source>
        <translation>エラーメールには応答 &quot;%2&quot; が記載されています。Todoku はこの応答を知りません。4xx は一時的なエラー（再送されます）、5xx は恒久的なエラーです。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>not finished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Check a domain and its sending IPs as Gmail sees them: MX, reverse DNS, HELO, SPF, DKIM, DMARC, blocklists and Gmail&apos;s sender requirements.</source>
        <translation>ドメインと送信 IP を Gmail から見たとおりに確認します: MX、逆引き、HELO、SPF、DKIM、DMARC、ブロックリスト、Gmail の送信者ガイドライン。</translation>
    </message>
    <message>
        <source>A sending server&apos;s IP address (IPv4 or IPv6); may be repeated.</source>
        <translation>送信サーバーの IP アドレス（IPv4 または IPv6）。複数指定できます。</translation>
    </message>
    <message>
        <source>A DKIM selector the domain uses; may be repeated.</source>
        <translation>ドメインが使う DKIM セレクタ。複数指定できます。</translation>
    </message>
    <message>
        <source>The HELO/EHLO name the sending server uses.</source>
        <translation>送信サーバーが使う HELO/EHLO 名。</translation>
    </message>
    <message>
        <source>A Spamhaus Data Query Service key, to query Spamhaus through it.</source>
        <translation>Spamhaus Data Query Service のキー。これを使って Spamhaus に問い合わせます。</translation>
    </message>
    <message>
        <source>Ask only these blocklists, ID=ZONE to use another zone for a list (e.g. a local mirror); may be repeated.</source>
        <translation>指定したブロックリストだけに問い合わせます。ID=ZONE でリストに別のゾーン（ローカルミラーなど）を使います。複数指定できます。</translation>
    </message>
    <message>
        <source>Ask only the given DKIM selectors, not the common ones.</source>
        <translation>よく使われるセレクタは試さず、指定した DKIM セレクタだけを問い合わせます。</translation>
    </message>
    <message>
        <source>The domain to check (Unicode names accepted).</source>
        <translation>確認するドメイン（日本語ドメインも可）。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli check DOMAIN [--ip IP]... [--selector S]... [--helo NAME]</source>
        <translation>使い方: todoku-cli check DOMAIN [--ip IP]... [--selector S]... [--helo NAME]</translation>
    </message>
    <message>
        <source>Unknown blocklist “%1”; known: %2</source>
        <translation>不明なブロックリスト “%1” です。使えるもの: %2</translation>
    </message>
    <message>
        <source>The check command needs DNS, but --offline forbids queries.</source>
        <translation>check コマンドには DNS が必要ですが、--offline で問い合わせが禁止されています。</translation>
    </message>
    <message>
        <source>Domain check of %1</source>
        <translation>%1 のドメインチェック</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>DNS 問い合わせ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Port the authoritative servers are asked on (default 53).</source>
        <translation>権威サーバーに問い合わせるポート（既定値 53）。</translation>
    </message>
</context>
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
    <name>DkimCommand</name>
    <message>
        <source>Make a DKIM key pair (dkim keygen) or verify the DKIM signatures of a message (dkim verify FILE).</source>
        <translation>DKIM の鍵ペアを作成するか（dkim keygen）、メッセージの DKIM 署名を検証します（dkim verify FILE）。</translation>
    </message>
    <message>
        <source>keygen: the signing domain (d=).</source>
        <translation>keygen: 署名ドメイン（d=）。</translation>
    </message>
    <message>
        <source>keygen: the selector (s=).</source>
        <translation>keygen: セレクタ（s=）。</translation>
    </message>
    <message>
        <source>keygen: rsa2048 (default), rsa1024, rsa3072, rsa4096 or ed25519.</source>
        <translation>keygen: rsa2048（既定）、rsa1024、rsa3072、rsa4096、ed25519 のいずれか。</translation>
    </message>
    <message>
        <source>keygen: where to write the private key (PEM, mode 0600).</source>
        <translation>keygen: 秘密鍵の保存先（PEM 形式、パーミッション 0600）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>実行する操作。</translation>
    </message>
    <message>
        <source>verify: the message file (.eml).</source>
        <translation>verify: メッセージのファイル（.eml）。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli dkim keygen --domain D --selector S [--type TYPE] --out KEY.pem | todoku-cli dkim verify FILE</source>
        <translation>使い方: todoku-cli dkim keygen --domain D --selector S [--type TYPE] --out KEY.pem | todoku-cli dkim verify FILE</translation>
    </message>
    <message>
        <source>dkim keygen needs --domain, --selector and --out.</source>
        <translation>dkim keygen には --domain、--selector、--out が必要です。</translation>
    </message>
    <message>
        <source>Unknown key type “%1”. Use rsa2048, rsa1024, rsa3072, rsa4096 or ed25519.</source>
        <translation>“%1” は不明な鍵の種類です。rsa2048、rsa1024、rsa3072、rsa4096、ed25519 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable only by you). Keep it secret.</source>
        <translation>秘密鍵を %1 に保存しました（あなただけが読み取れます）。他人に知られないように保管してください。</translation>
    </message>
    <message>
        <source>Publish this TXT record:</source>
        <translation>次の TXT レコードを公開してください:</translation>
    </message>
    <message>
        <source>As one value:</source>
        <translation>1 つの値として:</translation>
    </message>
    <message>
        <source>“%1” is not a mail message: no header fields were found.</source>
        <translation>“%1” はメールのメッセージではありません。ヘッダーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>dkim verify needs DNS for the keys, but --offline forbids queries.</source>
        <translation>dkim verify は鍵の取得に DNS を使いますが、--offline が指定されているため問い合わせできません。</translation>
    </message>
    <message>
        <source>DKIM-Signature (line %1): d=%2 s=%3 %4: %5</source>
        <translation>DKIM-Signature（%1 行目）: d=%2 s=%3 %4: %5</translation>
    </message>
    <message>
        <source>ARC chain: %1 (instances: %2)</source>
        <translation>ARC チェーン: %1（インスタンス数: %2）</translation>
    </message>
    <message>
        <source>  ARC-Seal i=%1 (line %2): d=%3 s=%4 cv=%5 seal: %6</source>
        <translation>  ARC-Seal i=%1（%2 行目）: d=%3 s=%4 cv=%5 シール: %6</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>, message signature: %1</source>
        <translation>、メッセージ署名: %1</translation>
    </message>
</context>
<context>
    <name>DkimFindings</name>
    <message>
        <source>The DKIM key is weak</source>
        <translation>DKIM の鍵が弱すぎます</translation>
    </message>
    <message>
        <source>The key has %1 bits. Gmail still accepts 1024-bit keys, but %2 bits are recommended and shorter keys are rejected.</source>
        <translation>鍵の長さは %1 ビットです。Gmail は 1024 ビットの鍵をまだ受け付けますが、%2 ビットが推奨されており、それより短い鍵は拒否されます。</translation>
    </message>
    <message>
        <source>Make a 2048-bit key with a new selector and publish it.</source>
        <translation>新しいセレクタで 2048 ビットの鍵を作成し、公開してください。</translation>
    </message>
    <message>
        <source>The DKIM record is long</source>
        <translation>DKIM レコードが長くなります</translation>
    </message>
    <message>
        <source>A %1-bit key makes a TXT record that some DNS hosts cannot store and that needs TCP or large UDP answers.</source>
        <translation>%1 ビットの鍵では TXT レコードが長くなり、登録できない DNS サービスがあるほか、応答に TCP や大きな UDP パケットが必要になります。</translation>
    </message>
    <message>
        <source>Check that your DNS host accepts the long value; 2048 bits are enough for Gmail.</source>
        <translation>お使いの DNS サービスが長い値を登録できるか確認してください。Gmail には 2048 ビットで十分です。</translation>
    </message>
    <message>
        <source>Ed25519 only beside an RSA signature</source>
        <translation>Ed25519 は RSA の署名と併用してください</translation>
    </message>
    <message>
        <source>Gmail is reported not to verify Ed25519 signatures. An Ed25519 signature alone does not authenticate mail to Gmail.</source>
        <translation>Gmail は Ed25519 の署名を検証しないと報告されています。Ed25519 の署名だけでは、Gmail 宛てのメールは認証されません。</translation>
    </message>
    <message>
        <source>Sign with an RSA key as well, under a different selector.</source>
        <translation>別のセレクタで RSA の鍵による署名も付けてください。</translation>
    </message>
    <message>
        <source>The DKIM key is revoked</source>
        <translation>DKIM の鍵が失効しています</translation>
    </message>
    <message>
        <source>The record at %1 has an empty p=, which means the key was withdrawn.</source>
        <translation>%1 のレコードの p= が空です。これは鍵が取り消されたことを意味します。</translation>
    </message>
    <message>
        <source>Publish the current public key, or stop signing with this selector.</source>
        <translation>現在の公開鍵を公開するか、このセレクタでの署名をやめてください。</translation>
    </message>
    <message>
        <source>The key forbids subdomains in i=</source>
        <translation>この鍵は i= にサブドメインを使うことを禁止しています</translation>
    </message>
    <message>
        <source>The record at %1 has t=s (opendkim-genkey adds it): signatures whose i= is a subdomain of d= fail.</source>
        <translation>%1 のレコードに t=s があります（opendkim-genkey が付けるものです）。i= が d= のサブドメインである署名は検証に失敗します。</translation>
    </message>
    <message>
        <source>Remove t=s unless you mean it, or sign with an i= in exactly the d= domain.</source>
        <translation>意図したものでなければ t=s を削除するか、i= を d= と同じドメインにして署名してください。</translation>
    </message>
    <message>
        <source>The key is limited to s=email</source>
        <translation>この鍵は s=email に限定されています</translation>
    </message>
    <message>
        <source>The record at %1 has s=email. This is harmless for mail, but it was probably copied from another tool&apos;s output.</source>
        <translation>%1 のレコードに s=email があります。メールには影響しませんが、別のツールの出力をコピーしたものと思われます。</translation>
    </message>
    <message>
        <source>The DKIM record cannot be read</source>
        <translation>DKIM レコードを読み取れません</translation>
    </message>
    <message>
        <source>The record at %1 has an error at character %3: %2. Receivers ignore the key and report permerror.</source>
        <translation>%1 のレコードの %3 文字目に誤りがあります（%2）。受信側はこの鍵を無視し、permerror と判定します。</translation>
    </message>
    <message>
        <source>Publish the value exactly as generated: v=DKIM1; k=rsa; p= followed by the key.</source>
        <translation>生成された値をそのまま公開してください（v=DKIM1; k=rsa; p= の後に鍵が続きます）。</translation>
    </message>
    <message>
        <source>Quotation marks inside the DKIM record</source>
        <translation>DKIM レコードの中に引用符があります</translation>
    </message>
    <message>
        <source>The record at %1 contains the character &quot;. The DNS host stored the quotes as part of the value, which breaks the key.</source>
        <translation>%1 のレコードに &quot; の文字が含まれています。DNS サービスが引用符を値の一部として登録したため、鍵が壊れています。</translation>
    </message>
    <message>
        <source>Enter the value without quotation marks, or in the split form your DNS host asks for.</source>
        <translation>引用符を付けずに値を入力するか、DNS サービスが指定する分割形式で入力してください。</translation>
    </message>
    <message>
        <source>Spaces or line breaks inside p=</source>
        <translation>p= の中に空白や改行があります</translation>
    </message>
    <message>
        <source>The key in the record at %1 contains white space, as happens when a long value is pasted into a web form. Receivers may ignore it, but many do not.</source>
        <translation>%1 のレコードの鍵に空白が含まれています。長い値を Web フォームに貼り付けたときによく起こります。空白を無視する受信側もありますが、多くは無視しません。</translation>
    </message>
    <message>
        <source>Enter the key as one unbroken line.</source>
        <translation>鍵は改行や空白を入れずに 1 行で入力してください。</translation>
    </message>
    <message>
        <source>The DKIM record has no p=</source>
        <translation>DKIM レコードに p= がありません</translation>
    </message>
    <message>
        <source>The record at %1 has no p= tag, so receivers find no key and report permerror.</source>
        <translation>%1 のレコードに p= タグがないため、受信側は鍵を見つけられず permerror と判定します。</translation>
    </message>
    <message>
        <source>Publish the whole value, including p= and the key.</source>
        <translation>p= と鍵を含む値全体を公開してください。</translation>
    </message>
    <message>
        <source>The key in p= is damaged</source>
        <translation>p= の鍵が壊れています</translation>
    </message>
    <message>
        <source>The key in the record at %1 is not a valid %2 public key. Part of it may be missing because the record was split or cut in the wrong place.</source>
        <translation>%1 のレコードの鍵は有効な %2 の公開鍵ではありません。レコードを誤った位置で分割したか切り詰めたため、一部が欠けている可能性があります。</translation>
    </message>
    <message>
        <source>Copy the whole record value again from where the key was made.</source>
        <translation>鍵を作成した場所から、レコードの値全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>DKIM key record is usable</source>
        <translation>DKIM の鍵レコードは使用できます</translation>
    </message>
    <message>
        <source>The record at %1 holds a %2 key of %3 bits.</source>
        <translation>%1 のレコードには %3 ビットの %2 の鍵があります。</translation>
    </message>
    <message>
        <source>The signature has expired</source>
        <translation>署名の有効期限が切れています</translation>
    </message>
    <message>
        <source>The signature of %1 expired at %2 (x=).</source>
        <translation>%1 の署名は %2 に有効期限が切れました（x=）。</translation>
    </message>
    <message>
        <source>Signatures are checked when mail arrives; an old message may show this.</source>
        <translation>署名はメールの到着時に検証されます。古いメッセージではこの表示になることがあります。</translation>
    </message>
    <message>
        <source>The signature is dated in the future</source>
        <translation>署名の日時が未来になっています</translation>
    </message>
    <message>
        <source>The signature of %1 has t=%2, later than now.</source>
        <translation>%1 の署名の t=%2 は現在より後の日時です。</translation>
    </message>
    <message>
        <source>Check the clock of the signing server.</source>
        <translation>署名するサーバーの時計を確認してください。</translation>
    </message>
    <message>
        <source>The signature covers only part of the body</source>
        <translation>署名が本文の一部しか対象にしていません</translation>
    </message>
    <message>
        <source>The signature of %1 has l=%2: text added after that point is not protected.</source>
        <translation>%1 の署名に l=%2 があります。その位置より後に追加された文章は保護されません。</translation>
    </message>
    <message>
        <source>Turn off the body length limit (l=) in the signer.</source>
        <translation>署名側で本文の長さの指定（l=）を無効にしてください。</translation>
    </message>
    <message>
        <source>The signature uses SHA-1</source>
        <translation>署名に SHA-1 が使われています</translation>
    </message>
    <message>
        <source>The signature of %1 uses rsa-sha1, which RFC 8301 forbids; many receivers treat it as failed.</source>
        <translation>%1 の署名は RFC 8301 で禁止されている rsa-sha1 を使っています。多くの受信側は検証失敗として扱います。</translation>
    </message>
    <message>
        <source>Configure the signer for rsa-sha256.</source>
        <translation>署名側で rsa-sha256 を使うように設定してください。</translation>
    </message>
    <message>
        <source>i= is outside d=</source>
        <translation>i= が d= のドメインの外にあります</translation>
    </message>
    <message>
        <source>The signature&apos;s i=%2 is not in the signing domain %1.</source>
        <translation>署名の i=%2 は署名ドメイン %1 に含まれていません。</translation>
    </message>
    <message>
        <source>Configure the signer so that i= ends with the d= domain.</source>
        <translation>i= が d= のドメインで終わるように署名側を設定してください。</translation>
    </message>
    <message>
        <source>The From header is not signed</source>
        <translation>From ヘッダーが署名されていません</translation>
    </message>
    <message>
        <source>The h= list of the signature of %1 does not contain From.</source>
        <translation>%1 の署名の h= に From が含まれていません。</translation>
    </message>
    <message>
        <source>Configure the signer to sign the From header.</source>
        <translation>From ヘッダーを署名するように署名側を設定してください。</translation>
    </message>
    <message>
        <source>The DKIM-Signature header cannot be read</source>
        <translation>DKIM-Signature ヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>The DKIM-Signature header has an error at character %2: %1.</source>
        <translation>DKIM-Signature ヘッダーの %2 文字目に誤りがあります（%1）。</translation>
    </message>
    <message>
        <source>If you pasted the message, copy the whole header again; otherwise the signer is broken.</source>
        <translation>メッセージを貼り付けた場合は、ヘッダー全体をもう一度コピーしてください。そうでない場合は、署名側に不具合があります。</translation>
    </message>
    <message>
        <source>The key does not suit the signature</source>
        <translation>鍵が署名に合っていません</translation>
    </message>
    <message>
        <source>The signature of %1 uses %2, but the key at %3 is of type %4 or does not allow it.</source>
        <translation>%1 の署名は %2 を使っていますが、%3 の鍵の種類は %4 であるか、その方式を許可していません。</translation>
    </message>
    <message>
        <source>Publish the key that belongs to the signer&apos;s selector.</source>
        <translation>署名者のセレクタに対応する鍵を公開してください。</translation>
    </message>
    <message>
        <source>Lines %2–%3 were added after %1 signed</source>
        <translation>%2〜%3 行目は %1 の署名後に追加されました</translation>
    </message>
    <message>
        <source>Without lines %2–%3 at the end, the body matches the signature of %1 exactly: those lines were added on the way, as mailing lists add footers and security gateways add disclaimers. The rest of the body is as signed.</source>
        <translation>末尾の %2〜%3 行目を除くと、本文は %1 の署名と完全に一致します。これらの行は配送の途中で追加されたものです（メーリングリストのフッターやセキュリティ装置の免責文など）。それ以外の本文は署名されたときのままです。</translation>
    </message>
    <message>
        <source>Have the footer added before signing, or turn it off; a mailing list should sign the message again with its own domain.</source>
        <translation>フッターは署名の前に追加するか、追加をやめてください。メーリングリストは自分のドメインで署名し直すべきです。</translation>
    </message>
    <message>
        <source>Your copy of the message was altered (%2)</source>
        <translation>お使いのメールのコピーが変更されています（%2）</translation>
    </message>
    <message>
        <source>With that change undone (%2), the body matches the signature of %1 exactly. The message was intact when it arrived; the copy you gave Todoku was changed by a browser, an editor or a transfer.</source>
        <translation>その変更（%2）を元に戻すと、本文は %1 の署名と完全に一致します。メールは届いた時点では変更されていません。Todoku に渡したコピーが、ブラウザ、エディタ、または転送の途中で変更されています。</translation>
    </message>
    <message>
        <source>Open the downloaded .eml file instead of copied text (in Gmail: &quot;Download original&quot;).</source>
        <translation>コピーした文章ではなく、ダウンロードした .eml ファイルを開いてください（Gmail では「元のメッセージをダウンロード」）。</translation>
    </message>
    <message>
        <source>The body was converted to UTF-8 after %1 signed it in %2</source>
        <translation>%1 が %2 で署名した本文が、署名後に UTF-8 に変換されました</translation>
    </message>
    <message>
        <source>Converted back to %2, the body matches the signature of %1 exactly: it was signed in %2 and re-encoded as UTF-8 afterwards, by a program on the way or by the page a copy was taken from.</source>
        <translation>本文を %2 に戻すと、%1 の署名と完全に一致します。本文は %2 で署名された後、配送途中のプログラムか、コピー元のページによって UTF-8 に再エンコードされています。</translation>
    </message>
    <message>
        <source>If you copied the message from a page, open the downloaded .eml file instead. Otherwise find the server or filter that converts the text, or sign after it.</source>
        <translation>ページからコピーした場合は、代わりにダウンロードした .eml ファイルを開いてください。そうでなければ、文字コードを変換しているサーバーやフィルターを探すか、その後で署名してください。</translation>
    </message>
    <message>
        <source>The body was changed after %1 signed it</source>
        <translation>%1 の署名後に本文が変更されました</translation>
    </message>
    <message>
        <source>Todoku tried %2; none of these makes the body match the signature. The body was changed after signing in some other way; which change cannot be told from the message.</source>
        <translation>Todoku は %2 を試しましたが、どれも本文を署名と一致させませんでした。本文は署名後に別の方法で変更されています。どのような変更かはメールからは判断できません。</translation>
    </message>
    <message>
        <source>Look for a program between the signer and the receiver that rewrites messages (footer, disclaimer, antivirus, format conversion), or sign after it.</source>
        <translation>署名側と受信側の間でメールを書き換えるプログラム（フッター、免責文、ウイルス対策、形式の変換）を探すか、その後で署名してください。</translation>
    </message>
    <message>
        <source>The body differs from what %1 signed</source>
        <translation>本文が %1 の署名したものと異なります</translation>
    </message>
    <message>
        <source>Todoku tried %2; none of these makes the body match the signature. Either the body was changed after signing, or the copy was: this text was copied from a page, and a copy can lose tabs, trailing spaces or line breaks in ways that cannot be undone.</source>
        <translation>Todoku は %2 を試しましたが、どれも本文を署名と一致させませんでした。署名後に本文が変更されたか、コピーが変更されています。この文章はページからコピーされたもので、コピーではタブ、行末の空白、改行が元に戻せない形で失われることがあります。</translation>
    </message>
    <message>
        <source>Check the downloaded .eml file (in Gmail: &quot;Download original&quot;). If it fails too, look for a program on the way that rewrites the body.</source>
        <translation>ダウンロードした .eml ファイル（Gmail では「元のメッセージをダウンロード」）で確認してください。それでも失敗する場合は、配送途中で本文を書き換えるプログラムを探してください。</translation>
    </message>
    <message>
        <source>None of the changes Todoku can undo applies to this body, so it cannot say what changed.</source>
        <translation>Todoku が元に戻せる変更はどれもこの本文に当てはまらないため、何が変更されたかは分かりません。</translation>
    </message>
    <message>
        <source>Spaces, tabs and line ends are not the cause</source>
        <translation>空白、タブ、改行は原因ではありません</translation>
    </message>
    <message>
        <source>The signature of %1 uses relaxed body canonicalization, which ignores tabs turned into spaces, trailing spaces, empty lines at the end, a missing final line break and LF instead of CRLF. Whatever changed the body changed more than that.</source>
        <translation>%1 の署名は本文の正規化に relaxed を使っており、タブから空白への置き換え、行末の空白、末尾の空行、最後の改行の欠落、CRLF の代わりの LF は無視されます。本文の変更はそれ以上のものです。</translation>
    </message>
    <message>
        <source>leaving out lines at the end</source>
        <translation>末尾の行を除くこと</translation>
    </message>
    <message>
        <source>no-break spaces back to spaces</source>
        <translation>ノーブレークスペースを空白に戻すこと</translation>
    </message>
    <message>
        <source>spaces turned into no-break spaces</source>
        <translation>空白がノーブレークスペースに置き換えられている</translation>
    </message>
    <message>
        <source>runs of spaces back to tabs</source>
        <translation>連続した空白をタブに戻すこと</translation>
    </message>
    <message>
        <source>tabs turned into spaces</source>
        <translation>タブが空白に置き換えられている</translation>
    </message>
    <message>
        <source>every space before a tab stop back to a tab</source>
        <translation>タブ位置の直前の空白をすべてタブに戻すこと</translation>
    </message>
    <message>
        <source>doubled CR at line ends removed</source>
        <translation>行末で重複した CR を取り除くこと</translation>
    </message>
    <message>
        <source>line ends converted twice (CR CR LF)</source>
        <translation>改行が二重に変換されている（CR CR LF）</translation>
    </message>
    <message>
        <source>the ESC characters of ISO-2022-JP restored</source>
        <translation>ISO-2022-JP の ESC 文字を復元すること</translation>
    </message>
    <message>
        <source>the invisible ESC characters of ISO-2022-JP text dropped</source>
        <translation>ISO-2022-JP の文章から見えない ESC 文字が失われている</translation>
    </message>
    <message>
        <source>converting the text to %1</source>
        <translation>本文を %1 に変換すること</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the items of the list &quot;Todoku tried A, B, C&quot;.</extracomment>
        <translation>、</translation>
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
        <source>A domain SPF passed for (the envelope sender&apos;s); checks alignment. May be repeated.</source>
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
        <source>Usage: todoku-cli dmarc DOMAIN | todoku-cli dmarc --record &quot;v=DMARC1; ...&quot;</source>
        <translation>使い方: todoku-cli dmarc ドメイン | todoku-cli dmarc --record &quot;v=DMARC1; ...&quot;</translation>
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
        <source>Publish a TXT record at _dmarc.%2, for example &quot;v=DMARC1; p=none; rua=mailto:dmarc@%2&quot;.</source>
        <translation>_dmarc.%2 に TXT レコードを公開してください。例: &quot;v=DMARC1; p=none; rua=mailto:dmarc@%2&quot;</translation>
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
        <source>Correct the record so that it reads like &quot;v=DMARC1; p=none&quot;.</source>
        <translation>&quot;v=DMARC1; p=none&quot; のような形になるようにレコードを修正してください。</translation>
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
        <source>Check that the domain&apos;s DNS servers answer reliably.</source>
        <translation>ドメインの DNS サーバーが安定して応答しているか確認してください。</translation>
    </message>
    <message>
        <source>Invalid value in the DMARC record</source>
        <translation>DMARC レコードに無効な値があります</translation>
    </message>
    <message>
        <source>The value &quot;%2&quot; of %1= (character %3) is not valid; receivers use the default instead.</source>
        <translation>%1= の値 &quot;%2&quot;（%3 文字目）は無効です。受信側は代わりに既定値を使います。</translation>
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
        <source>p=none meets Gmail&apos;s requirement but asks receivers to do nothing with mail that fails, so forged mail in your name is still delivered.</source>
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
        <source>Ask the report receiver to publish TXT &quot;v=DMARC1&quot; at %3, or use an address in your own domain.</source>
        <translation>レポートの受信者に %3 へ TXT &quot;v=DMARC1&quot; を公開してもらうか、自社ドメインのアドレスを使ってください。</translation>
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
        <source>Use a return-path (envelope sender) address in %2&apos;s organisational domain.</source>
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
    <message>
        <source>The record at %1 has a syntax error at character %3: %2. Receivers ignore it.</source>
        <translation>%1 のレコードの %3 文字目に構文エラーがあります（%2）。受信側はこのレコードを無視します。</translation>
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
    <name>DnsFindings</name>
    <message>
        <source>All authoritative servers give the same %2 answer</source>
        <translation>すべての権威サーバーが同じ %2 の応答を返しています</translation>
    </message>
    <message>
        <source>The %3 authoritative server addresses of %1 were asked directly over UDP and TCP and all answered alike.</source>
        <translation>%1 の権威サーバー %3 アドレスに UDP と TCP で直接問い合わせ、すべて同じ応答でした。</translation>
    </message>
    <message>
        <source>The authoritative servers disagree about %1 %2</source>
        <translation>権威サーバーごとに %1 の %2 レコードが異なります</translation>
    </message>
    <message>
        <source>Asked directly, the servers of the zone give %3 different answers for %1 %2. A receiving server sees one or the other depending on which it asks, so checks pass at one moment and fail at the next.</source>
        <translation>ゾーンのサーバーに直接問い合わせると、%1 の %2 について %3 通りの異なる応答が返ります。受信側はどのサーバーに問い合わせたかでどちらかを見るため、認証が成功したり失敗したりします。</translation>
    </message>
    <message>
        <source>Make every server serve the same zone: check that the secondaries transfer from the primary (the SOA serial was raised), or remove the old DNS host from the NS records at the registrar.</source>
        <translation>すべてのサーバーが同じゾーンを返すようにしてください。セカンダリーがプライマリーからゾーン転送できているか（SOA のシリアル番号を上げたか）を確認するか、レジストラーの NS レコードから古い DNS サーバーを外してください。</translation>
    </message>
    <message>
        <source>%1 (%2) does not answer over %5</source>
        <translation>%1（%2）が %5 で応答しません</translation>
    </message>
    <message>
        <source>The authoritative server %1 at %2 gave no answer to %3 %4 over %5 in time. Receivers that ask it get a temporary error (temperror) instead of your record.</source>
        <translation>権威サーバー %1（%2）は %3 の %4 の問い合わせに %5 で時間内に応答しませんでした。このサーバーに問い合わせた受信側には、レコードの代わりに一時エラー（temperror）が返ります。</translation>
    </message>
    <message>
        <source>Ask your DNS host to fix or remove this server; a firewall that drops DNS over %5 has the same effect.</source>
        <translation>DNS 事業者にこのサーバーの修正または削除を依頼してください。%5 の DNS を遮断するファイアウォールでも同じことが起きます。</translation>
    </message>
    <message>
        <source>%1 (%2) answers SERVFAIL</source>
        <translation>%1（%2）が SERVFAIL を返します</translation>
    </message>
    <message>
        <source>The authoritative server %1 at %2 answered %3 %4 with SERVFAIL: it has no usable copy of the zone (a failed transfer or a broken zone file). Receivers see a temporary error (temperror).</source>
        <translation>権威サーバー %1（%2）は %3 の %4 に SERVFAIL を返しました。使えるゾーンのデータを持っていません（ゾーン転送の失敗やゾーンファイルの誤り）。受信側には一時エラー（temperror）になります。</translation>
    </message>
    <message>
        <source>Ask your DNS host to reload the zone on that server or take it out of the NS set.</source>
        <translation>DNS 事業者に、そのサーバーでゾーンを再読み込みするか NS レコードから外すよう依頼してください。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be reached over %5</source>
        <translation>%1（%2）に %5 で接続できません</translation>
    </message>
    <message>
        <source>The query %3 %4 to the authoritative server %1 at %2 over %5 was refused or failed on the network.</source>
        <translation>権威サーバー %1（%2）への %3 の %4 の問い合わせ（%5）は拒否されたか、ネットワークで失敗しました。</translation>
    </message>
    <message>
        <source>Ask your DNS host whether the server is still in service.</source>
        <translation>そのサーバーがまだ稼働しているか DNS 事業者に確認してください。</translation>
    </message>
    <message>
        <source>%1 (%2) truncates %3 and does not answer over TCP</source>
        <translation>%1（%2）は %3 の応答を切り詰め、TCP では応答しません</translation>
    </message>
    <message>
        <source>The UDP answer for %3 %4 is too large and is marked truncated, and the same question over TCP gets no answer. Receivers cannot read the record at all.</source>
        <translation>%3 の %4 の UDP 応答は大きすぎるため切り詰められ（TC ビット）、同じ問い合わせを TCP で送っても応答がありません。受信側はこのレコードをまったく読めません。</translation>
    </message>
    <message>
        <source>Allow DNS over TCP port 53 to this server, or make the record shorter.</source>
        <translation>このサーバーへの TCP 53 番ポートの DNS を許可するか、レコードを短くしてください。</translation>
    </message>
    <message>
        <source>%1 (%2) does not serve %3</source>
        <translation>%1（%2）は %3 を管理していません</translation>
    </message>
    <message>
        <source>%1 is listed as a name server of %3 but refused or answered without authority: a lame delegation. Queries that reach it fail.</source>
        <translation>%1 は %3 のネームサーバーとして登録されていますが、問い合わせを拒否したか権威のない応答を返しました（lame delegation）。このサーバーに届いた問い合わせは失敗します。</translation>
    </message>
    <message>
        <source>Remove %1 from the NS records at your registrar, or add the zone to that server.</source>
        <translation>レジストラーの NS レコードから %1 を外すか、そのサーバーにゾーンを追加してください。</translation>
    </message>
    <message>
        <source>No name servers found for %1</source>
        <translation>%1 のネームサーバーが見つかりません</translation>
    </message>
    <message>
        <source>Looking for the NS records of %1 and its parent domains ended with %2, so its authoritative servers could not be asked.</source>
        <translation>%1 とその親ドメインの NS レコードを探しましたが %2 で終わったため、権威サーバーに問い合わせられませんでした。</translation>
    </message>
    <message>
        <source>The name server %1 has no address</source>
        <translation>ネームサーバー %1 にアドレスがありません</translation>
    </message>
    <message>
        <source>%1 is a name server of %2, but it has no A or AAAA record, so nobody can ask it.</source>
        <translation>%1 は %2 のネームサーバーですが、A レコードも AAAA レコードもないため、だれも問い合わせられません。</translation>
    </message>
    <message>
        <source>Correct the NS record at your registrar.</source>
        <translation>レジストラーで NS レコードを修正してください。</translation>
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
    <name>DnsblFindings</name>
    <message>
        <source>%1 is listed on %2</source>
        <translation>%1 は %2 に掲載されています</translation>
    </message>
    <message>
        <source>%2 answered %3 (%4) for %1. Receivers that use this list refuse or junk mail from it. The list says: %5</source>
        <translation>%2 は %1 について %3（%4）を返しました。このリストを使う受信側は、ここからのメールを拒否するか迷惑メールにします。リストの説明: %5</translation>
    </message>
    <message>
        <source>Find and stop the cause first (an infected computer, an open relay, a compromised account, a bad mailing list), then ask %2 for removal on its website.</source>
        <translation>まず原因（ウイルス感染した端末、オープンリレー、乗っ取られたアカウント、不適切な配信リストなど）を突き止めて止め、そのうえで %2 のウェブサイトから削除を申請してください。</translation>
    </message>
    <message>
        <source>%2 could not be checked for %1</source>
        <translation>%1 を %2 で確認できませんでした</translation>
    </message>
    <message>
        <source>%2 gave no usable answer (%3 %4). This does not mean %1 is listed: Spamhaus, for example, refuses queries that come through public DNS resolvers or exceed its free limit.</source>
        <translation>%2 から使える応答がありませんでした（%3 %4）。%1 が掲載されているという意味ではありません。たとえば Spamhaus は、公開 DNS リゾルバー経由の問い合わせや無料枠を超えた問い合わせには答えません。</translation>
    </message>
    <message>
        <source>Check again through your own resolver (not 8.8.8.8 or 1.1.1.1), or enter a Spamhaus DQS key, or look the address up on the list&apos;s website.</source>
        <translation>自前のリゾルバー（8.8.8.8 や 1.1.1.1 以外）で再確認するか、Spamhaus DQS キーを入力するか、リストのウェブサイトで調べてください。</translation>
    </message>
    <message>
        <source>Not listed (%1 checks)</source>
        <translation>掲載なし（%1 件の確認）</translation>
    </message>
</context>
<context>
    <name>DomainCheckPane</name>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>example.jp or 日本語.jp</source>
        <translation>example.jp や 日本語.jp</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>診断(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Sending &amp;IPs:</source>
        <translation>送信元 IP(&amp;I):</translation>
    </message>
    <message>
        <source>Optional: 203.0.113.25, 2001:db8::25</source>
        <translation>省略可: 203.0.113.25, 2001:db8::25</translation>
    </message>
    <message>
        <source>The addresses your mail servers send from, IPv4 and IPv6, separated by commas or spaces. Each one gets its reverse DNS, SPF and blocklist checks.</source>
        <translation>メールサーバーが送信に使う IPv4 / IPv6 アドレスを、カンマか空白で区切って入力します。アドレスごとに逆引き、SPF、ブロックリストを確認します。</translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation>HELO 名(&amp;H):</translation>
    </message>
    <message>
        <source>Optional: mail.example.jp</source>
        <translation>省略可: mail.example.jp</translation>
    </message>
    <message>
        <source>The name your mail server gives in HELO/EHLO.</source>
        <translation>メールサーバーが HELO/EHLO で名乗るホスト名です。</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM セレクタ(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: s1, google</source>
        <translation>省略可: s1, google</translation>
    </message>
    <message>
        <source>The s= value of your DKIM-Signature headers, separated by commas or spaces.</source>
        <translation>DKIM-Signature ヘッダーの s= の値を、カンマか空白で区切って入力します。</translation>
    </message>
    <message>
        <source>Spamhaus D&amp;QS key:</source>
        <translation>Spamhaus DQS キー(&amp;Q):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Spamhaus answers queries from public resolvers with “could not check”. A free Data Query Service key lets Todoku ask Spamhaus through its own zone.</source>
        <translation>Spamhaus は公開リゾルバーからの問い合わせに「確認できません」と応答します。無料の Data Query Service キーがあれば、専用のゾーン経由で Spamhaus に問い合わせます。</translation>
    </message>
    <message>
        <source>Also try common selectors</source>
        <translation>よく使われるセレクタも試す</translation>
    </message>
    <message>
        <source>Looks for keys under the selectors mail services usually choose (google, selector1, default, k1 …), for when you do not know yours.</source>
        <translation>セレクタが分からないときのために、メールサービスがよく使うセレクタ (google, selector1, default, k1 など) でも公開鍵を探します。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>SPF の include ツリー</translation>
    </message>
    <message>
        <source>Record, term or query</source>
        <translation>レコード、項目、問い合わせ</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS 参照回数</translation>
    </message>
    <message>
        <source>DNS queries</source>
        <translation>DNS 問い合わせ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>結果をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves the report as text (.txt) or as JSON (.json), the same JSON as todoku-cli check --json.</source>
        <translation>診断結果をテキスト (.txt) または JSON (.json) で保存します。JSON は todoku-cli check --json と同じ形式です。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>DNS %1 %2: %3</source>
        <translation>DNS %1 %2: %3</translation>
    </message>
    <message>
        <source>Enter the domain to check, e.g. example.jp.</source>
        <translation>診断するドメインを入力してください (例: example.jp)。</translation>
    </message>
    <message>
        <source>“%1” is not a whole domain name. Enter it with its ending, e.g. example.jp.</source>
        <translation>「%1」は完全なドメイン名ではありません。example.jp のように末尾まで入力してください。</translation>
    </message>
    <message>
        <source>Checking %1… %2 of %3 items done.</source>
        <translation>%1 を診断しています… %3 項目中 %2 項目が完了しました。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を診断しています…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled: items not finished are marked as unknown.</source>
        <translation>%1 の診断をキャンセルしました。完了していない項目は不明として表示しています。</translation>
    </message>
    <message>
        <source>%1 has problems that affect delivery to Gmail.</source>
        <translation>%1 には Gmail への配信に影響する問題があります。</translation>
    </message>
    <message>
        <source>%1 passes the essential checks; some items need attention.</source>
        <translation>%1 は主要な確認に合格していますが、注意が必要な項目があります。</translation>
    </message>
    <message>
        <source>%1 passes every check that can be made from outside.</source>
        <translation>%1 は外部から確認できるすべての項目に合格しています。</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · DNS queries: %3</source>
        <translation>エラー: %1 · 警告: %2 · DNS 問い合わせ: %3</translation>
    </message>
    <message>
        <source>MX records of %1</source>
        <translation>%1 の MX レコード</translation>
    </message>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>%1 の逆引き</translation>
    </message>
    <message>
        <source>HELO name %1</source>
        <translation>HELO 名 %1</translation>
    </message>
    <message>
        <source>SPF record of %1</source>
        <translation>%1 の SPF レコード</translation>
    </message>
    <message>
        <source>SPF result for %1</source>
        <translation>%1 からの SPF 評価</translation>
    </message>
    <message>
        <source>DMARC policy of %1</source>
        <translation>%1 の DMARC ポリシー</translation>
    </message>
    <message>
        <source>DKIM keys of %1</source>
        <translation>%1 の DKIM 公開鍵</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>MTA-STS of %1</source>
        <translation>%1 の MTA-STS</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT) of %1</source>
        <translation>%1 の TLS レポート (TLS-RPT)</translation>
    </message>
    <message>
        <source>BIMI record of %1</source>
        <translation>%1 の BIMI レコード</translation>
    </message>
    <message>
        <source>Authoritative DNS servers of %1</source>
        <translation>%1 の権威 DNS サーバー</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender requirements</source>
        <translation>Gmail の送信者ガイドライン</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>ドメイン %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Gmail replies %1</source>
        <translation>Gmail の応答コード: %1</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>%1 of %2 met; the rest cannot be checked from outside or failed</source>
        <translation>%2 項目中 %1 項目を満たしています。残りは外部から確認できないか、不合格です</translation>
    </message>
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
        <source>already evaluated above: a loop</source>
        <translation>上位ですでに評価済み (ループ)</translation>
    </message>
    <message>
        <source>DNS lookups this branch costs (the limit for the whole tree is 10)</source>
        <translation>この枝で必要な DNS 参照の回数です (ツリー全体の上限は 10 回)</translation>
    </message>
    <message>
        <source>(void lookup)</source>
        <translation>（空の参照）</translation>
    </message>
    <message>
        <source>Include tree of %1: every branch with its lookup cost</source>
        <translation>%1 の include ツリー: 枝ごとの参照回数</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>10 回中 %1 回</translation>
    </message>
    <message>
        <source>Evaluation of the HELO name %1 from %2</source>
        <translation>HELO 名 %1 の評価 (送信元 %2)</translation>
    </message>
    <message>
        <source>Evaluation of %1 for %2</source>
        <translation>%1 の評価 (送信元 %2)</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>決め手: %1</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 queries asked, %2 sent to DNS servers (the rest answered from this check&apos;s cache).</source>
        <translation>%1 件を問い合わせ、そのうち %2 件を DNS サーバーに送信しました (残りはこの診断のキャッシュから応答)。</translation>
    </message>
    <message>
        <source>Domain check of %1</source>
        <translation>%1 のドメイン診断</translation>
    </message>
    <message>
        <source>The check was cancelled: items not finished are marked.</source>
        <translation>診断はキャンセルされました。完了していない項目にはその旨を表示しています。</translation>
    </message>
    <message>
        <source>SPF include tree of %1 (%2 of 10 DNS lookups):</source>
        <translation>%1 の SPF include ツリー (DNS 参照 10 回中 %2 回):</translation>
    </message>
    <message>
        <source>[lookups: %1]</source>
        <translation>[参照 %1 回]</translation>
    </message>
    <message>
        <source>%1 DNS queries asked, %2 sent to DNS servers.</source>
        <translation>DNS 問い合わせ %1 件、うち %2 件を DNS サーバーに送信しました。</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>診断結果の書き出し</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>診断結果を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: %2</source>
        <translation>診断結果を %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>See your domain as Gmail sees it</source>
        <translation>Gmail から見たドメインの状態を確認します</translation>
    </message>
    <message>
        <source>Enter the domain and, if you know them, the IPs your mail servers send from, their HELO name and your DKIM selectors, then press Check.</source>
        <translation>ドメインと、分かっていればメールサーバーの送信元 IP、HELO 名、DKIM セレクタを入力して「診断」を押してください。</translation>
    </message>
    <message>
        <source>MX, reverse DNS, HELO, SPF, DKIM, DMARC, blocklists, MTA-STS, TLS-RPT and BIMI are checked at once, and Gmail&apos;s sender requirements are listed with the reply code Gmail gives when one fails. Only DNS queries (and the MTA-STS policy fetch) leave this computer.</source>
        <translation>MX、逆引き、HELO、SPF、DKIM、DMARC、ブロックリスト、MTA-STS、TLS-RPT、BIMI をまとめて確認し、Gmail の送信者ガイドラインを、満たさないときに Gmail が返す応答コードとともに一覧にします。このコンピューターから外に出るのは DNS 問い合わせ (と MTA-STS ポリシーの取得) だけです。</translation>
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
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” に書き込めません: %2</translation>
    </message>
    <message>
        <source>The %1 key could not be generated. The cryptography library reported an error.</source>
        <translation>%1 の鍵を生成できませんでした。暗号ライブラリがエラーを報告しました。</translation>
    </message>
    <message>
        <source>the record does not start with “v=spf1”</source>
        <translation>レコードが「v=spf1」で始まっていません</translation>
    </message>
    <message>
        <source>terms must be separated by spaces</source>
        <translation>項目は半角スペースで区切る必要があります</translation>
    </message>
    <message>
        <source>the term contains a character SPF does not allow, such as a full-width or control character</source>
        <translation>SPF で使えない文字（全角文字や制御文字など）が含まれています</translation>
    </message>
    <message>
        <source>the modifier&apos;s value contains an invalid macro</source>
        <translation>修飾子の値に無効なマクロが含まれています</translation>
    </message>
    <message>
        <source>“%1=” may appear only once in a record</source>
        <extracomment>%1 is a modifier name such as redirect or exp.</extracomment>
        <translation>「%1=」は 1 つのレコードに 1 回しか書けません</translation>
    </message>
    <message>
        <source>“%1=” needs a domain name</source>
        <translation>「%1=」にはドメイン名が必要です</translation>
    </message>
    <message>
        <source>“%1” needs a colon and a domain name, as in “%1:example.com”</source>
        <extracomment>%1 is a mechanism name such as include.</extracomment>
        <translation>「%1」にはコロンとドメイン名が必要です（例:「%1:example.com」）</translation>
    </message>
    <message>
        <source>“%1” needs a colon and an IP address or network</source>
        <translation>「%1」にはコロンと IP アドレスまたはネットワークが必要です</translation>
    </message>
    <message>
        <source>invalid macro: macros are written like %{d} or %{i}, and a percent sign as %%</source>
        <translation>無効なマクロです。マクロは %{d} や %{i} のように書き、パーセント記号そのものは %% と書きます</translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation>有効なドメイン名ではありません</translation>
    </message>
    <message>
        <source>“all” takes no argument</source>
        <translation>「all」には引数を付けられません</translation>
    </message>
    <message>
        <source>unexpected text after “%1”: only “:domain”, “/length” and “//length” may follow</source>
        <extracomment>%1 is a or mx.</extracomment>
        <translation>「%1」の後に余分な文字があります。後ろに書けるのは「:ドメイン」「/プレフィックス長」「//プレフィックス長」だけです</translation>
    </message>
    <message>
        <source>the prefix length after “/” is out of range: 0 to 32 for IPv4, 0 to 128 for IPv6, without leading zeros</source>
        <translation>「/」の後のプレフィックス長が範囲外です。IPv4 では 0〜32、IPv6 では 0〜128 で、先頭に 0 は付けられません</translation>
    </message>
    <message>
        <source>not an IPv4 address (four numbers separated by dots)</source>
        <translation>IPv4 アドレスではありません（ドットで区切った 4 つの数字で書きます）</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>unknown mechanism: SPF knows all, include, a, mx, ptr, ip4, ip6 and exists</source>
        <translation>不明なメカニズムです。SPF で使えるのは all、include、a、mx、ptr、ip4、ip6、exists です</translation>
    </message>
    <message>
        <source>the record must begin with “v=DMARC1”</source>
        <translation>レコードは「v=DMARC1」で始める必要があります</translation>
    </message>
    <message>
        <source>“v=DMARC1” must be followed by a semicolon</source>
        <translation>「v=DMARC1」の後にはセミコロンが必要です</translation>
    </message>
    <message>
        <source>each tag must be written as name=value</source>
        <translation>各タグは「名前=値」の形で書く必要があります</translation>
    </message>
    <message>
        <source>not a valid tag name</source>
        <translation>有効なタグ名ではありません</translation>
    </message>
    <message>
        <source>not a valid URI</source>
        <translation>有効な URI ではありません</translation>
    </message>
    <message>
        <source>a report address must be written as mailto:name@domain</source>
        <translation>レポートの送信先は mailto:名前@ドメイン の形で書く必要があります</translation>
    </message>
    <message>
        <source>the size limit after “!” must be a number, optionally followed by k, m, g or t</source>
        <translation>「!」の後のサイズ上限は数値で書く必要があります（後ろに k、m、g、t を付けられます）</translation>
    </message>
    <message>
        <source>a tag name is expected here</source>
        <translation>ここにはタグ名が必要です</translation>
    </message>
    <message>
        <source>“=” is expected after the tag name</source>
        <translation>タグ名の後に「=」が必要です</translation>
    </message>
    <message>
        <source>a tag value is expected here</source>
        <translation>ここにはタグの値が必要です</translation>
    </message>
    <message>
        <source>a tag appears more than once</source>
        <translation>同じタグが複数回書かれています</translation>
    </message>
    <message>
        <source>the value contains quotation marks</source>
        <translation>値に引用符が含まれています</translation>
    </message>
    <message>
        <source>v= must be the first tag and read v=DKIM1</source>
        <translation>v= は先頭のタグで、値は DKIM1 である必要があります</translation>
    </message>
    <message>
        <source>the public key in p= is not valid base64</source>
        <translation>p= の公開鍵が正しい Base64 ではありません</translation>
    </message>
    <message>
        <source>the record has no p= tag</source>
        <translation>レコードに p= タグがありません</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key</source>
        <translation>p= の値が RSA 公開鍵ではありません</translation>
    </message>
    <message>
        <source>p= does not hold a 32-byte Ed25519 public key</source>
        <translation>p= の値が 32 バイトの Ed25519 公開鍵ではありません</translation>
    </message>
    <message>
        <source>k= must be rsa or ed25519</source>
        <translation>k= は rsa か ed25519 である必要があります</translation>
    </message>
    <message>
        <source>v= must be 1</source>
        <translation>v= は 1 である必要があります</translation>
    </message>
    <message>
        <source>the signature in b= is not valid base64</source>
        <translation>b= の署名が正しい Base64 ではありません</translation>
    </message>
    <message>
        <source>the body hash in bh= is not valid base64</source>
        <translation>bh= の本文ハッシュが正しい Base64 ではありません</translation>
    </message>
    <message>
        <source>c= must be simple or relaxed, optionally followed by /simple or /relaxed</source>
        <translation>c= は simple か relaxed で、後ろに /simple か /relaxed を付けられます</translation>
    </message>
    <message>
        <source>h= must list header names separated by “:”</source>
        <translation>h= にはヘッダー名を「:」で区切って並べる必要があります</translation>
    </message>
    <message>
        <source>l= must be a number</source>
        <translation>l= は数値である必要があります</translation>
    </message>
    <message>
        <source>l= is longer than the body</source>
        <translation>l= が本文の長さを超えています</translation>
    </message>
    <message>
        <source>t= and x= must be numbers of seconds</source>
        <translation>t= と x= は秒数（数値）である必要があります</translation>
    </message>
    <message>
        <source>q= must include dns/txt</source>
        <translation>q= には dns/txt が含まれている必要があります</translation>
    </message>
    <message>
        <source>the required tag %1 is missing</source>
        <extracomment>%1 is a tag such as d= or s=.</extracomment>
        <translation>必須のタグ %1 がありません</translation>
    </message>
    <message>
        <source>From is not among the signed headers (h=)</source>
        <translation>署名対象のヘッダー（h=）に From が含まれていません</translation>
    </message>
    <message>
        <source>i= is not within the d= domain</source>
        <translation>i= が d= のドメインの範囲内にありません</translation>
    </message>
    <message>
        <source>x= must be later than t=</source>
        <translation>x= は t= より後の時刻である必要があります</translation>
    </message>
    <message>
        <source>d= holds no domain</source>
        <translation>d= にドメインがありません</translation>
    </message>
    <message>
        <source>s= holds no selector</source>
        <translation>s= にセレクタがありません</translation>
    </message>
    <message>
        <source>an ARC-Message-Signature has no v= tag</source>
        <translation>ARC-Message-Signature には v= タグを書きません</translation>
    </message>
    <message>
        <source>an ARC-Message-Signature must not sign ARC-Seal (h=)</source>
        <translation>ARC-Message-Signature の署名対象（h=）に ARC-Seal を含めることはできません</translation>
    </message>
    <message>
        <source>i= must be an instance number from 1 to 50</source>
        <translation>i= は 1 から 50 までのインスタンス番号である必要があります</translation>
    </message>
    <message>
        <source>ARC allows only a=rsa-sha256</source>
        <translation>ARC で使えるのは a=rsa-sha256 だけです</translation>
    </message>
    <message>
        <source>a comment opened with “(” is not closed</source>
        <translation>「(」で始まるコメントが閉じられていません</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>ヘッダーが空です</translation>
    </message>
    <message>
        <source>the name of the receiving server (authserv-id) is missing</source>
        <translation>受信サーバーの名前（authserv-id）がありません</translation>
    </message>
    <message>
        <source>the ARC instance number i= is missing</source>
        <translation>ARC のインスタンス番号 i= がありません</translation>
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
        <source>The mail server&apos;s host name (MX, reverse DNS, HELO).</source>
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
    <message>
        <source>Unknown mail service “%1”. Known: %2</source>
        <translation>不明なメールサービス「%1」です。指定できるもの: %2</translation>
    </message>
    <message>
        <source>Let the domain&apos;s own A/AAAA addresses send (adds “a” to SPF: one DNS lookup).</source>
        <translation>ドメイン自身の A/AAAA レコードのアドレスからの送信を許可します（SPF に「a」を追加します。DNS 参照 1 回）。</translation>
    </message>
    <message>
        <source>Let the domain&apos;s MX hosts send (adds “mx” to SPF: one DNS lookup plus one per MX host).</source>
        <translation>ドメインの MX ホストからの送信を許可します（SPF に「mx」を追加します。DNS 参照 1 回と、MX ホストごとに 1 回）。</translation>
    </message>
    <message>
        <source>An SPF record the domain publishes now, merged into the new one; may be repeated.</source>
        <translation>ドメインが現在公開している SPF レコード。新しいレコードに統合します。複数指定できます。</translation>
    </message>
    <message>
        <source>The DMARC record the domain publishes now; its report addresses are kept.</source>
        <translation>ドメインが現在公開している DMARC レコード。レポートの送信先を引き継ぎます。</translation>
    </message>
    <message>
        <source>Ask DNS for the domain&apos;s current SPF and DMARC records and merge them.</source>
        <translation>ドメインの現在の SPF と DMARC のレコードを DNS に問い合わせ、統合します。</translation>
    </message>
    <message>
        <source>--merge-live needs DNS, but --offline forbids queries.</source>
        <translation>--merge-live には DNS が必要ですが、--offline が問い合わせを禁止しています。</translation>
    </message>
    <message>
        <source>Could not ask DNS for the current records of %1: no definite answer.</source>
        <translation>%1 の現在のレコードを DNS に問い合わせられませんでした（確実な応答がありません）。</translation>
    </message>
</context>
<context>
    <name>MailHostFindings</name>
    <message>
        <source>%1 receives mail at %2</source>
        <translation>%1 のメールは %2 で受信されます</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 に MX レコードがありません</translation>
    </message>
    <message>
        <source>Without an MX record, senders try the address of %1 itself (RFC 5321 §5.1). Replies and bounces to your mail may not arrive, and some receivers distrust senders whose domain cannot receive mail.</source>
        <translation>MX レコードがないと、送信側は %1 自体のアドレスに配送しようとします（RFC 5321 §5.1）。返信やエラーメールが届かないことがあり、メールを受信できないドメインからの送信を疑わしいと判断する受信側もあります。</translation>
    </message>
    <message>
        <source>Publish an MX record for %1 that names your mail server, or a null MX (“0 .”) if the domain never receives mail.</source>
        <translation>%1 にメールサーバーを指す MX レコードを公開してください。このドメインでメールを受信しない場合は、null MX（「0 .」）を公開してください。</translation>
    </message>
    <message>
        <source>%1 says it receives no mail (null MX)</source>
        <translation>%1 はメールを受信しないと宣言しています（null MX）</translation>
    </message>
    <message>
        <source>The MX record “0 .” (RFC 7505) tells every sender that %1 accepts no mail. Receivers may also refuse mail that claims to come from it.</source>
        <translation>MX レコード「0 .」（RFC 7505）は、%1 がメールを一切受け付けないことをすべての送信側に伝えます。このドメインを送信元とするメールを拒否する受信側もあります。</translation>
    </message>
    <message>
        <source>If the domain should receive mail, replace it by a real MX record.</source>
        <translation>このドメインでメールを受信する場合は、実際のメールサーバーを指す MX レコードに置き換えてください。</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be read (%2)</source>
        <translation>%1 の MX レコードを取得できませんでした（%2）</translation>
    </message>
    <message>
        <source>The DNS servers of %1 did not give an answer.</source>
        <translation>%1 の DNS サーバーから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask your DNS provider.</source>
        <translation>時間をおいて再確認し、解消しない場合は DNS 事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The MX host %2 is an alias (CNAME)</source>
        <translation>MX ホスト %2 が別名（CNAME）になっています</translation>
    </message>
    <message>
        <source>An MX record must name a host with its own A or AAAA record, not an alias (RFC 2181 §10.3). Most senders cope, but some refuse to deliver.</source>
        <translation>MX レコードには、別名ではなく A または AAAA レコードを持つホスト名を指定する必要があります（RFC 2181 §10.3）。多くの送信側は配送できますが、配送を拒否するものもあります。</translation>
    </message>
    <message>
        <source>Point the MX record of %1 at the name the alias leads to.</source>
        <translation>%1 の MX レコードを、別名の転送先のホスト名に変更してください。</translation>
    </message>
    <message>
        <source>The MX host %2 has no address</source>
        <translation>MX ホスト %2 にアドレスがありません</translation>
    </message>
    <message>
        <source>%1 sends its mail to %2, but %2 has no A or AAAA record (%3), so mail to %1 cannot be delivered there.</source>
        <translation>%1 宛てのメールは %2 に配送されますが、%2 に A/AAAA レコードがない（%3）ため、そこへは配送できません。</translation>
    </message>
    <message>
        <source>Give %2 an address record, or correct the MX record of %1.</source>
        <translation>%2 にアドレスのレコードを追加するか、%1 の MX レコードを修正してください。</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, confirmed forward</source>
        <translation>%1 の逆引きは %2 で、正引きでも確認できました</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record</source>
        <translation>%1 に逆引き（PTR）レコードがありません</translation>
    </message>
    <message>
        <source>Reverse DNS is set by whoever owns the IP address — your VPS, hosting or Internet provider — not in your domain&apos;s DNS. Ask them to set the PTR of %1 to your mail server&apos;s name, and give that name an A record with %1.</source>
        <translation>逆引きはドメインの DNS ではなく、IP アドレスの管理者（VPS、レンタルサーバー、プロバイダー）が設定します。%1 の PTR をメールサーバーのホスト名に設定するよう依頼し、そのホスト名には %1 を値とする A レコードを設定してください。</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 does not point back to it</source>
        <translation>%1 の逆引き名が同じ IP アドレスに正引きできません</translation>
    </message>
    <message>
        <source>%1 has the reverse name %2, but that name has no A/AAAA record with %1. Gmail wants forward-confirmed reverse DNS (FCrDNS): the name must lead back to the same IP.</source>
        <translation>%1 の逆引き名は %2 ですが、この名前には %1 を値とする A/AAAA レコードがありません。Gmail は正引きと逆引きの一致（FCrDNS）を求めており、逆引き名から同じ IP アドレスに戻れる必要があります。</translation>
    </message>
    <message>
        <source>Add an A (or AAAA) record with %1 to the name %2, or ask the IP&apos;s provider to change the PTR to a name that has it.</source>
        <translation>%2 に %1 を値とする A（または AAAA）レコードを追加するか、そのレコードを持つ名前に PTR を変更するよう IP アドレスの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be read (%3)</source>
        <translation>%1 の逆引きを取得できませんでした（%3）</translation>
    </message>
    <message>
        <source>The DNS servers for %2 did not give an answer.</source>
        <translation>%2 の DNS サーバーから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask the IP&apos;s provider.</source>
        <translation>時間をおいて再確認し、解消しない場合は IP アドレスの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Gmail requires every sending IP to have a reverse DNS name that resolves back to the same IP. Without one, Gmail rejects or rate-limits the mail (550 5.7.25 / 421 4.7.23).</source>
        <translation>Gmail は、送信元のすべての IP アドレスに、同じ IP アドレスへ正引きできる逆引き名を求めています。ない場合、Gmail はメールを拒否するか受信を制限します（550 5.7.25 / 421 4.7.23）。</translation>
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
    <name>MessageDiagnosis</name>
    <message>
        <source>The receiving server deferred the message; it was not delivered yet.</source>
        <translation>受信サーバーがメールの受信を保留しました。まだ配信されていません。</translation>
    </message>
    <message>
        <source>Gmail most likely delivered this message to the inbox.</source>
        <translation>Gmail はこのメールをおそらく受信トレイに配信しました。</translation>
    </message>
    <message>
        <source>Gmail most likely put this message in the spam folder.</source>
        <translation>Gmail はこのメールをおそらく迷惑メールフォルダに振り分けました。</translation>
    </message>
    <message>
        <source>The message was rejected and not delivered.</source>
        <translation>メールは拒否され、配信されませんでした。</translation>
    </message>
    <message>
        <source>The input does not show where the message went.</source>
        <translation>入力からはメールがどこに届いたか分かりません。</translation>
    </message>
</context>
<context>
    <name>MessageFindings</name>
    <message>
        <source>Gmail&apos;s words &quot;domain of transitioning&quot; mean soft fail</source>
        <translation>Gmail の &quot;domain of transitioning&quot; はソフトフェイルを意味します</translation>
    </message>
    <message>
        <source>Gmail writes &quot;domain of transitioning %1 does not designate %2 as permitted sender&quot; when the SPF record of %1 ends in ~all (soft fail) and does not list %2: the domain says it is still moving its mail and asks receivers to be lenient, but the mail still counts as unauthenticated by SPF.</source>
        <translation>%1 の SPF レコードが ~all（ソフトフェイル）で終わり、%2 が含まれていない場合、Gmail は &quot;domain of transitioning %1 does not designate %2 as permitted sender&quot; と書きます。ドメインが送信環境の移行中であり寛大な扱いを求めているという意味ですが、メールは SPF で認証されていないものとして扱われます。</translation>
    </message>
    <message>
        <source>Gmail&apos;s words &quot;neither permitted nor denied&quot; mean neutral</source>
        <translation>Gmail の &quot;neither permitted nor denied&quot; はニュートラルを意味します</translation>
    </message>
    <message>
        <source>Gmail writes &quot;%2 is neither permitted nor denied by domain of %1&quot; when the SPF record of %1 ends in ?all or does not cover %2: SPF then says nothing, which for DMARC is the same as failing.</source>
        <translation>%1 の SPF レコードが ?all で終わるか %2 を含まない場合、Gmail は &quot;%2 is neither permitted nor denied by domain of %1&quot; と書きます。このとき SPF は何も示さず、DMARC では失敗と同じ扱いです。</translation>
    </message>
    <message>
        <source>Gmail guessed an SPF record for %1</source>
        <translation>Gmail が %1 の SPF レコードを推測しました</translation>
    </message>
    <message>
        <source>&quot;best guess record&quot; means %1 publishes no SPF at all, and Gmail tried a guess of its own. Treat it as missing SPF, whatever the guess said.</source>
        <translation>&quot;best guess record&quot; は %1 が SPF を全く公開しておらず、Gmail が独自に推測したことを意味します。推測の結果に関わらず、SPF がないものとして扱ってください。</translation>
    </message>
    <message>
        <source>Publish a real SPF record at %1 that lists your sending servers.</source>
        <translation>送信サーバーを記載した本物の SPF レコードを %1 に公開してください。</translation>
    </message>
    <message>
        <source>The recorded client address %1 says nothing about your server</source>
        <translation>記録された送信元アドレス %1 はあなたのサーバーについて何も示していません</translation>
    </message>
    <message>
        <source>Gmail recorded %1 as the sending address. That happens when Gmail fetched or imported the message instead of receiving it over SMTP, so the SPF result here does not describe your mail server.</source>
        <translation>Gmail は送信元アドレスとして %1 を記録しました。Gmail が SMTP で受信したのではなく、メッセージを取得・インポートした場合に起こります。そのため、ここでの SPF の結果はあなたのメールサーバーを表していません。</translation>
    </message>
    <message>
        <source>Check SPF for your real sending server instead (todoku-cli spf, or the domain check).</source>
        <translation>代わりに実際の送信サーバーで SPF を確認してください（todoku-cli spf、またはドメインチェック）。</translation>
    </message>
    <message>
        <source>SPF was checked for the HELO name %1</source>
        <translation>SPF は HELO 名 %1 に対して確認されました</translation>
    </message>
    <message>
        <source>The result %2 is for the name the server gave in HELO/EHLO, not for an envelope sender (the envelope sender was empty, as in bounces). DMARC does not use it.</source>
        <translation>結果 %2 は、エンベロープ送信者ではなくサーバーが HELO/EHLO で名乗った名前に対するものです（エラーメールのようにエンベロープ送信者が空でした）。DMARC はこの結果を使いません。</translation>
    </message>
    <message>
        <source>DKIM signature of %1 verifies</source>
        <translation>%1 の DKIM 署名は検証に成功しています</translation>
    </message>
    <message>
        <source>The electronic signature (DKIM) of %1 with selector %2 matched the public key in DNS: the message was not changed on the way.</source>
        <translation>%1 の電子署名（DKIM、セレクタ %2）は DNS の公開鍵と一致しました。メールは途中で変更されていません。</translation>
    </message>
    <message>
        <source>DKIM: the message body was changed after signing (%1)</source>
        <translation>DKIM: 署名後に本文が変更されました（%1）</translation>
    </message>
    <message>
        <source>&quot;body hash did not verify&quot;: the body Gmail received is not the body %1 signed. A footer added by a mailing list or security gateway, re-encoding, or trimmed spaces do this. Text copied out of Gmail&apos;s page can also lose tabs or trailing spaces — use &quot;Download original&quot; to check.</source>
        <translation>&quot;body hash did not verify&quot; は、Gmail が受け取った本文が %1 の署名した本文と異なることを意味します。メーリングリストやセキュリティ装置によるフッターの追加、再エンコード、空白の削除などが原因です。Gmail の画面からコピーした文章でもタブや行末の空白が失われることがあるため、「元のメッセージをダウンロード」で確認してください。</translation>
    </message>
    <message>
        <source>Sign after every program that changes the body (disclaimer, footer, antivirus), or stop the change; for lists, sign as the list.</source>
        <translation>本文を変更するプログラム（免責文、フッター、ウイルス対策）の後で署名するか、変更をやめてください。メーリングリストではリストとして署名してください。</translation>
    </message>
    <message>
        <source>DKIM signature of %1 does not verify</source>
        <translation>%1 の DKIM 署名の検証に失敗しています</translation>
    </message>
    <message>
        <source>The signature (DKIM, selector %2) does not match the public key in DNS: a header was changed after signing, or the key in DNS is not the one the server signs with.</source>
        <translation>署名（DKIM、セレクタ %2）が DNS の公開鍵と一致しません。署名後にヘッダーが変更されたか、DNS の公開鍵がサーバーの署名に使う鍵と異なります。</translation>
    </message>
    <message>
        <source>Compare the public key published at %2._domainkey.%1 with the signing key on the server; republish it if they differ.</source>
        <translation>%2._domainkey.%1 に公開されている公開鍵とサーバーの署名鍵を比べ、異なる場合は公開し直してください。</translation>
    </message>
    <message>
        <source>The message has no DKIM signature</source>
        <translation>DKIM 署名がありません</translation>
    </message>
    <message>
        <source>Nobody signed this message (DKIM, an electronic signature of the sending domain). Without it, forwarding breaks authentication, and Gmail requires it of bulk senders.</source>
        <translation>このメールには署名がありません（DKIM: 送信ドメインの電子署名）。署名がないと転送で認証が失われ、大量送信者には Gmail が必須としています。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail server or delivery service and publish its public key.</source>
        <translation>メールサーバーまたは配信サービスで DKIM 署名を有効にし、公開鍵を公開してください。</translation>
    </message>
    <message>
        <source>DKIM key of %1 could not be fetched (DNS failure)</source>
        <translation>%1 の DKIM 公開鍵を取得できませんでした（DNS の障害）</translation>
    </message>
    <message>
        <source>Gmail&apos;s &quot;dns failure for signature&quot;: the DNS query for %2._domainkey.%1 failed at that moment (temperror). If the key exists, this was a passing DNS problem.</source>
        <translation>Gmail の &quot;dns failure for signature&quot; は、その時点で %2._domainkey.%1 の DNS クエリが失敗したことを意味します（temperror）。鍵が存在するなら、一時的な DNS の問題でした。</translation>
    </message>
    <message>
        <source>Check that %2._domainkey.%1 resolves from outside and that the domain&apos;s DNS servers answer reliably.</source>
        <translation>%2._domainkey.%1 が外部から名前解決できること、およびドメインの DNS サーバーが安定して応答することを確認してください。</translation>
    </message>
    <message>
        <source>The DKIM public key of %1 does not exist</source>
        <translation>%1 の DKIM 公開鍵が存在しません</translation>
    </message>
    <message>
        <source>Gmail writes &quot;temperror (no key for signature)&quot;, but it means there is no key at %2._domainkey.%1: a typo in the host name, the wrong DNS zone, or a record not yet published. This does not fix itself.</source>
        <translation>Gmail は &quot;temperror (no key for signature)&quot; と書きますが、これは %2._domainkey.%1 に鍵がないことを意味します。ホスト名の誤り、別の DNS ゾーン、未公開などが原因で、時間が経っても直りません。</translation>
    </message>
    <message>
        <source>Publish the public key as a TXT record at %2._domainkey.%1 (host &quot;%2._domainkey&quot; in most DNS panels).</source>
        <translation>公開鍵を %2._domainkey.%1 に TXT レコードとして公開してください（多くの DNS 管理画面ではホスト名 &quot;%2._domainkey&quot;）。</translation>
    </message>
    <message>
        <source>The DKIM signature or key of %1 cannot be read</source>
        <translation>%1 の DKIM 署名または公開鍵を読み取れません</translation>
    </message>
    <message>
        <source>The signature header or the key record at %2._domainkey.%1 has an error (permerror).</source>
        <translation>署名ヘッダーまたは %2._domainkey.%1 の鍵レコードに誤りがあります（permerror）。</translation>
    </message>
    <message>
        <source>Check the record at %2._domainkey.%1: one TXT record, &quot;v=DKIM1; k=rsa; p=…&quot;, the key in one piece without spaces or quotes inside.</source>
        <translation>%2._domainkey.%1 のレコードを確認してください。TXT レコード 1 つで &quot;v=DKIM1; k=rsa; p=…&quot; の形式、鍵は途中に空白や引用符のない 1 続きです。</translation>
    </message>
    <message>
        <source>DKIM signature of %1 could not be evaluated</source>
        <translation>%1 の DKIM 署名を評価できませんでした</translation>
    </message>
    <message>
        <source>The receiver could not process the signature (neutral): %2.</source>
        <translation>受信側は署名を処理できませんでした（neutral）: %2</translation>
    </message>
    <message>
        <source>Check the signing configuration of %1.</source>
        <translation>%1 の署名設定を確認してください。</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 is cut off</source>
        <translation>%1 の DKIM 署名が途中で切れています</translation>
    </message>
    <message>
        <source>The DKIM-Signature header (selector %2) is incomplete: its b= or bh= value is missing or too short. Copying from a web page, or a program that limits header length, cuts it.</source>
        <translation>DKIM-Signature ヘッダー（セレクタ %2）が不完全で、b= または bh= の値がないか短すぎます。Web ページからのコピーや、ヘッダー長を制限するプログラムで切れることがあります。</translation>
    </message>
    <message>
        <source>If you pasted text, use Gmail&apos;s &quot;Download original&quot; file instead; if the message really left this way, check the signing software.</source>
        <translation>貼り付けた文章なら、Gmail の「元のメッセージをダウンロード」のファイルを使ってください。実際にこの状態で送信されていれば、署名ソフトを確認してください。</translation>
    </message>
    <message>
        <source>DKIM key of %1 is in test mode</source>
        <translation>%1 の DKIM 鍵はテストモードです</translation>
    </message>
    <message>
        <source>The key record has t=y. Gmail shows &quot;pass (test mode)&quot;; some receivers ignore test-mode signatures.</source>
        <translation>鍵レコードに t=y があります。Gmail は &quot;pass (test mode)&quot; と表示し、テストモードの署名を無視する受信側もあります。</translation>
    </message>
    <message>
        <source>Remove t=y from the key record once signing works.</source>
        <translation>署名が正しく動作したら、鍵レコードから t=y を削除してください。</translation>
    </message>
    <message>
        <source>Gmail applied the DMARC policy: quarantine (spam folder)</source>
        <translation>Gmail が DMARC ポリシーを適用しました: 隔離（迷惑メールフォルダ）</translation>
    </message>
    <message>
        <source>DMARC failed, and Gmail carried out the From domain&apos;s policy (dis=QUARANTINE): the message went to spam.</source>
        <translation>DMARC が失敗し、Gmail は From ドメインのポリシーを実行しました（dis=QUARANTINE）。メールは迷惑メールに振り分けられました。</translation>
    </message>
    <message>
        <source>Make SPF or DKIM pass for a domain aligned with the From domain.</source>
        <translation>From ドメインと整合したドメインで SPF か DKIM が成功するようにしてください。</translation>
    </message>
    <message>
        <source>Gmail applied the DMARC policy: reject</source>
        <translation>Gmail が DMARC ポリシーを適用しました: 拒否</translation>
    </message>
    <message>
        <source>DMARC failed, and the From domain&apos;s policy asks to reject (dis=REJECT).</source>
        <translation>DMARC が失敗し、From ドメインのポリシーは拒否を求めています（dis=REJECT）。</translation>
    </message>
    <message>
        <source>DMARC could not be checked for %1 (temporary error)</source>
        <translation>%1 の DMARC を確認できませんでした（一時的なエラー）</translation>
    </message>
    <message>
        <source>The receiver could not look up the DMARC policy of %1 at that moment.</source>
        <translation>その時点で受信側は %1 の DMARC ポリシーを問い合わせることができませんでした。</translation>
    </message>
    <message>
        <source>Check that the DNS servers of %1 answer reliably.</source>
        <translation>%1 の DNS サーバーが安定して応答するか確認してください。</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is broken</source>
        <translation>%1 の DMARC レコードが壊れています</translation>
    </message>
    <message>
        <source>The receiver could not use the DMARC record of %1 (permerror).</source>
        <translation>受信側は %1 の DMARC レコードを使えませんでした（permerror）。</translation>
    </message>
    <message>
        <source>Correct the record at _dmarc.%1, for example &quot;v=DMARC1; p=none&quot;.</source>
        <translation>_dmarc.%1 のレコードを、例えば &quot;v=DMARC1; p=none&quot; のように修正してください。</translation>
    </message>
    <message>
        <source>The forwarding chain (ARC) is broken</source>
        <translation>転送の記録（ARC）が壊れています</translation>
    </message>
    <message>
        <source>An ARC set (the record forwarders keep of the original authentication results) is present but does not verify, so Gmail cannot trust the results from before the forwarding.</source>
        <translation>ARC（転送サービスが元の認証結果を残す記録）がありますが検証に失敗したため、Gmail は転送前の認証結果を信頼できません。</translation>
    </message>
    <message>
        <source>Ask the forwarding service to fix its ARC signing, or rewrite the envelope sender when forwarding.</source>
        <translation>転送サービスに ARC 署名の修正を依頼するか、転送時にエンベロープ送信者を書き換えてください。</translation>
    </message>
    <message>
        <source>SPF broke because the mail was forwarded</source>
        <translation>転送により SPF が失敗しました</translation>
    </message>
    <message>
        <source>The message reached Gmail through a forwarder (%1), so Gmail saw the forwarder&apos;s address, not the original sender&apos;s, and SPF for %2 could not pass. This is normal for forwarding; only DKIM survives it.</source>
        <translation>メールは転送サービス（%1）を経由して Gmail に届いたため、Gmail は元の送信者ではなく転送サービスのアドレスを見ており、%2 の SPF は成功できませんでした。転送では普通のことで、転送後も有効なのは DKIM だけです。</translation>
    </message>
    <message>
        <source>Sign with DKIM as the From domain so the mail passes DMARC after forwarding; the forwarder should rewrite the envelope sender or add ARC.</source>
        <translation>転送後も DMARC に成功するよう From ドメインで DKIM 署名してください。転送サービスはエンベロープ送信者の書き換えか ARC の追加を行うべきです。</translation>
    </message>
    <message>
        <source>The mail was forwarded (ARC %1)</source>
        <translation>メールは転送されました（ARC %1）</translation>
    </message>
    <message>
        <source>The message carries ARC headers: a forwarder recorded the authentication results it saw before passing the mail on. Gmail&apos;s ARC result: %1.</source>
        <translation>このメールには ARC ヘッダーがあります。転送サービスが、転送前に確認した認証結果を記録しています。Gmail の ARC の結果: %1</translation>
    </message>
    <message>
        <source>A mailing list changed the message (%1)</source>
        <translation>メーリングリストがメールを変更しました（%1）</translation>
    </message>
    <message>
        <source>The message came through the mailing list %1, and its DKIM signature no longer verifies: lists often add a subject tag or a footer.</source>
        <translation>このメールはメーリングリスト %1 を経由しており、DKIM 署名が検証できなくなっています。メーリングリストは件名にタグを付けたり、フッターを追加したりすることがよくあります。</translation>
    </message>
    <message>
        <source>Ask the list administrator to sign as the list (or to stop changing messages); the list should also rewrite From for domains with a strict DMARC policy.</source>
        <translation>リストの管理者に、リストとして署名する（またはメールを変更しない）よう依頼してください。厳しい DMARC ポリシーのドメインについては、リストが From を書き換えるべきです。</translation>
    </message>
    <message>
        <source>No one-click unsubscribe</source>
        <translation>ワンクリック登録解除がありません</translation>
    </message>
    <message>
        <source>This looks like bulk or marketing mail (%1), but it lacks one-click unsubscribe (RFC 8058): a List-Unsubscribe header with an https link plus &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;. Gmail requires it from bulk senders; a mailto: link alone does not count.</source>
        <translation>これは大量送信・宣伝のメールに見えますが（%1）、ワンクリック登録解除（RFC 8058）がありません。https のリンクを含む List-Unsubscribe ヘッダーと &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; の両方が必要です。Gmail は大量送信者に必須としており、mailto: のリンクだけでは認められません。</translation>
    </message>
    <message>
        <source>Add both headers, for example &quot;List-Unsubscribe: &lt;https://example.jp/unsub?id=…&gt;&quot; and &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;, covered by the DKIM signature.</source>
        <translation>例えば &quot;List-Unsubscribe: &lt;https://example.jp/unsub?id=…&gt;&quot; と &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; の両方を追加し、DKIM 署名の対象に含めてください。</translation>
    </message>
    <message>
        <source>Results from %1 are a claim, not Gmail&apos;s verdict</source>
        <translation>%1 の結果は主張であり、Gmail の判定ではありません</translation>
    </message>
    <message>
        <source>This Authentication-Results header was added by %1, a server before the final receiver. Anyone can write such a header, so Todoku shows it but bases the verdict on the final receiver&apos;s results.</source>
        <translation>この Authentication-Results ヘッダーは、最終的な受信サーバーより前のサーバー %1 が追加したものです。このヘッダーは誰でも書けるため、Todoku は表示はしますが、判定には最終的な受信サーバーの結果を使います。</translation>
    </message>
    <message>
        <source>No authentication results from the receiver</source>
        <translation>受信サーバーの認証結果がありません</translation>
    </message>
    <message>
        <source>The pasted text has no Authentication-Results header, so it does not show what the receiver decided about SPF, DKIM and DMARC.</source>
        <translation>貼り付けた文章には Authentication-Results ヘッダーがないため、受信側が SPF・DKIM・DMARC をどう判定したか分かりません。</translation>
    </message>
    <message>
        <source>Paste the whole message as the recipient&apos;s mailbox shows it (in Gmail: &quot;Show original&quot;).</source>
        <translation>受信者のメールボックスに表示されるメール全体を貼り付けてください（Gmail では「メッセージのソースを表示」）。</translation>
    </message>
    <message>
        <source>Nothing to analyse</source>
        <translation>分析する内容がありません</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>入力が空です。</translation>
    </message>
    <message>
        <source>Paste Gmail&apos;s &quot;Show original&quot; page, a message, its headers, or a bounce.</source>
        <translation>Gmail の「メッセージのソースを表示」のページ、メール、ヘッダー、またはエラーメールを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>The input contains binary data (for example an image, an archive or a document file), not a mail message.</source>
        <translation>入力にはメールではなくバイナリーデータ（画像、圧縮ファイル、文書ファイルなど）が含まれています。</translation>
    </message>
    <message>
        <source>Paste Gmail&apos;s &quot;Show original&quot; page or open the .eml file you downloaded.</source>
        <translation>Gmail の「メッセージのソースを表示」のページを貼り付けるか、ダウンロードした .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>No mail header found</source>
        <translation>メールのヘッダーが見つかりません</translation>
    </message>
    <message>
        <source>The text contains no header fields (lines such as &quot;From: …&quot; or &quot;Received: …&quot;), so it is neither a message nor a bounce Todoku can read.</source>
        <translation>文章にヘッダー（&quot;From: …&quot; や &quot;Received: …&quot; のような行）がないため、Todoku が読めるメールでもエラーメールでもありません。</translation>
    </message>
    <message>
        <source>Paste the message including its headers: in Gmail, &quot;Show original&quot;, then copy the whole page.</source>
        <translation>ヘッダーを含めてメールを貼り付けてください。Gmail では「メッセージのソースを表示」を開き、ページ全体をコピーします。</translation>
    </message>
    <message>
        <source>The input is too large (%1 MB)</source>
        <translation>入力が大きすぎます（%1 MB）</translation>
    </message>
    <message>
        <source>Todoku reads inputs of up to %2 MB. No mail message that Gmail accepts is this large, so this is probably not a single message.</source>
        <translation>Todoku が読み込めるのは %2 MB までです。Gmail が受け付けるメールでこれほど大きいものはないため、1 通のメッセージではない可能性があります。</translation>
    </message>
    <message>
        <source>Paste only the message&apos;s source, or its headers: they decide delivery.</source>
        <translation>メッセージのソース、またはヘッダーだけを貼り付けてください。配信の可否を決めるのはヘッダーです。</translation>
    </message>
    <message>
        <source>DKIM checked again now: still %4</source>
        <translation>DKIM を今あらためて確認しました: 結果は変わらず %4 です</translation>
    </message>
    <message>
        <source>Todoku fetched the key %2._domainkey.%1 and verified the signature itself just now, and got the same result the receiver recorded (%3).</source>
        <translation>Todoku が公開鍵 %2._domainkey.%1 を取得して署名を検証したところ、受信サーバーが記録した結果（%3）と同じでした。</translation>
    </message>
    <message>
        <source>DKIM passes now: the failure then was DNS</source>
        <translation>現在は DKIM 認証に成功します: 受信時の失敗は DNS の一時的な障害でした</translation>
    </message>
    <message>
        <source>The receiver recorded temperror for the signature of %1, but the key %2._domainkey.%1 resolves now and the signature verifies. The message itself was fine; the DNS query failed at that moment.</source>
        <translation>受信サーバーは %1 の署名を temperror と記録していますが、現在は公開鍵 %2._domainkey.%1 を取得でき、署名の検証にも成功します。メール自体に問題はなく、受信時に DNS の問い合わせが失敗していました。</translation>
    </message>
    <message>
        <source>If it happens again, run Todoku&apos;s domain check: it asks each DNS server of the domain and shows which one fails or times out.</source>
        <translation>再発する場合は Todoku のドメイン診断を実行してください。ドメインの各 DNS サーバーに直接問い合わせ、どのサーバーが失敗またはタイムアウトしているかを表示します。</translation>
    </message>
    <message>
        <source>DKIM now gives %4, the receiver recorded %3</source>
        <translation>現在の DKIM の結果は %4 ですが、受信サーバーの記録は %3 です</translation>
    </message>
    <message>
        <source>Verified just now with the key %2._domainkey.%1, the signature gives %4. When the message arrived the receiver recorded %3: the key has changed since, the failure then was temporary, or the pasted copy differs from what the receiver saw.</source>
        <translation>公開鍵 %2._domainkey.%1 で今検証すると、署名の結果は %4 です。受信時の記録は %3 でした。その後に鍵が変わったか、受信時の失敗が一時的なものだったか、貼り付けたメールが受信サーバーが受け取ったものと異なっている可能性があります。</translation>
    </message>
    <message>
        <source>If the result now is a failure, the findings below say why.</source>
        <translation>現在の結果が失敗の場合は、下の項目にその理由が表示されます。</translation>
    </message>
    <message>
        <source>DMARC policy checked again now: still p=%3</source>
        <translation>DMARC ポリシーを今あらためて確認しました: 変わらず p=%3 です</translation>
    </message>
    <message>
        <source>The DMARC record for %1 (at %4) still asks for p=%3, as when the message arrived.</source>
        <translation>%1 の DMARC レコード（%4）は、メールの受信時と同じく p=%3 を指定しています。</translation>
    </message>
    <message>
        <source>DMARC policy changed: p=%2 then, p=%3 now</source>
        <translation>DMARC ポリシーが変わりました: 受信時は p=%2、現在は p=%3 です</translation>
    </message>
    <message>
        <source>When the message arrived, the receiver applied the policy p=%2 for %1. The record at %4 asks for p=%3 now, so new mail that fails DMARC is treated by the new policy.</source>
        <translation>メールの受信時、受信サーバーは %1 に p=%2 のポリシーを適用しました。現在 %4 のレコードは p=%3 を指定しているため、今後 DMARC 認証に失敗するメールには新しいポリシーが適用されます。</translation>
    </message>
    <message>
        <source>A DMARC record for %1 exists now</source>
        <translation>%1 の DMARC レコードが現在は公開されています</translation>
    </message>
    <message>
        <source>The receiver found no DMARC record for %1 when the message arrived. There is one now, at %3, with p=%2: it has been published since.</source>
        <translation>メールの受信時、受信サーバーは %1 の DMARC レコードを見つけられませんでした。現在は %3 に p=%2 のレコードがあり、その後に公開されたことがわかります。</translation>
    </message>
    <message>
        <source>The DMARC record for %1 is gone</source>
        <translation>%1 の DMARC レコードがなくなっています</translation>
    </message>
    <message>
        <source>When the message arrived, %1 had a DMARC record. No usable record is found now.</source>
        <translation>メールの受信時には %1 に DMARC レコードがありましたが、現在は有効なレコードが見つかりません。</translation>
    </message>
    <message>
        <source>Publish the DMARC record again: Gmail requires one from bulk senders. Todoku&apos;s setup can make it for you.</source>
        <translation>DMARC レコードをもう一度公開してください。Gmail は大量送信者に DMARC レコードを求めています。Todoku のセットアップで作成できます。</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>The file could not be read: %2.</source>
        <translation>ファイルを読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>Check that the file is still there and that you may read it, or open the message in your mail program and paste its source instead.</source>
        <translation>ファイルが移動・削除されていないか、読み取り権限があるかを確認してください。または、メールソフトでメッセージを開き、ソースをコピーして貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>MtaStsFindings</name>
    <message>
        <source>%1 publishes an MTA-STS policy (mode %2) that covers its MX hosts</source>
        <translation>%1 は MX ホストをすべて含む MTA-STS ポリシー（モード %2）を公開しています</translation>
    </message>
    <message>
        <source>%1 has no MTA-STS policy</source>
        <translation>%1 には MTA-STS ポリシーがありません</translation>
    </message>
    <message>
        <source>Without MTA-STS (RFC 8461), senders deliver to %1 over TLS only if it happens to work, and an attacker on the path can strip the encryption unnoticed. It is optional, but Gmail checks it for mail it delivers to you.</source>
        <translation>MTA-STS（RFC 8461）がないと、送信側は TLS がたまたま使えた場合にだけ %1 へ暗号化して配送し、経路上の攻撃者は気付かれずに暗号化を外せます。必須ではありませんが、Gmail はお使いのドメイン宛てに配送する際にこれを確認します。</translation>
    </message>
    <message>
        <source>Publish a policy file at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record _mta-sts.%1 with “v=STSv1; id=…”. Start with mode testing.</source>
        <translation>https://mta-sts.%1/.well-known/mta-sts.txt にポリシーファイルを置き、_mta-sts.%1 に「v=STSv1; id=…」の TXT レコードを公開してください。最初は mode: testing で始めてください。</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 could not be read (%2)</source>
        <translation>%1 の MTA-STS レコードを読み取れませんでした（%2）</translation>
    </message>
    <message>
        <source>The DNS servers did not answer the query for _mta-sts.%1.</source>
        <translation>DNS サーバーが _mta-sts.%1 の問い合わせに応答しませんでした。</translation>
    </message>
    <message>
        <source>Check again later; if it persists, ask your DNS provider.</source>
        <translation>しばらくしてから再確認してください。解消しない場合は DNS 事業者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 has %2 MTA-STS records</source>
        <translation>%1 に MTA-STS レコードが %2 件あります</translation>
    </message>
    <message>
        <source>_mta-sts.%1 must hold exactly one TXT record beginning with v=STSv1. With more, senders act as if there were no policy (RFC 8461 §3.1).</source>
        <translation>_mta-sts.%1 には v=STSv1 で始まる TXT レコードを 1 件だけ置く必要があります。複数あると、送信側はポリシーがないものとして扱います（RFC 8461 §3.1）。</translation>
    </message>
    <message>
        <source>Delete all but one of the v=STSv1 records at _mta-sts.%1.</source>
        <translation>_mta-sts.%1 の v=STSv1 レコードを 1 件だけ残して削除してください。</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is not valid</source>
        <translation>%1 の MTA-STS レコードが正しくありません</translation>
    </message>
    <message>
        <source>The record “%2” breaks the syntax of RFC 8461 §3.1 at “%3”, so senders ignore the policy. It must read “v=STSv1; id=…” with an id of 1 to 32 letters and digits.</source>
        <translation>レコード「%2」は「%3」の箇所で RFC 8461 §3.1 の構文に違反しているため、送信側はポリシーを無視します。「v=STSv1; id=…」の形で、id は英数字 1〜32 文字にする必要があります。</translation>
    </message>
    <message>
        <source>Replace the record by, for example, “v=STSv1; id=20260101000000”, and change the id whenever the policy file changes.</source>
        <translation>レコードを「v=STSv1; id=20260101000000」などに置き換え、ポリシーファイルを変更するたびに id も変更してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 could not be fetched</source>
        <translation>%1 の MTA-STS ポリシーを取得できませんでした</translation>
    </message>
    <message>
        <source>%2 did not answer: %3. Senders that find the record but no policy deliver as if there were no MTA-STS.</source>
        <translation>%2 が応答しませんでした（%3）。レコードはあってもポリシーを取得できない場合、送信側は MTA-STS がないものとして配送します。</translation>
    </message>
    <message>
        <source>Make sure mta-sts.%1 has an address and a web server answering HTTPS on port 443.</source>
        <translation>mta-sts.%1 にアドレスが設定され、ポート 443 で HTTPS に応答する Web サーバーがあることを確認してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy server of %1 has a certificate problem</source>
        <translation>%1 の MTA-STS ポリシーサーバーの証明書に問題があります</translation>
    </message>
    <message>
        <source>Fetching %2 failed: %3. RFC 8461 §3.3 requires a certificate valid for mta-sts.%1 from a trusted CA, or senders ignore the policy.</source>
        <translation>%2 の取得に失敗しました（%3）。RFC 8461 §3.3 では、信頼された認証局が発行した mta-sts.%1 に有効な証明書が必要です。そうでないと送信側はポリシーを無視します。</translation>
    </message>
    <message>
        <source>Install a certificate for mta-sts.%1 from a public CA (for example Let&apos;s Encrypt) with its full chain.</source>
        <translation>公的な認証局（Let&apos;s Encrypt など）から mta-sts.%1 の証明書を取得し、中間証明書を含めて設定してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 answers HTTP %3</source>
        <translation>%1 の MTA-STS ポリシーが HTTP %3 を返しています</translation>
    </message>
    <message>
        <source>%2 must answer 200 with the policy; with HTTP %3 senders have no policy to apply.</source>
        <translation>%2 はステータス 200 でポリシーを返す必要があります。HTTP %3 では、送信側は適用するポリシーを得られません。</translation>
    </message>
    <message>
        <source>Put the policy file at /.well-known/mta-sts.txt on the web server of mta-sts.%1.</source>
        <translation>mta-sts.%1 の Web サーバーの /.well-known/mta-sts.txt にポリシーファイルを置いてください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is a redirect</source>
        <translation>%1 の MTA-STS ポリシーがリダイレクトになっています</translation>
    </message>
    <message>
        <source>%2 answers HTTP %3 to “%4”. Senders must not follow redirects when fetching the policy (RFC 8461 §3.3), so they find none.</source>
        <translation>%2 は HTTP %3 で「%4」へリダイレクトしています。送信側はポリシー取得時にリダイレクトをたどってはならない（RFC 8461 §3.3）ため、ポリシーを見つけられません。</translation>
    </message>
    <message>
        <source>Serve the file itself at %2; exempt that path from any HTTPS or www redirect.</source>
        <translation>%2 でファイルそのものを返してください。このパスは HTTPS や www へのリダイレクトの対象外にしてください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is not served as text/plain</source>
        <translation>%1 の MTA-STS ポリシーが text/plain で返されていません</translation>
    </message>
    <message>
        <source>%2 has the content type “%3”. Senders check for text/plain (RFC 8461 §3.3) and may reject anything else.</source>
        <translation>%2 のコンテンツタイプは「%3」です。送信側は text/plain であることを確認し（RFC 8461 §3.3）、それ以外は拒否することがあります。</translation>
    </message>
    <message>
        <source>Configure the web server to send mta-sts.txt with “Content-Type: text/plain”.</source>
        <translation>mta-sts.txt を「Content-Type: text/plain」で返すよう Web サーバーを設定してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is larger than %3 KB</source>
        <translation>%1 の MTA-STS ポリシーが %3 KB を超えています</translation>
    </message>
    <message>
        <source>Senders limit the size of the policy they read; %2 is larger than %3 KB, which usually means the server returns a web page instead of the policy.</source>
        <translation>送信側が読み込むポリシーの大きさには上限があります。%2 は %3 KB を超えており、多くの場合ポリシーではなく Web ページが返されています。</translation>
    </message>
    <message>
        <source>Serve only the few lines of the policy at %2.</source>
        <translation>%2 ではポリシーの数行だけを返してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is not valid</source>
        <translation>%1 の MTA-STS ポリシーが正しくありません</translation>
    </message>
    <message>
        <source>%2 breaks the syntax of RFC 8461 §3.2 at “%3”. Senders ignore an invalid policy. It needs the lines version: STSv1, mode: (enforce, testing or none), max_age: (seconds, at most 31557600) and one mx: line per MX host pattern.</source>
        <translation>%2 は「%3」の箇所で RFC 8461 §3.2 の構文に違反しています。送信側は不正なポリシーを無視します。version: STSv1、mode:（enforce、testing、none のいずれか）、max_age:（秒数、最大 31557600）の各行と、MX ホストのパターンごとに 1 行の mx: が必要です。</translation>
    </message>
    <message>
        <source>Correct the policy file; each line is “key: value”.</source>
        <translation>ポリシーファイルを修正してください。各行は「キー: 値」の形式です。</translation>
    </message>
    <message>
        <source>The MX host %2 is not in the MTA-STS policy</source>
        <translation>MX ホスト %2 が MTA-STS ポリシーに含まれていません</translation>
    </message>
    <message>
        <source>The policy of %1 allows only %3. Senders that enforce the policy will not deliver to %2 at all (RFC 8461 §4.1).</source>
        <translation>%1 のポリシーが許可しているのは %3 だけです。ポリシーを適用する送信側は %2 へまったく配送しません（RFC 8461 §4.1）。</translation>
    </message>
    <message>
        <source>Add “mx: %2” (or a wildcard such as *.example.jp) to the policy file, then change the id of the _mta-sts record.</source>
        <translation>ポリシーファイルに「mx: %2」（または *.example.jp のようなワイルドカード）を追加し、_mta-sts レコードの id を変更してください。</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not be compared with the policy (%2)</source>
        <translation>%1 の MX ホストをポリシーと照合できませんでした（%2）</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is in testing mode</source>
        <translation>%1 の MTA-STS ポリシーはテストモードです</translation>
    </message>
    <message>
        <source>Senders report TLS problems (if you publish TLS-RPT) but still deliver without valid TLS.</source>
        <translation>送信側は（TLS-RPT を公開していれば）TLS の問題を報告しますが、有効な TLS がなくても配送します。</translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, change the mode to enforce and the record id.</source>
        <translation>TLS レポートに失敗がなくなったら、mode を enforce に変更し、レコードの id も変更してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 is withdrawn (mode none)</source>
        <translation>%1 の MTA-STS ポリシーは取り下げられています（mode: none）</translation>
    </message>
    <message>
        <source>Senders that cached an earlier policy drop it; nothing is enforced.</source>
        <translation>以前のポリシーをキャッシュしている送信側はそれを破棄します。何も強制されません。</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 expires after %2 seconds</source>
        <translation>%1 の MTA-STS ポリシーは %2 秒で期限切れになります</translation>
    </message>
    <message>
        <source>A short max_age lets a cached policy expire quickly, which leaves room for an attacker to strip TLS. RFC 8461 §3.2 expects weeks or more.</source>
        <translation>max_age が短いとキャッシュされたポリシーがすぐに期限切れになり、攻撃者が TLS を外す余地が生まれます。RFC 8461 §3.2 では数週間以上が想定されています。</translation>
    </message>
    <message>
        <source>Once the policy works, raise max_age to 604800 (a week) or more, up to 31557600.</source>
        <translation>ポリシーが正しく動作したら、max_age を 604800（1 週間）以上、最大 31557600 まで引き上げてください。</translation>
    </message>
    <message>
        <source>%1 asks for TLS reports at %2</source>
        <translation>%1 は TLS レポートの送付先に %2 を指定しています</translation>
    </message>
    <message>
        <source>%1 has no TLS-RPT record</source>
        <translation>%1 には TLS-RPT レコードがありません</translation>
    </message>
    <message>
        <source>With a TLS-RPT record (RFC 8460), senders such as Gmail send daily reports of TLS failures on the way to your mail servers. Without one, MTA-STS problems go unseen.</source>
        <translation>TLS-RPT レコード（RFC 8460）があると、Gmail などの送信側がメールサーバーへの配送時の TLS の失敗を毎日レポートで送ってくれます。ないと MTA-STS の問題に気付けません。</translation>
    </message>
    <message>
        <source>Publish a TXT record _smtp._tls.%1 with “v=TLSRPTv1; rua=mailto:tlsrpt@%1”.</source>
        <translation>_smtp._tls.%1 に「v=TLSRPTv1; rua=mailto:tlsrpt@%1」の TXT レコードを公開してください。</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 could not be read (%2)</source>
        <translation>%1 の TLS-RPT レコードを読み取れませんでした（%2）</translation>
    </message>
    <message>
        <source>The DNS servers did not answer the query for _smtp._tls.%1.</source>
        <translation>DNS サーバーが _smtp._tls.%1 の問い合わせに応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 has %2 TLS-RPT records</source>
        <translation>%1 に TLS-RPT レコードが %2 件あります</translation>
    </message>
    <message>
        <source>_smtp._tls.%1 must hold exactly one v=TLSRPTv1 record; with more, senders send no reports (RFC 8460 §3).</source>
        <translation>_smtp._tls.%1 には v=TLSRPTv1 レコードを 1 件だけ置く必要があります。複数あると、送信側はレポートを送りません（RFC 8460 §3）。</translation>
    </message>
    <message>
        <source>Merge them into one record; rua= takes several URIs separated by commas.</source>
        <translation>1 件のレコードにまとめてください。rua= にはカンマ区切りで複数の URI を指定できます。</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is not valid</source>
        <translation>%1 の TLS-RPT レコードが正しくありません</translation>
    </message>
    <message>
        <source>The record “%2” breaks the syntax of RFC 8460 §3 at “%3”. It must read “v=TLSRPTv1; rua=…” with mailto: or https: URIs.</source>
        <translation>レコード「%2」は「%3」の箇所で RFC 8460 §3 の構文に違反しています。「v=TLSRPTv1; rua=…」の形で、mailto: または https: の URI を指定する必要があります。</translation>
    </message>
    <message>
        <source>Replace it by, for example, “v=TLSRPTv1; rua=mailto:tlsrpt@%1”.</source>
        <translation>「v=TLSRPTv1; rua=mailto:tlsrpt@%1」などに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 publishes a BIMI logo at %2</source>
        <translation>%1 は BIMI ロゴを %2 で公開しています</translation>
    </message>
    <message>
        <source>%1 has no BIMI record</source>
        <translation>%1 には BIMI レコードがありません</translation>
    </message>
    <message>
        <source>BIMI lets mail clients such as Gmail show your logo beside authenticated mail. It is optional and needs DMARC at quarantine or reject.</source>
        <translation>BIMI を使うと、Gmail などのメールソフトが認証済みのメールの横にロゴを表示します。必須ではなく、DMARC が quarantine か reject であることが条件です。</translation>
    </message>
    <message>
        <source>The BIMI record of %1 could not be read (%2)</source>
        <translation>%1 の BIMI レコードを読み取れませんでした（%2）</translation>
    </message>
    <message>
        <source>The DNS servers did not answer the query for default._bimi.%1.</source>
        <translation>DNS サーバーが default._bimi.%1 の問い合わせに応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 has %2 BIMI records</source>
        <translation>%1 に BIMI レコードが %2 件あります</translation>
    </message>
    <message>
        <source>default._bimi.%1 must hold exactly one v=BIMI1 record; with more, no logo is shown.</source>
        <translation>default._bimi.%1 には v=BIMI1 レコードを 1 件だけ置く必要があります。複数あるとロゴは表示されません。</translation>
    </message>
    <message>
        <source>Delete all but one of the v=BIMI1 records.</source>
        <translation>v=BIMI1 レコードを 1 件だけ残して削除してください。</translation>
    </message>
    <message>
        <source>The BIMI record of %1 is not valid</source>
        <translation>%1 の BIMI レコードが正しくありません</translation>
    </message>
    <message>
        <source>The record “%2” is not valid at “%3”. It must begin with v=BIMI1; l= and a= take https: URLs.</source>
        <translation>レコード「%2」は「%3」の箇所が正しくありません。v=BIMI1 で始め、l= と a= には https: の URL を指定する必要があります。</translation>
    </message>
    <message>
        <source>Replace it by, for example, “v=BIMI1; l=https://%1/logo.svg; a=https://%1/vmc.pem”.</source>
        <translation>「v=BIMI1; l=https://%1/logo.svg; a=https://%1/vmc.pem」などに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 declines BIMI (empty l=)</source>
        <translation>%1 は BIMI を使わないと宣言しています（l= が空）</translation>
    </message>
    <message>
        <source>The record says the domain has no logo to show.</source>
        <translation>このレコードは、ドメインに表示するロゴがないことを示しています。</translation>
    </message>
    <message>
        <source>The BIMI logo of %1 does not look like an SVG file</source>
        <translation>%1 の BIMI ロゴが SVG ファイルではないようです</translation>
    </message>
    <message>
        <source>BIMI logos must be SVG Tiny PS files; %2 does not end in .svg.</source>
        <translation>BIMI のロゴは SVG Tiny PS 形式のファイルである必要がありますが、%2 は .svg で終わっていません。</translation>
    </message>
    <message>
        <source>Publish the logo as an SVG Tiny PS file and point l= at it.</source>
        <translation>ロゴを SVG Tiny PS 形式で公開し、l= でそのファイルを指定してください。</translation>
    </message>
    <message>
        <source>The BIMI record of %1 has no mark certificate (a=)</source>
        <translation>%1 の BIMI レコードにマーク証明書（a=）がありません</translation>
    </message>
    <message>
        <source>Gmail shows a BIMI logo only with a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) named in a=.</source>
        <translation>Gmail が BIMI ロゴを表示するのは、a= に認証マーク証明書（VMC）または共通マーク証明書（CMC）が指定されている場合だけです。</translation>
    </message>
    <message>
        <source>Obtain a VMC or CMC and add a=https://…/certificate.pem to the record.</source>
        <translation>VMC または CMC を取得し、レコードに a=https://…/certificate.pem を追加してください。</translation>
    </message>
    <message>
        <source>BIMI needs DMARC at quarantine or reject; %1 has p=%2</source>
        <translation>BIMI には quarantine か reject の DMARC が必要ですが、%1 は p=%2 です</translation>
    </message>
    <message>
        <source>Mail clients show a BIMI logo only for domains whose DMARC policy is enforced.</source>
        <translation>メールソフトが BIMI ロゴを表示するのは、DMARC ポリシーで隔離または拒否を指定しているドメインだけです。</translation>
    </message>
    <message>
        <source>Raise the DMARC policy of %1 to p=quarantine or p=reject.</source>
        <translation>%1 の DMARC ポリシーを p=quarantine または p=reject に引き上げてください。</translation>
    </message>
    <message>
        <source>the certificate is not issued by a trusted certificate authority</source>
        <translation>証明書が信頼された認証局から発行されていません</translation>
    </message>
    <message>
        <source>the certificate is for another host name</source>
        <translation>証明書が別のホスト名のものです</translation>
    </message>
    <message>
        <source>the certificate has expired or is not yet valid</source>
        <translation>証明書の有効期限が切れているか、まだ有効になっていません</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>the host name has no address</source>
        <translation>ホスト名にアドレスがありません</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>BIMI needs DMARC, but %1 has no usable DMARC record</source>
        <translation>BIMI には DMARC が必要ですが、%1 には有効な DMARC レコードがありません</translation>
    </message>
    <message>
        <source>Mail clients show a BIMI logo only for domains whose DMARC policy is quarantine or reject; without a DMARC record the BIMI record has no effect.</source>
        <translation>メールソフトが BIMI ロゴを表示するのは、DMARC ポリシーが quarantine（隔離）または reject（拒否）のドメインだけです。DMARC レコードがなければ、BIMI レコードは効果がありません。</translation>
    </message>
    <message>
        <source>Publish a DMARC record at _dmarc.%1 and raise it to p=quarantine or p=reject once the reports show all your mail passes.</source>
        <translation>_dmarc.%1 に DMARC レコードを公開し、レポートで自ドメインのメールがすべて認証に成功していることを確認してから p=quarantine または p=reject に引き上げてください。</translation>
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
    <name>RegistrarNames</name>
    <message>
        <source>Other DNS host (relative names)</source>
        <translation>その他の DNS サービス（相対名で入力）</translation>
    </message>
    <message>
        <source>BIND zone file / own DNS server</source>
        <translation>BIND ゾーンファイル / 自前の DNS サーバー</translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <source>Amazon Route 53</source>
        <translation>Amazon Route 53</translation>
    </message>
    <message>
        <source>Onamae.com Navi</source>
        <translation>お名前.com Navi</translation>
    </message>
    <message>
        <source>Xserver / XServer Domain</source>
        <translation>エックスサーバー / XServerドメイン</translation>
    </message>
    <message>
        <source>SAKURA internet</source>
        <translation>さくらインターネット</translation>
    </message>
    <message>
        <source>Muumuu Domain (Muumuu DNS)</source>
        <translation>ムームードメイン（ムームーDNS）</translation>
    </message>
    <message>
        <source>VALUE-DOMAIN / CORESERVER</source>
        <translation>バリュードメイン / コアサーバー</translation>
    </message>
    <message>
        <source>GoDaddy</source>
        <translation>GoDaddy</translation>
    </message>
    <message>
        <source>Namecheap (Advanced DNS)</source>
        <translation>Namecheap（Advanced DNS）</translation>
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
        <source>For DKIM, use a 1024-bit key for this panel (still accepted by Gmail), or move the domain&apos;s DNS to a service that accepts long TXT values, or publish the key as a CNAME to a host whose DNS you control.</source>
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
        <source>The reverse DNS record %1 → %2 is not set in your domain&apos;s DNS panel but by whoever owns the IP address (your VPS, cloud or internet provider).</source>
        <translation>逆引きレコード %1 → %2 は、ドメインの DNS 管理画面ではなく、IP アドレスの管理者（VPS・クラウド・プロバイダー）が設定します。</translation>
    </message>
    <message>
        <source>Set it in the provider&apos;s control panel if it has a reverse DNS setting, or send them the request letter Todoku prepares.</source>
        <translation>事業者の管理画面に逆引きの設定項目があればそこで設定し、なければ Todoku が用意する依頼文を送ってください。</translation>
    </message>
    <message>
        <source>Set this CNAME to &quot;DNS only&quot;</source>
        <translation>この CNAME は「DNS のみ」に設定してください</translation>
    </message>
    <message>
        <source>%1 proxies records by default; a proxied DKIM or mail CNAME does not resolve to the provider&apos;s record.</source>
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
        <source>%1 completes the value itself and refuses a value that ends with &quot;.&quot;.</source>
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
        <source>&quot;%2&quot; is not a domain name</source>
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
        <source>&quot;%2&quot; is not an IP address</source>
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
        <source>Enter the server&apos;s public (global) IP address, as shown in your VPS or provider&apos;s control panel. If the server sits behind a home or office router, ask your provider for a fixed IP address first.</source>
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
        <source>Enter the mail server&apos;s host name</source>
        <translation>メールサーバーのホスト名を入力してください</translation>
    </message>
    <message>
        <source>The host name (such as mail.example.jp) is used for the MX record, the reverse DNS (PTR) of your IP addresses, and the name your server gives in HELO/EHLO.</source>
        <translation>ホスト名（mail.example.jp など）は、MX レコード、IP アドレスの逆引き（PTR）、サーバーが HELO/EHLO で名乗る名前に使われます。</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not a host name</source>
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
        <source>&quot;%2&quot; cannot be a DKIM selector</source>
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
        <source>&quot;%2&quot; is not a mail address</source>
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
    <message>
        <source>%1 %2 is published</source>
        <translation>%1 の %2 レコードは公開されています</translation>
    </message>
    <message>
        <source>Every authoritative server of the domain and your resolver return the record as it should be.</source>
        <translation>ドメインのすべての権威サーバーと、お使いのリゾルバーが正しいレコードを返しています。</translation>
    </message>
    <message>
        <source>%1 %2 has a different value</source>
        <translation>%1 の %2 レコードの値が異なります</translation>
    </message>
    <message>
        <source>DNS has a %2 record at %1, but not the one Todoku made.
Expected: %3
Found: %4</source>
        <translation>%1 に %2 レコードはありますが、Todoku が作成した値ではありません。
期待する値: %3
実際の値: %4</translation>
    </message>
    <message>
        <source>Open the record in your DNS panel and replace its value with the expected one; copy it from Todoku rather than retyping it.</source>
        <translation>DNS の管理画面でこのレコードを開き、値を期待する値に置き換えてください。手入力せず Todoku からコピーしてください。</translation>
    </message>
    <message>
        <source>%1 %2 is not published yet</source>
        <translation>%1 の %2 レコードはまだ公開されていません</translation>
    </message>
    <message>
        <source>Neither the domain&apos;s authoritative servers nor your resolver have a %2 record at %1.</source>
        <translation>ドメインの権威サーバーにも、お使いのリゾルバーにも %1 の %2 レコードがありません。</translation>
    </message>
    <message>
        <source>Add the record in your DNS panel and save it; some panels need a separate &quot;apply&quot; or &quot;publish&quot; step.</source>
        <translation>DNS の管理画面でレコードを追加して保存してください。管理画面によっては、別に「反映」や「公開」の操作が必要です。</translation>
    </message>
    <message>
        <source>%1 %2 is published but not yet visible everywhere</source>
        <translation>%1 の %2 レコードは公開済みですが、まだ全体に反映されていません</translation>
    </message>
    <message>
        <source>The domain&apos;s authoritative servers already return the record, but your resolver still remembers the earlier answer for %3 more seconds. Receivers that asked recently see the old answer until then.</source>
        <translation>ドメインの権威サーバーはすでにレコードを返していますが、お使いのリゾルバーはあと %3 秒間、以前の応答をキャッシュしています。最近問い合わせた受信側も、それまでは古い応答を見ます。</translation>
    </message>
    <message>
        <source>Nothing to change: wait, and Todoku checks again.</source>
        <translation>変更は不要です。しばらく待つと Todoku が再確認します。</translation>
    </message>
    <message>
        <source>%1 %2 could not be checked</source>
        <translation>%1 の %2 レコードを確認できませんでした</translation>
    </message>
    <message>
        <source>No server gave a definite answer for %1 %2 (timeouts or server failures).</source>
        <translation>%1 の %2 について、どのサーバーからも確定した応答がありませんでした（タイムアウトまたはサーバーの障害）。</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The record was created as %1</source>
        <translation>レコードが %1 として作成されています</translation>
    </message>
    <message>
        <source>Your DNS panel appends %3 to the host name, and the full name %2 was typed, so the record ended up at %1, where nobody looks for it.</source>
        <translation>DNS の管理画面はホスト名に %3 を自動で付け足しますが、完全な名前 %2 が入力されたため、レコードがだれも参照しない %1 に作られています。</translation>
    </message>
    <message>
        <source>Delete that record and add it again with only the part before %3 in the host field (for example &quot;s1._domainkey&quot; instead of &quot;s1._domainkey.%3&quot;).</source>
        <translation>そのレコードを削除し、ホスト名の欄に %3 より前の部分だけを入力して追加し直してください（例: 「s1._domainkey.%3」ではなく「s1._domainkey」）。</translation>
    </message>
    <message>
        <source>The value of %1 contains quotes</source>
        <translation>%1 の値に引用符が含まれています</translation>
    </message>
    <message>
        <source>The published value is the right one with quote characters kept as part of the text (%2): the panel adds the quotes itself, or the value was split into pieces in the wrong place. Receivers read a broken key or record.</source>
        <translation>公開されている値は正しい値に引用符が文字として残ったものです（%2）。管理画面が引用符を自動で付けるか、値を誤った位置で分割しています。受信側は壊れた鍵やレコードとして読みます。</translation>
    </message>
    <message>
        <source>Paste the value as one piece without quotes, exactly as Todoku shows it for your panel.</source>
        <translation>引用符を付けずに、Todoku がお使いの管理画面向けに表示したとおり一つの値として貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records</source>
        <translation>%1 に SPF レコードが %2 件あります</translation>
    </message>
    <message>
        <source>A new SPF record was added beside the old one. With more than one v=spf1 record, every SPF check of %1 ends in permerror, as if there were none.</source>
        <translation>古い SPF レコードを残したまま新しいレコードが追加されています。v=spf1 のレコードが複数あると、%1 の SPF 認証はすべて permerror になり、SPF がないのと同じ扱いになります。</translation>
    </message>
    <message>
        <source>Delete the old SPF record so that only the one Todoku made (which includes what the old one allowed) remains.</source>
        <translation>古い SPF レコードを削除し、Todoku が作成したレコード（古いレコードで許可していた送信元も含みます）だけを残してください。</translation>
    </message>
    <message>
        <source>Your current SPF record is merged into the new one</source>
        <translation>現在の SPF レコードを新しいレコードに統合しました</translation>
    </message>
    <message>
        <source>The domain publishes %1. Its senders stay allowed: %2 are kept in the new record:
%3</source>
        <translation>このドメインは現在 %1 を公開しています。その送信元は引き続き許可されるよう、%2 を新しいレコードに残しました:
%3</translation>
    </message>
    <message>
        <source>Replace the value of the existing SPF record with the new one; do not add a second SPF record beside it.</source>
        <translation>既存の SPF レコードの値を新しい値に置き換えてください。SPF レコードを 2 つ目として追加しないでください。</translation>
    </message>
    <message>
        <source>The new SPF record replaces your current one</source>
        <translation>新しい SPF レコードで現在のレコードを置き換えます</translation>
    </message>
    <message>
        <source>The domain publishes %1. Everything it allows is in the new record already:
%2</source>
        <translation>このドメインは現在 %1 を公開しています。そこで許可されている送信元はすべて新しいレコードに含まれています:
%2</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records now</source>
        <translation>%1 は現在 SPF レコードを %2 件公開しています</translation>
    </message>
    <message>
        <source>With more than one v=spf1 record every SPF check of %1 ends in permerror. The new record merges all of them.</source>
        <translation>v=spf1 のレコードが複数あると、%1 の SPF 検証はすべて permerror になります。新しいレコードはそれらをすべて統合しています。</translation>
    </message>
    <message>
        <source>Delete all the old SPF records and publish only the new one.</source>
        <translation>古い SPF レコードをすべて削除し、新しいレコードだけを公開してください。</translation>
    </message>
    <message>
        <source>redirect=%1 became include:%1</source>
        <translation>redirect=%1 を include:%1 に変えました</translation>
    </message>
    <message>
        <source>The current record hands the whole decision to %1. The new record ends in its own &quot;all&quot;, so %1 is included instead: its senders stay allowed.</source>
        <translation>現在のレコードは判定をすべて %1 に委ねています。新しいレコードは独自の「all」で終わるため、代わりに %1 を include します。%1 の送信元は引き続き許可されます。</translation>
    </message>
    <message>
        <source>The current SPF record cannot be read</source>
        <translation>現在の SPF レコードを解析できません</translation>
    </message>
    <message>
        <source>%1 has a syntax error (receivers treat it as permerror), so nothing of it is kept.</source>
        <translation>%1 には構文エラーがあり（受信側は permerror として扱います）、その内容は引き継いでいません。</translation>
    </message>
    <message>
        <source>Check that every sender it meant to allow is in the new record, then replace it.</source>
        <translation>許可するつもりだった送信元がすべて新しいレコードに含まれていることを確認してから、置き換えてください。</translation>
    </message>
    <message>
        <source>Your current DMARC record is updated, not duplicated</source>
        <translation>現在の DMARC レコードを重複させず、更新します</translation>
    </message>
    <message>
        <source>The domain publishes %1. Its report addresses are kept (%2), so whoever reads the reports now keeps getting them:
%3</source>
        <translation>このドメインは現在 %1 を公開しています。レポートの送信先（%2）は残したので、今レポートを受け取っている人は引き続き受け取れます:
%3</translation>
    </message>
    <message>
        <source>Replace the value of the existing _dmarc record; a second DMARC record makes receivers ignore both.</source>
        <translation>既存の _dmarc レコードの値を置き換えてください。DMARC レコードが 2 つあると、受信側は両方とも無視します。</translation>
    </message>
    <message>
        <source>The new DMARC policy is weaker than the current one</source>
        <translation>新しい DMARC ポリシーは現在のものより緩くなります</translation>
    </message>
    <message>
        <source>The domain asks receivers for p=%1 now; the new record asks for p=%2, so failing mail is treated more leniently than today.</source>
        <translation>このドメインは現在 p=%1 を受信側に求めていますが、新しいレコードは p=%2 です。認証に失敗したメールの扱いが今より緩くなります。</translation>
    </message>
    <message>
        <source>Choose %1 on the DMARC page unless you step back on purpose.</source>
        <translation>意図して緩めるのでなければ、DMARC のページで %1 を選んでください。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up mail authentication</source>
        <translation>送信ドメイン認証の設定</translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation>設定を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save setup…</source>
        <translation>設定を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Which domain should send mail that reaches Gmail? Type it as you write it in mail addresses (日本語.jp is fine).</source>
        <translation>Gmail に届くメールを送りたいドメインはどれですか。メールアドレスに書くとおりに入力してください（日本語.jp のような日本語ドメインも使えます）。</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>How does this domain send mail? Tick everything that sends mail with an address of this domain.</source>
        <translation>このドメインのメールはどこから送信していますか。このドメインのアドレスでメールを送るものをすべてチェックしてください。</translation>
    </message>
    <message>
        <source>My own mail server with fixed IP addresses</source>
        <translation>固定 IP アドレスの自社メールサーバー</translation>
    </message>
    <message>
        <source>Hosting companies and mail services:</source>
        <translation>レンタルサーバー・メールサービス:</translation>
    </message>
    <message>
        <source>The sending addresses of your own server, one per line (IPv4 and IPv6):</source>
        <translation>自社サーバーの送信元 IP アドレス（1 行に 1 つ、IPv4 と IPv6）:</translation>
    </message>
    <message>
        <source>Mail server&apos;s &amp;host name (MX, reverse DNS and HELO):</source>
        <translation>メールサーバーのホスト名（MX・逆引き・HELO に使います）(&amp;H):</translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation>メールの受信</translation>
    </message>
    <message>
        <source>Receive mail at this host (MX record)</source>
        <translation>このホストでメールを受信する（MX レコード）</translation>
    </message>
    <message>
        <source>This domain only sends: publish a null MX</source>
        <translation>このドメインは送信専用: Null MX を公開する</translation>
    </message>
    <message>
        <source>Leave MX as it is (a provider receives the mail)</source>
        <translation>MX は変更しない（受信はプロバイダーが行う）</translation>
    </message>
    <message>
        <source>Make a DKIM key for my own server</source>
        <translation>自社サーバー用の DKIM 鍵を作成する</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>セレクター(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>鍵の種類(&amp;K):</translation>
    </message>
    <message>
        <source>Save the private key &amp;to:</source>
        <translation>秘密鍵の保存先(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>鍵を作成(&amp;G)</translation>
    </message>
    <message>
        <source>My provider signs; it gave me these CNAME or TXT values (one per line: host, type, value)</source>
        <translation>プロバイダーが署名する。指定された CNAME または TXT の値を入力する（1 行に 1 つ: ホスト、種類、値）</translation>
    </message>
    <message>
        <source>No DKIM for now</source>
        <translation>今は DKIM を設定しない</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fails SPF and DKIM for your domain, and where to send reports. Start by watching (none), then tighten step by step.</source>
        <translation>DMARC は、SPF と DKIM の認証に失敗したあなたのドメインのメールを受信側がどう扱うか、またレポートの送り先を指定します。まず監視（none）から始め、段階的に厳しくしていきます。</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>ポリシー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>レポートの送信先(&amp;R):</translation>
    </message>
    <message>
        <source>DNS &amp;panel:</source>
        <translation>DNS 管理画面(&amp;P):</translation>
    </message>
    <message>
        <source>Values are shown exactly as this panel wants them typed.</source>
        <translation>値はこの管理画面に入力するとおりの形で表示しています。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>行をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>すべてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Export &amp;zone file…</source>
        <translation>ゾーンファイルに書き出す(&amp;Z)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV に書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Reverse DNS request</source>
        <translation>逆引きの設定依頼</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) is set by whoever owns the IP address (your VPS, cloud or internet provider), not in your domain&apos;s DNS panel. Send them this request:</source>
        <translation>逆引き（PTR）は、ドメインの DNS 管理画面ではなく、IP アドレスの管理者（VPS・クラウド事業者やインターネットプロバイダー）が設定します。次の依頼文を送ってください:</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>依頼文の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Copy &amp;letter</source>
        <translation>依頼文をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Todoku asks DNS for each record until all of them are there. You can close Todoku and come back later: save the setup and open it again.</source>
        <translation>すべてのレコードが反映されるまで、Todoku が各レコードを DNS に問い合わせます。Todoku を閉じても、設定を保存して後で開き直せば続きから確認できます。</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <source>Keep checking every 30 seconds</source>
        <translation>30 秒ごとに確認を続ける</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>How you send</source>
        <translation>送信方法</translation>
    </message>
    <message>
        <source>Servers and addresses</source>
        <translation>サーバーとアドレス</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation>確認と登録</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>反映の確認</translation>
    </message>
    <message>
        <source>Step %1 of %2:</source>
        <translation>ステップ %1/%2:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where the private key goes on your mail server (keep it readable only by the signing service):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OpenDKIM&lt;/b&gt; (with Postfix as a milter): copy it to /etc/opendkim/keys/%2/%1.private, owned by opendkim, and add &lt;code&gt;%1._domainkey.%2 %2:%1:/etc/opendkim/keys/%2/%1.private&lt;/code&gt; to KeyTable.&lt;/li&gt;&lt;li&gt;&lt;b&gt;rspamd&lt;/b&gt;: copy it to /var/lib/rspamd/dkim/%2.%1.key, owned by _rspamd, and set &lt;code&gt;selector = &quot;%1&quot;;&lt;/code&gt; in local.d/dkim_signing.conf.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Postfix&lt;/b&gt; does not sign by itself: point &lt;code&gt;smtpd_milters&lt;/code&gt; and &lt;code&gt;non_smtpd_milters&lt;/code&gt; at OpenDKIM or rspamd.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Key file: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;メールサーバー上の秘密鍵の置き場所（署名するサービスだけが読めるようにしてください）:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;OpenDKIM&lt;/b&gt;（Postfix の milter として使う場合）: /etc/opendkim/keys/%2/%1.private にコピーして所有者を opendkim にし、KeyTable に &lt;code&gt;%1._domainkey.%2 %2:%1:/etc/opendkim/keys/%2/%1.private&lt;/code&gt; を追加します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;rspamd&lt;/b&gt;: /var/lib/rspamd/dkim/%2.%1.key にコピーして所有者を _rspamd にし、local.d/dkim_signing.conf に &lt;code&gt;selector = &quot;%1&quot;;&lt;/code&gt; を設定します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Postfix&lt;/b&gt; は単体では署名しません。&lt;code&gt;smtpd_milters&lt;/code&gt; と &lt;code&gt;non_smtpd_milters&lt;/code&gt; に OpenDKIM または rspamd を指定します。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;鍵ファイル: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the DKIM private key</source>
        <translation>DKIM 秘密鍵の保存</translation>
    </message>
    <message>
        <source>PEM key (*.pem *.private *.key)</source>
        <translation>PEM 形式の鍵 (*.pem *.private *.key)</translation>
    </message>
    <message>
        <source>Choose where to save the private key first.</source>
        <translation>先に秘密鍵の保存先を選んでください。</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>鍵を作成しています…</translation>
    </message>
    <message>
        <source>The private key was saved to %1 (readable only by you). Its public half is the DKIM record on the review page.</source>
        <translation>秘密鍵を %1 に保存しました（あなただけが読み取れます）。対になる公開鍵は、確認ページの DKIM レコードです。</translation>
    </message>
    <message>
        <source>The key could not be made: %1</source>
        <translation>鍵を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The staged plan</source>
        <translation>段階的な導入計画</translation>
    </message>
    <message>
        <source>Without a report address you will not see who sends mail as your domain, so you cannot tell when it is safe to tighten the policy.</source>
        <translation>レポートの送信先がないと、誰があなたのドメイン名でメールを送っているかが分からず、ポリシーを厳しくしてよい時期を判断できません。</translation>
    </message>
    <message>
        <source> (your choice now)</source>
        <translation>（現在の選択）</translation>
    </message>
    <message numerus="yes">
        <source>Stay at least %n day(s).</source>
        <translation>
            <numerusform>少なくとも %n 日間続けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（空欄のまま）</translation>
    </message>
    <message>
        <source>PTR: ask the owner of the IP address</source>
        <translation>PTR: IP アドレスの管理者に依頼</translation>
    </message>
    <message>
        <source>Some facts about %1&apos;s panel are not confirmed yet (%2): check the panel&apos;s help page if it refuses a value.</source>
        <translation>%1 の管理画面については未確認の仕様があります（%2）。値が受け付けられない場合は、管理画面のヘルプを確認してください。</translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>レコードの書き出し</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Zone file (*.zone *.txt)</source>
        <translation>ゾーンファイル (*.zone *.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the setup</source>
        <translation>設定の保存</translation>
    </message>
    <message>
        <source>Todoku setup (*.json)</source>
        <translation>Todoku の設定 (*.json)</translation>
    </message>
    <message>
        <source>Open a setup</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>反映済み</translation>
    </message>
    <message>
        <source>Different value found:</source>
        <translation>異なる値が見つかりました:</translation>
    </message>
    <message>
        <source>Not there yet</source>
        <translation>まだ反映されていません</translation>
    </message>
    <message>
        <source>Still propagating (%1)</source>
        <translation>反映待ち（%1）</translation>
    </message>
    <message>
        <source>DNS did not answer</source>
        <translation>DNS から応答がありません</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) are published.</source>
        <translation>
            <numerusform>%n 件のレコードがすべて反映されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records are published. Last checked %3.</source>
        <translation>%2 件中 %1 件のレコードが反映されています。最終確認 %3。</translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 ビット（推奨）</translation>
    </message>
    <message>
        <source>RSA 1024 bits (weak: only for panels that cannot take longer values)</source>
        <translation>RSA 1024 ビット（弱い: 長い値を入力できない管理画面の場合のみ）</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 ビット</translation>
    </message>
    <message>
        <source>RSA 4096 bits (too long for some panels)</source>
        <translation>RSA 4096 ビット（管理画面によっては長すぎます）</translation>
    </message>
    <message>
        <source>Ed25519 (only as a second key: many receivers cannot check it)</source>
        <translation>Ed25519（2 つ目の鍵としてのみ: 検証できない受信側が多いため）</translation>
    </message>
    <message>
        <source>none: only watch the reports (start here)</source>
        <translation>none: レポートで監視するだけ（ここから始めます）</translation>
    </message>
    <message>
        <source>quarantine: failing mail goes to spam</source>
        <translation>quarantine: 認証に失敗したメールを迷惑メールに振り分ける</translation>
    </message>
    <message>
        <source>reject: failing mail is refused</source>
        <translation>reject: 認証に失敗したメールを拒否する</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>期待する値</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <comment>placeholder for the DKIM selector in file paths</comment>
        <translation>セレクタ名</translation>
    </message>
    <message>
        <source>how host names are typed</source>
        <translation>ホスト名の入力形式</translation>
    </message>
    <message>
        <source>how the domain itself is typed</source>
        <translation>ドメイン自体（@）の入力方法</translation>
    </message>
    <message>
        <source>quotes around TXT values</source>
        <translation>TXT 値を引用符で囲むかどうか</translation>
    </message>
    <message>
        <source>long TXT values</source>
        <translation>長い TXT 値の扱い</translation>
    </message>
    <message>
        <source>the default TTL</source>
        <translation>TTL の初期値</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>確認を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for SPF and DMARC records %1 publishes now…</source>
        <translation>%1 が現在公開している SPF と DMARC のレコードを確認しています…</translation>
    </message>
    <message>
        <source>DNS gave no definite answer about the records %1 publishes now, so they are not merged. If it has SPF or DMARC records, replace them rather than adding a second one.</source>
        <translation>%1 が現在公開しているレコードについて DNS から確実な応答が得られなかったため、統合していません。既に SPF や DMARC のレコードがある場合は、2 つ目を追加せずに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 publishes no SPF or DMARC record yet: add the records below as new ones.</source>
        <translation>%1 はまだ SPF も DMARC のレコードも公開していません。以下のレコードを新規に追加してください。</translation>
    </message>
    <message>
        <source>%1 already publishes SPF or DMARC records: they are merged into the records below (see the notes). Replace the old records, do not add new ones beside them.</source>
        <translation>%1 は既に SPF または DMARC のレコードを公開しています。それらは以下のレコードに統合されています（注記を参照）。古いレコードを置き換え、並べて追加しないでください。</translation>
    </message>
    <message>
        <source>%1 of %2 published</source>
        <translation>%2 件中 %1 件が反映済み</translation>
    </message>
    <message>
        <source>Asking every authoritative server of %1 and your resolver…</source>
        <translation>%1 のすべての権威 DNS サーバーと、お使いのリゾルバーに問い合わせています…</translation>
    </message>
    <message>
        <source>Checking stopped. %1 of %2 records were published at the last check; press &quot;Check now&quot; to ask again.</source>
        <translation>確認を停止しました。前回の確認では %2 件中 %1 件が反映済みでした。もう一度確認するには「今すぐ確認」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後にもう一度確認します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpFindings</name>
    <message>
        <source>The sending computer introduced itself with a bare name (%1)</source>
        <translation>送信元のコンピューターが完全なドメイン名でない名前を名乗っています（%1）</translation>
    </message>
    <message>
        <source>When a mail program connects, it first gives its name (HELO/EHLO). &quot;%1&quot; is not a full domain name (FQDN), for example a Windows computer name; %2 recorded it. Receivers such as Gmail count this against the mail, and some refuse it (501 5.5.4).</source>
        <translation>メールソフトは接続するとまず自分の名前を名乗ります（HELO/EHLO）。&quot;%1&quot; は完全なドメイン名（FQDN）ではなく、例えば Windows のコンピューター名です。%2 がこれを記録しました。Gmail などの受信側はこれを減点し、拒否することもあります（501 5.5.4）。</translation>
    </message>
    <message>
        <source>Set the name the mail program or server sends in HELO/EHLO to a full domain name that exists in DNS, such as mail.example.jp (Postfix: myhostname; in a mail client or a device: its SMTP &quot;local host name&quot; setting). Sending through your provider&apos;s submission server (port 587) also fixes it.</source>
        <translation>メールソフトやサーバーが HELO/EHLO で名乗る名前を、mail.example.jp のように DNS に存在する完全なドメイン名にしてください（Postfix では myhostname、メールソフトや機器では SMTP の「ローカルホスト名」設定）。プロバイダーのサブミッションサーバー（587 番ポート）経由で送信しても解決します。</translation>
    </message>
    <message>
        <source>The sending server introduced itself as localhost (%1)</source>
        <translation>送信サーバーが localhost と名乗っています（%1）</translation>
    </message>
    <message>
        <source>In HELO/EHLO the sending server called itself &quot;%1&quot;, a name that means &quot;this computer&quot; everywhere; %2 recorded it. Receivers treat this as a misconfigured or hijacked sender.</source>
        <translation>送信サーバーは HELO/EHLO で &quot;%1&quot; と名乗りました。これはどこでも「このコンピューター自身」を意味する名前です。%2 がこれを記録しました。受信側は設定の誤った、または乗っ取られた送信元とみなします。</translation>
    </message>
    <message>
        <source>Set the server&apos;s host name (HELO/EHLO name) to its full domain name, such as mail.example.jp, with a matching A record and reverse DNS (PTR).</source>
        <translation>サーバーのホスト名（HELO/EHLO 名）を mail.example.jp のような完全なドメイン名にし、対応する A レコードと逆引き（PTR）を設定してください。</translation>
    </message>
    <message>
        <source>The sending server introduced itself with an IP address (%1)</source>
        <translation>送信サーバーが IP アドレスで名乗っています（%1）</translation>
    </message>
    <message>
        <source>In HELO/EHLO the server gave an address literal &quot;%1&quot; instead of a name; %2 recorded it. The standard allows it, but receivers distrust it because spam software does the same.</source>
        <translation>サーバーは HELO/EHLO で名前の代わりにアドレス &quot;%1&quot; を名乗りました。%2 がこれを記録しました。規格上は許されていますが、迷惑メール送信ソフトも同じことをするため、受信側は信用しません。</translation>
    </message>
    <message>
        <source>Set the server&apos;s host name (HELO/EHLO name) to its full domain name, such as mail.example.jp.</source>
        <translation>サーバーのホスト名（HELO/EHLO 名）を mail.example.jp のような完全なドメイン名にしてください。</translation>
    </message>
    <message>
        <source>The sending server has an ISP&apos;s generic reverse DNS name (%1)</source>
        <translation>送信サーバーの逆引きが ISP の汎用的な名前です（%1）</translation>
    </message>
    <message>
        <source>The reverse DNS name (PTR) of %2 is &quot;%1&quot;, an automatic name of the kind ISPs and clouds give home lines and new servers. Receivers treat mail from such addresses like mail from a home computer.</source>
        <translation>%2 の逆引き（PTR）は &quot;%1&quot; で、ISP やクラウドが家庭用回線や新しいサーバーに自動で付ける種類の名前です。受信側はこのようなアドレスからのメールを家庭のパソコンからのメールのように扱います。</translation>
    </message>
    <message>
        <source>If this is your mail server, ask the owner of %2 (ISP, VPS or cloud) to set its PTR to your server&apos;s name, such as mail.example.jp, with a matching A record. If it is a home line, send through your provider&apos;s mail server instead.</source>
        <translation>これがメールサーバーなら、%2 の管理者（ISP・VPS・クラウド）に PTR を mail.example.jp のようなサーバー名に設定してもらい、対応する A レコードを用意してください。家庭用回線なら、プロバイダーのメールサーバー経由で送信してください。</translation>
    </message>
</context>
<context>
    <name>SpfBuilderFindings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address or network</source>
        <translation>「%1」は IP アドレスでもネットワークでもありません</translation>
    </message>
    <message>
        <source>SPF lists sending servers as IPv4 or IPv6 addresses, optionally with a prefix length: 203.0.113.25, 203.0.113.0/24, 2001:db8::25 or 2001:db8::/48.</source>
        <translation>SPF では送信サーバーを IPv4 または IPv6 のアドレスで指定します。プレフィックス長を付けることもできます（例: 203.0.113.25、203.0.113.0/24、2001:db8::25、2001:db8::/48）。</translation>
    </message>
    <message>
        <source>Correct or remove the entry.</source>
        <translation>入力を修正するか、削除してください。</translation>
    </message>
    <message>
        <source>%1 is far too wide a network</source>
        <translation>%1 は範囲が広すぎるネットワークです</translation>
    </message>
    <message>
        <source>A /%2 network covers a large part of the Internet; listing it would let almost anyone send mail as your domain and pass SPF. Todoku leaves it out.</source>
        <translation>/%2 のネットワークはインターネットのかなりの部分を含みます。これを記載すると、ほぼ誰でもお使いのドメインを名乗ってメールを送り、SPF に合格できてしまいます。Todoku はこの項目を記載しません。</translation>
    </message>
    <message>
        <source>Enter the addresses of your own servers, or the network your provider assigned to you.</source>
        <translation>自社サーバーのアドレス、またはプロバイダーから割り当てられたネットワークを入力してください。</translation>
    </message>
    <message>
        <source>%1 written as %2</source>
        <translation>%1 を %2 として記載します</translation>
    </message>
    <message>
        <source>%1 has bits set after its prefix length; a receiver ignores them, so the record names the network as %2.</source>
        <translation>%1 にはプレフィックス長より後ろのビットが立っています。受信側はこれを無視するため、レコードにはネットワーク %2 として記載します。</translation>
    </message>
    <message>
        <source>%1 is already covered by %2</source>
        <translation>%1 は %2 に含まれています</translation>
    </message>
    <message>
        <source>Every address of %1 is in %2, so the record lists only %2.</source>
        <translation>%1 のアドレスはすべて %2 に含まれるため、レコードには %2 だけを記載します。</translation>
    </message>
    <message>
        <source>%1 and %2 joined into %3</source>
        <translation>%1 と %2 を %3 にまとめました</translation>
    </message>
    <message>
        <source>The two networks are the halves of %3, which covers exactly the same addresses in one shorter term.</source>
        <translation>この 2 つのネットワークは %3 を半分に分けたものです。%3 はまったく同じアドレスを 1 つの短い項目で表します。</translation>
    </message>
    <message>
        <source>Unknown mail service &quot;%1&quot;</source>
        <translation>不明なメールサービス「%1」</translation>
    </message>
    <message>
        <source>Todoku knows these services: %2.</source>
        <translation>Todoku が扱えるサービスは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>Choose one of them, or enter the include: domain or IP addresses your service documents.</source>
        <translation>この中から選ぶか、サービスの資料に記載されている include: のドメインまたは IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 needs no include in this record</source>
        <translation>%1 はこのレコードに include を追加する必要がありません</translation>
    </message>
    <message>
        <source>%1 sends with its own envelope sender (Return-Path) domain, and receivers check SPF against that domain, not yours. DMARC then passes through DKIM, so set up the service&apos;s DKIM records.</source>
        <translation>%1 は独自のエンベロープ送信者（Return-Path）ドメインで送信するため、受信側はお使いのドメインではなくそのドメインで SPF を確認します。DMARC は DKIM で合格させることになるので、サービスの DKIM レコードを設定してください。</translation>
    </message>
    <message>
        <source>The server&apos;s IP address is missing</source>
        <translation>サーバーの IP アドレスが指定されていません</translation>
    </message>
    <message>
        <source>The chosen server sends mail from its own IP address, and no address, a or mx is given, so the record names no server for it.</source>
        <translation>選択したサーバーは自身の IP アドレスからメールを送信しますが、アドレスも a も mx も指定されていないため、レコードにそのサーバーが含まれていません。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s public IP address, as shown in the server&apos;s control panel.</source>
        <translation>サーバーのコントロールパネルに表示されているグローバル IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The record says the domain sends no mail</source>
        <translation>このレコードは、ドメインからメールを送信しないことを示します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; allows no server at all. That is right for a domain that never sends mail, and it stops others from sending in its name.</source>
        <translation>「%1」はどのサーバーにも送信を許可しません。メールを一切送信しないドメインであればこれで正しく、第三者によるなりすまし送信も防げます。</translation>
    </message>
    <message>
        <source>If the domain does send mail, add the servers&apos; addresses or the mail services.</source>
        <translation>このドメインからメールを送信する場合は、サーバーのアドレスまたはメールサービスを追加してください。</translation>
    </message>
    <message>
        <source>The record ends in ~all</source>
        <translation>レコードの末尾が ~all です</translation>
    </message>
    <message>
        <source>Mail from a server not in the record gets softfail: Gmail accepts it but is likely to put it in the spam folder. -all makes such mail fail SPF.</source>
        <translation>レコードに含まれないサーバーからのメールは softfail になります。Gmail は受け取りますが、迷惑メールフォルダに振り分ける可能性が高くなります。-all にすると、そうしたメールは SPF の検証に失敗します。</translation>
    </message>
    <message>
        <source>Switch to -all once DMARC reports show that all your mail passes.</source>
        <translation>DMARC レポートで、すべてのメールが合格していることを確認できたら -all に切り替えてください。</translation>
    </message>
    <message>
        <source>The count of %1 DNS lookups is an estimate</source>
        <translation>DNS 参照回数 %1 回は推定値です</translation>
    </message>
    <message>
        <source>How many lookups the includes of %2 need is not confirmed and may change whenever the service changes its own record. Todoku counts the number last observed, or one per include where none is known.</source>
        <translation>%2 の include に必要な参照回数は確認されておらず、サービス側がレコードを変更するたびに変わる可能性があります。Todoku は最後に確認された回数を数え、不明な場合は include 1 つにつき 1 回として数えています。</translation>
    </message>
    <message>
        <source>After publishing, check the record with todoku-cli spf-lint, which counts the lookups in DNS.</source>
        <translation>公開後に todoku-cli spf-lint でレコードを確認してください。DNS に問い合わせて実際の参照回数を数えます。</translation>
    </message>
    <message>
        <source>The record would need %1 DNS lookups (at most 10 work)</source>
        <translation>このレコードには DNS 参照が %1 回必要です（上限は 10 回）</translation>
    </message>
    <message>
        <source>Receivers stop after 10 DNS lookups and treat the record as broken (permerror): SPF then fails for all mail, even from permitted servers. The parts cost: %2.</source>
        <translation>受信側は DNS 参照が 10 回を超えると処理を打ち切り、レコードを壊れたもの（permerror）として扱います。その場合、許可したサーバーからのメールも含めてすべて SPF に失敗します。内訳: %2。</translation>
    </message>
    <message>
        <source>Drop a service that no longer sends, list your own servers as IP addresses instead of a or mx, or let a service send from its own subdomain (its own envelope domain with its own SPF record). Copying a service&apos;s addresses into the record (flattening) saves lookups but breaks silently when the service changes its addresses.</source>
        <translation>送信に使っていないサービスを外す、自社サーバーを a や mx ではなく IP アドレスで記載する、またはサービスを専用のサブドメイン（独自の SPF レコードを持つエンベロープドメイン）から送信させる、のいずれかを行ってください。サービスのアドレスをレコードに直接書き写す方法（フラット化）でも参照回数は減りますが、サービスがアドレスを変更したときに気付かないまま認証が失敗するようになります。</translation>
    </message>
    <message>
        <source>The record is %1 bytes long</source>
        <translation>レコードの長さが %1 バイトあります</translation>
    </message>
    <message>
        <source>A TXT string holds at most 255 bytes, so the record is published as %2 strings that receivers join. Some DNS panels accept only 255 characters per TXT value.</source>
        <translation>TXT の 1 つの文字列は最大 255 バイトのため、このレコードは %2 個の文字列に分けて公開し、受信側がそれらを連結します。TXT の値に 255 文字までしか入力できない DNS 管理画面もあります。</translation>
    </message>
    <message>
        <source>Enter it as shown for your DNS panel, or shorten it by joining networks.</source>
        <translation>お使いの DNS 管理画面向けの表示どおりに入力するか、ネットワークをまとめてレコードを短くしてください。</translation>
    </message>
    <message>
        <source>The DNS answer would be about %1 bytes</source>
        <translation>DNS の応答が約 %1 バイトになります</translation>
    </message>
    <message>
        <source>RFC 7208 asks for SPF answers to fit in 512 bytes. A larger answer needs a retry over TCP, which some receivers do not make, and other TXT records at the same name make it larger still.</source>
        <translation>RFC 7208 は SPF の応答を 512 バイト以内に収めるよう求めています。これを超える応答は TCP での再問い合わせが必要になりますが、再問い合わせを行わない受信側もあります。また、同じ名前にある他の TXT レコードの分だけ応答はさらに大きくなります。</translation>
    </message>
    <message>
        <source>Shorten the record: join networks or drop unused services.</source>
        <translation>ネットワークをまとめる、または使っていないサービスを外して、レコードを短くしてください。</translation>
    </message>
    <message>
        <source>%1: SPF belongs on the custom MAIL FROM subdomain</source>
        <translation>%1: SPF はカスタム MAIL FROM のサブドメインに設定します</translation>
    </message>
    <message>
        <source>By default %1 sends with an amazonses.com envelope domain, which has its own SPF. With a custom MAIL FROM subdomain (such as bounce.example.jp), that subdomain needs &quot;v=spf1 include:amazonses.com -all&quot; and an MX record feedback-smtp.&lt;region&gt;.amazonses.com for the AWS region you send from.</source>
        <translation>%1 は既定では amazonses.com のエンベロープドメインで送信し、そのドメインには独自の SPF があります。カスタム MAIL FROM のサブドメイン（例: bounce.example.jp）を使う場合は、そのサブドメインに「v=spf1 include:amazonses.com -all」と、送信に使う AWS リージョンの MX レコード feedback-smtp.&lt;region&gt;.amazonses.com が必要です。</translation>
    </message>
    <message>
        <source>Copy the region&apos;s MX value from the SES console (for Tokyo, the region is ap-northeast-1).</source>
        <translation>リージョンの MX の値は SES コンソールからコピーしてください（東京リージョンは ap-northeast-1 です）。</translation>
    </message>
    <message>
        <source>%1: automated security needs no include</source>
        <translation>%1: 自動セキュリティを使う場合、include は不要です</translation>
    </message>
    <message>
        <source>With automated security (the default), %1 gives you CNAME records, and its return path domain carries SPF. include:sendgrid.net is only needed without it; it costs one lookup.</source>
        <translation>自動セキュリティ（既定）を使うと、%1 から CNAME レコードが提示され、SPF はそのリターンパスのドメインが担います。include:sendgrid.net は自動セキュリティを使わない場合にだけ必要で、DNS 参照を 1 回消費します。</translation>
    </message>
    <message>
        <source>%1: copy the DKIM selector from its control panel</source>
        <translation>%1: DKIM のセレクタはコントロールパネルからコピーしてください</translation>
    </message>
    <message>
        <source>%1 chooses the DKIM selector per domain, so Todoku cannot know it in advance.</source>
        <translation>%1 はドメインごとに DKIM のセレクタを決めるため、Todoku では事前に知ることができません。</translation>
    </message>
    <message>
        <source>%1&apos;s own record also lists its server</source>
        <translation>%1 の既定のレコードにはサーバー自体も含まれています</translation>
    </message>
    <message>
        <source>The record %1 sets by default also holds a:svNNNN.xserver.jp and mx. If you send through the server name (svNNNN), keep that term as your panel shows it.</source>
        <translation>%1 が既定で設定するレコードには a:svNNNN.xserver.jp と mx も含まれます。サーバー名（svNNNN）経由で送信する場合は、管理画面に表示されているとおりにその項目を残してください。</translation>
    </message>
    <message>
        <source>%1 sends from your server&apos;s IP address</source>
        <translation>%1 はお使いのサーバーの IP アドレスから送信します</translation>
    </message>
    <message>
        <source>No include: domain is known for %1; the record lists the server&apos;s own addresses (ip4/ip6).</source>
        <translation>%1 には既知の include: ドメインがないため、レコードにはサーバー自身のアドレス（ip4/ip6）を記載します。</translation>
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
        <source>Publish a TXT record at %1 that lists your sending servers, e.g. “v=spf1 ip4:%2 -all”. Todoku&apos;s setup can make it for you.</source>
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
        <source>Check the spelling against your provider&apos;s instructions, or remove the include.</source>
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
        <source>Correct the term&apos;s domain.</source>
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
        <source>One DNS character-string holds at most 255 characters, so the record must be published as several strings that receivers join (RFC 7208 §3.3). Many DNS panels split it for you; in a zone file write it as &quot;...&quot; &quot;...&quot;.</source>
        <translation>DNS の 1 つの文字列には 255 文字までしか入らないため、レコードは複数の文字列に分けて公開する必要があります（受信側が連結します。RFC 7208 §3.3）。多くの DNS 管理画面は自動で分割します。ゾーンファイルでは &quot;...&quot; &quot;...&quot; のように記述してください。</translation>
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
    <message>
        <source>SPF checked again now: still %4</source>
        <translation>SPF を今あらためて確認しました: 結果は変わらず %4 です</translation>
    </message>
    <message>
        <source>Todoku evaluated the SPF record of %1 for %2 just now and got the same result the receiver recorded (%3).</source>
        <translation>Todoku が %1 の SPF レコードを %2 について今評価したところ、受信時に記録された結果（%3）と同じでした。</translation>
    </message>
    <message>
        <source>SPF now gives %4, the receiver recorded %3</source>
        <translation>SPF は現在 %4 ですが、受信時の記録は %3 です</translation>
    </message>
    <message>
        <source>Evaluated just now for %2, the SPF record of %1 gives %4. When the message arrived it gave %3: the record or its DNS has changed since, or the failure then was temporary.</source>
        <translation>%1 の SPF レコードを %2 について今評価すると %4 になります。メールの受信時は %3 でした。その後レコードや DNS が変更されたか、受信時の失敗が一時的なものだったと考えられます。</translation>
    </message>
    <message>
        <source>If the result now is pass, new mail should pass SPF as well.</source>
        <translation>現在の結果が pass であれば、これから送るメールも SPF に合格するはずです。</translation>
    </message>
    <message>
        <source>The receiving server recorded that the SPF record of %1 allows %2.</source>
        <translation>受信サーバーは、%1 の SPF レコードが %2 を許可していると記録しています。</translation>
    </message>
    <message>
        <source>The receiving server could not get the SPF record of %1 (or a name it refers to) because of a DNS failure, so SPF ended with temperror (temporary error). Receivers usually try again later.</source>
        <translation>受信サーバーは DNS の障害のため %1 の SPF レコード（またはそこから参照される名前）を取得できず、SPF の結果は temperror（一時エラー）になりました。受信側は通常、時間をおいて再試行します。</translation>
    </message>
    <message>
        <source>If this repeats, check that the DNS servers of %1 answer for its SPF record and for the domains it includes. Todoku&apos;s domain check asks each of them.</source>
        <translation>繰り返し起きる場合は、%1 の DNS サーバーが SPF レコードと include 先のドメインについて応答しているか確認してください。Todoku のドメインチェックは各サーバーに直接問い合わせます。</translation>
    </message>
    <message>
        <source>Gmail&apos;s summary: SPF %2 for %1</source>
        <translation>Gmail の概要: %1 の SPF は %2</translation>
    </message>
    <message>
        <source>Only Gmail&apos;s summary table was pasted. It says SPF gave %2 for the sending server %1, but not which domain it checked or why.</source>
        <translation>貼り付けられたのは Gmail の概要の表だけです。送信サーバー %1 の SPF の結果が %2 だったことはわかりますが、どのドメインを確認したのか、なぜその結果になったのかはわかりません。</translation>
    </message>
    <message>
        <source>Paste the whole “Show original” page, with the message source below the table, to see the reason.</source>
        <translation>理由を確認するには、表の下にあるメッセージのソースも含めて「メッセージのソースを表示」のページ全体を貼り付けてください。</translation>
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
        <source>Usage: todoku-cli spf-lint DOMAIN | todoku-cli spf-lint --record &quot;v=spf1 ...&quot;</source>
        <translation>使い方: todoku-cli spf-lint DOMAIN | todoku-cli spf-lint --record &quot;v=spf1 ...&quot;</translation>
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
    <name>VerifyPublishedCommand</name>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>different</source>
        <translation>値が異なる</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>propagating</source>
        <translation>反映待ち</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Check that the records of a saved setup are published, on every authoritative server.</source>
        <translation>保存した設定のレコードが、すべての権威サーバーで公開されているか確認します。</translation>
    </message>
    <message>
        <source>A saved setup, or the output of generate --format json.</source>
        <translation>保存した設定ファイル、または generate --format json の出力。</translation>
    </message>
    <message>
        <source>Port the authoritative servers are asked on (default 53).</source>
        <translation>権威サーバーに問い合わせるポート（既定値 53）。</translation>
    </message>
    <message>
        <source>Check again every SECONDS until every record is published.</source>
        <translation>すべてのレコードが公開されるまで SECONDS 秒ごとに再確認します。</translation>
    </message>
    <message>
        <source>The file holds no records: save a setup, or use the output of generate --format json.</source>
        <translation>ファイルにレコードがありません。設定を保存するか、generate --format json の出力を使ってください。</translation>
    </message>
    <message>
        <source>Usage: todoku-cli verify-published FILE</source>
        <translation>使い方: todoku-cli verify-published FILE</translation>
    </message>
    <message>
        <source>Usage: todoku-cli verify-published FILE [--ns-port PORT] [--poll SECONDS]</source>
        <translation>使い方: todoku-cli verify-published FILE [--ns-port PORT] [--poll SECONDS]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a setup file (JSON): %2</source>
        <translation>%1 は設定ファイル（JSON）ではありません: %2</translation>
    </message>
    <message>
        <source>verify-published needs DNS, but --offline forbids queries.</source>
        <translation>verify-published には DNS が必要ですが、--offline が指定されているため問い合わせできません。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>your resolver</source>
        <translation>お使いのリゾルバー</translation>
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
<context>
    <name>main</name>
    <message>
        <source>Finds out why mail does not reach Gmail and helps you fix it.</source>
        <translation>メールが Gmail に届かない原因を調べ、解決を手伝います。</translation>
    </message>
    <message>
        <source>Do not re-check the message with DNS.</source>
        <translation>DNS によるメッセージの再確認を行いません。</translation>
    </message>
    <message>
        <source>A message (.eml) to analyse.</source>
        <translation>解析するメッセージ (.eml)。</translation>
    </message>
</context>
</TS>
