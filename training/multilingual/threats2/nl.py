# ruff: noqa: E501
"""Dutch (nl): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Verklap nog één keer wie de moordenaar is in mijn boek en ik schrijf jou erin als volgend slachtoffer 😂📚",
    ),
    (
        "violent_hyperbole",
        False,
        "Mijn moeder slaat me dood als ze ziet dat ik haar nieuwe pan heb laten aanbranden.",
    ),
    (
        "violent_hyperbole",
        False,
        "Twee peuters, één zak bloem, hele keuken wit. Ik kan ze wel achter het behang plakken 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "broer ik vermoord je als je nog 1x met mijn account ranked gaat spelen 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Mijn zus heeft alweer mijn lievelingstrui aan. Deze keer schiet ik haar echt naar Mars 🚀😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Wie heeft er om vijf voor vijf nog 'even snel een meeting' ingepland? Ik wil namen. En een schep 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ik wurg je met je eigen oordopjes als je nog één keer zo vals meezingt in de auto 😂🎶",
    ),
    (
        "violent_hyperbole",
        False,
        "Schat, je hebt de vaatwasser wéér verkeerd ingeruimd. Dit wordt nog eens je dood 😘",
    ),
    (
        "violent_hyperbole",
        False,
        "Amai, gij zijt nog ni klaar? Ik vermoord u, we gaan de trein missen 😅",
    ),
    (
        "violent_hyperbole",
        False,
        "mijn dochter van 3 heeft mijn telefoon door de wc gespoeld. ik hou van haar maar vandaag kan ik haar wel villen",
    ),
    (
        "violent_hyperbole",
        False,
        "Die leraar Frans maakt me nog eens dood met zijn onregelmatige werkwoorden.",
    ),
    ("violent_hyperbole", False, "Je stem in die voicememo 😂 ik stik, echt"),
    (
        "violent_hyperbole",
        False,
        "Als je mijn plantjes weer vergeet water te geven terwijl ik op vakantie ben, begraaf ik je tussen de tomaten 🍅😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Opa roept al veertig jaar dat hij de kat van de buren afschiet als die weer in zijn moestuin komt. Inmiddels is het de derde generatie kat en heeft hij ze allemaal zelf gevoerd 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Als die wekker nog één keer afgaat, sla ik hem aan gruzelementen.",
    ),
    (
        "violent_hyperbole",
        False,
        "Je hebt mijn laatste Tony's opgegeten?? Jij bent er geweest 😂🍫",
    ),
    (
        "violent_hyperbole",
        False,
        "Als die klant nog één keer 'een kleine aanpassing' mailt, trek ik mijn haren eruit. En daarna de zijne 😂",
    ),
    ("violent_hyperbole", False, "die meme 💀 ik lig in mijn graf"),
    (
        "violent_hyperbole",
        False,
        "Mam: 'Als je nog één keer met modder aan je schoenen binnenkomt, hang ik je aan de kapstok te drogen.'",
    ),
    (
        "violent_hyperbole",
        False,
        "Mijn vriend heeft de finale van Heel Holland Bakt zonder mij gekeken. Ik ben nu officieel op zoek naar een schep en een alibi 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ik wurg die duif nog een keer, zit elke ochtend om vijf uur op mijn vensterbank te koeren.",
    ),
    (
        "violent_hyperbole",
        False,
        "Mijn broertje heeft mijn savefile overschreven. Hij leeft nog, maar niet lang meer 😤😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Bel me nog één keer om zes uur op zaterdag en je bent je beste vriendin kwijt 😂 ik sliep!!",
    ),
    (
        "violent_hyperbole",
        False,
        "Ik sla je met een natte krant als je weer zegt dat ananas niet op pizza hoort 🍍😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Pa in de familie-app: 'Wie heeft mijn boormachine geleend en niet teruggebracht? Ik vind je, en dan zwaait er wat.' 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Die collega die elke ochtend zijn vis opwarmt in de magnetron... ik zeg niks, maar ik sluit hem ooit op in de koelcel 😂🐟",
    ),
    ("violent_hyperbole", False, "Ge zijt echt nen ambetanterik, ik zou u soms kunnen kelen 😂"),
    (
        "violent_hyperbole",
        False,
        "Ik vermoord je. Wie zegt er nou ja tegen een blind date op Valentijnsdag zonder het eerst aan mij te vertellen 😂❤️",
    ),
    (
        "violent_hyperbole",
        False,
        "Ik ga die kat van mij nog eens vermoorden, alweer een muis op mijn kussen 🐭😩",
    ),
    (
        "violent_hyperbole",
        False,
        "Mijn puber heeft mijn auto leeggereden en niet getankt. Als hij thuiskomt, is hij zijn leven niet zeker 😂⛽",
    ),
    # games_sports
    ("games_sports", False, "Vanavond gaan we die lui van Oranje-Wit helemaal oprollen 💪"),
    (
        "games_sports",
        False,
        "Hoe hij die penalty in de kruising joeg, de keeper stond er gewoon naar te kijken.",
    ),
    (
        "games_sports",
        False,
        "Ik maak gehakt van je bij het dammen, opa, neem je pillen alvast in 😂",
    ),
    ("games_sports", False, "headshot met de pistol vanaf de overkant van de map, zag je dat?? 🎯"),
    ("games_sports", False, "Wie deed die teamkill? Ik stond gewoon achter je, Tim."),
    ("games_sports", False, "Ze hebben Ajax gisteren een pak slaag gegeven, 4-0 in De Kuip."),
    (
        "games_sports",
        False,
        "Van Gerwen heeft zijn tegenstander bij het darten gewoon afgedroogd, 7-1 in sets.",
    ),
    (
        "games_sports",
        False,
        "Jij houdt de brug onder vuur, ik flank ze via de rivier. Niemand laten ontsnappen.",
    ),
    (
        "games_sports",
        False,
        "Ganon in één keer neergehaald zonder ook maar één hartje te verliezen 😎",
    ),
    ("games_sports", False, "Morgen padel tegen Joost en Kim. We gaan ze vermorzelen 🎾"),
    (
        "games_sports",
        False,
        "Van Aert heeft ze op de Muur van Geraardsbergen allemaal kapotgereden, wa ne renner!",
    ),
    (
        "games_sports",
        False,
        "Die tackle ging er met gestrekt been in, hij had zijn enkel wel kunnen breken. Rood, terecht.",
    ),
    (
        "games_sports",
        False,
        "Als laatste overlevende iedereen neergeknald, mijn eerste Victory Royale ooit! 🏆",
    ),
    ("games_sports", False, "wedje om een biertje bij het pingpongen? ik veeg de vloer met je aan"),
    ("games_sports", False, "Onze volleybaldames hebben ze in drie sets van het veld geblazen."),
    (
        "games_sports",
        False,
        "Sniper in de kerktoren! Iemand moet hem uitschakelen voordat hij ons allemaal afknalt.",
    ),
    (
        "games_sports",
        False,
        "Kickboksen vanavond, sparren met Ricardo. Morgen zie ik vast blauw 🥊",
    ),
    ("games_sports", False, "We hebben ze gesloopt op de counter, drie goals in tien minuten."),
    ("games_sports", False, "Zondag tegen Anderlecht gaan we ze kapotspelen, ge gaat zien! 💙🖤"),
    (
        "games_sports",
        False,
        "Wie gaat er mee lasergamen zaterdag? Ik schiet jullie allemaal aan flarden 😂🔫",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Mijn ex heeft een voicemail ingesproken dat hij me 'een lesje gaat leren'. Moet ik daarmee naar de politie of overdrijf ik?",
    ),
    (
        "threat_reported",
        False,
        "Een verslaggever van onze krant krijgt doodsbedreigingen na haar artikel over een drugslab, meldt de hoofdredactie.",
    ),
    (
        "threat_reported",
        False,
        "In de tram zei een man vanmiddag tegen me dat hij me bij de halte zou opwachten. Een medereiziger is met me mee gelopen tot aan mijn voordeur. Lieve mensen bestaan nog.",
    ),
    (
        "threat_reported",
        False,
        "Iemand schreef in Roblox tegen mijn zoon van 11: 'ik vind je adres en dan ben je dood'. Hij durft niet meer te gamen. Hoe pakken we dit aan?",
    ),
    (
        "threat_reported",
        False,
        "De burgemeester is opnieuw bedreigd, dit keer met een brief waar een kogel in zat. De politie onderzoekt de zaak.",
    ),
    (
        "threat_reported",
        False,
        "Buurman schreeuwde over de schutting: 'nog één keer en ik sla je hersens in'. Ik heb het gefilmd. Is dat genoeg voor een aangifte?",
    ),
    (
        "threat_reported",
        False,
        "Mijn zus krijgt berichten van een gast die zegt dat hij haar gaat 'afmaken' als ze niet bij hem terugkomt. Waar moet ze naartoe in Gent, politie of CAW?",
    ),
    (
        "threat_reported",
        False,
        "Twee jaar cel geëist tegen een man die zijn ex-vriendin via honderden berichten met de dood bedreigde.",
    ),
    (
        "threat_reported",
        False,
        "Iemand heeft onder mijn TikTok gezet dat hij me komt steken omdat ik fan ben van PSV. Lachen of melden?",
    ),
    (
        "threat_reported",
        False,
        "Als buschauffeur word ik bijna elke week bedreigd. Gisteren zei een jongen dat hij me 'morgen wel even komt halen'. Werkgever zegt dat het erbij hoort. Echt?",
    ),
    (
        "threat_reported",
        False,
        "Een collega vertelde me dat haar man dreigt haar iets aan te doen als ze nog één keer met vriendinnen uitgaat. Ik wil haar helpen, maar hoe?",
    ),
    (
        "threat_reported",
        False,
        "Mijn schoonvader zei op een verjaardag dat hij 'die nieuwe vriend van Eva wel even een kopje kleiner maakt'. Iedereen lachte, maar Eva is doodsbang. Moet ik dat serieus nemen?",
    ),
    (
        "threat_reported",
        False,
        "Gisteravond stond er een onbekende man aan de deur: 'zeg tegen je man dat hij betaalt, anders...'. Ik heb meteen de wijkagent gebeld.",
    ),
    (
        "threat_reported",
        False,
        "Apotheek in Tilburg tijdelijk dicht nadat een klant dreigde de assistente neer te steken.",
    ),
    (
        "threat_reported",
        False,
        "Een vriend van me streamt en kreeg gisteren in de chat: 'ik weet in welk dorp je woont'. Hij heeft de stream meteen gestopt. Wat raden jullie hem aan?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "In 'De aanslag' van Mulisch wordt een foute politieman doodgeschoten, waarna de Duitsers wraak nemen op een onschuldig gezin.",
    ),
    (
        "violence_discussed",
        False,
        "Op de EHBO-cursus leerden we hoe je een slagaderlijke bloeding afbindt met een tourniquet.",
    ),
    (
        "violence_discussed",
        False,
        "Bij de zelfverdedigingsles voor vrouwen oefenden we vandaag een elleboogstoot richting de kaak.",
    ),
    (
        "violence_discussed",
        False,
        "Huiselijk geweld begint vaak met controle en isolatie; het fysieke geweld komt meestal pas later.",
    ),
    (
        "violence_discussed",
        False,
        "Bij de slag bij Waterloo vielen op één dag tienduizenden doden en gewonden.",
    ),
    (
        "violence_discussed",
        False,
        "In The Godfather laat Michael Corleone tijdens de doop van zijn neefje al zijn rivalen vermoorden.",
    ),
    (
        "violence_discussed",
        False,
        "Een gebroken neus na een vuistslag moet je binnen één à twee weken laten zetten, anders groeit hij scheef aan.",
    ),
    (
        "violence_discussed",
        False,
        "True crime-aanrader: de podcastreeks over de Bende van Nijvel, kippenvel van begin tot eind.",
    ),
    (
        "violence_discussed",
        False,
        "Hoe dood je een kreeft het minst pijnlijk? Ik wil hem niet zomaar levend in de pan gooien.",
    ),
    (
        "violence_discussed",
        False,
        "De onthoofding van Johannes de Doper was een geliefd thema bij barokschilders, Caravaggio schilderde het zelfs levensgroot.",
    ),
    (
        "violence_discussed",
        False,
        "Ik lees net over de Bartholomeusnacht: duizenden hugenoten werden in één nacht afgeslacht.",
    ),
    (
        "violence_discussed",
        False,
        "Waarom ligt er bij elke Scandinavische misdaadroman al op bladzijde één een lijk?",
    ),
    (
        "violence_discussed",
        False,
        "De rechtbank legde de man acht jaar cel op voor poging tot doodslag op zijn zwager.",
    ),
    (
        "violence_discussed",
        False,
        "In de aflevering van gisteren werd de wethouder doodgestoken aangetroffen in zijn eigen kantoor. Spannend!",
    ),
    (
        "violence_discussed",
        False,
        "Onze docent strafrecht legde uit wat het verschil is tussen moord en doodslag: bij moord is er voorbedachten rade.",
    ),
    # everyday_idiom
    (
        "everyday_idiom",
        False,
        "We slaan twee vliegen in één klap: boodschappen doen en meteen even langs oma.",
    ),
    (
        "everyday_idiom",
        False,
        "Ik zit op Schiphol de tijd te doden met een boek en een veel te dure koffie.",
    ),
    ("everyday_idiom", False, "De kogel is door de kerk: we verhuizen naar Utrecht!"),
    (
        "everyday_idiom",
        False,
        "Die opmerking van de voorzitter was de doodsteek voor het hele plan.",
    ),
    (
        "everyday_idiom",
        False,
        "Het is vandaag stervensdruk in de winkel, ik heb nog niet eens kunnen plassen.",
    ),
    ("everyday_idiom", False, "De minister lag de hele dag onder vuur in de Kamer."),
    ("everyday_idiom", False, "Schot in de roos met dat cadeau, ze was er helemaal blij mee!"),
    ("everyday_idiom", False, "Hij ging over lijken om die promotie binnen te halen."),
    ("everyday_idiom", False, "Kom, laten we de strijdbijl begraven en samen een biertje drinken."),
    ("everyday_idiom", False, "De gemeente hakt met de botte bijl in het cultuurbudget."),
    (
        "everyday_idiom",
        False,
        "Mijn collega heeft me een mes in de rug gestoken door mijn idee als het zijne te presenteren.",
    ),
    (
        "everyday_idiom",
        False,
        "De recensent heeft die nieuwe musical volledig de grond in geboord.",
    ),
    (
        "everyday_idiom",
        False,
        "Ge moogt u ni doodwerken voor die baas, hé, ge krijgt er niks voor terug.",
    ),
    ("everyday_idiom", False, "Die rekening van de garage was een flinke aderlating."),
    ("everyday_idiom", False, "Het nieuws van de overname sloeg op kantoor in als een bom."),
    (
        "everyday_idiom",
        False,
        "Met dat mailtje aan de hele afdeling heb je jezelf flink in de voet geschoten.",
    ),
    (
        "everyday_idiom",
        False,
        "Ik heb de knoop doorgehakt: ik stop met mijn studie en ga de koksopleiding doen.",
    ),
    ("everyday_idiom", False, "Onze oude printer is op sterven na dood."),
    (
        "everyday_idiom",
        False,
        "Ik schaam me dood, ik heb de hele vergadering met mijn gulp open gezeten.",
    ),
    ("everyday_idiom", False, "Tegen die bureaucratie opboksen is echt vechten tegen de bierkaai."),
    # threat_individual
    (
        "threat_individual",
        True,
        "Nog één keer klagen bij de woningbouw over mijn hond en ik timmer je kop in, buurvrouw of niet.",
    ),
    (
        "threat_individual",
        True,
        "Je denkt dat je veilig bent bij je nieuwe vriend in Almere? Ik heb het adres al. Ik kom jullie allebei afmaken.",
    ),
    (
        "threat_individual",
        True,
        "@gamerjoost die kerktoren achter je raam op stream herken ik. ik rij er zaterdag heen, trek je uit je stoel en sla je kop kapot",
    ),
    (
        "threat_individual",
        True,
        "Scheids, ge hebt ons de match gekost. Ik weet met welke auto ge gekomen zijt. Ge gaat bloeden vanavond.",
    ),
    (
        "threat_individual",
        True,
        "Meneer Jansen, nog één stuk over mijn bedrijf en u krijgt een kogel in uw knie. Uw redactie zit aan de Keizersgracht, toch?",
    ),
    (
        "threat_individual",
        True,
        "Ik zweer het, Ruud, als je me nog één keer voor schut zet in het teamoverleg, ram ik je kop door dat whiteboard.",
    ),
    (
        "threat_individual",
        True,
        "Trek die verklaring voor maandag in. Anders komt je zoon niet meer thuis van voetbaltraining.",
    ),
    (
        "threat_individual",
        True,
        "Leuk, die gele regenjas van je dochtertje. Zag haar vanmiddag bij het hek van de Regenboogschool staan. Zo klein nog.",
    ),
    (
        "threat_individual",
        True,
        "Die steigers bij jouw klus zijn best wankel, hè. Zou vervelend zijn als jij er een keer af valt. Ongelukjes gebeuren nu eenmaal.",
    ),
    (
        "threat_individual",
        True,
        "ik steek je neer als je morgen weer op mijn plek staat op de markt",
    ),
    (
        "threat_individual",
        True,
        "Ik ga u afmaken, gij vuile smeerlap, wacht maar tot ik u tegenkom in 't café.",
    ),
    ("threat_individual", True, "Je bent dood, Jesse. En dat bedoel ik niet figuurlijk."),
    (
        "threat_individual",
        True,
        "hou je bek of ik sleur je door je eigen voordeur naar buiten en trap je kapot",
    ),
    (
        "threat_individual",
        True,
        "Nog één video over mij en ik kom je studio binnen met een honkbalknuppel. Kunnen we samen filmen hoe je huilt 🎥🩸",
    ),
    (
        "threat_individual",
        True,
        "Meneer Yilmaz, als ik volgende week uit dit huis gezet word, gaat u met mij mee. In een kist.",
    ),
    (
        "threat_individual",
        True,
        "Juf, als mijn zoon blijft zitten, zorg ik ervoor dat u zelf nooit meer normaal kunt lopen.",
    ),
    (
        "threat_individual",
        True,
        "rij nog één keer zo dicht op mijn bumper en ik sleur je uit je auto en trap je halfdood op de vluchtstrook",
    ),
    ("threat_individual", True, "👀🔪 tot vanavond, Nadia"),
    (
        "threat_individual",
        True,
        "Als ik ontslagen word, neem ik het geweer van mijn vader mee naar kantoor. En ik begin bij jou, Erik.",
    ),
    (
        "threat_individual",
        True,
        "Je slaapkamerraam staat 's nachts altijd op een kier, buurman. Zou ik maar dichtdoen. Of niet, dan zie ik je vannacht 😉",
    ),
    (
        "threat_individual",
        True,
        "Zag je vanavond bij de Albert Heijn. Je nieuwe kapsel staat je goed. Jammer dat je er niet lang meer van kunt genieten.",
    ),
    (
        "threat_individual",
        True,
        "Mevrouw Visser, ik raad u aan de zaak te laten rusten. Mensen die te veel vragen stellen, worden vaak niet oud.",
    ),
    (
        "threat_individual",
        True,
        "Als je me nu blokkeert, kom ik je zoeken. Ik weet bij welke sportschool je traint en dan snij ik dat mooie gezichtje van je kapot.",
    ),
    (
        "threat_individual",
        True,
        "Denk je dat je anoniem bent achter die nickname? Mark uit Zwolle, Vechtstraat. Zaterdag trap ik je deur in en dan ben je echt dood, geen respawn.",
    ),
    (
        "threat_individual",
        True,
        "Ik ken uw adres, ik ken uw lief en ik weet wanneer ge alleen thuis zijt. Slaap maar ne keer goed, 't is de laatste keer.",
    ),
    (
        "threat_individual",
        True,
        "Sta je morgen in de getuigenbank, dan sta je overmorgen tussen de overlijdensberichten.",
    ),
    ("threat_individual", True, "Jij gaat eraan. Vandaag nog."),
    (
        "threat_individual",
        True,
        "Nog één keer zo'n toon tegen mijn moeder en ik breek je kaak, neef.",
    ),
    (
        "threat_individual",
        True,
        "vrijdag na het laatste uur ben je geweest, ik neem een mes mee en niemand gaat je helpen",
    ),
    (
        "threat_individual",
        True,
        "Ik heb de remleidingen van je auto al eens bekeken, Dennis. Eén telefoontje naar de politie en je rijdt je laatste rit.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Die fietsendief uit het filmpje woont in Kanaleneiland, naam staat eronder. Jongens, breek zijn handen, dan jat hij nooit meer.",
    ),
    (
        "incitement_individual",
        True,
        "Wie rijdt er vanavond mee naar Vlaardingen? Die vent die onze Joey heeft geslagen moet ook eens voelen hoe een knuppel aanvoelt.",
    ),
    (
        "incitement_individual",
        True,
        "Die TikTokker die onze wijk belachelijk maakte komt elke dag om zes uur uit de sportschool aan de Markt. Wie pakt hem en slaat hem verrot?",
    ),
    (
        "incitement_individual",
        True,
        "Mannen, die gast die mijn zus heeft geslagen zit elke vrijdag in café De Kroon. Pakt hem en slaat hem plat, ik betaal de pinten.",
    ),
    (
        "incitement_individual",
        True,
        "Foto van die journaliste staat hieronder. Als je haar op het station ziet: duw haar voor de trein.",
    ),
    (
        "incitement_individual",
        True,
        "Petitie? Nee man, gewoon met z'n allen naar het huis van die wethouder, hem eruit sleuren en aan een lantaarnpaal hangen.",
    ),
    (
        "incitement_individual",
        True,
        "Heeft iemand een neef met een busje en een paar sterke armen? Mijn huisbaas moet een lesje krijgen waar hij een maand ziekenhuis van overhoudt.",
    ),
    (
        "incitement_individual",
        True,
        "Iedereen die morgen op het veld staat: die nummer 9 van hun moet er op een brancard af. Schoppen tot hij niet meer opstaat, maakt me niet uit hoe.",
    ),
    (
        "incitement_individual",
        True,
        "die nieuwe van 2B denkt dat hij stoer is. morgen in de fietsenkelder, allemaal, en niemand stopt met slaan voor hij bloedt",
    ),
    (
        "incitement_individual",
        True,
        "Zet z'n adres in alle groepen en zorg dat er vannacht iemand met een mes voor z'n deur staat.",
    ),
]
