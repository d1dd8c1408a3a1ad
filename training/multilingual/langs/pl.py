"""Polish (pl): functional hate-speech cases and everyday messages, written for
this project in Polish. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's."""

# ruff: noqa: E501

from __future__ import annotations

import re
import unicodedata
from typing import Any

# --------------------------------------------------------------------------------------
# Protected groups with the case forms the frames need.
# Keys: nom, gen, dat, acc, ins, loc (plural) and v = virile (męskoosobowy) agreement.
# Frames pick an agreeing form with {virile|non-virile}, e.g. "{obrzydliwi|obrzydliwe}".
# --------------------------------------------------------------------------------------


def _g(
    nom: str, gen: str, dat: str, acc: str, ins: str, loc: str, v: bool = True
) -> dict[str, Any]:
    return {"nom": nom, "gen": gen, "dat": dat, "acc": acc, "ins": ins, "loc": loc, "v": v}


_JEWS = _g("Żydzi", "Żydów", "Żydom", "Żydów", "Żydami", "Żydach")
_MUSLIMS = _g("muzułmanie", "muzułmanów", "muzułmanom", "muzułmanów", "muzułmanami", "muzułmanach")
_GAYS = _g("geje", "gejów", "gejom", "gejów", "gejami", "gejach")
_WOMEN = _g("kobiety", "kobiet", "kobietom", "kobiety", "kobietami", "kobietach", False)

TRAIN_GROUPS = [
    _JEWS,
    _MUSLIMS,
    _g("Ukraińcy", "Ukraińców", "Ukraińcom", "Ukraińców", "Ukraińcami", "Ukraińcach"),
    _g("Romowie", "Romów", "Romom", "Romów", "Romami", "Romach"),
    _GAYS,
    _WOMEN,
    _g(
        "niepełnosprawni",
        "niepełnosprawnych",
        "niepełnosprawnym",
        "niepełnosprawnych",
        "niepełnosprawnymi",
        "niepełnosprawnych",
    ),
    _g("uchodźcy", "uchodźców", "uchodźcom", "uchodźców", "uchodźcami", "uchodźcach"),
    _g(
        "czarnoskórzy",
        "czarnoskórych",
        "czarnoskórym",
        "czarnoskórych",
        "czarnoskórymi",
        "czarnoskórych",
    ),
    _g(
        "osoby transpłciowe",
        "osób transpłciowych",
        "osobom transpłciowym",
        "osoby transpłciowe",
        "osobami transpłciowymi",
        "osobach transpłciowych",
        False,
    ),
    _g("Arabowie", "Arabów", "Arabom", "Arabów", "Arabami", "Arabach"),
    _g("lesbijki", "lesbijek", "lesbijkom", "lesbijki", "lesbijkami", "lesbijkach", False),
]

# 14 groups, 10 of them absent from the train part.
HELDOUT_GROUPS = [
    _g(
        "Wietnamczycy",
        "Wietnamczyków",
        "Wietnamczykom",
        "Wietnamczyków",
        "Wietnamczykami",
        "Wietnamczykach",
    ),
    _g("Czeczeni", "Czeczenów", "Czeczenom", "Czeczenów", "Czeczenami", "Czeczenach"),
    _g(
        "świadkowie Jehowy",
        "świadków Jehowy",
        "świadkom Jehowy",
        "świadków Jehowy",
        "świadkami Jehowy",
        "świadkach Jehowy",
    ),
    _JEWS,
    _g("Hindusi", "Hindusów", "Hindusom", "Hindusów", "Hindusami", "Hindusach"),
    _g(
        "osoby biseksualne",
        "osób biseksualnych",
        "osobom biseksualnym",
        "osoby biseksualne",
        "osobami biseksualnymi",
        "osobach biseksualnych",
        False,
    ),
    _GAYS,
    _g("głusi", "głuchych", "głuchym", "głuchych", "głuchymi", "głuchych"),
    _g("migranci", "migrantów", "migrantom", "migrantów", "migrantami", "migrantach"),
    _WOMEN,
    _g(
        "Białorusini",
        "Białorusinów",
        "Białorusinom",
        "Białorusinów",
        "Białorusinami",
        "Białorusinach",
    ),
    _g("Rosjanie", "Rosjan", "Rosjanom", "Rosjan", "Rosjanami", "Rosjanach"),
    _MUSLIMS,
    _g("Syryjczycy", "Syryjczyków", "Syryjczykom", "Syryjczyków", "Syryjczykami", "Syryjczykach"),
    _g(
        "osoby na wózkach",
        "osób na wózkach",
        "osobom na wózkach",
        "osoby na wózkach",
        "osobami na wózkach",
        "osobach na wózkach",
        False,
    ),
]

_ALT = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_SLOTS = ("nom", "gen", "dat", "acc", "ins", "loc")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(frame: str, g: dict[str, Any]) -> str:
    s = _ALT.sub(lambda m: m.group(1) if g["v"] else m.group(2), frame)
    s = s.replace("{Nom}", _cap(g["nom"]))
    for k in _SLOTS:
        s = s.replace("{" + k + "}", g[k])
    # "z" becomes "ze" before ś/z/s/w + consonant ("ze świadkami", "ze wszystkimi").
    s = re.sub(r"\b([Zz]) (?=[śŚ]|[sSzZwW][^aąeęioóuy\s])", r"\1e ", s)
    return _cap(s)


def _casual(s: str) -> str:
    """How many people type on a phone: no Polish diacritics, lower case, no final dot."""
    s = s.replace("ł", "l").replace("Ł", "L")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = unicodedata.normalize("NFC", s)
    return s[:1].lower() + s[1:].rstrip(".")


def _build(
    func: str, flag: bool, frames: list[str], groups: list[dict[str, Any]], k: int, emoji: str = ""
) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    n = 0
    for i, frame in enumerate(frames):
        for j in range(k):
            text = _fill(frame, groups[(i * k + j) % len(groups)])
            n += 1
            if n % 5 == 0:
                text = _casual(text)
            elif emoji and n % 7 == 0:
                text = f"{text} {emoji}"
            rows.append((func, flag, text))
    return rows


def _rows(func: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(func, flag, t) for t in texts]


# ======================================================================================
# TRAIN: frames
# ======================================================================================

_DEROGATION_TRAIN = [
    "{Nom} są {obrzydliwi|obrzydliwe}.",
    "Nienawidzę {gen}.",
    "Mam serdecznie dość {gen}, tylko psują wszystko, czego się dotkną.",
    "{Nom} są {głupi|głupie} i {leniwi|leniwe}, nic dobrego z tego nie będzie.",
    "Brzydzę się {ins}.",
    "Nie znoszę {gen}, {wszyscy|wszystkie} są {tacy sami|takie same}.",
    "{Nom} nie zasługują na żaden szacunek.",
    "{Nom} są {bezwartościowi|bezwartościowe} i każdy normalny człowiek to widzi.",
    "Szczerze mówiąc, {nom} budzą we mnie wyłącznie obrzydzenie.",
    "Nic gorszego niż {nom} nie mogło spotkać tego kraju.",
]

_DEHUMANISATION_TRAIN = [
    "{Nom} to szkodniki, nic więcej.",
    "{Nom} to zaraza, która rozłazi się po całym kraju.",
    "{Nom} to zwierzęta, a nie ludzie.",
    "{Nom} są jak karaluchy, wszędzie ich pełno.",
    "{Nom} to zwykłe śmieci.",
    "{Nom} to rak, który zżera to społeczeństwo od środka.",
    "Dla mnie {nom} to bydło, nie ludzie.",
    "{Nom} to pasożyty żerujące na naszych podatkach.",
]

_THREAT_TRAIN = [
    "Trzeba wybić {wszystkich|wszystkie} {acc}.",
    "{Nom} {powinni|powinny} wisieć na latarniach.",
    "Spalić {wszystkich|wszystkie} {acc} i po problemie.",
    "Niech ktoś wreszcie zrobi porządek z {ins}, najlepiej kijem bejsbolowym.",
    "Jak jeszcze raz zobaczę tu {acc}, to skończą w szpitalu.",
    "Do gazu z {ins}!",
    "{Nom}? Wystrzelać {wszystkich|wszystkie}, bez litości.",
    "Zbierzmy się w sobotę i pokażmy {dat}, gdzie ich miejsce. Pałki macie mieć ze sobą.",
]

_NEGATED_TRAIN = [
    "{Nom} nie są {obrzydliwi|obrzydliwe}.",
    "Nie nienawidzę {gen} i nigdy nie nienawidziłem.",
    "Nigdy w życiu nie zrobiłbym krzywdy {dat}.",
    "{Nom} to nie żadne szkodniki, tylko ludzie tacy jak my.",
    "Nie uważam, że {nom} są {gorsi|gorsze} od kogokolwiek innego.",
    "Nikt rozsądny nie twierdzi, że {nom} {powinni|powinny} stąd zniknąć.",
]

_COUNTER_TRAIN = [
    "Mówienie, że {nom} to zaraza, to zwykła mowa nienawiści.",
    "Jeśli ktoś pisze, że {nom} to zwierzęta, powinien od razu dostać bana.",
    "Zgłosiłem komentarz „{Nom} są {obrzydliwi|obrzydliwe}”, bo to czysta nienawiść.",
    "Przestańcie powtarzać, że trzeba się pozbyć {gen}. To jest podżeganie do przemocy.",
    "Ten radny nazwał {acc} pasożytami. Wstyd i hańba, powinien podać się do dymisji.",
    "Nie ma mojej zgody na hasła w stylu „wybić {wszystkich|wszystkie} {acc}”.",
]

