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
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of advice</source>
        <translation>
            <numerusform>%Ln piece of advice</numerusform>
            <numerusform>%Ln pieces of advice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln moment</numerusform>
            <numerusform>%Ln moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln care task(s)</source>
        <translation>
            <numerusform>%Ln care task</numerusform>
            <numerusform>%Ln care tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln care-load picture(s)</source>
        <translation>
            <numerusform>%Ln care-load picture</numerusform>
            <numerusform>%Ln care-load pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) in those pictures</source>
        <translation>
            <numerusform>%Ln answer in those pictures</numerusform>
            <numerusform>%Ln answers in those pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on agreements</source>
        <translation>
            <numerusform>%Ln note on agreements</numerusform>
            <numerusform>%Ln notes on agreements</numerusform>
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
            <numerusform>%Ln choice about reflection prompts</numerusform>
            <numerusform>%Ln choices about reflection prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personal passphrase key(s)</source>
        <translation>
            <numerusform>%Ln personal passphrase key</numerusform>
            <numerusform>%Ln personal passphrase keys</numerusform>
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
