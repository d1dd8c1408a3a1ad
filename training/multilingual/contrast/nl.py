# ruff: noqa: E501
"""Dutch (nl): a contrast training part: minimal pairs in which the same sentence frame and the
same protected group appear once hateful and once harmless (negated hate, positive or neutral
mention, counter-speech), pairs of a hateful row against the same hostile frame at a
non-protected target or at one person for what they did, and everyday lines that mention
protected groups in ordinary ways."""

from __future__ import annotations

_PLAIN = str.maketrans("ëïéèöüáóúê", "eieeouaoue")

# (functionality, text) of a harmless row; all harmless rows expect no flag.
_Harmless = tuple[str, str]
# A frame: hateful functionality, hateful frame, harmless frames, the groups it is filled with.
_Frame = tuple[str, str, list[_Harmless], list[str]]
# A hand-written group: hateful functionality, hateful text, harmless texts.
_Hand = tuple[str, str, list[_Harmless]]
# A target pair: hateful functionality, hateful text, harmless functionality, harmless text.
_Target = tuple[str, str, str, str]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _style(text: str, k: int) -> str:
    """The same typing style for every row of one minimal-pair group."""
    if k % 5 == 1:
        return text.lower().rstrip(".")
    if k % 5 == 3:
        return text.translate(_PLAIN)
    return text


def _fill(text: str, group: str) -> str:
    return _cap(text.format(p=group, P=_cap(group)))


# ------------------------------------------------------------ frames x groups

