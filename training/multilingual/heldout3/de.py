# ruff: noqa: E501
"""German (de): a third held-out part (never trained on), written from the train and first
held-out parts only, for variety: implicit hate without slurs (stereotypes stated as fact,
exclusion, conspiracy claims, "jokes"), hate at the end of longer everyday posts, threats as
wishes, conditionals, calls and veiled hints, short posts with typos and emoji; hard
negatives in the same registers (negation, strong positive identity statements, counter-
speech quoting hate, the same frames at non-protected targets), and new everyday lines."""

from __future__ import annotations

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _g(p: str, d: str | None = None, dat: str | None = None) -> dict[str, str]:
    """A plural group: bare form, form after die/alle/diese/ihr, dative plural."""
    d = d or p
    dat = dat or (d if d.endswith(("n", "s")) or " " in d else d + "n")
    return {"p": p, "P": _cap(p), "d": d, "dat": dat}


_G: dict[str, dict[str, str]] = {
    "tuerken": _g("Türken"),
    "juden": _g("Juden"),
    "muslime": _g("Muslime"),
    "fluechtlinge": _g("Flüchtlinge"),
    "frauen": _g("Frauen"),
    "schwule": _g("Schwule", "Schwulen"),
    "lesben": _g("Lesben"),
    "roma": _g("Sinti und Roma"),
    "behinderte": _g("Behinderte", "Behinderten"),
    "schwarze": _g("Schwarze", "Schwarzen"),
    "polen": _g("Polen"),
    "araber": _g("Araber"),
    "kurden": _g("Kurden"),
    "rumaenen": _g("Rumänen"),
    "bulgaren": _g("Bulgaren"),
    "syrer": _g("Syrer"),
    "afghanen": _g("Afghanen"),
    "marokkaner": _g("Marokkaner"),
    "trans": _g("trans Menschen"),
    "bi": _g("Bisexuelle", "Bisexuellen"),
    "asiaten": _g("Asiaten"),
    "migranten": _g("Migranten"),
    "afrikaner": _g("Afrikaner"),
    "nigerianer": _g("Nigerianer"),
    "vietnamesen": _g("Vietnamesen"),
    "chinesen": _g("Chinesen"),
    "ukrainer": _g("Ukrainer"),
    "tschetschenen": _g("Tschetschenen"),
    "palaestinenser": _g("Palästinenser"),
    "gehoerlose": _g("Gehörlose", "Gehörlosen"),
    "blinde": _g("Blinde", "Blinden"),
    "autisten": _g("Autisten"),
    "down": _g("Menschen mit Downsyndrom"),
    "nb": _g("nichtbinäre Menschen", "nichtbinären Menschen", "nichtbinären Menschen"),
    "tamilen": _g("Tamilen"),
    "jesiden": _g("Jesiden"),
    "aleviten": _g("Aleviten"),
    "inder": _g("Inder"),
    "albaner": _g("Albaner"),
}


def _casual(text: str, j: int) -> str:
    """Some rows typed the way people type: lower case without full stop, or ae for ä."""
    if j % 6 == 4:
        return text.lower().rstrip(".")
    if j % 9 == 7:
        return "".join(_UMLAUTS.get(c, c) for c in text)
    return text


def _fill(
    func: str, flag: bool, frames: list[tuple[str, list[str]]]
) -> list[tuple[str, bool, str]]:
    """Each frame with its (at most three) groups."""
    rows: list[tuple[str, bool, str]] = []
    j = 0
    for frame, keys in frames:
        for key in keys[:3]:
            rows.append((func, flag, _casual(_cap(frame.format(**_G[key])), j)))
            j += 1
    return rows


def _rows(func: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(func, flag, t) for t in texts]


# ------------------------------------------------------------------------- flagged

_DEROGATION: list[tuple[str, list[str]]] = [
    (
        "{P} wollen sich gar nicht integrieren, das liegt denen einfach im Blut.",
        ["tuerken", "araber", "roma"],
    ),
    (
        "Ich sag's, wie es ist: Sobald {p} in ein Viertel ziehen, geht es dort bergab.",
        ["muslime", "roma", "afrikaner"],
    ),
    (
        "{P} sollten gar nicht wählen dürfen, die verstehen doch nichts von Politik.",
        ["frauen", "migranten", "behinderte"],
    ),
    (
        "Kein Kind in diesem Land sollte von {dat} unterrichtet werden. Kein einziges.",
        ["schwule", "muslime", "trans"],
    ),
    (
        "{P} dürfen auf keinen Fall Kinder adoptieren, die armen Kinder.",
        ["schwule", "lesben", "trans"],
    ),
    (
        "Fällt euch auch auf, dass es immer {p} sind, wenn in der Zeitung was von Messern steht? Zufall ist das nicht.",
        ["afghanen", "syrer", "tschetschenen"],
    ),
    (
        "Gestern im Bus saßen hinten wieder {p}, laut, rücksichtslos, die Füße auf den Sitzen. Ich sag euch, die gehören nicht hierher und werden es auch nie.",
        ["marokkaner", "rumaenen", "araber"],
    ),
    (
        "Hab mir heute das Spiel angeschaut, 2:2, eigentlich ganz ordentlich. Aber seit die Mannschaft voller {p} ist, erkenne ich meinen Verein nicht wieder, die haben einfach keine Ehre im Leib.",
        ["afrikaner", "tuerken", "polen"],
    ),
    (
        "{P} gehen nicht arbeiten, die kassieren nur ab. Das weiß doch jedes Kind.",
        ["roma", "bulgaren", "fluechtlinge"],
    ),
    (
        "Der große Austausch ist kein Mythos: {P} werden gezielt hergeholt, damit wir Deutschen verschwinden.",
        ["muslime", "afrikaner", "araber"],
    ),
    (
        "Treffen sich zwei {p} vor dem Jobcenter. Sagt der eine … ach nee, die treffen sich da ja jeden Tag 😂",
        ["rumaenen", "tuerken", "bulgaren"],
    ),
    (
        "{P} sind nun mal von Natur aus weniger intelligent, das ist Biologie und kein Rassismus.",
        ["schwarze", "afrikaner", "frauen"],
    ),
    (
        "Ist doch kein Zufall, dass überall, wo {p} wohnen, die Kriminalität steigt.",
        ["marokkaner", "roma", "nigerianer"],
    ),
    (
        "Ich vermiete nie wieder an {p}. Nie wieder, egal wie nett die am Telefon klingen.",
        ["tuerken", "araber", "afrikaner"],
    ),
    (
        "Bitte keine {d} in unserem Verein, wir wollen unter uns bleiben.",
        ["schwule", "migranten", "juden"],
    ),
    ("lol {p} und arbeiten, der war gut", ["syrer", "roma", "afghanen"]),
    ("{P}? Nee, danke. Nicht in meiner Straße.", ["fluechtlinge", "tschetschenen", "bulgaren"]),
    (
        "Wieso dürfen {p} eigentlich überhaupt noch hier sein?",
        ["afghanen", "nigerianer", "muslime"],
    ),
    (
        "Integration von {dat}? Träum weiter, die bleiben für immer Fremde in diesem Land.",
        ["muslime", "kurden", "palaestinenser"],
    ),
    ("Deutschland den Deutschen, {p} raus! 🇩🇪", ["tuerken", "polen", "vietnamesen"]),
    (
        "Stand heute im Lokalteil: Neue Unterkunft im Ort geplant. Na super, dann kommen noch mehr {p}, und bald traut sich keine Frau mehr abends auf die Straße.",
        ["fluechtlinge", "afghanen", "syrer"],
    ),
    (
        "Wer {p} einstellt, ist selbst schuld, wenn am Ende die Kasse nicht stimmt.",
        ["roma", "rumaenen", "polen"],
    ),
    (
        "Schon mal {p} gesehen, die ehrlich ihr Geld verdienen? Eben.",
        ["nigerianer", "bulgaren", "roma"],
    ),
    (
        "{P} haben in der Politik nichts verloren, das sieht man doch jeden Tag.",
        ["frauen", "muslime", "schwarze"],
    ),
    (
        "Sorry, aber bei {dat} ist das keine Identität, sondern eine psychische Störung.",
        ["trans", "nb", "bi"],
    ),
    ("Mit {dat} an einem Tisch essen? Da verhungere ich lieber.", ["juden", "schwarze", "roma"]),
    ("Riecht ihr das auch? Da müssen {p} in der Nähe sein 🤢", ["inder", "roma", "afrikaner"]),
    (
        "Eigentlich wollte ich nur Brötchen holen, aber vor dem Bäcker standen schon wieder {p} und haben die ganze Zeit rumgeschrien. Ehrlich, so ein Volk braucht kein Mensch hier.",
        ["kurden", "tschetschenen", "albaner"],
    ),
    (
        "Schulen mit vielen {dat} sind einfach verloren, da lernt keiner mehr was.",
        ["migranten", "behinderte", "araber"],
    ),
    (
        "Die Banken, die Medien, Hollywood – schaut mal, wem das alles gehört. Genau, den {dat}.",
        ["juden"],
    ),
    (
        "Warum sind eigentlich alle {d} so laut und respektlos? Frage für einen Freund.",
        ["tuerken", "marokkaner", "schwarze"],
    ),
    (
        "{P} bekommen alles geschenkt, während deutsche Rentner Flaschen sammeln müssen.",
        ["fluechtlinge", "ukrainer", "syrer"],
    ),
    (
        "Ich hätte nie gedacht, dass ich das mal sage, aber {p} machen dieses Land kaputt.",
        ["muslime", "migranten", "afrikaner"],
    ),
    (
        "Homo-Ehe, Gendersternchen, {p} in jeder Werbung – das ist doch krank, was hier passiert.",
        ["schwule", "trans", "lesben"],
    ),
    (
        "Beim Elternabend sitzen neuerdings auch {p} – was haben die mit unseren Kindern zu schaffen? Die sollten sich von Schulen fernhalten.",
        ["schwule", "trans", "nb"],
    ),
]

