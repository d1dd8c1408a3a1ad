"""German (de): a contrast training part: minimal pairs in which the same sentence frame and
the same protected group appear once hateful and once harmless (negated hate, positive or
neutral mention, counter-speech), so that only the stance differs; hostile frames aimed at
non-protected targets or at one person for what they did; and everyday lines that mention
protected groups in ordinary ways or use violent words figuratively."""

# ruff: noqa: E501  (the data lines are sentences; they are not wrapped)

from __future__ import annotations

# A group: (bare plural, plural after die/alle/keine/der, dative plural).
_GROUPS: dict[str, tuple[str, str, str]] = {
    "tr": ("Türken", "Türken", "Türken"),
    "ju": ("Juden", "Juden", "Juden"),
    "mu": ("Muslime", "Muslime", "Muslimen"),
    "fl": ("Flüchtlinge", "Flüchtlinge", "Flüchtlingen"),
    "fr": ("Frauen", "Frauen", "Frauen"),
    "sw": ("Schwule", "Schwulen", "Schwulen"),
    "le": ("Lesben", "Lesben", "Lesben"),
    "sr": ("Sinti und Roma", "Sinti und Roma", "Sinti und Roma"),
    "be": ("Behinderte", "Behinderten", "Behinderten"),
    "sz": ("Schwarze", "Schwarzen", "Schwarzen"),
    "po": ("Polen", "Polen", "Polen"),
    "ar": ("Araber", "Araber", "Arabern"),
    "ku": ("Kurden", "Kurden", "Kurden"),
    "ru": ("Rumänen", "Rumänen", "Rumänen"),
    "sy": ("Syrer", "Syrer", "Syrern"),
    "af": ("Afghanen", "Afghanen", "Afghanen"),
    "tm": ("trans Menschen", "trans Menschen", "trans Menschen"),
    "bi": ("Bisexuelle", "Bisexuellen", "Bisexuellen"),
    "as": ("Asiaten", "Asiaten", "Asiaten"),
    "ak": ("Afrikaner", "Afrikaner", "Afrikanern"),
    "uk": ("Ukrainer", "Ukrainer", "Ukrainern"),
    "vi": ("Vietnamesen", "Vietnamesen", "Vietnamesen"),
    "it": ("Italiener", "Italiener", "Italienern"),
    "rd": ("Russlanddeutsche", "Russlanddeutschen", "Russlanddeutschen"),
    "ge": ("Gehörlose", "Gehörlosen", "Gehörlosen"),
    "au": ("Autisten", "Autisten", "Autisten"),
    "je": ("Jesiden", "Jesiden", "Jesiden"),
    "er": ("Eritreer", "Eritreer", "Eritreern"),
    "gr": ("Griechen", "Griechen", "Griechen"),
    "bu": ("Bulgaren", "Bulgaren", "Bulgaren"),
    "al": ("Aleviten", "Aleviten", "Aleviten"),
    "mi": ("Migranten", "Migranten", "Migranten"),
    "hi": ("Hindus", "Hindus", "Hindus"),
    "ma": ("Marokkaner", "Marokkaner", "Marokkanern"),
    "bl": ("Blinde", "Blinden", "Blinden"),
    "ro": ("Rollstuhlfahrer", "Rollstuhlfahrer", "Rollstuhlfahrern"),
    "ts": ("Tschetschenen", "Tschetschenen", "Tschetschenen"),
}

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fmt(frame: str, key: str) -> str:
    p, a, d = _GROUPS[key]
    return _cap(frame.format(p=p, P=_cap(p), a=a, A=_cap(a), d=d))


def _typed(text: str, n: int) -> str:
    """Some pair groups typed casually: all lower case and no full stop, or no umlauts."""
    if n % 6 == 2:
        return text.lower().rstrip(".")
    if n % 7 == 4:
        return text.translate(_UMLAUTS)
    return text


# Each frame: (hateful functionality, hateful frame, harmless twins, group keys).
# {p} bare plural, {a} plural after an article, {d} dative plural; {P}/{A} capitalised.
_Frame = tuple[str, str, list[tuple[str, str]], str]

