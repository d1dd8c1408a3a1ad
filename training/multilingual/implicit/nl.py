"""Dutch (nl): a fifth training part: implicit hate without slurs or insult words (stereotypes,
sarcasm, conspiracy framing, dog whistles, dehumanising metaphors, veiled threats), hard
negatives in the same registers, and everyday lines."""

# ruff: noqa: E501

from __future__ import annotations

FUNCTIONAL_TRAIN5: list[tuple[str, bool, str]] = [
    # --- derogation (hateful) ---
    (
        "derogation",
        True,
        "Vrouwen als manager, prima hoor, maar als het echt spannend wordt wil je toch een vent aan het roer.",
    ),
    (
        "derogation",
        True,
        "Mag ik iets vragen? Hoe kan het dat bij elke grote bank en elk mediabedrijf weer dezelfde Joodse namen bovenaan staan? Puur toeval zeker.",
    ),
    (
        "derogation",
        True,
        "Marokkanen en een vaste baan, dat is net zoiets als een Nederlandse zomer zonder regen.",
    ),
    (
        "derogation",
        True,
        "De Syrische buren zijn heel aardig hoor. Ze kunnen er ook niks aan doen dat het in hun bloed zit om meteen te gaan schreeuwen.",
    ),
    (
        "derogation",
        True,
        "Vanochtend anderhalf uur bij de gemeente gezeten voor een paspoort. Voor me vijf gezinnen, niemand sprak Nederlands, allemaal met een tolk. Toen wist ik wel waar ons belastinggeld heen gaat. Die statushouders komen niet om te werken, die komen voor de uitkering en het gratis huis.",
    ),
    (
        "derogation",
        True,
        "Homo's zijn top als kapper of stylist, maar kinderen opvoeden laat je toch liever aan normale gezinnen over.",
    ),
    (
        "derogation",
        True,
        "Zestig jaar ontwikkelingshulp en Afrika is nog steeds één grote puinhoop. Misschien ligt het toch niet aan het geld, zeg ik maar.",
    ),
    (
        "derogation",
        True,
        "Ga je met de auto naar Roemenië? Neem maar de oude, de nieuwe zie je toch niet terug 😉",
    ),
    (
        "derogation",
        True,
        "Een transvrouw blijft gewoon een man in een jurk, daar verandert geen enkele wet iets aan.",
    ),
    (
        "derogation",
        True,
        "Weer een steekpartij bij het azc in Ter Apel. Zal wel aan de regen liggen en niet aan wat die Afghanen uit hun eigen land meenemen.",
    ),
    (
        "derogation",
        True,
        "Mijn collega is moslim en op zich een prima kerel. Maar als het er echt op aankomt, weet je nooit aan welke kant hij staat.",
    ),
    (
        "derogation",
        True,
        "Chinezen en hygiëne, daar hebben we sinds 2020 wel genoeg over geleerd toch 🦇",
    ),
    (
        "derogation",
        True,
        "Grappig hoe de Joden na elke crisis als winnaar uit de bus komen. Oorlog, corona, inflatie: altijd dezelfde club die er beter van wordt.",
    ),
    (
        "derogation",
        True,
        "Soros betaalt de hele linkse kerk én de bootjes op de Middellandse Zee, dat weet iedereen die een beetje zelf onderzoek doet.",
    ),
    (
        "derogation",
        True,
        "Omvolking is geen complottheorie. Kijk gewoon naar de namen in een willekeurige kleuterklas in Amsterdam-West.",
    ),
    (
        "derogation",
        True,
        "Gehandicapte kinderen kosten de samenleving een vermogen en er komt nooit iets voor terug. Dat mag je toch wel hardop zeggen?",
    ),
    (
        "derogation",
        True,
        "Marokkaanse Nederlanders zijn oververtegenwoordigd in de criminaliteitscijfers. Meer hoef je over die groep eigenlijk niet te weten.",
    ),
    (
        "derogation",
        True,
        "Waarom hebben lesbiennes eigenlijk altijd van dat korte haar en zo'n chagrijnig hoofd? Vraag voor een vriend.",
    ),
    (
        "derogation",
        True,
        "In Rotterdam-Zuid weet iedereen het: waar Kaapverdianen wonen, wordt gedeald. Dat is geen racisme, dat is gewoon wat je ziet.",
    ),
    (
        "derogation",
        True,
        "Zodra er Roma in het dorp staan, verdwijnen de fietsen. Dat is ervaring, geen vooroordeel.",
    ),
    (
        "derogation",
        True,
        "Hoe weet je dat er Bulgaren in je straat wonen? Het koper van de dakgoot is weg.",
    ),
    (
        "derogation",
        True,
        "Arabische mannen zien hun vrouw als bezit, dat is gewoon hun cultuur en daar verandert geen inburgeringscursus iets aan.",
    ),
    (
        "derogation",
        True,
        "Onze zoon krijgt dit jaar les van een Ghanese meester. Vast een aardige man, maar of hij echt breuken kan uitleggen? Ik heb zo mijn twijfels.",
    ),
    (
        "derogation",
        True,
        "Somaliërs kennen twee oplossingen voor alles: geweld of een uitkering. Een tussenweg hebben ze nooit geleerd.",
    ),
    (
        "derogation",
        True,
        "Turken stemmen hier op Erdoğan en maken ondertussen wel gebruik van onze zorg. Hun loyaliteit ligt altijd in Ankara.",
    ),
    (
        "derogation",
        True,
        "Autisten in een normaal team? Succes, die verpesten elke vergadering en hebben het zelf niet eens door.",
    ),
    (
        "derogation",
        True,
        "Ik heb niks tegen zwarte mensen, maar als mijn dochter met een zwarte vriend thuiskomt, hebben we wel een probleem.",
    ),
    (
        "derogation",
        True,
        "Surinamers hebben er zelfs een woord voor, 'Surinaamse tijd'. Dan moet je ook niet gaan huilen dat geen baas je wil aannemen.",
    ),
    (
        "derogation",
        True,
        "Gisteren met de kinderen naar het Vondelpark, heerlijk weer, ijsje gehaald, alles top. Tot er een familie van vijftien man kwam, alle vrouwen met een hoofddoek, die het halve grasveld innam. Over twintig jaar is dit land gewoon van hen, let maar op.",
    ),
    (
        "derogation",
        True,
        "Eerlijke vraag: is het racisme als je ziet hoeveel Antillianen er in de gevangenis zitten, of is het gewoon wiskunde?",
    ),
    (
        "derogation",
        True,
        "Vrouwen kunnen nou eenmaal geen kaart lezen, dat is biologie. Daarom rijdt de man.",
    ),
    (
        "derogation",
        True,
        "Oekraïners krijgen hier binnen een week een huis terwijl wij tien jaar op de wachtlijst staan. En dan nog klagen dat het eten niet te vreten is ook.",
    ),
    (
        "derogation",
        True,
        "Biseksuelen zijn gewoon gulzig. Die kunnen niet kiezen en gaan uiteindelijk altijd vreemd.",
    ),
    (
        "derogation",
        True,
        "Een Eritreeër met echte papieren? Bestaat niet, die zijn allemaal 'toevallig' in zee kwijtgeraakt.",
    ),
    (
        "derogation",
        True,
        "Hindoestanen zijn poeslief zolang je geld bij ze uitgeeft. Daarna kennen ze je niet meer.",
    ),
    (
        "derogation",
        True,
        "Bijzonder hoe snel de Holocaustkaart getrokken wordt zodra iemand kritiek heeft op Israël. Werkt al tachtig jaar perfect.",
    ),
    (
        "derogation",
        True,
        "Dat zijn geen vluchtelingen, dat zijn gelukszoekers met de nieuwste iPhone. Oorlog ontvluchten ziet er anders uit.",
    ),
    (
        "derogation",
        True,
        "Weer een 'incident' in het zwembad. Onze cultuurverrijkers doen het weer fantastisch, zeg.",
    ),
    (
        "derogation",
        True,
        "Nederland is vol. En je weet precies wie het vol gemaakt heeft, met zeven kinderen per gezin.",
    ),
    (
        "derogation",
        True,
        "Vrouwen mogen best stemmen, maar misschien eerst even overleggen met hun man. Dan kregen we ook een verstandiger kabinet.",
    ),
    (
        "derogation",
        True,
        "Ik heb geen probleem met homo's, zolang ze het maar niet zo nadrukkelijk doen. Dat gezoen op de Pride-boten hoeft echt niet waar kinderen bij staan.",
    ),
    (
        "derogation",
        True,
        "Met de NIPT hoeft niemand meer een kind met Down te krijgen. Doe je het toch, verwacht dan niet dat wij allemaal meebetalen.",
    ),
    (
        "derogation",
        True,
        "Molukkers kapen een trein als ze hun zin niet krijgen, dat zit er bij hen gewoon in.",
    ),
    (
        "derogation",
        True,
        "Zwarte mensen zijn super in sport en muziek. Maar als het op nadenken aankomt, tja, dan wordt het lastig.",
    ),
    (
        "derogation",
        True,
        "Aziatische vrouwen zijn zo lief en gehoorzaam, daar kunnen Nederlandse vrouwen nog wat van leren.",
    ),
    (
        "derogation",
        True,
        "Vorige week de nieuwe keuken laten plaatsen, mooi werk, precies op tijd. Alleen was de stukadoor een Turk, dus ik zei meteen: betalen doe ik pas als alles af is. Je kent ze toch.",
    ),
    (
        "derogation",
        True,
        "Mijn dochter gaat na de zomer naar groep 5, nieuwe juf, nieuwe tas, ze heeft er zin in. Jammer alleen dat er in haar klas nog maar drie kinderen met Nederlandse ouders zitten. Die allochtone kinderen willen gewoon niet leren, dat krijgen ze thuis al mee.",
    ),
    (
        "derogation",
        True,
        "Eindelijk vakantie! Twee weken Bulgarije, zon, zee, goedkoop eten. Alleen stonden er bij elk terras Roma-kinderen te bedelen. Dan hou je je portemonnee wel stevig vast, je weet hoe dat volk is.",
    ),
    (
        "derogation",
        True,
        "Transgenders willen gewoon aandacht. Het is geen identiteit maar een stoornis, en die moet je behandelen in plaats van vieren.",
    ),
    (
        "derogation",
        True,
        "Als een moslim zegt dat de islam vrede is, dan is dat taqiyya. Ongelovigen voorliegen mag bij hen gewoon.",
    ),
    (
        "derogation",
        True,
        "Chinezen kopiëren alles, van je patent tot je bami-recept. Zelf iets bedenken hebben ze nog nooit gedaan.",
    ),
    (
        "derogation",
        True,
        "Eerst een moskee, dan een halal slager, dan een eigen school, en over tien jaar is de hele wijk een sharia-zone. Zo gaat het met moslims altijd.",
    ),
    (
        "derogation",
        True,
        "Doven krijgen alles: een tolk, een uitkering, een invalidenparkeerplek. En dan ook nog medelijden.",
    ),
    (
        "derogation",
        True,
        "Koerden vieren elk feestje met vuurwerk en ruzie, werken zie je ze zelden.",
    ),
    (
        "derogation",
        True,
        "Polen in het Westland wonen met twaalf man in één huis en drinken elke avond tot ze omvallen. Dat is daar gewoon cultuur.",
    ),
    # --- dehumanisation (hateful) ---
    (
        "dehumanisation",
        True,
        "Die asielzoekers komen als sprinkhanen: alles kaalvreten en dan door naar de volgende gemeente.",
    ),
    (
        "dehumanisation",
        True,
        "Het is net schimmel achter het behang: als je de moslims er niet op tijd uithaalt, rot het hele huis weg.",
    ),
    (
        "dehumanisation",
        True,
        "Elke straat waar Roma komen wonen is binnen twee jaar een vuilnisbelt. Ze slepen de troep mee zoals ratten.",
    ),
    (
        "dehumanisation",
        True,
        "De dijk houdt het niet meer. Er staat een vloedgolf uit Afrika klaar die heel Europa onder water zet.",
    ),
    (
        "dehumanisation",
        True,
        "Homoseksualiteit verspreidt zich via scholen en Netflix als een besmettelijke ziekte. Kinderen moet je daartegen beschermen zoals tegen mazelen.",
    ),
    (
        "dehumanisation",
        True,
        "De Joden zitten aan elk volk vast als een bloedzuiger, tot er niks meer over is.",
    ),
    (
        "dehumanisation",
        True,
        "Net als met kakkerlakken: zie je één Marokkaan in de portiek, dan zitten er honderd in de muren.",
    ),
    (
        "dehumanisation",
        True,
        "Onze binnenstad is niet multicultureel meer, hij is aangetast. Overal Afrikanen, als onkruid tussen de stoeptegels.",
    ),
    ("dehumanisation", True, "Syriërs fokken als konijnen en wij betalen het voer."),
    (
        "dehumanisation",
        True,
        "Roemenen zijn net teken: vastbijten en de sociale zekerheid leegzuigen.",
    ),
    (
        "dehumanisation",
        True,
        "Zwaar gehandicapten zijn eigenlijk meer meubels die verzorgd moeten worden. Met mensen in de echte zin heeft dat weinig te maken.",
    ),
    (
        "dehumanisation",
        True,
        "Trans-zijn gaat op middelbare scholen rond als een virus: één begint ermee en na een jaar is de halve klas besmet.",
    ),
    (
        "dehumanisation",
        True,
        "Europa is een lichaam, en die migranten zijn het gezwel dat erin woekert.",
    ),
    (
        "dehumanisation",
        True,
        "Als je door de Schilderswijk loopt en al die Turken ziet, waan je je in Artis, alleen dan zonder hekken.",
    ),
    (
        "dehumanisation",
        True,
        "De Bulgaren in het pand naast ons hokken als beesten, twintig man in drie kamers, en de stank trekt door het hele trappenhuis.",
    ),
    (
        "dehumanisation",
        True,
        "Dit is geen immigratie meer, dit is een zwerm uit het Midden-Oosten die over ons heen valt.",
    ),
    (
        "dehumanisation",
        True,
        "Vrouwen zijn net honden: een strakke hand en duidelijke regels, dan luisteren ze prima.",
    ),
    (
        "dehumanisation",
        True,
        "Chinezen zijn een mierenvolk zonder eigen ziel, ze functioneren alleen als zwerm.",
    ),
    (
        "dehumanisation",
        True,
        "Homo's en lesbiennes zijn een doodlopende tak van de evolutie, zieke scheuten aan een boom die elke tuinman wegsnoeit.",
    ),
    (
        "dehumanisation",
        True,
        "Via de Balkanroute spoelt de volgende golf gelukszoekers binnen, en deze keer is de dijk al doorgebroken.",
    ),
    (
        "dehumanisation",
        True,
        "Sinti zijn als zwerfkatten: geef ze één keer eten en je komt er nooit meer vanaf.",
    ),
    (
        "dehumanisation",
        True,
        "Noord-Afrikaanse jongens 's nachts op het Stationsplein, dat is een roedel wolven op zoek naar een prooi.",
    ),
    (
        "dehumanisation",
        True,
        "In het azc hebben de Eritreeërs alles gesloopt. Net vee dat je in een woonkamer opsluit.",
    ),
    (
        "dehumanisation",
        True,
        "Autisten zijn robots in een mensenlijf, gevoel moet je daar niet van verwachten.",
    ),
    (
        "dehumanisation",
        True,
        "De Joden hebben de wereld als een octopus in hun greep, in elk land een tentakel, in elke regering een zuignap.",
    ),
    (
        "dehumanisation",
        True,
        "De Polen bij het uitzendbureau staan 's ochtends klaar als vee op de markt, en zo moet je ze ook behandelen.",
    ),
    (
        "dehumanisation",
        True,
        "Die azc's zijn broedplaatsen: de asielzoekers vermenigvuldigen zich daar als schimmel in een vochtige kelder.",
    ),
    (
        "dehumanisation",
        True,
        "Ik zeg niks hoor, ik zet alleen even een foto van de zwarte spelers van Oranje naast een foto van de apenrots 🐒",
    ),
    (
        "dehumanisation",
        True,
        "Somaliërs zijn net duiven in de stad: overal, lawaaierig, en ze laten alleen rommel achter.",
    ),
    (
        "dehumanisation",
        True,
        "Vrouwen in een boerka lopen erbij als zwarte vuilniszakken op twee benen.",
    ),
    # --- threat (hateful) ---
    (
        "threat",
        True,
        "Het zou voor iedereen beter zijn als die asielzoekers gewoon weer verdwijnen. Maakt niet uit hoe.",
    ),
    (
        "threat",
        True,
        "Als er nog één Roma-gezin in onze straat komt wonen, regelen we het zelf. De politie doet toch niks.",
    ),
    (
        "threat",
        True,
        "Minder, minder, minder. En dan niet een beetje, maar allemaal terug naar Marokko, ook die met een Nederlands paspoort.",
    ),
    ("threat", True, "We weten waar jullie moskee staat. Gewoon even ter info."),
    (
        "threat",
        True,
        "De synagoge hier heeft nu dag en nacht bewaking. Vraag is alleen hoelang nog.",
    ),
    (
        "threat",
        True,
        "Vroeger stopte je gehandicapten weg in een inrichting, en dan voorgoed. Misschien moeten we daar maar weer mee beginnen.",
    ),
    (
        "threat",
        True,
        "Als ik hier in het park nog één keer twee mannen zie zoenen, krijgen ze een pak slaag dat ze niet snel vergeten.",
    ),
    (
        "threat",
        True,
        "Afghanen uitzetten, allemaal. Vliegtuig vol, deur dicht, en niemand komt terug.",
    ),
    ("threat", True, "Moslims zou je het stemrecht moeten afpakken voordat ze ons overstemmen."),
    (
        "threat",
        True,
        "Een vrouw die zo over straat gaat, moet niet raar opkijken als haar 's nachts iets overkomt. Eigen schuld dan.",
    ),
    ("threat", True, "De Joden mogen hun koffers alvast inpakken. Westerbork staat er nog."),
    ("threat", True, "Hopelijk zinkt de volgende boot met migranten voordat hij Lampedusa haalt."),
    ("threat", True, "Transpersonen moeten van alle scholen af, docenten én leerlingen. Klaar."),
    (
        "threat",
        True,
        "Een huisbaas die aan zwarte mensen verhuurt, moet niet raar opkijken als hij een keer bezoek van ons krijgt.",
    ),
    (
        "threat",
        True,
        "Turken die op Erdoğan stemmen: enkeltje Istanbul, en de grens achter ze dicht.",
    ),
    (
        "threat",
        True,
        "Als dat azc hier echt komt, gaan we niet weer met spandoeken staan. Deze keer nemen we fakkels mee.",
    ),
    (
        "threat",
        True,
        "Geen enkele kroeg hier zou nog Antillianen moeten binnenlaten. Dan snappen ze vanzelf dat ze hier niet welkom zijn.",
    ),
    (
        "threat",
        True,
        "Die woonwagens van de Sinti moeten weg, en als ze niet vrijwillig gaan, dan branden ze maar.",
    ),
    (
        "threat",
        True,
        "Elke Pool op de bouwplaats is er één te veel. Binnenkort gaan we daar eens flink opruimen.",
    ),
    (
        "threat",
        True,
        "Vrouwen die zo'n grote mond hebben in de Kamer, moeten maar eens een lesje krijgen. Dan houden ze vanzelf hun mond.",
    ),
    (
        "threat",
        True,
        "Vanavond verzamelen bij het station, we gaan eens kijken wat die Marokkaanse jongens daar uitspoken. Handschoenen mee.",
    ),
    (
        "threat",
        True,
        "Grenzen dicht, en iedereen die hier niet hoort gaat in een kamp tot ze uit zichzelf vertrekken.",
    ),
    ("threat", True, "Een paar homo's minder in de stad, daar zou echt niemand wakker van liggen."),
    (
        "threat",
        True,
        "Wie per se een gehandicapt kind op de wereld wil zetten, moet maar met dat kind naar een eiland verhuizen. Ver bij ons vandaan.",
    ),
    (
        "threat",
        True,
        "Joden uit de media en de omroepen, dan wordt het op tv ook weer gewoon Nederlands.",
    ),
    (
        "threat",
        True,
        "De dag komt dat de moslims dit land uit moeten. En dan vraagt niemand meer of het vrijwillig is.",
    ),
    (
        "threat",
        True,
        "Alle Somaliërs oppakken en terugvliegen naar Mogadishu, met of zonder paspoort.",
    ),
    (
        "threat",
        True,
        "Die Chinezen met hun virus hadden ze nooit meer binnen moeten laten, en wie er al is kan ook gelijk weg.",
    ),
    (
        "threat",
        True,
        "Grenzen dicht, en op de gelukszoekers die het toch proberen mag wat mij betreft gewoon geschoten worden.",
    ),
    (
        "threat",
        True,
        "Een Romakamp aan de rand van het dorp? Niet voor lang. We hebben al een lijstje wie daar woont.",
    ),
    (
        "threat",
        True,
        "Vanavond ouderavond gehad, de juf was superaardig, schoolreisje naar de Efteling staat gepland. Toen vertelde ze dat ze bij seksuele voorlichting ook over gezinnen met twee papa's gaan praten. Als er zo'n stel van twee mannen met kinderen in ons dorp komt wonen, merken ze snel genoeg dat ze hier niet welkom zijn, daar zorgen wij wel voor.",
    ),
    (
        "threat",
        True,
        "Eindelijk het huis helemaal verbouwd, nieuwe kozijnen, nieuwe badkamer, tuin aangelegd. En nu wil de gemeente hiernaast statushouders uit Eritrea plaatsen. Als dat echt doorgaat, staat dat pand in de fik voordat de eerste er woont.",
    ),
    (
        "threat",
        True,
        "Bij onze schutterij komen geen zwarte mensen binnen, en wie het toch probeert, komt er niet heelhuids weer uit.",
    ),
    (
        "threat",
        True,
        "Buitenlanders die geen Nederlands leren, zou je bij de huisarts gewoon niet meer moeten helpen. Zoeken ze het zelf maar uit.",
    ),
    (
        "threat",
        True,
        "Voor de Koerden in deze wijk komt ook nog de dag van de afrekening. Wij vergeten niks.",
    ),
    # --- negated_hate (not hateful) ---
    (
        "negated_hate",
        False,
        "Het is echt onzin dat asielzoekers alleen voor het geld komen. De meesten uit mijn taalklas willen niks liever dan aan het werk.",
    ),
    (
        "negated_hate",
        False,
        "Nee, Joden hebben de banken niet in handen. Dat sprookje is meer dan honderd jaar oud en toen al gelogen.",
    ),
    (
        "negated_hate",
        False,
        "Vrouwen kunnen prima kaartlezen. Mijn vrouw navigeert beter dan ik ooit zal doen, en zonder TomTom.",
    ),
    (
        "negated_hate",
        False,
        "Dat Roma allemaal stelen is een vooroordeel dat mijn opa nog had. Ik heb het niet van hem overgenomen.",
    ),
    (
        "negated_hate",
        False,
        "Kinderen met twee moeders of twee vaders doen het net zo goed als andere kinderen, het onderzoek is daar vrij duidelijk over.",
    ),
    (
        "negated_hate",
        False,
        "Ik dacht altijd dat moslima's thuis niks te zeggen hadden. Toen leerde ik mijn collega Fatima kennen, advocaat en de baas in huis. Tot zover mijn vooroordelen.",
    ),
    (
        "negated_hate",
        False,
        "Mensen met een beperking zijn geen kostenpost. Meedoen is een recht, geen rekensom.",
    ),
    (
        "negated_hate",
        False,
        "Niet elke Marokkaanse jongen is crimineel, net zo min als elke Nederlander een hooligan is. Die generalisaties schieten niemand iets op.",
    ),
    (
        "negated_hate",
        False,
        "Polen die alleen maar drinken? Mijn Poolse buurman werkt zes dagen per week en heeft vorige maand mijn dakgoot gerepareerd. Voor niks.",
    ),
    (
        "negated_hate",
        False,
        "Transvrouwen zijn vrouwen. Daar hoef je niet elke keer opnieuw over te discussiëren.",
    ),
    (
        "negated_hate",
        False,
        "Dat zwarte mensen 'alleen goed zijn in sport' is gewoon een racistisch cliché. Kijk eens hoeveel zwarte artsen en wetenschappers er zijn.",
    ),
    (
        "negated_hate",
        False,
        "Ik word zo moe van 'ze willen toch niet integreren'. Mijn zwager is Turks en zit al twintig jaar in de gemeenteraad.",
    ),
    (
        "negated_hate",
        False,
        "Biseksuelen zijn niet gulzig en ook niet vaker ontrouw. Dat is gewoon een stom vooroordeel.",
    ),
    (
        "negated_hate",
        False,
        "Die grap dat Aziaten niet kunnen autorijden is onzin, en grappig was hij ook nooit.",
    ),
    (
        "negated_hate",
        False,
        "Roemenen zijn niet automatisch uitkeringsfraudeurs. De meesten die ik ken werken in de kassen of in de zorg, en keihard ook.",
    ),
    (
        "negated_hate",
        False,
        "Nee, autisten hebben niet 'geen gevoel'. Ze laten het vaak alleen anders zien.",
    ),
    (
        "negated_hate",
        False,
        "Criminaliteitscijfers zeggen niks over afkomst als oorzaak. Leeftijd, armoede en de buurt verklaren veel meer, dat mag je best meenemen.",
    ),
    (
        "negated_hate",
        False,
        "Wie zegt dat Oekraïners hier worden voorgetrokken, moet eens gaan kijken in wat voor noodopvang sommige gezinnen al twee jaar zitten.",
    ),
    (
        "negated_hate",
        False,
        "Ik ben zelf Surinaams en nee, we zijn niet allemaal altijd te laat. Ik zat vanochtend om kwart over acht al op kantoor.",
    ),
    (
        "negated_hate",
        False,
        "Het klopt niet dat vluchtelingen dure telefoons hebben omdat ze rijk zijn. Op de vlucht is je telefoon het enige wat je met je familie verbindt.",
    ),
    (
        "negated_hate",
        False,
        "Niet alle Arabische mannen behandelen hun vrouw slecht, net zo min als alle Nederlandse mannen hun vrouw goed behandelen. Huiselijk geweld is overal.",
    ),
    (
        "negated_hate",
        False,
        "Niemand wordt homo van een serie op Netflix. Het is geen besmetting, het is gewoon wie je bent.",
    ),
    (
        "negated_hate",
        False,
        "Dat Joden de Holocaust zouden 'gebruiken' is een oud antisemitisch verhaal en gewoon niet waar.",
    ),
    (
        "negated_hate",
        False,
        "Omvolking bestaat niet. Het is een complotverhaal waarmee mensen bang gemaakt worden voor hun eigen buren.",
    ),
    (
        "negated_hate",
        False,
        "Dat Chinezen niks zelf bedenken is echt achterhaald. Kijk eens hoeveel patenten er tegenwoordig uit China komen.",
    ),
    # --- counter_speech (not hateful) ---
    (
        "counter_speech",
        False,
        "Onder het artikel over het nieuwe azc schrijft iemand 'deze keer nemen we fakkels mee', en dat staat er al twee dagen. Hallo, moderatie?",
    ),
    (
        "counter_speech",
        False,
        "Iemand heeft 'We weten waar jullie wonen' op de muur van onze moskee gespoten. Ik schaam me voor deze stad.",
    ),
    (
        "counter_speech",
        False,
        "Mijn oom kwam op de verjaardag weer met die grap over Bulgaren en koperen dakgoten. Ik heb gezegd dat het niet grappig is en ben naar huis gegaan.",
    ),
    (
        "counter_speech",
        False,
        "'Remigratie' klinkt netjes, maar het betekent gewoon dat je miljoenen mensen met een migratieachtergrond het land uit wilt zetten. Laat je niet in slaap sussen door dat woord.",
    ),
    (
        "counter_speech",
        False,
        "Wie vluchtelingen 'sprinkhanen' of 'een golf' noemt, praat niet over beleid maar ontmenselijkt. Zo begint het altijd.",
    ),
    (
        "counter_speech",
        False,
        "Net een reactie gemeld die beweerde dat Joden de media sturen. Zulke onzin mag niet gewoon blijven staan.",
    ),
    (
        "counter_speech",
        False,
        "In het stadion werden vandaag weer oerwoudgeluiden gemaakt toen onze spits de bal had. De club moet die mensen levenslang weren.",
    ),
    (
        "counter_speech",
        False,
        "'Ik heb niks tegen homo's, maar...' eindigt bijna altijd met iets wat je wél tegen homo's hebt. Let er maar eens op.",
    ),
    (
        "counter_speech",
        False,
        "Een jongen uit mijn klas zet onder elk politiebericht 'cultuurverrijking'. Ontvolgd. Dat is gewoon racistische stemmingmakerij.",
    ),
    (
        "counter_speech",
        False,
        "Aan iedereen die 'gelukszoekers' schrijft en zich daarbij stoer voelt: je bent niet stoer, je bent het probleem.",
    ),
    (
        "counter_speech",
        False,
        "In de klassenapp werd een meme gedeeld van een jongen in een rolstoel met de tekst 'kostenpost'. Ik heb de ouders aangesproken, dit kan echt niet.",
    ),
    (
        "counter_speech",
        False,
        "Schrikbarend hoeveel mensen onder de video van twee zoenende mannen 'doe dat maar achter de voordeur' schreven. Het was een kus, mensen.",
    ),
    (
        "counter_speech",
        False,
        "Na de brandstichting bij het huis van een Roma-gezin zeiden sommige dorpsgenoten 'hadden ze maar moeten vertrekken'. Dat zulke zinnen nog vallen, maakt me misselijk.",
    ),
    (
        "counter_speech",
        False,
        "Wie zegt dat trans 'gewoon een hype' is, moet niet verbaasd zijn dat transjongeren zich niet durven uit te spreken. Zulke opmerkingen doen echt schade.",
    ),
    (
        "counter_speech",
        False,
        "Mijn leidinggevende zei dat hij 'liever geen vrouw van dertig' aanneemt vanwege een mogelijke zwangerschap. Ik heb het gemeld bij het College voor de Rechten van de Mens.",
    ),
    (
        "counter_speech",
        False,
        "Op een forum beweert iemand dat moslims door 'taqiyya' allemaal liegen. Dat is een complotverhaal dat al jaren via extreemrechtse blogs rondgaat.",
    ),
    (
        "counter_speech",
        False,
        "Aan de mensen die 'ga terug naar je eigen land' onder de foto van onze international schrijven: ze komt uit Zaandam.",
    ),
    (
        "counter_speech",
        False,
        "In de tram schreeuwde een man tegen een Aziatische vrouw dat ze 'haar virus mee terug moest nemen'. Niemand zei iets, ik ook niet, en dat zit me nog steeds dwars.",
    ),
    (
        "counter_speech",
        False,
        "Die stickers met 'Nederland is vol' hangen nu ook bij onze bushalte. Ik heb ze vanochtend allemaal weggekrabd.",
    ),
    (
        "counter_speech",
        False,
        "Als iemand in de groepsapp schrijft dat Afrikanen 'fokken als konijnen', spreek je dan uit. Zwijgen wordt gelezen als instemming.",
    ),
    # --- identity_neutral (not hateful) ---
    (
        "identity_neutral",
        False,
        "Wanneer begint de ramadan dit jaar eigenlijk? Ik wil mijn collega niet per ongeluk een stuk taart aanbieden.",
    ),
    (
        "identity_neutral",
        False,
        "Volgens het CBS heeft ongeveer een kwart van de inwoners van Nederland een migratieachtergrond.",
    ),
    (
        "identity_neutral",
        False,
        "Keti Koti op 1 juli herdenkt de afschaffing van de slavernij in Suriname en op de Antillen.",
    ),
    (
        "identity_neutral",
        False,
        "Hoe heet dat Joodse feest met die kaarsen ook alweer, Chanoeka? Duurt dat acht dagen?",
    ),
    (
        "identity_neutral",
        False,
        "Kan iemand me uitleggen wat het verschil is tussen soennieten en sjiieten? Van die documentaire werd ik niet veel wijzer.",
    ),
    (
        "identity_neutral",
        False,
        "De Canal Parade in Amsterdam trekt elk jaar honderdduizenden bezoekers.",
    ),
    (
        "identity_neutral",
        False,
        "De Nederlandse Gebarentaal is sinds 2021 bij wet erkend als officiële taal.",
    ),
    (
        "identity_neutral",
        False,
        "Schrijf je transvrouw of trans vrouw? Ik wil het in mijn stuk goed doen.",
    ),
    (
        "identity_neutral",
        False,
        "De Molukkers kwamen in 1951 naar Nederland, als oud-KNIL-militairen met hun gezinnen.",
    ),
    (
        "identity_neutral",
        False,
        "Op 4 mei herdenken we de oorlogsslachtoffers, om acht uur is het twee minuten stil.",
    ),
    (
        "identity_neutral",
        False,
        "Donderdag is er in het dorpshuis een informatieavond over de opvang van asielzoekers. Aanvang 19.30 uur.",
    ),
    (
        "identity_neutral",
        False,
        "Vraag aan ouders: hoe leggen jullie uit waarom een klasgenootje in een rolstoel zit? Mijn zoontje vroeg het vandaag.",
    ),
    (
        "identity_neutral",
        False,
        "Het Suikerfeest valt aan het eind van de ramadan, in het Turks heet het Şeker Bayramı.",
    ),
    ("identity_neutral", False, "Hoeveel Joden wonen er ongeveer in Nederland? Iemand een idee?"),
    (
        "identity_neutral",
        False,
        "Het aandeel vrouwen in de Tweede Kamer schommelt de laatste jaren rond de veertig procent.",
    ),
    (
        "identity_neutral",
        False,
        "Sinds 2022 wonen er tienduizenden Oekraïners in Nederland, de meesten in gemeentelijke opvang.",
    ),
    (
        "identity_neutral",
        False,
        "Divali is het lichtjesfeest van de hindoes, in Den Haag wordt het elk jaar groot gevierd door de Hindoestaanse gemeenschap.",
    ),
    (
        "identity_neutral",
        False,
        "Nederland was in 2001 het eerste land ter wereld waar twee mannen of twee vrouwen met elkaar konden trouwen.",
    ),
    (
        "identity_neutral",
        False,
        "Weet iemand of je bij een Marokkaanse bruiloft geld geeft of een cadeau? We zijn volgende maand uitgenodigd.",
    ),
    (
        "identity_neutral",
        False,
        "Autisme wordt tegenwoordig gezien als een spectrum, het ziet er bij iedereen anders uit.",
    ),
    ("identity_neutral", False, "Op 11 november viert Polen zijn Onafhankelijkheidsdag."),
    (
        "identity_neutral",
        False,
        "Hoelang duurt een asielprocedure in Nederland gemiddeld? Het is voor een werkstuk.",
    ),
    (
        "identity_neutral",
        False,
        "Vanavond op NPO 2 een documentaire over de geschiedenis van Kaapverdianen in Rotterdam.",
    ),
    (
        "identity_neutral",
        False,
        "Newroz wordt door Koerden op 21 maart gevierd, het is hun nieuwjaar.",
    ),
    (
        "identity_neutral",
        False,
        "In Eritrea worden vooral Tigrinya en Arabisch gesproken, de hoofdstad is Asmara.",
    ),
    # --- identity_positive (not hateful) ---
    (
        "identity_positive",
        False,
        "Onze nieuwe buurvrouw uit Eritrea kwam gisteren zomaar injera met linzen brengen. Ik zit nog steeds vol en ben er echt door geraakt.",
    ),
    (
        "identity_positive",
        False,
        "Mijn oma zit al jaren in een rolstoel en is op elk feestje nog steeds de laatste die naar huis gaat 😄",
    ),
    (
        "identity_positive",
        False,
        "De Turkse bakker op de hoek heeft de lekkerste pide van de stad, en de eigenaar kent iedereen bij naam.",
    ),
    (
        "identity_positive",
        False,
        "Ik ben zo trots op mijn zusje, die vorig jaar uit de kast kwam als lesbienne. Moediger dan ik ooit ben geweest.",
    ),
    (
        "identity_positive",
        False,
        "De Syrische gezinnen in ons dorp hebben de voetbalclub gered. Zonder hun kinderen hadden we geen jeugdteam meer.",
    ),
    (
        "identity_positive",
        False,
        "Mijn collega is autist en de meest nauwkeurige programmeur van het hele team. Als hij zegt dat iets af is, dan is het af.",
    ),
    (
        "identity_positive",
        False,
        "Ik vind het prachtig dat het Joods Museum zo druk bezocht wordt, dat stuk geschiedenis hoort gewoon bij Amsterdam.",
    ),
    (
        "identity_positive",
        False,
        "Dank aan de Poolse verzorgsters die mijn opa in zijn laatste maanden zo liefdevol hebben verzorgd. Dat vergeten we nooit.",
    ),
    (
        "identity_positive",
        False,
        "Het Surinaamse eettentje bij ons om de hoek maakt roti waar ik tien kilometer voor omrijd.",
    ),
    (
        "identity_positive",
        False,
        "Transmensen hebben zoveel lef om elke dag gewoon zichzelf te zijn. Respect.",
    ),
    (
        "identity_positive",
        False,
        "Vrouwen in de techniek, helemaal top. De monteur die onze cv-ketel kwam maken was een vrouw: snel, netjes, en ze legde alles uit.",
    ),
    (
        "identity_positive",
        False,
        "De Kaapverdiaanse band op het Dunya Festival was zo mooi, ik stond met kippenvel te dansen.",
    ),
    (
        "identity_positive",
        False,
        "Ik hou van de gastvrijheid van mijn Marokkaanse schoonfamilie. Je gaat daar nooit met een lege maag de deur uit.",
    ),
    (
        "identity_positive",
        False,
        "Het dovenkoor dat in gebarentaal zong op de Uitmarkt, ik kreeg er tranen van in mijn ogen.",
    ),
    (
        "identity_positive",
        False,
        "Na de overstroming in Limburg heeft de moskeevereniging twee weken lang kelders leeggeschept, zonder dat iemand erom vroeg. Petje af.",
    ),
    (
        "identity_positive",
        False,
        "De Ghanese kerk in de Bijlmer zingt zondags zo mooi dat de hele flat de ramen openzet.",
    ),
    (
        "identity_positive",
        False,
        "Ik ken twee mannenstellen die pleegkinderen opvangen, en die kinderen hebben daar het stabielste thuis dat ze ooit gehad hebben.",
    ),
    (
        "identity_positive",
        False,
        "De Oekraïense collega die net begonnen is, spreekt na drie maanden beter Nederlands dan ik na zes jaar Frans op school.",
    ),
    (
        "identity_positive",
        False,
        "Onze dochter heeft Down en brengt elke dag meer vrolijkheid in huis dan we ooit hadden durven hopen.",
    ),
    (
        "identity_positive",
        False,
        "De Molukse buren gaven een verjaardag met livemuziek tot middernacht en de hele straat was uitgenodigd. Beste feest van het jaar.",
    ),
    # --- non_protected_target (not hateful) ---
    (
        "non_protected_target",
        False,
        "Die Ajax-supporters vallen elke thuiswedstrijd als sprinkhanen de binnenstad binnen en laten alleen bierblikjes achter.",
    ),
    (
        "non_protected_target",
        False,
        "Die grote beleggers zuigen de woningmarkt leeg als teken. Elke huurverhoging is een klap in je gezicht.",
    ),
    (
        "non_protected_target",
        False,
        "De muggen op de camping waren dit jaar een ware invasie, ik ben gestopt met bulten tellen.",
    ),
    (
        "non_protected_target",
        False,
        "Dit hele kabinet moet eruit, alle ministers, zonder uitzondering. Niemand daar snapt er iets van.",
    ),
    (
        "non_protected_target",
        False,
        "De NS is een ziekte die zich door het hele land verspreidt. Elke week weer een storing.",
    ),
    (
        "non_protected_target",
        False,
        "Het verkeer op de A10 is een gezwel dat Amsterdam langzaam verstikt.",
    ),
    (
        "non_protected_target",
        False,
        "De olielobby heeft het ministerie gewoon in de zak, dat ziet een blinde nog.",
    ),
    (
        "non_protected_target",
        False,
        "Al die fatbikers die over de stoep scheuren zou je moeten oppakken en een flinke boete geven.",
    ),
    (
        "non_protected_target",
        False,
        "Die nieuwe parkeerregeling van de gemeente kan zo de prullenbak in. Retour afzender.",
    ),
    (
        "non_protected_target",
        False,
        "Feyenoord-fans denken dat de stad van hen is. Net onkruid, overal waar je kijkt staat er wel eentje in zo'n shirt.",
    ),
    (
        "non_protected_target",
        False,
        "De meeuwen op het strand zijn een plaag, ze pikken je patatje gewoon uit je hand. De gemeente moet echt iets aan die beesten doen.",
    ),
    (
        "non_protected_target",
        False,
        "Het zou voor iedereen beter zijn als die telefonische oplichters gewoon verdwijnen. Derde keer vandaag 'uw pakket wacht op betaling'.",
    ),
    (
        "non_protected_target",
        False,
        "Die VVD-politici hangen allemaal aan het infuus van het bedrijfsleven, daar hoef je niet naïef over te doen.",
    ),
    (
        "non_protected_target",
        False,
        "De katholieke kerk als instituut heeft misbruik tientallen jaren toegedekt, en Rome remt het onderzoek nog steeds af.",
    ),
    (
        "non_protected_target",
        False,
        "Het Iraanse regime onderdrukt vrouwen systematisch en verdient elke sanctie die we kunnen bedenken.",
    ),
    (
        "non_protected_target",
        False,
        "Als hier nog één wegopbreking bijkomt, regel ik het zelf met de gemeente, met advocaat en alles erop en eraan.",
    ),
    (
        "non_protected_target",
        False,
        "De wespen op ons balkon hebben ons de hele zomer geterroriseerd. Volgend jaar komt de ongediertebestrijder en dan is het afgelopen.",
    ),
    (
        "non_protected_target",
        False,
        "Dat vrouwen in de katholieke kerk geen priester mogen worden, vind ik een achterhaalde en onterechte leer.",
    ),
    (
        "non_protected_target",
        False,
        "De harde kern heeft weer vuurwerk op het veld gegooid en de wedstrijd lag twintig minuten stil. Stadionverbod voor het hele vak.",
    ),
    (
        "non_protected_target",
        False,
        "Die influencers die hun volgers oplichten met cryptorommel, zou je allemaal van de platforms moeten gooien.",
    ),
    # --- abuse_individual (not hateful) ---
    (
        "abuse_individual",
        False,
        "Mijn bovenbuurman is de meest asociale figuur die ik ken. Om drie uur 's nachts de wasmachine laten centrifugeren, wie doet dat?",
    ),
    (
        "abuse_individual",
        False,
        "Mijn baas deed vandaag voor het hele team alsof mijn project zijn idee was. Wat een slijmerige kwal is die vent.",
    ),
    (
        "abuse_individual",
        False,
        "Die mevrouw van de klantenservice heeft me drie keer doorverbonden en toen gewoon opgehangen. Ongelooflijk incompetent.",
    ),
    (
        "abuse_individual",
        False,
        "Sander van de boekhouding kan tien minuten praten in een vergadering zonder één punt te maken. Ik word gek van die jongen.",
    ),
    (
        "abuse_individual",
        False,
        "Mijn ex is zo'n zelfingenomen eikel, ik snap niet hoe ik het twee jaar met hem heb uitgehouden.",
    ),
    (
        "abuse_individual",
        False,
        "De verhuurder is de servicekostenafrekening weer 'vergeten'. Die man is zo gierig dat hij zijn theezakjes vast twee keer gebruikt.",
    ),
    (
        "abuse_individual",
        False,
        "De scheids was vandaag een drama. Twee keiharde penalty's niet gegeven, die man mag nooit meer een wedstrijd fluiten.",
    ),
    (
        "abuse_individual",
        False,
        "Mijn schoonmoeder heeft op elk gerecht dat ik kook commentaar. Volgende keer krijgt ze een diepvriespizza, kan ze lekker klagen.",
    ),
    (
        "abuse_individual",
        False,
        "Die gast in de sportschool bezet al veertig minuten de bench en zit alleen maar op zijn telefoon. Wat een egoïstische kneus.",
    ),
    (
        "abuse_individual",
        False,
        "Onze teamleider mailt om elf uur 's avonds en verwacht om zeven uur antwoord. Die vrouw heeft echt geen leven en gunt ons er ook geen.",
    ),
]

