<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>LookbackPage</name>
    <message>
        <source>Looking back</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>Once you have written for a while, you will find things here to look back on, whenever you feel like it.</source>
        <translation>Als je een tijdje geschreven hebt, vind je hier dingen om op terug te kijken, wanneer je daar zin in hebt.</translation>
    </message>
    <message>
        <source>A quiet look back, if you feel like it.</source>
        <translation>Rustig terugkijken, als je daar zin in hebt.</translation>
    </message>
    <message>
        <source>for yourself</source>
        <translation>voor jezelf</translation>
    </message>
    <message>
        <source>{name}, for themselves</source>
        <translation>{name}, voor zichzelf</translation>
    </message>
    <message>
        <source>from {name}, for you</source>
        <translation>van {name}, voor jou</translation>
    </message>
    <message>
        <source>from you, for {name}</source>
        <translation>van jou, voor {name}</translation>
    </message>
    <message>
        <source>from {author}, for {name}</source>
        <translation>van {author}, voor {name}</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Op deze dag</translation>
    </message>
    <message>
        <source>A while ago</source>
        <translation>Een tijd geleden</translation>
    </message>
    <message>
        <source>On {day} you wrote something. Would you like to read back what you wrote?</source>
        <translation>Op {day} schreef je iets. Wil je teruglezen wat je toen schreef?</translation>
    </message>
    <message>
        <source>&amp;Fold away</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Fold away what you wrote then</source>
        <translation>Verberg wat je toen schreef</translation>
    </message>
    <message>
        <source>&amp;Read back</source>
        <translation>&amp;Lees terug</translation>
    </message>
    <message>
        <source>Read back what you wrote then</source>
        <translation>Lees terug wat je toen schreef</translation>
    </message>
    <message>
        <source>A moment that went well</source>
        <translation>Een goed-bezig-moment</translation>
    </message>
    <message>
        <source>&amp;Another moment</source>
        <translation>Een &amp;ander moment</translation>
    </message>
    <message>
        <source>Another moment</source>
        <translation>Een ander moment</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>What you wrote about this month:</source>
        <translation>Waar je deze maand over schreef:</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>A question, if you like</source>
        <translation>Een vraag, als je wil</translation>
    </message>
    <message>
        <source>&amp;Write about this</source>
        <translation>&amp;Schrijf hierover</translation>
    </message>
    <message>
        <source>Write about this question</source>
        <translation>Schrijf over deze vraag</translation>
    </message>
    <message>
        <source>Another question</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <source>An&amp;other question</source>
        <translation>&amp;Andere vraag</translation>
    </message>
    <message>
        <source>Not for &amp;me</source>
        <translation>Niet &amp;voor mij</translation>
    </message>
    <message>
        <source>Not for me: hide this question</source>
        <translation>Niet voor mij: verberg deze vraag</translation>
    </message>
    <message>
        <source>This question will not come back. You can bring it back in the settings.</source>
        <translation>Deze vraag komt niet meer terug. Je kunt ze terughalen bij de instellingen.</translation>
    </message>
    <message>
        <source>That question will not come back.</source>
        <translation>Die vraag komt niet meer terug.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: bring the question back</source>
        <translation>Ongedaan maken: haal de vraag terug</translation>
    </message>
    <message>
        <source>A question to write about, if you like</source>
        <translation>Een vraag om over te schrijven, als je wil</translation>
    </message>
</context>
<context>
    <name>PromptSettings</name>
    <message>
        <source>Questions to write about</source>
        <translation>Vragen om over te schrijven</translation>
    </message>
    <message>
        <source>&amp;Offer a question to write about on the journal screen</source>
        <translation>Toon een vraag om &amp;over te schrijven op het dagboekscherm</translation>
    </message>
    <message>
        <source>Offer a question to write about on the journal screen</source>
        <translation>Toon een vraag om over te schrijven op het dagboekscherm</translation>
    </message>
    <message>
        <source>&amp;Questions you set aside with “not for me”:</source>
        <translation>&amp;Vragen die je opzijlegde met ‘niet voor mij’:</translation>
    </message>
    <message>
        <source>Questions you set aside</source>
        <translation>Vragen die je opzijlegde</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Breng te&amp;rug</translation>
    </message>
    <message>
        <source>Bring the chosen question back</source>
        <translation>Breng de gekozen vraag terug</translation>
    </message>
    <message>
        <source>You have not set any questions aside.</source>
        <translation>Je hebt geen vragen opzijgelegd.</translation>
    </message>
</context>
</TS>
