# ruff: noqa: E501
"""Hindi typed in Latin letters (hi-Latn): a third training part, hate as varied as the
harmless talk of the second, so that the classifier keeps its recall.

The flagged rows use the everyday registers of the second part (plans and times, "kal
shaam", "chalo", "aao", "dekh lena", "pakad", festivals, cricket, jobs, flats and
neighbourhoods, WhatsApp forwards) turned against a protected group: implicit hate without
slurs, hate at the end of long ordinary posts, threats written as plans, wishes and veiled
hints, dehumanisation, slurs as actually typed and short posts. About a quarter of the rows
are the same frames and groups made harmless (negated, quoted to reject, positive, neutral,
or aimed at a team, a company, traffic or an app). Templated rows fill each frame with at
most three groups; each group carries the forms a frame needs (direct plural, oblique
plural, singular, feminine agreement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group: direct plural, oblique plural, singular, feminine agreement?"""

    n: str
    o: str
    s: str
    fem: bool = False


_GROUPS: dict[str, _G] = {
    "mus": _G("musalman", "musalmanon", "musalman"),
    "muslim": _G("muslim log", "muslim logon", "muslim"),
    "dalit": _G("dalit", "daliton", "dalit"),
    "valmiki": _G("valmiki log", "valmiki logon", "valmiki"),
    "obc": _G("OBC wale", "OBC walon", "OBC wala"),
    "brahmin": _G("brahmin", "brahminon", "brahmin"),
    "adivasi": _G("adivasi", "adivasiyon", "adivasi"),
    "bihari": _G("bihari", "bihariyon", "bihari"),
    "up": _G("UP wale bhaiya", "UP wale bhaiyon", "UP wala bhaiya"),
    "ne": _G("north east wale", "north east walon", "north east wala"),
    "nel": _G("NE ki ladkiyan", "NE ki ladkiyon", "NE ki ladki", True),
    "kash": _G("kashmiri", "kashmiriyon", "kashmiri"),
    "sikh": _G("sikh", "sikhon", "sikh"),
    "isai": _G("isai", "isaiyon", "isai"),
    "hindu": _G("hindu", "hinduon", "hindu"),
    "jain": _G("jain", "jainon", "jain"),
    "marwari": _G("marwari", "marwariyon", "marwari"),
    "gujju": _G("gujarati", "gujaratiyon", "gujarati"),
    "aurat": _G("auratein", "auraton", "aurat", True),
    "ladki": _G("ladkiyan", "ladkiyon", "ladki", True),
    "gay": _G("gay log", "gay logon", "gay"),
    "lesb": _G("lesbian ladkiyan", "lesbian ladkiyon", "lesbian ladki", True),
    "bi": _G("bisexual log", "bisexual logon", "bisexual"),
    "trans": _G("trans log", "trans logon", "trans"),
    "kinnar": _G("kinnar", "kinnaron", "kinnar"),
    "viklang": _G("viklang", "viklangon", "viklang"),
    "behre": _G("behre log", "behre logon", "behra"),
    "bangla": _G("bangladeshi", "bangladeshiyon", "bangladeshi"),
    "pak": _G("pakistani", "pakistaniyon", "pakistani"),
    "afghan": _G("afghani", "afghaniyon", "afghani"),
    "roh": _G("rohingya", "rohingyaon", "rohingya"),
    "afr": _G("african", "africanon", "african"),
    "nig": _G("nigerian", "nigeriyon", "nigerian"),
    "migr": _G("migrant mazdoor", "migrant mazdooron", "migrant mazdoor"),
    "south": _G("south indian", "south indians", "south indian"),
    "tamil": _G("tamil", "tamilon", "tamil"),
    "malu": _G("malayali", "malayaliyon", "malayali"),
    "bengali": _G("bengali", "bengaliyon", "bengali"),
    "odia": _G("odia log", "odia logon", "odia"),
    "nepali": _G("nepali", "nepaliyon", "nepali"),
    "punjabi": _G("punjabi", "punjabiyon", "punjabi"),
}

