<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>unlock</name>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>for a journal with a passphrase: read it from FILE (&apos;-&apos; = standard input) instead of asking on the terminal</source>
        <translation>voor een dagboek met een wachtwoord: lees het uit BESTAND (&apos;-&apos; = standaardinvoer) in plaats van het in de terminal te vragen</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Nothing was read or changed. Would you like to try again?</source>
        <translation>Met dat wachtwoord gaat dit dagboek niet open. Er is niets gelezen of veranderd. Wil je het nog eens proberen?</translation>
    </message>
    <message>
        <source>The passphrase file {file} could not be read ({error}). Nothing was changed.</source>
        <translation>Het wachtwoordbestand {file} kon niet gelezen worden ({error}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This journal has a passphrase. On a terminal it is asked here; in a script, could you give it with --passphrase-file FILE? Nothing was changed.</source>
        <translation>Dit dagboek heeft een wachtwoord. In een terminal wordt het hier gevraagd; in een script kun je het meegeven met --passphrase-file BESTAND. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Passphrase of the journal: </source>
        <translation>Wachtwoord van het dagboek: </translation>
    </message>
</context>
</TS>
