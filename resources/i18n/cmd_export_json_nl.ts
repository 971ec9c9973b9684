<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>export_json</name>
    <message>
        <source>The export could not be written to {file}: {error}</source>
        <translation>De export kon niet naar {file} geschreven worden: {error}</translation>
    </message>
    <message>
        <source>Written to {file}: {records}.</source>
        <translation>Geschreven naar {file}: {records}.</translation>
    </message>
    <message>
        <source>What is locked with a personal passphrase stays sealed in the file; the same passphrase opens it again after an import.</source>
        <translation>Wat achter een eigen wachtwoord staat, blijft versleuteld in het bestand; na een import opent hetzelfde wachtwoord het weer.</translation>
    </message>
</context>
</TS>