_FRAMES: list[_Frame] = [
    (
        "derogation",
        "Ich sag's, wie es ist: {p} sind eine Schande für dieses Land.",
        [
            (
                "negated_hate",
                "Ich sag's, wie es ist: {p} sind keine Schande für dieses Land, das ist einfach gelogen.",
            ),
            (
                "identity_positive",
                "Ich sag's, wie es ist: {p} sind ein Geschenk für dieses Land, und ich liebe unsere bunte Stadt ❤️",
            ),
        ],
        "tr fl sw",
    ),
    (
        "derogation",
        "{P} sind von Natur aus verlogen und hinterhältig.",
        [
            (
                "negated_hate",
                "Es ist falsch zu sagen, {p} seien von Natur aus verlogen und hinterhältig.",
            ),
            (
                "counter_speech",
                "Mein Schwager meinte beim Grillen, {p} seien von Natur aus verlogen. Ich hab ihm gesagt, dass das ein widerliches Vorurteil ist.",
            ),
        ],
        "ju ar sr",
    ),
    (
        "derogation",
        "Ich will keine {a} mehr in meiner Straße sehen, die versauen alles.",
        [
            (
                "negated_hate",
                "Ich hab null Problem damit, {p} in meiner Straße zu sehen, die versauen gar nichts.",
            ),
            (
                "identity_positive",
                "Ich liebe es, {p} in meiner Straße zu sehen, die machen das Viertel lebendig.",
            ),
        ],
        "mu ru tm",
    ),
    (
        "dehumanisation",
        "{P} sind Schmarotzer, die sich wie Zecken an uns festbeißen.",
        [
            (
                "negated_hate",
                "{P} sind keine Schmarotzer und auch keine Zecken, sondern Menschen wie du und ich.",
            ),
            (
                "counter_speech",
                "Wer {p} mit Zecken vergleicht, hat aus der Geschichte nichts gelernt. Mit solchen Vergleichen fing es schon einmal an.",
            ),
        ],
        "fl sr uk",
    ),
    (
        "dehumanisation",
        "Diese {a} sind nur Gewürm, das aus jedem Loch gekrochen kommt.",
        [
            (
                "counter_speech",
                "Jemand hat {p} in unserer Elterngruppe „Gewürm“ genannt. Ich bin sofort raus, sowas unterstütze ich nicht.",
            ),
        ],
        "ak sy af",
    ),
    (
        "threat",
        "Wenn's nach mir ginge, würden wir die {a} mit Fackeln aus dem Dorf jagen.",
        [
            (
                "negated_hate",
                "Niemand sollte {p} aus dem Dorf jagen wollen, ich find solche Gedanken einfach krank.",
            ),
            (
                "counter_speech",
                "Auf Telegram ruft einer dazu auf, die {a} mit Fackeln aus dem Dorf zu jagen – Screenshot ist schon bei der Polizei.",
            ),
        ],
        "sr ju ma",
    ),
    (
        "threat",
        "Ich schwöre, wenn die {a} hier noch mal auftauchen, brech ich ihnen alle Knochen.",
        [
            (
                "identity_positive",
                "Ich schwöre, wenn die {a} hier noch mal auftauchen, koch ich für alle, die waren die besten Gäste, die wir je hatten.",
            ),
        ],
        "ku le vi",
    ),
    (
        "threat",
        "Man müsste die Häuser der {a} anzünden, dann hauen die von selbst ab.",
        [
            (
                "counter_speech",
                "„Man müsste die Häuser der {a} anzünden“ stand gestern an der Bushaltestelle. Wir haben es übermalt und Anzeige erstattet.",
            ),
            (
                "negated_hate",
                "Ich will nicht, dass irgendwer die Häuser der {a} anzündet. Nie wieder, hört ihr?",
            ),
        ],
        "tr je fl",
    ),
    (
        "derogation",
        "{P} haben kein Hirn, die können nicht mal bis drei zählen 🙄",
        [
            (
                "negated_hate",
                "Ich glaube nicht eine Sekunde, dass {p} weniger Hirn haben als andere, so ein Unsinn.",
            ),
        ],
        "fr po ge",
    ),
    (
        "derogation",
        "Ganz ehrlich, {p} sind der Abschaum der Gesellschaft.",
        [
            (
                "negated_hate",
                "Ganz ehrlich, {p} sind nicht der Abschaum der Gesellschaft. Wer sowas glaubt, sollte mal vor die Tür gehen.",
            ),
            ("identity_positive", "Ganz ehrlich, {p} sind das Herz unserer Nachbarschaft 💛"),
        ],
        "sz bi ru",
    ),
    (
        "dehumanisation",
        "Man sollte {p} in Käfige sperren wie Affen im Zoo.",
        [
            (
                "counter_speech",
                "Der Typ schreibt allen Ernstes, man sollte {p} wie Affen in Käfige sperren. Account gemeldet, hoffentlich fliegt er.",
            ),
        ],
        "sz ak tm",
    ),
    (
        "threat",
        "Bewaffnet euch, Leute, die {a} sollen bluten.",
        [
            (
                "counter_speech",
                "Wer auf einer Demo „die {a} sollen bluten“ grölt, ist kein besorgter Bürger, sondern ein Gewalttäter.",
            ),
            (
                "negated_hate",
                "Keiner hier will, dass {p} bluten, hört endlich auf mit diesem Kriegsgerede.",
            ),
        ],
        "mu ju tr",
    ),
    (
        "derogation",
        "Ich ekel mich vor {d}, die sollen mir bloß nicht zu nahe kommen.",
        [
            (
                "negated_hate",
                "Ich ekel mich doch nicht vor {d}, was ist denn das für eine Aussage?",
            ),
        ],
        "sw be le",
    ),
    (
        "derogation",
        "{P} verpesten jedes Viertel, in das sie ziehen.",
        [
            (
                "negated_hate",
                "Es stimmt nicht, dass {p} jedes Viertel verpesten, in das sie ziehen – unser Kiez ist mit ihnen richtig aufgeblüht.",
            ),
            (
                "identity_neutral",
                "Viele {p} sind in den letzten Jahren in unser Viertel gezogen, inzwischen gibt es zwei neue Läden und einen Kulturverein.",
            ),
        ],
        "ar bu ku",
    ),
    (
        "threat",
        "Hoffentlich mischt bald mal jemand die {a} hier richtig auf, mit Blut und allem.",
        [
            (
                "counter_speech",
                "Unter dem Video steht: „Hoffentlich mischt bald jemand die {a} auf.“ 300 Likes. Ich bin fassungslos, bitte meldet das.",
            ),
        ],
        "sy er as",
    ),
    (
        "dehumanisation",
        "{P} sind Viehzeug und gehören in den Stall.",
        [
            ("negated_hate", "{P} sind kein Viehzeug, verdammt nochmal, das sind Menschen!"),
        ],
        "ro af rd",
    ),
    (
        "derogation",
        "Die {a} im Büro sind alle unfähig, die haben ihren Job nur wegen der Quote.",
        [
            (
                "negated_hate",
                "Ich glaube nicht, dass die {a} im Büro ihren Job wegen irgendeiner Quote haben. Die sind einfach richtig gut.",
            ),
            (
                "identity_positive",
                "Die {a} im Büro sind die Besten im ganzen Team, ich bewundere, wie die das alles stemmen.",
            ),
        ],
        "fr sz tm",
    ),
    (
        "derogation",
        "Mit {d} an einem Tisch essen? Niemals, da wird mir schlecht.",
        [
            (
                "negated_hate",
                "Mit {d} an einem Tisch essen? Klar, warum denn nicht, da wird mir doch nicht schlecht.",
            ),
            (
                "identity_positive",
                "Mit {d} an einem Tisch essen ist das Schönste überhaupt, da wird immer so viel gelacht 😄",
            ),
        ],
        "ju hi al",
    ),
    (
        "threat",
        "Wir sollten die {a} alle zusammentreiben und über die Grenze prügeln.",
        [
            (
                "counter_speech",
                "Einer schrieb im Dorf-Chat, man solle die {a} zusammentreiben und über die Grenze prügeln. Das ist ein Gewaltaufruf, keine Meinung.",
            ),
            (
                "negated_hate",
                "Niemand sollte die {a} zusammentreiben oder verprügeln, egal wie wütend er gerade ist.",
            ),
        ],
        "ru po mi",
    ),
    (
        "derogation",
        "{P} erziehen ihre Kinder zu kleinen Verbrechern.",
        [
            (
                "negated_hate",
                "Ich glaube nicht, dass {p} ihre Kinder zu Verbrechern erziehen. Die Nachbarskinder sind die höflichsten im ganzen Haus.",
            ),
        ],
        "sr ma ts",
    ),
    (
        "dehumanisation",
        "{P} breiten sich aus wie Schimmel im Keller, ganz Europa ist schon befallen.",
        [
            (
                "counter_speech",
                "„{P} breiten sich aus wie Schimmel“ – genau mit solchen Bildern hat die Nazipropaganda gearbeitet. Nicht bei uns.",
            ),
            (
                "negated_hate",
                "{P} sind doch kein Schimmel, der sich ausbreitet, sondern Familien, die hier leben.",
            ),
        ],
        "mu ju sr",
    ),
    (
        "threat",
        "Irgendwann stehen wir vor euren Türen, ihr {a}, und dann gnade euch Gott.",
        [
            (
                "counter_speech",
                "Wer {d} droht, „irgendwann stehen wir vor euren Türen“, bekommt von uns eine Anzeige und keine Bühne.",
            ),
        ],
        "sw bi tm",
    ),
    (
        "derogation",
        "{P} wollen immer nur fordern und leisten selbst nichts.",
        [
            (
                "negated_hate",
                "Es ist einfach falsch, dass {p} nur fordern und nichts leisten. Schaut euch mal die Pflegekräfte in diesem Land an.",
            ),
            (
                "identity_positive",
                "{P} leisten so unglaublich viel in diesem Land, ich hab riesigen Respekt davor.",
            ),
        ],
        "mi fl fr",
    ),
    (
        "derogation",
        "Bei {d} in der Nähe muss man immer auf sein Portemonnaie aufpassen.",
        [
            (
                "negated_hate",
                "Bei {d} muss man nicht mehr aufs Portemonnaie aufpassen als bei allen anderen auch, das ist ein uraltes Klischee.",
            ),
            (
                "counter_speech",
                "„Bei {d} muss man aufs Portemonnaie aufpassen“ – solche Sprüche hört mein Freund jede Woche. Es reicht.",
            ),
        ],
        "sr ru ak",
    ),
    (
        "dehumanisation",
        "{P} sind Missgeburten, die man gleich nach der Geburt hätte aussortieren sollen.",
        [
            (
                "negated_hate",
                "{P} sind keine Missgeburten, und niemand hätte sie aussortieren sollen. Wer so redet, soll sich schämen.",
            ),
            (
                "identity_positive",
                "{P} sind wundervolle Menschen, und ich bin stolz, mit so vielen von ihnen zu arbeiten.",
            ),
        ],
        "be au bl",
    ),
    (
        "threat",
        "Die {a} sollte man alle in einen Zug setzen, ohne Rückfahrkarte, ihr wisst schon wohin.",
        [
            (
                "counter_speech",
                "„Die {a} in einen Zug setzen, ihr wisst schon wohin“ – wer so eine Anspielung macht, verhöhnt die Opfer der Deportationen. Gemeldet.",
            ),
        ],
        "ju sr sw",
    ),
    (
        "derogation",
        "Ich könnte kotzen, wenn ich sehe, wie viele {p} hier rumlaufen.",
        [
            (
                "identity_positive",
                "Ich könnte heulen vor Freude, wenn ich sehe, wie viele {p} hier inzwischen offen leben können.",
            ),
            (
                "identity_neutral",
                "Ich hab heute erst gelesen, wie viele {p} hier im Stadtteil leben, laut Umfrage deutlich mehr als gedacht.",
            ),
        ],
        "sw le tm",
    ),
    (
        "derogation",
        "Kein Bock mehr auf {p}. Raus mit dem Pack. #heimat",
        [
            (
                "counter_speech",
                "„Kein Bock mehr auf {p}, raus mit dem Pack“ – und sowas trendet heute? Gemeldet, und ihr solltet das auch tun.",
            ),
            (
                "identity_positive",
                "Voll Bock auf das Sommerfest mit den {d} aus dem Nachbarhaus! #heimat",
            ),
        ],
        "af sy tr",
    ),
    (
        "derogation",
        "{P} sind zu nichts zu gebrauchen, nicht mal zum Putzen.",
        [
            (
                "counter_speech",
                "Wer behauptet, {p} seien zu nichts zu gebrauchen, soll mal unsere Ärztin, unsere zwei Ingenieure und meinen besten Freund kennenlernen.",
            ),
            (
                "identity_positive",
                "{P} sind so talentiert, ich bin jedes Mal beeindruckt, was sie auf die Beine stellen.",
            ),
        ],
        "fr be rd",
    ),
    (
        "threat",
        "Macht die Kanister voll, heute Nacht ist die Unterkunft der {a} dran.",
        [
            (
                "counter_speech",
                "Nach Solingen und Rostock-Lichtenhagen schreibt wieder einer „heute Nacht ist die Unterkunft der {a} dran“. Nie wieder heißt jetzt: Anzeige.",
            ),
            (
                "identity_neutral",
                "Heute Abend gibt es in der Unterkunft der {a} ein Nachbarschaftsfest, wir bringen Kuchen mit.",
            ),
        ],
        "fl sy er",
    ),
    (
        "dehumanisation",
        "{P} stinken nach Knoblauch und Dreck, wie Tiere eben.",
        [
            (
                "counter_speech",
                "Der Spruch, {p} würden nach Knoblauch und Dreck stinken, ist so alt wie dumm. Hab den Post gemeldet.",
            ),
            (
                "identity_positive",
                "{P} kochen mit so viel Knoblauch und Liebe, das Essen bei meinen Nachbarn ist jedes Mal ein Fest.",
            ),
        ],
        "tr gr it",
    ),
    (
        "derogation",
        "{P} gehören nicht in unsere Schulen, die versauen unseren Kindern die Zukunft.",
        [
            (
                "negated_hate",
                "{P} versauen niemandem die Zukunft, und natürlich gehören sie in unsere Schulen.",
            ),
            (
                "identity_neutral",
                "An den Schulen unserer Stadt gibt es jetzt AGs, die von {d} geleitet werden.",
            ),
        ],
        "be tm mi",
    ),
    (
        "threat",
        "Schlagt ihnen die Zähne raus, den {d}, dann lernen sie Respekt.",
        [
            (
                "negated_hate",
                "Niemand schlägt hier irgendwem die Zähne raus, auch nicht den {d}. Respekt lernt man nicht mit Fäusten.",
            ),
        ],
        "sw ak ma",
    ),
    (
        "derogation",
        "Mich widern {p} an, jeder Tag mit denen in der Firma ist eine Qual.",
        [
            (
                "negated_hate",
                "Mich widern {p} nicht an, im Gegenteil, die Tage mit ihnen in der Firma sind meistens die lustigsten.",
            ),
            (
                "identity_positive",
                "Ich liebe es, mit {d} in der Firma zu arbeiten, jeder Tag mit denen macht Spaß.",
            ),
        ],
        "po vi hi",
    ),
    (
        "dehumanisation",
        "{P} sind wie Heuschrecken, die kommen, fressen alles kahl und ziehen weiter.",
        [
            (
                "counter_speech",
                "Das Bild von {d} als Heuschrecken, die alles kahlfressen, ist uralte Hetze. Dass sowas immer noch geteilt wird, ist traurig.",
            ),
            (
                "negated_hate",
                "{P} sind keine Heuschrecken und fressen nichts kahl, die arbeiten hier wie alle anderen auch.",
            ),
        ],
        "ru bu sr",
    ),
    (
        "threat",
        "Ein paar Molotows auf das Vereinsheim der {a}, dann wär endlich Ruhe.",
        [
            (
                "counter_speech",
                "Jemand hat gefordert, Molotows auf das Vereinsheim der {a} zu werfen. Jetzt steht es unter Polizeischutz, und wir halten nachts mit Wache.",
            ),
        ],
        "ku al je",
    ),
    (
        "derogation",
        "{P} sind alle psychisch gestört und gehören in Behandlung.",
        [
            (
                "negated_hate",
                "{P} sind nicht psychisch gestört und gehören auch nicht in Behandlung, das ist längst wissenschaftlich geklärt.",
            ),
            (
                "identity_positive",
                "{P} sind so mutig, ich bewundere alle, die offen zu sich stehen, und bin stolz auf meine Freunde.",
            ),
        ],
        "tm bi le",
    ),
    (
        "derogation",
        "Ich traue keinem von den {d}, die lügen, sobald sie den Mund aufmachen.",
        [
            (
                "negated_hate",
                "Ich sehe keinen Grund, {d} weniger zu trauen als anderen, das mit dem Lügen ist Quatsch.",
            ),
        ],
        "ar ts al",
    ),
    (
        "dehumanisation",
        "Die {a} sind Müll, und Müll bringt man raus.",
        [
            (
                "negated_hate",
                "Die {a} sind kein Müll, und wer so redet, sollte sich selbst mal zuhören.",
            ),
            (
                "counter_speech",
                "„Die {a} sind Müll, und Müll bringt man raus“ – hat ein Lokalpolitiker wirklich so gepostet. Rücktritt, sofort.",
            ),
        ],
        "fl as af",
    ),
    (
        "threat",
        "Sobald es dunkel ist, gehen wir {p} klatschen.",
        [
            (
                "counter_speech",
                "Die Gruppe am Bahnhof hat laut gerufen, sie gehen heute {p} klatschen. Ich hab sofort die 110 gewählt.",
            ),
            (
                "negated_hate",
                "Keiner geht heute {p} klatschen, wir gehen tanzen, und zwar alle zusammen.",
            ),
        ],
        "sw tm sz",
    ),
    (
        "derogation",
        "{P} können nicht Auto fahren, die gehören nicht auf die Straße.",
        [
            (
                "negated_hate",
                "{P} können sehr wohl Auto fahren, und auf die Straße gehören sie genauso wie du.",
            ),
        ],
        "fr as ro",
    ),
    (
        "dehumanisation",
        "Diese {a} sind Bestien, die nur auf unsere Frauen losgehen.",
        [
            (
                "counter_speech",
                "Wenn in der Kommentarspalte steht, {p} seien Bestien, die auf Frauen losgehen, dann ist das Hetze und kein Frauenschutz.",
            ),
            (
                "negated_hate",
                "{P} sind keine Bestien. Gewalt gegen Frauen gibt es in allen Gruppen, nicht wegen einer Herkunft.",
            ),
        ],
        "ar ak ma",
    ),
    (
        "threat",
        "Man sollte den {d} das Wahlrecht wegnehmen und sie danach aus dem Land prügeln.",
        [
            (
                "negated_hate",
                "Man sollte den {d} weder das Wahlrecht wegnehmen noch sie irgendwohin prügeln, das ist Demokratie, Leute.",
            ),
        ],
        "fr mi mu",
    ),
    (
        "derogation",
        "{P} ruinieren den Fußball, seitdem die im Verein sind, geht alles den Bach runter.",
        [
            (
                "identity_positive",
                "Seitdem {p} im Verein sind, läuft es richtig, die haben uns den Aufstieg geschenkt ⚽❤️",
            ),
            ("negated_hate", "Nein, {p} ruinieren den Fußball nicht, das ist Stammtischgerede."),
        ],
        "sz tr fr",
    ),
    (
        "derogation",
        "Wer {p} einstellt, ist selber schuld, die machen nur Ärger.",
        [
            (
                "negated_hate",
                "Wer {p} einstellt, ist nicht selber schuld, sondern clever, unsere Firma hat nur gute Erfahrungen gemacht.",
            ),
            (
                "identity_positive",
                "Die beste Entscheidung, die wir je getroffen haben: {p} einstellen. Ich bin so stolz auf unser Team.",
            ),
        ],
        "au ge af",
    ),
    (
        "threat",
        "Die {a} sollte man nachts im Park abpassen und ihnen zeigen, wo der Hammer hängt.",
        [
            (
                "counter_speech",
                "Wieder ein Post, man sollte die {a} nachts im Park abpassen. Letztes Jahr wurde genau dort jemand zusammengeschlagen, das ist kein Witz.",
            ),
            (
                "identity_neutral",
                "Die {a} aus dem Verein treffen sich jeden Donnerstagabend im Park zum Laufen, wer will, kann mitmachen.",
            ),
        ],
        "le bi ku",
    ),
    (
        "dehumanisation",
        "{P} sind Untermenschen, das sieht man doch schon an ihren Gesichtern.",
        [
            (
                "counter_speech",
                "Das Wort „Untermenschen“ für {p} hat mein Opa noch in der Schule gelernt. Dass es heute wieder in meiner Timeline steht, macht mir Angst.",
            ),
            ("negated_hate", "{P} sind keine Untermenschen, es gibt keine Untermenschen, Punkt."),
        ],
        "sr sz ju",
    ),
    (
        "derogation",
        "{P} bringen nur Krankheiten und Kriminalität in unsere Stadt.",
        [
            (
                "negated_hate",
                "Ich glaube nicht, dass {p} Krankheiten oder Kriminalität in unsere Stadt bringen, dafür gibt es null Belege.",
            ),
            (
                "identity_positive",
                "{P} bringen so viel Leben, Musik und gutes Essen in unsere Stadt, ich bin echt dankbar dafür.",
            ),
        ],
        "bu er uk",
    ),
]

