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
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln vraag</numerusform>
            <numerusform>%Ln vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>%Ln advies</numerusform>
            <numerusform>%Ln adviezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln goed bezig-moment</numerusform>
            <numerusform>%Ln goed bezig-momenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln care task(s)</source>
        <translation>
            <numerusform>%Ln zorgtaak</numerusform>
            <numerusform>%Ln zorgtaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln care-load picture(s)</source>
        <translation>
            <numerusform>%Ln ingevuld overzicht van de zorgtaken</numerusform>
            <numerusform>%Ln ingevulde overzichten van de zorgtaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) in those pictures</source>
        <translation>
            <numerusform>%Ln antwoord in die overzichten</numerusform>
            <numerusform>%Ln antwoorden in die overzichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln afspraak</numerusform>
            <numerusform>%Ln afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on agreements</source>
        <translation>
            <numerusform>%Ln notitie bij afspraken</numerusform>
            <numerusform>%Ln notities bij afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln check-in</numerusform>
            <numerusform>%Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln choice(s) about reflection prompts</source>
        <translation>
            <numerusform>%Ln keuze over reflectievragen</numerusform>
            <numerusform>%Ln keuzes over reflectievragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personal passphrase key(s)</source>
        <translation>
            <numerusform>%Ln sleutel van een eigen wachtwoord</numerusform>
            <numerusform>%Ln sleutels van een eigen wachtwoord</numerusform>
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