_DEHUMANISATION: list[tuple[str, list[str]]] = [
    (
        "{P} vermehren sich wie die Karnickel, in zwanzig Jahren sind wir hier die Minderheit.",
        ["muslime", "afrikaner", "roma"],
    ),
    (
        "Wie ein Heuschreckenschwarm fallen {p} über unsere Städte her.",
        ["fluechtlinge", "rumaenen", "migranten"],
    ),
    (
        "{P} sind wie Schimmel in der Wand: Passt man nicht auf, ist das ganze Haus befallen.",
        ["juden", "muslime", "tschetschenen"],
    ),
    (
        "Das ist Unkraut, und Unkraut reißt man aus. Ich rede von {dat}.",
        ["kurden", "roma", "araber"],
    ),
    (
        "Was ist der Unterschied zwischen {dat} und Müll? Müll wird wenigstens abgeholt 😂",
        ["afghanen", "nigerianer", "bulgaren"],
    ),
    ("{P} sind Untermenschen, das sage ich ganz offen.", ["juden", "schwarze", "roma"]),
    (
        "Im Stadtpark hockt wieder eine Horde {p} rum, wie Paviane auf dem Affenfelsen.",
        ["afrikaner", "marokkaner", "syrer"],
    ),
    ("{P} sind die Läuse im Pelz dieses Landes.", ["migranten", "palaestinenser", "tuerken"]),
    ("{P} haben keine Seele, das sind Tiere auf zwei Beinen.", ["schwarze", "muslime", "asiaten"]),
    (
        "{P} sind ein Virus, und dieses Land braucht endlich einen Impfstoff dagegen.",
        ["juden", "schwule", "migranten"],
    ),
    (
        "{P} sind Termiten, die unser Fundament von innen zerfressen.",
        ["juden", "muslime", "chinesen"],
    ),
    (
        "Heute im Supermarkt standen wieder {p} vor mir an der Kasse, gegrunzt haben die wie Schweine im Stall. Kein Wunder, dass man die mit Tieren vergleicht.",
        ["roma", "araber", "tschetschenen"],
    ),
    ("{P} sind Zecken, die sich am Volkskörper festbeißen.", ["juden", "fluechtlinge", "roma"]),
    (
        "Ein paar {p} im Haus und schon hast du Mäuse, Schaben und Gestank. Gleiches zieht Gleiches an.",
        ["bulgaren", "rumaenen", "nigerianer"],
    ),
    ("{P} sind Biomüll, nichts weiter.", ["behinderte", "down", "autisten"]),
    (
        "{P} sind gezüchtet wie Nutztiere, nur ohne Nutzen 🐄",
        ["afrikaner", "chinesen", "vietnamesen"],
    ),
]

