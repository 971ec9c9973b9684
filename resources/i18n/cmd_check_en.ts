<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <source>The journal is not healthy: {error}</source>
        <translation>The journal is not healthy: {error}</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>The journal is healthy.</translation>
    </message>
</context>
</TS>
