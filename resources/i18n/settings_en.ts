<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChildrenSettings</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Name of {child}</source>
        <translation>Name of {child}</translation>
    </message>
    <message>
        <source>Kind of date for {child}</source>
        <translation>Kind of date for {child}</translation>
    </message>
    <message>
        <source>Date for {child}</source>
        <translation>Date for {child}</translation>
    </message>
    <message>
        <source>this child</source>
        <translation>this child</translation>
    </message>
    <message>
        <source>Take {child} out of the list?</source>
        <translation>Take {child} out of the list?</translation>
    </message>
    <message>
        <source>Nothing that was written is removed; only the name leaves this list.</source>
        <translation>Nothing that was written is removed; only the name leaves this list.</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>Take out of the list</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>No children in the list. You can add one below.</source>
        <translation>No children in the list. You can add one below.</translation>
    </message>
    <message>
        <source>child {n}</source>
        <translation>child {n}</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Take out…</translation>
    </message>
    <message>
        <source>Take {child} out of the list</source>
        <translation>Take {child} out of the list</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Add a &amp;child</translation>
    </message>
    <message>
        <source>the new child</source>
        <translation>the new child</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Name or nickname</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation>Add this child</translation>
    </message>
    <message>
        <source>&amp;Where are you now, do you feel?</source>
        <translation>&amp;Where are you now, do you feel?</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Where are you now, do you feel?</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Rather not say</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Same as this computer</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- change the text size everywhere; Ctrl+0 goes back.</source>
        <translation>Ctrl++ and Ctrl+- change the text size everywhere; Ctrl+0 goes back.</translation>
    </message>
</context>
<context>
    <name>PeopleSettings</name>
    <message>
        <source>Name of {name}</source>
        <translation>Name of {name}</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <source>Role, if you like</source>
        <translation>Role, if you like</translation>
    </message>
    <message>
        <source>Take out of the list…</source>
        <translation>Take out of the list…</translation>
    </message>
    <message>
        <source>Take {name} out of the list</source>
        <translation>Take {name} out of the list</translation>
    </message>
    <message>
        <source>A name is needed, so the previous name is back.</source>
        <translation>A name is needed, so the previous name is back.</translation>
    </message>
    <message>
        <source>{name} can now choose “Who is writing?”.</source>
        <translation>{name} can now choose “Who is writing?”.</translation>
    </message>
    <message>
        <source>Take {name} out of the list?</source>
        <translation>Take {name} out of the list?</translation>
    </message>
    <message>
        <source>{name} will no longer be in the list of who writes here. Everything {name} wrote stays in the journal.</source>
        <translation>{name} will no longer be in the list of who writes here. Everything {name} wrote stays in the journal.</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>Take out of the list</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Keep {name}</translation>
    </message>
    <message>
        <source>{name} is no longer in the list.</source>
        <translation>{name} is no longer in the list.</translation>
    </message>
    <message>
        <source>Names and roles are yours to choose. Changes are kept as soon as you leave a field.</source>
        <translation>Names and roles are yours to choose. Changes are kept as soon as you leave a field.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Add someone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>Name of the new person</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Role of the new person</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Add this person</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>Who writes here</source>
        <translation>Who writes here</translation>
    </message>
    <message>
        <source>Children and phase</source>
        <translation>Children and phase</translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation>Your writing</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>WritingSettings</name>
    <message>
        <source>N&amp;ew writing of {name}</source>
        <translation>N&amp;ew writing of {name}</translation>
    </message>
    <message>
        <source>Who may see new writing of {name}</source>
        <translation>Who may see new writing of {name}</translation>
    </message>
    <message>
        <source>Only for me</source>
        <translation>Only for me</translation>
    </message>
    <message>
        <source>Shared with the household</source>
        <translation>Shared with the household</translation>
    </message>
    <message>
        <source>This is where new writing starts; you can choose again for each piece. Something only for you is never shown to anyone else.</source>
        <translation>This is where new writing starts; you can choose again for each piece. Something only for you is never shown to anyone else.</translation>
    </message>
</context>
</TS>