# Spelling variants for the same word; templated rows rotate through them.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "nahi": ("nahi", "nhi", "nahin", "nai"),
    "hai": ("hai", "h", "hai", "he"),
    "hain": ("hain", "hai", "h", "hain"),
    "kya": ("kya", "kyaa", "kya", "kia"),
    "bhai": ("bhai", "bhaii", "bhai", "bhaai"),
    "yaar": ("yaar", "yr", "yaar", "yaaar"),
    "bahut": ("bahut", "bohot", "bht", "bahot"),
    "karo": ("karo", "kro", "karo"),
    "sab": ("sab", "sb", "sab"),
    "toh": ("toh", "to", "toh", "tho"),
    "mat": ("mat", "mt", "mat"),
    "kal": ("kal", "kal", "kl"),
    "shaam": ("shaam", "sham", "shaam"),
    "chalo": ("chalo", "chlo", "chalo"),
    "aao": ("aao", "ao", "aao", "aaoo"),
    "pakad": ("pakad", "pakad", "pkd"),
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
    (
        "kal shaam society meeting mein faisla hua ki ab koi flat {O} ko rent pe nahi jayega, sahi hai, ye aate hi mahaul kharab kar dete hain",
        "mus afr bangla",
    ),
    (
        "naukri ki vacancy nikli hai, CV bhejo, bas {O} ko mat bhejna, kaam kam aur bahane zyada",
        "dalit adivasi up",
    ),
    (
        "chalo IPL dekhne chalte hain par stand mein {N} bhi honge, unke paas baithna matlab jeb katwana",
        "bihari bangla nepali",
    ),
    (
        "WhatsApp pe aaya hai padho: {N} plan bana ke hamare mohalle mein zameen khareed rahe hain taaki kabza ho jaye, aage bhejo sab",
        "mus isai roh",
    ),
    (
        "Diwali ki mithai {O} ki dukaan se mat lena bhai, pata nahi kya mila dete hain usme",
        "muslim bangla valmiki",
    ),
    (
        "{O} ko PG mein kamra mat dena, raat bhar daaru aur shor, inki parvarish hi aisi hoti hai",
        "ne nel nig",
    ),
    (
        "jab tak {N} is colony mein hain, flat ka rate kabhi upar nahi jayega, sab jaante hain",
        "mus dalit bihari",
    ),
    (
        "shaadi mein {O} ko bulaoge toh rishtedaar kya sochenge? inko door hi rakho",
        "dalit valmiki trans",
    ),
    (
        "bachche ko school mein {O} ke bachchon ke saath mat baithne dena, galat aadatein seekhega",
        "dalit muslim roh",
    ),
    (
        "{N} kabhi line mein nahi lagte, jahan dekho dhakka mukki, poori kaum hi ganwaar hai",
        "bihari up migr",
    ),
    (
        "{O} ka dimaag sirf paise mein chalta hai, insaaniyat naam ki cheez inme hoti hi nahi",
        "marwari gujju jain",
    ),
    (
        "team mein {N} aa jaayein toh samjho project ka bhatta baith gaya, koi deadline time pe nahi hogi",
        "aurat adivasi up",
    ),
    (
        "{N} hamari naukriyan kha rahe hain, inko wapas bhejo, baat khatam",
        "bangla bihari nepali",
    ),
    (
        "bhai {O} wali gali mein shaam ke baad mat jaana, saare chor uchakke wahin rehte hain",
        "mus dalit afr",
    ),
    (
        "{N} padhai mein kamzor hi hot{e} hain, genes mein hai, koi kitna bhi padha le",
        "aurat adivasi dalit",
    ),
    (
        "{O} ke haath ka khana? na baba, pata nahi kahan kahan haath daala hoga",
        "dalit valmiki muslim",
    ),
    (
        "das saal pehle yahan {N} the hi kahan, ab bhar gaye hain aur crime bhi dekh lo kitna badh gaya",
        "bihari bangla afr",
    ),
    (
        "ek {S} ko dost bana ke dekho, ek din tumhara sab kuch loot ke le jayega",
        "muslim bihari nig",
    ),
    (
        "joke suno: {S} aur imaandaari mein kya common hai? kuch bhi nahi 😂😂",
        "pak bihari marwari",
    ),
    (
        "{O} ko har tyohaar pe chutti chahiye, kaam ke naam pe zero, HR ko bolo hire hi na kare",
        "mus isai aurat",
    ),
    (
        "haan hoon main racist, {O} ko apni building mein ghusne nahi dunga, kya kar loge",
        "afr nig ne",
    ),
    (
        "broker ko pehle hi bol dena ki aas paas {N} na hon, warna rate aur izzat dono girenge",
        "mus dalit afr",
    ),
    (
        "{N} jitna kamaate hain sab bahar bhej dete hain, yahan sirf gandagi chhod ke jaate hain",
        "nepali bangla bihari",
    ),
    (
        "office mein {N} aa ga{y} toh poora mahaul propaganda ban jayega, HR se bolo filter laga de",
        "gay trans lesb",
    ),
    (
        "bas itna bata do {O} ko reservation kyun? saare mufatkhor hain, mehnat inke bas ki nahi",
        "dalit adivasi obc",
    ),
    (
        "pehle hi bata du, {N} jahan bhi majority mein aa jaate hain wahan baaki sab ko bhaga dete hain",
        "mus isai sikh",
    ),
    (
        "vote daalne ja rahe ho? yaad rakhna, {N} ek saath vote karte hain taaki desh pe raaj kar sakein",
        "muslim isai dalit",
    ),
    (
        "kal se maid ko chhutti de di, pata chala {S} hai, ab ghar ke bartan kaun chhune dega",
        "dalit valmiki bangla",
    ),
    (
        "cricket team mein {N} aa ga{y} isliye aaj kal haar rahe hain, pehle wali baat hi nahi rahi",
        "dalit muslim south",
    ),
    (
        "{N} sirf naach gaane aur nashe ke liye bane hain, kaam dhandha inse nahi hota",
        "ne punjabi nig",
    ),
    (
        "mandir ke committee mein {O} ko kyun rakha? inka yahan koi kaam nahi, bahar hi theek hain",
        "dalit aurat valmiki",
    ),
    (
        "{N} ko gaadi chalane do aur phir hospital ka number save kar lo 😂",
        "aurat ladki",
    ),
    (
        "shaam ko park mein walk pe jao toh {N} baith{e} hot{e} hain, poora park ganda kar diya inhone",
        "gay nel migr",
    ),
    (
        "ye {N} sirf sympathy ke bhookhe hain, har cheez mein quota chahiye inko, kaam kuch nahi",
        "viklang trans behre",
    ),
    (
        "{O} pe business mein kabhi bharosa mat karna, muh pe meetha aur peeth peeche chhura",
        "gujju marwari sikh",
    ),
]

