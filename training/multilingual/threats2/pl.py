# ruff: noqa: E501
"""Polish (pl): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Siostra znowu podprowadziła mi ładowarkę. Kiedyś ją tym kablem uduszę 😤😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Dzieciaki od szóstej skaczą mi po głowie. Kocham je, ale dziś bym je powiesiła na suszarce razem z praniem 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Jak mi nie oddasz tej książki do piątku, to osobiście cię nią zatłukę 📚😂",
    ),
    (
        "violent_hyperbole",
        False,
        "bartek zajebie cie za ten filmik na grupie 😂😂 usuwaj to natychmiast",
    ),
    (
        "violent_hyperbole",
        False,
        "Mąż ugotował bigos i zostawił cały gar w zlewie. Jeszcze żyje tylko dlatego, że bigos wyszedł pyszny.",
    ),
    (
        "violent_hyperbole",
        False,
        "Tata powiedział, że jak jeszcze raz zostawię otwartą lodówkę, to mnie w niej zamknie 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Babcia zapowiedziała, że jak nie przyjadę na Wigilię, to mnie zamorduje makowcem 😂🎄",
    ),
    (
        "violent_hyperbole",
        False,
        "Ten klient mnie zarżnie, trzecia poprawka logo, bo ma być „bardziej niebieskie”.",
    ),
    ("violent_hyperbole", False, "Zamorduję tego komara, bzyczy mi nad uchem od północy."),
    (
        "violent_hyperbole",
        False,
        "Brat zjadł moją ostatnią kanapkę. Wojna. Szykuję zemstę i łopatę 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Oddaj pilota albo cię uduszę poduszką, zaraz się zaczyna mecz 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ej, jeszcze raz odpiszesz mi samo „k” zamiast „ok”, to cię wyrzucę przez okno 😤",
    ),
    (
        "violent_hyperbole",
        False,
        "Koleżanka z biura znowu grzeje rybę w mikrofali. Kto mi pomoże ukryć ciało? 😂🐟",
    ),
    (
        "violent_hyperbole",
        False,
        "jak pani od chemii da nam w piątek kartkówkę to ja padnę trupem na ławce",
    ),
    (
        "violent_hyperbole",
        False,
        "Pies zeżarł mi słuchawki. Ma szczęście, że jest taki słodki, bo już by nie żył 🐶",
    ),
    (
        "violent_hyperbole",
        False,
        "Szwagier znowu tłumaczy przy stole kryptowaluty. Niech mnie ktoś dobije 😩",
    ),
    (
        "violent_hyperbole",
        False,
        "Aniu, kocham cię, ale jak jeszcze raz nazwiesz mój sernik „suchawym”, to skończysz w piekarniku 😂🍰",
    ),
    (
        "violent_hyperbole",
        False,
        "Jak zobaczę jeszcze jedną reklamę tego banku, to wyrzucę telewizor przez balkon.",
    ),
    (
        "violent_hyperbole",
        False,
        "Stary, powieszę cię za uszy, jak znowu zapomnisz biletów na koncert 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Jak Kuba jeszcze raz przyjdzie na próbę bez nut, to go utopię w kontrabasie 😂🎸",
    ),
    (
        "violent_hyperbole",
        False,
        "Mała grozi mi plastikowym mieczem, że zetnie mi głowę, jak nie dostanie lizaka 😂🗡️",
    ),
    ("violent_hyperbole", False, "No to po mnie, teściowa przyjeżdża na dwa tygodnie 💀"),
    (
        "violent_hyperbole",
        False,
        "Kot patrzy na mnie, jakby planował morderstwo, bo miska jest pusta od pięciu minut 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Trener na siłowni chyba chce mnie zabić, sto przysiadów na rozgrzewkę 💀",
    ),
    ("violent_hyperbole", False, "dawaj te zdjęcia z wczoraj albo nie żyjesz 😂😂"),
    (
        "violent_hyperbole",
        False,
        "Pan Marek z IT zapowiedział, że osobiście udusi każdego, kto jeszcze raz kliknie w link od „nigeryjskiego księcia” 😄",
    ),
    ("violent_hyperbole", False, "Te tabelki w Excelu mnie wykończą, siedzę nad nimi od ósmej."),
    (
        "violent_hyperbole",
        False,
        "Jak mój mąż jeszcze raz powie „zaraz”, to go zakopię pod tujami 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Młody pomalował flamastrami ścianę w przedpokoju. Zabiję go, jak tylko przestanę się śmiać 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Kto zostawił pustą rolkę po papierze toaletowym? Przyznać się, zanim polecą głowy 😤😂",
    ),
    # games_sports
    ("games_sports", False, "Rozwaliliśmy w Warzone cały squad na dachu, czysta robota 🔥"),
    (
        "games_sports",
        False,
        "Wieczorem gramy z Górnikiem, musimy ich rozjechać, nie ma innej opcji.",
    ),
    (
        "games_sports",
        False,
        "W tysiąca z dziadkiem nie wygrasz, ogoli cię do zera i jeszcze się będzie śmiał.",
    ),
    ("games_sports", False, "HEADSHOT przez zasłonę dymną, ktoś nagrał?? 😳"),
    ("games_sports", False, "Bramkarz dziś zamurował bramkę, nic nie chciało wpaść."),
    (
        "games_sports",
        False,
        "Nasz obrońca dostał łokciem w twarz, krew się lała, a sędzia nawet nie zagwizdał.",
    ),
    ("games_sports", False, "Odpalamy rankeda? Dziś rozstrzeliwujemy wszystkich na Mirage."),
    (
        "games_sports",
        False,
        "Kumpel na sparingu tak mnie trafił, że zobaczyłem gwiazdy, ale sparing to sparing 🥊",
    ),
    (
        "games_sports",
        False,
        "W Hollow Knighcie w końcu ubiłem Radiance, ręce mi się do teraz trzęsą.",
    ),
    ("games_sports", False, "Paintball w sobotę z firmą, szef jest mój, już ładuję kulki 😈🎨"),
    ("games_sports", False, "Siatkarze rozbili Włochów 3:0, co za mecz!"),
    (
        "games_sports",
        False,
        "W Among Us zabiłam trzy osoby w elektryce i nikt mnie nie podejrzewał 😇",
    ),
    (
        "games_sports",
        False,
        "Ta obrona Rakowa jest do odstrzału, trener powinien wymienić połowę składu.",
    ),
    (
        "games_sports",
        False,
        "Na gali w sobotę duszenie zza pleców w pierwszej rundzie, gość odklepał po dziesięciu sekundach.",
    ),
    ("games_sports", False, "W ping-ponga z tatą rozłożyłem go na łopatki, 11:2."),
    (
        "games_sports",
        False,
        "Mój snajper w Battlefieldzie zdjął gościa z 1200 metrów, rekord serwera!",
    ),
    ("games_sports", False, "w mario karta rozniose cie w pyl zobaczysz 😎"),
    (
        "games_sports",
        False,
        "Koszykarze Śląska dostali dziś lanie, przegrali trzydziestoma punktami.",
    ),
    ("games_sports", False, "Zielony team, focus na healera, zabijamy go pierwszego!"),
    (
        "games_sports",
        False,
        "Hokeiści pobili się w trzeciej tercji, obaj dostali po pięć minut kary.",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Były mąż wysłał mi SMS-a: „nie ciesz się za wcześnie, jeszcze cię dopadnę”. Mam zakaz zbliżania się, a i tak się boję. Co mogę zrobić?",
    ),
    (
        "threat_reported",
        False,
        "Dziennikarka lokalnego portalu dostała groźby po tekście o nielegalnym wysypisku. Redakcja złożyła zawiadomienie.",
    ),
    (
        "threat_reported",
        False,
        "Sąsiad z dołu krzyknął do mnie na klatce, że „zrobi ze mną porządek”. Nagrałam to. Czy to już groźba karalna?",
    ),
    (
        "threat_reported",
        False,
        "Syn pokazał mi, że chłopak z klasy wrzucił na grupę zdjęcie noża z podpisem „jutro dla Filipa”. Dzwonić do szkoły czy od razu na policję?",
    ),
    (
        "threat_reported",
        False,
        "Prokuratura postawiła zarzuty mężczyźnie, który w komentarzach na Facebooku groził śmiercią burmistrzowi.",
    ),
    (
        "threat_reported",
        False,
        "Kurier mówi, że klient groził mu młotkiem, bo paczka przyszła dzień później. Firma kazała mu „nie robić afery”. Serio?",
    ),
    (
        "threat_reported",
        False,
        "Pracuję na SOR-ze. Pijany pacjent wrzeszczał, że zabije mnie po dyżurze. Czy szpital powinien to sam zgłosić?",
    ),
    (
        "threat_reported",
        False,
        "Siostra dostała od byłego wiadomość „pilnuj się, jak będziesz wracać z uczelni”. Jak to najlepiej udokumentować?",
    ),
    (
        "threat_reported",
        False,
        "Czy policja w ogóle przyjmie zgłoszenie, jeśli ktoś z fejkowego konta pisze mi tylko „uważaj na siebie”?",
    ),
    (
        "threat_reported",
        False,
        "Wczoraj w autobusie facet darł się do kierowcy, że mu łeb rozwali. Na szczęście ktoś szybko wezwał policję.",
    ),
    (
        "threat_reported",
        False,
        "Teść w kłótni powiedział mojemu mężowi, że „go zakopie”. Mąż mówi, że to tylko gadanie, ale ja się boję. Przesadzam?",
    ),
    (
        "threat_reported",
        False,
        "Pod jaki numer dzwonić, jeśli partner grozi mi przemocą, a nie chcę od razu dzwonić na 112?",
    ),
    (
        "threat_reported",
        False,
        "Streamer, którego oglądam, przerwał transmisję, bo ktoś na czacie podał jego adres i napisał, że „wpadnie z wizytą”. Mam nadzieję, że to zgłosił.",
    ),
    (
        "threat_reported",
        False,
        "szef powiedzial ze jak pojde do PIP to mnie wywiezie do lasu. mam to nagrane na telefonie, co z tym zrobic",
    ),
    (
        "threat_reported",
        False,
        "Sąd skazał 23-latka na rok w zawieszeniu za groźby wysyłane nauczycielce przez Messengera.",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "W „Panu Tadeuszu” ksiądz Robak umiera od rany odniesionej w walce z Moskalami.",
    ),
    (
        "violence_discussed",
        False,
        "Na kursie pierwszej pomocy ćwiczyliśmy zakładanie opaski uciskowej przy ranie postrzałowej uda.",
    ),
    (
        "violence_discussed",
        False,
        "„Morderstwo w Orient Expressie” ma jedno z najbardziej zaskakujących zakończeń w historii kryminału.",
    ),
    (
        "violence_discussed",
        False,
        "W Katyniu i innych miejscach NKWD zamordowało wiosną 1940 roku około 22 tysięcy polskich obywateli.",
    ),
    (
        "violence_discussed",
        False,
        "Dokument o wampirze z Zagłębia pokazuje, jak milicja latami szukała sprawcy i pod jaką presją działała.",
    ),
    (
        "violence_discussed",
        False,
        "Na zajęciach z samoobrony instruktorka pokazała, jak uwolnić nadgarstek z chwytu napastnika.",
    ),
    (
        "violence_discussed",
        False,
        "Siniaki po pobiciu zmieniają kolor z fioletowego na żółty, biegli wykorzystują to do określania, kiedy powstały obrażenia.",
    ),
    ("violence_discussed", False, "W „Quo vadis” Neron urządza na arenie rzeź chrześcijan."),
    (
        "violence_discussed",
        False,
        "Rzeź Pragi w 1794 roku to jedna z najkrwawszych kart w historii Warszawy.",
    ),
    (
        "violence_discussed",
        False,
        "Jak humanitarnie uśmiercić rybę złowioną na wędkę, żeby się nie męczyła?",
    ),
    (
        "violence_discussed",
        False,
        "„Dom zły” Smarzowskiego to ponure kino o zbrodni w PRL-owskiej wsi.",
    ),
    (
        "violence_discussed",
        False,
        "Badania pokazują, że przemoc psychiczna w związku bardzo często poprzedza przemoc fizyczną.",
    ),
    (
        "violence_discussed",
        False,
        "Sprawa porwania i zabójstwa Krzysztofa Olewnika do dziś budzi pytania o błędy śledczych.",
    ),
    (
        "violence_discussed",
        False,
        "Powieść zaczyna się od znalezienia zwłok nad Wisłą, a potem jest już tylko mroczniej.",
    ),
    (
        "violence_discussed",
        False,
        "Na wykładzie z prawa karnego omawialiśmy, czym różni się zabójstwo w afekcie od zabójstwa z premedytacją.",
    ),
    # everyday_idiom
    ("everyday_idiom", False, "Zabijam czas w poczekalni u dentysty, grając w Wordle."),
    ("everyday_idiom", False, "Ale mi zabiłeś klina tym pytaniem, nie mam pojęcia."),
    ("everyday_idiom", False, "Ten prezent to strzał w dziesiątkę, mama jest zachwycona!"),
    (
        "everyday_idiom",
        False,
        "Strzeliłem niezłą gafę: zapytałem ciocię, kiedy termin porodu, a ona wcale nie jest w ciąży 🙈",
    ),
    ("everyday_idiom", False, "Połamania nóg na jutrzejszej premierze! 🎭"),
    (
        "everyday_idiom",
        False,
        "Jak słyszę, ile kosztuje parking pod szpitalem, to mi się nóż w kieszeni otwiera.",
    ),
    ("everyday_idiom", False, "Dałbym sobie rękę uciąć, że zostawiłem klucze na stole."),
    ("everyday_idiom", False, "Z sąsiadką z góry jesteśmy na noże od czasu jej remontu."),
    (
        "everyday_idiom",
        False,
        "Wspólnik wbił mi nóż w plecy i przejął wszystkich naszych klientów.",
    ),
    ("everyday_idiom", False, "Mieszkają w jakiejś wsi zabitej dechami, zasięgu brak."),
    (
        "everyday_idiom",
        False,
        "Podpisywaliśmy tę umowę z nożem na gardle, bank dawał nam tylko tydzień.",
    ),
    ("everyday_idiom", False, "Strzeliłeś sobie w kolano tym mailem do prezesa."),
    (
        "everyday_idiom",
        False,
        "Mała strzeliła focha, bo dostała niebieski kubek zamiast różowego 🙄",
    ),
    ("everyday_idiom", False, "Dobiliśmy targu: on bierze mój rower, ja jego hulajnogę."),
    ("everyday_idiom", False, "Ta grypa kompletnie mnie rozłożyła, leżę trzeci dzień."),
    ("everyday_idiom", False, "Kredyt to teraz moja kula u nogi na najbliższe trzydzieści lat."),
    (
        "everyday_idiom",
        False,
        "Krew mnie zalewa, jak widzę, że ktoś parkuje na miejscu dla niepełnosprawnych.",
    ),
    ("everyday_idiom", False, "Podwyżka czynszu to ostatni gwóźdź do trumny tej kawiarni."),
    (
        "everyday_idiom",
        False,
        "Uderz w stół, a nożyce się odezwą – od razu się obraził, choć nikogo nie wymieniłam z imienia.",
    ),
    ("everyday_idiom", False, "Bliźniaki od rana skaczą sobie do gardeł o pilota."),
    # threat_individual
    (
        "threat_individual",
        True,
        "Tylko spróbuj znowu dzwonić do mojej żony, to wywiozę cię do lasu i sam będziesz sobie kopał dół.",
    ),
    (
        "threat_individual",
        True,
        "Panie redaktorze, jeszcze jeden artykuł o mojej firmie, a będzie pan pisał lewą ręką. Prawej pan już mieć nie będzie.",
    ),
    (
        "threat_individual",
        True,
        "Panie sędzio, ten karny będzie pana drogo kosztował. Po meczu nie wyjdzie pan z szatni o własnych siłach.",
    ),
    (
        "threat_individual",
        True,
        "@Zuza_gra jak jeszcze raz mnie wysmiejesz na streamie to spotkamy sie na twoim meetupie w Lublinie i wyjedziesz stamtad karetka",
    ),
    (
        "threat_individual",
        True,
        "Pani Krysiu, jak jeszcze raz zadzwoni pani na straż miejską w sprawie mojego psa, to znajdą panią na dole schodów. Starsze panie często spadają.",
    ),
    (
        "threat_individual",
        True,
        "Jeszcze raz podbierzesz mi klienta, Tomek, to połamię ci ręce o to biurko. Mówię poważnie.",
    ),
    (
        "threat_individual",
        True,
        "Myślisz, że jak się przeprowadziłaś do Gdańska, to cię nie znajdę? Mam twój nowy adres. Szykuj się na cmentarz.",
    ),
    (
        "threat_individual",
        True,
        "Fajnie się bawi twój synek na placu zabaw przy Lipowej. Szkoda by było, gdyby coś mu się stało. Zastanów się jeszcze, czy na pewno chcesz zeznawać.",
    ),
    (
        "threat_individual",
        True,
        "Hamulce w twoim aucie są już chyba stare. Wiesz, wypadki chodzą po ludziach.",
    ),
    ("threat_individual", True, "nie żyjesz, szmaciarzu"),
    ("threat_individual", True, "dorwe cie w szatni po wfie i utopie w kiblu, przysiegam"),
    (
        "threat_individual",
        True,
        "Jak Ola nie wróci do mnie do końca miesiąca, to cię, Piotrek, zarżnę jak świnię.",
    ),
    (
        "threat_individual",
        True,
        "sluchaj cwelu jeszcze raz podjedziesz pod moj dom to ci lom na glowie polamie",
    ),
    (
        "threat_individual",
        True,
        "Zostawiasz rower pod blokiem zawsze koło 22. Następnym razem będę tam czekał. Z nożem.",
    ),
    (
        "threat_individual",
        True,
        "Uprzejmie informuję, że jeśli nie wycofa Pan pozwu, Pańska rodzina będzie musiała zorganizować pogrzeb.",
    ),
    ("threat_individual", True, "🔫🔫 ty następny, Damian"),
    (
        "threat_individual",
        True,
        "Twoja żona jeździ na nocne dyżury sama, pustą drogą przez las. Odpuść sprawę tej działki, póki jeszcze możesz.",
    ),
    (
        "threat_individual",
        True,
        "Ty kurwo jebana, rozwalę ci łeb o krawężnik, jak cię tylko złapię.",
    ),
    (
        "threat_individual",
        True,
        "Masz 24 godziny, żeby usunąć ten film. Potem przyjdę i usunę ciebie.",
    ),
    (
        "threat_individual",
        True,
        "Pani wychowawczyni, jeśli mój syn nie zda, to pani nie dożyje wakacji.",
    ),
    (
        "threat_individual",
        True,
        "Widziałem zdjęcia z twojego urlopu. Dom pusty, a ty wracasz w niedzielę. Będę czekał w środku.",
    ),
    ("threat_individual", True, "Jeszcze jedno słowo, a nakarmię cię twoimi własnymi zębami."),
    (
        "threat_individual",
        True,
        "Przestań do mnie pisać, bo przyjadę i zakatuję cię na śmierć, obiecuję ci to.",
    ),
    (
        "threat_individual",
        True,
        "Szefie, jak mnie pan zwolni, wrócę tu z kanistrem i zapalniczką. A pan będzie w środku.",
    ),
    ("threat_individual", True, "jutro po szkole leżysz, cała ekipa już wie jak wyglądasz"),
    (
        "threat_individual",
        True,
        "Słyszałem, że twoja matka ma słabe serce. Ciekawe, jak zniesie wiadomość, że jej synek nie wrócił do domu.",
    ),
    (
        "threat_individual",
        True,
        "Hej, pani influencerko, ładnie pokazujesz na storiesach swoją ulicę. Przyjdę i potnę ci tę śliczną buźkę 🙂",
    ),
    (
        "threat_individual",
        True,
        "Jak mój pies jeszcze raz zje twoją trutkę, to ja tobie dosypię trutki do kawy, sąsiedzie.",
    ),
    (
        "threat_individual",
        True,
        "Uważaj, komu się narażasz, gówniarzu. Moi znajomi nie pytają, tylko od razu łamią kości.",
    ),
    (
        "threat_individual",
        True,
        "Zatrąbisz na mnie jeszcze raz, to wysiądę i rozbiję ci szybę na głowie.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Wrzucam numer rejestracyjny tego kierowcy. Kto go namierzy, niech mu zrobi z gęby jesień średniowiecza.",
    ),
    (
        "incitement_individual",
        True,
        "Typ, który kopnął psa na tym filmiku, mieszka w Radomiu. Wiecie, co z nim zrobić. Tylko porządnie, żeby więcej nie chodził.",
    ),
    (
        "incitement_individual",
        True,
        "Kto ma jaja, niech poczeka na tego posła pod biurem i stłucze go tak, żeby do wyborów nie wstał z łóżka.",
    ),
    (
        "incitement_individual",
        True,
        "Idziemy w dziesięciu pod dom tego bramkarza, co sprzedał mecz, i robimy z nim porządek. Kije mile widziane.",
    ),
    (
        "incitement_individual",
        True,
        "dziewczyny, ta z 2b kręci z moim chłopakiem. jutro na przerwie łapiemy ją w łazience i dostaje w ryj, wszystkie naraz",
    ),
    (
        "incitement_individual",
        True,
        "Kto połamie ręce temu komornikowi, ma u mnie flaszkę i dozgonną wdzięczność.",
    ),
    (
        "incitement_individual",
        True,
        "Jego adres: Kielce, ul. Polna 7. No to do roboty, niech się spali razem z chałupą.",
    ),
    (
        "incitement_individual",
        True,
        "Niech ktoś go w końcu zadźga, ten dziennikarzyna przegiął już za bardzo.",
    ),
    (
        "incitement_individual",
        True,
        "Ziomki, bierzcie kije i na stację, ten konduktor, co wyrzucił mojego brata z pociągu, kończy zmianę o 23.",
    ),
    (
        "incitement_individual",
        True,
        "Zróbcie mu wjazd na chatę i nie żałujcie pięści, niech wie, co się robi z donosicielami.",
    ),
]
