<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>export_documents</name>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>whose view: only what this person may see</source>
        <translation>wiens blik: alleen wat deze persoon mag zien</translation>
    </message>
    <message>
        <source>the document for a care visit</source>
        <translation>het document voor een bezoek aan een zorgverlener</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>with --visit: midwife, gp, paediatrician, child_health, other, or your own words</source>
        <translation>met --visit: vroedvrouw, huisarts, pediater, kind en gezin, andere, of je eigen woorden</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAG</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>eerste dag, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>laatste dag, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>with --visit: also this person&apos;s own private questions, advice and check-ins</source>
        <translation>met --visit: ook de eigen privévragen, adviezen en check-ins van deze persoon</translation>
    </message>
    <message>
        <source>Where shall I write it? Add --out FILE, please.</source>
        <translation>Waar mag ik het schrijven? Voeg --out BESTAND toe, graag.</translation>
    </message>
    <message>
        <source>Whose view shall I write? Add --person with one of: {names}</source>
        <translation>Vanuit wie mag ik het schrijven? Voeg --person toe met een van: {names}</translation>
    </message>
    <message>
        <source>A day is written like 2026-03-14. Could you check --from and --to?</source>
        <translation>Een dag schrijf je zo: 2026-03-14. Wil je --from en --to even nakijken?</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Het bestand kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Geschreven naar {path}.</translation>
    </message>
    <message>
        <source>What {name} keeps under their own passphrase is not in it; that opens only in the app.</source>
        <translation>Wat {name} achter een eigen wachtwoord bewaart, staat er niet in; dat gaat alleen in de app open.</translation>
    </message>
</context>
</TS>
