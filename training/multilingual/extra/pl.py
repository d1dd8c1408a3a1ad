"""Polish (pl): a second training part, written for variety: many new sentence frames
(questions, rants, commands, chat, sarcasm, short posts), new protected groups and new
slurs, dehumanising metaphors and threat forms, with equally varied hard negatives."""

# ruff: noqa: E501

from __future__ import annotations

import re
import unicodedata

# A group: nom, gen, dat, acc, ins, loc (plural) and whether it takes virile agreement.
_Group = tuple[str, str, str, str, str, str, bool]


def _m(stem: str, nom: str, gen_acc: str, dat: str, ins: str, loc: str) -> _Group:
    return (stem + nom, stem + gen_acc, stem + dat, stem + gen_acc, stem + ins, stem + loc, True)


def _f(nom: str, gen: str, dat: str, ins: str, loc: str) -> _Group:
    return (nom, gen, dat, nom, ins, loc, False)


_GROUPS: list[_Group] = [
    _m("Żyd", "zi", "ów", "om", "ami", "ach"),
    _m("Nigeryjczy", "cy", "ków", "kom", "kami", "kach"),
    _f("osoby trans", "osób trans", "osobom trans", "osobami trans", "osobach trans"),
    _m("Niem", "cy", "ców", "com", "cami", "cach"),
    _m("muzułman", "ie", "ów", "om", "ami", "ach"),
    _m("Chińczy", "cy", "ków", "kom", "kami", "kach"),
    _f("lesbijki", "lesbijek", "lesbijkom", "lesbijkami", "lesbijkach"),
    _m("Gruzin", "i", "ów", "om", "ami", "ach"),
    _m("Rom", "owie", "ów", "om", "ami", "ach"),
    _m("Tur", "cy", "ków", "kom", "kami", "kach"),
    _f("kobiety", "kobiet", "kobietom", "kobietami", "kobietach"),
    _m("Afgańczy", "cy", "ków", "kom", "kami", "kach"),
    _m("katoli", "cy", "ków", "kom", "kami", "kach"),
    _m("Ukraiń", "cy", "ców", "com", "cami", "cach"),
    _f(
        "osoby autystyczne",
        "osób autystycznych",
        "osobom autystycznym",
        "osobami autystycznymi",
        "osobach autystycznych",
    ),
    ("Ślązacy", "Ślązaków", "Ślązakom", "Ślązaków", "Ślązakami", "Ślązakach", True),
    _m("ge", "je", "jów", "jom", "jami", "jach"),
    _m("Pakistańczy", "cy", "ków", "kom", "kami", "kach"),
    ("ateiści", "ateistów", "ateistom", "ateistów", "ateistami", "ateistach", True),
    _m("niewidom", "i", "ych", "ym", "ymi", "ych"),
    _m("Tatar", "zy", "ów", "om", "ami", "ach"),
    _f(
        "osoby niebinarne",
        "osób niebinarnych",
        "osobom niebinarnym",
        "osobami niebinarnymi",
        "osobach niebinarnych",
    ),
    _m("Litwin", "i", "ów", "om", "ami", "ach"),
    _m("prawosławn", "i", "ych", "ym", "ymi", "ych"),
    _m("uchodź", "cy", "ców", "com", "cami", "cach"),
    _m("Kaszub", "i", "ów", "om", "ami", "ach"),
    (
        "czarnoskórzy",
        "czarnoskórych",
        "czarnoskórym",
        "czarnoskórych",
        "czarnoskórymi",
        "czarnoskórych",
        True,
    ),
    _m("Mołdawian", "ie", "", "om", "ami", "ach"),
    _m("Arab", "owie", "ów", "om", "ami", "ach"),
    _m("niepełnospraw", "ni", "nych", "nym", "nymi", "nych"),
    _m("Wietnamczy", "cy", "ków", "kom", "kami", "kach"),
    _m("imigran", "ci", "tów", "tom", "tami", "tach"),
]

_ALT = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_SLOTS = ("nom", "gen", "dat", "acc", "ins", "loc")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(frame: str, g: _Group) -> str:
    s = _ALT.sub(lambda m: m.group(1) if g[6] else m.group(2), frame)
    s = s.replace("{Nom}", _cap(g[0]))
    for k, form in zip(_SLOTS, g[:6], strict=True):
        s = s.replace("{" + k + "}", form)
    s = re.sub(r"\b([Zz]) (?=[śŚ]|[sSzZwW][^aąeęioóuy\s])", r"\1e ", s)
    return _cap(s)


def _plain(s: str) -> str:
    """Phone typing: no diacritics, lower case, no final dot."""
    s = s.replace("ł", "l").replace("Ł", "L")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)[:1].lower() + s[1:].rstrip(".")


def _build(
    func: str, flag: bool, frames: list[str], k: int, start: int, emoji: str = ""
) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    n = 0
    for i, frame in enumerate(frames):
        for j in range(k):
            text = _fill(frame, _GROUPS[(start + i * 7 + j * 11) % len(_GROUPS)])
            n += 1
            if n % 4 == 0:
                text = _plain(text)
            elif emoji and n % 6 == 0:
                text = f"{text} {emoji}"
            rows.append((func, flag, text))
    return rows


def _rows(func: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(func, flag, t) for t in texts]


