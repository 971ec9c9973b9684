<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>export_documents</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>whose view: only what this person may see</source>
        <translation>whose view: only what this person may see</translation>
    </message>
    <message>
        <source>the document for a care visit</source>
        <translation>the document for a care visit</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>with --visit: midwife, gp, paediatrician, child_health, other, or your own words</source>
        <translation>with --visit: midwife, gp, paediatrician, child_health, other, or your own words</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>first day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>last day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>with --visit: also this person&apos;s own private questions, advice and check-ins</source>
        <translation>with --visit: also this person&apos;s own private questions, advice and check-ins</translation>
    </message>
    <message>
        <source>Where shall I write it? Add --out FILE, please.</source>
        <translation>Where shall I write it? Add --out FILE, please.</translation>
    </message>
    <message>
        <source>Whose view shall I write? Add --person with one of: {names}</source>
        <translation>Whose view shall I write? Add --person with one of: {names}</translation>
    </message>
    <message>
        <source>A day is written like 2026-03-14. Could you check --from and --to?</source>
        <translation>A day is written like 2026-03-14. Could you check --from and --to?</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Written to {path}.</translation>
    </message>
    <message>
        <source>What {name} keeps under their own passphrase is not in it; that opens only in the app.</source>
        <translation>What {name} keeps under their own passphrase is not in it; that opens only in the app.</translation>
    </message>
</context>
</TS>
