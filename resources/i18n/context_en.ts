<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>The disk is full, so this could not be saved yet. Your text stays here. Could you free up some space? We will try again.</source>
        <translation>The disk is full, so this could not be saved yet. Your text stays here. Could you free up some space? We will try again.</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to right now, so this was not saved yet. Your text stays here.</source>
        <translation>The journal folder cannot be written to right now, so this was not saved yet. Your text stays here.</translation>
    </message>
    <message>
        <source>The journal is busy in another program. Your text stays here; we will try again.</source>
        <translation>The journal is busy in another program. Your text stays here; we will try again.</translation>
    </message>
    <message>
        <source>The journal file seems damaged. Nothing was overwritten.</source>
        <translation>The journal file seems damaged. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>Your own passphrase is locked right now, so this was not saved yet. Your text stays here. Would you like to unlock first?</source>
        <translation>Your own passphrase is locked right now, so this was not saved yet. Your text stays here. Would you like to unlock first?</translation>
    </message>
    <message>
        <source>This could not be saved yet. Your text stays here.</source>
        <translation>This could not be saved yet. Your text stays here.</translation>
    </message>
</context>
</TS>
