<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>counts</name>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln adult</numerusform>
            <numerusform>%Ln adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln setting(s)</source>
        <translation>
            <numerusform>%Ln setting</numerusform>
            <numerusform>%Ln settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of them in the bin)</source>
        <translation>
            <numerusform>(%Ln of them in the bin)</numerusform>
            <numerusform>(%Ln of them in the bin)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
</context>
</TS>
