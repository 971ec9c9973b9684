<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>export_json</name>
    <message>
        <source>The export could not be written to {file}: {error}</source>
        <translation>The export could not be written to {file}: {error}</translation>
    </message>
    <message>
        <source>Written to {file}: {records}.</source>
        <translation>Written to {file}: {records}.</translation>
    </message>
    <message>
        <source>What is locked with a personal passphrase stays sealed in the file; the same passphrase opens it again after an import.</source>
        <translation>What is locked with a personal passphrase stays sealed in the file; the same passphrase opens it again after an import.</translation>
    </message>
</context>
</TS>
