"""Which language a text is in, as a BCP-47 tag, or `und` when that cannot be told.

Every verdict names its language so that a caller knows whether the judge that decided is
validated for it. The identifier is py3langid (a naive Bayes model over byte n-grams whose
model ships inside its wheel; nothing is downloaded). A guess is never passed off as an
answer: a text is `und` when nothing is left of it after normalisation (digits, emoji,
punctuation, links), when its letters are mostly in a script the identifier has no language
for, when it mixes scripts or languages, or when the identifier is not confident. Hindi
typed in Latin letters (Hinglish), which the identifier has no model of, is told by its
grammatical words (`romanised_hindi`) and tagged `hi-Latn`; Arabic typed in Latin letters
and digits (Arabizi) likewise (`arabizi`), tagged `ar-Latn`. bench/RESULTS.md ("language
identification") has the comparison that chose the identifier and the figures behind the
cut-offs below.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from moderation.domain import Item, TextContent

UNDETERMINED = "und"
# BCP-47 for "no linguistic content" (an image).
NO_LINGUISTIC_CONTENT = "zxx"

# The languages the identifier chooses among: widely written languages with enough text in
# its training data. Its full list also has dialects and small languages (Latin, Volapük,
# Walloon...) that win short everyday English texts from English at low confidence; leaving
# them out raised the share of the English everyday tune set identified as English at
# confidence >= 0.3 from 0.93 to 0.96, and no non-English text of training/data/langid_short.jsonl
# became English. A text in a language not listed is scored against the nearest listed ones:
# it comes out `und` or as another non-English language, never validated for English.
LANGUAGES = [
    "af",
    "ar",
    "az",
    "be",
    "bg",
    "bn",
    "ca",
    "cs",
    "cy",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "ga",
    "gl",
    "gu",
    "he",
    "hi",
    "hr",
    "hu",
    "hy",
    "id",
    "is",
    "it",
    "ja",
    "ka",
    "kk",
    "km",
    "kn",
    "ko",
    "lt",
    "lv",
    "mk",
    "ml",
    "mn",
    "mr",
    "ms",
    "my",
    "ne",
    "nl",
    "no",
    "pa",
    "pl",
    "ps",
    "pt",
    "ro",
    "ru",
    "si",
    "sk",
    "sl",
    "so",
    "sq",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "th",
    "tl",
    "tr",
    "uk",
    "ur",
    "uz",
    "vi",
    "zh",
    "zu",
]
# Below this normalised probability the top language is a guess: `und`. Chosen on the tune
# sets (training/data/everyday_tune.jsonl, training/data/langid_short.jsonl).
MIN_CONFIDENCE = 0.3
# At most this many words, in Latin script, and not confidently identified: too short to tell.
SHORT_WORDS = 3
# Texts of at least MIXED_MIN_WORDS words are also identified in windows of MIXED_WINDOW
# words: two windows identified at MIXED_CONFIDENCE or more, in different languages, make the
# text mixed (`und`). Chosen on the tune sets: one text of the English everyday tune set
# (151) is taken for mixed at 0.5, five at 0.4; a Spanish greeting before an English plan
# needs 0.5 to be seen.
MIXED_MIN_WORDS = 6
MIXED_WINDOW = 4
MIXED_CONFIDENCE = 0.5
# ...and when the second language holds at least this share of the confident windows: a long
# English text has the odd 4-word window that reads as Dutch or Norwegian (with any single
# window counting, 12 % of the public sample's English training texts became `und`).
MIXED_SHARE = 0.3
# A longer text is read in at most this many windows, spread evenly over it: each window is
# one identifier call, and every verdict is identified (on the Claude path, on the event
# loop), so a text's cost stays bounded whatever its length (texts of up to 50 words are
# read in every window, as before).
MIXED_MAX_WINDOWS = 24
# A script holding at least this share of the letters counts as present.
SCRIPT_SHARE = 0.2

# Scripts (the first word of a letter's Unicode name) that the identifier's languages are
# written in. Han, kana and Hangul count as one script: Japanese and Korean text mix them.
EAST_ASIAN = "CJK"
KNOWN_SCRIPTS = frozenset(
    {
        "LATIN",
        "CYRILLIC",
        "GREEK",
        "ARABIC",
        "HEBREW",
        "ARMENIAN",
        "GEORGIAN",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
        "THAI",
        "LAO",
        "KHMER",
        "MYANMAR",
        "ETHIOPIC",
        "MONGOLIAN",
        EAST_ASIAN,
    }
)
# Hindi's grammatical words as typed in Latin letters: postpositions, pronouns, auxiliaries,
# negation, question words, everyday particles. Content words are left out (they change with
# the topic). STRONG ones are no word of another language the identifier names that a
# Latin-script text of it would use often; WEAK ones are (Italian "hai", German "mein",
# Romance "se" and "tu", Portuguese "acha", Turkish "ki", English "log" and "main", pinyin
# "hua"): they count only beside a strong one. Chosen on the Latin-script lines of the Hindi
# train parts and, for false alarms, every other language's train parts and the English sets
# (`python -m bench.langid_hinglish`).


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROMANISED_HINDI_STRONG = _words(
    """
    hain hoon hu nahi nahin nhi kya kyun kyon kyu aur bhi toh raha rahi rahe hota hoti hote
    tha thi hoga hogi honge mujhe mujhko tujhe tumhe tumko humko humein hamein
    hamara hamari hamare mera meri mere tera teri tere tumhara tumhari tumhare unka unki unke
    inka inki inke unko inko unhe inhe unse inse yeh woh yahan wahan kahan kaise kaisa kaisi
    kab abhi kabhi hamesha sirf bahut bohot bahot zyada jyada thoda kuch kuchh bilkul ekdum
    sabko sabhi logon chahiye padega padegi karo karna karne karta karti karte karenge
    jaise aise waise agar lekin magar phir tabhi isliye kyunki liye baare wajah wala wale wali
    gaya gayi gaye diya diye liya dena lena denge aata aati aate jaata jaate yaar bhai haan
    accha achha theek thik matlab apna apne apni aaj itne itna itni saare sare koi
    """
)
ROMANISED_HINDI_WEAK = _words(
    "hai ke ko ki ka se ye pe tu tum aap mein main log sab kal jo ho hi ek par do to acha hua"
    " hui hue"
)
# Its tag: Hindi in Latin script. A judge validated for `hi` (Devanagari, mostly) is not for
# this: it is validated only where the manifest names it.
ROMANISED_HINDI = "hi-Latn"
# At least this many strong words, and this share of the words Hindi grammatical words.
HINGLISH_MIN_STRONG = 1
HINGLISH_MIN_SHARE = 0.25
# Arabic typed in Latin letters and digits (Arabizi: 3 for ع, 7 for ح, 2 for ء, 5 for خ...),
# which the identifier takes for Somali, Dutch, Catalan, English or Malay, is told the same
# way, by Arabic's grammatical and everyday words as typed in chat (Egyptian, Levantine, Gulf
# and Maghrebi), and by words with a chat-alphabet digit beside a vowel. STRONG words
# are no common word of another language the identifier names; WEAK ones are ("el", "ya",
# "da", "fi", "ana", Dutch "bel" and "hek", pinyin "shu") and count only beside strong
# signals. A digit word is a strong signal only with another one, or beside two weak words
# in a text of mostly Arabic chat words: leetspeak writes words with digits too ("n1gg3r",
# "Zig3uners"). Written from the chat alphabet's conventions; the lines found and the false
# alarms are in `python -m bench.langid_romanised`.
ARABIZI_STRONG = _words(
    """
    msh mesh mish mush enta enti inta inti entu intu howa huwa heya hiya hya homa huma
    e7na ehna i7na kolohom kollohom kolhom kolena lazem lazim lazm wallah wallahi walahi
    yalla yallah habibi habibti 7abibi 7abibti 3ala 3la 3al 3an ma3 ma3a elly elli illi
    kifak kifik keefak leh leih lesh ezay izzay ezzay feen fein wein keda kda kida kaman
    kman tany tani bta3 beta3 bta3et dyal dyali dyalhom dyalo bzaf bezaf chwiya shwaya
    shwaiya walakin 3ashan 3shan 3alashan ya3ni inshallah inshalla nshallah mashallah
    mashalla naharda 7aga 7aja ktir kteer mafeesh mafish mafi ba2a la2 aywa aiwa khalas
    5alas ba3d 2abl shukran tayeb mabrook heik hayda hayde hadol dool 3ayez 3ayza 3awez
    bardo barda kolo kollo
    """
)
ARABIZI_WEAK = _words(
    "el al il w wa ya fi b bi ma la ana da di dah dol zay bas kol kel men min mn shi hal"
    " eh bel fel lel hek shu kif ahlan"
)
ROMANISED_ARABIC = "ar-Latn"
# A word with a chat-alphabet digit beside a vowel ("3ala", "ba3d", "wes5een", "la2"); in
# leetspeak a digit stands for a vowel, between consonants ("m3rda", "n3gri", "l3s").
_ARABIZI_DIGIT = re.compile(r"[aeiouy][2356789]|[2356789][aeiouy]")
# Leetspeak's own digits (o, i, l, a): a text with them beside a letter is not Arabizi.
_LEET = re.compile(r"[a-z][014]|[014][a-z]")
_TOKEN = re.compile(r"[^\W_]+")
ARABIZI_MIN_SHARE = 0.3
# ...or one digit word beside two weak words, when half the words are Arabic chat words.
ARABIZI_SURE_SHARE = 0.5
_EAST_ASIAN_NAMES = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC")
# Links and handles inside a word; an address (`\S+@\S+\.\S+`) is found by `_quiet`,
# word by word: as one pattern it backtracks over a long word full of "@" for minutes.
_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Language:
    """A text's language: a BCP-47 tag (`und` when undetermined) and how sure the
    identifier was (0 when the text was not identified at all)."""

    tag: str
    confidence: float = 0.0
    # `und` only because the text is a few words of Latin script, too short for the identifier
    # to be sure ("hi", "lol"): nothing in it is another language's, so a judge validated
    # for a Latin-script language may stand behind its verdict.
    too_short: bool = False


class _Kept(dict[int, str]):
    """`str.translate` table: a letter or mark stays, any other character becomes a space.
    Each character's category is looked up once (every verdict's text is identified, so
    this runs over every text), up to MEMO_CHARS characters."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kept = ch if unicodedata.category(ch)[0] in "LM" else " "
        if len(self) < MEMO_CHARS:
            self[code] = kept
        return kept


