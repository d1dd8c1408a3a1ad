"""Italian (it): functional hate-speech cases and everyday messages, written for
this project in Italian. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's.

Frames are filled with groups that carry the inflected forms a frame needs: the plural noun
with its article (i / gli / le) and the articulated prepositions (dei, ai, sui, dai...), a
singular noun with its indefinite article, and the gender used for adjective endings and
pronouns (li / le, tutti / tutte). Hand-written rows cover slurs, obfuscated spellings,
non-protected targets, insults against one person, profanity and reclaimed in-group use.
"""

from __future__ import annotations

from typing import Any

# Articulated prepositions by plural article.
_PREP = {
    "i": {"di": "dei", "a": "ai", "su": "sui", "da": "dai", "con": "con i"},
    "gli": {"di": "degli", "a": "agli", "su": "sugli", "da": "dagli", "con": "con gli"},
    "le": {"di": "delle", "a": "alle", "su": "sulle", "da": "dalle", "con": "con le"},
}


def _group(bare: str, art: str, un: str, fem: bool = False) -> dict[str, Any]:
    """Plural noun, its plural article, singular with indefinite article, gender."""
    p = _PREP[art]
    return {
        "bare": bare,
        "gli": f"{art} {bare}",
        "Gli": f"{art.capitalize()} {bare}",
        "dei": f"{p['di']} {bare}",
        "ai": f"{p['a']} {bare}",
        "sui": f"{p['su']} {bare}",
        "dai": f"{p['da']} {bare}",
        "con": f"{p['con']} {bare}",
        "un": un,
        "il_primo": "la prima" if fem else "il primo",
        "pl": "e" if fem else "i",
        "li": "le" if fem else "li",
        "Li": "Le" if fem else "Li",
        "tutti": "tutte" if fem else "tutti",
        "quelli": "quelle" if fem else "quelli",
        "questi": "queste" if fem else "questi",
    }


_TRAIN_GROUPS = [
    _group("marocchini", "i", "un marocchino"),
    _group("neri", "i", "un nero"),
    _group("ebrei", "gli", "un ebreo"),
    _group("musulmani", "i", "un musulmano"),
    _group("rom", "i", "un rom"),
    _group("donne", "le", "una donna", fem=True),
    _group("gay", "i", "un gay"),
    _group("persone trans", "le", "una persona trans", fem=True),
    _group("disabili", "i", "un disabile"),
    _group("immigrati", "gli", "un immigrato"),
    _group("cinesi", "i", "un cinese"),
    _group("albanesi", "gli", "un albanese"),
]

# Eight of twelve differ from the train groups; ebrei, neri, donne and musulmani recur.
_HELDOUT_GROUPS = [
    _group("africani", "gli", "un africano"),
    _group("nigeriani", "i", "un nigeriano"),
    _group("lesbiche", "le", "una lesbica", fem=True),
    _group("romeni", "i", "un romeno"),
    _group("profughi", "i", "un profugo"),
    _group("pakistani", "i", "un pakistano"),
    _group("sinti", "i", "un sinto"),
    _group("bisessuali", "i", "un bisessuale"),
    _group("ebrei", "gli", "un ebreo"),
    _group("neri", "i", "un nero"),
    _group("donne", "le", "una donna", fem=True),
    _group("musulmani", "i", "un musulmano"),
]


def _fill(
    name: str,
    flag: bool,
    frames: list[str],
    groups: list[dict[str, Any]],
    per_frame: int,
    offset: int = 0,
) -> list[tuple[str, bool, str]]:
    """Each frame with `per_frame` groups, rotating through the group list."""
    rows: list[tuple[str, bool, str]] = []
    n = len(groups)
    for i, frame in enumerate(frames):
        for j in range(per_frame):
            g = groups[(i * per_frame + j + offset) % n]
            rows.append((name, flag, frame.format(**g)))
    return rows