_NEUTRAL_TRAIN = [
    "{Nom} mieszkają w Polsce od wielu lat.",
    "Wczoraj czytałem artykuł o {loc}.",
    "W naszej firmie pracują też {nom}.",
    "Na konferencji dużo mówiono o prawach {gen}.",
    "Jutro w telewizji ma być reportaż o {loc}.",
    "Ta ankieta dotyczy sytuacji {gen} na rynku pracy.",
]

_POSITIVE_TRAIN = [
    "{Nom} są {wspaniali|wspaniałe}.",
    "Podziwiam {acc} za ich siłę i wytrwałość.",
    "{Nom} wnoszą do naszego kraju mnóstwo dobrego.",
    "Świat jest ciekawszy dzięki {dat}.",
    "{Nom} to świetni ludzie, zawsze można na {nich|nie} liczyć.",
    "Cieszę się, że w moim mieście jest coraz więcej miejsca dla {gen}.",
]

_SLUR_TRAIN = [
    "Pedały won z naszego miasta!",
    "Znowu te cioty robią swoją paradę, rzygać się chce.",
    "Parchy rządzą mediami, każdy to wie.",
    "Żydki znowu kombinują, jak nas okraść.",
    "Cyganichy kradną w każdym sklepie, pilnujcie portfeli.",
    "Czarnuchy wypad z Polski.",
    "Asfalty niech wracają do Afryki.",
    "Jakiś bambus siedział obok mnie w tramwaju i aż mi się niedobrze zrobiło.",
    "Ciapaci niszczą Europę.",
    "Brudasy z Bliskiego Wschodu, nie chcemy was tu.",
    "Kozojebcy powinni siedzieć u siebie na pustyni.",
    "Ukry zabierają nam pracę i mieszkania.",
    "Banderowska hołota znowu się panoszy w naszym mieście.",
    "Każda baba to szmata, dla nich liczy się tylko kasa.",
    "Kaleki tylko żrą nasze podatki.",
    "Downy nie powinny w ogóle wychodzić z domu.",
    "Lesby to niedopieszczone wariatki.",
    "Transy to chore dziwadła.",
    "Nachodźcy znowu zdemolowali ośrodek, a media milczą.",
    "Ten pedzio z trzeciego piętra niech się lepiej nie pokazuje na klatce.",
    "Ty pedale jebany.",
    "Spierdalaj do Izraela, parchu.",
    "Wracaj na Ukrainę, ukraińska szmato.",
    "Wynoś się stąd, czarna małpo.",
    "Cygańskie ścierwo znowu żebrze pod Biedronką.",
    "Żydostwo przejęło banki i media.",
    "Ciota jedna, wypad z szatni.",
    "Pedalstwo chce deprawować nasze dzieci.",
    "Arabusy won z Europy.",
    "Zejdź mi z drogi, kaleko.",
    "Murzyny śmierdzą, serio, nie da się obok nich stać.",
    "Ukraińce wszędzie, już nie ma gdzie zaparkować.",
    "Żydy rządzą światem, obudźcie się ludzie.",
    "Głupie babsko za kierownicą, powinno siedzieć w kuchni.",
    "Czarnuch z kebaba znowu się na mnie gapił 🤬",
    "banderowcy do domu, mamy was dość",
    "Ciapaty kierowca ubera nawet nie umie po polsku, wracaj do siebie.",
]

_SPELLING_TRAIN = [
    "P3dały w0n z Polski!",
    "Ż y d z i to zaraza.",
    "Cz@rnuchy do Afryki.",
    "Nieenawidzę muzułmaanów.",
    "K0biety s4 g1upie i bezwart0ściowe.",
    "Uchodźcy to szkodnikiii, wybić ich wszystkichhh.",
    "Ci@paci won z Europy.",
    "R o m o w i e to złodzieje i pasożyty.",
    "Ukr-y do domu, nikt was tu nie chce.",
    "Peda*y powinny wisieć.",
    "Lesbyyy to chore szmaty.",
    "Ni3pełnosprawni to balast dla społeczeństwa.",
    "J3bać Ż*dów.",
    "Arab0wie to zwierz3ta.",
    "Tr@nsy to psychiczni dziwacy.",
    "Gejeee to zboczeńcy.",
    "C.z.a.r.n.u.c.h.y wypierdalać.",
    "Uhodźcy to pasożyty.",
    "Muzułamnie to terroryści, co do jednego.",
    "Żdyzi rządzą światem.",
    "Cyg@nichy krad$ą wszystko.",
    "Kob1ety nadają się tylko do garów.",
    "G3je to choroba.",
    "Ukr@ińcy to robaki.",
    "nienawidze peda-łów",
    "A r a b u s y won!",
    "Niepełn0sprawni powinni siedzieć zamknięci w domach.",
    "Lesbijk1 to obrzydlistwo.",
    "Tr4nsy to wynaturzenie.",
    "Czarn0skórzy to małpy.",
    "Ż-y-d-z-i do gazu.",
    "uchodzcy = szkodniki, wywalic wszystkich",
    "Romowie to pasożyyyty.",
    "Mvzvłmanie to brudasy.",
    "Kobiety to gł*pie k*rwy.",
]

_ABUSE_TRAIN = [
    "Jesteś bezużytecznym idiotą.",
    "Marek, ty tępy debilu, znowu zapomniałeś zamknąć drzwi.",
    "Zamknij ryj, nikt cię nie pytał o zdanie.",
    "Ty leniwy obiboku, rusz wreszcie dupę i posprzątaj po sobie.",
    "Jesteś najgłupszym człowiekiem, jakiego znam.",
    "Spierdalaj, kretynie.",
    "Twoje zdanie jest tak samo gówniane jak twoje żarty.",
    "Ale z ciebie żałosny frajer.",
    "Kierowca tego autobusu to skończony cham.",
    "Mój szef to kompletny kretyn, nie umie nawet wysłać maila z załącznikiem.",
    "Ty bucu, oddawaj moją ładowarkę.",
    "Jesteś zerem i zawsze nim będziesz.",
    "Ty głąbie, przecież mówiłem, że spotkanie jest o dziewiątej.",
    "Nienawidzę cię, ty kłamliwa szujo.",
    "Ten sprzedawca z Allegro to oszust i złodziej, omijajcie go z daleka.",
    "Zachowujesz się jak rozpuszczony bachor.",
    "Ty idioto, przez ciebie przegraliśmy.",
    "Gadasz jak potłuczony, idź się prześpij.",
    "Kto cię w ogóle wpuścił do tej grupy, matole?",
    "Twój komentarz jest tak głupi, że aż boli.",
    "Pan Kowalski z administracji to wyjątkowy dupek.",
    "Weź się ogarnij, pajacu.",
    "Jesteś żenujący, stary.",
    "Nikt cię tu nie lubi, ty nudny smutasie.",
    "Siedź cicho, baranie, nie znasz się.",
    "Sąsiad spod szóstki to zwykły burak, znowu zastawił mi wyjazd z garażu.",
    "Ty niedorobiony kretynie, skasowałeś mi cały plik z prezentacją na jutro.",
    "Ale ty jesteś tępy, serio.",
    "Zamknij się wreszcie, gadasz same bzdury.",
    "jestes totalnym debilem, wiesz o tym?",
]

_PROFANITY_TRAIN = [
    "Kurwa, ale dzisiaj upał.",
    "O kurde, zapomniałem kluczy.",
    "Ja pierdolę, jaki ten koncert był zajebisty!",
    "Kurwa mać, znowu pada.",
    "Cholera jasna, spóźniłem się na pociąg.",
    "Zajebista ta pizza, serio.",
    "No to pięknie, kurwa, bateria padła.",
    "Jasna dupa, ile tu ludzi!",
    "O ja cię pierdolę, trafiliśmy piątkę w totka!",
    "Szlag by to trafił, znowu nie mogę znaleźć parasola.",
    "Ja pierdzielę, ale widok z tej góry.",
    "Kurczę, ale mi się dzisiaj nie chce.",
    "Ja jebię, jaki mróz.",
    "Ale zajebiście było na tej imprezie, dzięki wszystkim!",
    "Cholera, zgubiłem telefon gdzieś w tramwaju.",
    "Kurwa, udało się! Zdałem prawo jazdy za pierwszym razem!",
    "Pierdolony deszcz, znowu przemokłem do suchej nitki.",
    "Ja pierdolę, jak ja to kocham 😂",
    "Kurde balans, zostało mi pięć złotych do wypłaty.",
    "No ja pierdziu, ale ta nowa płyta jest dobra.",
    "Japierdole, co za mecz!",
    "Gówno prawda, że jutro ma być słońce, prognoza znowu się myli.",
    "Kurwa, ale się najadłem.",
    "O w mordę, ale ten tort jest słodki.",
    "Cholera wie, gdzie ja położyłem okulary.",
    "Ożeż kurwa, prawie spadłem z roweru.",
    "Zajebiście, że w końcu piątek!",
    "W dupie mam tę dietę, dzisiaj jem pączki.",
    "kurwa mac, zaspalem do roboty",
    "Jebać to, idę spać.",
]

