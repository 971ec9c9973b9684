<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MomentBinDialog</name>
    <message>
        <source>Moments in the bin</source>
        <translation>Momenten in de prullenbak</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Put the chosen moment back</source>
        <translation>Het gekozen moment terugzetten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Moments you moved to the bin. Would you like one back?</source>
        <translation>&amp;Momenten die je naar de prullenbak verplaatst hebt. Wil je er een terug?</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Change the moment “{text}”</source>
        <translation>Het moment “{text}” aanpassen</translation>
    </message>
    <message>
        <source>To the bin</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message>
        <source>Move the moment “{text}” to the bin</source>
        <translation>Het moment “{text}” naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>Moment: {text}</source>
        <translation>Moment: {text}</translation>
    </message>
    <message>
        <source>{author} for {recipient}</source>
        <translation>{author} voor {recipient}</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>alleen voor jou</translation>
    </message>
    <message>
        <source>with the journal entry of {day}</source>
        <translation>bij het dagboekstuk van {day}</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>The linked entry</source>
        <translation>Het gekoppelde dagboekstuk</translation>
    </message>
    <message>
        <source>Change this moment</source>
        <translation>Dit moment aanpassen</translation>
    </message>
    <message>
        <source>Good going</source>
        <translation>Goed bezig</translation>
    </message>
    <message>
        <source>&amp;What went well, or took effort?</source>
        <translation>&amp;Wat ging er goed, of wat vroeg moeite?</translation>
    </message>
    <message>
        <source>What went well, or took effort?</source>
        <translation>Wat ging er goed, of wat vroeg moeite?</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;Voor wie?</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Voor wie?</translation>
    </message>
    <message>
        <source>For myself</source>
        <translation>Voor mezelf</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Voor {name}</translation>
    </message>
    <message>
        <source>&amp;More: day, theme, journal entry</source>
        <translation>&amp;Meer: dag, thema, dagboekstuk</translation>
    </message>
    <message>
        <source>More: day, theme, journal entry</source>
        <translation>Meer: dag, thema, dagboekstuk</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>With journal &amp;entry</source>
        <translation>Bij dagboek&amp;stuk</translation>
    </message>
    <message>
        <source>With journal entry</source>
        <translation>Bij dagboekstuk</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What you typed is kept.</source>
        <translation>Wat je typte, blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Let everyone in the household see it</source>
        <translation>&amp;Iedereen in het gezin mag het zien</translation>
    </message>
    <message>
        <source>Let everyone in the household see it</source>
        <translation>Iedereen in het gezin mag het zien</translation>
    </message>
    <message>
        <source>Everyone in the household can see this.</source>
        <translation>Iedereen in het gezin kan dit zien.</translation>
    </message>
    <message>
        <source>Only you and {name} can see this. {name} will find it the next time they open the journal.</source>
        <translation>Alleen jij en {name} kunnen dit zien. {name} vindt het de volgende keer in het dagboek.</translation>
    </message>
    <message>
        <source>Only you can see this.</source>
        <translation>Alleen jij kunt dit zien.</translation>
    </message>
    <message>
        <source>This could not be kept yet. Your words stay here.</source>
        <translation>Dit kon nog niet bewaard worden. Je woorden blijven hier staan.</translation>
    </message>
    <message>
        <source>Kept in Good going.</source>
        <translation>Bewaard in Goed bezig.</translation>
    </message>
</context>
<context>
    <name>MomentOpenings</name>
    <message>
        <source>Today I tried…</source>
        <translation>Vandaag heb ik geprobeerd…</translation>
    </message>
    <message>
        <source>I asked for help with…</source>
        <translation>Ik heb hulp gevraagd bij…</translation>
    </message>
    <message>
        <source>I took a moment of rest when…</source>
        <translation>Ik heb even rust genomen toen…</translation>
    </message>
    <message>
        <source>I noticed that I…</source>
        <translation>Ik merkte dat ik…</translation>
    </message>
    <message>
        <source>It was hard, and still I…</source>
        <translation>Het was zwaar, en toch heb ik…</translation>
    </message>
    <message>
        <source>After a rough moment, I…</source>
        <translation>Na een lastig moment heb ik…</translation>
    </message>
    <message>
        <source>I was gentle with myself when…</source>
        <translation>Ik was mild voor mezelf toen…</translation>
    </message>
    <message>
        <source>Today I let something go:</source>
        <translation>Vandaag heb ik iets losgelaten:</translation>
    </message>
    <message>
        <source>I kept going with…</source>
        <translation>Ik ben blijven volhouden met…</translation>
    </message>
    <message>
        <source>I saw that you…</source>
        <translation>Ik zag dat jij…</translation>
    </message>
    <message>
        <source>I noticed how you…</source>
        <translation>Het viel me op hoe jij…</translation>
    </message>
    <message>
        <source>Thank you for thinking of…</source>
        <translation>Dank je dat je dacht aan…</translation>
    </message>
    <message>
        <source>It helped me when you…</source>
        <translation>Het hielp me toen jij…</translation>
    </message>
    <message>
        <source>I was glad you took some rest when…</source>
        <translation>Ik was blij dat je even rust nam toen…</translation>
    </message>
    <message>
        <source>You tried again after…</source>
        <translation>Jij probeerde het opnieuw na…</translation>
    </message>
    <message>
        <source>I liked how we made up after…</source>
        <translation>Ik vond het fijn hoe we het weer goedmaakten na…</translation>
    </message>
    <message>
        <source>It was good that you asked for help with…</source>
        <translation>Fijn dat je hulp vroeg bij…</translation>
    </message>
    <message>
        <source>You quietly kept track of…</source>
        <translation>Jij hield stilletjes bij…</translation>
    </message>
