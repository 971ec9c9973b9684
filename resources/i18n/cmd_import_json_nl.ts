<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>import</name>
    <message>
        <source>read a JSON export into the journal (merging by id)</source>
        <translation>een JSON-export in het dagboek inlezen (samengevoegd per id)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>the .json file written by &apos;parentjournal export&apos;</source>
        <translation>het .json-bestand dat &apos;parentjournal export&apos; schreef</translation>
    </message>
    <message>
        <source>Record {record} of &quot;{table}&quot;</source>
        <translation>Gegeven {record} van &quot;{table}&quot;</translation>
    </message>
    <message>
        <source>This file is not readable JSON (it stops or breaks at line {line}, column {column}). Was it copied completely?</source>
        <translation>Dit bestand is geen leesbare JSON (het stopt of loopt vast op regel {line}, kolom {column}). Is het helemaal gekopieerd?</translation>
    </message>
    <message>
        <source>This file is not a text file in UTF-8, so it is not a journal export.</source>
        <translation>Dit is geen tekstbestand in UTF-8, dus het is geen export van een dagboek.</translation>
    </message>
    <message>
        <source>This file is larger than any journal export can be.</source>
        <translation>Dit bestand is groter dan een export van een dagboek kan zijn.</translation>
    </message>
    <message>
        <source>This file is not a Parent Journal export.</source>
        <translation>Dit bestand is geen export van Ouderdagboek.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Parent Journal (format {version}). Could you import it with that version?</source>
        <translation>Deze export is gemaakt met een nieuwere versie van Ouderdagboek (formaat {version}). Wil je hem met die versie inlezen?</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Parent Journal (it knows &quot;{name}&quot;). Could you import it with that version?</source>
        <translation>Deze export komt van een nieuwere versie van Ouderdagboek (die kent &quot;{name}&quot;). Wil je hem met die versie inlezen?</translation>
    </message>
    <message>
        <source>This export has a part this version does not know: &quot;{key}&quot;.</source>
        <translation>Deze export bevat een deel dat deze versie niet kent: &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>This export has a kind of record this version does not know: &quot;{table}&quot;.</source>
        <translation>Deze export bevat een soort gegevens die deze versie niet kent: &quot;{table}&quot;.</translation>
    </message>
    <message>
        <source>The records of &quot;{table}&quot; are not a list.</source>
        <translation>De gegevens van &quot;{table}&quot; staan niet in een lijst.</translation>
    </message>
    <message>
        <source>&quot;{table}&quot; holds more records than a journal can.</source>
        <translation>&quot;{table}&quot; bevat meer gegevens dan een dagboek kan bevatten.</translation>
    </message>
    <message>
        <source>{where} is not a record.</source>
        <translation>{where} is geen gegeven.</translation>
    </message>
    <message>
        <source>{where} has a field this version does not know: &quot;{column}&quot;.</source>
        <translation>{where} heeft een veld dat deze versie niet kent: &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} lacks the field &quot;{column}&quot;.</source>
        <translation>{where} mist het veld &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has no value for &quot;{column}&quot;.</source>
        <translation>{where} heeft geen waarde voor &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has the wrong kind of value in &quot;{column}&quot;.</source>
        <translation>{where} heeft een verkeerd soort waarde in &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has a text in &quot;{column}&quot; that is longer than the app allows.</source>
        <translation>{where} heeft in &quot;{column}&quot; een tekst die langer is dan de app toelaat.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a valid id.</source>
        <translation>{where} heeft &quot;{value}&quot; in &quot;{column}&quot;, en dat is geen geldige id.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a moment in time.</source>
        <translation>{where} heeft &quot;{value}&quot; in &quot;{column}&quot;, en dat is geen tijdstip.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a day that exists.</source>
        <translation>{where} heeft &quot;{value}&quot; in &quot;{column}&quot;, en die dag bestaat niet.</translation>
    </message>
    <message>
        <source>{where} has a value in &quot;{column}&quot; that cannot be read.</source>
        <translation>{where} heeft in &quot;{column}&quot; een waarde die niet te lezen is.</translation>
    </message>
    <message>
        <source>{where} has the same id as an earlier record: &quot;{value}&quot;.</source>
        <translation>{where} heeft dezelfde id als een eerder gegeven: &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>{where} refers in &quot;{column}&quot; to &quot;{value}&quot;, which is neither in the file nor in the journal.</source>
        <translation>{where} verwijst in &quot;{column}&quot; naar &quot;{value}&quot;, maar dat staat niet in het bestand en ook niet in het dagboek.</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {error}</source>
        <translation>Het bestand {file} kon niet gelezen worden: {error}</translation>
    </message>
    <message>
        <source>The journal could not take these records: {error}</source>
        <translation>Het dagboek kon deze gegevens niet opnemen: {error}</translation>
    </message>
    <message>
        <source>Imported into {folder}.</source>
        <translation>Ingelezen in {folder}.</translation>
    </message>
    <message>
        <source>New: {records}.</source>
        <translation>Nieuw: {records}.</translation>
    </message>
    <message>
        <source>Nothing new: all of it was already here.</source>
        <translation>Niets nieuws: alles stond er al in.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) replaced by the newer version from the file.</source>
        <translation>
            <numerusform>%Ln gegeven vervangen door de nieuwere versie uit het bestand.</numerusform>
            <numerusform>%Ln gegevens vervangen door de nieuwere versie uit het bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) already here in the same or a newer version, kept as they were.</source>
        <translation>
            <numerusform>%Ln gegeven stond er al in dezelfde of een nieuwere versie en is gebleven zoals het was.</numerusform>
            <numerusform>%Ln gegevens stonden er al in dezelfde of een nieuwere versie en zijn gebleven zoals ze waren.</numerusform>
        </translation>
    </message>
</context>
</TS>
