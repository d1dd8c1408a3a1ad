# ruff: noqa: E501
"""Italian (it): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Chi ha finito la Nutella e rimesso il barattolo vuoto in credenza? Confessate, che lo impicco 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "I gemelli stamattina hanno disegnato sul muro col pennarello. Li adoro, ma oggi li avrei appesi al lampadario 🙃",
    ),
    (
        "violent_hyperbole",
        False,
        "Mio fratello ha perso di nuovo le chiavi di casa, prima o poi lo prendo a sberle 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Se la piccola mi canta ancora Baby Shark in macchina la butto fuori dal finestrino, giuro 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Amore, se continui a russare così una di queste notti ti strozzo col lenzuolo... scherzo, domani ti compro i cerotti per il naso 😘",
    ),
    (
        "violent_hyperbole",
        False,
        "raga chi mi ha aggiunto al gruppo whatsapp del condominio? lo ammazzo con le mie mani 😤😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ogni volta che mio suocero parla di politica a tavola vorrei tirargli la pentola del ragù in testa. Poi però il ragù è buono e sto zitta.",
    ),
    (
        "violent_hyperbole",
        False,
        "La collega di stanza fischietta tutto il giorno, la prossima volta le cucio la bocca 😅",
    ),
    (
        "violent_hyperbole",
        False,
        "Papà ha visto l'estratto conto con le skin di Fortnite. Se domani non rispondo, sapete chi è stato 💀",
    ),
    (
        "violent_hyperbole",
        False,
        "Ti voglio bene, ma se tocchi ancora le impostazioni del mio telefono ti faccio fuori 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Nonna dice che se non mangio anche il secondo mi dà il mestolo in testa. Ha 87 anni e fa ancora paura 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Il cane ha mangiato il telecomando. Lo ammazzerei, se non fosse così carino 🐶",
    ),
    (
        "violent_hyperbole",
        False,
        "Oh, fammi un altro scherzo col ragno finto e ti sotterro in giardino 🕷️😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Quel collega che risponde «ok» a tutti in copia lo strangolerei, davvero.",
    ),
    (
        "violent_hyperbole",
        False,
        "ahahah il prof ha detto che chi copia alla verifica lo appende per le orecchie in corridoio",
    ),
    (
        "violent_hyperbole",
        False,
        "Mia figlia di tre anni ha deciso che le cinque del mattino sono l'ora perfetta per giocare. Mi sta assassinando con dolcezza.",
    ),
    (
        "violent_hyperbole",
        False,
        "Se il mio ragazzo va avanti con la serie senza di me è un uomo morto 😤 ci tengo troppo",
    ),
    (
        "violent_hyperbole",
        False,
        "A mia cugina avevo chiesto una cosa sola: non dire a zia che fumo. La strozzo appena la vedo a Natale 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Quando il coinquilino suona la batteria alle undici di sera ho fantasie omicide, lo ammetto 🥁",
    ),
    (
        "violent_hyperbole",
        False,
        "Ancora con «ciao bella» nei vocali? Ti tiro una ciabatta da qui a Bari 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Il relatore ha fatto a pezzi il mio terzo capitolo, sto piangendo in biblioteca 😭",
    ),
    (
        "violent_hyperbole",
        False,
        "Ste, se arrivi in ritardo anche al mio matrimonio ti spezzo le gambine 😂 ti voglio bene eh",
    ),
    (
        "violent_hyperbole",
        False,
        "Mandami un altro vocale da sette minuti e ti blocco, poi ti ammazzo, in quest'ordine 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Zio Franco ha raccontato la stessa barzelletta per la quarta volta, l'avrei imbavagliato col tovagliolo 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Il bimbo ha buttato il mio telefono nel water. Respira Laura, respira, i figli non si uccidono 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "ma chi ha lasciato la padella a mollo da tre giorni?? sta per scapparci il morto in questa casa",
    ),
    (
        "violent_hyperbole",
        False,
        "Mia moglie dice che se compro un'altra canna da pesca mi affoga nel lago 🎣😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Se alla cena di classe mi rimettete vicino a Gianluca vi scanno tutti, siete avvisati 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Il mio socio ha prenotato il volo sbagliato per la terza volta. Gli voglio bene, ma oggi l'avrei murato vivo in ufficio.",
    ),
    (
        "violent_hyperbole",
        False,
        "Mamma voleva uccidermi quando ho portato a casa il gattino, adesso ci dorme abbracciata sul divano 😂",
    ),
    # games_sports
    ("games_sports", False, "Stasera al calcetto li facciamo neri, portate le scarpe buone ⚽"),
    (
        "games_sports",
        False,
        "Ultimo cerchio, siamo in tre contro uno: chi lo finisce si prende la kill",
    ),
    (
        "games_sports",
        False,
        "A briscola mio nonno ti fa a fette, ha novant'anni e non perde mai 🃏",
    ),
    ("games_sports", False, "Che bordata da trenta metri, ha quasi spaccato la traversa!"),
    ("games_sports", False, "In mischia la Francia ci ha fatto a pezzi, onore a loro."),
    ("games_sports", False, "Su Valorant ho fatto un ace con la Sheriff, cinque colpi in testa 🔥"),
    ("games_sports", False, "Chi fa il tank? Io faccio il DPS e li uccido da dietro."),
    ("games_sports", False, "Alla Roubaix il pavé ha ammazzato le gambe a mezzo gruppo."),
    (
        "games_sports",
        False,
        "Gioco a scacchi online da un mese e mi massacrano ancora i bambini di dieci anni",
    ),
    ("games_sports", False, "pronti per il derby? stasera la Lazio la seppelliamo 💛❤️"),
    (
        "games_sports",
        False,
        "Il mio Pokémon l'ha mandato KO con un brutto colpo, sono ancora sotto shock",
    ),
    (
        "games_sports",
        False,
        "Sparring pesante a muay thai, il maestro mi ha steso con un calcio al fegato",
    ),
    (
        "games_sports",
        False,
        "A Risiko ho sterminato le armate di mio cugino in Kamchatka, ora non mi parla più 😂",
    ),
    ("games_sports", False, "Ha fatto il cucchiaio e ha ucciso psicologicamente il portiere."),
    (
        "games_sports",
        False,
        "Occhio al boss del quarto livello, se ti afferra ti strangola e perdi metà vita",
    ),
    (
        "games_sports",
        False,
        "Domani ai regionali di nuoto li annientiamo, la nostra staffetta è la più forte 🏊",
    ),
    ("games_sports", False, "Quel terzino è un killer, sulla sua fascia non passa nessuno."),
    (
        "games_sports",
        False,
        "Battle royale stasera? Io atterro in città e sparo a tutto quello che si muove",
    ),
    (
        "games_sports",
        False,
        "Nel paintball mi hanno crivellato appena uscito dal riparo, sono pieno di lividi",
    ),
    (
        "games_sports",
        False,
        "Il Bologna ha giustiziato la Fiorentina in contropiede, tre gol in dieci minuti",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Mio marito stamattina mi ha detto che se chiedo la separazione «mi sistema lui». Chi mi può aiutare a Milano?",
    ),
    (
        "threat_reported",
        False,
        "Un tizio su TikTok mi ha scritto che mi viene a prendere all'uscita del liceo. Devo dirlo ai miei?",
    ),
    (
        "threat_reported",
        False,
        "Oggi in reparto il parente di un paziente ha minacciato di picchiare un'infermiera. Abbiamo chiamato la vigilanza.",
    ),
    (
        "threat_reported",
        False,
        "Il figlio del vicino ha detto a mia nonna che le incendia il fienile con lei dentro. Come lo denuncio se non abito lì?",
    ),
    (
        "threat_reported",
        False,
        "Giornalista minacciata di morte dopo l'inchiesta sul porto: la Procura le ha assegnato la scorta.",
    ),
    (
        "threat_reported",
        False,
        "Mi è arrivata una mail anonima: «sappiamo in che palestra vai». La polizia postale può risalire al mittente?",
    ),
    (
        "threat_reported",
        False,
        "Il mio ex coinquilino continua a scrivermi «prima o poi ti becco». Ho bloccato il numero ma scrive da altri.",
    ),
    (
        "threat_reported",
        False,
        "Una mia amica lavora in un ristorante e il titolare le ha detto che le spacca il muso se va dal sindacato. Cosa può fare?",
    ),
    (
        "threat_reported",
        False,
        "ieri uno in monopattino mi ha puntato un coltello e mi ha detto di stare zitta, sono ancora sotto shock",
    ),
    (
        "threat_reported",
        False,
        "arbitro calcio a 5 qui, dopo la partita un giocatore mi ha scritto su insta «ti aspetto sotto casa». lo segnalo alla federazione?",
    ),
    (
        "threat_reported",
        False,
        "Hanno lasciato una tanica di benzina e un biglietto «sei il prossimo» davanti a casa del sindaco. Solidarietà da tutto il consiglio comunale.",
    ),
    (
        "threat_reported",
        False,
        "Mio figlio di 12 anni gioca online e un adulto gli ha scritto che viene a casa a fargli del male. Ho fatto gli screen, a chi li mando?",
    ),
    (
        "threat_reported",
        False,
        "Il medico di base del paese è stato minacciato da un paziente per un certificato negato. Adesso riceve solo con la porta aperta.",
    ),
    (
        "threat_reported",
        False,
        "Una streamer che seguo ha chiuso le live perché uno le ha mandato la foto di casa sua con scritto «arrivo». Spero lo prendano.",
    ),
    (
        "threat_reported",
        False,
        "Il mio vicino mi ha detto «stai attento a come parli, che qui le cose succedono». È una minaccia denunciabile?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "Nel canto XXXIII dell'Inferno il conte Ugolino racconta di come è morto di fame nella torre con i figli.",
    ),
    (
        "violence_discussed",
        False,
        "Stasera su Rai Storia c'è un documentario sulla strage di Capaci.",
    ),
    (
        "violence_discussed",
        False,
        "Al corso di difesa personale del Comune ci hanno insegnato a liberarci da una presa ai polsi.",
    ),
    (
        "violence_discussed",
        False,
        "Il medico legale ha parlato di lesioni compatibili con un corpo contundente.",
    ),
    (
        "violence_discussed",
        False,
        "In Suburra la violenza è raccontata senza filtri, è una serie pesante.",
    ),
    (
        "violence_discussed",
        False,
        "La Giuditta che decapita Oloferne di Caravaggio è a Palazzo Barberini, merita la visita.",
    ),
    (
        "violence_discussed",
        False,
        "Ho finito il podcast sul delitto di Cogne e ancora non so cosa pensare.",
    ),
    (
        "violence_discussed",
        False,
        "Se c'è un oggetto conficcato in una ferita non va tolto: si immobilizza e si aspetta il 118.",
    ),
    (
        "violence_discussed",
        False,
        "La battaglia di Solferino fu così sanguinosa che Dunant ebbe l'idea della Croce Rossa.",
    ),
    (
        "violence_discussed",
        False,
        "Il romanzo di Sciascia parte da un omicidio in piazza, in pieno giorno, e nessuno ha visto niente.",
    ),
    (
        "violence_discussed",
        False,
        "Secondo i sindacati le aggressioni al personale del pronto soccorso sono in aumento.",
    ),
    (
        "violence_discussed",
        False,
        "Per pulire le orate incidete la pancia e togliete le interiora con la punta del coltello.",
    ),
    (
        "violence_discussed",
        False,
        "La corte ha riconosciuto la legittima difesa al gioielliere che aveva sparato ai rapinatori.",
    ),
    (
        "violence_discussed",
        False,
        "Macbeth uccide re Duncan nel sonno e da lì comincia la sua discesa nella follia.",
    ),
    (
        "violence_discussed",
        False,
        "La tesi di mia sorella è sulla violenza domestica nei processi degli anni Settanta.",
    ),
    # everyday_idiom
    ("everyday_idiom", False, "«In bocca al lupo per il colloquio!» «Crepi il lupo!»"),
    ("everyday_idiom", False, "Ammazza oh, quanto costa un caffè in centro a Milano"),
    ("everyday_idiom", False, "In conferenza stampa il mister ha sparato a zero sull'arbitraggio."),
    ("everyday_idiom", False, "Mio zio le spara grosse, dice che da giovane giocava con Baggio."),
    ("everyday_idiom", False, "Alle undici abbiamo tagliato la corda, la festa era un mortorio."),
    ("everyday_idiom", False, "Con la rata del mutuo la banca ci ha messo il coltello alla gola."),
    (
        "everyday_idiom",
        False,
        "Ha ancora il dente avvelenato per la promozione che è andata alla collega.",
    ),
    (
        "everyday_idiom",
        False,
        "La mia vecchia Punto ha tirato le cuoia in autostrada, proprio a Ferragosto.",
    ),
    (
        "everyday_idiom",
        False,
        "I bimbi alla festa hanno messo la casa a ferro e fuoco, c'è glassa ovunque.",
    ),
    ("everyday_idiom", False, "Con quella mail al direttore ti sei dato la zappa sui piedi."),
    (
        "everyday_idiom",
        False,
        "Quello che mi ha fatto Paolo è stata una pugnalata alle spalle, dopo vent'anni di amicizia.",
    ),
    ("everyday_idiom", False, "Mi piace da morire questa canzone di Battiato."),
    ("everyday_idiom", False, "Quella giacca verde fa a pugni con i pantaloni arancioni."),
    ("everyday_idiom", False, "La bolletta del gas è stata il colpo di grazia per questo mese."),
    ("everyday_idiom", False, "Da giovane tuo nonno faceva strage di cuori in tutta la Riviera."),
    ("everyday_idiom", False, "Ho sputato sangue per quel diploma, adesso me lo godo."),
    ("everyday_idiom", False, "Dopo dieci anni in quell'azienda mi hanno preso a pesci in faccia."),
    ("everyday_idiom", False, "sto tiramisù è una bomba, chi l'ha fatto?"),
    (
        "everyday_idiom",
        False,
        "Il solito armiamoci e partite: il capo decide e noi facciamo gli straordinari.",
    ),
    ("everyday_idiom", False, "Con Marta è stato un colpo di fulmine, al primo caffè."),
    # threat_individual
    (
        "threat_individual",
        True,
        "Continua a scrivere articoli su mio cugino e la prossima inchiesta la fanno sulla tua morte, giornalista.",
    ),
    (
        "threat_individual",
        True,
        "Ho visto che esci col tipo della palestra. Chiedigli se gli piacciono gli ospedali.",
    ),
    (
        "threat_individual",
        True,
        "Vicino, il tuo stereo fino alle tre un'altra volta e salgo con la mazza. E non è per lo stereo.",
    ),
    (
        "threat_individual",
        True,
        "oh ti conviene non venire in paese per san rocco, che ti sfondo di mazzate davanti a tutti",
    ),
    (
        "threat_individual",
        True,
        "Signor Bianchi, so che sua moglie porta i bambini al parco Sempione il sabato mattina. Ritiri l'offerta per l'appalto, è più sano per tutti.",
    ),
    (
        "threat_individual",
        True,
        "Gli incidenti in cantiere capitano, geometra. Un'impalcatura che cede, un mattone che cade. Pensaci prima di chiamare l'ispettorato.",
    ),
    (
        "threat_individual",
        True,
        "@ValeGaming mi hai bannato in live davanti a tutti. L'indirizzo si leggeva sul pacco che hai aperto, preparati 🔪",
    ),
    (
        "threat_individual",
        True,
        "Arbitro, sappiamo su che pullman torni. All'autogrill ti facciamo rimpiangere quel rigore.",
    ),
    (
        "threat_individual",
        True,
        "Se domani in udienza fai il mio nome, tua madre ti riconosce solo dalle scarpe.",
    ),
    (
        "threat_individual",
        True,
        "te lo giuro sui miei figli, ti avvicini ancora alla mia ex e ti affogo nel lago",
    ),
    (
        "threat_individual",
        True,
        "Collega, rubami un altro cliente e ruzzoli giù dalla scala antincendio. Per sbaglio, ovviamente.",
    ),
    (
        "threat_individual",
        True,
        "Ti ho detto di non chiamarmi più. Un'altra telefonata e vengo lì a strapparti la lingua.",
    ),
    ("threat_individual", True, "Mo' te vengo a piglià sotto casa e t'accido, hai capito o no?"),
    (
        "threat_individual",
        True,
        "Ahò, se te rivedo sotto casa mia te meno così forte che nun te riconosce manco tu madre.",
    ),
    (
        "threat_individual",
        True,
        "Ho messo un localizzatore sotto la tua macchina. Ovunque vai arrivo prima io, e quando arrivo non parliamo.",
    ),
    (
        "threat_individual",
        True,
        "Stai per diventare padre, lo so. Sarebbe brutto se tuo figlio non ti conoscesse mai. Ridammi i soldi.",
    ),
    ("threat_individual", True, "Pensi che bluffo? Domattina accendi la macchina e lo scopri."),
    (
        "threat_individual",
        True,
        "Maestra, ha umiliato mio figlio davanti a tutta la classe. Domani vengo a scuola e lei esce in ambulanza.",
    ),
    ("threat_individual", True, "Ti butto l'acido in faccia, così nessuno ti guarda più, stronza."),
    ("threat_individual", True, "Appena ti vedo al mercato ti pianto due colpi in pancia, infame."),
    ("threat_individual", True, "Ti faccio sparire. Nessuno ti troverà, e nessuno ti cercherà."),
    (
        "threat_individual",
        True,
        "Lo so che stai leggendo, Marco. Sto guardando la tua finestra. La luce in cucina è accesa.",
    ),
    (
        "threat_individual",
        True,
        "hai segnalato il mio video? ok lunedì a scuola segnali il mio pugno sulla tua faccia, poi vediamo se ridi 👊",
    ),
    (
        "threat_individual",
        True,
        "Se entro domenica non torni a casa vengo a prenderti dai tuoi, e non finisce bene per nessuno.",
    ),
    (
        "threat_individual",
        True,
        "Dottore, mio padre è morto per colpa sua. Lei alla pensione non ci arriva, glielo prometto.",
    ),
    (
        "threat_individual",
        True,
        "Vai pure dai carabinieri. Intanto io so a che ora stacchi dal turno in fabbrica.",
    ),
    (
        "threat_individual",
        True,
        "Un altro commento contro la mia squadra e vengo a cercarti a Bergamo, ti rompo le ossa una per una 😡",
    ),
    (
        "threat_individual",
        True,
        "il profilo privato non ti salva, ho già la foto della tua scuola e del tuo autobus 😘 ci vediamo alla fermata",
    ),
    (
        "threat_individual",
        True,
        "Consigliere, voti a favore della discarica e la sua macchina salta in aria. Con lei dentro.",
    ),
    (
        "threat_individual",
        True,
        "Tu col Suv nero che mi hai investito il gatto: ti ho visto, so chi sei, e ti vengo a prendere.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Ragazzi, il giornalista che ci ha sputtanati abita sopra la farmacia di piazza Dante. Andate a spiegargli le cose a modo nostro, e non a parole.",
    ),
    ("incitement_individual", True, "chi lo vede per primo lo mena, la foto è nel gruppo 👊"),
    (
        "incitement_individual",
        True,
        "Pago io l'avvocato a chi spacca la testa a quel maniaco del terzo piano.",
    ),
    (
        "incitement_individual",
        True,
        "Curva, quel difensore che ha esultato sotto di noi domani si allena alle dieci. Aspettatelo all'uscita e fategli male sul serio.",
    ),
    (
        "incitement_individual",
        True,
        "Se qualcuno in paese lo vede tornare lo prenda e lo leghi al palo. Poi sapete voi cosa fare.",
    ),
    (
        "incitement_individual",
        True,
        "Lo streamer che ha preso in giro mia sorella fa un meetup sabato a Roma. Qualcuno vada a rompergli il naso in diretta, offro io da bere.",
    ),
    (
        "incitement_individual",
        True,
        "frate portate i coltelli domani, quello di Quarto Oggiaro deve pagare",
    ),
    (
        "incitement_individual",
        True,
        "Chiamate i vostri cugini, il capocantiere stanotte dorme da solo in baracca. Nessuno deve sapere niente.",
    ),
    (
        "incitement_individual",
        True,
        "Qualcuno deve dare una lezione a quella prof, ha rovinato mio figlio. Chi ha il coraggio di aspettarla al parcheggio?",
    ),
    (
        "incitement_individual",
        True,
        "Raga quello che ha investito il ciclista è libero, sta in via Roma 15. La giustizia la facciamo noi, chi viene stasera?",
    ),
]
