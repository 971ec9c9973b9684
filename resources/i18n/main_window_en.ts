<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Parent Journal</source>
        <translation>Parent Journal</translation>
    </message>
    <message>
        <source>Who &amp;is writing?</source>
        <translation>Who &amp;is writing?</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Who is writing?</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation>&amp;Usual text size</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Parent Journal</source>
        <translation>&amp;About Parent Journal</translation>
    </message>
    <message>
        <source>About Parent Journal</source>
        <translation>About Parent Journal</translation>
    </message>
    <message>
        <source>Parent Journal {version}

A private journal for parents, kept only on this computer.</source>
        <translation>Parent Journal {version}

A private journal for parents, kept only on this computer.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved yet, so it is only in this window. Would you like to keep the window open and try again in a moment?</source>
        <translation>Some of what you typed could not be saved yet, so it is only in this window. Would you like to keep the window open and try again in a moment?</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;Keep it open</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Close &amp;anyway</translation>
    </message>
</context>
</TS>