_DEROGATION_PLAIN: list[str] = [
    "Kal shaam office ke baad sab cousins ke saath Saket gaye, momos khaaye, movie dekhi, raat 11 baje ghar pahunche. Theatre mein saamne wali seat pe muslim family baithi thi, shor itna ki film ka mazaa hi kharab, ye log kahin bhi tameez nahi dikhate.",
    "Bhai naye flat mein shift ho gaye finally, balcony badi hai, sunlight bhi achhi aati hai, market paas mein. Bas bagal mein ek dalit family rehti hai, mummy ne bola hai unke ghar ka kuch mat khana, ye log saaf nahi rehte.",
    "Aaj Holi pe society mein mast party thi, gujiya, thandai, DJ, sab kuch. Phir kuch north east wale bhi aa gaye rang khelne, pata nahi kisne bulaya, ye log hamari culture ka kya samjhenge, bas daaru ke liye aate hain.",
    "Cousin ki engagement thi Jaipur mein, teen din ka function, khana ekdum royal, sangeet pe sab naache. Bas ek baat khatki, caterer ke saare waiter bangladeshi the, ye log chori ke alawa kuch nahi karte, pakka kuch gayab hua hoga.",
    "Naya job join kiye ek hafta hua, office Gurgaon mein hai, cab milti hai, canteen bhi sasta. Team lead ek aurat hai, aur sach bolu toh auraton ko leader banana hi galti hai, emotional decisions leti hain bas.",
    "Kal raat India ka match tha, last over tak saans atki rahi, finally jeet gaye, gali mein pataakhe phode. Par saamne wale muslim ghar mein koi khush nahi dikha, ye log dil se kabhi Indian the hi nahi.",
    "Weekend pe Manali gaye the, barf, maggi, bonfire, sab perfect. Bas hotel ka staff nepali tha, raat bhar darr laga, ye log kabhi bhi kuch bhi kar sakte hain, apne ghar mein inko kabhi mat rakhna.",
    "Beti ka school ka annual day tha aaj, dance performance mast tha, photo bhi khinchi. Par class teacher ek christian hai, dar lagta hai dheere dheere bachchon ka dharm badal degi, ye log yahi karte hain.",
    "Subah Chhath ghat pe gaye, bahut sundar mahaul tha, sooraj ko arghya diya, prasad mila. Wapas aate hue dekha kuch bangladeshi jhuggi bana rahe the nadi kinare, ye log kahin bhi ghus jaate hain, desh ka satyanash kar diya.",
    "Aaj interview tha ek MNC mein, teen round hue, HR ne bola result kal shaam tak. Waiting area mein saare OBC aur SC wale quota ki baat kar rahe the, aise log hi merit ka khoon karte hain.",
    "Raat ko Swiggy se biryani mangwayi, bahut tasty thi, delivery bhi 20 min mein. Delivery wala bihari tha, change wapas karte waqt 10 rupaye kam diye, ye log ek rupaya bhi nahi chhodte, khoon mein hai.",
    "Gym join kiya hai naya, trainer achha hai, machines bhi nayi. Par wahan ek trans ladki bhi aati hai, ladies changing room use karti hai, ye log samaj ko ganda kar rahe hain, inpe ban hona chahiye.",
    "Family group pe forward: 'Kerala mein christian aur muslim milke hinduon ki zameen le rahe hain, 2030 tak ek bhi mandir nahi bachega.' Bilkul sahi, ye log ek saath milke saazish kar rahe hain, sab share karo.",
    "Bangalore mein 5 saal ho gaye, weather best hai, coffee best hai, startups bhi mast. Bas ek cheez nahi jhelni jaati, ye kannad wale bhaiya log har baat pe hindi waalon se ladte hain, jahil hain saare.",
    "Aaj Ganpati visarjan tha, dhol tashe, gulal, poora area naach raha tha. Police ne raasta ek masjid ke paas se badal diya, kyunki in musalmanon ko hamari khushi se hamesha takleef hoti hai, ye log tolerate karna jaante hi nahi.",
    "Kal se naya driver rakha hai, time pe aata hai, gaadi bhi saaf rakhta hai. Bas pata chala wo valmiki hai, papa bole gaadi ki seat pe mat baithne dena, inki jagah neeche hi hai.",
    "auraton ko vote ka haq dena hi galti thi, jo pati bole wahi dabati hain",
    "Pakistani log sab aatankwadi paida karte hain, maa ke pet se hi training shuru",
    "ye Nigerian log sab drugs bechte hain, Delhi mein inka poora gang hai",
    "afghani refugees ko rakhoge toh kal inke saath taliban bhi aayega, likh ke le lo",
    "bengali auratein kaala jaadu karti hain, ladke ko phasa ke rakhti hain 😂",
    "jain log itne kanjoos hain ki pyaaz bhi nahi khareedte 😂 bas byaaj pe jeete hain",
    "bihari hai toh kya, IAS ban gaya toh bhi gutkha wali aadat nahi jayegi",
    "Malayali nurse? 😂 pura hospital hi Kerala ka gang hai, apne wale ko hi rakhte hain",
    "odia log itne sust hote hain ki train bhi unse tez chalti hai, kaam dena hi bekaar",
    "marathi manoos ke naam pe goondagardi, ye log bahar walon ko insaan hi nahi samajhte",
    "sikhon se serious baat? 😂 inki akal toh lassi ke glass mein doob chuki hai",
    "tamil log hindi se nafrat karte hain, desh todne wale log hain ye",
    "behre log? 😂 inse baat karo toh lagta hai diwaar se baat kar rahe ho, kya fayda inka",
    "lesbian sirf phase hai, ek achha ladka mil jaye toh sab theek ho jayega, bimari hai ye",
    "bisexual log bas confused aur lalchi hote hain, inpe kabhi bharosa mat karna",
    "brahmin log hamesha se doosron ka khoon choos ke ameer bane, aaj bhi wahi kar rahe hain",
]

