"""Dutch (nl): functional hate-speech cases and everyday messages, written for
this project in Dutch. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's."""

from __future__ import annotations

_PLAIN = str.maketrans("ëïéèöüáóú", "eieeouaou")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _g(p: str) -> dict[str, str]:
    """A plural group: bare form and the forms with de/alle (Dutch has no case)."""
    return {"p": p, "P": _cap(p), "de": "de " + p, "alle": "alle " + p}


def _casual(text: str, j: int) -> str:
    """Some lines typed the way people type: lower case, no full stop, no diacritics."""
    if j % 5 == 3:
        return text.lower().rstrip(".")
    if j % 7 == 5:
        return text.translate(_PLAIN)
    return text


def _fill(
    func: str, flag: bool, frames: list[str], groups: list[dict[str, str]], per: int
) -> list[tuple[str, bool, str]]:
    rows = []
    for i, frame in enumerate(frames):
        for k in range(per):
            j = i * per + k
            group = groups[j % len(groups)]
            rows.append((func, flag, _casual(_cap(frame.format(**group)), j)))
    return rows


def _rows(func: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(func, flag, t) for t in texts]


_TRAIN_GROUPS = [
    _g("Marokkanen"),
    _g("Turken"),
    _g("Joden"),
    _g("moslims"),
    _g("vluchtelingen"),
    _g("vrouwen"),
    _g("homo's"),
    _g("Surinamers"),
    _g("zwarte mensen"),
    _g("gehandicapten"),
    _g("Polen"),
    _g("transgenders"),
]

_HELDOUT_GROUPS = [
    _g("Joden"),
    _g("Antillianen"),
    _g("asielzoekers"),
    _g("moslims"),
    _g("Roma"),
    _g("Somaliërs"),
    _g("Chinezen"),
    _g("vrouwen"),
    _g("biseksuelen"),
    _g("transvrouwen"),
    _g("doven"),
    _g("homo's"),
    _g("Syriërs"),
    _g("Bulgaren"),
]

# ---------------------------------------------------------------- train, functional

_TRAIN_DEROGATION = [
    "{p} zijn gewoon walgelijk.",
    "Ik haat {p}, stuk voor stuk.",
    "{de} zijn het laagste van het laagste.",
    "Met {p} wil ik niks te maken hebben, allemaal lui en onbetrouwbaar.",
    "Eerlijk, ik word kotsmisselijk van {p} 🤮",
    "Altijd gezeik met {de}, dat is nooit anders geweest en dat wordt ook nooit anders.",
    "{p} zijn dom en waardeloos.",
    "{p} deugen gewoon niet, dat weet iedereen.",
]
_TRAIN_DEHUMANISATION = [
    "{p} zijn ongedierte.",
    "{de} fokken als konijnen.",
    "{p} zijn een kankergezwel in onze samenleving.",
    "{p} zijn geen mensen, het zijn beesten.",
    "{p} zijn tuig en horen op de vuilnisbelt.",
    "Die {p} zijn parasieten die op onze kosten leven.",
    "{de} zijn gewoon ratten 🐀",
    "{p} moet je behandelen als plaagdieren, iets anders snappen ze niet.",
]
_TRAIN_THREAT = [
    "Ik wil {alle} dood zien.",
    "Ze zouden {alle} tegen de muur moeten zetten.",
    "Als ik {p} zie, sla ik ze in elkaar. Beloofd.",
    "Iemand moet {de} eens flink op hun bek slaan, dan weten ze waar ze horen.",
    "Ik steek {alle} neer die ik tegenkom.",
    "{alle} moeten worden doodgeschoten, en wel nu meteen.",
    "Binnenkort gaan we op {p} jagen, let maar op 🔪",
    "Het wordt tijd dat we {alle} ophangen.",
]
_TRAIN_NEGATED = [
    "{p} zijn helemaal niet walgelijk.",
    "Ik haat {p} niet, waarom zou ik?",
    "Ik zou {p} nooit iets aandoen.",
    "{p} zijn geen beesten en ook geen parasieten.",
    "Het klopt gewoon niet dat {p} lui zijn.",
    "Ik heb echt niks tegen {p}.",
]
_TRAIN_COUNTER = [
    "Wie zegt dat {p} ongedierte zijn, is gewoon aan het haatzaaien.",
    "'{P} zijn walgelijk' – zo'n zin hoort niet thuis op dit forum.",
    "Mijn oom zei op een verjaardag dat {alle} moeten oprotten. Ik ben opgestaan en weggegaan.",
    "Stop met {p} beesten te noemen. Dat is mensonterend.",
    "Net een reactie gemeld waarin stond dat ze {p} moeten doodschieten. Echt niet normaal.",
    "Dat mensen nog steeds durven te schrijven dat {p} tuig zijn, ik snap het niet.",
]
_TRAIN_NEUTRAL = [
    "Bij mij in de klas zitten ook een paar {p}.",
    "Gisteren was er een docu over {p} op NPO 2.",
    "Hoeveel {p} wonen er eigenlijk in Nederland?",
    "Het artikel gaat over de positie van {p} op de arbeidsmarkt.",
    "Onze vereniging is een nieuwe groep begonnen speciaal voor {p}.",
    "Ik schrijf mijn scriptie over {p} in de jaren zeventig.",
]
_TRAIN_POSITIVE = [
    "{p} zijn geweldige mensen.",
    "Ik vind het zo mooi hoe hartelijk {de} bij mij in de buurt zijn ❤️",
    "Zonder {p} zou ons land een stuk armer zijn.",
    "Ik ben trots dat ik met zoveel {p} bevriend ben.",
    "{p} verdienen net zoveel respect als iedereen.",
    "Wat fijn dat {p} zo zichtbaar zijn in onze stad.",
]

