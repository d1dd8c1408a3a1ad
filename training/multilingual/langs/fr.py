"""French (fr): functional hate-speech cases and everyday messages, written for
this project in French. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's.

Frames are filled with groups that carry the inflected forms a frame needs: the plural noun
with its article or contracted preposition (les / des / aux), a singular noun for frames about
one member, and the gender used for agreement of adjectives, pronouns and "tous/toutes".
Hand-written rows cover slurs, obfuscated spellings, non-protected targets, insults against
one person, profanity and reclaimed in-group use.
"""

from __future__ import annotations

from typing import Any


def _group(bare: str, sg: str, fem: bool = False) -> dict[str, Any]:
    """Plural noun without article, singular noun, and feminine agreement or not."""
    return {
        "bare": bare,
        "les": "les " + bare,
        "Les": "Les " + bare,
        "des": "des " + bare,
        "aux": "aux " + bare,
        "sg": sg,
        "un": ("une " if fem else "un ") + sg,
        "le_premier": "la première" if fem else "le premier",
        "premiers": "les premières" if fem else "les premiers",
        "e": "e" if fem else "",
        "xs": "ses" if fem else "x",
        "ils": "elles" if fem else "ils",
        "Ils": "Elles" if fem else "Ils",
        "eux": "elles" if fem else "eux",
        "tous": "toutes" if fem else "tous",
    }


_TRAIN_GROUPS = [
    _group("Arabes", "Arabe"),
    _group("Noirs", "Noir"),
    _group("Juifs", "Juif"),
    _group("musulmans", "musulman"),
    _group("Roms", "Rom"),
    _group("femmes", "femme", fem=True),
    _group("homosexuels", "homosexuel"),
    _group("personnes trans", "personne trans", fem=True),
    _group("handicapés", "handicapé"),
    _group("migrants", "migrant"),
    _group("Asiatiques", "Asiatique"),
    _group("Maghrébins", "Maghrébin"),
]

# Ten of twelve differ from the train groups; only Juifs and musulmans recur.
_HELDOUT_GROUPS = [
    _group("Africains", "Africain"),
    _group("Chinois", "Chinois"),
    _group("lesbiennes", "lesbienne", fem=True),
    _group("Algériens", "Algérien"),
    _group("réfugiés", "réfugié"),
    _group("femmes voilées", "femme voilée", fem=True),
    _group("autistes", "autiste"),
    _group("gens du voyage", "voyageur"),
    _group("Turcs", "Turc"),
    _group("bisexuels", "bisexuel"),
    _group("Juifs", "Juif"),
    _group("musulmans", "musulman"),
]


def _fill(
    name: str,
    flag: bool,
    frames: list[str],
    groups: list[dict[str, Any]],
    per_frame: int,
    offset: int = 0,
) -> list[tuple[str, bool, str]]:
    """Each frame with `per_frame` groups, rotating through the group list."""
    rows: list[tuple[str, bool, str]] = []
    n = len(groups)
    for i, frame in enumerate(frames):
        for j in range(per_frame):
            g = groups[(i * per_frame + j + offset) % n]
            rows.append((name, flag, frame.format(**g)))
    return rows