_THREAT: list[tuple[str, list[str]]] = [
    ("Ich hoffe, {p} erleben den nächsten Winter nicht.", ["fluechtlinge", "juden", "trans"]),
    (
        "Wenn {p} nochmal in unserem Viertel auftauchen, brennt ihre Bude. Nur so als Info.",
        ["roma", "tuerken", "afghanen"],
    ),
    (
        "Jemand sollte mal ordentlich mit {dat} aufräumen, so richtig, wie früher.",
        ["juden", "roma", "schwule"],
    ),
    ("Wir wissen, wo ihr wohnt, ihr {d}. Schlaft gut.", ["schwule", "lesben", "juden"]),
    (
        "Samstag 20 Uhr am Bahnhof, wir gehen {p} klatschen. Wer ist dabei?",
        ["fluechtlinge", "schwule", "afrikaner"],
    ),
    (
        "Hoffentlich fährt mal einer mit dem Laster in eine Gruppe {p}.",
        ["muslime", "fluechtlinge", "juden"],
    ),
    (
        "Ein Kanister Benzin und ein Feuerzeug, mehr braucht es für das Heim der {d} nicht.",
        ["fluechtlinge", "syrer", "afghanen"],
    ),
    (
        "Kommt ihr {d} noch ein einziges Mal in unseren Park, dann gibt's Tote.",
        ["kurden", "marokkaner", "tschetschenen"],
    ),
    (
        "Es wäre echt schade, wenn dem Laden der {d} nachts was passieren würde … 😉",
        ["tuerken", "vietnamesen", "juden"],
    ),
    (
        "Ich warte nur auf den Tag, an dem wir endlich mit {dat} abrechnen dürfen.",
        ["juden", "muslime", "migranten"],
    ),
    ("Wer {p} umlegt, ist ein Held. Punkt.", ["muslime", "schwarze", "trans"]),
    (
        "Die nächsten {d}, die mir blöd kommen, landen auf der Intensivstation.",
        ["araber", "schwule", "polen"],
    ),
    (
        "Für {p} haben wir schon Platz im Wald reserviert, die Spaten liegen bereit.",
        ["roma", "afrikaner", "juden"],
    ),
    (
        "Hab gerade im Radio gehört, dass in Sachsen eine Unterkunft gebrannt hat. Gut so. Hoffentlich waren {p} drin, und nächstes Mal helfe ich selbst mit.",
        ["fluechtlinge", "syrer", "afghanen"],
    ),
    (
        "Das Derby war eh schon aufgeheizt, und dann steht so ein Trupp {p} vor unserem Block. Beim nächsten Mal schlagen wir die zusammen, das schwöre ich euch.",
        ["tuerken", "kurden", "albaner"],
    ),
    ("Bald ist Tag X. Dann sind {p} fällig.", ["juden", "muslime", "migranten"]),
    ("Möge jeder einzelne von den {dat} qualvoll verrecken.", ["juden", "schwule", "roma"]),
    ("Zeit für eine Säuberung, und {p} sind zuerst dran.", ["behinderte", "trans", "muslime"]),
    (
        "Holt eure Mistgabeln raus, heute Nacht sind {p} dran! 🔥🔥",
        ["roma", "fluechtlinge", "juden"],
    ),
    (
        "Würde mich nicht wundern, wenn bald jemand den {dat} eine Bombe vor die Tür legt. Verdient hätten sie es.",
        ["juden", "aleviten", "jesiden"],
    ),
    (
        "{P} sollte man in Züge setzen und ab in den Osten, wie damals.",
        ["juden", "roma", "schwule"],
    ),
    (
        "Einer muss es ja sagen: {P} gehören erschlagen, nicht integriert.",
        ["nigerianer", "araber", "tschetschenen"],
    ),
]

_SPELLING: list[tuple[str, list[str]]] = [
    ("{P} sin so dumm ey unfassbar", ["frauen", "tuerken", "polen"]),
    ("alle {d} zurueck in ihr drecksland", ["araber", "afghanen", "rumaenen"]),
]

_SPELLING_LITERAL = [
    "schickt die musl!me alle zurück",
    "K4n4ken vermehren sich wie karnickel",
    "d1e j.u.d.e.n stecken hinter allem",
    "homos sollten kein kinder adopteiren dürfn",
    "N e g e r gehören in den Zoo 🐒",
    "zigeunr raus aus unsrer stadt",
    "Schwuchtln ab ins lager",
    "trannys sind krnk im kopf",
    "f.r.a.u.e.n gehörn an den herd",
    "Asyl@nten sofort abschieben alle",
    "di araber verpestn unser land",
    "spass7is gehörn weg gesperrt",
    "Jeder T u r k e ist ein Messerstecher",
    "aus1änder raus, deutschland den deutschen",
    "Mus3ls abstechen 🔪",
    "Polaken klauen allez",
    "Ku3mmeltuerken zurueck nach anatolien",
    "dr3ckige rum4nen überall",
    "mongos sollte man gar nich erst geboren werdn lassen",
    "B1mbos zurück in den busch",
    "lezben brauchn nur nen richtigen mann",
    "schl1tzaugen essen hunde ey",
    "j00den regieren die welt",
    "Fl.ü.c.h.t.l.i.n.g.e abknallen!!!",
    "die ganzen afgahnen sin alles vergewaltiger",
    "t.r.a.n.s.e.n sind kranke perverslinge",
    "Z1g3un3r klaun kinder",
    "schwarze sind affn, punkt",
    "behindis sin nur ne last fürn staat",
    "ich h@ss alle m0slems",
    "gott sei dank bin ich keine schwuchtl wie du, ihr gehört alle vergast",
    "n1ger haben keinen platz hier",
    "syrr alle abschiebn",
    "chinesn haben corona gebracht, alle raus",
]

_SLUR = [
    "Die Kuffnucken aus dem Nachbarblock machen schon wieder Party bis drei Uhr.",
    "Scheiß Dachpappe, was suchst du in unserem Dorf?",
    "Der Hinterlader aus der Buchhaltung soll bloß die Finger von mir lassen.",
    "Warme Brüder wie ihr sollten sich schämen, so durch die Stadt zu laufen.",
    "Diese Tucken mit ihren Handtäschchen gehen mir so auf den Keks.",
    "Der Downie von der Bushaltestelle glotzt immer so dumm.",
    "Ey du Spast, guck nicht so behindert aus deinem Rollstuhl.",
    "Merkels Goldstücke haben wieder zugeschlagen, diesmal am Marktplatz.",
    "Diese Kopftuchgeschwader blockieren den ganzen Gehweg.",
    "Eine Horde Ziegenhirten im Freibad, und du wunderst dich, warum keiner mehr hingeht?",
    "Die Schlitzaugen von der Nagelbar reden nur über uns.",
    "Der Kümmeltürke vom Gemüseladen wollte mich schon wieder bescheißen.",
    "Was will diese Judensau in unserem Fanblock?",
    "Scheiß Kartoffeln, ihr seid alle Nazis und eure Mütter auch.",
    "Die Zigeunerweiber am Bahnhof betteln einen jeden Tag an.",
    "Der Kanake hat meinen Parkplatz genommen, wer sonst.",
    "Schon wieder so eine Schwuchtelparade mitten in der Innenstadt, widerlich.",
    "Diese Emanzenweiber mit ihren lila Haaren sollten mal arbeiten gehen.",
    "Der Neger aus dem ersten Stock soll endlich seine Musik leiser machen.",
    "Die Kanakenbande vor der Shisha-Bar denkt, ihr gehört die Straße.",
    "Ihr Kameltreiber mit euren Bärten, geht zurück in eure Wüste.",
    "Die Transen-Lobby will unsere Kinder umerziehen.",
    "Polackenkarren überall auf dem Supermarktparkplatz.",
    "Dein Kumpel ist doch auch so ein Musel, oder?",
    "Fidschis und ihre Zigaretten, bald haben die den ganzen Bahnhof.",
    "Die Spastis aus der Förderschule gehören nicht in unseren Bus.",
    "Fotze, geh zurück in die Küche, wo du hingehörst.",
    "Der Bimbo vom Sicherheitsdienst hat mich nicht reingelassen.",
    "Was für eine Kampflesbe, die sieht aus wie ein Kerl.",
    "Kopftuchschlampen wie du werden hier nie dazugehören.",
    "Diese Russkis aus Marzahn saufen den ganzen Tag.",
    "Kanaken-Rap, Kanaken-Mode, Kanaken-Gelaber, ich kann's nicht mehr sehen.",
    "Zigeunerpack hat wieder unser Gartenhaus aufgebrochen.",
    "Verpiss dich, du Judenbastard.",
]

