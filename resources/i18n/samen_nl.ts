<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>(no particular task)</source>
        <translation>(geen bepaalde taak)</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>Een afspraak</translation>
    </message>
    <message>
        <source>Would you like to change something here? What do you agree? (for example: from now on I keep track of the vaccination appointments)</source>
        <translation>Willen jullie hier iets aan veranderen? Wat spreken jullie af? (bijvoorbeeld: vanaf nu volg ik de vaccinatie-afspraken op)</translation>
    </message>
    <message>
        <source>What you agree</source>
        <translation>Wat jullie afspreken</translation>
    </message>
    <message>
        <source>Change the agreement</source>
        <translation>Afspraak aanpassen</translation>
    </message>
    <message>
        <source>What do you agree, in your words now?</source>
        <translation>Wat spreken jullie af, in jullie woorden van nu?</translation>
    </message>
    <message>
        <source>How is it going now?</source>
        <translation>Hoe loopt dat nu?</translation>
    </message>
    <message>
        <source>How is it going now? A few words are plenty.</source>
        <translation>Hoe loopt dat nu? Een paar woorden zijn genoeg.</translation>
    </message>
    <message>
        <source>How it is going now</source>
        <translation>Hoe het nu loopt</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>Task this is about</source>
        <translation>Taak waarover het gaat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Not saved yet; your words stay here and we try again.</source>
        <translation>Nog niet bewaard; je woorden blijven hier staan en we proberen het zo opnieuw.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>An empty text is not kept; your last words stay saved.</source>
        <translation>Een lege tekst wordt niet bewaard; je laatste woorden blijven bewaard.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>What you agreed together, with its date. Now and then you might ask each other: how is that going now?</source>
        <translation>Wat jullie samen afspraken, met de datum erbij. Af en toe kun je elkaar vragen: hoe loopt dat nu?</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>&amp;Write down an agreement…</source>
        <translation>Een afspraak &amp;noteren…</translation>
    </message>
    <message>
        <source>Write down an agreement</source>
        <translation>Een afspraak noteren</translation>
    </message>
    <message>
        <source>How is it going &amp;now?…</source>
        <translation>Hoe &amp;loopt dat nu?…</translation>
    </message>
    <message>
        <source>How is it going now?</source>
        <translation>Hoe loopt dat nu?</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change this agreement</source>
        <translation>Deze afspraak aanpassen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>{day}: {text}</source>
        <translation>{day}: {text}</translation>
    </message>
    <message>
        <source>About: {task}</source>
        <translation>Over: {task}</translation>
    </message>
    <message>
        <source>No agreements yet. That is fine too.</source>
        <translation>Nog geen afspraken. Ook dat is goed.</translation>
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
        <translation>Taak</translation>
    </message>
    <message>
        <source>{name}&apos;s picture: {holder}</source>
        <translation>Beeld van {name}: {holder}</translation>
    </message>
    <message>
        <source>Your pictures differ here.</source>
        <translation>Hier verschillen jullie beelden.</translation>
    </message>
