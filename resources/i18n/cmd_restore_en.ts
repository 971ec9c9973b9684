<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>restore</name>
    <message>
        <source>bring the journal back as it was in a backup (a copy of now is kept)</source>
        <translation>bring the journal back as it was in a backup (a copy of now is kept)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Parent Journal, so this version leaves it alone. Nothing was changed.</source>
        <translation>This backup was made by a newer version of Parent Journal, so this version leaves it alone. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup is locked with a passphrase key that this journal does not have now (or it is not a Parent Journal backup). It can only be opened together with the journal.key file that was next to the journal when it was made. Nothing was changed.</source>
        <translation>This backup is locked with a passphrase key that this journal does not have now (or it is not a Parent Journal backup). It can only be opened together with the journal.key file that was next to the journal when it was made. Nothing was changed.</translation>
    </message>
    <message>
        <source>This file is not a Parent Journal backup, or it is damaged. Nothing was changed.</source>
        <translation>This file is not a Parent Journal backup, or it is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed. ({error})</source>
        <translation>The backup could not be restored. Nothing was changed. ({error})</translation>
    </message>
    <message>
        <source>The journal is back as it was in {source}.
What it held just before is kept in {safety}.</source>
        <translation>The journal is back as it was in {source}.
What it held just before is kept in {safety}.</translation>
    </message>
</context>
</TS>
