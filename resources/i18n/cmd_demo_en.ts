<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>demo</name>
    <message>
        <source>fill an empty journal with a sample household (for trying the app)</source>
        <translation>fill an empty journal with a sample household (for trying the app)</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>how many journal entries to write (0 to {most}; default 300)</source>
        <translation>how many journal entries to write (0 to {most}; default 300)</translation>
    </message>
    <message>
        <source>another number gives other texts</source>
        <translation>another number gives other texts</translation>
    </message>
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