</context>
<context>
    <name>CareWords</name>
    <message>
        <source>Noticing</source>
        <translation>Opmerken</translation>
    </message>
    <message>
        <source>Finding out, deciding</source>
        <translation>Uitzoeken, beslissen</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Doen</translation>
    </message>
    <message>
        <source>Keeping track</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>the noticing</source>
        <translation>het opmerken</translation>
    </message>
    <message>
        <source>the finding out and deciding</source>
        <translation>het uitzoeken en beslissen</translation>
    </message>
    <message>
        <source>the doing</source>
        <translation>het doen</translation>
    </message>
    <message>
        <source>the keeping track</source>
        <translation>het opvolgen</translation>
    </message>
    <message>
        <source>Noticing, thinking ahead: who sees it coming, like the nappies running low or an appointment that is due?</source>
        <translation>Opmerken, vooruitdenken: wie ziet het aankomen, zoals de pampers die opraken of een afspraak die eraan komt?</translation>
    </message>
    <message>
        <source>Who looks up the options and makes the choice?</source>
        <translation>Wie zoekt de mogelijkheden op en maakt de keuze?</translation>
    </message>
    <message>
        <source>Who actually does it?</source>
        <translation>Wie doet het echt?</translation>
    </message>
    <message>
        <source>Who keeps an eye on it afterwards and follows up?</source>
        <translation>Wie houdt het daarna in het oog en volgt het op?</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Voeding</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <source>Daily care</source>
        <translation>Verzorging</translation>
    </message>
    <message>
        <source>Appointments and health</source>
        <translation>Afspraken en gezondheid</translation>
    </message>
    <message>
        <source>Childcare and school</source>
        <translation>Kinderopvang en school</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Paperwork and money</source>
        <translation>Administratie en geld</translation>
    </message>
    <message>
        <source>Looking things up</source>
        <translation>Informatie opzoeken</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familie en sociale contacten</translation>
    </message>
    <message>
        <source>Emotional care</source>
        <translation>Emotionele zorg</translation>
    </message>
    <message>
        <source>Formula, bottles or pump supplies in the house</source>
        <translation>Flesvoeding, flesjes of kolfspullen in huis</translation>
    </message>
    <message>
        <source>Night feeds</source>
        <translation>Nachtvoedingen</translation>
    </message>
    <message>
        <source>First solid food</source>
        <translation>Eerste vaste voeding</translation>
    </message>
    <message>
        <source>The evening routine</source>
        <translation>Het avondritueel</translation>
    </message>
    <message>
        <source>Getting up at night</source>
        <translation>&apos;s Nachts opstaan</translation>
    </message>
    <message>
        <source>Nappies and clothes that still fit</source>
        <translation>Pampers en kleertjes die nog passen</translation>
    </message>
    <message>
        <source>Bathing and nails</source>
        <translation>Badje en nageltjes</translation>
    </message>
    <message>
        <source>Check-ups with the midwife or child health service</source>
        <translation>Consultaties bij de vroedvrouw of Kind en Gezin</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinaties</translation>
    </message>
    <message>
        <source>When the baby is ill: doctor, medicine</source>
        <translation>Als de baby ziek is: dokter, medicijnen</translation>
    </message>
    <message>
        <source>Finding and arranging childcare</source>
        <translation>Kinderopvang zoeken en regelen</translation>
    </message>
    <message>
        <source>The daycare bag, forms and messages</source>
        <translation>De crèchetas, formulieren en berichtjes</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Boodschappen</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>De was</translation>
    </message>
    <message>
        <source>Deciding what we eat</source>
        <translation>Beslissen wat we eten</translation>
    </message>
    <message>
        <source>Leave, allowances and forms</source>
        <translation>Verlof, groeipakket en formulieren</translation>
    </message>
    <message>
        <source>Bills and insurance</source>
        <translation>Rekeningen en verzekeringen</translation>
    </message>
    <message>
        <source>Looking up information about the baby</source>
        <translation>Informatie over de baby opzoeken</translation>
    </message>
    <message>
        <source>Weighing advice from others</source>
        <translation>Goede raad van anderen afwegen</translation>
    </message>
    <message>
        <source>Visits from family and friends</source>
        <translation>Bezoek van familie en vrienden</translation>
    </message>
    <message>
        <source>Birth cards, thank-yous and gifts</source>
        <translation>Geboortekaartjes, bedankjes en cadeaus</translation>
    </message>
    <message>
        <source>Comforting when it is hard</source>
        <translation>Troosten als het moeilijk is</translation>
    </message>
    <message>
        <source>Sensing how everyone is doing</source>
        <translation>Aanvoelen hoe het met iedereen gaat</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Nobody really</source>
        <translation>Niemand echt</translation>
    </message>
    <message>
        <source>Someone outside</source>
        <translation>Iemand van buiten</translation>
    </message>
    <message>
        <source>as their own</source>
        <translation>bij zichzelf</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>bij {name}</translation>
    </message>
    <message>
        <source>as shared by you both</source>
        <translation>bij jullie samen</translation>
    </message>
    <message>
        <source>with nobody really</source>
        <translation>bij niemand echt</translation>
    </message>
    <message>
        <source>with someone outside the household</source>
        <translation>bij iemand buiten het gezin</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>How are you doing?</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <source>How are you really doing?</source>
        <translation>Hoe gaat het écht met jou?</translation>
    </message>
    <message>
        <source>&amp;In your own words, as much or as little as you like:</source>
        <translation>&amp;In je eigen woorden, zoveel of zo weinig als je wil:</translation>
    </message>
    <message>
        <source>A word for your &amp;energy, if you like:</source>
        <translation>Een woord voor je &amp;energie, als je wil:</translation>
    </message>
    <message>
        <source>tired, okay, full of beans…</source>
        <translation>moe, oké, vol energie…</translation>
    </message>
    <message>
        <source>A word for your energy</source>
        <translation>Een woord voor je energie</translation>
    </message>
    <message>
        <source>What would &amp;help you this week?</source>
        <translation>Wat zou je deze week &amp;helpen?</translation>
    </message>
    <message>
        <source>What would help you this week?</source>
        <translation>Wat zou je deze week helpen?</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this with my &amp;partner</source>
        <translation>Ik wil hierover praten met mijn &amp;partner</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this with the &amp;midwife or doctor</source>
        <translation>Ik wil hierover praten met de &amp;vroedvrouw of dokter</translation>
    </message>
    <message>
        <source>&amp;Share this check-in with the household</source>
        <translation>Deze check-in &amp;delen met het gezin</translation>
    </message>
    <message>
        <source>Saved as you type. Only you can see it unless you share it.</source>
        <translation>Wordt bewaard terwijl je typt. Alleen jij ziet het, tenzij je het deelt.</translation>
    </message>
    <message>
        <source>Help and s&amp;upport…</source>
        <translation>H&amp;ulp en steun…</translation>
    </message>
    <message>
        <source>Where to find help and support</source>
        <translation>Waar je hulp en steun vindt</translation>
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
    <name>CheckInsView</name>
    <message>
        <source>A check-in is for you: how are you really doing? There is no schedule; come back whenever you like. Each one stays private unless you share it.</source>
        <translation>Een check-in is voor jou: hoe gaat het écht met je? Er is geen schema; kom terug wanneer je wil. Elke check-in blijft privé, tenzij je hem deelt.</translation>
    </message>
    <message>
        <source>&amp;Write a check-in…</source>
        <translation>Een check-in &amp;schrijven…</translation>
    </message>
    <message>
        <source>Write a check-in</source>
        <translation>Een check-in schrijven</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mijn check-ins</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open this check-in</source>
        <translation>Deze check-in openen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete this check-in</source>
        <translation>Deze check-in verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(gedeeld)</translation>
    </message>
