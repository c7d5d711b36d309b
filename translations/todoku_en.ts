<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
</TS>
