<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>demo</name>
    <message>
        <source>This journal already has people in it, so no demo was added. A demo goes into an empty folder, for example: parentjournal demo --data-dir /tmp/demo</source>
        <translation>This journal already has people in it, so no demo was added. A demo goes into an empty folder, for example: parentjournal demo --data-dir /tmp/demo</translation>
    </message>
    <message>
        <source>The demo could not be written, so nothing was added: {error}</source>
        <translation>The demo could not be written, so nothing was added: {error}</translation>
    </message>
    <message>
        <source>A demo journal is ready in {folder}: {records} ({seconds} s).</source>
        <translation>A demo journal is ready in {folder}: {records} ({seconds} s).</translation>
    </message>
</context>
</TS>