# ---------------------------------------------------------------------- not flagged

_NEGATED: list[tuple[str, list[str]]] = [
    (
        "Es ist falsch zu sagen, dass {p} sich nicht integrieren wollen.",
        ["tuerken", "araber", "roma"],
    ),
    (
        "Ich glaube nicht, dass {p} schlechtere Nachbarn sind als irgendwer sonst.",
        ["muslime", "afrikaner", "bulgaren"],
    ),
    (
        "Niemand sollte {p} hassen, nur weil sie so sind, wie sie sind.",
        ["schwule", "trans", "juden"],
    ),
    (
        "Dass {p} an der Kriminalität schuld sein sollen, halte ich für kompletten Unsinn.",
        ["marokkaner", "nigerianer", "tschetschenen"],
    ),
    (
        "Ich kenne keinen einzigen vernünftigen Grund, {p} nicht zu mögen.",
        ["polen", "kurden", "vietnamesen"],
    ),
    (
        "Es ist nicht so, dass ich {p} nicht leiden kann – ganz im Gegenteil.",
        ["frauen", "lesben", "araber"],
    ),
    (
        "Keiner hat das Recht, {dat} das Wahlrecht abzusprechen.",
        ["frauen", "migranten", "behinderte"],
    ),
    (
        "Warum sollten {p} keine Kinder adoptieren dürfen? Da gibt es kein einziges gutes Argument.",
        ["schwule", "lesben", "trans"],
    ),
    (
        "{P} zurückschicken? Auf keinen Fall, die gehören längst zu uns.",
        ["syrer", "afghanen", "ukrainer"],
    ),
    ("Ich würde {dat} nie im Leben etwas Böses wünschen.", ["juden", "roma", "fluechtlinge"]),
    (
        "Von {dat} geht keine Gefahr aus, das zeigen alle Zahlen.",
        ["fluechtlinge", "muslime", "trans"],
    ),
    (
        "Man kann nicht behaupten, {p} seien faul. Die meisten, die ich kenne, arbeiten mehr als ich.",
        ["rumaenen", "bulgaren", "roma"],
    ),
    (
        "Nie und nimmer sind {p} schuld an den hohen Mieten.",
        ["migranten", "fluechtlinge", "ukrainer"],
    ),
    ("Kein Mensch ist weniger wert, weil er zu den {dat} gehört.", ["roma", "juden", "jesiden"]),
    ("Ich hab echt kein Problem mit {dat}, wieso auch.", ["schwule", "bi", "nb"]),
    (
        "{P} sind weder dümmer noch fauler als andere, das ist einfach ein altes Vorurteil.",
        ["schwarze", "frauen", "afrikaner"],
    ),
    ("Dass {p} die Welt regieren, ist eine Lüge, und zwar eine gefährliche.", ["juden"]),
    (
        "Nicht jeder, der anders aussieht, ist ein Problem. {P} schon gar nicht.",
        ["asiaten", "tamilen", "schwarze"],
    ),
    (
        "Es wäre unfair, {p} für die Fehler einzelner verantwortlich zu machen.",
        ["tschetschenen", "afghanen", "marokkaner"],
    ),
    (
        "Ich würde nie jemanden ausschließen, nur weil er zu den {dat} gehört.",
        ["gehoerlose", "blinde", "autisten"],
    ),
]

_COUNTER: list[tuple[str, list[str]]] = [
    (
        "Jemand hat „{P} raus“ an unsere Haustür geschmiert. Wir haben Anzeige erstattet.",
        ["tuerken", "juden", "kurden"],
    ),
    (
        "„{P} vermehren sich wie Karnickel“? Wer so redet, hat aus der Geschichte nichts gelernt.",
        ["muslime", "afrikaner", "roma"],
    ),
    (
        "Gestern im Bus hat ein Typ gebrüllt, {p} sollten alle zurück. Ich hab ihm gesagt, er soll die Klappe halten, und die halbe Bahn hat geklatscht.",
        ["syrer", "polen", "araber"],
    ),
    (
        "Screenshot gemacht und gemeldet: Der Account schreibt seit Wochen, {p} gehörten vergast. Bitte meldet den auch.",
        ["juden", "roma", "schwule"],
    ),
    (
        "Wer {dat} das Wahlrecht absprechen will, stellt sich gegen das Grundgesetz.",
        ["frauen", "migranten", "behinderte"],
    ),
    (
        "Die Behauptung, {p} steckten hinter allem, ist eine uralte Verschwörungserzählung. Fallt nicht darauf rein.",
        ["juden", "muslime", "chinesen"],
    ),
    (
        "„Witze“ über {p} sind nicht lustig, wenn sie Menschen kleinmachen. Lacht da nicht mit.",
        ["behinderte", "frauen", "asiaten"],
    ),
    (
        "Mein Opa sagt immer noch, {p} seien faul. Heute hab ich ihm zum ersten Mal widersprochen.",
        ["polen", "rumaenen", "tuerken"],
    ),
    (
        "Nein, „{p} ruinieren jedes Viertel“ ist keine Meinung, sondern ein Vorurteil.",
        ["roma", "marokkaner", "afrikaner"],
    ),
    (
        "Bitte meldet den Kanal, da wird offen dazu aufgerufen, {p} zu jagen.",
        ["fluechtlinge", "trans", "schwule"],
    ),
    (
        "Wer schreibt, {p} seien Untermenschen, bekommt von mir keine Bühne. Blockiert und gemeldet.",
        ["schwarze", "juden", "roma"],
    ),
    (
        "Auf dem Schulklo stand „Tod allen {dat}“. Die Schulleitung hat sofort die Polizei eingeschaltet, richtig so.",
        ["juden", "schwule", "muslime"],
    ),
    (
        "Im Stadtrat meinte einer, {p} seien „Sozialschmarotzer“. Das Protokoll ist öffentlich, lest es und schreibt ihm, was ihr davon haltet.",
        ["fluechtlinge", "bulgaren", "roma"],
    ),
    (
        "Leute, „{p} sind doch psychisch krank“ ist exakt der Satz, den wir hier nicht mehr lesen wollen.",
        ["trans", "nb", "bi"],
    ),
]

_NEUTRAL: list[tuple[str, list[str]]] = [
    (
        "Wie hoch ist eigentlich der Anteil von {dat} in der Bundeswehr?",
        ["frauen", "muslime", "migranten"],
    ),
    (
        "Heute Abend gibt es in der Stadtbibliothek einen Vortrag über die Geschichte der {d} in Deutschland.",
        ["juden", "tuerken", "roma"],
    ),
    (
        "Die Gemeinde bietet ab Montag Deutschkurse für {p} an.",
        ["fluechtlinge", "ukrainer", "syrer"],
    ),
    (
        "In der Umfrage wurden {p} nach ihren Erfahrungen bei der Wohnungssuche gefragt.",
        ["schwarze", "muslime", "trans"],
    ),
    (
        "Mein Mitbewohner hat mir erklärt, wie {p} Neujahr feiern.",
        ["vietnamesen", "chinesen", "kurden"],
    ),
    (
        "Gibt es in der Stadt eigentlich eine Selbsthilfegruppe für Eltern von {dat}?",
        ["autisten", "gehoerlose", "trans"],
    ),
    (
        "Der Sender zeigt nächste Woche eine dreiteilige Reportage über {p} in Berlin.",
        ["vietnamesen", "palaestinenser", "tamilen"],
    ),
    (
        "Die meisten {p} in Deutschland leben in Nordrhein-Westfalen, hab ich gelesen.",
        ["tuerken", "kurden", "marokkaner"],
    ),
    (
        "Wie sagt man eigentlich korrekt: {p} oder anders? Ich will nichts falsch machen.",
        ["gehoerlose", "roma", "schwarze"],
    ),
    (
        "Im Museum gibt es jetzt eine Abteilung über {p} im 19. Jahrhundert.",
        ["juden", "polen", "frauen"],
    ),
]

