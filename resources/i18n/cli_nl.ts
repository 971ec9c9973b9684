<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>folder of the journal</source>
        <translation>map van het dagboek</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>taal van de berichten</translation>
    </message>
</context>
</TS>