_NON_PROTECTED_TRAIN = [
    "Komary są obrzydliwe.",
    "Nienawidzę poniedziałków.",
    "Mam serdecznie dość korków na Puławskiej, codziennie tracę w nich godzinę.",
    "Sędziowie w tej lidze są głupi i leniwi, nic dobrego z tego nie będzie.",
    "Brzydzę się spamem.",
    "Nie znoszę polityków z tej komisji, wszyscy są tacy sami.",
    "Spamerzy nie zasługują na żaden szacunek.",
    "Hulajnogi elektryczne na chodnikach są bezużyteczne i każdy normalny człowiek to widzi.",
    "Szczerze mówiąc, reklamy na YouTubie budzą we mnie wyłącznie obrzydzenie.",
    "Nic gorszego niż nowy podatek od cukru nie mogło spotkać tego kraju.",
    "Mszyce to szkodniki, nic więcej.",
    "Grypa to zaraza, która w tym roku rozłazi się po całym kraju.",
    "Gołębie na moim balkonie to zwykłe szczury ze skrzydłami.",
    "Korniki to rak, który zżera nasze lasy od środka.",
    "Kibice Legii to bydło, a nie kibice.",
    "Windykatorzy to pasożyty żerujące na ludzkiej biedzie.",
    "Trzeba wybić wszystkie komary w tej okolicy.",
    "Wyrzucić te wszystkie hulajnogi do Wisły i po problemie.",
    "Niech ktoś wreszcie zrobi porządek z gołębiami na dworcu.",
    "Do pieca z tymi starymi rachunkami!",
    "Karaluchy w piwnicy? Wytruć wszystkie, bez litości.",
    "Mszyce na różach? Wytłuc wszystkie co do jednej.",
    "Poniedziałki powinny zostać zakazane ustawą.",
    "Spam to zaraza współczesnego internetu.",
    "Nienawidzę korków w centrum.",
    "Sędziowie w tym meczu to złodzieje, ukradli nam zwycięstwo.",
    "Politycy z obu stron są tak samo beznadziejni.",
    "Ta nowa ustawa o mediach to skandal i powinna trafić do kosza.",
    "Zabiłbym tego komara, który bzyczy mi nad uchem od trzeciej w nocy.",
    "Nie znoszę listopada, wszystko szare i mokre.",
    "Brzydzę się ślimakami bez skorupy.",
    "Szczury w piwnicy to zaraza, trzeba wezwać deratyzację.",
    "Trolle internetowe to pasożyty.",
    "Hejterzy w komentarzach to zwykłe śmieci.",
    "Wszyscy ci fałszywi doradcy finansowi to oszuści.",
    "Nienawidzę budzika o szóstej rano.",
    "Pieprzone muchy, wszystkie do wytępienia.",
    "Ślimaki w ogrodzie trzeba wybić co do jednego.",
    "Biurokracja w tym urzędzie to rak.",
    "nienawidze tej nowej polityki parkingowej miasta, to jakis zart",
]

_RECLAIMED_TRAIN = [
    "My, stare cioty, wiemy najlepiej, jak się bawić w sobotę 😂",
    "Jestem pedałem i jestem z tego dumny, tęczowy piątek, dziewczyny!",
    "Dziewczyny, cioty i wszystkie queery, widzimy się na paradzie w sobotę!",
    "Kocham moje cioty z grupy, bez was bym nie przetrwał tego roku ❤️",
    "Jako lesba z trzydziestoletnim stażem mówię ci: nie kupuj tej koszuli w kratę, masz już pięć.",
    "Jestem Cyganem i jestem z tego dumny, u nas na weselu gra się do rana.",
    "My, kaleki, też chodzimy na koncerty, więc zróbcie wreszcie windę w tym klubie.",
    "Ciota ciocie zawsze pomoże, nawet jak chodzi o wybór butów.",
    "Pedalski chór z naszego klubu zaprasza na koncert kolęd, będzie brokat 🎄",
    "Hej cioty, kto dzisiaj ogarnia playlistę?",
]

FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = [
    *_build("derogation", True, _DEROGATION_TRAIN, TRAIN_GROUPS, 4, "🤮"),
    *_build("dehumanisation", True, _DEHUMANISATION_TRAIN, TRAIN_GROUPS, 5, "🤮"),
    *_build("threat", True, _THREAT_TRAIN, TRAIN_GROUPS, 5, "🔥"),
    *_rows("slur", True, _SLUR_TRAIN),
    *_rows("spelling_variation", True, _SPELLING_TRAIN),
    *_build("negated_hate", False, _NEGATED_TRAIN, TRAIN_GROUPS, 5),
    *_build("counter_speech", False, _COUNTER_TRAIN, TRAIN_GROUPS, 5),
    *_build("identity_neutral", False, _NEUTRAL_TRAIN, TRAIN_GROUPS, 5),
    *_build("identity_positive", False, _POSITIVE_TRAIN, TRAIN_GROUPS, 5, "❤️"),
    *_rows("non_protected_target", False, _NON_PROTECTED_TRAIN),
    *_rows("abuse_individual", False, _ABUSE_TRAIN),
    *_rows("nonabusive_profanity", False, _PROFANITY_TRAIN),
    *_rows("reclaimed_slur", False, _RECLAIMED_TRAIN),
]

# ======================================================================================
# HELD-OUT: different frames, mostly different groups, new slurs
# ======================================================================================

_DEROGATION_HELDOUT = [
    "Nie cierpię {gen}, serio.",
    "{Nom} to najgorsza hołota, jaką znam.",
    "Mdli mnie, jak widzę {acc} w sklepie.",
    "Od {gen} trzeba się trzymać z daleka, bo to sami kłamcy i złodzieje.",
    "Czy tylko mnie {nom} tak strasznie wkurzają? Nic nie umieją, a o wszystko mają pretensje.",
    "Wstyd, że {nom} w ogóle mają tu prawo głosu.",
    "Gardzę {ins} z całego serca.",
]

_DEHUMANISATION_HELDOUT = [
    "{Nom} to robactwo.",
    "{Nom} mnożą się jak szczury.",
    "Ten kraj trzeba oczyścić z {gen} jak z pleśni.",
    "{Nom} to stado małp, a nie ludzie.",
    "Patrzysz na {acc} i widzisz chodzące ścierwo.",
    "{Nom} to wszy na ciele narodu.",
]

_THREAT_HELDOUT = [
    "{Nom} {zasłużyli|zasłużyły} na kulkę w łeb.",
    "Wkrótce przyjdzie dzień, kiedy {nom} będą błagać o litość.",
    "Ja bym {acc} potopił w Wiśle.",
    "Powinno się zamykać {acc} w obozach i nigdy nie wypuszczać.",
    "Podpalmy ośrodek, w którym mieszkają {nom}.",
    "Gdyby to ode mnie zależało, {nom} nie {dożyliby|dożyłyby} jutra.",
]

_NEGATED_HELDOUT = [
    "Nie mam nic przeciwko {dat}.",
    "{Nom} wcale nie są {gorsi|gorsze} od nas.",
    "Nie pozwolę, żeby ktokolwiek skrzywdził {acc} w mojej obecności.",
    "To nieprawda, że {nom} to robactwo, i nigdy tak nie myślałem.",
]

_COUNTER_HELDOUT = [
    "Hasła typu „{nom} to robactwo” nie mają nic wspólnego z wolnością słowa.",
    "Moderatorzy, usuńcie wpis, w którym ktoś nawołuje do topienia {gen}.",
    "Dziadek gadał przy stole, że {nom} mnożą się jak szczury, i wreszcie ktoś mu powiedział, że tak się nie mówi o ludziach.",
    "Piszesz, że {nom} to hołota? Weź się zastanów, to jest po prostu podłe.",
]

_NEUTRAL_HELDOUT = [
    "Mój kolega ze studiów pisze pracę magisterską o {loc}.",
    "Według spisu powszechnego {nom} mieszkają głównie w dużych miastach.",
    "W przyszłym tygodniu w urzędzie dzielnicy ma być spotkanie z {ins}.",
    "Czy ktoś wie, gdzie w Krakowie działają organizacje pomagające {dat}?",
]

_POSITIVE_HELDOUT = [
    "Mam ogromny szacunek dla {gen}.",
    "{Nom} zasługują na to samo co wszyscy: szacunek i bezpieczeństwo.",
    "Dziękuję {dat} za wszystko, co robią dla naszej dzielnicy.",
    "Zawsze świetnie mi się współpracowało z {ins}.",
]

_SLUR_HELDOUT = [
    "Żółtki z Wólki Kosowskiej znowu sprzedają chińskie badziewie i śmiecą na całej ulicy.",
    "Skośnookie gnidy, wracajcie do siebie.",
    "Kacapy to same pijaki i mordercy.",
    "Ruskie świnie won z Polski.",
    "Bulbasze przyjeżdżają tu tylko po zasiłki.",
    "Kaukaskie małpy znowu pobiły kogoś pod dworcem.",
    "Jehowici znowu łażą po klatkach, pogonię tych oszołomów.",
    "Ciapaki z tej budy z kebabem niech spadają do siebie.",
    "Głuchole machają łapami jak małpy, aż żal patrzeć.",
    "Inwalidy powinny siedzieć w zakładach, a nie pchać się na ulicę.",
    "Przybłędy ze Wschodu, nikt was tu nie zapraszał.",
    "Żydłaki wykupują całą Warszawę.",
    "Cwele z tej tęczowej organizacji niech się nie pokazują pod kościołem.",
    "Wszystkie baby to kurwy, tylko kasa się dla nich liczy.",
    "Muzole wysadzą nam kiedyś pół miasta.",
    "Ty żółtku, wynoś się z mojego sklepu.",
    "Co się gapisz, kacapie?",
    "Zejdź mi z drogi, głucholu.",
    "Homosie znowu chcą adoptować dzieci, po moim trupie.",
    "Szmatogłowi znowu modlą się na środku ulicy.",
    "Ty brudna dziwko, wracaj do garów.",
]

