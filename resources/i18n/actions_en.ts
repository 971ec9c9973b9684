<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
</context>
</TS>