_DEROGATION = [
    "Dlaczego {nom} zawsze muszą wszystko zepsuć?",
    "Serio ktoś jeszcze lubi {acc}? Przecież to {banda nieudaczników|banda nieudacznic}.",
    "Ile jeszcze będziemy tolerować {acc} w tym kraju?",
    "{Nom} = problem. Koniec dyskusji.",
    "Każdy, kto zna {acc} z bliska, wie, że to {kłamcy i złodzieje|kłamczuchy i złodziejki}.",
    "Rzygać mi się chce, jak widzę {acc} w telewizji.",
    "{Nom} to najgorsze, co mogło spotkać to osiedle 🤮",
    "Nigdy nie zatrudnię {gen}, bo {wszyscy|wszystkie} są {leniwi|leniwe} i {nieuczciwi|nieuczciwe}.",
    "Po co nam tu {nom}? Tylko smród i kłopoty.",
    "{Nom} nic nie potrafią, tylko wyciągać łapę po zasiłki.",
    "Ble, znowu {nom} w reklamie. Ohyda.",
    "Wstyd mi, że muszę mieszkać na jednej ulicy z {ins}.",
    "Gdyby nie {nom}, w tym kraju dałoby się normalnie żyć.",
    "{Nom} są {głupsi|głupsze} od buta i jeszcze się tym chwalą.",
    "Z {ins} nie da się normalnie rozmawiać, prymityw na prymitywie.",
    "Kto normalny chciałby mieć za sąsiadów {acc}? No kto?",
    "Szczerze? Gardzę {ins} i nie zamierzam tego ukrywać.",
    "{Nom} kłamią jak z nut, taka już ich natura.",
    "Oczywiście, {nom} to {sami geniusze|same geniusze}, dlatego wszędzie, gdzie są, panuje syf. Brawo.",
    "Najchętniej nie widziałbym już nigdy żadnych {gen}, mdli mnie od nich.",
]

_DEHUMANISATION = [
    "{Nom} mnożą się jak króliki, zaraz nas zaleją.",
    "{Nom}? To nie ludzie, to robactwo.",
    "{Nom} to plaga gorsza niż szarańcza.",
    "{Nom} są jak pleśń na ścianie, raz się pojawią i już nie zejdą.",
    "{Nom} zachowują się jak małpy w zoo, tylko bez klatki.",
    "Kto wpuścił te szczury? {Nom} wszędzie, jak w kanałach.",
    "{Nom} to ludzki odpad, szkoda na nich tlenu.",
    "Patrzcie, całe stado {gen} pasie się w galerii 🐒",
    "{Nom} to podludzie i nic tego nie zmieni.",
    "{Nom} roznoszą choroby jak wszy.",
    "Jak dla mnie {nom} to chwasty, które trzeba wyrwać z korzeniami.",
    "{Nom} to nie obywatele, tylko inwentarz.",
    "{Ci|Te} {nom} są jak kleszcze: przyssą się i wysysają kasę.",
    "{Nom} to ściek, który płynie do nas szeroką rurą.",
    "Nie nazywajcie {gen} ludźmi, to zwykłe bydło w ubraniach.",
]

_THREAT = [
    "Niech no tylko {któryś|któraś} z {gen} tu przyjdzie, połamię {mu|jej} nogi.",
    "Zaraz wyjmę kij i pogonię {acc} z tego osiedla.",
    "Wywieźć {acc} do lasu i zostawić, tyle w temacie.",
    "Podpalić chaty {gen} i będzie spokój.",
    "Kto idzie ze mną lać {acc} w piątek? Zbiórka pod Żabką.",
    "{Wszystkich|Wszystkie} {acc} pod ścianę i seria z karabinu.",
    "{Nom} {powinni|powinny} dostać kulkę w łeb, po kolei.",
    "Jeszcze trochę i zaczniemy polować na {acc} jak na dziki.",
    "{Nom} zasługują tylko na stryczek.",
    "Gdybym miał broń, to {nom} już by nie {żyli|żyły}.",
    "Rozjechać {acc} autem, nikt by nie płakał.",
    "Następnym razem, jak {nom} wyjdą na ulicę, polecą kamienie.",
    "Utopić {acc} w Wiśle jak kocięta.",
    "Zróbmy z {ins} to, co robi się z wściekłymi psami.",
    "Wiem, gdzie mieszkają {ci|te} {nom} z trzeciego piętra. Dziś w nocy ich odwiedzimy z kanistrem.",
]

_NEGATED = [
    "{Nom} nie są żadnym zagrożeniem, przestań straszyć.",
    "Nie, nie uważam, że {nom} są {gorsi|gorsze}. Skąd ten pomysł?",
    "Nigdy nie podniósłbym ręki na {acc}, to chore.",
    "Nie mam nic przeciwko {dat}, naprawdę.",
    "{Nom} to nie robactwo ani zaraza, tylko nasi sąsiedzi.",
    "Nie chcę, żeby {dat} działa się jakakolwiek krzywda.",
    "Nie twierdzę, że {nom} są {leniwi|leniwe}, bo to po prostu nieprawda.",
    "Nikt tu nie będzie wyrzucał {gen} z osiedla, spokojnie.",
    "Nie wierzę w bajki o tym, że {nom} kradną.",
    "Mój dziadek nienawidził {gen}, ale ja nie i moje dzieci też nie.",
    "Nie uważam, że {nom} {powinni|powinny} się ukrywać.",
    "Nie dam sobie wmówić, że {nom} to wrogowie.",
]