_SPELLING_HELDOUT = [
    "Ż0łtki do Wietnamu.",
    "K@capy to świnie.",
    "B u l b a s z e won.",
    "Czeczenni to dzikusy.",
    "Migr4nci to robactwo.",
    "Muz0le wypierdalać z Europy.",
    "Hind*si śmierdzą.",
    "G ł u c h o l e to debile.",
    "Syryjczyyyycy do domu, nikt was nie chce.",
    "Św1adkowie Jeh0wy to sekciarskie śmieci.",
    "B.i.s.e.k.s.u.a.l.n.i to zboczeńcy.",
    "Rosj@nie to b y d ł o.",
    "K*biety do garów i cicho być.",
    "G3je to cwele.",
    "Ż y d ł a k i won.",
    "W0zkowicze to w4rzywa.",
    "Wiet-nam-czy-cy to insekty.",
    "Imigrannci to przybłędy.",
    "Muzłumanie to bestie.",
]

_ABUSE_HELDOUT = [
    "Ty skończony nieudaczniku, nawet kawy nie umiesz zrobić.",
    "Z ciebie taki kierowca jak z koziej dupy trąba.",
    "Paweł to żałosny lizus, ciągle podlizuje się szefowi.",
    "Odwal się, gnojku.",
    "Jesteś tak tępy, że szkoda gadać.",
    "Nasz trener to ostatni leń i cwaniak.",
    "Ty mendo, oddaj kasę, którą ode mnie pożyczyłeś.",
    "Zamknij japę, gówniarzu.",
    "Wyglądasz jak półtora nieszczęścia, idź się przebierz.",
    "Ten youtuber to zwykły oszust i kłamca.",
    "Ty przygłupie, wysłałeś tego maila do całej firmy!",
    "Sąsiadka to wredna jędza, znowu nagadała na nas w administracji.",
    "Jesteś beznadziejny w tę grę, odinstaluj ją.",
    "Co za imbecyl parkuje na dwóch miejscach naraz?",
    "Jesteś bezmózgim pajacem, Tomek.",
    "ty cepie, znowu pomyliles godziny",
]

_PROFANITY_HELDOUT = [
    "No ja pierdolę, ale dziś długi dzień.",
    "Kurwa, ale pięknie tu jest nad morzem!",
    "Ożeż ty w mordę, znowu złapałem gumę.",
    "Jasny gwint, zapomniałem o urodzinach mamy.",
    "Zajebioza, dostałem podwyżkę!",
    "Cholerka, skończyło się mleko.",
    "Ja pierdzielę, ale ten film był dobry.",
    "Kurwa, zaraz się spóźnię, a tramwaj nie jedzie.",
    "Pieprzyć to, zamawiam pizzę.",
    "Ja cię kręcę, ale śniegu napadało!",
    "O kurwa, ale widok z tego tarasu 😍",
    "No i chuj, zgubiłem bilet.",
    "Kurwa, nareszcie wakacje!",
    "jprdl co za dzien",
    "Do dupy z taką pogodą na majówkę.",
    "Psiakrew, znowu wylałem kawę na klawiaturę.",
]

_NON_PROTECTED_HELDOUT = [
    "Nie cierpię kleszczy, serio.",
    "Telemarketerzy to najgorsza hołota, jaką znam.",
    "Mdli mnie, jak widzę kolejne wyskakujące reklamy.",
    "Od pseudokibiców trzeba się trzymać z daleka, bo to sami chuligani.",
    "Czy tylko mnie influencerzy tak strasznie wkurzają? Nic nie umieją, a o wszystko mają pretensje.",
    "Wstyd, że sędziowie VAR w ogóle mają tu coś do powiedzenia.",
    "Meszki to robactwo.",
    "Osy mnożą się w tym roku jak szalone.",
    "Ten dom trzeba oczyścić z pleśni i grzyba, zanim ktoś się rozchoruje.",
    "Deszczowe weekendy to największa plaga tego lata.",
    "Remonty na Zakopiance to wrzód na tyłku każdego kierowcy.",
    "Ten stary router zasłużył na kulkę w łeb.",
    "Ja bym ten cały projekt ustawy wrzucił do Wisły.",
    "Gdyby to ode mnie zależało, te osy nie dożyłyby jutra.",
    "Wszystkie kleszcze w ogrodzie trzeba wytruć.",
    "Gardzę poniedziałkowymi zebraniami z całego serca.",
    "Opłaty za prowadzenie konta to zwykłe złodziejstwo.",
    "Przepisy o parkowaniu w tym mieście to kpina z ludzi.",
    "Boty w komentarzach to wszy internetu.",
    "Szerszenie pod dachem? Wytępić, zanim kogoś użądlą.",
]

_RECLAIMED_HELDOUT = [
    "Cioty wszystkich krajów, łączcie się! Widzimy się w sobotę w klubie 🌈",
    "Jestem starą ciotą i nikt mi nie będzie mówił, jak mam się ubierać.",
    "Nasz podcast robią dwie lesby i jeden pedał, zapraszamy do słuchania 😂",
    "Jako kaleka na wózku mogę sobie żartować z krawężników, wy nie.",
    "My, Cyganie, wiemy, jak się bawić na weselu do białego rana.",
    "Pedały z naszego chóru znowu wygrały konkurs, brawo my!",
]

FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = [
    *_build("derogation", True, _DEROGATION_HELDOUT, HELDOUT_GROUPS, 3, "😡"),
    *_build("dehumanisation", True, _DEHUMANISATION_HELDOUT, HELDOUT_GROUPS, 3, "🐀"),
    *_build("threat", True, _THREAT_HELDOUT, HELDOUT_GROUPS, 3, "🔪"),
    *_rows("slur", True, _SLUR_HELDOUT),
    *_rows("spelling_variation", True, _SPELLING_HELDOUT),
    *_build("negated_hate", False, _NEGATED_HELDOUT, HELDOUT_GROUPS, 4),
    *_build("counter_speech", False, _COUNTER_HELDOUT, HELDOUT_GROUPS, 4),
    *_build("identity_neutral", False, _NEUTRAL_HELDOUT, HELDOUT_GROUPS, 4),
    *_build("identity_positive", False, _POSITIVE_HELDOUT, HELDOUT_GROUPS, 4, "🙂"),
    *_rows("non_protected_target", False, _NON_PROTECTED_HELDOUT),
    *_rows("abuse_individual", False, _ABUSE_HELDOUT),
    *_rows("nonabusive_profanity", False, _PROFANITY_HELDOUT),
    *_rows("reclaimed_slur", False, _RECLAIMED_HELDOUT),
]

# ======================================================================================
# EVERYDAY (harmless, expected ALLOW)
# ======================================================================================


def _kind(kind: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(kind, t) for t in texts]