</context>
<context>
    <name>DifferenceCard</name>
    <message>
        <source>Would you like to change something here?</source>
        <translation>Willen jullie hier iets aan veranderen?</translation>
    </message>
    <message>
        <source>Write down an agreement about this</source>
        <translation>Hierover een afspraak noteren</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Since my picture of:</source>
        <translation>&amp;Sinds mijn beeld van:</translation>
    </message>
    <message>
        <source>Since my picture of</source>
        <translation>Sinds mijn beeld van</translation>
    </message>
    <message>
        <source>When you fill in your picture again some day, you can see here how it changed. Your earlier pictures keep their date.</source>
        <translation>Als je je beeld later opnieuw invult, zie je hier hoe het veranderde. Je eerdere beelden houden hun datum.</translation>
    </message>
    <message>
        <source>{task}, {stage}: then {before}, now {after}.</source>
        <translation>{task}, {stage}: toen {before}, nu {after}.</translation>
    </message>
    <message>
        <source>Your picture has stayed the same since then.</source>
        <translation>Je beeld is sindsdien hetzelfde gebleven.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>&amp;Whose page:</source>
        <translation>&amp;Wiens pagina:</translation>
    </message>
    <message>
        <source>Whose page</source>
        <translation>Wiens pagina</translation>
    </message>
    <message>
        <source>&amp;Look together</source>
        <translation>&amp;Samen bekijken</translation>
    </message>
    <message>
        <source>Look together at both pictures</source>
        <translation>Beide beelden samen bekijken</translation>
    </message>
    <message>
        <source>How {name} is doing</source>
        <translation>Hoe het met {name} gaat</translation>
    </message>
    <message>
        <source>{name} has not shared a check-in. That is fine.</source>
        <translation>{name} heeft geen check-in gedeeld. Dat is goed zo.</translation>
    </message>
    <message>
        <source>{name} shared a picture of the care tasks on {day}.</source>
        <translation>{name} deelde op {day} een beeld van de zorgtaken.</translation>
    </message>
    <message>
        <source>The care tasks</source>
        <translation>De zorgtaken</translation>
    </message>
    <message>
        <source>{name} has not shared a picture of the care tasks.</source>
        <translation>{name} heeft geen beeld van de zorgtaken gedeeld.</translation>
    </message>
    <message>
        <source>Moments from {name}</source>
        <translation>Momenten van {name}</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <source>What {name} shared in the journal</source>
        <translation>Wat {name} deelde in het dagboek</translation>
    </message>
    <message>
        <source>What would help: {text}</source>
        <translation>Wat zou helpen: {text}</translation>
    </message>
    <message>
        <source>Would like to talk about this with you.</source>
        <translation>Wil hier graag met jou over praten.</translation>
    </message>