def _rows(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# ---------------------------------------------------------------------------------------
# Train frames
# ---------------------------------------------------------------------------------------

_TR_DEROGATION = [
    "Odio {gli}, mi fanno schifo.",
    "{Gli} sono davvero disgustos{pl}.",
    "{Gli} sono la rovina di questo paese.",
    "Non sopporto {gli}, sono tutt{pl} uguali: falsi e arroganti.",
    "{Gli} sono inferiori, punto. Non c'è niente da discutere.",
    "raga {gli} mi fanno vomitare sul serio 🤮",
    "La gente peggiore del mondo? {Gli}, e nessuno in TV ha il coraggio di dirlo "
    "perché hanno tutti paura di passare per razzisti.",
    "Non ci si può fidare {dei}, mai.",
    "Tutti i problemi del quartiere sono colpa {dei}, lo sanno tutti.",
    "Che schifo {gli}, non {li} voglio vedere nemmeno in foto.",
]

_TR_DEHUMANISATION = [
    "{Gli} sono topi, niente di più.",
    "{Gli} sono feccia.",
    "{Gli} si riproducono come conigli e tra poco non saremo più a casa nostra, "
    "i nostri figli dovranno chiedere il permesso.",
    "{Gli} sono un cancro per l'Italia.",
    "{Gli} vivono come maiali nella loro sporcizia.",
    "Questi parassiti, {gli}, ci succhiano il sangue da anni.",
    "{Gli} sono spazzatura, vanno buttat{pl} nel cassonetto.",
    "{Gli} non sono esseri umani, sono bestie.",
]

_TR_THREAT = [
    "Bisognerebbe ammazzare {tutti} {gli}.",
    "Morte {ai}!",
    "{Gli} andrebbero chius{pl} nei campi, e poi basta.",
    "Stasera pesto {il_primo} {bare_sg} che incontro.",
    "Tiriamo fuori i fucili e ripuliamo l'Italia {dai}.",
    "se becco {dei} sotto casa {li} accoltello, non scherzo",
    "{Gli} meritano una pallottola in testa.",
    "Un giorno bruceremo {gli} come si meritano.",
    "Ritrovo sabato sera davanti al bar della piazza, andiamo a fare la festa {ai} "
    "del quartiere, portate le mazze e niente telefoni.",
]

_TR_NEGATED = [
    "{Gli} non sono disgustos{pl}.",
    "Non farei mai del male {ai}.",
    "Non ho assolutamente niente contro {gli}.",
    "No, {gli} non sono una minaccia per l'Italia.",
    "Non penso proprio che {gli} siano inferiori.",
    "io non odio {gli}, anzi",
    "{Gli} non sono parassiti, smettila.",
    "Non augurerei mai la morte {ai}, né a nessun altro, anche se sui social c'è chi "
    "lo fa ogni giorno senza vergogna.",
]

_TR_COUNTER = [
    "Dire che {gli} sono topi è odio puro e semplice.",
    "Ho sentito un tizio urlare «morte {ai}» in metro, ho chiamato la polizia.",
    "Smettetela di chiamare {gli} feccia, è vergognoso.",
    "Il post che diceva che {gli} sono inferiori è stato rimosso, e meno male.",
    "Quando scrivi che {gli} sono un cancro ripeti la propaganda degli anni Trenta.",
    "Mio zio a pranzo ha detto di nuovo che odia {gli}, gli ho detto che è inaccettabile.",
    "«Bisogna ammazzare {tutti} {gli}»: messaggi così si segnalano, non si mettono like.",
    "Ma ti rendi conto che chiamare {gli} spazzatura è gravissimo?",
]

_TR_NEUTRAL = [
    "Stasera su Rai 3 c'è un servizio {sui}.",
    "La mia collega sta facendo una tesi sulla storia {dei} in Italia.",
    "Nel mio palazzo abitano anche {alcuni}.",
    "Ieri sera abbiamo visto un documentario {sui}.",
    "Il sondaggio della Regione riguarda le condizioni di vita e di lavoro {dei} in "
    "Lombardia, i risultati usciranno a giugno.",
    "stamattina in treno ho letto un articolo {sui}",
    "Il convegno di giovedì parlerà {dei} nel mondo del lavoro.",
    "Il prof ci ha chiesto una ricerca {sui} per lunedì.",
    "In biblioteca c'è una mostra fotografica {sui} fino a marzo.",
]

_TR_POSITIVE = [
    "{Gli} danno tantissimo alla nostra società.",
    "{Gli} sono persone splendide, come tutti.",
    "Massimo rispetto {ai}, ne hanno passate tante.",
    "Viva la diversità, {gli} hanno tutto il diritto di stare qui ❤️",
    "un abbraccio {ai} che lottano ogni giorno per i loro diritti",
    "{Gli} fanno parte della storia di questo paese ed è una ricchezza.",
    "Grazie {ai} del mio quartiere per l'accoglienza e la gentilezza.",
    "Ammiro il coraggio {dei}, che in questo paese devono ancora lottare per cose che "
    "per gli altri sono scontate.",
    "Sono orgoglioso di sostenere {gli} ogni giorno con la mia associazione.",
]

_TR_SLUR = [
    "Sporco negro, tornatene in Africa.",
    "Ci sono troppi negri su questo treno, che puzza.",
    "Negro di merda, levati dalle palle.",
    "Frocio schifoso, vattene dal mio bar.",
    "I froci dovrebbero restare chiusi in casa.",
    "Guarda quel ricchione come cammina, che schifo.",
    "Ecco un altro zingaro che ruba al supermercato.",
    "Gli zingari rubano i bambini, lo sanno tutti.",
    "Zingari di merda, tornate nei vostri campi.",
    "Quel giudeo conta ancora i soldi, tipico.",
    "I giudei controllano le banche e i giornali.",
    "Sta zitta, puttana, le donne dovrebbero stare in cucina.",
    "Tutte troie quelle che escono la sera in minigonna.",
    "Guarda quel viado, che roba disgustosa.",
    "I musi gialli mangiano i cani e ci portano i virus.",
    "quel mongoloide sbava dappertutto, chiudetelo da qualche parte",
    "Mio figlio non gioca con i mongoloidi a scuola.",
    "Sei proprio un frocio, corri come una femminuccia.",
    "Muso giallo, impara a parlare italiano.",
    "Quella troia vuole lo stesso stipendio di un uomo, ma per favore.",
    "I negri sanno solo spacciare.",
    "Un giudeo resta un giudeo, anche se si converte.",
    "Vai a casa, ricchione, qui non ti vogliamo.",
    "I viados non devono entrare nei bagni delle donne.",
    "Un altro negro che bivacca davanti alla stazione.",
    "Tua sorella sta con un negro? Che vergogna per la tua famiglia.",
    "Quel frocio mi ha guardato, adesso lo gonfio.",
    "I mongoloidi costano una fortuna allo Stato per niente.",
    "Questi froci vogliono pure adottare i bambini, ma siamo matti?",
    "Zingara ladra, ridammi il portafoglio.",
    "Il bar sotto casa l'hanno preso i musi gialli, ormai è Chinatown.",
    "Quella puttana della mia vicina si veste come una zoccola, come tutte le donne.",
    "Ecco i ricchioni al Pride, pagliacci schifosi.",
    "Vu cumprà di merda, sparisci dalla spiaggia.",
    "Sti marocchini di merda spacciano in ogni parco.",
    "Quei negri del centro d'accoglienza vanno rimpatriati a calci.",
    "Guarda quel giudeo col cappellino, fa schifo.",
    "Handicappato di merda, non dovresti nemmeno uscire di casa.",
    "Tutti i froci all'inferno.",
    "Mussulmani bastardi, tornatevene nel deserto.",
]

_TR_SPELLING = [
    "Gli ebr3i sono t0pi.",
    "sporco n3gr0 tornatene a casa",
    "f u o r i   g l i   e b r e i",
    "I musulmanni sono tutti terroristi.",
    "morte agli e-b-r-e-i",
    "le donn e sono inferiori agli uomini",
    "i fr0ci fanno schifo",
    "I n3ri sono f3ccia.",
    "Fr0c1o di m3rda.",
    "Gli z1ngari rubano tutto, fuori dalle palle.",
    "sti immi-grati sono parassiti",
    "I trannns sono malati di mente.",
    "n3gr0 di merda",
    "I disabil1 sono un peso, vanno eliminati.",
    "I mu$ulmani m3ritano la morte.",
    "I maroc-chini sono tutti ladri.",
    "0dio gli ebreii.",
    "i musulmeni sono il cancro d'italia",
    "Giud3o di merda",
    "Fuori i n e g r i !",
    "Le d0nne devono stare in cucina.",
    "I v1ados vanno rinchiusi.",
    "gli immigrati = f.e.c.c.i.a",
    "M.u.s.i g.i.a.l.l.i di merda",
    "Gli om0sessu4li mi fanno schif0.",
    "m0rte ai muslim",
    "I R.o.m. sono animali.",
    "bruciamo le moschee e i musulm4ni dentro",
    "I nerrri sono scimmie.",
    "Gli ebbrei controllano tutto.",
    "I ricchi0ni al Pride, che schif0.",
    "Gli alban3si sono solo delinquenti.",
    "I c1nesi sono tutti infidi.",
    "sporco fr*c*o",
    "I negr1 puzzano.",
    "Bisogna ammazzare i fro-ci.",
    "i disabbili sono vegetali",
    "Fuori gli ara bi da casa nostra.",
    "Gli 1mmigrati vanno affogati in mare.",
    "Le donnne non dovrebbero votare.",
]

_TR_NON_PROTECTED = [
    "Odio le zanzare, mi fanno schifo.",
    "I lunedì sono davvero disgustosi.",
    "Il traffico sul raccordo è la rovina di questa città.",
    "Morte allo spam!",
    "Bisognerebbe ammazzare tutte le zanzare di casa.",
    "Gli arbitri di stasera sono una vergogna, andrebbero cacciati.",
    "I piccioni in piazza sono topi con le ali.",
    "Non sopporto i lavori sotto casa, rovinano tutto.",
    "La riforma delle pensioni è un cancro per questo paese.",
    "Non reggo più le pubblicità su YouTube, sono insopportabili.",
    "Gli scarafaggi in cucina vanno sterminati.",
    "I monopattini elettrici sono spazzatura, vanno buttati nel cassonetto.",
    "gli arbitri del VAR sono la vergogna del calcio",
    "Morte alle riunioni che potevano essere una mail.",
    "Questo nuovo gestionale mi fa vomitare 🤮",
    "Le cimici dei letti si riproducono come conigli.",
    "Bisognerebbe bruciare tutti i moduli dell'INPS.",
    "Le vespe meritano una pallottola in testa.",
    "Stasera pesto la prima zanzara che incontro.",
    "La politica fiscale del governo è una vergogna.",
    "I tifosi della Juve stasera sono insopportabili, che piagnoni.",
    "I calabroni vanno sterminati tutti, uccidono le nostre api.",
    "I call center che chiamano all'ora di cena sono feccia.",
    "Tiriamo fuori il lanciafiamme e puliamo il frigo.",
    "Le code in autostrada ad agosto sono un cancro.",
    "Odio il mese di febbraio, grigio e interminabile.",
    "Le promesse elettorali di quel partito sono disgustose.",
    "I ratti della metro sono più grossi del mio gatto.",
    "Le banche con le loro commissioni nascoste sono parassiti.",
    "Le alghe sulla spiaggia quest'anno sono una malattia.",
    "Odio Trenitalia, altri 40 minuti di ritardo.",
    "I bot su Twitter sono spazzatura.",
    "Sta sveglia di merda merita di essere buttata dalla finestra.",
    "Le lumache mi hanno mangiato tutta l'insalata, le stermino.",
    "L'IMU è la vergogna di questo paese.",
    "La pioggia a luglio la odio, rovina tutto.",
]

_TR_ABUSE = [
    "Sei solo un coglione inutile.",
    "Chiudi quella bocca, idiota.",
    "Sei davvero il peggior collega che abbia mai avuto.",
    "Brutto cretino, hai rotto di nuovo tutto.",
    "sei troppo scemo per capire, lascia stare",
    "Nessuno ti sopporta, sei un peso per tutta la squadra.",
    "Sei brutto e non hai nessun talento.",
    "Che imbecille quello, non sa nemmeno parcheggiare.",
    "Vaffanculo, bugiardo.",
    "Sei un fallito, non hai mai combinato niente.",
    "Poveretto, anche tua madre si vergogna di te.",
    "Ma che deficiente, ha mandato la mail a tutto l'ufficio.",
    "Sei un verme, mi hai tradito.",
    "Sparisci, stronzo.",
    "Il mio capo è un incompetente totale e pure un codardo.",
    "sei una pippa a calcetto, smetti di giocare",
    "Non servi a niente, sei un parassita in questo gruppo.",
    "Quello youtuber è un cazzaro che racconta solo stronzate.",
    "Sei solo un gran fannullone, muoviti.",
    "Brutto scemo, mi hai fatto perdere la partita.",
    "La tua ex ha ragione, sei un egoista.",
    "Che cretina, ha dimenticato di nuovo le chiavi.",
    "Hai il QI di una cozza, davvero.",
    "Smettila di parlare, sei pesante, poveraccio.",
    "Quel venditore è un truffatore e uno stronzo.",
    "Sei un vigliacco e un bugiardo, lo sanno tutti.",
    "Il vicino di sopra è un cafone insopportabile.",
    "Vattene, sei solo un fallito.",
    "sei un pagliaccio, nessuno ti prende sul serio",
    "Quel prof è un tiranno e pure un idiota.",
    "Buffone, non sai nemmeno leggere una cartina.",
    "Sei la persona più stupida che conosca.",
]

_TR_PROFANITY = [
    "Cazzo, che figata!",
    "Merda, ho perso l'autobus.",
    "Porca miseria, che giornata.",
    "porca puttana, ho perso di nuovo le chiavi",
    "Questa torta è buona da paura, cazzo.",
    "Oh merda, piove ancora.",
    "Cazzo, finalmente le vacanze!",
    "Porca vacca, il wifi è saltato di nuovo.",
    "Il concerto era una bomba, cazzo!",
    "Che palle, ho dimenticato l'ombrello.",
    "Cavolo, non sapevo che fossi tornato!",
    "Porca troia, ho preso la patente!!! 🎉",
    "Che merda di tempo, si gela.",
    "Madonna, che tramonto pazzesco.",
    "cazzo sono distrutto",
    "Mannaggia, ho dimenticato di far partire la lavatrice.",
    "Questo film è fatto da dio, cazzo.",
    "Accidenti, il negozio ha già chiuso.",
    "Ma che cazzo di prezzo è per un caffè?",
    "Merda merda merda, farò tardi.",
    "Porca miseria quanto è piccante!",
    "Santo cielo, ho finalmente finito la pratica.",
    "Minchia, la vista dalla cima è incredibile.",
    "Camera mia è un casino della madonna, devo sistemare.",
    "Che palle il lunedì, ma vabbè andiamo.",
    "Cazzo, ho passato l'esame!",
]

_TR_RECLAIMED = [
    "Froci e fiere, ci vediamo al Pride sabato 🏳️‍🌈",
    "Tra lesbicone ci capiamo, stasera serata da me.",
    "Sono un vecchio frocio e ne vado fiero.",
    "Collettivo frocie in lotta: assemblea giovedì alle 19.",
    "Il bar frocio dietro l'angolo fa karaoke stasera.",
    "Orgogliosa di essere una lesbicona, e mia madre è fiera di me.",
    "Sono una frocia favolosa e vi mando tanto amore 💅",
    "Festival del cinema frocio: è uscito il programma!",
    "Ci chiamiamo froce tra di noi, è la nostra ironia, non la tua.",
    "Terrone e orgoglioso, a Natale si torna giù.",
    "I frocetti del coro hanno cantato al matrimonio, che emozione.",
    "Sì, sono una checca isterica, e allora? Sono io.",
]

# ---------------------------------------------------------------------------------------
# Held-out frames (none of the train frames reused)
# ---------------------------------------------------------------------------------------

_HO_DEROGATION = [
    "{Gli}? Non ne posso più, sono i peggiori.",
    "Sinceramente {gli} sono una piaga e tutti lo pensano sotto sotto, solo che nessuno "
    "lo dice ad alta voce per non passare da razzista.",
    "Non parlatemi più {dei}, per {quelli} provo solo disprezzo.",
    "Mi fanno ribrezzo {gli}, sono subdol{pl} e fannullon{pl}.",
    "seriamente {gli} sono {tutti} uguali, pensano solo ad approfittarsene",
    "Detesto {gli} e tutto quello che rappresentano.",
    "Mai fidarsi {dei}, mentono come respirano.",
]

_HO_DEHUMANISATION = [
    "{Gli} sono un'infestazione, come le cimici.",
    "Sembrano un branco di cani, {gli} per strada.",
    "{Gli} sono un'epidemia da contenere.",
    "Questi subumani, {gli}, non meritano di essere chiamati persone.",
    "{Gli} brulicano ovunque come scarafaggi.",
    "{Gli}? Immondizia che sporca le nostre strade.",
]

_HO_THREAT = [
    "Il giorno che scoppia il casino {gli} saranno {primi} a pagare.",
    "Spero che un giorno qualcuno stermini {gli}.",
    "Impicchiamo{li} {tutti}, {gli}, in piazza.",
    "Questo weekend andiamo a caccia {dei} giù al parco, chi viene porti qualcosa di "
    "pesante, così gli passa la voglia di girare qui.",
    "Prima o poi sgozzo {un}, lo giuro.",
    "È ora di risolvere il problema {dei} a colpi di spranga.",
    "Bisognerebbe gasare {gli}, è l'unica soluzione.",
]

_HO_NEGATED = [
    "Non è vero, {gli} non si approfittano di nessuno.",
    "Personalmente non ho mai provato odio verso {gli}.",
    "Non torcerei mai un capello {ai}.",
    "{Gli} non meritano in nessun caso di essere maltrattat{pl}.",
    "no {gli} non sono il problema, il problema e il razzismo",
    "Non dirò mai che {gli} sono animali.",
]

_HO_COUNTER = [
    "Chi chiama {gli} scarafaggi dovrebbe vergognarsi.",
    "Un consigliere ha detto che {gli} sono un'epidemia, va sanzionato.",
    "La scritta «fuori {gli}» sulla scuola è una vergogna, il Comune la deve cancellare.",
    "Il commento che invitava a cacciare {gli} è stato segnalato alla piattaforma.",
    "No, paragonare {gli} ai cani non è umorismo, è odio.",
    "Sono uscito dal gruppo WhatsApp perché prendevano in giro {gli}, che schifo.",
]

_HO_NEUTRAL = [
    "Qualcuno ha dei dati {sui} che vivono a Torino?",
    "Il museo dedica una sala alla storia {dei}.",
    "La mia vicina lavora in un'associazione che segue {gli}, si occupa soprattutto di "
    "documenti, casa e corsi di lingua.",
    "Stamattina Radio 3 ha fatto una puntata {sui}.",
    "Il rapporto ISTAT {sui} esce la settimana prossima.",
    "domani sera ce un dibattito {sui} in universita",
]

_HO_POSITIVE = [
    "{Gli} che conosco sono tra le persone più generose che esistano.",
    "Siamo fortunati ad avere {gli} nella nostra città.",
    "Tanto supporto {ai} in questo periodo, non siete sol{pl} 💪",
    "{Gli} hanno arricchito la cultura italiana, è un dato di fatto.",
    "Onore {ai} che mandano avanti questo paese ogni giorno.",
    "La mia città è più bella grazie {ai} che ci vivono, ci lavorano e la rendono ogni "
    "giorno più aperta e interessante.",
]

_HO_SLUR = [
    "Culattone di merda, vatti a nascondere.",
    "Quel finocchio del parrucchiere mi fa schifo.",
    "Negraccio, torna sul barcone.",
    "Bingo bongo, vai a vivere sugli alberi.",
    "Zingaraccia, sparisci dal parcheggio.",
    "Quello spastico non dovrebbe avere il diritto di uscire.",
    "Un rottinculo come te va preso a calci.",
    "Le lesbicone del corteo sono tutte frustrate.",
    "I beduini in metro che urlano, che schifo.",
    "Le donne sono tutte baldracche, pensano solo ai soldi.",
    "Sei una scimmia, torna in Africa.",
    "Quei culattoni del Pride andrebbero arrestati.",
    "Finocchio, trovati una donna vera.",
    "Arrivano le risorse boldriniane, nascondete le biciclette.",
    "Sto clandestino di merda mi ha chiesto l'elemosina.",
    "lo spastico ha sbavato ancora sul tavolo, che schifo",
    "Negracci ovunque, sembra di stare a Lagos.",
    "Tolgono i crocifissi dalle scuole per far contenti i beduini.",
    "Ecco la zingaraccia col bambino in braccio a chiedere soldi.",
    "Due finocchi che si baciano al parco, che schifo.",
]

_HO_SPELLING = [
    "Gli afric4ni sono s1mmie.",
    "f u o r i  i  n i g e r i a n i",
    "le lesb1che sono malate",
    "I rum3ni = delinquenti",
    "I prof-ughi sono parassiti, che crepino.",
    "I paki sono un'invasi0ne.",
    "i s1nti sono ladri",
    "I bisessu4li sono viziosi.",
    "m.o.r.t.e ai nigeriani",
    "Gli ebr-ei tirano i fili.",
    "culatt0ne",
    "Le lesbic0ne mi fanno ribrezzo.",
    "Bisogna g@s@re i profughi.",
    "I pakistaani puzzano.",
    "Gli affricani sono feccia.",
    "I mussulm4ni sono una mal4ttia.",
    "Fin0cchi0 di merda, vattene.",
    "Gli zing4racci fuori dall'Italia.",
    "i nigerianni spacciano tutti",
    "Le d*nne sono tutte tr*ie.",
]

_HO_NON_PROTECTED = [
    "Il giorno che scoppia il casino le zanzare saranno le prime a pagare.",
    "I calabroni quest'anno brulicano ovunque come scarafaggi.",
    "Impicchiamoli tutti, quegli arbitri, dopo quel rigore rubato!",
    "Questo weekend andiamo a caccia di formiche in cantina.",
    "Le notifiche di questa app sono un'infestazione.",
    "Sinceramente gli scioperi dei treni sono una piaga.",
    "Mi fanno ribrezzo i lunedì mattina.",
    "Bisognerebbe gasare queste zanzare, è l'unica soluzione.",
    "Le mail pubblicitarie? Immondizia che riempie la casella.",
    "Detesto questa nuova legge sugli affitti.",
    "Mai fidarsi delle previsioni del meteo, mentono come respirano.",
    "Le zecche in questo giardino sono un'epidemia.",
    "Prima o poi sgozzo questo computer, lo giuro.",
    "I clacson alle sette di mattina li odio.",
    "Questi pedaggi autostradali sono un furto.",
    "I tifosi dell'Inter hanno fischiato tutta la partita, che sfigati.",
    "È ora di risolvere il problema delle erbacce a colpi di diserbante.",
    "Il programma economico di quel candidato è un disastro.",
]

_HO_ABUSE = [
    "Sei davvero un idiota patentato.",
    "Tu sei una piaga, nessuno vuole lavorare con te.",
    "Scansafatiche, non hai fatto niente tutta la settimana.",
    "Fai pena, sfigato.",
    "Quel tipo è un molestatore pesantissimo, mi ha riempito di messaggi.",
    "Sei scemo come una capra.",
    "Ma che pirla, si è dimenticato di prenotare l'albergo.",
    "Hai proprio una faccia da schiaffi.",
    "Stai zitto, dici solo cazzate.",
    "il mio coinquilino è un maiale, non lava mai i piatti",
    "Sei di una stupidità imbarazzante.",
    "Quel ministro è un incapace e un bugiardo.",
    "Sei una zavorra, abbiamo perso per colpa tua.",
    "Coglione, impara a guidare.",
    "Oggi hai proprio una faccia da culo.",
    "Che idiota quel corriere, mi ha lanciato il pacco.",
]

_HO_PROFANITY = [
    "Cazzo, non ci credo, abbiamo vinto alla lotteria!",
    "Merda, ho bruciato la pasta.",
    "Porca miseria, che panorama.",
    "Che casino, è finito il caffè.",
    "Ah cazzo, finalmente è weekend.",
    "Porca puttana, mi è caduto il telefono nell'acqua.",
    "Oh merda, è già ora!",
    "Che caldo della madonna, mi sciolgo.",
    "Maledetto ombrello, si è girato.",
    "Cavolo, che partita pazzesca stasera!",
    "minchia sto panino è buonissimo",
    "E che cazzo, ho lasciato il portafoglio in ufficio.",
    "Porca vacca, nevica ad aprile!",
    "Cazzarola, ho finito la maratona!",
]

_HO_RECLAIMED = [
    "Serata di froce e lesbicone al circolo venerdì!",
    "Io frocio? Sì, e fiero di esserlo da vent'anni.",
    "Le lesbicone della squadra di rugby hanno vinto di nuovo il torneo 🏉",
    "Il nostro podcast frocio questo mese parla di salute mentale.",
    "Io e la mia migliore amica, due lesbicone in campagna, ci divertiamo un mondo.",
    "Tranqui checca, ci vediamo al Pride.",
    "Esce il nuovo numero della fanzine «Froci arrabbiati».",
    "Tra noi froci abbiamo un umorismo che gli etero non capiscono 😂",
]


def _with_extras(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Forms used by a few frames only: singular noun without article, 'alcuni/alcune'."""
    out = []
    for g in groups:
        d = dict(g)
        d["bare_sg"] = g["un"].split(" ", 1)[1]
        d["primi"] = "le prime" if g["pl"] == "e" else "i primi"
        d["alcuni"] = ("alcune " if g["pl"] == "e" else "alcuni ") + g["bare"]
        out.append(d)
    return out


def _build_train() -> list[tuple[str, bool, str]]:
    g = _with_extras(_TRAIN_GROUPS)
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _TR_DEROGATION, g, 4)
    rows += _fill("dehumanisation", True, _TR_DEHUMANISATION, g, 4, 1)
    rows += _fill("threat", True, _TR_THREAT, g, 4, 2)
    rows += _rows("slur", True, _TR_SLUR)
    rows += _rows("spelling_variation", True, _TR_SPELLING)
    rows += _fill("negated_hate", False, _TR_NEGATED, g, 4, 3)
    rows += _fill("counter_speech", False, _TR_COUNTER, g, 4, 5)
    rows += _fill("identity_neutral", False, _TR_NEUTRAL, g, 4, 6)
    rows += _fill("identity_positive", False, _TR_POSITIVE, g, 4, 7)
    rows += _rows("non_protected_target", False, _TR_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _TR_ABUSE)
    rows += _rows("nonabusive_profanity", False, _TR_PROFANITY)
    rows += _rows("reclaimed_slur", False, _TR_RECLAIMED)
    return rows


def _build_heldout() -> list[tuple[str, bool, str]]:
    g = _with_extras(_HELDOUT_GROUPS)
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _HO_DEROGATION, g, 3)
    rows += _fill("dehumanisation", True, _HO_DEHUMANISATION, g, 3, 1)
    rows += _fill("threat", True, _HO_THREAT, g, 3, 2)
    rows += _rows("slur", True, _HO_SLUR)
    rows += _rows("spelling_variation", True, _HO_SPELLING)
    rows += _fill("negated_hate", False, _HO_NEGATED, g, 3, 4)
    rows += _fill("counter_speech", False, _HO_COUNTER, g, 3, 5)
    rows += _fill("identity_neutral", False, _HO_NEUTRAL, g, 3, 6)
    rows += _fill("identity_positive", False, _HO_POSITIVE, g, 3, 7)
    rows += _rows("non_protected_target", False, _HO_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _HO_ABUSE)
    rows += _rows("nonabusive_profanity", False, _HO_PROFANITY)
    rows += _rows("reclaimed_slur", False, _HO_RECLAIMED)
    return rows


FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = _build_train()
FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = _build_heldout()


def _kind(kind: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(kind, t) for t in texts]


EVERYDAY_TRAIN: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "A domani!",
            "Ci vediamo in stazione alle sei?",
            "Ti aspetto davanti al cinema, a dopo 👋",
            "ci becchiamo sul bus",
            "Allora ci vediamo sabato da Giulia.",
            "Passo a prenderti all'uscita dal lavoro verso le cinque e mezza, aspettami davanti.",
            "Dai, buona serata, ci sentiamo domani per prenotare il ristorante.",
            "ti raggiungo al bar sotto casa tua tra 10 min",
            "Ciao a tutti, scappo, a lunedì!",
            "Ti trovo io in aeroporto, mandami solo il numero del volo.",
            "Ci sentiamo dopo, adesso sono in riunione.",
            "Appuntamento alla fontana del parco a mezzogiorno, porto io i panini.",
            "Un bacio, alla prossima settimana ❤️",
            "Vengo a prenderti a Termini, binario 7, tranquilla che ti trovo.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Hai visto l'ultima puntata?",
            "Qualcuno ha un caricatore USB-C da prestarmi?",
            "ahahah sei troppo forte",
            "Oggi c'è un sole bellissimo, pranziamo fuori?",
            "Ho finalmente finito il trasloco, sono morto di stanchezza ma contento.",
            "Cosa porto per l'aperitivo stasera? Patatine, olive, uno spritz?",
            "Mia figlia ha fatto i primi passi ieri sera 🥹",
            "boh non so che fare sto weekend, idee?",
            "Il gatto ha rovesciato di nuovo il vaso, per fortuna che è carino.",
            "Mi ridai l'indirizzo di tua sorella? Ho perso il messaggio.",
            "Bellissima la serata ieri, grazie per l'organizzazione!",
            "Ho provato la ricetta del tiramisù di tua nonna, una meraviglia.",
            "Come va? È un secolo che non ci sentiamo!",
            "Quest'anno in ufficio facciamo il Secret Santa, partecipi?",
        ],
    ),
    *_kind(
        "support",
        [
            "Buongiorno, il mio ordine n. 48213 non è ancora arrivato.",
            "Dopo l'aggiornamento non riesco più ad accedere, potete aiutarmi?",
            "Salve, questo mese mi avete addebitato due volte, chiedo il rimborso.",
            "Come cambio l'indirizzo di consegna?",
            "Il pacco è arrivato danneggiato, vorrei un cambio per favore.",
            "Buongiorno, il modem lampeggia rosso da stamattina e non funziona niente.",
            "Spedite anche in Svizzera?",
            "Vorrei disdire l'abbonamento a fine mese, qual è la procedura?",
            "salve il codice sconto non funziona sul sito",
            "La vostra app si blocca ogni volta che apro la sezione fatture, su Android 14.",
            "Grazie per la risposta veloce, problema risolto!",
            "Buongiorno, non ho ricevuto la mail di conferma del biglietto del treno.",
            "Potete intestare la fattura alla mia azienda?",
        ],
    ),
    *_kind(
        "review",
        [
            "Trattoria ottima, la carbonara era perfetta e il servizio gentilissimo.",
            "Cuffie comodissime, ma la batteria dura meno del previsto.",
            "Spedizione veloce, prodotto conforme, consigliato.",
            "Mah, pizza fredda e gommosa, non torneremo.",
            "Hotel in buona posizione, camera pulita, colazione un po' cara.",
            "Questo libro è una chicca, l'ho letto tutto d'un fiato.",
            "aspirapolvere perfetto, tira su tutti i peli del cane",
            "Il film parte lento ma il finale merita davvero.",
            "Pasticceria top, i cornetti sono da urlo 🥐",
            "Tre stelle: buona cucina, ma 45 minuti di attesa tra un piatto e l'altro.",
            "La macchinetta fa un rumore infernale ma il caffè è ottimo.",
            "Cameriere un po' scorbutico, ma il fritto misto è il migliore della zona.",
            "Le scarpe si sono rotte dopo due settimane, molto deluso.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Li abbiamo ammazzati 3-0, che squadra!",
            "Headshot pazzesco all'ultimo round 🔥",
            "Ci hanno distrutto, zero scuse.",
            "gg ragazzi, li abbiamo massacrati",
            "Con quel tiro ha ucciso il portiere, imparabile.",
            "L'ho one-shottato col cecchino, non ha visto niente.",
            "La difesa è crollata nel secondo tempo, ci hanno fatti a pezzi.",
            "Quel boss finale mi ha ucciso quindici volte prima che lo facessi fuori.",
            "L'Italrugby ha asfaltato la Scozia, che serata all'Olimpico!",
            "abbiamo spianato la squadra avversaria, 40 kill a 12",
            "In finale l'hanno fatto a fette, poveretto.",
            "Chi c'è per una partita a Valorant stasera? Dobbiamo distruggerli in ranked.",
            "Con quel fallo da dietro ha ucciso l'azione.",
            "Campeggiare nell'angolo e sparare a tutto quello che si muove è la mia strategia.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Killa il processo con kill -9 e riavvia il server.",
            "Vado a scattare qualche foto al tramonto.",
            "Questo caldo è un inferno, sto morendo.",
            "Sto morendo dal ridere 😂",
            "Il prof ci ha massacrato con la verifica a sorpresa.",
            "Ieri sera con quel vestito ha ucciso tutti.",
            "Bisogna ammazzare il branch feature e fare merge su main.",
            "Questa battuta mi ha steso.",
            "muoio di fame, quando si mangia?",
            "Questa pratica mi ucciderà, non ne vedo la fine.",
            "Stanotte eseguiamo lo script di migrazione.",
            "In riunione ha fucilato il progetto in due frasi.",
            "Mia zia fa una parmigiana che spacca.",
            "La sveglia alle cinque mi ha distrutto, sono uno straccio.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Eid Mubarak a tutti i miei vicini musulmani 🌙",
            "Buon Hanukkah alla famiglia Levi!",
            "Mio fratello sposa il suo compagno a giugno, felicissimo per loro 🏳️‍🌈",
            "Bellissimo il Pride di Milano oggi.",
            "La mia collega sorda mi sta insegnando la LIS, è appassionante.",
            "Le associazioni dei rifugiati organizzano una festa di quartiere sabato.",
            "Buon Ramadan a chi digiuna.",
            "Il mio migliore amico è trans ed è la persona più coraggiosa che conosca.",
            "Il ristorante senegalese qui davanti fa un thieboudienne incredibile.",
            "Buon Capodanno cinese alla comunità di via Paolo Sarpi!",
            "La nazionale di sitting volley è stata fantastica alle Paralimpiadi.",
            "La mia nonna calabrese mi ha insegnato a fare le zeppole, troppo orgoglioso.",
            "Buona Pasqua ortodossa alle famiglie romene del palazzo.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Articolo interessante, ma mancano dati recenti.",
            "Non sono d'accordo con l'autore sulla riforma, però è ben argomentato.",
            "Grazie per il tutorial, mi hai salvato la giornata.",
            "Il titolo è un po' acchiappaclic rispetto al contenuto.",
            "Secondo me questa proposta di legge costerà caro ai piccoli comuni.",
            "Buona analisi, anche se la conclusione mi sembra affrettata.",
            "Si può avere la fonte di questo studio?",
            "non mi convince il discorso sui trasporti, Bologna non è Milano",
            "Il sindaco ha ragione sulle piste ciclabili, ma i tempi sono irrealistici.",
            "Questa politica economica mi sembra pensata male, gli affitti saliranno ancora.",
            "Ottimo servizio, complimenti alla redazione.",
            "Capisco il punto di vista, ma i dati dicono il contrario.",
            "C'è un refuso nel terzo paragrafo.",
            "Sinceramente la settimana corta meriterebbe almeno una sperimentazione.",
        ],
    ),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Buonanotte, a più tardi!",
            "Ti aspetto all'uscita della metro Duomo.",
            "Ci troviamo al mercato verso le dieci, sono vicino al banco del formaggio.",
            "Ciao, ci vediamo alla partita domenica.",
            "ti vengo a cercare in facolta dopo la lezione",
            "Corro a prendere il treno, ti scrivo appena arrivo a Napoli.",
            "Mi trovi in fondo al locale, ho un maglione giallo.",
            "Ciao, e grazie ancora per la cena! A presto.",
            "Passo da te dopo la palestra, verso le otto, ti va?",
            "Ci vediamo dopo alla festa d'addio di Marco.",
            "Ti aspetto alla fermata dell'autobus, quella davanti alla farmacia.",
            "Dai, ti lascio, ci risentiamo giovedì per il passaggio.",
            "A stasera 😘",
            "Alle quattro e mezza sono fuori da scuola, prendo i bimbi e ci vediamo ai giardini.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Dormi?",
            "Ho appena visto uno scoiattolo sul balcone, incredibile.",
            "Qualcuno sa a che ora chiude la piscina la domenica?",
            "Ho bruciato la torta ma la decorazione è carina 😅",
            "Lunedì comincio il tirocinio, sono un po' agitata.",
            "prendi il pane tornando per favore",
            "Abbiamo adottato un cucciolo! Si chiama Biscotto.",
            "Ho ascoltato il nuovo album di Marracash, è davvero bello.",
            "Ti ricordi il nome del campeggio dove eravamo nel 2019?",
            "Questo weekend ridipingo la cucina, se vuoi venire ad aiutare ci sono le pizze.",
            "Esatto, sono d'accordo con te.",
            "Mia madre ha finalmente imparato a mandare i vocali, aiuto 😂",
            "Domani c'è il mercatino dell'usato in piazza, andiamo?",
        ],
    ),
    *_kind(
        "support",
        [
            "Buongiorno, la mia password non funziona più.",
            "Nella bolletta di marzo c'è una voce che non capisco, me la spiegate?",
            "È possibile spostare la consegna a giovedì?",
            "La lavatrice segna errore E21, è ancora in garanzia.",
            "salve volevo sapere a che punto è il mio rimborso",
            "L'app della banca mi chiede di riconvalidare il telefono a ogni accesso.",
            "Buongiorno, ho ricevuto una taglia M invece della L, come faccio il reso?",
            "Potete attivare il roaming sulla mia linea prima della partenza per il Canada?",
            "Il link per scaricare la fattura dà errore 404.",
            "Grazie, il tecnico è passato e funziona tutto.",
            "Buongiorno, come aggiungo un secondo conducente al noleggio?",
            "Mi avete cambiato la tariffa senza il mio consenso, chiedo di tornare alla vecchia.",
            "Siete aperti il primo maggio?",
        ],
    ),
    *_kind(
        "review",
        [
            "Piadineria deliziosa, crudo e squacquerone top.",
            "Lo schermo è luminoso ma le casse sono debolucce.",
            "Ottimo rapporto qualità-prezzo, lo ricomprerò.",
            "Accoglienza gelida e piatti troppo salati, peccato.",
            "sto frullatore è una bomba, frullati perfetti in 30 secondi",
            "Agriturismo tranquillo con una vista stupenda sulle vigne, torneremo.",
            "Il romanzo è troppo lungo, a metà ho mollato.",
            "Orologio elegante, ma il cinturino irrita un po' la pelle.",
            "Spettacolo bellissimo, i bambini si sono divertiti dall'inizio alla fine.",
            "Il kebabbaro qui accanto fa patatine fatte in casa buonissime.",
            "Gioco da tavolo molto furbo, partite veloci e divertenti in quattro.",
            "Pacco arrivato in ritardo, ma il venditore è stato gentilissimo.",
            "Il brasato era tenerissimo, la crostata un po' secca.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Li abbiamo disintegrati 5-1!",
            "Triple kill, troppo forte 😎",
            "La Juve si è fatta umiliare in casa.",
            "Ho finito il dungeon da solo, il boss l'ho fatto a pezzi.",
            "quella squadra non ha niente, ce li mangiamo",
            "Il nostro portiere ha ucciso la partita con tre parate assurde.",
            "A tennis ha preso una batosta, 6-0 6-1.",
            "Il cecchino avversario mi ammazza a ogni respawn, insopportabile.",
            "Le azzurre hanno schiacciato la Francia, che dominio a centrocampo!",
            "L'ho finito col coltello, che figuraccia per lui 😂",
            "Abbiamo perso ma li abbiamo fatti soffrire fino all'ultimo minuto.",
            "Il ciclista ha attaccato sull'ultima salita e ha ammazzato la corsa.",
            "Chi rusha B? Li prendiamo alle spalle.",
            "Quella combo finale l'ha distrutto in tre secondi.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Puoi killare il container docker che gira ancora?",
            "Abbiamo scattato la campagna fotografica in riva al lago.",
            "Questo mal di schiena mi sta ammazzando.",
            "Sono esploso dalle risate per tutto lo spettacolo.",
            "Questa canzone è una bomba.",
            "Bisogna tagliare la testa della lista prima di ordinarla.",
            "Queste scarpe mi stanno massacrando i piedi.",
            "sono morta, quel video del gatto 😂😂",
            "Il server si è piantato, bisogna uccidere il job e rilanciarlo.",
            "Questa festa è stata una strage, grazie a tutti.",
            "Il capo mi ha stroncato la relazione, ma aveva ragione.",
            "Questa coda in tangenziale mi sta uccidendo a fuoco lento.",
            "Lo chef ha letteralmente fatto a pezzi le cipolle, un artista.",
            "Ci siamo scolati la bottiglia di prosecco in dieci minuti, una strage.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Buon Yom Kippur ai nostri amici ebrei.",
            "La mia vicina marocchina mi ha portato i corni di gazzella, gentilissima.",
            "Congratulazioni ad Amina e Sara per l'unione civile! 💍",
            "La squadra di calcio ora accoglie anche giocatori in carrozzina, grande.",
            "Buon Diwali alla comunità tamil di Palermo ✨",
            "Il mio collega autistico ha un occhio per i dettagli incredibile, ci salva spesso.",
            "Il bar gestito da ragazzi con sindrome di Down è simpaticissimo.",
            "Brave le donne della moschea che organizzano la raccolta alimentare.",
            "Mia cugina ha fatto coming out come bisessuale, siamo tutti con lei.",
            "Ho imparato tre parole di wolof grazie al mio coinquilino senegalese.",
            "Buon Natale alle famiglie filippine della parrocchia.",
            "Il festival della cultura sinti a Mantova era bellissimo.",
            "I profughi ucraini del paese hanno organizzato un concerto, commovente.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Bell'articolo, grazie.",
            "Mi sembra che l'autore esageri un po' il problema.",
            "La misura ha buone intenzioni ma è finanziata male.",
            "Qualcuno ha il link al rapporto completo?",
            "boh io non capisco perché chiudere la linea del treno sia una buona idea",
            "Rispetto la sua opinione, ma chiudere il centro alle auto penalizza gli artigiani.",
            "Il video è chiaro, ma l'audio è un po' basso.",
            "Il budget per la cultura cala ancora, peccato per i piccoli teatri.",
            "Interessante, non avevo mai visto la questione da questo punto di vista.",
            "C'è un errore nella data, era il 2018 e non il 2016.",
            "Questa politica agricola favorisce le grandi aziende, secondo me.",
            "Grazie per aver sentito entrambe le parti, è raro.",
            "Non condivido questa conclusione sullo smart working.",
            "I commenti qui sono più interessanti dell'articolo 😄",
        ],
    ),
]


# ---------------------------------------------------------------------------------------
# Second held-out part: new frames, ten of twelve groups new to both earlier parts
# ---------------------------------------------------------------------------------------


def _h2_groups(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The held-out-2 group forms: those of _with_extras plus a few frame-specific ones."""
    out = []
    for g in _with_extras(groups):
        fem = g["pl"] == "e"
        g["Il_prossimo"] = "La prossima" if fem else "Il prossimo"
        g["ultimo"] = "all'ultima" if fem else "all'ultimo"
        out.append(g)
    return out


# Only ebrei and musulmani (in both earlier parts) recur; the other ten are new.
_H2_GROUPS = _h2_groups(
    [
        _group("senegalesi", "i", "un senegalese"),
        _group("tunisini", "i", "un tunisino"),
        _group("egiziani", "gli", "un egiziano"),
        _group("bengalesi", "i", "un bengalese"),
        _group("richiedenti asilo", "i", "un richiedente asilo"),
        _group("omosessuali", "gli", "un omosessuale"),
        _group("donne trans", "le", "una donna trans", fem=True),
        _group("sordi", "i", "un sordo"),
        _group("autistici", "gli", "un autistico"),
        _group("arabi", "gli", "un arabo"),
        _group("ebrei", "gli", "un ebreo"),
        _group("musulmani", "i", "un musulmano"),
    ]
)

_H2_DEROGATION = [
    "Non esiste gente peggio {dei}, lo dico chiaro e tondo.",
    "{Gli} mi stanno sulle palle, sono ignoranti e cattiv{pl}.",
    "Io {gli} non {li} reggo proprio, è una cosa di pelle.",
    "{Gli} sono una disgrazia per questo paese, da loro non viene mai niente di buono.",
    "che disprezzo che ho per {gli}, gente inutile",
    "Più ne vedo in giro, più odio {gli}.",
    "Si starebbe mille volte meglio senza {gli} tra i piedi.",
]

_H2_DEHUMANISATION = [
    "{Gli} sono solo bestiame da stalla.",
    "{Gli} sono un tumore da estirpare prima che si diffonda.",
    "Sciacalli, ecco cosa sono {gli}.",
    "{Gli} proliferano come mosche sul letame.",
    "{Gli} andrebbero trattat{pl} come i ratti di fogna che sono.",
    "{Gli} sono scimmie, inutile girarci intorno",
]

_H2_THREAT = [
    "Una raffica di kalashnikov nel mucchio, ecco cosa si meritano {gli}.",
    "Se {un} mette piede nel mio locale, esce in barella.",
    "{Gli}? {Li} butterei {tutti} nel Tevere con un sasso al collo.",
    "Prima o poi qualcuno darà fuoco alle case {dei}, e io applaudirò.",
    "{Il_prossimo} {bare_sg} che mi guarda storto si becca una pallottola.",
    "{Gli} vanno estirpat{pl} fino {ultimo}, senza eccezioni.",
]

_H2_NEGATED = [
    "Non c'è nessun motivo per odiare {gli}.",
    "Io, insultare {gli}? Neanche per sogno.",
    "{Gli} non sono né sporch{pl} né pericolos{pl}, basta con i luoghi comuni.",
    "Mi rifiuto di parlare male {dei}, punto.",
    "qui nessuno augura niente di male {ai}, stai sereno",
    "Non mi sognerei mai di prendermela {con}, sarebbe da vigliacchi.",
]

_H2_COUNTER = [
    "Scrivere che {gli} sono bestiame è disumanizzante, ed è pure reato.",
    "Il tizio che allo stadio urlava «{gli} a mare» si è preso il Daspo, ben gli sta.",
    "Mia nonna continua a dire che {gli} sono sciacalli, ho smesso di lasciarglielo dire.",
    "Segnalate quel profilo, sono settimane che incita a pestare {gli}.",
    "Le parole del candidato {sui} «che proliferano» sono indegne, deve chiedere scusa.",
    "Se un prof dice in classe che {gli} valgono meno degli altri, non si sta zitti.",
]

_H2_NEUTRAL = [
    "Il mio medico mi ha parlato di uno studio sulla salute {dei}.",
    "È uscito un nuovo podcast che dà voce {ai}.",
    "Il Comune ha pubblicato una guida online pensata per {gli}.",
    "Il romanzo che sto leggendo racconta la vita {dei} a Genova negli anni Ottanta.",
    "sabato in biblioteca ce una tavola rotonda con {alcuni}",
    "Il giornale locale ha intervistato {alcuni} sul problema della casa.",
]

_H2_POSITIVE = [
    "Sinceramente {gli} che ho conosciuto sono adorabili.",
    "Un applauso {ai}, siete la forza di questo paese 👏",
    "Mi sono sempre sentito accolto benissimo tra {gli}.",
    "{Gli} hanno tantissimo da insegnarci, su un sacco di cose.",
    "Tanto di cappello {ai} che tengono duro nonostante tutto quello che subiscono.",
    "Mi rende felice vedere {gli} prendersi finalmente il posto che meritano.",
]

_H2_SLUR = [
    "Sporco cammellaro, qui non sei a casa tua.",
    "Quei tizzoni all'angolo spacciano da mattina a sera.",
    "Un gorilla così in nazionale? Ma per favore.",
    "C'è una negretta alla cassa, ho cambiato fila.",
    "Gli strozzini ebrei hanno in mano tutto, svegliatevi.",
    "Sei solo una checca isterica, vai a piangere dalla mamma.",
    "Due busoni si tenevano per mano sul tram, mi veniva da vomitare.",
    "Un altro travestito del cazzo che vuole lo spogliatoio delle ragazze, è un uomo e basta.",
    "Sporco gitano, leva la roulotte dal mio terreno.",
    "I crucchi sono tutti nazisti dentro.",
    "Stai zitta, cagna, una donna serve solo a lavare i piatti.",
    "Quel mongolo sul bus ha urlato per tutto il tragitto, gente così va rinchiusa.",
    "I ritardati non dovrebbero nemmeno nascere.",
    "Sti extracomunitari di merda portano solo problemi nel quartiere.",
    "Gli islamici tagliagole vanno cacciati tutti.",
    "Occhi a mandorla, impara a guidare.",
    "Sti gialli mangiano di tutto e ci attaccano le malattie.",
    "Le camioniste della squadra di calcio, tutte lesbiche frustrate.",
    "Un abbronzato così la bici l'ha rubata di sicuro.",
    "Quei talebani con le mogli insaccate nel burqa tornino nel Medioevo.",
    "Guarda la negra con cinque figli, tutto coi nostri soldi.",
    "Invertito schifoso, non avvicinarti a mio figlio.",
]

_H2_SPELLING = [
    "I s3negalesi sono tutti spacciat0ri.",
    "s p o r c o  c a m m e l l a r o",
    "Gli eg1ziani puzzano di miseria.",
    "i clandest1ni = ratti",
    "I tun1sini vanno c@cciati a calci.",
    "gli 0mosessuali sono malati di mente",
    "Le donne tr@ns sono uomini trav3stiti.",
    "Gli autisstici costano troppo, basta curarli.",
    "I bengal3si sono sc@rafaggi.",
    "gli a r a b i fuori",
    "Gli ebreii vogliono dominare il mondo.",
    "M-u-s-u-l-m-a-n-i = t-e-r-r-o-r-i-s-t-i",
    "I sordii sono deficienti, non capiscono niente.",
    "Tizz0ne di m3rda",
    "sporco bus0ne",
    "Gli E.g.i.z.i.a.n.i fuori dall'Italia",
    "Le n3gre fanno figli per i sussidi.",
    "Bru cia mo i clandestini",
    "Gli 3br3i comprano i politici.",
    "Le camion1ste mi fanno vomit4re.",
    "Senegalesii tornatevene in Afrika",
    "m0rte ai b3ngalesi",
]

_H2_NON_PROTECTED = [
    "Non esiste gente peggio di chi fa la grigliata alle sette di mattina, lo dico chiaro.",
    "I pop-up dei cookie mi stanno sulle palle.",
    "Io la sveglia del lunedì non la reggo proprio, è una cosa di pelle.",
    "Si starebbe mille volte meglio senza il traffico della tangenziale.",
    "Le formiche in cucina proliferano come mosche sul letame.",
    "Le mail di spam andrebbero trattate come i parassiti che sono.",
    "Una raffica di ciabattate, ecco cosa si meritano queste zanzare.",
    "Gli afidi delle rose vanno estirpati fino all'ultimo.",
    "Il prossimo call center che mi chiama alle otto si becca un vaffa in diretta.",
    "Che disprezzo che ho per gli arbitri di Serie A, gente inutile.",
    "Più leggo questa legge di bilancio, più mi sale la rabbia.",
    "Questo nuovo regolamento condominiale è un tumore da estirpare.",
    "I gabbiani del porto sono sciacalli, rubano tutto.",
    "Prima o poi qualcuno darà fuoco a questa stampante, e io applaudirò.",
    "I profili falsi su Tinder sono bestiame digitale.",
    "Le commissioni delle banche sono una disgrazia per questo paese.",
    "I tifosi che ieri hanno fischiato l'inno sono dei pagliacci.",
    "Le lumache dell'orto le affogo tutte nella birra.",
]

_H2_ABUSE = [
    "Sei solo un gran contaballe, nessuno ti crede.",
    "Testa di rapa, mi hai rigato la macchina.",
    "Il tuo ragazzo è uno scroccone, vive alle tue spalle.",
    "Che testa di cazzo, mi ha tagliato la strada.",
    "Sei simpatico come un calcio nei denti, davvero.",
    "la mia responsabile è una stronza, mi rovina la vita",
    "Ma chi ti credi di essere, montato del cazzo?",
    "L'arbitro di stasera è un venduto e pure cieco.",
    "Sei un leccapiedi di merda, sempre dietro al capo.",
    "Vai a nasconderti, sei ridicolo con quelle canzoncine.",
    "Mio cognato è un tirchio e pure un rompicoglioni.",
    "hai un cece al posto del cervello",
    "Levati dai piedi, ipocrita.",
    "Quello streamer è una schiappa totale, sbaglia tutto.",
]

_H2_PROFANITY = [
    "Cazzo, questo cornetto è una roba assurda.",
    "Merda, la batteria è a terra.",
    "Ma porca l'oca, chi ha lasciato aperto il frigo?",
    "Mamma mia che luna stasera, cazzo.",
    "Che palle, un altro blackout.",
    "cazzo cazzo cazzo, il concerto più bello della mia vita",
    "Minchia, perfetto al primo tentativo!",
    "Ah merda, sono finiti i biglietti per lo spettacolo.",
    "Porco cane, che male alle gambe dopo l'escursione.",
    "Accipicchia, la torta è finalmente lievitata!",
    "Fa un freddo cane stamattina, porca puttana.",
    "Cazzo, sono vent'anni che ci conosciamo.",
]

_H2_RECLAIMED = [
    "Noi checche del coro organizziamo un brunch domenica 🏳️‍🌈",
    "Siamo delle gran checche e balliamo fino all'alba 💃",
    "Tra froci ci chiamiamo «amore», da noi funziona così.",
    "Lesbicone in separatista: aperitivo giovedì in sede.",
    "Io sono la checca di famiglia e porto il dolce migliore, come sempre 😂",
    "Frocio, e allora? Il mio matrimonio con Luca resta il giorno più bello della mia vita.",
    "Il collettivo trans e froci di Bologna organizza un laboratorio sabato.",
    "Noi busoni di provincia ci facciamo sempre riconoscere 😂",
]


def _build_heldout2() -> list[tuple[str, bool, str]]:
    g = _H2_GROUPS
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _H2_DEROGATION, g, 3)
    rows += _fill("dehumanisation", True, _H2_DEHUMANISATION, g, 3, 1)
    rows += _fill("threat", True, _H2_THREAT, g, 3, 2)
    rows += _rows("slur", True, _H2_SLUR)
    rows += _rows("spelling_variation", True, _H2_SPELLING)
    rows += _fill("negated_hate", False, _H2_NEGATED, g, 3, 4)
    rows += _fill("counter_speech", False, _H2_COUNTER, g, 3, 5)
    rows += _fill("identity_neutral", False, _H2_NEUTRAL, g, 3, 6)
    rows += _fill("identity_positive", False, _H2_POSITIVE, g, 3, 7)
    rows += _rows("non_protected_target", False, _H2_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _H2_ABUSE)
    rows += _rows("nonabusive_profanity", False, _H2_PROFANITY)
    rows += _rows("reclaimed_slur", False, _H2_RECLAIMED)
    return rows


FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = _build_heldout2()

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Vabbè io stacco, a domani in ufficio",
            "Ci troviamo davanti alla Feltrinelli alle tre?",
            "Sono al bancone del bar della stazione, vieni quando vuoi.",
            "Baci baci, buon viaggio!",
            "sono sotto casa tua, scendi quando sei pronta",
            "Finito il turno passo in rosticceria e poi da te, verso le nove.",
            "Ci si vede alla sagra del tartufo, siamo al tavolo vicino al palco 😄",
            "Ti aspetto nel parcheggio della Coop, macchina grigia.",
            "Io scendo a Bologna, buon proseguimento e fammi sapere quando arrivi a Lecce!",
            "Mi trovi sul sagrato della chiesa, quella con l'orologio rotto.",
            "Alle nove in punto davanti al municipio per il mercatino, il caffè lo porto io.",
            "Vai vai che perdi il Frecciarossa! Chiamami quando arrivi.",
            "Domani sera ti vengo a prendere a Linate, agli arrivi.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Hai notizie di Luca?",
            "Mia nonna mi ha mandato un pacco con dieci barattoli di sugo, sono commossa.",
            "Il vicino suona la tromba alle dieci di sera, non ce la faccio più ahah",
            "Chi mi ha fregato lo yogurt dal frigo dell'ufficio??",
            "Chi ha il numero dell'idraulico? Il lavandino perde di nuovo.",
            "Sanremo stasera lo guardiamo da te o da Fede? 🎤",
            "Promemoria: domenica è il compleanno della nonna, firmate il biglietto.",
            "ahahah il gatto è rimasto incastrato nello scatolone",
            "Conosci un buon meccanico zona Mestre?",
            "Ho iniziato la serie che mi hai consigliato, stagione finita in due sere.",
            "Il piccolo ha perso il primo dentino stamattina, è tutto fiero.",
            "È finalmente arrivato il divano, tre mesi di attesa ma è perfetto.",
            "Oggi ho fatto la spesa al mercato rionale, ho speso metà del solito.",
        ],
    ),
    *_kind(
        "support",
        [
            "Buongiorno, la mia carta fedeltà non compare più nell'app.",
            "Non ho ancora ricevuto il codice di attivazione via SMS.",
            "Salve, le cuffie ordinate non sono compatibili con il mio telefono, posso cambiarle?",
            "La mia prenotazione del 14 risulta annullata ma io non ho fatto niente.",
            "buonasera il pacco risulta consegnato ma non ho ricevuto nulla",
            "Buongiorno, lo SPID non mi fa accedere al fascicolo sanitario, a chi devo rivolgermi?",
            "Il pagamento con Apple Pay fallisce sempre sul vostro sito.",
            "Buongiorno, vorrei cambiare l'IBAN per l'addebito.",
            "Mi si è bloccato l'account dopo tre tentativi, come lo sblocco?",
            "C'è un numero per contattare l'assistenza il sabato?",
            "Salve, lo schermo del mio e-reader resta bloccato dall'ultimo aggiornamento.",
            "La caldaia nuova fa un rumore strano da ieri, potete mandare qualcuno?",
            "Vorrei la ricevuta con il codice fiscale per la detrazione, è possibile?",
        ],
    ),
    *_kind(
        "review",
        [
            "Osteria simpatica, tartare fresca e patatine croccanti.",
            "Il passeggino è leggero ma chiuderlo è un'impresa.",
            "Top, arrivato in 24 ore, imballato benissimo.",
            "Deludente, il maglione ha fatto i pallini al primo lavaggio.",
            "il ramen è assurdo, brodo ricchissimo, però bisogna prenotare",
            "Campeggio per famiglie, piscina pulita, animazione un po' rumorosa la sera.",
            "Moka da sei tazze solida, però la guarnizione andava cambiata già dopo un mese.",
            "Tastiera piacevole, ma la retroilluminazione è debole.",
            "Gelateria da dieci e lode, il pistacchio è quello vero di Bronte.",
            "Parrucchiera attenta, finalmente ho il taglio che volevo ✂️",
            "Troppo caro per quello che è, porzioni minuscole.",
            "La guida del museo era bravissima, due ore di visita volate.",
            "Bed and breakfast in centro a Lecce, proprietaria gentile, colazione top.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Derby dominato, li abbiamo presi a pallate 😂",
            "Ace all'ultimo round, GG",
            "Al fantacalcio ho asfaltato mio cugino, settimana perfetta.",
            "ho carryato tutta la partita e perdiamo lo stesso",
            "La nostra ala li ha dribblati tutti, li ha lasciati secchi.",
            "Mi ha cecchinato dall'altra parte della mappa.",
            "La Nazionale di volley ha annientato il Brasile al tie-break.",
            "Finalmente ho battuto quel boss, mi aveva massacrato tutta la sera.",
            "Il Napoli si è fatto smontare a Bergamo, non c'è stata partita.",
            "Tutti in mid, li facciamo fuori prima che piazzino lo spike",
            "Ha schiantato l'avversaria in due set secchi al Foro Italico.",
            "Abbiamo farmato tutti in early, partita chiusa in 20 minuti.",
            "Al calcetto del giovedì ci hanno fatto a fette, 12 a 3.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Questa verifica di fisica mi ha messo KO.",
            "Devi ammazzare la cache del browser e riparte.",
            "Questa serie mi ha distrutto, ho pianto tutta la puntata.",
            "Dopo il trasloco ho la schiena a pezzi, sono un morto che cammina.",
            "Il DJ ieri sera ha spaccato tutto.",
            "Chiudi un po' di schede, killale, il pc è lentissimo.",
            "Concerto micidiale 🔥",
            "Questa pratica dell'Agenzia delle Entrate mi sta uccidendo lentamente.",
            "Questo peperoncino è un'arma di distruzione di massa.",
            "Il tiramisù di mia suocera è una bomba atomica.",
            "Stasera faccio strage al buffet, non mangio da stamattina.",
            "Il capo ha tagliato corto: il venerdì si lavora da remoto.",
            "Sono morto di vergogna quando mi è squillato il telefono in aula.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Shanà tovà ai miei colleghi ebrei 🍎🍯",
            "Mia cognata è sorda e gestisce una scuola di ballo, rispetto.",
            "Buona Festa del Sacrificio alle famiglie musulmane del quartiere.",
            "Il mio amico gay si è appena fidanzato, gli organizziamo una festa a sorpresa!",
            "Il ristorante eritreo in via Padova fa uno zighinì incredibile.",
            "Complimenti a Giulia, prima donna trans eletta in consiglio comunale qui.",
            "Adoro il Capodanno bengalese a Torpignattara, colori e musica ovunque.",
            "Il mio vicino senegalese mi ha insegnato a fare il mafè, buonissimo.",
            "Bebe Vio è un esempio per tutti, che campionessa.",
            "Grazie alla parrocchia e alla moschea che insieme hanno raccolto coperte "
            "per i senzatetto.",
            "Mia figlia ha un'amica con la sindrome di Down a scuola, sono inseparabili 💕",
            "Questo weekend c'è il festival del cinema LGBT, il programma è top.",
            "Buon Natale ortodosso alle badanti ucraine che curano i nostri nonni.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Grazie per il pezzo, chiarissimo.",
            "Il grafico in fondo alla pagina da mobile non si legge.",
            "Mi sembra che l'autore confonda correlazione e causalità.",
            "Non sono d'accordo, i mezzi pubblici gratis non si possono finanziare ovunque.",
            "buon riassunto ma manca il parere dei sindacati",
            "Sul ponte sullo Stretto ho i miei dubbi, ma l'articolo spiega bene i costi.",
            "Il reddito minimo andrebbe ripensato, ma toglierlo del tutto mi sembra un errore.",
            "Il giornalista ha dimenticato di dire che il progetto era già stato approvato.",
            "Un po' deluso dall'intervista, domande troppo morbide.",
            "La proposta del sindaco ha senso, ma la periferia nord resta dimenticata.",
            "Qual è la fonte del dato citato nel secondo paragrafo?",
            "Finalmente un articolo che dà voce agli agricoltori.",
            "Da pendolare veneto: il vero problema sono i regionali, non l'alta velocità.",
        ],
    ),
]
