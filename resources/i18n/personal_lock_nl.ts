<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ChangeLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Je eigen slot</translation>
    </message>
    <message>
        <source>Would you like a new passphrase? Your recovery code stays the same.</source>
        <translation>Wil je een nieuw wachtwoord? Je herstelcode blijft dezelfde.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>&amp;Lock my own items</source>
        <translation>&amp;Mijn eigen stukjes op slot</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>That code does not open your own items. Would you check it again?</source>
        <translation>Die code opent je eigen stukjes niet. Wil je hem nog eens nakijken?</translation>
    </message>
    <message>
        <source>Your own items are locked. Would you type your passphrase to open them?</source>
        <translation>Je eigen stukjes zijn op slot. Wil je je wachtwoord typen om ze te openen?</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Je &amp;wachtwoord</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock my own items</source>
        <translation>Mijn eigen stukjes ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>With the recovery code you kept, you can choose a new passphrase. Your own items stay as they are.</source>
        <translation>Met de herstelcode die je bewaard hebt, kies je een nieuw wachtwoord. Je eigen stukjes blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Her&amp;stelcode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Unlock with the &amp;code</source>
        <translation>Met de &amp;code ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and the new passphrase</source>
        <translation>Ontgrendelen met de herstelcode en het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Terug naar het wachtwoord</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Terug naar het wachtwoord</translation>
    </message>
    <message>
        <source>Or is someone else writing now?</source>
        <translation>Of schrijft er nu iemand anders?</translation>
    </message>
    <message>
        <source>Go on as {name}</source>
        <translation>Verder als {name}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation>Nog een &amp;keer</translation>
    </message>
    <message>
        <source>The new passphrase once more</source>
        <translation>Het nieuwe wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>At least {n} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Minstens {n} tekens. Een korte zin onthoud je makkelijk en raadt een ander moeilijk.</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Wil je minstens {n} tekens gebruiken?</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PersonalLock</name>
    <message>
        <source>That does not open your own items. Would you try again?</source>
        <translation>Daarmee gaan je eigen stukjes niet open. Wil je het nog eens proberen?</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Wil je minstens {n} tekens gebruiken?</translation>
    </message>
    <message>
        <source>Your own lock</source>
        <translation>Je eigen slot</translation>
    </message>
