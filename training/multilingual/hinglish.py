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
