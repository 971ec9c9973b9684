<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>check</name>
    <message>
        <source>check that the journal is healthy</source>
        <translation>nakijken of het dagboek gezond is</translation>
    </message>
    <message>
        <source>The database file is intact.</source>
        <translation>Het bestand van het dagboek is heel.</translation>
    </message>
    <message>
        <source>The database file is damaged: {error}</source>
        <translation>Het bestand van het dagboek is beschadigd: {error}</translation>
    </message>
    <message>
        <source>The search indexes match the records.</source>
        <translation>De zoekindexen kloppen met de gegevens.</translation>
    </message>
    <message>
        <source>A search index does not match its records: {error}</source>
        <translation>Een zoekindex klopt niet met zijn gegevens: {error}</translation>
    </message>
    <message>
        <source>Every record refers to records that exist.</source>
        <translation>Alle verwijzingen tussen de gegevens kloppen.</translation>
    </message>
    <message>
        <source>Some records refer to records that are gone: {error}</source>
        <translation>Sommige gegevens verwijzen naar iets dat er niet meer is: {error}</translation>
    </message>
    <message>
        <source>In this journal: {records}.</source>
        <translation>In dit dagboek: {records}.</translation>
    </message>
    <message>
        <source>The journal is healthy.</source>
        <translation>Het dagboek is in orde.</translation>
    </message>
    <message>
        <source>Something is wrong with the journal.</source>
        <translation>Er is iets mis met het dagboek.</translation>
    </message>
</context>
</TS>