# Distinct characters whose category or script is remembered (a few MB at most).
MEMO_CHARS = 1 << 16
_KEPT = _Kept()


def normalise(text: str) -> str:
    """The words of a text: NFKC, without links, handles, digits, punctuation or emoji."""
    text = _WORD.sub(_quiet, unicodedata.normalize("NFKC", text))
    return " ".join(text.translate(_KEPT).split())


def _quiet(word: re.Match[str]) -> str:
    """A word without its links and handles; nothing of it when it is an address (some
    character, "@", some characters, ".", some character), which it is if the first "@"
    after its first character has a "." two or more characters on, not at the end."""
    text = word.group()
    at = text.find("@", 1)
    if at > 0 and "." in text[at + 2 : -1]:
        return " "
    return _NOISE.sub(" ", text)


@functools.lru_cache(maxsize=MEMO_CHARS)
def script(ch: str) -> str:
    """The script of a letter, from the first word of its Unicode name."""
    name = unicodedata.name(ch, "")
    if name.startswith(_EAST_ASIAN_NAMES):
        return EAST_ASIAN
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def scripts(words: str) -> dict[str, float]:
    """Share of the letters in each script."""
    counts: dict[str, int] = {}
    for ch, n in Counter(words).items():  # each distinct character once
        if unicodedata.category(ch)[0] == "L":
            s = script(ch)
            counts[s] = counts.get(s, 0) + n
    total = sum(counts.values())
    return {s: n / total for s, n in counts.items()} if total else {}