def _rows(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# ---------------------------------------------------------------------------------------
# Train frames
# ---------------------------------------------------------------------------------------

_TR_DEROGATION = [
    "Je déteste {les}, {ils} me dégoûtent.",
    "{Les} sont vraiment répugnant{e}s.",
    "franchement {les} c'est la honte de ce pays",
    "J'ai la haine contre {les}, {ils} pourrissent tout ce qu'{ils} touchent.",
    "Je supporte plus {les}, {ils} sont insupportables et arrogant{e}s.",
    "{Les} sont inférieur{e}s, c'est comme ça, la science l'a prouvé.",
    "{Les} me font gerber sérieux 🤮",
    "Les pires gens du monde, ce sont {les}, et personne n'ose le dire.",
    "jpp {des}, tous les problemes du quartier viennent d'{eux}",
    "Il n'y a rien de plus hypocrite et de plus sournois que {les}.",
]

_TR_DEHUMANISATION = [
    "{Les} sont des rats, rien de plus.",
    "{Les} c'est de la vermine.",
    "{Les} se reproduisent comme des lapins et bientôt on sera plus chez nous.",
    "{Les} sont une maladie qui ronge ce pays.",
    "{Les} vivent comme des porcs dans leur crasse.",
    "Ces parasites, {les}, sucent le sang de la France depuis des années.",
    "{Les} sont des déchets, faut les mettre à la benne.",
    "{Les}, c'est pas des humains, c'est des bêtes.",
]

_TR_THREAT = [
    "Il faudrait buter {tous} {les}.",
    "Mort {aux} !",
    "On devrait mettre {les} dans des camps et en finir une bonne fois pour toutes.",
    "Je vais défoncer {le_premier} {sg} que je croise ce soir.",
    "Faut sortir les fusils et nettoyer le pays {des}.",
    "si je croise {des} dans ma rue je les plante, je rigole pas",
    "{Les} méritent une balle dans la tête.",
    "Un jour on brûlera {les} comme {ils} le méritent.",
    "Rassemblement samedi, on va aller s'occuper {des}, ramenez des battes.",
]

_TR_NEGATED = [
    "{Les} ne sont pas dégoûtant{e}s.",
    "Je ne ferais jamais de mal {aux}.",
    "Je n'ai absolument rien contre {les}.",
    "Non, {les} ne sont pas une menace pour la France.",
    "Je ne pense pas du tout que {les} soient inférieur{e}s.",
    "je ne hais pas {les}, au contraire",
    "{Les} ne sont pas des parasites, arrête avec ça.",
    "Jamais je ne souhaiterais la mort {des}, ni de personne d'ailleurs.",
]

_TR_COUNTER = [
    "Dire que {les} sont des rats, c'est de la haine pure et simple.",
    "J'ai entendu un type crier « mort {aux} » dans le métro, j'ai appelé la police.",
    "Arrêtez de traiter {les} de vermine, c'est honteux.",
    "Le tweet qui disait que {les} sont inférieur{e}s a été supprimé, et tant mieux.",
    "Quand tu écris que {les} sont une maladie, tu répètes la propagande des années 30.",
    "Mon oncle a encore dit au repas qu'il déteste {les}, je lui ai dit que c'était inacceptable.",
    "« Il faut buter {tous} {les} » : ce genre de message doit être signalé, pas liké.",
    "Non mais tu te rends compte que traiter {les} de déchets c'est grave ?",
]

_TR_NEUTRAL = [
    "Le reportage sur {les} passe ce soir sur Arte.",
    "Ma collègue fait une thèse sur l'histoire {des} en France.",
    "Dans mon immeuble, il y a aussi {des}.",
    "On a regardé un documentaire sur {les} hier soir.",
    "Le sondage porte sur les conditions de vie {des} en Île-de-France.",
    "j'ai lu un article sur {les} ce matin dans le train",
    "La conférence de jeudi parlera de la place {des} dans le monde du travail.",
    "Le prof nous a demandé un exposé sur {les} pour lundi.",
    "Il y a une exposition photo sur {les} à la médiathèque jusqu'en mars.",
]

_TR_POSITIVE = [
    "{Les} apportent énormément à notre société.",
    "{Les} sont des gens formidables, comme tout le monde.",
    "Respect total {aux}, {ils} ont traversé tellement de choses.",
    "Vive la diversité, {les} ont toute leur place ici ❤️",
    "big up {aux} qui se battent tous les jours pour leurs droits",
    "{Les} font partie de l'histoire de ce pays et c'est une richesse.",
    "Merci {aux} de mon quartier pour leur accueil et leur gentillesse.",
    "J'admire le courage {des}, franchement chapeau.",
    "Je suis fier de défendre {les} au quotidien dans mon association.",
]

_TR_SLUR = [
    "Sale bougnoule, rentre chez toi.",
    "Encore un bougnoule qui traîne devant la gare à rien foutre.",
    "Les bougnoules ont pourri tout le quartier.",
    "Ferme ta gueule sale négro.",
    "Y a trop de négros dans ce wagon, ça pue.",
    "Ce youpin compte encore ses billets, typique.",
    "Les youpins tiennent les banques et les médias.",
    "Espèce de pédé, dégage de mon bar.",
    "Les pédés devraient rester cachés chez eux.",
    "Regarde ce travelo, c'est immonde.",
    "Les bridés mangent des chiens et ramènent leurs virus.",
    "ce mongol bave partout, qu'on l'enferme",
    "Les tarlouzes à la Pride me donnent envie de vomir.",
    "T'es qu'une tapette, tu cours comme une fille.",
    "Sale nègre, retourne dans ta brousse.",
    "Les romanos volent tout ce qui traîne.",
    "Elle l'ouvre encore, cette salope, les femmes devraient se taire.",
    "Toutes des putes, les meufs qui sortent le soir.",
    "Encore un bougnoule qui se croit tout permis, ça reste de la racaille.",
    "wesh le négro, ici c'est pas ton pays",
    "Les travelos n'ont rien à faire dans les toilettes des femmes.",
    "Y a un youpin qui a ouvert une boutique en bas, ça va être l'arnaque.",
    "Sale bridé, apprends à parler français.",
    "Mon fils ne jouera pas avec des mongols à l'école.",
    "Putain de pédé, il m'a regardé, je vais le dérouiller.",
    "Ces bougnoules et leurs mosquées, on en veut pas.",
    "Encore une tapette qui se plaint d'homophobie.",
    "Les négros ne savent que foutre le bordel.",
    "Un youpin reste un youpin, même converti.",
    "Tu marches comme un travelo, c'est gênant.",
    "La prof est une sale gouinasse frustrée.",
    "Retourne à ta roulotte, sale romano.",
    "Ce connard de bridé m'a doublé dans la file.",
    "Tous ces pédés devraient être soignés.",
    "Encore une salope qui croit qu'elle mérite le même salaire qu'un homme.",
    "Ta sœur sort avec un négro ? Quelle honte pour ta famille.",
    "Les mongols coûtent une fortune à la Sécu pour rien.",
    "Ces tarlouzes veulent adopter des enfants, non mais on rêve.",
    "Un bougnoule de plus au chômage, la France paie.",
    "Regardez-moi ce troupeau de youpins devant la synagogue.",
]

_TR_SPELLING = [
    "Les Ar@bes sont des r@ts.",
    "sale b0ugn0ule rentre chez toi",
    "les j u i f s dehors",
    "Les musulmanns sont tous des terroristes.",
    "mort aux j-u-i-f-s",
    "les fem mes sont inférieures aux hommes",
    "les h0m0s sont dégueulasses",
    "Les N0irs c'est de la v3rmine.",
    "Sale p3d3, dégage.",
    "Les R0ms volent tout, faut les virer.",
    "ces mi-grants sont des parasites",
    "Les trannnns sont des malades mentaux.",
    "n3gr0 de merde",
    "Les handicap3s sont un poids, faut les éliminer.",
    "Les mu$ulmans m3ritent la mort.",
    "Les Ar4bes c'est tous des voleurs.",
    "Je dét3ste les Juiffs.",
    "les muzz c'est le cancer de la france",
    "Y0upin de merde",
    "Les bou gnoules dehors !",
    "Les f€mmes c'est fait pour la cuisine.",
    "Les tr@v3los devraient être enfermés.",
    "les mi.grants = vermine",
    "B.r.i.d.é.s de m.e.r.d.e",
    "Les hom0sexu3ls me d3goutent.",
    "m0rt aux muslims",
    "Les R.o.m.s sont des animaux.",
    "faut cramer les mosqu3es et les bougn0les avec",
    "Les Noirrrs sont des singes.",
    "Les Jvifs contrôlent tout.",
    "Les tarl0uzes à la Pride, à gerber.",
    "Les Maghr3bins c'est que des dealers.",
    "Les Asiatikes sont tous des fourbes.",
    "sal p*d3",
    "Les négr0s puent.",
    "Il faut buter les pé-dés.",
    "les handikapés c des légumes",
    "Les Arrrabes dehors de chez nous.",
    "Les m1grants faut les noyer en mer.",
    "Les femmmes ne devraient pas voter.",
]

_TR_NON_PROTECTED = [
    "Je déteste les moustiques, ils me dégoûtent.",
    "Les lundis sont vraiment répugnants.",
    "Les embouteillages sur le périph, c'est de la vermine.",
    "Mort aux spams !",
    "Il faudrait buter tous les moustiques de la maison.",
    "Les arbitres de ce match sont une honte, ils méritent d'être virés.",
    "Les pigeons de la place sont des rats volants.",
    "J'ai la haine contre les travaux dans ma rue, ils pourrissent tout.",
    "La réforme des retraites est une maladie pour ce pays.",
    "Je supporte plus les pubs sur YouTube, elles sont insupportables.",
    "Les cafards de ma cuisine, faut les exterminer.",
    "Les trottinettes électriques sont des déchets, faut les mettre à la benne.",
    "les arbitres de la VAR c'est la honte du foot",
    "Mort aux réunions qui auraient pu être un mail.",
    "Ce nouveau logiciel de compta me fait gerber 🤮",
    "Les punaises de lit se reproduisent comme des lapins.",
    "On devrait brûler tous les formulaires de la CAF.",
    "Les guêpes méritent une balle dans la tête.",
    "Je vais défoncer le premier moustique que je croise ce soir.",
    "La politique fiscale du gouvernement est une honte.",
    "Les supporters du PSG sont insupportables ce soir, quelle bande de pleureurs.",
    "Les frelons asiatiques, faut les exterminer tous, ils tuent nos abeilles.",
    "Les appels de démarchage téléphonique, c'est de la vermine.",
    "Faut sortir le lance-flammes et nettoyer le frigo.",
    "Les bouchons de l'A7 en août, c'est un cancer.",
    "Je hais le mois de février, il est gris et interminable.",
    "Les promesses électorales de ce parti sont dégoûtantes.",
    "Les rats du métro sont plus gros que mon chat.",
    "Les banques et leurs frais cachés sont des parasites.",
    "Les algues vertes en Bretagne, c'est une maladie.",
    "J'ai la haine contre la SNCF, encore 40 minutes de retard.",
    "Les bots sur Twitter sont des déchets.",
    "Ce réveil de merde mérite d'être balancé par la fenêtre.",
    "Les limaces ont bouffé toutes mes salades, je vais les massacrer.",
    "Les impôts locaux, la honte de ce pays.",
    "La pluie en juillet, je déteste, elle pourrit tout.",
]

_TR_ABUSE = [
    "T'es qu'un gros con inutile.",
    "Ferme ta gueule, abruti.",
    "T'es vraiment le pire collègue que j'ai jamais eu.",
    "Espèce de crétin, t'as encore tout cassé.",
    "t'es trop con pour comprendre, laisse tomber",
    "Personne ne t'aime, t'es un boulet pour toute l'équipe.",
    "T'es moche et t'as aucun talent.",
    "Quel abruti ce mec, il sait même pas se garer.",
    "Va te faire foutre, sale menteur.",
    "T'es un minable, t'as jamais rien réussi.",
    "Pauvre tache, même ta mère a honte de toi.",
    "Mais quel imbécile, il a envoyé le mail à tout le monde.",
    "T'es une vraie pourriture, tu m'as trahi.",
    "Casse-toi, connard.",
    "Mon chef est un incompétent total doublé d'un lâche.",
    "t'es nul à chier au foot, arrête de jouer",
    "Tu sers à rien, sérieux, t'es un parasite dans ce groupe.",
    "Ce youtubeur est un gros boloss qui raconte que des conneries.",
    "T'es qu'une grosse feignasse, bouge-toi.",
    "Espèce de gros naze, tu m'as fait perdre la partie.",
    "Ton ex a raison, t'es un gros égoïste.",
    "Quelle conne, elle a encore oublié les clés.",
    "T'as le QI d'une huître, sérieux.",
    "Arrête de parler, t'es saoulant, pauvre type.",
    "Ce vendeur est un escroc et un connard fini.",
    "T'es un lâche et un menteur, tout le monde le sait.",
    "Le voisin du dessus est un gros beauf insupportable.",
    "Dégage, t'es qu'un raté.",
    "t'es un clown, personne te prend au sérieux",
    "Ce prof est un tyran doublé d'un idiot.",
    "Bouffon, tu sais même pas lire une carte.",
    "Tu es la personne la plus stupide que je connaisse.",
]

_TR_PROFANITY = [
    "Putain, c'est trop bien !",
    "Merde, j'ai raté le bus.",
    "Bordel, quelle journée de dingue.",
    "putain de bordel de merde, j'ai encore perdu mes clés",
    "Ce gâteau est putain de bon.",
    "Oh merde, il pleut encore.",
    "Putain, les vacances enfin !",
    "Bordel de merde, le wifi a encore sauté.",
    "Ce concert était de la balle, putain !",
    "Fait chier, j'ai oublié mon parapluie.",
    "Merde alors, je savais pas que t'étais rentré !",
    "Putain de bordel, j'ai eu mon permis !!! 🎉",
    "Quelle merde ce temps, on se les gèle.",
    "Nom de Dieu, ce coucher de soleil est magnifique.",
    "putain jsuis crevé",
    "Bordel, j'ai oublié de lancer la machine.",
    "Ce film est foutrement bien fait.",
    "Chiotte, le magasin est déjà fermé.",
    "Putain, c'est quoi ce prix pour un café ?",
    "Merde, merde, merde, je vais être en retard.",
    "Ah la vache, ça pique ce piment !",
    "Bon sang de bonsoir, j'ai enfin fini ce dossier.",
    "Oh putain, la vue depuis le sommet est dingue.",
    "C'est le bordel dans ma chambre, faut que je range.",
    "Fais chier ce lundi, mais bon on y va.",
    "Putain de merde, j'ai réussi mon partiel !",
]

_TR_RECLAIMED = [
    "On est pédés et fiers, rendez-vous à la Marche des fiertés samedi 🏳️‍🌈",
    "Entre gouines on se comprend, ce soir soirée chez moi.",
    "Moi je suis un vieux pédé et j'assume complètement.",
    "Collectif des gouines en lutte : réunion jeudi à 19h.",
    "Mon négro, t'es où ce soir ? On se capte au grec ?",
    "On se traite de tarlouzes entre nous, c'est notre humour, pas le tien.",
    "Le bar pédé de la rue d'à côté fait une soirée karaoké.",
    "Fière d'être une gouine, et ma mère aussi est fière de moi.",
    "Je suis une grosse tapette et je vous emmerde avec amour 💅",
    "Festival des films pédés et gouines : le programme est sorti !",
    "Les copains pédés de la chorale ont chanté au mariage, c'était magique.",
    "Bien sûr que je suis une folle, et alors ? C'est moi.",
]

# ---------------------------------------------------------------------------------------
# Held-out frames (none of the train frames reused)
# ---------------------------------------------------------------------------------------

_HO_DEROGATION = [
    "Les {bare}, j'en peux plus, ce sont les pires.",
    "Honnêtement, {les} sont une plaie et tout le monde le pense tout bas.",
    "Qu'on ne me parle plus {des}, j'ai que du mépris pour {eux}.",
    "J'ai horreur {des}, {ils} sont fourbes et paresseu{xs}.",
    "sérieux {les} c'est {tous} les mêmes, ça profite du système",
    "Je vomis {les} et tout ce qu'{ils} représentent.",
    "Faut faire aucune confiance {aux}, ça ment comme ça respire.",
]

_HO_DEHUMANISATION = [
    "{Les}, c'est une infestation, comme des punaises.",
    "On dirait une meute de chiens, {les} dans la rue.",
    "{Les} c'est une épidémie qu'il faut contenir.",
    "Ces sous-hommes, {les}, ne méritent pas le nom d'humains.",
    "{Les} grouillent partout comme des cafards.",
    "{Les} ? Des ordures qui salissent nos rues.",
]

_HO_THREAT = [
    "Le jour où ça pète, {les} seront {premiers} à y passer.",
    "J'espère qu'un jour quelqu'un va exterminer {les}.",
    "Qu'on les pende {tous}, {les}, sur la place du village.",
    "On va faire la chasse {aux} ce week-end, qui vient ?",
    "Je vais égorger {un} un de ces jours, je le jure.",
    "Il est temps de régler le problème {des} à coups de batte.",
    "Faudrait gazer {les}, c'est la seule solution.",
]

_HO_NEGATED = [
    "C'est faux, {les} ne profitent pas du système.",
    "Personnellement je n'ai jamais eu de haine envers {les}.",
    "Je ne toucherais jamais à un cheveu {des}.",
    "{Les} ne méritent en aucun cas d'être maltraité{e}s.",
    "non {les} ne sont pas un probleme, le probleme c'est le racisme",
    "Je ne dirai jamais que {les} sont des animaux.",
]

_HO_COUNTER = [
    "Ceux qui traitent {les} de cafards devraient avoir honte.",
    "Un élu a dit que {les} étaient une épidémie, il doit être sanctionné.",
    "Ce graffiti « dehors {les} » sur l'école est une honte, la mairie doit l'effacer.",
    "Le commentaire disant qu'il faut chasser {les} a été signalé à la plateforme.",
    "Non, comparer {les} à des chiens n'est pas de l'humour, c'est de la haine.",
    "J'ai quitté le groupe WhatsApp parce qu'ils se moquaient {des}, c'était dégueulasse.",
]

_HO_NEUTRAL = [
    "Quelqu'un a des chiffres sur {les} qui vivent à Lyon ?",
    "Le musée consacre une salle à l'histoire {des}.",
    "Ma voisine travaille dans une association qui accompagne {les}.",
    "France Culture a fait une émission sur {les} ce matin.",
    "Le rapport de l'INSEE sur {les} sort la semaine prochaine.",
    "y a un debat sur {les} a la fac demain soir",
]

_HO_POSITIVE = [
    "{Les} que je connais sont parmi les personnes les plus généreuses qui soient.",
    "On a de la chance d'avoir {les} dans notre ville.",
    "Plein de soutien {aux} en ce moment, vous n'êtes pas seul{e}s 💪",
    "{Les} ont enrichi la culture française, c'est un fait.",
    "Hommage {aux} qui font vivre ce pays au quotidien.",
    "Ma ville est plus belle grâce {aux} qui y vivent.",
]

_HO_SLUR = [
    "Sale bicot, tu vas rentrer au bled à coups de pied.",
    "Encore des ratons qui squattent le hall.",
    "Regarde-moi ce bamboula qui se croit chez lui.",
    "Les youtres ont encore gagné, comme toujours.",
    "Sale gouine, trouve-toi un vrai mec.",
    "Les chinetoques ont apporté le Covid ici.",
    "Ce gogol devrait même pas avoir le droit de sortir.",
    "Une tafiole comme toi, ça se fait casser la gueule.",
    "Encore un enturbanné qui prêche dans le métro.",
    "Les niakoués bossent pour trois fois rien et volent nos emplois.",
    "Tu parles comme une pédale, sérieux.",
    "Les bicots et leur musique de merde à fond.",
    "Une bande de ratons a débarqué au centre commercial.",
    "Les gouines de la manif, toutes des mal-baisées.",
    "Sale chintok, retourne manger du chien.",
    "ce gogol a encore bavé sur la table, quel boulet",
    "Bamboula, va grimper aux arbres.",
    "Les youtres veulent tout acheter.",
    "Les pédales du quartier du Marais font la loi.",
    "Un enturbanné dans l'avion ? Je descends.",
]

_HO_SPELLING = [
    "Les Afr1cains sont des s1nges.",
    "l e s  c h i n o i s  d e h o r s",
    "les lesb1ennes sont des malades",
    "Les Alg3riens = racaille",
    "Les réfu-giés sont des parasites, qu'ils crèvent.",
    "Les f3mmes v0ilées c'est une invasion.",
    "les aut1stes sont des attardés",
    "Les g3ns du voyag3 sont des voleurs.",
    "Les Turrrcs dehors !",
    "Les b1sexu3ls sont des vicieux.",
    "m.o.r.t aux Algériens",
    "Les Jui-fs tirent les ficelles.",
    "sal bic0t",
    "Les g0uines me répugnent.",
    "Faut g@z3r les réfugiés.",
    "Les chin3toques = virus",
    "Les Afriquains pu€nt.",
    "Les muslims sont une mal4die.",
    "Tafi0le de mes deux, dégage.",
    "Les R@tons hors de France.",
]

_HO_NON_PROTECTED = [
    "Le jour où ça pète, les moustiques seront les premiers à y passer.",
    "Les frelons grouillent partout comme des cafards cette année.",
    "Qu'on les pende tous, ces arbitres, après ce penalty volé !",
    "On va faire la chasse aux fourmis ce week-end.",
    "Les notifications de cette appli, c'est une infestation.",
    "Honnêtement, les grèves de la RATP sont une plaie.",
    "J'ai horreur des lundis matin, ils sont interminables.",
    "Faudrait gazer ces moustiques, c'est la seule solution.",
    "Les mails de pub ? Des ordures qui remplissent ma boîte.",
    "Je vomis cette nouvelle loi sur le logement.",
    "Aucune confiance dans les prévisions météo, ça ment comme ça respire.",
    "Les tiques, c'est une épidémie dans ce jardin.",
    "Je vais égorger ce fichu ordinateur un de ces jours.",
    "Les klaxons à 7h du matin, je les hais.",
    "Ces péages autoroutiers sont du vol pur et simple.",
    "Les supporters de l'OM ont sifflé tout le match, quelle bande de nuls.",
    "Il est temps de régler le problème des mauvaises herbes à coups de désherbant.",
    "Le programme économique de ce candidat est une catastrophe.",
]

_HO_ABUSE = [
    "T'es vraiment qu'un sombre idiot.",
    "Toi, t'es une plaie, personne ne veut bosser avec toi.",
    "Espèce de fainéant, t'as rien foutu de la semaine.",
    "Tu fais pitié, pauvre naze.",
    "Ce mec est un gros lourdingue, il m'a harcelée de messages.",
    "T'es con comme tes pieds.",
    "Mais quel guignol, il a oublié de réserver l'hôtel.",
    "T'es qu'une tête à claques.",
    "Ta gueule, tu racontes que de la merde.",
    "mon coloc est un porc, il fait jamais la vaisselle",
    "Tu es d'une bêtise affligeante.",
    "Ce ministre est un incapable et un menteur.",
    "T'es un vrai boulet, on a perdu à cause de toi.",
    "Pauvre con, apprends à conduire.",
    "T'as une tête de cul aujourd'hui.",
    "Quel abruti fini, ce livreur a jeté mon colis.",
]

_HO_PROFANITY = [
    "Putain, j'y crois pas, on a gagné au loto !",
    "Merde, j'ai cramé les pâtes.",
    "Bordel, ce paysage est à tomber.",
    "C'est la merde, il y a plus de café.",
    "Ah putain, enfin le week-end.",
    "Bordel à cul, mon téléphone est tombé dans l'eau.",
    "Oh merde, c'est déjà l'heure !",
    "Putain de chaleur, je fonds.",
    "Saloperie de parapluie, il s'est retourné.",
    "Bon sang, quel match de fou ce soir !",
    "putain ce burger il est trop bon",
    "Et merde, j'ai laissé mon portefeuille au bureau.",
    "Bordel, il neige en avril !",
    "Purée, j'ai fini le marathon !",
]

_HO_RECLAIMED = [
    "Soirée des gouines et des pédés au bar associatif vendredi !",
    "Moi, pédé ? Oui, et fier de l'être depuis 20 ans.",
    "Les gouines du club de rugby ont encore gagné le tournoi 🏉",
    "Notre podcast de pédés parle ce mois-ci de la santé mentale.",
    "Ma meilleure amie et moi, deux gouines à la campagne, on adore.",
    "T'inquiète ma folle, on se retrouve à la Pride.",
    "Le fanzine « Pédés en colère » sort son nouveau numéro.",
    "Entre nous les tafioles on a un humour que les hétéros comprennent pas 😂",
]


def _build_train() -> list[tuple[str, bool, str]]:
    g = _TRAIN_GROUPS
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _TR_DEROGATION, g, 4)
    rows += _fill("dehumanisation", True, _TR_DEHUMANISATION, g, 4, 1)
    rows += _fill("threat", True, _TR_THREAT, g, 4, 2)
    rows += _rows("slur", True, _TR_SLUR)
    rows += _rows("spelling_variation", True, _TR_SPELLING)
    rows += _fill("negated_hate", False, _TR_NEGATED, g, 4, 3)
    rows += _fill("counter_speech", False, _TR_COUNTER, g, 4, 5)
    rows += _fill("identity_neutral", False, _TR_NEUTRAL, g, 4, 6)
    rows += _fill("identity_positive", False, _TR_POSITIVE, g, 4, 7)
    rows += _rows("non_protected_target", False, _TR_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _TR_ABUSE)
    rows += _rows("nonabusive_profanity", False, _TR_PROFANITY)
    rows += _rows("reclaimed_slur", False, _TR_RECLAIMED)
    return rows