</context>
<context>
    <name>MomentTimeline</name>
    <message>
        <source>{author} for {recipient}</source>
        <translation>{author} voor {recipient}</translation>
    </message>
    <message>
        <source>good going</source>
        <translation>goed bezig</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>alleen voor jou</translation>
    </message>
</context>
<context>
    <name>MomentsPage</name>
    <message>
        <source>Good going</source>
        <translation>Goed bezig</translation>
    </message>
    <message>
        <source>Good go&amp;ing…</source>
        <translation>G&amp;oed bezig…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Small things that went well, or took effort. Yours, and what you noticed in each other. To read back whenever you like.</source>
        <translation>Kleine dingen die goed gingen, of die moeite vroegen. Van jezelf, en wat jullie in elkaar zagen. Om terug te lezen wanneer je wil.</translation>
    </message>
    <message>
        <source>&amp;New moment…</source>
        <translation>&amp;Nieuw moment…</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nieuw moment</translation>
    </message>
    <message>
        <source>New moment (Ctrl+G)</source>
        <translation>Nieuw moment (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Surprise me</source>
        <translation>&amp;Verras me</translation>
    </message>
    <message>
        <source>Surprise me: show one moment at random</source>
        <translation>Verras me: toon één moment, zomaar gekozen</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation>Th&amp;ema</translation>
    </message>
    <message>
        <source>Ano&amp;ther one</source>
        <translation>Nog een&amp;tje</translation>
    </message>
    <message>
        <source>Bin: moments you moved there</source>
        <translation>Prullenbak: momenten die je daarheen verplaatst hebt</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search in Good going</source>
        <translation>Zoeken in Goed bezig</translation>
    </message>
    <message>
        <source>A word, or the start of one with *</source>
        <translation>Een woord, of het begin ervan met *</translation>
    </message>
    <message>
        <source>F&amp;or whom</source>
        <translation>Voor w&amp;ie</translation>
    </message>
    <message>
        <source>For whom the moments are</source>
        <translation>Voor wie de momenten zijn</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Undo: bring the moment back</source>
        <translation>Ongedaan maken: het moment terughalen</translation>
    </message>
    <message>
        <source>The moment is in the bin.</source>
        <translation>Het moment staat in de prullenbak.</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <source>Show all moments</source>
        <translation>Alle momenten tonen</translation>
    </message>
    <message>
        <source>Another moment at random</source>
        <translation>Nog een moment, zomaar gekozen</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Meer &amp;tonen</translation>
    </message>
    <message>
        <source>Show more moments</source>
        <translation>Meer momenten tonen</translation>
    </message>
    <message>
        <source>One moment, picked at random</source>
        <translation>Eén moment, zomaar gekozen</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found</source>
        <translation>
            <numerusform>%n moment gevonden</numerusform>
            <numerusform>%n momenten gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n momenten</numerusform>
        </translation>
    </message>
    <message>
        <source>No moment has these words. Another word, perhaps?</source>
        <translation>Geen moment met deze woorden. Misschien een ander woord?</translation>
    </message>
    <message>
        <source>No moments with this choice yet.</source>
        <translation>Nog geen momenten bij deze keuze.</translation>
    </message>
    <message>
        <source>No moments yet. Did something go well today, or take effort? Ctrl+G is enough to keep it.</source>
        <translation>Nog geen momenten. Ging er vandaag iets goed, of vroeg iets moeite? Met Ctrl+G bewaar je het.</translation>
    </message>
</context>
<context>
    <name>WaitingMomentsDialog</name>
    <message>
        <source>{name} wrote something for you</source>
        <translation>{name} heeft iets voor je geschreven</translation>
    </message>
    <message>
        <source>Something was written for you</source>
        <translation>Er is iets voor je geschreven</translation>
    </message>
    <message>
        <source>You can read it again any time in Good going.</source>
        <translation>Je kunt het altijd terugvinden in Goed bezig.</translation>
    </message>
    <message>
        <source>&amp;Thank you</source>
        <translation>&amp;Dank je</translation>
    </message>
    <message>
        <source>Thank you, close</source>
        <translation>Dank je, sluiten</translation>
    </message>
</context>
</TS>
