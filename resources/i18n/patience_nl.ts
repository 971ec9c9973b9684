<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>patience</name>
    <message>
        <source>Parent Journal</source>
        <translation>Ouderdagboek</translation>
    </message>
    <message>
        <source>One moment: your journal is being opened.
After an update this takes a little longer, once.</source>
        <translation>Even geduld: je dagboek wordt geopend.
Na een update duurt dat één keer wat langer.</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Je dagboek wordt geopend</translation>
    </message>
</context>
</TS>
