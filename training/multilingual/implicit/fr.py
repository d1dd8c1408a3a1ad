"""French (fr): a fifth training part: implicit hate without slurs or insult words (stereotypes,
sarcasm, conspiracy framing, dog whistles, dehumanising metaphors, veiled threats), and hard
negatives in the same registers, plus everyday lines."""

# ruff: noqa: E501

from __future__ import annotations

FUNCTIONAL_TRAIN5: list[tuple[str, bool, str]] = [
    # --- derogation (hateful) ---
    (
        "derogation",
        True,
        "Bizarre, à chaque fois qu'un vélo disparaît dans la résidence, c'est pile la semaine où les Roms s'installent sur le terrain d'à côté. Pure coïncidence bien sûr.",
    ),
    (
        "derogation",
        True,
        "Les Africains et la ponctualité, c'est une histoire d'amour impossible. Et après ils s'étonnent qu'on ne les embauche pas.",
    ),
    (
        "derogation",
        True,
        "Moi je dis juste que si tu prêtes de l'argent à un Juif, faut pas t'attendre à le revoir sans les intérêts 😏",
    ),
    (
        "derogation",
        True,
        "Elle est très compétente pour une femme, faut le reconnaître, elle a même réussi à garer la voiture de service toute seule.",
    ),
    (
        "derogation",
        True,
        "Les médias, les banques, le cinéma... on va finir par remarquer que c'est toujours la même petite communauté aux manettes, mais chut, faut pas le dire.",
    ),
    (
        "derogation",
        True,
        "Ils touchent les allocs dès l'arrivée, logement, CMU, tout gratuit. Les migrants ont compris avant nous comment marche la France.",
    ),
    (
        "derogation",
        True,
        "Les Chinois du quartier ouvrent une boutique par mois, payée en liquide. Personne ne se demande d'où vient l'argent ? Ils ne paient jamais d'impôts, c'est connu.",
    ),
    (
        "derogation",
        True,
        "Encore une « chance pour la France » qui a fait la une ce matin. On les collectionne.",
    ),
    (
        "derogation",
        True,
        "J'ai rien contre les homos, mais pourquoi faut-il qu'ils fassent de leur sexualité une identité et qu'ils viennent l'imposer aux enfants à l'école ?",
    ),
    (
        "derogation",
        True,
        "Une femme trans dans les vestiaires des filles, c'est juste un homme qui a trouvé une excuse. Point.",
    ),
    (
        "derogation",
        True,
        "Les handicapés au travail, c'est surtout une ligne dans le rapport RSE. Dans les faits ils ralentissent toute l'équipe.",
    ),
    (
        "derogation",
        True,
        "Tu embauches un autiste, tu embauches aussi ses crises. Bon courage au manager.",
    ),
    (
        "derogation",
        True,
        "Les Algériens adorent tellement la France qu'ils ne veulent jamais la quitter, mais c'est leur drapeau qu'ils sortent au premier match. Faudrait savoir.",
    ),
    (
        "derogation",
        True,
        "Franchement, les Marocains sont très accueillants... surtout avec le portefeuille des touristes.",
    ),
    (
        "derogation",
        True,
        "Pourquoi les musulmans ont-ils toujours besoin de salles de prière, de menus spéciaux, d'horaires spéciaux ? Ils sont venus s'adapter ou nous adapter ?",
    ),
    (
        "derogation",
        True,
        "La collègue qui répète en réunion ce que Marc a dit dix minutes avant. Classique. C'est biologique, les femmes ont besoin qu'on les écoute, pas qu'on les suive.",
    ),
    (
        "derogation",
        True,
        "Les Tchétchènes, t'as pas besoin de lire leur casier pour savoir comment ça va finir.",
    ),
    (
        "derogation",
        True,
        "Mon fils a un nouveau prof, il s'appelle Mamadou. Bon, au moins il sera bien en sport, pour les maths on verra 🙃",
    ),
    (
        "derogation",
        True,
        "Super journée au marché ce matin, les tomates commencent enfin à avoir du goût et j'ai trouvé du chèvre frais pas cher. Après on est allés au parc avec les petits. Seul bémol : le coin de la fontaine est devenu le salon des gens du voyage, et comme par hasard mon sac a failli partir avec eux.",
    ),
    (
        "derogation",
        True,
        "On a enfin fini de repeindre la chambre du bébé, un jaune très doux, je suis fière de nous. Mon mari a monté le lit sans la notice, miracle. Par contre on cherche toujours une nounou, et je le dis clairement : pas d'Africaine, je veux quelqu'un de propre qui parle correctement français.",
    ),
    (
        "derogation",
        True,
        "Statistiquement les Noirs sont surreprésentés en prison. Les chiffres ne mentent pas, c'est peut-être dans les gènes, non ? Je pose juste la question.",
    ),
    (
        "derogation",
        True,
        "Les Roumains, c'est pas qu'ils volent, c'est qu'ils « empruntent » sans prévenir et sans rendre 😂",
    ),
    (
        "derogation",
        True,
        "Une femme chef d'état-major ? Et pendant ses règles on déclare la guerre à qui ?",
    ),
    (
        "derogation",
        True,
        "Les lesbiennes, c'est juste des filles qui n'ont pas encore rencontré le bon mec, tout le monde le sait.",
    ),
    (
        "derogation",
        True,
        "Les Asiatiques sont bons en maths parce qu'ils n'ont aucune imagination, ils recopient. Toute leur industrie, c'est de la copie.",
    ),
    (
        "derogation",
        True,
        "Demande à n'importe quel prof de banlieue combien de ses élèves maghrébins savent écrire une phrase sans faute. Ensuite on reparlera d'« inégalités ».",
    ),
    (
        "derogation",
        True,
        "Les réfugiés ukrainiens, ça va, ils sont blancs et chrétiens. Les autres, on sait très bien ce qu'ils viennent chercher ici.",
    ),
    (
        "derogation",
        True,
        "C'est fou comme les Juifs se retrouvent toujours du bon côté de chaque crise financière. Simple talent, j'imagine.",
    ),
    (
        "derogation",
        True,
        "Le vivre-ensemble, c'est quand tu changes de trottoir en voyant un groupe de jeunes Noirs et qu'on te traite de raciste alors que t'es juste lucide.",
    ),
    (
        "derogation",
        True,
        "Un kebab turc, puis un deuxième, puis un troisième, et un jour t'as plus de boulangerie française dans le village. Ils s'installent, ils remplacent, ils ne s'intègrent pas.",
    ),
    (
        "derogation",
        True,
        "Les bisexuels veulent le beurre et l'argent du beurre. Ne sortez jamais avec, ils vous tromperont forcément, c'est dans leur nature.",
    ),
    (
        "derogation",
        True,
        "Pourquoi on dit « personne en situation de handicap » ? Disons plutôt « personne qui vit de nos impôts », ce sera plus honnête.",
    ),
    (
        "derogation",
        True,
        "Les non-binaires, c'est une mode TikTok pour ados qui veulent se rendre intéressants. Dans dix ans plus personne n'en parlera.",
    ),
    (
        "derogation",
        True,
        "Sympa les Comoriens de Marseille, ils ont réussi à transformer tout un quartier en Moroni. Respect pour l'efficacité.",
    ),
    (
        "derogation",
        True,
        "Le Français de papier, il a la carte d'identité mais le cœur reste au bled. On le voit à chaque élection là-bas.",
    ),
    (
        "derogation",
        True,
        "Laisse une femme gérer le budget de l'asso : au bout de trois mois t'as plus de budget, mais t'as de nouveaux rideaux.",
    ),
    (
        "derogation",
        True,
        "Chez eux les femmes sont voilées et enfermées, et ils voudraient nous donner des leçons de tolérance ? Les musulmans, c'est l'obscurantisme en version importée.",
    ),
    (
        "derogation",
        True,
        "Les sourds font semblant de ne pas comprendre quand ça les arrange, je l'ai vu mille fois au guichet.",
    ),
    (
        "derogation",
        True,
        "La seule chose que les Haïtiens savent exporter, c'est la misère et le vaudou.",
    ),
    (
        "derogation",
        True,
        "Hier soir repas entre collègues, très sympa, le chef a même payé le vin. On a parlé vacances, je pars en Bretagne en août si la météo suit. Par contre la nouvelle, une Sénégalaise, a passé la soirée au téléphone à parler fort dans sa langue. On a beau dire, ces gens-là n'ont pas nos codes et ne s'intégreront jamais.",
    ),
    (
        "derogation",
        True,
        "Les Pakistanais du Sentier, c'est pas des commerçants, c'est une filière. Tout le monde le sait mais personne ne dit rien.",
    ),
    (
        "derogation",
        True,
        "Tiens, pour une fois qu'un Arabe se lève avant midi, c'est pour aller à la mosquée 😂",
    ),
    (
        "derogation",
        True,
        "Encore un gay qui fait une crise de nerfs sur Twitter pour une blague. Ils sont vraiment trop fragiles pour la vraie vie.",
    ),
    (
        "derogation",
        True,
        "Les vrais chiffres de l'immigration, on ne les aura jamais, parce que ceux qui les publient ont tout intérêt à ce qu'on ne voie pas le grand remplacement.",
    ),
    (
        "derogation",
        True,
        "Une école qui met des enfants trisomiques en classe normale, c'est une école qui sacrifie trente élèves pour faire plaisir à un seul.",
    ),
    (
        "derogation",
        True,
        "Faut bien admettre que les Antillais ont le rythme dans la peau... pour le reste, c'est plus compliqué 😅",
    ),
    (
        "derogation",
        True,
        "Les femmes voilées devant l'école, c'est pas de la religion, c'est leur façon de marquer le territoire conquis.",
    ),
    (
        "derogation",
        True,
        "Mon plombier est polonais, super boulot et pas cher ! Comme quoi, quand ils ne boivent pas, ils savent travailler.",
    ),
    (
        "derogation",
        True,
        "Quand un Afghan te dit qu'il a 16 ans, compte plutôt 30 et une barbe. Ils mentent tous, et c'est l'État qui paie.",
    ),
    (
        "derogation",
        True,
        "Les Juifs ont toujours un passeport de rechange. Quand ça tourne mal ici, ils savent déjà où aller, leur loyauté est ailleurs.",
    ),
    (
        "derogation",
        True,
        "Mon cousin bosse à la CAF, il dit que les plus gros dossiers, c'est toujours les familles maliennes à dix gosses. Faites le calcul vous-mêmes.",
    ),
    (
        "derogation",
        True,
        "Les femmes n'ont aucun sens de l'orientation, c'est scientifique. Alors une pilote de ligne, très peu pour moi.",
    ),
    (
        "derogation",
        True,
        "Les Kurdes de la rue se disent réfugiés politiques mais ils roulent tous en BMW. Réfugiés de quoi, exactement ?",
    ),
    (
        "derogation",
        True,
        "Un Rom qui travaille ? J'attends encore de voir ça, prévenez-moi si ça arrive un jour 🤣",
    ),
    (
        "derogation",
        True,
        "Les Ivoiriens en soirée sont super sympas, jusqu'au moment où tu recomptes les portables sur la table.",
    ),
    # --- dehumanisation (hateful) ---
    (
        "dehumanisation",
        True,
        "Les migrants arrivent comme une marée noire sur nos plages : on nettoie, ça revient, on nettoie, ça revient.",
    ),
    (
        "dehumanisation",
        True,
        "Les camps de Roms, c'est comme la moisissure dans une salle de bain : si tu ne traites pas à la racine, ça repousse partout.",
    ),
    (
        "dehumanisation",
        True,
        "Ce pays est un corps malade, et ses musulmans sont la tumeur qui grossit en silence.",
    ),
    (
        "dehumanisation",
        True,
        "Tu laisses une porte entrouverte et ils rentrent comme des cafards, un, puis dix, puis cent. Les Africains à Lampedusa, c'est exactement pareil.",
    ),
    (
        "dehumanisation",
        True,
        "Les réfugiés, c'est une nuée de sauterelles : ils passent, ils mangent tout, et ils repartent vers la région suivante.",
    ),
    (
        "dehumanisation",
        True,
        "On n'est plus en France dans ce quartier, on est dans une fourmilière africaine.",
    ),
    (
        "dehumanisation",
        True,
        "L'homosexualité, c'est une contamination : un prof gay dans l'école et bientôt toute la classe est touchée.",
    ),
    (
        "dehumanisation",
        True,
        "Regardez la carte des mosquées en 1980 et celle d'aujourd'hui. On dirait la propagation d'un virus.",
    ),
    (
        "dehumanisation",
        True,
        "Les Juifs, c'est comme un parasite, ça s'accroche à l'hôte jusqu'à ce qu'il ne lui reste plus rien.",
    ),
    (
        "dehumanisation",
        True,
        "Le quartier de la gare, c'est un zoo depuis qu'ils ont ouvert le centre d'accueil pour Soudanais. Manque plus que les grilles et les cacahuètes.",
    ),
    (
        "dehumanisation",
        True,
        "Les Chinois se reproduisent comme des lapins, ils débordent déjà sur toute l'Afrique et bientôt ce sera sur nous.",
    ),
    (
        "dehumanisation",
        True,
        "La transidentité, c'est une épidémie sociale, les trans se transmettent par les écrans comme la grippe.",
    ),
    (
        "dehumanisation",
        True,
        "Chaque bateau qui arrive, c'est un sac poubelle de plus que l'Afrique déverse sur nos côtes.",
    ),
    (
        "dehumanisation",
        True,
        "Les gens du voyage laissent derrière eux la même chose que les sangliers : un champ retourné et des déchets. C'est pas une insulte, c'est de l'observation.",
    ),
    (
        "dehumanisation",
        True,
        "Les Maghrébins dans les cités, c'est une meute : seul il baisse les yeux, à dix il attaque.",
    ),
    (
        "dehumanisation",
        True,
        "À Calais ce n'est pas une crise humanitaire, c'est une invasion. Une armée d'Érythréens et de Soudanais sans uniforme qui attend le bon moment.",
    ),
    (
        "dehumanisation",
        True,
        "On les nourrit, on les loge, et ils se multiplient. Les familles afghanes du foyer, c'est un élevage qu'on paie avec nos impôts.",
    ),
    (
        "dehumanisation",
        True,
        "L'Europe est une vieille maison, et l'immigration africaine, c'est le termite qui ronge les poutres.",
    ),
    ("dehumanisation", True, "Ces femmes en burqa, on dirait des sacs noirs qui marchent."),
    (
        "dehumanisation",
        True,
        "Belle balade dans le Vieux-Lyon hier, les traboules sont magnifiques au soleil. On s'est arrêtés dans un bouchon, le saucisson brioché était parfait. Dommage qu'en redescendant vers la Guillotière on se soit crus dans une fourmilière : des Africains partout, grouillant sur les trottoirs comme des insectes.",
    ),
    (
        "dehumanisation",
        True,
        "Les personnes handicapées, ce sont des bouches à nourrir qui ne produisent rien. Dans la nature, la sélection aurait déjà fait le tri.",
    ),
    (
        "dehumanisation",
        True,
        "Les Roumains, c'est comme les pigeons de la place : tu leur donnes une miette, t'en as cinquante le lendemain.",
    ),
    (
        "dehumanisation",
        True,
        "Les gays, c'est une pieuvre : un tentacule dans chaque rédaction, un dans chaque école, un dans chaque ministère.",
    ),
    (
        "dehumanisation",
        True,
        "Les quartiers nord de Marseille, c'est plus une ville, c'est un terrier à Comoriens. Ils sortent la nuit et rentrent au petit matin.",
    ),
    (
        "dehumanisation",
        True,
        "Un musulman modéré, c'est un serpent qui dort. Attends qu'il se réveille.",
    ),
    (
        "dehumanisation",
        True,
        "On a laissé des villes entières aux Noirs et ils en ont fait des jungles.",
    ),
    (
        "dehumanisation",
        True,
        "Les Tamouls de La Chapelle vivent à quinze dans un deux-pièces, comme des rats dans une cave, et ça leur va très bien.",
    ),
    (
        "dehumanisation",
        True,
        "L'immigration pakistanaise en Angleterre, c'est un cancer avec métastases. Regardez Rotherham et dites-moi le contraire.",
    ),
    (
        "dehumanisation",
        True,
        "Les Syriens arrivés en 2015, c'était la crue. Maintenant on vit dans la boue qu'ils ont laissée.",
    ),
    (
        "dehumanisation",
        True,
        "Les trans, c'est des expériences de laboratoire ratées qui se baladent en liberté.",
    ),
    (
        "dehumanisation",
        True,
        "Les Turcs fonctionnent comme une colonie de fourmis : chacun fait venir le suivant, et au bout de dix ans la rue entière est à eux.",
    ),
    # --- threat (hateful) ---
    (
        "threat",
        True,
        "Si encore une famille de Roms s'installe sous le pont, on réglera ça nous-mêmes entre voisins. La mairie n'aura même pas besoin de se déplacer.",
    ),
    (
        "threat",
        True,
        "On sait où se trouve leur salle de prière, rue des Lilas. Qu'ils ne s'étonnent pas si un jour il s'y passe quelque chose.",
    ),
    (
        "threat",
        True,
        "Ce serait tellement plus calme si les migrants du camp disparaissaient tous d'un coup. Un petit incendie, personne ne pleurerait.",
    ),
    ("threat", True, "Remigration. Tous. Billet aller simple, binationaux compris. Il est temps."),
    (
        "threat",
        True,
        "Le jour où on reprendra le pouvoir, les mosquées seront fermées et ceux qui les fréquentent pourront faire leurs valises.",
    ),
    (
        "threat",
        True,
        "Les deux homos qui se tiennent la main dans ma rue, qu'ils essaient encore une fois. On les attend.",
    ),
    (
        "threat",
        True,
        "Il faudrait rouvrir des camps pour les gens du voyage, avec des barbelés cette fois.",
    ),
    (
        "threat",
        True,
        "Les Juifs devraient réfléchir à deux fois avant de sortir avec une kippa dans ce quartier. Conseil d'ami 😉",
    ),
    (
        "threat",
        True,
        "Qu'on les renvoie tous en Afrique, par bateau s'il le faut, et pas forcément un bateau qui flotte.",
    ),
    (
        "threat",
        True,
        "À la prochaine marche des fiertés on sera là nous aussi. Et on ne viendra pas pour danser.",
    ),
    (
        "threat",
        True,
        "Un jour les Français vont se réveiller, et ce jour-là les Algériens auront intérêt à courir vite.",
    ),
    (
        "threat",
        True,
        "La mosquée en construction derrière le stade ? Un chantier, ça brûle facilement, surtout la nuit.",
    ),
    (
        "threat",
        True,
        "Une famille de réfugiés syriens vient d'emménager au 3e. On leur a préparé un petit comité d'accueil, ils ne vont pas rester longtemps.",
    ),
    (
        "threat",
        True,
        "Une femme qui ouvre trop la bouche, faut lui rappeler où est sa place. Parfois avec les mains, c'est tout ce qu'elles comprennent.",
    ),
    (
        "threat",
        True,
        "Les trans qui veulent entrer dans les toilettes des femmes, qu'ils viennent essayer chez nous. Ils ressortiront par la fenêtre.",
    ),
    (
        "threat",
        True,
        "Expulsion de tous les Maghrébins, nationalité ou pas. Ceux qui refusent, on les aidera à monter dans l'avion.",
    ),
    (
        "threat",
        True,
        "Ce serait un service rendu à la nation si les handicapés mentaux n'avaient plus d'enfants. Stérilisation obligatoire, et on n'en parle plus.",
    ),
    (
        "threat",
        True,
        "Les Chinois qui nous ont ramené le virus, on aurait dû les mettre en quarantaine définitive. Il n'est pas trop tard.",
    ),
    (
        "threat",
        True,
        "Soirée tranquille hier, barbecue chez Julien, on a regardé le match et bien rigolé. Sa fille vient d'avoir son bac avec mention, on a fêté ça. En rentrant on est passés devant le nouveau foyer pour mineurs étrangers, et on s'est dit qu'un de ces soirs on reviendrait avec quelques potes leur expliquer les règles du village.",
    ),
    (
        "threat",
        True,
        "Je dis pas qu'il faut les tuer, je dis juste que si un canot de migrants coulait dans la Manche, personne ne ferait de minute de silence.",
    ),
    (
        "threat",
        True,
        "Les Africains qui traînent devant la gare, un jour quelqu'un va passer avec une batte, et ce ne sera pas moi qui appellerai les pompiers.",
    ),
    (
        "threat",
        True,
        "Il faut interdire aux musulmans l'accès à la fonction publique. Et ensuite au territoire.",
    ),
    (
        "threat",
        True,
        "On a le nom et l'adresse du rabbin qui a parlé à la radio ce matin. À bon entendeur.",
    ),
    (
        "threat",
        True,
        "Si mon fils m'annonce un jour qu'il est gay, il aura cinq minutes pour prendre ses affaires, et il pourra s'estimer heureux.",
    ),
    (
        "threat",
        True,
        "Les Roms ? Un bulldozer le matin, un bus l'après-midi, et la frontière le soir.",
    ),
    (
        "threat",
        True,
        "Quand on sera au pouvoir, toutes les naturalisations des vingt dernières années seront revues une par une. Et les Arabes le savent très bien.",
    ),
    (
        "threat",
        True,
        "Les Afghans du centre-ville, on leur laisse jusqu'à l'été. Après, ce sont les pères de famille qui s'en occuperont.",
    ),
    (
        "threat",
        True,
        "Il faudrait un dernier train pour les Maghrébins, et cette fois sans billet retour.",
    ),
    (
        "threat",
        True,
        "Les Noirs qui viennent d'acheter dans notre lotissement ont intérêt à surveiller leurs voitures. Et leurs enfants.",
    ),
    (
        "threat",
        True,
        "Une bonne guerre civile et on fera enfin le ménage chez les musulmans, quartier par quartier.",
    ),
    (
        "threat",
        True,
        "Les lesbiennes du coin avec leur drapeau arc-en-ciel au balcon, un caillou dans la vitre, c'est vite parti.",
    ),
    (
        "threat",
        True,
        "Je ne souhaite de mal à personne, mais si toutes les personnes trans du pays disparaissaient demain, le monde tournerait mieux.",
    ),
    (
        "threat",
        True,
        "Les Tchétchènes de notre ville : soit ils partent d'eux-mêmes, soit on va leur faire comprendre. Message passé.",
    ),
    (
        "threat",
        True,
        "Fermez les frontières, videz les foyers, renvoyez les familles. Tous les étrangers dehors, et que ça se fasse vite.",
    ),
    (
        "threat",
        True,
        "Les Juifs ont eu leur leçon au siècle dernier. Visiblement ils ne l'ont pas bien retenue.",
    ),
    # --- negated_hate (not hateful) ---
    (
        "negated_hate",
        False,
        "C'est n'importe quoi de dire que les Roms volent tous. Ma voisine est rom, elle est aide-soignante et c'est elle qui a sauvé mon père.",
    ),
    (
        "negated_hate",
        False,
        "Non, les demandeurs d'asile ne touchent pas plus d'aides que les Français. L'ADA c'est environ 6,80 € par jour, renseignez-vous avant d'écrire des bêtises.",
    ),
    (
        "negated_hate",
        False,
        "Les musulmans ne sont pas tous intégristes, faut arrêter. L'immense majorité veut juste bosser et élever ses gosses tranquille.",
    ),
    (
        "negated_hate",
        False,
        "Dire que les femmes conduisent mal, c'est démenti par toutes les stats d'assurance. Ce sont les jeunes hommes qui ont le plus d'accidents graves.",
    ),
    (
        "negated_hate",
        False,
        "Les Juifs ne contrôlent ni les banques ni les médias. Ce mythe a plus de cent ans et il a déjà fait assez de morts.",
    ),
    (
        "negated_hate",
        False,
        "Être gay n'est ni une mode ni une contagion. Mon oncle l'était en 1975, bien avant TikTok.",
    ),
    (
        "negated_hate",
        False,
        "Je refuse l'idée que les Noirs seraient « naturellement » plus violents. La pauvreté et les contrôles au faciès expliquent bien mieux les chiffres.",
    ),
    (
        "negated_hate",
        False,
        "Non, les personnes handicapées ne ralentissent pas une équipe. Dans la mienne, c'est Karim, en fauteuil, qui tient tous les délais.",
    ),
    (
        "negated_hate",
        False,
        "Les Chinois ne « copient » pas tout. Une bonne partie des batteries et des panneaux solaires actuels sortent de leurs labos.",
    ),
    (
        "negated_hate",
        False,
        "Arrêtez avec « les Asiatiques sont discrets et bosseurs ». Même un cliché « positif » reste un cliché, et il pèse sur ceux qui ne rentrent pas dans la case.",
    ),
    (
        "negated_hate",
        False,
        "Il n'y a pas de grand remplacement. Les données de l'INSEE montrent une part d'immigrés qui augmente lentement, rien à voir avec les fantasmes qu'on lit ici.",
    ),
    (
        "negated_hate",
        False,
        "Les personnes trans ne sont pas des prédateurs dans les toilettes. Elles veulent juste faire pipi tranquilles, comme tout le monde.",
    ),
    (
        "negated_hate",
        False,
        "On entend partout que les Maghrébins ne s'intègrent pas. Ma promo de médecine était pleine de Samir et de Yasmine, alors bon.",
    ),
    (
        "negated_hate",
        False,
        "Non, les autistes ne manquent pas d'empathie. Ils l'expriment autrement, c'est tout.",
    ),
    (
        "negated_hate",
        False,
        "Les jeunes Afghans « qui mentent sur leur âge », c'est une poignée de cas montés en épingle. La majorité sont vraiment des gamins.",
    ),
    (
        "negated_hate",
        False,
        "Être bi, ce n'est être ni indécis ni infidèle. Je suis avec la même personne depuis douze ans.",
    ),
    (
        "negated_hate",
        False,
        "Les Africains toujours en retard ? Mon collègue ivoirien arrive tous les jours à 7h45, avant tout le monde. Le cliché tombe tout seul.",
    ),
    (
        "negated_hate",
        False,
        "Ce n'est pas parce qu'une femme porte le voile qu'elle est soumise. Ma collègue voilée est ingénieure et c'est elle qui dirige le chantier.",
    ),
    (
        "negated_hate",
        False,
        "Franchement, « les Polonais boivent », c'est une blague des années 90 qui n'a plus aucun sens.",
    ),
    (
        "negated_hate",
        False,
        "Les Roumains ne sont pas tous des pickpockets, ça me fatigue d'entendre ça. La moitié des chantiers de ma ville tournent grâce à eux.",
    ),
    (
        "negated_hate",
        False,
        "Les lesbiennes n'ont pas « besoin d'un bon mec ». Cette phrase est aussi ridicule que blessante.",
    ),
    (
        "negated_hate",
        False,
        "Les sourds ne font pas semblant. Si tu parles dos tourné, ils ne peuvent pas lire sur tes lèvres, c'est aussi simple que ça.",
    ),
    (
        "negated_hate",
        False,
        "Les gens du voyage ne laissent pas tous des déchets, et la moitié des communes n'ont même pas d'aire d'accueil aux normes.",
    ),
    (
        "negated_hate",
        False,
        "Je ne crois pas une seconde que les homos « imposent » quoi que ce soit aux enfants. Parler de familles différentes, ce n'est pas endoctriner.",
    ),
    (
        "negated_hate",
        False,
        "Les Haïtiens ne sont pas « la misère ». C'est le premier pays à avoir aboli l'esclavage par une révolution, un peu de respect.",
    ),
    # --- counter_speech (not hateful) ---
    (
        "counter_speech",
        False,
        "Quelqu'un a écrit « renvoyez-les tous chez eux » sous la photo de la petite Awa qui a eu son bac avec mention. C'est dégueulasse, signalé.",
    ),
    (
        "counter_speech",
        False,
        "J'ai entendu un client dire que « les Juifs ont toujours un plan ». En 2024. J'ai refusé de le servir.",
    ),
    (
        "counter_speech",
        False,
        "Les commentaires sous l'article sur le centre d'accueil comparent les migrants à des rats. Aucune modération, honte au journal.",
    ),
    (
        "counter_speech",
        False,
        "Mon grand-père répète que « les Arabes ne travaillent pas ». Je lui ai rappelé qui a construit les autoroutes qu'il prend tous les dimanches.",
    ),
    (
        "counter_speech",
        False,
        "Tag sur la synagogue ce matin : « on sait où vous êtes ». Plainte déposée, et tout le quartier est venu en soutien.",
    ),
    (
        "counter_speech",
        False,
        "« Une femme chef des armées, et pendant ses règles ? » Voilà le niveau du débat sur ce forum. Pathétique.",
    ),
    (
        "counter_speech",
        False,
        "Un élu a parlé de « submersion » au conseil municipal pour quatre familles syriennes. Ce vocabulaire déshumanise, il faut le dénoncer.",
    ),
    (
        "counter_speech",
        False,
        "Sur le groupe Facebook du village, des gens proposent de « régler le problème » du campement rom eux-mêmes. J'ai transmis les captures à la gendarmerie.",
    ),
    (
        "counter_speech",
        False,
        "On m'a dit « t'es drôlement bien pour une Noire » à un entretien d'embauche. Je n'ai pas pris le poste, et j'ai bien fait.",
    ),
    (
        "counter_speech",
        False,
        "Arrêtez de partager la vidéo qui traite les trans d'« expériences ratées ». Même pour vous en moquer, vous lui faites de la pub.",
    ),
    (
        "counter_speech",
        False,
        "Le streamer a dit en live que les handicapés « vivent de nos impôts ». Et la plateforme ne l'a même pas suspendu. Incroyable.",
    ),
    (
        "counter_speech",
        False,
        "Après le match, des supporters ont chanté que les Algériens devaient « courir vite ». La LFP doit sanctionner, ce n'est pas du folklore.",
    ),
    (
        "counter_speech",
        False,
        "Quand un collègue sort « c'est biologique, les femmes sont émotives », il faut lui répondre, pas rire gêné. Je l'ai fait aujourd'hui et ça fait du bien.",
    ),
    (
        "counter_speech",
        False,
        "La pancarte « mosquée = tumeur » brandie devant la mairie est un appel à la haine, point. Ça n'a rien à voir avec la laïcité.",
    ),
    (
        "counter_speech",
        False,
        "Ils ont collé des autocollants « remigration » sur les boîtes aux lettres des familles d'origine étrangère de l'immeuble. Ça porte un nom : de l'intimidation.",
    ),
    (
        "counter_speech",
        False,
        "Mon fils est rentré en pleurant parce qu'un camarade lui a dit que les autistes « devraient rester à la maison ». J'ai demandé un rendez-vous avec la directrice.",
    ),
    (
        "counter_speech",
        False,
        "Ce « j'ai rien contre les homos, mais » qu'on entend partout, c'est toujours le début d'une phrase homophobe. Faut le dire.",
    ),
    (
        "counter_speech",
        False,
        "Je partage ce tweet sur la « pieuvre juive » uniquement pour montrer que l'antisémitisme des années 30 revient avec les mêmes images. Signalez le compte.",
    ),
    (
        "counter_speech",
        False,
        "Un chauffeur VTC m'a expliqué que les Chinois « mangent n'importe quoi, d'où le virus ». Une étoile et un long commentaire à la plateforme.",
    ),
    (
        "counter_speech",
        False,
        "La prof a fait lire aux élèves les lettres de haine reçues par une députée d'origine sénégalaise. Ils ont compris d'un coup ce que veut dire le racisme ordinaire.",
    ),
    # --- identity_neutral (not hateful) ---
    (
        "identity_neutral",
        False,
        "Le ramadan commence cette semaine, la cantine va proposer un repas à emporter pour ceux qui jeûnent ?",
    ),
    (
        "identity_neutral",
        False,
        "Quelqu'un sait à quelle heure commence Yom Kippour cette année ? Je veux éviter de caler une réunion avec mon associé ce jour-là.",
    ),
    (
        "identity_neutral",
        False,
        "Selon l'INSEE, environ 10 % des habitants de la France sont immigrés, et un peu plus d'un tiers d'entre eux sont devenus français.",
    ),
    (
        "identity_neutral",
        False,
        "La Journée internationale des droits des femmes est célébrée le 8 mars, officialisée par l'ONU en 1977.",
    ),
    (
        "identity_neutral",
        False,
        "Les Roms sont arrivés en Europe depuis le nord de l'Inde vers le XIe siècle, c'est ce que montrent les études linguistiques.",
    ),
    (
        "identity_neutral",
        False,
        "Le Nouvel An chinois tombe en février cette année, le défilé du 13e passe avenue d'Ivry.",
    ),
    (
        "identity_neutral",
        False,
        "Comment on dit bonjour en langue des signes française ? Ma nouvelle collègue est sourde et j'aimerais apprendre quelques bases.",
    ),
    (
        "identity_neutral",
        False,
        "La loi ouvrant le mariage aux couples de même sexe a été promulguée en France en mai 2013.",
    ),
    (
        "identity_neutral",
        False,
        "C'est normal de souhaiter « Aïd Moubarak » à un collègue même si on n'est pas musulman ?",
    ),
    (
        "identity_neutral",
        False,
        "Le Conseil constitutionnel examinera le mois prochain la réforme du droit d'asile, selon l'AFP.",
    ),
    (
        "identity_neutral",
        False,
        "L'Algérie a obtenu son indépendance le 5 juillet 1962, après près de huit ans de guerre.",
    ),
    (
        "identity_neutral",
        False,
        "La Marche des fiertés de Paris a lieu le dernier samedi de juin, départ prévu en début d'après-midi.",
    ),
    (
        "identity_neutral",
        False,
        "Combien de personnes en fauteuil roulant prennent vraiment le métro parisien ? Il y a tellement peu de stations accessibles.",
    ),
    (
        "identity_neutral",
        False,
        "Diwali, c'est bien la fête des lumières ? Il y a un événement au centre culturel tamoul ce week-end.",
    ),
    (
        "identity_neutral",
        False,
        "Le Mémorial de la Shoah propose des visites guidées gratuites pour les classes.",
    ),
    (
        "identity_neutral",
        False,
        "L'abolition de l'esclavage est commémorée à des dates différentes selon les territoires, le 22 mai en Martinique et le 27 mai en Guadeloupe.",
    ),
    (
        "identity_neutral",
        False,
        "On dit « personne trans » ou « personne transgenre » ? Je prépare un article et je veux utiliser le bon terme.",
    ),
    (
        "identity_neutral",
        False,
        "La communauté portugaise est l'une des plus importantes de France, arrivée massivement dans les années 60.",
    ),
    (
        "identity_neutral",
        False,
        "Le nombre de demandes d'asile déposées en France dépasse les 140 000 par an, selon les derniers chiffres de l'OFPRA.",
    ),
    (
        "identity_neutral",
        False,
        "Ma belle-sœur est autiste, on organise le repas de Noël chez nous : des conseils pour que ce soit moins bruyant pour elle ?",
    ),
    (
        "identity_neutral",
        False,
        "Le hijab, le niqab et la burqa, c'est quoi la différence exactement ?",
    ),
    (
        "identity_neutral",
        False,
        "La Journée mondiale de la trisomie 21 a lieu le 21 mars, à l'école on met des chaussettes dépareillées.",
    ),
    (
        "identity_neutral",
        False,
        "Les gens du voyage sont en grande majorité de nationalité française, et le livret de circulation a été supprimé en 2017.",
    ),
    (
        "identity_neutral",
        False,
        "Le Sénégal a élu un nouveau président au premier tour en mars 2024.",
    ),
    (
        "identity_neutral",
        False,
        "Pour Pessah, on mange du pain azyme pendant une semaine, c'est bien ça ?",
    ),
    # --- identity_positive (not hateful) ---
    (
        "identity_positive",
        False,
        "Ma voisine marocaine m'a apporté des cornes de gazelle pour l'Aïd. Cette femme est un trésor.",
    ),
    (
        "identity_positive",
        False,
        "Les infirmières philippines du service de mon père sont d'une gentillesse incroyable, merci à elles.",
    ),
    (
        "identity_positive",
        False,
        "Le couple gay d'en face a adopté deux frères l'an dernier. J'ai jamais vu des gamins aussi heureux.",
    ),
    (
        "identity_positive",
        False,
        "Respect total à la famille ukrainienne qui a repris la boulangerie du village. Le pain est meilleur qu'avant !",
    ),
    (
        "identity_positive",
        False,
        "Ma prof de maths au lycée était une femme trans, et c'est elle qui m'a donné envie de faire une prépa.",
    ),
    (
        "identity_positive",
        False,
        "Les Sénégalais ont la teranga, cette hospitalité qui te fait sentir chez toi en cinq minutes.",
    ),
    (
        "identity_positive",
        False,
        "L'équipe de France de cécifoot, c'est un spectacle magnifique. Allez les voir jouer, vraiment.",
    ),
    (
        "identity_positive",
        False,
        "J'ai passé shabbat chez la famille de mon copain : accueil chaleureux, repas incroyable, on a ri toute la soirée.",
    ),
    (
        "identity_positive",
        False,
        "Les femmes de ma famille ont tout porté à bout de bras. Ma grand-mère est la personne la plus forte que je connaisse.",
    ),
    (
        "identity_positive",
        False,
        "Mon collègue autiste a trouvé en dix minutes le bug qu'on cherchait depuis trois semaines. Génie.",
    ),
    (
        "identity_positive",
        False,
        "Les Vietnamiens du 13e m'ont appris à faire un vrai phở. Depuis, impossible d'en manger ailleurs.",
    ),
    (
        "identity_positive",
        False,
        "La communauté sikh de Bobigny distribue des repas gratuits tous les dimanches, sans demander qui tu es. Chapeau.",
    ),
    (
        "identity_positive",
        False,
        "Ma meilleure amie est lesbienne et c'est la personne la plus loyale au monde.",
    ),
    (
        "identity_positive",
        False,
        "Les musiciens roms qui jouent devant la gare le samedi ont un talent fou. Le violoniste m'a donné des frissons.",
    ),
    (
        "identity_positive",
        False,
        "Le club de foot fauteuil de la ville a gagné la coupe régionale, bravo à eux !!",
    ),
    (
        "identity_positive",
        False,
        "Ma belle-famille algérienne m'a accueillie comme leur propre fille. Le couscous du vendredi est devenu sacré.",
    ),
    (
        "identity_positive",
        False,
        "Les sourds de l'asso m'ont appris la LSF avec une patience d'ange, je me sens moins bête au quotidien.",
    ),
    (
        "identity_positive",
        False,
        "J'adore la façon dont les Haïtiens parlent de leur pays, avec tant de fierté malgré tout.",
    ),
    (
        "identity_positive",
        False,
        "Mes voisins turcs m'ont aidé à déménager un dimanche sous la pluie sans rien demander. Des crèmes.",
    ),
    (
        "identity_positive",
        False,
        "Une mère de famille antillaise qui monte sa boîte de cosmétiques à 45 ans et qui cartonne, ça m'inspire énormément.",
    ),
    # --- non_protected_target (not hateful) ---
    (
        "non_protected_target",
        False,
        "Les supporters parisiens, c'est une invasion à chaque déplacement au Vélodrome, la préfecture a bien raison de les interdire.",
    ),
    (
        "non_protected_target",
        False,
        "Les moustiques tigres envahissent tout le sud, faudrait tous les exterminer une bonne fois pour toutes.",
    ),
    (
        "non_protected_target",
        False,
        "La politique de ce gouvernement est un cancer pour les services publics.",
    ),
    (
        "non_protected_target",
        False,
        "Les proprios qui louent des taudis à 900 € devraient être expulsés de leurs propres biens, point.",
    ),
    (
        "non_protected_target",
        False,
        "Le trafic sur le périph, c'est une maladie chronique, aucun traitement ne marche.",
    ),
    (
        "non_protected_target",
        False,
        "Ce parti a infesté toutes les mairies de la région avec ses copains, on va les dégager aux prochaines municipales.",
    ),
    (
        "non_protected_target",
        False,
        "Les banques ont encore augmenté leurs frais. Des sangsues qui se nourrissent de nos découverts.",
    ),
    (
        "non_protected_target",
        False,
        "Les trottinettes en libre-service, c'est une plaie, elles pullulent sur tous les trottoirs.",
    ),
    (
        "non_protected_target",
        False,
        "Les lobbyistes de l'agrochimie, faudrait tous les renvoyer de Bruxelles et fermer la porte à clé.",
    ),
    (
        "non_protected_target",
        False,
        "Les pigeons ont encore tout sali sur le balcon. Cette fois j'installe des pics, ils ne reviendront pas.",
    ),
    (
        "non_protected_target",
        False,
        "Les fans de l'OL sont des pleureuses professionnelles, chaque défaite c'est la faute de l'arbitre.",
    ),
    (
        "non_protected_target",
        False,
        "Amazon, c'est un parasite qui vide les centres-villes de leurs commerces.",
    ),
    (
        "non_protected_target",
        False,
        "Les punaises de lit, c'est une vraie invasion à Paris, j'ai envie de tout brûler.",
    ),
    (
        "non_protected_target",
        False,
        "Ce conseil d'administration est une bande de vautours qui se gavent pendant qu'on licencie.",
    ),
    (
        "non_protected_target",
        False,
        "Les promoteurs bétonnent la côte comme une marée qui ne redescend jamais.",
    ),
    (
        "non_protected_target",
        False,
        "La réforme des retraites, il faut la renvoyer d'où elle vient : à la poubelle.",
    ),
    (
        "non_protected_target",
        False,
        "L'Église catholique doit rendre des comptes sur les abus, et les évêques qui ont couvert devraient être jugés.",
    ),
    (
        "non_protected_target",
        False,
        "Les règles d'héritage de la charia sont inégalitaires envers les femmes, je le dis comme je le pense, et ça vaut aussi pour d'autres textes religieux.",
    ),
    (
        "non_protected_target",
        False,
        "Les sangliers ont retourné tout le jardin cette nuit. Si les chasseurs ne viennent pas vite, je m'en occupe moi-même.",
    ),
    (
        "non_protected_target",
        False,
        "Les ultras qui balancent des fumigènes sur la pelouse, faut les bannir à vie du stade, tous autant qu'ils sont.",
    ),
    # --- abuse_individual (not hateful) ---
    (
        "abuse_individual",
        False,
        "Mon voisin du dessus passe l'aspirateur à minuit. Ce type est un égoïste fini, je vais finir par lui couper le courant.",
    ),
    (
        "abuse_individual",
        False,
        "Ma cheffe m'a encore humilié devant toute l'équipe. Elle est d'une méchanceté gratuite, je ne la supporte plus.",
    ),
    (
        "abuse_individual",
        False,
        "Le plombier d'hier est arrivé avec trois heures de retard et a cassé le robinet. Quel incapable.",
    ),
    (
        "abuse_individual",
        False,
        "Mon ex m'écrit à 3h du mat pour récupérer son pull. Il peut aller se faire voir, lui et son pull.",
    ),
    (
        "abuse_individual",
        False,
        "Le gars de la compta a perdu mes notes de frais pour la troisième fois. Je vais l'étrangler, je te jure.",
    ),
    (
        "abuse_individual",
        False,
        "Ma coloc laisse sa vaisselle pourrir dans l'évier depuis une semaine. Elle est dégoûtante, sérieux.",
    ),
    (
        "abuse_individual",
        False,
        "Le prof de physique de mon fils est d'une nullité affligeante, il ne répond même pas aux mails.",
    ),
    (
        "abuse_individual",
        False,
        "Thomas, si tu lis ce message : t'es le pire coéquipier que j'aie jamais eu. Plus jamais en duo avec toi.",
    ),
    (
        "abuse_individual",
        False,
        "La dame du guichet m'a parlé comme à un chien. Une vraie peau de vache, celle-là.",
    ),
    (
        "abuse_individual",
        False,
        "Mon beau-frère a encore monopolisé tout le repas avec ses théories fumeuses. Ce mec est insupportable.",
    ),
]

