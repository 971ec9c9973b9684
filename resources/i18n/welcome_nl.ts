<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Phase</name>
    <message>
        <source>Expecting a baby</source>
        <translation>We verwachten een kindje</translation>
    </message>
    <message>
        <source>Just had a baby</source>
        <translation>Ons kindje is er pas</translation>
    </message>
    <message>
        <source>A little further along</source>
        <translation>Al wat verder</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Name of adult {n}</source>
        <translation>Naam van volwassene {n}</translation>
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
        <source>Name or what people call you</source>
        <translation>Naam, of hoe ze je noemen</translation>
    </message>
    <message>
        <source>e.g. mama, papa, co-parent…</source>
        <translation>bv. mama, papa, mams, co-ouder…</translation>
    </message>
    <message>
        <source>This journal is yours and stays on this computer. Who is writing in it? One name is enough; you can add someone later.</source>
        <translation>Dit dagboek is van jou en blijft op deze computer. Wie schrijft erin? Eén naam is genoeg; later kan je altijd iemand toevoegen.</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Wie schrijft er?</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role, if you like</source>
        <translation>&amp;Rol, als je wil</translation>
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
        <source>A &amp;child, if you like</source>
        <translation>Een &amp;kindje, als je wil</translation>
    </message>
    <message>
        <source>A child, if you like</source>
        <translation>Een kindje, als je wil</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>A nickname is fine too</source>
        <translation>Een koosnaampje mag ook</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the child</source>
        <translation>Datum van het kind</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <source>Name or nic&amp;kname</source>
        <translation>Naam of k&amp;oosnaampje</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Verwacht op</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren op</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Soort datum</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Waar staan jullie nu, voelt het?</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Je kan dit later altijd aanpassen bij Instellingen.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
</TS>
