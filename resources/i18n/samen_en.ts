<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>(no particular task)</source>
        <translation>(no particular task)</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>An agreement</translation>
    </message>
    <message>
        <source>Would you like to change something here? What do you agree? (for example: from now on I keep track of the vaccination appointments)</source>
        <translation>Would you like to change something here? What do you agree? (for example: from now on I keep track of the vaccination appointments)</translation>
    </message>
    <message>
        <source>What you agree</source>
        <translation>What you agree</translation>
    </message>
    <message>
        <source>Change the agreement</source>
        <translation>Change the agreement</translation>
    </message>
    <message>
        <source>What do you agree, in your words now?</source>
        <translation>What do you agree, in your words now?</translation>
    </message>
    <message>
        <source>How is it going now?</source>
        <translation>How is it going now?</translation>
    </message>
    <message>
        <source>How is it going now? A few words are plenty.</source>
        <translation>How is it going now? A few words are plenty.</translation>
    </message>
    <message>
        <source>How it is going now</source>
        <translation>How it is going now</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>Task this is about</source>
        <translation>Task this is about</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not saved yet; your words stay here and we try again.</source>
        <translation>Not saved yet; your words stay here and we try again.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>An empty text is not kept; your last words stay saved.</source>
        <translation>An empty text is not kept; your last words stay saved.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Saved as you type.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>What you agreed together, with its date. Now and then you might ask each other: how is that going now?</source>
        <translation>What you agreed together, with its date. Now and then you might ask each other: how is that going now?</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>&amp;Write down an agreement…</source>
        <translation>&amp;Write down an agreement…</translation>
    </message>
    <message>
        <source>Write down an agreement</source>
        <translation>Write down an agreement</translation>
    </message>
    <message>
        <source>How is it going &amp;now?…</source>
        <translation>How is it going &amp;now?…</translation>
    </message>
    <message>
        <source>How is it going now?</source>
        <translation>How is it going now?</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Change this agreement</source>
        <translation>Change this agreement</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Delete this agreement</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>{day}: {text}</source>
        <translation>{day}: {text}</translation>
    </message>
    <message>
        <source>About: {task}</source>
        <translation>About: {task}</translation>
    </message>
    <message>
        <source>No agreements yet. That is fine too.</source>
        <translation>No agreements yet. That is fine too.</translation>
    </message>
    <message>
        <source>{day}, {name}: {text}</source>
        <translation>{day}, {name}: {text}</translation>
    </message>
</context>
<context>
    <name>CareMap</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>{name}&apos;s picture: {holder}</source>
        <translation>{name}&apos;s picture: {holder}</translation>
    </message>
    <message>
        <source>Your pictures differ here.</source>
        <translation>Your pictures differ here.</translation>
    </message>
