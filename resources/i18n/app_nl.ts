<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Ouderdagboek / Parent Journal. Subcommands: demo, export, import, check, backup, restore (see &apos;parentjournal COMMAND --help&apos;).</source>
        <translation>Ouderdagboek. Opdrachten: demo, export, import, check, backup, restore (zie &apos;parentjournal OPDRACHT --help&apos;).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>folder of the journal (default: your data folder)</source>
        <translation>map van het dagboek (standaard: je gegevensmap)</translation>
    </message>
    <message>
        <source>folder for this computer&apos;s preferences</source>
        <translation>map voor de voorkeuren van deze computer</translation>
    </message>
    <message>
        <source>language of the window</source>
        <translation>taal van het venster</translation>
    </message>
    <message>
        <source>show the window with the first page loaded, then quit (for measurements)</source>
        <translation>het venster tonen met de eerste pagina geladen en dan stoppen (om te meten)</translation>
    </message>
    <message>
        <source>show the window, check the journal and make today&apos;s backup, then quit (for tests)</source>
        <translation>het venster tonen, het dagboek nakijken en de back-up van vandaag maken, en dan stoppen (om te testen)</translation>
    </message>
</context>
</TS>
