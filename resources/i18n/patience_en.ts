<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>patience</name>
    <message>
        <source>Parent Journal</source>
        <translation>Parent Journal</translation>
    </message>
    <message>
        <source>One moment: your journal is being opened.
After an update this takes a little longer, once.</source>
        <translation>One moment: your journal is being opened.
After an update this takes a little longer, once.</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Opening your journal</translation>
    </message>
</context>
</TS>