def romanised_hindi(words: list[str]) -> float:
    """How surely Latin-script words read as Hindi: the share of them that are Hindi
    grammatical words, when some are unambiguous and the share is large enough; else 0."""
    lowered = [w.lower() for w in words]
    strong = sum(w in ROMANISED_HINDI_STRONG for w in lowered)
    share = (strong + sum(w in ROMANISED_HINDI_WEAK for w in lowered)) / max(len(lowered), 1)
    return share if strong >= HINGLISH_MIN_STRONG and share >= HINGLISH_MIN_SHARE else 0.0


def arabizi(text: str) -> float:
    """How surely a Latin-script text reads as Arabizi: the share of its words that are
    Arabic chat words or carry a chat-alphabet digit, when a strong word or two digit words
    are among them and the share is large enough; else 0."""
    tokens = [
        t for t in _TOKEN.findall(unicodedata.normalize("NFKC", text).lower()) if not t.isdigit()
    ]
    if any(_LEET.search(t) for t in tokens):
        return 0.0
    strong = sum(t in ARABIZI_STRONG for t in tokens)
    digits = sum(t not in ARABIZI_STRONG and bool(_ARABIZI_DIGIT.search(t)) for t in tokens)
    weak = sum(t in ARABIZI_WEAK for t in tokens)
    share = (strong + digits + weak) / max(len(tokens), 1)
    sure = strong >= 1 or digits >= 2 or (digits and weak >= 2 and share >= ARABIZI_SURE_SHARE)
    return share if sure and share >= ARABIZI_MIN_SHARE else 0.0


