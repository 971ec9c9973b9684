<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>startup</name>
    <message>
        <source>This journal was written by a newer version of Parent Journal. To keep it safe, this version leaves it untouched. Could you install the newer version?

{where}</source>
        <translation>Dit dagboek is geschreven met een nieuwere versie van Ouderdagboek. Om het veilig te houden, laat deze versie het onaangeroerd. Wil je de nieuwere versie installeren?

{where}</translation>
    </message>
    <message>
        <source>This file does not look like a journal, or it is damaged. Nothing was changed or overwritten.

{where}</source>
        <translation>Dit bestand lijkt geen dagboek, of het is beschadigd. Er is niets veranderd of overschreven.

{where}</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to, so the journal could not be opened safely. Nothing was changed.

{where}</source>
        <translation>Er kan niet in de map van het dagboek geschreven worden, dus het kon niet veilig geopend worden. Er is niets veranderd.

{where}</translation>
    </message>
    <message>
        <source>The journal could not be opened. Nothing was changed.

{where}</source>
        <translation>Het dagboek kon niet geopend worden. Er is niets veranderd.

{where}</translation>
    </message>
    <message>
        <source>Parent Journal</source>
        <translation>Ouderdagboek</translation>
    </message>
    <message>
        <source>The journal file seems damaged, and there is no backup of it yet. Nothing was changed or overwritten. Could someone who knows computers well have a look at the file?

{where}</source>
        <translation>Het bestand van het dagboek lijkt beschadigd, en er is nog geen back-up van. Er is niets veranderd of overschreven. Kan iemand die goed met computers overweg kan, eens naar het bestand kijken?

{where}</translation>
    </message>
    <message>
        <source>The journal file seems damaged. Nothing was changed or overwritten.

Would you like to open the latest good backup, from {when}? The damaged file is kept aside, so nothing is lost.

{where}</source>
        <translation>Het bestand van het dagboek lijkt beschadigd. Er is niets veranderd of overschreven.

Wil je de laatste goede back-up openen, van {when}? Het beschadigde bestand blijft apart bewaard, zodat er niets verloren gaat.

{where}</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>De back-up &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>This journal has a passphrase; it opens in the window.</source>
        <translation>Dit dagboek heeft een wachtwoord; het opent in het venster.</translation>
    </message>
    <message>
        <source>Parent Journal is already open on this journal; that window comes to the front.</source>
        <translation>Ouderdagboek staat al open op dit dagboek; dat venster komt nu naar voren.</translation>
    </message>
</context>
</TS>
