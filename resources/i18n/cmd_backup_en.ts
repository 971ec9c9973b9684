<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>backup</name>
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
