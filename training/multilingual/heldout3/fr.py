# ruff: noqa: E501
"""French (fr): a third held-out part (never trained on), written from the train and first
held-out parts only, for variety: implicit hate without slurs (stereotypes stated as fact,
"send them back", "no X should teach/adopt", conspiracy talk, demeaning "jokes"), hate at
the end of longer everyday posts, threats as wishes, conditionals, calls to action and
veiled warnings, short posts, questions, sarcasm, emoji, typos and missing accents; hard
negatives in the same registers (varied negation, strong positive identity statements,
neutral facts, counter-speech quoting hate, the same hostile frames at non-protected
targets, insults for non-identity reasons, profanity, reclaimed in-group words). Each frame
yields at most three sentences."""

from __future__ import annotations


def _g(bare: str, sg: str, fem: bool = False, elide: bool = True) -> dict[str, str]:
    """Plural noun, singular noun and the agreement forms the frames below need."""
    vowel = elide and bare[0].lower() in "aeiouéèêâîôh"
    return {
        "bare": bare,
        "les": "les " + bare,
        "Les": "Les " + bare,
        "des": "des " + bare,
        "aux": "aux " + bare,
        "de": ("d'" if vowel else "de ") + bare,
        "sg": sg,
        "un": ("une " if fem else "un ") + sg,
        "Un": ("Une " if fem else "Un ") + sg,
        "e": "e" if fem else "",
        "xs": "ses" if fem else "x",
        "ils": "elles" if fem else "ils",
        "Ils": "Elles" if fem else "Ils",
        "il": "elle" if fem else "il",
        "eux": "elles" if fem else "eux",
        "tous": "toutes" if fem else "tous",
        "Tous": "Toutes" if fem else "Tous",
        "aucun": "aucune" if fem else "aucun",
        "Aucun": "Aucune" if fem else "Aucun",
    }


_G: dict[str, dict[str, str]] = {
    "arabe": _g("Arabes", "Arabe"),
    "noir": _g("Noirs", "Noir"),
    "juif": _g("Juifs", "Juif"),
    "musulman": _g("musulmans", "musulman", elide=False),
    "rom": _g("Roms", "Rom"),
    "femme": _g("femmes", "femme", fem=True),
    "gay": _g("gays", "gay"),
    "lesb": _g("lesbiennes", "lesbienne", fem=True),
    "trans": _g("personnes trans", "personne trans", fem=True),
    "handi": _g("handicapés", "handicapé", elide=False),
    "migrant": _g("migrants", "migrant"),
    "chinois": _g("Chinois", "Chinois"),
    "africain": _g("Africains", "Africain"),
    "turc": _g("Turcs", "Turc"),
    "algerien": _g("Algériens", "Algérien"),
    "marocain": _g("Marocains", "Marocain"),
    "comorien": _g("Comoriens", "Comorien"),
    "refugie": _g("réfugiés", "réfugié"),
    "autiste": _g("autistes", "autiste"),
    "tunisien": _g("Tunisiens", "Tunisien"),
    "senegal": _g("Sénégalais", "Sénégalais"),
    "voilee": _g("femmes voilées", "femme voilée", fem=True),
    "bi": _g("bisexuels", "bisexuel"),
    "gitan": _g("Gitans", "Gitan"),
    "afghan": _g("Afghans", "Afghan"),
    "sourd": _g("sourds", "sourd"),
    "roumain": _g("Roumains", "Roumain"),
    "antillais": _g("Antillais", "Antillais"),
    "trisomique": _g("trisomiques", "trisomique"),
    "tchetchene": _g("Tchétchènes", "Tchétchène"),
    "asiat": _g("Asiatiques", "Asiatique"),
}


Frame = tuple[str, str]


def _fill(name: str, flag: bool, frames: list[Frame]) -> list[tuple[str, bool, str]]:
    """Each frame with the (at most three) groups named after it."""
    rows: list[tuple[str, bool, str]] = []
    for frame, keys in frames:
        for key in keys.split()[:3]:
            rows.append((name, flag, frame.format(**_G[key])))
    return rows


