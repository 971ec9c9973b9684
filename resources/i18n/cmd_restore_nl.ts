<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>restore</name>
    <message>
        <source>bring the journal back as it was in a backup (a copy of now is kept)</source>
        <translation>het dagboek terugzetten zoals het in een back-up was (een kopie van nu blijft bewaard)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>de back-up om terug te zetten</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Parent Journal, so this version leaves it alone. Nothing was changed.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Ouderdagboek, dus deze versie laat hem met rust. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup is locked with a passphrase key that this journal does not have now (or it is not a Parent Journal backup). It can only be opened together with the journal.key file that was next to the journal when it was made. Nothing was changed.</source>
        <translation>Deze back-up is vergrendeld met een wachtwoordsleutel die dit dagboek nu niet heeft (of het is geen back-up van Ouderdagboek). Hij gaat alleen open samen met het bestand journal.key dat naast het dagboek stond toen hij gemaakt werd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This file is not a Parent Journal backup, or it is damaged. Nothing was changed.</source>
        <translation>Dit bestand is geen back-up van Ouderdagboek, of het is beschadigd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed. ({error})</source>
        <translation>De back-up kon niet teruggezet worden. Er is niets veranderd. ({error})</translation>
    </message>
    <message>
        <source>The journal is back as it was in {source}.
What it held just before is kept in {safety}.</source>
        <translation>Het dagboek staat terug zoals het was in {source}.
Wat er net daarvoor in stond, is bewaard in {safety}.</translation>
    </message>
</context>
</TS>