EVERYDAY_TRAIN: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Do zobaczenia jutro!",
            "Znajdę cię na dworcu koło kas biletowych, dobra?",
            "Na razie, zdzwonimy się wieczorem.",
            "To widzimy się o 18 pod Rotundą.",
            "Pa pa, trzymaj się ciepło 😘",
            "Wpadnę po ciebie po pracy, bądź gotowa koło piątej.",
            "Do usłyszenia, pozdrów mamę.",
            "Spoko, złapiemy się później na messengerze.",
            "Dobranoc wszystkim, jutro pogadamy.",
            "Będę czekał na peronie drugim, tym od strony galerii, mam czerwoną kurtkę, więc nie przegapisz.",
            "narka, lece na autobus",
            "Cześć, do poniedziałku! Miłego weekendu.",
            "Jak dojedziesz do Gdańska, daj znać, to przyjadę po ciebie na lotnisko.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Co robisz w weekend?",
            "Widziałaś nowy odcinek? Ja nie mogę, co za zakończenie!",
            "Mama pyta, czy przyjedziecie na obiad w niedzielę.",
            "Kupiłam w końcu tę roślinę, o której ci mówiłam 🌿",
            "hej, masz moze ladowarke do iphona?",
            "Pies znowu zjadł mi kapcia, no ręce opadają.",
            "Ktoś idzie dzisiaj na siłownię? Potrzebuję motywacji.",
            "Ale dzisiaj piękne słońce, aż się chce żyć.",
            "Zrobiłam pierogi z kapustą i grzybami, chcesz trochę?",
            "Słuchaj, nie uwierzysz, kogo spotkałem wczoraj w Lidlu przy kasie samoobsługowej.",
            "Jutro idę do dentysty, trzymajcie kciuki 😬",
            "Ile płaciliście za przedszkole w tym roku? U nas znowu podwyżka o dwieście złotych.",
            "Kto ma ochotę na kawę o jedenastej?",
        ],
    ),
    *_kind(
        "support",
        [
            "Dzień dobry, moja paczka od tygodnia ma status „w drodze”. Czy mogą Państwo sprawdzić, co się dzieje?",
            "Nie mogę się zalogować do aplikacji, wyskakuje błąd 502.",
            "Proszę o zwrot pieniędzy za zamówienie nr 458213, towar przyszedł uszkodzony.",
            "Dzień dobry, chciałbym zmienić pakiet internetu na szybszy. Jak to zrobić?",
            "Faktura za październik ma błędny NIP, proszę o korektę.",
            "Od wczoraj nie działa mi BLIK w aplikacji banku.",
            "Czy można przesunąć termin dostawy na czwartek?",
            "witam, kurier nie zostawil awizo a paczka wrocila do nadawcy",
            "Zamówiłam rozmiar M, a dostałam XL. Jak mogę wymienić?",
            "Proszę o informację, kiedy technik przyjdzie naprawić router.",
            "Chciałbym zrezygnować z subskrypcji, ale nie widzę takiej opcji w ustawieniach konta.",
            "Dziękuję za szybką pomoc, wszystko już działa!",
            "Aplikacja wyłącza się przy próbie dodania zdjęcia do ogłoszenia, telefon to Samsung A52.",
        ],
    ),
    *_kind(
        "review",
        [
            "Najlepsze pierogi w Krakowie, polecam ruskie!",
            "Słuchawki grają super, ale bateria mogłaby wytrzymać dłużej.",
            "Obsługa miła, jedzenie przeciętne, ceny z kosmosu.",
            "Żurek jak u babci, wrócę na pewno.",
            "Odkurzacz po dwóch tygodniach przestał działać. Nie polecam.",
            "Hotel czysty, blisko plaży, tylko śniadania mogłyby być bardziej urozmaicone.",
            "Książka wciąga od pierwszej strony, przeczytałam w jeden wieczór.",
            "Pizza przyszła zimna i po godzinie czekania 😕",
            "Świetny stosunek jakości do ceny, buty noszę już trzeci sezon.",
            "kawa ok, ciasto suche, nie wiem czy wroce",
            "Fryzjerka wysłuchała, czego chcę, i efekt jest dokładnie taki, jak sobie wymarzyłam.",
            "Film dłużył się niemiłosiernie, ale zdjęcia piękne.",
            "Pięć gwiazdek dla kelnera, który polecił nam nalewkę wiśniową.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Rozjechaliśmy ich 3:0, co za mecz!",
            "Headshot z AWP przez pół mapy, widzieliście to?",
            "Lewy znowu zniszczył obronę rywali.",
            "Zabiłem bossa za piątym podejściem, w końcu!",
            "Nasza drużyna została zmasakrowana w drugiej połowie, 0:4.",
            "Gramy dzisiaj rankedy? Potrzebuję supporta.",
            "Ale go zgasił tym dryblingiem, obrońca do dziś szuka piłki.",
            "Wybiliśmy cały ich squad w jednym pushu 🔥",
            "Siatkarze pozamiatali, 3:1 z Brazylią!",
            "Kampiący snajper na B znowu mnie ustrzelił, pfff.",
            "Iga rozbiła rywalkę 6:0, 6:1.",
            "Ktoś na Discordzie? Robimy raid o 21.",
            "Zostaliśmy rozjechani w ostatniej minucie, dramat, a przecież prowadziliśmy przez cały mecz.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Musiałem zabić proces, bo komputer się zawiesił.",
            "Ten upał mnie zabija.",
            "Umieram ze śmiechu 😂",
            "Strzelę ci kilka fotek na tle zamku.",
            "Ten egzamin mnie dobił.",
            "Ten kawał mnie rozwalił.",
            "Wykończy mnie ten remont, przysięgam.",
            "Szef mnie zabije, jak się znowu spóźnię.",
            "Ten deser to zabójstwo dla diety.",
            "Rzuciła bombę na zebraniu: odchodzi z firmy.",
            "Trzeba ubić pianę z białek na sztywno.",
            "Ubij procesy w menedżerze zadań i zrestartuj komputer, powinno pomóc.",
            "Ceny w tym sklepie to rozbój w biały dzień.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Ramadan Mubarak dla sąsiadów z trzeciego piętra, dziękujemy za daktyle!",
            "Szczęśliwej Chanuki wszystkim żydowskim przyjaciołom 🕎",
            "Byliśmy na Paradzie Równości, super atmosfera 🏳️‍🌈",
            "Moja siostra wzięła ślub z żoną w Berlinie, jesteśmy tacy szczęśliwi!",
            "Kolega z Ukrainy nauczył mnie robić prawdziwy barszcz ukraiński.",
            "Na festiwalu kultury romskiej było fantastycznie, muzyka niesamowita.",
            "Nasza nowa koleżanka na wózku świetnie radzi sobie w koszykówce.",
            "Wesołych Świąt dla wszystkich prawosławnych znajomych!",
            "Uczę się polskiego języka migowego, żeby lepiej dogadywać się z głuchym kuzynem.",
            "Świetna wystawa o historii polskich Tatarów w Kruszynianach.",
            "Mój syn ma zespół Downa i właśnie zaczął pracę w kawiarni, jesteśmy z niego bardzo dumni.",
            "Dziś Dzień Kobiet, wszystkiego najlepszego, dziewczyny 🌷",
            "W naszym zespole jest osoba niebinarna i nikomu to nie przeszkadza, pracuje się świetnie.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Nie zgadzam się z autorem, ale artykuł ciekawy.",
            "Moim zdaniem ta reforma podatkowa jest źle przemyślana.",
            "Fajnie, że ktoś w końcu napisał o smogu w małych miastach.",
            "Brakuje mi w tekście źródeł, skąd te liczby?",
            "Płatny parking w całym centrum to średni pomysł, szczerze.",
            "Dzięki za wpis, przydatne porady.",
            "Autor trochę przesadza, ale w wielu kwestiach ma rację.",
            "Budżet obywatelski to dobra idea, tylko głosowanie jest zbyt skomplikowane dla starszych osób.",
            "Czy ktoś wie, kiedy będzie druga część wywiadu?",
            "Niestety tytuł jest clickbaitowy, a treść o czymś zupełnie innym.",
            "Dobrze, że radni zajęli się wreszcie tym skrzyżowaniem.",
            "ciekawy tekst, choc wnioski troche naciagane",
            "Nie przekonuje mnie argument o oszczędnościach, koszty utrzymania nowej linii będą przecież wyższe.",
        ],
    ),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Lecę, buziaki!",
            "Złapiemy się jutro po zajęciach?",
            "Poczekam na ciebie przy wyjściu z metra Centrum.",
            "Trzymaj się, odezwę się po weekendzie.",
            "Znajdę cię pod zegarem na Dworcu Głównym, tylko nie spóźnij się jak ostatnio 😅",
            "No to jesteśmy umówieni, sobota, dziewiąta, parking pod Tesco.",
            "nara, pozdro dla ekipy",
            "Dzięki za dziś, wracaj bezpiecznie i napisz, jak dojedziesz.",
            "Do jutra, śpij dobrze.",
            "Jak skończysz zmianę, to zgarnę cię spod szpitala samochodem, żebyś nie marzła na przystanku.",
            "Widzimy się na miejscu, wezmę koc i termos.",
            "Cześć, lecę, bo mi pociąg ucieknie!",
            "Do zobaczenia na weselu Kaśki!",
        ],
    ),
    *_kind(
        "chat",
        [
            "Gdzie kupiłaś tę sukienkę? Super!",
            "Uff, wreszcie piątek.",
            "Dziecko ma gorączkę, więc jutro pracuję z domu.",
            "Czy ktoś ma przepis na sernik bez spodu?",
            "Sąsiad znowu wierci od rana, ale przynajmniej kończą już remont.",
            "wlasnie wrocilam z gor, nogi mi odpadaja ale bylo warto",
            "Zgadnij, kto się zaręczył! 💍",
            "Masz jeszcze tę książkę o grzybach, którą pożyczałem w zeszłym roku?",
            "Pogoda na weekend wygląda dobrze, może pojedziemy nad jezioro?",
            "Kot siedzi na laptopie i nie da się pracować 🐈",
            "Przypominam, że w czwartek zebranie wspólnoty o 19, będzie mowa o wymianie wind i o śmietniku.",
            "Zamówiłem chińszczyznę, ktoś się dorzuca?",
            "Dzięki za życzenia, kochani!",
        ],
    ),
    *_kind(
        "support",
        [
            "Dzień dobry, od trzech dni nie mam ciepłej wody, zgłoszenie numer 7781.",
            "Nie dostałem maila z potwierdzeniem rezerwacji.",
            "Czy mogę zmienić adres dostawy w już opłaconym zamówieniu?",
            "Karta została zablokowana po trzech błędnych PIN-ach, co teraz?",
            "W rachunku za prąd jest naliczona opłata, której nie rozumiem. Proszę o wyjaśnienie.",
            "dzien dobry, jak zmienic haslo do e-PUAP?",
            "Drukarka pokazuje błąd E04 i nie chce drukować, próbowałem już ją wyłączyć i włączyć ponownie.",
            "Poproszę o duplikat faktury za wrzesień.",
            "Licznik w aplikacji pokazuje zero kilometrów, chociaż hulajnoga jechała pół godziny.",
            "Czy sklep stacjonarny w Poznaniu przyjmuje zwroty z zamówień internetowych?",
            "Zgłaszam awarię internetu w całym bloku przy Lipowej 12.",
            "Bardzo dziękuję pani Agnieszce za cierpliwość przy rozmowie telefonicznej.",
            "Mój lot został odwołany, a w aplikacji nadal widzę go jako aktywny. Czy przysługuje mi odszkodowanie?",
        ],
    ),
    *_kind(
        "review",
        [
            "Sushi świeże, obsługa szybka, polecam.",
            "Bigos był za słony, ale kompot domowy pyszny.",
            "Telefon po aktualizacji działa wolniej, szkoda.",
            "Najlepsza lodziarnia w Sopocie, kolejka, ale warto 🍦",
            "Pensjonat w Zakopanem czysty, właścicielka przemiła, widok na Giewont z okna.",
            "Krzesło skrzypi od pierwszego dnia.",
            "Spektakl świetny, aktorzy fantastyczni, tylko akustyka w sali kiepska.",
            "zamowienie przyszlo po 2 dniach, wszystko ok",
            "Pani w aptece bardzo pomocna, wytłumaczyła dawkowanie.",
            "Kebab duży i tani, sos czosnkowy mistrzostwo.",
            "Plecak nieprzemakalny tylko z nazwy, po godzinie deszczu wszystko mokre.",
            "Mechanik uczciwy, powiedział, co trzeba naprawić od razu, a co może poczekać do wiosny.",
            "Trzy gwiazdki: ładnie, ale drogo.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Zmiażdżyliśmy ich na wyjeździe, 4:1!",
            "Ale egzekucja rzutu wolnego, w samo okienko.",
            "Mam pentakilla!! 😎",
            "Te łamagi z mojej drużyny nie umieją bronić punktu A, ale i tak wygraliśmy rundę.",
            "Skoczkowie dziś odlecieli, Kubacki na podium!",
            "Kto gra w FIFĘ wieczorem?",
            "Zostałem sniped przez gościa z drugiego końca mapy.",
            "Dobiliśmy ich w dogrywce, Lech górą!",
            "Fajny mecz, choć bramkarz uratował im skórę kilka razy.",
            "W Minecrafcie wysadziłem sobie pół bazy creeperem 😂",
            "ustrzelilem 3 fragi jednym granatem",
            "Kolarze rozjechali peleton na ostatnim podjeździe.",
            "Rozgromiliśmy ich na turnieju szkolnym w piłkę ręczną, dzieciaki były przeszczęśliwe.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Ten serial to bomba!",
            "Zabij tę kartę w przeglądarce, zżera cały RAM.",
            "Zabójczo przystojny ten aktor.",
            "Pękam ze śmiechu 🤣",
            "Dobiła mnie ta kolejka na poczcie.",
            "Wystrzelił z pomysłem, zanim ktokolwiek zdążył się odezwać.",
            "Upiekło mi się, szef nie zauważył spóźnienia.",
            "Ta deadline'owa noc mnie zamorduje.",
            "Zarżnąłem swój głos na tym koncercie.",
            "Musimy zabić ten temat, zanim dotrze do zarządu.",
            "Ceny prądu dobijają małe firmy.",
            "Ustrzeliłam piękne zdjęcie zachodu słońca nad Bałtykiem.",
            "Ta książka mnie po prostu zmiażdżyła emocjonalnie.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Szczęśliwego Id al-Fitr dla wszystkich muzułmańskich sąsiadów!",
            "Wesołych Świąt Bożego Narodzenia, kochani!",
            "Mój przyjaciel właśnie wyoutował się przed rodzicami i przyjęli to super 🏳️‍🌈",
            "Wietnamska restauracja na rogu to skarb naszego osiedla.",
            "Na zajęciach z tańca jest dziewczyna z protezą nogi i tańczy lepiej niż my wszyscy.",
            "Dzięki dla Białorusinek z naszego biura za przepis na draniki!",
            "Tłumaczka języka migowego na koncercie była świetna.",
            "Synagoga w Krakowie organizuje dzień otwarty, warto iść.",
            "Dwóch tatusiów na festynie szkolnym wygrało konkurs ciast 🎂",
            "Koleżanka z Indii zaprosiła nas na Diwali, było cudownie.",
            "Nasz nowy trener jest Czeczenem i zna się na zapasach jak nikt.",
            "Gratulacje dla pierwszej kobiety kapitana w naszej flocie!",
            "Podczas Światowego Dnia Zespołu Downa ubraliśmy kolorowe skarpetki.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Ciekawy artykuł, ale brakuje drugiej strony sporu.",
            "Nie przekonuje mnie ten argument.",
            "Według mnie nowa linia tramwajowa powinna iść inną trasą.",
            "Zgadzam się tylko częściowo, bo dane są z 2019 roku.",
            "Świetny reportaż, dzięki!",
            "Po co budować kolejną galerię handlową, skoro brakuje żłobków?",
            "Redakcja mogłaby poprawić literówki w drugim akapicie.",
            "Krytyka słuszna, ale forma trochę przesadzona.",
            "A może by tak zapytać mieszkańców, zanim się wytnie drzewa?",
            "dobry tekst, tylko za dlugi",
            "Te statystyki są ciekawe, ale bez porównania z innymi krajami niewiele mówią.",
            "Szanuję zdanie autora, choć sam widzę to zupełnie inaczej i chętnie bym podyskutował.",
            "Kolejna podwyżka biletów? Kiepski pomysł.",
        ],
    ),
]

