<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SupportDialog</name>
    <message>
        <source>Help and &amp;support</source>
        <translation>Help and &amp;support</translation>
    </message>
    <message>
        <source>&amp;Where do you live?</source>
        <translation>&amp;Where do you live?</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>The Netherlands</translation>
    </message>
</context>
</TS>
