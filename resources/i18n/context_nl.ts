<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>The disk is full, so this could not be saved yet. Your text stays here. Could you free up some space? We will try again.</source>
        <translation>De schijf is vol, dus dit kon nog niet bewaard worden. Je tekst blijft hier staan. Kun je wat plaats vrijmaken? We proberen het opnieuw.</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to right now, so this was not saved yet. Your text stays here.</source>
        <translation>Er kan nu niet in de map van het dagboek geschreven worden, dus dit is nog niet bewaard. Je tekst blijft hier staan.</translation>
    </message>
    <message>
        <source>The journal is busy in another program. Your text stays here; we will try again.</source>
        <translation>Het dagboek is bezig in een ander programma. Je tekst blijft hier staan; we proberen het opnieuw.</translation>
    </message>
    <message>
        <source>The journal file seems damaged. Nothing was overwritten.</source>
        <translation>Het bestand van het dagboek lijkt beschadigd. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>Your own passphrase is locked right now, so this was not saved yet. Your text stays here. Would you like to unlock first?</source>
        <translation>Je eigen wachtwoord is nu vergrendeld, dus dit is nog niet bewaard. Je tekst blijft hier staan. Wil je eerst ontgrendelen?</translation>
    </message>
    <message>
        <source>This could not be saved yet. Your text stays here.</source>
        <translation>Dit kon nog niet bewaard worden. Je tekst blijft hier staan.</translation>
    </message>
</context>
</TS>
