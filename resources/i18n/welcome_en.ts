<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of adult {n}</source>
        <translation>Name of adult {n}</translation>
    </message>
    <message>
        <source>Role, if you like (mama, papa, co-parent…)</source>
        <translation>Role, if you like (mama, papa, co-parent…)</translation>
    </message>
    <message>
        <source>Role of adult {n}</source>
        <translation>Role of adult {n}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome. This journal is yours and stays on this computer.
Who is in your household? One name is enough.</source>
        <translation>Welcome. This journal is yours and stays on this computer.
Who is in your household? One name is enough.</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Add someone</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Add someone</translation>
    </message>
    <message>
        <source>A child, if you like</source>
        <translation>A child, if you like</translation>
    </message>
    <message>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Name or nickname</translation>
    </message>
    <message>
        <source>Name or nickname of the child</source>
        <translation>Name or nickname of the child</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Add a date</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>born</source>
        <translation>born</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Date of the child</source>
        <translation>Date of the child</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Where are you now, do you feel?</translation>
    </message>
    <message>
        <source>Expecting a baby</source>
        <translation>Expecting a baby</translation>
    </message>
    <message>
        <source>Just had a baby</source>
        <translation>Just had a baby</translation>
    </message>
    <message>
        <source>A little further along</source>
        <translation>A little further along</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>You can change all of this later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
</TS>