_TRAIN_SLUR = [
    "Kankermarokkanen, rot op naar je eigen land.",
    "Die makakken bij ons in de wijk jatten alles wat los en vast zit.",
    "Weer zo'n kutmarokkaan die een scooter heeft gejat.",
    "Turkse geitenneukers, ga terug naar Anatolië.",
    "Die geitenneukers met hun moskee moeten hier weg.",
    "Kankerjoden, jullie horen hier niet.",
    "Die vuile jood van hiernaast telt de hele dag zijn geld.",
    "Die neger moet terug naar de jungle.",
    "Negers hebben in ons dorp niks te zoeken.",
    "Bosnegers uit de Bijlmer, dat is toch allemaal tuig.",
    "Die bosneger in de trein keek me de hele tijd aan, eng volk.",
    "Flikkers zoals jij horen niet in onze kleedkamer.",
    "wat kijk je nou, vuile flikker",
    "Die mongolen uit dat tehuis moeten niet in ons park komen.",
    "Mongolen zoals hij moet je gewoon opsluiten.",
    "Polakken pikken onze banen in en zuipen de hele dag.",
    "Die Polak op de bouw is te dom om een muur te metselen.",
    "Kutwijven zoals jij moeten hun bek houden en in de keuken blijven.",
    "Hou je bek, hoer, wijven hebben hier niks te zeggen.",
    "Vieze travo's, jullie zijn geen echte vrouwen.",
    "Die he-she van de overkant is gewoon walgelijk.",
    "Gelukszoekers eruit, we zijn niet de bijstand van de hele wereld!",
    "Die gelukszoekers in het azc liggen de hele dag op hun luie reet.",
    "Kankerturken, jullie verpesten ons land.",
    "Nog meer van die kutmarokkanen op school en mijn kinderen leren geen Nederlands meer.",
    "Die zwartjes uit de flat moeten oprotten.",
    "Kankerpolen, ga terug naar Warschau.",
    "Die mietjes van het theater moeten niet zo aanstellen.",
]
_TRAIN_SPELLING = [
    "M a r o k k a n e n zijn tuig.",
    "Ik haat j o d e n",
    "Moslimss zijn allemaal terroristen",
    "Vluchtel1ngen eruit, nu meteen",
    "Vrouwn zijn te dom om na te denken",
    "Flikkres moeten opgesloten worden",
    "N3gers terug naar Afrika",
    "Kankermar0kkanen rot op",
    "ik haat alle homo'ssss",
    "Surinam3rs zijn allemaal criminelen",
    "Polen zijn allemaal diieeeven",
    "Tr4nsgenders zijn ziek in hun hoofd",
    "Joooden zijn ratten",
    "m o s l i m s uitzetten, allemaal",
    "T*rken zijn tuig",
    "Geh4ndicapten moeten ze afmaken",
    "Zw4rte mensen zijn apen",
    "Vluchtlingen zijn ongedierte",
    "Mong00len horen niet op straat",
    "V r o u w e n horen achter het aanrecht en nergens anders",
    "Jod3n zijn overal de schuld van",
    "Ik maak alle h0mo's af",
    "Turkn zijn geitenneukers",
    "Makakk3n moeten het land uit",
]
_TRAIN_NONPROTECTED = [
    "Muggen zijn gewoon walgelijk.",
    "Ik haat maandagen, stuk voor stuk.",
    "Wespen zijn het laagste van het laagste.",
    "Eerlijk, ik word kotsmisselijk van al die spammails 🤮",
    "Altijd gezeik met die wegwerkzaamheden op de A2, dat wordt nooit anders.",
    "De scheidsrechters van gisteren waren een lachertje, blind en waardeloos.",
    "Naaktslakken zijn ongedierte.",
    "De duiven op ons balkon fokken als konijnen.",
    "De files in deze stad zijn een ziekte, elke ochtend weer.",
    "Die verkoopbelletjes zijn rotzooi en moeten verboden worden.",
    "De fruitvliegjes in de keuken zijn een ramp 🪰",
    "Bladluizen moet je behandelen als plaagdieren, anders ben je je rozen kwijt.",
    "Ik wil alle muggen in deze kamer dood zien.",
    "Ze zouden die printer tegen de muur moeten smijten, of gewoon uit het raam.",
    "Als ik nog één kakkerlak zie, sla ik hem dood. Beloofd.",
    "Ik mep elke wesp dood die aan mijn taart komt.",
    "Al het onkruid in de tuin moet eruit, en wel nu meteen.",
    "Binnenkort gaan we op de muizen in de kelder jagen, de vallen staan al klaar 🪤",
    "Het wordt tijd dat ze dat belastingplan begraven.",
    "De nieuwe parkeerregels van de gemeente zijn walgelijk en dom.",
    "Ik haat de NS, eerlijk, niks werkt ooit.",
    "Die scheids kan oprotten, die heeft de wedstrijd gestolen.",
    "Maandagen zijn dom en waardeloos.",
    "Het pensioenplan van het kabinet is complete onzin.",
    "Die bureaucratie is een kankergezwel dat alles verlamt.",
    "Duiven zijn vliegende ratten, echt smerig.",
    "Ik kan die router wel wurgen.",
    "De scheidsrechters van de Eredivisie moeten ze allemaal ontslaan.",
    "Spambots zijn parasieten die het hele internet verstoppen.",
    "Kutwegwerkzaamheden overal, ik haat deze stad in de zomer.",
    "Muggen zijn de pest, ik wil ze allemaal uitroeien.",
    "De plannen van de minister van Verkeer kunnen zo de prullenbak in.",
]
_TRAIN_ABUSE = [
    "Je bent echt een nutteloze idioot.",
    "Hou je kop, sukkel.",
    "Hoe kun je nou zo dom zijn als jij?",
    "Jij eikel hebt de bus weer gemist, en door jou komen we allemaal te laat.",
    "Mijn baas is zo'n onbekwame klootzak.",
    "Zeur niet zo, etterbak.",
    "Jij bent de grootste loser die ik ken.",
    "Rot toch op, niemand wil je hier.",
    "Wat een lul, hij dringt gewoon voor.",
    "Je hebt nul verstand van zaken en toch blijf je maar lullen, als het maar hard is.",
    "je bent echt zo'n kneus",
    "Mijn ex is een leugenachtige zak.",
    "Die gast van de boekhouding is een slijmbal en een oen bovendien.",
    "Leer eerst eens autorijden, malloot!",
    "Je reactie is net zo hersenloos als jij.",
    "Jij bent te dom om een tosti-ijzer te bedienen.",
    "Donder op, zwerver.",
    "Stomkop, je hebt mijn koffie omgegooid",
    "Je bent een vuile profiteur, betaal nou eens je schulden terug.",
    "Wat ben jij een luie donder, de hele dag op de bank.",
    "Sufferd, ben je je wachtwoord nu alweer vergeten?",
    "Onze buurman is een hufter, hij parkeert elke dag op onze oprit.",
    "Jij bent echt het laatste, weet je dat?",
    "Hou je bek, betweter",
    "De ober was een arrogante kwast.",
    "Jij prutser hebt het hele project verpest.",
]
_TRAIN_PROFANITY = [
    "Shit, ik ben mijn sleutels vergeten.",
    "Verdomme, wat is het heet vandaag.",
    "Holy shit, dat concert was echt vet!",
    "Fuck, mijn batterij is alweer leeg.",
    "Godverdomme, alweer file op de A10.",
    "Kanker, wat is dit lekker!",
    "Balen, ik heb de trein gemist.",
    "Boeie, we bestellen gewoon pizza.",
    "Dit is zo verdomd goed, ik kan het niet geloven 😍",
    "Kut, het regent alweer.",
    "Schijt aan, we gaan toch zwemmen.",
    "Wat een vette dag, godverdomme!",
    "Jezus, heb je die rekening gezien?",
    "Fuck yes, ik ben geslaagd!!",
    "Tering, wat een mooie zonsondergang.",
    "Shit, wat gaat de tijd snel.",
    "Verdorie, ik ben de melk vergeten.",
    "Het eten was zo kankerlekker, echt.",
    "Kut, mijn telefoon is gevallen.",
    "Potverdorie, waar is mijn bril nou weer?",
    "Verdomme, de printer heeft weer een papierstoring.",
    "Kutweer vandaag, maar boeie.",
    "Tyfuslange rij bij de bakker vandaag.",
    "Vet, eindelijk weekend!",
    "Shit zeg, dat was op het nippertje.",
    "Au, godsamme, ik heb mijn teen gestoten.",
]
_TRAIN_RECLAIMED = [
    "Wij flikkers gaan zaterdag helemaal los op de Pride 🏳️‍🌈",
    "Hé ouwe nicht, hoe was je date gisteren?",
    "Ik ben een trotse flikker en dat mag iedereen weten.",
    "Wij potten van het voetbalteam houden zaterdag een barbecue.",
    "Als pot zeg ik: eindelijk eens een goede lesbische serie op tv.",
    "Mijn vriend en ik noemen onszelf liefkozend de twee ouwe nichten.",
    "Nichten onder elkaar: jij kiest de film, ik de wijn 🍷",
    "Wij makakken uit Slotervaart laten elkaar nooit vallen, broer.",
    "Als flikker van zestig heb ik wel ergere dingen meegemaakt dan een regenachtige Pride.",
    "Wij kaaskoppen snappen niks van Belgisch bier, dat geef ik eerlijk toe.",
]

FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _TRAIN_DEROGATION, _TRAIN_GROUPS, 6),
    *_fill("dehumanisation", True, _TRAIN_DEHUMANISATION, _TRAIN_GROUPS, 6),
    *_fill("threat", True, _TRAIN_THREAT, _TRAIN_GROUPS, 6),
    *_rows("slur", True, _TRAIN_SLUR),
    *_rows("spelling_variation", True, _TRAIN_SPELLING),
    *_fill("negated_hate", False, _TRAIN_NEGATED, _TRAIN_GROUPS, 6),
    *_fill("counter_speech", False, _TRAIN_COUNTER, _TRAIN_GROUPS, 6),
    *_fill("identity_neutral", False, _TRAIN_NEUTRAL, _TRAIN_GROUPS, 6),
    *_fill("identity_positive", False, _TRAIN_POSITIVE, _TRAIN_GROUPS, 6),
    *_rows("non_protected_target", False, _TRAIN_NONPROTECTED),
    *_rows("abuse_individual", False, _TRAIN_ABUSE),
    *_rows("nonabusive_profanity", False, _TRAIN_PROFANITY),
    *_rows("reclaimed_slur", False, _TRAIN_RECLAIMED),
]

# ------------------------------------------------------------- held-out, functional

_HELDOUT_DEROGATION = [
    "Van {p} krijg je alleen maar ellende, dat weet toch iedereen.",
    "Ik word al misselijk als ik {p} zie.",
    "{p} zijn nergens goed voor en hebben hier niks te zoeken.",
    "Ik kan {p} echt niet uitstaan, allemaal achterbakse types 😤",
]
_HELDOUT_DEHUMANISATION = [
    "{p} zijn een plaag.",
    "{de} zijn net kakkerlakken, je komt ze nooit meer kwijt.",
    "Voor mij zijn {p} gewoon vee.",
    "{p} zijn afval op twee benen.",
]
_HELDOUT_THREAT = [
    "Ze moeten {de} eens goed in elkaar trappen, tot ze niet meer bewegen.",
    "Ooit gaat het knallen, en dan zijn {de} aan de beurt.",
    "Laten we {p} met knuppels de stad uit jagen.",
    "Ik hoop dat iemand {alle} afmaakt.",
]
_HELDOUT_NEGATED = [
    "Ik heb geen hekel aan {p}, integendeel.",
    "Ik zou {p} nooit uitschelden of aanvallen.",
    "Nee, {p} zijn geen last voor dit land.",
    "Ik vind {p} helemaal niet vies, waarom zou ik?",
]
_HELDOUT_COUNTER = [
    "In de groepsapp schreef iemand dat {p} vee zijn. Ik heb hem er meteen uitgegooid.",
    "Teksten als '{P} eruit' zijn geen mening, dat is gewoon haat.",
    "Hoe kun je anno nu nog beweren dat {p} minder waard zijn?",
    "Die vent in de tram stond keihard over {p} te schelden, gelukkig gingen een paar "
    "mensen er tegenin.",
]
_HELDOUT_NEUTRAL = [
    "Volgens het CBS wonen er in Rotterdam best veel {p}.",
    "Morgen is er in het gemeentehuis een informatieavond voor {p}.",
    "De podcast had deze week een aflevering over {p} in Nederland.",
    "De enquête is bedoeld voor {p} tussen de 18 en 30.",
]
_HELDOUT_POSITIVE = [
    "{p} hebben onze stad kleurrijker en beter gemaakt.",
    "Ik heb zoveel geleerd van {p}, echt waar.",
    "Een dikke dankjewel aan {alle} hier in de wijk 💛",
    "{p} zijn een aanwinst voor ons team.",
]

_HELDOUT_SLUR = [
    "Die roetmoppen uit Curaçao moeten terug naar hun eiland.",
    "Vieze roetmop, ga terug naar je eiland.",
    "Zigeuners jatten alles, let maar op je fiets.",
    "Het zigeunertuig op de camping moet weg.",
    "Spleetogen verspreiden alleen maar ziektes.",
    "Die spleetoog van de toko spreekt geen woord Nederlands.",
    "Baardapen horen niet in Europa.",
    "Weer zo'n baardaap die hier de boel komt opblazen.",
    "Asielzoekertuig, donder op naar waar je vandaan komt.",
    "Die asielprofiteurs krijgen alles in hun reet geschoven.",
    "Vuile nicht, ga ergens anders dansen.",
    "Die nichten van de Pride moeten niet zo aanstellen.",
    "Die smousen zitten overal achter, dat weet je toch.",
    "Doofstomme debielen horen niet in een normale klas.",
    "Die Somalische piraten uit de flat zijn allemaal tuig.",
    "Wijven zoals jij moeten hun smoel houden, vuile slet.",
    "Die transjes met hun pruiken zijn gewoon mannen in een jurk.",
    "Die kamelendrijvers uit Syrië moeten terug naar de woestijn.",
]
_HELDOUT_SPELLING = [
    "A n t i l l i a n e n zijn tuig",
    "Asielz0ekers moeten het land uit",
    "Ik haat J00den zo erg",
    "Mosl1ms zijn een plaag",
    "Vr@uwen zijn minderwaardig",
    "H0m0's moet je in elkaar slaan",
    "Zig3uners eruit!!!",
    "Chinzeen zijn vies",
    "Biseksueleeeen zijn gewoon pervers",
    "Transvrouwn zijn zieke mannen",
    "Spleet0gen rot op",
    "S y r i e r s terug naar huis, allemaal",
]
_HELDOUT_NONPROTECTED = [
    "Van dit weer krijg je alleen maar ellende, dat weet toch iedereen.",
    "Ik word al misselijk als ik de energierekening zie.",
    "Die klantenservice is nergens goed voor.",
    "Ik kan spruitjes echt niet uitstaan 😤",
    "De schimmel in de badkamer is een plaag.",
    "Zilvervisjes zijn net kakkerlakken, je komt ze nooit meer kwijt.",
    "De ratten in de achtertuin moeten weg, echt walgelijk.",
    "Die realityprogramma's zijn afval, puur afval.",
    "Ze moeten die scheidsrechter zijn fluitje afpakken tot hij leert kijken.",
    "Ooit gaat het knallen, en dan is die ouwe koelkast aan de beurt.",
    "Laten we die woelmuizen de tuin uit jagen, hoe dan ook.",
    "Ik hoop dat iemand die mug eindelijk doodslaat, ik kan niet slapen.",
    "Die nieuwe warmtewet is een ramp en moet worden afgeschaft.",
    "Ik haat de file op de A12 meer dan wat dan ook.",
    "De ticketprijzen bij Ajax zijn een schande, het bestuur moet zich kapotschamen.",
    "Phishingmails zijn de pest, die zouden ze allemaal moeten verbieden.",
]
_HELDOUT_ABUSE = [
    "Jij bent echt een hersenloze oelewapper.",
    "Hou eindelijk je waffel, kletsmajoor.",
    "Mijn huisbaas is een gierige klootviool.",
    "Jij kluns hebt de deur open laten staan!",
    "Je bent niet alleen lui, maar ook nog eens oliedom.",
    "Smeer 'm, klaploper.",
    "Die gast in de sportschool is een verwaande kwal.",
    "Jij rund kan nog niet eens een pizza bestellen.",
    "Mijn collega is een valse slang, ze roddelt over iedereen.",
    "Wat ben jij een ontzettende domkop, zeg.",
    "Pannenkoek, je hebt die penalty gemist.",
    "Ga uit m'n ogen, idioot.",
]
_HELDOUT_PROFANITY = [
    "Ach verdomme, alweer maandag.",
    "Shit, wat is het koud buiten!",
    "Fuck, ik ben vergeten de wasmachine aan te zetten.",
    "Jezus Mina, wat een onweer.",
    "Dat concert was zo kankerhard, mijn oren piepen nog.",
    "O shit, de taart is aangebrand.",
    "Verdomd lekker, deze wijn.",
    "Kut kut kut, ik heb mijn afspraak verslapen!",
    "Allemachtig, waar is mijn portemonnee nou?",
    "Tering, ik heb drie goed in de loterij 😂",
    "Pleuris, wat is die berg steil.",
    "Fuck, wat een vet nummer!",
]
_HELDOUT_RECLAIMED = [
    "Hé potten, wie gaat er mee naar de dragshow?",
    "Deze ouwe nicht heeft zichzelf voor z'n verjaardag nieuwe hakken cadeau gedaan 👠",
    "Als flikker opgroeien in een klein dorp was niet makkelijk, maar nu ben ik trots.",
    "Queer is voor mij geen scheldwoord, het is thuis.",
    "Nichten, potten en alles daartussen: welkom op ons feest!",
    "Ouwe flikker die ik ben, ik huil nog steeds bij elke Songfestivalfinale 😂",
]

FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _HELDOUT_DEROGATION, _HELDOUT_GROUPS, 6),
    *_fill("dehumanisation", True, _HELDOUT_DEHUMANISATION, _HELDOUT_GROUPS, 6),
    *_fill("threat", True, _HELDOUT_THREAT, _HELDOUT_GROUPS, 6),
    *_rows("slur", True, _HELDOUT_SLUR),
    *_rows("spelling_variation", True, _HELDOUT_SPELLING),
    *_fill("negated_hate", False, _HELDOUT_NEGATED, _HELDOUT_GROUPS, 5),
    *_fill("counter_speech", False, _HELDOUT_COUNTER, _HELDOUT_GROUPS, 5),
    *_fill("identity_neutral", False, _HELDOUT_NEUTRAL, _HELDOUT_GROUPS, 5),
    *_fill("identity_positive", False, _HELDOUT_POSITIVE, _HELDOUT_GROUPS, 5),
    *_rows("non_protected_target", False, _HELDOUT_NONPROTECTED),
    *_rows("abuse_individual", False, _HELDOUT_ABUSE),
    *_rows("nonabusive_profanity", False, _HELDOUT_PROFANITY),
    *_rows("reclaimed_slur", False, _HELDOUT_RECLAIMED),
]

# ------------------------------------------------------------------ everyday, train

_EVERYDAY_TRAIN: dict[str, list[str]] = {
    "farewell_plan": [
        "tot straks op het station!",
        "Ik haal je om acht uur op bij Centraal, spoor 5.",
        "zie je morgen bij de training",
        "Doei, tot vrijdag 👋",
        "Ik vind je wel, ik heb een rode jas aan.",
        "Wacht bij de ingang op me, ben er over 5 min",
        "We komen je ophalen van Schiphol, app even als je geland bent.",
        "Tot zo, ik sta al voor je deur",
        "Doe voorzichtig en laat even weten als je thuis bent!",
        "Dan zien we elkaar na het werk bij jou, oké?",
        "later, tot volgende week",
        "Ik krijg je nog wel, uiterlijk bij de barbecue zaterdag 😄",
        "Slaap lekker, tot morgenochtend bij de bakker",
    ],
    "chat": [
        "Heb je al gegeten?",
        "Mam vraagt of je zondag komt koffiedrinken",
        "omg heb je de nieuwe aflevering al gezien??",
        "Kun je me ff het huiswerk sturen? Ben mijn schrift op school vergeten.",
        "Het is zo lekker weer vandaag, zullen we straks naar het strand fietsen?",
        "haha ja precies zo ging het",
        "Ik heb eindelijk een hond, hij heet Bas 🐶",
        "Wie neemt zaterdag drinken mee?",
        "Sorry, was in slaap gevallen, zie je bericht nu pas",
        "Mijn oma is vandaag jarig, ze wordt 90!",
        "lol de leraar zocht vandaag weer zijn bril terwijl die gewoon op zijn hoofd stond",
        "Kan iemand morgen mijn planten water geven? Ik ben tot dinsdag weg.",
        "welterusten allemaal",
    ],
    "support": [
        "Hallo, mijn bestelling 48213 is na twee weken nog steeds niet binnen. Kunt u even kijken?",
        "Ik kan niet meer inloggen op mijn account, het resetten van mijn wachtwoord werkt niet.",
        "De factuur van maart is twee keer afgeschreven.",
        "Hoe kan ik mijn abonnement opzeggen?",
        "Goedemiddag, het modem knippert sinds gisteren rood en ik heb geen internet.",
        "Wilt u mijn bestelling annuleren? Ik heb me vergist.",
        "De app crasht elke keer als ik een foto wil uploaden.",
        "Ik heb de verkeerde maat ontvangen, hoe werkt ruilen?",
        "Hoi, volgens de track & trace is mijn pakket bezorgd, maar het is er niet.",
        "Kan ik het afleveradres nog wijzigen?",
        "Sinds de laatste update werkt het synchroniseren niet meer. Is er al een oplossing?",
        "Graag een terugbelverzoek over mijn energierekening, klantnummer 7731902.",
        "waarom is mijn cadeaubon verlopen, die was toch geldig tot eind van het jaar",
    ],
    "review": [
        "Top pizza, snel bezorgd, zeker voor herhaling vatbaar!",
        "De koptelefoon klinkt goed, maar na drie maanden was de kabel al kapot. Twee sterren.",
        "Vriendelijke bediening, maar de schnitzel was helaas taai.",
        "Beste shoarma van de stad, echt waar 🔥",
        "Hotel was schoon, ontbijt was een beetje matig.",
        "Batterij gaat eeuwig mee, camera is top. Aanrader.",
        "Levering was te laat en de doos was beschadigd, gelukkig was de inhoud in orde.",
        "We waren er met het hele gezin en hebben ons echt thuis gevoeld.",
        "Schoenen zitten lekker, maar vallen een maat kleiner uit.",
        "De koffie smaakt helaas verbrand.",
        "vijf sterren, de serveerster was super aardig",
        "Het boek is in het midden wat langdradig, maar het einde is prachtig.",
        "Prijs-kwaliteit klopt, zou het zo weer kopen.",
    ],
    "sports_gaming": [
        "We hebben ze vandaag met 3-0 afgemaakt!",
        "Headshot! Zag je dat?",
        "Hun verdediging werd compleet gesloopt, onze spits liep overal doorheen.",
        "gg ez, volgende ronde",
        "Eindelijk die eindbaas gekild, na 40 pogingen 😅",
        "Ajax werd gisteren gewoon afgeslacht, 5-1 voor PSV.",
        "Campers zijn zo irritant, maar ik heb die sniper toch te pakken gekregen",
        "Onze keeper hield vandaag alles tegen, echt een muur.",
        "Zin om vanavond een potje te gamen? Ik maak je kapot",
        "We hebben ze in de beker vernietigd, wat een avond!",
        "Die penalty was bruut, zo in de kruising.",
        "ik ging drie keer dood omdat mijn team alleen maar stilstaat",
        "Wie doet zaterdag mee? We zoeken nog iemand voor de raid.",
    ],
    "figurative_violent": [
        "Kun je dat proces even killen, het hangt alweer?",
        "Die hitte is moordend.",
        "Ik lag dubbel, ik ging echt dood van het lachen 😂",
        "We schieten morgen de foto's voor de bruiloft.",
        "Mijn baas schoot mijn idee in de vergadering helemaal af.",
        "Dat wiskunde-examen heeft me echt gesloopt.",
        "De band heeft gisteren de tent afgebroken.",
        "Ik zou nu een moord doen voor een stuk appeltaart.",
        "Start de nieuwe server op, de oude container mag je afschieten.",
        "Die serie is keihard, de laatste aflevering blies me omver.",
        "Weer de tijd aan het doden in de wachtkamer.",
        "Die parfum is echt een bom!",
        "Mijn telefoon is dood, ik bel je later.",
    ],
    "identity_positive": [
        "Fijn Suikerfeest aan al mijn islamitische buren!",
        "Chag sameach voor iedereen die vandaag Chanoeka viert 🕎",
        "Mijn zus is met haar vriendin getrouwd en het was de mooiste bruiloft ooit 🏳️‍🌈",
        "Onze nieuwe collega zit in een rolstoel en heeft echt goede ideeën.",
        "De Turkse bakker op de hoek heeft het lekkerste pidebrood.",
        "Vrolijk Pasen allemaal!",
        "Ik leer gebarentaal omdat mijn neefje doof is.",
        "De sfeer op de Pride was dit jaar zo mooi.",
        "De imam en de dominee openden samen het buurtfeest.",
        "Mijn maat is trans en ik ben zo trots op hoe hij zijn eigen weg gaat.",
        "De roti van mijn Surinaamse schoonmoeder is niet te verslaan.",
        "Fijne Divali aan al onze Hindoestaanse vrienden ✨",
        "Op de opvang van mijn dochter werken leidsters uit vijf verschillende landen, dat is "
        "echt mooi voor de kinderen.",
    ],
    "comments": [
        "Interessant artikel, maar de cijfers uit 2019 zijn toch allang achterhaald.",
        "Ik zie het anders: een lagere maximumsnelheid levert meer op dan extra flitspalen.",
        "Goed punt, daar had ik nog niet aan gedacht.",
        "Klinkt leuk, maar hoe gaan ze dat betalen?",
        "Bron? Ben echt benieuwd.",
        "Het stuk is nogal eenzijdig, de andere kant komt helemaal niet aan het woord.",
        "Vind de nieuwe layout van de site onoverzichtelijk, de oude was beter.",
        "Ik vind de hervorming een slecht idee, omdat kleine ondernemers er de dupe van zijn.",
        "Bedankt voor het uitgebreide verslag!",
        "Nou ja, zo erg is die bouwput nou ook weer niet.",
        "De redenering overtuigt me niet, maar wel interessant om te lezen.",
        "Kan dit recept ook zonder eieren?",
        "Jammer dat de gemeenteraad de fietspaden weer heeft uitgesteld, dat vind ik echt een "
        "fout.",
    ],
}