_DEHUMANISATION_FRAMES: list[_Frame] = [
    ("{N} tiddi dal hain, jahan baithe wahan ka sab kuch chaat gaye", "bangla roh migr"),
    (
        "{O} ke mohalle se guzro toh lagta hai gatar mein aa gaye, wahan insaan nahi keede rehte hain",
        "dalit valmiki mus",
    ),
    ("{N} jonk hain bhai, desh ka khoon choos rahe hain chup chaap", "mus roh bangla"),
    (
        "kal metro mein {O} ka jhund chadha, aisi badboo ki laga bakriyon ke dabbe mein baith gaye",
        "bihari migr adivasi",
    ),
    ("{O} ko dekh ke lagta hai evolution beech mein hi ruk gaya 🐒", "afr nig adivasi"),
    (
        "{N} insaan ki shakal mein bhediye hain, apne bachchon ko inse door rakho",
        "mus gay trans",
    ),
    ("{N} kachre ke dher pe palne wale suar hain, aur kuch nahi", "roh bangla valmiki"),
    ("{N} ek bimari hain, jitna phailenge utna samaj sadega", "gay trans bi"),
    ("{N} chuhe hain, border ke har chhed se ghus aate hain", "bangla roh afghan"),
    ("{N} toh zinda laash hain, na kisi kaam ke na kaaj ke", "viklang behre kinnar"),
    (
        "ye {N} kutte ki dum hain, kabhi seedhe nahi honge, bas bhaunkte rehte hain",
        "pak kash muslim",
    ),
    ("{O} ko insaan bolna insaaniyat ki beizzati hai", "roh afr trans"),
    ("{N} gobar ke keede hain, gandagi mein hi khush rehte hain", "bihari up valmiki"),
    (
        "chalo shaam ko zoo chalte hain... oh wait, {O} ka mohalla toh paas hi hai, wahi dekh lete hain 🦍",
        "afr nig ne",
    ),
]

_DEHUMANISATION_PLAIN: list[str] = [
    "Sunday ko Sarojini market gaye the shopping ke liye, sale lagi thi, bheed bhi bahut thi. Har taraf bangladeshi aur rohingya, lag raha tha machhliyon ke bazaar mein keede bilbila rahe hain.",
    "Hostel mein naya semester shuru hua, mess ka khana thoda better hua hai. Bas bagal wale room mein do african aa gaye hain, unhe dekh ke lagta hai National Geographic ka episode live chal raha hai 🦍",
    "Puri building ne milke chanda karke gate lagwaya, guard bhi rakha. Kyunki peeche wali basti ke dalit aawara kutton ki tarah ghus aate the, ab jaake raahat hai.",
    "hijde manhoos keede hain, subah subah dikh jaayein toh poora din barbaad",
    "gay log samaj ka cancer hain, jitna jaldi kaato utna achha",
    "rohingya = deemak + machhar, dono ka ilaaj ek hi hai",
    "pakistani poori kaum hi jaahil bhedon ka jhund hai, koi bhi haank le",
    "UP bihar wale bhaiya log cockroach hain, atom bomb ke baad bhi bach jayenge 😂",
    "ye kashmiri sab zehreele bichhu hain, kitna bhi paalo dank maarenge",
    "muslim aabadi kharpatwar hai, khet saaf karna hai toh jad se ukhaado",
    "trans log na aadmi na aurat, bas ek ajooba hain, circus mein bhejo",
    "adivasi jungle ke janwar hain, shehar mein inka kya kaam",
]