</context>
<context>
    <name>CareWords</name>
    <message>
        <source>Noticing</source>
        <translation>Noticing</translation>
    </message>
    <message>
        <source>Finding out, deciding</source>
        <translation>Finding out, deciding</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Doing</translation>
    </message>
    <message>
        <source>Keeping track</source>
        <translation>Keeping track</translation>
    </message>
    <message>
        <source>the noticing</source>
        <translation>the noticing</translation>
    </message>
    <message>
        <source>the finding out and deciding</source>
        <translation>the finding out and deciding</translation>
    </message>
    <message>
        <source>the doing</source>
        <translation>the doing</translation>
    </message>
    <message>
        <source>the keeping track</source>
        <translation>the keeping track</translation>
    </message>
    <message>
        <source>Noticing, thinking ahead: who sees it coming, like the nappies running low or an appointment that is due?</source>
        <translation>Noticing, thinking ahead: who sees it coming, like the nappies running low or an appointment that is due?</translation>
    </message>
    <message>
        <source>Who looks up the options and makes the choice?</source>
        <translation>Who looks up the options and makes the choice?</translation>
    </message>
    <message>
        <source>Who actually does it?</source>
        <translation>Who actually does it?</translation>
    </message>
    <message>
        <source>Who keeps an eye on it afterwards and follows up?</source>
        <translation>Who keeps an eye on it afterwards and follows up?</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Feeding</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>Daily care</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <source>Appointments and health</source>
        <translation>Appointments and health</translation>
    </message>
    <message>
        <source>Childcare and school</source>
        <translation>Childcare and school</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Paperwork and money</source>
        <translation>Paperwork and money</translation>
    </message>
    <message>
        <source>Looking things up</source>
        <translation>Looking things up</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Family and friends</translation>
    </message>
    <message>
        <source>Emotional care</source>
        <translation>Emotional care</translation>
    </message>
    <message>
        <source>Formula, bottles or pump supplies in the house</source>
        <translation>Formula, bottles or pump supplies in the house</translation>
    </message>
    <message>
        <source>Night feeds</source>
        <translation>Night feeds</translation>
    </message>
    <message>
        <source>First solid food</source>
        <translation>First solid food</translation>
    </message>
    <message>
        <source>The evening routine</source>
        <translation>The evening routine</translation>
    </message>
    <message>
        <source>Getting up at night</source>
        <translation>Getting up at night</translation>
    </message>
    <message>
        <source>Nappies and clothes that still fit</source>
        <translation>Nappies and clothes that still fit</translation>
    </message>
    <message>
        <source>Bathing and nails</source>
        <translation>Bathing and nails</translation>
    </message>
    <message>
        <source>Check-ups with the midwife or child health service</source>
        <translation>Check-ups with the midwife or child health service</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>When the baby is ill: doctor, medicine</source>
        <translation>When the baby is ill: doctor, medicine</translation>
    </message>
    <message>
        <source>Finding and arranging childcare</source>
        <translation>Finding and arranging childcare</translation>
    </message>
    <message>
        <source>The daycare bag, forms and messages</source>
        <translation>The daycare bag, forms and messages</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Groceries</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Laundry</translation>
    </message>
    <message>
        <source>Deciding what we eat</source>
        <translation>Deciding what we eat</translation>
    </message>
    <message>
        <source>Leave, allowances and forms</source>
        <translation>Leave, allowances and forms</translation>
    </message>
    <message>
        <source>Bills and insurance</source>
        <translation>Bills and insurance</translation>
    </message>
    <message>
        <source>Looking up information about the baby</source>
        <translation>Looking up information about the baby</translation>
    </message>
    <message>
        <source>Weighing advice from others</source>
        <translation>Weighing advice from others</translation>
    </message>
    <message>
        <source>Visits from family and friends</source>
        <translation>Visits from family and friends</translation>
    </message>
    <message>
        <source>Birth cards, thank-yous and gifts</source>
        <translation>Birth cards, thank-yous and gifts</translation>
    </message>
    <message>
        <source>Comforting when it is hard</source>
        <translation>Comforting when it is hard</translation>
    </message>
    <message>
        <source>Sensing how everyone is doing</source>
        <translation>Sensing how everyone is doing</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Nobody really</source>
        <translation>Nobody really</translation>
    </message>
    <message>
        <source>Someone outside</source>
        <translation>Someone outside</translation>
    </message>
    <message>
        <source>as their own</source>
        <translation>as their own</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>with {name}</translation>
    </message>
    <message>
        <source>as shared by you both</source>
        <translation>as shared by you both</translation>
    </message>
    <message>
        <source>with nobody really</source>
        <translation>with nobody really</translation>
    </message>
    <message>
        <source>with someone outside the household</source>
        <translation>with someone outside the household</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>How are you doing?</source>
        <translation>How are you doing?</translation>
    </message>
    <message>
        <source>How are you really doing?</source>
        <translation>How are you really doing?</translation>
    </message>
    <message>
        <source>&amp;In your own words, as much or as little as you like:</source>
        <translation>&amp;In your own words, as much or as little as you like:</translation>
    </message>
    <message>
        <source>A word for your &amp;energy, if you like:</source>
        <translation>A word for your &amp;energy, if you like:</translation>
    </message>
    <message>
        <source>tired, okay, full of beans…</source>
        <translation>tired, okay, full of beans…</translation>
    </message>
    <message>
        <source>A word for your energy</source>
        <translation>A word for your energy</translation>
    </message>
    <message>
        <source>What would &amp;help you this week?</source>
        <translation>What would &amp;help you this week?</translation>
    </message>
    <message>
        <source>What would help you this week?</source>
        <translation>What would help you this week?</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this with my &amp;partner</source>
        <translation>I&apos;d like to talk about this with my &amp;partner</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this with the &amp;midwife or doctor</source>
        <translation>I&apos;d like to talk about this with the &amp;midwife or doctor</translation>
    </message>
    <message>
        <source>&amp;Share this check-in with the household</source>
        <translation>&amp;Share this check-in with the household</translation>
    </message>
    <message>
        <source>Saved as you type. Only you can see it unless you share it.</source>
        <translation>Saved as you type. Only you can see it unless you share it.</translation>
    </message>
    <message>
        <source>Help and s&amp;upport…</source>
        <translation>Help and s&amp;upport…</translation>
    </message>
    <message>
        <source>Where to find help and support</source>
        <translation>Where to find help and support</translation>
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
    <name>CheckInsView</name>
    <message>
        <source>A check-in is for you: how are you really doing? There is no schedule; come back whenever you like. Each one stays private unless you share it.</source>
        <translation>A check-in is for you: how are you really doing? There is no schedule; come back whenever you like. Each one stays private unless you share it.</translation>
    </message>
    <message>
        <source>&amp;Write a check-in…</source>
        <translation>&amp;Write a check-in…</translation>
    </message>
    <message>
        <source>Write a check-in</source>
        <translation>Write a check-in</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>My check-ins</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open this check-in</source>
        <translation>Open this check-in</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete this check-in</source>
        <translation>Delete this check-in</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(shared)</translation>
    </message>