</context>
<context>
    <name>PictureEditor</name>
    <message>
        <source>Who holds what, as you see it? Fill in what comes to mind; skipping is fine. Only you can see this until you choose to share it.</source>
        <translation>Wie draagt wat, zoals jij het ziet? Vul in wat bij je opkomt; overslaan mag. Alleen jij ziet dit, tot je ervoor kiest het te delen.</translation>
    </message>
    <message>
        <source>Who holds what? Fill in what comes to mind; skipping is fine. It shows what you carry, and where someone could help.</source>
        <translation>Wie draagt wat? Vul in wat bij je opkomt; overslaan mag. Zo zie je wat jij draagt, en waar iemand zou kunnen helpen.</translation>
    </message>
    <message>
        <source>My picture of the care tasks</source>
        <translation>Mijn beeld van de zorgtaken</translation>
    </message>
    <message>
        <source>Arrow keys move; number keys choose who; Delete clears an answer.</source>
        <translation>Met de pijltjes ga je verder; met de cijfers kies je wie; Delete wist een antwoord.</translation>
    </message>
    <message>
        <source>&amp;Outside the household:</source>
        <translation>B&amp;uiten het gezin:</translation>
    </message>
    <message>
        <source>grandma, daycare… (optional)</source>
        <translation>oma, de crèche… (als je wil)</translation>
    </message>
    <message>
        <source>Name of someone outside the household</source>
        <translation>Naam van iemand buiten het gezin</translation>
    </message>
    <message>
        <source>&amp;Share my picture…</source>
        <translation>Mijn beeld de&amp;len…</translation>
    </message>
    <message>
        <source>Share my picture</source>
        <translation>Mijn beeld delen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Het laatste antwoord ongedaan maken</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>Niet meer d&amp;elen</translation>
    </message>
    <message>
        <source>Stop sharing my picture</source>
        <translation>Mijn beeld niet meer delen</translation>
    </message>
    <message>
        <source>From now on only you see this picture again.</source>
        <translation>Vanaf nu ziet alleen jij dit beeld weer.</translation>
    </message>
    <message>
        <source>&amp;Fill in again</source>
        <translation>Opnieuw &amp;invullen</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <source>Starts a new picture from this one; this one stays, with its date.</source>
        <translation>Begint een nieuw beeld vanaf dit beeld; dit beeld blijft bewaard, met zijn datum.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Nobody really</source>
        <translation>Niemand echt</translation>
    </message>
    <message>
        <source>Someone outside</source>
        <translation>Iemand van buiten</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>Toets {number}</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Dit antwoord wissen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Delete-toets</translation>
    </message>
    <message>
        <source>Keys 1 to {last} choose who, in this order; Delete clears an answer.</source>
        <translation>Met de toetsen 1 tot {last} kies je wie, in deze volgorde; Delete wist een antwoord.</translation>
    </message>
    <message>
        <source>You have not started a picture yet.</source>
        <translation>Je bent nog niet aan een beeld begonnen.</translation>
    </message>
    <message>
        <source>Your picture of {day}, shared with the household.</source>
        <translation>Je beeld van {day}, gedeeld met het gezin.</translation>
    </message>
    <message>
        <source>Your picture of {day}. Only you can see it.</source>
        <translation>Je beeld van {day}. Alleen jij ziet het.</translation>
    </message>