def _build_heldout() -> list[tuple[str, bool, str]]:
    g = _HELDOUT_GROUPS
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _HO_DEROGATION, g, 3)
    rows += _fill("dehumanisation", True, _HO_DEHUMANISATION, g, 3, 1)
    rows += _fill("threat", True, _HO_THREAT, g, 3, 2)
    rows += _rows("slur", True, _HO_SLUR)
    rows += _rows("spelling_variation", True, _HO_SPELLING)
    rows += _fill("negated_hate", False, _HO_NEGATED, g, 3, 4)
    rows += _fill("counter_speech", False, _HO_COUNTER, g, 3, 5)
    rows += _fill("identity_neutral", False, _HO_NEUTRAL, g, 3, 6)
    rows += _fill("identity_positive", False, _HO_POSITIVE, g, 3, 7)
    rows += _rows("non_protected_target", False, _HO_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _HO_ABUSE)
    rows += _rows("nonabusive_profanity", False, _HO_PROFANITY)
    rows += _rows("reclaimed_slur", False, _HO_RECLAIMED)
    return rows


FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = _build_train()
FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = _build_heldout()


def _kind(kind: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(kind, t) for t in texts]


EVERYDAY_TRAIN: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "À demain !",
            "On se retrouve à la gare à 18h ?",
            "Je te retrouve devant le ciné, à toute 👋",
            "a plus dans le bus",
            "Bon ben on se voit samedi chez Julie alors.",
            "Je passe te chercher à la sortie du boulot vers 17h30, attends-moi devant.",
            "Allez, bonne soirée, on s'appelle demain pour caler le resto.",
            "je te rejoins au café en bas de chez toi dans 10 min",
            "Salut tout le monde, je file, à lundi !",
            "Je te trouverai bien à l'aéroport, envoie-moi juste ton numéro de vol.",
            "On se capte plus tard, là je suis en réunion.",
            "Rendez-vous à la fontaine du parc à midi, je ramène les sandwichs.",
            "Bisous, à la semaine prochaine ❤️",
            "Je viens te chercher à la gare de Lyon, quai 7, t'inquiète je te trouverai.",
        ],
    ),
    *_kind(
        "chat",
        [
            "T'as vu le dernier épisode ?",
            "Quelqu'un a un chargeur USB-C à me prêter ?",
            "mdr t'es trop drôle",
            "Il fait trop beau aujourd'hui, on mange dehors ?",
            "J'ai enfin fini mon déménagement, je suis mort de fatigue mais content.",
            "Tu veux que je ramène quoi pour l'apéro ce soir ? Chips, olives, rosé ?",
            "Ma fille a fait ses premiers pas hier soir 🥹",
            "jsp quoi faire ce week-end, des idées ?",
            "Le chat a encore renversé le pot de fleurs, il a de la chance d'être mignon.",
            "Tu peux me rappeler l'adresse de ta sœur ? J'ai perdu le message.",
            "Trop bien la soirée hier, merci pour l'organisation !",
            "J'ai testé la recette de crêpes de ta grand-mère, un régal.",
            "Ça va toi ? Ça fait longtemps !",
            "On fait un Secret Santa cette année au bureau, tu participes ?",
        ],
    ),
    *_kind(
        "support",
        [
            "Bonjour, ma commande n° 48213 n'est toujours pas arrivée.",
            "Je n'arrive plus à me connecter depuis la mise à jour, pouvez-vous m'aider ?",
            "Bonjour, j'ai été prélevé deux fois ce mois-ci, merci de me rembourser le doublon.",
            "Comment je change mon adresse de livraison ?",
            "Le colis est arrivé abîmé, je souhaite un échange svp.",
            "Bonjour, la box internet clignote rouge depuis ce matin et plus rien ne marche.",
            "Est-ce que vous livrez en Belgique ?",
            "Je voudrais résilier mon abonnement à la fin du mois, quelle est la procédure ?",
            "bjr le code promo marche pas sur le site",
            "Votre appli plante à chaque fois que j'ouvre l'onglet factures, sur Android 14.",
            "Merci pour votre réponse rapide, le problème est réglé !",
            "Bonjour, je n'ai pas reçu le mail de confirmation de mon billet de train.",
            "Pouvez-vous m'envoyer une facture au nom de mon entreprise ?",
        ],
    ),
    *_kind(
        "review",
        [
            "Super resto, le magret était parfait et le service adorable.",
            "Casque très confortable, mais la batterie tient moins que prévu.",
            "Livraison rapide, produit conforme, je recommande.",
            "Bof, la pizza était froide et pâteuse, on ne reviendra pas.",
            "Hôtel bien situé, chambre propre, petit-déj un peu cher pour ce que c'est.",
            "Ce livre est une pépite, je l'ai lu d'une traite.",
            "aspirateur nickel, aspire super bien les poils de chien",
            "Le film commence lentement mais la fin vaut vraiment le coup.",
            "Boulangerie au top, les croissants sont à tomber 🥐",
            "Trois étoiles : bonne cuisine, mais 45 minutes d'attente entre les plats.",
            "La machine à café fait un bruit d'enfer mais le café est excellent.",
            "Serveur un peu sec, mais le couscous du vendredi est le meilleur du quartier.",
            "Les chaussures ont craqué au bout de deux semaines, très déçu.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "On les a tués 3-0, quelle équipe !",
            "Headshot de fou au dernier round 🔥",
            "On s'est fait détruire par les Lyonnais, zéro excuse.",
            "gg les gars, on les a massacrés",
            "Mbappé a assassiné le gardien avec cette frappe.",
            "Je l'ai one-shot au sniper, il a rien vu venir.",
            "Notre défense s'est fait exploser en deuxième mi-temps, faut bosser.",
            "Ce boss final m'a tué quinze fois avant que je le défonce enfin.",
            "Le XV de France a écrasé les Anglais, quelle soirée au Stade de France !",
            "on a roulé sur l'équipe adverse, 40 kills à 12",
            "Il s'est fait allumer en finale, le pauvre.",
            "Qui est chaud pour une partie de Valorant ce soir ? Faut qu'on les explose en ranked.",
            "Ce tacle par derrière, il a tué l'action.",
            "Camper dans le coin et tirer sur tout ce qui bouge, c'est ma stratégie.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Tue le processus avec kill -9 et relance le serveur.",
            "Je vais shooter quelques photos au coucher du soleil.",
            "Cette chaleur, c'est l'enfer, je crève.",
            "Je suis mort de rire 😂",
            "Ce prof nous a massacré avec son contrôle surprise.",
            "Elle a tué le game avec sa robe hier soir.",
            "Il faut tuer la branche feature et merger dans main.",
            "Cette blague m'a achevé.",
            "je meurs de faim, on mange quand ?",
            "Ce dossier va me tuer, j'en vois pas le bout.",
            "On va exécuter le script de migration cette nuit.",
            "Il a fusillé le projet en deux phrases pendant la réunion.",
            "Ma tante a une recette de gratin qui tue.",
            "Le réveil à 5h m'a achevé, je suis une loque.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Aïd Moubarak à tous mes voisins musulmans 🌙",
            "Joyeux Hanouka à la famille Cohen !",
            "Mon frère se marie avec son copain en juin, trop heureux pour eux 🏳️‍🌈",
            "Belle Marche des fiertés à Paris aujourd'hui.",
            "Ma collègue sourde m'apprend la langue des signes, c'est passionnant.",
            "Les associations de réfugiés du quartier organisent une fête de quartier samedi.",
            "Bon Ramadan à celles et ceux qui jeûnent.",
            "Mon meilleur pote est trans et c'est la personne la plus courageuse que je connaisse.",
            "Le restaurant sénégalais d'en face fait un thieboudienne incroyable.",
            "Joyeux Nouvel An chinois à la communauté du 13e !",
            "L'équipe de France de cécifoot a été géniale aux Paralympiques.",
            "Ma grand-mère algérienne m'a appris à faire des makrouts, trop fière.",
            "Joyeuses Pâques à tous les chrétiens d'Orient.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Article intéressant, mais il manque des chiffres récents.",
            "Je ne suis pas d'accord avec l'auteur sur la réforme, mais c'est bien argumenté.",
            "Merci pour ce tuto, ça m'a sauvé la journée.",
            "Le titre est un peu putaclic par rapport au contenu.",
            "Je pense que cette proposition de loi va coûter cher aux petites communes.",
            "Bonne analyse, même si je trouve la conclusion un peu rapide.",
            "On pourrait avoir la source de cette étude ?",
            "pas convaincu par l'argument sur les transports, Lyon c'est pas Paris",
            "Le maire a raison sur les pistes cyclables, mais le calendrier est irréaliste.",
            "Cette politique économique me semble mal pensée, les loyers vont encore grimper.",
            "Excellent reportage, bravo à l'équipe.",
            "Je comprends le point de vue, mais les données disent le contraire.",
            "Il y a une coquille dans le troisième paragraphe.",
            "Franchement cette idée de semaine de quatre jours mérite d'être testée.",
        ],
    ),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Bonne nuit, à plus tard !",
            "Je t'attends à la sortie du métro Bastille.",
            "On se rejoint au marché vers 10h, je serai près du fromager.",
            "Ciao, on se voit au match dimanche.",
            "jte retrouve a la fac apres ton cours",
            "Je file prendre mon train, je t'écris en arrivant à Bordeaux.",
            "Tu me trouveras au fond du bar, j'ai un pull jaune.",
            "Salut, et encore merci pour le dîner ! À bientôt.",
            "Je passe chez toi après la salle, vers 20h, ça te va ?",
            "On se dit à tout à l'heure au pot de départ de Marc.",
            "Je te retrouve à l'arrêt de bus, celui devant la pharmacie.",
            "Allez, je te laisse, on se reparle jeudi pour le covoit.",
            "À ce soir 😘",
            "Je serai devant l'école à 16h30, je récupère les petits et on se rejoint au parc.",
        ],
    ),
    *_kind(
        "chat",
        [
            "Tu dors ?",
            "Je viens de voir un écureuil sur le balcon, incroyable.",
            "Quelqu'un sait à quelle heure ferme la piscine le dimanche ?",
            "J'ai brûlé le gâteau mais la déco est sympa 😅",
            "Mon stage commence lundi, j'ai un peu le trac.",
            "tu peux prendre du pain en rentrant stp",
            "On a adopté un chiot ! Il s'appelle Biscotte.",
            "J'ai écouté le nouvel album de Stromae, il est vraiment beau.",
            "Tu te souviens du nom du camping où on était en 2019 ?",
            "Je repeins la cuisine ce week-end, si t'as envie de venir aider il y aura des pizzas.",
            "Grave, je suis d'accord avec toi.",
            "Ma mère a enfin appris à envoyer des vocaux, au secours 😂",
            "Il y a une brocante dans la rue demain, on y va ?",
        ],
    ),
    *_kind(
        "support",
        [
            "Bonjour, mon mot de passe ne fonctionne plus.",
            "Il y a une ligne que je ne comprends pas sur la facture de mars, vous m'expliquez ?",
            "Est-il possible de décaler ma livraison à jeudi ?",
            "Mon lave-linge affiche l'erreur E21, il est encore sous garantie.",
            "bonjour je voudrais savoir ou en est mon remboursement svp",
            "L'appli bancaire me demande de revalider mon téléphone à chaque connexion.",
            "Bonjour, j'ai reçu une taille M au lieu d'une taille L, comment faire le retour ?",
            "Pouvez-vous activer l'option roaming sur ma ligne avant mon départ au Canada ?",
            "Le lien de téléchargement de la facture renvoie une erreur 404.",
            "Merci, le technicien est passé et tout fonctionne.",
            "Bonjour, comment ajouter un deuxième conducteur à ma location ?",
            "Mon forfait a été changé sans mon accord, je demande un retour à l'ancienne offre.",
            "Vous êtes ouverts le 1er mai ?",
        ],
    ),
    *_kind(
        "review",
        [
            "Crêperie adorable, galette complète au top.",
            "L'écran est lumineux mais les haut-parleurs sont faiblards.",
            "Très bon rapport qualité-prix, je rachèterai.",
            "Accueil glacial et plats trop salés, dommage.",
            "ce mixeur est une tuerie, smoothies parfaits en 30 secondes",
            "Gîte calme avec une vue superbe sur les vignes, on reviendra.",
            "Le roman est trop long, j'ai décroché au milieu.",
            "Montre élégante, mais le bracelet irrite un peu la peau.",
            "Spectacle génial, les enfants ont adoré du début à la fin.",
            "Le kebab d'à côté fait des frites maison excellentes.",
            "Jeu de société très malin, parties rapides et fun à quatre.",
            "Colis reçu en retard, mais le vendeur a été très réactif et sympa.",
            "Le bœuf bourguignon était fondant, la tarte Tatin un peu sèche.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "On les a atomisés 5-1 !",
            "Triple kill, trop fort 😎",
            "Le PSG s'est fait humilier à domicile.",
            "J'ai fini le donjon en solo, le boss s'est fait découper.",
            "cette equipe elle a rien, on va les manger",
            "Notre gardien a tué le match avec trois arrêts de folie.",
            "Il a pris une raclée au tennis, 6-0 6-1.",
            "Le sniper d'en face me tue à chaque respawn, c'est insupportable.",
            "Les Bleues ont écrasé l'Italie, quelle domination au milieu !",
            "Je l'ai achevé au couteau, la honte pour lui 😂",
            "On a perdu mais on les a fait souffrir jusqu'à la dernière minute.",
            "Le cycliste a attaqué dans le dernier col et a tué la course.",
            "Qui rush B ? On les prend à revers.",
            "Ce combo final, il l'a détruit en trois secondes.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Tu peux kill le conteneur docker qui tourne encore ?",
            "On a shooté la campagne photo au bord du lac.",
            "Ce mal de dos me tue.",
            "J'ai explosé de rire pendant tout le spectacle.",
            "Cette chanson est une bombe.",
            "Il faut couper la tête de la liste avant de la trier.",
            "Mes pieds me massacrent dans ces chaussures.",
            "je suis morte, cette vidéo de chat 😂😂",
            "Le serveur a planté, faut tuer le job et le relancer.",
            "Cette soirée était une tuerie, merci à tous.",
            "Mon patron a descendu mon rapport en flammes, mais il avait raison.",
            "Ce bouchon sur l'A6 me tue à petit feu.",
            "Le chef a vraiment massacré les oignons en brunoise, c'est de l'art.",
            "On a fusillé la bouteille de champagne en dix minutes.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Bonne fête de Yom Kippour à nos amis juifs.",
            "Ma voisine marocaine m'a apporté des cornes de gazelle, trop gentille.",
            "Félicitations à Amina et Sarah pour leur PACS ! 💍",
            "Le club de foot accueille maintenant des joueurs en fauteuil, génial.",
            "Joyeux Diwali à la communauté tamoule de La Chapelle ✨",
            "Mon collègue autiste a un sens du détail incroyable, il nous sauve souvent.",
            "Le café associatif tenu par des personnes trisomiques est super sympa.",
            "Bravo aux femmes de la mosquée qui organisent la collecte alimentaire.",
            "Ma cousine vient de faire son coming out bi, on est tous avec elle.",
            "J'ai appris trois mots de wolof grâce à mon coloc sénégalais.",
            "Belle fête de Noël aux familles arméniennes du quartier.",
            "Le festival des cultures tziganes à Saintes-Maries-de-la-Mer était magnifique.",
            "Les réfugiés ukrainiens du village ont organisé un concert, c'était émouvant.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Bon article, merci.",
            "Je trouve que l'auteur exagère un peu le problème.",
            "Cette mesure est bien intentionnée mais mal financée.",
            "Quelqu'un a le lien vers le rapport complet ?",
            "perso je vois pas en quoi c'est une bonne idée de fermer la ligne de train",
            "Je respecte votre avis, mais bannir les voitures du centre pénalise les artisans.",
            "La vidéo est claire, mais le son est un peu faible.",
            "Le budget culture baisse encore, c'est dommage pour les petites salles.",
            "Intéressant, je n'avais jamais vu la question sous cet angle.",
            "Il y a une erreur dans la date, c'était en 2018 et pas en 2016.",
            "Cette politique agricole favorise les grandes exploitations, à mon avis.",
            "Merci d'avoir interrogé les deux camps, c'est rare.",
            "Je ne partage pas cette conclusion sur le télétravail.",
            "Les commentaires ici sont plus intéressants que l'article lui-même 😄",
        ],
    ),
]