_COUNTER = [
    "Ktoś napisał pod postem, że {nom} to szczury. Zgłoszone, i wam też radzę.",
    "„{Nom} do gazu” – serio, ktoś jeszcze tak pisze? Żenada.",
    "Jak słyszę, że {nom} to pasożyty, to mi się nóż w kieszeni otwiera.",
    "Hasło „wyrzucić {acc}” to nie jest opinia, tylko zwykła nienawiść.",
    "Ten influencer nazwał {acc} zwierzętami i nadal ma zasięgi. Gdzie moderacja?",
    "Na murze ktoś napisał „śmierć {dat}”. Zamalowaliśmy to z sąsiadami.",
    "Przestańcie wrzucać memy, że {nom} śmierdzą. To nie jest śmieszne.",
    "Mój wujek przy stole: „{Nom} to banda darmozjadów”. Wyszłam z pokoju.",
    "Twierdzenie, że {nom} są {głupsi|głupsze}, nie ma żadnych podstaw.",
    "Jeśli w twoim komentarzu {nom} są „robactwem”, to problem jest w tobie.",
    "Nie lajkujcie wpisów o tym, że {acc} trzeba bić. To podżeganie.",
    "Raport pokazuje, ile hejtu w sieci dostają {nom}. Przerażające.",
]

_NEUTRAL = [
    "Czy ktoś zna dobrą książkę o historii {gen}?",
    "{Nom} stanowią dość dużą grupę w tej dzielnicy.",
    "W sobotę w bibliotece miejskiej jest spotkanie o prawach {gen}.",
    "Ile procent mieszkańców Polski to {nom}?",
    "Mój sąsiad pisze doktorat o {loc}.",
    "Na socjologii rozmawialiśmy dziś o {loc}.",
    "Czy nowy raport GUS mówi coś o zatrudnieniu {gen}?",
    "Jest jakaś organizacja, która pomaga {dat} w Krakowie?",
    "Piszę artykuł o {loc}, ktoś chce pogadać?",
    "W filmie pojawiają się też {nom}, ale to wątek poboczny.",
    "Ankieta: jak media przedstawiają {acc}? Zajmie 5 minut.",
    "Przewodnik w muzeum opowiadał też o {loc}.",
]

_POSITIVE = [
    "Uwielbiam pracować z {ins}, zawsze jest konkretnie i wesoło.",
    "{Nom} z naszego bloku to złoto, nie sąsiedzi.",
    "Dzięki {dat} nasza drużyna w końcu zaczęła wygrywać 💪",
    "Szacun dla {gen}, {którzy|które} organizują zbiórkę na schronisko.",
    "Mam mnóstwo przyjaciół wśród {gen} i bardzo to sobie cenię.",
    "{Nom} są {silni|silne} i {odważni|odważne}, dużo się od nich uczę.",
    "Fajnie, że {nom} coraz częściej pojawiają się w serialach jako zwykli bohaterowie.",
    "Bez {gen} to miasto byłoby dużo nudniejsze.",
    "Świetny festiwal, {nom} {dali|dały} czadu! 🎉",
    "Cieszę się, że moje dzieci dorastają obok {gen}.",
    "{Nom} mają ogromny wkład w polską kulturę i naukę.",
    "Wielkie brawa dla {gen} za wolontariat przy powodzi.",
]

_SLUR = [
    "Ciapaci znowu okupują dworzec, nie da się przejść.",
    "Brudasy won do siebie!",
    "Kolejny czarnuch w naszej reprezentacji, gratuluję, polska kadra.",
    "Asfalty na hulajnogach, tego jeszcze nie było.",
    "Szwaby znowu pouczają nas, jak żyć. Niech się zajmą sobą.",
    "Kacapy to zwykła dzicz, zawsze tak było.",
    "Żółtki otworzyły kolejną budę z żarciem, pewnie z psa.",
    "Skośnoocy zajęli cały akademik, nie ma gdzie mieszkać.",
    "Ukry zabierają nam robotę i jeszcze się stawiają.",
    "Banderowskie ścierwo niech wraca za Bug.",
    "Kozojebcy mają swoje meczety, to niech tam siedzą, a nie na naszych ulicach.",
    "Pedzie z tęczową torbą siadł obok mnie w tramwaju, musiałem się przesiąść.",
    "Tęczowa zaraza zalewa szkoły, ratujcie dzieci.",
    "Lesby niech się leczą, a nie adoptują dzieci.",
    "Znowu jakiś transwestyta w telewizji, nawet go nie nazwę kobietą.",
    "Parch z kamienicy obok podniósł mi czynsz, typowe.",
    "Żydostwo trzyma kasę i media, a wy dalej śpicie.",
    "Cyganichy kradną w Biedronce, ochrona znowu spała.",
    "Mongoły z tego ośrodka znowu darły się pod oknem.",
    "Kaleki powinny siedzieć w domu, a nie blokować chodnik wózkami.",
    "Downy nie powinny chodzić do normalnej szkoły.",
    "Baby do garów, a nie do polityki.",
    "Każda feminazistka to wredna suka, sprawdzone.",
    "Islamskie ścierwo znowu się wysadza? Nic nowego.",
    "Bambusy z Afryki przyjeżdżają tu tylko po socjal.",
    "Rumuny i Cyganie pod każdym marketem, won stąd.",
    "Ruskie onuce niech spadają do swojej Rosji.",
    "Ej ciapaty, wracaj na wielbłąda.",
    "Ty pedale, nie pokazuj się więcej na naszej dzielnicy.",
    "Czarnuchy, małpy i cała reszta, wypad z Polski 🙈",
    "Jebane ciapaki, przez was baba boi się wieczorem wyjść.",
    "Cioty z Marszu Równości to wstyd dla narodu.",
    "Żydek w sejmie znowu coś kombinuje, jak zawsze.",
    "Ruski szwab czy inny parch, wszystko jedno, byle nie u nas.",
    "Zjadacze psów, czyli nasi kochani Wietnamcy, otworzyli kolejny bar.",
    "Kolejna szmata z Czarnego Protestu, lepiej by urodziła.",
    "Co za upośledzone mongoły jeżdżą tym busem dla kalek?",
    "Ukraińska hołota znowu pije pod sklepem.",
    "Te arabskie brudasy niech sobie wracają na pustynię.",
    "Pedalstwo rządzi Brukselą, a my mamy to łykać.",
    "Jebać pedałów i całe to LGBT.",
    "Kozojebca z kebaba krzywo na mnie patrzył, wracaj do siebie.",
    "Ty tranzolu, jesteś facetem w kiecce i tyle.",
    "Czarnuszek w moim bloku myśli, że jest u siebie. Nie jest.",
    "Żydowskie ścierwo znowu kręci lody na naszej krzywdzie.",
]