# --------------------------------------------------------------- everyday, held-out

_EVERYDAY_HELDOUT: dict[str, list[str]] = {
    "farewell_plan": [
        "Tot morgen dan, zelfde tijd, zelfde plek",
        "Ik wacht bij de uitgang van de metro op je.",
        "Zie je op het feestje, ik ben er vanaf tien uur",
        "Hoi hoi, tot gauw!",
        "Bel even als je er bent, dan kom ik je ophalen bij het busstation.",
        "Ik spoor je wel op, zo groot is dat festival nou ook weer niet 😂",
        "tot kijk, fijn weekend",
        "Spreken we af voor de bioscoop of binnen?",
        "Ik kom na mijn dienst even bij je langs.",
        "Goede reis naar huis en tot de volgende keer!",
        "We halen je om zeven uur op, wees op tijd",
        "Doei, tot maandag op kantoor",
        "Ik sta achterin links bij de bar, kom maar gewoon naar me toe.",
    ],
    "chat": [
        "Wat ga je dit weekend doen?",
        "Ik heb de cake laten aanbranden, maar hij is nog steeds lekker 😅",
        "Kun je me het recept van je lasagne sturen?",
        "heb me vanochtend helemaal verslapen",
        "Mijn trein heeft alweer 20 minuten vertraging, typisch.",
        "Weet je nog hoe we op kamp die hele week in de regen zaten?",
        "De kleine heeft vandaag zijn eerste tandje gekregen!",
        "Moet je nog iets hebben van de Appie?",
        "Ik twijfel of ik mijn haar kort laat knippen. Meningen?",
        "Hebben jullie zin om volgende zomer samen naar Kroatië te gaan?",
        "O nee, ik heb mijn sleutels op kantoor laten liggen",
        "ik mis jullie",
        "De kat ligt alweer op mijn toetsenbord te slapen",
    ],
    "support": [
        "Geachte heer/mevrouw, mijn wasmachine maakt sinds de reparatie een hard geluid "
        "tijdens het centrifugeren.",
        "Waar vind ik mijn factuur in mijn account?",
        "Er is een abonnement afgeschreven dat ik nooit heb afgesloten.",
        "De kortingscode wordt bij het afrekenen niet geaccepteerd.",
        "Mijn vlucht is geannuleerd, hoe krijg ik mijn geld terug?",
        "Hallo, er zaten maar twee van de drie artikelen in het pakket.",
        "Kunt u mij een kopie van het contract mailen?",
        "Ik krijg geen sms meer voor de tweestapsverificatie.",
        "Hoe lang duurt een terugbetaling normaal gesproken?",
        "Ik wil mijn telefoonnummer in mijn account wijzigen, maar ik kan de instelling niet "
        "vinden.",
        "mijn printer print alleen nog lege vellen, wat moet ik doen",
        "Uw monteur zou vandaag komen, maar is niet verschenen. Graag een nieuwe afspraak.",
        "Komt dit product binnenkort weer op voorraad in maat M?",
    ],
    "review": [
        "Lekker gegeten, maar lang moeten wachten.",
        "Het matras is een droom, ik slaap eindelijk weer door.",
        "De oplaadkabel was na een week al stuk, jammer.",
        "Superknus café, de appeltaart is om je vingers bij af te likken ☕",
        "De kamer was kleiner dan op de foto's, maar de ligging is top.",
        "Werkt zoals beschreven, niks op aan te merken.",
        "De stofzuiger is stil en zuigt echt goed.",
        "Onvriendelijke bediening, lauw eten, wij komen niet terug.",
        "Vet concert, het geluid was perfect!",
        "De jas is warm, maar de ritsen voelen goedkoop aan.",
        "Hele mooie film, alleen het einde was me te zoetsappig.",
        "4 van de 5 sterren, de friet had knapperiger gemogen",
        "Dit spel voor mijn zoon gekocht, hij speelt het al dagen non-stop.",
    ],
    "sports_gaming": [
        "We hebben ze in de derby helemaal gesloopt!",
        "Noscope over de hele map, gewoon ziek",
        "Die verdediger maaide hem gewoon neer, terecht rood.",
        "Laatste ronde, we moeten ze nu wegknallen",
        "Gisteren in mijn eentje het hele andere team uitgeschakeld 😎",
        "4-0 tegen de koploper, die werden echt van het veld geveegd.",
        "Mijn character is alweer dood, die eindbaas is gewoon oneerlijk.",
        "Morgen training om zes uur, we moeten aan de spelhervattingen werken.",
        "Onze spits heeft hun verdediging vandaag aan flarden gespeeld.",
        "Geef me dekking, ik ga naar binnen en knal ze allemaal neer!",
        "In de verlenging toch nog gewonnen, wat een drama.",
        "Pff, die gast snipede me met zijn laatste kogel",
        "Nog één overwinning en we promoveren! ⚽",
    ],
    "figurative_violent": [
        "Die deadline wordt nog mijn dood.",
        "Kun je die vastgelopen taak in taakbeheer afschieten?",
        "Ik lach me dood om dit filmpje",
        "Dat concert was waanzinnig, de band blies het dak eraf.",
        "De fotograaf heeft prachtige foto's van ons geschoten.",
        "Mijn laptop heeft gisteren de geest gegeven.",
        "Die file is echt moordend.",
        "Het nieuws sloeg in als een bom.",
        "Ik ben helemaal kapot na de verhuizing.",
        "Kill die job gewoon met kill -9 en start hem opnieuw.",
        "Die grap was zo slecht dat hij weer goed was, ik ben dood 💀",
        "Het team heeft die vervelende bug eindelijk om zeep geholpen.",
        "Die sambal is zo heet, daar ga je aan dood.",
    ],
    "identity_positive": [
        "Ramadan Mubarak aan iedereen die vandaag vast 🌙",
        "Mijn buurman is doof en heeft me een paar gebaren geleerd.",
        "Fijne Pesach aan onze Joodse vrienden!",
        "Mijn twee vaders komen naar mijn diploma-uitreiking 🥹",
        "Het Syrische gezin van hiernaast nodigde ons uit om samen te eten.",
        "De Paralympische Spelen waren dit jaar zo spannend, respect voor alle sporters.",
        "Onze nieuwe buurman komt uit Eritrea en is tandarts, supergezellig gezin.",
        "Keti Koti: vandaag herdenken en vieren we samen de afschaffing van de slavernij.",
        "Ze is biseksueel en heeft eindelijk de moed gevonden om het haar familie te vertellen.",
        "De dim sum op de Zeedijk is de beste van de stad.",
        "De Sikh-gemeenschap houdt zaterdag open huis in de gurdwara, iedereen is welkom.",
        "Onze teamleider heeft autisme en is de meest gestructureerde persoon die ik ken.",
        "Happy Pride, lieve mensen 🌈",
    ],
    "comments": [
        "Ik vind de uitspraak van de rechter begrijpelijk, ook al is die niet populair.",
        "De schrijver haalt hier oorzaak en gevolg door elkaar.",
        "Een vierdaagse werkweek klinkt interessant, maar hoe moet dat in de zorg?",
        "Ben niet helemaal overtuigd, maar bedankt voor de moeite.",
        "De kop is nogal sensationeel, de tekst zelf is best zakelijk.",
        "Dit voorstel van die partij is totaal niet doordacht.",
        "Is hier ook onderzoek naar gedaan of is het gewoon een mening?",
        "Mooi stuk, ik heb er veel van geleerd.",
        "De kritiek op de stedenbouw is terecht, daar is veel te laat ingegrepen.",
        "Kleine opmerking: in de tweede alinea mist een woord.",
        "Helemaal mee eens, de huren zijn gewoon te hoog.",
        "Volgens mij ligt het probleem eerder bij de bureaucratie dan bij het personeel.",
        "hm, was dat vroeger niet anders geregeld?",
    ],
}

