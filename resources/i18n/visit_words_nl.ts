<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>VisitWords</name>
    <message>
        <source>the midwife</source>
        <translation>de vroedvrouw</translation>
    </message>
    <message>
        <source>the GP</source>
        <translation>de huisarts</translation>
    </message>
    <message>
        <source>the paediatrician</source>
        <translation>de pediater</translation>
    </message>
    <message>
        <source>Kind en Gezin</source>
        <translation>Kind en Gezin</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>vroedvrouw</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>arts</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familie</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>vrienden</translation>
    </message>
    <message>
        <source>book</source>
        <translation>boek</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>sociale media</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>fits us</source>
        <translation>past bij ons</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>twijfel</translation>
    </message>
    <message>
        <source>not for us</source>
        <translation>niet voor ons</translation>
    </message>
    <message>
        <source>For our care visit</source>
        <translation>Voor ons bezoek</translation>
    </message>
    <message>
        <source>For our visit to {who}</source>
        <translation>Voor ons bezoek bij {who}</translation>
    </message>
    <message>
        <source>Our journal</source>
        <translation>Ons dagboek</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Gemaakt op {day}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>From {names}</source>
        <translation>Van {names}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Van {first} tot {last}</translation>
    </message>
    <message>
        <source>Since {first}</source>
        <translation>Sinds {first}</translation>
    </message>
    <message>
        <source>Until {last}</source>
        <translation>Tot {last}</translation>
    </message>
    <message>
        <source>Our questions</source>
        <translation>Onze vragen</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation>Hoe het met ons gaat</translation>
    </message>
    <message>
        <source>What we would like to talk about</source>
        <translation>Waar we graag over willen praten</translation>
    </message>
    <message>
        <source>Advice we are not sure about</source>
        <translation>Adviezen waarover we twijfelen</translation>
    </message>
    <message>
        <source>From our journal</source>
        <translation>Uit ons dagboek</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Advice we received</source>
        <translation>Adviezen die we kregen</translation>
    </message>
    <message>
        <source>only for me</source>
        <translation>alleen voor mij</translation>
    </message>
    <message>
        <source>Asked by {name}</source>
        <translation>Gevraagd door {name}</translation>
    </message>
    <message>
        <source>for {who}</source>
        <translation>voor {who}</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gesteld</translation>
    </message>
    <message>
        <source>Answer{when}: {answer}</source>
        <translation>Antwoord{when}: {answer}</translation>
    </message>
    <message>
        <source>noted by {name}</source>
        <translation>genoteerd door {name}</translation>
    </message>
    <message>
        <source>What we think: {view}</source>
        <translation>Wat wij ervan denken: {view}</translation>
    </message>
    <message>
        <source>Check-in, {writer}</source>
        <translation>Check-in, {writer}</translation>
    </message>
    <message>
        <source>Goed bezig, from {writer} for {recipient}</source>
        <translation>Goed bezig, van {writer} voor {recipient}</translation>
    </message>
    <message>
        <source>Goed bezig, {writer}</source>
        <translation>Goed bezig, {writer}</translation>
    </message>
    <message>
        <source>Energy: {word}</source>
        <translation>Energie: {word}</translation>
    </message>
    <message>
        <source>What would help: {text}</source>
        <translation>Wat zou helpen: {text}</translation>
    </message>
</context>
</TS>