_THREAT_FRAMES: list[_Frame] = [
    (
        "kal shaam 6 baje sab milke {O} ki basti chalte hain, ek bhi ghar khada nahi rehna chahiye",
        "mus dalit roh",
    ),
    (
        "chalo bhai Sunday ko {O} ko ghar se nikaalne, lathi aur petrol dono saath leke aana",
        "bangla bihari isai",
    ),
    (
        "jo bhi {S} aaj raat mohalle mein dikha, pakad ke wahin khambe se baandh denge",
        "muslim afr kash",
    ),
    ("{O} ko bol dena, is Holi pe rang nahi khoon bahega", "mus isai sikh"),
    (
        "dekh lena, match khatam hone do, phir {O} ki dukaanein jalti dikhengi",
        "muslim kash sikh",
    ),
    (
        "bas ek WhatsApp message aur sab aa jayenge, {O} ka kaam tamaam karna hai, location bhejta hoon",
        "muslim dalit ne",
    ),
    ("kaash koi truck {O} ki rally pe chadh jaye, mazaa aa jayega", "gay trans muslim"),
    (
        "pata hai na {N} kis gali mein rehte hain? aaj raat wahin milte hain, sab phone band rakhna",
        "bihari ne afr",
    ),
    (
        "koi {S} hamare gaon ke kuein se paani bhare toh haath kaat do, panchayat ka faisla hai",
        "dalit valmiki adivasi",
    ),
    (
        "is Navratri {O} ko dikhate hain kiska desh hai, pandal ke bahar pakad pakad ke peetenge",
        "muslim isai kash",
    ),
    ("{O} ko zinda jala do, tabhi ye desh saaf hoga", "mus roh isai"),
    ("main toh kehta hoon {O} ko goli maar do, koi poochne wala nahi", "gay trans kinnar"),
    (
        "kal school ke bahar {O} ke bachchon ko dekh lena, samajh aana chahiye unki yahan jagah nahi",
        "mus dalit afr",
    ),
    ("bhagwan kare saare {N} agli baadh mein beh jaayein, ek bhi na bache", "bihari bangla roh"),
    (
        "kal match ke baad {O} ke mohalle mein pataakhe nahi, bomb phodenge 😈",
        "mus kash muslim",
    ),
    (
        "agli baar koi {S} train mein apni bhasha mein chillaya toh usko chalti train se phenk denge",
        "bihari tamil bengali",
    ),
    ("{O} ke naam likh ke rakho, din aayega jab sabka hisaab hoga", "muslim isai dalit"),
    (
        "hum chup hain iska matlab ye nahi ki {O} ko bhool gaye, bas sahi waqt aane do",
        "muslim sikh kash",
    ),
    (
        "{O} ke ghar ka address group mein daal do, baaki kaam ladke kar lenge",
        "gay trans ne",
    ),
    (
        "ye {N} jo kaam maangne aate hain na, inke haath pair tod do, phir maangenge kaise",
        "migr bihari up",
    ),
    (
        "gym ke baad chalo, park mein {N} baith{e} hot{e} hain, aaj unki dhulai pakki",
        "gay nel afr",
    ),
    (
        "{O} ko ek mahina deta hoon, sheher chhod do, warna ek ek ko dhoond ke maarenge",
        "up bihari kash",
    ),
    (
        "aao sab kal subah 10 baje DM office, {O} ki jhuggiyon pe bulldozer khud chalayenge, ek bhi bacha toh aag",
        "bangla roh migr",
    ),
    (
        "agar kisi {S} ne hamari ladki se baat bhi ki toh uski laash nadi mein milegi",
        "muslim dalit afr",
    ),
    (
        "sab ladke ready raho, Eid ki namaaz ke waqt {O} pe patthar barsane hain",
        "mus muslim",
    ),
    (
        "{O} ki shaadi mein DJ bajega? bajne do, phir dekhna baraat kaise lautti hai",
        "dalit valmiki muslim",
    ),
    (
        "mera bas chale toh {O} ko bhi 47 jaisa train mein bhar ke border paar chhod aau, zinda ya murda",
        "pak mus bangla",
    ),
    (
        "jo {S} hostel mein reh raha hai uska room number bhejo, raat ko milne aayenge 🙂",
        "kash ne afr",
    ),
]

_THREAT_PLAIN: list[str] = [
    "Kal raat do baje tak padhai ki, subah exam tha, paper theek gaya, ab shaam ko dosto ke saath chai. Aur haan, hostel wale kashmiri ko bata dena, agli baar Pakistan ki jeet pe tali bajayi toh seedha upar bhejenge.",
    "Diwali ki safai chal rahi hai, parde dhule, sofa cover naye aaye, mummy ne list thama di. Society group mein bol diya hai, is baar koi muslim thele wala gate ke andar aaya toh thela aur haddi dono todenge.",
    "Subah 5 baje uthke ghaat pe snaan kiya, phir mandir, phir kachori jalebi, din ban gaya. Wahin tay hua ki agle mahine basti ke isaiyon ka prayer hall khali karwana hai, chahe jaise bhi, jo beech mein aaye use bhi dekh lenge.",
    "Office party mast rahi, cake kata, sabne dance kiya, boss bhi khush. Lautte waqt cab mein soch raha tha, wo naya gay intern bahut ud raha hai, kal parking mein pakad ke aukaat dikha dete hain.",
    "Gaon mein mela laga hai, jhoola, jalebi, nautanki sab hai, bachche bahut khush. Bas panchayat ka elaan hai ki koi dalit mela mein ghoda leke aaya toh ghode ke saath wo bhi nahi bachega.",
    "koi inn rohingyaon ki jhuggi mein aag laga de, poora sheher dua dega",
    "bihariyon ko Mumbai se bhagao, station pe milte hain kal, laathi leke aana",
    "agar ek bhi chinki is gali mein dikhi toh uska wo haal karenge ki Manipur tak khabar jayegi",
    "in habshiyon ko dekhte hi maaro, yahi ek tareeka hai",
    "sun lo sab kinnar, agli baar train mein taali bajai toh khidki se bahar",
    "trans log ko bas ek kamre mein band karo aur gas chhod do, kahani khatam",
    "Pakistan ka naqsha mita do aur pakistaniyon ko bhi, sab ek saath",
    "kal rath yatra hai, rasta masjid ke saamne se jayega, mulle bahar nikle toh sar phodne ka plan ready hai",
    "us dalit sarpanch ko bol do kursi chhod de, warna kursi ke saath jalega",
    "Canada ke khalistani sikh ek baar India aa jaayein bas, airport se seedha shamshaan",
    "migrant labour ko bolo 48 ghante mein Maharashtra chhodo, uske baad jo mila usko peetenge",
    "jo bhi ladki jeans pehen ke mandir aayi, uske baal kaat denge, samjhi sab",
    "nigerian log jis building mein rehte hain wahan raat ko ghus ke safaya karo",
]

