"""Italian (it): a fifth training part: implicit hate without slurs or insult words (stereotypes,
sarcasm, conspiracy framing, dog whistles, dehumanising metaphors, veiled threats), and hard
negatives in the same registers, plus everyday lines."""

# ruff: noqa: E501

from __future__ import annotations

FUNCTIONAL_TRAIN5: list[tuple[str, bool, str]] = [
    # --- derogation (hateful) ---
    (
        "derogation",
        True,
        "Eccola, l'ennesima risorsa che ci pagherà le pensioni: beccata sul regionale senza biglietto per la quinta volta.",
    ),
    (
        "derogation",
        True,
        "I rom non rubano, si limitano a spostare le cose da casa tua alla loro 😂",
    ),
    (
        "derogation",
        True,
        "Domandina innocente: come mai i cinesi aprono un negozio al mese e nessuno li vede mai pagare una tassa?",
    ),
    (
        "derogation",
        True,
        "Le donne al volante le riconosci subito: freccia a destra e svolta a sinistra.",
    ),
    (
        "derogation",
        True,
        "Gli ebrei hanno sempre le mani in pasta in tutte le banche che contano. Coincidenze, per carità.",
    ),
    (
        "derogation",
        True,
        "Fatevi un giro a Castel Volturno: i nigeriani si sono presi tutto, spaccio e marciapiedi compresi. È la loro economia, non sanno fare altro.",
    ),
    (
        "derogation",
        True,
        "Se è marocchino ed è in stazione alle due di notte, non sta aspettando il treno. Lo sanno tutti.",
    ),
    (
        "derogation",
        True,
        "Bravissima la nuova collega, eh, per essere una donna capisce pure di Excel.",
    ),
    (
        "derogation",
        True,
        "I musulmani sono tutti moderati finché sono minoranza. Quando diventano maggioranza, vedrai.",
    ),
    (
        "derogation",
        True,
        "Gli albanesi si sono ripuliti, per carità, ma il vizio di sistemare le cose col coltello non l'hanno mai perso.",
    ),
    (
        "derogation",
        True,
        "I rumeni in cantiere lavorano, eh, soprattutto quando c'è da far sparire il rame.",
    ),
    (
        "derogation",
        True,
        "I gay sono simpatici finché fanno i parrucchieri. Quando vogliono adottare bambini il discorso cambia.",
    ),
    (
        "derogation",
        True,
        "Una persona trans che insegna alle elementari? Poi non lamentatevi se vostro figlio torna a casa con la gonna.",
    ),
    (
        "derogation",
        True,
        "I disabili entrano tutti con la riserva nei concorsi, così poi in ufficio lavori tu per due.",
    ),
    (
        "derogation",
        True,
        "Domenica bellissima a Sperlonga, acqua limpida e finalmente un po' di fresco la sera. Abbiamo mangiato una frittura da urlo e i bambini si sono addormentati in macchina. Unico neo: la spiaggia libera piena di senegalesi che ti mettono le mani addosso per un braccialetto. Sono fatti così, il rispetto non sanno cosa sia.",
    ),
    (
        "derogation",
        True,
        "Le statistiche parlano chiaro: in carcere quasi un detenuto su tre è straniero. Qualcosa vorrà dire sul DNA di certa gente, no? Chiedo.",
    ),
    (
        "derogation",
        True,
        "I bengalesi di Tor Pignattara vivono in dieci in un monolocale e mandano tutto a casa. Bella integrazione, complimenti.",
    ),
    (
        "derogation",
        True,
        "Le donne vogliono la parità, ma quando c'è da portare su le casse d'acqua chiamano il marito. La parità a giorni alterni.",
    ),
    (
        "derogation",
        True,
        "Due lesbiche che crescono un figlio maschio: auguri a quel povero ragazzo, crescerà senza sapere cos'è un uomo.",
    ),
    (
        "derogation",
        True,
        "Gli ucraini sono arrivati due anni fa per la guerra. Qualcuno li ha mai visti lavorare, da allora? Io solo in fila per i sussidi.",
    ),
    (
        "derogation",
        True,
        "I pakistani che girano con le rose nei ristoranti, tu pensi davvero che vendano fiori? Ingenuo.",
    ),
    ("derogation", True, "I sordi ci sentono benissimo quando c'è da ritirare l'assegno 🙃"),
    (
        "derogation",
        True,
        "Basta con la retorica degli autistici geni. Il figlio di mio cugino non si allaccia le scarpe a dodici anni. Sono un peso per le famiglie e per lo Stato, punto.",
    ),
    (
        "derogation",
        True,
        "Sostituzione etnica? Basta entrare in una prima elementare di Milano: in certe classi gli italiani sono tre. Ma è tutto normale, eh.",
    ),
    (
        "derogation",
        True,
        "I soliti noti della finanza internazionale hanno deciso che l'Italia deve accogliere. Il cognome dei soliti noti lo conoscete anche voi.",
    ),
    (
        "derogation",
        True,
        "Ah, i tunisini sbarcati a Lampedusa scappano dalla guerra? In Tunisia non c'è nessuna guerra, vengono solo per spacciare.",
    ),
    (
        "derogation",
        True,
        "Un calciatore gay in squadra? Nello spogliatoio non ci entrerebbe più nessuno, e giustamente.",
    ),
    (
        "derogation",
        True,
        "Per carità, i neri hanno il ritmo nel sangue. Peccato che il resto della testa vada più piano.",
    ),
    (
        "derogation",
        True,
        "Perché le donne musulmane devono girare tutte coperte? Ah già, perché i loro uomini si sentono padroni. Altro che religione di pace.",
    ),
    (
        "derogation",
        True,
        "I filippini sono perfetti come colf: zitti, precisi, non si lamentano mai. Nati per servire, proprio.",
    ),
    (
        "derogation",
        True,
        "Ogni volta che in una via aprono tre kebab di egiziani, dopo un anno le case valgono la metà. Chiedete a un agente immobiliare.",
    ),
    (
        "derogation",
        True,
        "Oggi finalmente ho fatto il tagliando alla macchina, meccanico bravissimo a Lambrate, consigliatissimo. Poi pranzo dalla nonna, lasagne come sempre. Al ritorno però in metro c'era un gruppo di sudamericani con la musica a palla. Gente che l'educazione non l'ha mai imparata, ce l'hanno nel sangue.",
    ),
    (
        "derogation",
        True,
        "I cinesi a Prato si sono fatti una città dentro la città. Tasse zero, regole zero, e l'Italia li lascia fare.",
    ),
    (
        "derogation",
        True,
        "Il rom medio ha più macchine di lusso di un notaio, tutte intestate a nonne decedute.",
    ),
    (
        "derogation",
        True,
        "Povere donne, con tutto questo stress da carriera si dimenticano di fare figli. Si stava meglio quando sapevano qual era il loro posto.",
    ),
    (
        "derogation",
        True,
        "Mi spiegate perché un bisessuale non riesce a scegliere neanche il gusto del gelato? È una fase, gli passerà.",
    ),
    (
        "derogation",
        True,
        "Quelli che a quarant'anni si svegliano e decidono di essere donne andrebbero curati, non assecondati.",
    ),
    (
        "derogation",
        True,
        "Dietro ogni ONG c'è sempre lo stesso finanziere ungherese-americano, e sappiamo benissimo a quale comunità appartiene.",
    ),
    (
        "derogation",
        True,
        "Un ragazzo down alla cassa del supermercato? Carino per la foto su Facebook, ma alla cassa serve gente sveglia.",
    ),
    (
        "derogation",
        True,
        "Come fa una donna a fare il chirurgo? Con le unghie lunghe e la testa sempre altrove?",
    ),
    (
        "derogation",
        True,
        "Guarda caso, ogni rissa in piazza ha di mezzo i maranza, e i maranza vengono sempre dalla stessa sponda del Mediterraneo.",
    ),
    (
        "derogation",
        True,
        "Gli ebrei si lamentano dell'antisemitismo, ma poi si sposano solo tra loro e non fanno entrare nessuno. Chi è il razzista, allora?",
    ),
    (
        "derogation",
        True,
        "I migranti col telefono da mille euro che scendono dal barcone. Poveri profughi, eh.",
    ),
    (
        "derogation",
        True,
        "Una ragazza nigeriana che studia medicina? Sì, l'anatomia la studia... sulla Domiziana di notte.",
    ),
    (
        "derogation",
        True,
        "I musulmani a scuola pretendono il menù senza maiale, l'aula per pregare e niente presepe. Tra poco pretenderanno anche il preside.",
    ),
    (
        "derogation",
        True,
        "Non sono razzista, anzi, ho pure un amico senegalese. Però ammettiamolo: dove arrivano loro, il quartiere scende di livello.",
    ),
    ("derogation", True, "I rumeni sono come i cinesi, ma senza la voglia di lavorare."),
    (
        "derogation",
        True,
        "Il coming out ormai è una strategia di carriera: dichiarati gay e in RAI ti trovano subito un programma.",
    ),
    (
        "derogation",
        True,
        "Sono sessant'anni che gli africani sono indipendenti e non hanno costruito niente da soli. Ci sarà un motivo.",
    ),
    (
        "derogation",
        True,
        "Le donne in politica vanno bene alle pari opportunità. Per l'economia servono uomini.",
    ),
    (
        "derogation",
        True,
        "Il peruviano del piano terra è gentilissimo, ma ogni volta che lo incrocio in ascensore controllo il portafoglio. Istinto.",
    ),
    (
        "derogation",
        True,
        "In Italia un disabile prende la pensione, il posto auto, lo sconto sul treno. E poi dicono che è svantaggiato.",
    ),
    (
        "derogation",
        True,
        "Serata a Trastevere con gli amici dell'università, non ci vedevamo da anni e abbiamo riso fino alle tre. Carbonara spaziale. Però una cosa va detta: il Ghetto è bellissimo, ma basta poco per capire chi comanda davvero nei palazzi di Roma.",
    ),
    (
        "derogation",
        True,
        "Gli indiani che lavorano nelle stalle del Cremonese sono bravi con le vacche, ma il concetto di igiene da loro non è mai arrivato.",
    ),
    (
        "derogation",
        True,
        "Gli eritrei dicono di scappare dalla dittatura, poi ogni estate tornano in vacanza ad Asmara. Profughi a intermittenza.",
    ),
    # --- dehumanisation (hateful) ---
    (
        "dehumanisation",
        True,
        "Lampedusa è diventata un formicaio. Ne sbarcano cento, ne sbarcano mille, e sotto ce ne sono sempre altri.",
    ),
    (
        "dehumanisation",
        True,
        "I campi rom sono come le discariche abusive: finché non bonifichi il terreno, ricresce tutto.",
    ),
    (
        "dehumanisation",
        True,
        "L'immigrazione africana è una metastasi: parte da un quartiere e in dieci anni si è presa la città.",
    ),
    (
        "dehumanisation",
        True,
        "Le moschee spuntano come funghi dopo la pioggia, e come i funghi anche chi ci va dentro è spesso velenoso.",
    ),
    (
        "dehumanisation",
        True,
        "Sono come le cavallette: arrivano, si mangiano i sussidi e passano al comune successivo. I nigeriani di Padova ne sono l'esempio.",
    ),
    (
        "dehumanisation",
        True,
        "La Stazione Centrale ormai è una giungla: tra gambiani e senegalesi manca solo Tarzan.",
    ),
    (
        "dehumanisation",
        True,
        "L'omosessualità si diffonde come un virus: basta un professore gay e mezza classe si infetta.",
    ),
    ("dehumanisation", True, "I rom si riproducono come conigli e lo Stato paga ogni cucciolata."),
    (
        "dehumanisation",
        True,
        "Gli ebrei sono come l'edera: si attaccano al muro e piano piano lo soffocano.",
    ),
    (
        "dehumanisation",
        True,
        "La comunità cinese di via Paolo Sarpi è un alveare: entri e non capisci chi c'è, quanti sono, cosa fanno.",
    ),
    (
        "dehumanisation",
        True,
        "Ogni barcone che arriva è un carico di spazzatura che l'Africa scarica sulle nostre coste.",
    ),
    ("dehumanisation", True, "I trans sono esperimenti di laboratorio andati male, roba da circo."),
    (
        "dehumanisation",
        True,
        "L'Europa è un corpo e i musulmani sono l'infezione che sale nel sangue: prima la febbre, poi la setticemia.",
    ),
    (
        "dehumanisation",
        True,
        "Gli albanesi negli anni Novanta sono arrivati come un'onda di fango, e il fango resta attaccato.",
    ),
    (
        "dehumanisation",
        True,
        "Gli africani sono una mandria: se li tieni nel recinto stanno buoni, se li lasci liberi distruggono tutto.",
    ),
    (
        "dehumanisation",
        True,
        "Barriera di Milano ormai è uno zoo. Mancano solo il biglietto d'ingresso e le noccioline per i marocchini.",
    ),
    ("dehumanisation", True, "I disabili gravi sono vegetali che respirano a carico dello Stato."),
    (
        "dehumanisation",
        True,
        "Giornata stupenda a Firenze, gli Uffizi con la guida sono tutta un'altra cosa. Poi aperitivo sul lungarno al tramonto, tutto perfetto. Peccato che appena ti avvicini a Santa Maria Novella sembri finito in un nido di scarafaggi: pakistani e bengalesi che sbucano da ogni angolo.",
    ),
    (
        "dehumanisation",
        True,
        "I profughi siriani sono come le termiti: non li vedi, ma quando te ne accorgi la trave è già marcia.",
    ),
    (
        "dehumanisation",
        True,
        "La lobby gay è una piovra con un tentacolo in ogni redazione, in ogni scuola, in ogni ministero.",
    ),
    (
        "dehumanisation",
        True,
        "Quando i rumeni scoprono un posto è come con i topi: ne arriva uno, trova da mangiare, e la settimana dopo c'è tutta la famiglia.",
    ),
    (
        "dehumanisation",
        True,
        "I nordafricani nelle banlieue sono un branco che nessuno riesce più a tenere, e da noi tra poco sarà uguale.",
    ),
    (
        "dehumanisation",
        True,
        "Gli indiani sono un miliardo e mezzo e si moltiplicano come batteri in una piastra. La piastra adesso siamo noi.",
    ),
    (
        "dehumanisation",
        True,
        "Le donne sono come le gatte: le accarezzi e ti graffiano, le lasci fare e ti distruggono il divano. Vanno tenute al guinzaglio.",
    ),
    (
        "dehumanisation",
        True,
        "Il Mediterraneo vomita sulle nostre spiagge tutto quello che l'Africa non vuole più.",
    ),
    (
        "dehumanisation",
        True,
        "I cinesi di Prato lavorano come formiche in batteria, senza pause, senza anima, senza niente di umano.",
    ),
    (
        "dehumanisation",
        True,
        "Gli ebrei hanno succhiato il sangue dell'Europa per secoli, e la storia si ripete.",
    ),
    (
        "dehumanisation",
        True,
        "Il campo nomadi di via Salone non è un accampamento, è un allevamento a cielo aperto.",
    ),
    (
        "dehumanisation",
        True,
        "L'ondata di profughi afghani è una piena: se non alzi gli argini, ti allaga la casa.",
    ),
    (
        "dehumanisation",
        True,
        "Le persone trans sono un contagio sociale, e i social sono il veicolo dell'infezione.",
    ),
    # --- threat (hateful) ---
    ("threat", True, "Ci vuole la ruspa. Prima sul campo rom, poi su chi ci abita."),
    (
        "threat",
        True,
        "Sappiamo dov'è la loro moschea in via Padova. Qualcuno dovrebbe fargli una visitina di notte.",
    ),
    (
        "threat",
        True,
        "Se un altro nigeriano si piazza davanti al supermercato, ci pensiamo noi del quartiere. Niente polizia.",
    ),
    (
        "threat",
        True,
        "La pacchia è finita: rimpatrio immediato di tutti gli immigrati, con le buone o con le cattive.",
    ),
    (
        "threat",
        True,
        "Sarebbe tutto più semplice se i barconi affondassero prima di arrivare. Io non piangerei.",
    ),
    (
        "threat",
        True,
        "Italia agli italiani. Gli stranieri hanno tempo fino a settembre per fare le valigie.",
    ),
    (
        "threat",
        True,
        "Al prossimo Pride ci saremo anche noi, con i caschi e senza bandiere arcobaleno.",
    ),
    (
        "threat",
        True,
        "Gli ebrei del Ghetto farebbero bene a non girare con la kippah da queste parti. Consiglio da amico.",
    ),
    (
        "threat",
        True,
        "Se mio figlio mi porta a casa un fidanzato, fa la fine di quello del terzo piano. Uomo avvisato...",
    ),
    ("threat", True, "Un bel fuoco purificatore sui campi nomadi e l'Italia torna pulita."),
    (
        "threat",
        True,
        "Rimpatriare tutti i musulmani, anche quelli con la cittadinanza. Chi non ci sta, lo accompagniamo noi.",
    ),
    (
        "threat",
        True,
        "Il cantiere del nuovo centro islamico? Di notte non c'è nessuno a guardarlo. Così, per dire.",
    ),
    (
        "threat",
        True,
        "Ai cinesi che si sono presi Prato un giorno qualcuno presenterà il conto. E non sarà in euro.",
    ),
    (
        "threat",
        True,
        "Mia moglie lo sa: se alza la voce con me, la volta dopo non ci sarà discussione. Le donne capiscono solo così.",
    ),
    (
        "threat",
        True,
        "I romeni che rubano il posto agli italiani, un giorno li aspettiamo fuori dal cantiere e glielo spieghiamo per bene.",
    ),
    (
        "threat",
        True,
        "Io non dico di ammazzarli, dico solo che se i senegalesi della stazione sparissero tutti domani nessuno se ne accorgerebbe.",
    ),
    (
        "threat",
        True,
        "Ci vorrebbe una legge che sterilizzi chi nasce con gravi disabilità. Ci costerebbero molto meno.",
    ),
    (
        "threat",
        True,
        "Ieri sera grigliata da Marco, c'erano tutti, pure Luca che non vedevamo da Natale. Abbiamo visto la partita e festeggiato il compleanno di sua figlia. Tornando siamo passati davanti al nuovo centro per minori stranieri: ci siamo detti che una di queste sere torniamo con gli amici a spiegargli come funziona qui.",
    ),
    (
        "threat",
        True,
        "Le trans che stanno sulla Salaria... una sera di queste qualcuno fa pulizia, e nessuno chiamerà l'ambulanza.",
    ),
    (
        "threat",
        True,
        "Ai tunisini arrivati ieri consiglio di ripartire subito. Qui d'estate gli incidenti capitano.",
    ),
    (
        "threat",
        True,
        "Chiudere i porti non basta. Bisogna affondare i barconi, con tutto quello che c'è dentro.",
    ),
    (
        "threat",
        True,
        "Gli africani del parco la sera devono sparire. Se non ci pensa il sindaco, ci pensiamo noi con le mazze.",
    ),
    (
        "threat",
        True,
        "Abbiamo nome e indirizzo della ragazza musulmana che ha parlato in tv. Adesso vediamo quanto è coraggiosa.",
    ),
    (
        "threat",
        True,
        "Le famiglie rom dell'ultimo piano dovrebbero traslocare presto. Molto presto. Prima che succeda qualcosa.",
    ),
    (
        "threat",
        True,
        "Quando saremo al governo, tutte le cittadinanze date agli stranieri negli ultimi vent'anni saranno revocate. Una per una.",
    ),
    (
        "threat",
        True,
        "Il Novecento ci ha insegnato come si risolve la questione ebraica. Basta ripassare.",
    ),
    (
        "threat",
        True,
        "Chi porta il velo in questo paese deve sapere che non è la benvenuta. Prima o poi qualcuno glielo strapperà di dosso.",
    ),
    (
        "threat",
        True,
        "I gay che si baciano in piazza se la vanno a cercare. La prossima volta non finisce con due parole.",
    ),
    (
        "threat",
        True,
        "Espulsione di massa degli albanesi, senza eccezioni. Li abbiamo accolti nel '91, adesso basta.",
    ),
    (
        "threat",
        True,
        "Ci vorrebbe una notte dei lunghi coltelli per ripulire via Padova dagli egiziani.",
    ),
    (
        "threat",
        True,
        "A ogni bengalese che apre un minimarket nel mio quartiere auguro una vetrina rotta a settimana, finché non capisce.",
    ),
    ("threat", True, "Fuori tutti gli stranieri entro l'anno. Chi resta si prende le conseguenze."),
    (
        "threat",
        True,
        "Il giorno che gli italiani si svegliano, i marocchini dovranno correre più veloci dei loro motorini.",
    ),
    (
        "threat",
        True,
        "Ai sikh della Bassa diciamolo chiaro: qui il turbante non lo vogliamo, e la prossima volta non lo chiederemo con gentilezza.",
    ),
    (
        "threat",
        True,
        "Alle persone trans auguro solo una cosa: che scompaiano tutte, in silenzio, e che nessuno le ricordi.",
    ),
    # --- negated_hate (not hateful) ---
    (
        "negated_hate",
        False,
        "Non è vero che i rom non lavorano. Mio zio ha una ditta di traslochi e metà dei suoi ragazzi sono rom, gente serissima.",
    ),
    (
        "negated_hate",
        False,
        "Ma quale sostituzione etnica. Secondo l'ISTAT gli stranieri residenti sono meno del 9%, e il numero è stabile da anni.",
    ),
    (
        "negated_hate",
        False,
        "I richiedenti asilo non prendono 35 euro al giorno in tasca, quei soldi vanno ai centri. In tasca arrivano pochi euro. Informatevi.",
    ),
    (
        "negated_hate",
        False,
        "Dire che i musulmani sono tutti terroristi è falso e pericoloso. La mia vicina fa l'infermiera in terapia intensiva e prega cinque volte al giorno.",
    ),
    (
        "negated_hate",
        False,
        "Gli ebrei non controllano la finanza mondiale. È la stessa bufala dei Protocolli, un falso smascherato più di cent'anni fa.",
    ),
    (
        "negated_hate",
        False,
        "Basta con 'le donne non sanno guidare'. I dati delle assicurazioni dicono che fanno meno incidenti gravi degli uomini.",
    ),
    (
        "negated_hate",
        False,
        "Essere gay non si 'trasmette' a scuola. Ho avuto due prof gay al liceo e sono etero come un mattone.",
    ),
    (
        "negated_hate",
        False,
        "Che i neri siano meno intelligenti è una sciocchezza da manuale del Ventennio, smentita da qualsiasi studio serio.",
    ),
    (
        "negated_hate",
        False,
        "Non tutti i nigeriani sono spacciatori, ci mancherebbe. La mia commercialista è nigeriana e ogni anno mi salva col 730.",
    ),
    (
        "negated_hate",
        False,
        "Chi dice che i disabili sono un peso non ci ha mai lavorato insieme. Il mio capo è cieco e gestisce trenta persone meglio di chiunque.",
    ),
    (
        "negated_hate",
        False,
        "Le persone trans non sono 'confuse'. Sanno benissimo chi sono, sono gli altri che fanno fatica a capirlo.",
    ),
    (
        "negated_hate",
        False,
        "I cinesi di Prato non sono tutti evasori, anzi: la seconda generazione è piena di commercialisti e avvocati.",
    ),
    (
        "negated_hate",
        False,
        "Non è vero che gli albanesi sono violenti. Sono trent'anni che lavorano in Italia e la stragrande maggioranza una questura non l'ha mai vista.",
    ),
    (
        "negated_hate",
        False,
        "Gli autistici non sono 'tutti geni' ma nemmeno 'tutti un peso'. Sono persone, ognuna diversa dall'altra.",
    ),
    (
        "negated_hate",
        False,
        "Le donne col velo non sono per forza sottomesse. Mia cugina lo porta per scelta e fa l'avvocata a Bologna.",
    ),
    (
        "negated_hate",
        False,
        "No, i profughi ucraini non vivono di sussidi: mia madre ha assunto una signora di Kharkiv che lavora più di me.",
    ),
    (
        "negated_hate",
        False,
        "I bisessuali non sono 'in una fase'. È come dire che chi ama sia il mare che la montagna non sa decidersi.",
    ),
    (
        "negated_hate",
        False,
        "I romeni non rubano il lavoro a nessuno. Senza di loro metà dei cantieri e delle corsie d'ospedale chiuderebbe domani.",
    ),
    (
        "negated_hate",
        False,
        "Non è che i marocchini in stazione stiano tutti spacciando. Molti aspettano il treno delle cinque per andare a lavorare nei campi.",
    ),
    (
        "negated_hate",
        False,
        "I senegalesi in spiaggia non sono 'invadenti': stanno lavorando sotto il sole a 35 gradi. Basta un 'no grazie'.",
    ),
    (
        "negated_hate",
        False,
        "Che i sordi 'fanno finta di non sentire' è un luogo comune stupido. Prova tu a capire chi ti parla girato di spalle.",
    ),
    (
        "negated_hate",
        False,
        "Le lesbiche non odiano gli uomini. La mia migliore amica è lesbica e il suo migliore amico è mio marito.",
    ),
    (
        "negated_hate",
        False,
        "Ma chi l'ha detto che i filippini sono 'nati per servire'? Ci sono filippini ingegneri, medici, imprenditori. Basta con questa storia.",
    ),
    (
        "negated_hate",
        False,
        "I tunisini che sbarcano non vengono 'per delinquere'. La maggior parte finisce a raccogliere pomodori per una miseria.",
    ),
    (
        "negated_hate",
        False,
        "Non esiste nessuna 'lobby gay'. Esistono persone che chiedono gli stessi diritti degli altri, tutto qui.",
    ),
    # --- counter_speech (not hateful) ---
    (
        "counter_speech",
        False,
        "Sotto il post della bambina nigeriana premiata a scuola qualcuno ha scritto 'rimandatela a casa sua'. Vergognatevi, ho segnalato tutto.",
    ),
    (
        "counter_speech",
        False,
        "Stamattina sulla saracinesca del negozio di Ahmed hanno scritto 'Italia agli italiani'. Ahmed è nato a Brescia. Solidarietà.",
    ),
    (
        "counter_speech",
        False,
        "Il consigliere comunale ha chiamato 'cavallette' i richiedenti asilo. Linguaggio disumanizzante, deve dimettersi.",
    ),
    (
        "counter_speech",
        False,
        "Mio nonno ripete che 'i rom rubano i bambini'. Gli ho fatto vedere che in Italia non c'è mai stata una condanna per questo. Silenzio.",
    ),
    (
        "counter_speech",
        False,
        "Allo stadio hanno fatto i versi della scimmia a un giocatore nero. Va chiuso lo stadio intero, non una curva.",
    ),
    (
        "counter_speech",
        False,
        "Un utente ha pubblicato l'indirizzo della moschea scrivendo 'sapete cosa fare'. L'ho girato subito alla Polizia Postale.",
    ),
    (
        "counter_speech",
        False,
        "Quando il tassista mi ha detto 'i cinesi ci hanno portato il virus apposta' gli ho chiesto di fermarsi e sono scesa.",
    ),
    (
        "counter_speech",
        False,
        "Il professore di mia figlia ha detto in classe che 'le donne sono negate per la matematica'. Domani vado a parlare col preside.",
    ),
    (
        "counter_speech",
        False,
        "Leggere ancora 'la pacchia è finita' riferito a gente che muore in mare mi fa venire la nausea.",
    ),
    (
        "counter_speech",
        False,
        "Quel 'non sono razzista, però...' è sempre l'inizio di una frase razzista. Impariamo a riconoscerlo.",
    ),
    (
        "counter_speech",
        False,
        "Hanno appeso un manichino con la kippah a un ponte di Roma. Non è goliardia, è antisemitismo, e va perseguito.",
    ),
    (
        "counter_speech",
        False,
        "Il post che parla della 'piovra gay' nelle scuole ha tremila like. Mi fa più paura quello della piovra.",
    ),
    (
        "counter_speech",
        False,
        "Liliana Segre vive sotto scorta per i messaggi d'odio che riceve ogni giorno. Questo paese dovrebbe vergognarsi.",
    ),
    (
        "counter_speech",
        False,
        "Un influencer ha detto che i disabili sono 'un costo per lo Stato'. Gli sponsor lo hanno scaricato, ed era ora.",
    ),
    (
        "counter_speech",
        False,
        "Nel gruppo del quartiere c'è chi propone di 'fare pulizia' al campo rom. Ho segnalato alla polizia, con queste cose non si scherza.",
    ),
    (
        "counter_speech",
        False,
        "Mi ha scritto una lettrice: un collega le dice ogni giorno 'torna al tuo paese', e lei è nata a Palermo. Questo è razzismo quotidiano.",
    ),
    (
        "counter_speech",
        False,
        "Ho sentito al bar uno che diceva che 'le trans vanno fatte sparire'. L'ho detto al barista e l'ha cacciato. Bravo lui.",
    ),
    (
        "counter_speech",
        False,
        "Quelli che scrivono 'affondiamo i barconi' sotto ogni notizia di naufragio dovrebbero guardare le foto dei bambini annegati.",
    ),
    (
        "counter_speech",
        False,
        "Ricordo ai compagni di classe di mio figlio che dire a un ragazzo gay che 'va curato' non è uno scherzo. Ne ho parlato con gli altri genitori.",
    ),
    (
        "counter_speech",
        False,
        "La prof ha fatto leggere ai ragazzi i messaggi d'odio arrivati a una calciatrice nera della nazionale. Prima silenzio totale, poi una discussione bellissima.",
    ),
    # --- identity_neutral (not hateful) ---
    (
        "identity_neutral",
        False,
        "Quando inizia il Ramadan quest'anno? Devo organizzare i turni in magazzino e alcuni colleghi digiunano.",
    ),
    (
        "identity_neutral",
        False,
        "Il Capodanno cinese a Milano si festeggia con la sfilata in via Paolo Sarpi, quest'anno cade a febbraio.",
    ),
    (
        "identity_neutral",
        False,
        "Secondo l'ISTAT, all'inizio dell'anno gli stranieri residenti in Italia erano circa cinque milioni.",
    ),
    (
        "identity_neutral",
        False,
        "Le unioni civili tra persone dello stesso sesso sono legge in Italia dal 2016, con la legge Cirinnà.",
    ),
    (
        "identity_neutral",
        False,
        "Il 27 gennaio è il Giorno della Memoria, a scuola facciamo un incontro con il figlio di un sopravvissuto.",
    ),
    (
        "identity_neutral",
        False,
        "In Italia vivono tra 120 e 180 mila rom e sinti, e circa la metà ha la cittadinanza italiana.",
    ),
    (
        "identity_neutral",
        False,
        "Come si dice 'grazie' nella lingua dei segni italiana? La nuova vicina è sorda.",
    ),
    (
        "identity_neutral",
        False,
        "Le donne italiane hanno votato per la prima volta a livello nazionale nel 1946, al referendum sulla Repubblica.",
    ),
    (
        "identity_neutral",
        False,
        "Qualcuno sa se la sinagoga di Roma si può visitare anche di sabato?",
    ),
    (
        "identity_neutral",
        False,
        "Gli sbarchi sono calati di oltre la metà rispetto all'anno scorso, secondo i dati del Viminale.",
    ),
    (
        "identity_neutral",
        False,
        "La comunità sikh del Lazio lavora soprattutto nell'agricoltura dell'Agro Pontino.",
    ),
    (
        "identity_neutral",
        False,
        "Il Roma Pride quest'anno parte da piazza della Repubblica nel primo pomeriggio.",
    ),
    (
        "identity_neutral",
        False,
        "È più corretto dire 'persona con disabilità' o 'disabile'? Sto scrivendo un bando e non voglio sbagliare.",
    ),
    (
        "identity_neutral",
        False,
        "La legge 104 prevede tre giorni di permesso al mese per chi assiste un familiare con disabilità grave.",
    ),
    (
        "identity_neutral",
        False,
        "I valdesi sono la più antica chiesa protestante italiana, nata nelle valli piemontesi nel Medioevo.",
    ),
    (
        "identity_neutral",
        False,
        "Per la Pasqua ortodossa la comunità romena di Torino fa la veglia a mezzanotte.",
    ),
    (
        "identity_neutral",
        False,
        "Domanda per chi è musulmano: durante il Ramadan dopo il tramonto si può bere e mangiare normalmente, giusto?",
    ),
    (
        "identity_neutral",
        False,
        "Gli albanesi sono una delle comunità straniere più numerose in Italia, insieme a romeni e marocchini.",
    ),
    (
        "identity_neutral",
        False,
        "Il 17 maggio è la Giornata internazionale contro l'omofobia, la bifobia e la transfobia.",
    ),
    (
        "identity_neutral",
        False,
        "Lo spettro autistico comprende condizioni molto diverse, da chi non parla a chi ha una vita lavorativa piena.",
    ),
    (
        "identity_neutral",
        False,
        "A Lampedusa l'hotspot ha accolto oltre mille persone nelle ultime 48 ore, riferisce l'ANSA.",
    ),
    (
        "identity_neutral",
        False,
        "Il Diwali, la festa indiana delle luci, si celebra anche al tempio sikh di Novellara.",
    ),
    (
        "identity_neutral",
        False,
        "Quante sono le donne sindaco in Italia? Ho letto che sono circa il 15%.",
    ),
    (
        "identity_neutral",
        False,
        "Le leggi razziali del 1938 espulsero gli ebrei dalle scuole e dagli impieghi pubblici in Italia.",
    ),
    (
        "identity_neutral",
        False,
        "Che differenza c'è tra richiedente asilo, rifugiato e titolare di protezione speciale?",
    ),
    # --- identity_positive (not hateful) ---
    (
        "identity_positive",
        False,
        "La mia vicina peruviana mi ha insegnato a fare il ceviche, e adesso me lo chiedono tutti gli amici.",
    ),
    (
        "identity_positive",
        False,
        "Le badanti ucraine che hanno assistito mia nonna sono state delle sante, non lo dimenticherò mai.",
    ),
    (
        "identity_positive",
        False,
        "Due papà al parco con la bimba che ride come una matta: la scena più bella della mia giornata.",
    ),
    (
        "identity_positive",
        False,
        "Il ristorante eritreo di Porta Venezia è uno dei posti più accoglienti di Milano. Lo zighinì è pazzesco.",
    ),
    (
        "identity_positive",
        False,
        "Mia cugina è una donna trans e ha il coraggio di dieci persone messe insieme.",
    ),
    (
        "identity_positive",
        False,
        "Gli atleti paralimpici italiani quest'estate ci hanno fatto emozionare più di chiunque altro.",
    ),
    (
        "identity_positive",
        False,
        "La famiglia marocchina del secondo piano ci ha portato il tè alla menta e il couscous quando è morto mio padre. Non lo scorderò mai.",
    ),
    (
        "identity_positive",
        False,
        "Le donne della mia famiglia hanno mandato avanti da sole un'azienda agricola per trent'anni. Giganti.",
    ),
    (
        "identity_positive",
        False,
        "Il mio collega senegalese parla cinque lingue e ha sempre una parola gentile per tutti.",
    ),
    (
        "identity_positive",
        False,
        "La cucina giudaico-romanesca è straordinaria: i carciofi alla giudia dovrebbero essere patrimonio dell'umanità.",
    ),
    (
        "identity_positive",
        False,
        "Il mio allenatore di pallanuoto è sordo ed è il miglior motivatore che abbia mai avuto.",
    ),
    (
        "identity_positive",
        False,
        "Le ragazze della squadra femminile del mio paese ormai hanno più tifosi degli uomini. Meritatissimo!",
    ),
    (
        "identity_positive",
        False,
        "I musicisti rom che hanno suonato al matrimonio di mia sorella erano incredibili, abbiamo ballato fino all'alba.",
    ),
    (
        "identity_positive",
        False,
        "I miei suoceri cinesi mi hanno accolta con un banchetto infinito e una gentilezza che non mi aspettavo.",
    ),
    (
        "identity_positive",
        False,
        "Il ragazzo con sindrome di Down che lavora al bar sotto l'ufficio fa il cappuccino più buono del quartiere.",
    ),
    (
        "identity_positive",
        False,
        "Grazie ai volontari della moschea che sono venuti a spalare il fango dopo l'alluvione in Romagna. Veri vicini.",
    ),
    (
        "identity_positive",
        False,
        "Mia sorella è lesbica, sposata da cinque anni, e il loro è il matrimonio più solido che conosca.",
    ),
    (
        "identity_positive",
        False,
        "I ragazzi afghani accolti in parrocchia hanno imparato l'italiano in sei mesi. Io l'inglese non l'ho imparato in vent'anni.",
    ),
    (
        "identity_positive",
        False,
        "La prima volta che ho assaggiato la cucina bengalese è stato alla festa di quartiere: una rivelazione.",
    ),
    (
        "identity_positive",
        False,
        "Il mio migliore amico è autistico e ha un senso dell'umorismo che nessun altro capisce. Tranne me.",
    ),
    # --- non_protected_target (not hateful) ---
    (
        "non_protected_target",
        False,
        "I tifosi della Juve sono un'invasione, li trovi ovunque, perfino a Napoli. Non se ne può più.",
    ),
    (
        "non_protected_target",
        False,
        "Le zanzare tigre quest'anno sono un'invasione biblica. Sterminarle tutte è l'unica soluzione.",
    ),
    ("non_protected_target", False, "Questo governo è un cancro per la sanità pubblica."),
    (
        "non_protected_target",
        False,
        "I proprietari che affittano buchi a 800 euro in nero andrebbero sbattuti fuori dai loro stessi appartamenti.",
    ),
    (
        "non_protected_target",
        False,
        "Il traffico di Roma è una malattia cronica: ogni giunta promette la cura e nessuno la trova.",
    ),
    (
        "non_protected_target",
        False,
        "Questo partito ha infestato la RAI con i suoi raccomandati. Alle prossime elezioni li rimandiamo tutti a casa.",
    ),
    (
        "non_protected_target",
        False,
        "Le banche sono sanguisughe: commissioni su tutto, anche sull'aria che respiri.",
    ),
    (
        "non_protected_target",
        False,
        "I monopattini in sharing sono una piaga, spuntano come funghi su ogni marciapiede.",
    ),
    (
        "non_protected_target",
        False,
        "Le compagnie low cost trattano i passeggeri come bestiame. Mai più.",
    ),
    (
        "non_protected_target",
        False,
        "I piccioni di piazza San Marco sono un flagello, andrebbero allontanati tutti.",
    ),
    (
        "non_protected_target",
        False,
        "I laziali, quando perdono il derby, è sempre colpa dell'arbitro. Una tifoseria di piagnoni.",
    ),
    (
        "non_protected_target",
        False,
        "Il cinghiale che stanotte mi ha distrutto l'orto: se torna, ci penso io.",
    ),
    (
        "non_protected_target",
        False,
        "Le cimici asiatiche sono una vera invasione, mi entrano in casa a centinaia. Ho comprato lo spray e non faccio prigionieri.",
    ),
    (
        "non_protected_target",
        False,
        "Il CdA della compagnia è un branco di avvoltoi: si alzano i bonus mentre licenziano trecento persone.",
    ),
    (
        "non_protected_target",
        False,
        "La riforma della scuola va rispedita al mittente, è un disastro dall'inizio alla fine.",
    ),
    (
        "non_protected_target",
        False,
        "I lobbisti del tabacco andrebbero cacciati da Bruxelles a calci.",
    ),
    (
        "non_protected_target",
        False,
        "La Chiesa deve fare i conti con gli abusi coperti dai vescovi. Chi ha insabbiato deve pagare.",
    ),
    (
        "non_protected_target",
        False,
        "Certe norme della sharia sulla testimonianza delle donne sono discriminatorie, e lo dico senza problemi.",
    ),
    (
        "non_protected_target",
        False,
        "Gli influencer che spammano codici sconto sono un virus, ti infettano tutto il feed.",
    ),
    (
        "non_protected_target",
        False,
        "Gli ultras che lanciano fumogeni in campo vanno banditi a vita dagli stadi, tutti quanti.",
    ),
    # --- abuse_individual (not hateful) ---
    (
        "abuse_individual",
        False,
        "Il mio vicino lascia la spazzatura sul pianerottolo da tre giorni. È un maiale, non ci sono altre parole.",
    ),
    (
        "abuse_individual",
        False,
        "La mia capa mi ha chiamato alle dieci di sera per una cavolata. Giuro che prima o poi le tiro il telefono in testa.",
    ),
    (
        "abuse_individual",
        False,
        "L'idraulico di ieri mi ha chiesto 200 euro per stringere un bullone. Un ladro patentato.",
    ),
    (
        "abuse_individual",
        False,
        "Il mio ex mi scrive ancora 'come stai?' alle due di notte. Ma vai a quel paese, tu e il tuo 'come stai'.",
    ),
    (
        "abuse_individual",
        False,
        "Il tizio della contabilità ha perso di nuovo le mie fatture. Che incapace, lo strozzerei.",
    ),
    (
        "abuse_individual",
        False,
        "La mia coinquilina usa il mio shampoo e poi nega. Bugiarda seriale.",
    ),
    (
        "abuse_individual",
        False,
        "Il professore di fisica di mio figlio è un presuntuoso che non risponde nemmeno alle mail dei genitori.",
    ),
    (
        "abuse_individual",
        False,
        "Marco, se leggi: sei il peggior compagno di squadra nella storia del calcetto. Mai più con te.",
    ),
    (
        "abuse_individual",
        False,
        "Quella della reception oggi mi ha trattata come una pezza da piedi. Antipatica da morire.",
    ),
    (
        "abuse_individual",
        False,
        "Mio cognato ha rovinato il pranzo di Natale con le sue teorie sui vaccini. Insopportabile.",
    ),
]

