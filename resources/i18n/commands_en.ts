<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>commands</name>
    <message>
        <source>There is no journal in {folder} yet. Is this the right folder?</source>
        <translation>There is no journal in {folder} yet. Is this the right folder?</translation>
    </message>
    <message>
        <source>The journal could not be opened: {error}</source>
        <translation>The journal could not be opened: {error}</translation>
    </message>
    <message>
        <source>Parent Journal is open on this journal right now. Could you close it first? Nothing was changed.</source>
        <translation>Parent Journal is open on this journal right now. Could you close it first? Nothing was changed.</translation>
    </message>
</context>
</TS>