_FRAMES: list[_Frame] = [
    (
        "derogation",
        "{P} zijn allemaal leugenaars en dieven, dat zit gewoon in hun bloed.",
        [
            (
                "negated_hate",
                "Ik geloof echt niet dat {p} leugenaars en dieven zijn, en in hun bloed zit al helemaal niks.",
            ),
            (
                "identity_positive",
                "{P} zijn allemaal zo eerlijk en hartelijk tegen me geweest, ik hou van die mensen.",
            ),
        ],
        ["Marokkanen", "Roma", "Roemenen"],
    ),
    (
        "derogation",
        "Ik kan het niet hebben dat er {p} in mijn straat wonen, ze verpesten alles.",
        [
            ("negated_hate", "Het is gewoon niet waar dat {p} in mijn straat alles verpesten."),
            (
                "identity_positive",
                "Ik vind het geweldig dat er {p} in mijn straat wonen, ze maken alles gezelliger.",
            ),
        ],
        ["Turken", "Antillianen", "asielzoekers"],
    ),
    (
        "derogation",
        "{P} zijn te stom om een fatsoenlijke baan te houden.",
        [
            (
                "negated_hate",
                "Wie denkt dat {p} te stom zijn voor een fatsoenlijke baan, heeft er nog nooit één gesproken.",
            ),
        ],
        ["vrouwen", "Surinamers", "doven"],
    ),
    (
        "derogation",
        "Waarom zijn {p} toch altijd zo agressief? Ik kan ze niet luchten of zien.",
        [
            (
                "negated_hate",
                "Ik snap niet waarom mensen denken dat {p} agressief zijn, ik heb alleen maar goede ervaringen.",
            ),
            (
                "counter_speech",
                "'Waarom zijn {p} altijd zo agressief' staat hier onder elk nieuwsbericht. Dat is geen vraag, dat is een vooroordeel.",
            ),
        ],
        ["Marokkanen", "Koerden", "Somaliërs"],
    ),
    (
        "derogation",
        "Ik walg echt van {p} die hand in hand door de stad lopen 🤮",
        [
            (
                "identity_positive",
                "Ik word echt blij van {p} die hand in hand door de stad lopen 🥰",
            ),
            (
                "counter_speech",
                "'Ik walg van {p} die hand in hand lopen' – dit soort reacties meld ik voortaan allemaal.",
            ),
        ],
        ["homo's", "lesbiennes", "homostelletjes"],
    ),
    (
        "derogation",
        "{P} horen niet op de werkvloer, ze kunnen niks en kosten alleen maar geld.",
        [
            (
                "negated_hate",
                "Het is grote onzin dat {p} niet op de werkvloer horen, ze kunnen net zo veel.",
            ),
            (
                "identity_positive",
                "Trots op de {p} bij ons op de werkvloer, het zijn de beste collega's die ik heb.",
            ),
        ],
        ["gehandicapten", "autisten", "vrouwen"],
    ),
    (
        "derogation",
        "{P} zijn een schande voor dit land en moeten zich kapotschamen.",
        [
            (
                "negated_hate",
                "{P} zijn geen schande voor dit land en hoeven zich nergens voor te schamen.",
            ),
            (
                "identity_positive",
                "{P} zijn een aanwinst voor dit land, ik ben trots dat ze hier wonen.",
            ),
        ],
        ["Eritreeërs", "moslims", "transgenders"],
    ),
    (
        "derogation",
        "Ik word zo ziek van die {p} met hun gejank over discriminatie.",
        [
            (
                "counter_speech",
                "Wie zegt dat hij 'ziek wordt van {p} met hun gejank over discriminatie', laat precies zien waarom ze klagen.",
            ),
            (
                "negated_hate",
                "Ik word helemaal niet ziek van {p} die over discriminatie praten, ze hebben gewoon een punt.",
            ),
        ],
        ["zwarte mensen", "joden", "moslims"],
    ),
    (
        "derogation",
        "Met {p} valt niet te praten, het zijn achterlijke fanatiekelingen.",
        [
            (
                "negated_hate",
                "Het klopt niet dat er met {p} niet te praten valt, het zijn geen fanatiekelingen.",
            ),
            (
                "identity_neutral",
                "Met {p} uit de buurt hebben we gisteren gepraat over het buurtfeest in juni.",
            ),
        ],
        ["moslims", "christenen", "hindoes"],
    ),
    (
        "derogation",
        "{P} stinken, je ruikt ze al van verre.",
        [
            (
                "negated_hate",
                "Dat {p} zouden stinken is een smerig vooroordeel, daar klopt niks van.",
            ),
            (
                "identity_positive",
                "Als {p} koken ruik je het al van verre, en ik word er elke keer gelukkig van.",
            ),
        ],
        ["Surinamers", "Ghanezen", "Chinezen"],
    ),
    (
        "dehumanisation",
        "{P} zijn als schimmel: ze verspreiden zich tot het hele huis rot is.",
        [
            (
                "negated_hate",
                "{P} zijn geen schimmel en ze maken niks rot, wie dat zegt is zelf rot vanbinnen.",
            ),
            (
                "counter_speech",
                "Iemand in de buurtapp vergeleek {p} met schimmel. Ik heb de beheerder gevraagd hem eruit te gooien.",
            ),
        ],
        ["Polen", "Bulgaren", "Afghanen"],
    ),
    (
        "dehumanisation",
        "Die {p} zijn gewoon vee, ze horen in een stal en niet in een huis.",
        [
            (
                "negated_hate",
                "Nee, {p} zijn geen vee, het zijn mensen en ze horen gewoon in een huis.",
            ),
        ],
        ["asielzoekers", "Roma", "arbeidsmigranten"],
    ),
    (
        "dehumanisation",
        "{P} zijn onkruid, je moet ze met wortel en al uittrekken.",
        [
            (
                "negated_hate",
                "{P} zijn geen onkruid, en niemand hoeft met wortel en al uitgetrokken te worden.",
            ),
            (
                "identity_neutral",
                "{P} hebben hier al generaties lang hun wortels, leerde ik in het museum.",
            ),
        ],
        ["Molukkers", "Turken", "Kaapverdianen"],
    ),
    (
        "dehumanisation",
        "Het zijn geen mensen, die {p}, het zijn halve apen 🐒",
        [
            (
                "counter_speech",
                "Wie {p} 'halve apen' noemt, gedraagt zich zelf als een beest. Gemeld 🐒❌",
            ),
            ("negated_hate", "Het is walgelijk om te beweren dat {p} geen mensen zijn."),
        ],
        ["Afrikanen", "Antillianen", "Somaliërs"],
    ),
    (
        "dehumanisation",
        "{P} zijn een ziekte waar dit land van moet genezen.",
        [
            ("negated_hate", "{P} zijn geen ziekte, en dit land hoeft nergens van te genezen."),
            ("identity_positive", "{P} zijn het beste wat dit land is overkomen, ik hou van ze."),
        ],
        ["transgenders", "homo's", "vluchtelingen"],
    ),
    (
        "dehumanisation",
        "Die {p} zijn net luizen, ze zuigen het land leeg.",
        [
            (
                "negated_hate",
                "Het is gewoon niet waar dat {p} het land leegzuigen, ze betalen net zo goed belasting.",
            ),
        ],
        ["Roemenen", "Bulgaren", "asielzoekers"],
    ),
    (
        "dehumanisation",
        "Je moet die {p} de stad uit spuiten, net als ander ongedierte.",
        [
            (
                "counter_speech",
                "Op een muur bij het station stond dat je '{p} de stad uit moet spuiten'. Wij hebben het met de buren weggeschilderd.",
            ),
            (
                "negated_hate",
                "Niemand hoeft {p} de stad uit te spuiten, want {p} zijn geen ongedierte.",
            ),
        ],
        ["moslims", "joden", "Marokkanen"],
    ),
    (
        "dehumanisation",
        "{P} zijn afval, en afval hoort in de container.",
        [
            ("negated_hate", "{P} zijn geen afval, en er hoort niemand in de container."),
        ],
        ["gehandicapten", "Roma", "trans personen"],
    ),
    (
        "dehumanisation",
        "{P} zijn sprinkhanen: ze vreten alles kaal en trekken dan verder.",
        [
            (
                "negated_hate",
                "{P} zijn geen sprinkhanen en ze vreten niks kaal, dat beeld is pure stemmingmakerij.",
            ),
            (
                "identity_neutral",
                "Veel {p} werken hier een paar maanden in de kassen en trekken dan weer verder.",
            ),
        ],
        ["Roemenen", "Polen", "arbeidsmigranten"],
    ),
    (
        "dehumanisation",
        "{P} zijn bacteriën: je ziet ze pas als je er ziek van wordt.",
        [
            ("negated_hate", "{P} zijn geen bacteriën en van {p} word je ook niet ziek."),
            (
                "counter_speech",
                "Mijn zwager noemt {p} steeds 'bacteriën'. Ik zeg elke keer dat dat gewoon haatzaaien is, geen grapje.",
            ),
        ],
        ["homo's", "Chinezen", "joden"],
    ),
    (
        "dehumanisation",
        "Ik zie {p} niet als mensen, eerder als een soort dieren.",
        [
            (
                "negated_hate",
                "Ik zie {p} gewoon als mensen, net als iedereen, en niet als 'een soort dieren'.",
            ),
        ],
        ["Roma", "Marokkanen", "gehandicapten"],
    ),
    (
        "threat",
        "Als ik het voor het zeggen had, gingen alle {p} op de brandstapel.",
        [
            (
                "counter_speech",
                "'Alle {p} op de brandstapel' stond onder de video. Screenshot gemaakt en gemeld bij het Meldpunt Internetdiscriminatie.",
            ),
            (
                "negated_hate",
                "Ik zou nooit willen dat {p} iets overkomt, wat sommige mensen hier ook roepen.",
            ),
        ],
        ["joden", "homo's", "moslims"],
    ),
    (
        "threat",
        "Zaterdag gaan we met de jongens {p} in elkaar rammen bij het station.",
        [
            (
                "counter_speech",
                "In onze groepsapp stond dat ze zaterdag {p} in elkaar gingen rammen bij het station. Ik heb meteen de politie gebeld.",
            ),
            (
                "negated_hate",
                "Niemand gaat zaterdag {p} in elkaar rammen, daar zorgen wij wel voor.",
            ),
        ],
        ["homo's", "asielzoekers", "Polen"],
    ),
    (
        "threat",
        "Iemand moet die {p} een lesje leren met een ijzeren staaf.",
        [
            (
                "negated_hate",
                "Niemand zou {p} ooit een lesje moeten leren met een ijzeren staaf, dat is gewoon terreur.",
            ),
        ],
        ["transgenders", "lesbiennes", "Surinamers"],
    ),
    (
        "threat",
        "Wacht maar tot het donker is, dan pakken we die {p} één voor één.",
        [
            (
                "counter_speech",
                "'Wacht maar tot het donker is, dan pakken we die {p}' – dit staat al drie dagen online. Waarom grijpt niemand in?",
            ),
        ],
        ["Turken", "Eritreeërs", "joden"],
    ),
    (
        "threat",
        "Gooi een molotov door de brievenbus bij die {p}, dan vertrekken ze vanzelf.",
        [
            (
                "negated_hate",
                "Ik zou nooit iets door de brievenbus bij {p} gooien, behalve een kerstkaart.",
            ),
            (
                "counter_speech",
                "Wie oproept om een molotov door de brievenbus bij {p} te gooien, hoort in de cel en niet op dit forum.",
            ),
        ],
        ["Syriërs", "Afghanen", "Ghanezen"],
    ),
    (
        "threat",
        "Alle {p} moeten verzuipen, laat die bootjes maar zinken.",
        [
            (
                "counter_speech",
                "Als je schrijft dat alle {p} moeten verzuipen, ben je geen 'bezorgde burger' maar een monster.",
            ),
            (
                "identity_neutral",
                "Veel {p} zijn met een bootje over de Middellandse Zee gekomen, vertelde onze docent.",
            ),
        ],
        ["vluchtelingen", "migranten", "Afrikanen"],
    ),
    (
        "threat",
        "Die {p} moeten allemaal aan de dichtstbijzijnde lantaarnpaal.",
        [
            ("negated_hate", "Niemand mag {p} met ophangen bedreigen, ook niet 'als grapje'."),
        ],
        ["joden", "homo's", "Koerden"],
    ),
    (
        "threat",
        "Als er weer oorlog komt, zijn de {p} als eerste aan de beurt.",
        [
            (
                "counter_speech",
                "Mijn buurman riep dat 'de {p} als eerste aan de beurt zijn' als er weer oorlog komt. Ik heb gezegd dat ik zulke taal niet accepteer.",
            ),
            (
                "identity_neutral",
                "In de oorlog waren de {p} als eerste aan de beurt, dat vertelde de gids in Westerbork.",
            ),
        ],
        ["joden", "Roma", "Sinti"],
    ),
    (
        "threat",
        "Ik ga vannacht nog bij die {p} de ramen ingooien.",
        [
            (
                "negated_hate",
                "Ik ga heus niet bij die {p} de ramen ingooien, ik ga er zaterdag koffie drinken.",
            ),
        ],
        ["Polen", "Bulgaren", "Syriërs"],
    ),
    (
        "threat",
        "Schiet die {p} gewoon neer aan de grens, klaar.",
        [
            (
                "counter_speech",
                "Een politicus die zegt dat je {p} 'gewoon aan de grens moet neerschieten', hoort niet in de Kamer.",
            ),
            ("negated_hate", "Niemand schiet {p} neer aan de grens, en dat is maar goed ook."),
        ],
        ["vluchtelingen", "asielzoekers", "Afghanen"],
    ),
    (
        "threat",
        "Trap die {p} de stad uit, desnoods met geweld.",
        [
            ("negated_hate", "Niemand zou {p} de stad uit moeten trappen, met of zonder geweld."),
        ],
        ["woonwagenbewoners", "Roma", "Roemenen"],
    ),
    (
        "derogation",
        "Eerlijk, {p} zijn het meest waardeloze volk op aarde.",
        [
            ("identity_positive", "Eerlijk, {p} zijn het meest gastvrije volk op aarde."),
            ("negated_hate", "{P} zijn echt geen waardeloos volk, schaam je voor die uitspraak."),
        ],
        ["Marokkanen", "Bulgaren", "Chinezen"],
    ),
    (
        "derogation",
        "{P} hebben geen hersens, alleen een grote bek.",
        [
            (
                "negated_hate",
                "Het is echt niet zo dat {p} geen hersens hebben en alleen een grote bek.",
            ),
        ],
        ["vrouwen", "Antillianen", "Surinamers"],
    ),
    (
        "derogation",
        "Die {p} zijn allemaal pedo's en zieke geesten.",
        [
            (
                "counter_speech",
                "Het oude fabeltje dat {p} 'pedo's en zieke geesten' zijn, wordt nog steeds rondgepompt. Echt walgelijk.",
            ),
            (
                "negated_hate",
                "{P} zijn geen pedo's en ook geen zieke geesten, dat is gevaarlijke onzin.",
            ),
        ],
        ["homo's", "transgenders", "biseksuelen"],
    ),
    (
        "derogation",
        "Ik ben er klaar mee, {p} verpesten onze scholen.",
        [
            ("negated_hate", "Ik geloof er niks van dat {p} onze scholen verpesten."),
            (
                "identity_positive",
                "Ik ben er zo blij mee dat er {p} bij ons op school zitten, de sfeer is geweldig.",
            ),
        ],
        ["moslims", "Marokkanen", "Turken"],
    ),
    (
        "derogation",
        "Wat een misbaksels zijn die {p}, ze hadden nooit geboren mogen worden.",
        [
            (
                "negated_hate",
                "{P} zijn geen misbaksels en ze hebben net zoveel recht om te bestaan als jij.",
            ),
        ],
        ["gehandicapten", "doven", "autisten"],
    ),
    (
        "derogation",
        "Al die {p} zijn oplichters die alleen op geld azen.",
        [
            (
                "counter_speech",
                "Weer een reactie dat {p} oplichters zijn die op geld azen. Zulke clichés zijn eeuwenoud en nog steeds fout.",
            ),
            (
                "negated_hate",
                "Ik weiger te geloven dat {p} oplichters zijn die alleen op geld azen.",
            ),
        ],
        ["joden", "Chinezen", "Roma"],
    ),
    (
        "derogation",
        "Die {p} moeten niet zeuren, ze zijn minder waard en dat weten ze zelf ook.",
        [
            ("negated_hate", "{P} zijn niks minder waard, en dat mag iedereen weten."),
            ("identity_positive", "Die {p} zijn echt goud waard, ik ben zo trots op ze."),
        ],
        ["vrouwen", "zwarte mensen", "lesbiennes"],
    ),
    (
        "derogation",
        "Elke keer als ik {p} in de supermarkt zie, krijg ik braakneigingen.",
        [
            (
                "identity_positive",
                "Elke keer als ik {p} op het schoolplein zie kletsen, word ik zo blij van onze wijk.",
            ),
            ("negated_hate", "Ik krijg echt geen braakneigingen van {p}, wat een zieke opmerking."),
        ],
        ["moslima's", "Somaliërs", "Kaapverdianen"],
    ),
    (
        "derogation",
        "Ik haat het als er {p} in mijn team zitten, ze zijn alleen maar een last.",
        [
            (
                "identity_positive",
                "Ik vind het heerlijk als er {p} in mijn team zitten, ze zijn altijd een kracht.",
            ),
        ],
        ["vrouwen", "doven", "autisten"],
    ),
    (
        "derogation",
        "{P} zijn het probleem van deze wijk, ik wil ze hier weg.",
        [
            ("identity_positive", "{P} zijn het hart van deze wijk, ik wil ze hier nooit kwijt."),
            ("negated_hate", "{P} zijn niet het probleem van deze wijk, de huisjesmelkers wel."),
        ],
        ["Marokkanen", "Kaapverdianen", "Turken"],
    ),
    (
        "derogation",
        "Zijn {p} nou echt zo dom of doen ze maar alsof?",
        [
            ("negated_hate", "Zijn {p} dom? Nee natuurlijk niet, wat een belachelijke vraag."),
        ],
        ["Polen", "vrouwen", "Surinamers"],
    ),
    (
        "derogation",
        "Dat {p} mogen stemmen is een grap, ze snappen er niks van.",
        [
            ("negated_hate", "Dat {p} mogen stemmen is geen grap, het is hun recht."),
        ],
        ["vrouwen", "doven", "migranten"],
    ),
    (
        "derogation",
        "{P} zijn een stelletje uitvreters en ik gun ze nog geen boterham.",
        [
            ("negated_hate", "{P} zijn geen uitvreters, en ik gun ze alles wat ik zelf ook heb."),
            (
                "identity_positive",
                "{P} zijn een stelletje doorzetters en ik gun ze alle geluk van de wereld.",
            ),
        ],
        ["vluchtelingen", "Oekraïners", "Syriërs"],
    ),
    (
        "derogation",
        "hoe meer {p} hoe meer criminaliteit, zo simpel is het gewoon",
        [
            (
                "counter_speech",
                "'hoe meer {p} hoe meer criminaliteit' – zo simpel is het dus niet, lees eerst eens een onderzoek",
            ),
            (
                "negated_hate",
                "hoe meer {p} hoe meer criminaliteit? dat geloof ik gewoon niet, de cijfers zeggen iets heel anders",
            ),
        ],
        ["Marokkanen", "Antillianen", "asielzoekers"],
    ),
    (
        "dehumanisation",
        "{P} zijn beesten die je aan de ketting moet leggen.",
        [
            ("negated_hate", "{P} zijn geen beesten en niemand hoort aan de ketting."),
        ],
        ["moslims", "Afghanen", "Eritreeërs"],
    ),
    (
        "threat",
        "Ik hoop echt dat ze die {p} een keer allemaal opsluiten en de sleutel weggooien.",
        [
            (
                "negated_hate",
                "Ik hoop echt niet dat ze {p} ooit opsluiten, zoiets mag nooit meer gebeuren.",
            ),
            (
                "identity_neutral",
                "Tijdens de oorlog werden veel {p} opgesloten in kampen, daar gaat de nieuwe expositie over.",
            ),
        ],
        ["joden", "Roma", "homo's"],
    ),
]

