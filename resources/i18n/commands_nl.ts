<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>commands</name>
    <message>
        <source>There is no journal in {folder} yet. Is this the right folder?</source>
        <translation>Er staat nog geen dagboek in {folder}. Is dit de juiste map?</translation>
    </message>
    <message>
        <source>The journal could not be opened: {error}</source>
        <translation>Het dagboek kon niet geopend worden: {error}</translation>
    </message>
    <message>
        <source>Parent Journal is open on this journal right now. Could you close it first? Nothing was changed.</source>
        <translation>Ouderdagboek staat nu open op dit dagboek. Wil je het eerst sluiten? Er is niets veranderd.</translation>
    </message>
</context>
</TS>
