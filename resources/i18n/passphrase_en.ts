<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Journal passphrase</source>
        <translation>Journal passphrase</translation>
    </message>
    <message>
        <source>This journal has a passphrase: the file and its backups are encrypted, and Parent Journal asks for the passphrase at every start. Would you like to choose a new one?</source>
        <translation>This journal has a passphrase: the file and its backups are encrypted, and Parent Journal asks for the passphrase at every start. Would you like to choose a new one?</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Change the passphrase</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>With a passphrase, the journal file and its backups are encrypted. Parent Journal then asks for it at every start. It is shared by everyone who writes in this journal.</source>
        <translation>With a passphrase, the journal file and its backups are encrypted. Parent Journal then asks for it at every start. It is shared by everyone who writes in this journal.</translation>
    </message>
    <message>
        <source>&amp;Turn on the passphrase</source>
        <translation>&amp;Turn on the passphrase</translation>
    </message>
    <message>
        <source>Turn on the passphrase</source>
        <translation>Turn on the passphrase</translation>
    </message>
    <message>
        <source>Turn it o&amp;ff…</source>
        <translation>Turn it o&amp;ff…</translation>
    </message>
    <message>
        <source>Turn off the passphrase</source>
        <translation>Turn off the passphrase</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
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
        <source>The passphrase is on. This is your recovery code:</source>
        <translation>The passphrase is on. This is your recovery code:</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this code is the only way back into the journal; nobody else can open it for you. Would you write it down or print it, and keep it somewhere safe, away from this computer? It is shown only now.</source>
        <translation>If the passphrase is ever forgotten, this code is the only way back into the journal; nobody else can open it for you. Would you write it down or print it, and keep it somewhere safe, away from this computer? It is shown only now.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Could you use at least {n} characters?</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Would you like to turn off the passphrase? The journal and its backups are then stored without encryption again.</source>
        <translation>Would you like to turn off the passphrase? The journal and its backups are then stored without encryption again.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Turn off</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>The passphrase is off.</source>
        <translation>The passphrase is off.</translation>
    </message>
    <message>
        <source>Parent Journal: recovery code</source>
        <translation>Parent Journal: recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copy the recovery code</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Parent Journal</source>
        <translation>Parent Journal</translation>
    </message>
    <message>
        <source>This journal has a passphrase. Would you type it?</source>
        <translation>This journal has a passphrase. Would you type it?</translation>
    </message>
    <message>
        <source>I &amp;forgot it: use the recovery code</source>
        <translation>I &amp;forgot it: use the recovery code</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Use the recovery code instead</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation>Open the journal</translation>
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
        <source>&amp;Recovery code</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>That does not open this journal. Would you like to try again?</source>
        <translation>That does not open this journal. Would you like to try again?</translation>
    </message>
    <message>
        <source>That code does not open this journal. Would you check it again?</source>
        <translation>That code does not open this journal. Would you check it again?</translation>
    </message>
    <message>
        <source>The key file of this journal could not be read. Nothing was changed.</source>
        <translation>The key file of this journal could not be read. Nothing was changed.</translation>
    </message>
</context>
</TS>
