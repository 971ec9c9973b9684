<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made by itself</source>
        <translation>Vanzelf gemaakt</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <source>Just before a restore</source>
        <translation>Net voor het terugzetten</translation>
    </message>
    <message>
        <source>Just before an import</source>
        <translation>Net voor een import</translation>
    </message>
    <message>
        <source>Just before an update</source>
        <translation>Net voor een update</translation>
    </message>
    <message>
        <source>Just before a passphrase change</source>
        <translation>Net voor een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>A backup is made by itself when you open the journal (once a day), and just before every restore or import. The last week, month and half year are kept. Your backups are in this folder:</source>
        <translation>Er wordt vanzelf een back-up gemaakt als je het dagboek opent (één keer per dag), en net voor elke keer dat je iets terugzet of importeert. De laatste week, maand en het laatste halfjaar blijven bewaard. Je back-ups staan in deze map:</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first</source>
        <translation>&amp;Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>There are no backups yet. Would you like to make one now?</source>
        <translation>Er zijn nog geen back-ups. Wil je er nu een maken?</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Nu een back-up maken</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Een kopie &amp;elders bewaren…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Een kopie elders bewaren</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Deze back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>A backup was made and checked.</source>
        <translation>Er is een back-up gemaakt en nagekeken.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written. Nothing was changed.</source>
        <translation>De schijf is vol, dus de back-up kon niet geschreven worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The backup could not be written here. Nothing was changed. Would you like to try another place?</source>
        <translation>De back-up kon hier niet geschreven worden. Er is niets veranderd. Wil je een andere plek proberen?</translation>
    </message>
    <message>
        <source>Save a copy of the journal</source>
        <translation>Een kopie van het dagboek bewaren</translation>
    </message>
    <message>
        <source>Journal copies (*.db)</source>
        <translation>Kopieën van het dagboek (*.db)</translation>
    </message>
    <message>
        <source>A copy was saved and checked: {path}</source>
        <translation>Er is een kopie bewaard en nagekeken: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Would you like to bring the journal back as it was on {when}?

What it holds now is backed up first, so you can always come back to it from this list.</source>
        <translation>Wil je het dagboek terugzetten zoals het was op {when}?

Wat er nu in staat, krijgt eerst zelf een back-up, zodat je er altijd naar kan terugkeren via deze lijst.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Parent Journal, so it was left alone. Nothing was changed.</source>
        <translation>Deze back-up is gemaakt met een nieuwere versie van Ouderdagboek, dus hij bleef onaangeroerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup is locked with a passphrase key that this journal does not have now, so it was left alone. Nothing was changed.</source>
        <translation>Deze back-up is vergrendeld met een wachtwoordsleutel die dit dagboek nu niet heeft, dus hij bleef onaangeroerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup seems damaged, so it was left alone. Nothing was changed.</source>
        <translation>Deze back-up lijkt beschadigd, dus hij bleef onaangeroerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The journal is back as it was on {when}. What it held just before is at the top of this list.</source>
        <translation>Het dagboek staat terug zoals het was op {when}. Wat er net daarvoor in stond, staat bovenaan in deze lijst.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Making today&apos;s back-up…</source>
        <translation>Even de back-up van vandaag maken…</translation>
    </message>
</context>
</TS>
