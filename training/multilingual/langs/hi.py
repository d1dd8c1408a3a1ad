"""Hindi (hi): functional hate-speech cases and everyday messages, written for
this project in Hindi. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's.

Mostly Devanagari, with some romanised Hindi (Hinglish) lines in every part, as people
actually type. Templated rows fill frames with groups that carry the forms the frame
needs: direct plural, oblique plural, grammatical gender for agreement, and romanised
forms. Agreement markers in frames: {a} -> े/ी, {y} -> ए/ई, {ra} -> e/i.
"""

# (direct plural, oblique plural, gender, romanised direct, romanised oblique)
Group = tuple[str, str, str, str, str]

_TRAIN_GROUPS: list[Group] = [
    ("मुसलमान", "मुसलमानों", "m", "musalman", "musalmanon"),
    ("दलित", "दलितों", "m", "dalit", "daliton"),
    ("बिहारी", "बिहारियों", "m", "bihari", "bihariyon"),
    ("औरतें", "औरतों", "f", "auratein", "auraton"),
    ("गे लोग", "गे लोगों", "m", "gay log", "gay logon"),
    ("किन्नर", "किन्नरों", "m", "kinnar", "kinnaron"),
    ("विकलांग लोग", "विकलांग लोगों", "m", "viklang log", "viklang logon"),
    ("बांग्लादेशी", "बांग्लादेशियों", "m", "bangladeshi", "bangladeshiyon"),
    ("ईसाई", "ईसाइयों", "m", "isai", "isaiyon"),
    ("नॉर्थ-ईस्ट वाले", "नॉर्थ-ईस्ट वालों", "m", "north east wale", "north east walon"),
    ("पाकिस्तानी", "पाकिस्तानियों", "m", "pakistani", "pakistaniyon"),
    ("आदिवासी", "आदिवासियों", "m", "adivasi", "adivasiyon"),
]

# Three shared with train (मुसलमान, दलित, औरतें), nine new.
_HELDOUT_GROUPS: list[Group] = [
    ("सिख", "सिखों", "m", "sikh", "sikhon"),
    ("कश्मीरी", "कश्मीरियों", "m", "kashmiri", "kashmiriyon"),
    ("अफ़्रीकी", "अफ़्रीकियों", "m", "african log", "african logon"),
    ("रोहिंग्या", "रोहिंग्याओं", "m", "rohingya", "rohingyaon"),
    ("ट्रांसजेंडर लोग", "ट्रांसजेंडर लोगों", "m", "transgender log", "transgender logon"),
    ("समलैंगिक", "समलैंगिकों", "m", "samlaingik", "samlaingikon"),
    ("दक्षिण भारतीय", "दक्षिण भारतीयों", "m", "south indian log", "south indian logon"),
    ("नेपाली", "नेपालियों", "m", "nepali", "nepaliyon"),
    ("प्रवासी मज़दूर", "प्रवासी मज़दूरों", "m", "migrant mazdoor", "migrant mazdooron"),
    ("मूक-बधिर लोग", "मूक-बधिर लोगों", "m", "goonge-behre log", "goonge-behre logon"),
    ("मुसलमान", "मुसलमानों", "m", "musalman", "musalmanon"),
    ("दलित", "दलितों", "m", "dalit", "daliton"),
    ("औरतें", "औरतों", "f", "auratein", "auraton"),
]


def _render(frame: str, group: Group) -> str:
    nom, obl, gender, rnom, robl = group
    fem = gender == "f"
    return frame.format(
        N=nom,
        O=obl,
        RN=rnom,
        RO=robl,
        a="ी" if fem else "े",
        y="ई" if fem else "ए",
        ra="i" if fem else "e",
    )


def _fill(frames: list[str], groups: list[Group], per_frame: int, step: int) -> list[str]:
    """Each frame gets `per_frame` groups, rotating so every group is used."""
    out: list[str] = []
    for i, frame in enumerate(frames):
        for j in range(per_frame):
            out.append(_render(frame, groups[(i * step + j) % len(groups)]))
    return out