_NEUTRAL_LITERAL = [
    "Jom Kippur ist der höchste Feiertag im Judentum, viele fasten an diesem Tag.",
    "Das Zuckerfest markiert das Ende des Ramadan.",
    "Newroz wird am 21. März gefeiert, vor allem von Kurden und Iranern.",
    "Die Jesiden haben eigene Feiertage, zum Beispiel das Fest Çarşema Sor im April.",
    "In Berlin leben Menschen aus fast 190 Nationen.",
    "Seit 2017 dürfen in Deutschland auch gleichgeschlechtliche Paare heiraten.",
    "Die Deutsche Gebärdensprache ist seit 2002 als eigene Sprache anerkannt.",
    "Der Zentralrat der Sinti und Roma hat seinen Sitz in Heidelberg.",
    "Das Selbstbestimmungsgesetz regelt, wie trans Menschen ihren Geschlechtseintrag ändern können.",
    "Viele Aleviten feiern den Gedenktag Aşure mit einer süßen Speise aus Weizen und Früchten.",
    "Laut Mikrozensus hat etwa jeder vierte Mensch in Deutschland eine Einwanderungsgeschichte.",
    "Die Paralympics finden immer kurz nach den Olympischen Spielen statt.",
]

_POSITIVE: list[tuple[str, list[str]]] = [
    ("{P} sind die stärksten Menschen, die ich kenne. Punkt.", ["frauen", "behinderte", "trans"]),
    (
        "Verdammt stolz auf alle {d}, die heute auf die Straße gegangen sind! ✊",
        ["frauen", "trans", "schwarze"],
    ),
    (
        "Ich bin so dankbar für die {p} in meinem Leben, ihr seid die Besten ❤️",
        ["muslime", "lesben", "polen"],
    ),
    (
        "Ohne die {d} aus meinem Sportverein hätte ich das schwerste Jahr meines Lebens nicht überstanden.",
        ["syrer", "kurden", "gehoerlose"],
    ),
    (
        "Wer sagt, {p} können nicht kochen, war noch nie bei meiner Schwiegermutter 😍",
        ["tamilen", "afghanen", "nigerianer"],
    ),
    (
        "Ich liebe es, wie offen und herzlich {p} Gäste empfangen.",
        ["araber", "palaestinenser", "tuerken"],
    ),
    (
        "Hammer Konzert gestern, die Band besteht komplett aus {dat} und hat alles abgerissen 🔥",
        ["blinde", "frauen", "roma"],
    ),
    (
        "{P} haben so viel für diese Stadt getan, davon steht nur selten etwas in der Zeitung.",
        ["vietnamesen", "tuerken", "jesiden"],
    ),
    (
        "Mega Respekt vor {dat}, die jeden Tag gegen Vorurteile ankämpfen und trotzdem lachen.",
        ["autisten", "down", "nb"],
    ),
    ("Ich feiere {p} einfach, ihr seid Familie 🫶", ["bi", "lesben", "schwule"]),
    (
        "Die {d} in meiner Klasse sind die klügsten Köpfe, die ich kenne.",
        ["ukrainer", "chinesen", "afghanen"],
    ),
    (
        "Ich will mehr {p} im Fernsehen, in der Politik, überall!",
        ["schwarze", "muslime", "behinderte"],
    ),
]

_POSITIVE_LITERAL = [
    "Ich liebe meine muslimischen Nachbarn, die sind einfach Gold wert.",
    "Stolz, schwul zu sein 🏳️‍🌈 und das sag ich so laut ich will.",
    "Ich bin Jüdin und unglaublich stolz auf meine Familie und unsere Geschichte.",
    "Ich bin trans und mein Leben war noch nie so schön wie heute.",
    "Türkische Mütter sind die stärksten Frauen der Welt, ich schwöre.",
    "Als Rollstuhlfahrerin bin ich verdammt stolz, dass ich den Marathon geschafft habe!",
    "Polnische Omas machen die besten Pierogi, und meine ist die beste von allen ❤️",
    "Sinti-Jazz ist für mich die schönste Musik, die es gibt.",
    "Ich bin schwarz, deutsch und stolz auf beides.",
    "Unsere lesbischen Nachbarinnen haben uns beim Umzug so sehr geholfen, danke euch!",
]

_NONPROTECTED = [
    "Wespen vermehren sich wie die Karnickel, dieses Jahr ist es besonders schlimm.",
    "Wie ein Heuschreckenschwarm fallen die Touristenbusse jeden Samstag über die Altstadt her.",
    "Schimmel im Bad? Rausreißen, alles, bis auf die Wand.",
    "Sobald die E-Scooter in ein Viertel kommen, liegen die überall auf dem Gehweg rum.",
    "Elfmeterschützen von Schalke sollten gar nicht mehr antreten dürfen.",
    "Kein Kind sollte von dieser Lern-App unterrichtet werden, die erklärt alles falsch.",
    "Dieser Schiri? Nee, danke. Nicht in unserem Stadion.",
    "Wieso darf dieser Drucker eigentlich überhaupt noch im Büro stehen?",
    "Wir wissen, wo ihr wohnt, ihr Silberfischchen. Heute Nacht kommt der Köder.",
    "Samstag 20 Uhr Kneipenquiz, wir gehen die Titelverteidiger klatschen. Wer ist dabei?",
    "Ich hoffe, diese Hitzewelle erlebt den nächsten Monat nicht.",
    "Die Blattläuse auf meinen Rosen sind das Allerletzte, die kommen jedes Jahr wieder.",
    "Zeit für eine Säuberung: mein Kleiderschrank ist zuerst dran.",
    "Holt die Mistgabeln raus, das Unkraut im Gemüsebeet ist fällig!",
    "Immobilienhaie vermehren sich in dieser Stadt schneller als Sozialwohnungen.",
    "Ich vermiete nie wieder an Studenten-WGs, die Küche sah aus wie ein Schlachtfeld.",
    "Wer diese Tarifreform durchgewunken hat, sollte nie wieder ein Amt bekleiden dürfen.",
    "Die Mücken am See sind Biomüll mit Flügeln 🦟",
    "Möge jeder einzelne Spam-Anruf ins Leere laufen.",
    "Treffen sich zwei Schiedsrichter vor dem VAR-Bildschirm. Sagt der eine: Ich seh nix. Sagt der andere: Wie immer 😂",
    "Die Lobby der Autokonzerne ist wie Schimmel im Ministerium.",
    "Die Bahn bekommt Milliarden, während wir im kaputten Regionalexpress frieren.",
    "Diese Bürokraten machen das Land kaputt, ein Formular nach dem anderen.",
    "Einer muss es ja sagen: Dieses Heizungsgesetz gehört in die Tonne.",
    "Wer Falschparker auf dem Radweg umparkt, ist ein Held. Punkt.",
    "Die nächsten Zecken, die mein Hund anschleppt, landen in der Toilette.",
    "Raser in der Tempo-30-Zone? Ich hoffe, die werden geblitzt, bis sie zu Fuß gehen.",
    "Mit Leuten, die Ananas auf Pizza essen, an einem Tisch? Da verhungere ich lieber 😂",
    "Die Ratten am Kanal werden jedes Jahr fetter, die Stadt muss endlich was tun.",
    "Borkenkäfer sind Termiten für den Wald, die fressen einfach alles kaputt.",
    "FC Bayern raus aus der Liga, dann wird's endlich wieder spannend!",
    "Diese Cookie-Banner machen das ganze Internet kaputt.",
]

