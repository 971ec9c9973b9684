<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GlobalActions</name>
    <message>
        <source>&amp;How are you doing?</source>
        <translation>&amp;How are you doing?</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>Journal &amp;passphrase…</source>
        <translation>Journal &amp;passphrase…</translation>
    </message>
</context>
</TS>