EVERYDAY_TRAIN: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY_TRAIN.items() for text in texts
]
EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY_HELDOUT.items() for text in texts
]

# ----------------------------------------------------------- held-out 2, functional

_HELDOUT2_GROUPS = [
    _g("Afghanen"),
    _g("Eritreeërs"),
    _g("Joden"),
    _g("Molukkers"),
    _g("Hindoestanen"),
    _g("moslims"),
    _g("Kaapverdianen"),
    _g("Marokkanen"),
    _g("Oekraïners"),
    _g("Koerden"),
    _g("blinden"),
    _g("autisten"),
    _g("Turken"),
    _g("lesbiennes"),
    _g("transmannen"),
]

_HELDOUT2_DEROGATION = [
    "Ik trek het niet meer, overal die {p}. Walgelijk volk.",
    "{p} zijn een schande voor dit land.",
    "Wat ik van {p} vind? Uitschot, allemaal.",
    "Elke dag zonder {p} is een goede dag. Ze verpesten ook alles.",
]
_HELDOUT2_DEHUMANISATION = [
    "{p} zijn wormen die onder elke steen vandaan kruipen.",
    "{de} leven als varkens en zijn ook niks meer waard.",
    "{p} zijn een etterbuil op het lijf van Nederland.",
    "Als sprinkhanen strijken {p} neer in onze steden 🦗",
]
_HELDOUT2_THREAT = [
    "Ik wacht op de dag dat we de huizen van {de} in de fik steken.",
    "Komen er nog eens {p} bij ons aan de deur, dan pakken we de honkbalknuppels.",
    "We krijgen jullie allemaal, vuile {p}. Eén voor één.",
    "Hopelijk brandt het volgende gebouw vol {p} tot de grond toe af 🔥",
]
_HELDOUT2_NEGATED = [
    "Dat {p} slechtere mensen zouden zijn, is complete onzin.",
    "Ik zou nooit iemand pijn doen alleen omdat die bij {de} hoort.",
    "Ik walg niet van {p}, en dat gaat ook nooit gebeuren.",
    "Van mij hoor je geen kwaad woord over {p}.",
]
_HELDOUT2_COUNTER = [
    "Iemand had 'Dood aan {de}' op onze school gekalkt. We hebben het overgeschilderd en "
    "aangifte gedaan.",
    "Die reactie dat {p} parasieten zijn, is terecht verwijderd.",
    "Ik spreek iedereen tegen die {p} allemaal als criminelen wegzet.",
    "Maakt je collega weer zo'n flauwe grap over {p}? Lach niet mee, maar zeg er wat van.",
]
_HELDOUT2_NEUTRAL = [
    "De tentoonstelling in het stadsmuseum vertelt de geschiedenis van {de} in onze regio.",
    "Mijn huisgenoot doet aan de uni onderzoek naar {p}.",
    "Weet iemand een vereniging voor {p} in Utrecht?",
    "In de bus zaten vandaag een paar {p} naast me.",
]
_HELDOUT2_POSITIVE = [
    "De {p} die ik ken, zijn de behulpzaamste mensen die er zijn.",
    "Petje af voor {p}, wat die allemaal voor elkaar krijgen!",
    "{p} horen net zo goed bij Nederland als ieder ander.",
    "Ik vind {p} echt toppers, zoveel hart en humor 🥰",
]

