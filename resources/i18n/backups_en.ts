<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made by itself</source>
        <translation>Made by itself</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Made by you</translation>
    </message>
    <message>
        <source>Just before a restore</source>
        <translation>Just before a restore</translation>
    </message>
    <message>
        <source>Just before an import</source>
        <translation>Just before an import</translation>
    </message>
    <message>
        <source>Just before an update</source>
        <translation>Just before an update</translation>
    </message>
    <message>
        <source>Just before a passphrase change</source>
        <translation>Just before a passphrase change</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>A backup is made by itself when you open the journal (once a day), and just before every restore or import. The last week, month and half year are kept. Your backups are in this folder:</source>
        <translation>A backup is made by itself when you open the journal (once a day), and just before every restore or import. The last week, month and half year are kept. Your backups are in this folder:</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first</source>
        <translation>&amp;Backups, newest first</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>There are no backups yet. Would you like to make one now?</source>
        <translation>There are no backups yet. Would you like to make one now?</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>&amp;Save a copy elsewhere…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Save a copy elsewhere</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A backup was made and checked.</source>
        <translation>A backup was made and checked.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written. Nothing was changed.</source>
        <translation>The disk is full, so the backup could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be written here. Nothing was changed. Would you like to try another place?</source>
        <translation>The backup could not be written here. Nothing was changed. Would you like to try another place?</translation>
    </message>
    <message>
        <source>Save a copy of the journal</source>
        <translation>Save a copy of the journal</translation>
    </message>
    <message>
        <source>Journal copies (*.db)</source>
        <translation>Journal copies (*.db)</translation>
    </message>
    <message>
        <source>A copy was saved and checked: {path}</source>
        <translation>A copy was saved and checked: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Would you like to bring the journal back as it was on {when}?

What it holds now is backed up first, so you can always come back to it from this list.</source>
        <translation>Would you like to bring the journal back as it was on {when}?

What it holds now is backed up first, so you can always come back to it from this list.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Parent Journal, so it was left alone. Nothing was changed.</source>
        <translation>This backup was made by a newer version of Parent Journal, so it was left alone. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup is locked with a passphrase key that this journal does not have now, so it was left alone. Nothing was changed.</source>
        <translation>This backup is locked with a passphrase key that this journal does not have now, so it was left alone. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup seems damaged, so it was left alone. Nothing was changed.</source>
        <translation>This backup seems damaged, so it was left alone. Nothing was changed.</translation>
    </message>
    <message>
        <source>The journal is back as it was on {when}. What it held just before is at the top of this list.</source>
        <translation>The journal is back as it was on {when}. What it held just before is at the top of this list.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Making today&apos;s back-up…</source>
        <translation>Making today&apos;s back-up…</translation>
    </message>
</context>
</TS>
