<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>&amp;Deleted entries</source>
        <translation>&amp;Verwijderde stukjes</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Verwijderde stukjes</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Put the chosen entry back</source>
        <translation>Het gekozen stukje terugzetten</translation>
    </message>
    <message>
        <source>Entries you deleted wait here. Would you like to put one back?</source>
        <translation>Stukjes die je weggooide, wachten hier. Wil je er een terugzetten?</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(geen tekst)</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Go to a day</source>
        <translation>Naar een dag</translation>
    </message>
    <message>
        <source>Days with writing are in bold.</source>
        <translation>Dagen waarop iets geschreven is, staan vet.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Ga erheen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title, if you like</source>
        <translation>Titel, als je wil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;About the day</source>
        <translation>&amp;Over de dag</translation>
    </message>
    <message>
        <source>About the day</source>
        <translation>Over de dag</translation>
    </message>
    <message>
        <source>Who may &amp;read it</source>
        <translation>Wie mag het &amp;lezen</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wie mag het lezen</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Alleen ik</translation>
    </message>
    <message>
        <source>Shared with the household</source>
        <translation>Gedeeld met het gezin</translation>
    </message>
    <message>
        <source>What would you like to keep from today? One word is enough.</source>
        <translation>Wat wil je bewaren van vandaag? Eén woord is genoeg.</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Je tekst</translation>
    </message>
    <message>
        <source>Your text, formatted</source>
        <translation>Je tekst, opgemaakt</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>Opge&amp;maakt</translation>
    </message>
    <message>
        <source>Show the text formatted</source>
        <translation>De tekst opgemaakt tonen</translation>
    </message>
    <message>
        <source>Show the text with its formatting (Markdown), or write again</source>
        <translation>De tekst met opmaak (Markdown) tonen, of weer verder schrijven</translation>
    </message>
    <message>
        <source>To th&amp;e bin</source>
        <translation>Naar de p&amp;rullenbak</translation>
    </message>
    <message>
        <source>Move this entry to the bin</source>
        <translation>Dit stukje naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>You can get it back from the bin (Ctrl+Z)</source>
        <translation>Je kunt het terughalen uit de prullenbak (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{name} wrote this and shares it with you.</source>
        <translation>{name} schreef dit en deelt het met jou.</translation>
    </message>
    <message>
        <source>This text is too long to keep as one entry. Your text stays here; could you split it into a few entries?</source>
        <translation>Deze tekst is te lang om als één stukje te bewaren. Je tekst blijft hier staan; wil je hem over een paar stukjes verdelen?</translation>
    </message>
    <message>
        <source>That is more text than one entry can hold, so it was not pasted. What you wrote stays as it was. Would you like to paste it in a few smaller parts?</source>
        <translation>Dat is meer tekst dan één stukje kan bevatten, dus hij is niet geplakt. Wat je schreef, blijft zoals het was. Wil je hem in een paar kleinere delen plakken?</translation>
    </message>
    <message>
        <source>Not saved yet; your text stays here and we try again.</source>
        <translation>Nog niet bewaard; je tekst blijft hier staan en we proberen het opnieuw.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Show writing by</source>
        <translation>Toon wat geschreven is door</translation>
    </message>
    <message>
        <source>Show theme</source>
        <translation>Toon thema</translation>
    </message>
    <message>
        <source>Go to a &amp;day…</source>
        <translation>Naar een dag &amp;kiezen…</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Naar een dag</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>&amp;Prullenbak</translation>
    </message>
    <message>
        <source>Bin: deleted entries</source>
        <translation>Prullenbak: verwijderde stukjes</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nieuw stukje</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuw stukje</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Een nieuw stukje beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Alles &amp;tonen</translation>
    </message>
    <message>
        <source>Show all days again</source>
        <translation>Weer alle dagen tonen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Put the entry back</source>
        <translation>Het stukje terugzetten</translation>
    </message>
    <message>
        <source>The entry is in the bin.</source>
        <translation>Het stukje ligt in de prullenbak.</translation>
    </message>
    <message>
        <source>From {day} back</source>
        <translation>Vanaf {day} terug</translation>
    </message>
    <message>
        <source>Nothing here with this choice.</source>
        <translation>Hier staat niets bij deze keuze.</translation>
    </message>
    <message>
        <source>Nothing written yet. Whatever you write appears here, day by day.</source>
        <translation>Nog niets geschreven. Wat je schrijft, komt hier te staan, dag per dag.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n stukje</numerusform>
            <numerusform>%n stukjes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n goed bezig-moment</numerusform>
            <numerusform>%n goed bezig-momenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other result(s)</source>
        <translation>
            <numerusform>%n ander resultaat</numerusform>
            <numerusform>%n andere resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>{results} found</source>
        <translation>{results} gevonden</translation>
    </message>
    <message>
        <source>{results} and {last} found</source>
        <translation>{results} en {last} gevonden</translation>
    </message>
    <message>
        <source>Type a word to search everything you may read.</source>
        <translation>Typ een woord om te zoeken in alles wat jij mag lezen.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Another word, perhaps?</source>
        <translation>Niets gevonden voor “{query}”. Misschien een ander woord?</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Even tellen…</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>&amp;Themes</source>
        <translation>Th&amp;ema&apos;s</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Which themes does this touch on? Only if you like.</source>
        <translation>Over welke thema&apos;s gaat dit? Alleen als je wil.</translation>
    </message>
    <message>
        <source>Own themes, separated by commas</source>
        <translation>Eigen thema&apos;s, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Own themes</source>
        <translation>Eigen thema&apos;s</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>sleep</source>
        <translation>slaap</translation>
    </message>
    <message>
        <source>feeding</source>
        <translation>voeding</translation>
    </message>
    <message>
        <source>care for yourself</source>
        <translation>zorg voor jezelf</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relatie</translation>
    </message>
    <message>
        <source>work and family</source>
        <translation>werk en gezin</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <source>feelings</source>
        <translation>gevoelens</translation>
    </message>
    <message>
        <source>family and friends</source>
        <translation>familie en vrienden</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>zwangerschap</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>(no text yet)</source>
        <translation>(nog geen tekst)</translation>
    </message>
    <message>
        <source>only me</source>
        <translation>alleen ik</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
</context>
</TS>
