<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ChildrenSettings</name>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Verwacht op</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren op</translation>
    </message>
    <message>
        <source>Name of {child}</source>
        <translation>Naam van {child}</translation>
    </message>
    <message>
        <source>Kind of date for {child}</source>
        <translation>Soort datum voor {child}</translation>
    </message>
    <message>
        <source>Date for {child}</source>
        <translation>Datum voor {child}</translation>
    </message>
    <message>
        <source>this child</source>
        <translation>dit kindje</translation>
    </message>
    <message>
        <source>Take {child} out of the list?</source>
        <translation>{child} uit de lijst halen?</translation>
    </message>
    <message>
        <source>Nothing that was written is removed; only the name leaves this list.</source>
        <translation>Niets van wat er geschreven is, verdwijnt; alleen de naam gaat uit deze lijst.</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>No children in the list. You can add one below.</source>
        <translation>Er staan geen kinderen in de lijst. Hieronder kan je er een toevoegen.</translation>
    </message>
    <message>
        <source>child {n}</source>
        <translation>kindje {n}</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Uit de lijst…</translation>
    </message>
    <message>
        <source>Take {child} out of the list</source>
        <translation>{child} uit de lijst halen</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Een &amp;kindje toevoegen</translation>
    </message>
    <message>
        <source>the new child</source>
        <translation>het nieuwe kindje</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Naam of koosnaampje</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation>Dit kindje toevoegen</translation>
    </message>
    <message>
        <source>&amp;Where are you now, do you feel?</source>
        <translation>&amp;Waar staan jullie nu, voelt het?</translation>
    </message>
    <message>
        <source>Where are you now, do you feel?</source>
        <translation>Waar staan jullie nu, voelt het?</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Liever niet kiezen</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Zoals deze computer</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>T&amp;ekstgrootte</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere tekst (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Grotere tekst (Ctrl++)</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- change the text size everywhere; Ctrl+0 goes back.</source>
        <translation>Met Ctrl++ en Ctrl+- maak je alle tekst groter of kleiner; Ctrl+0 zet ze terug.</translation>
    </message>
</context>
<context>
    <name>PeopleSettings</name>
    <message>
        <source>Name of {name}</source>
        <translation>Naam van {name}</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Rol van {name}</translation>
    </message>
    <message>
        <source>Role, if you like</source>
        <translation>Rol, als je wil</translation>
    </message>
    <message>
        <source>Take out of the list…</source>
        <translation>Uit de lijst halen…</translation>
    </message>
    <message>
        <source>Take {name} out of the list</source>
        <translation>{name} uit de lijst halen</translation>
    </message>
    <message>
        <source>A name is needed, so the previous name is back.</source>
        <translation>Een naam is nodig, dus de vorige naam staat er weer.</translation>
    </message>
    <message>
        <source>{name} can now choose “Who is writing?”.</source>
        <translation>{name} kan nu kiezen bij “Wie schrijft er?”.</translation>
    </message>
    <message>
        <source>Take {name} out of the list?</source>
        <translation>{name} uit de lijst halen?</translation>
    </message>
    <message>
        <source>{name} will no longer be in the list of who writes here. Everything {name} wrote stays in the journal.</source>
        <translation>{name} staat dan niet meer in de lijst van wie hier schrijft. Alles wat {name} schreef, blijft in het dagboek.</translation>
    </message>
    <message>
        <source>Take out of the list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>{name} laten staan</translation>
    </message>
    <message>
        <source>{name} is no longer in the list.</source>
        <translation>{name} staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>Names and roles are yours to choose. Changes are kept as soon as you leave a field.</source>
        <translation>Namen en rollen kies je zelf. Een wijziging wordt bewaard zodra je een veld verlaat.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Iemand toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>Naam van de nieuwe persoon</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Rol van de nieuwe persoon</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Deze persoon toevoegen</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>Who writes here</source>
        <translation>Wie schrijft hier</translation>
    </message>
    <message>
        <source>Children and phase</source>
        <translation>Kinderen en fase</translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation>Wat je schrijft</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>Taal en tekstgrootte</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>WritingSettings</name>
    <message>
        <source>N&amp;ew writing of {name}</source>
        <translation>Nieuwe tek&amp;st van {name}</translation>
    </message>
    <message>
        <source>Who may see new writing of {name}</source>
        <translation>Wie mag nieuwe tekst van {name} zien</translation>
    </message>
    <message>
        <source>Only for me</source>
        <translation>Alleen voor mij</translation>
    </message>
    <message>
        <source>Shared with the household</source>
        <translation>Gedeeld met het gezin</translation>
    </message>
    <message>
        <source>This is where new writing starts; you can choose again for each piece. Something only for you is never shown to anyone else.</source>
        <translation>Zo begint elke nieuwe tekst; je kan het telkens opnieuw kiezen. Wat alleen voor jou is, ziet niemand anders.</translation>
    </message>
</context>
</TS>