</context>
<context>
    <name>DifferenceCard</name>
    <message>
        <source>Would you like to change something here?</source>
        <translation>Would you like to change something here?</translation>
    </message>
    <message>
        <source>Write down an agreement about this</source>
        <translation>Write down an agreement about this</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Since my picture of:</source>
        <translation>&amp;Since my picture of:</translation>
    </message>
    <message>
        <source>Since my picture of</source>
        <translation>Since my picture of</translation>
    </message>
    <message>
        <source>When you fill in your picture again some day, you can see here how it changed. Your earlier pictures keep their date.</source>
        <translation>When you fill in your picture again some day, you can see here how it changed. Your earlier pictures keep their date.</translation>
    </message>
    <message>
        <source>{task}, {stage}: then {before}, now {after}.</source>
        <translation>{task}, {stage}: then {before}, now {after}.</translation>
    </message>
    <message>
        <source>Your picture has stayed the same since then.</source>
        <translation>Your picture has stayed the same since then.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>&amp;Whose page:</source>
        <translation>&amp;Whose page:</translation>
    </message>
    <message>
        <source>Whose page</source>
        <translation>Whose page</translation>
    </message>
    <message>
        <source>&amp;Look together</source>
        <translation>&amp;Look together</translation>
    </message>
    <message>
        <source>Look together at both pictures</source>
        <translation>Look together at both pictures</translation>
    </message>
    <message>
        <source>How {name} is doing</source>
        <translation>How {name} is doing</translation>
    </message>
    <message>
        <source>{name} has not shared a check-in. That is fine.</source>
        <translation>{name} has not shared a check-in. That is fine.</translation>
    </message>
    <message>
        <source>{name} shared a picture of the care tasks on {day}.</source>
        <translation>{name} shared a picture of the care tasks on {day}.</translation>
    </message>
    <message>
        <source>The care tasks</source>
        <translation>The care tasks</translation>
    </message>
    <message>
        <source>{name} has not shared a picture of the care tasks.</source>
        <translation>{name} has not shared a picture of the care tasks.</translation>
    </message>
    <message>
        <source>Moments from {name}</source>
        <translation>Moments from {name}</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <source>What {name} shared in the journal</source>
        <translation>What {name} shared in the journal</translation>
    </message>
    <message>
        <source>What would help: {text}</source>
        <translation>What would help: {text}</translation>
    </message>
    <message>
        <source>Would like to talk about this with you.</source>
        <translation>Would like to talk about this with you.</translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <source>Who holds what, as you see it? Fill in what comes to mind; skipping is fine. Only you can see this until you choose to share it.</source>
        <translation>Who holds what, as you see it? Fill in what comes to mind; skipping is fine. Only you can see this until you choose to share it.</translation>
    </message>
    <message>
        <source>Who holds what? Fill in what comes to mind; skipping is fine. It shows what you carry, and where someone could help.</source>
        <translation>Who holds what? Fill in what comes to mind; skipping is fine. It shows what you carry, and where someone could help.</translation>
    </message>
    <message>
        <source>My picture of the care tasks</source>
        <translation>My picture of the care tasks</translation>
    </message>
    <message>
        <source>Arrow keys move; number keys choose who; Delete clears an answer.</source>
        <translation>Arrow keys move; number keys choose who; Delete clears an answer.</translation>
    </message>
    <message>
        <source>&amp;Outside the household:</source>
        <translation>&amp;Outside the household:</translation>
    </message>
    <message>
        <source>grandma, daycare… (optional)</source>
        <translation>grandma, daycare… (optional)</translation>
    </message>
    <message>
        <source>Name of someone outside the household</source>
        <translation>Name of someone outside the household</translation>
    </message>
    <message>
        <source>&amp;Share my picture…</source>
        <translation>&amp;Share my picture…</translation>
    </message>
    <message>
        <source>Share my picture</source>
        <translation>Share my picture</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Undo the last answer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>Stop s&amp;haring</translation>
    </message>
    <message>
        <source>Stop sharing my picture</source>
        <translation>Stop sharing my picture</translation>
    </message>
    <message>
        <source>From now on only you see this picture again.</source>
        <translation>From now on only you see this picture again.</translation>
    </message>
    <message>
        <source>&amp;Fill in again</source>
        <translation>&amp;Fill in again</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Fill in again</translation>
    </message>
    <message>
        <source>Starts a new picture from this one; this one stays, with its date.</source>
        <translation>Starts a new picture from this one; this one stays, with its date.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Nobody really</source>
        <translation>Nobody really</translation>
    </message>
    <message>
        <source>Someone outside</source>
        <translation>Someone outside</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Key {number}</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Clear this answer</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Delete key</translation>
    </message>
    <message>
        <source>Keys 1 to {last} choose who, in this order; Delete clears an answer.</source>
        <translation>Keys 1 to {last} choose who, in this order; Delete clears an answer.</translation>
    </message>
    <message>
        <source>You have not started a picture yet.</source>
        <translation>You have not started a picture yet.</translation>
    </message>
    <message>
        <source>Your picture of {day}, shared with the household.</source>
        <translation>Your picture of {day}, shared with the household.</translation>
    </message>
    <message>
        <source>Your picture of {day}. Only you can see it.</source>
        <translation>Your picture of {day}. Only you can see it.</translation>
    </message>
