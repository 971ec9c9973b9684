<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Parent Journal</source>
        <translation>Ouderdagboek</translation>
    </message>
    <message>
        <source>Who &amp;is writing?</source>
        <translation>Wie schrij&amp;ft er?</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Wie schrijft er?</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation>Ge&amp;wone tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Venster sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Parent Journal</source>
        <translation>&amp;Over Ouderdagboek</translation>
    </message>
    <message>
        <source>About Parent Journal</source>
        <translation>Over Ouderdagboek</translation>
    </message>
    <message>
        <source>Parent Journal {version}

A private journal for parents, kept only on this computer.</source>
        <translation>Ouderdagboek {version}

Een privédagboek voor ouders, dat alleen op deze computer bewaard wordt.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet bewaard</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved yet, so it is only in this window. Would you like to keep the window open and try again in a moment?</source>
        <translation>Een deel van wat je typte kon nog niet bewaard worden; het staat alleen nog in dit venster. Wil je het venster open laten en het zo meteen opnieuw proberen?</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;Open laten</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Toch &amp;sluiten</translation>
    </message>
</context>
</TS>
