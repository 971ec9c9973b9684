<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>SupportDialog</name>
    <message>
        <source>Help and &amp;support</source>
        <translation>Hulp en &amp;steun</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Waar woon je?</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Waar woon je?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
</context>
</TS>