# Hand-written groups around a slur or an obfuscated spelling: (functionality, hateful text,
# harmless twins on the same group).
_WRITTEN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "slur",
        "Guck mal, der Kümmeltürke macht wieder auf dicke Hose.",
        [
            (
                "counter_speech",
                "„Kümmeltürke“ musste sich mein Vater in den 80ern jeden Tag auf dem Bau anhören. Das Wort gehört in den Müll.",
            ),
            (
                "identity_positive",
                "Mein türkischer Nachbar hilft jedem im Haus, ich mag ihn wirklich sehr.",
            ),
        ],
    ),
    (
        "slur",
        "Diese Zigeunerbrut lungert schon wieder vor dem Supermarkt rum.",
        [
            (
                "counter_speech",
                "„Zigeunerbrut“ hat jemand unter das Foto vom Sinti-Musikfestival geschrieben. Kommentar gemeldet, so ein Wort ist Hetze.",
            ),
            (
                "identity_neutral",
                "Vor dem Supermarkt spielt heute eine Sinti-Band, richtig guter Jazz Manouche.",
            ),
        ],
    ),
    (
        "slur",
        "Halt die Fresse, du Schwuchtel, sonst knallt's.",
        [
            (
                "counter_speech",
                "Mein Sohn wurde auf dem Schulhof „Schwuchtel“ genannt. Wir haben mit der Schule gesprochen, so etwas wird nicht toleriert.",
            ),
            (
                "identity_positive",
                "Mein bester Freund ist schwul und der loyalste Mensch, den ich kenne ❤️",
            ),
        ],
    ),
    (
        "slur",
        "Ab mit dem Bimbo zurück in den Dschungel.",
        [
            (
                "counter_speech",
                "„Bimbo“ ist keine lustige Bezeichnung, sondern eine rassistische Beleidigung. Hört auf, das in der Gruppe zu schreiben.",
            ),
            (
                "identity_positive",
                "Der neue Mittelstürmer kommt aus Ghana und ist einfach ein Traum am Ball.",
            ),
        ],
    ),
    (
        "slur",
        "Dieser Spast im Rollstuhl blockiert den ganzen Aufzug.",
        [
            (
                "counter_speech",
                "Wer Leute „Spast“ nennt, sollte mal einen Tag mit meiner Schwester verbringen, die hat eine Spastik und mehr Humor als du.",
            ),
            (
                "identity_neutral",
                "Der Mann im Rollstuhl hat mir erklärt, welcher Aufzug am Bahnhof funktioniert, danke nochmal!",
            ),
        ],
    ),
    (
        "slur",
        "Die Fidschis vom Blumenladen sollen heimgehen.",
        [
            (
                "counter_speech",
                "Vietnamesen in Ostdeutschland wurden jahrzehntelang „Fidschis“ genannt. Zeit, dass dieses Wort verschwindet.",
            ),
            (
                "identity_positive",
                "Der vietnamesische Blumenladen an der Ecke hat die schönsten Sträuße der Stadt 💐",
            ),
        ],
    ),
    (
        "slur",
        "Die Kopftuchtussi am Schalter hat mich nicht mal verstanden, unfassbar, dass sowas eingestellt wird.",
        [
            (
                "counter_speech",
                "Meine Kollegin wurde am Schalter „Kopftuchtussi“ genannt. Sie spricht vier Sprachen, der Kunde offensichtlich nicht mal eine richtig.",
            ),
            (
                "identity_positive",
                "Meine Kollegin mit Kopftuch am Schalter ist die freundlichste und kompetenteste im ganzen Amt.",
            ),
        ],
    ),
    (
        "slur",
        "Der Polacke hat bestimmt wieder unser Fahrrad geklaut.",
        [
            (
                "counter_speech",
                "Dass mein Kollege immer noch „Polacke“ sagt, sobald ein Fahrrad fehlt, finde ich peinlich und rassistisch.",
            ),
            (
                "identity_positive",
                "Mein polnischer Kollege hat mir beim Umzug geholfen, bester Mensch 💪",
            ),
        ],
    ),
    (
        "slur",
        "Die Kanakenbande vom Spielplatz gehört eingesperrt.",
        [
            (
                "counter_speech",
                "Die Kids vom Spielplatz werden von Erwachsenen „Kanakenbande“ genannt. Was lernen unsere Kinder daraus?",
            ),
            (
                "identity_neutral",
                "Die Kinder vom Spielplatz kommen aus acht Ländern und spielen jeden Nachmittag zusammen Fußball.",
            ),
        ],
    ),
    (
        "slur",
        "Scheiß Mongo, lern erstmal sprechen.",
        [
            (
                "counter_speech",
                "„Mongo“ als Schimpfwort trifft Menschen mit Down-Syndrom. Lasst das einfach.",
            ),
            (
                "identity_positive",
                "Meine Cousine hat Down-Syndrom und ist die lustigste Person auf jeder Familienfeier 😂❤️",
            ),
        ],
    ),
    (
        "slur",
        "Sieh dir diese Kampflesben an, einfach ekelhaft.",
        [
            (
                "counter_speech",
                "„Kampflesben“ stand auf dem Plakat der Gegendemo. Wir haben nur gelacht und weitergetanzt.",
            ),
            (
                "identity_positive",
                "Zwei Lesben haben unsere Frauenfußballmannschaft aufgebaut und ich bewundere die beiden total.",
            ),
        ],
    ),
    (
        "slur",
        "Die Transe soll sich verpissen, die ist doch keine richtige Frau.",
        [
            (
                "counter_speech",
                "Wer trans Frauen „Transe“ nennt und ihnen abspricht, Frauen zu sein, betreibt Hetze. Punkt.",
            ),
            (
                "identity_positive",
                "Meine Freundin ist eine trans Frau und die stärkste Person, die ich kenne.",
            ),
        ],
    ),
    (
        "slur",
        "Schlitzaugen wie der sollen zurück nach China.",
        [
            (
                "counter_speech",
                "Mein Kollege aus Korea wird ständig „Schlitzauge“ genannt und nach China geschickt. Er ist in Bochum geboren.",
            ),
            ("identity_neutral", "Mein Kollege aus Korea hat mir sein Kimchi-Rezept gegeben."),
        ],
    ),
    (
        "slur",
        "Verpiss dich, du Judenschwein.",
        [
            (
                "counter_speech",
                "„Judenschwein“ wurde gestern an ein Klingelschild geschmiert. Die ganze Straße stand abends vor dem Haus, um Solidarität zu zeigen.",
            ),
            (
                "identity_positive",
                "Unsere jüdischen Nachbarn haben uns zum Schabbat-Essen eingeladen, so ein schöner Abend.",
            ),
        ],
    ),
    (
        "slur",
        "Der Kameltreiber vom Kiosk soll mir nicht noch mal das Wechselgeld hinknallen.",
        [
            (
                "counter_speech",
                "Den Kioskbesitzer „Kameltreiber“ zu nennen ist rassistisch, egal wie schlecht deine Laune ist.",
            ),
            (
                "identity_positive",
                "Der Kioskbesitzer aus Marokko kennt jeden im Viertel beim Namen, ich liebe unseren Kiosk.",
            ),
        ],
    ),
    (
        "slur",
        "Der Krüppel soll nicht so lange an der Kasse brauchen.",
        [
            (
                "counter_speech",
                "Dass jemand einen Rentner mit Gehstock „Krüppel“ schimpft, weil es an der Kasse dauert, macht mich so wütend.",
            ),
            (
                "identity_neutral",
                "Die Kassiererin hat dem Herrn mit Gehstock geholfen, die Einkäufe einzupacken.",
            ),
        ],
    ),
    (
        "slur",
        "Die Negerbrut in der Kita ist viel zu laut.",
        [
            (
                "counter_speech",
                "Jemand hat in der Elterngruppe „Negerbrut“ geschrieben. Der Admin hat ihn rausgeworfen, zu Recht.",
            ),
            (
                "identity_positive",
                "In unserer Kita sind Kinder mit Wurzeln in ganz Afrika, und das Sommerfest war das bunteste überhaupt.",
            ),
        ],
    ),
    (
        "slur",
        "Dumme Fotze, zurück an den Herd mit dir.",
        [
            (
                "counter_speech",
                "„Dumme Fotze, zurück an den Herd“ – das bekommt fast jede Politikerin in ihre Mails. Wir müssen darüber reden.",
            ),
            (
                "identity_positive",
                "Frauen in der Politik haben meinen größten Respekt, die halten so viel aus.",
            ),
        ],
    ),
    (
        "slur",
        "Diese Tunte soll nicht so rumzappeln, peinlich.",
        [
            (
                "counter_speech",
                "Als der Moderator „Tunte“ gesagt hat, hat sich der Sender zum Glück am nächsten Tag entschuldigt.",
            ),
            (
                "identity_positive",
                "Die Drag-Queen gestern im Theater war grandios, so viel Talent!",
            ),
        ],
    ),
    (
        "slur",
        "Der Russki von nebenan säuft schon wieder.",
        [
            (
                "counter_speech",
                "Ich heiße nicht „Russki“. Ich bin in Kasachstan geboren und lebe seit 25 Jahren in Deutschland.",
            ),
            (
                "identity_neutral",
                "Der Nachbar aus Russland hat uns Pelmeni vorbeigebracht, mega lecker.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "M u s e l s raus aus Deutschland",
        [
            ("negated_hate", "Muslime raus? Nein. Niemand muss hier raus."),
            (
                "identity_positive",
                "Liebe Muslime, eure Iftar-Abende sind das Schönste im ganzen Jahr 🌙",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Die J*den kontrollieren die Medien, wacht endlich auf",
        [
            (
                "counter_speech",
                "„Die Juden kontrollieren die Medien“ ist eine uralte antisemitische Verschwörungslüge. Bitte nicht weiter teilen.",
            ),
            (
                "negated_hate",
                "Nein, Juden kontrollieren nicht die Medien, wer das glaubt, ist auf Propaganda reingefallen.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "sch wule sind kr4nk",
        [
            ("negated_hate", "Schwule sind nicht krank, das war nie eine Krankheit."),
            (
                "identity_positive",
                "Die schwulen Paare in unserem Haus sind die besten Nachbarn, stolz auf unsere Hausgemeinschaft 🏳️‍🌈",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Flüchtl1nge = Vergewaltiger, alle",
        [
            (
                "counter_speech",
                "Die Gleichung „Flüchtlinge = Vergewaltiger“ ist Hetze, und ich melde jeden Post, der sie verbreitet.",
            ),
            (
                "identity_neutral",
                "Flüchtlinge in unserer Stadt können jetzt kostenlos Deutschkurse in der Bibliothek besuchen.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Zig3uner geh0eren abgeschoben",
        [
            (
                "counter_speech",
                "„Zigeuner abschieben“ ist kein Wahlkampfslogan, das ist Volksverhetzung.",
            ),
            (
                "identity_positive",
                "Sinti und Roma haben die europäische Musik so reich gemacht, ich liebe Django Reinhardt.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Beh!nderte sind nutzlose Esser",
        [
            (
                "counter_speech",
                "„Nutzlose Esser“ haben die Nazis Behinderte genannt, bevor sie sie ermordet haben. Wer das heute wiederholt, weiß genau, was er tut.",
            ),
            (
                "identity_positive",
                "Unsere behinderten Kolleginnen und Kollegen sind im Betrieb unverzichtbar, ich bin stolz auf unser inklusives Team.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "n3g3r haben nen niedrigeren IQ, ist halt so",
        [
            (
                "negated_hate",
                "Schwarze haben keinen niedrigeren IQ, das ist rassistische Pseudowissenschaft.",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Tuerken sind alle Messerstecheeer",
        [
            (
                "negated_hate",
                "Türken sind keine Messerstecher, mein Nachbar ist Chirurg, der benutzt Messer nur im OP 😄",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Fr4uen sind zu bl0d für Technik",
        [
            (
                "negated_hate",
                "Frauen sind nicht zu blöd für Technik, unsere beste Informatikerin beweist das jeden Tag.",
            ),
            (
                "identity_positive",
                "Frauen in der Technik, ihr seid großartig, ich bewundere jede einzelne von euch!",
            ),
        ],
    ),
    (
        "spelling_variation",
        "Ar@ber sind alle Terr0risten",
        [
            (
                "counter_speech",
                "Nein, „Araber sind alle Terroristen“ ist keine Sorge, sondern Rassismus.",
            ),
        ],
    ),
]

# The same hostile frame once at a protected group (hateful) and once at a non-protected
# target or at one person for what they did: (functionality, hateful text, harmless
# functionality, harmless text).
_TARGETS: list[tuple[str, str, str, str]] = [
    (
        "derogation",
        "Ich hasse Muslime wie die Pest.",
        "non_protected_target",
        "Ich hasse Montagmorgen wie die Pest.",
    ),
    (
        "derogation",
        "Juden haben in unserem Stadion nichts zu suchen.",
        "non_protected_target",
        "Bengalos haben in unserem Stadion nichts zu suchen.",
    ),
    (
        "dehumanisation",
        "Die Flüchtlinge vermehren sich wie Karnickel.",
        "non_protected_target",
        "Die Wollmäuse unterm Bett vermehren sich wie Karnickel.",
    ),
    (
        "derogation",
        "Diese Lesben sind so nervig, ich kann die nicht mehr ertragen.",
        "non_protected_target",
        "Diese Pop-up-Fenster sind so nervig, ich kann die nicht mehr ertragen.",
    ),
    (
        "threat",
        "Die Türken sollte man alle aus der Innenstadt prügeln.",
        "non_protected_target",
        "Die Leihroller sollte man alle aus der Innenstadt werfen, die liegen überall rum.",
    ),
    (
        "derogation",
        "Schwarze sind schuld daran, dass hier alles den Bach runtergeht.",
        "non_protected_target",
        "Die Stadtwerke sind schuld daran, dass hier alles den Bach runtergeht, schon wieder Rohrbruch.",
    ),
    (
        "dehumanisation",
        "Behinderte sind Ballast, den wir alle mitschleppen müssen.",
        "non_protected_target",
        "Diese alten Aktenordner sind Ballast, den wir seit Jahren mitschleppen.",
    ),
    (
        "derogation",
        "Frauen sind zu dumm für diesen Job.",
        "abuse_individual",
        "Du bist zu dumm für diesen Job, Marco, du hast zum dritten Mal den Server gelöscht.",
    ),
    (
        "threat",
        "Ich würde jeden Schwulen am liebsten erwürgen.",
        "non_protected_target",
        "Ich würde den WLAN-Router am liebsten erwürgen.",
    ),
    (
        "derogation",
        "Scheiß Rumänen, die ruinieren unsere Stadt.",
        "non_protected_target",
        "Scheiß Dauerbaustellen, die ruinieren unsere Stadt.",
    ),
    (
        "derogation",
        "Die Kurden sind ein einziger Haufen Inkompetenz.",
        "non_protected_target",
        "Die Abwehr vom HSV ist ein einziger Haufen Inkompetenz.",
    ),
    (
        "dehumanisation",
        "Syrer sind Ungeziefer, die muss man ausräuchern.",
        "non_protected_target",
        "Die Wespen unterm Dach sind Ungeziefer, die muss man ausräuchern.",
    ),
    (
        "derogation",
        "Afghanen sind eine tickende Zeitbombe.",
        "non_protected_target",
        "Dieses alte Atomkraftwerk ist eine tickende Zeitbombe.",
    ),
    (
        "threat",
        "Man sollte die Juden alle vergiften.",
        "non_protected_target",
        "Man sollte die Ratten im Keller alle vergiften, der Kammerjäger kommt am Montag.",
    ),
    (
        "derogation",
        "Muslime verdienen keinen Respekt.",
        "non_protected_target",
        "Diese Regierung verdient nach dem Maskenskandal keinen Respekt mehr.",
    ),
    (
        "derogation",
        "Polen sind alle Säufer und Diebe.",
        "abuse_individual",
        "Du bist ein Säufer und ein Dieb, Thomas, gib mir endlich meine 200 Euro zurück.",
    ),
    (
        "dehumanisation",
        "Trans Menschen sind kranke Freaks.",
        "non_protected_target",
        "Diese Krypto-Abzocker sind kranke Freaks, jede Woche ein neuer Scam.",
    ),
    (
        "derogation",
        "Italiener sind faul und korrupt.",
        "non_protected_target",
        "Der Stadtrat ist faul und korrupt, seit Jahren passiert bei der Schwimmhalle nichts.",
    ),
    (
        "derogation",
        "Ich kann Araber nicht ab, die sind laut und primitiv.",
        "non_protected_target",
        "Ich kann Laubbläser nicht ab, die sind laut und primitiv.",
    ),
    (
        "threat",
        "Die Asiaten sollen alle an ihrem Virus verrecken.",
        "non_protected_target",
        "Die Tomaten sollen ruhig am Frost verrecken, die haben dieses Jahr eh nichts getragen.",
    ),
    (
        "derogation",
        "Bisexuelle sind verlogene Schlampen.",
        "abuse_individual",
        "Du bist eine verlogene Schlampe, Jana, du hast mir meinen Freund ausgespannt.",
    ),
    (
        "derogation",
        "Gehörlose sind eine Belastung für die Gesellschaft.",
        "non_protected_target",
        "Die ständigen Zugausfälle sind eine Belastung für die ganze Gesellschaft.",
    ),
    (
        "dehumanisation",
        "Afrikaner sind Affen, die gerade von den Bäumen gefallen sind.",
        "non_protected_target",
        "Meine Jungs sind kleine Affen, die den ganzen Tag von den Bäumen fallen 😂",
    ),
    (
        "threat",
        "Ich stech jeden Araber ab, der mir zu nahe kommt.",
        "non_protected_target",
        "Ich zerquetsch jede Mücke, die mir heute Nacht zu nahe kommt.",
    ),
    (
        "derogation",
        "Die Schwulen zerstören unsere Familien.",
        "non_protected_target",
        "Die Mietpreise zerstören unsere Familien, niemand kann sich mehr eine Wohnung leisten.",
    ),
    (
        "derogation",
        "Roma sind ein Problem, das endlich gelöst werden muss.",
        "non_protected_target",
        "Der Schimmel im Bad ist ein Problem, das endlich gelöst werden muss.",
    ),
    (
        "derogation",
        "Ukrainer nehmen uns alles weg.",
        "non_protected_target",
        "Die Möwen am Strand nehmen uns alles weg, sogar das Fischbrötchen 😭",
    ),
    (
        "threat",
        "Alle Jesiden sollen brennen.",
        "non_protected_target",
        "Alle alten Kontoauszüge sollen brennen, ich mach heute ein Feuer in der Tonne.",
    ),
    (
        "derogation",
        "Eritreer sind dreckig und stinken.",
        "non_protected_target",
        "Die Umkleide im Fitnessstudio ist dreckig und stinkt.",
    ),
    (
        "dehumanisation",
        "Marokkaner sind Raubtiere, die man an die Leine nehmen muss.",
        "non_protected_target",
        "Unser Kater ist ein Raubtier, man müsste ihn an die Leine nehmen, so viele Vögel wie der fängt.",
    ),
    (
        "derogation",
        "Hindus sind rückständige Kuhanbeter.",
        "non_protected_target",
        "Die Leute in unserer Verwaltung sind rückständige Faxanbeter.",
    ),
    (
        "derogation",
        "Christen sind alle Heuchler.",
        "abuse_individual",
        "Du bist ein Heuchler, Markus, erst große Reden schwingen und dann nicht auftauchen.",
    ),
    (
        "derogation",
        "Autisten sind Freaks, die keiner braucht.",
        "non_protected_target",
        "Diese Zwangsupdates sind Müll, den keiner braucht.",
    ),
    (
        "derogation",
        "Frauen sollten einfach die Klappe halten.",
        "abuse_individual",
        "Kevin sollte einfach die Klappe halten, der hat die ganze Überraschungsparty verraten.",
    ),
    (
        "threat",
        "Tschetschenen gehört eine Kugel in den Kopf.",
        "non_protected_target",
        "Diesem Drucker gehört eine Kugel in den Kopf, ehrlich, schon wieder Papierstau.",
    ),
    (
        "derogation",
        "Vietnamesen sind eine Landplage.",
        "non_protected_target",
        "Die Stechmücken am Baggersee sind eine Landplage.",
    ),
    (
        "derogation",
        "Griechen sind Schmarotzer, die von unserem Geld leben.",
        "non_protected_target",
        "Die Beraterfirmen sind Schmarotzer, die von unserem Steuergeld leben.",
    ),
    (
        "derogation",
        "Bulgaren bringen nur Dreck und Kriminalität.",
        "non_protected_target",
        "Silvester bringt nur Dreck und Lärm, ich hasse Böller.",
    ),
    (
        "threat",
        "Wenn noch mehr Muslime kommen, greifen wir zu den Waffen.",
        "non_protected_target",
        "Wenn noch ein Elfer gegen uns gepfiffen wird, greifen wir zu den Waffen 😂",
    ),
    (
        "derogation",
        "Juden sind gierige Blutsauger.",
        "non_protected_target",
        "Die Inkassobüros sind gierige Blutsauger.",
    ),
    (
        "derogation",
        "Schwarze sollten nicht in der Nationalmannschaft spielen dürfen.",
        "non_protected_target",
        "Der Bundestrainer sollte nach dieser Blamage nicht mehr in der Nationalmannschaft arbeiten dürfen.",
    ),
    (
        "derogation",
        "Lesben verdienen keine Kinder.",
        "abuse_individual",
        "Du verdienst keine zweite Chance nach dem, was du mit meinem Auto gemacht hast.",
    ),
    (
        "threat",
        "Ich will sehen, wie die Rumänen alle untergehen.",
        "non_protected_target",
        "Ich will sehen, wie die Bayern heute untergehen, 5:0 bitte 😈",
    ),
    (
        "derogation",
        "Behinderte sind Schmarotzer, die uns auf der Tasche liegen.",
        "non_protected_target",
        "Die Aktionäre dieses Konzerns sind Schmarotzer, die der Belegschaft auf der Tasche liegen.",
    ),
    (
        "derogation",
        "Die Türken haben Deutschland kaputt gemacht.",
        "non_protected_target",
        "Die Bürokratie hat Deutschland kaputt gemacht.",
    ),
    (
        "dehumanisation",
        "Migranten sind eine Flut, die uns ertränkt.",
        "non_protected_target",
        "Die E-Mails nach dem Urlaub sind eine Flut, die mich ertränkt.",
    ),
    (
        "derogation",
        "Alle Kurden sind Verräter.",
        "abuse_individual",
        "Du bist ein Verräter, Luca, du hast dem Trainer alles erzählt.",
    ),
    (
        "threat",
        "Aleviten gehören alle eingesperrt und verprügelt.",
        "non_protected_target",
        "Handy-am-Steuer-Fahrer gehören alle eingesperrt, vor der Schule passiert jeden Tag was.",
    ),
    (
        "derogation",
        "Russlanddeutsche sind primitiv und ungebildet.",
        "abuse_individual",
        "Du bist primitiv und ungebildet, Dennis, lies erstmal den Vertrag, bevor du rumschreist.",
    ),
    (
        "derogation",
        "Syrer sind eine Gefahr für unsere Töchter.",
        "non_protected_target",
        "Das rostige Klettergerüst ist eine Gefahr für unsere Kinder, die Stadt muss das abbauen.",
    ),
    (
        "derogation",
        "Ich hasse Sinti, das sind alles Diebe.",
        "abuse_individual",
        "Ich hasse dich, Paul, du Dieb hast mein Fahrrad bei eBay verkauft.",
    ),
    (
        "dehumanisation",
        "Schwule sind eine Seuche für unsere Jugend.",
        "non_protected_target",
        "Diese Energydrinks sind eine Seuche für unsere Jugend, sagt meine Oma.",
    ),
    (
        "derogation",
        "Muslime sind ein Haufen Versager.",
        "non_protected_target",
        "Ihr seid ein Haufen Versager, 0:6 gegen den Tabellenletzten, ich zerreiß meine Dauerkarte!",
    ),
    (
        "slur",
        "Verpiss dich, du dreckiger Kanake.",
        "abuse_individual",
        "Verpiss dich, du dreckiger Betrüger, du hast mich beim Autokauf abgezockt.",
    ),
    (
        "slur",
        "Halt's Maul, Schwuchtel.",
        "abuse_individual",
        "Halt's Maul, du Möchtegern-Experte, du hast das Auto noch nie von innen gesehen.",
    ),
    (
        "threat",
        "Ich bring die Juden um, einen nach dem anderen.",
        "non_protected_target",
        "Ich bring die Zombies um, einen nach dem anderen, Level 12 ist durch 🎮",
    ),
    (
        "slur",
        "Die Zigeuner sollen sich vom Acker machen.",
        "non_protected_target",
        "Die Wildschweine sollen sich endlich von unserem Acker machen, alles umgewühlt.",
    ),
    (
        "derogation",
        "Flüchtlinge sind das Allerletzte, ich würd keinem von denen helfen.",
        "abuse_individual",
        "Du bist das Allerletzte, Sven, ich hab dir beim Umzug geholfen und du kommst nicht mal zu meinem Geburtstag.",
    ),
]

_EVERYDAY: dict[str, list[str]] = {
    "farewell_plan": [
        "Bis nachher, ich find dich schon am Gleis 7.",
        "Wir treffen uns nach dem Freitagsgebet vor der Moschee, dann gehen wir zusammen essen.",
        "Ich hol dich nach dem Gottesdienst an der Kirche ab.",
        "Bis Sonntag beim Iftar bei Tante Leyla 🌙",
        "Mach's gut, wir sehen uns beim CSD am Samstag!",
        "ich schnapp dich nach der schicht vorm krankenhaus",
        "Bis Montag, und schönes Pessach euch!",
        "Treffpunkt ist der Dönerladen an der Ecke, ich bin um halb da.",
        "Ich warte vor dem Gemeindezentrum, bin die mit der gelben Mütze.",
        "Tschüss Oma, bis zum nächsten Sonntagsbraten 😘",
        "Wir sehen uns nach der Probe vom Gebärdenchor, ok?",
        "Bis gleich, ich erwisch dich schon noch vor der Vorlesung.",
        "Ich komm dich nach dem Deutschkurs abholen, so gegen fünf.",
        "Servus, wir sehen uns am Stammtisch, diesmal beim Griechen!",
        "Bis morgen beim Frühstück, ich bring Simit und Börek mit.",
        "Gute Reise nach Izmir und grüß deine Familie von mir!",
    ],
    "chat": [
        "Mein Mitbewohner aus Syrien hat heute Falafel für die ganze WG gemacht 😍",
        "hast du gesehen, dass der neue Nachbar blind ist und einen Blindenhund hat? der heißt Otto",
        "Meine Kollegin feiert morgen Nouruz, soll ich ihr was mitbringen?",
        "Kann man Chanukka-Kerzen eigentlich auch im Drogeriemarkt kaufen?",
        "Mein Sohn lernt in der Schule jetzt Türkisch als Wahlfach, findet er mega.",
        "Wir waren gestern beim Polnischen Abend im Kulturzentrum, die Piroggen waren der Hammer.",
        "Meine Tante hat ihre Freundin geheiratet, ich muss noch ein Geschenk kaufen!",
        "Weißt du, wann dieses Jahr Ramadan anfängt? Mein Kumpel hat gefragt, ob wir zusammen fasten.",
        "lol mein Vater versucht gerade Gebärdensprache zu lernen und verwechselt ständig „Danke“ und „Kuchen“",
        "Der Rollstuhl von Opa passt nicht in den Fiat, nehmen wir dein Auto?",
        "Die Kinder von nebenan haben uns Ostereier vor die Tür gelegt 🥚",
        "Hab meinen eritreischen Kollegen nach einem Injera-Rezept gefragt, wird heute probiert.",
        "Wann fängt das Diwali-Fest im Park an?",
        "Meine Schwiegermutter ist Russlanddeutsche und macht die besten Pelmeni der Welt.",
        "omg die Hochzeit von Aylin war sooo schön, drei Tage Party",
        "Wer kommt mit zum Sommerfest der jüdischen Gemeinde? Es gibt Live-Musik.",
    ],
    "support": [
        "Guten Tag, ich bin gehörlos und kann nicht telefonieren. Können Sie mir bitte per E-Mail antworten?",
        "Ihre Website lässt sich mit meinem Screenreader nicht bedienen, der Bestellknopf hat keine Beschriftung.",
        "Hallo, gibt es die Bedienungsanleitung auch auf Arabisch oder Türkisch?",
        "Ich brauche für meinen Flug eine Rollstuhlbegleitung, wo kann ich die anmelden?",
        "Mein Halal-Menü im Flugzeug wurde nicht geliefert, obwohl ich es gebucht hatte.",
        "Ich habe meinen Namen nach der Transition geändert, wie kann ich ihn im Kundenkonto anpassen?",
        "Die koscheren Produkte sind im Onlineshop nicht mehr zu finden, wurden die aus dem Sortiment genommen?",
        "Bitte senden Sie die Rechnung an meine neue Adresse, ich bin umgezogen.",
        "Der Kühlschrank kam mit einer Delle an, wie läuft die Reklamation?",
        "Meine Mutter spricht nur Polnisch, kann sie mit einem polnischsprachigen Mitarbeiter reden?",
        "Seit dem Update stürzt die Banking-App bei jeder Überweisung ab.",
        "hallo, mein paket liegt seit 5 tagen im verteilzentrum, was ist da los?",
        "Gibt es im Hotel barrierefreie Zimmer mit bodengleicher Dusche?",
        "Die Bestätigungs-SMS kommt nicht an, ich hab schon dreimal auf „erneut senden“ geklickt.",
        "Kann ich das Ticket für die Veranstaltung auf meinen Partner umschreiben lassen?",
        "Ich möchte mein Abo pausieren, während ich im Ausland bin.",
    ],
    "review": [
        "Bester Lahmacun der Stadt, der Besitzer ist super herzlich. 5 Sterne!",
        "Das vietnamesische Restaurant am Markt: Pho wie in Hanoi, nur die Wartezeit war lang.",
        "Der Friseur hat mir einen Afro-Schnitt gemacht, der endlich mal richtig sitzt, danke!",
        "Die Synagogenführung war spannend, unsere Führerin hat alles toll erklärt.",
        "Das Museum ist komplett barrierefrei, auch mit Rollstuhl kein Problem. Top!",
        "Griechische Taverne mit Seeblick, das Gyros war etwas trocken, aber der Wein super.",
        "Der Film über eine lesbische Bäuerin in Bayern ist berührend und witzig zugleich.",
        "Die syrischen Süßigkeiten aus der Bäckerei am Bahnhof sind ein Traum, aber sehr süß 😅",
        "Das Buch einer afghanischen Autorin hat mich komplett umgehauen, absolute Empfehlung.",
        "Die Kopfhörer rauschen leider, zurückgeschickt.",
        "Ferienhaus in Masuren, Vermieterin spricht kaum Deutsch, aber wir haben uns mit Händen und Füßen verständigt. Super Urlaub!",
        "Das indische Restaurant hat ein eigenes Diwali-Menü, sehr lecker und fair im Preis.",
        "Der Staubsaugerroboter verheddert sich ständig in Kabeln. 2 Sterne.",
        "Toller Kurs für Deutsche Gebärdensprache, die Lehrerin ist selbst gehörlos und erklärt super.",
        "Der eritreische Imbiss am Hafen ist ein Geheimtipp, scharf und günstig.",
        "Kabarett-Abend mit einem türkischstämmigen Comedian, ich hab Tränen gelacht.",
    ],
    "sports_gaming": [
        "Unser Stürmer mit ghanaischen Wurzeln hat die Abwehr heute komplett zerlegt, 3 Tore!",
        "Wir haben die Gäste aus Polen 4:1 abgeschossen, aber faire Truppe, respekt.",
        "Headshot mit der Pistole, ich bin tot vor Lachen 😂",
        "Die Rollstuhlbasketballer haben die Konkurrenz heute regelrecht überrollt.",
        "Lass die im Derby killen, Jungs, heute gibt's keine Gnade!",
        "Die Frauennationalmannschaft hat Spanien gestern richtig vernichtet.",
        "mein clan hat die ganze lobby ausgelöscht, gg",
        "Der türkische Nationalspieler bei uns im Verein hat einen Freistoß versenkt, unhaltbar.",
        "Unser Keeper hat den Elfer gekillt, Wahnsinn!",
        "Die queere Volleyballgruppe sucht noch Leute für das Turnier am Samstag.",
        "Ich hab den Boss mit dem letzten Pfeil erledigt, Gänsehaut.",
        "Wir wurden im Handball vom Tabellenführer zerquetscht, 21:38, autsch.",
        "Der Marokkaner im Mittelfeld ist der schnellste Spieler der Liga, der killt jeden Konter.",
        "Bei den Paralympics hat unser Team Gold geholt, was für ein Abend!",
        "Noob-Fehler, ich bin direkt in die Granate gelaufen 💀",
        "Am Wochenende Kreisliga-Derby gegen den Türkischen SV, das wird ein Fest.",
    ],
    "figurative_violent": [
        "Das Chili von meiner mexikanischen Mitbewohnerin hat mich umgebracht, so scharf 🔥",
        "Kannst du den Docker-Container abschießen und neu starten?",
        "Die Oma meines Freundes hat mich mit ihren Baklava fast gekillt, so viel Zucker.",
        "Die Tänzerinnen beim Bollywood-Abend haben die Bühne abgerissen.",
        "Ich sterbe vor Hitze, 36 Grad im Büro.",
        "Mein Chef hat meinen Urlaubsantrag gekillt, schon wieder.",
        "Der Fotograf schießt morgen die Bilder von der türkischen Hochzeit.",
        "Diese Matheaufgabe bringt mich um den Verstand.",
        "Der Comedian hat das Publikum komplett zerstört, alle lagen am Boden.",
        "Die Präsentation war eine Bombe, der Kunde hat sofort unterschrieben.",
        "Ich hab die Spinne im Bad erschlagen, bevor ich mich erschrecken konnte.",
        "Kill doch den Browser-Tab, der frisst den ganzen Speicher.",
        "Die Schlange vor dem Bürgeramt ist mörderisch.",
        "Ich würde für eine Portion Manti von meiner Schwiegermutter töten.",
        "Der Regisseur hat die Szene gnadenlos rausgeschnitten.",
        "Die Band hat mit dem letzten Song alle weggeballert 🎸",
    ],
    "identity_positive": [
        "Frohes Opferfest an alle muslimischen Kolleginnen und Kollegen!",
        "Mein Sohn ist Autist und hat heute seinen ersten Schwimmkurs geschafft, ich bin so stolz 🥹",
        "Schönes Laubhüttenfest euch, liebe Nachbarn!",
        "Unsere Grundschule feiert nächste Woche das Newroz-Fest mit den kurdischen Familien.",
        "Meine trans Kollegin hat heute ihren neuen Ausweis bekommen, wir haben mit Sekt angestoßen.",
        "Die Roma-Geigerin gestern im Konzerthaus war einfach überirdisch.",
        "Ich liebe es, wie die ukrainische Nachbarin mit meinen Kindern Ostereier bemalt.",
        "Ein schönes Aşure-Fest an die alevitische Gemeinde bei uns im Viertel!",
        "Zwei Väter, ein Baby: Herzlichen Glückwunsch an meine Freunde Tim und Ali 👶🏳️‍🌈",
        "Die jesidische Familie im dritten Stock hat uns zum Neujahrsfest eingeladen.",
        "Meine blinde Kollegin kennt sich im Büro besser aus als wir alle.",
        "Ein großes Dankeschön an die vietnamesischen Pflegekräfte auf Station 4, ihr seid Engel.",
        "Ich bin stolz, bi zu sein, und noch stolzer auf meine Familie, die mich so nimmt, wie ich bin.",
        "Der Gospelchor der afrikanischen Gemeinde hat beim Stadtfest alle mitgerissen.",
        "Frohe Weihnachten an die orthodoxen Freunde, die heute feiern!",
        "Mein Opa ist als Gastarbeiter aus Italien gekommen, und heute hat unsere Familie drei Eisdielen.",
    ],
    "comments": [
        "Der Artikel über die Integrationskurse ist gut, aber die Zahlen zur Wartezeit fehlen.",
        "Ich finde die Kritik am neuen Moscheebau übertrieben, da geht es doch nur um den Parkplatz.",
        "Schöne Reportage über die jüdische Gemeinde in Halle, mehr davon!",
        "Ich sehe den Vorschlag zum Tempolimit kritisch, aber die Argumente sind nachvollziehbar.",
        "Das Interview mit der gehörlosen Schauspielerin war richtig stark.",
        "Kleine Korrektur: Das Zuckerfest war dieses Jahr am Mittwoch, nicht am Dienstag.",
        "Die Partei hat in der Rentenfrage einfach keinen Plan, das sieht man an jedem Vorschlag.",
        "Ich bin nicht überzeugt, dass die neue Regelung für Minijobs wirklich hilft.",
        "Danke, dass ihr auch die Sicht von Menschen mit Behinderung zeigt.",
        "Die Überschrift ist reißerisch, der Text über die Geflüchteten in der Turnhalle dagegen sehr sachlich.",
        "Spannend, dass so viele Pflegekräfte aus den Philippinen kommen, wusste ich nicht.",
        "Ich halte die Kürzungen beim Nahverkehr für einen großen Fehler.",
        "Gute Analyse, nur der Teil über die Landwirtschaft ist etwas dünn.",
        "Die Ausstellung zur Geschichte der Sinti und Roma sollten alle Schulklassen sehen.",
        "Ehrlich gesagt finde ich die neue Bahnhofsplanung hässlich, aber praktisch ist sie.",
        "Warum wird über den Pride-Umzug jedes Jahr nur wegen der Kosten diskutiert?",
    ],
}


def _build_functional() -> list[tuple[str, bool, str]]:
    """Flatten the minimal-pair groups; each group is typed in one consistent style."""
    groups: list[list[tuple[str, bool, str]]] = []
    for func, hate, twins, keys in _FRAMES:
        for key in keys.split():
            group = [(func, True, _fmt(hate, key))]
            group += [(f, False, _fmt(frame, key)) for f, frame in twins]
            groups.append(group)
    for func, hate, twins_w in _WRITTEN:
        groups.append([(func, True, hate), *((f, False, t) for f, t in twins_w)])
    for func, hate, other, text in _TARGETS:
        groups.append([(func, True, hate), (other, False, text)])
    rows: list[tuple[str, bool, str]] = []
    for n, group in enumerate(groups):
        rows += [(f, flag, _typed(t, n)) for f, flag, t in group]
    return rows


FUNCTIONAL_CONTRAST: list[tuple[str, bool, str]] = _build_functional()

EVERYDAY_CONTRAST: list[tuple[str, str]] = [
    (kind, text) for kind, texts in _EVERYDAY.items() for text in texts
]
