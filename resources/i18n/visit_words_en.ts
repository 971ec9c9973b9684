<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisitWords</name>
    <message>
        <source>the midwife</source>
        <translation>the midwife</translation>
    </message>
    <message>
        <source>the GP</source>
        <translation>the GP</translation>
    </message>
    <message>
        <source>the paediatrician</source>
        <translation>the paediatrician</translation>
    </message>
    <message>
        <source>Kind en Gezin</source>
        <translation>Kind en Gezin</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>midwife</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>doctor</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>friends</translation>
    </message>
    <message>
        <source>book</source>
        <translation>book</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>fits us</source>
        <translation>fits us</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>not sure yet</translation>
    </message>
    <message>
        <source>not for us</source>
        <translation>not for us</translation>
    </message>
    <message>
        <source>For our care visit</source>
        <translation>For our care visit</translation>
    </message>
    <message>
        <source>For our visit to {who}</source>
        <translation>For our visit to {who}</translation>
    </message>
    <message>
        <source>Our journal</source>
        <translation>Our journal</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Made on {day}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>From {names}</source>
        <translation>From {names}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>From {first} to {last}</translation>
    </message>
    <message>
        <source>Since {first}</source>
        <translation>Since {first}</translation>
    </message>
    <message>
        <source>Until {last}</source>
        <translation>Until {last}</translation>
    </message>
    <message>
        <source>Our questions</source>
        <translation>Our questions</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation>How we are doing</translation>
    </message>
    <message>
        <source>What we would like to talk about</source>
        <translation>What we would like to talk about</translation>
    </message>
    <message>
        <source>Advice we are not sure about</source>
        <translation>Advice we are not sure about</translation>
    </message>
    <message>
        <source>From our journal</source>
        <translation>From our journal</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Advice we received</source>
        <translation>Advice we received</translation>
    </message>
    <message>
        <source>only for me</source>
        <translation>only for me</translation>
    </message>
    <message>
        <source>Asked by {name}</source>
        <translation>Asked by {name}</translation>
    </message>
    <message>
        <source>for {who}</source>
        <translation>for {who}</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>asked</translation>
    </message>
    <message>
        <source>Answer{when}: {answer}</source>
        <translation>Answer{when}: {answer}</translation>
    </message>
    <message>
        <source>noted by {name}</source>
        <translation>noted by {name}</translation>
    </message>
    <message>
        <source>What we think: {view}</source>
        <translation>What we think: {view}</translation>
    </message>
    <message>
        <source>Check-in, {writer}</source>
        <translation>Check-in, {writer}</translation>
    </message>
    <message>
        <source>Goed bezig, from {writer} for {recipient}</source>
        <translation>Goed bezig, from {writer} for {recipient}</translation>
    </message>
    <message>
        <source>Goed bezig, {writer}</source>
        <translation>Goed bezig, {writer}</translation>
    </message>
    <message>
        <source>Energy: {word}</source>
        <translation>Energy: {word}</translation>
    </message>
    <message>
        <source>What would help: {text}</source>
        <translation>What would help: {text}</translation>
    </message>
</context>
</TS>
