<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <source>The journal is not healthy: {error}</source>
        <translation>Er is iets mis met het dagboek: {error}</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>Het dagboek is in orde.</translation>
    </message>
</context>
</TS>