_SLUR_PLAIN: list[str] = [
    "ktwa kahin ka",
    "katwe log",
    "kattu bhaag yahan se",
    "mulla mulli dono nikal",
    "ye mullon ka adda hai",
    "oye mlle, chal hat",
    "hara saanp",
    "jihadi abdul ki aulaad",
    "chuslim log",
    "peaceful wale aa gaye 💣😂",
    "sulle nikalo",
    "bhimta bhimte log",
    "bhimte ko kursi chahiye",
    "chamaar ki jaat hi aisi",
    "chamar saale",
    "chuhda kahin ka",
    "churi chamar sab ek",
    "dhed log",
    "reservation ka kida",
    "quota ki paidaish",
    "jungli bhil",
    "bhaiyya gutkhabaaz",
    "bihari labour kahin ka",
    "bhaiyye sab ganwaar",
    "ghati saala",
    "gujju thug",
    "marwadi kanjoos makkhichoos",
    "kanjoos baniye",
    "ye panauti jain",
    "lungi wala madrasi",
    "mallu kaalu",
    "kalia madrasi",
    "chinki randi",
    "chinky momo wali",
    "nepu bahadur, gate khol",
    "oye bahadur, chowkidar ki aulaad",
    "kaalu habshi",
    "bandar african",
    "kaala bandar wapas ja",
    "naija drug wala",
    "porki saale",
    "paki kutte",
    "bangu ghuspaithiya",
    "bangladeshi chuhe",
    "chakka sala",
    "6kka kahin ka 😂",
    "meetha ladka hai wo 😂",
    "gandu homo",
    "hijda hai kya be",
    "hijdi kahin ki",
    "lesbo chudail",
    "tranny freak",
    "laula saala",
    "langda lula",
    "andha bhikhari",
    "behra gunga gadha",
    "paagal mental retard",
    "kutiya feminist",
    "randi rona band kar, aurat hai na",
    "chhinaal aurat",
    "pagdi wala bewakoof sardaar",
    "khalistani kutte",
    "rice bagger isai sab, ek bori chawal mein bik gaye",
    "dharm-badlu chawal chor",
]

_SPELLING_FRAMES: list[_Frame] = [
    ("{O} ko k@@t d0", "mus dalit roh"),
    ("{N} g@dd@@r h@in s@b", "mus kash sikh"),
    ("{N} ganw@@r h0t{e} h", "bihari up adivasi"),
    ("{O} ko bhg@o d3sh se", "bangla roh pak"),
    ("{N} k u t t e  h a i n", "afr muslim dalit"),
    ("{O} ki b@st1 j@l@o", "roh bangla valmiki"),
    ("{O} ko j0b m@t d0", "mus aurat trans"),
    ("{O} ko ek ek kr ke p33t0", "kash afr gay"),
    ("{N} 🐷🐷 h sab", "mus pak dalit"),
    ("{O} ko fl@t mt d3na kbhi", "ne nig muslim"),
    ("{N} k@@mch0r + g@nd33, d00r r@h0 bc", "bihari nel migr"),
    ("{O} se ghn@ aati h 🤮", "gay lesb trans"),
]

_SPELLING_PLAIN: list[str] = [
    "k@tw3 sb nikl0",
    "kt.we log",
    "m.u.l.l.e bhgao",
    "mu11a 💣",
    "ch@m@@r s@@le",
    "bh1mt3 log",
    "ch00hda h wo",
    "b.h.a.i.y.y.e gndgi",
    "ch!nk!e 🐶 kh@ne wale",
    "h@bsh1 b@ndar",
    "b@ngl@d3shi chuh3",
    "p@k1 kutt3",
    "ch@kk@ s@@la",
    "h!jd3 h!jd3 😂",
    "l3sb0 k@h1n k1",
    "trnny frk",
    "l@ngd3 lul3 s@b",
    "r3t@rd l0g",
    "r@nd1 @ur@t",
    "m@dr@s1 k@@lu",
    "s@rd@r j1 b3w@k00f",
    "jh@@nt kh@l1st@n1",
]

# ---------------------------------------------------------------------------------------
# Not flagged: the same frames and groups made harmless
# ---------------------------------------------------------------------------------------

_NEGATED_FRAMES: list[_Frame] = [
    (
        "society meeting mein kisi ne bola {O} ko flat mat do, maine saaf mana kiya, humari society mein aisa nahi hoga",
        "mus afr bangla",
    ),
    (
        "ye kehna bakwaas hai ki {N} kaam se bhaagte hain, mere office ke sabse mehnati log wahi hain",
        "dalit adivasi up",
    ),
    (
        "{O} ki dukaan se Diwali ki mithai li hai har saal, aur kabhi koi dikkat nahi hui",
        "muslim bangla valmiki",
    ),
    (
        "{N} padhai mein kamzor nahi hot{e}, mauka do bas, result khud dekh lena",
        "aurat adivasi dalit",
    ),
    (
        "main kabhi {O} ke bachchon ko apne bachchon se alag nahi bithaunga, dosti sabse upar",
        "dalit muslim roh",
    ),
    (
        "kisi ko {O} ki basti jalane ki baat karte suna toh main khud police bulaunga, chup nahi rahunga",
        "mus dalit roh",
    ),
    (
        "{N} koi bimari nahi hain, na kabhi the, bas insaan hain tumhari tarah",
        "gay trans bi",
    ),
    (
        "main nahi maanta ki {N} ek saath milke saazish karte hain, ye sab forward jhooth hai",
        "muslim isai dalit",
    ),
]

_NEGATED_PLAIN: list[str] = [
    "nahi bhai, jain log kanjoos nahi hote, mere jain dost ne hi meri fees bhari thi",
    "behre log 'diwaar' nahi hain, sign language seekh lo toh sabse achhi baatein unhi se hongi",
    "lesbian hona koi phase nahi hai, meri didi 15 saal se apni partner ke saath khush hai",
    "Malayali nurses ka koi gang nahi, bas wo kaam mein sabse achhi hain, isliye har jagah hain",
    "kisi kinnar ko train se phenkne ki baat? kabhi nahi, wo bhi utne hi musafir hain",
    "tamil log desh nahi todte bhai, apni bhasha se pyaar karna desh se nafrat nahi hai",
    "brahmin ho ya dalit, kisi ko uski jaat ki wajah se bura bolna galat hai, main nahi bolunga",
    "odia log sust nahi hain, Odisha ne cyclone mein jo kaam kiya duniya ne tareef ki",
    "nigerian hone ka matlab drug dealer nahi hai, mera lab partner Lagos se hai aur PhD kar raha hai",
    "bengali auraton ke kaale jaadu wali baat sirf ghatiya mazaak hai, main aisa kabhi nahi maanunga",
]