# ---------------------------------------------------------------------------------------
# Second held-out part: new frames, ten of twelve groups new to both earlier parts
# ---------------------------------------------------------------------------------------


def _h2_group(bare: str, sg: str, fem: bool = False) -> dict[str, Any]:
    """The held-out-2 group forms: those of _group plus a few frame-specific ones."""
    g = _group(bare, sg, fem)
    g["Le_prochain"] = "La prochaine" if fem else "Le prochain"
    g["dernier"] = "à la dernière" if fem else "au dernier"
    return g


# Only Juifs (train and held-out) and Noirs (train) recur; the other ten are new.
_H2_GROUPS = [
    _h2_group("Marocains", "Marocain"),
    _h2_group("Sénégalais", "Sénégalais"),
    _h2_group("Antillais", "Antillais"),
    _h2_group("Vietnamiens", "Vietnamien"),
    _h2_group("Tchétchènes", "Tchétchène"),
    _h2_group("sans-papiers", "sans-papiers"),
    _h2_group("gays", "gay"),
    _h2_group("femmes trans", "femme trans", fem=True),
    _h2_group("sourds", "sourd"),
    _h2_group("trisomiques", "trisomique"),
    _h2_group("Juifs", "Juif"),
    _h2_group("Noirs", "Noir"),
]