_ABUSE = [
    "Du bist so eine Niete, sogar beim Nudelnkochen brennt dir was an.",
    "Mein Mitbewohner ist ein egoistischer Dreckskerl, nie spült er ab.",
    "Halt mal die Luft an, du Schwätzer.",
    "Markus, du bist und bleibst ein Angeber und ein Feigling.",
    "Du hast ein Hirn wie ein Sieb und ein Mundwerk wie ein Wasserfall.",
    "Was für ein Trottel fährt mit Fernlicht durch die Innenstadt?",
    "Du elende Heulsuse, reiß dich mal zusammen.",
    "Der Typ im Fitnessstudio ist so ein eingebildeter Lackaffe.",
    "Du bist einfach nur ein Schmarotzer, der nie eine Runde zahlt.",
    "Ich hoffe, du trittst barfuß auf einen Legostein, du Verräter 😤",
    "Sie sind der unfähigste Handwerker, den ich je beauftragt habe.",
    "Meine Vermieterin ist eine gierige alte Hexe.",
    "Wie blöd muss man sein, um zweimal in dieselbe Abofalle zu tappen?",
    "Du Hirni, das war meine letzte Cola!",
    "Digga, du bist so ein Lauch, dich pustet der Wind um.",
    "Dein Freund ist ein Schnorrer und ein Dummschwätzer, sorry.",
    "Geh sterben im Spiel, du Noob, du hast uns die Runde versaut.",
    "Du Blödmann hast die Geburtstagstorte fallen lassen!",
    "Der Schiri ist ein Volltrottel, und das sag ich ihm auch ins Gesicht.",
    "Was für ein hinterhältiges Miststück, meine Ex-Kollegin.",
    "Du bist so langweilig, dass sogar dein Schatten einschläft.",
    "Kevin, du Pfosten, die Schlüssel liegen im Auto!",
    "Du Wichtigtuer gehst mir seit Wochen tierisch auf die Nerven.",
    "Du bist echt ein Totalausfall als Teamleiter.",
]

_PROFANITY = [
    "Scheiße, ist das Wasser kalt!",
    "Verdammt nochmal, ich hab die Brötchen im Ofen vergessen.",
    "Fuck, hab gerade Kaffee über meine Tastatur gekippt.",
    "Heiliger Bimbam, was für ein Gewitter.",
    "Geile Scheiße, wir haben Karten fürs Finale!",
    "Mist, Mist, Mist, schon wieder rote Ampel.",
    "Verfickte Technik, nichts funktioniert heute.",
    "Schei*e, der Laden hat sonntags zu.",
    "Scheiß auf die Diät, heute gibt's Kuchen 🍰",
    "Ach du Kacke, mein Fahrrad hat einen Platten.",
    "So ein verdammter Mist, die Nudeln sind übergekocht.",
    "wtf, wie geil ist dieser Sonnenuntergang",
    "Arsch, ich hab den Anschlusszug verpasst.",
    "Verdammt, das Kind hat schon wieder den Schnuller verloren.",
    "Scheiße, bin ich satt.",
    "Oh fuck, morgen ist ja schon Abgabe.",
    "Donnerwetter nochmal, ist der Hund groß geworden!",
    "Verflixt und zugenäht, wo ist die Fernbedienung?",
    "Krass, Alter, was für ein beschissener Montagmorgen.",
    "Saugeil, die neue Platte!",
]

_RECLAIMED = [
    "Wir Kanaken haben das Viertel aufgebaut, Bruder, vergiss das nicht.",
    "Schwuchtelabend bei mir, bringt Sekt mit 🥂",
    "Als Tunte im Dorf aufzuwachsen war hart, aber heute lache ich drüber.",
    "Wir Krüppel vom Rollstuhltanz-Verein suchen noch Mitglieder.",
    "Kanakin und stolz drauf, meine Oma hat für diesen Pass geschuftet.",
    "Ey Schwuchtel, wann gehen wir endlich wieder zusammen tanzen? 💃",
    "Unser Lesbenchor singt am Sonntag in der Kirche, kommt vorbei.",
    "Ich bin ne Tucke und das Beste, was meiner Familie passieren konnte.",
    "Krüppelpower! Wir lassen uns nicht mehr verstecken.",
    "Der Kanakenstammtisch trifft sich Freitag wieder beim Onkel im Café.",
    "Als Queerer aus der Provinz sag ich: wir sind überall.",
    "Wir Transen haben in den 80ern die Bars in Schöneberg aufgemischt, und zwar ordentlich.",
]

FUNCTIONAL_HELDOUT3: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _DEROGATION),
    *_fill("dehumanisation", True, _DEHUMANISATION),
    *_fill("threat", True, _THREAT),
    *_fill("spelling_variation", True, _SPELLING),
    *_rows("spelling_variation", True, _SPELLING_LITERAL),
    *_rows("slur", True, _SLUR),
    *_fill("negated_hate", False, _NEGATED),
    *_fill("counter_speech", False, _COUNTER),
    *_fill("identity_neutral", False, _NEUTRAL),
    *_rows("identity_neutral", False, _NEUTRAL_LITERAL),
    *_fill("identity_positive", False, _POSITIVE),
    *_rows("identity_positive", False, _POSITIVE_LITERAL),
    *_rows("non_protected_target", False, _NONPROTECTED),
    *_rows("abuse_individual", False, _ABUSE),
    *_rows("nonabusive_profanity", False, _PROFANITY),
    *_rows("reclaimed_slur", False, _RECLAIMED),
]

# ------------------------------------------------------------------------ everyday

