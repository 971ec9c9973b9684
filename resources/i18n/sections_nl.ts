<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Sections</name>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Questions and advice</source>
        <translation>Vragen en adviezen</translation>
    </message>
</context>
</TS>