_SPELLING = [
    "p3d4ły won z mojego miasta",
    "c1apaci to zwykłe b r u d a s y",
    "Ż y d z i rządzą światem, obudźcie się",
    "muzułmaanie to szczuuury",
    "cz4rnuchy do Afryki!!!",
    "Ukr4ińcy to pasoż.yty",
    "k@leki i d0wny do domu, a nie na basen",
    "Wszystkich c y g a n ó w wywieźć na wysypisko.",
    "gejee to chorzy zboczeńcy",
    "spie*dalać z Polski, brud@sy",
    "lesbyy do psychiatryka",
    "Cz3czeni to dzicz, wystrzelać",
    "A r a b o w i e = terroryści i tyle",
    "p-e-d-a-ł-y do gazu",
    "żydki i masoni, ta sama z4raza",
    "uchodzcy to smieci, wypier.dalac ich",
    "Ty czarnuchu, wyp1erdalaj z mojego autobusu",
    "kob1ety są za gł*pie na prawo jazdy, fakt",
    "tr4ns to nie ludzie tylko dziwol4gi",
    "N i e m c y to szwaby i zawsze będą szwabami",
    "Muzu1mańskie ścierwo i ich meczety – spalić wszystko",
    "c!oty z tej parady trzeba pałować",
    "zydzi to pasozyty narodu",
    "cyg4nie kradną wszystko co nie przybite",
    "niepełnospr4wni to tylko koszt dla państwa, niech wymrą",
    "Ch1ńczycy żrą psy i roznoszą zarazy",
    "wietnamcy = karaluchy, serio",
    "arabusy won won woooon",
    "p.e.d.z.i.e. wszędzie, zaraza jakaś",
    "Ż*dów trzeba pogonić z tego kraju",
    "ukry to nie ludzie lol",
    "b@by niech siedzą cicho i rodzą",
    "Turasy do swoich kebabów, nie ma ich tu być",
    "g3je zasługują na lanie",
    "jebac ciapakow 🤬🤬",
    "azjaci to robaki, szczegolnie te skosne",
    "Murzyyyny to małpy, nie ma co owijać",
    "osoby trans = chorzy psychicznie, leczyć albo zamykać",
    "r0mowie to zlodzieje od urodzenia",
    "muzułmanów za dr4ty, wszystkich",
]