def window_starts(words: int) -> list[int]:
    """Where the mixed-language windows of a text of `words` words start: every other word,
    or MIXED_MAX_WINDOWS of those spread evenly over a longer text."""
    starts = list(range(0, words - MIXED_WINDOW + 1, MIXED_WINDOW // 2))
    if len(starts) <= MIXED_MAX_WINDOWS:
        return starts
    last, n = len(starts) - 1, MIXED_MAX_WINDOWS - 1
    return [starts[round(k * last / n)] for k in range(MIXED_MAX_WINDOWS)]


class LanguageIdentifier:
    """Identifies texts; loads its model once, on first use (about 0.4 s), thread-safely."""

    def __init__(self, min_confidence: float = MIN_CONFIDENCE) -> None:
        self.min_confidence = min_confidence
        self._model: Any = None
        self._lock = threading.Lock()

    def _identifier(self) -> Any:
        with self._lock:
            if self._model is None:
                from py3langid.langid import MODEL_FILE
                from py3langid.langid import LanguageIdentifier as NaiveBayes

                model = NaiveBayes.from_model_file(MODEL_FILE, norm_probs=True)
                model.set_languages(LANGUAGES)
                self._model = model
            return self._model

    def _classify(self, words: str) -> Language:
        tag, confidence = self._identifier().classify(words)
        return Language(str(tag), float(confidence))

    def identify(self, text: str) -> Language:
        words = normalise(text)
        shares = scripts(words)
        if not shares:
            return Language(UNDETERMINED)  # nothing left to read
        unknown = sum(share for s, share in shares.items() if s not in KNOWN_SCRIPTS)
        present = [s for s, share in shares.items() if share >= SCRIPT_SHARE]
        if unknown >= SCRIPT_SHARE or len(present) > 1:
            return Language(UNDETERMINED)  # a script no language here is written in, or mixed
        split = words.split()
        if present == ["LATIN"]:  # the identifier knows Hindi and Arabic in their scripts only
            hindi, arabic = romanised_hindi(split), arabizi(text)
            if hindi or arabic:
                if hindi >= arabic:
                    return Language(ROMANISED_HINDI, hindi)
                return Language(ROMANISED_ARABIC, arabic)
        found = self._classify(words)
        if found.confidence < self.min_confidence:
            short = len(split) <= SHORT_WORDS and set(present) == {"LATIN"}
            return Language(UNDETERMINED, found.confidence, too_short=short)
        if len(split) >= MIXED_MIN_WORDS:
            windows = [
                self._classify(" ".join(split[i : i + MIXED_WINDOW]))
                for i in window_starts(len(split))
            ]
            sure = Counter(w.tag for w in windows if w.confidence >= MIXED_CONFIDENCE)
            ranked = sure.most_common(2)
            if len(ranked) == 2 and ranked[1][1] >= MIXED_SHARE * sum(sure.values()):
                return Language(UNDETERMINED, found.confidence)  # two languages
        return found


_DEFAULT = LanguageIdentifier()


def warm_language_identifier() -> None:
    """Load the shared identifier's model (about 0.4 s) before the first verdict needs it."""
    _DEFAULT.identify("warm")


def identify(text: str) -> Language:
    """The language of a text, with the shared identifier."""
    return _DEFAULT.identify(text)


def item_languages(items: Sequence[Item]) -> dict[str, str]:
    """`item_language` of each item, by id (blocking: run it off the event loop)."""
    return {item.id: item_language(item) for item in items}


def item_language(item: Item) -> str:
    """The BCP-47 tag of an item's content: its text's language, `zxx` for an image."""
    if isinstance(item.content, TextContent):
        return identify(item.content.text).tag
    return NO_LINGUISTIC_CONTENT
