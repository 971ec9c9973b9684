<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>export</name>
    <message>
        <source>write the journal to a file</source>
        <translation>write the journal to a file</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>default: json</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>file to write (default: standard output, where possible)</source>
        <translation>file to write (default: standard output, where possible)</translation>
    </message>
</context>
</TS>