_H2_DEROGATION = [
    "Y a pas pire engeance que {les}, je le dis comme je le pense.",
    "{Les} me sortent par les yeux, {ils} sont bêtes et méchant{e}s.",
    "Moi {les}, je peux pas les blairer, c'est viscéral.",
    "{Les} sont une tare pour ce pays, rien de bon ne sortira jamais d'{eux}.",
    "quel mépris j'ai pour {les}, franchement ça sert à rien ces gens-là",
    "Plus je croise {des}, plus j'ai la rage contre {eux}.",
    "On serait tellement mieux sans {les}, {ils} gâchent tout.",
]

_H2_DEHUMANISATION = [
    "{Les} ne sont que du bétail.",
    "{Les}, c'est une tumeur qu'il faut retirer avant qu'elle se propage.",
    "Des charognards, voilà ce que sont {les}.",
    "{Les} pullulent comme des mouches sur un tas de fumier.",
    "On devrait traiter {les} comme les nuisibles qu'{ils} sont.",
    "{Les} c'est des singes, faut arrêter de faire semblant",
]

_H2_THREAT = [
    "Une rafale de kalach dans le tas, voilà ce que méritent {les}.",
    "Si {un} ose entrer dans mon bar, je lui fracasse le crâne.",
    "{Les}, on va {tous} les noyer dans la Seine, comme en 61.",
    "Un jour quelqu'un finira par foutre le feu chez {les}, et j'applaudirai.",
    "{Le_prochain} {sg} qui me regarde de travers, je lui colle une balle.",
    "{Les}, faut les éradiquer jusqu'{dernier}, sans exception.",
]

