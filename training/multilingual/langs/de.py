"""German (de): functional hate-speech cases and everyday messages, written for
this project in German. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's."""

from __future__ import annotations

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _g(p: str, d: str | None = None, dat: str | None = None) -> dict[str, str]:
    """A plural group: bare form (viele X), form after die/alle/diese, dative plural."""
    d = d or p
    dat = dat or (d if d.endswith("n") else d + "n")
    return {
        "p": p,
        "P": _cap(p),
        "d": d,
        "dat": dat,
        "die": "die " + d,
        "den": "den " + dat,
        "alle": "alle " + d,
    }


def _casual(text: str, j: int) -> str:
    """Some lines typed the way people type: lower case, no full stop, ae for ä."""
    if j % 5 == 3:
        return text.lower().rstrip(".")
    if j % 7 == 5:
        return "".join(_UMLAUTS.get(c, c) for c in text)
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
    _g("Türken"),
    _g("Juden"),
    _g("Muslime"),
    _g("Flüchtlinge"),
    _g("Frauen"),
    _g("Schwule", "Schwulen"),
    _g("Sinti und Roma", dat="Sinti und Roma"),
    _g("Behinderte", "Behinderten"),
    _g("Schwarze", "Schwarzen"),
    _g("Polen"),
    _g("Lesben"),
    _g("trans Menschen"),
]

_HELDOUT_GROUPS = [
    _g("Juden"),
    _g("Kurden"),
    _g("Araber"),
    _g("Muslime"),
    _g("Rumänen"),
    _g("Afrikaner"),
    _g("Asylbewerber"),
    _g("Frauen"),
    _g("Bisexuelle", "Bisexuellen"),
    _g("Transfrauen"),
    _g("Gehörlose", "Gehörlosen"),
    _g("Rollstuhlfahrer"),
    _g("Schwule", "Schwulen"),
    _g("Italiener"),
    _g("Vietnamesen"),
]

# ---------------------------------------------------------------- train, functional

_TRAIN_DEROGATION = [
    "{p} sind einfach widerlich.",
    "Ich hasse {p}, und zwar alle ohne Ausnahme.",
    "{die} sind das Letzte, das sag ich ganz offen.",
    "Mit {dat} will ich nichts zu tun haben, die sind alle faul und verlogen.",
    "Ehrlich, {p} kotzen mich nur noch an 🤮",
    "Nichts als Ärger mit {den}. Das war schon immer so und wird sich nie ändern.",
    "{p} sind dumm und wertlos.",
    "Wer {p} mag, hat keinen Stolz. Die sind alle gleich primitiv.",
]
_TRAIN_DEHUMANISATION = [
    "{p} sind Ungeziefer, nichts anderes.",
    "{die} vermehren sich wie die Ratten.",
    "{p} sind wie eine Krankheit, die unser Land von innen auffrisst.",
    "{p}? Das sind keine Menschen, das sind Tiere.",
    "{p} sind Dreck und gehören in den Müll.",
    "Diese {d} sind Parasiten, die von unserem Geld leben.",
    "{die} sind doch nur Ratten 🐀",
    "Man muss {p} behandeln wie Schädlinge, alles andere verstehen die nicht.",
]
_TRAIN_THREAT = [
    "Ich will {alle} tot sehen.",
    "Man sollte {alle} an die Wand stellen.",
    "Wenn ich {p} sehe, schlag ich zu. Versprochen.",
    "Jemand sollte {den} mal richtig aufs Maul hauen, damit sie kapieren, wo sie hingehören.",
    "Ich stech {alle} ab, die mir über den Weg laufen.",
    "{alle} sollten erschossen werden, und zwar sofort.",
    "Bald gibt's Jagd auf {p}, freut euch drauf 🔪",
    "Es wird Zeit, dass {alle} aufgehängt werden.",
]
_TRAIN_NEGATED = [
    "{p} sind nicht widerlich, überhaupt nicht.",
    "Ich hasse {p} nicht. Warum sollte ich?",
    "Ich würde {den} niemals etwas antun.",
    "{p} sind keine Tiere und auch keine Parasiten.",
    "Es stimmt einfach nicht, dass {p} faul sind.",
    "Ich habe absolut nichts gegen {p}.",
]
_TRAIN_COUNTER = [
    "Wer behauptet, {p} seien Ungeziefer, verbreitet Hetze, nichts anderes.",
    "„{P} sind widerlich“ – so ein Satz hat in diesem Forum nichts zu suchen.",
    "Mein Onkel meinte beim Essen, {alle} sollten verschwinden. Ich bin aufgestanden und gegangen.",
    "Hört auf, {p} als Tiere zu bezeichnen. Das ist menschenverachtend.",
    "Hab gerade einen Kommentar gemeldet, in dem stand, man sollte {p} erschießen. "
    "Sowas geht gar nicht.",
    "Dass Leute immer noch schreiben, {p} seien Abschaum, macht mich fassungslos.",
]
_TRAIN_NEUTRAL = [
    "In meiner Klasse sind auch ein paar {p}.",
    "Gestern lief eine Doku über {p} im Fernsehen.",
    "Wie viele {p} leben eigentlich in Deutschland?",
    "Der Artikel beschäftigt sich mit der Situation von {dat} auf dem Arbeitsmarkt.",
    "Unser Verein hat eine neue Gruppe speziell für {p} gegründet.",
    "Ich schreibe meine Hausarbeit über {p} in der Nachkriegszeit.",
]
_TRAIN_POSITIVE = [
    "{p} sind großartige Menschen.",
    "Ich liebe es, wie herzlich {die} in meiner Nachbarschaft sind ❤️",
    "Ohne {p} wäre unser Land viel ärmer.",
    "Ich bin stolz darauf, mit so vielen {dat} befreundet zu sein.",
    "{p} verdienen denselben Respekt wie alle anderen auch.",
    "Echt schön, dass {p} in unserer Stadt so sichtbar sind.",
]