_NON_PROTECTED = [
    "Dlaczego komary zawsze muszą gryźć akurat mnie?",
    "Poniedziałki to zaraza, powinny zniknąć z kalendarza.",
    "Spam w skrzynce to robactwo internetu.",
    "Sędziowie z dzisiejszego meczu to banda ślepców, powinni oddać gwizdki.",
    "Te korki na Zakopiance trzeba by wysadzić w powietrze 😤",
    "Nienawidzę tego nowego podatku, to jakiś żart.",
    "Gołębie na balkonie to latające szczury, nie ma na nie rady.",
    "Kleszcze to plaga, w tym roku jest ich wszędzie pełno.",
    "Jak jeszcze raz przyjdzie mi SMS o dopłacie do paczki, to rozwalę telefon.",
    "Wszystkich ubezpieczycieli pod ścianę, złodzieje jedni. Dobra, żartuję, ale zdzierają.",
    "Operatorzy telekomunikacyjni to pijawki, ciągle podnoszą abonament.",
    "Reforma szkolnictwa to najgorsze, co mogło spotkać nasze dzieci.",
    "Kibole Legii są obrzydliwi, znowu zdemolowali pociąg.",
    "Czemu deweloperzy zawsze budują te klitki po 25 metrów?",
    "Karaluchy w akademiku trzeba wytępić, zanim nas zjedzą.",
    "Szarańcza turystów na Krupówkach, nie da się przejść.",
    "Politycy z obu stron to jedna wielka szajka.",
    "Ta ustawa to rak, który zżera samorządy.",
    "Korporacje wysysają z nas ostatnie soki.",
    "Wywieźć te hulajnogi z chodników i przetopić.",
    "Komornicy to sępy, nic więcej.",
    "Chwasty w ogródku trzeba wyrwać z korzeniami, inaczej wrócą.",
    "Myszy w piwnicy mnożą się jak szalone, wzywam deratyzację.",
    "Ten serwer to dno, nic nie działa.",
    "Zróbmy z tymi reklamami na YouTube to, co się robi z wirusami: wywalić.",
    "Mam dość tych influencerów od suplementów, to pasożyty.",
    "Bankowcy od kredytów we frankach zasługują na sąd, nie na premie.",
    "Osy na pikniku, zabić wszystkie i po problemie.",
    "Nie znoszę zimy, ciemno o szesnastej i syf na ulicach.",
    "Ci telemarketerzy to zaraza, dzwonią nawet w niedzielę.",
    "Kierowcy hulajnóg to dzicz, jeżdżą jak chcą.",
    "Zarząd wspólnoty mieszkaniowej to banda nieudaczników.",
    "Mój szef ma tyle empatii co kamień. Typowy korpo-robot.",
    "Boty na Twitterze trzeba wybić co do jednego.",
    "Ta drużyna gra jak zgraja emerytów na spacerze.",
    "Spaliłbym tę kserokopiarkę, znowu zacięła papier.",
    "Dzik rozkopał mi cały trawnik, następnym razem go przegonię kijem.",
    "Ceny masła to przestępstwo, ktoś powinien za to siedzieć.",
    "Meszki nad jeziorem to prawdziwe piekło, zjadają żywcem.",
    "Ten nowy regulamin parkingu to czysty debilizm.",
    "Biurokracja w ZUS-ie to nowotwór tego państwa.",
    "Dlaczego kanary zawsze polują na mnie, a nie na gapowiczów z tyłu?",
    "Wszystkie te darmowe aplikacje to śmieci zbierające dane.",
    "Niech szlag trafi tę drukarkę i jej producenta.",
    "Fani Pudzianowskiego z tamtej gali to wariaci, ale przynajmniej głośni.",
]

_ABUSE = [
    "Jesteś tak tępy, że aż boli.",
    "Ty idioto, znowu zapomniałeś kluczy i stoimy pod drzwiami.",
    "Zamknij się wreszcie, nikt cię nie pytał o zdanie.",
    "Kretyn z BMW zajął dwa miejsca na parkingu, oby mu koło odpadło.",
    "Debil roku: mój współlokator wsadził widelec do tostera.",
    "Jesteś zwykłym leniem, od tygodnia nie umyłeś kubka.",
    "Spadaj, frajerze, nie będę z tobą gadać.",
    "Co za żałosny typ, kłamie w żywe oczy i jeszcze się uśmiecha.",
    "Ty baranie, miałeś podać piłkę, a nie kopać w trybuny.",
    "Kasia z księgowości to wredna jędza, znowu zgubiła moje faktury.",
    "Ile można gadać głupoty, człowieku? Mózg ci wyparował?",
    "Jesteś najgorszym kierowcą, jakiego znam, dawaj kluczyki.",
    "Jak można być tak głupim, żeby przelać kasę oszustowi dwa razy?",
    "Nie pisz do mnie więcej, pajacu.",
    "Ten youtuber to żałosny klaun, który żyje z dramy.",
    "Weź się ogarnij, matole, bo zaraz wylecisz z drużyny.",
    "Twoje zdanie ma wartość zero, tak jak ty.",
    "Ty śmieciu, ukradłeś mi rower spod klatki.",
    "Jesteś toksyczny i cieszę się, że w końcu cię zablokowałam.",
    "Gamoń z kasy numer trzy dwa razy nabił mi to samo.",
    "Sąsiad to ostatni cham, trzaska drzwiami o północy.",
    "Dzban roku, naprawdę. Wysłał maila do całej firmy z prywatnymi zdjęciami.",
    "Spierdalaj z mojego wątku, trollu.",
    "Nikt cię tu nie lubi, ty nudny przemądrzały bufonie.",
    "Ale z ciebie ciamajda, znowu spóźniony na pociąg.",
    "Szef to psychopata, wydzwania o 23 w sprawie raportu.",
    "Jesteś kłamcą i oszustem, oddawaj pieniądze.",
    "Ty łosiu, jedziesz pod prąd!",
    "Ten gracz to noob i toksyk, reportujcie go.",
    "Jak ktoś może być tak bezczelny? Zero kultury, zero klasy.",
    "Pierdolony złodziej, zarysował mi auto i uciekł.",
    "Mój były to zwykły pasożyt, żył na mój koszt trzy lata.",
    "Siedź cicho, ćwoku, dorośli rozmawiają.",
    "Ta sprzedawczyni to wredna baba, nawet nie powiedziała dzień dobry.",
    "Jesteś beznadziejny w tej grze, idź grać w warcaby.",
    "Ty kompletny nieudaczniku, znowu zawaliłeś termin.",
    "Znowu ten sam spamer w komentarzach, ty żałosny botcie.",
    "Trener to ciołek, wstawił bramkarza na atak.",
    "Hej, mądralo, może następnym razem przeczytasz instrukcję?",
    "Ten kelner to buc, rzucił talerzem i poszedł.",
]

