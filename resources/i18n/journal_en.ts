<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>&amp;Deleted entries</source>
        <translation>&amp;Deleted entries</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Deleted entries</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Put back</translation>
    </message>
    <message>
        <source>Put the chosen entry back</source>
        <translation>Put the chosen entry back</translation>
    </message>
    <message>
        <source>Entries you deleted wait here. Would you like to put one back?</source>
        <translation>Entries you deleted wait here. Would you like to put one back?</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Go to a day</source>
        <translation>Go to a day</translation>
    </message>
    <message>
        <source>Days with writing are in bold.</source>
        <translation>Days with writing are in bold.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Go there</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title, if you like</source>
        <translation>Title, if you like</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;About the day</source>
        <translation>&amp;About the day</translation>
    </message>
    <message>
        <source>About the day</source>
        <translation>About the day</translation>
    </message>
    <message>
        <source>Who may &amp;read it</source>
        <translation>Who may &amp;read it</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Who may read it</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>Shared with the household</source>
        <translation>Shared with the household</translation>
    </message>
    <message>
        <source>What would you like to keep from today? One word is enough.</source>
        <translation>What would you like to keep from today? One word is enough.</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Your text, formatted</source>
        <translation>Your text, formatted</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Formatted</translation>
    </message>
    <message>
        <source>Show the text formatted</source>
        <translation>Show the text formatted</translation>
    </message>
    <message>
        <source>Show the text with its formatting (Markdown), or write again</source>
        <translation>Show the text with its formatting (Markdown), or write again</translation>
    </message>
    <message>
        <source>To th&amp;e bin</source>
        <translation>To th&amp;e bin</translation>
    </message>
    <message>
        <source>Move this entry to the bin</source>
        <translation>Move this entry to the bin</translation>
    </message>
    <message>
        <source>You can get it back from the bin (Ctrl+Z)</source>
        <translation>You can get it back from the bin (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{name} wrote this and shares it with you.</source>
        <translation>{name} wrote this and shares it with you.</translation>
    </message>
    <message>
        <source>This text is too long to keep as one entry. Your text stays here; could you split it into a few entries?</source>
        <translation>This text is too long to keep as one entry. Your text stays here; could you split it into a few entries?</translation>
    </message>
    <message>
        <source>That is more text than one entry can hold, so it was not pasted. What you wrote stays as it was. Would you like to paste it in a few smaller parts?</source>
        <translation>That is more text than one entry can hold, so it was not pasted. What you wrote stays as it was. Would you like to paste it in a few smaller parts?</translation>
    </message>
    <message>
        <source>Not saved yet; your text stays here and we try again.</source>
        <translation>Not saved yet; your text stays here and we try again.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Show writing by</source>
        <translation>Show writing by</translation>
    </message>
    <message>
        <source>Show theme</source>
        <translation>Show theme</translation>
    </message>
    <message>
        <source>Go to a &amp;day…</source>
        <translation>Go to a &amp;day…</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Go to a day</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>&amp;Bin</translation>
    </message>
    <message>
        <source>Bin: deleted entries</source>
        <translation>Bin: deleted entries</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Start a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Show a&amp;ll</translation>
    </message>
    <message>
        <source>Show all days again</source>
        <translation>Show all days again</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Put the entry back</source>
        <translation>Put the entry back</translation>
    </message>
    <message>
        <source>The entry is in the bin.</source>
        <translation>The entry is in the bin.</translation>
    </message>
    <message>
        <source>From {day} back</source>
        <translation>From {day} back</translation>
    </message>
    <message>
        <source>Nothing here with this choice.</source>
        <translation>Nothing here with this choice.</translation>
    </message>
    <message>
        <source>Nothing written yet. Whatever you write appears here, day by day.</source>
        <translation>Nothing written yet. Whatever you write appears here, day by day.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other result(s)</source>
        <translation>
            <numerusform>%n other result</numerusform>
            <numerusform>%n other results</numerusform>
        </translation>
    </message>
    <message>
        <source>{results} found</source>
        <translation>{results} found</translation>
    </message>
    <message>
        <source>{results} and {last} found</source>
        <translation>{results} and {last} found</translation>
    </message>
    <message>
        <source>Type a word to search everything you may read.</source>
        <translation>Type a word to search everything you may read.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Another word, perhaps?</source>
        <translation>Nothing found for “{query}”. Another word, perhaps?</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Which themes does this touch on? Only if you like.</source>
        <translation>Which themes does this touch on? Only if you like.</translation>
    </message>
    <message>
        <source>Own themes, separated by commas</source>
        <translation>Own themes, separated by commas</translation>
    </message>
    <message>
        <source>Own themes</source>
        <translation>Own themes</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>feeding</source>
        <translation>feeding</translation>
    </message>
    <message>
        <source>care for yourself</source>
        <translation>care for yourself</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>work and family</source>
        <translation>work and family</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>feelings</source>
        <translation>feelings</translation>
    </message>
    <message>
        <source>family and friends</source>
        <translation>family and friends</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>pregnancy</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>(no text yet)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>only me</source>
        <translation>only me</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
</context>
</TS>
