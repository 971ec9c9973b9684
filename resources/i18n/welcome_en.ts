<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Phase</name>
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
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Name of adult {n}</source>
        <translation>Name of adult {n}</translation>
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
        <source>Name or what people call you</source>
        <translation>Name or what people call you</translation>
    </message>
    <message>
        <source>e.g. mama, papa, co-parent…</source>
        <translation>e.g. mama, papa, co-parent…</translation>
    </message>
    <message>
        <source>This journal is yours and stays on this computer. Who is writing in it? One name is enough; you can add someone later.</source>
        <translation>This journal is yours and stays on this computer. Who is writing in it? One name is enough; you can add someone later.</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Who is writing?</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role, if you like</source>
        <translation>&amp;Role, if you like</translation>
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
        <source>A &amp;child, if you like</source>
        <translation>A &amp;child, if you like</translation>
    </message>
    <message>
        <source>A child, if you like</source>
        <translation>A child, if you like</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>N&amp;ot now</translation>
    </message>
    <message>
        <source>A nickname is fine too</source>
        <translation>A nickname is fine too</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the child</source>
        <translation>Date of the child</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>Name or nic&amp;kname</source>
        <translation>Name or nic&amp;kname</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Kind of date</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Where are you now, do you feel?</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>You can change all of this later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
</context>
</TS>
