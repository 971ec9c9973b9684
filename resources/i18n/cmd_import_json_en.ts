<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>import</name>
    <message>
        <source>read a JSON export into the journal (merging by id)</source>
        <translation>read a JSON export into the journal (merging by id)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the .json file written by &apos;parentjournal export&apos;</source>
        <translation>the .json file written by &apos;parentjournal export&apos;</translation>
    </message>
    <message>
        <source>Record {record} of &quot;{table}&quot;</source>
        <translation>Record {record} of &quot;{table}&quot;</translation>
    </message>
    <message>
        <source>This file is not readable JSON (it stops or breaks at line {line}, column {column}). Was it copied completely?</source>
        <translation>This file is not readable JSON (it stops or breaks at line {line}, column {column}). Was it copied completely?</translation>
    </message>
    <message>
        <source>This file is not a text file in UTF-8, so it is not a journal export.</source>
        <translation>This file is not a text file in UTF-8, so it is not a journal export.</translation>
    </message>
    <message>
        <source>This file is larger than any journal export can be.</source>
        <translation>This file is larger than any journal export can be.</translation>
    </message>
    <message>
        <source>This file is not a Parent Journal export.</source>
        <translation>This file is not a Parent Journal export.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Parent Journal (format {version}). Could you import it with that version?</source>
        <translation>This export was made by a newer version of Parent Journal (format {version}). Could you import it with that version?</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Parent Journal (it knows &quot;{name}&quot;). Could you import it with that version?</source>
        <translation>This export comes from a newer version of Parent Journal (it knows &quot;{name}&quot;). Could you import it with that version?</translation>
    </message>
    <message>
        <source>This export has a part this version does not know: &quot;{key}&quot;.</source>
        <translation>This export has a part this version does not know: &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>This export has a kind of record this version does not know: &quot;{table}&quot;.</source>
        <translation>This export has a kind of record this version does not know: &quot;{table}&quot;.</translation>
    </message>
    <message>
        <source>The records of &quot;{table}&quot; are not a list.</source>
        <translation>The records of &quot;{table}&quot; are not a list.</translation>
    </message>
    <message>
        <source>&quot;{table}&quot; holds more records than a journal can.</source>
        <translation>&quot;{table}&quot; holds more records than a journal can.</translation>
    </message>
    <message>
        <source>{where} is not a record.</source>
        <translation>{where} is not a record.</translation>
    </message>
    <message>
        <source>{where} has a field this version does not know: &quot;{column}&quot;.</source>
        <translation>{where} has a field this version does not know: &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} lacks the field &quot;{column}&quot;.</source>
        <translation>{where} lacks the field &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has no value for &quot;{column}&quot;.</source>
        <translation>{where} has no value for &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has the wrong kind of value in &quot;{column}&quot;.</source>
        <translation>{where} has the wrong kind of value in &quot;{column}&quot;.</translation>
    </message>
    <message>
        <source>{where} has a text in &quot;{column}&quot; that is longer than the app allows.</source>
        <translation>{where} has a text in &quot;{column}&quot; that is longer than the app allows.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a valid id.</source>
        <translation>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a valid id.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a moment in time.</source>
        <translation>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a moment in time.</translation>
    </message>
    <message>
        <source>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a day that exists.</source>
        <translation>{where} has &quot;{value}&quot; in &quot;{column}&quot;, which is not a day that exists.</translation>
    </message>
    <message>
        <source>{where} has a value in &quot;{column}&quot; that cannot be read.</source>
        <translation>{where} has a value in &quot;{column}&quot; that cannot be read.</translation>
    </message>
    <message>
        <source>{where} has the same id as an earlier record: &quot;{value}&quot;.</source>
        <translation>{where} has the same id as an earlier record: &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>{where} refers in &quot;{column}&quot; to &quot;{value}&quot;, which is neither in the file nor in the journal.</source>
        <translation>{where} refers in &quot;{column}&quot; to &quot;{value}&quot;, which is neither in the file nor in the journal.</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} Nothing was changed.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {error}</source>
        <translation>The file {file} could not be read: {error}</translation>
    </message>
    <message>
        <source>The journal could not take these records: {error}</source>
        <translation>The journal could not take these records: {error}</translation>
    </message>
    <message>
        <source>Imported into {folder}.</source>
        <translation>Imported into {folder}.</translation>
    </message>
    <message>
        <source>New: {records}.</source>
        <translation>New: {records}.</translation>
    </message>
    <message>
        <source>Nothing new: all of it was already here.</source>
        <translation>Nothing new: all of it was already here.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) replaced by the newer version from the file.</source>
        <translation>
            <numerusform>%Ln record replaced by the newer version from the file.</numerusform>
            <numerusform>%Ln records replaced by the newer version from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) already here in the same or a newer version, kept as they were.</source>
        <translation>
            <numerusform>%Ln record was already here in the same or a newer version and was kept as it was.</numerusform>
            <numerusform>%Ln records already here in the same or a newer version, kept as they were.</numerusform>
        </translation>
    </message>
</context>
</TS>
