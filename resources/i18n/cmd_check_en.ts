<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <source>check that the journal is healthy</source>
        <translation>check that the journal is healthy</translation>
    </message>
    <message>
        <source>The database file is intact.</source>
        <translation>The database file is intact.</translation>
    </message>
    <message>
        <source>The database file is damaged: {error}</source>
        <translation>The database file is damaged: {error}</translation>
    </message>
    <message>
        <source>The search indexes match the records.</source>
        <translation>The search indexes match the records.</translation>
    </message>
    <message>
        <source>A search index does not match its records: {error}</source>
        <translation>A search index does not match its records: {error}</translation>
    </message>
    <message>
        <source>Every record refers to records that exist.</source>
        <translation>Every record refers to records that exist.</translation>
    </message>
    <message>
        <source>Some records refer to records that are gone: {error}</source>
        <translation>Some records refer to records that are gone: {error}</translation>
    </message>
    <message>
        <source>In this journal: {records}.</source>
        <translation>In this journal: {records}.</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>The journal is healthy.</translation>
    </message>
    <message>
        <source>Something is wrong with the journal.</source>
        <translation>Something is wrong with the journal.</translation>
    </message>
</context>
</TS>