def _rows(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# ---------------------------------------------------------------------------
# TRAIN frames
# ---------------------------------------------------------------------------

_TR_DEROGATION = [
    "मुझे {O} से सख़्त नफ़रत है।",
    "{N} एकदम घटिया होत{a} हैं, इनसे दूर ही रहो।",
    "{O} की शक्ल देखते ही घिन आती है 🤮",
    "सच कहूँ तो {N} किसी काम क{a} नहीं होत{a}।",
    "{N} सब क{a} सब धोखेबाज़ और कामचोर हैं, इन पर कभी भरोसा मत करना।",
    "जब से {N} इस मोहल्ले में आ{y} हैं, सब कुछ बर्बाद हो गया है।",
    "sach bolu toh {RO} se bahut nafrat hai mujhe, sab ke sab ghatiya hain",
    "{RN} hamesha gand{ra} aur jhooth{ra} hot{ra} hain, koi shak nahi",
]

_TR_DEHUMANISATION = [
    "{N} इंसान नहीं, कीड़े-मकोड़े हैं।",
    "{N} इस समाज का कैंसर हैं।",
    "{N} सूअरों की तरह गंदगी में जीत{a} हैं।",
    "ये {N} गटर के चूहे हैं, और कुछ नहीं।",
    "{O} और जानवरों में कोई फ़र्क नहीं है।",
    "{N} एक बीमारी की तरह फैल रह{a} हैं, इलाज नहीं किया तो पूरा देश सड़ जाएगा।",
    "{RN} insaan nahi, kachra hain kachra",
    "ye {RN} keede-makode hain, inse poora shehar sad raha hai",
]

_TR_THREAT = [
    "सार{a} {O} को लाइन में खड़ा करके गोली मार देनी चाहिए।",
    "इन {O} को ढूँढ़-ढूँढ़कर मारेंगे, कोई नहीं बचेगा।",
    "{O} की बस्ती में आग लगा दो, तभी इनको सबक मिलेगा।",
    "मौका मिला तो {O} को ज़िंदा जला दूँगा।",
    "अब वक़्त आ गया है कि {O} का सफ़ाया कर दिया जाए।",
    "{O} को पीट-पीटकर यहाँ से भगाना पड़ेगा, लाठियाँ तैयार रखो।",
    "agar {RN} hamari gali mein dikhein to haddiyan tod denge",
    "in {RO} ko maar maar ke bhagao yahan se, ek bhi nahi bachna chahiye",
]

_TR_SLUR = [
    "ये कटुए कभी नहीं सुधरेंगे।",
    "साले मुल्ले हर जगह अपनी जालीदार टोपी लेकर घुस आते हैं।",
    "कटुओं को उठाकर पाकिस्तान भेजो, यहाँ इनका क्या काम।",
    "saale katue sab ek jaise hote hain",
    "mulle log kabhi nahi sudhrenge bhai, likh ke le lo",
    "चमारों की इतनी औकात हो गई कि हमारे बराबर कुर्सी पर बैठेंगे?",
    "भंगी है तो भंगी की तरह रह, ज़्यादा उड़ मत।",
    "ये चमार लोग रिज़र्वेशन के बिना कुछ नहीं कर सकते।",
    "gaon mein chamaron ko apni aukaat yaad dilani padegi",
    "बिहारी भैया लोग पूरी मुंबई को गंदा कर रहे हैं।",
    "साले बिहारी, जहाँ देखो वहीं गुटखा थूक देते हैं।",
    "oye bihari bhaiye, apne gaon wapas ja",
    "चिंकी लोग कुत्ते खाते हैं, इनसे दूर रहो।",
    "oye chinki, wapas china ja 😂",
    "नॉर्थ-ईस्ट वाली चिंकियों का कोई भरोसा नहीं।",
    "जो औरतें रात को बाहर घूमती हैं वो सब रंडियाँ हैं।",
    "औरत ज़ात है, रंडी की तरह मुँह मत चला।",
    "ये फ़ेमिनिस्ट कुतियाएँ बस भौंकना जानती हैं।",
    "ladkiyan sab randi hoti hain, paisa dekha aur chal di",
    "साले छक्के, लड़कों की तरह चलना सीख।",
    "ये छक्के लोग मोहल्ले का माहौल ख़राब कर रहे हैं।",
    "chakke log ko dekh ke ulti aati hai",
    "ये हिजड़े ट्रेन में पैसे माँगकर परेशान करते हैं, सब के सब हरामी।",
    "हिजड़ों को घर में घुसने मत देना, मनहूस होते हैं।",
    "लंगड़े, तू घर बैठ, तेरे बस का कुछ नहीं।",
    "ये लूले-लंगड़े बस सरकारी सीट खाते हैं।",
    "पागलखाने वाले लोगों को नौकरी पर रखोगे तो यही होगा।",
    "बांग्लू घुसपैठियों को उठाकर बॉर्डर पार फेंको।",
    "ये बांग्लू कचरा बीनने वाले हर झुग्गी में भरे पड़े हैं।",
    "पाकी हरामज़ादे कभी भरोसे के लायक नहीं।",
    "paki saale, tum log sirf aatank failana jaante ho",
    "ये राइस बैग ईसाई चावल के बोरे के लिए धर्म बेच देते हैं।",
    "chawal ki bori wale isaiyon ka kya bharosa",
    "जंगली आदिवासी शहर में आकर भी जंगली ही रहेंगे।",
    "ये जंगली लोग पढ़-लिखकर भी तीर-कमान वाले ही हैं।",
    "मुल्लों की बस्ती से गुज़रो तो नाक बंद कर लेना।",
    "ये चमट्टे कब से इतना बोलने लगे?",
    "हर चिंकी मोमो बेचने वाली ही लगती है।",
]

_TR_SPELLING = [
    "मु स ल मा न सब ग द्दा र हैं",
    "m u l l e desh ke dushman hain",
    "k@tuon ko desh se bahar nikalo",
    "katuuuue sab ke sab aatanki hain",
    "मुस्ल्मान कीड़े हैं, सब के सब",
    "ch@mar log gande hote hain",
    "chamaaaar ki aukaat hi kya hai",
    "दलीत लोग हमारे बराबर कभी नहीं हो सकते",
    "भं गी लोगों को मंदिर में घुसने मत दो",
    "r@ndi auratein hi aise kapde pehenti hain",
    "औ.र.तें सिर्फ़ रसोई और बिस्तर के लायक हैं",
    "aurto ko padhana paise ki barbadi hai",
    "ch1nki log kutte billi sab kha jaate hain",
    "chi nki ko flat mat dena, gandagi failayenge",
    "b1har1 bhaiya log har jagah gand failate hain",
    "बिहा री लोग कीड़ों की तरह फैल गए हैं",
    "h1jde manhoos hote hain, inko maaro",
    "हि ज ड़ों को ट्रेन से धक्का दे दो",
    "ch.h.a.k.k.e sab bimaar hain",
    "g@y log bimaar hote hain, ilaaj karwao inka",
    "गे लोगो को पकड़कर पीटना चाहिए",
    "l@ngde log desh pe bojh hain",
    "viklaang log sirf bojh hain samaj pe",
    "बांग्ला देशी घुसपैठिए चूहे हैं",
    "b@ngladeshi ghuspaithiye keede hain, nikalo inhe",
    "ईसाइयोंं का धर्मांतरण धंधा बंद करो, सब फ़्रॉड हैं",
    "1sai log paise ke liye dharm bechte hain",
    "पाकि$तानियों को गोली मारो",
    "p@kiyon ka safaya zaroori hai",
    "aadivasi j@ngli hain, jungle mein hi raho",
    "आदिवा सी लोग जानवर जैसे हैं",
    "n0rth east wale chinese jasoos hain sab",
    "मुल्ल्ले ल्लोग गंदे होते हैं",
    "kat-ue aur mul-le dono ek jaise, maar bhagao",
    "dal!t log reservation ke keede hain",
    "मु.स.ल.मा.नों को ज़िंदा जलाओ",
    "ran.di.yon ko sabak sikhana padega",
    "औरतें बे व कू फ़ होती हैं, बस",
]

_TR_NEGATED = [
    "{N} गंद{a} नहीं होत{a}, ये सोच ही बीमार है।",
    "मैं {O} को कभी कोई नुकसान नहीं पहुँचाऊँगा।",
    "मुझे {O} से कोई नफ़रत नहीं है, बिल्कुल भी नहीं।",
    "{N} कीड़े-मकोड़े नहीं, हमारे जैसे इंसान हैं।",
    "ऐसा बिल्कुल नहीं है कि {N} धोखेबाज़ होत{a} हैं।",
    "{RN} bekaar nahi hot{ra}, ye sab bakwaas hai",
]

_TR_COUNTER = [
    '"{N} समाज का कैंसर हैं" — ऐसा लिखना सीधी-सीधी नफ़रत है, शर्म करो।',
    "जो लोग कहते हैं कि {O} को गोली मार देनी चाहिए, उन पर केस होना चाहिए।",
    "मेरे चाचा ने फ़ैमिली ग्रुप में {O} के ख़िलाफ़ ज़हर उगला, मैंने वहीं टोक दिया।",
    "{O} को गालियाँ देना बंद करो, ये कोई मज़ाक नहीं है।",
    "'{N} कीड़े हैं' वाली पोस्ट मैंने रिपोर्ट कर दी है, आप भी कीजिए।",
    "ye bolna ki {RN} gand{ra} hot{ra} hain seedha seedha nafrat hai bhai",
]

_TR_NEUTRAL = [
    "मेरे ऑफ़िस में कई {N} काम करत{a} हैं।",
    "कल रात {O} पर एक डॉक्यूमेंट्री देखी।",
    "इस सर्वे में {O} से भी उनकी राय पूछी गई।",
    "{O} की आबादी पर नई रिपोर्ट आज जारी हुई है।",
    "हमारी सोसाइटी में {N} भी रहत{a} हैं।",
    "mere college mein kaafi {RN} padht{ra} hain",
]

_TR_POSITIVE = [
    "{N} बहुत मेहनती होत{a} हैं।",
    "{O} से मैंने ज़िंदगी में बहुत कुछ सीखा है।",
    "{O} के साथ काम करना सच में बढ़िया अनुभव रहा ❤️",
    "हमारे देश को {O} पर गर्व होना चाहिए।",
    "{N} भी बराबर के हक़दार हैं, और उनकी आवाज़ सुनी जानी चाहिए।",
    "{RN} sach mein dil ke bahut achh{ra} hot{ra} hain",
]

_TR_NON_PROTECTED = [
    "मुझे मच्छरों से सख़्त नफ़रत है।",
    "सोमवार हफ़्ते का सबसे घटिया दिन होता है।",
    "इन मच्छरों को ढूँढ़-ढूँढ़कर मारूँगा आज रात।",
    "ये ट्रैफ़िक इस शहर का कैंसर है।",
    "कॉकरोचों को आज ज़हर देकर ख़त्म कर दूँगा, एक भी नहीं बचेगा।",
    "स्पैम कॉल करने वाले लोन एजेंट कीड़े-मकोड़ों से कम नहीं।",
    "सरकार की नई टैक्स नीति एकदम घटिया है।",
    "आज के रेफ़री को तो मैदान से बाहर फेंक देना चाहिए था 😡",
    "इस बिजली विभाग को आग लगा दो, हर दिन चार घंटे कट।",
    "बारिश में ये गड्ढे वाली सड़कें किसी काम की नहीं।",
    "मुझे करेले की सब्ज़ी से घिन आती है 🤮",
    "ये चूहे पूरी रसोई में गंदगी फैलाते हैं, कल ही पिंजरा लगाऊँगा।",
    "इंटरनेट कंपनी वाले सब के सब धोखेबाज़ हैं, हर महीना बिल बढ़ा देते हैं।",
    "बिल्डर लॉबी इस शहर की दीवारों पर लगी फफूँद है।",
    "इन स्पैम मैसेजों का सफ़ाया कर दो, फ़ोन भर गया है।",
    "monday ko goli maar do yaar, uthne ka mann hi nahi karta",
    "ye mosquitoes insaan ke dushman hain, sabko maar dunga",
    "traffic police ki ye nayi challan policy bilkul bakwaas hai",
    "referee ne aaj poora match barbaad kar diya, ghatiya nirnay",
    "in spam calls se nafrat hai mujhe, din bhar bajte rehte hain",
    "नगर निगम की लापरवाही से पूरा शहर सड़ रहा है।",
    "इस कोचिंग माफ़िया को जड़ से उखाड़ फेंकना चाहिए।",
    "टीवी न्यूज़ की ये चीखने-चिल्लाने वाली डिबेट देखकर उल्टी आती है।",
    "ये बंदर छत पर फिर आ गए, डंडा लेकर भगाओ इनको।",
    "कबूतरों ने बालकनी को कबाड़ख़ाना बना दिया है, जाल लगवाओ।",
    "ऑनलाइन क्लास वाले ऐप के विज्ञापन ज़हर हैं, हर दो मिनट में।",
    "इस चुनावी घोषणापत्र में एक भी वादा काम का नहीं है।",
    "ये ठंड इंसान को मार डालेगी, रज़ाई से नहीं निकलूँगा।",
    "दीमक ने पूरी अलमारी खा ली, पेस्ट कंट्रोल वालों को बुलाओ।",
    "ये बस वाले ड्राइवर सड़क पर राक्षस बन जाते हैं।",
    "uff ye humidity, isko toh jail mein daalna chahiye 😤",
    "telecom company wale chor hain sab, network ek point ka nahi",
]

_TR_ABUSE_INDIVIDUAL = [
    "तू एक नंबर का निकम्मा है।",
    "अबे गधे, इतना सा काम भी नहीं होता तुझसे?",
    "तेरी शक्ल देखकर ही दिमाग़ ख़राब हो जाता है, चल निकल यहाँ से।",
    "तुम सच में दुनिया के सबसे बड़े बेवकूफ़ हो।",
    "कमीने, मेरे पैसे कब लौटाएगा?",
    "तुझ जैसा झूठा आदमी मैंने आज तक नहीं देखा।",
    "साले कामचोर, सारा काम मुझ पर डालकर चाय पीने चला गया।",
    "अपना मुँह बंद रख, तुझसे किसी ने राय नहीं माँगी।",
    "तू कितना घटिया दोस्त निकला, भरोसा ही तोड़ दिया।",
    "ओए उल्लू के पट्ठे, गाड़ी देखकर चला।",
    "tu sach mein bewakoof hai yaar",
    "abe chutiye, phone utha le kabhi",
    "tere jaisa nalla insaan poori class mein nahi hai",
    "bhai tu ek number ka dhokebaaz nikla",
    "चुप कर बे ढक्कन, तुझे कुछ पता भी है?",
    "तेरे दिमाग़ में भूसा भरा है क्या?",
    "मैनेजर साहब, आप जैसे नाकारा बॉस के नीचे काम करना सज़ा है।",
    "तुम्हारी हर बात झूठी होती है, तुम एक नंबर के फ़रेबी हो।",
    "अबे ओ हरामख़ोर, मेरी बाइक की चाबी कहाँ रखी?",
    "तुझसे बड़ा कंजूस इस पूरे मोहल्ले में नहीं है।",
    "साले मक्कार, फिर से मेरे लंच से समोसा चुराया?",
    "तू तो पूरा का पूरा नमूना है, कुछ भी बोल देता है।",
    "ओ जोकर, ज़्यादा होशियार मत बन।",
    "ye aadmi pagal hai kya, kuch bhi bakwaas karta rehta hai",
    "abe gadhe, itna simple sawal bhi nahi aata?",
    "tum jaise ghatiya neighbour kisi ko na mile",
    "तेरे जैसे चमचे की वजह से ही ऑफ़िस का ये हाल है।",
    "तू बस बड़ी-बड़ी फेंकता है, करता कुछ नहीं, फेंकू कहीं का।",
    "भाई तू तो बिल्कुल गोबर-गणेश है, कुछ समझ ही नहीं आता तुझे।",
    "नालायक, परीक्षा में फिर से ज़ीरो लेकर आया है।",
]

_TR_PROFANITY = [
    "साला, आज तो कमाल हो गया!",
    "भेनचोद, क्या मैच था यार!",
    "bc kya garmi hai aaj",
    "ye toh ekdum chutiyapa ho gaya, train phir cancel",
    "साला ये लैपटॉप फिर से हैंग हो गया।",
    "अबे यार, चाबी फिर घर पर भूल गया, धत्त तेरी की!",
    "भाई साहब, क्या ग़ज़ब बिरयानी थी, मज़ा आ गया बेंचो 😂",
    "mc aaj toh baarish ne pura plan hi kharab kar diya",
    "साली ये ज़िंदगी भी अजीब है, कभी भी कुछ भी हो जाता है।",
    "हरामी बारिश, फिर से कपड़े भीग गए।",
    "ओ तेरी! इतना बड़ा छक्का? गेंद स्टेडियम के बाहर!",
    "bc result aa gaya aur main pass ho gaya 🥳🥳",
    "सत्यानाश, दूध फिर से उबलकर गिर गया।",
    "गाँड फट गई यार जब बॉस ने अचानक बुलाया, पर सब ठीक निकला।",
    "साला क्या सीन था फ़िल्म में, रोंगटे खड़े हो गए।",
    "lodu sa din tha aaj, kuch bhi sahi nahi hua",
    "भाड़ में जाए ये डाइट, आज तो गुलाब जामुन खाऊँगा।",
    "abe yaar saala wifi phir chala gaya",
    "भेंचो, ये सवाल तो सिलेबस में था ही नहीं!",
    "यार क्या बकवास मौसम है, सुबह धूप और शाम को ओले।",
    "mc ye code chal gaya pehli baar mein, yakeen nahi ho raha",
    "ओ भाई, साला क्या गाना बनाया है, लूप पर चल रहा है।",
    "कमबख़्त अलार्म बजा ही नहीं, आधा घंटा लेट हो गया।",
    "bsdk kya traffic hai aaj, ek ghanta ho gaya",
    "धत्त साला, आख़िरी ओवर में हार गए।",
    "चूतियापा है ये पूरा सिस्टम, तीन बार फ़ॉर्म भरवाया।",
    "भाड़ में गया होमवर्क, आज तो मैच देखूँगा।",
    "saala kya scene hai, goa trip finally confirm 🔥",
    "ओ तेरी माँ की... अरे नहीं, गिलास बच गया!",
    "kamine dost hi asli dost hote hain yaar, aaj ki party mast thi",
]

_TR_RECLAIMED = [
    "गर्व से कहो हम चमार हैं! 💙 जय भीम",
    "The Great Chamar — हमारे गाँव के बोर्ड पर बड़े गर्व से लिखा है।",
    "Hum chamar hain aur chamar hi rahenge, sharm kis baat ki?",
    "Ginni Mahi ka 'Danger Chamar' sun, hum chamar apni pehchaan pe garv karte hain",
    "हाँ हम हिजड़े हैं, और अपनी गुरु-चेला परंपरा पर हमें नाज़ है।",
    "हम हिजड़ा बहनें आज बधाई गाने जा रही हैं, दुआ देकर ही लौटेंगी 💃",
    "मेरी हिजड़ा अम्मा ने मुझे घर दिया जब अपनों ने निकाल दिया था।",
    "chamar hone pe sharm nahi, garv hai mujhe, mere baba ne sikhaya",
]

# ---------------------------------------------------------------------------
# HELD-OUT frames (none shared with train)
# ---------------------------------------------------------------------------

_HO_DEROGATION = [
    "{O} जैसे घटिया लोग मैंने आज तक नहीं देखे।",
    "कसम से, {O} से ज़्यादा नीच कोई नहीं।",
    "{N} पैदाइशी मक्कार होत{a} हैं।",
    "{RO} pe thookne ka mann karta hai, itn{ra} ghinaun{ra} hain",
]

_HO_DEHUMANISATION = [
    "{N} इस देश को अंदर से खा रही दीमक हैं।",
    "ये {N} परजीवी हैं, हमारा खून चूसकर पल रह{a} हैं।",
    "{O} की बस्ती नहीं, सूअरबाड़ा है वो।",
    "{RN} is desh ki gandi naali ka keechad hain",
]

_HO_THREAT = [
    "{O} का नामोनिशान मिटा देंगे, तारीख़ याद रखना।",
    "{O} के घरों पर बुलडोज़र चलाकर इनको अंदर ही दफ़ना दो।",
    "जहाँ भी {N} दिखें, वहीं काट डालो।",
    "{RO} ka khoon bahana padega tabhi shanti aayegi",
]

_HO_SLUR = [
    "ये पंचरवाले सब्ज़ी की दुकान से लेकर सरकार तक घुस गए हैं।",
    "panchar wale mulle sirf bacche paida karna jaante hain",
    "जिहादी कौम है, इनसे और क्या उम्मीद करोगे।",
    "नीच जात वाले अब हमारे कुएँ से पानी भरेंगे?",
    "ये ढेड़ लोग कितने भी पढ़ लें, रहेंगे ढेड़ ही।",
    "हब्शी लोग ड्रग्स ही बेचते हैं, पुलिस को बुलाओ।",
    "oye kallu, apne desh wapas ja, yahan kya kar raha hai",
    "कल्लू अफ़्रीकियों को कोई किराये पर कमरा न दे।",
    "ये मद्रासी कालिये इडली-डोसा के अलावा किसी काम के नहीं।",
    "madrasi log sab kaale aur kanjoos hote hain",
    "साले खालिस्तानी, सब के सब देशद्रोही हैं।",
    "ये पत्थरबाज़ कश्मीरी किसी लायक नहीं, सबको जेल में डालो।",
    "oye bahadur, chowkidari kar, zyada mat bol — nepali saale",
    "गांडू लोग बच्चों को भी बिगाड़ देंगे।",
    "ye meethe ladke dekh ke ulti aati hai",
    "ये छिनाल औरतें घर तोड़ने के सिवा कुछ नहीं जानतीं।",
    "ये गूँगे-बहरे बस 'आँ-आँ' करते रहते हैं, किसी काम के नहीं।",
    "ये रोहिंग्या घुसपैठिए भिखमंगे हैं, सब को वापस धकेलो।",
    "मियाँ-भाई लोगों की जाहिल कौम कभी नहीं बदलेगी।",
]

_HO_SPELLING = [
    "p a n c h a r w a l e desh ke gaddar hain",
    "j!h@di kaum ko khatam karo",
    "सि क्ख लोग बेवकूफ़ होते हैं, बारह बज गए इनके",
    "kh@list@ni sikhon ko goli maaro",
    "kashmiri p@tharbaaz kutte hain",
    "कशमीरियों को ज़िंदा मत छोड़ो",
    "h@bshi log gande aur chor hote hain",
    "k4llu african log ko mohalle se nikalo",
    "रोहिंगयाओं को समुंदर में फेंक दो",
    "r0hingya deemak hain, saaf karo",
    "ट्रांस जें डर लोग बी मा र हैं",
    "tr@nsgender log maansik rogi hain",
    "g@@ndu samlaingik log ko sudharna padega maar ke",
    "m@drasi k@liye sab kanjoos hain",
    "nepal1 bahadur log sirf chowkidar ban sakte hain",
    "प्रवासी मज़ दूर गंदगी के ढेर हैं",
    "goonge beh-re log bojh hain society pe",
    "chhinaal aurton ko sabak sikhao",
    "ढे ड़ दलितों को गाँव से निकालो",
]

_HO_NEGATED = [
    "किसने कहा {N} मक्कार होत{a} हैं? मैं तो ऐसा बिल्कुल नहीं मानता।",
    "{O} पर हाथ उठाने की मैं सोच भी नहीं सकता।",
    "{RN} koi keede nahi, hamare jaise hi insaan hain",
]

_HO_COUNTER = [
    "किसी ने कमेंट में लिखा कि {O} को देश से निकाल दो — ऐसी नफ़रत को बढ़ावा मत दो।",
    "'{N} दीमक हैं' जैसी बातें नेता बोलें तो मामला और भी ख़तरनाक हो जाता है, इसका विरोध करो।",
    "us video mein {RO} ke baare mein jo gaaliyan di gayi, wo bilkul galat hai, report karo",
]

_HO_NEUTRAL = [
    "{O} के त्योहारों पर अगले हफ़्ते एक प्रदर्शनी लगेगी।",
    "पड़ोस वाले अंकल {O} के लिए एक एनजीओ चलाते हैं।",
    "aaj class mein {RO} ke itihaas pe charcha hui",
]

_HO_POSITIVE = [
    "{O} की मेहमाननवाज़ी का कोई जवाब नहीं 🙏",
    "सलाम है {O} की हिम्मत को।",
    "{RO} ki wajah se hamara shehar aur bhi rangeen hai",
]

_HO_NON_PROTECTED = [
    "इन खटमलों जैसे घटिया जीव मैंने आज तक नहीं देखे।",
    "कसम से, इस टेलीकॉम कंपनी से ज़्यादा नीच कोई नहीं।",
    "ये प्रॉपर्टी डीलर पैदाइशी मक्कार होते हैं, डिपॉज़िट कभी नहीं लौटाते।",
    "दीमक का नामोनिशान मिटा दूँगा इस बार, पूरी अलमारी बर्बाद कर दी।",
    "बिजली कंपनी वाले परजीवी हैं, हर महीने बिल के नाम पर खून चूस लेते हैं।",
    "पॉप-अप विज्ञापनों पर थूकने का मन करता है।",
    "ये नई पार्किंग नीति किसी काम की नहीं, सीधे कूड़ेदान में डालो।",
    "जहाँ भी मच्छर दिखें, वहीं मार डालो — डेंगू का मौसम है।",
    "is season ka umpire andha tha kya, teen galat LBW",
    "ye toota-phoota traffic signal system shehar ko andar se kha raha hai",
    "सोमवार की सुबह की मीटिंग का नामोनिशान मिटा देना चाहिए।",
    "फ़र्ज़ी KYC वाले SMS भेजने वालों का तो बस चले तो सिर फोड़ दूँ।",
    "ये गर्मी नहीं, नरक की भट्टी है, इसको कोई बंद करो।",
    "uff ye chipkali, aaj isko ghar se bahar phenk ke hi rahunga",
    "इस क्लब की मैनेजमेंट को पूरा का पूरा बाहर निकालो, टीम डुबो दी।",
]

_HO_ABUSE_INDIVIDUAL = [
    "अबे ओ मूर्ख, दिमाग़ घुटने में है क्या?",
    "तू एक नंबर का ढोंगी है, सबके सामने नाटक करता है।",
    "तेरी जैसी बेशर्म पड़ोसन पूरी गली में नहीं।",
    "निकम्मे, तीन साल से एक ही क्लास में बैठा है।",
    "tu toh pakka gadha hai, ek form bhi theek se nahi bhar sakta",
    "oye nautanki, band kar apna drama",
    "ए फेंकू, तेरी बातों में एक भी सच नहीं।",
    "तुझसे घटिया ड्राइवर मैंने आज तक नहीं देखा, सीधे खंभे में घुसा दी।",
    "कमबख़्त इंसान, तूने फिर से मेरा चार्जर तोड़ दिया।",
    "ढीठ कहीं का, सौ बार बोला फिर भी नहीं सुनता।",
    "bhai tu itna kamina kaise ho sakta hai, party mein bulaya bhi nahi",
    "अरे जाहिल, लाइन में लग, सबसे आगे घुसा जा रहा है।",
    "tere jaise chor dost se toh dushman achha",
    "ओ नमूने, ये शर्ट पहनकर शादी में जाएगा?",
    "हे भगवान, कितना बड़ा लल्लू है ये लड़का।",
]

_HO_PROFANITY = [
    "धत्त तेरे की, बस छूट गई फिर से।",
    "bc kya goal tha yaar 🔥🔥",
    "साला क्या मौसम है आज, मन कर रहा है पहाड़ों पर चला जाऊँ।",
    "अबे यार, फ़ोन फिर से हाथ से गिर गया, स्क्रीन गई।",
    "mc ye exam toh bahut tough tha",
    "भेंचो क्या ट्विस्ट था वेब सीरीज़ में, सोया ही नहीं रात भर।",
    "ससुरा पंखा फिर से बंद हो गया।",
    "साला आज का दिन तो मस्त निकला, सब काम टाइम पे हो गए।",
    "chutiya wifi, ek video load nahi ho rahi",
    "गया भाड़ में, आज तो पिज़्ज़ा ही खाऊँगा।",
    "कमीनी किस्मत, लॉटरी में एक नंबर से रह गया 😂",
    "lo bhai, saala geyser bhi aaj hi kharab hona tha",
    "हरामज़ादा बल्ब फिर फ्यूज़ हो गया।",
    "बहन की... ये सीढ़ियाँ कितनी ऊँची हैं, साँस फूल गई।",
    "arre bhenchod, main toh bhool hi gaya aaj mummy ka birthday hai, cake lena padega",
]

_HO_RECLAIMED = [
    "चमार रेजिमेंट का इतिहास पढ़ो, हम चमार कभी किसी से कम नहीं थे।",
    "'putt chamaran de' gaane pe poori baraat nachi, garv se 💙",
    "हम किन्नर नहीं, हिजड़े हैं — यही हमारी पहचान है और यही हमारा घराना।",
    "meri hijra family hi meri asli family hai 🏳️‍⚧️",
    "गाँव की चौपाल पर लगा बोर्ड — 'गर्व से कहो चमार हैं' — देखकर अच्छा लगा।",
]

# ---------------------------------------------------------------------------
# Assembled functional parts
# ---------------------------------------------------------------------------

_TG = _TRAIN_GROUPS
_HG = _HELDOUT_GROUPS

FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = (
    _rows("derogation", True, _fill(_TR_DEROGATION, _TG, 5, 5))
    + _rows("dehumanisation", True, _fill(_TR_DEHUMANISATION, _TG, 5, 7))
    + _rows("threat", True, _fill(_TR_THREAT, _TG, 5, 3))
    + _rows("slur", True, _TR_SLUR)
    + _rows("spelling_variation", True, _TR_SPELLING)
    + _rows("negated_hate", False, _fill(_TR_NEGATED, _TG, 5, 5))
    + _rows("counter_speech", False, _fill(_TR_COUNTER, _TG, 5, 7))
    + _rows("identity_neutral", False, _fill(_TR_NEUTRAL, _TG, 5, 5))
    + _rows("identity_positive", False, _fill(_TR_POSITIVE, _TG, 5, 7))
    + _rows("non_protected_target", False, _TR_NON_PROTECTED)
    + _rows("abuse_individual", False, _TR_ABUSE_INDIVIDUAL)
    + _rows("nonabusive_profanity", False, _TR_PROFANITY)
    + _rows("reclaimed_slur", False, _TR_RECLAIMED)
)

FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = (
    _rows("derogation", True, _fill(_HO_DEROGATION, _HG, 5, 3))
    + _rows("dehumanisation", True, _fill(_HO_DEHUMANISATION, _HG, 5, 4))
    + _rows("threat", True, _fill(_HO_THREAT, _HG, 5, 5))
    + _rows("slur", True, _HO_SLUR)
    + _rows("spelling_variation", True, _HO_SPELLING)
    + _rows("negated_hate", False, _fill(_HO_NEGATED, _HG, 5, 4))
    + _rows("counter_speech", False, _fill(_HO_COUNTER, _HG, 5, 5))
    + _rows("identity_neutral", False, _fill(_HO_NEUTRAL, _HG, 5, 3))
    + _rows("identity_positive", False, _fill(_HO_POSITIVE, _HG, 5, 6))
    + _rows("non_protected_target", False, _HO_NON_PROTECTED)
    + _rows("abuse_individual", False, _HO_ABUSE_INDIVIDUAL)
    + _rows("nonabusive_profanity", False, _HO_PROFANITY)
    + _rows("reclaimed_slur", False, _HO_RECLAIMED)
)

# ---------------------------------------------------------------------------
# Everyday (harmless) messages
# ---------------------------------------------------------------------------

EVERYDAY_TRAIN: list[tuple[str, str]] = [
    # farewell_plan
    ("farewell_plan", "चल फिर, कल मिलते हैं।"),
    ("farewell_plan", "मैं तुम्हें स्टेशन पर प्लेटफ़ॉर्म नंबर तीन पर ढूँढ़ लूँगा।"),
    ("farewell_plan", "bye bye, baad mein baat karte hain"),
    ("farewell_plan", "शाम को सात बजे मेट्रो गेट पर मिलना, मैं वहीं खड़ा रहूँगा।"),
    ("farewell_plan", "ठीक है दीदी, पहुँचकर फ़ोन कर देना 🙏"),
    ("farewell_plan", "ok bro, kal college canteen mein milte hain 10 baje"),
    ("farewell_plan", "अच्छा चलता हूँ, अपना ख़याल रखना।"),
    ("farewell_plan", "शादी में मिलते हैं फिर, मैं दूल्हे वाली बस में रहूँगी।"),
    ("farewell_plan", "tu nikal, main tujhe bus stand pe pakad lunga"),
    ("farewell_plan", "शुभ रात्रि सबको, कल सुबह की सैर पर मिलेंगे।"),
    ("farewell_plan", "Airport pe arrivals gate ke bahar milna, mera phone 20% pe hai"),
    ("farewell_plan", "चलो फिर, होली पर गाँव में मुलाक़ात होगी 😊"),
    ("farewell_plan", "मम्मी मैं निकल रहा हूँ, रास्ते से सब्ज़ी लेता आऊँगा।"),
    # chat
    ("chat", "खाना खा लिया?"),
    ("chat", "आज ऑफ़िस में बहुत काम था, थक गया यार।"),
    ("chat", "kya kar raha hai? free hai toh call kar"),
    ("chat", "मम्मी ने आज राजमा-चावल बनाए हैं, तू भी आ जा।"),
    ("chat", "कल रात वाला एपिसोड देखा? आख़िर में क्या हुआ मुझे समझ नहीं आया।"),
    ("chat", "haha sahi hai 😂😂"),
    ("chat", "भाई मेरा रिज़ल्ट आ गया, फ़र्स्ट डिवीज़न!"),
    ("chat", "बारिश हो रही है, पकौड़े बनाएँ क्या?"),
    ("chat", "tere paas charger hai kya type C wala"),
    ("chat", "दादी की तबीयत अब ठीक है, कल अस्पताल से छुट्टी मिल गई।"),
    ("chat", "इस वीकेंड पर मूवी चलें? नई वाली अच्छी बताई है सबने।"),
    ("chat", "kal se gym shuru, pakka wala promise 💪"),
    ("chat", "ग्रुप में फ़ोटो भेजो ना ट्रिप वाली, मेरे फ़ोन में एक भी नहीं है।"),
    # support
    ("support", "मेरा ऑर्डर अभी तक डिलीवर नहीं हुआ है, कृपया स्टेटस बताइए।"),
    ("support", "रिफ़ंड पाँच दिन से पेंडिंग दिखा रहा है, ऑर्डर नंबर 40921 है।"),
    ("support", "hello, mera OTP nahi aa raha login ke liye"),
    ("support", "नमस्ते, मेरा ब्रॉडबैंड कल शाम से बंद है, शिकायत नंबर दे दीजिए।"),
    ("support", "बिल में दो बार पैसे कट गए हैं, कृपया जाँच करें।"),
    ("support", "sir gas cylinder ki booking confirm nahi hui, paisa kat gaya"),
    ("support", "मुझे अपना मोबाइल नंबर अकाउंट में बदलना है, क्या प्रक्रिया है?"),
    ("support", "पैकेट फटा हुआ आया और अंदर का सामान टूटा था, रिप्लेसमेंट चाहिए।"),
    ("support", "ट्रेन टिकट कैंसिल किया था पर पैसे वापस नहीं आए।"),
    ("support", "app baar baar crash ho raha hai android 13 pe, kuch fix hai?"),
    ("support", "कृपया मेरी सब्सक्रिप्शन अगले महीने से बंद कर दीजिए, धन्यवाद।"),
    ("support", "डिलीवरी बॉय ने बिना दिए 'डिलीवर्ड' मार्क कर दिया है, मदद करें।"),
    ("support", "EMI ka option checkout pe kyun nahi dikh raha?"),
    # review
    ("review", "खाना बढ़िया था, पनीर टिक्का तो लाजवाब ⭐⭐⭐⭐⭐"),
    ("review", "फ़ोन की बैटरी पूरे दिन चलती है, कैमरा भी ठीक-ठाक है।"),
    ("review", "service bahut slow thi, khana thanda aaya"),
    ("review", "इस कूलर ने गर्मी में जान बचा ली, आवाज़ थोड़ी ज़्यादा है बस।"),
    ("review", "होटल का कमरा साफ़ था पर नाश्ता औसत था।"),
    ("review", "पैसा वसूल प्रोडक्ट, तीन महीने से इस्तेमाल कर रही हूँ।"),
    ("review", "chhole bhature ekdum Delhi wale taste ke, maza aa gaya"),
    ("review", "जूते का साइज़ थोड़ा छोटा है, एक नंबर बड़ा मँगाइए।"),
    ("review", "किताब की छपाई अच्छी है पर कुछ पन्ने उल्टे लगे थे।"),
    ("review", "ये मिक्सर ग्राइंडर बेकार है, दो हफ़्ते में मोटर जल गई।"),
    ("review", "staff friendly tha, parking ki dikkat hai bas"),
    ("review", "ढाबे की दाल मखनी और तंदूरी रोटी, और क्या चाहिए 😋"),
    ("review", "हेडफ़ोन का बेस अच्छा है लेकिन कान में ज़्यादा देर पहनो तो दर्द होता है।"),
    # sports_gaming
    ("sports_gaming", "आज तो हमने उनको 3-0 से धो डाला!"),
    ("sports_gaming", "headshot maara bhai, ek hi goli mein 🔥"),
    ("sports_gaming", "कोहली ने आज गेंदबाज़ों की धज्जियाँ उड़ा दीं।"),
    ("sports_gaming", "last zone mein 4 squad ko akele khatam kiya, chicken dinner!"),
    ("sports_gaming", "हमारी गली की टीम ने फ़ाइनल में सामने वालों को रौंद दिया।"),
    ("sports_gaming", "bhai camp karke baitha tha, peeche se aake maar diya usne"),
    ("sports_gaming", "बुमराह का यॉर्कर देखा? सीधा स्टंप उखाड़ दिया।"),
    ("sports_gaming", "आज रात रैंक पुश करेंगे, सब ऑनलाइन आना नौ बजे।"),
    ("sports_gaming", "kabaddi mein humne poori team ko all out kar diya"),
    ("sports_gaming", "उस बॉस को मारने में तीन घंटे लग गए पर मज़ा आ गया।"),
    ("sports_gaming", "हॉकी में पाकिस्तान को 4-1 से हराया, क्या मैच था!"),
    ("sports_gaming", "sniper se knock kiya, teammate ne finish kar diya 😎"),
    ("sports_gaming", "शतरंज में उसकी रानी मार दी, दस चाल में मात।"),
    # figurative_violent
    ("figurative_violent", "हँसते-हँसते मेरी जान निकल गई 😂"),
    ("figurative_violent", "ये गर्मी तो जान ले लेगी।"),
    ("figurative_violent", "laptop hang hai, task manager se process kill kar de"),
    ("figurative_violent", "शादी की फ़ोटो शूट करने के लिए कल कैमरा लेकर जाना है।"),
    ("figurative_violent", "उसकी बातें सुनकर मैं तो मर ही गई, इतनी प्यारी 🥹"),
    ("figurative_violent", "बॉस ने मीटिंग में मेरी प्रेज़ेंटेशन की धज्जियाँ उड़ा दीं।"),
    ("figurative_violent", "ये गाना तो दिल चीर देता है।"),
    ("figurative_violent", "आज का पेपर बम था, सबकी हवा निकल गई।"),
    ("figurative_violent", "bhai ne stage pe aag laga di aaj 🔥🔥"),
    ("figurative_violent", "मैं भूख से मर रहा हूँ, कुछ खाने को है?"),
    ("figurative_violent", "उस कॉमेडियन ने तो आज मार ही डाला, पेट में दर्द हो गया हँसते-हँसते।"),
    ("figurative_violent", "server pe purana cron job abhi bhi chal raha hai, usko maar do"),
    ("figurative_violent", "इस मिर्ची वाले अचार ने तो मेरी ज़ुबान जला दी।"),
    # identity_positive
    ("identity_positive", "सभी मुस्लिम पड़ोसियों को ईद मुबारक 🌙"),
    ("identity_positive", "गुरुपुरब पर गुरुद्वारे का लंगर हमेशा दिल छू लेता है।"),
    ("identity_positive", "हमारी कंपनी में प्राइड मंथ पर बहुत प्यारा इवेंट हुआ 🏳️‍🌈"),
    ("identity_positive", "Merry Christmas to all my Christian friends, cake bhej dena 🎄"),
    ("identity_positive", "मेरी सहेली व्हीलचेयर पर है और उसने मैराथन पूरी की, गर्व है!"),
    ("identity_positive", "nagaland ka hornbill festival is saal dekhna hai pakka"),
    ("identity_positive", "दलित साहित्य पर आज की चर्चा बहुत ज्ञानवर्धक रही।"),
    ("identity_positive", "बिहार का लिट्टी-चोखा खाया आज, एकदम देसी स्वाद।"),
    ("identity_positive", "किन्नर समुदाय की एक टीचर ने हमारे स्कूल में पढ़ाना शुरू किया है, बच्चे बहुत खुश हैं।"),
    ("identity_positive", "mere dost ne coming out kiya aaj, bahut proud hoon usse ❤️"),
    ("identity_positive", "पारसी नववर्ष की सभी को शुभकामनाएँ, नवरोज़ मुबारक!"),
    ("identity_positive", "आदिवासी कला की प्रदर्शनी में वारली पेंटिंग्स कमाल की थीं।"),
    ("identity_positive", "साइन लैंग्वेज सीखना शुरू किया है ताकि अपने बहरे कज़िन से ठीक से बात कर सकूँ।"),
    # comments
    ("comments", "लेख अच्छा है, पर आँकड़े थोड़े पुराने लगते हैं।"),
    ("comments", "मैं इस नीति से सहमत नहीं हूँ, इससे छोटे दुकानदारों पर बोझ बढ़ेगा।"),
    ("comments", "achha video tha, next part kab aayega?"),
    ("comments", "रिपोर्टर ने दोनों पक्षों की बात रखी, यही सही पत्रकारिता है।"),
    ("comments", "इस ब्लॉग की रेसिपी ट्राई की, नमक थोड़ा कम रखना चाहिए था।"),
    ("comments", "लेखक का तर्क कमज़ोर है, शहरों में पानी की समस्या सिर्फ़ बारिश से नहीं है।"),
    ("comments", "thoda aur research karna chahiye tha is topic pe, aadhi baatein galat hain"),
    ("comments", "बहुत बढ़िया जानकारी, धन्यवाद 🙏"),
    ("comments", "मुझे लगता है मेट्रो का किराया बढ़ाना ग़लत फ़ैसला है, छात्रों को छूट मिलनी चाहिए।"),
    ("comments", "इस फ़िल्म की समीक्षा से असहमत हूँ, कहानी धीमी ज़रूर है पर बेकार नहीं।"),
    ("comments", "sir aapne GST wala point sahi samjhaya, lekin example aur dete toh achha hota"),
    ("comments", "शिक्षा बजट पर बहस ज़रूरी है, पर नारेबाज़ी से कुछ नहीं होगा।"),
    ("comments", "पहला कमेंट मेरा 😄"),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    # farewell_plan
    ("farewell_plan", "ठीक है, फिर परसों लाइब्रेरी में।"),
    ("farewell_plan", "catch you later yaar, abhi meeting mein hoon"),
    ("farewell_plan", "बस अड्डे पहुँचकर मैसेज करना, मैं स्कूटी लेकर आ जाऊँगा।"),
    ("farewell_plan", "अलविदा दोस्तों, नई नौकरी के लिए पुणे जा रहा हूँ, मिलते रहेंगे।"),
    ("farewell_plan", "kal subah 6 baje park ke gate pe, late mat hona"),
    ("farewell_plan", "चलो रखती हूँ, रात को वीडियो कॉल करेंगे।"),
    ("farewell_plan", "मैं तुम्हें मॉल के फ़ूड कोर्ट में मिल जाऊँगी, नीली कुर्ती पहनी है।"),
    ("farewell_plan", "tata bye, Diwali pe ghar aana zaroor"),
    ("farewell_plan", "नानी, अगली छुट्टियों में फिर आऊँगा, आम तैयार रखना 🥭"),
    ("farewell_plan", "station pahunch ke coach number bata dena, main wahin aa jaunga"),
    ("farewell_plan", "शुक्रिया आज के लिए, अगले संडे फिर क्रिकेट।"),
    ("farewell_plan", "सी यू, मंदिर के बाहर वाली चाय की टपरी पर मिलते हैं।"),
    ("farewell_plan", "chalo phir, jaldi milte hain 👋"),
    # chat
    ("chat", "उठ गया क्या?"),
    ("chat", "aaj dopahar ko biryani order karein?"),
    ("chat", "पापा ने नया स्कूटर ले लिया, शाम को घुमाने ले जाएँगे।"),
    ("chat", "मेरा इंटरव्यू अच्छा गया, अब बस रिज़ल्ट का इंतज़ार है 🤞"),
    ("chat", "कल बिजली नहीं थी पूरे दिन, फ़ोन भी डेड हो गया था।"),
    ("chat", "tune woh reel dekhi jo maine bheji? 😂"),
    ("chat", "छोटू ने आज पहली बार साइकिल चलाई बिना सहारे के!"),
    ("chat", "इस बार गाँव में सरसों के खेत बहुत सुंदर लग रहे थे।"),
    ("chat", "kitne baje tak free hogi?"),
    ("chat", "नया कुकर ले आई, अब दाल पंद्रह मिनट में।"),
    ("chat", "अरे वाह, बधाई हो! मिठाई कब खिला रहे हो?"),
    ("chat", "neend nahi aa rahi, kuch achha gaana suggest kar"),
    ("chat", "आज योगा क्लास में पहली बार शीर्षासन किया, सिर चकरा गया पर मज़ा आया।"),
    # support
    ("support", "नमस्ते, मेरा पार्सल ग़लत पते पर चला गया है, कृपया सहायता करें।"),
    ("support", "credit card ka statement download nahi ho raha"),
    ("support", "मैंने नीला रंग मँगाया था पर हरा आया, एक्सचेंज कैसे करूँ?"),
    ("support", "आपके कस्टमर केयर पर तीन बार कॉल किया, कोई जवाब नहीं मिला।"),
    ("support", "pani ka bill galat aaya hai, meter reading dubara karwa dijiye"),
    ("support", "मेरा आधार लिंक करने वाला पेज बार-बार एरर दे रहा है।"),
    ("support", "फ़्लाइट रीशेड्यूल करनी है, क्या कोई अतिरिक्त शुल्क लगेगा?"),
    ("support", "वॉशिंग मशीन की वारंटी में सर्विस चाहिए, टेक्नीशियन कब आएँगे?"),
    ("support", "account se 499 rs auto-debit hue, maine koi plan nahi liya"),
    ("support", "पासवर्ड रीसेट का लिंक एक्सपायर हो गया, दोबारा भेज दीजिए।"),
    ("support", "मेरी शिकायत संख्या 7781 है, आज तक कोई अपडेट नहीं आया।"),
    ("support", "kya aap Sunday ko bhi delivery karte ho?"),
    ("support", "ऐप में हिंदी भाषा का विकल्प कहाँ मिलेगा?"),
    # review
    ("review", "मसाला डोसा कुरकुरा और सांभर गरमागरम, एकदम बढ़िया।"),
    ("review", "charger 2 din mein kharab, paisa barbaad"),
    ("review", "ये स्मार्टवॉच हल्की है और नींद भी सही ट्रैक करती है।"),
    ("review", "रेस्टोरेंट का माहौल अच्छा था पर दाम बहुत ज़्यादा हैं।"),
    ("review", "सोफ़ा सेट की फ़िनिशिंग शानदार है, डिलीवरी भी टाइम पर हुई।"),
    ("review", "momos thik the, chutney bahut teekhi thi 🌶️"),
    ("review", "इस शैम्पू से बाल रूखे हो गए, दोबारा नहीं लूँगी।"),
    ("review", "होमस्टे वाले आंटी-अंकल बहुत प्यारे थे, घर जैसा खाना मिला।"),
    ("review", "प्रेशर कुकर की सीटी ठीक से नहीं बजती, बाकी ठीक है।"),
    ("review", "5 star, bacchon ko yeh puzzle bahut pasand aaya"),
    ("review", "लस्सी गाढ़ी और मीठी, ऊपर मलाई की मोटी परत, वाह!"),
    ("review", "बैग की सिलाई एक महीने में उधड़ गई, क्वालिटी कमज़ोर है।"),
    ("review", "cab driver ne AC band rakha poore raste, 2 star"),
    # sports_gaming
    ("sports_gaming", "फ़ाइनल ओवर में छक्का मारकर मैच जिता दिया!"),
    ("sports_gaming", "bhai humne unki poori team wipe kar di 5-0"),
    ("sports_gaming", "कल रात के मैच में हमारे गोलकीपर ने तीन पेनल्टी रोकीं।"),
    ("sports_gaming", "उसने आख़िरी राउंड में नॉकआउट पंच मारा, सामने वाला गिर ही गया।"),
    ("sports_gaming", "clutch 1v3 jeeta aaj, haath kaanp rahe the"),
    ("sports_gaming", "इस बार IPL में हमारी टीम सबको धूल चटाएगी।"),
    ("sports_gaming", "लूडो में मम्मी ने मेरी तीन गोटियाँ काट दीं 😭"),
    ("sports_gaming", "grenade seedha unke bunker mein, teeno khallas"),
    ("sports_gaming", "बैडमिंटन में आज स्मैश पे स्मैश मारे, विरोधी थक गया।"),
    ("sports_gaming", "हम मैदान में उतरे और सामने वाली टीम को पस्त कर दिया।"),
    ("sports_gaming", "free fire mein booyah le liya, 12 kills 🔥"),
    ("sports_gaming", "नीरज का थ्रो देखा? भाला सीधा नब्बे मीटर के पार!"),
    ("sports_gaming", "कैरम में आख़िरी गोटी के साथ क्वीन कवर की, सब चुप हो गए।"),
    # figurative_violent
    ("figurative_violent", "ये जाम तो जान लेकर रहेगा।"),
    ("figurative_violent", "terminal mein ctrl+c maar, woh process khatam ho jayega"),
    ("figurative_violent", "उसकी एक्टिंग ने दर्शकों को घायल कर दिया, क्या अदाकारी थी।"),
    ("figurative_violent", "मैं तो शर्म से मर गई जब सबके सामने नाम पुकारा गया।"),
    ("figurative_violent", "कल सुबह पहाड़ों पर सूर्योदय की फ़ोटो खींचने चलेंगे, ट्राइपॉड लेकर।"),
    ("figurative_violent", "इन जूतों ने तो मेरे पैर काट डाले, छाले पड़ गए।"),
    ("figurative_violent", "bhai tera joke sunke toh marr gaya main 🤣"),
    ("figurative_violent", "वकील साहब ने कोर्ट में विरोधी पक्ष की दलीलों को चीर-फाड़ दिया।"),
    ("figurative_violent", "ये पहेली तो दिमाग़ का दही कर देगी।"),
    ("figurative_violent", "उस सिंगर ने तो आज मंच पर धमाका कर दिया, पूरी भीड़ पागल हो गई।"),
    ("figurative_violent", "plan B ko abhi kill kar dete hain, budget nahi hai"),
    ("figurative_violent", "सर्दी ने हड्डियाँ तोड़ दीं आज तो।"),
    ("figurative_violent", "इस कहानी का अंत दिल पर छुरी चला देता है।"),
    # identity_positive
    ("identity_positive", "सभी सिख भाई-बहनों को बैसाखी की लख-लख बधाइयाँ!"),
    ("identity_positive", "मोहर्रम के जुलूस में हमारे मोहल्ले ने मिलकर शरबत बाँटा।"),
    (
        "identity_positive",
        "meri trans dost ne aaj apni pehli painting exhibition lagayi, bahut sundar 🏳️‍⚧️",
    ),
    ("identity_positive", "केरल के ईसाई दोस्त के घर क्रिसमस पर अप्पम और स्टू खाया, कमाल।"),
    ("identity_positive", "पैरालंपिक में हमारे खिलाड़ियों ने इतिहास रच दिया, सलाम!"),
    ("identity_positive", "लद्दाख के बौद्ध मठ में शांति का जो अनुभव हुआ, भूल नहीं सकता।"),
    ("identity_positive", "Pride march mein pehli baar gaya, itna pyaar aur rang dekha 🌈"),
    ("identity_positive", "मणिपुरी दोस्त ने एरोम्बा बनाना सिखाया, तीखा पर लाजवाब।"),
    ("identity_positive", "मेरी बॉस एक दृष्टिहीन महिला हैं और वो सबसे अच्छी मैनेजर हैं जिनके साथ मैंने काम किया।"),
    ("identity_positive", "जैन पड़ोसियों को पर्युषण पर्व की शुभकामनाएँ, मिच्छामि दुक्कड़म।"),
    ("identity_positive", "bohot achha laga ki naye office mein gender-neutral washroom hai"),
    ("identity_positive", "अंबेडकर जयंती पर बच्चों ने संविधान की प्रस्तावना पढ़ी।"),
    ("identity_positive", "नेपाली दोस्तों के साथ दशैं मनाई, टीका और जमरा लगाया।"),
    # comments
    ("comments", "संपादकीय संतुलित है, पर किसानों की राय और शामिल होनी चाहिए थी।"),
    ("comments", "is scheme ka idea achha hai, implementation pe doubt hai"),
    ("comments", "मुझे लगता है ऑनलाइन परीक्षा का फ़ैसला जल्दबाज़ी में लिया गया।"),
    ("comments", "वीडियो की आवाज़ धीमी है, अगली बार माइक पास रखिए।"),
    ("comments", "लेख में प्रदूषण की बात सही है, लेकिन सिर्फ़ पराली को दोष देना ठीक नहीं।"),
    ("comments", "bahut hi useful thread, bookmark kar liya 📌"),
    ("comments", "मैं इस सुझाव से असहमत हूँ कि पुराने पेड़ काटकर सड़क चौड़ी की जाए।"),
    ("comments", "मंत्री जी का बयान तथ्यों पर आधारित नहीं लगता, स्रोत बताइए।"),
    ("comments", "लेखिका ने ग्रामीण स्वास्थ्य पर अच्छा लिखा, दूसरे भाग का इंतज़ार है।"),
    ("comments", "comment section mein itni behes kyun, dono ke point valid hain"),
    ("comments", "इस ऐप का नया अपडेट मुझे पसंद नहीं आया, पुराना डिज़ाइन आसान था।"),
    ("comments", "अच्छा सवाल उठाया आपने, शहर में साइकिल लेन की ज़रूरत है।"),
    ("comments", "agle video mein savings pe baat karna please"),
]

# ---------------------------------------------------------------------------
# Second held-out part: new frames, new groups (eight of twelve new to both earlier
# parts), new slurs and threat forms.
# ---------------------------------------------------------------------------

# Four shared with earlier parts (मुसलमान, दलित, सिख, ट्रांसजेंडर लोग), eight new.
_HELDOUT2_GROUPS: list[Group] = [
    ("यहूदी", "यहूदियों", "m", "yahudi", "yahudiyon"),
    ("बौद्ध", "बौद्धों", "m", "baudh log", "baudh logon"),
    ("नेत्रहीन लोग", "नेत्रहीन लोगों", "m", "andhe log", "andhe logon"),
    ("लेस्बियन औरतें", "लेस्बियन औरतों", "f", "lesbian auratein", "lesbian auraton"),
    ("चीनी लोग", "चीनी लोगों", "m", "chinese log", "chinese logon"),
    ("अफ़ग़ान शरणार्थी", "अफ़ग़ान शरणार्थियों", "m", "afghan sharnarthi", "afghan sharnarthiyon"),
    ("बंगाली", "बंगालियों", "m", "bengali", "bengaliyon"),
    ("मानसिक रोगी", "मानसिक रोगियों", "m", "mental patient log", "mental patient logon"),
    ("मुसलमान", "मुसलमानों", "m", "musalman", "musalmanon"),
    ("दलित", "दलितों", "m", "dalit", "daliton"),
    ("सिख", "सिखों", "m", "sikh", "sikhon"),
    ("ट्रांसजेंडर लोग", "ट्रांसजेंडर लोगों", "m", "transgender log", "transgender logon"),
]

_H2_DEROGATION = [
    "मेरा बस चले तो {O} से बात तक न करूँ, इतनी चिढ़ है इनसे।",
    "{N} जहाँ भी जात{a} हैं, झगड़ा और बदबू साथ लेकर जात{a} हैं।",
    "इस दुनिया में सबसे शर्मनाक चीज़ अगर कोई है तो वो {N} हैं।",
    "jitn{ra} bhi {RN} mil{ra} hain, sab ghamandi aur jhooth{ra} nikl{ra}",
]

_H2_DEHUMANISATION = [
    "{N} इंसान की शक्ल में लकड़बग्घे हैं।",
    "ये {N} नाली के मच्छरों की तरह हर तरफ़ भिनभिना रह{a} हैं।",
    "{O} को इंसान गिनना इंसानियत की बेइज़्ज़ती है, ये तो जोंकें हैं।",
    "{RN} kisi mahamari se kam nahi, poore shehar ko sankraman laga diya",
]

_H2_THREAT = [
    "{O} के लिए बस एक ही इलाज है — पेट्रोल और माचिस।",
    "अगली बार {N} जुलूस निकालें तो एक-एक की गर्दन उतार लेंगे।",
    "हमारे लड़के तैयार बैठे हैं, इशारा मिलते ही {O} के घरों में घुसकर सबको ख़त्म कर देंगे।",
    "{RO} ke liye shamshan abhi se tayyar rakho, ek ek ka number aayega",
]

_H2_SLUR = [
    "ये शांतिदूत जहाँ बसते हैं वहाँ शांति छोड़कर सब कुछ मिलता है।",
    "अब्दुल लोग हर सब्ज़ी पर थूककर बेचते हैं, इनसे कुछ मत ख़रीदो।",
    "हरे साँपों को दूध पिलाओगे तो यही होगा, डसेंगे ही।",
    "shantidoot log ka bharosa? kabhi nahi bhai",
    "कोटे वाले सरकारी दामाद बिना मेरिट के अफ़सर बन बैठे हैं।",
    "अछूत हैं, अछूत की तरह गाँव के बाहर रहें।",
    "kote wale shudra doctor se main ilaaj nahi karwaunga",
    "बारह बजे वाले सरदार फिर ट्रैक्टर लेकर सड़क जाम करने आ गए।",
    "सूदखोर यहूदी पूरी दुनिया का पैसा दबाकर बैठे हैं।",
    "ये चाइनीज़ माल कोरोना फैलाकर अब यहाँ मोमो बेच रहे हैं।",
    "oye corona, apne chinese ghar wapas ja",
    "काबुली भगोड़ों को यहाँ बसाने की क्या ज़रूरत थी, सब के सब चोर।",
    "ये फ़ेमिनाज़ी चुड़ैलें मर्दों से नफ़रत के सिवा कुछ नहीं जानतीं।",
    "बाज़ारू औरतें ही ऐसे मर्दों के बीच बैठकर ठहाके लगाती हैं।",
    "ye lesbo chudailein ladkiyon ko bigaad rahi hain",
    "लौंडेबाज़ों को मोहल्ले से बाहर करो, बच्चे बिगड़ जाएँगे।",
    "अंधे कहीं के, भीख माँगने के सिवा तुम लोग क्या कर सकते हो।",
    "ये मेंटल लोग पागलखाने से छूटकर सड़कों पर घूम रहे हैं।",
    "ye bong ghuspaithiye sab bangladeshi hain, ration card bhi farzi",
    "ये निग्गा लोग रात को गली में घूमते हैं, पुलिस बुलाओ।",
]

_H2_SPELLING = [
    "sh@nt!doot log desh ke dushman hain",
    "शां ति दू त कौम को बाहर फेंको",
    "abdu11 log thook jihad karte hain",
    "ह रे साँ पों का फन कुचल दो",
    "k0te wale dalit nikamme hain",
    "अछूूूत लोगों को मंदिर से दूर रखो",
    "y@hudi soodkhor hote hain sab",
    "य हू दी दुनिया पर क़ब्ज़ा चाहते हैं",
    "ch!neez maal corona failata hai",
    "b@uddh log dharm ke naam pe dhong karte hain",
    "afgh@n bhagode chor hain, nikalo",
    "अफ़गानी शरनार्थी कीड़े हैं",
    "l3sb0 auraton ka ilaaj karwao",
    "फ़ेमि नाज़ी चु ड़ै लें",
    "m3ntal log ko band karke rakho",
    "अंधों को नौकरी देना पैसे की बरबादी है",
    "s@rdar ke barah baj gaye, sab bewakoof",
    "tr@ns log n@ali ke keede",
    "bong bengali sab ghuspaithiye, b@har karo",
    "मुसल्ले लोगों की दुकानें जला दो",
]

_H2_NEGATED = [
    "ये कहना ग़लत है कि {N} देश के लिए ख़तरा हैं, सच्चाई उलटी है।",
    "{O} का बुरा चाहना मेरे संस्कारों में ही नहीं है।",
    "मैं {O} से न डरता हूँ, न चिढ़ता हूँ — वो भी उतने ही अपने हैं।",
    "{RN} koi bimaari nahi phaila rah{ra} hain, ye afwaah band karo",
]

_H2_COUNTER = [
    "बस में एक आदमी {O} को गालियाँ दे रहा था, कंडक्टर और हम सबने मिलकर उसे उतरवा दिया।",
    "व्हाट्सऐप पर आया 'सारे {N} गद्दार हैं' वाला फ़ॉरवर्ड झूठ और नफ़रत का पुलिंदा है, आगे मत भेजिए।",
    "jo log {RO} ko 'keede' bolte hain, wo pehle apne andar jhaank ke dekhein",
]

_H2_NEUTRAL = [
    "नई किताब में {O} के खान-पान पर एक पूरा अध्याय है।",
    "चुनाव से पहले एक चैनल ने {O} से बेरोज़गारी के बारे में बात की।",
    "kal ke podcast mein do {RN} mehmaan th{ra}, topic tha kiraye ke ghar",
]

_H2_POSITIVE = [
    "{O} की दोस्ती मिल जाए तो ज़िंदगी आसान हो जाती है।",
    "बाढ़ के वक़्त सबसे पहले मदद का हाथ {O} ने बढ़ाया था, उनका दिल से शुक्रिया।",
    "{O} की कहानियाँ हर स्कूल की किताब में होनी चाहिए, इतना कुछ सीखने को है।",
    "{RO} ke saath rehkar samjha ki dil sabke ek jaise hote hain ❤️",
]

_H2_NON_PROTECTED = [
    "मेरा बस चले तो इस कॉल सेंटर वाले बैंक से बात तक न करूँ।",
    "इस दुनिया में सबसे शर्मनाक चीज़ अगर कोई है तो वो सरकारी फ़ाइलों की लालफ़ीताशाही है।",
    "ये खटारा बसें इंसान की शक्ल में नहीं, धुएँ की शक्ल में ज़हर हैं।",
    "नाली के मच्छर रात भर कान में भिनभिना रहे हैं, आज तो सबको मारूँगा।",
    "इन जोंकों ने बरसात में ट्रेकिंग का मज़ा ख़राब कर दिया।",
    "चूहों के लिए बस एक ही इलाज है — पिंजरा और पनीर का टुकड़ा।",
    "अगली बार ये पानी वाला टैंकर लेट आया तो पूरी सोसाइटी धरने पर बैठेगी।",
    "इस पुराने फ़्रिज को आज कबाड़ी को देकर ख़त्म करूँगा, बहुत आवाज़ करता है।",
    "ye naya exam pattern kisi mahamari se kam nahi, sab bacche pareshan",
    "toll plaza walon ka shamshan tayyar rakho, 300 rupaye ek taraf ka? 😤",
    "ऑफ़िस की ये रोज़ की स्टैंडअप मीटिंग मेरी ज़िंदगी की जोंक है।",
    "उस स्पिनर को अगले मैच से बाहर करो, आज तीस रन लुटा दिए।",
    "ये सरकार की नई फ़सल बीमा योजना किसानों के किसी काम की नहीं।",
    "मेरे फ़ोन का ये ब्लोटवेयर कचरा है, सब अनइंस्टॉल करूँगा।",
    "jitne bhi online loan app mile, sab ke sab chor nikle",
]

_H2_ABUSE_INDIVIDUAL = [
    "तुझसे बड़ा चापलूस इस दफ़्तर में कोई नहीं, बॉस के जूते चमकाता रहता है।",
    "अरे कंगले, दस रुपये की चाय भी उधार पीता है?",
    "tu ek number ka dhakkan hai, teen baar samjhaya phir bhi galat",
    "बेवड़े, रोज़ रात को पीकर गली में हल्ला करता है।",
    "ओ भिखारी की तरह मुँह लटकाकर मत बैठ, काम कर।",
    "tujh jaise gaddar dost ne hi meri naukri khaayi",
    "सुन बे घोंचू, मेरी स्कूटी के आगे गाड़ी मत लगाया कर।",
    "पढ़ाई में फिसड्डी और बातों में शेर, वाह रे तू।",
    "तू झूठ का पुलिंदा है, तेरी किसी बात पर यक़ीन नहीं।",
    "abe lallantop, har baat mein tang mat adaya kar",
    "कामचोर मैडम, पूरे हफ़्ते में एक रिपोर्ट भी नहीं बनी आपसे?",
    "शक्ल से ही चोर लगता है तू, मेरा पर्स कहाँ है?",
    "oye bhondu, mic mute kar le, tere bachche ki aawaz aa rahi hai",
    "तेरी अक्ल पर पत्थर पड़ गए हैं क्या, नौकरी छोड़कर सट्टा खेलेगा?",
    "निकम्मी औलाद, माँ-बाप की कमाई उड़ा रहा है।",
]

_H2_PROFANITY = [
    "अबे साला, इतनी ठंड में भी नहाना पड़ेगा।",
    "bc maza aa gaya, kya chaat thi 🤤",
    "साली ये पेन भी आज ही ख़त्म होनी थी, पेपर में।",
    "mc ye naya iphone kitna mehenga hai yaar",
    "भेनचो, सुबह-सुबह दूधवाला फिर नहीं आया।",
    "चूतिया काटा गया आज, सेल में वही पुराना माल था 😂",
    "धत् साला, छतरी ऑफ़िस में ही भूल आया।",
    "saala kya gaana hai, roz subah yahi bajta hai",
    "हरामी मच्छरदानी में भी छेद निकला।",
    "बहनचोद क्या ठंड है, उँगलियाँ ही जम गईं।",
    "ओ तेरी, सचिन का पुराना वीडियो मिल गया, क्या शॉट था!",
    "bsdk maine toh socha tha kal chhutti hai, bekaar ka jaag gaya",
    "साला सारा पैसा तो पेट्रोल में ही चला गया इस महीने।",
    "मादरचो... अरे, ये तो मेरा ही ऑर्डर था, भूल गया था।",
    "ab kya karun bc, bus phir se chhoot gayi",
]

_H2_RECLAIMED = [
    "चमार हूँ, और ये शब्द अब मेरी ताक़त है, गाली नहीं।",
    "jai bhim! hum chamar ladke apne gaane khud likhenge ab",
    "हिजड़ा होना हमारी शान है, गुरु माँ यही सिखाती हैं।",
    "hum hijde badhaai dene aaye hain, muh meetha karao 💃",
    "मैंने अपनी ब्लॉग का नाम 'चमार की क़लम' रखा है, गर्व से।",
    "हम चमार किसान अपनी ज़मीन पर ख़ुद खेती करते हैं, किसी की भीख पर नहीं।",
    "arey hum hijron ki toli aaj Pride mein sabse aage chalegi 🏳️‍⚧️",
]

_H2G = _HELDOUT2_GROUPS

FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = (
    _rows("derogation", True, _fill(_H2_DEROGATION, _H2G, 5, 3))
    + _rows("dehumanisation", True, _fill(_H2_DEHUMANISATION, _H2G, 5, 5))
    + _rows("threat", True, _fill(_H2_THREAT, _H2G, 5, 4))
    + _rows("slur", True, _H2_SLUR)
    + _rows("spelling_variation", True, _H2_SPELLING)
    + _rows("negated_hate", False, _fill(_H2_NEGATED, _H2G, 5, 3))
    + _rows("counter_speech", False, _fill(_H2_COUNTER, _H2G, 5, 4))
    + _rows("identity_neutral", False, _fill(_H2_NEUTRAL, _H2G, 5, 5))
    + _rows("identity_positive", False, _fill(_H2_POSITIVE, _H2G, 5, 4))
    + _rows("non_protected_target", False, _H2_NON_PROTECTED)
    + _rows("abuse_individual", False, _H2_ABUSE_INDIVIDUAL)
    + _rows("nonabusive_profanity", False, _H2_PROFANITY)
    + _rows("reclaimed_slur", False, _H2_RECLAIMED)
)

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    # farewell_plan
    ("farewell_plan", "ओके, गुरुवार को कोचिंग के बाद मिलते हैं।"),
    ("farewell_plan", "chal bye, ghar pahunch ke msg karti hoon"),
    ("farewell_plan", "मैं अस्पताल के गेट नंबर दो पर खड़ा मिलूँगा, पर्ची साथ ले आना।"),
    ("farewell_plan", "ttyl, dentist ka number aa gaya"),
    ("farewell_plan", "कल सब्ज़ी मंडी चलेंगे सुबह-सुबह, सात बजे तैयार रहना।"),
    ("farewell_plan", "अच्छा भाभी, राखी पर मिलते हैं, बच्चों को प्यार।"),
    ("farewell_plan", "ऑटो से उतरकर सीधा फ़ोन करना, मैं चौराहे पर गाड़ी लेकर खड़ा रहूँगा।"),
    ("farewell_plan", "good night sab ko, kal ki trek ke liye alarm laga lena 5 baje ka"),
    ("farewell_plan", "तुम्हारा इंतज़ार रहेगा, जब भी जयपुर आओ सीधा घर आना।"),
    ("farewell_plan", "मैं निकल रही हूँ, बाक़ी बातें फ़ोन पर।"),
    ("farewell_plan", "ok done, metro ke last coach mein milte hain"),
    ("farewell_plan", "फ़ेयरवेल पार्टी के बाद भी टच में रहना सब, ग्रुप मत छोड़ना 🥲"),
    ("farewell_plan", "चलो जी राम-राम, परसों पंचायत भवन में मिलेंगे।"),
    # chat
    ("chat", "आज चाय में अदरक डाली या नहीं?"),
    ("chat", "bhai gaadi ki service karwani hai, koi achha mechanic pata hai?"),
    ("chat", "बिल्ली ने आज फिर पड़ोसी की छत पर बच्चे दे दिए 😅"),
    ("chat", "नई किताब शुरू की है, पहले ही पन्ने से बाँध लिया उसने।"),
    ("chat", "mummy bol rahi hain chhat pe kapde utaar de, baarish aane wali hai"),
    ("chat", "ऑफ़िस की कैंटीन में आज खिचड़ी थी, बुधवार जैसा लगा।"),
    ("chat", "तेरा नया हेयरकट मस्त है यार"),
    ("chat", "कल रात तारे इतने साफ़ दिखे, छत पर लेटे रहे देर तक।"),
    ("chat", "ek kaam kar, mere liye bhi ek samosa le aana"),
    ("chat", "पौधों में आज पहली बार टमाटर लगे हैं 🍅"),
    ("chat", "हमारे फ़्लैट का नल फिर टपक रहा है, प्लंबर का नंबर है?"),
    ("chat", "aaj pura din so ke nikala, koi regret nahi"),
    ("chat", "बहन की सगाई तय हो गई, दिसंबर में शादी है, सब छुट्टियाँ अभी से ले लो।"),
    # support
    ("support", "मेरा हेल्थ इंश्योरेंस क्लेम एक महीने से प्रोसेस में है, कृपया अपडेट दें।"),
    ("support", "bijli ka meter tez chal raha hai, check karne kisi ko bhejiye"),
    ("support", "बैंक की KYC अपडेट करनी है, क्या ब्रांच जाना ज़रूरी है?"),
    ("support", "जिम मेंबरशिप दो महीने के लिए फ़्रीज़ करवानी है, सर्जरी है।"),
    ("support", "order mein paneer butter masala ki jagah dal makhani aa gayi"),
    ("support", "डीटीएच रिचार्ज किया पर चैनल अभी भी बंद दिख रहे हैं।"),
    ("support", "मेरा लैपटॉप सर्विस सेंटर में दस दिन से है, कब तक मिलेगा?"),
    ("support", "कैब वाले ने ऐप में दिखाए किराये से सौ रुपये ज़्यादा लिए।"),
    ("support", "school fees ki receipt email pe nahi aayi, dobara bhej dijiye"),
    ("support", "वारंटी कार्ड खो गया है, क्या बिल दिखाकर रिपेयर हो जाएगा?"),
    ("support", "होटल बुकिंग कैंसल करनी है, 48 घंटे पहले, पूरा पैसा वापस मिलेगा?"),
    ("support", "pension credit nahi hui is mahine, PPO number 55120 hai"),
    ("support", "आपकी वेबसाइट पर पता बदलने का बटन काम नहीं कर रहा।"),
    # review
    ("review", "पोहा-जलेबी का नाश्ता एकदम इंदौरी स्वाद वाला, सुबह बन गई।"),
    ("review", "ye power bank bhaari hai par 3 baar phone full kar deta hai"),
    ("review", "सिनेमा हॉल की सीटें आरामदायक थीं, पर पॉपकॉर्न बहुत महँगा।"),
    ("review", "कुर्ती का कपड़ा पहली धुलाई में ही सिकुड़ गया, निराश हूँ।"),
    ("review", "thali mein 12 item, unlimited roti, 250 mein aur kya chahiye"),
    ("review", "इस ट्रैवल एजेंसी ने मनाली ट्रिप बहुत अच्छे से संभाली।"),
    ("review", "वॉटर प्यूरीफ़ायर का पानी मीठा लगता है, इंस्टॉलेशन भी फ़्री था।"),
    ("review", "kulfi mast thi par dukaan mein baithne ki jagah nahi"),
    ("review", "ये दर्ज़ी मास्टर जी कमाल के हैं, ब्लाउज़ एकदम फ़िट सिला।"),
    ("review", "बच्चों का स्कूल बैग हल्का है, पानी की बोतल वाली जेब भी है।"),
    ("review", "1 star, delivery 3 din late aur dabba pichka hua"),
    ("review", "नई वाली सीरीज़ की शुरुआत धीमी है, पर पाँचवें एपिसोड से मज़ा आता है।"),
    ("review", "इस इलेक्ट्रिक केतली में पानी दो मिनट में उबल जाता है 👍"),
    # sports_gaming
    ("sports_gaming", "आज गली क्रिकेट में मैंने हैट्रिक ली, किसी को यक़ीन नहीं हो रहा!"),
    ("sports_gaming", "bhai rush karke unka poora squad saaf kar diya"),
    ("sports_gaming", "कुश्ती में हमारी पहलवान ने सामने वाली को चित कर दिया।"),
    ("sports_gaming", "वॉलीबॉल में आज ब्लॉक पे ब्लॉक, सामने वाले पस्त।"),
    ("sports_gaming", "valorant mein ace maara, pura lobby shocked"),
    ("sports_gaming", "फ़ुटबॉल में हमने उन्हें 4-2 से कुचल दिया।"),
    ("sports_gaming", "ओपनर ने पहले ही ओवर में चार चौके जड़ दिए।"),
    ("sports_gaming", "kal raat 2 baje tak bgmi, teen chicken dinner 🐔"),
    ("sports_gaming", "टेबल टेनिस में मेरी सर्विस कोई लौटा ही नहीं पाया।"),
    ("sports_gaming", "सांप-सीढ़ी में 98 पर साँप ने काट लिया, सीधा नीचे 😭"),
    ("sports_gaming", "minecraft mein creeper ne poora ghar uda diya, phir se banana padega"),
    ("sports_gaming", "खो-खो में हमारी टीम ने उन्हें एक मिनट में आउट कर दिया।"),
    ("sports_gaming", "इस सीज़न हमारा क्लब लीग में सबको पीछे छोड़ देगा, लिख के ले लो।"),
    # figurative_violent
    ("figurative_violent", "ये ईएमआई तो मेरी कमर तोड़ देगी।"),
    ("figurative_violent", "docker container atak gaya, usko kill karke restart kar"),
    ("figurative_violent", "उसकी मुस्कान पर तो पूरी क्लास क़ुर्बान है।"),
    ("figurative_violent", "इंतज़ार ने तो जान ही निकाल दी, रिज़ल्ट अब आया।"),
    ("figurative_violent", "कल हल्दी की रस्म की फ़ोटो शूट करनी है, लेंस साफ़ कर लेना।"),
    ("figurative_violent", "bhai ki shayari ne mehfil loot li 🔥"),
    ("figurative_violent", "ये होमवर्क तो मुझे मारकर ही दम लेगा।"),
    ("figurative_violent", "उस क्विज़ में उसने सवालों की बौछार से सबको ढेर कर दिया।"),
    ("figurative_violent", "git mein purani branch ko maar do, ab kaam ki nahi"),
    ("figurative_violent", "मम्मी के हाथ के राजमा पर तो मैं मर मिटूँ।"),
    ("figurative_violent", "इस उमस ने तो दम घोंट दिया है आज।"),
    ("figurative_violent", "सेल में कीमतें देखकर मेरा दिल धड़कना बंद हो गया 😂"),
    ("figurative_violent", "वो गाना सुनते ही यादों ने हमला बोल दिया।"),
    # identity_positive
    ("identity_positive", "बुद्ध पूर्णिमा पर विहार में दीये जलाए, बहुत सुकून मिला।"),
    ("identity_positive", "hamare gurudwara ke langar mein har dharm ke log seva karte hain ❤️"),
    ("identity_positive", "मेरी लेस्बियन कज़िन की शादी थी, पूरे परिवार ने मिलकर नाचा 🏳️‍🌈"),
    ("identity_positive", "कोलकाता के यहूदी सिनेगॉग की वास्तुकला देखने लायक है।"),
    ("identity_positive", "हमारे मोहल्ले के मौलवी साहब बच्चों को मुफ़्त में उर्दू पढ़ाते हैं।"),
    ("identity_positive", "dalit writers ki nayi kitaabein padh raha hoon, kamaal ka likhte hain"),
    ("identity_positive", "ब्रेल में छपी नई किताबें लाइब्रेरी में आई हैं, नेत्रहीन बच्चे बहुत ख़ुश हैं।"),
    ("identity_positive", "बंगाली दोस्त की माँ ने दुर्गा पूजा पर भोग खिलाया, अमृत जैसा।"),
    ("identity_positive", "अफ़ग़ान रिफ़्यूजी भाई की बेकरी की रोटियाँ पूरे लाजपत नगर में मशहूर हैं।"),
    (
        "identity_positive",
        "trans community ki ek ladki ne hamare yahan cafe khola hai, sab support karo",
    ),
    ("identity_positive", "मानसिक स्वास्थ्य पर खुलकर बात करने वाली मेरी दोस्त पर मुझे गर्व है।"),
    ("identity_positive", "गुरु नानक जयंती की सबको लख-लख बधाइयाँ, प्रकाश पर्व मुबारक।"),
    ("identity_positive", "क्रिसमस पर चर्च की कैरल सिंगिंग में इस बार मैं भी गया, बहुत प्यारा माहौल।"),
    # comments
    ("comments", "रिपोर्ट में ग्राफ़ साफ़ हैं, पर नमूना बहुत छोटा लगता है।"),
    ("comments", "bhai tumhari baat theek hai par budget ka hisaab galat lag raha hai"),
    ("comments", "मैं इस बात से सहमत हूँ कि स्कूलों में खेल का पीरियड बढ़ना चाहिए।"),
    ("comments", "लेखक की भाषा सुंदर है, पर निष्कर्ष जल्दबाज़ी वाला है।"),
    ("comments", "इस वीडियो के सबटाइटल ग़लत हैं, कृपया ठीक कीजिए।"),
    ("comments", "nice vlog, drone shots zabardast the 👌"),
    ("comments", "पार्किंग फ़ीस बढ़ाने के बजाय पब्लिक ट्रांसपोर्ट सुधारना चाहिए।"),
    ("comments", "इस रेसिपी में घी की मात्रा थोड़ी ज़्यादा है, बाकी बढ़िया।"),
    ("comments", "आपका पॉडकास्ट अच्छा है पर एपिसोड थोड़े लंबे हो गए हैं।"),
    ("comments", "sahi mudda uthaya, gaon mein internet ki haalat sach mein kharab hai"),
    ("comments", "विशेषज्ञ की राय दिलचस्प है, लेकिन दूसरा पक्ष भी सुनना चाहिए था।"),
    ("comments", "पिछली पोस्ट से ये वाली ज़्यादा अच्छी लगी।"),
    ("comments", "कृपया अगले लेख में स्रोतों के लिंक भी दें।"),
]