# ======================================================================================
# HELD-OUT 2: a fresh generalisation test. Frames used in no other part, groups mostly
# new (12 of 15 absent from both the train and the first held-out part), new slurs.
# ======================================================================================

_HELDOUT2_GROUPS = [
    _g("Niemcy", "Niemców", "Niemcom", "Niemców", "Niemcami", "Niemcach"),
    _g("Chińczycy", "Chińczyków", "Chińczykom", "Chińczyków", "Chińczykami", "Chińczykach"),
    _g("Turcy", "Turków", "Turkom", "Turków", "Turkami", "Turkach"),
    _JEWS,
    _g("Afgańczycy", "Afgańczyków", "Afgańczykom", "Afgańczyków", "Afgańczykami", "Afgańczykach"),
    _g(
        "osoby niebinarne",
        "osób niebinarnych",
        "osobom niebinarnym",
        "osoby niebinarne",
        "osobami niebinarnymi",
        "osobach niebinarnych",
        False,
    ),
    _g(
        "Nigeryjczycy",
        "Nigeryjczyków",
        "Nigeryjczykom",
        "Nigeryjczyków",
        "Nigeryjczykami",
        "Nigeryjczykach",
    ),
    _g(
        "prawosławni",
        "prawosławnych",
        "prawosławnym",
        "prawosławnych",
        "prawosławnymi",
        "prawosławnych",
    ),
    _g("niewidomi", "niewidomych", "niewidomym", "niewidomych", "niewidomymi", "niewidomych"),
    _WOMEN,
    _g("Gruzini", "Gruzinów", "Gruzinom", "Gruzinów", "Gruzinami", "Gruzinach"),
    _g("ateiści", "ateistów", "ateistom", "ateistów", "ateistami", "ateistach"),
    _g(
        "osoby z autyzmem",
        "osób z autyzmem",
        "osobom z autyzmem",
        "osoby z autyzmem",
        "osobami z autyzmem",
        "osobach z autyzmem",
        False,
    ),
    _MUSLIMS,
    _g("Tatarzy", "Tatarów", "Tatarom", "Tatarów", "Tatarami", "Tatarach"),
]

_DEROGATION_HELDOUT2 = [
    "Jak ja nie trawię {gen}, to szkoda słów.",
    "{Nom} to najbardziej odrażające towarzystwo w tym kraju.",
    "Każdy, kto miał do czynienia z {ins}, wie, że to banda {cwaniaków i nierobów|cwaniar i nierobów}.",
    "{Nom} są po prostu {podli|podłe} i {zakłamani|zakłamane}, zawsze tak było.",
    "Rzygać mi się chce od tych wszystkich {gen}.",
    "Po co nam tu {nom}? Sam smród i kłopoty.",
    "Mam alergię na {acc}, nie umiem udawać, że ich toleruję.",
]

_DEHUMANISATION_HELDOUT2 = [
    "{Nom} są jak pchły: gryzą, swędzą i roznoszą syf.",
    "{Nom} to odpady, a nie obywatele.",
    "{Nom} to świnie tarzające się we własnym gnoju.",
    "{Nom} to bakterie, po których trzeba dezynfekować ulice.",
    "Widziałem dziś stado {gen}, jak sępy nad padliną.",
    "{Nom} to pijawki przyssane do budżetu.",
]

_THREAT_HELDOUT2 = [
    "Jeszcze trochę i zaczniemy polować na {acc}.",
    "Zapamiętajcie moje słowa: {nom} skończą w rowie z poderżniętym gardłem.",
    "{Każdemu|Każdej} z {gen}, {którego|którą} spotkam po zmroku, połamię nogi.",
    "Benzyna i zapałka, tylko tak trzeba załatwić sprawę z {ins}.",
    "Ktoś powinien w końcu wziąć strzelbę i odwiedzić {acc} w ich domach.",
    "Mam siekierę w bagażniku i chętnie przetestuję ją na {loc}.",
]

_NEGATED_HELDOUT2 = [
    "Nigdy nie podniósłbym ręki na {acc}.",
    "Nie widzę w {loc} nic odrażającego, to {tacy sami ludzie|takie same osoby} jak wszyscy.",
    "Bzdura, że {nom} to pijawki, znam {wielu|wiele} i {wszyscy|wszystkie} ciężko pracują.",
    "Nie jestem wrogiem {gen} i nigdy nie będę.",
    "W życiu nie powiedziałbym złego słowa o {loc}.",
]

_COUNTER_HELDOUT2 = [
    "Ktoś na grupie napisał, że {nom} to pchły, i dobrze, że admin go wywalił.",
    "Nazywanie {gen} pijawkami to czysta nienawiść, a nie żadna opinia.",
    "Nie udostępniajcie filmiku, w którym ktoś grozi {dat}, tylko go zgłaszajcie.",
    "Słyszałem w autobusie, jak facet wyzywał {acc} od świń. Nikt nie zareagował, ja też nie, i dalej mi głupio.",
    "Jeśli twój „żart” polega na tym, że {nom} to odpady, to nie jest żart, tylko pogarda.",
]