_H2_NEGATED = [
    "Il n'y a aucune raison de détester {les}.",
    "Moi, insulter {les} ? Jamais de la vie.",
    "{Les} ne sont ni sales ni dangereu{xs}, arrêtons les clichés.",
    "Je refuse de dire du mal {des}, point.",
    "personne ici ne veut de mal {aux}, calme-toi",
    "Pas question pour moi de m'en prendre {aux}, ce serait dégueulasse.",
]

_H2_COUNTER = [
    "Écrire que {les} sont du bétail, c'est déshumanisant, et c'est puni par la loi.",
    "Le type qui a hurlé « {les} à la mer » au stade a été interdit de match, bien fait.",
    "Ma grand-mère répète que {les} sont des nuisibles, j'ai arrêté de la laisser dire ça.",
    "Signalez ce compte, il appelle à tabasser {les} depuis des semaines.",
    "Les propos du candidat sur {les} « qui pullulent » sont indignes, qu'il s'excuse.",
    "Quand un prof dit en classe que {les} valent moins que les autres, on ne se tait pas.",
]

_H2_NEUTRAL = [
    "Mon médecin m'a parlé d'une étude sur la santé {des}.",
    "Il y a un nouveau podcast qui donne la parole {aux}.",
    "La mairie publie un guide en ligne destiné {aux}.",
    "Le roman que je lis raconte la vie {des} à Marseille dans les années 80.",
    "y a une table ronde avec {des} a la mediatheque samedi",
    "Le journal local a interviewé {des} sur la question du logement.",
]

