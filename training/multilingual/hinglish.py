"""Hindi typed in Latin letters (hi-Latn, Hinglish): a training part written for this project.

Everything here is romanised Hindi as people type it on phones: no diacritics, spelling
variants for the same word (nahi/nhi/nahin, hai/h, kya/kyaa), code-mixed with English,
short posts and longer ones. The frames are new (none taken from ``langs/hi.py`` or
``extra/hi.py``); templated rows fill each frame with at most three protected groups that
fit it, and each group carries the forms a frame needs (direct plural, oblique plural,
singular, feminine agreement). Flagged rows lean on implicit hate (stereotypes stated as
fact, "wapas bhejo", conspiracy claims, demeaning jokes), hate at the end of longer posts,
threats in many forms and slurs as actually typed; the hard negatives use the same
registers (negation, counter-speech that quotes hate, positive and neutral identity
mentions, the same hostile frames at non-protected targets, personal abuse, profanity and
friendly banter).

FUNCTIONAL_TRAIN_LATN2 and EVERYDAY_TRAIN_LATN2, further down, are a second part weighted to
harmless talk (plans and times, figurative violence, warm mentions of groups, negated hate,
counter-speech); tried and not shipped (`python -m training.multilingual.train --latin2`;
bench/RESULTS.md, "Multilingual model: a second Latin-letter Hindi part").
"""

# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group in romanised Hindi: direct plural, oblique plural, singular, feminine?"""

    n: str
    o: str
    s: str
    fem: bool = False


_GROUPS: dict[str, _G] = {
    "mus": _G("musalman", "musalmanon", "musalman"),
    "muslim": _G("muslim log", "muslim logon", "muslim"),
    "dalit": _G("dalit", "daliton", "dalit"),
    "adivasi": _G("adivasi", "adivasiyon", "adivasi"),
    "bihari": _G("bihari", "bihariyon", "bihari"),
    "upwale": _G("UP-Bihar wale", "UP-Bihar walon", "UP-Bihar wala"),
    "ne": _G("north east wale", "north east walon", "north east wala"),
    "kash": _G("kashmiri", "kashmiriyon", "kashmiri"),
    "sikh": _G("sikh", "sikhon", "sikh"),
    "isai": _G("isai", "isaiyon", "isai"),
    "hindu": _G("hindu", "hinduon", "hindu"),
    "aurat": _G("auratein", "auraton", "aurat", True),
    "ladki": _G("ladkiyan", "ladkiyon", "ladki", True),
    "lesb": _G("lesbian ladkiyan", "lesbian ladkiyon", "lesbian ladki", True),
    "gay": _G("gay log", "gay logon", "gay"),
    "trans": _G("transgender log", "transgender logon", "transgender"),
    "kinnar": _G("kinnar", "kinnaron", "kinnar"),
    "viklang": _G("viklang log", "viklang logon", "viklang"),
    "blind": _G("blind log", "blind logon", "blind"),
    "bangla": _G("bangladeshi", "bangladeshiyon", "bangladeshi"),
    "pak": _G("pakistani", "pakistaniyon", "pakistani"),
    "afr": _G("african log", "african logon", "african"),
    "black": _G("black log", "black logon", "black"),
    "migr": _G("migrant mazdoor", "migrant mazdooron", "migrant mazdoor"),
    "south": _G("south indian log", "south indian logon", "south indian"),
    "tamil": _G("tamil", "tamilon", "tamil"),
    "roh": _G("rohingya", "rohingyaon", "rohingya"),
    "bengali": _G("bengali", "bengaliyon", "bengali"),
    "marathi": _G("marathi", "marathiyon", "marathi"),
    "nepali": _G("nepali", "nepaliyon", "nepali"),
    "punjabi": _G("punjabi", "punjabiyon", "punjabi"),
    "afghan": _G("afghani", "afghaniyon", "afghani"),
}

# Spelling variants people use for the same word; templated rows rotate through them so the
# same frame never shows one spelling only.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "nahi": ("nahi", "nhi", "nahin", "nai"),
    "hai": ("hai", "h", "hai", "he", "hai"),
    "hain": ("hain", "hai", "h", "hain"),
    "kya": ("kya", "kyaa", "kya", "kia"),
    "bhai": ("bhai", "bhai", "bhaii", "bhaai"),
    "yaar": ("yaar", "yr", "yaar", "yaaar"),
    "mujhe": ("mujhe", "mjhe", "muje", "mujhe"),
    "bahut": ("bahut", "bohot", "bht", "bahot"),
    "kyun": ("kyun", "kyu", "kyon", "kyun"),
    "karo": ("karo", "kro", "karo", "karo"),
    "sab": ("sab", "sab", "sb", "sab"),
    "toh": ("toh", "to", "toh", "tho"),
    "ke": ("ke", "ke", "k", "ke"),
    "mat": ("mat", "mt", "mat", "mat"),
}
_WORD = re.compile(r"\b(" + "|".join(_VARIANTS) + r")\b")


def _vary(text: str, k: int) -> str:
    """Swap common words for a spelling variant; `k` picks which (deterministic)."""

    def pick(m: re.Match[str]) -> str:
        options = _VARIANTS[m.group(1)]
        return options[(k + m.start()) % len(options)]

    return _WORD.sub(pick, text)


def _render(frame: str, g: _G) -> str:
    return frame.format(
        N=g.n,
        O=g.o,
        S=g.s,
        e="i" if g.fem else "e",
        y="yi" if g.fem else "ye",
        g="gi" if g.fem else "ge",
    )


# A frame and the (at most three) group keys it is filled with, space separated.
_Frame = tuple[str, str]


def _fill(name: str, flag: bool, frames: list[_Frame], seed: int) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    for i, (frame, keys) in enumerate(frames):
        groups = keys.split()
        assert 1 <= len(groups) <= 3, frame
        for j, key in enumerate(groups):
            rows.append((name, flag, _vary(_render(frame, _GROUPS[key]), seed + i * 3 + j)))
    return rows


