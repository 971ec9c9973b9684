<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>export_json</name>
    <message>
        <source>The export could not be written to {file}: {error}</source>
        <translation>De export kon niet naar {file} geschreven worden: {error}</translation>
    </message>
    <message>
        <source>Written to {file}: {records}.</source>
        <translation>Geschreven naar {file}: {records}.</translation>
    </message>
</context>
</TS>