EVERYDAY_TRAIN5: list[tuple[str, str]] = [
    ("chat", "Ben er over tien minuten, heb nog even broodjes gehaald 🥐"),
    (
        "chat",
        "Heb jij gisteren de laatste aflevering nog gezien? Ik lag dubbel toen die hond in de sloot viel.",
    ),
    ("chat", "Sorry, zie je spraakbericht nu pas. Zaterdag is prima!"),
    ("chat", "Stuur me even het adres, ik kan het niet vinden op Maps."),
    ("chat", "Ik ga dood van de hitte, dit weer is niet normaal 🥵"),
    ("chat", "Hahaha die grap, ik ben echt kapot 😂"),
    ("chat", "Heeft iemand nog een usb-c-kabel? De mijne is alweer zoek."),
    ("chat", "Welterusten allemaal, morgen weer om zes uur op 😴"),
    ("chat", "Vandaag naar de kapper geweest en ik heb er nu al een beetje spijt van."),
    ("chat", "Zin om donderdag naar de film te gaan? Die nieuwe thriller schijnt goed te zijn."),
    ("chat", "Je bent een schat, bedankt dat je de plantjes water hebt gegeven 🌸"),
    ("chat", "Vertel, wat is er gebeurd? Ik ben een en al oor."),
    ("plans", "We spreken om half acht af op Utrecht Centraal, bij de grote klok."),
    ("plans", "Dit weekend willen we naar Texel, als het weer meezit tenminste."),
    ("plans", "Ik maak de pastasalade, kan iemand drinken en houtskool regelen?"),
    ("plans", "Verhuizen op de 15e, wie helpt krijgt pizza en eeuwige dankbaarheid."),
    (
        "plans",
        "Zullen we de afspraak naar volgende week schuiven? Deze week staat alles bij mij in de fik.",
    ),
    ("plans", "Oud en nieuw dit jaar rustig houden? Gourmetten, spelletjes, klaar."),
    ("plans", "Vlucht geboekt! Lissabon, here we come ✈️"),
    (
        "plans",
        "Zondag om tien uur verzamelen bij de parkeerplaats van de Veluwe-route, stevige schoenen mee.",
    ),
    ("plans", "Als het regent gaan we gewoon naar het museum in plaats van de dierentuin."),
    (
        "review",
        "Heel vriendelijke bediening, de saté was top, alleen de friet was een beetje slap. Vier sterren.",
    ),
    ("review", "De oordopjes zijn oké, maar na twee weken begon de linker te kraken."),
    (
        "review",
        "Pakketje kwam een dag eerder dan beloofd, netjes verpakt, zou zeker weer bestellen.",
    ),
    ("review", "Hotel was schoon en centraal, maar het ontbijt was voor die prijs echt een grap."),
    ("review", "De kapper nam echt de tijd en snapte precies wat ik wilde. Aanrader!"),
    ("review", "Het boek begint sterk, maar in het midden sleept het zich voort."),
    ("review", "Deze koekenpan is geweldig, niks brandt aan en schoonmaken is een eitje."),
    (
        "review",
        "De garage heeft de afspraak twee keer verzet, maar de reparatie zelf was goed en goedkoper dan verwacht.",
    ),
    ("review", "Het concert was waanzinnig, de band heeft de Ziggo Dome compleet afgebroken."),
    (
        "support",
        "Hallo, mijn bestelling 48213 staat al een week op 'in behandeling'. Kunt u even kijken?",
    ),
    (
        "support",
        "Sinds de laatste update crasht de app als ik de camera open. Android 14, Pixel 7.",
    ),
    (
        "support",
        "Ik wil mijn abonnement per de eerstvolgende mogelijke datum opzeggen. Graag een schriftelijke bevestiging.",
    ),
    (
        "support",
        "Wachtwoord resetten werkt niet, de mail komt gewoon niet aan, ook niet in de spam.",
    ),
    (
        "support",
        "Het modem knippert sinds vanochtend rood en ik heb helemaal geen internet. Wat kan ik doen?",
    ),
    (
        "support",
        "Er is twee keer geïncasseerd voor dezelfde factuur, graag het bedrag terugstorten.",
    ),
    ("support", "Hoe verander ik het afleveradres als de bestelling al verzonden is?"),
    ("sports", "Wat een wedstrijd! In de tweede helft hebben we ze helemaal gesloopt."),
    ("sports", "Onze keeper hield vandaag alles tegen, die gast is een muur."),
    (
        "sports",
        "We hebben PSV in de blessuretijd nog afgeschoten, ik kan het nog steeds niet geloven!",
    ),
    ("sports", "Training morgen gaat niet door, het veld staat blank."),
    ("sports", "Onze spits raakte vandaag alles behalve het doel 😂"),
    ("sports", "De verdediging stond als een huis, daar kwam niemand doorheen."),
    ("sports", "Halve marathon gehaald! Benen kapot, hoofd blij."),
    ("sports", "Als de scheids dat buitenspel niet fluit, trekken we hem vandaag over de streep."),
    (
        "sports",
        "We hebben ons vandaag het snot voor de ogen gelopen, maar het was net niet genoeg.",
    ),
    ("gaming", "Ik heb de eindbaas in één keer gekild, ik zat bijna te janken van geluk."),
    ("gaming", "Wie doet er vanavond mee? Ranked vanaf negen uur, Discord zoals altijd."),
    ("gaming", "Die sniper heeft me nu vijf keer achter elkaar neergeknald, ik word gek."),
    ("gaming", "Goed gespeeld jongens, we hebben ze gewoon weggevaagd."),
    ("gaming", "Ik ging net dood omdat mijn controller leeg was, dat telt niet!"),
    (
        "gaming",
        "Die nieuwe patch heeft de healer helemaal kapotgenerfd, die kun je nu wel vergeten.",
    ),
    ("gaming", "We campen bij de brug en maken iedereen af die erover wil."),
    ("gaming", "Eindelijk platina! Drie maanden grinden was het waard."),
    (
        "gaming",
        "Mijn team liet me vandaag compleet in de steek, één tegen vier is gewoon niet te doen.",
    ),
    ("work", "Korte update: de meeting van twee uur schuift naar drie uur."),
    ("work", "Kan iemand vóór vrijdag de presentatie nog even nalezen? Ik zie het zelf niet meer."),
    ("work", "De klant was laaiend enthousiast, we hebben die pitch echt gekilled."),
    ("work", "Ik werk morgen thuis, bereikbaar via Teams."),
    ("work", "Die deadline wordt nog mijn dood, maar het gaat lukken."),
    ("work", "Wie heeft de koffieautomaat weer leeg laten staan? 😤"),
    ("work", "Graag jullie vakantiedagen voor het eind van de maand in de planning zetten."),
    (
        "work",
        "Maandag begint er een nieuwe collega, doe een beetje aardig en laat hem de kantine zien.",
    ),
    ("work", "Sterk kwartaal, de omzet ligt acht procent boven de begroting."),
    ("family", "Mama vraagt of we zondag komen eten. Er is hachee."),
    ("family", "De kleine heeft vandaag zijn eerste tand verloren en was zo trots als een pauw."),
    (
        "family",
        "Opa is voor het eerst gelukt om te videobellen, we waren allemaal door het dolle heen.",
    ),
    ("family", "Kan iemand dinsdag de kinderen van de opvang halen? Ik zit vast op kantoor."),
    ("family", "Mijn zus trouwt in mei, ik moet echt nodig een speech gaan schrijven."),
    ("family", "We hebben een hond uit het asiel gehaald, hij heeft de bank al veroverd 🐶"),
    (
        "family",
        "Papa heeft bij de barbecue weer alles laten verkolen, maar we hebben het toch opgegeten.",
    ),
    ("family", "De tweeling heeft vandaag allebei hun A-diploma gehaald!"),
    ("news", "Heb je gelezen dat de brug bij ons in het dorp toch eerder klaar is?"),
    (
        "news",
        "Het KNMI geeft code geel af voor morgen vanwege harde windstoten, dus tuinstoelen naar binnen.",
    ),
    ("news", "De benzineprijs is alweer gestegen, tanken wordt echt een luxe."),
    ("news", "Volgende maand opent er bij ons in de wijk een nieuwe supermarkt."),
    ("news", "De opkomst was dit keer een stuk hoger dan bij de vorige verkiezingen."),
    ("news", "Vanaf januari worden de treinkaartjes weer duurder, las ik."),
    (
        "news",
        "De gemeente wil de binnenstad volgend jaar autovrij maken, benieuwd of dat gaat lukken.",
    ),
    ("news", "De staking op Schiphol zou woensdag voorbij moeten zijn."),
]