def _plain(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# ---------------------------------------------------------------------------------------
# Flagged
# ---------------------------------------------------------------------------------------

_DEROGATION_FRAMES: list[_Frame] = [
    ("{O} ko vote ka haq hi nahi hona chahiye, inka is desh se kya lena dena", "mus bangla migr"),
    (
        "ek baat clear hai, {N} kabhi imaandaar nahi ho sakt{e}, khoon mein hi nahi hai",
        "bihari pak aurat",
    ),
    ("{S} hai? phir toh pakka chor hi hoga, apna wallet sambhal ke rakh", "bihari bangla adivasi"),
    ("{O} ko quota se seat mil jaati hai warna dimaag toh inke paas hota hi nahi", "dalit adivasi"),
    (
        "{N} jahan bhi jaat{e} hain wahan gandagi aur jhagda dono saath le jaat{e} hain",
        "upwale bangla afghan",
    ),
    (
        "sachi baat bolu? {O} ke saath flat share karna matlab apni zindagi khud kharab karna",
        "ne afr muslim",
    ),
    (
        "ye {N} desh pe sirf bojh hain, na tax dete na kaam karte, bas muft ka khaate hain",
        "viklang migr roh",
    ),
    ("{O} ki soch hi ghatiya hoti hai, kitna bhi padha likha lo nahi badlegi", "hindu isai tamil"),
    (
        "pata nahi log {O} ko itna sar pe kyun chadhate hain, sab drama karte hain attention ke liye",
        "gay trans lesb",
    ),
    (
        "{O} se shaadi? mar jaunga par ghar mein ye nahi hone dunga, khandaan ki naak kat jayegi",
        "dalit muslim afr",
    ),
    (
        "ghar pe kaam ke liye {O} ko mat rakhna, sab chori karte hain, mere chacha ke saath hua tha",
        "bangla nepali bihari",
    ),
    (
        "{N} sirf bacche paida karna jaante hain aur kuch nahi, 20 saal baad dekhna kya haal hoga",
        "mus roh bangla",
    ),
    (
        "ye {N} kabhi is desh ke wafadar nahi ho sakte, inka dil toh border paar dhadakta hai",
        "muslim kash sikh",
    ),
    (
        "{O} ko apni aukaat mein rehna chahiye, aajkal bahut zyada bolne lag{e} hain",
        "dalit aurat adivasi",
    ),
    ("sach toh ye hai ki {N} sirf reservation aur sarkari khairaat pe zinda hain", "dalit adivasi"),
    (
        "mujhe {O} se ghin aati hai seriously, saamne aa jaayein toh main raasta badal leta hoon",
        "gay trans kinnar",
    ),
    ("{N} aur tameez? 😂 bhai ye dono ek sentence mein mat bolo", "bihari south pak"),
    (
        "koi {S} landlord ko dikh gaya toh flat nahi milega, sahi karte hain landlord",
        "muslim afr ne",
    ),
]

_DEROGATION_PLAIN: list[str] = [
    "Aaj subah metro mein gaya, itni bheed thi ki saans lena mushkil, AC bhi band tha aur office 20 min late pahuncha. Upar se poora coach bihariyon se bhara tha, in logon ne Delhi ko barbaad kar diya hai.",
    "Kal society ki meeting thi, parking aur paani ke bill pe do ghante behes hui, secretary ne chai tak nahi pilayi. Last mein pata chala teesre floor pe muslim family aa rahi hai. Bas, ab society ka mahaul gaya.",
    "Bhai naya job join kiya, team acchi hai, canteen ka khana bhi theek hai aur salary time pe aati hai. Problem bas ek hai, manager dalit hai, quota se aaya hoga, isko kuch aata hi nahi.",
    "Weekend pe Goa gaye the, beach mast tha, seafood badhiya, weather ekdum perfect. Bas har jagah ye africans ghoom rahe the, sab ke sab drug dealer lagte hain, police kuch karti kyu nahi",
    "Toronto mein 3 saal ho gaye, job acchi hai aur snow se ab dar nahi lagta. Bas ek cheez bardasht nahi hoti, ye black log har station ke bahar khade rehte hain, sab ke sab chor hain bhai.",
    "College fest tha, DJ badhiya tha, food stalls bhi theek the, raat 2 baje tak naache. Par north east wali ladkiyan bhi aayi thi na, wo sab easy hoti hain yaar, sab jaante hain ye baat.",
    "Shaadi ka season hai, roz koi na koi function, kapde, gifts, sab mehenga. Aur haan, ladke wale bol rahe the bahu sanwli nahi chahiye aur south indian toh bilkul nahi, kaale aur ganwaar hote hain.",
    "Beta ka admission ho gaya finally, school accha hai, bus bhi ghar tak aati hai. Bas class mein aadhe bacche quota wale hain, ab ye log padhai ka level gira denge, merit ki koi keemat hi nahi rahi.",
    "love jihad asli cheez hai bhai, ye log plan karke hamari ladkiyon ko phasate hain, poora network hai iska",
    "population jihad chal raha hai, 2050 tak ye mulle majority ho jayenge, phir dekhna kya karte hain",
    "ye christian missionary sab conversion racket chalate hain, hospital aur school sirf bahana hai",
    "women driver 🙄 phir se gaadi thok di, inko licence deta kaun hai yaar",
    "sardar ji ke 12 baj gaye? 😂 inka dimaag toh waise bhi ghutne mein hota hai",
    "ladkiyon ko engineering padhane ka kya fayda, last mein roti hi toh belni hai 😂😂",
    "madrasi log hindi kyun nahi seekhte? ghamand hai bas, aur kuch nahi, ye log kabhi apne nahi ho sakte",
    "hindu log gaumutra peete hain aur science ki baat karte hain lol, andh-vishwasi kaum",
    "har kashmiri ke ghar mein ek separatist baitha hai, bas mauka dhoondh rahe hain",
    "trans hona koi identity nahi, seedha seedha dimaagi bimari hai, isko normal mat banao",
    "disabled logon ko itni facilities kyun? pichhle janam ke paap ka fal bhugat rahe hain, bhugatne do",
    "Pakistani? 😂 bhai inke paas atta toh hai nahi, bas aatank export karte hain, poori kaum hi aisi hai",
    "nepali ko ghar pe rakhoge toh ek din sab loot ke bhaag jayega, inki nasal hi aisi hai",
    "tablighi walon ne hi corona phailaya tha, thook thook ke, sab jaante hain",
    "dekho ek aur hijab wali, ab office mein bhi sharia laayenge ye log",
    "ye rohingya yahan aake crime hi karte hain, ek bhi achha nikle toh bata dena",
    "aurat ka dimaag ghutne mein hota hai, isliye boss aurat nahi honi chahiye, simple",
]

_DEHUMANISATION_FRAMES: list[_Frame] = [
    ("{N} virus jaise hain yaar, ek ghusa nahi ki poora mohalla infect", "bangla roh muslim"),
    ("in {O} ko dekh ke lagta hai chidiyaghar se bhaag ke aaye hain", "afr adivasi black"),
    (
        "{N} insaan kam aur dhor-dangar zyada lagte hain, bas ghaas charna baaki hai",
        "bihari migr adivasi",
    ),
    ("{N} is desh ke sharir pe phode hain, kaat ke nikaalna padega", "mus kash roh"),
    ("ye {N} sadak ke aawara kutton se bhi gaye guzre hain", "upwale dalit bangla"),
    ("{O} ki aabadi machhron ki tarah badh rahi hai, koi spray maaro bhai", "mus bangla roh"),
    ("{N} toh bandar hain bhai, dekho kaise uchhal kood karte hain 🐒", "afr black ne"),
    ("{O} ka khoon hi ganda hai, poori nasal kharab hai inki", "dalit muslim pak"),
    ("{N} = kachra. aur kachra kahan jaata hai? dustbin mein 🗑️", "roh bangla afghan"),
    ("{N} parasite hain, hamara hi khaate hain aur hamein hi kaatte hain", "mus roh kash"),
    ("{O} ko dekh ke lagta hai bhagwan ne galti se banaya, adhoore insaan", "viklang trans kinnar"),
]

_DEHUMANISATION_PLAIN: list[str] = [
    "in chinkiyon ki shakal hi cockroach jaisi hai, khaate bhi wahi hain",
    "gay log ek chhoot ki bimari hain, bachchon tak na pahunche toh achha",
    "bhai ye bangladeshi deemak hain, andar hi andar khokhla kar denge",
    "African hostel ke paas se guzro toh lagta hai jungle mein aa gaye, janwaron ki basti hai wo",
    "Dalit basti ka paani bhi mat peena, wahan suar aur insaan ek hi naali mein lotte hain",
    "rohingya camp = machhron ka adda, fogging karwao poore camp pe",
    "pakistani saare suar ki nasal hain, porkistan naam aise hi nahi pada 🐷",
    "transgender log insaan nahi, nature ki galti hain",
    "ye migrant log bhed-bakriyon ka rewad hain, jidhar haanko udhar chal padte hain",
    "aurat ek cheez hai bhai, jiske ghar mein hai uski property",
    "ye UP wale bhaiya log chuhon ki tarah har building ke basement mein bhare pade hain",
    "kashmiri nahi, saanp hain ye, doodh pilao phir bhi dasenge 🐍",
    "Hostel ka khana bekaar, WiFi slow, warden alag irritate karta hai, phir bhi semester nikal gaya. Par room partner north east wala mila hai, insaan kam keeda zyada lagta hai, pata nahi kya kya kha leta hai 🤢",
    "Ghar ka renovation chal raha hai, dhool mitti sab jagah, mummy ka BP high. Upar se nayi kaamwali dalit hai, uske chhune ke baad bartan do baar dhote hain, ye log gandagi ki jad hain.",
]

_THREAT_FRAMES: list[_Frame] = [
    ("kaash ek din saare {N} ek saath khatam ho jaayein, sach mein sukoon milega", "mus pak roh"),
    (
        "agar ek bhi {S} ne hamare gaon ki zameen pe kadam rakha toh laash wapas jayegi",
        "dalit muslim adivasi",
    ),
    ("koi in {O} ko sabak sikhao yaar, bahut ud rahe hain aajkal", "dalit kinnar ne"),
    (
        "sab log kal shaam 7 baje chowk pe aao, {O} ki dukaanein band karwani hain, danda leke aana",
        "mus bihari kash",
    ),
    ("{O} ko bol do, pata hai kahan rehte hain, ek raat mein hisaab ho jayega", "muslim afr ne"),
    ("{O} ke liye ek hi ilaaj hai: petrol aur maachis 🔥", "mus isai dalit"),
    ("chun chun ke {O} ko nikaalenge, jo na nikle usko upar bhejenge", "bangla roh kash"),
    ("ek baar upar se order aa jaaye bas, {O} ko 24 ghante mein saaf kar denge", "muslim sikh roh"),
    ("{O} ko dekhte hi maaro, koi case nahi banega, apni sarkar hai", "mus dalit afr"),
    (
        "in {O} ka bijli-paani band karwa do, bhookhe marenge toh khud bhaag jayenge",
        "bihari muslim migr",
    ),
    (
        "{O} ko chhodna mat bhaiyon, jahan mile wahin peeto aur video bana ke daalo",
        "gay trans kinnar",
    ),
    ("mera bas chale toh saare {O} ko ek godown mein band karke aag laga doon", "pak mus roh"),
    ("{O} sun lo, agli baar julus nikala toh sir phod denge, last warning hai ye", "mus isai sikh"),
    (
        "ruko zara, election ke baad {O} ka wo haal karenge ki pushtein yaad rakhengi",
        "muslim isai kash",
    ),
    (
        "{O} ko hamare mohalle mein ghar kiraye pe diya toh dene wale ko bhi nahi chhodenge, samjhe sab",
        "mus afr dalit",
    ),
]

_THREAT_PLAIN: list[str] = [
    "tera ghar dekha hua hai katue, kal milte hain 🙂",
    "sun be chinki, pata hai tu kis PG mein rehti hai, sambhal ke rehna",
    "koi in hijdon ko sabak sikhao, roz signal pe taali bajake paise maangte hain",
    "bhaiyon Sunday ko church ke bahar milte hain, sab log lathi leke aana, conversion band karwani hai",
    "jo bhi African is colony mein dikhe usko wahin dho do, police apni hai",
    "gay couple ko gali mein haath pakde dekha toh dono ki taangein todenge, samjhe",
    "in pakistaniyon pe surgical strike nahi, nuke chahiye, mitti mein mila do saalon ko",
    "dalit dulhe ne ghodi chadhne ki himmat ki toh baraat wapas nahi jayegi, gaon ka faisla hai",
    "bahut hua, aaj raat in bangladeshiyon ki jhuggiyan jalengi, sab ready raho 🔥",
    "ye feminist auratein zyada bolti hain, ek do ko sabak milega toh baaki khud chup ho jayengi",
    "Canada mein ye khalistani sardar, inko pakad pakad ke peetna chahiye",
    "London ke in Pakistani logon ko line mein khada karke deport karo, poori community ko, bachche bhi",
    "kashmiriyon ko bolo 2 din mein hostel khaali karo, warna apne tareeke se karwayenge",
    "muslim hai toh is building mein mat aana, tera wo haal karenge ki yaad rakhega",
    "sab trans logon ko goli maar do, problem hi khatam",
    "bura mat maanna par kuch bihariyon ko peet do toh baaki khud train pakad ke Bihar chale jayenge",
    "Eid pe bakra katega na? is baar bakre ki jagah kuch aur katega, yaad rakhna mullon",
    "adivasi gaon khaali nahi karenge toh bulldozer ke saath saath hum bhi aayenge, sab ko utha denge",
    "next time koi NE wala mohalle mein momo bechta dikha toh thela ulta aur wo bhi",
    "sikhon ko 84 yaad dilana padega kya? ek baar phir se?",
    "Kal raat shaadi se lautte hue tyre puncture ho gaya, ek ghanta highway pe khade rahe. Ghar pahuncha toh pata chala naye padosi kashmiri hain. Bol diya hai 15 din mein nikal jaao, warna samaan ke saath bahar phenkenge.",
    "Is baar Navratri ka pandal bahut bada bana hai, DJ bhi aa raha hai. Committee ne decide kiya hai ki garba mein koi mulla ghusa toh wahin haath pair tod denge, entry pe ID check hoga.",
    "Monday ko site pe kaam shuru hua, cement late aaya, contractor phone nahi utha raha, garmi alag. Aur ye bangladeshi labour phir se aa gaye, inko toh zinda gaad dena chahiye wahin foundation mein.",
]

_SLUR_PLAIN: list[str] = [
    "nikal katue",
    "ktue kahin ke 🤮",
    "abe mulle, idhar kya kar raha hai",
    "shantidoot phir se shanti faila rahe hain 🙄💣",
    "puncture wale ka beta doctor banega? 😂 sapne dekh",
    "abdul apni aukaat mein reh",
    "hare virus wale phir aa gaye sadak pe namaz padhne",
    "mullon ki jhund dekh ke hi bp badh jaata hai",
    "chamaar ki aulaad, zyada mat bol",
    "bhangi hai toh jhaadu utha, kursi nahi",
    "quota wale sarkari damaad 😂",
    "neech jaat ka hoke hamare saath ek thaali mein khayega?",
    "achhoot ho tum log, mandir ke andar paer mat rakhna",
    "junglee adivasi, pehle kapde pehenna seekh",
    "chinki chinki chin chong 😂😂",
    "oye momo, kahan se aayi hai tu? china?",
    "chinky log sab ek jaise dikhte hain lol",
    "bihari ho kya? gutkha thook ke aaye ho",
    "bhaiyye wapas jao UP, yahan jagah nahi",
    "ye ghati log saale sab ganwaar hain",
    "oye madrasi, idli band kar aur hindi bol",
    "kaalu madrasi, sambar peeke aaya hai kya",
    "habshi log ka koi bharosa nahi, door raho",
    "kallu, tera visa check karwaun kya?",
    "negro log colony mein nahi chahiye",
    "wo randi hai, sab jaante hain kaise promotion mila",
    "ye feminazi kutiyaan har baat pe rona shuru",
    "chinaal ladkiyan hi aise kapde pehenti hain",
    "chakka hai kya be? ladki jaisa bolta hai",
    "chakke log pride ke naam pe nanga naach kar rahe hain",
    "gandu log, sharam karo thodi",
    "homo saala, door reh mujhse",
    "meetha hai kya tu? 😂",
    "hijdon ki fauj aa gayi signal pe 🙄",
    "hijde kahin ke, taali bajao aur niklo",
    "langde, chal ke dikha zara 😂",
    "andhe ko job dega koi? lol",
    "retard log ko normal school mein mat aane do",
    "mental hai ye, pagalkhane se kisne chhoda isko",
    "apahij log sarkar pe bojh",
    "paki suar",
    "porkistani kahin ke",
    "bangladeshi ghuspaithiye ko ration card? kyun bhai",
    "rohingya bhikhari sab, ek bhi kaam ka nahi",
    "rice bag christian 😂",
    "chawal ke bore ke liye dharm badalne wale converted",
    "gomutri log kabhi science nahi samjhenge",
    "khalistani sardar kahin ke",
    "kashmiri jihadi saala",
    "kala kaluta african, wapas ja",
    "ye gawar bihari labour",
    "lesbo kahin ki, ladke nahi milte kya?",
    "tranny log pe ban lagao",
    "jihadi abdul ne phir kand kar diya",
    "suar ki aulaad mulle",
    "bhaiya log = gandagi",
    "mlechh log hamare tyohar pe gyaan na dein",
    "ye chamaar-chooda log ab neta banenge?",
]

_SPELLING_FRAMES: list[_Frame] = [
    ("{N} s@b ch0r h0t{e} h", "bihari bangla adivasi"),
    ("{O} se nfrt h mjhe", "muslim dalit ne"),
    ("p33to {O} ko, jahan dikhe", "kash afr gay"),
    ("saare {N} k.a.c.h.r.a hain", "roh migr upwale"),
    ("{N} j@hil aur g@nd{e}", "aurat pak south"),
    ("{O} ka b0yc0tt karo, ek paisa mt do inko", "mus isai sikh"),
    ("{O} ko gh@r m@t do rent pe", "afr muslim ne"),
    ("{O} ko v0te ka h@q nhi milna chahiye", "bangla roh migr"),
    ("ye {N} 🐀🐀 hain", "mus bangla roh"),
    ("{N} = 💩 change my mind", "trans dalit black"),
    ("{O} ko 🔫🔫 karo", "pak kash kinnar"),
    ("{N} d e s h  k e  g a d d a a r", "muslim kash sikh"),
]

_SPELLING_PLAIN: list[str] = [
    "k@tu3 log 🤮",
    "m u l l o n ko nikalo",
    "ch@m@r ki aulad",
    "bh@ngi hai wo",
    "ch!nk! wapas jao",
    "h!jd3 manhoos hote hain",
    "chakkkkke saale",
    "r@nd1 hai sab",
    "mdrsi log",
    "p@k1 suar",
    "b@ngl@deshi d33mak",
    "g@ndu log ko m@ar0",
    "l@ngde ki aulad",
    "k2e sab ek jaise",
    "shaaaantidoot 💣💣",
    "h a b s h i log",
    "rndi ldkiyan",
    "chnki log 🐶 khate h",
    "mle.chh log",
    "jihaaadi mlle log",
    "6kka hai kya",
    "kt.ua",
]

# ---------------------------------------------------------------------------------------
# Not flagged: hard negatives in the same registers
# ---------------------------------------------------------------------------------------

_NEGATED_FRAMES: list[_Frame] = [
    (
        "ye kehna galat hai ki {N} chor hot{e} hain, maine toh aaj tak aisa nahi dekha",
        "bihari bangla adivasi",
    ),
    (
        "main nahi maanta ki {N} desh ke liye khatra hain, ye sab WhatsApp ka propaganda hai",
        "mus isai kash",
    ),
    ("kisi ko {O} se nafrat nahi karni chahiye, bas itni si baat hai", "dalit gay trans"),
    ("{N} ganwaar nahi hain bhai, tu apna gyaan apne paas rakh", "bihari adivasi upwale"),
    (
        "mere ghar mein koi {O} ke khilaaf ek shabd nahi bolta, aur bolega bhi nahi",
        "muslim dalit ne",
    ),
    ("{O} ko vote ka haq kyun nahi? wo bhi utne hi citizen hain jitne hum", "mus isai migr"),
    ("na na, {N} bimaar nahi hain, ye koi disease nahi hai, pehle padh le", "gay trans lesb"),
    (
        "kabhi socha bhi nahi ki kisi {S} ko sirf uski pehchaan ki wajah se kuch bolun",
        "muslim dalit kinnar",
    ),
    (
        "{O} ke bina ye sheher ek din nahi chal sakta, inhe nikaalne ki baat bakwaas hai",
        "migr bihari nepali",
    ),
    ("ek-do logon ki wajah se saare {O} ko bura bolna theek nahi", "mus afr bangla"),
    ("main {O} ko kabhi 'wapas jao' nahi bolunga, ye unka bhi utna hi desh hai", "ne kash sikh"),
    (
        "{N} koi aatankwadi nahi hain, news channel wale bas TRP ke liye chillate hain",
        "muslim sikh kash",
    ),
]

_NEGATED_PLAIN: list[str] = [
    "nahi yaar, auratein kamzor nahi hoti, meri maa ko dekh le ek baar",
    "dalit hona koi gaali nahi hai, isko gaali mat banao",
    "mujhe farak nahi padta koi gay hai ya straight, insaan achha hona chahiye bas",
    "koi bhi African sirf rang ki wajah se drug dealer nahi hota, ye soch band karo",
    "main kabhi kisi kinnar ka mazaak nahi udaunga, bachpan se yahi seekha hai",
    "north east wale 'chinese' nahi hain, utne hi Indian hain jitne tum",
    "ladkiyan engineering mein kisi se kam nahi, hamari batch ki topper ek ladki thi",
    "Mohalle ke WhatsApp group mein roz koi na koi forward aata hai, aaj bhi aaya. Mera seedha jawaab: mujhe kisi rohingya ya bangladeshi se nafrat nahi hai, aur main aisi cheezein aage nahi bhejunga.",
]

_COUNTER_FRAMES: list[_Frame] = [
    (
        "'{O} ko wapas bhejo' — ye line har rally mein sunte ho na? ye nafrat hai, isko normal mat karo",
        "bangla roh bihari",
    ),
    (
        "jo log bolte hain ki {O} ko vote ka haq nahi hona chahiye, unhe pehle samvidhan padhna chahiye",
        "mus migr dalit",
    ),
    (
        "family group mein chacha ne forward bheja ki {N} conversion racket chalate hain, maine fact-check bheja aur unhe toka",
        "isai muslim",
    ),
    ("bhai {O} pe ye 'chor hote hain' wala joke funny nahi hai, band kar", "bihari bangla nepali"),
    (
        "koi {O} ko dhamki de raha hai toh cyber cell mein complaint karo, link neeche hai",
        "kash afr ne",
    ),
    ("'{S} hai toh zaroor gadbad karega' — yahi soch asli problem hai", "muslim dalit bihari"),
    (
        "reel ke comments padhe? log {O} ko 'bimari' bol rahe hain, sharam aani chahiye",
        "gay trans lesb",
    ),
    (
        "jab koi {O} ko gaali de toh chup mat raho, wahin bolo ki ye galat hai",
        "kinnar viklang adivasi",
    ),
    (
        "kal bus mein ek aadmi {O} pe chilla raha tha 'desh chhodo', hum teen logon ne usko roka",
        "ne afr kash",
    ),
    (
        "{O} ke khilaaf jo hashtag trend ho raha hai usko share mat karo, report karo",
        "mus sikh isai",
    ),
]

_COUNTER_PLAIN: list[str] = [
    "'katua' jaise shabd likh ke khud ko bahadur samajhte ho? ye gaali hai aur report hogi",
    "'chinki' bolna mazak nahi, racism hai. mere NE dost roz ye sunte hain",
    "jo log 'chakka' ko gaali ki tarah use karte hain, wo trans logon ko roz chot pahunchate hain",
    "kisi ne comment mein 'chamar' gaali ki tarah likha tha, mod ne ban kar diya, sahi kiya",
    "'love jihad' conspiracy ka koi saboot nahi hai, ye fake news aage mat bhejo",
    "'ladkiyan sirf ghar ke kaam ke liye hoti hain' — 2026 mein bhi ye sunna padta hai 🤦‍♀️",
    "'saare bihari chor hain' bolne wale ko bataya ki har saal Bihar se kitne IAS aate hain, chup ho gaya",
    "Canada mein mere cousin ko 'go back to India' bola gaya, ye racism hai aur usne report kiya",
    "Kal office mein lunch pe behes ho gayi, kisi ne bola ki muslim log kabhi wafadar nahi hote. Main chup nahi raha, bataya ki mere dada ke sabse pakke dost Rashid chacha the aur ye baat ekdum bakwaas hai.",
    "Aaj school ke parents group mein ek uncle ne likha ki bihari bachchon ka alag section banao. Teen mummies ne turant reply kiya ki ye discrimination hai, principal ne bhi message delete karke warning di. Achha laga.",
]

_NEUTRAL_FRAMES: list[_Frame] = [
    (
        "kya kisi ke paas {O} pe koi achha research paper hai? project ke liye chahiye",
        "adivasi migr ne",
    ),
    ("naye flat mein neeche wale uncle {S} hain, kal hi mile lift mein", "sikh tamil bengali"),
    (
        "{O} ke khaane pe ek YouTube series dekh raha hoon, episode 3 pe hoon abhi",
        "ne bengali kash",
    ),
    (
        "is survey ke hisaab se pichhle 10 saal mein {O} mein literacy rate badha hai",
        "aurat dalit adivasi",
    ),
    (
        "{O} ke liye scholarship ka form 15 tareekh tak bharna hai, site pe details hain",
        "dalit adivasi viklang",
    ),
    ("{O} ke tyohaar kab kab aate hain? office calendar mein mark karna hai", "sikh isai bengali"),
    ("news mein aaya ki university mein {O} ke liye naya hostel ban raha hai", "ne ladki viklang"),
    ("mera roommate {S} hai, usi ne ye recipe batayi thi", "kash tamil marathi"),
    (
        "Canada mein {O} ki sankhya pichhle das saal mein lagbhag dugni ho gayi hai",
        "punjabi sikh tamil",
    ),
    (
        "hamare office ki ERG mein {O} ke liye alag se ek session rakha gaya hai",
        "trans blind aurat",
    ),
]

_NEUTRAL_PLAIN: list[str] = [
    "Hornbill festival Nagaland mein har saal December ke pehle hafte hota hai",
    "Eid ki chhutti kal hai ya parso? calendar dekh ke batana",
    "Ambedkar ne samvidhan ki drafting committee ki adhyakshata ki thi, ye exam mein aata hai",
    "Santhal aur Gond desh ke sabse bade adivasi samudayon mein se hain",
    "Section 377 wala faisla September 2018 mein aaya tha",
    "Parsi log sadiyon pehle Iran se aake Gujarat ke Sanjan mein base the",
    "Christmas pe Goa aur Kerala mein sabse zyada raunak hoti hai",
    "Rohingya refugees zyada tar Myanmar ke Rakhine state se aaye hain",
    "Chhath puja Bihar aur purvi UP mein sabse zyada manayi jaati hai",
    "Bihar ki aabadi lagbhag 13 crore hai, UP aur Maharashtra ke baad teesra sabse bada state",
    "gurudwara mein sir dhak ke jaana hota hai, rumaal bahar hi mil jaata hai",
    "hamari gali mein do muslim, ek isai aur baaki hindu families hain",
    "Is weekend cousin ki shaadi thi Ludhiana mein, teen din ka function, bahut naach gaana. Dulhe wale sikh the aur anand karaj gurudwara mein hua, pehli baar dekha, bahut sundar rasam hoti hai.",
]

_POSITIVE_FRAMES: list[_Frame] = [
    ("{S} hoon aur mujhe GARV hai!!! koi kuch bhi bole 💪", "dalit bihari adivasi"),
    ("{O} ki mehnat ke bina ye sheher ek din nahi chal sakta, salute 🫡", "migr upwale nepali"),
    (
        "{O} ke ghar khana khaya aaj, itne pyaar se khilaya ki aankh bhar aayi 🥹",
        "kash punjabi bengali",
    ),
    (
        "jab main hospital mein tha tab mere {S} padosi ne raat bhar saath diya, bhagwan unka bhala kare",
        "muslim sikh isai",
    ),
    ("{N} is desh ki shaan hain, chahe koi kuch bhi bole ❤️🇮🇳", "ne kash adivasi"),
    ("{O} ke haq ke liye hum sadak pe utrenge, jab tak barabari nahi milti", "dalit aurat trans"),
    ("pride walk mein {O} ko itna khush dekh ke meri aankhein bhar aayi 🏳️‍🌈", "gay trans lesb"),
    ("Olympics mein {O} ne jo medal laaye, dil garv se bhar gaya yaar", "ladki ne punjabi"),
    (
        "{O} ka culture itna rich hai yaar, music, khana, kapde, sab ekdum top 🔥",
        "bengali tamil ne",
    ),
    ("proud hoon ki meri team mein {N} hain, sabse sharp aur mehnati log", "aurat adivasi viklang"),
]

_POSITIVE_PLAIN: list[str] = [
    "Jai Bhim! Babasaheb ki wajah se aaj main engineer hoon, aur garv se kehta hoon main dalit hoon 💙",
    "Mizo dost ki shaadi attend ki, itna khoobsurat celebration kabhi nahi dekha",
    "meri behen lesbian hai aur uske liye main poori duniya se lad jaunga ❤️",
    "muslim aunty ke haath ki biryani >>> poori duniya",
    "bihari hoon, UPSC clear kiya, maa ki aankhon mein aansu the 🥹",
    "sikh bhaiyon ne highway pe langar lagaya, hazaaron logon ko khana khilaya, waheguru mehar kare",
    "meri beti wheelchair pe hai aur aaj usne state level chess jeeta!!! 🏆",
    "african students ke saath football khela, yaar kya skill hai, kya vibe hai",
    "trans hoon, khush hoon, aur finally apne naam se jee rahi hoon 🏳️‍⚧️",
    "Gond painting ghar ki deewar pe lagayi hai, jo aata hai wahi poochta hai kahan se li",
    "pakistani fan ne Virat ke liye poster banaya tha, cricket sach mein dil jodta hai ❤️",
    "blind hone ke baad bhi mere dost ne CA clear kiya, kya insaan hai yaar 🙌",
    "Subah se baarish, traffic jam, meeting bhi cancel, din kharab hi chal raha tha. Phir shaam ko adivasi haat gaye, mahua ke laddu aur bamboo ka saamaan liya, kaarigaron se baat karke dil khush ho gaya 💚",
]

_NON_PROTECTED: list[str] = [
    "RCB walon ko trophy ka haq hi nahi, har saal wahi drama 😂",
    "in spam call walon ko koi sabak sikhao yaar, din mein 10 call aate hain",
    "ye traffic wapas bhejo jahan se aaya 😭 2 ghante se ek hi jagah khade hain",
    "is phone ko wapas bhejo, 3 din mein hi hang hone laga",
    "kaash saare Monday ek saath hamesha ke liye khatam ho jaayein",
    "agar ye machhar aaj raat phir aaye toh zinda nahi bachenge, All Out laga diya hai 😤",
    "in cockroachon ke liye ek hi ilaaj hai: Hit aur chappal",
    "ye bank wale chor hain sab, bina bataye charges kaat lete hain",
    "ye network ek virus hai, jahan jaao wahan signal gayab",
    "municipality walon ko sabak sikhana padega, 6 mahine se gaddha nahi bhara",
    "team India ki aaj ki fielding dekh ke ghin aa gayi",
    "is umpire ko toh stadium se utha ke bahar phenk do, teesra galat decision",
    "loan app walon ka koi ilaaj karo yaar, parasite hain poore",
    "CSK fans ko Bengaluru se wapas bhejo 😂 chinnaswamy humara hai",
    "Mumbai ki baarish = narak, BMC wale kisi kaam ke nahi",
    "chipkali dekhte hi ghin aati hai, ek bhi ghar mein nahi rehni chahiye",
    "mere laptop ki battery parasite hai, charge khaati hai kaam nahi karti",
    "is coaching institute ka boycott karo, ek paisa mat do inko, fees leke bhaag jaate hain",
    "Chinese apps ka boycott karo, saara data churate hain",
    "aaj Pakistan ki bowling ka band baja denge 😂🏏",
    "in corrupt netaon ko koi sabak sikhao yaar, 5 saal mein ek sadak nahi bani",
    "hostel ka khana janwaron ke layak bhi nahi hai",
    "customer care = kachra. aur kachra kahan jaata hai? dustbin mein 🗑️",
    "is printer ko dekhte hi maaro, kabhi kaam nahi karta 😤",
    "is app ka naya update virus ki tarah hai, jis phone mein gaya usko slow kar diya",
    "AC company walon ko pata hai na main kahan rehta hoon? 3 hafte se technician nahi aaya, kal seedha showroom pahunch raha hoon",
    "saare spam emails ek saath khatam ho jaayein, kaash 🙏",
    "ye garmi parasite hai, saari energy choos leti hai",
    "in dengue machhron ko chun chun ke maarna padega",
    "is movie ke director ko sabak sikhana chahiye, 3 ghante barbaad kar diye",
    "ye nayi parking policy wapas lo, ekdum bakwaas hai",
    "e-challan wale lutere hain, 500 ka challan bina wajah",
    "exam board walon ko jail bhejo, paper phir leak ho gaya",
    "koi is WiFi router ko uthake khidki se phenk do",
    "ye selectors andhe hain kya, phir se usko drop kar diya",
    "cab app wale sab chor hain, surge pe surge",
    "in gaddhon ne meri kamar tod di, PWD walon ko line pe lao",
    "United ki defence kachra hai, bech do saalon ko",
    "is company ke HR ko koi rent pe flat bhi na de 😂 itni ghatiya policies",
    "machhar sabse bada dushman hai, inki nasal hi khatam kar do",
    "Delhi ka pollution desh ke sharir pe phoda hai, kab theek hoga pata nahi",
    "ye online gaming companies lutere hain, bachchon ka paisa kha gayi",
    "landlord uncle ko koi sabak sikhao, 4 mahine se deposit wapas nahi kar rahe",
    "ek baar upar se order aa jaaye bas, is kachre wale office ko 24 ghante mein saaf kar denge 🧹",
    "is cooler ko petrol aur maachis ki zaroorat hai, 2 saal mein 5 baar kharab 🔥",
    "seriously, in pop-up ads ko dekh ke hi main tab band kar deta hoon",
    "Naya phone liya do mahine pehle, photos badhiya aati hain, display bhi mast. Par is company ka service center chor hai, teen baar gaya, har baar naya bahana, inko koi sabak sikhao yaar.",
]

_ABUSE_INDIVIDUAL: list[str] = [
    "abe o bewde, raat bhar phone kyun nahi uthaya",
    "tu ek number ka chindi hai, 10 rupaye ke liye lad raha hai",
    "bhai tu toh poora dhakkan nikla, OTP bhi scammer ko de diya",
    "ganwaar ki tarah horn mat baja, dikh raha hai signal laal hai",
    "tere jaisa fattu nahi dekha, ek presentation se darr gaya",
    "@Rohit tu sach mein bakwaas captain hai, har toss ke baad galat decision",
    "chal nikal, ehsaan faramosh",
    "tu dost nahi saanp hai, peeth peeche baatein karta hai",
    "abe kaamchor, 3 din se ek ticket close nahi hua tujhse",
    "tumhari awaaz sunke hi sar dard ho jaata hai, please chup raho",
    "kya bakwaas likha hai tune ye essay, ek line ka bhi sense nahi",
    "bhai tu pakka lallu hai, ladki ne haan bola aur tune phone kaat diya",
    "itna kanjoos kaun hota hai yaar, apne birthday pe bhi bill split karwa diya",
    "tu attention seeker hai, har baat pe drama",
    "bewakoof aadmi, galat station pe utaar diya saamaan",
    "chup kar be ullu",
    "tu ek number ka chamcha hai, boss ke joote bhi chaat lega",
    "chirkut kahin ka, 500 ka udhaar 2 saal se nahi lautaya",
    "lukkha, din bhar nukkad pe baitha rehta hai",
    "tere se bada pakau nahi dekha, ek hi joke 100 baar",
    "bhaad mein ja tu aur tera attitude",
    "@neighbour uncle aap duniya ke sabse irritating insaan ho, raat 2 baje drill?",
    "teri driving dekh ke lagta hai licence lottery mein mila hai",
    "oye bakchod, har group mein ghus ke bakwaas karta hai",
    "tu sach mein tharki hai, har ladki ko raat 1 baje message karta hai",
    "gawaar ho kya? itna bhi nahi pata ki queue mein lagte hain",
    "aap jaise MLA ko kursi se utaar dena chahiye, 5 saal mein kuch nahi kiya",
    "kamzarf insaan, tujhe dost bolna meri galti thi",
    "tu toh paida hi hua hai excuses banane ke liye",
    "abe nalayak, phir se gas khula chhod diya",
    "mera ex ek number ka dhokebaaz tha, bhagwan bachaye aise logon se",
    "tu teacher hai ya tanashah? 2 min late pe attendance kaat di",
    "tera dimaag ghutne mein bhi nahi, ankle mein hai 😂",
    "sharam kar, dost ki shaadi mein khana khake gift bhi nahi diya",
    "oye gadhe ki aulaad, meri cycle ka tyre kisne pankchar kiya",
    "Teen saal se ek hi company mein hoon, kaam achha hai, team bhi theek hai, par mera manager ek number ka nikamma hai, credit khud le leta hai aur galti humari.",
]

_PROFANITY: list[str] = [
    "bc aaj toh maza aa gaya 🔥",
    "yaar kya bakwaas din tha, sab ulta pulta",
    "abe saale, kitne saal baad mila tu! gale lag 🤗",
    "kamine, bataya bhi nahi ki engagement ho gayi! congrats bhai ❤️",
    "abey chutiye, tu toh hero lag raha hai photo mein 😂",
    "saala mausam hi romantic hai aaj",
    "mc ye assignment kab khatam hoga",
    "bkl kya game tha 😭",
    "behen ki... alarm phir nahi baja",
    "kya jhant traffic hai bhai",
    "bsdk kitna achha gaana hai ye, repeat pe chal raha",
    "oye kamine, birthday party kab de raha hai 🎂",
    "saale tu na, pagal hai poora 😂 love you bro",
    "fuck yaar, wallet ghar pe bhool gaya",
    "shit shit shit, bus chhoot gayi",
    "bhai saala ye biryani toh life hai",
    "abe harami, notes chura ke le gaya aur topper ban gaya 😂 party de",
    "gaand phat gayi thi result se pehle, par pass ho gaye bc 🥳",
    "ullu ke pathe, tu bhi yahin hai? chal chai peete hain",
    "chutiyapa mat kar yaar, chal movie chalte hain",
    "saali kismat hi kharab hai, sale mein size khatam",
    "lodu lalit wali feeling aa rahi hai aaj 😂 sab kuch bhool gaya",
    "maa ki aankh, kya catch pakda!",
    "bc saturday ko bhi office, kya life hai",
    "abe kamine, bina bataye Goa chala gaya? chal koi na, next time saath chalenge",
    "wtf yaar, itna sasta? jaldi le lo",
    "bhenchod, ye chai kitni achhi bani hai",
    "hawa tight ho gayi thi interview mein, par nikal gaya 😅",
    "yaar ye Monday ki maa ki...",
    "abe saale hum jeet gaye!!! 🏆🏆",
    "Poora din laptop pe baitha, teen meetings, 50 emails, lunch bhi skip. Ab jaake free hua hoon aur bc bahar itni mast baarish ho rahi hai, chai banata hoon.",
]

_RECLAIMED: list[str] = [
    "haan hum queer hain, aur ekdum fabulous 💅",
    "chamar hoon, chamar rahunga, aur sar utha ke jiyunga 💙",
    "hijra hona shaap nahi, hamari guru parampara hamari taakat hai",
    "bihari hoon bhai, log 'bihari' ko gaali banate hain, hum isko brand bana denge 😎",
    "hum kinnar apni badhai khud gaate hain, kisi ki ijaazat nahi chahiye",
    "main gay hoon, aur ab 'gay' sunke chhupta nahi, muskurata hoon 🌈",
    "'junglee' bolte the humein, ab jungle bachane wale kehlate hain, garv hai adivasi hone pe",
    "apun lesbian hai, kya karega 😎",
]

FUNCTIONAL_TRAIN_LATN: list[tuple[str, bool, str]] = (
    _fill("derogation", True, _DEROGATION_FRAMES, 0)
    + _plain("derogation", True, _DEROGATION_PLAIN)
    + _fill("dehumanisation", True, _DEHUMANISATION_FRAMES, 1)
    + _plain("dehumanisation", True, _DEHUMANISATION_PLAIN)
    + _fill("threat", True, _THREAT_FRAMES, 2)
    + _plain("threat", True, _THREAT_PLAIN)
    + _plain("slur", True, _SLUR_PLAIN)
    + _fill("spelling_variation", True, _SPELLING_FRAMES, 3)
    + _plain("spelling_variation", True, _SPELLING_PLAIN)
    + _fill("negated_hate", False, _NEGATED_FRAMES, 1)
    + _plain("negated_hate", False, _NEGATED_PLAIN)
    + _fill("counter_speech", False, _COUNTER_FRAMES, 2)
    + _plain("counter_speech", False, _COUNTER_PLAIN)
    + _fill("identity_neutral", False, _NEUTRAL_FRAMES, 3)
    + _plain("identity_neutral", False, _NEUTRAL_PLAIN)
    + _fill("identity_positive", False, _POSITIVE_FRAMES, 0)
    + _plain("identity_positive", False, _POSITIVE_PLAIN)
    + _plain("non_protected_target", False, _NON_PROTECTED)
    + _plain("abuse_individual", False, _ABUSE_INDIVIDUAL)
    + _plain("nonabusive_profanity", False, _PROFANITY)
    + _plain("reclaimed_slur", False, _RECLAIMED)
)

# ---------------------------------------------------------------------------------------
# Everyday (all harmless)
# ---------------------------------------------------------------------------------------

_FAREWELL_PLAN: list[str] = [
    "kal milte hain 👋",
    "chal bye, phir baat karte",
    "ok bye, ghar pahunch ke msg kar dena",
    "kal subah 7 baje gate pe milte h, late mat hona",
    "chalo good night, kal college mein milte hain",
    "main station pe tujhe dhoondh lunga, platform number bhej de",
    "theek hai phir Sunday ko brunch pakka, jagah tu decide kar",
    "bye bye, kal call karti hoon",
    "mall ke bahar wale Haldiram pe milte hain 5 baje",
    "bas nikal raha hoon, 15 min mein pahunchta hoon",
    "chal ab so ja, kal baat karenge",
    "agle weekend Jaipur plan fix? tickets main book kar deta hoon",
    "accha ji, Diwali pe milte hain, mithai tayyar rakhna 😄",
    "milte hain bhai, take care",
    "mujhe metro station pe pick kar lena, 8 baje tak aa jaungi",
    "tata, phir milenge jaldi",
    "chal rakhta hoon, mummy bula rahi hain",
    "ok done, kal lunch saath mein karte hain office canteen mein",
    "airport se seedha ghar aa jaunga, tu tension mat le",
    "goodbye doston, last day tha aaj office mein, sabko bahut miss karunga 🥹",
    "kal shaam chai pe milte hain, wahi purani tapri",
    "bye yaar, nikalna padega abhi, baad mein baat karte",
    "see you soon bro, Bangalore aaye toh bata dena",
    "main pahunch gayi hoon, gate number 2 pe khadi hoon",
    "chalo ab milte hain seedha shaadi mein 💃",
    "thik h phir, parso library mein milte h 11 baje",
    "chal bhai, kal match ke baad milte hain, jeet ke aana",
    "ok bye ttyl",
]

_CHAT: list[str] = [
    "kya chal raha hai? free ho toh ek call maar",
    "yaar aaj bahut thak gayi, bas sona hai",
    "mummy ne aaj aloo ke parathe banaye, maza aa gaya 😋",
    "bhai mera result aa gaya, 82% aaye 🥳",
    "kisi ke paas Netflix ka password hai? 😅",
    "aaj office mein bahut kaam tha, lunch bhi nahi kar paaya",
    "tujhe pata hai Riya ki engagement ho gayi?",
    "barish ho rahi hai yahan, chai aur pakode ka mood hai",
    "kal gym gaya tha, aaj poora badan dukh raha hai 😭",
    "naya phone liya, camera kamaal ka hai",
    "bro woh series dekhi? last episode ne dimaag hila diya",
    "didi ki shaadi ki date fix ho gayi, Feb mein hai",
    "aaj pehli baar khud se dosa banaya, shape thoda ajeeb tha par taste accha",
    "sach bata, tu naraz hai kya mujhse?",
    "mere dog ne aaj phir chappal chaba di 🐶",
    "kal se diet start, pakka wala promise (phir se) 😂",
    "papa ko smartphone chalana sikha rahi hoon, bahut patience chahiye",
    "yr neend nahi aa rahi, kuch baat kar",
    "sabzi wale bhaiya ne aaj dhaniya free diya 😄",
    "office ki trip Rishikesh ja rahi hai, rafting karenge",
    "itna garmi hai ki AC bhi haar gaya",
    "tune khana khaya? nahi toh aa ja, rajma chawal bane hain",
    "nani ne video call pe pehli baar filter lagaya, bahut cute lag rahi thi",
    "bhai 3 din se wifi band hai, jeena mushkil ho gaya",
    "kal se naya job start hai, thoda nervous hoon but excited bhi",
    "group mein koi reply kyun nahi kar raha? 😒",
    "accha suno, ek acche dentist ka number hai kisi ke paas?",
    "aaj ki chai kadak thi, mood ban gaya ☕",
]

_SUPPORT: list[str] = [
    "hello, mera order 3 din se out for delivery dikha raha hai par aaya nahi",
    "sir refund abhi tak account mein nahi aaya, order ID 58213",
    "login karte hi app band ho jaata hai, kya karun?",
    "mera recharge successful dikha raha hai par balance nahi aaya",
    "please meri complaint ka status bata dijiye, 10 din ho gaye",
    "wrong size aa gaya hai, exchange kaise karna hai?",
    "meter reading galat li gayi hai, bill double aaya hai",
    "broadband kal raat se band hai, technician bhej dijiye please",
    "card se do baar payment kat gaya, ek wapas kar do",
    "mera account lock ho gaya hai, OTP bhi nahi aa raha",
    "bhai delivery partner ne call kiya aur bina aaye cancel kar diya",
    "EMI convert karni hai, kaunsa option choose karun?",
    "product damaged aaya hai, photos attach kar di hain",
    "subscription cancel karna hai, option nahi mil raha app mein",
    "mera PNR confirm nahi hua, refund kab tak milega?",
    "address change karna hai order ka, abhi ship nahi hua",
    "warranty claim ke liye kaun se documents chahiye?",
    "customer care pe 40 minute se hold pe hoon, koi uthata kyun nahi",
    "gas booking ki SMS nahi aayi, booking hui ya nahi?",
    "app Hindi mein use kar sakte hain kya? setting nahi mil rahi",
    "mera parcel kisi aur ke ghar deliver ho gaya, please check karo",
    "invoice mein GST number galat hai, sahi wala bhej dijiye",
    "hello, kya aapki service Sunday ko bhi khuli rehti hai?",
    "password reset ka mail spam mein bhi nahi aaya",
    "cashback ka promise kiya tha, abhi tak credit nahi hua",
    "mera naam ticket pe galat spell ho gaya hai, sudhar sakte hain?",
    "fridge ki cooling band hai, service request raise karni hai",
    "insurance claim reject kyun hua? reason nahi bataya gaya",
]

_REVIEW: list[str] = [
    "khana ekdum mast tha, butter chicken 10/10 ⭐",
    "phone accha hai par battery jaldi khatam hoti hai",
    "delivery time pe hui, packing bhi solid thi 👍",
    "hotel ka room chhota tha par staff bahut helpful tha",
    "ye earphones paisa vasool hain, bass zabardast",
    "pizza thanda aaya, cheese bhi kam tha, 2 star",
    "kurti ka colour photo jaisa hi hai, fitting bhi perfect",
    "cafe ka ambience accha hai, coffee thodi kadwi thi",
    "movie ka first half slow tha, second half ne bacha liya",
    "mixer grinder ki awaaz bahut zyada hai, baaki theek",
    "salon mein haircut bahut badhiya hua, zaroor jaana",
    "ye book ek baar shuru ki toh rakh hi nahi paaya",
    "shoes 2 mahine mein hi phat gaye, quality bekaar",
    "dhabe ki dal makhani aur lachha paratha, kya baat hai 😋",
    "course content accha hai par instructor bahut tez bolte hain",
    "smartwatch ka display bright hai, steps bhi sahi count karti hai",
    "room service slow thi, par breakfast buffet kamaal ka",
    "gol gappe ekdum teekhe aur khatte, jaisa chahiye tha 🔥",
    "charger fast hai, 40 min mein full charge",
    "AC bahut thanda karta hai, bijli bhi kam khaata hai",
    "bag ki zip pehle hafte mein toot gayi, disappointed",
    "homestay ka view superb tha, pahadon ke beech mein",
    "biryani mein chicken kam aur chawal zyada, thoda nirasha hui",
    "seller ne free mein extra cover bhi bheja, thanks 🙏",
    "ye moisturiser sticky nahi hai, winter ke liye best",
    "bus comfortable thi, driver ne do baar chai break bhi diya",
    "cooler ki hawa badhiya hai par tank chhota hai",
    "momos ki chutney lajawaab thi, dubara order karunga",
]

_SPORTS_GAMING: list[str] = [
    "usne toh maar daala bhai, 6 ball mein 5 chhakke 🔥",
    "aaj toh phod diya, 4-0 se jeete",
    "headshot pe headshot, poori squad saaf kar di 😎",
    "last over mein Bumrah ne sabki bolti band kar di",
    "bhai camper tha woh, peeche se aake maar gaya mujhe",
    "aaj rank push karenge, 10 baje sab online aa jana",
    "humne unki team ko dho diya, ek goal bhi nahi karne diya",
    "grenade seedha unke ghar mein, chaaron khallas 💥",
    "Virat ne aaj bowlers ki dhulai kar di",
    "clutch 1v4 jeeta aaj, haath kaanp rahe the 😭",
    "kabaddi mein raider ne akele 4 ko out kar diya",
    "boss fight mein 7 baar mara, phir jaake kill kiya",
    "bro tu toh aaj killer form mein hai",
    "final mein unko ekdum kuchal diya, trophy humari 🏆",
    "sniper se do ko ek saath uda diya, kya shot tha",
    "ludo mein maine sabki goti kaat di 😂",
    "aaj toh bowling ne aag laga di, 3 wicket 10 runs",
    "gg guys, next match mein aur zor se maarenge",
    "Free Fire mein booyah, 14 kills 🔥",
    "penalty shootout mein goalie ne sab rok diye, maza aa gaya",
    "badminton mein aaj smash maar maar ke thaka diya usko",
    "humne gully cricket mein unki team ko dhoond dhoond ke out kiya 😂",
    "chess mein aaj chacha ko 15 chaal mein maat de di ♟️",
    "usne aaj ground pe tabahi macha di, century in 45 balls",
    "enemy base uda diya, ab bas final push baaki",
    "humari bowling ne unki batting line-up ko tahas nahas kar diya",
    "kal ka match toh ekdum killer tha, last ball pe jeete",
    "Valorant mein ace maara aaj, 5 kills ek round mein",
]

_FIGURATIVE_VIOLENT: list[str] = [
    "ye garmi toh jaan le legi 🥵",
    "hans hans ke pet mein dard ho gaya, mar gaya main 😂",
    "chrome ne 8GB RAM kha li, saare tabs kill kar diye",
    "kal wedding shoot hai, camera charge kar lena",
    "ye deadline mujhe maar daalegi yaar",
    "mummy maarengi agar aaj bhi late pahuncha",
    "uski smile pe toh main qurbaan, ekdum killer 😍",
    "exam ne aaj sabki watt laga di",
    "stand-up show mein comedian ne aag laga di 🔥",
    "ye mirchi ne toh muh jala diya 🌶️",
    "boss ne meeting mein meri report ki dhajjiyan uda di",
    "leg day ne aaj jaan nikaal di",
    "is gaane ne dil chheer diya yaar",
    "ek aur bug maar diya, ab code chal raha hai",
    "uski dressing ne toh party mein dhamaka kar diya",
    "bill dekh ke heart attack aa jayega",
    "bhookh se mar raha hoon, kuch khilao",
    "thand ne haddiyan jama di aaj",
    "phone ki battery mar gayi, baad mein call karta hoon",
    "server pe zombie process pada hai, usko kill karna padega",
    "traffic mein phas ke dimaag ka dahi ho gaya",
    "interview mein usne bomb maar diya, selection pakka",
    "ye puzzle toh dimaag ka bhurta bana degi",
    "kal sunrise shoot karne chalenge, tripod le lena",
    "uski acting ne sabko ghayal kar diya",
    "jeans itni tight hai ki saans lena mushkil, maar diya is fashion ne",
    "aaj ki meeting ne toh khoon choos liya",
    "mummy ki daant se darr ke maare kaanp gaya 😂",
]

_IDENTITY_POSITIVE: list[str] = [
    "sabhi muslim dosto ko Eid Mubarak 🌙 sewaiyan ka wait hai",
    "Gurpurab ki lakh lakh badhaiyan, langar mein seva karke dil khush ho gaya",
    "Merry Christmas sabko 🎄 church ki sajawat kamaal ki thi",
    "office mein Pride month ka event hua, bahut pyaara tha 🏳️‍🌈",
    "meri dost wheelchair pe hai aur aaj usne marathon finish kiya 💪",
    "Bihu ki bahut badhaiyan Assam ke dosto ko!",
    "Onam sadya khaya aaj, 26 dishes, pet aur dil dono bhar gaye",
    "mere bhai ne coming out kiya aaj, family ne gale laga liya ❤️",
    "Chhath puja pe ghat ki raunak dekhne layak thi",
    "Navroz Mubarak Parsi dosto ko!",
    "Jain padosiyon ko Paryushan ki shubhkamnayein",
    "Babasaheb ki jayanti pe sabko Jai Bhim 💙",
    "humare school mein ek kinnar teacher aayi hain, bacche unko bahut pasand karte hain",
    "sign language class join ki hai, bahut maza aa raha hai seekhne mein",
    "Manipuri dost ne Eromba banana sikhaya, teekha par lajawaab",
    "Durga Puja pe Kolkata ke pandal dekhe, kya art hai",
    "Ramzan mein iftar ki dawat pe gaya tha, itna pyaar mila",
    "Baisakhi ki badhaiyan, bhangra toh banta hai aaj 🕺",
    "humari colony mein Diwali aur Eid dono saath manate hain, best feeling",
    "paralympics mein humare players ne itihaas rach diya, salute",
    "meri trans dost ki pehli art exhibition lagi, bahut proud hoon 🏳️‍⚧️",
    "Pongal ki shubhkamnayein, sakkarai pongal ki photo bhejo",
    "Hornbill festival ki photos dekhi, Nagaland jaana hai ab pakka",
    "Buddh Purnima ki shubhkamnayein, sabko shanti mile",
    "African exchange students ne college fest mein drums bajaye, sab naach rahe the",
    "Navratri ke garba mein Gujarati dosto ne steps sikhaye 💃",
    "adivasi mela mein dhokra art kharidi, kaarigar ne khud banake dikhaya",
    "meri neighbour aunty deaf hain aur best cake banati hain poori society mein 🎂",
]

_COMMENTS: list[str] = [
    "article accha hai par data thoda purana lag raha hai",
    "main is policy se agree nahi karta, chhote dukaandaron ka nuksaan hoga",
    "video helpful tha, next part kab aayega?",
    "reporter ne dono side dikhayi, achhi baat hai",
    "recipe try ki, namak thoda kam daalna chahiye tha",
    "headline clickbait hai, khabar utni badi nahi hai",
    "metro ka kiraya badhana galat faisla hai, students ko chhoot milni chahiye",
    "is review se sehmat nahi, movie itni buri bhi nahi thi",
    "thread ke liye thanks, bahut kuch naya seekha",
    "author ka point sahi hai par solution pe aur likhna chahiye tha",
    "debate acchi thi par anchor baar baar tok rahe the",
    "podcast ka pichhla episode zyada accha tha",
    "ye scheme kaagaz pe acchi hai, zameen pe dekhte hain kya hota hai",
    "sir aapne GST wala topic bahut simple samjhaya, thank you 🙏",
    "pehla comment mera 😄",
    "survey ka sample size bahut chhota hai, result pe bharosa nahi hota",
    "mujhe lagta hai online exams ka faisla jaldbaazi mein liya gaya",
    "blog ka design accha hai par font bahut chhota hai mobile pe",
    "is mudde pe behes zaroori hai, par naarebaazi se kuch nahi hoga",
    "aapke channel se hi coding seekhi, dil se shukriya",
    "audio thoda low hai, mic paas rakhiye next time",
    "dono ke point valid hain, itna ladne ki kya zaroorat hai comments mein",
    "editorial balanced hai par kisanon ki raay bhi honi chahiye thi",
    "savings pe ek video banao please, young logon ke liye",
    "ye app ka naya update mujhe pasand nahi aaya, purana design easy tha",
    "achha sawaal uthaya aapne, sheher mein cycle lane ki zaroorat hai",
    "source kya hai is claim ka? link share kariye",
    "bahut badhiya analysis, par gaon ka data bhi jodiye",
]

EVERYDAY_TRAIN_LATN: list[tuple[str, str]] = (
    [("farewell_plan", t) for t in _FAREWELL_PLAN]
    + [("chat", t) for t in _CHAT]
    + [("support", t) for t in _SUPPORT]
    + [("review", t) for t in _REVIEW]
    + [("sports_gaming", t) for t in _SPORTS_GAMING]
    + [("figurative_violent", t) for t in _FIGURATIVE_VIOLENT]
    + [("identity_positive", t) for t in _IDENTITY_POSITIVE]
    + [("comments", t) for t in _COMMENTS]
)

# ---------------------------------------------------------------------------------------
# Second part: harmless talk the first part's classifier still flagged (plans and times,
# calls to come or go, figurative violent words, group mentions that are neutral or warm),
# plus hateful counterparts that use the same group words.
# ---------------------------------------------------------------------------------------

_FAREWELL_PLAN2: list[str] = [
    "kal shaam 6 baje metro pe milte, gate 3 ke bahar",
    "raat ko aate waqt doodh le aana, aur bread bhi",
    "raat ko call karna, kuch zaroori baat karni hai",
    "jaldi aao yaar, movie 10 min mein start ho jayegi",
    "nikal ja ghar se abhi, pehle barish aa jayegi",
    "kal shaam ko milte hain, wahi CCD pe",
    "aaja bhai neeche, main gaadi mein wait kar raha hoon",
    "parso subah 5 baje nikalna hai, alarm laga ke so jana",
    "main tujhe bus stand se pakad lunga, bas 10 min",
    "tu aa ja seedha office ke bahar, wahin se saath chalenge",
    "kal 4 baje tak aa jaana, mummy ne khaane pe bulaya hai",
    "chal theek hai, Friday ko pakka milte hain, cancel mat karna is baar",
    "raat 11 baje ki train hai, 10 baje tak station pahunch jaana",
    "bhai aaj nahi ho payega, kal shaam pakka aata hoon",
    "dekh lena kal subah, gaadi ki chaabi table pe rakhi hai",
    "sun, aate waqt sabzi mandi se tamatar aur dhaniya le aana",
    "Sunday ko cricket ground pe 7 baje, sab log time pe aana",
    "kal lunch ke baad milte hain, project discuss karna hai",
    "aa jao sab, chai ban gayi hai ☕",
    "main nikal gaya hoon, 20 min mein teri gali ke bahar hoon",
    "chal bye, pahunch ke ek missed call de dena",
    "shaam ko park mein milte, Bruno ko bhi ghumana hai",
    "tum log aage chalo, main peeche se aata hoon",
    "raat ko dinner pe aa rahe ho na? mummy ne paneer banaya hai",
    "kal ka plan: 9 baje nashta, 11 baje museum, shaam ko market",
    "pehle mere ghar aaja, phir saath mein shaadi mein chalenge",
    "jaldi nikal, warna traffic mein phas jayega",
    "main tujhe airport se le lunga, flight number bhej de",
    "agle hafte Manali chalna hai? bol toh booking kar deta hoon",
    "ghar pahunch gayi, good night sabko 🌙",
    "kal se roz subah 6 baje walk pe chalenge, tu mujhe utha dena",
    "idhar aa, tujhe kuch dikhana hai 😄",
    "ab chal nikal, kal exam hai, jaake padh",
    "kal shaam 7 baje Rajiv Chowk, blue line wale platform pe milte",
    "tu ruk wahin, main aake pakadta hoon tujhe, rasta mat bhatakna",
    "bhaiya kal 8 baje pakka aa jaana, bacchon ko school chhodna hai",
    "mummy keh rahi hain Sunday ko sab mama ke ghar chalenge",
    "bye guys, aaj ka din mast tha, jaldi phir milte hain 🤗",
    "Kal office ke baad seedha mall aa jaana, wahan shoes dekhne hain. Uske baad dinner karke 10 baje tak ghar.",
    "Main kal subah ki flight se aa rahi hoon. Airport pe koi aa sakta hai kya? Nahi toh cab le lungi.",
    "Raat ko jaldi ghar aa jaana aaj, papa ka birthday hai. Cake main le aaungi, tu bas flowers le aana.",
    "Chal theek hai, kal shaam milte hain. Ek kaam karna, aate waqt mera charger le aana jo tere paas reh gaya tha.",
]

_CHAT2: list[str] = [
    "kal shaam ko kya plan hai? bore ho raha hoon",
    "raat ko neend nahi aayi, 3 baje tak reels dekhti rahi 😅",
    "bhai kal sach mein aayega ya phir se bahana?",
    "mummy ne bola hai raat 10 baje se pehle ghar aana",
    "aaj dadi ne purane gaane sunaye, maza aa gaya",
    "bhai maine naya cycle liya, kal subah chalayenge saath mein",
    "yaar pakad ke rakhna meri jagah, main bas 2 min mein aaya",
    "didi ne meri chocolate kha li, ab main uski maggi khaunga 😤",
    "tu kal aa raha hai na? sabne pucha tere baare mein",
    "aaj bahut dino baad pure din kuch nahi kiya, best day",
    "ghar pe sab theek? papa ki tabiyat kaisi hai ab?",
    "kal shaam barish mein bheeg gaye, phir bhi maza aaya",
    "chhote bhai ne aaj pehli baar chai banayi, cheeni itni ki 😂",
    "bhai tu bahut yaad aata hai, kab aa raha hai wapas?",
    "maine aaj 10,000 steps pure kiye 🚶",
    "aaj raat ko pizza order karein? mera treat",
    "kal raat sapne mein exam dekha, subah uthke dar gaya",
    "mummy ko bataya nahi abhi tak ki job lag gayi, surprise dungi kal",
    "dost ki shaadi mein itna naache ki pair jawab de gaye",
    "bhai tu bhi na, pura pagal hai 😂",
    "aaj metro mein ek uncle ne apni seat de di, dil khush ho gaya",
    "yaar kuch acchi web series batao, weekend khaali hai",
    "kal mera birthday hai aur kisi ko yaad nahi 🥲 (joke, party hai shaam ko)",
    "papa ne phir se wahi purana joke sunaya, phir bhi hasi aa gayi",
    "main toh gaya aaj, mummy ne report card dekh liya 😭",
    "chal ab phone rakh, mummy chilla rahi hain khaane ke liye",
    "kya baat hai, aaj bade khush lag rahe ho? 😏",
    "bhai mere plants mein phool aa gaye 🌼",
    "pados wali aunty ne gajar ka halwa bheja, ekdum garam garam",
    "aaj subah jaldi uthi, sunrise dekha terrace se, kya scene tha",
    "bhabhi ne kaha hai kal shaam sab unke ghar aayenge",
    "yaar mera wallet kahin gir gaya, ab kya karun",
    "tere bina group call boring hai, aa ja jaldi",
    "kal class mein sir ne mujhe pakad liya sote hue 😂",
    "bhai ghar ki yaad aa rahi hai, maa ke haath ka khana miss kar raha hoon",
    "aaj pehli salary aayi, sabse pehle mummy ke liye saree li 🥹",
    "Aaj office mein itna kaam tha ki lunch 4 baje kiya. Ghar aake mummy ne khichdi khilayi, ab jaake sukoon mila.",
    "Kal raat cousin ki sangeet thi, sab ne dance kiya. Mausi ne toh sabko peeche chhod diya, unka thumka viral ho gaya family group mein 😂",
    "Yaar aaj bahut dino baad school ke dost se mili. Lagta hi nahi tha ki 8 saal ho gaye, wahi purani baatein aur wahi hasi.",
    "Ghar pe naya puppy aaya hai, naam Laddoo rakha hai. Raat bhar roya, ab meri godi mein so raha hai 🐶",
    "bhai kal raat ko itni thand thi ki do razaai odh ke soya",
    "papa ne kaha hai is Diwali pe poore ghar ko paint karwayenge",
]

_SUPPORT2: list[str] = [
    "hello, mera order kal shaam tak aana tha, abhi tak nahi aaya",
    "delivery boy bol raha hai raat ko aayega, par main ghar pe nahi hoon, kal subah bhej do please",
    "sir technician kal 11 baje aane wala tha, koi nahi aaya",
    "mera cylinder kab tak deliver hoga? 5 din ho gaye booking ko",
    "app mein pickup time badalna hai, kal subah 9 baje kar do",
    "cab driver ne ride start karke cancel kar di, paise kat gaye",
    "meri train 3 ghante late hai, kya refund milega?",
    "please meri delivery Saturday ko reschedule kar do, weekdays mein office hota hai",
    "broadband wale aaj aane wale the, kab tak aayenge?",
    "mera flight ticket cancel karna hai, kitna charge lagega?",
    "credit card ka bill do baar aa gaya hai, check kar lijiye",
    "kal raat se app pe login nahi ho raha, 'server error' aata hai",
    "order mein ek item kam aaya hai, bill mein hai par packet mein nahi",
    "mera KYC pending dikha raha hai, documents teen baar upload kar chuka",
    "room mein AC kaam nahi kar raha, koi bhej do please, room 304",
    "food 1 ghanta late aaya aur thanda bhi tha, refund chahiye",
    "EMI ki date badal sakte hain kya? 5 ki jagah 10 tareekh",
    "ghar pe pani ka connection kab lagega? application 2 mahine pehle di thi",
    "return pickup teen baar miss ho gaya, ab kya karun?",
    "bus ka ticket book kiya tha, seat number SMS mein nahi aaya",
    "bhaiya parcel gate pe guard ko de dena, main 7 baje tak aaungi",
    "plan upgrade kiya tha par speed wahi purani hai",
    "doctor appointment kal shaam 5 baje ka tha, kya 6 baje shift ho sakta hai?",
    "mera UPI payment fail hua par paise kat gaye, 48 ghante ho gaye",
    "washing machine mein awaaz aa rahi hai, warranty mein hai, visit book karna hai",
    "hotel booking confirm hui ya nahi? mail nahi aaya",
    "mere phone pe OTP der se aata hai, tab tak expire ho jaata hai",
    "gym membership freeze karni hai ek mahine ke liye, kaise hoga?",
    "sir electricity bill mein purana due jod diya hai jo maine bhar diya tha",
    "mujhe invoice chahiye company reimbursement ke liye, kahan milega?",
    "meri seat window wali book ki thi, aisle mil gayi, change ho sakti hai?",
    "aapke store ka timing kya hai Sunday ko? kal aana hai",
    "pickup point pe koi nahi mila, driver ko call kiya toh band tha",
    "mera coupon apply nahi ho raha, 'invalid' bol raha hai",
    "Namaste, maine 2 tareekh ko sofa order kiya tha aur delivery 10 tak promise thi. Aaj 15 ho gayi hai aur tracking update nahi hua, please bataiye kab tak aayega.",
    "Hi, mere papa ka senior citizen card renew karna hai. Online form mein DOB ka option kaam nahi kar raha, kya branch aana padega?",
    "Sir kal shaam ko aapke executive ne bola tha ki aaj subah tak connection chalu ho jayega. Ab dopahar ho gayi hai, ghar se kaam karta hoon, please jaldi dekh lijiye.",
    "order cancel karna tha par button grey hai, help karo",
    "bhai mera refund 'processed' dikha raha hai par bank mein nahi aaya",
    "kya main kisi aur ko pickup ke liye bhej sakti hoon? ID kya chahiye?",
    "naye address pe gas connection transfer karna hai, process kya hai?",
]

_REVIEW2: list[str] = [
    "is restaurant ka paneer tikka kamaal, shaam ko bheed hoti hai toh jaldi jaana",
    "hotel station ke paas hai, raat ko aane mein koi dikkat nahi hui",
    "naya mixer ekdum mast, chutney 10 second mein ready",
    "movie ne toh maar daala, climax pe poora hall taali baja raha tha",
    "is cafe ki cold coffee ke liye dobara aaunga, pakka",
    "kurta ka kapda patla hai, ek dhulai mein colour utar gaya",
    "delivery wale bhaiya ne barish mein bhi time pe pahunchaya, 5 star unke liye",
    "phone ka camera raat mein bhi badhiya photo leta hai",
    "dhaba highway pe hai, raat 2 baje bhi garam roti mil gayi",
    "ye headphone lagake duniya bhool jaate ho, noise cancel zabardast",
    "chole bhature itne bade the ki do logon mein ek plate kaafi",
    "mattress pe pehli raat hi neend acchi aayi, back pain kam hai",
    "service slow thi, order dene ke 45 min baad khana aaya",
    "ye shampoo se baal jhadne kam hue, 3 hafte se use kar rahi hoon",
    "tour guide bahut achhe the, har jagah ki history bataayi",
    "ice cream parlour chhota hai par flavours ekdum unique, paan flavour try karo",
    "fitness band ki strap 1 mahine mein toot gayi",
    "cooker ki seeti teen mein daal perfect gal jaati hai",
    "resort ka pool saaf tha par khana mehenga",
    "bakery ke fresh cake ne aaj birthday bana diya 🎂",
    "bike service center ne time pe gaadi de di aur bill bhi fair tha",
    "bhai is thali ne toh jaan le li, itna khaana ki uthna mushkil",
    "saree ka border bahut sundar hai, mummy ko bahut pasand aayi",
    "power bank bhaari hai par phone 3 baar charge hota hai",
    "spa ka massage itna relaxing tha ki wahin so gayi",
    "ye novel padh ke raat bhar jagi, ending ne rula diya",
    "coaching ke teachers ache hain par batch mein bahut bacche hain",
    "momos wale bhaiya ki laal chutney ne aag laga di 🔥 must try",
    "laptop bag mein bahut pockets hain, office ke liye perfect",
    "water purifier lagane wale time pe aaye, installation bhi saaf",
    "stand-up show ne pet dukha diya hans hans ke, paisa vasool",
    "ye gaddha-proof suspension wali gaadi hai, Mumbai ki sadkon pe bhi smooth",
    "Kal shaam family ke saath is rooftop restaurant gaye the. View mast tha aur dal baati churma ekdum ghar jaisa, bas parking ki dikkat hai.",
    "Ye air fryer teen mahine se use kar rahi hoon. Samose bina tel ke itne crispy bante hain ki ghar wale yakeen nahi karte.",
    "Homestay wale uncle aunty itne pyaare the, raat ko aag jala ke kahaniyan sunayi. Khana ghar ka, kamra saaf, dobara zaroor jaayenge.",
    "packaging itni ghatiya thi ki aadha saman toota hua aaya",
    "smart TV ka remote hi sabse badhiya feature hai, voice search mast chalta hai",
    "pani puri mein pani bahut teekha, mere jaise logon ke liye perfect 😋",
    "hostel PG ka khana theek hai par WiFi raat ko band ho jaata hai",
    "is brand ke jute 2 saal se pehen raha hoon, ab bhi naye jaise",
    "train ki pantry ka khana is baar surprisingly accha tha",
]

_SPORTS_GAMING2: list[str] = [
    "tujhe toh main dekh lunga kal ke match mein 😤",
    "kal shaam 5 baje ground pe aao, aaj unko dhoyenge",
    "aaja 1v1, tujhe 5 minute mein maar gira dunga 😎",
    "pakad pakad ke maara usne aaj bowlers ko, 98 off 50",
    "raat 11 baje squad ready rakhna, rank push hai",
    "bhai aaj toh khoon kar diya batting ne",
    "last ball pe chakka, mar gaye hum khushi se 😭",
    "sab aa jao lobby mein, aaj chicken dinner pakka",
    "humari team ne unko ghar mein ghus ke haraya",
    "bhai uska yorker jaan lewa tha",
    "FIFA mein bhai ko 5-1 se rauunda, ab rone laga 😂",
    "kal ke match mein sabki dhajjiyan udaayenge, practice pe aa jana",
    "maar maar ke bhukka bana diya boss ko, 4 ghante lage",
    "aaj toh spinner ne teen ko ek over mein nipta diya",
    "kho kho mein humari girls ne sabko daudake thaka diya 🏃‍♀️",
    "bhai dekh lena, is baar tournament hum hi jeetenge",
    "tu aaja bas, tujhe toh main chess mein khatam kar dunga",
    "sniper le ke chhat pe baitha tha, koi bach ke nahi gaya",
    "pehle over mein hi unka captain out, bas wahin match khatam",
    "Minecraft mein creeper ne poora ghar uda diya 😭",
    "bhai ne aaj carrom mein queen aur cover ek saath le li",
    "humari defence ne unko ek bhi shot nahi maarne diya",
    "table tennis mein uski smash goli ki tarah aati hai",
    "online match mein ek ladka gaali de raha tha, mute kiya aur 20 kill maar diye",
    "kal subah 6 baje football, jo late aayega woh goalie banega 😂",
    "is season mein humari team ne sabko chun chun ke haraya",
    "tera rank dekh ke lagta hai tu toh pro hai bhai",
    "racing game mein aakhri lap pe overtake kiya, dil dhadak raha tha",
    "BGMI mein last zone mein akela bacha aur squad wipe kar di 🔥",
    "pakad liya! slip mein kya catch tha yaar",
    "gully cricket mein jo khidki todega wahi paise dega, rule hai",
    "kal India-Australia, sab mere ghar aao, bade screen pe dekhenge",
    "Kal raat 2 baje tak khelte rahe, last match mein 3 log the aur saamne 4. Phir bhi jeet gaye, ab neend aa rahi hai office mein 😴",
    "Aaj society ke tournament mein humari team ne final jeeta. Pehle batting mein 120 banaye, phir unko 80 pe samet diya, sab log maidan pe naach rahe the.",
    "Mera bhai itna competitive hai ki Ludo harne pe board hi palat diya. Mummy ne dono ko daant ke baitha diya, phir se khelna pada 😂",
    "kal ka derby match missed mat karna, aag lagne wali hai",
    "usne toh ek hi raid mein poori team saaf kar di",
    "bowling itni tez ki batsman ko ball dikhi hi nahi",
    "boxing class mein aaj pehli baar punch sahi se maara 🥊",
    "bhai aaj Pakistan ke against match hai, sab 7 baje tak aa jana, snacks mere taraf se",
    "tujhe haraunga, likh ke le le, kal chess club mein",
]

_FIGURATIVE_VIOLENT2: list[str] = [
    "maar daala is joke ne 😂😂",
    "boss ne aaj toh le li meri, 2 ghante ki meeting",
    "ye garmi jaan nikal rahi hai, kal shaam tak AC theek karwao",
    "mummy ne aaj class le li meri, kamra saaf nahi kiya tha",
    "is assignment ne toh meri band baja di",
    "hansa hansa ke maar dalega ye aadmi",
    "kal ki party ne toh aag laga di thi",
    "uski awaaz mein jaadu hai, sun ke dil ghayal ho gaya",
    "pyaaz kaatte kaatte ro padi main 😭",
    "Excel ne phir se hang hoke meri jaan le li",
    "bhai ye biryani toh qatil hai, ek aur plate",
    "Monday ne toh subah subah hi maar diya",
    "ye silent killer hai bhai, chupchap sabse zyada marks le aata hai",
    "shaadi ki shopping ne jeb ka kachumar nikal diya",
    "usne group chat mein aisa reply kiya ki sab dhwast ho gaye 😂",
    "dentist ne daant nikala, ab muh mein bomb phata hua lag raha hai",
    "baby ne raat bhar jagaya, subah tak main zinda laash",
    "ye gaana sun ke toh rongte khade ho gaye, killer track",
    "process hang ho gaya tha, task manager se maar diya",
    "photoshoot ke liye kal subah 6 baje ghat pe chalna, golden light mein shoot karenge",
    "mausam ne mood ka murder kar diya, picnic cancel",
    "inflation ne toh kamar tod di, tamatar 100 rupaye kilo",
    "dadi ki daant se sab ki hawa nikal jaati hai 😂",
    "is chilli chicken ne zubaan jala di par rukna nahi hai",
    "yaar ye thand toh haddi gala degi",
    "Git ne merge conflict se meri aatma ko chhalni kar diya",
    "teacher ne surprise test leke sabko maar gira diya",
    "uski entry pe poora hall thahar gaya, ekdum dhamakedar",
    "main toh sharam se mar gaya jab mic on reh gaya meeting mein 🫣",
    "kal ki flight ke chakkar mein 4 baje uthna hai, maut hai bhai",
    "ye deadline sar pe talwar ki tarah latak rahi hai",
    "daftar ki file mein se saare purane records kaat do",
    "jab usne sach bataya toh mere hosh ud gaye",
    "ye dress toh qayamat hai, pehen ke jaana zaroor 😍",
    "Aaj boss ne presentation pe aisi class li ki lagta tha zinda nahi bachunga. Phir end mein bole 'good effort', ab samajh nahi aa raha khush houn ya roun 😂",
    "Kal raat ki comedy show ne sach mein maar daala. Teen ghante hanse, pet mein abhi tak dard hai aur awaaz baith gayi.",
    "Ye Delhi ki sardi har saal jaan leti hai. Subah 6 baje uthna matlab saza, par chai ki pehli chuski sab maaf kar deti hai ☕",
    "bhai uske dialogue pe seeti maar maar ke gala baith gaya",
    "naye chashme se duniya ekdum saaf, pehle toh andha tha main 😅",
    "ye traffic mujhe pagal karke chhodega ek din",
    "bhai ye sawaal ne dimaag ki nasen hila di",
]

_IDENTITY_POSITIVE2: list[str] = [
    "Eid pe kal shaam Salman ke ghar chalna hai, sheer khurma ka intezaar hai 🌙",
    "Diwali ki raat sab pados wale chhat pe milte hain, bahut pyaara lagta hai",
    "gurudware mein kal subah seva karne chalenge, langar mein roti banana seekhungi",
    "church wale Father ne Christmas pe sab bacchon ko gifts diye 🎁",
    "meri muslim saheli ne Navratri pe mere saath garba kiya 💃",
    "Holi pe humare sikh padosi sabse pehle rang lekar aaye",
    "Ganpati visarjan mein christian dost ne dhol bajaya, kya scene tha",
    "Dalit history month pe college mein lecture hua, bahut kuch seekha",
    "bihari dost ne chhath ka prasad bheja, thekua ekdum ghar jaisa",
    "Manipur se aayi teammate ne office mein sabko apna traditional khana khilaya",
    "mere gay bhai ki shaadi Canada mein hai, poori family ja rahi hai 🌈",
    "hamari society mein ek deaf couple hai, unhone sabko sign mein 'happy new year' sikhaya",
    "Ramzan ki iftar party mein hindu, sikh sab the, yahi India hai ❤️",
    "Kerala ki aunty ne appam aur stew khilaya, pehli baar khaya, zabardast",
    "Jain dost ki wajah se ab main bhi kabhi kabhi paryushan mein bina pyaaz ka khaata hoon",
    "transgender activist ka TED talk dekha, rongte khade ho gaye",
    "Kashmiri dost ne kahwa banake pilaya, thand mein isse accha kuch nahi",
    "Tamil padosi ne Pongal pe kolam banaya, poori gali dekhne aayi",
    "blind cricket team ne world cup jeeta, kya baat hai 🏆",
    "Adivasi dance group ne Republic Day pe performance di, dil jeet liya",
    "Buddh vihar mein meditation session gaya, bahut shanti mili",
    "humari boss ek lesbian woman hain aur best manager hain jo maine dekhi",
    "Bengali dost ki Durga Puja pe dhunuchi naach dekha, goosebumps",
    "Parsi dost ke ghar dhansak khaya, recipe maang li",
    "Nepali didi hamare ghar 10 saal se hain, family ka hissa hain",
    "Sindhi dost ne Cheti Chand pe sai bhaji khilayi 😋",
    "mere muslim colleague ne mere liye Diwali pe mithai layi aur maine unke liye Eid pe",
    "autism wale bacchon ka art show dekha, kya talent hai",
    "Punjabi shaadi mein pehli baar bhangra kiya, pair thak gaye par dil nahi",
    "Assam ke dost ne Bihu pe gamosa gift kiya ❤️",
    "Eid Mubarak Ammi ji, aapki biryani ka intezaar poore saal rehta hai",
    "Gurpurab pe nagar kirtan mein gatka dekha, kya skill hai",
    "African dost ne apni language mein gaana sunaya, sab naach uthe",
    "Kal shaam mohalle ke masjid wale chacha ne Diwali ke diye jalane mein madad ki. Hum sab ne saath mein mithai khayi aur unke liye sewaiyan ka wada liya.",
    "Humari colony mein is saal Christmas, Guru Nanak Jayanti aur Diwali sab saath mein manaye. Bacchon ne teeno ki sajawat ki, bahut achha laga.",
    "Meri cousin wheelchair pe hai aur kal uska convocation tha. Poora hall khada hoke taali baja raha tha, hum sab ro pade 🥹",
    "Pride march mein papa bhi aaye mere saath, board pe likha tha 'proud dad'. Isse badi khushi nahi ho sakti 🏳️‍🌈",
    "Dalit writers ki kitabein padh rahi hoon is mahine, Omprakash Valmiki ki Joothan ne hila diya",
    "Onam pe Malayali colleague ne pookalam banaya office mein, sab ne photos li",
    "Bohra community ki thaal wali dawat pehli baar attend ki, itna pyaar",
    "hamare school mein Urdu aur Sanskrit dono padhate hain, dono teachers best friends hain",
]

_COMMENTS2: list[str] = [
    "news mein likha hai kal shaam tak metro ki yellow line band rahegi, dhyan rakhna",
    "is video mein jo time bataya hai woh galat hai, bank 4 baje band hota hai",
    "article acha hai, par traffic ka solution sirf flyover nahi hai",
    "main is baat se sehmat nahi hoon ki mobile bacchon ke liye poori tarah bura hai",
    "aapka point samajh aaya, par data kahan se liya ye bhi batayiye",
    "reporter ne aadhi baat hi dikhayi, poora interview daalna chahiye tha",
    "ye policy shehar ke liye theek hai par gaon mein kaise chalegi?",
    "comments mein itna gussa kyun? shaanti se baat karo yaar",
    "video ki editing pehle se kaafi behtar hai, keep it up",
    "is recipe mein dahi daalne se gravy phat jaati hai, pehle phente",
    "mujhe lagta hai anchor ne guest ko bolne hi nahi diya",
    "sheher ki sadkon pe article bilkul sahi, mere ghar ke bahar bhi yahi haal",
    "festival season mein trains badhani chahiye, har saal yahi problem",
    "blog mein jo Manali ka itinerary diya hai, usmein ek din aur jodna chahiye",
    "bhai aapki baat mein dum hai par tone thoda kam karo",
    "is scheme ki last date kab hai? article mein nahi likha",
    "lekh mein sirf ek taraf ki raay hai, doosra paksh bhi dikhao",
    "weather report ne kaha tha barish nahi hogi, aur main bheeg gaya 😂",
    "podcast mein guest bahut acchha bola, par audio echo kar raha tha",
    "ye sarkari website kal raat se down hai, koi update?",
    "anchor ji ne pichhle episode mein jo bola tha usse ulta aaj bol rahe hain",
    "exam pattern badalne ka faisla thoda late liya gaya, bacchon ko time milna chahiye",
    "is channel pe science ki videos sabse achhi hoti hain, Hindi mein",
    "cricket analysis badhiya, par Rohit ki captaincy pe thoda zyada harsh ho",
    "tax slab wala explainer bahut kaam ka tha, shukriya",
    "bhai aapne metro ka jo route bataya woh ab change ho gaya hai",
    "mandir aur masjid dono ki committee ne milke ye fund raise kiya, bahut badhiya khabar",
    "is interview mein CEO ne sawaal ka seedha jawaab nahi diya",
    "mujhe lagta hai is film ko zyada hype kar diya gaya",
    "school fees pe ye report sab parents ko padhni chahiye",
    "ek sujhav hai, video mein subtitles daal do, office mein sound nahi chala sakte",
    "Lekh mein likha hai ki naya flyover 2 saal mein banega. Pichhla wala 6 saal mein bana tha, toh thoda shak hai, par umeed hai is baar jaldi ho.",
    "Maine aapki pichhli video ki advice follow ki aur 6 mahine mein 20 hazaar bachaye. Bas ek request hai, mutual funds pe bhi ek detail video banaiye.",
    "Ye baat sahi hai ki pollution badh raha hai, par sirf patakhon ko dosh dena theek nahi. Gaadiyan aur construction dust bhi utne hi bade kaaran hain.",
    "is khabar ki headline aur andar ki baat mel nahi khaati",
    "sir aapka lecture sunke pehli baar calculus samajh aaya 🙏",
    "ye bill kisaanon ke liye kaisa rahega, kisi expert ki raay chahiye",
    "comment section mein log ek doosre se lad rahe hain, video toh ramen ki thi 😂",
    "naye stadium ki khabar achhi hai, par parking ka kya plan hai?",
    "article ki spelling mistakes theek kar do please",
    "jo log bol rahe hain ki ye app free hai, terms padh lo pehle",
]

EVERYDAY_TRAIN_LATN2: list[tuple[str, str]] = (
    [("farewell_plan", t) for t in _FAREWELL_PLAN2]
    + [("chat", t) for t in _CHAT2]
    + [("support", t) for t in _SUPPORT2]
    + [("review", t) for t in _REVIEW2]
    + [("sports_gaming", t) for t in _SPORTS_GAMING2]
    + [("figurative_violent", t) for t in _FIGURATIVE_VIOLENT2]
    + [("identity_positive", t) for t in _IDENTITY_POSITIVE2]
    + [("comments", t) for t in _COMMENTS2]
)

# Flagged rows of the second part: new frames, same group words as the harmless rows below.

_DEROGATION_FRAMES2: list[_Frame] = [
    (
        "{O} ke saath kal shaam ki party? na bhai, ye log kahin bhi jaayein mahaul bigaad dete hain",
        "muslim bihari ne",
    ),
    (
        "{O} pe bharosa karna matlab apne pair pe kulhadi maarna, ye kabhi nahi sudhrenge",
        "kash bangla dalit",
    ),
    (
        "sach bolu toh {N} is desh ki sabse badi problem hain, baaki sab baad mein",
        "muslim migr roh",
    ),
    ("{O} ki toh fitrat hi dhokha dena hai, itihaas utha ke dekh lo", "sikh isai pak"),
    (
        "naukri pe {O} ko rakhna hi nahi chahiye, kaam chor aur bahanebaaz hote hain",
        "adivasi upwale aurat",
    ),
    ("{N} jitne bhi padh lein, rahenge ganwaar ke ganwaar", "dalit bihari tamil"),
    ("mujhe {O} se sakht nafrat hai, shakal dekhte hi gussa aata hai", "gay trans muslim"),
    (
        "{O} ke haath mein desh diya toh sab barbaad, ye log raaj karne layak hi nahi",
        "aurat dalit kash",
    ),
]

_DEROGATION_PLAIN2: list[str] = [
    "Kal shaam society ke Diwali function mein gaye, sajawat achhi thi aur khana bhi. Bas ek muslim family bhi aayi thi, in logon ko hamare tyohaar mein kya kaam, sab ganda kar dete hain.",
    "raat ko cab li, driver bihari tha, poore raaste gutkha chabata raha, ye log kabhi civilized nahi ho sakte",
    "office mein naya joiner north east se hai, ye log bas party karte hain, kaam ka koi sense nahi hota inko",
    "auraton ko cricket commentary karte sunke kaan pak jaate hain, inko kya pata game ka",
    "ye dalit log reservation ke bina ek exam clear nahi kar sakte, sach kadwa hota hai",
    "gay log samaj ke liye sharam ki baat hain, inhe chhupke rehna chahiye",
]

_DEHUMANISATION_FRAMES2: list[_Frame] = [
    ("{N} toh keede makode hain, jahan dekho bas bhare pade hain", "bangla roh bihari"),
    ("{O} ki basti mein jao toh lagta hai suar ke baade mein aa gaye", "dalit muslim adivasi"),
    ("{N} insaan nahi, zehreele saanp hain, jitna pyaar do utna dasenge", "kash pak muslim"),
    ("ye {N} sadak pe pada kachra hain, jhaadu maar ke saaf karo", "migr roh bangla"),
    ("{N} janwar hain, inko chidiyaghar mein band karo, shehar mein nahi", "afr trans ne"),
]

_DEHUMANISATION_PLAIN2: list[str] = [
    "ye hijde log insaan kam aur bhoot zyada lagte hain, raat ko dikh jaayein toh dar lagta hai",
    "bihari labourer tiddiyon ki tarah aate hain, poori fasal chaat jaate hain",
    "muslim mohalla matlab machhron ka ghar, bas bimaari hi bimaari",
]

_THREAT_FRAMES2: list[_Frame] = [
    (
        "kal shaam sab aao mandir ke peeche, {O} ko pakad ke maarna hai, koi bachna nahi chahiye",
        "muslim isai dalit",
    ),
    ("{O} ko dekh lena, agli baar gali mein dikhe toh wahin hisaab barabar", "bihari kash afr"),
    ("raat ko jab {N} ghar lautenge tab pakadna, sab ke haath pair tod dena", "ne gay migr"),
    ("{O} ko bolo 3 din mein basti khaali karo, warna aag hum lagayenge", "bangla roh dalit"),
    (
        "aao bhaiyon, {O} ko sabak sikhane ka time aa gaya, sab hathiyar leke niklo",
        "muslim sikh trans",
    ),
    (
        "{O} ke mohalle mein ghus ke maarenge, kal shaam 7 baje sab taiyaar rehna",
        "muslim dalit bihari",
    ),
]

_THREAT_PLAIN2: list[str] = [
    "sun be mulle, raat ko akele mat nikalna, dekh lenge tujhe",
    "kal subah tak ye north east wali ladkiyan PG khaali nahi karengi toh unka saamaan aur wo dono sadak pe honge",
    "in biharion ko pakad ke maaro aur train mein bhar ke wapas bhejo, jaldi aao sab station pe",
    "jo bhi gay couple park mein dikhe, maar maar ke bhaga do, kal shaam se shuru",
    "dalit ki baraat hamare mohalle se nikli toh laashein girengi, pehle se bata rahe hain",
    "kashmiri students ko hostel mein ghus ke peeto, kal raat 10 baje sab aa jaana",
]

_SLUR_PLAIN2: list[str] = [
    "oye katue, kal shaam mil tu mujhe",
    "chal nikal mulle yahan se",
    "chamaar log ko kursi pe baithne ka haq kisne diya",
    "chinki, apne desh ja",
    "ye bhaiyya log gandagi ke alawa kuch nahi dete",
    "madrasi kaalu, hindi seekh pehle",
    "hijda kahin ka, taali maar aur nikal",
    "chakke ko job pe rakha hai company ne lol",
    "bhangi ki aulaad, door khada reh",
    "habshi log mohalle mein nahi chahiye",
]

_SPELLING_FRAMES2: list[_Frame] = [
    ("{O} ko p@k@d ke m@@ro", "muslim dalit bihari"),
    ("{N} g@nde k33de h", "bangla roh migr"),
    ("{O} se n@frt h, sab ko nikaalo", "kash ne gay"),
]

_SPELLING_PLAIN2: list[str] = [
    "mu11e log d3sh ch0do",
    "ch@m@r ko k@bhi mt chhodna",
    "k a t u e  sab nikalo",
    "ch1nk1 l0g 🤮",
    "h!jde ko m@ar0",
    "b1h@ri g@nde",
]

# Not flagged: the same group words, and the same threat-like words, in harmless frames.

_NEGATED_FRAMES2: list[_Frame] = [
    ("main kabhi nahi kahunga ki {N} gande hote hain, ye bakwaas soch hai", "muslim bihari dalit"),
    ("{O} ko maarne-peetne ki baat karne wale mere dost nahi ho sakte", "kash ne gay"),
    (
        "ye sach nahi hai ki {N} bharose ke layak nahi, mere best friend hi {S} hain",
        "sikh isai tamil",
    ),
    ("kisi {S} ko gali mein pakad ke maarna? kabhi nahi, ye gunda-raaj hai", "muslim dalit afr"),
    ("{N} koi keede makode nahi, insaan hain, aur hamesha rahenge", "bangla roh migr"),
    ("mujhe {O} se koi nafrat nahi, na kabhi thi, na hogi", "trans adivasi pak"),
]

_NEGATED_PLAIN2: list[str] = [
    "auraton ko cricket nahi aata? mithali raj ka record dekh lo pehle",
    "bhai dalit hona kisi ko kam nahi banata, aur reservation bheekh nahi, haq hai",
    "north east wale party wale log? nahi yaar, mere NE dost sabse mehnati hain",
    "ye galat hai ki hijde manhoos hote hain, ye sirf andhvishwas hai",
    "kal shaam jo bhi hua, main kabhi kisi muslim padosi ke khilaaf nahi jaunga",
    "main nahi maanti ki gay log samaj ke liye sharam hain, sharam toh nafrat pe aani chahiye",
]

_POSITIVE_FRAMES2: list[_Frame] = [
    ("{O} ke bina hamari life adhoori hai, sach mein, love you all ❤️", "muslim bihari ne"),
    ("mujhe {O} pe itna garv hai ki shabd nahi hain, salaam 🙏", "dalit aurat adivasi"),
    ("kal shaam {O} ke saath iftar kiya, itna pyaar mila ki ro padi 🥹", "muslim kash bangla"),
    ("dil se shukriya {O} ka, mushkil waqt mein sabse pehle wahi aaye", "sikh isai migr"),
    (
        "{N} sabse zyada mehmaan-nawaz log hain, kabhi unke ghar jao toh pata chalega",
        "ne tamil punjabi",
    ),
    ("jo {O} ke liye khade hote hain, wahi asli deshbhakt hain 💪", "gay trans dalit"),
]

_POSITIVE_PLAIN2: list[str] = [
    "mere hostel ki sabse pyaari dost Manipur se hai, usne mujhe ghar jaisa mehsoos karaya 💜",
    "hijra guru maa ne meri beti ko aashirwad diya, aankhein bhar aayi",
    "Bihar ke bacche har saal UPSC mein jhande gaad dete hain, proud 🙌",
    "gay hoon aur meri family mere saath khadi hai, isse bada sukh nahi 🏳️‍🌈",
    "humari colony ke muslim chacha ne raat 2 baje papa ko hospital pahunchaya, farishte hain wo",
    "adivasi didi ke haath ki mahua roti aur chutney, zindagi ka best khana",
]

_NEUTRAL_FRAMES2: list[_Frame] = [
    (
        "kal shaam {O} ka ek cultural program hai community hall mein, entry free hai",
        "bengali sikh ne",
    ),
    ("{O} ki aabadi ke baare mein census ka data kahan milega?", "muslim adivasi dalit"),
    ("mere naye manager {S} hain, kal pehli meeting hai unke saath", "muslim tamil kash"),
    ("{O} ke liye helpline number kya hai? kisi ko madad chahiye", "trans viklang migr"),
    ("college mein {O} pe ek documentary dikhayi gayi aaj", "bihari roh afr"),
    ("kya koi {S} bata sakta hai ki ye festival kaise manaate hain?", "isai bengali sikh"),
]

_NEUTRAL_PLAIN2: list[str] = [
    "Ramzan mein iftar ka time kal shaam 6:42 hai",
    "raat ko Guru Nanak Jayanti ki prabhat pheri ki practice hogi gurudwara mein",
    "north east ke saat rajyon ko seven sisters kehte hain",
    "hijra samudaay ki guru-chela parampara sadiyon purani hai",
    "Bihar mein Chhath ke liye special trains chalti hain, booking kal se",
    "gay marriage abhi India mein legal nahi hai, Supreme Court ne 2023 mein faisla sunaya tha",
]

_COUNTER_FRAMES2: list[_Frame] = [
    (
        "kisi ne likha '{O} ko pakad ke maaro' — ye seedha hinsa ko uksaana hai, report kar diya",
        "muslim bihari dalit",
    ),
    ("'{N} keede hain' bolne wale khud insaniyat bhool chuke hain", "bangla roh migr"),
    (
        "group mein '{O} ko dekh lena' wala message aaya, maine admin ko bataya aur police ko bhi",
        "kash ne afr",
    ),
    (
        "'{N} gande hote hain' — aise bol ke kya mil jaata hai? bas nafrat failti hai",
        "muslim dalit bihari",
    ),
    ("jab bhi koi {O} ke baare mein zeher ugle, chup mat raho, jawab do", "gay trans isai"),
    ("'{O} se nafrat hai' likhne wale ka account ban hua, achha hua", "sikh adivasi muslim"),
]

_COUNTER_PLAIN2: list[str] = [
    "kisi ne comment kiya 'katue nikal', ye gaali hai, aur isko like karne wale bhi utne hi galat",
    "'chinki apne desh ja' bolne walon ko pata hona chahiye ki Manipur bhi India hai",
    "'hijda kahin ka' gaali nahi, kisi ki pehchaan hai, isko gaali banana band karo",
    "'bihari matlab gutkha' wala meme share karne wale ko unfollow kiya, ye racism hai",
    "video mein log 'mulle bhagao' chilla rahe the, ye hate speech hai, FIR honi chahiye",
    "'chamaar' shabd gaali ki tarah use karna SC/ST Act mein apraadh hai, dhyan rakho",
]

_NON_PROTECTED2: list[str] = [
    "kal shaam RCB walon ko pakad ke maarenge, ground pe 😂",
    "in spam callers ko dekh lena, ek din number hi block kar dunga sabka",
    "traffic police walon se nafrat hai mujhe, har chauraahe pe challan",
    "ye mosquitoes keede makode hain, aaj raat sab ko khatam karna hai 🦟",
    "Monday ko koi pakad ke maaro, har hafte aa jaata hai",
    "is app ko uninstall karo aur developers ko jail bhejo, itna bakwaas update",
    "kal shaam sab aao stadium, Mumbai Indians ka hisaab barabar karna hai 🏏",
    "ye courier company kachra hai, jhaadu maar ke saaf karo inko market se",
    "landlord ko dekh lunga main, deposit nahi lautaya toh court jaunga",
    "cockroach janwar hain, inko ghar mein nahi rehne dena",
    "ye telecom company ki fitrat hi dhokha dena hai, har mahine naya charge",
    "referee ko pakad ke bahar phenko, do penalty galat de di",
    "is traffic ne meri zindagi barbaad kar di, roz 2 ghante",
    "printer insaan nahi shaitaan hai, jab zaroorat ho tab band",
    "Chelsea ki defence kachra hai, sab ko bech do",
    "ye potholes sheher ke sharir pe zakhm hain, municipality ko sabak sikhao",
    "cab wale surge pricing pe sab ko pakad ke jail mein daalo",
    "in loan recovery agents ko dekh lena, jahan dikhe complaint karo",
    "is sarkari office ke babuon ko bhagwan hi bachaye, kaam chor saale",
    "bhai ye chuhe ghar ke andar ghus gaye, kal raat sabko pakad ke bahar phenkenge",
    "ye food app ghatiya hai, ek paisa mat do inko",
    "ye politician log bharose ke layak hi nahi, vaade karke bhool jaate hain",
    "is WiFi ko aag laga do, 5 baar disconnect hua",
    "kal derby hai, Real Madrid ko unke ghar mein ghus ke maarenge ⚽",
    "AC repair wala aaye toh usko dekh lena, teen baar paise le gaya",
    "pigeons ne balcony ka haal kharab kar diya, net lagao aur sabko bhagao",
    "is phone company pe bharosa karna matlab apne pair pe kulhadi",
    "ye deadline wala manager system ki sabse badi problem hai 😤",
    "hamari society ke lift wale contractor ko sabak sikhana padega",
    "Delhi ki garmi se nafrat hai, shakal dekhte hi gussa aata hai suraj ki 😂",
]

_ABUSE_INDIVIDUAL2: list[str] = [
    "tu kal shaam aaya kyun nahi, dhokebaaz kahin ka",
    "abe gadhe, raat ko call karne ko bola tha, bhool gaya?",
    "tere jaisa nikamma insaan maine nahi dekha, ek kaam dhang se nahi hota",
    "chal nikal yahan se bewakoof, tera koi kaam nahi",
    "@Aman tu ek number ka jhootha hai, sabko pata hai",
    "tu pagal hai kya? meri bike bina pooche le gaya",
    "kitna bada kamchor hai tu, poora project mujh pe daal diya",
    "oye dhakkan, galat address pe khana mangwa diya",
    "teri shakal dekh ke hi mood kharab ho jaata hai, chup reh",
    "tu na sabse bada dramebaaz hai, har baat pe rona",
    "tujhe toh main dekh lunga, mere notes waapis kar pehle",
    "abe ullu, metro ke gate pe khada hoke phone mat chala",
    "tere jaise dost se dushman achha",
    "neighbour uncle sach mein sabse ghatiya insaan hain, roz kachra hamare gate pe",
    "tu itna bada kanjoos hai ki chai bhi split karwata hai",
    "bewda saala, phir se pi ke aaya",
    "tu ek number ka ghamandi hai, ek promotion se hawa mein ud raha hai",
    "aap jaise teacher ki wajah se hi bacche padhai se bhaagte hain",
    "bakwaas band kar aur kaam kar, nalayak",
    "tere jaisa bhaagodha maine nahi dekha, exam chhodke bhaag gaya",
    "@Rahul tu captain banne layak nahi, har match mein galat field placement",
    "tu sach mein chugalkhor hai, sab baatein boss ko bata deta hai",
]

_PROFANITY2: list[str] = [
    "bc kal shaam ki party ekdum jhakaas thi",
    "saala ye traffic kabhi khatam hi nahi hota",
    "abe kamine, raat ko call kyun nahi kiya? miss kiya tujhe",
    "mc kya match tha yaar, last ball pe chakka 😭",
    "fuck, kal exam hai aur maine kuch nahi padha",
    "saale tu aa ja jaldi, chai thandi ho rahi hai",
    "bkl ye barish bhi na, roz shaam ko hi aati hai",
    "abe harami, mera samosa kha gaya 😂",
    "bsdk ye movie toh kamaal nikli",
    "shit yaar, chaabi andar reh gayi",
    "kya chutiya din tha aaj, sab ulta ho gaya",
    "saala Monday phir aa gaya",
    "abe o kamine, tu toh dulha lag raha hai 😍",
    "bc pizza ka cheese toh dekho 🤤",
    "gaand phat gayi jab boss ne naam pukara, par tareef ki 😅",
    "wtf bro, tu bhi Goa mein hai? milte hain kal shaam",
    "saali garmi ne haalat kharab kar di",
    "abe gadhe, tu hi mera best friend hai, love you 😂",
    "damn yaar, ye view toh ekdum zabardast hai",
    "bhenchod kitni thand hai aaj",
]

_RECLAIMED2: list[str] = [
    "hum hijre hain, aur hamari taali mein aashirwad hai 👏",
    "haan main chamar hoon, aur meri kalam meri pehchaan hai",
    "queer aur proud, kal pride march mein milte hain 🏳️‍🌈",
    "bihari hain, har jagah chhaa jaate hain 😎",
    "dyke hoon main, aur mujhe iska koi afsos nahi 💅",
    "junglee hi sahi, par jungle humne hi bachaya hai 🌳",
    "kinnar hain hum, apni duniya ke raja rani",
    "bhangi kehke neecha dikhaya gaya humein, ab hum hi usi naam se apni kahani likhenge",
]

FUNCTIONAL_TRAIN_LATN2: list[tuple[str, bool, str]] = (
    _fill("derogation", True, _DEROGATION_FRAMES2, 2)
    + _plain("derogation", True, _DEROGATION_PLAIN2)
    + _fill("dehumanisation", True, _DEHUMANISATION_FRAMES2, 3)
    + _plain("dehumanisation", True, _DEHUMANISATION_PLAIN2)
    + _fill("threat", True, _THREAT_FRAMES2, 0)
    + _plain("threat", True, _THREAT_PLAIN2)
    + _plain("slur", True, _SLUR_PLAIN2)
    + _fill("spelling_variation", True, _SPELLING_FRAMES2, 1)
    + _plain("spelling_variation", True, _SPELLING_PLAIN2)
    + _fill("negated_hate", False, _NEGATED_FRAMES2, 2)
    + _plain("negated_hate", False, _NEGATED_PLAIN2)
    + _fill("counter_speech", False, _COUNTER_FRAMES2, 3)
    + _plain("counter_speech", False, _COUNTER_PLAIN2)
    + _fill("identity_neutral", False, _NEUTRAL_FRAMES2, 0)
    + _plain("identity_neutral", False, _NEUTRAL_PLAIN2)
    + _fill("identity_positive", False, _POSITIVE_FRAMES2, 1)
    + _plain("identity_positive", False, _POSITIVE_PLAIN2)
    + _plain("non_protected_target", False, _NON_PROTECTED2)
    + _plain("abuse_individual", False, _ABUSE_INDIVIDUAL2)
    + _plain("nonabusive_profanity", False, _PROFANITY2)
    + _plain("reclaimed_slur", False, _RECLAIMED2)
)
