<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdviceDialog</name>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>&amp;What was advised?</source>
        <translation>&amp;What was advised?</translation>
    </message>
    <message>
        <source>The advice</source>
        <translation>The advice</translation>
    </message>
    <message>
        <source>Where the advice came from</source>
        <translation>Where the advice came from</translation>
    </message>
    <message>
        <source>e.g. the midwife, a book, my mother</source>
        <translation>e.g. the midwife, a book, my mother</translation>
    </message>
    <message>
        <source>Who or where &amp;from?</source>
        <translation>Who or where &amp;from?</translation>
    </message>
    <message>
        <source>Whe&amp;n?</source>
        <translation>Whe&amp;n?</translation>
    </message>
    <message>
        <source>Day of the advice</source>
        <translation>Day of the advice</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Theme, so advice on the same subject stays together</source>
        <translation>Theme, so advice on the same subject stays together</translation>
    </message>
    <message>
        <source>e.g. sleep, feeding</source>
        <translation>e.g. sleep, feeding</translation>
    </message>
    <message>
        <source>What do you think?</source>
        <translation>What do you think?</translation>
    </message>
    <message>
        <source>In your own w&amp;ords</source>
        <translation>In your own w&amp;ords</translation>
    </message>
    <message>
        <source>S&amp;hare with the household</source>
        <translation>S&amp;hare with the household</translation>
    </message>
    <message>
        <source>What you think of it, in your own words</source>
        <translation>What you think of it, in your own words</translation>
    </message>
    <message>
        <source>Could you write a few words about the advice first?</source>
        <translation>Could you write a few words about the advice first?</translation>
    </message>
    <message>
        <source>This could not be saved. Your text stays here.</source>
        <translation>This could not be saved. Your text stays here.</translation>
    </message>
