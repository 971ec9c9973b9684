<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln volwassene</numerusform>
            <numerusform>%Ln volwassenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln kind</numerusform>
            <numerusform>%Ln kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln setting(s)</source>
        <translation>
            <numerusform>%Ln instelling</numerusform>
            <numerusform>%Ln instellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln dagboekstukje</numerusform>
            <numerusform>%Ln dagboekstukjes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of them in the bin)</source>
        <translation>
            <numerusform>(waarvan %Ln in de prullenbak)</numerusform>
            <numerusform>(waarvan %Ln in de prullenbak)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
</context>
</TS>
