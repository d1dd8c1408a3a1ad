# ruff: noqa: E501
"""French (fr): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Mes trois monstres font un concours de cris depuis 7h du mat. Je vais les pendre par les pieds au portemanteau 😂 (après mon café)",
    ),
    ("violent_hyperbole", False, "Mon chum a mangé la dernière poutine, j'vais l'tuer 😤😂"),
    (
        "violent_hyperbole",
        False,
        "Celui qui a collé un post-it « merci de laver vos tasses » sur MA tasse, je vais le retrouver et le découper en rondelles 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Si tu rates encore le dernier tram, je te ramène à coups de pied au derrière, hein fieu 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ma belle-mère va m'écorcher vive quand elle verra que j'ai cramé sa tarte Tatin.",
    ),
    (
        "violent_hyperbole",
        False,
        "frérot si tu remets ton réveil à 5h30 pendant les vacances je t'enterre dans le jardin 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "On va étrangler le stagiaire, il a répondu « ok boomer » au client 😂 bon, on va surtout lui expliquer",
    ),
    (
        "violent_hyperbole",
        False,
        "J'te jure, si ma tante repose la question « et les amours ? » au repas de Noël, je l'assomme avec la dinde 🦃",
    ),
    (
        "violent_hyperbole",
        False,
        "Ma fille de 15 ans m'a dit « t'es cringe maman ». Je vais l'étouffer de bisous devant ses copines, elle va voir 😂",
    ),
    ("violent_hyperbole", False, "Arrête de me chatouiller ou je te mords, je rigole pas 😂"),
    (
        "violent_hyperbole",
        False,
        "Mon petit frère a pris mes baskets pour aller au maquis, je vais le tuer ce soir même 😂 il est où même ?",
    ),
    (
        "violent_hyperbole",
        False,
        "Si t'avais pas apporté les croissants ce matin, je t'aurais décapité. T'as sauvé ta peau 🥐😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Quand je vois mon mari bricoler, j'ai envie de lui arracher la perceuse des mains avant qu'il démolisse le salon.",
    ),
    (
        "violent_hyperbole",
        False,
        "Mon collègue siffle toute la journée. Un jour je vais lui faire avaler son sifflet, je sens que ça vient 🙃",
    ),
    (
        "violent_hyperbole",
        False,
        "Je vais tuer Léa, elle m'a inscrite au karaoké sans me demander 😱😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Si mon père raconte encore sa blague sur les Belges au dîner, on l'attache à sa chaise et on le bâillonne, c'est voté à l'unanimité 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Tabarnak, mon chum a encore oublié de sortir les vidanges, j'vas l'assommer avec la pelle à neige 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Cette gamine va me faire mourir, elle a encore caché mes clés dans le lave-vaisselle 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Si t'annules encore notre resto à la dernière minute, je te jette aux lions 🦁😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Tu m'as piqué mon chargeur ?! Cours, parce que si je t'attrape t'es cuit 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Je vais assassiner le voisin du dessus qui fait des squats à 23h. Bon, je vais surtout lui laisser un petit mot poli.",
    ),
    (
        "violent_hyperbole",
        False,
        "Ma prof de piano va me pendre par les pouces, j'ai pas touché au clavier de la semaine.",
    ),
    (
        "violent_hyperbole",
        False,
        "Mon frère a liké une photo de mon ex. Je vais le défenestrer, ce traître 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Sérieux Manon, t'as raconté à tout le monde que j'ai pleuré devant Le Roi Lion ? Je vais t'étouffer avec tes propres mouchoirs 😂😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ça fait trois fois que le GPS me fait faire demi-tour, je vais l'étrangler ce truc",
    ),
    (
        "violent_hyperbole",
        False,
        "J'vais tuer ma coiffeuse, je lui avais dit « juste les pointes » 😭✂️",
    ),
    (
        "violent_hyperbole",
        False,
        "Si tu me refais le coup de la fausse araignée dans le lit, t'es mort et enterré 😂🕷️",
    ),
    (
        "violent_hyperbole",
        False,
        "Mon boss m'a renvoyé le rapport entièrement corrigé en rouge. Il veut ma mort, clairement 💀",
    ),
    (
        "violent_hyperbole",
        False,
        "Mon grand frère a bu tout le bissap, je vais l'attacher au baobab jusqu'à ce qu'il rembourse 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Chéri, si tu ronfles encore cette nuit, je te mets un coup de coude qui t'envoie direct sur le canapé 😴",
    ),
    # games_sports
    ("games_sports", False, "À la belote ce soir on va vous laminer, mon grand-père et moi 😂"),
    ("games_sports", False, "Le Stade Toulousain a écrasé le Racing 40-3, une leçon de rugby."),
    ("games_sports", False, "J'ai snipé le mec depuis l'autre bout de la map, no scope 🎯"),
    (
        "games_sports",
        False,
        "Le Canadien va se faire planter par Boston à soir si la défense se réveille pas",
    ),
    (
        "games_sports",
        False,
        "Dans Valorant, Jett te tue avant même que t'aies vu l'angle, c'est n'importe quoi",
    ),
    (
        "games_sports",
        False,
        "Match de volley : on les a assassinés au service, 25-12 au premier set.",
    ),
    ("games_sports", False, "Ta base va tomber, je vais tout raser en cinq minutes 😈"),
    (
        "games_sports",
        False,
        "Au ping-pong je vais t'humilier, cette fois je te fais pas de cadeau 🏓",
    ),
    (
        "games_sports",
        False,
        "Les Lions indomptables ont dévoré leurs adversaires en deuxième mi-temps 🇨🇲",
    ),
    ("games_sports", False, "bro couvre-moi, je pose la bombe sur A et on les descend un par un"),
    (
        "games_sports",
        False,
        "Au foot à cinq mardi, je te fais un petit pont et je t'enterre, tu vas voir",
    ),
    ("games_sports", False, "Il a dynamité la course à 40 km de l'arrivée, personne a pu suivre."),
    ("games_sports", False, "La Belgique va se faire démolir en demie, j'ai aucun espoir 😭"),
    (
        "games_sports",
        False,
        "Dans Zelda, au début, les Lynels te tuent en trois coups, faut les éviter",
    ),
    ("games_sports", False, "Mon perso s'est fait décapiter par le boss, retour au checkpoint 🙃"),
    ("games_sports", False, "Reims s'est fait achever sur un penalty à la 94e."),
    (
        "games_sports",
        False,
        "Au Monopoly je t'ai ruiné et je t'ai achevé avec la rue de la Paix 😂",
    ),
    (
        "games_sports",
        False,
        "Il a sacrifié sa dame et il a tué la partie en quatre coups, du grand art.",
    ),
    ("games_sports", False, "On va leur sacrer une volée au Centre Bell samedi 🏒"),
    (
        "games_sports",
        False,
        "Étranglement arrière au premier round, il a tapé tout de suite. Belle soumission.",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Mon ex m'envoie des vocaux où il dit qu'il va « finir le travail ». J'ai peur de sortir seule, qui je dois contacter ?",
    ),
    (
        "threat_reported",
        False,
        "Bonjour, je suis journaliste. Depuis mon article sur la mairie, je reçois des messages disant qu'on va me « faire taire pour de bon ». Mon rédacteur en chef veut qu'on porte plainte ensemble.",
    ),
    (
        "threat_reported",
        False,
        "Un homme a été interpellé à Liège pour avoir menacé de mort son ancienne compagne par SMS.",
    ),
    (
        "threat_reported",
        False,
        "On appelle qui quand un voisin menace de nous casser les jambes ? Le 911 direct ?",
    ),
    (
        "threat_reported",
        False,
        "Mon fils de 12 ans a reçu sur Snap « demain t'es mort à la récré ». Je préviens l'école ou la police d'abord ?",
    ),
    (
        "threat_reported",
        False,
        "Un client mécontent a dit à ma collègue qu'il connaissait son adresse et qu'il viendrait « s'occuper d'elle ». On a bloqué son compte et prévenu la police.",
    ),
    (
        "threat_reported",
        False,
        "Dans notre cour à Abidjan, un locataire a menacé le gardien avec une machette. La police est passée ce matin.",
    ),
    (
        "threat_reported",
        False,
        "Un compte anonyme m'a écrit « je vais t'ouvrir le ventre » sous ma dernière vidéo. Je l'ai signalé à TikTok, rien. Je fais quoi ?",
    ),
    (
        "threat_reported",
        False,
        "Ma voisine âgée m'a confié que son petit-fils menace de la frapper si elle lui donne pas sa pension. Je peux signaler ça où ?",
    ),
    (
        "threat_reported",
        False,
        "Mon chef m'a dit devant témoins « si tu vas aux prud'hommes, je te défonce ». Je peux m'en servir contre lui ?",
    ),
    (
        "threat_reported",
        False,
        "Pendant la manif, un type m'a pointé du doigt en criant qu'il allait me crever. Je l'ai recroisé hier dans ma rue 😰",
    ),
    (
        "threat_reported",
        False,
        "Une infirmière des urgences a été menacée d'être égorgée par un patient. Le personnel a exercé son droit de retrait.",
    ),
    (
        "threat_reported",
        False,
        "Une amie à Dakar me dit que son mari l'a menacée avec un couteau devant les enfants. Comment l'aider depuis la France ?",
    ),
    (
        "threat_reported",
        False,
        "Mon coéquipier au hand a reçu des messages « on va te péter les genoux » après le match. Le club a saisi la fédé.",
    ),
    (
        "threat_reported",
        False,
        "Question sérieuse : si un élève écrit « je vais tuer Mme Roux » dans le groupe de classe, c'est aux parents ou au principal de réagir ?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "Le procès des attentats du 13-Novembre a duré près de dix mois.",
    ),
    (
        "violence_discussed",
        False,
        "Dans « Les Misérables », Gavroche meurt sur la barricade en chantant.",
    ),
    (
        "violence_discussed",
        False,
        "Le cours de krav-maga du jeudi commence toujours par les dégagements de saisie au poignet.",
    ),
    (
        "violence_discussed",
        False,
        "Une fracture du crâne peut passer inaperçue au début, d'où l'importance du scanner après un choc violent.",
    ),
    (
        "violence_discussed",
        False,
        "L'épisode de ce matin revient sur un double meurtre jamais élucidé dans les Vosges.",
    ),
    (
        "violence_discussed",
        False,
        "La bataille de Waterloo a fait des dizaines de milliers de morts et de blessés en une seule journée.",
    ),
    (
        "violence_discussed",
        False,
        "En 1994, le génocide des Tutsi au Rwanda a fait environ 800 000 morts en cent jours.",
    ),
    (
        "violence_discussed",
        False,
        "Dans « Germinal », la scène où les femmes s'en prennent au cadavre de Maigrat est d'une violence rare pour l'époque.",
    ),
    (
        "violence_discussed",
        False,
        "« La Haine » se termine sur un coup de feu dont on ne voit pas l'issue.",
    ),
    (
        "violence_discussed",
        False,
        "Selon le rapport d'autopsie, la victime portait des traces de coups à l'arrière du crâne.",
    ),
    (
        "violence_discussed",
        False,
        "Une série documentaire québécoise revient sur la tuerie de Polytechnique de 1989.",
    ),
    (
        "violence_discussed",
        False,
        "En cours d'anatomie : une section de l'artère fémorale peut entraîner une hémorragie mortelle en quelques minutes.",
    ),
    (
        "violence_discussed",
        False,
        "« Le Meurtre de Roger Ackroyd » a l'un des retournements les plus célèbres du roman policier.",
    ),
    (
        "violence_discussed",
        False,
        "Sous Léopold II, l'État indépendant du Congo a pratiqué des mutilations de masse sur les travailleurs.",
    ),
    (
        "violence_discussed",
        False,
        "Atelier d'autodéfense au centre social samedi : comment réagir si quelqu'un vous agrippe dans la rue.",
    ),
    # everyday_idiom
    (
        "everyday_idiom",
        False,
        "Je passe à la poste en allant chez le médecin, comme ça je fais d'une pierre deux coups.",
    ),
    ("everyday_idiom", False, "Il a déjà perdu son poste, pas la peine de tirer sur l'ambulance."),
    (
        "everyday_idiom",
        False,
        "Attends d'avoir signé le contrat : il ne faut pas vendre la peau de l'ours avant de l'avoir tué.",
    ),
    (
        "everyday_idiom",
        False,
        "Après trois défaites, ce but encaissé à la dernière minute, c'était le coup de grâce.",
    ),
    ("everyday_idiom", False, "La banque nous met le couteau sous la gorge avec ce prêt."),
    (
        "everyday_idiom",
        False,
        "Toute la presse tire à boulets rouges sur le ministre depuis lundi.",
    ),
    ("everyday_idiom", False, "Courage pour ta semaine, ce qui ne tue pas rend plus fort 💪"),
    ("everyday_idiom", False, "Les chaussettes dans les sandales, c'est un vrai tue-l'amour."),
    ("everyday_idiom", False, "Ma mère s'est tuée à la tâche pendant trente ans à l'usine."),
    (
        "everyday_idiom",
        False,
        "J'ai pris une claque en découvrant le Mont-Saint-Michel au lever du soleil.",
    ),
    (
        "everyday_idiom",
        False,
        "Arrête de casser du sucre sur le dos de ta collègue, elle est sympa.",
    ),
    ("everyday_idiom", False, "Mon projet s'est fait descendre en flammes en réunion ce matin."),
    ("everyday_idiom", False, "Les deux frères sont à couteaux tirés depuis l'héritage."),
    ("everyday_idiom", False, "Dans ce film, elle crève l'écran, elle mérite le César."),
    (
        "everyday_idiom",
        False,
        "J'en mettrais ma main à couper : c'est lui qui a mangé le dernier biscuit.",
    ),
    (
        "everyday_idiom",
        False,
        "Quand il est parti chez le concurrent sans prévenir, ça a été un coup de poignard dans le dos pour toute l'équipe.",
    ),
    ("everyday_idiom", False, "La direction a tué le projet dans l'œuf, dommage."),
    ("everyday_idiom", False, "les gamins chantent à tue-tête dans la voiture depuis une heure"),
    (
        "everyday_idiom",
        False,
        "Rater un train, c'est pas la mort, y en a un autre dans vingt minutes.",
    ),
    (
        "everyday_idiom",
        False,
        "Il faut battre le fer tant qu'il est chaud : rappelle le recruteur aujourd'hui.",
    ),
    # threat_individual
    (
        "threat_individual",
        True,
        "Monsieur le journaliste, arrêtez votre enquête sur notre association. Votre femme rentre à pied de la gare tous les soirs, c'est bien ça ?",
    ),
    (
        "threat_individual",
        True,
        "Hé l'arbitre, t'as sifflé ce penalty et on sait que t'habites à Charleroi. Samedi prochain tu rentres pas chez toi sur tes deux jambes.",
    ),
    (
        "threat_individual",
        True,
        "Mon tabarnak, touche encore à ma clôture pis j'te casse la yeule, j'te niaise pas.",
    ),
    (
        "threat_individual",
        True,
        "Gars, tu parles trop sur moi au quartier. Un soir on va te coincer derrière le maquis et te casser les côtes.",
    ),
    (
        "threat_individual",
        True,
        "Tu m'as volé ma promotion, Laurent. Profite bien de ton fauteuil, tu vas plus t'y asseoir longtemps quand je t'aurai cassé le dos.",
    ),
    (
        "threat_individual",
        True,
        "@Mina_joue joli setup sur ta dernière vidéo. On voit bien la fenêtre et le clocher derrière. Je passe te rendre visite bientôt 🙂",
    ),
    (
        "threat_individual",
        True,
        "Tu crois que ton nouveau mec va te protéger ? Je vais vous démolir tous les deux, et toi en premier.",
    ),
    (
        "threat_individual",
        True,
        "Si jamais tu dis aux flics que tu m'as vu ce soir-là, c'est ta petite sœur qui va payer.",
    ),
    (
        "threat_individual",
        True,
        "Les accidents de scooter, ça arrive vite sur la départementale. Surtout quand on se mêle de ce qui nous regarde pas.",
    ),
    (
        "threat_individual",
        True,
        "Je vous tuerai, Madame Lefèvre. Je vous le dis posément : si vous me retirez la garde, je vous tuerai.",
    ),
    ("threat_individual", True, "je vais te poignarder 🔪"),
    (
        "threat_individual",
        True,
        "Madame la directrice, si mon fils est encore puni, je viens à l'école et je vous mets mon poing dans la figure devant tous les parents.",
    ),
    (
        "threat_individual",
        True,
        "Ton chien qui aboie toute la nuit, la prochaine fois c'est lui qui avale du poison. Et après c'est ton tour.",
    ),
    (
        "threat_individual",
        True,
        "T'as jusqu'à dimanche pour rendre les 800 balles. Lundi on vient te chercher à ton boulot et tu finis dans le coffre.",
    ),
    (
        "threat_individual",
        True,
        "gg ez mais t'as eu tort de me report. j'ai ton nom, ton lycée à Rennes, et demain à la récré je te fracasse",
    ),
    (
        "threat_individual",
        True,
        "Jolie ta robe bleue ce matin au marché. Tu devrais pas rentrer seule par le parc, on sait jamais qui t'attend.",
    ),
    (
        "threat_individual",
        True,
        "Si tu me laisses, j'te jure que j'vas te faire mal, pis pas juste un peu.",
    ),
    (
        "threat_individual",
        True,
        "Mon frère, si tu touches encore à ma go, on va te tailler à la machette, c'est pas un jeu.",
    ),
    ("threat_individual", True, "Sale balance, je vais te couper la langue."),
    (
        "threat_individual",
        True,
        "Monsieur le député, votre permanence est au 3 rue Gambetta. On viendra vous y chercher et vous n'en repartirez pas.",
    ),
    ("threat_individual", True, "jvais te faire bouffer le bitume jusqu'à ce que tu respires plus"),
    (
        "threat_individual",
        True,
        "Toi le videur, recale-moi encore une fois et je reviens avec un fusil.",
    ),
    (
        "threat_individual",
        True,
        "Tu m'as encore ridiculisé en réunion. Ce soir à la sortie du métro à Schaerbeek, tu vas comprendre ce que ça coûte.",
    ),
    (
        "threat_individual",
        True,
        "Ils sont mignons, tes jumeaux, avec leurs cartables rouges. Ce serait bête qu'ils traversent au mauvais moment.",
    ),
    (
        "threat_individual",
        True,
        "Encore une seule plainte au syndic et je t'éclate la tête à coups de marteau.",
    ),
    (
        "threat_individual",
        True,
        "T'as vu ce qui est arrivé à ton chat ? Ce sera pareil pour toi si tu déménages pas.",
    ),
    (
        "threat_individual",
        True,
        "Je vais te découper en morceaux et te donner à bouffer aux cochons, connard.",
    ),
    (
        "threat_individual",
        True,
        "Tu fais la belle sur TikTok mais je sais dans quelle pharmacie tu bosses. Un jour je viens et je te balance de l'acide.",
    ),
    (
        "threat_individual",
        True,
        "Arrête de me regarder comme ça ou je te plante un tournevis dans l'œil.",
    ),
    (
        "threat_individual",
        True,
        "Câlice, dis encore un mot au boss sur moi pis tu vas sortir de l'usine en civière.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Elle habite au-dessus de la boulangerie à Roubaix. Si quelqu'un passe par là, défigurez-la, elle l'a cherché.",
    ),
    (
        "incitement_individual",
        True,
        "Les gars du quartier, le type qui a frappé ma mère traîne tous les soirs au PMU. Allez le chercher et brisez-lui les bras.",
    ),
    (
        "incitement_individual",
        True,
        "Qui va l'attendre, le contrôleur roux de la ligne 4 ? Un bon coup de barre et il contrôlera plus personne.",
    ),
    (
        "incitement_individual",
        True,
        "Si quelqu'un voit le gars qui a volé mon char à Longueuil, câlissez-lui une volée pis cassez-lui les mains.",
    ),
    (
        "incitement_individual",
        True,
        "Les jeunes, vous connaissez la maison du commissaire. Ce soir on va lui régler son compte, apportez les machettes.",
    ),
    (
        "incitement_individual",
        True,
        "Je partage le compte de cette influenceuse. Trouvez où elle vit et faites-lui passer l'envie de parler, par tous les moyens 😈",
    ),
    (
        "incitement_individual",
        True,
        "Franchement, le premier qui met une balle à ce juge, je lui paie sa caution.",
    ),
    (
        "incitement_individual",
        True,
        "Le coach sort par l'entrée B après chaque match. Qu'on l'attende à dix et qu'il reparte sur une civière.",
    ),
    (
        "incitement_individual",
        True,
        "Quelqu'un dans ce groupe connaît la copine de Yanis ? Faut lui mettre une correction, qu'elle apprenne à fermer sa bouche.",
    ),
    (
        "incitement_individual",
        True,
        "Allez-y les frères, crevez-lui les yeux à ce mouchard, il habite le bâtiment C.",
    ),
]