_NEUTRAL_HELDOUT2 = [
    "W bibliotece miejskiej jest wystawa zdjęć o {loc}.",
    "{Ilu|Ile} {gen} mieszka obecnie w Polsce? Szukam aktualnych danych.",
    "Na zajęciach z socjologii omawialiśmy sytuację {gen} po 1989 roku.",
    "Znajoma robi podcast, w którym rozmawia z {ins} o codziennym życiu.",
    "Nowy raport fundacji opisuje, jak {nom} radzą sobie z wynajmem mieszkań.",
]

_POSITIVE_HELDOUT2 = [
    "{Nom} to ludzie, od których można się wiele nauczyć.",
    "Uwielbiam spędzać czas z {ins}, zawsze jest wesoło.",
    "Bez {gen} nasze miasto byłoby dużo uboższe.",
    "Brawo dla {gen} z naszego osiedla za zbiórkę dla schroniska!",
    "Mam wśród {gen} wielu bliskich przyjaciół i bardzo ich cenię.",
]

_SLUR_HELDOUT2 = [
    "Szwaby znowu się wymądrzają, jakby żadnej wojny nie było.",
    "Szkopy niech przestaną wykupywać nam ziemię na Mazurach.",
    "Kitajce podrabiają wszystko, a potem zalewają nas tym szajsem.",
    "Turasy niech spadają z powrotem do Ankary.",
    "Pejsaci znowu chcą odszkodowań, niedoczekanie ich.",
    "Mośki już liczą, ile na nas zarobią.",
    "Smoluchy z ośrodka łażą po osiedlu, strach dzieci puścić na podwórko.",
    "Suki powinny siedzieć cicho i rodzić dzieci.",
    "Ta locha z kasy myśli, że jak ma cycki, to może się mądrzyć.",
    "Ciepli bracia z działu kadr znowu wywiesili tęczową flagę, rzygać się chce.",
    "Tęczowa zaraza nie będzie uczyć naszych dzieci.",
    "Babochłopy w sukienkach niech nie włażą do damskiej toalety.",
    "Mongoły z tego ośrodka nie powinny chodzić do normalnej szkoły.",
    "Ślepaki z białymi laskami tylko tarasują chodnik.",
    "Ty ślepa kurwo, nie widzisz, gdzie leziesz?",
    "Ateusze bez Boga i bez zasad, nic dziwnego, że z nich takie bydło.",
    "Ruska swołocz z tej cerkwi niech się wynosi na wschód.",
    "Talibańskie brudasy z ośrodka, nikt was tu nie chce.",
    "Ty pejsaty skurwysynu, oddawaj hajs.",
    "Wypad stąd, szwabie.",
    "Chachły znowu zajęły wszystkie miejsca w autobusie.",
    "Autystyczne debile nie powinny mieć prawa głosu.",
    "Ciapate Pakistańce niech wracają do swoich slumsów.",
    "kitajce i zoltki to jedna zaraza, wszystko przez nich 🤬",
]

_SPELLING_HELDOUT2 = [
    "Szw@by to ścierwo.",
    "N i e m c y to naziści, co do jednego.",
    "Ch1ńczycy roznoszą zarazę.",
    "Turrrcy to dzikie bydło.",
    "Afgańcyzcy do domu, wypad.",
    "N.i.g.e.r.y.j.c.z.y.c.y to oszuści i handlarze.",
    "Gruz1ni to mafia i złodzieje.",
    "Pr@wosławni to ruska piąta kolumna.",
    "At3iści to bydło bez zasad.",
    "Niew1domi to balast dla wszystkich.",
    "Osoby niebinarnee to chore dziwadła.",
    "Aut*ści powinni siedzieć zamknięci.",
    "T a t a r z y wynocha z Podlasia.",
    "Żyyydzi to pijawki.",
    "Muzułm@nie to zwierzęta.",
    "K0biety to głupie lochy.",
    "Pejs@ci won z Polski.",
    "Sm0luchy do Afryki.",
    "Kitajcee roznoszą syf.",
    "ciepli bracia = zboczency",
]

_ABUSE_HELDOUT2 = [
    "Ty ciamajdo, znowu przypaliłeś ryż.",
    "Weź się nie ośmieszaj, ofiaro losu.",
    "Kaśka to straszna żmija, obgaduje wszystkich za plecami.",
    "Spadaj na drzewo, nudziarzu.",
    "Ty sknero, nawet na kawę się nie dorzucisz.",
    "Nasz kierownik to bezczelny karierowicz bez krzty honoru.",
    "Ty cymbale, to było moje miejsce parkingowe.",
    "Aleś ty nadęty bufon.",
    "Morda w kubeł, mądralo.",
    "Ty oślico, znowu zostawiłaś włączone żelazko.",
    "Jesteś leniem i pasożytem na garnuszku rodziców, weź się do roboty.",
    "Ten hydraulik to partacz i naciągacz, zostawił mi zalaną łazienkę i rachunek na tysiąc złotych.",
    "Ty gamoniu, trzeci raz w tym tygodniu zgubiłeś klucze.",
    "Odczep się ode mnie, ty namolny palancie.",
    "Łukasz to tchórz i kapuś, nie mówcie mu niczego.",
    "ogarnij sie, ty dzbanie",
    "Jesteś zwykłym kłamczuchem i każdy w pracy już to wie.",
]

_PROFANITY_HELDOUT2 = [
    "Kurwa mać, ale piękny zachód słońca.",
    "Ja pierdykam, ale mam zakwasy.",
    "O żesz kurwa, wygraliśmy konkurs!",
    "Kurna chata, zapomniałem portfela.",
    "Do kurwy nędzy, gdzie jest ten pilot?",
    "Zajebongo, mamy bilety na koncert!",
    "Cholibka, ale dziś zimno.",
    "Chuj z tym, jutro też jest dzień.",
    "O cholera, ale ta zupa ostra.",
    "Kurwa, jaki ten mały kot jest słodki 😭",
    "Sraty taty, i tak nie zdążę.",
    "W pizdu, rozładował mi się telefon na środku lasu.",
    "Ja pierdziele, jaki korek na A4.",
    "kurde, ale sie wyspalem",
    "Ja nie mogę, kurwa, jakie to ciasto jest dobre.",
    "Pierdolnik w mieszkaniu jak po przejściu huraganu, ale trudno, posprzątam jutro.",
    "Ożeż w dupę, znowu podnieśli czynsz.",
]

_NON_PROTECTED_HELDOUT2 = [
    "Jak ja nie trawię poniedziałkowych poranków, to szkoda słów.",
    "Kibole z sektora gości to najbardziej odrażające towarzystwo na stadionie.",
    "Każdy, kto miał do czynienia z tym deweloperem, wie, że to banda cwaniaków.",
    "Politycy z tej koalicji są po prostu podli i zakłamani, zawsze tak było.",
    "Rzygać mi się chce od tych wszystkich reklam bukmacherów.",
    "Po co nam tu kolejna galeria handlowa? Sam hałas i korki.",
    "Mam alergię na zebrania, które mogły być mailem.",
    "Mole spożywcze są jak pchły: wszędzie się wcisną.",
    "Ta nowa ustawa to odpady, a nie reforma.",
    "Spamerzy to bakterie, po których trzeba dezynfekować skrzynkę.",
    "Windykatorzy zlecieli się jak sępy nad padliną.",
    "Firmy od chwilówek to pijawki przyssane do ludzkiej biedy.",
    "Jeszcze trochę i zaczniemy polować na te osy z piwnicy.",
    "Zapamiętajcie moje słowa: ten sędzia skończy w trzeciej lidze.",
    "Każdemu komarowi, którego spotkam po zmroku, urwę skrzydełka.",
    "Benzyna i zapałka, tylko tak trzeba załatwić sprawę z tą stertą starych gałęzi.",
    "Mam siekierę w bagażniku i chętnie przetestuję ją na tym zwalonym drzewie.",
    "Kanar w tramwaju to zwykły sęp.",
    "Nowy regulamin parkingu to jakaś kpina, nie da się tak żyć.",
    "Ten abonament za kablówkę to złodziejstwo w biały dzień.",
    "jak ja nienawidze robot drogowych w lipcu",
    "Pleśń w łazience trzeba wytępić do zera, zanim zje nam ściany.",
]

_RECLAIMED_HELDOUT2 = [
    "Dwa pedzie i jedna lesba wchodzą do baru... czyli nasz stały piątkowy skład 😂",
    "My, kaleki, mamy najlepsze miejsca na koncertach, bo pod sceną jest podest 😎",
    "Cioteczki, przypominam o jutrzejszej próbie chóru, kto nie przyjdzie, ten stawia wino!",
    "Lesba lesbie nie zrobi krzywdy, więc spoko, pożyczę ci wiertarkę 😂",
    "Jestem ślepakiem i sam mogę się śmiać z tego, że znowu wszedłem w słupek.",
    "Jako stara ciota oficjalnie ogłaszam: brokat na sylwestra obowiązkowy ✨",
]

FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = [
    *_build("derogation", True, _DEROGATION_HELDOUT2, _HELDOUT2_GROUPS, 3, "🤬"),
    *_build("dehumanisation", True, _DEHUMANISATION_HELDOUT2, _HELDOUT2_GROUPS, 3, "🐷"),
    *_build("threat", True, _THREAT_HELDOUT2, _HELDOUT2_GROUPS, 3, "🪓"),
    *_rows("slur", True, _SLUR_HELDOUT2),
    *_rows("spelling_variation", True, _SPELLING_HELDOUT2),
    *_build("negated_hate", False, _NEGATED_HELDOUT2, _HELDOUT2_GROUPS, 3),
    *_build("counter_speech", False, _COUNTER_HELDOUT2, _HELDOUT2_GROUPS, 3),
    *_build("identity_neutral", False, _NEUTRAL_HELDOUT2, _HELDOUT2_GROUPS, 3),
    *_build("identity_positive", False, _POSITIVE_HELDOUT2, _HELDOUT2_GROUPS, 3, "👏"),
    *_rows("non_protected_target", False, _NON_PROTECTED_HELDOUT2),
    *_rows("abuse_individual", False, _ABUSE_HELDOUT2),
    *_rows("nonabusive_profanity", False, _PROFANITY_HELDOUT2),
    *_rows("reclaimed_slur", False, _RECLAIMED_HELDOUT2),
]

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Spadam, trzymajcie się!",
            "To co, o siódmej pod kinem?",
            "Odbiorę cię z lotniska w Pyrzowicach, napisz, jak wylądujesz.",
            "Będę przy wejściu do Arkadii, od strony tramwajów.",
            "dobra, to do wieczora",
            "Muszę kończyć, bo mi bateria siada, pogadamy jutro rano.",
            "Zgarniemy cię po drodze z Bronowic, tylko stój przy przystanku, żebyśmy nie musieli krążyć.",
            "Miłej podróży, uważaj na siebie na autostradzie!",
            "Widzimy się w przyszłą środę na próbie, nie zapomnij nut.",
            "Poczekam w kawiarni naprzeciwko urzędu, zajmę stolik przy oknie.",
            "No to na razie, buziak dla małej 😘",
            "Jutro o ósmej pod szkołą, zabierzemy dzieci razem.",
            "Dzięki za gościnę, było super, następnym razem to wy do nas!",
        ],
    ),
    *_kind(
        "chat",
        [
            "Ktoś wie, czy Żabka na rogu jest otwarta w niedzielę?",
            "Ugotowałam rosół na cały tydzień 🍲",
            "Wrzucę zdjęcia z wycieczki wieczorem na grupę.",
            "Ale mi się dziś nie chce wstawać z łóżka.",
            "Młody dzisiaj pierwszy raz sam pojechał rowerem do szkoły, a ja siedzę i obgryzam paznokcie.",
            "serio pada snieg w kwietniu?",
            "Macie jakiś dobry serial na wieczór? Skończyłam wszystko, co było na liście.",
            "Babcia nauczyła się wysyłać emotki, teraz dostaję od niej po dwadzieścia serduszek dziennie ❤️",
            "Idę na spacer z psem, ktoś chętny?",
            "Kupiłem bilety na Openera!",
            "Czy tylko u mnie Netflix tak dziś muli?",
            "Pamiętaj, że jutro oddajemy klucze do mieszkania właścicielowi, więc spakuj resztę rzeczy.",
            "Dobra, to ja robię sałatkę, a ty kupujesz napoje.",
        ],
    ),
    *_kind(
        "support",
        [
            "Dzień dobry, w aplikacji nie widzę mojego biletu miesięcznego, choć płatność przeszła.",
            "Licznik gazu pokazuje dziwne odczyty, proszę o kontakt technika.",
            "Jak mogę dodać drugą osobę do rezerwacji pokoju?",
            "Zamówienie przyszło niekompletne, brakuje ładowarki.",
            "czy moge odebrac paczke z paczkomatu po terminie?",
            "Od tygodnia próbuję się dodzwonić na infolinię i nikt nie odbiera, proszę o kontakt mailowy.",
            "Proszę o anulowanie wizyty na jutro na 14:30.",
            "Dostałem SMS-a o zaległej płatności, ale wszystko mam opłacone. Przesyłam potwierdzenie przelewu.",
            "W którym oddziale mogę wyrobić nową kartę bankową od ręki?",
            "Kamera w laptopie przestała działać po ostatniej aktualizacji systemu.",
            "Chciałabym przenieść numer do Państwa sieci, jakie dokumenty są potrzebne?",
            "Dziękuję panu Tomaszowi, reklamację załatwił w jeden dzień.",
            "Nie mogę pobrać faktury z panelu klienta, przycisk jest szary.",
        ],
    ),
    *_kind(
        "review",
        [
            "Placki ziemniaczane chrupiące, sos grzybowy rewelacja.",
            "Pralka cicha i oszczędna, polecam.",
            "Apartament wyglądał zupełnie inaczej niż na zdjęciach, rozczarowanie.",
            "Dentysta delikatny, nic nie bolało, wreszcie przestałam się bać wizyt.",
            "Zegarek ładny, ale pasek po miesiącu się przetarł.",
            "bardzo mila obsluga, polecam kazdemu",
            "Escape room świetnie zrobiony, zagadki logiczne i klimat jak z filmu, bawiliśmy się godzinę bez przerwy.",
            "Frytki rozmiękłe, burger w porządku.",
            "Kurs angielskiego prowadzony z pasją, lektorka cierpliwa.",
            "Czajnik zaczął przeciekać po trzech tygodniach 😠",
            "Spływ kajakowy na Krutyni bomba, organizator wszystko ogarnął.",
            "Dwie gwiazdki, bo dostawa trwała dwa tygodnie zamiast trzech dni.",
            "Najlepsza szarlotka, jaką jadłem poza domem.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "Położyliśmy ich na łopatki w trzecim secie!",
            "Raków przejechał się po nich jak walec.",
            "Ale clutch w ostatniej rundzie, 1 na 3!",
            "Zaraz wbijam na serwer, czekajcie.",
            "Snajper mnie zdjął zza krzaka, zanim zdążyłem się ruszyć.",
            "Wykosiliśmy całą drużynę przeciwnika w pierwszej minucie meczu.",
            "skoczkowie dzis slabo, ale jutro sie odkują",
            "Nareszcie wbiłem diament w rankedach 💎",
            "Zmietliśmy ich z boiska, 5:0 na własnym stadionie.",
            "Zginąłem od własnego granatu, klasyka.",
            "Nasi szczypiorniści zgnietli Niemców w drugiej połowie, ale mecz był zacięty do samego końca.",
            "Kto ma ochotę na turniej w Mario Kart w sobotę?",
            "Ten bramkarz to ściana, niczego nie puścił.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Ta praca domowa z matmy to masakra.",
            "Zabiłeś mnie tym tekstem 😂",
            "Trzeba ściąć koszty o połowę, inaczej projekt padnie.",
            "Rozwaliła system tym pytaniem na rozmowie kwalifikacyjnej.",
            "Wyłącz ten proces, bo mieli dysk od godziny.",
            "Ta nowa fryzura to strzał w dziesiątkę.",
            "Dziś w pracy był totalny armagedon.",
            "Już po mnie, zapomniałem o rocznicy.",
            "Ten kawałek ma zabójczy refren, nie mogę przestać słuchać.",
            "Zastrzel mnie, ale nie pamiętam, jak się nazywa ten aktor.",
            "Rozstrzelali nas pytaniami na obronie pracy magisterskiej, ale przeszło.",
            "Ten ser śmierdzi tak, że zabija muchy w locie 🧀",
            "Utnij ostatnie dwie minuty filmiku, bo są nudne.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Wesołego Purim dla naszych żydowskich sąsiadów!",
            "Prawosławni znajomi, wesołych Świąt Bożego Narodzenia 7 stycznia 🎄",
            "Moja koleżanka z pracy jest niewidoma i najszybciej z nas wszystkich pisze na klawiaturze.",
            "Turecka piekarnia na Pradze robi najlepsze simity w mieście.",
            "Nasz syn ma autyzm i właśnie zdał maturę z matematyki na sto procent, duma!",
            "Byliśmy z dzieciakami w meczecie w Kruszynianach, pan imam wszystko pięknie opowiedział.",
            "Gratulacje dla Oli i Magdy z okazji ślubu, wszystkiego dobrego, dziewczyny 🏳️‍🌈",
            "Koledzy z Nigerii zrobili na urodziny jollof rice, przepyszne.",
            "Kocham wracać do domu od babci z Kaszub, ta gwara to skarb.",
            "Osoba niebinarna z naszej drużyny strzeliła dziś dwa gole 🔥",
            "Nasi gruzińscy sąsiedzi zaprosili nas na supra, do dziś jestem pełny.",
            "Dzięki dziewczynom z koła gospodyń za najlepsze pierogi na festynie.",
            "Czytam teraz książkę o historii Tatarów polskich, niesamowite losy.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Rozumiem intencje, ale ten pomysł na ścieżki rowerowe jest niedopracowany.",
            "Dobry wywiad, szkoda, że taki krótki.",
            "A skąd pewność, że ta inwestycja się zwróci?",
            "Ciekawa analiza, choć wykresy są nieczytelne na telefonie.",
            "Moim zdaniem miasto powinno najpierw wyremontować szkoły, a dopiero potem stadion.",
            "nie zgadzam sie, ale dzieki za rzetelny tekst",
            "Autorka ma rację co do cen mieszkań, ale pomija rolę kredytów.",
            "Zabrakło mi w artykule głosu samych rolników.",
            "Świetnie, że ktoś opisał problem z dojazdami z podmiejskich wsi.",
            "Ten felieton jest trochę zbyt emocjonalny jak na mój gust.",
            "Ja bym jednak poczekał z ocenami do końca kadencji.",
            "Proszę o sprostowanie, bo na zdjęciu jest inny most niż ten, o którym mowa w tekście.",
            "Szkoda, że komentarze zamieniają się w kłótnię, sam temat jest ważny.",
        ],
    ),
]
