<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LookbackPage</name>
    <message>
        <source>Looking back</source>
        <translation>Looking back</translation>
    </message>
    <message>
        <source>Once you have written for a while, you will find things here to look back on, whenever you feel like it.</source>
        <translation>Once you have written for a while, you will find things here to look back on, whenever you feel like it.</translation>
    </message>
    <message>
        <source>A quiet look back, if you feel like it.</source>
        <translation>A quiet look back, if you feel like it.</translation>
    </message>
    <message>
        <source>for yourself</source>
        <translation>for yourself</translation>
    </message>
    <message>
        <source>{name}, for themselves</source>
        <translation>{name}, for themselves</translation>
    </message>
    <message>
        <source>from {name}, for you</source>
        <translation>from {name}, for you</translation>
    </message>
    <message>
        <source>from you, for {name}</source>
        <translation>from you, for {name}</translation>
    </message>
    <message>
        <source>from {author}, for {name}</source>
        <translation>from {author}, for {name}</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>On this day</translation>
    </message>
    <message>
        <source>A while ago</source>
        <translation>A while ago</translation>
    </message>
    <message>
        <source>On {day} you wrote something. Would you like to read back what you wrote?</source>
        <translation>On {day} you wrote something. Would you like to read back what you wrote?</translation>
    </message>
    <message>
        <source>&amp;Fold away</source>
        <translation>&amp;Fold away</translation>
    </message>
    <message>
        <source>Fold away what you wrote then</source>
        <translation>Fold away what you wrote then</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Read back</translation>
    </message>
    <message>
        <source>Read back what you wrote then</source>
        <translation>Read back what you wrote then</translation>
    </message>
    <message>
        <source>A moment that went well</source>
        <translation>A moment that went well</translation>
    </message>
    <message>
        <source>&amp;Another moment</source>
        <translation>&amp;Another moment</translation>
    </message>
    <message>
        <source>Another moment</source>
        <translation>Another moment</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>What you wrote about this month:</source>
        <translation>What you wrote about this month:</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>A question, if you like</source>
        <translation>A question, if you like</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Write about this</translation>
    </message>
    <message>
        <source>Write about this question</source>
        <translation>Write about this question</translation>
    </message>
    <message>
        <source>Another question</source>
        <translation>Another question</translation>
    </message>
    <message>
        <source>An&amp;other question</source>
        <translation>An&amp;other question</translation>
    </message>
    <message>
        <source>Not for &amp;me</source>
        <translation>Not for &amp;me</translation>
    </message>
    <message>
        <source>Not for me: hide this question</source>
        <translation>Not for me: hide this question</translation>
    </message>
    <message>
        <source>This question will not come back. You can bring it back in the settings.</source>
        <translation>This question will not come back. You can bring it back in the settings.</translation>
    </message>
    <message>
        <source>That question will not come back.</source>
        <translation>That question will not come back.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo: bring the question back</source>
        <translation>Undo: bring the question back</translation>
    </message>
    <message>
        <source>A question to write about, if you like</source>
        <translation>A question to write about, if you like</translation>
    </message>
</context>
<context>
    <name>PromptSettings</name>
    <message>
        <source>Questions to write about</source>
        <translation>Questions to write about</translation>
    </message>
    <message>
        <source>&amp;Offer a question to write about on the journal screen</source>
        <translation>&amp;Offer a question to write about on the journal screen</translation>
    </message>
    <message>
        <source>Offer a question to write about on the journal screen</source>
        <translation>Offer a question to write about on the journal screen</translation>
    </message>
    <message>
        <source>&amp;Questions you set aside with “not for me”:</source>
        <translation>&amp;Questions you set aside with “not for me”:</translation>
    </message>
    <message>
        <source>Questions you set aside</source>
        <translation>Questions you set aside</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>Bring the chosen question back</source>
        <translation>Bring the chosen question back</translation>
    </message>
    <message>
        <source>You have not set any questions aside.</source>
        <translation>You have not set any questions aside.</translation>
    </message>
</context>
</TS>
