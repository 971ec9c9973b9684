<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>VisitPdf</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
</context>
</TS>