</context>
<context>
    <name>SamenPage</name>
    <message>
        <source>My load</source>
        <translation>My load</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>&amp;My picture</source>
        <translation>&amp;My picture</translation>
    </message>
    <message>
        <source>&amp;Look together</source>
        <translation>&amp;Look together</translation>
    </message>
    <message>
        <source>Agr&amp;eements</source>
        <translation>Agr&amp;eements</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>Over &amp;time</translation>
    </message>
    <message>
        <source>How are &amp;you?</source>
        <translation>How are &amp;you?</translation>
    </message>
    <message>
        <source>Your &amp;partner</source>
        <translation>Your &amp;partner</translation>
    </message>
    <message>
        <source>&amp;Yes, share it</source>
        <translation>&amp;Yes, share it</translation>
    </message>
    <message>
        <source>Yes, share my picture</source>
        <translation>Yes, share my picture</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Share your picture of {day} with the household? The others see it once they have shared theirs too.</source>
        <translation>Share your picture of {day} with the household? The others see it once they have shared theirs too.</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>&amp;Look together with:</source>
        <translation>&amp;Look together with:</translation>
    </message>
    <message>
        <source>Look together with</source>
        <translation>Look together with</translation>
    </message>
    <message>
        <source>&amp;Share my picture…</source>
        <translation>&amp;Share my picture…</translation>
    </message>
    <message>
        <source>Share my picture</source>
        <translation>Share my picture</translation>
    </message>
    <message>
        <source>Where your pictures differ</source>
        <translation>Where your pictures differ</translation>
    </message>
    <message>
        <source>Both pictures on one map</source>
        <translation>Both pictures on one map</translation>
    </message>
    <message>
        <source>With one adult there is nobody to look together with.</source>
        <translation>With one adult there is nobody to look together with.</translation>
    </message>
    <message>
        <source>{name} has shared their picture. Would you like to share yours too? Then you can look at both, side by side.</source>
        <translation>{name} has shared their picture. Would you like to share yours too? Then you can look at both, side by side.</translation>
    </message>
    <message>
        <source>Your picture is shared. When {name} shares theirs too, you can look at both here, side by side.</source>
        <translation>Your picture is shared. When {name} shares theirs too, you can look at both here, side by side.</translation>
    </message>
    <message>
        <source>When you and {name} have both shared your picture, you can look at them here, side by side. Until then each picture stays with its maker.</source>
        <translation>When you and {name} have both shared your picture, you can look at them here, side by side. Until then each picture stays with its maker.</translation>
    </message>
    <message>
        <source>Your picture of {first_day} and {name}&apos;s picture of {second_day}. Where they differ is a good place to start talking; it says nothing about who does more.</source>
        <translation>Your picture of {first_day} and {name}&apos;s picture of {second_day}. Where they differ is a good place to start talking; it says nothing about who does more.</translation>
    </message>
    <message>
        <source>Your picture of {first_day} and {name}&apos;s picture of {second_day} see the same holders wherever you both answered.</source>
        <translation>Your picture of {first_day} and {name}&apos;s picture of {second_day} see the same holders wherever you both answered.</translation>
    </message>
    <message>
        <source>{task}: {first} sees {stage} {first_holder}; {second} sees it {second_holder}.</source>
        <translation>{task}: {first} sees {stage} {first_holder}; {second} sees it {second_holder}.</translation>
    </message>
</context>
<context>
    <name>TaskTools</name>
    <message>
        <source>&amp;Add a task…</source>
        <translation>&amp;Add a task…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename this task</source>
        <translation>Rename this task</translation>
    </message>
    <message>
        <source>Hi&amp;de this task</source>
        <translation>Hi&amp;de this task</translation>
    </message>
    <message>
        <source>Hide this task</source>
        <translation>Hide this task</translation>
    </message>
    <message>
        <source>Hidden tasks</source>
        <translation>Hidden tasks</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>Sho&amp;w again</translation>
    </message>
    <message>
        <source>Show this hidden task again</source>
        <translation>Show this hidden task again</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the task</source>
        <translation>Name of the task</translation>
    </message>
    <message>
        <source>Group of the task</source>
        <translation>Group of the task</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>Save the task</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A name you typed is kept.</source>
        <translation>A name you typed is kept.</translation>
    </message>
    <message>
        <source>“{name}” is hidden. You can show it again with “Show again”.</source>
        <translation>“{name}” is hidden. You can show it again with “Show again”.</translation>
    </message>
</context>
</TS>
