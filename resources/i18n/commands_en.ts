<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>commands</name>
    <message>
        <source>The journal could not be opened: {error}</source>
        <translation>The journal could not be opened: {error}</translation>
    </message>
</context>
</TS>