</context>
<context>
    <name>AfterVisitPanel</name>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Asked: {question}</source>
        <translation>Asked: {question}</translation>
    </message>
    <message>
        <source>The answer, if you like</source>
        <translation>The answer, if you like</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Answer to: {question}</translation>
    </message>
    <message>
        <source>Back from the visit? Tick what you asked and note the answer, if you like.</source>
        <translation>Back from the visit? Tick what you asked and note the answer, if you like.</translation>
    </message>
    <message>
        <source>&amp;Visit on</source>
        <translation>&amp;Visit on</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <source>There are no open questions for this visit.</source>
        <translation>There are no open questions for this visit.</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Save answers</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Save answers</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n answer(s).</source>
        <translation>
            <numerusform>Kept %n answer.</numerusform>
            <numerusform>Kept %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown text (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>visit-{day}</source>
        <translation>visit-{day}</translation>
    </message>
    <message>
        <source>journal-{day}</source>
        <translation>journal-{day}</translation>
    </message>
    <message>
        <source>Save the visit document</source>
        <translation>Save the visit document</translation>
    </message>
    <message>
        <source>Save the journal</source>
        <translation>Save the journal</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The document could not be saved in that place ({error}). Would you like to try another folder?</source>
        <translation>The document could not be saved in that place ({error}). Would you like to try another folder?</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Print the visit document</source>
        <translation>Print the visit document</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>Everything you can see in the journal, to keep or to print. What someone else keeps only for themselves is never in it.</source>
        <translation>Everything you can see in the journal, to keep or to print. What someone else keeps only for themselves is never in it.</translation>
    </message>
    <message>
        <source>&amp;Everything, from the very first page</source>
        <translation>&amp;Everything, from the very first page</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>From this day</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Until this day</translation>
    </message>
    <message>
        <source>As</source>
        <translation>As</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Web page (HTML)</source>
        <translation>&amp;Web page (HTML)</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrepareVisitDialog</name>
    <message>
        <source>Prepare a visit</source>
        <translation>Prepare a visit</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>After the visit</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;For whom?</translation>
    </message>
    <message>
        <source>Who the visit is with</source>
        <translation>Who the visit is with</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>From this day</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <source>Until this day</source>
        <translation>Until this day</translation>
    </message>
    <message>
        <source>Also offer things only &amp;I can see</source>
        <translation>Also offer things only &amp;I can see</translation>
    </message>
    <message>
        <source>&amp;What would you like to bring? (space ticks an item)</source>
        <translation>&amp;What would you like to bring? (space ticks an item)</translation>
    </message>
    <message>
        <source>&amp;How are you doing? A few lines, if you like</source>
        <translation>&amp;How are you doing? A few lines, if you like</translation>
    </message>
    <message>
        <source>How you are doing</source>
        <translation>How you are doing</translation>
    </message>
    <message>
        <source>What would you like to &amp;talk about?</source>
        <translation>What would you like to &amp;talk about?</translation>
    </message>
    <message>
        <source>What you would like to talk about</source>
        <translation>What you would like to talk about</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Save as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as HTM&amp;L…</source>
        <translation>Save as HTM&amp;L…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>Advice you are not sure about</source>
        <translation>Advice you are not sure about</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>From the journal</source>
        <translation>From the journal</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>only for you</translation>
    </message>
    <message>
        <source>Nothing chosen yet. Would you like to tick something or write a few lines?</source>
        <translation>Nothing chosen yet. Would you like to tick something or write a few lines?</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>A question for a visit</source>
        <translation>A question for a visit</translation>
    </message>
    <message>
        <source>&amp;What would you like to ask?</source>
        <translation>&amp;What would you like to ask?</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>In your own words, one word is fine too</source>
        <translation>In your own words, one word is fine too</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;For whom?</translation>
    </message>
    <message>
        <source>Who is this question for?</source>
        <translation>Who is this question for?</translation>
    </message>
    <message>
        <source>S&amp;hare with the household</source>
        <translation>S&amp;hare with the household</translation>
    </message>
    <message>
        <source>We &amp;asked this</source>
        <translation>We &amp;asked this</translation>
    </message>
    <message>
        <source>What was the a&amp;nswer?</source>
        <translation>What was the a&amp;nswer?</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>Day of the answer</source>
        <translation>Day of the answer</translation>
    </message>
    <message>
        <source>Could you write a few words first? One word is fine.</source>
        <translation>Could you write a few words first? One word is fine.</translation>
    </message>
    <message>
        <source>This question could not be saved. Your text stays here.</source>
        <translation>This question could not be saved. Your text stays here.</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Quic&amp;k question…</source>
        <translation>Quic&amp;k question…</translation>
    </message>
    <message>
        <source>Pr&amp;epare a visit…</source>
        <translation>Pr&amp;epare a visit…</translation>
    </message>
    <message>
        <source>E&amp;xport the journal…</source>
        <translation>E&amp;xport the journal…</translation>
    </message>
</context>
<context>
    <name>VisitChoices</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Midwife</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Paediatrician</translation>
    </message>
    <message>
        <source>Kind en Gezin</source>
        <translation>Kind en Gezin</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Fits us</source>
        <translation>Fits us</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Not sure yet</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>Not for us</translation>
    </message>
    <message>
        <source>We don&apos;t know yet</source>
        <translation>We don&apos;t know yet</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What you typed is kept.</source>
        <translation>What you typed is kept.</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search questions and advice</source>
        <translation>Search questions and advice</translation>
    </message>
    <message>
        <source>Search questions, answers and advice</source>
        <translation>Search questions, answers and advice</translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation>New &amp;question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>A question for a visit (Ctrl+K)</source>
        <translation>A question for a visit (Ctrl+K)</translation>
    </message>
    <message>
        <source>Note &amp;advice</source>
        <translation>Note &amp;advice</translation>
    </message>
    <message>
        <source>Note advice</source>
        <translation>Note advice</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Questions, open ones first</source>
        <translation>Questions, open ones first</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>What we think</source>
        <translation>What we think</translation>
    </message>
    <message>
        <source>Advice, by theme</source>
        <translation>Advice, by theme</translation>
    </message>
    <message>
        <source>No questions yet. Is there something you would like to ask? (Ctrl+K)</source>
        <translation>No questions yet. Is there something you would like to ask? (Ctrl+K)</translation>
    </message>
    <message>
        <source>No advice noted yet. Heard something you want to think about?</source>
        <translation>No advice noted yet. Heard something you want to think about?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Mark as asked…</source>
        <translation>&amp;Mark as asked…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Ask at the &amp;next visit</source>
        <translation>Ask at the &amp;next visit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>only for you</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Without a theme</source>
        <translation>Without a theme</translation>
    </message>
    <message>
        <source>(on the list of questions)</source>
        <translation>(on the list of questions)</translation>
    </message>
    <message>
        <source>What do you think of this advice: “{advice}”?</source>
        <translation>What do you think of this advice: “{advice}”?</translation>
    </message>
    <message>
        <source>The question was moved to the bin.</source>
        <translation>The question was moved to the bin.</translation>
    </message>
    <message>
        <source>The advice was moved to the bin.</source>
        <translation>The advice was moved to the bin.</translation>
    </message>
</context>
</TS>