def _rows(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# ---------------------------------------------------------------------------------------
# Flagged
# ---------------------------------------------------------------------------------------

_DEROGATION_F: list[Frame] = [
    (
        "{Les} ne travaillent pas, {ils} vivent de nos impôts et en plus ça les fait rire.",
        "rom migrant comorien",
    ),
    ("{Aucun} {sg} ne devrait avoir le droit d'adopter un enfant.", "gay lesb trans"),
    (
        "On ne devrait pas laisser {les} voter, {ils} ne seront jamais vraiment français.",
        "musulman africain algerien",
    ),
    (
        "Dès que {les} s'installent dans un quartier, il est foutu en cinq ans. Regardez les chiffres.",
        "rom marocain comorien",
    ),
    ("Tu laisserais {un} garder tes enfants, toi ? Moi jamais de la vie.", "gay trans rom"),
    (
        "Ce matin dans le bus 62, une vieille dame est restée debout pendant que trois {bare} rigolaient sur les places assises. Aucun respect, aucune éducation, {ils} sont {tous} comme ça.",
        "arabe africain tunisien",
    ),
    (
        "Sympa le match hier, belle ambiance au Parc, mais il y avait tellement {de} dans les tribunes qu'on se serait cru au bled. {Ils} n'ont rien à faire chez nous.",
        "algerien marocain tunisien",
    ),
    (
        "C'est génétique, {les} sont moins intelligents que nous, pas besoin d'être raciste pour le voir.",
        "noir africain antillais",
    ),
    (
        "{Les}, dès qu'il y a un souci, {ils} crient au racisme. Pratique pour ne jamais rien se reprocher.",
        "noir arabe senegal",
    ),
    (
        "Pourquoi {les} n'arrivent jamais à s'intégrer nulle part ? Vraie question.",
        "rom turc afghan",
    ),
    ("Tous des assistés, {les}.", "handi refugie comorien"),
    (
        "Bravo {aux}, encore une belle journée à toucher les allocs sans rien faire 👏👏",
        "migrant rom afghan",
    ),
    (
        "Ah oui, {les} sont « une chance pour la France »... surtout pour les chiffres de la délinquance 🙄",
        "migrant africain algerien",
    ),
    (
        "Quelle est la différence entre {un} et une batterie ? La batterie a au moins un côté positif 😂",
        "rom arabe gitan",
    ),
    (
        "Blague du jour : {un} qui paie ses impôts. Voilà, c'est tout, c'est ça la blague 😂",
        "gitan comorien roumain",
    ),
    (
        "Le grand remplacement n'est pas un fantasme : {les} sont envoyés exprès pour nous remplacer.",
        "musulman africain migrant",
    ),
    (
        "franchement les {bare} c tous des profiteurs, jamais vu un seul bosser",
        "comorien afghan gitan",
    ),
    (
        "Je dis pas que {tous} {les} sont des voleurs, mais bizarrement c'est toujours {eux}.",
        "rom roumain algerien",
    ),
    (
        "On leur donne des logements, des allocs, des soins gratuits, et {les} crachent quand même sur la France.",
        "algerien migrant afghan",
    ),
    (
        "Réunion de parents hier soir : la moitié de la classe, ce sont des enfants {de}. Niveau catastrophique, ça se voit tout de suite. Je change ma fille d'école.",
        "africain turc rom",
    ),
    (
        "{Les} de ma boîte ont été embauchés pour les quotas, tout le monde le sait.",
        "noir handi arabe",
    ),
    ("Sérieux, qui voudrait {un} comme voisin ? Levez la main 🙃", "rom gitan afghan"),
    ("{Les} ? Des sauvages, rien d'autre.", "turc afghan tchetchene"),
    ("Renvoyez {les} chez {eux}, {tous}, par charters entiers.", "algerien senegal afghan"),
    ("{Les} ruinent chaque ville où {ils} posent leurs valises.", "rom comorien roumain"),
    ("Un{e} {sg} prof de nos gosses ? Et puis quoi encore.", "trans gay voilee"),
    (
        "Quand t'as {un} dans ton équipe, prépare-toi à faire son boulot à sa place.",
        "femme autiste handi",
    ),
]

_DEROGATION_H = [
    "Une femme au volant, une femme à la mairie, une femme au gouvernement... et après on s'étonne que tout parte en vrille.",
    "Le lobby gay veut transformer nos enfants, ouvrez les yeux.",
    "L'idéologie trans, c'est une secte qui mutile des gosses, et l'école la laisse entrer.",
    "Une femme, ça a sa place à la maison, pas dans un conseil d'administration.",
    "Les handicapés, c'est un gouffre financier : on paie pour des gens qui ne rapporteront jamais rien.",
    "Embaucher une femme de 30 ans ? Autant signer tout de suite pour un congé maternité, merci bien.",
    "Les bisexuels, ça n'existe pas, c'est des vicieux qui veulent tout.",
    "Chaque nouvelle mosquée, c'est un quartier de plus perdu pour la République. Les musulmans avancent et nous, on recule.",
    "Les médias, les banques, Hollywood... comme par hasard toujours les mêmes noms. Réveillez-vous, les Juifs tirent les ficelles.",
    "Petite anecdote du boulot : on a embauché une nouvelle, diplômée, souriante. Et voilée. Trois semaines après, elle réclame une salle de prière. Ces gens-là ne s'intègrent jamais.",
    "Je sors de la préfecture, trois heures de queue au milieu des Africains qui viennent chercher leurs papiers gratos. La France est devenue le guichet du monde entier.",
    "Ma fille m'annonce qu'elle a une copine. Une fille. J'ai rien dit à table, mais pour moi les lesbiennes sont des malades et elle ne remettra pas les pieds ici avec elle.",
    "Vu un reportage sur les Roms qui mendient avec des bébés dans le métro. Comme d'habitude ils se servent de leurs gosses, ce peuple n'a aucune morale.",
    "Mon neveu a un nouveau prof de maths, une personne trans qui a changé de prénom. C'est ça qu'on met devant nos enfants ? Qu'on la vire de l'Éducation nationale.",
    "Le PSG a gagné hier, super match. Mais après, dans ma rue, que des Maghrébins qui cassaient tout. À chaque fois c'est eux. Qu'on les renvoie au bled.",
    "Le Covid, c'est les Chinois qui l'ont fabriqué et lâché exprès, tout le monde le sait.",
    "Les Asiatiques, ça sourit devant toi et ça te poignarde dans le dos.",
    "Les sourds font exprès de ne pas comprendre quand ça les arrange.",
    "Un gay qui entraîne des gamins au foot ? Faut être inconscient pour laisser faire.",
    "les feministes et les femmes en general devraient se taire quand les hommes parlent",
    "C'est pas du racisme, c'est des statistiques : les Noirs sont plus violents, point.",
    "Les Juifs se serrent toujours les coudes pour prendre les meilleures places, c'est dans leur culture.",
]

_DEHUMANISATION_F: list[Frame] = [
    ("{Les} pondent des gosses comme des poules pondent des œufs.", "africain comorien rom"),
    ("{Les} à la plage 🐒🐒🐒 on se croirait au zoo", "noir africain antillais"),
    ("Un camp {de} ? Non, une porcherie.", "rom gitan migrant"),
    ("{Les}, c'est comme les moustiques : tu en chasses un, dix reviennent.", "migrant rom afghan"),
    ("Il y a deux espèces dans ce pays : les humains et {les}.", "arabe juif noir"),
    (
        "Je sors du marché, impossible de circuler, {les} occupent tout le trottoir comme une colonie de fourmis. Ça n'a plus rien d'humain ce quartier.",
        "africain algerien chinois",
    ),
    (
        "Ces gens-là, {les}, c'est une moisissure : ça s'installe dans un coin et ça pourrit tout le mur.",
        "rom juif musulman",
    ),
    (
        "{Les} contaminent tout ce qu'{ils} touchent, faudrait les mettre en quarantaine à vie.",
        "gay chinois rom",
    ),
    (
        "T'as vu le nouveau foyer {de} ? Un nid de cafards en plein centre-ville.",
        "migrant afghan refugie",
    ),
    ("{Les} ne sont pas des gens, c'est une espèce nuisible.", "turc chinois gitan"),
    ("{Les} = nuisibles. Fin du débat.", "arabe tunisien roumain"),
    ("{Les}, des singes en costume, rien de plus.", "noir africain senegal"),
]

_DEHUMANISATION_H = [
    "Une personne trans, c'est pas une femme, c'est une chose.",
    "Les handicapés mentaux, des légumes qu'on maintient en vie pour rien.",
    "les femmes c'est du bétail, ça se choisit et ça se garde à la maison",
    "Les trisomiques, c'est des erreurs de la nature qu'on aurait dû trier avant la naissance.",
    "Les Tchétchènes, c'est des loups, pas des hommes.",
    "Regarde-moi ce troupeau de femmes voilées devant l'école, on dirait des corbeaux.",
    "Les migrants arrivent par bateaux entiers, comme des sacs de poubelle que la mer recrache.",
    "Les Juifs sont une pieuvre dont les tentacules tiennent toute la planète.",
]

_THREAT_F: list[Frame] = [
    ("J'espère qu'un bus rempli {de} finira au fond d'un ravin.", "migrant juif gay"),
    (
        "Si {un} emménage dans mon immeuble, je fous le feu à sa porte, je préviens.",
        "arabe rom gay",
    ),
    (
        "Quelqu'un devrait vraiment s'occuper {des} du squat, et pas avec des mots.",
        "rom migrant roumain",
    ),
    (
        "Un jour, quelqu'un finira par faire le ménage chez {les}, et personne ne pleurera.",
        "rom afghan comorien",
    ),
    (
        "Qu'{ils} crèvent {tous} dans la Méditerranée, {les}, ça en fera moins.",
        "migrant refugie afghan",
    ),
    (
        "Mon fils s'est fait bousculer à la sortie du collège par deux {bare}. La prochaine fois, c'est moi qui les attends, avec mes potes et des barres de fer.",
        "arabe africain comorien",
    ),
    ("Une balle pour chaque {sg}, c'est pas cher payé.", "juif arabe gay"),
    (
        "Franchement, si on rouvrait les camps pour {les}, je signerais tout de suite.",
        "juif rom gay",
    ),
    (
        "Il suffirait de quelques bidons d'essence pour débarrasser la ville {des}.",
        "rom gitan migrant",
    ),
    ("Qui vient avec moi tabasser {les} du parc ce soir ?", "gay afghan roumain"),
    ("À mort {les}.", "juif gay arabe"),
    ("Une corde, un arbre, {un}. Simple.", "noir arabe juif"),
    ("{Les} 🔫🔫🔫 bientôt", "musulman noir trans"),
    ("jvais buter le prochain {sg} ki me parle mal", "arabe noir gay"),
    ("Si ma fille ramène {un} à la maison, je le tue, lui et elle.", "noir arabe juif"),
    ("Il faudrait stériliser {les}, {tous}, pour que ça s'arrête.", "rom handi trisomique"),
    ("Vous allez voir, un jour on vous attrapera un par un, sales {bare}.", "juif arabe turc"),
    (
        "Article sur l'ouverture d'un centre d'accueil pour {bare} à côté de chez moi. Vous inquiétez pas, il brûlera avant l'inauguration, on s'en occupera.",
        "migrant refugie",
    ),
    ("Je souhaite à {tous} {les} de crever dans d'atroces souffrances.", "trans lesb juif"),
    (
        "Faudrait qu'il arrive un accident à {tous} {les} du quartier, genre vraiment.",
        "voilee trans gitan",
    ),
    (
        "Le jour où on aura le pouvoir, {les} seront {tous} fusillés sur la place publique.",
        "juif musulman gay",
    ),
    (
        "Allez, on se motive et on va régler son compte à chaque {sg} qu'on croise dimanche.",
        "tchetchene afghan turc",
    ),
]

_THREAT_H = [
    "Tout le monde devant la mosquée vendredi, on va leur apprendre à vivre, aux musulmans.",
    "Rendez-vous devant le centre LGBT samedi soir, ramenez de quoi cogner.",
    "On sait où habite la famille juive du troisième. Qu'ils fassent attention à leurs gosses.",
    "Le couple de lesbiennes du 12, on a leur adresse. Un petit rappel arrive bientôt 😉",
    "Le Turc de la supérette ferme à 22h. Tout seul. Je dis ça, je dis rien.",
    "La prof lesbienne de mon fils, je vais l'attendre à la sortie et lui refaire le portrait.",
    "Les femmes qui répondent, une bonne gifle et ça se calme.",
    "Conseil municipal hier soir : ils veulent ouvrir un foyer pour réfugiés près de l'école. S'il ouvre, il brûlera. Plusieurs d'entre nous sont prêts.",
    "Dans le tram ce matin, des Tchétchènes hurlaient au téléphone. Qu'on leur colle une bonne raclée et retour à Grozny, en morceaux s'il le faut.",
    "Quelqu'un a l'adresse du mec trans qui fait des vidéos sur TikTok ? On va lui rendre une petite visite.",
    "Ce serait dommage qu'il arrive quelque chose à la nouvelle boucherie halal... vraiment dommage 🔥",
    "si un pd me touche je lui plante mon couteau dans le ventre",
    "Les Noirs qui squattent le hall, ce soir on descend les déloger à coups de batte.",
    "Vivement une bonne guerre civile qu'on règle enfin le problème musulman.",
]

_SLUR = [
    "Ce bougnoule de chef d'équipe croit qu'il va me donner des ordres ?",
    "Encore une fatma qui bloque la caisse avec ses six gosses.",
    "T'as vu le bamboula qui sort avec ta cousine ? Sérieux ?",
    "Le youpin du troisième a encore refusé de prêter sa perceuse, tu m'étonnes.",
    "Y a une bande de crouilles qui fume devant l'école tous les matins.",
    "Ce chintok m'a rendu la monnaie en me regardant de haut.",
    "Sale macaque, tu joues même pas, retourne sur le banc.",
    "Petite soirée tranquille au bar et là, deux tarlouzes se roulent une pelle. Gâché, la soirée.",
    "Ma voisine est une gouine, ça explique pourquoi elle est toujours aigrie.",
    "Mon boss a embauché un triso, on va devoir tout refaire derrière lui.",
    "Un négro au volant d'une Porsche, tu peux être sûr qu'elle est volée.",
    "Encore un travelo qui veut nous apprendre la vie sur les plateaux télé.",
    "Les niakoués du resto d'en bas ouvrent même le dimanche, ils vont finir par racheter la rue.",
    "Le manouche du terrain d'à côté nous a encore piqué du câble.",
    "Match nul hier, et évidemment le bicot en attaque a raté trois occasions.",
    "Qu'est-ce qu'il a à me regarder, ce raton ?",
    "Avec sa voix de tapette, il se prend pour un chanteur.",
    "T'as vu l'arbitre ? Un négro, évidemment qu'il a sifflé contre nous.",
    "Ce gogol a encore raté son bac, quelle surprise.",
    "Mon frère fréquente une négresse, la famille est en deuil.",
    "Un rital qui bosse ? On aura tout vu.",
    "Les polaks du chantier boivent dès 8h du matin.",
    "Bienvenue à la fac de sociologie : gauchistes, gouines et bougnoules.",
    "Ce sale youtre de propriétaire augmente encore le loyer.",
    "La nouvelle collègue, une bridée, parle même pas français correctement.",
    "sale pédale va, t'as même pas les couilles de répondre",
    "On a un boukak comme nouveau voisin, fini la tranquillité.",
    "Ferme ta gueule l'enturbanné, personne t'a demandé ton avis.",
    "Il commente le foot comme une folle hystérique, ce pédé.",
    "Un mongolien dans la classe de mon fils ? Il va ralentir tout le monde.",
]

_SPELLING = [
    "l3s r0ms c t0us d3s v0l3urs",
    "renvoyez les mu-zz chez eux",
    "les @rabes ruinent tout ce qu'ils touchent",
    "les noir$ = singes 🐒",
    "les tr4ns c'est pas d3s fe mmes",
    "les p.d. faut les soigner à coups de poing",
    "pas de g0uines dans mon immeuble",
    "ls migrnts dvraient tous couler",
    "les handicapééés on paye pr eux pour rien",
    "Les Chinoiiiis ont fabriqué le virus exprès",
    "Les Tuurcs = barbares",
    "dehors les j€ws",
    "les fem_mes au fo_yer et bouche cousue",
    "ces af-gh-ans faut l3s renvoyer en avion cargo",
    "tous l3s réfugiés à la m3r",
    "les 4fric4ins c'est d l4 m3rd3",
    "b0ugn0ul3s d3h0rs",
    "n.e.g.r.e.s.s.e va",
    "sal3 youp1n",
    "lé musulman i fon chier partou",
    "lé arab sé tous d voleur",
    "ces aut1stes sont d3s b3t3s",
    "Les Аrаbеs dеhоrs dе Frаnсе",
    "Les m u s u l m a n s = cancer",
    "Les n*irs savent pas bosser",
    "g@y = m@l@die",
    "les l3sbi3nnes faut les c0rriger",
    "les gitanss, tous d3s voleurs de poul3s",
    "les s0urds c des d3biles",
    "Comoriens d3hors d3 Mars3ille",
    "les r0umains = mendiants et voleurs",
    "ces nègres 2 merde",
    "les feujs tjrs à compter leur fric 🤑",
    "mor o pedes",
    "Les JuiFFs ❌❌ d3hors",
    "s@l3 b1c0t",
]

# ---------------------------------------------------------------------------------------
# Not flagged
# ---------------------------------------------------------------------------------------

_NEGATED_F: list[Frame] = [
    (
        "C'est faux de dire que {les} ne travaillent pas, la plupart bossent plus que nous.",
        "rom migrant comorien",
    ),
    (
        "Je ne pense pas que {les} soient plus violent{e}s que les autres, les études disent le contraire.",
        "arabe noir afghan",
    ),
    ("Personne ne devrait haïr {les}, ni qui que ce soit d'ailleurs.", "juif musulman gay"),
    ("Il n'y a aucune raison d'empêcher {les} d'adopter.", "gay lesb trans"),
    (
        "Non, {les} ne « ruinent » pas les quartiers, c'est la pauvreté qui le fait.",
        "rom comorien africain",
    ),
    (
        "Je n'ai jamais dit que {les} devaient rentrer chez {eux}, arrête de déformer mes propos.",
        "algerien turc senegal",
    ),
    (
        "On ne peut pas dire que {les} soient un problème, ce serait idiot et faux.",
        "musulman voilee refugie",
    ),
    (
        "Ce n'est pas parce qu'on est {sg} qu'on est moins capable, c'est absurde.",
        "handi autiste sourd",
    ),
    (
        "Il n'y a pas un seul {sg} dans mon équipe qui ne bosse pas dur.",
        "marocain tunisien senegal",
    ),
    ("Jamais de la vie je ne toucherais à {un} pour ce qu'{il} est.", "gay trans voilee"),
    (
        "Je ne suis pas d'accord avec ceux qui disent que {les} profitent du système.",
        "refugie migrant handi",
    ),
    ("Non, {les} ne sont pas le problème.", "juif arabe migrant"),
    ("Qui a dit que {les} étaient dangereux ? Personne de sensé.", "afghan turc noir"),
    (
        "Je ne souhaite de mal à {aucun} {sg}, même à ceux qui m'ont mal parlé.",
        "arabe juif roumain",
    ),
    (
        "Ça me ferait jamais plaisir de voir {des} se faire agresser, qu'est-ce que tu racontes ?",
        "gay juif rom",
    ),
    ("T'inquiète, personne ici ne pense que {les} sont des sous-hommes.", "noir rom chinois"),
    ("On ne peut pas ne pas admirer le courage {des}.", "refugie trans afghan"),
    (
        "Je refuse qu'on dise que {les} ne devraient pas voter, c'est un droit.",
        "musulman femme handi",
    ),
]

_NEGATED_H = [
    "Il est faux de prétendre que les femmes conduisent moins bien, les assureurs le savent très bien.",
    "Non, être trans n'est pas une maladie mentale, l'OMS l'a retiré de sa liste.",
    "Je refuse de croire que mes voisins comoriens soient des profiteurs, ils bossent de nuit à l'hôpital.",
    "c pas vrai que les gitans volent, arrête avec tes clichés",
    "Aucun enfant ne devrait avoir honte d'avoir deux mamans.",
    "Les Chinois n'ont rien à voir avec le Covid, arrêtez de les accuser.",
    "Je ne dirais jamais à un autiste qu'il est « bizarre », c'est blessant et faux.",
    "Être musulman et français, ce n'est pas incompatible, ça ne l'a jamais été.",
    "Non, les Juifs ne « contrôlent » pas les médias, c'est un vieux mythe antisémite.",
    "Je ne vois vraiment pas ce qu'il y a de mal à être bi.",
    "Mon père n'a jamais levé la main sur personne et ne l'aurait jamais fait pour une question de couleur de peau.",
    "ya aucune honte a etre handicapé, zéro",
]

_COUNTER_F: list[Frame] = [
    (
        "Quelqu'un a tagué « {les} dehors » sur l'abribus de mon quartier, j'ai envoyé une photo à la mairie pour qu'ils l'effacent.",
        "arabe juif migrant",
    ),
    (
        "« {Les} se reproduisent comme des rats » : voilà ce que mon beau-père a sorti à Noël. J'ai quitté la table.",
        "africain rom comorien",
    ),
    (
        "Capture du post qui dit qu'il faut « renvoyer {tous} {les} chez {eux} ». Signalez-le, s'il vous plaît.",
        "turc algerien musulman",
    ),
    (
        "Quand un élu dit qu'{aucun} {sg} ne devrait enseigner, ce n'est pas une opinion, c'est de la discrimination.",
        "gay lesb trans",
    ),
    (
        "Je vois passer « {les} sont tous des voleurs » sous chaque article. Modération, vous dormez ?",
        "rom roumain gitan",
    ),
    (
        "La blague sur {les} à la machine à café n'était pas drôle, et je l'ai dit à mon collègue.",
        "juif noir handi",
    ),
    (
        "Un député a dit que {les} « coûtent trop cher ». Ce genre de phrase a déjà mené au pire.",
        "handi trisomique autiste",
    ),
    (
        "Ma tante répète que {les} « volent nos emplois » ; je lui ai envoyé les chiffres de l'INSEE.",
        "migrant marocain senegal",
    ),
    ("Ta « blague » sur {les} ? Pas drôle, juste raciste.", "arabe asiat chinois"),
    (
        "Écrire « une balle pour chaque {sg} », c'est un appel au meurtre. J'ai porté plainte.",
        "juif arabe noir",
    ),
    (
        "Ceux qui disent que {les} « ruinent les quartiers » n'y ont jamais mis les pieds.",
        "comorien rom algerien",
    ),
]

_COUNTER_H = [
    "Le mec derrière moi au stade a fait des cris de singe au joueur, on l'a signalé aux stewards et il a été sorti.",
    "Mon prof d'histoire nous a montré les affiches des années 40 qui traitaient les Juifs de rats. Ça glace le sang de voir les mêmes mots sur Twitter aujourd'hui.",
    "« Le grand remplacement » est une théorie complotiste raciste, point. Arrêtez de la partager.",
    "J'ai porté plainte contre le voisin qui a écrit « crève sale gouine » sur notre boîte aux lettres.",
    "Le streamer a traité un joueur de « sale bougnoule » en live. Twitch doit le bannir, point.",
    "Des supporters ont chanté « les Juifs au four » dans le RER. La vidéo a été transmise à la police.",
    "Non, dire « les femmes à la cuisine », ce n'est pas de l'humour, c'est du sexisme.",
    "Quand mon grand-père dit « bicot », je lui explique que ce mot a fait du mal à des millions de gens.",
    "Le graffiti « pédés = sida » sur le mur du lycée a enfin été effacé, merci aux agents de la ville.",
    "Les commentaires sous la photo de la joueuse voilée sont immondes. Signalez tout, ne répondez pas.",
    "Il a dit « les trisos devraient être triés avant la naissance ». Je l'ai bloqué, et je vous conseille d'en faire autant.",
]

_NEUTRAL_F: list[Frame] = [
    (
        "Question pour un exposé : depuis quand {les} vivent-ils en France ?",
        "turc marocain senegal",
    ),
    (
        "Quelqu'un connaît une bonne asso qui aide {les} à trouver un logement ?",
        "refugie trans handi",
    ),
    ("Il y a environ combien {de} en France aujourd'hui ?", "juif chinois comorien"),
]

_NEUTRAL_H = [
    "Environ 10 % de la population française se déclare musulmane, selon les dernières enquêtes.",
    "Les Juifs de France célèbrent Yom Kippour ce soir, jour de jeûne et de prière.",
    "La grande vague d'immigration algérienne en France date des années 1950 et 1960.",
    "Le Nouvel An chinois tombe fin janvier cette année.",
    "Le couscous arrive souvent en tête des plats préférés des Français dans les sondages.",
    "Les Roms sont arrivés en Europe au Moyen Âge, depuis le nord de l'Inde.",
    "Le mariage pour tous a été voté en France en 2013.",
    "La langue des signes française est reconnue comme langue à part entière depuis 2005.",
    "Le pèlerinage des Gitans aux Saintes-Maries-de-la-Mer a lieu chaque année fin mai.",
    "Environ 12 millions de personnes en France vivent avec un handicap.",
    "Marseille accueille l'une des plus grandes diasporas comoriennes au monde.",
    "La Journée mondiale de sensibilisation à l'autisme, c'est le 2 avril.",
    "Les femmes ont voté pour la première fois en France en 1945.",
    "La Grande Mosquée de Paris a été inaugurée en 1926.",
    "Le film parle du racisme que subissent les Noirs américains dans les années 60.",
    "Le Ramadan commence cette semaine pour les musulmans de France.",
    "les tirailleurs sénégalais ont combattu pour la France pendant les deux guerres mondiales",
    "Le quartier chinois du 13e arrondissement est surtout peuplé de familles venues d'Asie du Sud-Est.",
    "La communauté arménienne de France commémore le génocide chaque 24 avril.",
    "L'Aïd el-Kébir tombe un mardi cette année, d'après le calendrier.",
    "Mon mémoire porte sur l'histoire des Antillais venus en métropole avec le BUMIDOM.",
    "Selon le rapport, les personnes trans ont plus de mal à trouver un logement.",
]

_POSITIVE_F: list[Frame] = [
    (
        "J'adore {les} de mon immeuble, {ils} m'ont sauvé la mise pendant le confinement.",
        "musulman turc comorien",
    ),
    ("Gros amour {aux} qui me lisent, vous êtes magnifiques 💖", "trans lesb bi"),
    (
        "{Les} ont construit ce pays autant que n'importe qui, il faut le dire haut et fort.",
        "algerien marocain senegal",
    ),
    ("Vive {les} ! Sans {eux}, ma ville serait triste à mourir.", "comorien senegal antillais"),
]

_POSITIVE_H = [
    "Fier d'être gay et putain que ça fait du bien de le dire 🏳️‍🌈",
    "Les femmes algériennes sont les personnes les plus fortes que je connaisse.",
    "Les mamans comoriennes de mon quartier sont de vraies guerrières.",
    "Je suis lesbienne, je suis heureuse, et ma famille m'aime. Voilà.",
    "Ma meilleure amie est voilée et c'est la meuf la plus drôle de la terre.",
    "Mon frère est trisomique et c'est lui le plus heureux de la famille, il nous apprend tout.",
    "Fière d'être noire, fière de mes cheveux, fière de mes racines ✊🏾",
    "Mes collègues sourds sont les plus efficaces de l'équipe, et de loin.",
    "J'ai pleuré de joie au mariage de mes deux potes gays, c'était magnifique.",
    "Je suis musulman, je suis français, et j'aime mon pays. Aucune contradiction.",
    "Grandir avec des voisins juifs m'a appris ce que veut dire le mot famille.",
    "Ma mamie rom fait les meilleurs beignets du monde, point final.",
    "Les Afghanes qui continuent d'étudier en cachette sont mes héroïnes.",
    "J'aime profondément mes voisins musulmans, ils sont là à chaque coup dur.",
    "je suis bi et j'en ai marre de me cacher, alors voilà : je suis bi et fière",
    "Mon fils est autiste et c'est le gamin le plus génial de la Terre, je suis raide dingue de lui.",
    "Les femmes trans que je connais sont d'un courage qui me met à genoux.",
    "Vive les Antillais, vive le zouk, vive les accras ! 🇬🇵",
    "Mon coloc tunisien cuisine comme un dieu, je l'adore.",
    "Les réfugiés syriens de notre village ont ouvert une boulangerie, et c'est la meilleure du coin.",
    "Trop fiers de notre équipe de cécifoot, ils ont tout déchiré en finale !",
    "Grosse admiration pour les Roumaines qui tiennent le marché de nuit, jamais une plainte.",
]

_NON_PROTECTED = [
    "Les trottinettes électriques ruinent chaque quartier où elles débarquent.",
    "Aucun arbitre de Ligue 1 ne devrait avoir le droit de siffler un match important.",
    "Renvoyez-les tous chez eux, ces touristes qui bloquent ma rue avec leurs valises 😤",
    "Les pigeons de la gare pondent comme des machines, on en est envahis.",
    "On sait où habite le proprio qui refuse de rendre la caution : on lui envoie un huissier lundi.",
    "J'espère que ce fichu radar finira au fond d'un ravin.",
    "Si un moustique rentre encore dans ma chambre, je fous le feu à la maison 😂",
    "Qu'ils crèvent tous, ces moustiques tigres.",
    "Quelqu'un devrait vraiment s'occuper de ce nid de frelons, et pas avec des mots doux.",
    "Les chauffards du périph, faudrait leur retirer le permis à vie.",
    "Les hipsters du 11e ruinent chaque café où ils mettent les pieds avec leurs lattes à 7 balles.",
    "Aucun promoteur immobilier ne devrait avoir le droit de toucher à ce parc.",
    "Les influenceurs à Dubaï, des parasites, rien de plus.",
    "Les cafards de l'immeuble se reproduisent plus vite qu'on ne les tue.",
    "Tous des assistés, les dirigeants de ce club, ils vivent des droits télé.",
    "Une balle pour chaque pop-up de cookies, c'est pas cher payé 😤",
    "Il suffirait d'un bon lance-flammes pour débarrasser le jardin des ronces.",
    "À mort le lundi.",
    "Je souhaite à tous les spammeurs de crever d'ennui.",
    "Les ministres ne travaillent pas, ils vivent de nos impôts et ça les fait rire.",
    "Les gens qui mettent de l'ananas sur la pizza devraient être déchus de leur nationalité 🍍",
    "Ces trolls de la section commentaires, faudrait tous les bannir à vie.",
    "Les guêpes à la terrasse 🔫🔫 bientôt",
    "Saloperie de virus, crève enfin, ça fait dix jours que je tousse.",
    "Les mouettes de Saint-Malo sont des voleuses professionnelles, elles m'ont piqué ma crêpe.",
    "Les lobbys du pétrole tirent les ficelles, réveillez-vous.",
    "Un jour, quelqu'un finira par faire le ménage dans cette administration, et personne ne pleurera.",
    "Les punaises de lit, une espèce nuisible. Fin du débat.",
    "Qui vient avec moi dézinguer des zombies ce soir ? 🧟",
    "Les patrons du CAC 40 ? Des vampires, rien d'autre.",
    "Quand t'as un stagiaire dans ton équipe, prépare-toi à refaire tout son boulot 😅",
    "Les supporters adverses ? Des sauvages, rien d'autre, ils ont arraché tous les sièges.",
    "Il faudrait interdire les souffleuses à feuilles, toutes, pour que ça s'arrête.",
    "Les sangliers saccagent encore les jardins du village, faut les chasser.",
    "Les chaînes d'info en continu ruinent le cerveau de mon père.",
    "Les antivax du groupe Facebook de la famille, je ne les supporte plus.",
]

_ABUSE = [
    "T'es qu'un pauvre type aigri derrière ton écran.",
    "Mon chef ? Un gros lâche qui se cache derrière ses mails.",
    "Ta gueule Kevin, personne t'a sonné.",
    "Espèce de radin, t'as même pas payé ta part du resto.",
    "Le livreur de ce matin est un abruti, il a laissé mon colis sous la pluie.",
    "T'as vraiment un cerveau de moineau, toi.",
    "Julien, t'es le pire coloc de l'histoire, tu laisses tout traîner.",
    "Sérieux t'es une plaie, arrête de m'écrire à 3h du mat.",
    "Dégage de ma vue, sale hypocrite.",
    "Mais quelle tête de mule, il ne veut jamais admettre qu'il a tort.",
    "Ton mec est un gros mytho, je te le dis.",
    "Crétin, t'as encore oublié mon anniversaire.",
    "T'es une vraie langue de vipère, Sandra.",
    "Le voisin du 4e est un connard de première, il tond sa pelouse à 7h le dimanche.",
    "t'es grave nul en maths mdr retourne en CP",
    "Espèce de faux-cul, tu m'as balancé au prof.",
    "Tu me dégoûtes, tu m'as menti pendant deux ans.",
    "T'es qu'un gamin capricieux de 40 ans.",
    "Ce streamer est un gros rageux qui insulte ses viewers.",
    "Arrête de chialer, t'es pathétique.",
    "Pauvre nul, t'as perdu ton permis en une semaine.",
    "Tu pues de la gueule, sérieux, achète du chewing-gum.",
    "Mon ex ? Une manipulatrice de compétition.",
    "T'es qu'une grosse larve, tu passes tes journées sur le canapé.",
    "Ce mec au volant de la Clio est un danger public, quel débile.",
    "T'es un boulet, t'as encore fait perdre l'équipe au quiz.",
]

_PROFANITY = [
    "Putain, j'ai enfin trouvé un appart !!!",
    "Merde, le lait a tourné.",
    "Bordel, quelle vue depuis la terrasse.",
    "Oh putain le plot twist de fou à la fin 😱",
    "Chier, j'ai oublié mon badge.",
    "Nom de Dieu qu'il fait froid ce matin.",
    "Putain de merde, le chat a vomi sur le canapé.",
    "Fait chier, plus de batterie.",
    "Bordel de Dieu, ce burger est énorme.",
    "La vache, t'as vu la taille de cette pizza ?",
    "C'est la merde, y a grève demain.",
    "Putain ça fait du bien, les vacances 🌴",
    "merde jsuis encore en retard",
    "Oh fuck, j'ai cassé mon écran.",
    "Bordel, il est déjà minuit ?",
    "Putain, cette chanson me file des frissons.",
    "Et merde, la pâte à crêpes a des grumeaux.",
    "Putain de réveil, je l'ai pas entendu.",
    "Putain, ça caille ce matin.",
    "Quel bordel, ce déménagement, j'en peux plus.",
]

_RECLAIMED = [
    "Les gouines à vélo, on arrive ! Rendez-vous place de la République 🚲",
    "Ma bande de pédés préférée m'a organisé un anniversaire surprise 🥹",
    "On est des tapettes et on chante faux, c'est tout notre charme.",
    "Vieille gouine de 60 ans et toujours amoureuse, la vie est belle.",
    "Le collectif Pédés Solidaires distribue des repas dimanche.",
    "Moi, la folle du quartier ? Oui chéri, et j'en suis fière.",
    "Entre négros on se comprend, frérot, pas besoin d'expliquer.",
    "Nos grands-mères gouines ont ouvert la voie, merci à elles.",
    "Soirée karaoké pédé ce jeudi, Dalida obligatoire 💃",
    "La tapette de service t'a gardé une part de gâteau 😘",
    "Pédé un jour, pédé toujours, et heureux 🏳️‍🌈",
    "On s'appelle « les gouines du dimanche » dans notre club de randonnée, c'est notre nom officiel.",
]


def _build() -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _DEROGATION_F)
    rows += _rows("derogation", True, _DEROGATION_H)
    rows += _fill("dehumanisation", True, _DEHUMANISATION_F)
    rows += _rows("dehumanisation", True, _DEHUMANISATION_H)
    rows += _fill("threat", True, _THREAT_F)
    rows += _rows("threat", True, _THREAT_H)
    rows += _rows("slur", True, _SLUR)
    rows += _rows("spelling_variation", True, _SPELLING)
    rows += _fill("negated_hate", False, _NEGATED_F)
    rows += _rows("negated_hate", False, _NEGATED_H)
    rows += _fill("counter_speech", False, _COUNTER_F)
    rows += _rows("counter_speech", False, _COUNTER_H)
    rows += _fill("identity_neutral", False, _NEUTRAL_F)
    rows += _rows("identity_neutral", False, _NEUTRAL_H)
    rows += _fill("identity_positive", False, _POSITIVE_F)
    rows += _rows("identity_positive", False, _POSITIVE_H)
    rows += _rows("non_protected_target", False, _NON_PROTECTED)
    rows += _rows("abuse_individual", False, _ABUSE)
    rows += _rows("nonabusive_profanity", False, _PROFANITY)
    rows += _rows("reclaimed_slur", False, _RECLAIMED)
    return rows


