<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Journal passphrase</source>
        <translation>Wachtwoord van het dagboek</translation>
    </message>
    <message>
        <source>This journal has a passphrase: the file and its backups are encrypted, and Parent Journal asks for the passphrase at every start. Would you like to choose a new one?</source>
        <translation>Dit dagboek heeft een wachtwoord: het bestand en de back-ups zijn versleuteld, en Ouderdagboek vraagt het wachtwoord bij elke start. Wil je een nieuw wachtwoord kiezen?</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>With a passphrase, the journal file and its backups are encrypted. Parent Journal then asks for it at every start. It is shared by everyone who writes in this journal.</source>
        <translation>Met een wachtwoord worden het dagboekbestand en de back-ups versleuteld. Ouderdagboek vraagt het dan bij elke start. Iedereen die in dit dagboek schrijft, gebruikt hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Turn on the passphrase</source>
        <translation>Wachtwoord &amp;aanzetten</translation>
    </message>
    <message>
        <source>Turn on the passphrase</source>
        <translation>Wachtwoord aanzetten</translation>
    </message>
    <message>
        <source>Turn it o&amp;ff…</source>
        <translation>&amp;Uitzetten…</translation>
    </message>
    <message>
        <source>Turn off the passphrase</source>
        <translation>Wachtwoord uitzetten</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
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
        <translation>Nog &amp;eens</translation>
    </message>
    <message>
        <source>The new passphrase once more</source>
        <translation>Het nieuwe wachtwoord nog eens</translation>
    </message>
    <message>
        <source>At least {n} characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Minstens {n} tekens. Een korte zin onthoud je makkelijk en raadt een ander moeilijk.</translation>
    </message>
    <message>
        <source>The passphrase is on. This is your recovery code:</source>
        <translation>Het wachtwoord staat aan. Dit is je herstelcode:</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this code is the only way back into the journal; nobody else can open it for you. Would you write it down or print it, and keep it somewhere safe, away from this computer? It is shown only now.</source>
        <translation>Als het wachtwoord ooit vergeten is, is deze code de enige weg terug naar het dagboek; niemand anders kan het voor je openen. Wil je hem opschrijven of afdrukken, en ergens veilig bewaren, weg van deze computer? Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Could you use at least {n} characters?</source>
        <translation>Kun je minstens {n} tekens gebruiken?</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoorden zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Het wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Would you like to turn off the passphrase? The journal and its backups are then stored without encryption again.</source>
        <translation>Wil je het wachtwoord uitzetten? Het dagboek en de back-ups worden dan weer zonder versleuteling bewaard.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Uitzetten</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>The passphrase is off.</source>
        <translation>Het wachtwoord staat uit.</translation>
    </message>
    <message>
        <source>Parent Journal: recovery code</source>
        <translation>Ouderdagboek: herstelcode</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;piëren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>De herstelcode kopiëren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Parent Journal</source>
        <translation>Ouderdagboek</translation>
    </message>
    <message>
        <source>This journal has a passphrase. Would you type it?</source>
        <translation>Dit dagboek heeft een wachtwoord. Wil je het intypen?</translation>
    </message>
    <message>
        <source>I &amp;forgot it: use the recovery code</source>
        <translation>Ik ben het &amp;vergeten: de herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>De herstelcode gebruiken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the journal</source>
        <translation>Het dagboek openen</translation>
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
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>That does not open this journal. Would you like to try again?</source>
        <translation>Daarmee gaat dit dagboek niet open. Wil je het nog eens proberen?</translation>
    </message>
    <message>
        <source>That code does not open this journal. Would you check it again?</source>
        <translation>Met die code gaat dit dagboek niet open. Wil je hem nog eens nakijken?</translation>
    </message>
    <message>
        <source>The key file of this journal could not be read. Nothing was changed.</source>
        <translation>Het sleutelbestand van dit dagboek kon niet gelezen worden. Er is niets veranderd.</translation>
    </message>
</context>
</TS>