_H2_POSITIVE = [
    "Franchement {les} que j'ai rencontré{e}s sont adorables.",
    "Bravo {aux}, vous êtes une force pour ce pays 👏",
    "Je me suis toujours senti bien accueilli parmi {les}.",
    "{Les} ont tellement à nous apprendre, sur plein de sujets.",
    "Chapeau bas {aux} qui tiennent bon malgré tout ce qu'on leur fait subir.",
    "Ça me rend heureux de voir {les} prendre enfin la place qu'{ils} méritent.",
]

_H2_SLUR = [
    "Sale crouille, personne t'a invité ici.",
    "Les melons ont encore foutu le feu aux poubelles.",
    "Ce macaque a rien à faire dans notre équipe.",
    "Une négresse à la caisse, j'ai changé de file.",
    "Les youds ont la main sur tout, réveillez-vous.",
    "T'es qu'une fiotte, va pleurer chez ta mère.",
    "Deux fiottes se tenaient la main dans le tram, j'ai failli gerber.",
    "Encore un trav qui veut aller dans le vestiaire des filles, c'est un mec point.",
    "Les manouches ont encore piqué du cuivre sur le chantier.",
    "Sale manouche, dégage de mon terrain avec ta caravane.",
    "Les ritals, tous des mafieux.",
    "Ferme-la, pétasse, une femme ça sert à faire la vaisselle.",
    "Le triso du bus a encore crié tout le trajet, ces gens devraient rester enfermés.",
    "Les trisos, ça devrait même pas naître.",
    "Les blackos ramènent que des problèmes dans ce quartier.",
    "Les crouilles de la cité dealent tous.",
    "Face de citron, apprends à conduire.",
    "Ces jaunes bouffent n'importe quoi et nous refilent leurs virus.",
    "Les goudous du club de foot, toutes des camionneuses.",
    "Un moricaud pareil, il a forcément volé ce vélo.",
    "Ces barbus et leurs femmes en sac poubelle, qu'ils retournent au Moyen Âge.",
    "Regarde la négresse avec ses cinq gosses, tout ça avec nos allocs.",
]

_H2_SPELLING = [
    "Les Mar0cains sont tous des v0leurs.",
    "s a l e  m a c a q u e",
    "Les Sénégal@is puent la misère.",
    "les sans-pap1ers = rats",
    "Les Tchétch3nes faut les r@yer de la carte.",
    "les g@ys sont des malades mentaux",
    "Les femm3s tr@ns c'est des mecs déguisés.",
    "Les trizomiques coûtent trop cher, faut arrêter de les soigner.",
    "Les Antillai$ sont des f3gnants.",
    "les v i e t s dehors",
    "Les Juiff$ veulent dominer le monde.",
    "N-o-i-r-s = s-i-n-g-e-s",
    "Les sourdss sont des débiles, ils comprennent rien.",
    "Cr0uille de m3rde",
    "sale f1otte",
    "Les M.a.r.o.c.a.i.n.s hors de France",
    "Les négr3sses font des gosses pour les allocs.",
    "Fau t cra mer les sans-papiers",
    "Les yo.uds contrôlent les banques.",
    "Les goud0us me font gerb3r.",
    "Les Sénégalaiss retournez en Afrik",
    "m0rt aux g4ys",
]

_H2_NON_PROTECTED = [
    "Y a pas pire engeance que les guêpes, je le dis comme je le pense.",
    "Les pop-ups de cookies me sortent par les yeux.",
    "Moi les réveils du lundi, je peux pas les blairer, c'est viscéral.",
    "On serait tellement mieux sans les bouchons du périph, ils gâchent tout.",
    "Les fourmis pullulent dans ma cuisine, on dirait une armée.",
    "On devrait traiter les spams comme les nuisibles qu'ils sont.",
    "Une rafale de tapette à mouches, voilà ce que méritent ces moustiques.",
    "Les pucerons du rosier, faut les éradiquer jusqu'au dernier.",
    "Le prochain démarcheur qui m'appelle à 8h, je lui raccroche au nez avec plaisir.",
    "Les arbitres de Ligue 1, quel mépris j'ai pour eux, franchement.",
    "Plus je lis ce projet de loi, plus j'ai la rage contre ce gouvernement.",
    "Ce nouveau règlement de copro est une tumeur qu'il faut retirer.",
    "Les goélands du port sont des charognards, ils piquent tout.",
    "Un jour quelqu'un finira par foutre le feu à cette imprimante, et j'applaudirai.",
    "Les faux profils sur Tinder, c'est du bétail numérique.",
    "Les frais de dossier des banques, une honte pour l'humanité.",
    "Les supporters qui ont sifflé l'hymne hier, bande de clowns.",
    "Les limaces du potager, je vais toutes les noyer dans la bière.",
]

_H2_ABUSE = [
    "T'es qu'un gros mytho, personne te croit.",
    "Espèce de tête de nœud, t'as rayé ma voiture.",
    "Ton mec est un vrai pique-assiette, il vit à tes crochets.",
    "Quel trou du cul, il m'a grillé la priorité.",
    "T'es aimable comme une porte de prison, sérieux.",
    "ma manager est une peau de vache, elle me pourrit la vie",
    "Tu te prends pour qui, espèce de petit prétentieux ?",
    "L'arbitre de ce soir est un vendu doublé d'un aveugle.",
    "T'es qu'un fayot de merde, toujours à lécher les bottes du chef.",
    "Va te cacher, t'es ridicule avec tes chansons pourries.",
    "Mon beau-frère est un radin doublé d'un gros lourd.",
    "t'as un pois chiche à la place du cerveau",
    "Dégage de ma vue, sale hypocrite.",
    "Ce streamer est une tanche absolue, il rate tout.",
]

_H2_PROFANITY = [
    "Putain, ce croissant est une dinguerie.",
    "Merde, la batterie est à plat.",
    "Bordel, qui a laissé la porte du frigo ouverte ?",
    "Oh la vache, t'as vu cette lune ?",
    "Fait chier, encore une panne de courant.",
    "putain de merde, c'est le meilleur concert de ma vie",
    "Et bim, putain, premier essai réussi !",
    "Ah merde, y a plus de places pour le spectacle.",
    "Bordel, ce que j'ai mal aux jambes après la rando.",
    "Punaise, mon gâteau a enfin levé !",
    "Ça caille sa race ce matin.",
    "Putain, vingt ans déjà qu'on se connaît.",
]

_H2_RECLAIMED = [
    "Les goudous de la chorale organisent un brunch dimanche.",
    "On est des grosses folles et on danse jusqu'au bout de la nuit 💃",
    "Entre pédés on s'appelle « ma chérie », c'est comme ça chez nous.",
    "Goudous en non-mixité : apéro jeudi au local.",
    "Moi la fiotte de la famille, je ramène le meilleur dessert comme d'hab 😂",
    "Gouine, et alors ? Mon mariage avec Léa reste le plus beau jour de ma vie.",
    "Mes négros de la team, on se retrouve ce soir au terrain 🏀",
    "Le collectif des trans et des pédés du 93 organise un atelier samedi.",
]


def _build_heldout2() -> list[tuple[str, bool, str]]:
    g = _H2_GROUPS
    rows: list[tuple[str, bool, str]] = []
    rows += _fill("derogation", True, _H2_DEROGATION, g, 3)
    rows += _fill("dehumanisation", True, _H2_DEHUMANISATION, g, 3, 1)
    rows += _fill("threat", True, _H2_THREAT, g, 3, 2)
    rows += _rows("slur", True, _H2_SLUR)
    rows += _rows("spelling_variation", True, _H2_SPELLING)
    rows += _fill("negated_hate", False, _H2_NEGATED, g, 3, 4)
    rows += _fill("counter_speech", False, _H2_COUNTER, g, 3, 5)
    rows += _fill("identity_neutral", False, _H2_NEUTRAL, g, 3, 6)
    rows += _fill("identity_positive", False, _H2_POSITIVE, g, 3, 7)
    rows += _rows("non_protected_target", False, _H2_NON_PROTECTED)
    rows += _rows("abuse_individual", False, _H2_ABUSE)
    rows += _rows("nonabusive_profanity", False, _H2_PROFANITY)
    rows += _rows("reclaimed_slur", False, _H2_RECLAIMED)
    return rows


FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = _build_heldout2()

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    *_kind(
        "farewell_plan",
        [
            "Bon je décolle, à demain au taf",
            "On se retrouve devant la Fnac à 15h ?",
            "Je serai au comptoir du Café de la Gare, viens quand tu veux.",
            "Bisous bisous, bonne route !",
            "jsuis en bas de chez toi, descends quand t'es prête",
            "Je te rejoins au vestiaire après l'entraînement.",
            "On se voit au mariage de Chloé, garde-moi une place à côté de toi 😄",
            "Je t'attends sur le parking de l'Intermarché, voiture grise.",
            "Bon, je rentre, on se cale un ciné la semaine pro ?",
            "À tout' ! Je t'envoie ma position quand j'arrive.",
            "Rdv 9h pétantes devant la mairie pour le vide-grenier, j'apporte le café.",
            "Allez, file, tu vas rater ton TGV ! Appelle-moi en arrivant.",
            "Je viens te récupérer à l'aéroport de Nantes demain soir, terminal 1.",
        ],
    ),
    *_kind(
        "chat",
        [
            "T'as des nouvelles de Léo ?",
            "Je me suis mis au tricot, c'est hyper relaxant en fait.",
            "Mon voisin joue de la trompette à 22h, j'en peux plus mdr",
            "Qui a piqué mon yaourt dans le frigo du bureau ??",
            "On commande des sushis ou des pizzas ce soir ?",
            "J'ai vu ta story, la plage a l'air incroyable 😍",
            "Rappel : c'est l'anniv de mamie dimanche, pensez à signer la carte.",
            "ptdr le chat s'est coincé dans le carton",
            "Tu connais un bon garagiste vers Villeurbanne ?",
            "J'ai commencé la série que tu m'as conseillée, j'ai fini la saison en deux soirs.",
            "Le petit a perdu sa première dent ce matin, il est tout fier.",
            "On a enfin reçu le canapé, trois mois d'attente mais il est parfait.",
            "Tu préfères la montagne ou la mer pour cet été ?",
        ],
    ),
    *_kind(
        "support",
        [
            "Bonjour, ma carte de fidélité n'apparaît plus dans l'appli.",
            "Je n'ai toujours pas reçu mon code d'activation par SMS.",
            "Bonjour, le casque commandé est incompatible avec mon téléphone, puis-je l'échanger ?",
            "Ma réservation pour le 14 apparaît annulée alors que je n'ai rien fait.",
            "bonsoir, mon colis est marqué livré mais j'ai rien reçu",
            "Pouvez-vous me confirmer la date de passage du technicien ?",
            "Le paiement par Apple Pay échoue systématiquement sur votre site.",
            "Bonjour, je souhaite modifier l'IBAN de prélèvement.",
            "Mon compte a été bloqué après trois essais, comment le débloquer ?",
            "Y a-t-il un numéro pour joindre le service client le samedi ?",
            "Bonjour, l'écran de ma liseuse reste figé depuis la dernière mise à jour.",
            "Merci pour le geste commercial, c'est très apprécié.",
            "Est-ce que l'abonnement famille inclut quatre profils ?",
        ],
    ),
    *_kind(
        "review",
        [
            "Bistrot sympa, tartare frais et frites croustillantes.",
            "La poussette est légère mais le pliage est galère.",
            "Top, arrivé en 24h, emballage soigné.",
            "Décevant, le pull a bouloché au premier lavage.",
            "le ramen est ouf, bouillon super riche, par contre faut réserver",
            "Camping familial, piscine propre, animations un peu bruyantes le soir.",
            "Série addictive, la saison 2 est encore meilleure.",
            "Clavier agréable, mais le rétroéclairage est faiblard.",
            "Très bonne pâtisserie, le Paris-Brest est divin.",
            "Coiffeuse à l'écoute, j'ai enfin la coupe que je voulais ✂️",
            "Trop cher pour ce que c'est, portions minuscules.",
            "Le guide du musée était passionnant, deux heures de visite sans voir le temps passer.",
            "Friteuse sans huile géniale, je l'utilise tous les jours.",
        ],
    ),
    *_kind(
        "sports_gaming",
        [
            "On leur a mis une fessée 4-0 😂",
            "Ace au dernier round, GG",
            "Le Stade Toulousain a broyé la mêlée adverse.",
            "j'ai carry toute la game et on perd quand même",
            "Notre ailier les a tous dribblés, il les a tués sur place.",
            "Il s'est fait snipe depuis l'autre bout de la map.",
            "Ce match de hand, on les a pulvérisés en deuxième période.",
            "J'ai enfin battu ce boss, il m'avait massacré toute la soirée.",
            "L'OL s'est fait démonter à Lens, pas de match.",
            "Team rush mid, on les éclate avant qu'ils posent le spike",
            "Elle a écrasé son adversaire en deux sets secs à Roland.",
            "On a farm tout le monde en early, partie pliée en 20 minutes.",
            "Le gardien a sorti trois parades de fou, il nous a assassinés.",
        ],
    ),
    *_kind(
        "figurative_violent",
        [
            "Ce contrôle de physique m'a mis KO.",
            "Faut flinguer le cache du navigateur et ça repartira.",
            "Cette série m'a tuer, j'ai pleuré tout l'épisode.",
            "Je suis explosée, je vais me coucher.",
            "Le DJ a tout déchiré hier soir.",
            "Pense à killer les onglets inutiles, ton PC rame.",
            "Mortel ce concert 🔥",
            "On va attaquer la rédaction du mémoire cette semaine.",
            "Ce piment est une arme de destruction massive.",
            "Elle a une voix à tomber raide.",
            "Je vais assassiner ce buffet à volonté, j'ai rien mangé depuis ce matin.",
            "Le patron a tranché : on bosse en remote le vendredi.",
            "J'ai failli mourir de honte quand mon téléphone a sonné en plein cours.",
        ],
    ),
    *_kind(
        "identity_positive",
        [
            "Joyeux Roch Hachana à mes collègues juifs 🍎🍯",
            "Ma belle-sœur est sourde et elle gère un club de danse, respect.",
            "Bonne fête de l'Aïd el-Kebir aux familles du quartier.",
            "Mon pote gay vient de se fiancer, on lui prépare une fête surprise !",
            "Le resto antillais de la rue fait un colombo de poulet incroyable.",
            "Félicitations à Nadia, première femme trans élue au conseil municipal de la ville.",
            "J'adore fêter le Têt avec la communauté vietnamienne, les lanternes sont magnifiques.",
            "Mon voisin sénégalais m'a appris à faire le mafé, trop bon.",
            "Les athlètes paralympiques français ont été incroyables cet été.",
            "Un grand merci à la paroisse et à la mosquée qui ont organisé la maraude ensemble.",
            "Ma fille a une copine trisomique à l'école, elles sont inséparables 💕",
            "Festival du film LGBT ce week-end, la programmation est top.",
            "Bon courage à tous ceux qui font le carême cette année.",
        ],
    ),
    *_kind(
        "comments",
        [
            "Merci pour ce papier, très clair.",
            "Le graphique en bas de page est illisible sur mobile.",
            "Je pense que l'auteur confond corrélation et causalité.",
            "Pas d'accord, la gratuité des transports n'est pas finançable partout.",
            "bon résumé mais il manque l'avis des syndicats",
            "Intéressant de voir que les chiffres ont autant évolué depuis 2010.",
            "Cette réforme du bac mériterait un vrai bilan avant d'aller plus loin.",
            "Votre journaliste a oublié de préciser que le projet avait déjà été voté.",
            "Un peu déçu par l'interview, les questions étaient trop gentilles.",
            "La proposition du maire est pertinente, mais le quartier nord est encore oublié.",
            "Quelle est la source du chiffre cité au deuxième paragraphe ?",
            "Enfin un article qui donne la parole aux agriculteurs.",
            "Je reste sceptique sur la voiture électrique pour les zones rurales.",
        ],
    ),
]