_TRAIN_SLUR = [
    "Scheiß Kanaken, verpisst euch zurück in euer Dorf.",
    "Die Kanaken bei uns im Block gehen mir so auf den Sack",
    "Kümmeltürken raus aus unserem Verein!",
    "Guck dir die Zigeuner an, die klauen alles, was nicht festgeschraubt ist.",
    "Zigeunerpack raus aus unserer Straße!",
    "Schwuchteln wie du haben in unserer Kabine nichts verloren.",
    "was guckst du so, du Schwuchtel",
    "Der Neger soll zurück in den Busch.",
    "Neger haben in unserem Viertel nichts zu suchen.",
    "Noch so ein Kopftuchmädchen an der Kasse, ich kotz gleich.",
    "Die Kopftuchweiber sollen dahin zurück, wo sie herkommen.",
    "Die Musels sollen ihre Moschee gefälligst woanders bauen.",
    "Polacken klauen unsere Autos, weiß doch jeder.",
    "Der Polacke auf dem Bau ist zu blöd zum Mauern.",
    "Die Spastis aus dem Heim sollten nicht in unseren Park dürfen.",
    "Mongos wie der gehören weggesperrt, echt.",
    "Scheiß Transen, ihr seid keine Frauen und werdet nie welche sein.",
    "Die Transe von gegenüber ist einfach nur ekelhaft.",
    "Du Judensau, verschwinde aus unserem Stadion.",
    "Die Juden-Bonzen ziehen doch überall die Fäden.",
    "Fotzen wie du sollten die Klappe halten und in die Küche gehen.",
    "Halt's Maul, Fotze, Weiber haben hier nichts zu melden.",
    "Die Mannweiber von nebenan brauchen mal nen richtigen Kerl.",
    "Asylschmarotzer raus, wir sind nicht das Sozialamt der Welt!",
    "Die Asylschmarotzer im Heim liegen den ganzen Tag nur rum.",
    "Noch mehr Kanaken in der Schule und meine Kinder lernen kein Deutsch mehr.",
    "Diese Negerkinder gehören nicht in unsere Kita.",
    "Die Schwuchteln aus dem Theater sollen sich nicht so aufspielen.",
]
_TRAIN_SPELLING = [
    "T ü r k e n sind Dreck.",
    "Ich hasse J u d e n",
    "Musl1me sind alle Terroristen",
    "Flüchtl!nge raus, aber sofort",
    "Fraun sind zu dumm zum Denken",
    "Schwuhcteln gehören weggesperrt",
    "Z1geuner klauen immer",
    "Behindertte sollte man wegsperren",
    "N3ger raus aus Deutschland",
    "Kan4ken verpisst euch",
    "ich hasse alle schwulennnn",
    "L3sben sind widerlich",
    "Polen sind alle Dieeeebe",
    "Tr4ns Menschen sind psychisch krank und gefährlich",
    "Juuuden sind Ratten",
    "m u s l i m e abschieben und zwar alle",
    "T*rken sind Abschaum",
    "Sinti und R0ma sind Gesindel",
    "Schw4rze sind Affen",
    "Flüchtlnge sind Ungeziefer",
    "Spas+is sollten nicht leben dürfen",
    "F r a u e n gehören an den Herd und sonst nirgendwohin",
    "Jud3n sind an allem schuld",
    "Ich bring alle Schwu1en um",
]
_TRAIN_NONPROTECTED = [
    "Mücken sind einfach widerlich.",
    "Ich hasse Montage, und zwar alle ohne Ausnahme.",
    "Wespen sind das Letzte, das sag ich ganz offen.",
    "Ehrlich, diese Spam-Mails kotzen mich nur noch an 🤮",
    "Nichts als Ärger mit der Baustelle vor unserem Haus. Das wird sich nie ändern.",
    "Die Schiedsrichter von gestern waren ein Witz, blind und unfähig.",
    "Nacktschnecken sind Ungeziefer, nichts anderes.",
    "Die Tauben auf unserem Balkon vermehren sich wie die Ratten.",
    "Dieser Stau ist wie eine Krankheit, die jeden Morgen die ganze Stadt auffrisst.",
    "Diese Werbeanrufe sind Dreck und gehören verboten.",
    "Die Fruchtfliegen in der Küche sind die Pest 🪰",
    "Man muss Blattläuse behandeln wie Schädlinge, alles andere hilft nicht.",
    "Ich will alle Mücken in diesem Zimmer tot sehen.",
    "Man sollte diesen Drucker an die Wand klatschen, ach was, gleich aus dem Fenster werfen.",
    "Wenn ich noch eine Kakerlake sehe, schlag ich zu. Versprochen.",
    "Ich erschlag jede Wespe, die an meinen Kuchen geht.",
    "Das Unkraut im Garten sollte ausgerottet werden, und zwar sofort.",
    "Bald gibt's Jagd auf die Mäuse im Keller, die Fallen stehen schon 🪤",
    "Es wird Zeit, dass diese Steuerreform beerdigt wird.",
    "Die neue Parkgebührenverordnung ist widerlich und dumm.",
    "Ich hasse die Bahn, ehrlich, nichts funktioniert.",
    "Der Schiri soll sich verpissen, der hat uns das Spiel gestohlen.",
    "Montage sind dumm und wertlos.",
    "Das Rentenkonzept der Regierung ist kompletter Müll.",
    "Diese Bürokratie ist ein Krebsgeschwür, das alles lähmt.",
    "Tauben sind fliegende Ratten, echt ekelhaft.",
    "Ich könnte diesen Router erwürgen.",
    "Die Schiedsrichter der Bundesliga sollte man alle in die Wüste schicken.",
    "Spam-Bots sind Parasiten, die das ganze Internet verstopfen.",
    "Scheiß Baustellen überall, ich hasse diese Stadt im Sommer.",
    "Schnaken sind die Pest, ich will die alle ausrotten.",
    "Die Vorschläge der Verkehrsministerin gehören in die Tonne.",
]
_TRAIN_ABUSE = [
    "Du bist echt ein nutzloser Idiot.",
    "Halt die Klappe, du Vollpfosten.",
    "Wie kann man nur so dumm sein wie du?",
    "Du Lappen hast schon wieder den Bus verpasst, und wegen dir kommen wir alle zu spät.",
    "Mein Chef ist so ein unfähiger Wichser.",
    "Geh mir nicht auf den Sack, du Nervensäge",
    "Du bist der größte Versager, den ich kenne.",
    "Verpiss dich einfach, keiner will dich hier.",
    "Was für ein Arschloch, drängelt sich einfach vor.",
    "Du hast null Ahnung und redest trotzdem die ganze Zeit, Hauptsache laut.",
    "du bist so ein Opfer, echt",
    "Mein Ex ist ein verlogener Mistkerl.",
    "Der Typ aus der Buchhaltung ist ein Schleimer und ein Vollidiot dazu.",
    "Du Spacko, lern erstmal Auto fahren!",
    "Dein Kommentar ist genauso hirnlos wie du.",
    "Du bist zu blöd, um einen Toaster zu bedienen.",
    "Hau ab, du Penner.",
    "Du Dummkopf hast meinen Kaffee umgekippt",
    "Du bist ein elender Schmarotzer, zahl endlich deine Schulden.",
    "Was bist du nur für eine faule Socke, den ganzen Tag auf dem Sofa.",
    "Du Trottel, hast du das Passwort schon wieder vergessen?",
    "Unser Nachbar ist ein Vollidiot, der parkt jeden Tag in unserer Einfahrt.",
    "Du bist echt das Allerletzte, weißt du das?",
    "Halt's Maul, Klugscheißer",
    "Der Kellner war ein arroganter Sack.",
    "Du Knalltüte hast das ganze Projekt versaut.",
]
_TRAIN_PROFANITY = [
    "Scheiße, ich hab meinen Schlüssel vergessen.",
    "Verdammt, ist das heute heiß.",
    "Heilige Scheiße, das Konzert war geil!",
    "Fuck, der Akku ist schon wieder leer.",
    "Verdammte Scheiße, schon wieder Stau auf der A3.",
    "Alter, ist das verfickt lecker!",
    "Mist, ich hab die Bahn verpasst.",
    "Scheiß drauf, wir bestellen einfach Pizza.",
    "Das ist so verdammt gut, ich kann's nicht glauben 😍",
    "Oh Kacke, es regnet schon wieder.",
    "Scheißegal, wir gehen trotzdem schwimmen.",
    "Was für ein geiler Tag, verdammt nochmal!",
    "Ach du Scheiße, hast du die Rechnung gesehen?",
    "Fuck yeah, ich hab die Prüfung bestanden!!",
    "Leck mich am Arsch, ist das ein schöner Sonnenuntergang.",
    "Scheiße, wie die Zeit vergeht.",
    "Verdammt, ich hab die Milch vergessen.",
    "Das Essen war so scheißgut, ehrlich.",
    "Boah, Kacke, mein Handy ist runtergefallen.",
    "Himmel, Arsch und Zwirn, wo ist meine Brille?",
    "Mist, verdammter, der Drucker hat schon wieder Papierstau.",
    "Scheiß Wetter heute, aber egal.",
    "Verdammt lange Schlange beim Bäcker heute.",
    "Geil, endlich Wochenende!",
    "Scheiße nochmal, das war knapp.",
    "Verfluchte Hacke, ich hab mir den Zeh gestoßen.",
]
_TRAIN_RECLAIMED = [
    "Ey Kanake, was geht? Kommst du heute Abend mit?",
    "Wir Kanaken aus dem Viertel halten zusammen, Bruder.",
    "Als Kanakin sag ich euch: Mamas Essen schlägt jedes Restaurant.",
    "Wir Schwuchteln feiern heute beim CSD bis morgens 🏳️‍🌈",
    "Na, meine Lieblingsschwuchtel, wie war dein Date gestern?",
    "Ich bin schwul und das ist auch gut so.",
    "Wir Lesben vom Fußballverein machen am Samstag einen Grillabend.",
    "Kanak Sprak ist unsere Sprache, Digga, lass dir nix erzählen.",
    "Drei Kanaken aus Duisburg mit eigener Firma, wer hätte das gedacht.",
    "Mein Mann und ich nennen uns selbst liebevoll die zwei alten Schwuchteln.",
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
    "Von {dat} kommt nur Ärger, jeder weiß das.",
    "Mir wird schlecht, wenn ich {p} nur sehe.",
    "{p} taugen zu nichts und haben hier nichts verloren.",
    "Ich kann {p} nicht ausstehen, die sind alle hinterhältig 😤",
]
_HELDOUT_DEHUMANISATION = [
    "{p} sind eine Seuche.",
    "{die} sind wie Kakerlaken, die kriegt man nie wieder los.",
    "Für mich sind {p} nur Vieh.",
    "{p} sind Müll auf zwei Beinen.",
]
_HELDOUT_THREAT = [
    "{den} sollte man die Fresse polieren, bis sie sich nicht mehr rühren.",
    "Irgendwann knallt's, und dann sind {p} dran.",
    "Lasst uns {p} aus der Stadt prügeln.",
    "Ich hoffe, jemand bringt {alle} um.",
]
_HELDOUT_NEGATED = [
    "{p} sind mir nicht zuwider, im Gegenteil.",
    "Ich würde {p} nie beleidigen oder angreifen.",
    "Nein, {p} sind keine Last für dieses Land.",
    "Ich finde {p} nicht ekelhaft, warum auch?",
]
_HELDOUT_COUNTER = [
    "In der Gruppe schrieb einer, {p} seien Vieh. Ich hab ihn sofort rausgeworfen.",
    "Sprüche wie „{P} raus“ sind keine Meinung, sondern Hetze.",
    "Wie kann man heute noch behaupten, {p} seien weniger wert?",
    "Der Typ im Bus hat lautstark über {p} gehetzt, zum Glück haben ihm mehrere Leute "
    "widersprochen.",
]
_HELDOUT_NEUTRAL = [
    "Laut Statistik wohnen in Köln viele {p}.",
    "Morgen gibt es im Rathaus eine Infoveranstaltung für {p}.",
    "Der Podcast hat diese Woche eine Folge über {p} in Deutschland gemacht.",
    "Die Umfrage richtet sich an {p} zwischen 18 und 30.",
]
_HELDOUT_POSITIVE = [
    "{p} haben unsere Stadt bunter und besser gemacht.",
    "Ich hab so viel von {dat} gelernt, ehrlich.",
    "Ein großes Dankeschön an {alle} hier im Viertel 💛",
    "{p} bereichern unser Team jeden Tag.",
]