EVERYDAY_TRAIN5: list[tuple[str, str]] = [
    ("chat", "Ciao! Stasera ci sei per un aperitivo o sei ancora sommersa dal lavoro?"),
    ("chat", "Sto morendo dal ridere per il video del cane che ruba la pizza 😂😂"),
    ("chat", "Scrivimi quando arrivi che scendo ad aprirti."),
    ("chat", "Ho perso la fermata del tram perché ero troppo presa dal libro, che figura."),
    ("chat", "Hai visto che grandina a Bologna? A maggio, roba da matti."),
    ("chat", "Vado a dormire, sono distrutto. Buonanotte a tutti!"),
    ("chat", "Qualcuno ha il numero della pizzeria che consegna fino a mezzanotte?"),
    ("chat", "Bellissimo il taglio nuovo, ti sta benissimo!"),
    ("chat", "Ho ammazzato anche il basilico, il terzo quest'anno. Ho il pollice nero."),
    ("chat", "Mi uccide: ogni volta che lavo la macchina il giorno dopo piove."),
    ("chat", "Mi hai salvato la vita, grazie per aver tenuto il cane nel weekend!"),
    ("plans", "Ci vediamo alle sette davanti al cinema o direttamente in pizzeria?"),
    ("plans", "Sabato propongo giro in bici fino al lago e picnic, che dite?"),
    (
        "plans",
        "Prenoto l'agriturismo per il ponte del 2 giugno, restano due camere, confermate in fretta.",
    ),
    ("plans", "A che ora partiamo domenica? Vorrei evitare la coda sull'A1."),
    ("plans", "Festa a sorpresa per Giulia venerdì, acqua in bocca, non sospetta niente."),
    ("plans", "Per cambiare potremmo provare il giapponese nuovo, basta hamburger."),
    ("plans", "Passo a prenderti verso le otto, metti su la moka."),
    ("plans", "Chi c'è per un calcetto giovedì sera? Ci mancano due giocatori."),
    ("plans", "Segnatevi il 14 per il matrimonio di Chiara, andiamo con una macchina sola?"),
    ("review", "Trattoria top, la carbonara era perfetta e il servizio gentilissimo. Consigliata."),
    (
        "review",
        "Consegna in ritardo di cinque giorni e pacco ammaccato. Prodotto ok ma l'assistenza è pessima.",
    ),
    (
        "review",
        "Hotel pulito e in posizione comoda, ma la colazione non vale i 15 euro che chiedono.",
    ),
    ("review", "Questo giallo mi ha tenuto sveglio fino alle due, il finale è una bomba."),
    ("review", "L'aspirapolvere funziona bene ma fa un rumore da Boeing in decollo."),
    ("review", "Parrucchiera gentilissima, ha capito subito cosa volevo. Ci tornerò."),
    ("review", "Film carino ma niente di che, gli ultimi venti minuti non finiscono mai."),
    ("review", "Il miglior forno della zona, i cornetti alla crema sono da svenimento."),
    ("review", "App comoda ma si blocca a ogni aggiornamento, che nervi."),
    ("review", "Patatine fredde, panino secco e quaranta minuti di attesa. Mai più."),
    (
        "support",
        "Buongiorno, da stamattina non riesco ad accedere all'area clienti, la password risulta errata.",
    ),
    (
        "support",
        "L'ordine n. 58213 risulta consegnato ma non ho ricevuto niente. Potete verificare?",
    ),
    ("support", "Salve, come faccio a cambiare l'indirizzo di fatturazione dell'abbonamento?"),
    ("support", "Il modem si riavvia da solo ogni ora, ho già provato a resettarlo."),
    ("support", "Vorrei disdire il contratto a fine mese, qual è la procedura?"),
    (
        "support",
        "Il rimborso che mi avete confermato tre settimane fa non è ancora arrivato sul conto.",
    ),
    ("support", "La stampante dice 'inceppamento carta' ma dentro non c'è nessun foglio."),
    ("support", "Grazie per la risposta veloce, il problema è risolto!"),
    ("sports", "Li abbiamo asfaltati 4-0, che partita! Leão era immarcabile."),
    ("sports", "L'arbitro ci ha ammazzati con quel rigore, non c'era niente."),
    ("sports", "L'Italia ha distrutto la Francia nel Sei Nazioni, ho ancora i brividi."),
    ("sports", "Stamattina ho corso la mia prima mezza maratona, sono morto ma felicissimo."),
    ("sports", "Forza Toro! Quest'anno si va in Europa, me lo sento."),
    ("sports", "Il Giro passa da noi a maggio, andiamo a vederlo sul Mortirolo."),
    ("sports", "Nel secondo tempo ci hanno fucilato il portiere, tre gol in dieci minuti."),
    ("sports", "Sinner ha giocato una partita da extraterrestre, l'ha demolito in tre set."),
    ("sports", "Ha tirato una sassata all'incrocio, lo stadio è esploso."),
    ("gaming", "Il boss finale mi ha distrutto, dieci tentativi e niente."),
    ("gaming", "Chi c'è stasera per una partita a Fortnite? Ci serve il quarto."),
    ("gaming", "Ho fatto una tripla uccisione col cecchino, stasera sono on fire 🔥"),
    ("gaming", "Questa patch ha ucciso il mio personaggio preferito, l'hanno nerfato a morte."),
    ("gaming", "Abbiamo schiacciato la squadra avversaria, 13-2, pulito."),
    ("gaming", "Il nuovo Zelda è una meraviglia, ci ho passato tutto il weekend."),
    ("gaming", "Il mio amico campera nell'angolo da dieci minuti, andate a stanarlo."),
    ("gaming", "Lag assurdo stasera, prima o poi strangolo il mio provider."),
    ("gaming", "Al prossimo round mi vendico, preparatevi a morire 😈"),
    ("work", "Riunione spostata alle 14, sala B. Portate i numeri del trimestre."),
    ("work", "Abbiamo spaccato con la presentazione, il cliente firma lunedì!"),
    ("work", "Domani sono in smart working, mi trovate su Teams tutto il giorno."),
    ("work", "Qualcuno mi rilegge il report prima che lo mandi alla direzione?"),
    (
        "work",
        "Le ferie estive vanno segnate entro il 15 marzo, poi chi prima arriva meglio alloggia.",
    ),
    ("work", "Il capo mi ha fatto i complimenti per il progetto, sono al settimo cielo."),
    ("work", "La macchinetta del caffè al terzo piano è di nuovo rotta, è la fine del mondo."),
    ("work", "Ho chiuso la pratica in due ore, mi merito un cornetto."),
    ("family", "Mamma, mercoledì puoi prendere tu Matteo a scuola? Ho una visita medica."),
    ("family", "Pranzo dalla nonna domenica, ognuno porta un dolce."),
    ("family", "Oggi mia figlia ha fatto i primi passi, sto piangendo."),
    ("family", "Mio fratello si è appena fidanzato, sabato gli facciamo una festa a sorpresa!"),
    (
        "family",
        "Il nonno ha raccontato di nuovo la storia del militare, la sappiamo a memoria ma ridiamo sempre.",
    ),
    ("family", "I bambini hanno fatto l'albero da soli, è tutto storto ma è bellissimo."),
    (
        "family",
        "Papà mi ha chiamato per chiedermi come si fa uno screenshot. Terza volta questo mese 😅",
    ),
    ("family", "Abbiamo adottato un gattino, si chiama Biscotto e ha già distrutto le tende."),
    (
        "news",
        "Hai visto che la benzina è salita di nuovo? Quasi due euro al litro dal distributore sotto casa.",
    ),
    ("news", "Allerta arancione per temporali stasera in Liguria, ritirate le piante."),
    ("news", "Sciopero dei treni venerdì, controllate le corse prima di uscire."),
    ("news", "Finalmente ristrutturano la piscina comunale, riapre a settembre."),
    ("news", "Torna il festival jazz quest'estate, il programma sembra fantastico."),
    ("news", "Nuovo record di caldo a giugno, 39 gradi a Foggia ieri."),
    ("news", "Apre la nuova linea della metro, finalmente un po' di tempo risparmiato."),
    (
        "news",
        "Il mercatino di Natale apre venerdì in piazza, quest'anno c'è anche la pista di pattinaggio.",
    ),
]