</context>
<context>
    <name>PersonalLockSettings</name>
    <message>
        <source>Your own lock</source>
        <translation>Je eigen slot</translation>
    </message>
    <message>
        <source>{name}, what you mark “Only me” has your own lock. It opens with your passphrase, and closes again when someone else starts writing, after a while without use, or with “Lock now”.</source>
        <translation>{name}, wat je op “Alleen ik” zet, heeft je eigen slot. Het gaat open met je wachtwoord, en weer dicht als iemand anders begint te schrijven, na een tijdje zonder gebruik, of met “Nu op slot”.</translation>
    </message>
    <message>
        <source>{name}, would you like your own passphrase? Then what you mark “Only me” opens only with it, also when someone chooses your name under “Who is writing?”. What you share stays as it is.</source>
        <translation>{name}, wil je een eigen wachtwoord? Dan gaat wat je op “Alleen ik” zet alleen daarmee open, ook als iemand jouw naam kiest bij “Wie schrijft er?”. Wat je deelt, blijft zoals het is.</translation>
    </message>
    <message>
        <source>&amp;Set up my own lock…</source>
        <translation>&amp;Mijn eigen slot instellen…</translation>
    </message>
    <message>
        <source>Set up my own lock</source>
        <translation>Mijn eigen slot instellen</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>N&amp;u op slot</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>&amp;Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Take the lock awa&amp;y…</source>
        <translation>Het s&amp;lot weghalen…</translation>
    </message>
    <message>
        <source>Lock &amp;by itself after</source>
        <translation>Van&amp;zelf op slot na</translation>
    </message>
    <message>
        <source>Lock my own items now</source>
        <translation>Mijn eigen stukjes nu op slot doen</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Take my own lock away</source>
        <translation>Mijn eigen slot weghalen</translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Vanzelf op slot na</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minuut zonder gebruik</numerusform>
            <numerusform>%n minuten zonder gebruik</numerusform>
        </translation>
    </message>
    <message>
        <source>This choice is kept on this computer, for everyone who has an own lock here.</source>
        <translation>Deze keuze blijft op deze computer bewaard, voor iedereen die hier een eigen slot heeft.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Parent Journal: recovery code for the own lock of {name}</source>
        <translation>Ouderdagboek: herstelcode voor het eigen slot van {name}</translation>
    </message>
    <message>
        <source>Your own items are open again. This is your new recovery code:</source>
        <translation>Je eigen stukjes zijn weer open. Dit is je nieuwe herstelcode:</translation>
    </message>
    <message>
        <source>Your own lock is on. This is your recovery code:</source>
        <translation>Je eigen slot staat aan. Dit is je herstelcode:</translation>
    </message>
    <message>
        <source>This code is the only way back to your own items if you ever forget your passphrase; nobody else can open them for you. Would you print it or write it down and keep it somewhere safe? It is shown only now.</source>
        <translation>Als je je wachtwoord ooit vergeet, is deze code de enige weg terug naar je eigen stukjes; niemand anders kan ze voor je openen. Wil je hem afdrukken of opschrijven en ergens veilig bewaren? Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>The code you just used no longer works.</source>
        <translation>De code die je net gebruikte, werkt niet meer.</translation>
    </message>
    <message>
        <source>&amp;Done, I have kept it</source>
        <translation>&amp;Klaar, ik heb hem bewaard</translation>
    </message>
    <message>
        <source>Done, I have kept the recovery code</source>
        <translation>Klaar, ik heb de herstelcode bewaard</translation>
    </message>
</context>
<context>
    <name>RemoveLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Je eigen slot</translation>
    </message>
    <message>
        <source>Would you like to take your own lock away? What you mark “Only me” then opens without a passphrase again and is no longer encrypted on its own. It is still shown only when your name is chosen.</source>
        <translation>Wil je je eigen slot weghalen? Wat je op “Alleen ik” zet, gaat dan weer open zonder wachtwoord en wordt niet meer apart versleuteld. Het wordt nog altijd alleen getoond als jouw naam gekozen is.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Je &amp;wachtwoord</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Take the lock away</source>
        <translation>Het slot w&amp;eghalen</translation>
    </message>
    <message>
        <source>Take my own lock away</source>
        <translation>Mijn eigen slot weghalen</translation>
    </message>
    <message>
        <source>&amp;Keep the lock</source>
        <translation>Het slot &amp;houden</translation>
    </message>
    <message>
        <source>Keep my own lock</source>
        <translation>Mijn eigen slot houden</translation>
    </message>
    <message>
        <source>One moment: your own lock is being taken away.</source>
        <translation>Even geduld: je eigen slot wordt weggehaald.</translation>
    </message>
</context>
<context>
    <name>SetUpLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Je eigen slot</translation>
    </message>
    <message>
        <source>{name}, with your own passphrase, what you mark “Only me” is locked: whoever chooses your name under “Who is writing?” needs the passphrase to see it, and the journal file holds it encrypted. What you share stays as it is.</source>
        <translation>{name}, met je eigen wachtwoord gaat wat je op “Alleen ik” zet op slot: wie jouw naam kiest bij “Wie schrijft er?”, heeft het wachtwoord nodig om het te zien, en in het dagboekbestand staat het versleuteld. Wat je deelt, blijft zoals het is.</translation>
    </message>
    <message>
        <source>&amp;Lock my own items</source>
        <translation>Mijn eigen stukjes op &amp;slot doen</translation>
    </message>
    <message>
        <source>Lock my own items with this passphrase</source>
        <translation>Mijn eigen stukjes op slot doen met dit wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>One moment: your own items are being locked.</source>
        <translation>Even geduld: je eigen stukjes gaan op slot.</translation>
    </message>
</context>
</TS>