_HELDOUT_SLUR = [
    "Die Kameltreiber sollen zurück in ihre Wüste.",
    "Schon wieder so ein Kameltreiber, der hier einen Laden aufmacht.",
    "Bimbos raus aus unserem Dorf!",
    "Der Bimbo an der Kasse versteht kein Wort Deutsch.",
    "Diese Asylanten kriegen alles in den Arsch geschoben.",
    "Asylantenpack, verschwindet endlich.",
    "Geh woanders tanzen, du Tunte.",
    "Die Tunten vom CSD sollen sich nicht so aufspielen.",
    "Die Kampflesben aus der WG brauchen mal einen richtigen Kerl.",
    "Krüppel wie der sollten zuhause bleiben und keinem zur Last fallen.",
    "Was will der Krüppel im Rollstuhl hier im Club?",
    "Die Fidschis in Lichtenberg verkaufen eh nur geschmuggelte Zigaretten.",
    "Scheiß Spaghettifresser, geht zurück nach Italien.",
    "Itaker sind alle Mafiosi.",
    "Ziegenficker haben in Europa nichts verloren.",
    "Judenpack, schon wieder seid ihr an allem schuld.",
    "Halt's Maul, du Schlampe, Weiber wie du haben nichts zu melden.",
    "Die Zigeuner aus Rumänien klauen uns die Fahrräder.",
]
_HELDOUT_SPELLING = [
    "K u r d e n sind Abschaum",
    "Arab3r gehören abgeschoben",
    "Ich hass Juuuden so sehr",
    "Mvslime sind eine Seuche",
    "Fr@uen sind minderwertig",
    "Schwu|e sollte man verprügeln",
    "Asyl4nten raus!!!",
    "Rumäääänen klauen alles",
    "Bisexu3lle sind einfach nur pervers",
    "Trnasfrauen sind kranke Männer",
    "Kam3ltreiber verpisst euch",
    "Krüpp3l sollte man wegsperren",
]
_HELDOUT_NONPROTECTED = [
    "Von diesem Wetter kommt nur Ärger, jeder weiß das.",
    "Mir wird schlecht, wenn ich die Stromrechnung nur sehe.",
    "Diese Service-Hotline taugt zu nichts.",
    "Ich kann Rosenkohl nicht ausstehen 😤",
    "Der Schimmel im Bad ist eine Seuche.",
    "Silberfischchen sind wie Kakerlaken, die kriegt man nie wieder los.",
    "Die Ratten im Hinterhof müssen weg, die sind echt eine Plage.",
    "Diese Castingshows sind Müll, reiner Müll.",
    "Dem Schiedsrichter sollte man die Pfeife wegnehmen, bis er sehen lernt.",
    "Irgendwann knallt's, und dann ist dieser alte Kühlschrank dran.",
    "Lasst uns die Wühlmäuse aus dem Garten vertreiben, egal wie.",
    "Ich hoffe, jemand bringt diese Mücke endlich um, ich kann nicht schlafen.",
    "Das neue Heizungsgesetz ist ein Desaster und gehört abgeschafft.",
    "Ich hasse Staus auf der A7 mehr als alles andere.",
    "Die Ticketpreise beim FC sind eine Frechheit, die Vereinsführung sollte sich schämen.",
    "Phishing-Mails sind die Pest, die sollte man alle verbieten.",
]
_HELDOUT_ABUSE = [
    "Du bist so ein hirnverbrannter Depp.",
    "Halt endlich die Fresse, du Laberbacke.",
    "Mein Vermieter ist ein geiziger Drecksack.",
    "Du Vollhonk hast die Tür offen gelassen!",
    "Du bist nicht nur faul, sondern auch noch strunzdumm.",
    "Verzieh dich, du Schnorrer.",
    "Der Typ im Fitnessstudio ist ein eingebildeter Lackaffe.",
    "Du Hohlbirne kannst nicht mal eine Pizza bestellen.",
    "Meine Kollegin ist eine falsche Schlange, die lästert hinter jedem Rücken.",
    "Was bist du denn für ein Schwachkopf?",
    "Du Pfeife hast den Elfer verschossen.",
    "Geh mir aus den Augen, du Idiot.",
]
_HELDOUT_PROFANITY = [
    "Ach verdammt, schon wieder Montag.",
    "Scheiße, ist das kalt draußen!",
    "Fuck, ich hab vergessen, die Waschmaschine anzumachen.",
    "Heilige Mutter Gottes, war das ein Gewitter.",
    "Das Konzert war so scheißlaut, meine Ohren piepen noch.",
    "Ach du Kacke, der Kuchen ist verbrannt.",
    "Verdammt gut, dieser Wein.",
    "Mist, mist, mist, ich hab den Termin verpennt!",
    "Sakrament, wo ist denn mein Geldbeutel?",
    "Scheiße, ich hab im Lotto drei Richtige 😂",
    "Kruzifix, ist der Berg steil.",
    "Fuck, ist das ein geiler Song!",
]
_HELDOUT_RECLAIMED = [
    "Wir Krüppel lassen uns nicht mehr verstecken, das war schon die Botschaft der "
    "Krüppelbewegung.",
    "Ich alte Tunte hab mir zum Geburtstag neue High Heels gegönnt 👠",
    "Na ihr Tunten, wer kommt mit zur Drag-Show?",
    "Als Krüppel im Rollstuhl sag ich: Barrierefreiheit ist kein Luxus.",
    "Wir Kanakster aus Neukölln lassen uns von niemandem sagen, wo wir hingehören.",
    "Queer ist für mich kein Schimpfwort, sondern mein Zuhause.",
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
        "bis später am Bahnhof!",
        "Ich hol dich um acht am Hauptbahnhof ab, Gleis 4.",
        "wir sehen uns morgen beim Training",
        "Tschüss, bis Freitag 👋",
        "Ich find dich schon, ich hab ne rote Jacke an.",
        "Warte am Eingang auf mich, bin in 5 Minuten da",
        "Wir kommen dich am Flughafen abholen, sag Bescheid, wenn du gelandet bist.",
        "Bis gleich, ich steh schon vor deiner Tür",
        "Mach's gut und meld dich, wenn du zu Hause bist!",
        "Wir treffen uns dann nach der Arbeit bei dir, okay?",
        "ciao, bis nächste woche",
        "Ich krieg dich schon noch, spätestens beim Grillen am Samstag 😄",
        "Schlaf gut, bis morgen früh beim Bäcker",
    ],
    "chat": [
        "Hast du schon gegessen?",
        "Mama fragt, ob du Sonntag zum Kaffee kommst",
        "omg hast du die neue Folge gesehen??",
        "Kannst du mir kurz die Hausaufgaben schicken? Hab das Heft in der Schule vergessen.",
        "Das Wetter ist heute so schön, lass uns nachher an den See fahren.",
        "haha ja genau so war's",
        "Ich hab mir endlich einen Hund geholt, er heißt Bruno 🐶",
        "Wer bringt am Samstag Getränke mit?",
        "Sorry, bin eingeschlafen, hab deine Nachricht erst jetzt gesehen",
        "Meine Oma hat heute Geburtstag, sie wird 90!",
        "lol der Lehrer hat heute wieder seine Brille gesucht, dabei war sie auf seinem Kopf",
        "Kann jemand morgen meine Pflanzen gießen? Ich bin bis Dienstag weg.",
        "gute nacht ihr lieben",
    ],
    "support": [
        "Hallo, meine Bestellung 48213 ist seit zwei Wochen nicht angekommen. Können Sie "
        "bitte nachsehen?",
        "Ich kann mich nicht mehr in mein Konto einloggen, das Zurücksetzen des Passworts "
        "funktioniert nicht.",
        "Die Rechnung für März ist doppelt abgebucht worden.",
        "Wie kann ich meinen Vertrag kündigen?",
        "Guten Tag, der Router blinkt seit gestern rot und das Internet geht nicht.",
        "Bitte stornieren Sie meine Bestellung, ich habe mich vertan.",
        "Die App stürzt jedes Mal ab, wenn ich ein Foto hochladen will.",
        "Ich habe die falsche Größe bekommen, wie läuft der Umtausch?",
        "Hallo Support, mein Paket wurde laut Sendungsverfolgung zugestellt, ist aber nicht da.",
        "Kann ich die Lieferadresse noch ändern?",
        "Seit dem letzten Update funktioniert die Synchronisierung nicht mehr. Gibt es schon "
        "eine Lösung?",
        "Bitte um Rückruf wegen meiner Stromrechnung, Kundennummer 7731902.",
        "warum ist mein gutschein abgelaufen, der galt doch bis ende des jahres",
    ],
    "review": [
        "Super Pizza, schneller Lieferdienst, gerne wieder!",
        "Die Kopfhörer klingen gut, aber nach drei Monaten ist das Kabel kaputtgegangen. "
        "Zwei Sterne.",
        "Netter Service, aber das Schnitzel war leider zäh.",
        "Bester Döner in der Stadt, ohne Witz 🔥",
        "Das Hotel war sauber, das Frühstück eher mittelmäßig.",
        "Akku hält ewig, Kamera ist top. Klare Kaufempfehlung.",
        "Lieferung kam zu spät und die Verpackung war beschädigt, der Inhalt war zum Glück ok.",
        "Wir waren mit der ganzen Familie da und haben uns sehr wohlgefühlt.",
        "Die Schuhe sind bequem, fallen aber eine Nummer kleiner aus.",
        "Der Kaffee schmeckt leider verbrannt.",
        "fünf sterne, die kellnerin war mega freundlich",
        "Das Buch zieht sich in der Mitte etwas, aber das Ende ist großartig.",
        "Preis-Leistung passt, würde ich wieder kaufen.",
    ],
    "sports_gaming": [
        "Wir haben die heute 3:0 weggehauen!",
        "Headshot! Hast du das gesehen?",
        "Die Abwehr war komplett zerstört, unser Stürmer hat die fertiggemacht.",
        "gg ez, nächste Runde",
        "Ich hab den Boss endlich gekillt, nach 40 Versuchen 😅",
        "Bayern wurde gestern regelrecht abgeschlachtet, 5:1 für Leverkusen.",
        "Campen ist so nervig, aber ich hab den Sniper trotzdem erwischt",
        "Unser Torwart hat heute alles gehalten, der war eine Wand.",
        "Lass mal heute Abend ne Runde zocken, ich mach dich fertig",
        "Wir haben sie im Pokal vernichtet, was für ein Abend!",
        "Der Elfer war brutal, direkt in den Winkel.",
        "ich bin dreimal gestorben, weil mein Team nur rumsteht",
        "Wer spielt Samstag mit? Wir brauchen noch einen für den Raid.",
    ],
    "figurative_violent": [
        "Kannst du mal den Prozess killen, der hängt schon wieder?",
        "Diese Hitze bringt mich um.",
        "Ich bin vor Lachen fast gestorben 😂",
        "Wir schießen morgen die Fotos für die Hochzeit.",
        "Der Chef hat meine Idee in der Sitzung komplett abgeschossen.",
        "Die Matheklausur hat mich echt gekillt.",
        "Die Band hat gestern auf der Bühne alles zerlegt.",
        "Ich könnte für ein Stück Kuchen gerade morden.",
        "Fahr den neuen Server hoch, den alten Container kannst du abschießen.",
        "Diese Serie ist der Hammer, die letzte Folge hat mich umgehauen.",
        "Zeit totschlagen im Wartezimmer, mal wieder.",
        "Das Parfüm ist ja eine Bombe!",
        "Mein Handyakku ist tot, ich melde mich später.",
    ],
    "identity_positive": [
        "Allen muslimischen Nachbarn ein frohes Zuckerfest!",
        "Chag Sameach an alle, die heute Chanukka feiern 🕎",
        "Meine Schwester hat ihre Freundin geheiratet und es war die schönste Hochzeit ever 🏳️‍🌈",
        "Unsere neue Kollegin sitzt im Rollstuhl und bringt super Ideen ins Team.",
        "Die türkische Bäckerei bei uns um die Ecke hat das beste Sesambrot.",
        "Frohe Ostern euch allen!",
        "Ich lerne gerade Gebärdensprache, weil mein Neffe gehörlos ist.",
        "Beim CSD war dieses Jahr so eine schöne Stimmung.",
        "Der Imam und der Pfarrer haben zusammen das Straßenfest eröffnet.",
        "Mein Kumpel ist trans und ich bin so stolz, wie er seinen Weg geht.",
        "Die Pierogi von meiner polnischen Schwiegermutter sind unschlagbar.",
        "Schönes Diwali an unsere indischen Freunde ✨",
        "In unserer Kita arbeiten Erzieherinnen aus fünf verschiedenen Ländern, das ist toll "
        "für die Kinder.",
    ],
    "comments": [
        "Interessanter Artikel, aber die Zahlen von 2019 sind doch längst veraltet.",
        "Ich sehe das anders: Ein Tempolimit würde mehr bringen als neue Blitzer.",
        "Guter Punkt, daran hatte ich noch gar nicht gedacht.",
        "Die Idee klingt nett, ist aber kaum finanzierbar.",
        "Quelle? Würde mich echt interessieren.",
        "Der Beitrag ist leider ziemlich einseitig, die Gegenseite kommt gar nicht zu Wort.",
        "Finde das neue Layout der Seite unübersichtlich, das alte war besser.",
        "Ich halte die Reform für falsch, weil sie kleine Betriebe benachteiligt.",
        "Danke für den ausführlichen Bericht!",
        "Naja, so schlimm ist die Baustelle jetzt auch nicht.",
        "Die Argumentation überzeugt mich nicht, aber spannend zu lesen.",
        "Kann man das Rezept auch ohne Eier machen?",
        "Schade, dass der Stadtrat die Radwege wieder verschoben hat, das halte ich für einen "
        "Fehler.",
    ],
}

