<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>export</name>
    <message>
        <source>write the journal to a file</source>
        <translation>het dagboek naar een bestand schrijven</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>standaard: json</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>file to write (default: standard output, where possible)</source>
        <translation>bestand om naar te schrijven (standaard: de standaarduitvoer, waar dat kan)</translation>
    </message>
</context>
</TS>