_PROFANITY = [
    "Kurwa, ale dzisiaj zimno.",
    "O ja pierdolę, ale widok z tej góry!",
    "Cholera jasna, znowu pada.",
    "Zajebisty koncert, do dziś mam ciarki.",
    "Kurde, zapomniałem ładowarki.",
    "Ja pierdzielę, ile kosztują te truskawki?",
    "Ja jebię, udało się! Zdałem egzamin na prawko!",
    "Kurwa mać, znowu spóźniony autobus.",
    "Ten pierog z mięsem był zajebiście dobry.",
    "O kurczę, nie spodziewałem się takiego prezentu.",
    "Ja cię kręcę, ale fura!",
    "Szlag by to, pękł mi ekran.",
    "Jebany poniedziałek, a ja bez kawy.",
    "Ale czad, kurwa, wygraliśmy!",
    "Psiakrew, znowu przypaliłem jajecznicę.",
    "Chuj z tym, jedziemy nad morze.",
    "Zajebiście się bawiłam, dzięki wszystkim ❤️",
    "Ożeż kurwa, ale burza idzie.",
    "Do dupy z tą pogodą, miał być grill.",
    "Ja pierdolę, ile tu ludzi w tym sklepie.",
    "Kurde balans, skończył się papier toaletowy.",
    "Pierdolnik w pokoju taki, że nie mogę znaleźć skarpetek.",
    "W mordę jeża, ale ta książka była dobra.",
    "Cholera, znowu zapomniałam hasła do banku.",
    "Wkurwia mnie, że ten serial się skończył. Chcę więcej!",
    "Ale jaja, spotkałem koleżankę z podstawówki w Lizbonie.",
    "Ja pier*olę, jakie to było dobre 😂",
    "Kurwa, jaki piękny zachód słońca.",
    "Zajebisty mem, płaczę.",
    "Srać to, idę spać.",
]

_RECLAIMED = [
    "Cioty, dziś wieczorem karaoke u mnie, bierzcie coś do picia 🎤",
    "Jako stara lesba oficjalnie ogłaszam: sezon na flanelę otwarty.",
    "Pedałki z chóru, próba przesunięta na czwartek!",
    "Kochane cioteczki, tęsknię za naszymi niedzielnymi brunchami ❤️",
    "Jestem ciotą i mam się świetnie, dzięki, że pytasz.",
    "My, Cyganie, mamy swoje słowa na wszystko i nikt nam ich nie zabierze.",
    "Pedalska drużyna siatkówki wygrała turniej, duma!",
    "Kaleka na wózku wjechał na Giewont kolejką i zrobił selfie, pozdro od kaleki 😎",
    "Lesby na kajaki – zapisy do piątku!",
    "Ciota roku 2024: ja, bo ogarnęłam całe wesele siostry.",
    "Cioty, kto ma ładowarkę do iPhone'a? Ratujcie.",
    "Pedzio w garniturze to najlepsza wersja pedzia, mówię wam.",
]

FUNCTIONAL_TRAIN2: list[tuple[str, bool, str]] = [
    *_build("derogation", True, _DEROGATION, 3, 0, "🤬"),
    *_build("dehumanisation", True, _DEHUMANISATION, 3, 5, "🐀"),
    *_build("threat", True, _THREAT, 3, 9, "🔪"),
    *_rows("slur", True, _SLUR),
    *_rows("spelling_variation", True, _SPELLING),
    *_build("negated_hate", False, _NEGATED, 3, 2),
    *_build("counter_speech", False, _COUNTER, 3, 4),
    *_build("identity_neutral", False, _NEUTRAL, 3, 6),
    *_build("identity_positive", False, _POSITIVE, 3, 8, "❤️"),
    *_rows("non_protected_target", False, _NON_PROTECTED),
    *_rows("abuse_individual", False, _ABUSE),
    *_rows("nonabusive_profanity", False, _PROFANITY),
    *_rows("reclaimed_slur", False, _RECLAIMED),
]


def _kind(kind: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(kind, t) for t in texts]