_COUNTER_FRAMES: list[_Frame] = [
    (
        "WhatsApp pe forward aaya ki {N} zameen khareed ke kabza kar rahe hain, fact check kiya, fake nikla, group mein daal diya",
        "mus isai roh",
    ),
    (
        "'kal shaam {O} ki basti chalte hain' — ye message kisi ne group mein daala, screenshot leke police ko bhej diya",
        "mus dalit roh",
    ),
    (
        "broker ne bola 'aas paas {N} nahi hain, tension mat lo' — maine wahi flat lene se mana kar diya, aisi soch se door",
        "mus dalit afr",
    ),
    (
        "'{O} ko insaan bolna insaaniyat ki beizzati hai' — aisa comment likhne wale ko report karo, ye dehumanisation hai",
        "roh afr trans",
    ),
    (
        "office mein kisi ne joke maara '{S} aur imaandaari', koi nahi hasa, HR ko bhi bata diya",
        "pak bihari marwari",
    ),
    (
        "jo log '{O} ko wapas bhejo' likhte hain, unko yaad dilao ki ye bhi isi desh ka hissa hain",
        "bihari ne kash",
    ),
    (
        "reel ke neeche log {O} ko 'tiddi dal' likh rahe the, maine sabko report kiya, nafrat ko normal mat banao",
        "bangla roh migr",
    ),
]

_COUNTER_PLAIN: list[str] = [
    "'ktwa' ho ya 'katua', spelling badalne se gaali gaali hi rehti hai, report ho gaya tera comment",
    "kisi ne likha 'bhimte ko kursi chahiye', ye jaativaad hai aur SC/ST Act lagta hai iske liye",
    "'chinki randi' jaise comments padh ke mann kharab ho gaya, meri Naga dost ko roz ye sunna padta hai, ye band hona chahiye",
    "jo log 'paki kutte' likh ke deshbhakti dikhate hain, wo cricket ka bhi apmaan karte hain",
    "'6kka' likhke chhupne se kuch nahi hota, transphobia hi hai, mod ne ban kiya achha kiya",
    "mohalle mein pamphlet baanta gaya ki 'muslim thele wale andar na aayein', humne RWA ko likhit mein virodh diya",
    "'bihari hai toh gutkha khata hoga' — ye stereotype har baar sunke thak gaya hoon, bas karo",
    "kisi ne tweet kiya ki trans log ko kamre mein band karo, ye seedha hinsa ki dhamki hai, sab report karo",
    "Family group mein chacha ne 'love jihad ka sach' wala video bheja, maine neeche court ka faisla bheja aur likha ki ye nafrat failana band karo",
]

_POSITIVE_FRAMES: list[_Frame] = [
    (
        "kal shaam {O} ke saath IPL dekha, itna mazaa kabhi nahi aaya, next match bhi saath dekhenge 🏏",
        "bihari bangla nepali",
    ),
    (
        "naye flat mein sabse pehle {O} ne hi madad ki, saamaan upar chadhaya, chai pilayi, dil jeet liya ❤️",
        "mus afr ne",
    ),
    (
        "{N} ke bina humari team adhoori hai, sabse creative aur mehnati log 🙌",
        "aurat adivasi up",
    ),
    (
        "is saal Diwali {O} ke ghar manayi, unki maa ne itne pyaar se khilaya ki ghar yaad nahi aaya 🪔",
        "muslim isai sikh",
    ),
    (
        "proud moment: {O} ka pehla cultural fest hamare college mein, poora hall bhara tha 🎉",
        "ne tamil odia",
    ),
]

_POSITIVE_PLAIN: list[str] = [
    "Marwari uncle ne apni dharamshala mein baadh peediton ko mahine bhar muft rakha, aise log kam milte hain 🙏",
    "behri hoon, sign language mein stand-up comedy karti hoon, aur log pet pakad ke haste hain 🤟",
    "bisexual hoon aur finally ghar pe bata diya, mummy ne gale laga liya 🥹💗",
    "Nigerian dost ne apni shaadi mein Delhi ke saare doston ko bulaya, jollof rice aur chhole ek hi plate mein 😍",
    "Odisha ke kaarigar jo pattachitra banate hain, uski baat hi alag hai, ghar mein ek laga liya",
]

_NEUTRAL_FRAMES: list[_Frame] = [
    (
        "{O} ki community meeting kal shaam 6 baje hall mein hai, jisko aana ho aa jaana",
        "nepali malu odia",
    ),
    (
        "mere naye padosi {S} hain, kal shaam unhone ghar pe chai pe bulaya hai",
        "jain marwari gujju",
    ),
    (
        "{O} ke liye job fair agle Sunday hai, registration link group mein daal raha hoon",
        "viklang trans behre",
    ),
]

_NEUTRAL_PLAIN: list[str] = [
    "Paryushan ke time jain log aath ya das din ka upvaas rakhte hain",
    "Valmiki Jayanti is baar October mein hai, chhutti hai ya nahi pata karo",
    "Onam pe malayali ghar mein 20 se zyada dish ki sadya banti hai, kela patte pe",
    "Rath Yatra Puri mein hoti hai, Odisha ka sabse bada tyohaar",
]

