<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of adult {n}</source>
        <translation>Naam van volwassene {n}</translation>
    </message>
    <message>
        <source>Role, if you like (mama, papa, co-parent…)</source>
        <translation>Rol, als je wil (mama, papa, mams, co-ouder…)</translation>
    </message>
    <message>
        <source>Role of adult {n}</source>
        <translation>Rol van volwassene {n}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Welcome. This journal is yours and stays on this computer.
Who is in your household? One name is enough.</source>
        <translation>Welkom. Dit dagboek is van jou en blijft op deze computer.
Wie hoort er bij jullie gezin? Eén naam is genoeg.</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Volwassenen</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>Iemand &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Iemand toevoegen</translation>
    </message>
    <message>
        <source>A child, if you like</source>
        <translation>Een kindje, als je wil</translation>
    </message>
    <message>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Naam of koosnaampje</translation>
    </message>
    <message>
        <source>Name or nickname of the child</source>
        <translation>Naam of koosnaampje van het kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Een datum toevoegen</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Verwachte datum</translation>
    </message>
    <message>
        <source>born</source>
        <translation>geboren</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Date of the child</source>
        <translation>Datum van het kind</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Waar staan jullie nu, voelt het?</translation>
    </message>
    <message>
        <source>Expecting a baby</source>
        <translation>We verwachten een kindje</translation>
    </message>
    <message>
        <source>Just had a baby</source>
        <translation>Pas bevallen</translation>
    </message>
    <message>
        <source>A little further along</source>
        <translation>Al wat verder</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Je kan dit later altijd aanpassen bij Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
</TS>