EVERYDAY_TRAIN2: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Lecę, widzimy się w czwartek na siłowni.",
            "To do jutra, złapię cię pod Rotundą o 18.",
            "Nara, odezwę się wieczorem!",
            "Będę czekać przy wyjściu z metra Świętokrzyska, tym od strony Marszałkowskiej.",
            "Dobra, spadam, bo mi pociąg ucieknie. Trzymaj się!",
            "Znajdę cię na festiwalu, będę w żółtej czapce.",
            "Pa pa, buziaki dla małej 😘",
            "Wpadnę po ciebie o siódmej, bądź gotowa.",
            "Spotykamy się w sobotę pod fontanną na Rynku, nie spóźnij się.",
            "Do zobaczenia po urlopie, odpocznij porządnie!",
            "Zgadamy się w tygodniu, jak wrócę z delegacji.",
            "Idę już, dzięki za kawę. Następna na mój koszt.",
            "Namierzę cię na dworcu, napisz, który peron.",
            "Trzymaj się ciepło, zdzwonimy się w niedzielę.",
            "narka, jutro na zajeciach",
            "Wychodzę z pracy, będę u was za pół godziny.",
            "Widzimy się na weselu Tomka, zarezerwuj mi taniec!",
            "Uciekam, bo psa trzeba wyprowadzić. Na razie!",
            "Dopadnę cię po lekcjach, oddam ci tę książkę.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Ktoś ma przepis na dobre gołąbki bez ryżu?",
            "haha serio tak powiedział?",
            "Jak tam po wczorajszej imprezie, żyjesz?",
            "Mam dziś ochotę na pizzę, kto się dorzuca?",
            "Widziałaś nowy odcinek? Nie mogę przestać o nim myśleć.",
            "Kot znowu zrzucił kubek ze stołu, jak co rano.",
            "Czy ktoś jedzie jutro do Gdańska i ma wolne miejsce w aucie?",
            "Zgadnij, kogo spotkałem w Lidlu 😂",
            "Pogoda jak w listopadzie, a to dopiero wrzesień.",
            "ok, to ja ogarnę bilety, ty weź przekąski",
            "Mama pyta, czy przyjedziemy na święta.",
            "Zrobiłam dziś pierwszy raz chleb na zakwasie i wyszedł!",
            "Polecacie jakiś podcast na długą jazdę autem?",
            "Oglądamy dziś coś czy idziemy spać?",
            "Nie wierzę, ile kosztują teraz opony zimowe.",
            "Mój syn właśnie powiedział pierwsze słowo: „tata” 🥹",
            "Spoko, nie ma pośpiechu, odpisz jak będziesz mógł.",
            "To był najdłuższy tydzień w moim życiu.",
            "Idziemy w niedzielę na grzyby? Podobno wysyp.",
        ],
    ),
    *_kind(
        "support",
        [
            "Dzień dobry, moja paczka od tygodnia stoi w sortowni. Co się dzieje?",
            "Nie mogę zalogować się do aplikacji po aktualizacji, wyskakuje błąd 403.",
            "Proszę o korektę faktury, NIP jest błędny.",
            "Zamówiłem rozmiar M, a przyszło L. Jak mogę wymienić?",
            "Internet znowu nie działa od rana, router miga na czerwono.",
            "Chciałbym zrezygnować z subskrypcji, ale nie widzę takiej opcji w ustawieniach.",
            "Pobrano mi opłatę dwa razy za to samo zamówienie, proszę o zwrot.",
            "Kiedy będzie dostępny ten model odkurzacza? Czekam od miesiąca.",
            "Kurier zostawił paczkę pod drzwiami sąsiada bez pytania, proszę o wyjaśnienie.",
            "Jak zmienić adres dostawy w już złożonym zamówieniu?",
            "Aplikacja banku zawiesza się przy potwierdzaniu przelewu.",
            "Dzień dobry, czy mogę przełożyć wizytę na przyszły tydzień?",
            "Bilet kupiłem, ale nie przyszedł mail z potwierdzeniem.",
            "Zgłaszam awarię windy w bloku przy Leśnej 5, od wczoraj stoi.",
            "Licznik prądu pokazuje dziwne zużycie, proszę o sprawdzenie.",
            "Mój kod rabatowy nie działa, choć jest ważny do końca miesiąca.",
            "Czy da się dokupić bagaż rejestrowany po odprawie online?",
            "Od trzech dni czekam na odpowiedź w sprawie reklamacji nr 4471.",
            "Hasło resetuje się, ale kod SMS nie dochodzi.",
        ],
    ),
    *_kind(
        "review",
        [
            "Pierogi ruskie jak u babci, polecam z całego serca.",
            "Słuchawki grają nieźle, ale bateria trzyma krócej, niż obiecują.",
            "Obsługa miła, ale na zupę czekaliśmy 40 minut.",
            "Najlepszy kebab w mieście, sos czosnkowy mistrzostwo 🔥",
            "Hotel czysty, śniadanie przeciętne, widok na morze bezcenny.",
            "Książka wciąga od pierwszej strony, zarwałam dla niej noc.",
            "Buty rozkleiły się po dwóch tygodniach. Nie polecam.",
            "Fryzjer zrobił dokładnie to, o co prosiłem. Wrócę.",
            "Odkurzacz ssie jak szalony, w dobrym sensie 😄",
            "Kawa za droga jak na taką małą filiżankę.",
            "Film trochę za długi, ale końcówka wynagradza wszystko.",
            "Sklep wysłał zamówienie w jeden dzień, pełen profesjonalizm.",
            "Pizza przyszła zimna, a ser jak guma. Słabo.",
            "Apartament dokładnie jak na zdjęciach, gospodarz bardzo pomocny.",
            "Rower świetny na miasto, na górskie trasy raczej nie.",
            "Gra ma piękną grafikę, ale fabuła kuleje.",
            "Mechanik uczciwy, nie naciągał na niepotrzebne naprawy.",
            "Krem nawilża super, ale zapach jest trochę za mocny.",
            "Escape room zabójczo trudny, ale bawiliśmy się świetnie.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Zmiażdżyliśmy ich 4:0, co za mecz!",
            "Headshot z AWP przez całą mapę, widzieliście to?",
            "Rozjechaliśmy ich w drugiej połowie, trener był zachwycony.",
            "Zabiłem bossa za pierwszym podejściem, nie wierzę 😱",
            "Nasz bramkarz dzisiaj zamurował bramkę.",
            "Ktoś na ranked? Potrzebujemy supporta.",
            "Legia dostała bęcki u siebie, kibice w szoku.",
            "Ten napastnik rozstrzelał obronę, hat-trick w 20 minut.",
            "Snajper na dachu, uważajcie na B!",
            "Wycięliśmy całą drużynę przeciwnika w ostatniej rundzie, ace!",
            "Skoczkowie dali dziś do pieca, Kubacki na podium.",
            "gg wp, następnym razem was rozniesiemy",
            "Biegłem półmaraton i na 18. kilometrze myślałem, że umrę, ale dobiegłem!",
            "Mój main to support, leczę wszystkich i zbieram asysty.",
            "Siatkarze znowu zmietli rywali z parkietu 3:0.",
            "Ten combo na ostatnim poziomie to masakra, trzeci dzień nie mogę przejść.",
            "Camperzy w kącie mapy psują całą zabawę.",
            "Iga dziś zdemolowała rywalkę 6:0 6:1.",
            "Pushujemy mid i kończymy grę, szybko!",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Musiałem ubić proces w menedżerze zadań, bo laptop się zawiesił.",
            "Ten upał mnie zabija, 35 stopni w cieniu.",
            "Umieram ze śmiechu przez ten filmik 😂",
            "Fotograf strzelił nam świetne zdjęcia na weselu.",
            "Zabiłaś mnie tym tekstem, haha.",
            "Szef rozstrzelał nasz budżet w trzy minuty.",
            "Ten sernik to zabójstwo dla mojej diety.",
            "Wyrżnęłam się na schodach, ale nic mi nie jest.",
            "Ta piosenka wymiata, nie mogę jej wyłączyć.",
            "Dobiłeś mnie tą wiadomością o podwyżce czynszu.",
            "Zarżnąłem silnik, jadąc pod górę na jedynce.",
            "Ten egzamin to była rzeź, połowa roku oblała.",
            "Zabij mnie, ale nie pamiętam, jak się nazywała ta aktorka.",
            "Ostatnio pracuję na zabój, nie mam czasu na nic.",
            "Dzieciaki wykończyły mnie dzisiaj, padam na twarz.",
            "Trzeba zamordować ten stary kod i napisać go od nowa.",
            "Zabiła wszystkich swoim występem na konkursie.",
            "Rozwaliłem system, znalazłem bilety za pół ceny.",
            "Piorunem skoczę do sklepu i wracam.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Wesołego Chanuka dla wszystkich żydowskich przyjaciół! 🕎",
            "Ramadan Mubarak dla naszych muzułmańskich sąsiadów z parteru.",
            "Moja ciocia jest lesbijką i najlepszą chrzestną na świecie.",
            "W sobotę idziemy na festiwal kultury romskiej, będzie muzyka na żywo.",
            "Uczę się ukraińskiego od koleżanki z pracy, idzie mi coraz lepiej.",
            "Dumna z mojego brata, który właśnie wziął ślub z mężem w Berlinie 🏳️‍🌈",
            "Nasz kolega na wózku wygrał wczoraj turniej szachowy.",
            "Wietnamskie pho z baru na rogu to mój ulubiony obiad.",
            "W naszej drużynie gra dziewczyna niesłysząca, a komunikujemy się w PJM.",
            "Wesołych Świąt dla prawosławnych znajomych, którzy świętują w styczniu!",
            "Kaszubskie hafty mojej babci są przepiękne.",
            "Na lekcji gościł Tatar z Podlasia i opowiadał o historii swojej społeczności.",
            "Moja przyjaciółka jest osobą transpłciową i jest najodważniejszą osobą, jaką znam.",
            "Gruzińska knajpa na Pradze ma genialne chaczapuri.",
            "Czarnoskóry lekarz z naszej przychodni jest najlepszym pediatrą w mieście.",
            "Eid Mubarak! Dzięki za słodycze, sąsiedzi 😊",
            "Nasz nauczyciel jest w spektrum autyzmu i świetnie tłumaczy matematykę.",
            "Ślązacy mają najlepszą kuchnię w Polsce, rolada z kluskami to poezja.",
            "Fajnie było na Marszu Równości, mnóstwo rodzin z dziećmi.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Nie zgadzam się z autorem, ale tekst dobrze napisany.",
            "Ciekawy artykuł, szkoda, że nie ma źródeł.",
            "Moim zdaniem ta ustawa jest źle przygotowana, trzeba ją poprawić.",
            "Pomysł z nową linią tramwajową jest dobry, tylko termin nierealny.",
            "Czy redakcja mogłaby sprawdzić te liczby? Coś się nie zgadza.",
            "Dzięki za ten wpis, pomógł mi ogarnąć PIT.",
            "Trochę clickbaitowy tytuł, treść dużo spokojniejsza.",
            "Mam inne doświadczenia z tym urzędem, u mnie poszło szybko.",
            "Budżet obywatelski to świetna sprawa, głosujcie!",
            "Autor pomija koszty całej inwestycji, a to kluczowe.",
            "Fajny przepis, ale ja dodałabym więcej czosnku.",
            "Nie rozumiem, czemu wszyscy się tak ekscytują tym telefonem.",
            "Dobry reportaż, wreszcie ktoś pokazał problem małych miast.",
            "Z argumentami o podatkach się nie zgadzam, ale szanuję zdanie.",
            "Ta decyzja rady miasta to błąd, park był ważniejszy niż parking.",
            "Poprawka: mecz był w sobotę, nie w niedzielę.",
            "Lubię ten blog, ale ostatnio za dużo reklam.",
            "Polityka klimatyczna wymaga kompromisów, a nie krzyków z obu stron.",
            "Czekam na drugą część, bo ta urwała się w najciekawszym momencie.",
        ],
    ),
]
