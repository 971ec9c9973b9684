<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangeLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Your own lock</translation>
    </message>
    <message>
        <source>Would you like a new passphrase? Your recovery code stays the same.</source>
        <translation>Would you like a new passphrase? Your recovery code stays the same.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hange the passphrase</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>&amp;Lock my own items</source>
        <translation>&amp;Lock my own items</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>That code does not open your own items. Would you check it again?</source>
        <translation>That code does not open your own items. Would you check it again?</translation>
    </message>
    <message>
        <source>Your own items are locked. Would you type your passphrase to open them?</source>
        <translation>Your own items are locked. Would you type your passphrase to open them?</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Your &amp;passphrase</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock my own items</source>
        <translation>Unlock my own items</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Forgot your passphrase?</translation>
    </message>
    <message>
        <source>With the recovery code you kept, you can choose a new passphrase. Your own items stay as they are.</source>
        <translation>With the recovery code you kept, you can choose a new passphrase. Your own items stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Unlock with the &amp;code</source>
        <translation>Unlock with the &amp;code</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and the new passphrase</source>
        <translation>Unlock with the recovery code and the new passphrase</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Back to the passphrase</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Back to the passphrase</translation>
    </message>
    <message>
        <source>Or is someone else writing now?</source>
        <translation>Or is someone else writing now?</translation>
    </message>
    <message>
        <source>Go on as {name}</source>
        <translation>Go on as {name}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation>&amp;Once more</translation>
    </message>
    <message>
        <source>The new passphrase once more</source>
        <translation>The new passphrase once more</translation>
    </message>
    <message>
        <source>At least {n} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>At least {n} characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Could you use at least {n} characters?</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
</context>
<context>
    <name>PersonalLock</name>
    <message>
        <source>That does not open your own items. Would you try again?</source>
        <translation>That does not open your own items. Would you try again?</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Could you use at least {n} characters?</translation>
    </message>
    <message>
        <source>Your own lock</source>
        <translation>Your own lock</translation>
    </message>
</context>
<context>
    <name>PersonalLockSettings</name>
    <message>
        <source>Your own lock</source>
        <translation>Your own lock</translation>
    </message>
    <message>
        <source>{name}, what you mark “Only me” has your own lock. It opens with your passphrase, and closes again when someone else starts writing, after a while without use, or with “Lock now”.</source>
        <translation>{name}, what you mark “Only me” has your own lock. It opens with your passphrase, and closes again when someone else starts writing, after a while without use, or with “Lock now”.</translation>
    </message>
    <message>
        <source>{name}, would you like your own passphrase? Then what you mark “Only me” opens only with it, also when someone chooses your name under “Who is writing?”. What you share stays as it is.</source>
        <translation>{name}, would you like your own passphrase? Then what you mark “Only me” opens only with it, also when someone chooses your name under “Who is writing?”. What you share stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Set up my own lock…</source>
        <translation>&amp;Set up my own lock…</translation>
    </message>
    <message>
        <source>Set up my own lock</source>
        <translation>Set up my own lock</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Loc&amp;k now</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Change my &amp;passphrase…</translation>
    </message>
    <message>
        <source>Take the lock awa&amp;y…</source>
        <translation>Take the lock awa&amp;y…</translation>
    </message>
    <message>
        <source>Lock &amp;by itself after</source>
        <translation>Lock &amp;by itself after</translation>
    </message>
    <message>
        <source>Lock my own items now</source>
        <translation>Lock my own items now</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>Take my own lock away</source>
        <translation>Take my own lock away</translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Lock by itself after</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>This choice is kept on this computer, for everyone who has an own lock here.</source>
        <translation>This choice is kept on this computer, for everyone who has an own lock here.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Parent Journal: recovery code for the own lock of {name}</source>
        <translation>Parent Journal: recovery code for the own lock of {name}</translation>
    </message>
    <message>
        <source>Your own items are open again. This is your new recovery code:</source>
        <translation>Your own items are open again. This is your new recovery code:</translation>
    </message>
    <message>
        <source>Your own lock is on. This is your recovery code:</source>
        <translation>Your own lock is on. This is your recovery code:</translation>
    </message>
    <message>
        <source>This code is the only way back to your own items if you ever forget your passphrase; nobody else can open them for you. Would you print it or write it down and keep it somewhere safe? It is shown only now.</source>
        <translation>This code is the only way back to your own items if you ever forget your passphrase; nobody else can open them for you. Would you print it or write it down and keep it somewhere safe? It is shown only now.</translation>
    </message>
    <message>
        <source>The code you just used no longer works.</source>
        <translation>The code you just used no longer works.</translation>
    </message>
    <message>
        <source>&amp;Done, I have kept it</source>
        <translation>&amp;Done, I have kept it</translation>
    </message>
    <message>
        <source>Done, I have kept the recovery code</source>
        <translation>Done, I have kept the recovery code</translation>
    </message>
</context>
<context>
    <name>RemoveLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Your own lock</translation>
    </message>
    <message>
        <source>Would you like to take your own lock away? What you mark “Only me” then opens without a passphrase again and is no longer encrypted on its own. It is still shown only when your name is chosen.</source>
        <translation>Would you like to take your own lock away? What you mark “Only me” then opens without a passphrase again and is no longer encrypted on its own. It is still shown only when your name is chosen.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Your &amp;passphrase</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>&amp;Take the lock away</source>
        <translation>&amp;Take the lock away</translation>
    </message>
    <message>
        <source>Take my own lock away</source>
        <translation>Take my own lock away</translation>
    </message>
    <message>
        <source>&amp;Keep the lock</source>
        <translation>&amp;Keep the lock</translation>
    </message>
    <message>
        <source>Keep my own lock</source>
        <translation>Keep my own lock</translation>
    </message>
    <message>
        <source>One moment: your own lock is being taken away.</source>
        <translation>One moment: your own lock is being taken away.</translation>
    </message>
</context>
<context>
    <name>SetUpLockDialog</name>
    <message>
        <source>Your own lock</source>
        <translation>Your own lock</translation>
    </message>
    <message>
        <source>{name}, with your own passphrase, what you mark “Only me” is locked: whoever chooses your name under “Who is writing?” needs the passphrase to see it, and the journal file holds it encrypted. What you share stays as it is.</source>
        <translation>{name}, with your own passphrase, what you mark “Only me” is locked: whoever chooses your name under “Who is writing?” needs the passphrase to see it, and the journal file holds it encrypted. What you share stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Lock my own items</source>
        <translation>&amp;Lock my own items</translation>
    </message>
    <message>
        <source>Lock my own items with this passphrase</source>
        <translation>Lock my own items with this passphrase</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>One moment: your own items are being locked.</source>
        <translation>One moment: your own items are being locked.</translation>
    </message>
</context>
</TS>
