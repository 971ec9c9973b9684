<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AdviceDialog</name>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>&amp;What was advised?</source>
        <translation>&amp;Wat werd aangeraden?</translation>
    </message>
    <message>
        <source>The advice</source>
        <translation>Het advies</translation>
    </message>
    <message>
        <source>Where the advice came from</source>
        <translation>Waar het advies vandaan kwam</translation>
    </message>
    <message>
        <source>e.g. the midwife, a book, my mother</source>
        <translation>bv. de vroedvrouw, een boek, mijn moeder</translation>
    </message>
    <message>
        <source>Who or where &amp;from?</source>
        <translation>Van wie of waar &amp;vandaan?</translation>
    </message>
    <message>
        <source>Whe&amp;n?</source>
        <translation>Wa&amp;nneer?</translation>
    </message>
    <message>
        <source>Day of the advice</source>
        <translation>Dag van het advies</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>Theme, so advice on the same subject stays together</source>
        <translation>Thema, zodat adviezen over hetzelfde samen blijven</translation>
    </message>
    <message>
        <source>e.g. sleep, feeding</source>
        <translation>bv. slapen, voeding</translation>
    </message>
    <message>
        <source>What do you think?</source>
        <translation>Wat denk je ervan?</translation>
    </message>
    <message>
        <source>In your own w&amp;ords</source>
        <translation>In je eigen woor&amp;den</translation>
    </message>
    <message>
        <source>S&amp;hare with the household</source>
        <translation>De&amp;len met het gezin</translation>
    </message>
    <message>
        <source>What you think of it, in your own words</source>
        <translation>Wat je ervan denkt, in je eigen woorden</translation>
    </message>
    <message>
        <source>Could you write a few words about the advice first?</source>
        <translation>Wil je eerst een paar woorden over het advies schrijven?</translation>
    </message>
    <message>
        <source>This could not be saved. Your text stays here.</source>
        <translation>Dit kon nog niet bewaard worden. Je tekst blijft hier staan.</translation>
    </message>
</context>
<context>
    <name>AfterVisitPanel</name>
    <message>
        <source>Asked</source>
        <translation>Gesteld</translation>
    </message>
    <message>
        <source>Asked: {question}</source>
        <translation>Gesteld: {question}</translation>
    </message>
    <message>
        <source>The answer, if you like</source>
        <translation>Het antwoord, als je wil</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Antwoord op: {question}</translation>
    </message>
    <message>
        <source>Back from the visit? Tick what you asked and note the answer, if you like.</source>
        <translation>Terug van het bezoek? Vink aan wat je gevraagd hebt en noteer het antwoord, als je wil.</translation>
    </message>
    <message>
        <source>&amp;Visit on</source>
        <translation>&amp;Bezoek op</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Dag van het bezoek</translation>
    </message>
    <message>
        <source>There are no open questions for this visit.</source>
        <translation>Er zijn geen open vragen voor dit bezoek.</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>Antwoo&amp;rden bewaren</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antwoorden bewaren</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n answer(s).</source>
        <translation>
            <numerusform>%n antwoord bewaard.</numerusform>
            <numerusform>%n antwoorden bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>visit-{day}</source>
        <translation>bezoek-{day}</translation>
    </message>
    <message>
        <source>journal-{day}</source>
        <translation>dagboek-{day}</translation>
    </message>
    <message>
        <source>Save the visit document</source>
        <translation>Het bezoekdocument bewaren</translation>
    </message>
    <message>
        <source>Save the journal</source>
        <translation>Het dagboek bewaren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>The document could not be saved in that place ({error}). Would you like to try another folder?</source>
        <translation>Het document kon daar niet bewaard worden ({error}). Wil je een andere map proberen?</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Bewaard als {name}.</translation>
    </message>
    <message>
        <source>Print the visit document</source>
        <translation>Het bezoekdocument afdrukken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Dagboek exporteren</translation>
    </message>
    <message>
        <source>Everything you can see in the journal, to keep or to print. What someone else keeps only for themselves is never in it.</source>
        <translation>Alles wat jij in het dagboek kan zien, om te bewaren of af te drukken. Wat iemand anders alleen voor zichzelf houdt, staat er nooit in.</translation>
    </message>
    <message>
        <source>&amp;Everything, from the very first page</source>
        <translation>&amp;Alles, vanaf de allereerste bladzijde</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Vanaf deze dag</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Tot deze dag</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)</source>
        <translation>&amp;Webpagina (HTML)</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Bewaren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PrepareVisitDialog</name>
    <message>
        <source>Prepare a visit</source>
        <translation>Bezoek voorbereiden</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Wat neem je mee?</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Na het bezoek</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;Voor wie?</translation>
    </message>
    <message>
        <source>Who the visit is with</source>
        <translation>Bij wie het bezoek is</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>V&amp;an</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Vanaf deze dag</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Tot deze dag</translation>
    </message>
    <message>
        <source>Also offer things only &amp;I can see</source>
        <translation>Toon ook wat alleen &amp;ik kan zien</translation>
    </message>
    <message>
        <source>&amp;What would you like to bring? (space ticks an item)</source>
        <translation>&amp;Wat wil je meenemen? (met de spatiebalk vink je aan)</translation>
    </message>
    <message>
        <source>&amp;How are you doing? A few lines, if you like</source>
        <translation>&amp;Hoe gaat het met je? Een paar zinnen, als je wil</translation>
    </message>
    <message>
        <source>How you are doing</source>
        <translation>Hoe het met je gaat</translation>
    </message>
    <message>
        <source>What would you like to &amp;talk about?</source>
        <translation>Waar&amp;over wil je graag praten?</translation>
    </message>
    <message>
        <source>What you would like to talk about</source>
        <translation>Waarover je graag wil praten</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Bewaren als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as HTM&amp;L…</source>
        <translation>Bewaren als HTM&amp;L…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Advice you are not sure about</source>
        <translation>Adviezen waarover je twijfelt</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>From the journal</source>
        <translation>Uit het dagboek</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>alleen voor jou</translation>
    </message>
    <message>
        <source>Nothing chosen yet. Would you like to tick something or write a few lines?</source>
        <translation>Nog niets gekozen. Wil je iets aanvinken of een paar zinnen schrijven?</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>A question for a visit</source>
        <translation>Een vraag voor een bezoek</translation>
    </message>
    <message>
        <source>&amp;What would you like to ask?</source>
        <translation>&amp;Wat wil je vragen?</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Je vraag</translation>
    </message>
    <message>
        <source>In your own words, one word is fine too</source>
        <translation>In je eigen woorden, één woord mag ook</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;Voor wie?</translation>
    </message>
    <message>
        <source>Who is this question for?</source>
        <translation>Voor wie is deze vraag?</translation>
    </message>
    <message>
        <source>S&amp;hare with the household</source>
        <translation>De&amp;len met het gezin</translation>
    </message>
    <message>
        <source>We &amp;asked this</source>
        <translation>We hebben dit &amp;gesteld</translation>
    </message>
    <message>
        <source>What was the a&amp;nswer?</source>
        <translation>Wat was het &amp;antwoord?</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Het antwoord</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>Day of the answer</source>
        <translation>Dag van het antwoord</translation>
    </message>
    <message>
        <source>Could you write a few words first? One word is fine.</source>
        <translation>Wil je eerst een paar woorden schrijven? Eén woord mag ook.</translation>
    </message>
    <message>
        <source>This question could not be saved. Your text stays here.</source>
        <translation>Deze vraag kon nog niet bewaard worden. Je tekst blijft hier staan.</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Quic&amp;k question…</source>
        <translation>&amp;Snel een vraag noteren…</translation>
    </message>
    <message>
        <source>Pr&amp;epare a visit…</source>
        <translation>B&amp;ezoek voorbereiden…</translation>
    </message>
    <message>
        <source>E&amp;xport the journal…</source>
        <translation>Dagboek e&amp;xporteren…</translation>
    </message>