FUNCTIONAL_HELDOUT3: list[tuple[str, bool, str]] = _build()


def _kind(kind: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(kind, t) for t in texts]


EVERYDAY_HELDOUT3: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Je te rejoins au Franprix, je prends les bières.",
            "On se capte au point de rendez-vous du festival, près de la grande roue.",
            "Je décolle, bonne soirée les gens !",
            "Je t'attends sur le parking du Leclerc, voiture grise, je klaxonne pas.",
            "ok je te retrouve à la sortie 4 de Châtelet, t'inquiète je te trouverai",
            "Je serai dans le dernier wagon du RER A, viens me chercher à Nation.",
            "Bon, je file, le dernier métro ne m'attendra pas. À demain au taf !",
            "On fait un call vers 18h pour caler le week-end ?",
            "Je passe te chercher chez ta mère après le dîner, sois prête vers 21h.",
            "see you demain à la salle, 7h pétantes 💪",
            "Je te laisse, ma pause est finie. On se reparle ce soir.",
            "Je te chope à la gare routière, le bus arrive à 14h10.",
            "Allez, on se quitte là, bisous à la petite !",
            "Rdv devant la boulangerie à 8h, je ramène les croissants.",
            "Je te retrouverai au fond de la salle, comme d'hab.",
            "Tu descends à quel arrêt ? Je viens te récupérer en scooter.",
            "Merci pour l'aprèm, c'était top, on remet ça vite !",
            "On se dit à dans deux semaines pour le mariage de Léa, j'ai hâte.",
            "je sors du boulot, je suis chez toi dans 20 min max",
            "Je te guette à l'entrée du stade, j'ai ton billet.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Quelqu'un a vu mes écouteurs ? Je crois que je les ai oubliés dans le tram.",
            "J'ai fait une tarte aux pommes, qui en veut ?",
            "c'est trop cringe ce qu'il a posté mdr",
            "Il neige à Lyon, les enfants sont en folie ❄️",
            "Mon fils veut un lapin pour Noël, j'ai dit on verra.",
            "Tu regardes quoi en ce moment ? J'ai fini toutes mes séries.",
            "J'ai croisé notre prof de philo de terminale au marché, il n'a pas changé !",
            "T'as le numéro du plombier dont tu m'avais parlé ?",
            "Le nouveau voisin a un chien trop mignon, un corgi.",
            "jsuis down pour un resto jeudi si vous êtes chauds",
            "La réunion a duré trois heures pour rien, je suis vidé.",
            "Ma plante a enfin fait une nouvelle feuille, je suis une maman fière 🌱",
            "Tu crois qu'il va pleuvoir demain pour la rando ?",
            "J'ai relu nos vieux messages de 2015, on était ridicules 😂",
            "Ça te dit un ciné dimanche ? Y a le nouveau Pixar.",
            "Ma grand-mère a 90 ans aujourd'hui, elle a dansé toute la soirée.",
            "J'ai trouvé un vieux Tamagotchi dans un carton, il marche encore.",
            "On a enfin reçu le canapé, trois mois d'attente mais il est parfait.",
            "le wifi du train est aux fraises, je t'appelle en arrivant",
            "Devine qui vient d'avoir son code ? Moi !!!",
        ],
    ),
    *_kind(
        "support",
        [
            "Bonjour, mon abonnement a été renouvelé alors que je l'avais résilié en mars.",
            "Le lien de suivi de mon colis indique « livré » mais je n'ai rien reçu.",
            "Bonjour, j'aimerais savoir si ce modèle existe en taille 44.",
            "Je n'arrive pas à ajouter ma carte bancaire sur l'appli, erreur 502.",
            "Bonjour, mon compteur Linky affiche une consommation bizarre depuis lundi.",
            "hello, le chatbot me renvoie toujours vers la même page, je peux parler à un humain ?",
            "Mon vol a été annulé, comment obtenir le remboursement ou un autre billet ?",
            "Bonjour, j'ai reçu deux fois le même article, je vous en renvoie un ?",
            "La mise à jour de la box a supprimé tous mes enregistrements, c'est normal ?",
            "Pouvez-vous me confirmer que ma réservation pour samedi 20h est bien prise en compte ?",
            "Bonjour, mon code de parrainage n'a pas été crédité.",
            "Le frigo livré hier fait un bruit de moteur très fort, est-ce normal ?",
            "Je souhaite modifier le nom sur ma facture, il y a une faute d'orthographe.",
            "Bonjour, le service client ne répond pas au téléphone depuis trois jours.",
            "Est-ce que je peux payer en trois fois sans frais ?",
            "La carte SIM reçue ne s'active pas, le code PUK est refusé.",
            "Bonjour, pouvez-vous supprimer mon compte et mes données, svp ?",
            "Mon remboursement de mutuelle n'apparaît pas, il date du 3 du mois.",
            "Hello, le site s'affiche en anglais chez moi, comment on switch en français ?",
            "Merci beaucoup Sophie pour votre aide au téléphone, tout est rentré dans l'ordre.",
        ],
    ),
    *_kind(
        "review",
        [
            "Bistrot sympa, tartare au couteau excellent, service un peu lent le midi.",
            "Ce robot aspirateur se coince sous le canapé, mais il fait le job.",
            "Vélo électrique génial, je vais bosser sans transpirer.",
            "Le plat était froid et le serveur nous a ignorés, une étoile.",
            "Enceinte bluetooth compacte, un son de malade pour le prix 🔊",
            "La série démarre fort mais la saison 2 s'essouffle.",
            "Chambre d'hôtes charmante, propriétaires adorables, confiture maison au petit-déj.",
            "Le parfum tient toute la journée, j'adore.",
            "Livré en retard mais bien emballé, rien de cassé.",
            "Les ramens sont bons mais le bouillon manque un peu de goût.",
            "Jeu vidéo magnifique, histoire touchante, 40 heures de bonheur.",
            "Le coiffeur m'a raté ma frange, je ne reviendrai pas.",
            "Escape game hyper bien fait, on est sortis à 2 minutes de la fin !",
            "Ce t-shirt a rétréci au premier lavage, dommage.",
            "Le food truck de tacos du marché est une tuerie, foncez.",
            "Clavier mécanique agréable, mais trop bruyant pour l'open space.",
            "Le musée est petit mais l'expo temporaire vaut le détour.",
            "Appli de banque claire et rapide, enfin !",
            "Pizza napolitaine top, la pâte est légère, le tiramisu aussi.",
            "Spa relaxant mais le hammam était en panne, réduction proposée, c'est honnête.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "On les a explosés 5-0 en futsal, quelle raclée 😎",
            "Clutch en 1v3, je les ai tous eus au pistolet !",
            "Le Stade Toulousain a massacré le Racing, rien à dire.",
            "ce noob a campé toute la game, je l'ai fumé au couteau",
            "Le boss de la zone 4 me défonce à chaque fois, des tips ?",
            "On s'est fait laminer en demi-finale, mais on reviendra plus forts.",
            "Ma team a rasé leur base en 12 minutes, gg wp",
            "Le gardien a sorti un arrêt de fou, il a tué tout suspense.",
            "Griezmann les a crucifiés à la 90e !",
            "Je me suis fait sniper dès le spawn, trop la haine 😤",
            "Objectif ce soir : écraser l'équipe du bureau d'à côté au bowling.",
            "Elle l'a achevé au tie-break, match énorme.",
            "On a poutré les Bordelais au tournoi de hand.",
            "Double kill avec une grenade, j'y croyais pas.",
            "Notre meneur a tué le match à trois points, quelle adresse.",
            "Ils nous ont démolis en mêlée, l'avant-saison va être longue.",
            "J'ai farmé toute la nuit, mon perso est une machine de guerre maintenant.",
            "Le cycliste a flingué tout le peloton dans le dernier kilomètre.",
            "Qui veut se faire détruire à Mario Kart ce soir ? 🏎️",
            "On a perdu 3-2 mais on leur a fait mal jusqu'au bout.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Il faut tuer tous les onglets Chrome, mon PC rame.",
            "Cette prof m'a tué avec ses devoirs pour lundi.",
            "Ta tarte au citron est une bombe, sérieux.",
            "Je me suis fait allumer par mon boss pour un mail oublié, la journée commence bien.",
            "Ce dossier, je vais le tuer avant vendredi, promis.",
            "Il a descendu une bouteille de rouge à lui tout seul 🍷",
            "J'ai massacré ma coupe de cheveux en voulant la faire moi-même 😅",
            "On tire les rois ce soir chez mamie !",
            "Ce rhume m'a achevée, je reste sous la couette.",
            "La pub a flingué le suspense du film, dommage.",
            "On va casser les prix pour les soldes, c'est du jamais vu.",
            "Le stand-up d'hier soir : mort de rire du début à la fin.",
            "Attention, cette sauce piquante est une arme de destruction massive 🌶️",
            "Il faut exécuter la requête en prod avant minuit.",
            "Cette montée m'a tué les mollets.",
            "Elle a crevé l'écran dans ce film, quelle actrice.",
            "Je suis crevé, je vais m'écrouler direct.",
            "On a explosé le budget, il ne reste plus rien pour la déco.",
            "Sa robe a fait un carnage à la soirée, tout le monde en parlait.",
            "Kill le pod et redéploie, le cluster est bloqué.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Ramadan Moubarak à toute l'équipe qui jeûne, on décale la réunion après la rupture du jeûne 🌙",
            "Shana Tova à mes voisins juifs !",
            "Ma tante et sa femme fêtent leurs 20 ans d'amour ce week-end ❤️",
            "Première Pride pour ma fille, elle était trop heureuse 🏳️‍🌈",
            "Le collègue malentendant nous a appris à dire bonjour en LSF.",
            "Bonne fête de Pessah à tous ceux qui la célèbrent.",
            "La famille tamoule d'à côté nous a invités pour Pongal, trop gentils.",
            "Mon pote en fauteuil a fait le saut en parachute, respect total.",
            "Merci à la mosquée du quartier pour les repas de la maraude.",
            "Joyeux Noël orthodoxe à mes collègues serbes et ukrainiens 🎄",
            "Ma voisine kabyle m'a appris à faire du couscous aux légumes, un régal.",
            "Le club de foot a une section pour les jeunes autistes, génial.",
            "Félicitations à Yasmine pour son élection, première maire voilée de la commune voisine.",
            "La chorale gospel de l'église antillaise était magnifique ce dimanche.",
            "Fier de ma pote trans qui vient d'obtenir son changement d'état civil 🎉",
            "Joyeux Holi à la communauté indienne de Paris !",
            "Mon grand-père était tirailleur sénégalais, je suis tellement fier de lui.",
            "Les mamies du club de tricot tricotent pour les bébés réfugiés, trop mignon.",
            "Bon Vesak aux bouddhistes de la pagode de Vincennes 🙏",
            "Deux papas au goûter de l'école, et les enfants s'en fichent complètement, c'est beau.",
        ],
    ),
    *_kind(
        "comments",
        [
            "L'article oublie de mentionner le coût réel du projet pour les contribuables.",
            "Je ne suis pas convaincu par cette réforme du bac, trop de changements d'un coup.",
            "Merci pour le thread, super clair.",
            "Votre graphique commence à 40 au lieu de 0, c'est trompeur.",
            "Le maire pourrait au moins consulter les commerçants avant de piétonniser.",
            "Point de vue intéressant, même si je ne suis pas d'accord sur la conclusion.",
            "Est-ce qu'il y aura une suite à l'enquête ?",
            "honnêtement cette appli de covoiturage est bien mieux qu'avant",
            "Le journaliste aurait dû demander des chiffres précis au ministre.",
            "C'est un bon début, mais le budget alloué reste ridicule.",
            "J'ai trouvé l'interview un peu complaisante.",
            "Pourquoi ne pas parler aussi des zones rurales ? On est toujours oubliés.",
            "Très bon article, je l'ai partagé à mes élèves.",
            "Le titre ne reflète pas vraiment le contenu, dommage.",
            "Ce plan vélo est une bonne idée mais les pistes s'arrêtent n'importe où.",
            "Je trouve l'argument économique faible, il manque des sources.",
            "Bravo pour ce reportage sur les urgences, c'était nécessaire.",
            "Débat intéressant, mais chacun est resté sur ses positions.",
            "typo dans le chapô : « éléction » au lieu de « élection »",
            "L'idée de la gratuité des transports mérite vraiment d'être étudiée.",
        ],
    ),
]