_HELDOUT2_SLUR = [
    "Die tapijtneukers van de shishalounge moeten oprotten.",
    "Weer zo'n zwartjoekel die in de tram keihard zit te bellen.",
    "Die poepchinees op de hoek verkoopt vast hondenvlees.",
    "Vuile nikkers, terug naar Afrika.",
    "Die theedoeken op het schoolplein moeten hun bek houden.",
    "Oostblokkers zoals jij zuipen zich elke avond klem in het park.",
    "Die pinda's uit de Molukse wijk denken dat ze hier de baas zijn.",
    "Vuile homo, blijf met je poten van me af.",
    "Wat doet die spast in de supermarkt, hij kan niet eens rechtop lopen.",
    "Die kreupele in zijn rolstoel zit iedereen in de weg.",
    "Feminazi's moeten eerst maar eens leren koken.",
    "Die jodenstreken van de huisbaas ken ik wel, altijd geld, geld, geld.",
    "Allochtonentuig, jullie verpesten ons mooie land.",
    "Die hoofddoekhoeren van het winkelcentrum moeten terug naar hun eigen land.",
]
_HELDOUT2_SPELLING = [
    "A f g h a n e n zijn tuig",
    "Eritree3rs eruit",
    "ik haat m0lukkers",
    "Hind0estanen zijn vies",
    "Bl1nden moet je niet op straat laten",
    "Autistn zijn allemaal gestoord",
    "Tr@nsmannen zijn zieke wijven",
    "Koerdennn zijn ratten",
    "Oekra1ners zijn profiteurs",
    "T.u.r.k.e.n. eruit",
    "W1jven zijn alleen goed om kinderen te baren",
    "Lesbi3nnes zijn ziek in hun kop",
]
_HELDOUT2_NONPROTECTED = [
    "Ik trek het niet meer, overal die wespen. Walgelijke beesten.",
    "Dit stadion is een schande voor de hele competitie.",
    "Wat ik van de nieuwe tolheffing vind? Oplichterij, van begin tot eind.",
    "Elke dag zonder wegwerkzaamheden voor de deur is een goede dag.",
    "Oorwurmen zijn beestjes die onder elke steen vandaan kruipen.",
    "Als sprinkhanen strijken de touringcars neer op de Dam.",
    "We krijgen jullie allemaal, vuile bladluizen. Eén voor één 🐞",
    "Komt die steenmarter nog eens aan mijn auto, dan zet ik een val.",
    "De VAR is een etterbuil op het lijf van het voetbal.",
    "Ik haat deze update, mijn hele telefoon is erdoor naar de knoppen.",
    "Die lelijke parkeergarage mag van mij vandaag nog gesloopt worden.",
    "Die telemarketeers mogen ze van mij allemaal naar de maan schieten.",
    "De vertragingen bij de NS zijn een aanfluiting, elke verdomde dag.",
    "Het verkiezingsprogramma van die partij is één grote puinhoop.",
]
_HELDOUT2_ABUSE = [
    "Jij zakkenwasser sneed me gewoon af!",
    "Wat loopt die mafkees nou weer te bazelen?",
    "Mijn zwager is een echte lamstraal, hij is me al jaren geld schuldig.",
    "Hou op met janken, zeikerd.",
    "jij bent echt de grootste flapdrol van het hele team",
    "Die buurman met z'n bladblazer is zo'n hork.",
    "Hou je snater, oetlul.",
    "Uilskuiken, je mist zelfs een leeg doel.",
    "Sorry hoor, maar je vriend is een opschepper en een lapzwans.",
    "Wat ben jij een druiloor, wie laat de kaartjes nou thuis liggen?",
    "De conciërge is een luie zak, hij repareert nooit iets.",
    "Kijk ergens anders naar, lelijkerd.",
]
_HELDOUT2_PROFANITY = [
    "Verdikkeme, die rits zit vast.",
    "Gadverdamme, ik heb de bus net gemist.",
    "Jezus christus, nu kookt de melk ook nog over.",
    "Holy fuck, wat een uitzicht hierboven!",
    "Vet vet vet, we hebben kaartjes voor de finale!!",
    "Fuck, dit was de lekkerste pizza van mijn leven.",
    "Verdomme zeg, de koelkast is leeg.",
    "Sodeju, wat is er vannacht veel sneeuw gevallen.",
    "Wat de fuck, waar heb ik m'n paraplu gelaten?",
    "kut wat ben ik moe vandaag",
    "Shit, de wifi ligt er weer uit 🙄",
    "Tjezus, wat is het hier een herrie.",
]
_HELDOUT2_RECLAIMED = [
    "Wij makakken hebben dit land mee opgebouwd, broer, vergeet dat niet.",
    "Ik ben een pot en trots erop 💪",
    "Wij nichten van het koor gaan vanavond samen uit eten.",
    "Als flikker uit Staphorst heb ik vroeg geleerd voor mezelf op te komen.",
    "Kreupel en trots! Ons rolstoelbasketbalteam heeft vandaag gewonnen.",
    "Mijn oma noemt mijn man en mij liefkozend haar twee lievelingsnichten 😂",
]

FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _HELDOUT2_DEROGATION, _HELDOUT2_GROUPS, 6),
    *_fill("dehumanisation", True, _HELDOUT2_DEHUMANISATION, _HELDOUT2_GROUPS, 6),
    *_fill("threat", True, _HELDOUT2_THREAT, _HELDOUT2_GROUPS, 6),
    *_rows("slur", True, _HELDOUT2_SLUR),
    *_rows("spelling_variation", True, _HELDOUT2_SPELLING),
    *_fill("negated_hate", False, _HELDOUT2_NEGATED, _HELDOUT2_GROUPS, 5),
    *_fill("counter_speech", False, _HELDOUT2_COUNTER, _HELDOUT2_GROUPS, 5),
    *_fill("identity_neutral", False, _HELDOUT2_NEUTRAL, _HELDOUT2_GROUPS, 5),
    *_fill("identity_positive", False, _HELDOUT2_POSITIVE, _HELDOUT2_GROUPS, 5),
    *_rows("non_protected_target", False, _HELDOUT2_NONPROTECTED),
    *_rows("abuse_individual", False, _HELDOUT2_ABUSE),
    *_rows("nonabusive_profanity", False, _HELDOUT2_PROFANITY),
    *_rows("reclaimed_slur", False, _HELDOUT2_RECLAIMED),
]

# ------------------------------------------------------------- everyday, held-out 2