_NON_PROTECTED: list[str] = [
    "kal shaam 6 baje sab milke Chepauk chalte hain, CSK ki bowling ka ek bhi over khada nahi rehna chahiye 😂",
    "ye telecom wale jonk hain, har mahine recharge ka khoon choos rahe hain",
    "chalo bhai Sunday ko purane furniture ko ghar se nikaalne, kabadi wala bhi bula liya",
    "bhagwan kare saare mosquitoes agli baarish mein beh jaayein 🦟",
    "is app ka update tiddi dal hai, jahan install hua wahan ki battery chaat gaya",
    "food delivery app ko insaan bolna insaaniyat ki beizzati hai 😂 2 ghante mein cold pizza",
    "dekh lena, match khatam hone do, phir Mumbai Indians ke fans ki bolti band 🤐",
    "is cab company ko dekh ke lagta hai evolution beech mein hi ruk gaya, GPS bhi nahi chalta",
    "joke suno: mera broadband aur speed mein kya common hai? kuch bhi nahi 😂",
    "broker ko pehle hi bol dena ki aas paas koi construction site na ho, warna neend aur shaanti dono gayi",
    "traffic police ka naam likh ke rakho, din aayega jab sabka challan ka hisaab hoga 😤",
    "kal school ke bahar wale gaddhe ko dekh lena, municipality walon ko photo bhejni hai",
    "ye loan app wale kachre ke dher hain, uninstall karo aur report karo",
    "mera bas chale toh is printer ko border paar chhod aau 🖨️",
    "is gym ke trainers sirf protein bechne ke bhookhe hain, kaam kuch nahi",
    "chalo shaam ko zoo chalte hain, bachchon ne kaha hai giraffe dekhna hai 🦒",
    "Swiggy ko har tyohaar pe chutti chahiye kya? Diwali ki raat ek bhi order nahi aaya",
    "is colony ke aawara saandon ko koi pakad ke gaushala bhejo, roz kisi ko maarte hain",
    "ye builder log tiddi dal hain, jahan khet dekha wahan tower khada",
    "kal shaam 7 baje sab RWA office aao, paani ke tanker wale ka hisaab karna hai, 3 din se nahi aaya",
    "referee ke naam likh ke rakho, agle season sabka hisaab hoga 😤⚽",
    "bhagwan kare is sheher ke saare gaddhe agli baarish se pehle bhar jaayein 🙏",
    "haan hoon main picky, Chinese phone ko apne ghar mein ghusne nahi dunga, 6 mahine mein kharab",
    "in ad popups ke haath pair tod do koi, video dekhne hi nahi dete",
]

_ABUSE_INDIVIDUAL: list[str] = [
    "kal shaam bulaya tha na? aaya kyun nahi, ek number ka kaamchor hai tu",
    "tu ek number ka makkhichoos hai, dost ke birthday pe bhi gift nahi",
    "abe jhootha, match ke tickets ka bol ke khud hi chala gaya",
    "@Vicky tu toh chalti phirti musibat hai, har trip pe kuch na kuch gira deta hai",
    "tere jaise kamchor ko team mein rakhna hi galti thi",
    "bhai tu itna bada bhulakkad hai ki apni hi shaadi ki date bhool jayega",
    "oye nautanki, roz late aata hai aur bahane naye naye",
]

_PROFANITY: list[str] = [
    "bc kal shaam ka plan cancel, baarish ne sab dubo diya",
    "Monday ka alarm saala 6 baje phir bajega 😩",
    "abe kamine, chalo chai pe, gossip pending hai",
    "mc kya over daala Bumrah ne 🔥",
    "bkl exam ka result kal hai, gaand phati padi hai 😭",
    "abe saale, kal shaam aa raha hai na? biryani ready hai",
    "bc ye Holi ka rang teen din se nahi utra 😂",
]

FUNCTIONAL_TRAIN_LATN3: list[tuple[str, bool, str]] = (
    _fill("derogation", True, _DEROGATION_FRAMES, 1)
    + _plain("derogation", True, _DEROGATION_PLAIN)
    + _fill("dehumanisation", True, _DEHUMANISATION_FRAMES, 2)
    + _plain("dehumanisation", True, _DEHUMANISATION_PLAIN)
    + _fill("threat", True, _THREAT_FRAMES, 3)
    + _plain("threat", True, _THREAT_PLAIN)
    + _plain("slur", True, _SLUR_PLAIN)
    + _fill("spelling_variation", True, _SPELLING_FRAMES, 0)
    + _plain("spelling_variation", True, _SPELLING_PLAIN)
    + _fill("negated_hate", False, _NEGATED_FRAMES, 2)
    + _plain("negated_hate", False, _NEGATED_PLAIN)
    + _fill("counter_speech", False, _COUNTER_FRAMES, 3)
    + _plain("counter_speech", False, _COUNTER_PLAIN)
    + _fill("identity_positive", False, _POSITIVE_FRAMES, 1)
    + _plain("identity_positive", False, _POSITIVE_PLAIN)
    + _fill("identity_neutral", False, _NEUTRAL_FRAMES, 0)
    + _plain("identity_neutral", False, _NEUTRAL_PLAIN)
    + _plain("non_protected_target", False, _NON_PROTECTED)
    + _plain("abuse_individual", False, _ABUSE_INDIVIDUAL)
    + _plain("nonabusive_profanity", False, _PROFANITY)
)
