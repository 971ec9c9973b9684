<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>startup</name>
    <message>
        <source>This journal was written by a newer version of Parent Journal. To keep it safe, this version leaves it untouched. Could you install the newer version?

{where}</source>
        <translation>This journal was written by a newer version of Parent Journal. To keep it safe, this version leaves it untouched. Could you install the newer version?

{where}</translation>
    </message>
    <message>
        <source>This file does not look like a journal, or it is damaged. Nothing was changed or overwritten.

{where}</source>
        <translation>This file does not look like a journal, or it is damaged. Nothing was changed or overwritten.

{where}</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to, so the journal could not be opened safely. Nothing was changed.

{where}</source>
        <translation>The journal folder cannot be written to, so the journal could not be opened safely. Nothing was changed.

{where}</translation>
    </message>
    <message>
        <source>The journal could not be opened. Nothing was changed.

{where}</source>
        <translation>The journal could not be opened. Nothing was changed.

{where}</translation>
    </message>
    <message>
        <source>Parent Journal</source>
        <translation>Parent Journal</translation>
    </message>
    <message>
        <source>The journal file seems damaged, and there is no backup of it yet. Nothing was changed or overwritten. Could someone who knows computers well have a look at the file?

{where}</source>
        <translation>The journal file seems damaged, and there is no backup of it yet. Nothing was changed or overwritten. Could someone who knows computers well have a look at the file?

{where}</translation>
    </message>
    <message>
        <source>The journal file seems damaged. Nothing was changed or overwritten.

Would you like to open the latest good backup, from {when}? The damaged file is kept aside, so nothing is lost.

{where}</source>
        <translation>The journal file seems damaged. Nothing was changed or overwritten.

Would you like to open the latest good backup, from {when}? The damaged file is kept aside, so nothing is lost.

{where}</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>&amp;Open the backup</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>This journal has a passphrase; it opens in the window.</source>
        <translation>This journal has a passphrase; it opens in the window.</translation>
    </message>
    <message>
        <source>Parent Journal is already open on this journal; that window comes to the front.</source>
        <translation>Parent Journal is already open on this journal; that window comes to the front.</translation>
    </message>
</context>
</TS>