_EVERYDAY_HELDOUT2: dict[str, list[str]] = {
    "farewell_plan": [
        "Ik ben weg, tot donderdag bij de borrel!",
        "Ik loop je morgen toch wel tegen het lijf, uiterlijk in de kantine",
        "We zien elkaar bij de fontein op de markt, ik neem het kleed mee.",
        "hou je taai, we spreken elkaar",
        "Ik rij nu weg, over een halfuurtje pik ik je op bij het tankstation.",
        "Tot straks op spoor 12, de intercity gaat om 14:37!",
        "Zoek me gewoon bij de merchstand, ik heb een geel petje op 🧢",
        "Welterusten, morgen kletsen we verder.",
        "Ik ga nu inpakken, zaterdag zien we elkaar bij de incheckbalie.",
        "Kom je na yoga nog even thee drinken? Anders tot volgende week.",
        "Nou, tot ziens dan en de groeten aan je ouders!",
        "wacht even voor de Jumbo, ik ben er zo",
        "Ik zoek je straks wel op in de drukte bij het poffertjeskraampje, goed?",
    ],
    "chat": [
        "Heeft iemand mijn oplader gezien?",
        "De buren staan alweer te barbecueën en het ruikt zooo lekker 🤤",
        "Ik heb vandaag voor het eerst zuurdesembrood gebakken en het is nog gelukt ook!",
        "hoe was het bij de tandarts?",
        "Daan heeft zijn arm gebroken, maar het valt allemaal best mee.",
        "Zullen we voor oma's verjaardag samen iets geven?",
        "Ik zit in de tuin en de merels maken een herrie, heerlijk.",
        "Wie heeft zin in een spelletjesavond vrijdag? Ik heb Catan.",
        "Mijn fiets heeft een lekke band, kan iemand me een lift geven?",
        "Die serie op Netflix die je aanraadde is echt goed, zit al bij seizoen 2",
        "Net glühwein gedronken op de kerstmarkt, veel te zoet 😂",
        "jep prima",
        "De kinderen hebben vandaag een sneeuwpop gemaakt die groter is dan ik!",
    ],
    "support": [
        "Goedendag, mijn e-book laat zich na aankoop niet downloaden.",
        "Ik heb mijn wachtwoord gewijzigd en krijg nu geen bevestigingsmail.",
        "Bij mijn koelkast is na vier maanden het deurrubber gescheurd. Valt dat onder de "
        "garantie?",
        "Waarom krijg ik aanmaningskosten terwijl ik op tijd heb betaald?",
        "Hallo, de QR-code van mijn ticket wordt bij de ingang niet herkend.",
        "Kan ik van bundel wisselen zonder mijn nummer kwijt te raken?",
        "De levering zou gisteren komen, maar de status staat nog op 'in behandeling'.",
        "Kunt u mij vertellen of het onderdeel voor model XR-200 nog leverbaar is?",
        "ik heb per ongeluk twee keer betaald, graag één keer terugstorten",
        "Mijn account is geblokkeerd en ik weet niet waarom.",
        "De kinderwagen kwam binnen met een verbogen wiel, foto's stuur ik mee.",
        "Hoe laat is uw filiaal op Tweede Pinksterdag open?",
        "Betalen met iDEAL loopt steeds vast vlak voor het einde.",
    ],
    "review": [
        "De bitterballen waren top, alleen het bier was lauw.",
        "De blender maakt veel lawaai, maar de smoothies worden echt romig.",
        "Helaas lekte de tent bij de eerste regenbui al.",
        "Ongelooflijk aardig personeel in het hostel, wij komen terug!",
        "Netjes op tijd bezorgd, de bloemen waren vers en mooi ingepakt 💐",
        "De rugzak is stevig, maar de zijvakken zijn te klein voor een fles.",
        "Twee sterren: het broodje was droog en de koffie slap.",
        "Topkapper, snapte precies wat ik wilde.",
        "het luisterboek is goed voorgelezen maar het verhaal is nogal saai",
        "Het vakantiehuisje was brandschoon en had een prachtig uitzicht op het meer.",
        "De waterkoker is na twee maanden al verkalkt en lekt.",
        "Beste poké bowl in tijden, echt een aanrader!",
        "De app is overzichtelijk, maar crasht soms bij het opslaan.",
    ],
    "sports_gaming": [
        "Ik heb hem in de finale weggesnipet met 1 HP over 😤",
        "Feyenoord walste in de tweede helft gewoon over ons heen.",
        "Onze linksbuiten speelde ze helemaal dizzy.",
        "push mid, ze zijn allemaal dood",
        "We hebben het toernooi gewonnen zonder één tegengoal!",
        "De tank ving alle schade op en toen hebben we ze van achteren opgeruimd.",
        "Vanavond gaan we ze inmaken, mannen!",
        "Mijn schot ging net naast de paal, ik kan wel janken.",
        "De handbalsters hebben de wedstrijd in de laatste vijf minuten omgegooid.",
        "Met mijn pistool drie man tegelijk neergelegd, wat een clutch",
        "Wie gaat zondag mee naar de uitwedstrijd in Groningen?",
        "Bij het boulderen vandaag eindelijk de zwarte route geklommen.",
        "De tegenstander gaf op voordat we goed en wel begonnen waren lol",
    ],
    "figurative_violent": [
        "Die zonnebrand wordt nog mijn dood vandaag.",
        "Ik heb per ongeluk de hele map gekild, heb jij een back-up?",
        "De clou was raak, de hele zaal lag plat van het lachen.",
        "Dat onweer gisteren was bizar, alles werd weggevaagd.",
        "Mijn baas heeft vandaag mijn presentatie de grond in geboord.",
        "Dat nieuwe nummer is echt een bom 💣",
        "We moeten die oude branches eens opruimen, de repo is één grote puinhoop.",
        "Ik vermoord mijn broer, hij heeft alweer mijn yoghurt opgegeten 😂",
        "Die film was zo spannend, ik kreeg bijna een hartaanval.",
        "Na die wandeling ben ik compleet gesloopt.",
        "De prijzen op die festivals zijn echt moordend.",
        "Schiet maar op, wat wou je me vertellen?",
        "Die boor van de tandarts heeft me afgemaakt.",
    ],
    "identity_positive": [
        "Fijn Offerfeest aan alle islamitische gezinnen in de flat 🐑",
        "Onze buurvrouw is blind en kent de weg naar de markt beter dan ik.",
        "Shana tova aan al mijn Joodse vrienden! 🍎🍯",
        "Mijn neef is uit de kast gekomen als trans en de hele familie staat achter hem.",
        "Het Afghaanse gezin op drie nodigde ons uit om te eten, zo lekker.",
        "De gebarentolk bij de persconferenties is echt geweldig.",
        "Fijne Holi aan iedereen die vandaag met kleuren viert! 🎨",
        "De Oekraïense kinderen in de klas van mijn dochter spreken al echt goed Nederlands.",
        "Twee vrouwen van mijn club zijn gisteren getrouwd, we stonden erehaag.",
        "Fijn Newroz aan de Koerdische gemeenschap hier in Den Haag!",
        "Mijn broer heeft het syndroom van Down en is de grappigste van de hele familie.",
        "De Kaapverdiaanse bakkerij bij het station heeft de lekkerste pastéis.",
        "Een mooie vastenmaand aan iedereen die vandaag met de ramadan begint 🌙",
    ],
    "comments": [
        "De peiling is helemaal niet representatief, maar 300 ondervraagden.",
        "Ik snap het argument, maar ik deel de conclusie niet.",
        "Zou fijn zijn als het artikel ook de kosten noemde.",
        "De foto past eigenlijk niet bij de tekst.",
        "Een suikertaks lijkt me de verkeerde weg, voorlichting werkt beter.",
        "Dank je, eindelijk eens een zakelijke uitleg over dit onderwerp.",
        "De burgemeester heeft hier volgens mij te laat gereageerd.",
        "Klopt niet helemaal, die regel geldt pas sinds vorig jaar.",
        "Waarom gaat het in dit debat nooit over het platteland?",
        "Mooi stuk, maar de grafiek is bijna niet te lezen.",
        "meh, dit heb ik al honderd keer gelezen",
        "Ik sta kritisch tegenover het project, wat de bewoners eraan hebben is me niet duidelijk.",
        "Goed uitgezocht, alleen de kop is wat overdreven.",
    ],
}

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY_HELDOUT2.items() for text in texts
]
