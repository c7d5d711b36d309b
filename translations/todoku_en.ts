<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n DNS query</numerusform>
            <numerusform>%n DNS queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DmarcBuilder</name>
    <message numerus="yes">
        <source>Receivers deliver mail as before and send daily aggregate reports to the rua= address. Read them for at least %n day(s): every service that sends as %1 must pass SPF or DKIM aligned with the From domain before you go on.</source>
        <translation>
            <numerusform>Receivers deliver mail as before and send daily aggregate reports to the rua= address. Read them for at least %n day: every service that sends as %1 must pass SPF or DKIM aligned with the From domain before you go on.</numerusform>
            <numerusform>Receivers deliver mail as before and send daily aggregate reports to the rua= address. Read them for at least %n days: every service that sends as %1 must pass SPF or DKIM aligned with the From domain before you go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receivers that follow RFC 7489, Gmail among them, put a quarter of the failing mail in spam and treat the rest as p=none. Receivers that follow RFC 9989 ignore pct= and quarantine all failing mail. Watch the reports and user complaints for at least %n day(s).</source>
        <translation>
            <numerusform>Receivers that follow RFC 7489, Gmail among them, put a quarter of the failing mail in spam and treat the rest as p=none. Receivers that follow RFC 9989 ignore pct= and quarantine all failing mail. Watch the reports and user complaints for at least %n day.</numerusform>
            <numerusform>Receivers that follow RFC 7489, Gmail among them, put a quarter of the failing mail in spam and treat the rest as p=none. Receivers that follow RFC 9989 ignore pct= and quarantine all failing mail. Watch the reports and user complaints for at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All mail that fails DMARC goes to spam. Check for at least %n day(s) that no legitimate source appears as failing in the reports.</source>
        <translation>
            <numerusform>All mail that fails DMARC goes to spam. Check for at least %n day that no legitimate source appears as failing in the reports.</numerusform>
            <numerusform>All mail that fails DMARC goes to spam. Check for at least %n days that no legitimate source appears as failing in the reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DmarcCommand</name>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n DNS query</numerusform>
            <numerusform>%n DNS queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsCommand</name>
    <message numerus="yes">
        <source>Resolvers may remember this absence for %n second(s).</source>
        <translation>
            <numerusform>Resolvers may remember this absence for %n second.</numerusform>
            <numerusform>Resolvers may remember this absence for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message numerus="yes">
        <source>Stay at least %n day(s).</source>
        <translation>
            <numerusform>Stay at least %n day.</numerusform>
            <numerusform>Stay at least %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) are published.</source>
        <translation>
            <numerusform>The %n record is published.</numerusform>
            <numerusform>All %n records are published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking again in %n second(s).</source>
        <translation>
            <numerusform>Checking again in %n second.</numerusform>
            <numerusform>Checking again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message numerus="yes">
        <source>[%n lookup(s) in this branch]</source>
        <translation>
            <numerusform>[%n lookup in this branch]</numerusform>
            <numerusform>[%n lookups in this branch]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS queries</source>
        <translation>
            <numerusform>%n DNS query</numerusform>
            <numerusform>%n DNS queries</numerusform>
        </translation>
    </message>
</context>
</TS>
