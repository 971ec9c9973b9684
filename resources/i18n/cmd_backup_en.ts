<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>backup</name>
    <message>
        <source>make a verified backup of the journal now</source>
        <translation>make a verified backup of the journal now</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>where to write it (default: the backups folder)</translation>
    </message>
    <message>
        <source>The backup could not be written. Nothing was changed. ({error})</source>
        <translation>The backup could not be written. Nothing was changed. ({error})</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
</context>
</TS>
