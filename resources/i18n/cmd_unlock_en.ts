<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>unlock</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>for a journal with a passphrase: read it from FILE (&apos;-&apos; = standard input) instead of asking on the terminal</source>
        <translation>for a journal with a passphrase: read it from FILE (&apos;-&apos; = standard input) instead of asking on the terminal</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Nothing was read or changed. Would you like to try again?</source>
        <translation>That passphrase does not open this journal. Nothing was read or changed. Would you like to try again?</translation>
    </message>
    <message>
        <source>The passphrase file {file} could not be read ({error}). Nothing was changed.</source>
        <translation>The passphrase file {file} could not be read ({error}). Nothing was changed.</translation>
    </message>
    <message>
        <source>This journal has a passphrase. On a terminal it is asked here; in a script, could you give it with --passphrase-file FILE? Nothing was changed.</source>
        <translation>This journal has a passphrase. On a terminal it is asked here; in a script, could you give it with --passphrase-file FILE? Nothing was changed.</translation>
    </message>
    <message>
        <source>Passphrase of the journal: </source>
        <translation>Passphrase of the journal: </translation>
    </message>
</context>
</TS>
