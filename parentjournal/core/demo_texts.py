"""Sample sentences for demo journals, in plain Flemish Dutch, grouped by theme.

``{partner}`` is the other adult's name and ``{role}`` the writer's own role, so a sentence
fits whoever writes it; ``{mama}`` is the name of the adult who breastfeeds.

Written for this app (never quoted from research). They describe ordinary days: some go
well, some are heavy, most are a bit of both. No norms, no scores, no advice.
"""

from __future__ import annotations

# Theme key (see core.model.PRESET_THEMES) -> sentences an entry may be built from.
SENTENCES: dict[str, tuple[str, ...]] = {
    "sleep": (
        "Vannacht drie keer wakker geweest, maar het laatste stuk sliep ze goed door.",
        "We hebben om beurten geslapen en dat voelde eerlijk.",
        "Mila viel in slaap op mijn borst terwijl de regen tegen het raam tikte.",
        "Ik ben zo moe dat ik de koffie twee keer heb opgewarmd en nog niet heb gedronken.",
        "Een middagdutje samen in de zetel. Meer hoefde er vandaag niet te gebeuren.",
        "Het bedje staat nu naast ons bed; dat geeft me rust.",
        "Om vijf uur 's ochtends zat ik met haar aan het raam en zag ik de merel.",
        "{partner} nam de nachtvoeding over zodat ik eens kon doorslapen. Dat deed deugd.",
    ),
    "feeding": (
        "De borstvoeding ging vandaag wat vlotter, we vinden ons ritme.",
        "We hebben voor het eerst een flesje gegeven en dat ging rustiger dan gedacht.",
        "Ze dronk met kleine slokjes en hield mijn vinger vast.",
        "Het afkolven op het werk blijft een gedoe voor {mama}, maar de collega's zijn begripvol.",
        "Eerste keer wortelpuree: de helft op haar slabbetje, de helft op mijn trui.",
        "Ik twijfel soms of ze genoeg drinkt, dat wil ik eens vragen bij Kind en Gezin.",
    ),
    "self_care": (
        "Even alleen gaan wandelen in het park. Twintig minuten, en ik was weer mezelf.",
        "Een warm bad genomen terwijl {partner} met haar ging wandelen.",
        "Ik heb vandaag niets gepland en dat was precies goed.",
        "Met mijn zus gebeld, gelachen tot ik er pijn van in mijn buik kreeg.",
        "Weer eens een boek opengeslagen, na drie bladzijden in slaap gevallen.",
        "Vandaag mijn fiets opgehaald bij de hersteller; de eerste rit voelde als vrijheid.",
    ),
    "relationship": (
        "We hebben vanavond gewoon samen gegeten aan tafel, zonder gsm.",
        "{partner} zei trots te zijn op hoe we het samen doen. Dat raakte me.",
        "Kleine ruzie over de afwas; eigenlijk ging het over moe zijn.",
        "We hebben afgesproken dat we elkaar zeggen wanneer het te veel wordt.",
        "Samen naar een oude foto van ons tweeën gekeken en gelachen.",
        "{partner} legde een briefje op mijn kussen: 'goed bezig, {role}'.",
    ),
    "work_family": (
        "Eerste dag terug op het werk. Ik miste haar meer dan ik dacht.",
        "De crèche belde dat alles goed ging; ik kon weer ademen.",
        "Het ouderschapsverlof aangevraagd, de papieren liggen klaar.",
        "Vergadering verzet om op tijd aan de schoolpoort van de crèche te staan.",
        "Thuiswerken met een baby op schoot: één hand typen gaat best.",
        "Mijn baas vroeg hoe het thuis ging en luisterde echt.",
    ),
    "health": (
        "Consultatie bij Kind en Gezin, de verpleegkundige nam rustig de tijd.",
        "Een beetje verkouden, veel knuffels en een natte zakdoek.",
        "De vroedvrouw kwam langs en vroeg hoe het met mij ging. Dat deed deugd.",
        "Vaccinatieafspraak gemaakt voor volgende week, staat op de koelkast.",
        "Mijn rug protesteert van het dragen; misschien eens naar de kinesist.",
        "De huisarts stelde ons gerust en zei dat we mochten terugkomen als we twijfelen.",
    ),
    "feelings": (
        "Vandaag was zwaar. Ik heb gehuild onder de douche en daarna ging het beter.",
        "Ik voelde me vandaag echt een {role}, op een goede manier.",
        "Soms weet ik niet wat ik voel: blij, moe en bang tegelijk.",
        "Ik ben dankbaar voor de kleine dingen: een lach, een warme thee.",
        "Onzeker over alles, maar ze lachte naar me en dat was genoeg.",
        "Een rustige dag zonder grote gevoelens, en dat mag ook.",
    ),
    "family_friends": (
        "Oma kwam soep brengen en nam de was mee. Wat een engel.",
        "Vrienden op bezoek, heel gezellig maar daarna waren we doodop.",
        "Mijn vader hield haar vast en had tranen in zijn ogen.",
        "De buren hebben een kaartje gestoken, zo lief.",
        "We hebben gezegd dat er deze week geen bezoek komt. Dat voelde goed.",
        "Meter kwam langs met een zelfgebreide muts.",
    ),
    "household": (
        "Pampers bijna op, boodschappenlijst op de koelkast aangevuld.",
        "De was stapelt zich op; we laten het even zo.",
        "{partner} heeft de hele keuken opgeruimd zonder dat ik iets vroeg.",
        "Formulieren van de crèche ingevuld, eindelijk.",
        "Boodschappen laten leveren, een kleine overwinning.",
        "Wie houdt de afspraken bij? We hebben nu een gedeelde kalender.",
    ),
    "pregnancy": (
        "Week dertig. Ze schopt vooral 's avonds als we in bed liggen.",
        "De babykamer is geschilderd, in een zachte groene kleur.",
        "Samen naar de zwangerschapsyoga geweest; mijn rug dankt ons.",
        "We hebben eindelijk een naam gekozen, maar we houden hem nog geheim.",
        "Het ziekenhuis bezocht voor de rondleiding, nu weet ik waar we naartoe moeten.",
        "Ik droomde dat ze al kon praten en me uitlachte om mijn slaapkleren.",
    ),
}

# Words that appear rarely, so searches for them find a handful of entries (benchmarks).
RARE_SENTENCES: tuple[str, ...] = (
    "Vandaag een kangoeroezak gekocht in de kringwinkel.",
    "De kraamverzorgster toonde hoe je een navelstompje verzorgt.",
    "We zagen een ijsvogel aan de vijver tijdens de wandeling.",
    "Het rammelaartje van peter is onze nieuwe favoriet.",
)

TITLES: tuple[str, ...] = (
    "Een gewone dinsdag",
    "Kleine overwinning",
    "Zware nacht",
    "Samen",
    "Even voor mezelf",
    "Wat ik wil onthouden",
    "Vraag voor de vroedvrouw",
    "Zondag",
    "Goed gedaan",
    "Moe maar blij",
)

# Short entries count too: one word is a valid entry.
SHORT_ENTRIES: tuple[str, ...] = (
    "Moe.",
    "Mooie dag.",
    "Dankbaar.",
    "Zwaar, maar we zijn er.",
    "Gelachen vandaag.",
)

# Own themes people typed next to the preset ones.
OWN_THEMES: tuple[str, ...] = ("crèche", "verhuis", "oma", "tandjes")
