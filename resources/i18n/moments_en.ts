<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MomentBinDialog</name>
    <message>
        <source>Moments in the bin</source>
        <translation>Moments in the bin</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Put back</translation>
    </message>
    <message>
        <source>Put the chosen moment back</source>
        <translation>Put the chosen moment back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Moments you moved to the bin. Would you like one back?</source>
        <translation>&amp;Moments you moved to the bin. Would you like one back?</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>The bin is empty.</translation>
    </message>
</context>
<context>
    <name>MomentCard</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the moment “{text}”</source>
        <translation>Change the moment “{text}”</translation>
    </message>
    <message>
        <source>To the bin</source>
        <translation>To the bin</translation>
    </message>
    <message>
        <source>Move the moment “{text}” to the bin</source>
        <translation>Move the moment “{text}” to the bin</translation>
    </message>
    <message>
        <source>Moment: {text}</source>
        <translation>Moment: {text}</translation>
    </message>
    <message>
        <source>{author} for {recipient}</source>
        <translation>{author} for {recipient}</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>only for you</translation>
    </message>
    <message>
        <source>with the journal entry of {day}</source>
        <translation>with the journal entry of {day}</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>The linked entry</source>
        <translation>The linked entry</translation>
    </message>
    <message>
        <source>Change this moment</source>
        <translation>Change this moment</translation>
    </message>
    <message>
        <source>Good going</source>
        <translation>Good going</translation>
    </message>
    <message>
        <source>&amp;What went well, or took effort?</source>
        <translation>&amp;What went well, or took effort?</translation>
    </message>
    <message>
        <source>What went well, or took effort?</source>
        <translation>What went well, or took effort?</translation>
    </message>
    <message>
        <source>&amp;For whom?</source>
        <translation>&amp;For whom?</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <source>For myself</source>
        <translation>For myself</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>For {name}</translation>
    </message>
    <message>
        <source>&amp;More: day, theme, journal entry</source>
        <translation>&amp;More: day, theme, journal entry</translation>
    </message>
    <message>
        <source>More: day, theme, journal entry</source>
        <translation>More: day, theme, journal entry</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>With journal &amp;entry</source>
        <translation>With journal &amp;entry</translation>
    </message>
    <message>
        <source>With journal entry</source>
        <translation>With journal entry</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What you typed is kept.</source>
        <translation>What you typed is kept.</translation>
    </message>
    <message>
        <source>&amp;Let everyone in the household see it</source>
        <translation>&amp;Let everyone in the household see it</translation>
    </message>
    <message>
        <source>Let everyone in the household see it</source>
        <translation>Let everyone in the household see it</translation>
    </message>
    <message>
        <source>Everyone in the household can see this.</source>
        <translation>Everyone in the household can see this.</translation>
    </message>
    <message>
        <source>Only you and {name} can see this. {name} will find it the next time they open the journal.</source>
        <translation>Only you and {name} can see this. {name} will find it the next time they open the journal.</translation>
    </message>
    <message>
        <source>Only you can see this.</source>
        <translation>Only you can see this.</translation>
    </message>
    <message>
        <source>This could not be kept yet. Your words stay here.</source>
        <translation>This could not be kept yet. Your words stay here.</translation>
    </message>
    <message>
        <source>Kept in Good going.</source>
        <translation>Kept in Good going.</translation>
    </message>
</context>
<context>
    <name>MomentOpenings</name>
    <message>
        <source>Today I tried…</source>
        <translation>Today I tried…</translation>
    </message>
    <message>
        <source>I asked for help with…</source>
        <translation>I asked for help with…</translation>
    </message>
    <message>
        <source>I took a moment of rest when…</source>
        <translation>I took a moment of rest when…</translation>
    </message>
    <message>
        <source>I noticed that I…</source>
        <translation>I noticed that I…</translation>
    </message>
    <message>
        <source>It was hard, and still I…</source>
        <translation>It was hard, and still I…</translation>
    </message>
    <message>
        <source>After a rough moment, I…</source>
        <translation>After a rough moment, I…</translation>
    </message>
    <message>
        <source>I was gentle with myself when…</source>
        <translation>I was gentle with myself when…</translation>
    </message>
    <message>
        <source>Today I let something go:</source>
        <translation>Today I let something go:</translation>
    </message>
    <message>
        <source>I kept going with…</source>
        <translation>I kept going with…</translation>
    </message>
    <message>
        <source>I saw that you…</source>
        <translation>I saw that you…</translation>
    </message>
    <message>
        <source>I noticed how you…</source>
        <translation>I noticed how you…</translation>
    </message>
    <message>
        <source>Thank you for thinking of…</source>
        <translation>Thank you for thinking of…</translation>
    </message>
    <message>
        <source>It helped me when you…</source>
        <translation>It helped me when you…</translation>
    </message>
    <message>
        <source>I was glad you took some rest when…</source>
        <translation>I was glad you took some rest when…</translation>
    </message>
    <message>
        <source>You tried again after…</source>
        <translation>You tried again after…</translation>
    </message>
    <message>
        <source>I liked how we made up after…</source>
        <translation>I liked how we made up after…</translation>
    </message>
    <message>
        <source>It was good that you asked for help with…</source>
        <translation>It was good that you asked for help with…</translation>
    </message>
    <message>
        <source>You quietly kept track of…</source>
        <translation>You quietly kept track of…</translation>
    </message>