# --------------------------------------------------------------- everyday, held-out

_EVERYDAY_HELDOUT: dict[str, list[str]] = {
    "farewell_plan": [
        "Bis morgen dann, gleiche Zeit, gleicher Ort",
        "Ich warte am Ausgang der U-Bahn auf dich.",
        "Wir sehen uns auf der Party, ich bin ab zehn da",
        "Servus, bis bald!",
        "Wenn du ankommst, ruf an, dann hol ich dich am Busbahnhof ab.",
        "Ich spür dich schon auf, so groß ist das Festival ja nicht 😂",
        "man sieht sich, schönes wochenende",
        "Treffen wir uns vor dem Kino oder drinnen?",
        "Ich komm nach der Schicht bei dir vorbei.",
        "Gute Heimfahrt und bis zum nächsten Mal!",
        "Wir holen dich um sieben ab, sei pünktlich",
        "Tschö, bis Montag im Büro",
        "Ich steh hinten links an der Bar, komm einfach rüber.",
    ],
    "chat": [
        "Was machst du am Wochenende?",
        "Ich hab den Kuchen verbrannt, aber er schmeckt trotzdem 😅",
        "Kannst du mir das Rezept von deiner Lasagne schicken?",
        "hab heute voll verschlafen",
        "Mein Zug hat schon wieder 20 Minuten Verspätung, typisch.",
        "Weißt du noch, wie wir damals im Zeltlager den ganzen Regen abbekommen haben?",
        "Der Kleine hat heute seinen ersten Zahn bekommen!",
        "Brauchst du noch was vom Supermarkt?",
        "Ich überlege, mir die Haare kurz schneiden zu lassen. Meinungen?",
        "Habt ihr Lust, nächsten Sommer zusammen nach Kroatien zu fahren?",
        "Oh nein, ich hab meinen Schlüssel im Büro liegen lassen",
        "ich vermiss euch",
        "Die Katze schläft schon wieder auf meiner Tastatur",
    ],
    "support": [
        "Sehr geehrte Damen und Herren, meine Waschmaschine macht seit der Reparatur ein "
        "lautes Geräusch beim Schleudern.",
        "Wo finde ich meine Rechnung im Kundenkonto?",
        "Mir wurde ein Abo berechnet, das ich nie abgeschlossen habe.",
        "Der Gutscheincode wird an der Kasse nicht akzeptiert.",
        "Mein Flug wurde gestrichen, wie bekomme ich mein Geld zurück?",
        "Hallo, in der Lieferung waren nur zwei statt drei Artikel.",
        "Können Sie mir bitte eine Kopie des Vertrags per Mail schicken?",
        "Die Zwei-Faktor-Anmeldung schickt mir keine SMS mehr.",
        "Wie lange dauert die Rückerstattung normalerweise?",
        "Ich möchte meine Telefonnummer im Konto ändern, finde aber die Einstellung nicht.",
        "mein drucker druckt nur noch leere seiten, was kann ich tun",
        "Ihr Techniker war für heute angekündigt, ist aber nicht erschienen. Ich bitte um "
        "einen neuen Termin.",
        "Gibt es das Produkt bald wieder in Größe M?",
    ],
    "review": [
        "Leckeres Essen, aber lange Wartezeit.",
        "Die Matratze ist ein Traum, ich schlafe endlich wieder durch.",
        "Das Ladekabel war nach einer Woche defekt, schade.",
        "Total gemütliches Café, der Käsekuchen ist ein Gedicht ☕",
        "Das Zimmer war kleiner als auf den Fotos, aber die Lage ist unschlagbar.",
        "Funktioniert wie beschrieben, nichts zu meckern.",
        "Der Staubsauger ist leise und zieht richtig gut.",
        "Service unfreundlich, Essen lauwarm, wir kommen nicht wieder.",
        "Geiles Konzert, der Sound war perfekt!",
        "Die Jacke hält warm, die Reißverschlüsse wirken aber billig.",
        "Ein sehr schöner Film, nur das Ende war mir zu kitschig.",
        "4 von 5 Sternen, die Pommes hätten knuspriger sein können",
        "Habe das Spiel für meinen Sohn gekauft, er spielt es seit Tagen nonstop.",
    ],
    "sports_gaming": [
        "Wir haben die im Derby komplett zerlegt!",
        "Noscope über die ganze Map, einfach krank",
        "Der Verteidiger hat ihn umgenietet, klare Rote Karte.",
        "Letzte Runde, wir müssen die jetzt wegballern",
        "Ich hab gestern das ganze gegnerische Team allein ausgelöscht 😎",
        "4:0 gegen den Tabellenführer, die wurden richtig abgeschossen.",
        "Mein Charakter ist schon wieder gestorben, dieser Endgegner ist unfair.",
        "Morgen Training um sechs, wir müssen an den Standards arbeiten.",
        "Unser Stürmer hat die Abwehr heute richtig zerpflückt.",
        "Gib mir Rückendeckung, ich geh rein und mach alle platt!",
        "Wir haben uns in der Verlängerung durchgekämpft, was für ein Drama.",
        "Boah, der hat mich mit dem letzten Schuss gesnipet",
        "Noch ein Sieg und wir steigen auf! ⚽",
    ],
    "figurative_violent": [
        "Diese Deadline bringt mich noch ins Grab.",
        "Kannst du den hängenden Task im Taskmanager abschießen?",
        "Ich lach mich tot über dieses Video",
        "Das Konzert war der Wahnsinn, die Band hat die Halle abgerissen.",
        "Der Fotograf hat super Bilder von uns geschossen.",
        "Mein Laptop hat gestern den Geist aufgegeben.",
        "Dieser Stau ist echt mörderisch.",
        "Die Nachricht hat eingeschlagen wie eine Bombe.",
        "Ich bin total erschlagen nach dem Umzug.",
        "Kill den Job einfach mit kill -9 und starte ihn neu.",
        "Der Witz war so schlecht, dass er schon wieder gut war, ich bin gestorben 💀",
        "Das Team hat den fiesen Bug endlich erlegt.",
        "Dieses Chili ist so scharf, das bringt dich um.",
    ],
    "identity_positive": [
        "Ramadan Mubarak an alle, die heute fasten 🌙",
        "Mein Nachbar ist gehörlos und hat mir ein paar Gebärden beigebracht.",
        "Frohes Pessach an unsere jüdischen Freunde!",
        "Meine beiden Papas kommen zu meiner Abschlussfeier 🥹",
        "Die kurdische Familie von nebenan hat uns zum Newroz-Fest eingeladen.",
        "Die Paralympics waren dieses Jahr so spannend, Respekt an alle Athletinnen und Athleten.",
        "Unser neuer Nachbar kommt aus Syrien und ist Zahnarzt, supernette Familie.",
        "Frohe Weihnachten an alle, egal woran ihr glaubt.",
        "Sie ist bisexuell und hat endlich den Mut gefunden, es ihrer Familie zu erzählen.",
        "Die vietnamesische Nudelsuppe in der Bahnhofstraße ist die beste der Stadt.",
        "Der Gurdwara der Sikh-Gemeinde hat am Samstag Tag der offenen Tür, alle sind willkommen.",
        "Unser Teamleiter ist Autist und der strukturierteste Mensch, den ich kenne.",
        "Happy Pride, ihr Lieben 🌈",
    ],
    "comments": [
        "Ich finde die Entscheidung des Gerichts nachvollziehbar, auch wenn sie unpopulär ist.",
        "Der Autor verwechselt hier Ursache und Wirkung.",
        "Die Vier-Tage-Woche finde ich spannend, aber wie soll das in der Pflege funktionieren?",
        "Bin nicht ganz überzeugt, aber danke für die Mühe.",
        "Die Überschrift ist reißerisch, der Text selbst ist dann recht sachlich.",
        "Dieser Vorschlag der Partei ist völlig unausgegoren.",
        "Gibt es dazu auch eine Studie oder ist das nur eine Meinung?",
        "Toller Beitrag, ich habe viel gelernt.",
        "Die Kritik an der Stadtplanung ist berechtigt, da wurde viel verschlafen.",
        "Kleiner Hinweis: Im zweiten Absatz fehlt ein Wort.",
        "Sehe ich genauso, die Mieten sind einfach zu hoch.",
        "Ich glaube, das Problem liegt eher bei der Bürokratie als beim Personal.",
        "hm, war das früher nicht anders geregelt?",
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
    _g("Syrer"),
    _g("Juden"),
    _g("Albaner"),
    _g("Eritreer"),
    _g("Muslime"),
    _g("Jesiden"),
    _g("Hindus", dat="Hindus"),
    _g("Türken"),
    _g("Blinde", "Blinden"),
    _g("Autisten"),
    _g("Frauen"),
    _g("Transmänner"),
    _g("Ukrainer"),
]

_HELDOUT2_DEROGATION = [
    "Ich ertrage keine {d} mehr in meiner Nähe, die sind einfach nur eklig.",
    "{p} sind eine Schande für dieses Land.",
    "Was ich von {dat} halte? Abschaum, alle miteinander.",
    "Jeder Tag ohne {p} ist ein guter Tag. Die machen doch alles kaputt.",
]
_HELDOUT2_DEHUMANISATION = [
    "{p} sind Gewürm, das unter jedem Stein hervorkriecht.",
    "{die} hausen wie die Schweine und sind auch nicht mehr wert.",
    "{p} sind ein Geschwür am Körper unseres Volkes.",
    "Wie Heuschrecken fallen {p} über unsere Städte her 🦗",
]
_HELDOUT2_THREAT = [
    "Ich warte nur auf den Tag, an dem wir {den} die Häuser anzünden.",
    "Nächstes Mal, wenn {p} bei uns vor der Tür stehen, gibt's den Baseballschläger.",
    "Wir kriegen euch alle, ihr {d}. Jeden Einzelnen.",
    "Hoffentlich brennt bald das nächste Heim mit {dat} drin 🔥",
]
_HELDOUT2_NEGATED = [
    "Dass {p} schlechtere Menschen wären, halte ich für kompletten Unsinn.",
    "Niemals würde ich jemandem wehtun, nur weil die Person zu {den} gehört.",
    "{p} ekeln mich nicht an, und das wird auch nie passieren.",
    "Von mir hört ihr kein böses Wort über {p}.",
]
_HELDOUT2_COUNTER = [
    "Jemand hat „Tod allen {dat}“ an unsere Schule geschmiert. Wir haben es übermalt und "
    "Anzeige erstattet.",
    "Der Kommentar, {p} seien Parasiten, wurde zu Recht gelöscht.",
    "Ich widerspreche jedem, der {p} pauschal als Verbrecher hinstellt.",
    "Wenn dein Kollege dumme Witze über {p} reißt, lach nicht mit, sondern sag was dagegen.",
]
_HELDOUT2_NEUTRAL = [
    "Die Ausstellung im Stadtmuseum erzählt die Geschichte der {d} in unserer Region.",
    "Meine Mitbewohnerin forscht an der Uni zu {dat}.",
    "Kennt jemand einen Verein für {p} in Leipzig?",
    "Im Bus saßen heute ein paar {p} neben mir.",
]
_HELDOUT2_POSITIVE = [
    "Die {d}, die ich kenne, gehören zu den hilfsbereitesten Menschen überhaupt.",
    "Hut ab vor {dat}, was die alles leisten!",
    "{p} gehören genauso zu Deutschland wie alle anderen.",
    "Ich find {p} einfach klasse, so viel Herz und Humor 🥰",
]

_HELDOUT2_SLUR = [
    "Scheiß Schlitzaugen, geht zurück nach China mit eurem Virus.",
    "Die Hakennasen von der Bank ziehen uns alle ab.",
    "Hinterlader wie du lassen sich besser nicht im Stadion blicken.",
    "Du Homo, geh dich woanders schminken.",
    "Die Dachpappe aus dem Heim lungert schon wieder am Bahnhof rum.",
    "Russenpack, verschwindet dahin, wo ihr herkommt.",
    "Da kommt schon wieder so ein Teppichhändler mit seiner ganzen Sippe.",
    "Die Kopftuchschlampen vom Spielplatz sollen sich verziehen.",
    "Was will der Spast im Supermarkt, der kann ja nicht mal gerade laufen.",
    "Behindis haben an einer normalen Schule nichts verloren.",
    "Die Feminazis sollen mal lieber wieder die Küche putzen gehen.",
    "Tschuschen raus, hier ist Österreich!",
    "Diese Mohammedaner-Brut vermehrt sich wie blöd.",
    "Der Schlitzi vom Nagelstudio kann kein Wort Deutsch, aber kassieren kann er.",
]
_HELDOUT2_SPELLING = [
    "A f g h a n e n sind Pack",
    "Syr3r raus aus Deutschland",
    "ich hasse alb4ner",
    "Hind00s sind dreckig",
    "Bl1nde sollte man nicht auf die Straße lassen",
    "Autistn sind alle gestört",
    "Tr@nsmänner sind kranke Weiber",
    "Migrannnten sind Ratten",
    "Jes1den gehören abgeschoben",
    "Ukra1ner sind Schmarotzer",
    "T.ü.r.k.e.n. raus",
    "W3iber sind nur zum Kinderkriegen da",
]
_HELDOUT2_NONPROTECTED = [
    "Ich ertrage keine Wespen mehr in meiner Nähe, die sind einfach nur eklig.",
    "Dieses Stadion ist eine Schande für die ganze Liga.",
    "Was ich von der neuen Maut halte? Abzocke, von vorne bis hinten.",
    "Jeder Tag ohne Baustelle vor der Tür ist ein guter Tag.",
    "Silberfische sind Gewürm, das unter jedem Brett hervorkriecht.",
    "Wie Heuschrecken fallen die Reisebusse über die Altstadt her.",
    "Wir kriegen euch alle, ihr Blattläuse. Jede Einzelne 🐞",
    "Nächstes Mal, wenn der Marder wieder am Auto ist, gibt's die Lebendfalle.",
    "Dieser Videobeweis ist ein Geschwür am Körper des Fußballs.",
    "Ich hasse dieses Update, das hat mir das ganze Handy zerschossen.",
    "Die Abrissbirne soll endlich diesen hässlichen Parkhausklotz plattmachen.",
    "Die Spamanrufer kann man von mir aus alle auf den Mond schießen.",
    "Die Verspätungen bei der Bahn sind eine Zumutung, jeden verdammten Tag.",
    "Das Wahlprogramm dieser Partei ist ein einziger Müllhaufen.",
]
_HELDOUT2_ABUSE = [
    "Du Armleuchter hast mir die Vorfahrt genommen!",
    "Was labert dieser Dummbatz schon wieder?",
    "Mein Schwager ist eine echte Arschgeige, der schuldet mir seit Jahren Geld.",
    "Hör auf zu heulen, du Memme.",
    "du bist echt die größte evolutionsbremse im ganzen team",
    "Der Nachbar mit dem Laubbläser ist so ein Hornochse.",
    "Halt die Schnauze, Kackbratze.",
    "Du Flachpfeife triffst ja nicht mal das leere Tor.",
    "Sorry, aber dein Freund ist ein Blender und ein Pisser.",
    "Boah, bist du ein Dödel, wer vergisst denn die Tickets zu Hause?",
    "Der Hausmeister ist ein fauler Sack, der repariert nie was.",
    "Du Hackfresse, guck woanders hin.",
]
_HELDOUT2_PROFANITY = [
    "Verflixt und zugenäht, der Reißverschluss klemmt.",
    "Scheibenkleister, den Bus hab ich knapp verpasst.",
    "Herrgottsakra, jetzt ist auch noch die Milch übergekocht.",
    "Scheiß die Wand an, ist das ein Ausblick hier oben!",
    "Geil, geil, geil, wir haben Karten fürs Finale!!",
    "Fuck, das war die beste Pizza meines Lebens.",
    "Verdammter Mist, der Kühlschrank ist leer.",
    "Heiliger Strohsack, wie viel Schnee ist denn heute Nacht gefallen?",
    "Zum Teufel, wo hab ich meinen Schirm gelassen?",
    "scheiße bin ich müde heute",
    "Kacke, das WLAN ist schon wieder weg 🙄",
    "Himmeldonnerwetter, ist das laut hier.",
]
_HELDOUT2_RECLAIMED = [
    "Wir Kanaken haben dieses Land mit aufgebaut, Digga, vergiss das nicht.",
    "Ich bin ne Kampflesbe und stolz drauf 💪",
    "Wir Schwuppen aus dem Chor treffen uns heute Abend beim Griechen.",
    "Als Tunte vom Dorf hab ich früh gelernt, mir nichts gefallen zu lassen.",
    "Krüppelpower! Unser Rollstuhlbasketballteam hat heute gewonnen.",
    "Meine Oma nennt mich und meinen Mann liebevoll ihre zwei Lieblingsschwuchteln 😂",
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
        "Bin raus, bis Donnerstag beim Stammtisch!",
        "Ich lauf dir morgen eh über den Weg, spätestens in der Mensa",
        "Wir treffen uns am Brunnen auf dem Marktplatz, ich bring die Decke mit.",
        "hau rein, man hört sich",
        "Ich fahr jetzt los, in ner halben Stunde sammel ich dich an der Tanke ein.",
        "Bis nachher am Gleis 12, der ICE fährt um 14:37!",
        "Such mich einfach beim Merchstand, ich hab ein gelbes Cap auf 🧢",
        "Gute Nacht, wir quatschen morgen weiter.",
        "Ich pack jetzt, wir sehen uns dann am Samstag am Check-in.",
        "Kommst du nach dem Yoga noch auf einen Tee vorbei? Sonst bis nächste Woche.",
        "Na dann, auf Wiedersehen und liebe Grüße an deine Eltern!",
        "wart vorm Edeka, ich bin gleich da",
        "Ich such dich dann im Getümmel am Stand mit den Crêpes, okay?",
    ],
    "chat": [
        "Hat jemand mein Ladekabel gesehen?",
        "Die Nachbarn grillen schon wieder und es riecht sooo gut 🤤",
        "Ich hab heute zum ersten Mal Sauerteigbrot gebacken und es ist tatsächlich was geworden!",
        "wie wars beim zahnarzt?",
        "Paul hat sich den Arm gebrochen, ist aber alles halb so wild.",
        "Sollen wir zu Omas Geburtstag zusammen was schenken?",
        "Ich sitz im Garten und die Amseln machen einen Lärm, herrlich.",
        "Wer hat Bock auf Spieleabend am Freitag? Ich hab Siedler da.",
        "Mein Fahrrad hat nen Platten, kann mich jemand mitnehmen?",
        "Die Serie auf Netflix, die du empfohlen hast, ist echt gut, bin schon bei Staffel 2",
        "Hab grad Glühwein auf dem Weihnachtsmarkt getrunken, viel zu süß 😂",
        "jo passt",
        "Die Kinder haben heute einen Schneemann gebaut, der ist größer als ich!",
    ],
    "support": [
        "Guten Tag, mein E-Book lässt sich nach dem Kauf nicht herunterladen.",
        "Ich habe mein Passwort geändert und bekomme jetzt keine Bestätigungsmail.",
        "Bei meinem Kühlschrank ist nach vier Monaten die Türdichtung gerissen. Ist das ein "
        "Garantiefall?",
        "Warum wurde mir eine Mahngebühr berechnet, obwohl ich pünktlich überwiesen habe?",
        "Hallo, der QR-Code vom Ticket wird am Einlass nicht erkannt.",
        "Ist es möglich, meinen Tarif zu wechseln, ohne die Rufnummer zu verlieren?",
        "Die Lieferung sollte gestern kommen, der Status steht aber noch auf „in Bearbeitung“.",
        "Können Sie mir sagen, ob das Ersatzteil für Modell XR-200 noch lieferbar ist?",
        "ich hab zweimal bezahlt aus versehen, bitte einmal zurückbuchen",
        "Mein Kundenkonto wurde gesperrt, ohne dass ich weiß warum.",
        "Der Kinderwagen kam mit einem verbogenen Rad an, ich schicke Fotos mit.",
        "Wann ist Ihre Filiale am Feiertag geöffnet?",
        "Die Zahlung per PayPal bricht immer kurz vor dem Ende ab.",
    ],
    "review": [
        "Die Bratkartoffeln waren ein Traum, nur das Bier war warm.",
        "Der Mixer ist laut, aber die Smoothies werden richtig cremig.",
        "Leider hat das Zelt beim ersten Regen durchgetropft.",
        "Unfassbar nettes Personal im Hostel, wir kommen wieder!",
        "Die Lieferung war pünktlich, die Blumen frisch und hübsch verpackt 💐",
        "Der Rucksack ist robust, aber die Seitentaschen sind zu klein für eine Flasche.",
        "Zwei Sterne: das Brötchen war trocken und der Kaffee dünn.",
        "Top Friseur, hat genau verstanden, was ich wollte.",
        "das hörbuch ist gut gelesen, aber die story ist eher lahm",
        "Die Ferienwohnung war blitzsauber und hatte einen tollen Blick auf den See.",
        "Der Wasserkocher ist nach zwei Monaten schon verkalkt und undicht.",
        "Bester Flammkuchen seit Langem, absolute Empfehlung!",
        "Die App ist übersichtlich, stürzt aber manchmal beim Speichern ab.",
    ],
    "sports_gaming": [
        "Ich hab ihn im Finale einfach weggesnipert, 1 HP übrig 😤",
        "Die Dortmunder haben uns in der zweiten Halbzeit regelrecht überrollt.",
        "Unser Linksaußen hat die komplett schwindelig gespielt.",
        "push mid, die sind alle tot",
        "Wir haben das Turnier gewonnen, ohne ein einziges Gegentor!",
        "Der Tank hat den ganzen Schaden gefressen, wir haben sie dann von hinten aufgeräumt.",
        "Heute Abend wird der Gegner plattgemacht, Jungs!",
        "Mein Schuss ging knapp am Pfosten vorbei, ich könnte heulen.",
        "Die Handballerinnen haben das Spiel in den letzten fünf Minuten gedreht.",
        "Ich hab mit der Pistole drei Leute gleichzeitig umgelegt, was ein Clutch",
        "Wer kommt Sonntag mit zum Auswärtsspiel nach Bremen?",
        "Beim Bouldern heute hab ich endlich die schwarze Route geschafft.",
        "Der Gegner hat aufgegeben, bevor wir überhaupt richtig angefangen hatten lol",
    ],
    "figurative_violent": [
        "Der Sonnenbrand bringt mich heute noch um.",
        "Ich hab den ganzen Ordner aus Versehen gekillt, hast du ein Backup?",
        "Die Pointe hat gesessen, der Saal hat sich weggeschmissen vor Lachen.",
        "Das Gewitter gestern war der Hammer, hat alles niedergemäht.",
        "Mein Chef hat mir heute die Präsentation zerschossen.",
        "Der neue Song ist eine Granate 💣",
        "Wir müssen die alten Branches mal plattmachen, das Repo ist total zugemüllt.",
        "Ich bring meinen Bruder um, der hat schon wieder meinen Joghurt gegessen 😂",
        "Der Film war so spannend, ich hab vor Angst fast einen Herzinfarkt bekommen.",
        "Nach der Wanderung bin ich fix und fertig, wie erschossen.",
        "Die Preise auf dem Oktoberfest sind der reinste Mord.",
        "Schieß los, was wolltest du mir erzählen?",
        "Der Zahnarztbohrer hat mich fertiggemacht.",
    ],
    "identity_positive": [
        "Frohes Opferfest an alle muslimischen Familien im Haus 🐑",
        "Unsere Nachbarin ist blind und kennt den Weg zum Markt besser als ich.",
        "Schana Tova an alle jüdischen Freundinnen und Freunde! 🍎🍯",
        "Mein Cousin hat sich als trans geoutet und die ganze Familie steht hinter ihm.",
        "Die afghanische Familie im dritten Stock hat uns zum Essen eingeladen, so lecker.",
        "Der Gebärdensprachdolmetscher bei den Nachrichten ist einfach super.",
        "Ein gesegnetes Holi an alle, die heute mit Farben feiern! 🎨",
        "Die ukrainischen Kinder in der Klasse meiner Tochter sprechen schon richtig gut Deutsch.",
        "Zwei Frauen aus meinem Verein haben gestern geheiratet, wir haben Spalier gestanden.",
        "Frohes Newroz an die kurdische Gemeinde hier in Bielefeld!",
        "Mein Bruder hat das Downsyndrom und ist der lustigste Mensch in der ganzen Familie.",
        "Die albanische Bäckerei neben dem Bahnhof macht das beste Burek.",
        "Schöne Fastenzeit an alle, die heute mit dem Ramadan anfangen 🌙",
    ],
    "comments": [
        "Die Umfrage ist doch gar nicht repräsentativ, nur 300 Befragte.",
        "Ich verstehe das Argument, teile aber die Schlussfolgerung nicht.",
        "Wäre schön, wenn der Artikel auch die Kosten erwähnen würde.",
        "Das Foto passt irgendwie nicht zum Text.",
        "Ich halte eine Zuckersteuer für den falschen Weg, Aufklärung bringt mehr.",
        "Danke, endlich mal eine sachliche Einordnung zu dem Thema.",
        "Der Bürgermeister hat hier meiner Meinung nach zu spät reagiert.",
        "Stimmt so nicht ganz, die Regel gilt erst seit letztem Jahr.",
        "Warum wird in der Debatte nie über den ländlichen Raum gesprochen?",
        "Schöner Text, aber die Grafik ist kaum lesbar.",
        "meh, das hat man alles schon hundertmal gelesen",
        "Ich sehe das Projekt kritisch, der Nutzen für die Anwohner ist mir unklar.",
        "Gute Recherche, nur die Überschrift ist etwas übertrieben.",
    ],
}

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY_HELDOUT2.items() for text in texts
]
