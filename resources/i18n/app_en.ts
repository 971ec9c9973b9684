<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Ouderdagboek / Parent Journal. Subcommands: demo, export, import, check, backup, restore (see &apos;parentjournal COMMAND --help&apos;).</source>
        <translation>Ouderdagboek / Parent Journal. Subcommands: demo, export, import, check, backup, restore (see &apos;parentjournal COMMAND --help&apos;).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>folder of the journal (default: your data folder)</source>
        <translation>folder of the journal (default: your data folder)</translation>
    </message>
    <message>
        <source>folder for this computer&apos;s preferences</source>
        <translation>folder for this computer&apos;s preferences</translation>
    </message>
    <message>
        <source>language of the window</source>
        <translation>language of the window</translation>
    </message>
    <message>
        <source>show the window with the first page loaded, then quit (for measurements)</source>
        <translation>show the window with the first page loaded, then quit (for measurements)</translation>
    </message>
    <message>
        <source>show the window, check the journal and make today&apos;s backup, then quit (for tests)</source>
        <translation>show the window, check the journal and make today&apos;s backup, then quit (for tests)</translation>
    </message>
</context>
</TS>