</context>
<context>
    <name>VisitChoices</name>
    <message>
        <source>Anyone</source>
        <translation>Maakt niet uit</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Vroedvrouw</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Pediater</translation>
    </message>
    <message>
        <source>Kind en Gezin</source>
        <translation>Kind en Gezin</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arts</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Vrienden</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boek</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Fits us</source>
        <translation>Past bij ons</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Niet voor ons</translation>
    </message>
    <message>
        <source>We don&apos;t know yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>What you typed is kept.</source>
        <translation>Wat je typte, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search questions and advice</source>
        <translation>Zoeken in vragen en adviezen</translation>
    </message>
    <message>
        <source>Search questions, answers and advice</source>
        <translation>Zoek in vragen, antwoorden en adviezen</translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation>Nieuwe &amp;vraag</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>A question for a visit (Ctrl+K)</source>
        <translation>Een vraag voor een bezoek (Ctrl+K)</translation>
    </message>
    <message>
        <source>Note &amp;advice</source>
        <translation>&amp;Advies noteren</translation>
    </message>
    <message>
        <source>Note advice</source>
        <translation>Advies noteren</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Adviezen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Questions, open ones first</source>
        <translation>Vragen, de open vragen eerst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>What we think</source>
        <translation>Wat wij ervan denken</translation>
    </message>
    <message>
        <source>Advice, by theme</source>
        <translation>Adviezen, per thema</translation>
    </message>
    <message>
        <source>No questions yet. Is there something you would like to ask? (Ctrl+K)</source>
        <translation>Nog geen vragen. Is er iets wat je graag zou vragen? (Ctrl+K)</translation>
    </message>
    <message>
        <source>No advice noted yet. Heard something you want to think about?</source>
        <translation>Nog geen adviezen genoteerd. Iets gehoord waar je even over wil nadenken?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Mark as asked…</source>
        <translation>Als gesteld &amp;markeren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Weghale&amp;n</translation>
    </message>
    <message>
        <source>Ask at the &amp;next visit</source>
        <translation>Vragen bij het volgende b&amp;ezoek</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan ma&amp;ken</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>alleen voor jou</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gesteld</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwoord: {answer}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>Without a theme</source>
        <translation>Zonder thema</translation>
    </message>
    <message>
        <source>(on the list of questions)</source>
        <translation>(staat bij de vragen)</translation>
    </message>
    <message>
        <source>What do you think of this advice: “{advice}”?</source>
        <translation>Wat denk jij van dit advies: “{advice}”?</translation>
    </message>
    <message>
        <source>The question was moved to the bin.</source>
        <translation>De vraag staat nu in de prullenbak.</translation>
    </message>
    <message>
        <source>The advice was moved to the bin.</source>
        <translation>Het advies staat nu in de prullenbak.</translation>
    </message>
</context>
</TS>
