<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>demo</name>
    <message>
        <source>fill an empty journal with a sample household (for trying the app)</source>
        <translation>een leeg dagboek vullen met een voorbeeldgezin (om de app uit te proberen)</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>GETAL</translation>
    </message>
    <message>
        <source>how many journal entries to write (0 to {most}; default 300)</source>
        <translation>hoeveel dagboekstukjes er geschreven worden (0 tot {most}; standaard 300)</translation>
    </message>
    <message>
        <source>another number gives other texts</source>
        <translation>een ander getal geeft andere teksten</translation>
    </message>
    <message>
        <source>This journal already has people in it, so no demo was added. A demo goes into an empty folder, for example: parentjournal demo --data-dir /tmp/demo</source>
        <translation>In dit dagboek staan al mensen, dus er is geen voorbeeld aan toegevoegd. Een voorbeeld komt in een lege map, bijvoorbeeld: parentjournal demo --data-dir /tmp/demo</translation>
    </message>
    <message>
        <source>The demo could not be written, so nothing was added: {error}</source>
        <translation>Het voorbeeld kon niet geschreven worden, dus er is niets toegevoegd: {error}</translation>
    </message>
    <message>
        <source>A demo journal is ready in {folder}: {records} ({seconds} s).</source>
        <translation>Er staat een voorbeelddagboek klaar in {folder}: {records} ({seconds} s).</translation>
    </message>
</context>
</TS>