_EVERYDAY: dict[str, list[str]] = {
    "farewell_plan": [
        "Ich schnapp dich dann nach der Schicht am Personaleingang, ok?",
        "Bin raus für heute, see you tomorrow!",
        "Wir sehen uns beim Flohmarkt, ich steh neben dem Crêpes-Stand.",
        "Komm gut heim und schreib kurz, wenn du da bist 🙏",
        "Ich find dich schon, du bist ja die Einzige mit einem gelben Regenschirm.",
        "Treffpunkt wie immer unter der Uhr am Bahnhof, halb acht.",
        "Tschüssikowski, bis nächste Woche im Yoga!",
        "Ich lauer dir nach der Vorlesung auf, du schuldest mir noch einen Kaffee 😄",
        "Wir kommen Sonntag gegen zwei, ich bring die Kinder und den Kuchen mit.",
        "Pack deine Sachen, ich hol dich in zehn Minuten ab, wir fahren zum See.",
        "Gute Reise! Meld dich aus Lissabon, ja?",
        "Bis morgen in der Kantine, ich halt dir einen Platz frei.",
        "Lass uns am Freitag nach dem Spiel bei Toni treffen, der hat wieder Flammkuchen.",
        "Ich muss los, der Bus kommt. Catch you later!",
        "Wir holen dich am Terminal 2 ab. Falls du uns nicht siehst, ruf einfach an.",
        "Bleib, wo du bist, ich komm zu dir rüber, du stehst doch beim Riesenrad, oder?",
        "Nacht zusammen, morgen früh um sechs geht's los zum Wandern ⛰️",
        "Ich spür dich auf, egal in welcher Ecke vom Festival du dich versteckst 😂",
        "Servus beinand, bis zum Stammtisch am Donnerstag!",
        "Ok, dann bis gleich am Späti, ich bring Eis mit.",
        "Bis später, ich steh mit dem Auto in der zweiten Reihe, Warnblinker an.",
    ],
    "chat": [
        "Hast du Bock auf Pho heute Abend?",
        "Ich hab heut meinen ersten Sauerteig gebacken und er ist tatsächlich aufgegangen!!",
        "Sorry, war im Meeting, was gibt's?",
        "Der Hund hat schon wieder meine Socken geklaut 🐕",
        "Kannst du mir dein Ladekabel leihen? Meins ist hinüber.",
        "Lol, meine Mutter hat gerade ihr erstes Selfie geschickt, Daumen halb vor der Kamera.",
        "Wie fandest du das Date gestern? Erzähl alles!",
        "Ich hab voll Lust auf einen Spieleabend, wer ist dabei?",
        "Mein Nachbar übt seit drei Stunden Trompete, ich werd wahnsinnig 😅",
        "Hat jemand das Rezept für den Zwetschgendatschi von Oma?",
        "Bin voll im Stress mit dem Umzug, aber nächste Woche hab ich wieder Zeit für euch.",
        "Habt ihr auch den Regenbogen über dem Rathaus gesehen? Unreal schön.",
        "Ich glaub, ich werd krank, der Hals kratzt schon seit heute Mittag.",
        "Die Kleine hat heute zum ersten Mal Papa gesagt 🥹",
        "Kurze Frage: Nimmt man für Käsespätzle Emmentaler oder Bergkäse?",
        "lowkey bin ich froh, dass das Konzert verschoben wurde, bin eh pleite",
        "Wer hat meine Tupperdose aus dem Kühlschrank genommen?",
        "Ich hab die Prüfung bestanden, Leute! Heute wird gefeiert.",
        "Mein Laptop macht komische Geräusche, kennt sich jemand mit sowas aus?",
        "Gönn dir mal ne Pause, du arbeitest echt zu viel.",
    ],
    "support": [
        "Guten Tag, seit dem Umzug erhalte ich keine Post mehr von Ihnen, bitte aktualisieren Sie meine Adresse.",
        "Meine Bahncard ist nicht in der App sichtbar, obwohl ich sie letzte Woche gekauft habe.",
        "Hallo, die Heizung in meiner Wohnung fällt nachts immer wieder aus. Wann kann ein Techniker kommen?",
        "Der Download der Rechnung bricht bei 90 % ab, können Sie mir die PDF per Mail schicken?",
        "Ich wurde zweimal für dasselbe Ticket belastet, Buchungsnummer K7-22931.",
        "Wie kann ich meinen Account löschen? Ich finde die Option nicht in den Einstellungen.",
        "Die Smartwatch synchronisiert seit dem Firmware-Update nicht mehr mit meinem Handy.",
        "Bitte um Rückruf zwischen 14 und 16 Uhr wegen meiner Reklamation.",
        "Hallo, das Paket liegt laut Tracking in der Filiale, dort weiß aber keiner davon.",
        "Können Sie die Kündigungsbestätigung noch einmal schicken? Die erste ist im Spam gelandet.",
        "Hi, the checkout page shows an error 500, kann ich trotzdem bestellen?",
        "Das Display meines Tablets flackert, Gerät ist 8 Monate alt. Ist das ein Garantiefall?",
        "Mein Gepäck ist in Frankfurt nicht angekommen, Aktenzeichen FRA LH 48812.",
        "Ist es möglich, die Lieferung auf einen Samstag zu legen?",
        "Ich möchte meinen Stromzählerstand melden, aber das Formular nimmt keine Kommazahlen.",
        "Sehr geehrte Damen und Herren, ich widerrufe hiermit den Vertrag vom 3. Mai.",
        "Die Kaffeemaschine zeigt Fehler E04 an, was bedeutet das?",
        "Hallo, mein Kind hat versehentlich ein In-App-Abo abgeschlossen. Kann man das rückgängig machen?",
    ],
    "review": [
        "Die Ramen waren richtig gut, die Brühe hatte Tiefe. Nur die Wartezeit war heftig.",
        "Schöne Unterkunft, aber die Wände sind dünn wie Papier.",
        "Der Akkuschrauber macht, was er soll. Für den Preis top.",
        "Bestes Tiramisu außerhalb Italiens, ich schwör 😋",
        "Service war mega freundlich, obwohl der Laden brechend voll war.",
        "Die Jeans hat nach zwei Wäschen schon abgefärbt, leider ein Reinfall.",
        "Solides Buch, aber das Ende war mir zu vorhersehbar. 3/5.",
        "Der Escape Room war genial, wir haben es in 58 Minuten geschafft!",
        "Das Fahrrad kam gut verpackt an, Montage in 15 Minuten erledigt.",
        "Die Bratwurst war kalt und der Senf alle. Nie wieder diese Bude.",
        "Kinderfreundliches Restaurant, Spielecke und Malbücher, da kommen wir wieder.",
        "Die Serie startet langsam, aber ab Folge 3 killt sie komplett.",
        "Hotel war okay, aber das WLAN war so langsam, dass ich mobil arbeiten musste.",
        "Der Friseur hat sich richtig Zeit genommen, bin happy mit dem neuen Schnitt.",
        "Die Luftfritteuse ist ein Gamechanger, Pommes in 12 Minuten.",
        "Tolles Museum, die Audioguides könnten aber mal aktualisiert werden.",
        "Die Maultaschen waren hausgemacht und einfach göttlich.",
        "Lieferzeit war eine Katastrophe, das Produkt selbst ist aber super.",
    ],
    "sports_gaming": [
        "Wir haben den Tabellenführer gestern auseinandergenommen, 4:1 auswärts!",
        "Bro, der One-Tap auf Mirage war brutal sauber.",
        "Unser Keeper hat heute drei Elfer gekillt, Legende.",
        "Ich hab den Raid-Boss alleine gesolot, kein Witz.",
        "Die Kölner wurden in der zweiten Halbzeit komplett überrannt.",
        "Gegen die sind wir letztes Jahr abgeschlachtet worden, diesmal zahlen wir's zurück.",
        "Nochmal eine Runde Mario Kart? Ich mach dich diesmal platt.",
        "Unsere Damenmannschaft hat die Konkurrenz im Pokal weggefegt 🏆",
        "Mein Squad ist heute nur am Sterben, wir brauchen einen besseren Plan.",
        "Der Dreier in der letzten Sekunde hat den Gegner erledigt.",
        "Im Ranked hab ich heute fünf Siege hintereinander geholt, endlich Platin!",
        "Der Stürmer hat den Verteidiger total ins Leere laufen lassen, was für ein Move.",
        "Erst kassieren wir zwei Tore, dann drehen wir das Ding, Wahnsinnsspiel.",
        "Lass die Flanke campen, ich kümmere mich um den Sniper.",
        "Zieh die Aggro, ich burste den Boss runter.",
        "Die Abwehr stand wie eine Mauer, da kam nix durch.",
        "Wir haben die beim Tischkicker so dermaßen zerstört, die reden nicht mehr mit uns 😂",
        "Halbmarathon in 1:44 geschafft, meine Beine sind tot.",
        "GG, der letzte Push war einfach brutal.",
        "Die Jungs haben den Gegner heute im Schach regelrecht hingerichtet, Matt in 19 Zügen.",
    ],
    "figurative_violent": [
        "Der Aufstieg zur Hütte hat mich komplett zerstört.",
        "Ich bring den Kleinen um, wenn er nochmal die Milch offen lässt 😂",
        "Mein Wecker heute früh war ein echter Mordanschlag auf meine Laune.",
        "Kill bitte den Docker-Container, der blockiert Port 8080.",
        "Die Pointe hat mich umgebracht, ich konnte nicht mehr.",
        "Die Kantine hat heute mit dem Curry echt alle weggeballert, so scharf.",
        "Wir müssen das Feature leider killen, zu wenig Zeit bis zum Release.",
        "Sie hat bei der Hochzeit eine Rede gehalten, die alle umgehauen hat.",
        "Ich schieß dir das Dokument gleich per Mail rüber.",
        "Die Präsentation war ein Schlachtfeld, aber wir haben überlebt.",
        "Der Chef hat meinen Vorschlag in der Luft zerrissen.",
        "Dieses Hörbuch bringt mich noch um den Schlaf.",
        "Diese Schuhe bringen mich um, ich hab schon drei Blasen.",
        "Ich werd die Steuerberaterin erwürgen, wenn sie noch einen Beleg will 😅",
        "Der neue Song ist eine Bombe, läuft bei mir in Dauerschleife.",
        "Lass uns dem Problem direkt an die Gurgel gehen, bevor es größer wird.",
        "Die Zwiebeln schneiden mich jedes Mal fertig, ich heul wie ein Schlosshund.",
        "Mein Kopf explodiert gleich, zu viele Tabs offen.",
        "Die Erdbeeren dieses Jahr sind der Wahnsinn, ich sterbe.",
        "Er hat den Witz so trocken gebracht, der ganze Saal lag tot am Boden vor Lachen.",
    ],
    "identity_positive": [
        "Eid Mubarak an alle, die heute feiern! 🌙 Die Baklava von nebenan war schon ein Traum.",
        "Meine Kollegin hat mir heute erklärt, was Schabbat für ihre Familie bedeutet, voll schön.",
        "Unsere Tochter hat zwei Mamas und die beste Kindheit, die man sich wünschen kann.",
        "Der Gebärdensprachkurs an der VHS ist so toll, ich kann schon mein Lieblingsessen gebärden.",
        "Happy Holi an alle! 🎨 Die Farbschlacht im Park war legendär.",
        "Mein Opa ist in Anatolien geboren und erzählt die besten Geschichten.",
        "Das ukrainische Café am Markt hat jetzt Wareniki, unbedingt probieren!",
        "Unser Chor hat einen blinden Pianisten, der spielt alles nach Gehör, Gänsehaut.",
        "Gratulation an meinen Bruder und seinen Mann zum ersten Hochzeitstag 💍",
        "Der Tag der offenen Moschee war echt interessant, der Tee war super.",
        "Ich bin neu in der Stadt, kennt jemand einen queeren Buchclub?",
        "Happy Nowruz an alle kurdischen und persischen Freunde! 🌸",
        "Unsere neue Azubi hat Downsyndrom und bringt das ganze Team zum Lachen.",
        "Frohes Lichterfest! Wir zünden heute die dritte Kerze an 🕎",
        "Meine Nachbarin trägt Kopftuch und ist die beste Mathe-Nachhilfe im ganzen Haus.",
        "Beim Straßenfest gab es Essen aus Eritrea, Syrien und Polen, alles mega lecker.",
        "Mein bester Freund ist nichtbinär und hat mir so viel über Sprache beigebracht.",
        "Die Sinti-Band beim Stadtfest hat alle zum Tanzen gebracht.",
    ],
    "comments": [
        "Ich finde, der Artikel unterschätzt die Kosten der Energiewende für Mieter.",
        "Gute Analyse, aber die Grafik zu den Löhnen ist schwer lesbar.",
        "Da bin ich anderer Meinung: Ein Verbot löst das Problem nicht.",
        "Schwache Recherche, die Zahlen im dritten Absatz widersprechen der Quelle.",
        "Die Idee mit der Vier-Tage-Woche finde ich gut, aber für Krankenhäuser unrealistisch.",
        "Danke für die ausgewogene Darstellung, das ist selten geworden.",
        "Warum wird die Meinung der Anwohner gar nicht erwähnt?",
        "Das Konzept der Partei überzeugt mich nicht, zu viele offene Fragen bei der Finanzierung.",
        "Kleiner Fehler: Der Bürgermeister heißt Schneider, nicht Schreiner.",
        "Ich lese den Blog seit Jahren, aber dieser Beitrag ist mir zu einseitig.",
        "Spannendes Interview! Mehr davon bitte.",
        "Die Argumente sind nachvollziehbar, die Schlussfolgerung aber übertrieben.",
        "Hat jemand die Studie im Original gelesen? Die Stichprobe ist ziemlich klein.",
        "Die neue Fußgängerzone ist eine gute Idee, nur die Lieferzeiten müssen geklärt werden.",
        "Ich halte diese Regelung für bürokratischen Unsinn, aber ich lasse mich gern überzeugen.",
        "Der Kommentar trifft es ziemlich genau, leider.",
        "Honestly, die Debatte dreht sich seit Jahren im Kreis.",
        "Schön geschrieben, aber mir fehlt die Perspektive der Pflegekräfte.",
    ],
}

EVERYDAY_HELDOUT3: list[tuple[str, str]] = [(k, t) for k, ts in _EVERYDAY.items() for t in ts]