# ------------------------------------------------- hand-written groups: slurs, spelling, feasts

_HAND: list[_Hand] = [
    (
        "slur",
        "Weer een stel kutmarokkanen die de tram slopen, echt elke week.",
        [
            (
                "counter_speech",
                "Iemand riep in de tram 'kutmarokkanen' naar drie jongens die gewoon zaten te kletsen. Ik ben naast ze gaan zitten.",
            ),
            (
                "identity_positive",
                "Weer een stel Marokkaanse jongens die na oud en nieuw de straat schoonvegen, echt elk jaar. Respect 🙌",
            ),
        ],
    ),
    (
        "slur",
        "Die makakken van het plein moeten ze allemaal oppakken.",
        [
            (
                "counter_speech",
                "Een agent noemde de jongens op het plein 'makakken'. Dat woord is gewoon racistisch, ook uit de mond van een agent.",
            ),
            (
                "identity_neutral",
                "De jongens van het plein zijn bijna allemaal Marokkaans-Nederlands en voetballen daar elke avond.",
            ),
        ],
    ),
    (
        "slur",
        "Rot op met je moskee, geitenneuker.",
        [
            (
                "counter_speech",
                "Iemand schreeuwde 'rot op met je moskee, geitenneuker' naar de imam. Ik schaam me kapot voor mijn stad.",
            ),
            (
                "identity_neutral",
                "De nieuwe moskee in onze wijk houdt zaterdag een open dag, iedereen mag binnenkijken.",
            ),
        ],
    ),
    (
        "slur",
        "Die vuile negers maken de hele straat onveilig.",
        [
            (
                "counter_speech",
                "Dat mijn opa nog steeds 'negers' zegt, vind ik echt niet oké, en dat heb ik hem ook verteld.",
            ),
            (
                "identity_positive",
                "De zwarte gezinnen in onze straat maken die straat juist zo warm en gezellig ❤️",
            ),
        ],
    ),
    (
        "slur",
        "Ga terug naar je hut, bosneger.",
        [
            (
                "counter_speech",
                "Op school werd mijn zoon 'bosneger' genoemd. De directeur heeft gelukkig meteen ingegrepen.",
            ),
            (
                "identity_neutral",
                "Mijn buurman is Surinaams en vertelt prachtig over het binnenland waar zijn opa vandaan kwam.",
            ),
        ],
    ),
    (
        "slur",
        "Zo'n roetmop hoeft bij mij niet te solliciteren.",
        [
            (
                "counter_speech",
                "De manager zei letterlijk 'zo'n roetmop hoeft niet te solliciteren'. Ik heb het meteen bij HR gemeld.",
            ),
            (
                "identity_positive",
                "Onze beste collega komt van Curaçao en ik zou haar voor geen goud willen missen.",
            ),
        ],
    ),
    (
        "slur",
        "Vuile flikkers, blijf uit onze buurt.",
        [
            (
                "counter_speech",
                "'Vuile flikkers' riepen ze naar twee jongens op de fiets. Gelukkig waren er getuigen en is er aangifte gedaan.",
            ),
            (
                "identity_positive",
                "Twee jongens fietsten hand in hand door onze buurt en ik werd er gewoon blij van 🏳️‍🌈",
            ),
        ],
    ),
    (
        "slur",
        "Die vieze potten moeten niet zo lopen zoenen in het openbaar.",
        [
            (
                "counter_speech",
                "Een man riep 'vieze potten' naar mijn zus en haar vriendin. De hele tram keek hem aan tot hij uitstapte.",
            ),
            (
                "identity_positive",
                "Twee vrouwen zoenden op de boot bij de Pride en iedereen klapte, zo mooi 🌈",
            ),
        ],
    ),
    (
        "slur",
        "Kijk die mongool nou kwijlen in de bus.",
        [
            (
                "counter_speech",
                "Een jongen zei 'kijk die mongool' over een man met downsyndroom in de bus. Ik heb hem er rustig op aangesproken.",
            ),
            (
                "identity_positive",
                "In de bus zat een man met downsyndroom die iedereen goedemorgen wenste, wat een held 😄",
            ),
        ],
    ),
    (
        "slur",
        "Rot op met je rolstoel, spast, je staat in de weg.",
        [
            (
                "counter_speech",
                "Iemand riep 'rot op met je rolstoel, spast' tegen mijn nicht. Niemand deed iets. Dat laat ik niet meer gebeuren.",
            ),
            (
                "identity_neutral",
                "De nieuwe bussen hebben een uitklapbare plaat, zodat je er met je rolstoel makkelijk in kunt.",
            ),
        ],
    ),
    (
        "slur",
        "Zigeunerpak, jullie jatten alles wat los zit.",
        [
            (
                "counter_speech",
                "Onder het bericht over de Roma-herdenking schreef iemand 'zigeunerpak'. Gemeld, en hopelijk verwijderd.",
            ),
            (
                "identity_neutral",
                "Op 2 augustus herdenken Roma en Sinti de slachtoffers van de Porajmos.",
            ),
        ],
    ),
    (
        "slur",
        "Kampers zijn dieven, dat weet heel het dorp.",
        [
            (
                "negated_hate",
                "Woonwagenbewoners zijn geen dieven, en 'kampers' is gewoon een scheldwoord.",
            ),
            (
                "identity_neutral",
                "Op het woonwagenkamp aan de rand van het dorp wonen al vier generaties dezelfde families.",
            ),
        ],
    ),
    (
        "slur",
        "Hé spleetoog, ga terug naar China met je virus.",
        [
            (
                "counter_speech",
                "Tijdens corona riepen ze 'spleetoog, ga terug naar China' naar mijn moeder. Ik ben het nooit vergeten.",
            ),
            (
                "identity_positive",
                "Mijn moeder is Chinees-Nederlands en de sterkste vrouw die ik ken 💪",
            ),
        ],
    ),
    (
        "slur",
        "Die poepchinezen kunnen hun eigen troep opruimen.",
        [
            (
                "counter_speech",
                "Mijn oom zegt nog steeds 'poepchinees' als hij eten bestelt. Ik heb gezegd dat dat echt niet meer kan.",
            ),
            (
                "identity_positive",
                "Die Chinese familie van het restaurant op de hoek maakt de lekkerste babi pangang die ik ken.",
            ),
        ],
    ),
    (
        "slur",
        "Vuile polak, leer eerst eens fatsoenlijk Nederlands.",
        [
            (
                "counter_speech",
                "Mijn Poolse collega werd 'vuile polak' genoemd omdat zijn Nederlands nog niet perfect is. Hij volgt juist elke avond les.",
            ),
            (
                "identity_positive",
                "Mijn Poolse collega leert elke avond Nederlands, ik heb echt bewondering voor hem.",
            ),
        ],
    ),
    (
        "slur",
        "Kankerjoden, jullie zijn overal de schuld van.",
        [
            (
                "counter_speech",
                "In het uitvak werd weer 'kankerjoden' gezongen. De club moet daar eindelijk keihard tegen optreden.",
            ),
            (
                "identity_positive",
                "Aan al mijn Joodse vrienden: fijne Chanoeka, ik hou van jullie 🕎",
            ),
        ],
    ),
    (
        "slur",
        "Doe die kopvod af of ga terug naar je land.",
        [
            (
                "counter_speech",
                "Een vrouw in de supermarkt zei tegen mijn collega 'doe die kopvod af'. Ze is gewoon geboren in Zaandam.",
            ),
            (
                "identity_neutral",
                "Mijn collega draagt een hoofddoek in de huiskleuren van ons bedrijf, ziet er top uit.",
            ),
        ],
    ),
    (
        "slur",
        "Vrouwen zijn allemaal hoeren die alleen op geld uit zijn.",
        [
            (
                "negated_hate",
                "Het is niet waar dat vrouwen hoeren zijn die alleen op geld uit zijn, wat een treurige kijk op de wereld.",
            ),
            (
                "counter_speech",
                "Die influencer roept dat 'vrouwen allemaal hoeren zijn'. Jongens, volg zo'n gast alsjeblieft niet.",
            ),
        ],
    ),
    (
        "slur",
        "Dat travotuig moet uit de damestoiletten blijven.",
        [
            (
                "counter_speech",
                "Iemand noemde mijn vriendin 'travotuig' toen ze naar de wc ging. Ze is gewoon een vrouw die moest plassen.",
            ),
            (
                "identity_neutral",
                "Het festival heeft dit jaar genderneutrale toiletten naast de dames- en herentoiletten.",
            ),
        ],
    ),
    (
        "slur",
        "Kankerturken met jullie dikke BMW's, rot op.",
        [
            (
                "counter_speech",
                "Onder het filmpje van de Turkse bruiloftsstoet staat alleen maar 'kankerturken'. Zo triest.",
            ),
            (
                "identity_positive",
                "Die Turkse bruiloftsstoet met al die BMW's en toeters was echt een feest om te zien 🎉",
            ),
        ],
    ),
    (
        "slur",
        "Die gelukszoekers komen alleen voor onze uitkeringen.",
        [
            (
                "negated_hate",
                "Ik geloof niet dat asielzoekers alleen voor onze uitkeringen komen, de meesten vluchten voor oorlog.",
            ),
            (
                "identity_neutral",
                "Asielzoekers mogen in Nederland onder voorwaarden werken terwijl hun aanvraag nog loopt.",
            ),
        ],
    ),
    (
        "slur",
        "Zandnegers, terug naar de woestijn met jullie.",
        [
            (
                "counter_speech",
                "Iemand schreef 'zandnegers, terug naar de woestijn' op de deur van de Syrische bakker. De buurt heeft het samen schoongemaakt.",
            ),
            (
                "identity_positive",
                "De Syrische bakker in de straat is mijn favoriete plek, die baklava is hemels.",
            ),
        ],
    ),
    (
        "slur",
        "Huil niet zo, mietje, echte mannen zijn geen homo.",
        [
            (
                "counter_speech",
                "De trainer noemde mijn zoon een 'mietje' omdat hij huilde. Van zo'n trainer moeten we af.",
            ),
            (
                "identity_positive",
                "Mijn zoon is homo en de dapperste jongen die ik ken, ik ben zo trots op hem.",
            ),
        ],
    ),
    (
        "slur",
        "Hoofddoekhoeren zoals jij horen niet achter de kassa.",
        [
            (
                "counter_speech",
                "Een klant noemde de caissière een 'hoofddoekhoer'. De bedrijfsleider heeft hem meteen de winkel uit gezet. Terecht.",
            ),
            (
                "identity_neutral",
                "De caissière met de hoofddoek vertelde dat ze volgende week Suikerfeest viert.",
            ),
        ],
    ),
    (
        "slur",
        "Nikkers horen niet in ons elftal.",
        [
            (
                "counter_speech",
                "Bij de jeugdwedstrijd riep een vader 'nikkers horen niet in ons elftal'. De scheids heeft het duel stilgelegd, heel goed.",
            ),
            (
                "identity_neutral",
                "In ons elftal spelen jongens met ouders uit Ghana, Suriname, Marokko en Drenthe.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "M0slims zijn terr0risten, stuk voor stuk",
        [
            (
                "counter_speech",
                "Iemand dacht slim te zijn met 'm0slims zijn terr0risten'. Een nul in plaats van een o, nog steeds gewoon haat.",
            ),
            ("negated_hate", "Moslims zijn geen terroristen, en dat is ook nooit zo geweest."),
        ],
    ),
    (
        "spelling_variation",
        "J o o d s tuig moet weg uit Amsterdam",
        [
            (
                "identity_neutral",
                "Joods leven in Amsterdam, daar gaat de nieuwe tentoonstelling in het Joods Museum over.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "h0mo's zijn ziek in hun k0p",
        [
            ("negated_hate", "homo's zijn niet ziek in hun kop, dat zijn ze nooit geweest"),
            (
                "counter_speech",
                "'h0mo's zijn ziek in hun k0p' – met nullen typen verandert niks aan je haat, gemeld",
            ),
        ],
    ),
    (
        "spelling_variation",
        "vr0uwen moeten hun b3k houden",
        [
            (
                "identity_positive",
                "vrouwen moeten juist hun stem laten horen, ik ben zo trots op mijn zussen",
            ),
        ],
    ),
    (
        "spelling_variation",
        "neeegers horen hier niet, wegwezen",
        [
            (
                "counter_speech",
                "'neeegers horen hier niet' stond er op de muur van de school, met drie e's om de filters te ontwijken. Walgelijk.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "azielzoekers = tuig, allemaal",
        [
            ("negated_hate", "Asielzoekers zijn geen tuig, het zijn mensen die alles kwijt zijn."),
        ],
    ),
    (
        "spelling_variation",
        "tr@nsgenders zijn gest00rd",
        [
            ("identity_positive", "Transgenders zijn zo dapper, ik bewonder ze enorm."),
            (
                "counter_speech",
                "Die reactie met 'tr@nsgenders zijn gest00rd' is gelukkig al verwijderd door de mods.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Marokk@nen t3rug naar Marokko!!!",
        [
            (
                "identity_neutral",
                "Veel Marokkanen gaan in de zomer terug naar Marokko om familie te bezoeken.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "turkn zijn crimineeel tuig",
        [
            (
                "negated_hate",
                "Turken zijn geen crimineel tuig, dat is een vooroordeel uit de jaren tachtig.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "r0ma moeten vergast w0rden",
        [
            (
                "counter_speech",
                "Onder het artikel over de Roma-herdenking stond 'r0ma moeten vergast w0rden'. Hoe ziek kun je zijn.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "g3hand1capten kosten alleen maar geld, laat ze doodgaan",
        [
            (
                "negated_hate",
                "Gehandicapten kosten niet 'alleen maar geld', en niemand hoort dood te gaan omdat hij zorg nodig heeft.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "surinamurs zijn lui en komen altijd te laat",
        [
            (
                "counter_speech",
                "'surinamurs zijn lui' schrijft iemand die niet eens Surinamers kan spellen 😂 ga eerst naar school",
            ),
            (
                "negated_hate",
                "Surinamers zijn niet lui, mijn Surinaamse buren werken harder dan wie ook.",
            ),
        ],
    ),
    (
        "threat",
        "Tijdens het Suikerfeest zou iemand die moskee in de fik moeten steken.",
        [
            (
                "identity_positive",
                "Tijdens het Suikerfeest zou iedereen eens bij de moskee langs moeten gaan, zo gastvrij!",
            ),
            (
                "counter_speech",
                "Iemand schreef dat ze 'de moskee tijdens het Suikerfeest in de fik moeten steken'. Ik heb aangifte gedaan.",
            ),
        ],
    ),
    (
        "threat",
        "Ik hoop dat die synagoge een keer ontploft met alle joden erin.",
        [
            (
                "identity_neutral",
                "De synagoge in de Lekstraat houdt zondag een open dag voor alle joodse families uit de buurt.",
            ),
            (
                "counter_speech",
                "Wie hoopt dat een synagoge 'ontploft met alle joden erin', moet gewoon vervolgd worden.",
            ),
        ],
    ),
    (
        "derogation",
        "Keti Koti? Die Surinamers moeten niet zo zeuren over de slavernij, dat is voorbij.",
        [
            (
                "identity_neutral",
                "Keti Koti: op 1 juli herdenken en vieren Surinamers en Antillianen het einde van de slavernij.",
            ),
            (
                "counter_speech",
                "'Niet zo zeuren over de slavernij' – zeg dat maar eens tegen de nazaten die er nog elke dag mee leven.",
            ),
        ],
    ),
    (
        "derogation",
        "Pride is gewoon een optocht van zieke, perverse homo's.",
        [
            (
                "identity_positive",
                "Pride is een optocht van trotse, prachtige homo's en ik hou ervan 🌈",
            ),
        ],
    ),
    (
        "derogation",
        "Divali? Die hindoes met hun nepgoden kunnen beter opzouten.",
        [
            (
                "identity_positive",
                "Divali met onze hindoeburen is elk jaar het mooiste feest van de straat ✨",
            ),
        ],
    ),
    (
        "derogation",
        "Die Poolse bouwvakkers zijn allemaal dronken tuig.",
        [
            (
                "identity_positive",
                "Die Poolse bouwvakkers hebben onze badkamer prachtig gemaakt, echte vakmensen.",
            ),
        ],
    ),
    (
        "derogation",
        "Dat Oekraïense tuig moet terug, die oorlog is hun probleem.",
        [
            (
                "identity_neutral",
                "Veel Oekraïners in Nederland werken inmiddels in de zorg en de logistiek.",
            ),
        ],
    ),
    (
        "dehumanisation",
        "Die zwarte spelers van Ajax zijn gewoon apen 🐒",
        [
            (
                "identity_positive",
                "Die zwarte spelers van Ajax zijn de beste die we in jaren hebben gehad 🔥",
            ),
            (
                "counter_speech",
                "Oerwoudgeluiden maken naar de spelers van Ajax is racisme en niks anders. Stadionverbod voor die lui.",
            ),
        ],
    ),
    (
        "derogation",
        "Vrouwen achter het stuur moeten ze verbieden, die zijn levensgevaarlijk.",
        [
            (
                "negated_hate",
                "Het is een fabeltje dat vrouwen achter het stuur gevaarlijk zijn, de verzekeraars zeggen zelfs het tegendeel.",
            ),
        ],
    ),
    (
        "derogation",
        "Een vrouw hoort thuis bij de kinderen, niet in de Tweede Kamer.",
        [
            (
                "counter_speech",
                "Mijn oom zei op de verjaardag 'een vrouw hoort thuis bij de kinderen'. Mijn tante, Kamerlid, lachte hem keihard uit.",
            ),
            (
                "identity_neutral",
                "Sinds 1919 mogen vrouwen in Nederland stemmen, en in 1918 zat de eerste vrouw al in de Tweede Kamer.",
            ),
        ],
    ),
    (
        "derogation",
        "Bi's bestaan niet, dat zijn gewoon hebberige sletten.",
        [
            ("identity_neutral", "Bi's bestaan gewoon, en de bivlag is roze, paars en blauw."),
            ("negated_hate", "Biseksuele mensen zijn geen sletten, het is gewoon wie ze zijn."),
        ],
    ),
    (
        "derogation",
        "Doven zijn achterlijk, ze kunnen niet eens normaal praten.",
        [
            (
                "identity_neutral",
                "Veel doven praten in Nederlandse Gebarentaal, die sinds 2021 officieel erkend is.",
            ),
        ],
    ),
    (
        "threat",
        "Die Syriërs in het azc moeten ze allemaal uitroken.",
        [
            (
                "identity_positive",
                "Die Syriërs uit het azc hebben ons hele dorp getrakteerd op hun eten, zo lief van ze.",
            ),
        ],
    ),
    (
        "derogation",
        "Eritreeërs zijn wilden, kijk maar naar die rellen.",
        [
            (
                "negated_hate",
                "Eritreeërs zijn geen wilden, een paar rellen zegt niks over een heel volk.",
            ),
        ],
    ),
    (
        "derogation",
        "Christenen zijn hersenloze schapen die in sprookjes geloven.",
        [
            (
                "identity_neutral",
                "Christenen vieren met Pinksteren de uitstorting van de Heilige Geest.",
            ),
        ],
    ),
    (
        "derogation",
        "Molukkers zijn terroristen, denk maar aan die treinkaping.",
        [
            (
                "negated_hate",
                "Molukkers zijn geen terroristen, wat een paar jongemannen in de jaren zeventig deden zegt niks over een hele gemeenschap.",
            ),
            (
                "identity_neutral",
                "De treinkaping bij De Punt in 1977 is een zwarte bladzijde in de Molukse en Nederlandse geschiedenis.",
            ),
        ],
    ),
    (
        "dehumanisation",
        "Koerden zijn bergratten, ze horen in een grot.",
        [
            (
                "identity_positive",
                "Koerden zijn het gastvrijste volk dat ik ken, Newroz met ze vieren was geweldig 🔥",
            ),
        ],
    ),
    (
        "derogation",
        "Afghanen zijn verkrachters, sluit ze allemaal op.",
        [
            (
                "negated_hate",
                "Ik weiger te geloven dat Afghanen verkrachters zijn, dat is gewoon propaganda.",
            ),
        ],
    ),
    (
        "derogation",
        "Die Kaapverdianen in Rotterdam-West zijn allemaal dealers.",
        [
            (
                "identity_positive",
                "Die Kaapverdianen in Rotterdam-West maken de beste muziek, morna en funaná 🎶",
            ),
        ],
    ),
    (
        "derogation",
        "Somaliërs leven van een uitkering en kauwen de hele dag qat.",
        [
            (
                "negated_hate",
                "Het is een vooroordeel dat Somaliërs van een uitkering leven en de hele dag qat kauwen.",
            ),
        ],
    ),
    (
        "derogation",
        "Ghanezen zijn oplichters, stuk voor stuk, trap er niet in.",
        [
            (
                "identity_neutral",
                "Veel Ghanezen in Amsterdam-Zuidoost gaan op zondag naar een van de kerken daar.",
            ),
        ],
    ),
    (
        "derogation",
        "Trans personen zijn een gevaar voor onze kinderen.",
        [
            (
                "counter_speech",
                "'Trans personen zijn een gevaar voor onze kinderen' is precies de leugen die mensen bang maakt.",
            ),
            (
                "identity_positive",
                "Trans personen zijn gewoon een deel van onze school, en de kinderen zijn dol op meester Sam.",
            ),
        ],
    ),
    (
        "dehumanisation",
        "Die Indiërs in de IT zijn een zwerm muggen, overal zitten ze.",
        [
            (
                "identity_neutral",
                "Veel Indiërs werken in Amstelveen in de IT, en er zijn daar ook veel Indiase winkels.",
            ),
        ],
    ),
    (
        "threat",
        "Die lesbo's moet je eens flink afrossen, dan worden ze wel normaal.",
        [
            (
                "counter_speech",
                "'Die lesbo's moet je eens flink afrossen' – zulke opmerkingen zijn precies waarom vrouwen bang zijn om hand in hand te lopen.",
            ),
        ],
    ),
]

# ------------------------------------- hateful at a group vs the same frame at a non-protected target

_TARGETS: list[_Target] = [
    (
        "derogation",
        "Ik walg van die asielzoekers, ze horen hier niet.",
        "non_protected_target",
        "Ik walg van die deelsteps op de stoep, ze horen hier niet.",
    ),
    (
        "derogation",
        "Marokkanen zijn de pest van deze stad.",
        "non_protected_target",
        "Deelscooters zijn de pest van deze stad.",
    ),
    (
        "threat",
        "Ik wil ze allemaal uitroeien, die joden.",
        "non_protected_target",
        "Ik wil ze allemaal uitroeien, die bladluizen op mijn rozen.",
    ),
    (
        "derogation",
        "Polen verpesten elk weekend, ik kan ze niet uitstaan.",
        "non_protected_target",
        "Bladblazers verpesten elk weekend, ik kan ze niet uitstaan.",
    ),
    (
        "derogation",
        "Weg met die homo's, ze maken alles kapot.",
        "non_protected_target",
        "Weg met die nieuwe huurregels, ze maken alles kapot.",
    ),
    (
        "derogation",
        "Roemenen zijn één grote bende oplichters.",
        "non_protected_target",
        "Die energiebedrijven zijn één grote bende oplichters.",
    ),
    (
        "derogation",
        "Ik krijg jeuk van transgenders, echt elke keer.",
        "non_protected_target",
        "Ik krijg jeuk van lootboxes in FIFA, echt elke keer.",
    ),
    (
        "threat",
        "Gooi ze in de gracht, al die Turken.",
        "non_protected_target",
        "Gooi ze in de gracht, al die fietswrakken voor het station.",
    ),
    (
        "derogation",
        "Vrouwen zijn het domste wat er bestaat.",
        "non_protected_target",
        "Die verkeersdrempels in onze straat zijn het domste wat er bestaat.",
    ),
    (
        "threat",
        "Ik zou dat azc met al die vluchtelingen erin het liefst met de grond gelijkmaken.",
        "non_protected_target",
        "Ik zou die lelijke parkeergarage bij het station het liefst met de grond gelijkmaken.",
    ),
    (
        "derogation",
        "Surinamers stinken een uur in de wind.",
        "non_protected_target",
        "De vuilcontainers bij ons in de straat stinken een uur in de wind.",
    ),
    (
        "derogation",
        "Ik haat joden met heel mijn hart.",
        "non_protected_target",
        "Ik haat de nieuwe zzp-regels van het kabinet met heel mijn hart.",
    ),
    (
        "derogation",
        "Al die gehandicapten zijn parasitair en nutteloos.",
        "non_protected_target",
        "Al die tussenpersonen op de huurmarkt zijn parasitair en nutteloos.",
    ),
    (
        "threat",
        "Die zigeuners moeten ze allemaal afschieten.",
        "non_protected_target",
        "Die ganzen rond Schiphol moeten ze allemaal afschieten, zeggen ze.",
    ),
    (
        "derogation",
        "Antillianen? Tuig van de richel.",
        "non_protected_target",
        "Die hooligans die gisteren het station sloopten? Tuig van de richel.",
    ),
    (
        "derogation",
        "Zet die Afghanen op de eerste boot terug.",
        "non_protected_target",
        "Zet die toeristen met hun bierfietsen op de eerste boot terug 🙄",
    ),
    (
        "derogation",
        "Ik word zo ziek van moslims, ze zijn overal.",
        "non_protected_target",
        "Ik word zo ziek van meeuwen, ze zijn overal.",
    ),
    (
        "dehumanisation",
        "Chinezen, dat is gewoon een virus waar je nooit meer vanaf komt.",
        "non_protected_target",
        "Die TikTok-dansjes, dat is gewoon een virus waar je nooit meer vanaf komt.",
    ),
    (
        "derogation",
        "Hoe sneller de Roma verdwijnen, hoe beter.",
        "non_protected_target",
        "Hoe sneller die oude dieselbussen verdwijnen, hoe beter.",
    ),
    (
        "threat",
        "Sla ze dood, die flikkers.",
        "non_protected_target",
        "Sla ze dood, die muggen boven mijn bed 🦟",
    ),
    (
        "derogation",
        "Jullie Koerden zijn allemaal verraders.",
        "non_protected_target",
        "Jullie bestuurders zijn allemaal verraders, de hele club is uitverkocht.",
    ),
    (
        "derogation",
        "Ik trek lesbiennes echt niet meer, zo irritant.",
        "non_protected_target",
        "Ik trek die reclames op YouTube echt niet meer, zo irritant.",
    ),
    (
        "derogation",
        "Autisten zijn achterlijk, wie heeft dat bedacht.",
        "non_protected_target",
        "Die nieuwe regels voor de ov-chipkaart zijn achterlijk, wie heeft dat bedacht.",
    ),
    (
        "dehumanisation",
        "Syriërs zijn ratten die uit het riool kruipen.",
        "non_protected_target",
        "Die phishingmails zijn ratten die uit het riool kruipen.",
    ),
    (
        "threat",
        "Ik zet die Bulgaren eigenhandig de deur uit, met een trap na.",
        "non_protected_target",
        "Ik zet die kapotte wasmachine eigenhandig de deur uit, met een trap na.",
    ),
    (
        "derogation",
        "Eritreeërs zijn een kwaadaardig gezwel in onze wijk.",
        "non_protected_target",
        "Die nieuwe flitspalen zijn een kwaadaardig gezwel in onze wijk.",
    ),
    (
        "derogation",
        "Transvrouwen zijn nep en belachelijk.",
        "non_protected_target",
        "Die reclame van de nieuwe telefoon is nep en belachelijk.",
    ),
    (
        "threat",
        "Volgende keer dat ik moslims zie bidden in het park, trap ik ze in elkaar.",
        "non_protected_target",
        "Volgende keer dat die game weer crasht, trap ik mijn console in elkaar 😤",
    ),
    (
        "derogation",
        "Hindoestanen zijn allemaal gierig en achterbaks.",
        "non_protected_target",
        "Die vliegmaatschappijen met hun bagagekosten zijn allemaal gierig en achterbaks.",
    ),
    (
        "dehumanisation",
        "Dat vluchtelingentuig is een plaag, erger dan muizen.",
        "non_protected_target",
        "Die bladluizen zijn dit jaar een plaag, erger dan muizen.",
    ),
    (
        "threat",
        "Alle zwarten moeten eraan, wacht maar af.",
        "non_protected_target",
        "Alle vergaderingen op vrijdagmiddag moeten eraan, wacht maar af.",
    ),
    (
        "derogation",
        "Doven zijn een blok aan het been van de maatschappij.",
        "non_protected_target",
        "Dat belastingplan is een blok aan het been van de maatschappij.",
    ),
    (
        "derogation",
        "Joodse families hebben hier niks te zoeken, ze moeten oprotten.",
        "non_protected_target",
        "Die Ajax-bestuurders hebben hier niks te zoeken, ze moeten oprotten na dit seizoen.",
    ),
    (
        "derogation",
        "Polen zuipen en slopen alles, echt een ramp.",
        "non_protected_target",
        "Die vrijgezellenfeesten op de Wallen zuipen en slopen alles, echt een ramp.",
    ),
    (
        "dehumanisation",
        "Homo's zijn een besmettelijke ziekte, houd je kinderen bij ze weg.",
        "non_protected_target",
        "Die griep op de crèche is een besmettelijke ziekte, houd je kinderen er even weg.",
    ),
    (
        "derogation",
        "walgelijk die turken met hun vlaggen, kotsen",
        "non_protected_target",
        "walgelijk die reclameborden langs de snelweg, kotsen",
    ),
    (
        "derogation",
        "Ik kan moslima's niet uitstaan, wegwezen.",
        "non_protected_target",
        "Ik kan spruitjes niet uitstaan, wegwezen ermee.",
    ),
    (
        "threat",
        "Die Marokkanen gaan we zaterdag een lesje leren, neem je knuppel mee.",
        "non_protected_target",
        "Die jongens van FC Utrecht gaan we zaterdag een lesje leren, neem je voetbalschoenen mee ⚽",
    ),
    (
        "derogation",
        "Vuile Marokkaan, blijf van mijn fiets af.",
        "abuse_individual",
        "Vuile dief, blijf van mijn fiets af.",
    ),
    ("slur", "Hou je kop, stomme Turk.", "abuse_individual", "Hou je kop, stomme betweter."),
    (
        "derogation",
        "Jij bent een luie Surinamer, net als de rest van je volk.",
        "abuse_individual",
        "Jij bent een luie donder, je hebt vandaag helemaal niks gedaan.",
    ),
    (
        "slur",
        "Ga terug naar Polen, dronken polak.",
        "abuse_individual",
        "Ga naar huis, dronken idioot, je hebt genoeg gehad.",
    ),
    (
        "derogation",
        "Jij bent te dom om te rijden, typisch wijf.",
        "abuse_individual",
        "Jij bent te dom om te rijden, je ramde net drie paaltjes.",
    ),
    (
        "slur",
        "Je speelt als een flikker, man.",
        "abuse_individual",
        "Je speelt als een slak, man, je was overal te laat.",
    ),
    (
        "slur",
        "Kutjood, betaal gewoon je rekening.",
        "abuse_individual",
        "Kutvent, betaal gewoon je rekening, je bent al twee maanden te laat.",
    ),
    (
        "slur",
        "Jij met je hoofddoek bent een schande, kopvod.",
        "abuse_individual",
        "Jij met je spam in de groepsapp bent een schande, spamkoning.",
    ),
    (
        "slur",
        "Wat een achterlijke mongool ben jij, met je downsyndroom.",
        "abuse_individual",
        "Wat een achterlijke kluns ben jij, je liet de taart vallen.",
    ),
    (
        "slur",
        "Zwarte aap, jij hoort niet in ons team.",
        "abuse_individual",
        "Valsspelende eikel, jij hoort niet in ons team.",
    ),
    (
        "derogation",
        "Jij bent gewoon een hoer, net als alle vrouwen.",
        "abuse_individual",
        "Jij bent gewoon een leugenaar, je zei dat je zou komen.",
    ),
    ("slur", "Rot op, vuile zigeuner.", "abuse_individual", "Rot op, vuile spammer."),
    (
        "derogation",
        "Je bent een waardeloze transfreak.",
        "abuse_individual",
        "Je bent een waardeloze keeper, drie ballen door je benen.",
    ),
    (
        "slur",
        "Ga lekker terug naar je azc, gelukszoeker.",
        "abuse_individual",
        "Ga lekker terug naar je bank, zeurpiet.",
    ),
    (
        "slur",
        "Met die spleetogen van jou zie je de bal toch niet.",
        "abuse_individual",
        "Met die slaapkop van jou zie je de bal toch niet.",
    ),
    (
        "derogation",
        "Die Syriër van de bakker is een vieze terrorist.",
        "abuse_individual",
        "Die jongen van de bakker is een chagrijnige mopperkont, hij gooide mijn brood gewoon op de toonbank.",
    ),
    (
        "slur",
        "Hé neger, je hebt mijn parkeerplek ingepikt.",
        "abuse_individual",
        "Hé klojo, je hebt mijn parkeerplek ingepikt.",
    ),
    (
        "derogation",
        "Jij gehandicapte sukkel, je hoort hier niet.",
        "abuse_individual",
        "Jij sukkel, je hebt de hele presentatie verpest.",
    ),
]

# -------------------------------------------------------------------- everyday

_EVERYDAY: dict[str, list[str]] = {
    "farewell_plan": [
        "Ik pik je om half acht op bij de Turkse bakker op de hoek, goed?",
        "Tot vanavond bij het iftar-diner van Yusuf, ik neem dadels mee 🌙",
        "Zie je zondag na de kerk bij oma!",
        "Ik sta bij de ingang van de Markthal, kom maar naar de kaaskraam.",
        "doeg, tot donderdag bij de gebarentaalcursus",
        "Ik vind je wel in de menigte, ik heb een regenboogvlag om m'n nek 🏳️‍🌈",
        "Kom je na het Suikerfeest even langs? Dan spreken we verder.",
        "We zien elkaar bij de roti-tent op het Zomercarnaval, daar om drie uur.",
        "Ik ben er over tien minuutjes, wacht bij de klokkenwinkel",
        "Laters! App me als je bij de Poolse supermarkt bent, dan kom ik naar buiten.",
        "Goede reis naar Paramaribo en doe iedereen de groeten!",
        "Tot na de vakantie, geniet van Marokko ☀️",
        "Ik haal je wel op van de rolstoeltaxi, geen stress.",
        "Spreek je morgen, ik moet nu echt rennen",
        "We treffen elkaar bij de synagoge en lopen dan samen naar het Waterlooplein.",
        "slaap lekker en tot zo bij het ontbijt, ik bak pannenkoeken",
    ],
    "chat": [
        "Mijn Turkse buurvrouw heeft weer börek gebracht, moet je ook een stukje?",
        "Wie gaat er vrijdag mee naar de Keti Koti-viering in het park?",
        "Ha, mijn Poolse collega leerde me vandaag 'dzień dobry' zeggen 😂",
        "Mijn broer en zijn man komen met Kerst, gezellig!",
        "Weet iemand waar ik in Utrecht goede injera kan kopen?",
        "Mijn dove neefje heeft me een gebaar geleerd voor 'koekje' haha",
        "ben je al bij die nieuwe Syrische shoarmazaak geweest? moet echt",
        "Onze nieuwe buren komen uit Ghana en ze hebben een schattige baby.",
        "Vanavond vasten we mee met onze moslimvrienden, benieuwd hoe dat gaat.",
        "Mama vroeg of je het recept van die Antilliaanse keshi yena nog hebt.",
        "Heb je die docu over de Molukkers in Nederland gezien? Echt indrukwekkend.",
        "lol de hond van de buren heeft alweer onze krant opgegeten",
        "Ik ga vanavond met mijn collega's naar een Chinees restaurant in Den Haag, iemand tips?",
        "Moet nog een cadeautje voor het Chanoekafeest van Daniëls familie, ideeën?",
        "Mijn zus heeft haar vriendin ten huwelijk gevraagd!!! 💍",
        "hoe laat begint die voorstelling ook alweer?",
    ],
    "support": [
        "Hallo, ik heb halal vlees besteld maar kreeg gewone worst. Kunt u dit oplossen?",
        "Is uw webshop ook toegankelijk voor blinden met een schermlezer? De knoppen hebben geen labels.",
        "Goedemiddag, mijn rolstoel past niet door de poortjes op station Zwolle. Wie kan ik hiervoor bellen?",
        "Ik wil graag mijn voornaam wijzigen in mijn account, mijn oude naam past niet meer bij mij.",
        "Kunt u de ondertiteling van de livestream aanzetten? Ik ben slechthorend.",
        "Mijn pakketje uit Polen staat al een week stil bij de douane.",
        "Hoi, de koosjere maaltijd die ik voor mijn vlucht had besteld was er niet.",
        "Waarom kan ik geen Arabische tekens gebruiken in mijn gebruikersnaam?",
        "Mijn bestelling bij uw toko is compleet, maar de sambal oelek ontbreekt.",
        "Ik krijg steeds een foutmelding bij het betalen met iDEAL.",
        "Is er een gebedsruimte op de luchthaven? Ik kan hem niet vinden in de app.",
        "De automatische vertaling van de app naar het Turks klopt niet helemaal, wilt u daarnaar kijken?",
        "Goedendag, ik wil een klacht indienen over de lange wachttijd aan de telefoon.",
        "Mijn moeder spreekt alleen Papiaments, is er iemand die haar in die taal kan helpen?",
        "De lift bij de ingang is al twee weken kapot en mijn vader zit in een rolstoel.",
        "ik heb twee keer betaald voor hetzelfde kaartje, graag geld terug",
    ],
    "review": [
        "Beste Surinaamse broodjes van Rotterdam, de pom is niet normaal 😍",
        "Het Eritrese restaurant was een ontdekking: injera, linzen en supervriendelijke eigenaar.",
        "De Marokkaanse tajine was heerlijk, alleen de muntthee was wat te zoet.",
        "Poolse supermarkt met een enorme keuze, de pierogi zijn echt aanraders.",
        "Toegankelijk hotel, de kamer voor rolstoelgebruikers was ruim en goed ingericht.",
        "Leuke Pride-boottocht geboekt, de crew was geweldig en de muziek top.",
        "De Indonesische rijsttafel was lekker, maar de saté was een beetje droog.",
        "Vier sterren voor dit Koreaanse tentje, de kimchi is huisgemaakt.",
        "De voorstelling met tolk Nederlandse Gebarentaal was prachtig, voor iedereen te volgen.",
        "Goede kapper, hij wist precies hoe hij met mijn krullen om moest gaan.",
        "De baklava uit die Turkse banketbakkerij is de beste die ik ooit heb gehad.",
        "Dit boek over Joodse families in Amsterdam heeft me diep geraakt.",
        "Het Ghanese eetcafé in Zuidoost heeft de lekkerste jollof rice van de stad.",
        "Mooie tentoonstelling, maar de teksten waren te klein om goed te lezen.",
        "Prima stofzuiger, maar het snoer is te kort.",
        "Wat een vriendelijke bezorger, hij droeg alles zelfs de trap op 👍",
    ],
    "sports_gaming": [
        "Onze Marokkaanse spits schoot ze helemaal aan flarden, hattrick!",
        "Die Surinaams-Nederlandse vleugelspeler maakte gehakt van hun back.",
        "Het Turkse elftal heeft Oranje gisteren gewoon afgemaakt, respect.",
        "We hebben dat Poolse team in de kwartfinale echt afgeslacht, 4-1!",
        "Headshot na headshot, mijn clan heeft ze gesloopt vannacht.",
        "Rolstoelbasketbal zaterdag was bruut, ze ramden elkaar bijna omver 😅",
        "Die Ghanese middenvelder liep hun hele middenveld aan gort.",
        "Onze dove keeper hoort misschien niks, maar hij houdt alles tegen.",
        "Ik heb die eindbaas eindelijk neergeknald, na een uur proberen",
        "Ons vrouwenteam heeft de kampioen gewoon weggevaagd, 5-0!",
        "Ik ga je zo afmaken in FIFA, maak je borst maar nat",
        "Wat een slachtpartij in de laatste ronde, niemand bleef overeind 😂",
        "De paralympische sprinter vloog over de baan, bizar snel.",
        "Die Antilliaanse pitcher gooide ze er allemaal uit, drie strikes achter elkaar.",
        "We werden in de tweede helft compleet overlopen, pijnlijk.",
        "Die snipe over de hele map was echt ziek, gg",
    ],
    "figurative_violent": [
        "De sambal van mijn Indische oma is echt moordend, ik zweet me dood.",
        "Ik heb me doodgelachen om die Marokkaanse stand-upcomedian, echt kapot gegaan 😂",
        "Kun je die vastgelopen app even doodmaken en opnieuw starten?",
        "Die harissa slaat je helemaal knock-out.",
        "We gaan morgen de trouwfoto's schieten bij de Hindoestaanse tempel.",
        "Ik moet die oude branch nog afschieten voordat ik de nieuwe push.",
        "Die Turkse koffie is zo sterk, daar kun je iemand mee vermoorden.",
        "Die deadline hangt als een zwaard boven mijn hoofd.",
        "Ik sterf van de honger, wanneer is het eten klaar?",
        "Mijn oma slacht me als ik niet op tijd ben voor de kerstlunch.",
        "De band heeft het publiek helemaal platgespeeld.",
        "Dat eindexamen heeft me echt gesloopt, ik ben kapot.",
        "Die winterjas is een killer, waar heb je die gekocht?",
        "Ze heeft de jury gewoon weggeblazen met haar optreden.",
        "Schiet maar een berichtje als je er bent.",
        "Die vraag van de interviewer sloeg echt in als een bom.",
    ],
    "identity_positive": [
        "Eid Mubarak aan al mijn collega's die vandaag het Offerfeest vieren 🐑",
        "Zo trots op mijn dochter, ze is de eerste vrouw in onze familie die arts is geworden.",
        "Gelukkig Newroz aan alle Koerdische vrienden! 🔥",
        "Fijne Sint-Nicolaasavond, en ook een fijn Lichtjesfeest aan iedereen die Divali viert.",
        "Mijn autistische broer heeft zijn rijbewijs gehaald, ik ben zo blij voor hem!",
        "Mooi initiatief: Joodse en islamitische kinderen koken samen in het buurthuis.",
        "Gefeliciteerd Sanne en Fatima met jullie bruiloft, wat een prachtig stel 💕",
        "Ik heb zoveel bewondering voor de Oekraïense moeders in onze straat.",
        "Vandaag Koningsdag gevierd met onze Eritrese buren, zij hadden de lekkerste hapjes.",
        "Happy Holi aan iedereen, wat een kleurrijke dag in Den Haag! 🎨",
        "Onze leerlingen met een beperking gaven vandaag de mooiste voorstelling van het jaar.",
        "De Molukse gemeenschap in Culemborg organiseert zaterdag een groot feest met muziek.",
        "Mijn Somalische buurvrouw heeft me geleerd hoe je sambusa maakt, zo lief.",
        "Trots op onze trans collega die vandaag de dragqueenwedstrijd presenteert.",
        "Vrolijk Kerstfeest en een gezegend nieuwjaar aan alle christenen hier!",
        "Mijn Chinese schoonmoeder vierde Chinees Nieuwjaar met ons, wat een feest 🧧",
    ],
    "comments": [
        "Interessant artikel over Turkse Nederlanders, maar ik mis de stem van jongeren.",
        "Ik ben het niet eens met het nieuwe parkeerbeleid, maar de wethouder heeft wel een punt.",
        "Goed dat er aandacht is voor discriminatie op de woningmarkt.",
        "De reportage over Roma in Oost-Europa was eerlijk en menselijk gemaakt.",
        "Dit voorstel om de bibliotheek te sluiten is echt kortzichtig.",
        "Ik vind de kritiek op de islam in dit stuk wel erg ongenuanceerd.",
        "Jammer dat de gemeente de subsidie voor het homojongerencafé schrapt.",
        "De schrijver vergeet dat veel vrouwen in de zorg parttime werken omdat het niet anders kan.",
        "Ik zie dit anders: de NS kan beter investeren in toegankelijkheid dan in nieuwe logo's.",
        "Waarom wordt er in dit artikel geen Syrische vluchteling zelf geïnterviewd?",
        "Prachtig interview met die dove kunstenaar, ik heb veel geleerd.",
        "De cijfers over armoede onder Caribische Nederlanders zijn schrijnend.",
        "Dit kabinet maakt er echt een potje van, vind ik.",
        "Kan iemand uitleggen wat dat nieuwe pensioenstelsel precies betekent?",
        "Eens met de columnist, het onderwijs verdient meer geld.",
        "Genuanceerd stuk over antisemitisme, goed dat het gezegd wordt.",
    ],
}

EVERYDAY_CONTRAST: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY.items() for text in texts
]

# -------------------------------------------------------------------- assembly


def _build() -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    k = 0
    for hate_func, hate, harmless, groups in _FRAMES:
        for group in groups:
            rows.append((hate_func, True, _style(_fill(hate, group), k)))
            rows.extend((func, False, _style(_fill(text, group), k)) for func, text in harmless)
            k += 1
    for hate_func, hate, harmless in _HAND:
        rows.append((hate_func, True, hate))
        rows.extend((func, False, text) for func, text in harmless)
    for hate_func, hate, func, text in _TARGETS:
        rows.append((hate_func, True, hate))
        rows.append((func, False, text))
    return rows


FUNCTIONAL_CONTRAST: list[tuple[str, bool, str]] = _build()
