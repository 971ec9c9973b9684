<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>backup</name>
    <message>
        <source>make a verified backup of the journal now</source>
        <translation>nu een gecontroleerde back-up van het dagboek maken</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>waar je hem wil bewaren (standaard: de map met back-ups)</translation>
    </message>
    <message>
        <source>The backup could not be written. Nothing was changed. ({error})</source>
        <translation>De back-up kon niet geschreven worden. Er is niets veranderd. ({error})</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Back-up geschreven en nagekeken: {path}</translation>
    </message>
</context>
</TS>