EVERYDAY_TRAIN5: list[tuple[str, str]] = [
    (
        "chat",
        "Coucou ! T'es dispo ce soir pour un apéro ou t'es encore sous l'eau avec ton dossier ?",
    ),
    (
        "chat",
        "Je suis mort de rire devant la vidéo que tu m'as envoyée, le chat qui tombe du canapé 😂😂",
    ),
    ("chat", "Envoie-moi un message quand t'arrives, je descendrai t'ouvrir."),
    ("chat", "Ptdr j'ai raté mon arrêt de bus parce que j'étais trop absorbée par mon livre."),
    ("chat", "T'as vu qu'il neige à Lyon ? En avril, n'importe quoi."),
    ("chat", "Bon, je vais me coucher, je suis crevé. Bonne nuit tout le monde !"),
    ("chat", "Quelqu'un a le numéro de la pizzeria qui livre jusqu'à minuit ?"),
    ("chat", "Trop bien ta nouvelle coupe, ça te va super bien !"),
    ("chat", "J'ai tué ma plante verte, la troisième cette année. Je crois que je suis maudite."),
    ("chat", "Ça me tue, à chaque fois que je lave la voiture il pleut le lendemain."),
    ("plans", "On se retrouve à 19h devant le ciné ou directement au resto ?"),
    ("plans", "Pour samedi, je propose rando jusqu'au lac puis pique-nique, vous en dites quoi ?"),
    (
        "plans",
        "Je réserve le gîte pour le pont de mai, il reste deux chambres, dépêchez-vous de confirmer.",
    ),
    ("plans", "On part à quelle heure dimanche ? Je préférerais éviter les bouchons sur l'A7."),
    (
        "plans",
        "Anniversaire surprise de Léa vendredi, surtout pas un mot, elle ne se doute de rien.",
    ),
    ("plans", "On pourrait faire un resto thaï pour changer, j'en ai marre des burgers."),
    ("plans", "Je passe te prendre vers 8h, prépare le café."),
    ("plans", "Qui est chaud pour un foot à cinq jeudi soir ? Il nous manque deux joueurs."),
    (
        "review",
        "Restaurant au top, le tartare était parfait et le service très attentionné. Je recommande.",
    ),
    (
        "review",
        "Livraison en retard de cinq jours et colis abîmé. Produit correct mais le suivi est catastrophique.",
    ),
    ("review", "Hôtel propre, bien situé, mais le petit-déjeuner ne vaut pas les 18 € demandés."),
    ("review", "Ce polar m'a tenu éveillé jusqu'à 2h du matin, la fin est une tuerie."),
    ("review", "L'aspirateur fait le job mais il est bruyant comme un avion au décollage."),
    ("review", "Coiffeuse adorable, elle a vraiment écouté ce que je voulais. Je reviendrai."),
    ("review", "Film sympa sans plus, les vingt dernières minutes traînent en longueur."),
    ("review", "Meilleure boulangerie du quartier, les croissants sont à tomber."),
    ("review", "Application pratique mais elle plante à chaque mise à jour, c'est pénible."),
    (
        "support",
        "Bonjour, je n'arrive pas à me connecter à mon espace client depuis ce matin, le mot de passe est refusé.",
    ),
    (
        "support",
        "Ma commande n° 48213 indique livrée mais je n'ai rien reçu. Pouvez-vous vérifier ?",
    ),
    ("support", "Bonjour, comment modifier l'adresse de facturation sur mon abonnement ?"),
    (
        "support",
        "La box redémarre toute seule toutes les heures, j'ai déjà essayé de la réinitialiser.",
    ),
    ("support", "Je souhaite résilier mon contrat à la fin du mois, quelle est la démarche ?"),
    (
        "support",
        "Le remboursement annoncé il y a trois semaines n'apparaît toujours pas sur mon compte.",
    ),
    (
        "support",
        "L'imprimante affiche « bourrage papier » alors qu'il n'y a aucune feuille coincée.",
    ),
    ("support", "Merci pour votre réponse rapide, le problème est résolu !"),
    ("sports", "On les a massacrés 4-0, quel match ! Mbappé était intenable."),
    ("sports", "L'arbitre nous a tués sur ce penalty, franchement c'était pas faute."),
    ("sports", "Le XV de France a écrasé l'Irlande, j'en ai encore des frissons."),
    ("sports", "J'ai couru mon premier semi ce matin, je suis mort mais tellement fier."),
    ("sports", "Allez les Verts ! Cette saison on remonte, j'y crois."),
    (
        "sports",
        "Le Tour passe par chez nous en juillet, on va planter la tente au bord de la route.",
    ),
    ("sports", "Ils ont fusillé notre gardien en seconde période, trois buts en dix minutes."),
    ("sports", "Roland-Garros commence la semaine prochaine, vous avez des places ?"),
    ("sports", "Il a mis un coup de canon en pleine lucarne, le stade a explosé."),
    ("gaming", "Je me suis fait détruire par le boss final, dix tentatives et toujours rien."),
    ("gaming", "Qui est chaud pour une partie de Valo ce soir ? On a besoin d'un cinquième."),
    ("gaming", "J'ai fait un triple kill avec le sniper, je suis en feu ce soir 🔥"),
    ("gaming", "Ce patch a tué mon perso préféré, ils l'ont complètement nerfé."),
    ("gaming", "On a roulé sur l'équipe adverse, 13-2, propre."),
    ("gaming", "Le nouveau Zelda est une merveille, j'ai passé tout le week-end dessus."),
    ("gaming", "Mon pote campe dans le coin depuis dix minutes, allez le débusquer."),
    ("gaming", "Lag de malade ce soir, je vais assassiner mon fournisseur internet."),
    ("work", "Réunion déplacée à 14h, salle B. Pensez à apporter vos chiffres du trimestre."),
    ("work", "On a cartonné sur la présentation client, ils signent lundi !"),
    ("work", "Je suis en télétravail demain, joignable sur Teams toute la journée."),
    ("work", "Quelqu'un peut relire mon rapport avant que je l'envoie à la direction ?"),
    (
        "work",
        "Les congés d'été sont à poser avant le 15 mars, sinon c'est premier arrivé premier servi.",
    ),
    ("work", "Mon chef m'a félicitée pour le projet, je suis sur un petit nuage."),
    ("work", "La machine à café du 3e est encore en panne, c'est la fin du monde."),
    ("work", "J'ai tué le dossier en deux heures, je m'offre une pause croissant."),
    ("family", "Maman, tu peux récupérer Lucas à l'école mercredi ? J'ai un rendez-vous médical."),
    ("family", "Repas de famille dimanche chez mamie, chacun apporte un dessert."),
    ("family", "Ma fille a fait ses premiers pas aujourd'hui, je suis en larmes."),
    ("family", "Mon frère vient de se fiancer, on fait une fête surprise samedi !"),
    (
        "family",
        "Papy a encore raconté son histoire de service militaire, on la connaît par cœur mais on rit toujours.",
    ),
    (
        "family",
        "Les enfants ont décoré le sapin tout seuls, c'est de travers mais c'est magnifique.",
    ),
    (
        "family",
        "Mon père m'a appelé pour savoir comment on fait une capture d'écran. Troisième fois ce mois-ci 😅",
    ),
    ("family", "On a adopté un chaton, il s'appelle Biscotte et il détruit déjà les rideaux."),
    (
        "news",
        "T'as vu que le prix de l'essence a encore augmenté ? Plus de 2 € le litre à la station d'à côté.",
    ),
    ("news", "Alerte orange aux orages ce soir dans le Rhône, rentrez vos plantes."),
    ("news", "Grève SNCF jeudi, pensez à vérifier vos trains."),
    ("news", "Ils vont enfin rénover la piscine municipale, réouverture prévue en septembre."),
    ("news", "Le festival de jazz revient cet été, la programmation a l'air géniale."),
    ("news", "Nouveau record de chaleur en juin, 38 degrés à Bordeaux hier."),
    ("news", "La ligne 14 prolongée jusqu'à Orly, enfin un vrai gain de temps."),
    ("news", "Le marché de Noël ouvre vendredi sur la place, il y aura une patinoire cette année."),
    ("chat", "Tu me sauves la vie, merci d'avoir gardé le chien ce week-end !"),
    ("plans", "Je bloque la date du 14 pour le mariage de Camille, vous venez en covoit ?"),
    ("review", "Les frites sont froides, le burger sec, et on a attendu 40 minutes. Plus jamais."),
    ("gaming", "Je vais me venger au prochain round, préparez-vous à mourir 😈"),
]