</context>
<context>
    <name>MomentTimeline</name>
    <message>
        <source>{author} for {recipient}</source>
        <translation>{author} for {recipient}</translation>
    </message>
    <message>
        <source>good going</source>
        <translation>good going</translation>
    </message>
    <message>
        <source>only for you</source>
        <translation>only for you</translation>
    </message>
</context>
<context>
    <name>MomentsPage</name>
    <message>
        <source>Good going</source>
        <translation>Good going</translation>
    </message>
    <message>
        <source>Good go&amp;ing…</source>
        <translation>Good go&amp;ing…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Small things that went well, or took effort. Yours, and what you noticed in each other. To read back whenever you like.</source>
        <translation>Small things that went well, or took effort. Yours, and what you noticed in each other. To read back whenever you like.</translation>
    </message>
    <message>
        <source>&amp;New moment…</source>
        <translation>&amp;New moment…</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>New moment</translation>
    </message>
    <message>
        <source>New moment (Ctrl+G)</source>
        <translation>New moment (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Surprise me</source>
        <translation>&amp;Surprise me</translation>
    </message>
    <message>
        <source>Surprise me: show one moment at random</source>
        <translation>Surprise me: show one moment at random</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation>Th&amp;eme</translation>
    </message>
    <message>
        <source>Ano&amp;ther one</source>
        <translation>Ano&amp;ther one</translation>
    </message>
    <message>
        <source>Bin: moments you moved there</source>
        <translation>Bin: moments you moved there</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Search in Good going</source>
        <translation>Search in Good going</translation>
    </message>
    <message>
        <source>A word, or the start of one with *</source>
        <translation>A word, or the start of one with *</translation>
    </message>
    <message>
        <source>F&amp;or whom</source>
        <translation>F&amp;or whom</translation>
    </message>
    <message>
        <source>For whom the moments are</source>
        <translation>For whom the moments are</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo: bring the moment back</source>
        <translation>Undo: bring the moment back</translation>
    </message>
    <message>
        <source>The moment is in the bin.</source>
        <translation>The moment is in the bin.</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <source>Show all moments</source>
        <translation>Show all moments</translation>
    </message>
    <message>
        <source>Another moment at random</source>
        <translation>Another moment at random</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <source>Show more moments</source>
        <translation>Show more moments</translation>
    </message>
    <message>
        <source>One moment, picked at random</source>
        <translation>One moment, picked at random</translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) found</source>
        <translation>
            <numerusform>%n moment found</numerusform>
            <numerusform>%n moments found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message>
        <source>No moment has these words. Another word, perhaps?</source>
        <translation>No moment has these words. Another word, perhaps?</translation>
    </message>
    <message>
        <source>No moments with this choice yet.</source>
        <translation>No moments with this choice yet.</translation>
    </message>
    <message>
        <source>No moments yet. Did something go well today, or take effort? Ctrl+G is enough to keep it.</source>
        <translation>No moments yet. Did something go well today, or take effort? Ctrl+G is enough to keep it.</translation>
    </message>
</context>
<context>
    <name>WaitingMomentsDialog</name>
    <message>
        <source>{name} wrote something for you</source>
        <translation>{name} wrote something for you</translation>
    </message>
    <message>
        <source>Something was written for you</source>
        <translation>Something was written for you</translation>
    </message>
    <message>
        <source>You can read it again any time in Good going.</source>
        <translation>You can read it again any time in Good going.</translation>
    </message>
    <message>
        <source>&amp;Thank you</source>
        <translation>&amp;Thank you</translation>
    </message>
    <message>
        <source>Thank you, close</source>
        <translation>Thank you, close</translation>
    </message>
</context>
</TS>