</context>
<context>
    <name>SamenPage</name>
    <message>
        <source>My load</source>
        <translation>Mijn draaglast</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>&amp;My picture</source>
        <translation>&amp;Mijn beeld</translation>
    </message>
    <message>
        <source>&amp;Look together</source>
        <translation>Samen be&amp;kijken</translation>
    </message>
    <message>
        <source>Agr&amp;eements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>Door de &amp;tijd</translation>
    </message>
    <message>
        <source>How are &amp;you?</source>
        <translation>Hoe gaat het met &amp;jou?</translation>
    </message>
    <message>
        <source>Your &amp;partner</source>
        <translation>Jouw &amp;partner</translation>
    </message>
    <message>
        <source>&amp;Yes, share it</source>
        <translation>&amp;Ja, delen</translation>
    </message>
    <message>
        <source>Yes, share my picture</source>
        <translation>Ja, mijn beeld delen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Share your picture of {day} with the household? The others see it once they have shared theirs too.</source>
        <translation>Je beeld van {day} delen met het gezin? De anderen zien het zodra ze hun eigen beeld ook gedeeld hebben.</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>&amp;Look together with:</source>
        <translation>Samen bekijken &amp;met:</translation>
    </message>
    <message>
        <source>Look together with</source>
        <translation>Samen bekijken met</translation>
    </message>
    <message>
        <source>&amp;Share my picture…</source>
        <translation>Mijn beeld de&amp;len…</translation>
    </message>
    <message>
        <source>Share my picture</source>
        <translation>Mijn beeld delen</translation>
    </message>
    <message>
        <source>Where your pictures differ</source>
        <translation>Waar jullie beelden verschillen</translation>
    </message>
    <message>
        <source>Both pictures on one map</source>
        <translation>Beide beelden op één kaart</translation>
    </message>
    <message>
        <source>With one adult there is nobody to look together with.</source>
        <translation>Met één volwassene is er niemand om samen mee te kijken.</translation>
    </message>
    <message>
        <source>{name} has shared their picture. Would you like to share yours too? Then you can look at both, side by side.</source>
        <translation>{name} heeft een beeld gedeeld. Deel jij het jouwe ook? Dan kunnen jullie beide naast elkaar bekijken.</translation>
    </message>
    <message>
        <source>Your picture is shared. When {name} shares theirs too, you can look at both here, side by side.</source>
        <translation>Je beeld is gedeeld. Zodra {name} ook een beeld deelt, kunnen jullie ze hier naast elkaar bekijken.</translation>
    </message>
    <message>
        <source>When you and {name} have both shared your picture, you can look at them here, side by side. Until then each picture stays with its maker.</source>
        <translation>Als jij en {name} allebei jullie beeld gedeeld hebben, kunnen jullie ze hier naast elkaar bekijken. Tot dan blijft elk beeld bij wie het maakte.</translation>
    </message>
    <message>
        <source>Your picture of {first_day} and {name}&apos;s picture of {second_day}. Where they differ is a good place to start talking; it says nothing about who does more.</source>
        <translation>Jouw beeld van {first_day} en het beeld van {name} van {second_day}. Waar ze verschillen, is een goed begin voor een gesprek; het zegt niets over wie meer doet.</translation>
    </message>
    <message>
        <source>Your picture of {first_day} and {name}&apos;s picture of {second_day} see the same holders wherever you both answered.</source>
        <translation>Jouw beeld van {first_day} en het beeld van {name} van {second_day} zien overal dezelfde mensen, waar jullie allebei iets invulden.</translation>
    </message>
    <message>
        <source>{task}: {first} sees {stage} {first_holder}; {second} sees it {second_holder}.</source>
        <translation>{task}: {first} ziet {stage} {first_holder}, {second} ziet het {second_holder}.</translation>
    </message>
</context>
<context>
    <name>TaskTools</name>
    <message>
        <source>&amp;Add a task…</source>
        <translation>&amp;Een taak toevoegen…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Rename this task</source>
        <translation>Deze taak hernoemen</translation>
    </message>
    <message>
        <source>Hi&amp;de this task</source>
        <translation>Deze taak &amp;verbergen</translation>
    </message>
    <message>
        <source>Hide this task</source>
        <translation>Deze taak verbergen</translation>
    </message>
    <message>
        <source>Hidden tasks</source>
        <translation>Verborgen taken</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>Weer t&amp;onen</translation>
    </message>
    <message>
        <source>Show this hidden task again</source>
        <translation>Deze verborgen taak weer tonen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Name of the task</source>
        <translation>Naam van de taak</translation>
    </message>
    <message>
        <source>Group of the task</source>
        <translation>Groep van de taak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Save the task</source>
        <translation>De taak bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>A name you typed is kept.</source>
        <translation>Een naam die je typte, blijft bewaard.</translation>
    </message>
    <message>
        <source>“{name}” is hidden. You can show it again with “Show again”.</source>
        <translation>“{name}” is verborgen. Met “Weer tonen” komt de taak terug.</translation>
    </message>
</context>
</TS>
