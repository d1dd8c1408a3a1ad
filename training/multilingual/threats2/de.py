# ruff: noqa: E501
"""German (de): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # threat_individual
    (
        "threat_individual",
        True,
        "Ich weiß, dass du jeden Donnerstag nach der Spätschicht beim Edeka in der Lindenstraße einkaufst. Bis Donnerstag dann.",
    ),
    (
        "threat_individual",
        True,
        "Ziehen Sie Ihre Aussage zurück, Frau Özdemir. Sonst fischt man Sie irgendwann aus dem Rhein.",
    ),
    (
        "threat_individual",
        True,
        "Unfälle passieren schnell, gerade nachts auf der Landstraße. Fahr schön vorsichtig, Micha 🙂",
    ),
    (
        "threat_individual",
        True,
        "Jonas, kleine Spende, kleine Nachricht: Ich bin heute in deiner Stadt und hab ein Messer dabei. Schau nach dem Stream mal aus dem Fenster.",
    ),
    (
        "threat_individual",
        True,
        "Noch einmal nach 22 Uhr Bässe durch die Decke, und ich komm mit dem Hammer hoch. Nicht für die Boxen, für deinen Schädel.",
    ),
    (
        "threat_individual",
        True,
        "Du hast mir alles genommen, Steffi. Jetzt nehm ich dir was. Mal sehen, ob dein Neuer heute heil von der Arbeit kommt.",
    ),
    (
        "threat_individual",
        True,
        "Jens, petz noch einmal beim Teamleiter und ich zeig dir im Treppenhaus, wie schnell man die Stufen runterfällt.",
    ),
    (
        "threat_individual",
        True,
        "Schiri, du blinder Vogel, nach Abpfiff gehst du nicht mehr auf eigenen Beinen vom Platz. Die Jungs stehen schon am Kabinengang.",
    ),
    (
        "threat_individual",
        True,
        "Frau Berger, Ihr Artikel über unseren Verein war ein Fehler. Journalistinnen, die allein wohnen, sollten vorsichtiger sein.",
    ),
    ("threat_individual", True, "morgen box ich dich ungespitzt in den boden du spast"),
    (
        "threat_individual",
        True,
        "Wennst no oamoi mei Frau olangst, dann daschlog i di, des schwör i da.",
    ),
    (
        "threat_individual",
        True,
        "Ick schwör dir, wenn ick dich nochma vor meener Haustür seh, kriegste so wat uff die Fresse, dit vergisste dein Lebtag nich.",
    ),
    (
        "threat_individual",
        True,
        "Sehr geehrter Herr Dr. Lang, sollten Sie meine Kündigung nicht zurücknehmen, werde ich Ihnen persönlich Schaden zufügen. Ich weiß, wo Ihr Haus steht.",
    ),
    (
        "threat_individual",
        True,
        "Deine Bremsleitungen sehen übrigens ziemlich mitgenommen aus. Nur so als Hinweis, bevor du morgen auf die Autobahn fährst.",
    ),
    (
        "threat_individual",
        True,
        "Wenn du zur Polizei gehst, geh ich zu deiner Mutter. Und ich klingle nicht.",
    ),
    ("threat_individual", True, "Ich leg dich um, Sven. Noch heute."),
    (
        "threat_individual",
        True,
        "Mach noch ein einziges Foto von meinem Haus und ich ramm dir die Kamera in den Hals.",
    ),
    (
        "threat_individual",
        True,
        "Deine Reifen hab ich gestern aufgestochen. Nächstes Mal stech ich nicht in die Reifen.",
    ),
    (
        "threat_individual",
        True,
        "👀🔪 sieht so aus als wärst du heute abend ganz allein zuhause, melanie",
    ),
    (
        "threat_individual",
        True,
        "Warte nur, bis im Treppenhaus das Licht ausgeht. Dann bin ich da, und schreien bringt dir nichts.",
    ),
    (
        "threat_individual",
        True,
        "Ich prügel dir die Seele aus dem Leib, du Betrüger, und deinem feinen Kumpel gleich mit.",
    ),
    (
        "threat_individual",
        True,
        "Wenn ich wegen dir meinen Job verliere, verlierst du dein Leben. So einfach ist das.",
    ),
    (
        "threat_individual",
        True,
        "Herr Bürgermeister, wir stehen Samstag vor Ihrer Haustür, und Blumen bringen wir keine mit. Ihre Kinder sollten an dem Tag besser bei der Oma sein.",
    ),
    (
        "threat_individual",
        True,
        "Eine Kugel reicht für dich. Ich hab deinen Namen schon draufgeritzt.",
    ),
    (
        "threat_individual",
        True,
        "Deine Tochter fährt ja jeden Morgen allein mit der 7 zur Schule. Süßer Rucksack übrigens, der rosa mit dem Einhorn.",
    ),
    (
        "threat_individual",
        True,
        "hör auf mich zu ignorieren sonst steh ich heut nacht neben deinem bett",
    ),
    (
        "threat_individual",
        True,
        "Rüdiger, du hast mich bei der Innung angeschwärzt. Irgendwann schweiß ich dich in deiner eigenen Werkstatt ein.",
    ),
    (
        "threat_individual",
        True,
        "Ich will, dass du jeden Abend Angst hast, die Haustür aufzuschließen. Denn eines Abends steh ich dahinter.",
    ),
    (
        "threat_individual",
        True,
        "Sie haben meinen Sohn durchfallen lassen, Herr Schulz. Den Weg zum Lehrerparkplatz gehen Sie ab jetzt besser nicht mehr allein.",
    ),
    (
        "threat_individual",
        True,
        "Du lachst mich in den Kommentaren aus? Lach ruhig weiter. Ich hab dein Profil, deinen Arbeitgeber und bald auch deine Zähne 🦷",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Das ist der Typ aus dem Video, der den Obdachlosen getreten hat. Arbeitet bei der Spedition in Hombruch, Frühschicht. Macht ihn kaputt.",
    ),
    (
        "incitement_individual",
        True,
        "Wer wohnt in der Nähe der Kleingartenanlage Sonnenblick? Der Vorsitzende braucht mal ordentlich Prügel. Parzelle 14, er ist jeden Samstag da.",
    ),
    (
        "incitement_individual",
        True,
        "Jungs, wer dem Schiri vom Sonntag auflauert und ihm die Rippen bricht, hat bei mir was gut. Er pfeift nächste Woche in Lünen.",
    ),
    (
        "incitement_individual",
        True,
        "Ihr habt alle gelesen, was die Journalistin über uns geschrieben hat. Sie joggt jeden Morgen um sechs im Stadtpark. Mehr sag ich nicht.",
    ),
    (
        "incitement_individual",
        True,
        "Der angebliche Kinderschänder wohnt über dem Kiosk in der Marktstraße. Holt ihn da raus und zeigt ihm, was Selbstjustiz heißt.",
    ),
    (
        "incitement_individual",
        True,
        "Kommt alle Freitag zum Rathaus. Wenn die Abgeordnete rauskommt, fliegen Steine, und zwar auf sie, nicht auf die Fenster.",
    ),
    (
        "incitement_individual",
        True,
        "Bro, schick mal deine Jungs aus dem Block zu dem Lappen, der meine Freundin angetatscht hat. Die sollen ihn richtig plattmachen.",
    ),
    (
        "incitement_individual",
        True,
        "@alle im chat: seine adresse ist geleakt, hauptstraße 3. wer zuerst da ist und ihm eine verpasst kriegt von mir nen sub 😂👊",
    ),
    (
        "incitement_individual",
        True,
        "Jemand sollte meinem Chef mal auf dem Heimweg auflauern und ihm eins mit der Eisenstange überziehen. Freiwillige vor.",
    ),
    (
        "incitement_individual",
        True,
        "Verbreitet das Foto von dem Radfahrer. Wer ihn sieht: vom Rad holen und treten, bis er liegen bleibt.",
    ),
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Sag noch einmal kurzfristig ab und ich schleif dich an den Haaren zu meinem Geburtstag 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Wer jetzt noch 'ich schau mal spontan' in die Gruppe schreibt, wird gevierteilt 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Papa, noch ein Flachwitz und ich setz dich an der nächsten Raststätte aus 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Oma hat gedroht, mich zu enterben und eigenhändig zu erwürgen, falls ich Weihnachten nicht komme 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Kinder, wenn ich heute noch einmal barfuß auf ein Lego trete, passiert hier ein Mord 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Wer bei der Mail an alle 400 Leute auf 'Allen antworten' geklickt hat: Ich will nur reden 🔪😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Mein Freund hat meine Pflanze ertränkt. Jetzt ertränk ich ihn in der Badewanne 😂🌱",
    ),
    ("violent_hyperbole", False, "Leg noch einmal Helene Fischer auf und ich kill dich, Tobi 😂🎶"),
    (
        "violent_hyperbole",
        False,
        "Wer den Kaffee leer trinkt und keinen neuen aufsetzt, wird standrechtlich erschossen. Gezeichnet: die Buchhaltung ☕",
    ),
    (
        "violent_hyperbole",
        False,
        "Mein Bruder hat im Familienchat ein Babyfoto von mir gepostet. Er wird diese Nacht nicht überleben 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Du hast den letzten Schluck Cola getrunken?? Verräter. Ich lass dich köpfen 👑😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Meine Mitbewohnerin hat um sieben Uhr gestaubsaugt. An einem Sonntag. Ich hab kurz ernsthaft über Mord nachgedacht 😴",
    ),
    (
        "violent_hyperbole",
        False,
        "Schatz, wenn du nochmal meine Pommes klaust, beiß ich dir die Finger ab 😘🍟",
    ),
    (
        "violent_hyperbole",
        False,
        "Unser Azubi hat die Kaffeemaschine mit Spülmittel entkalkt. Der Chef wollte ihn erst erschießen, dann hat er Tränen gelacht.",
    ),
    (
        "violent_hyperbole",
        False,
        "Noch einmal 'Atemlos' beim Karaoke und ich erwürg dich mit dem Mikrofonkabel 😂🎤",
    ),
    (
        "violent_hyperbole",
        False,
        "Mein Vater ruft zum zehnten Mal an, weil das WLAN nicht geht. Ich lieb ihn, aber irgendwann bring ich ihn um 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Mama hat im Keller meine alten Tagebücher gefunden und beim Kaffee laut vorgelesen. Ich bin gestorben, begrabt mich bitte im Garten 💀",
    ),
    (
        "violent_hyperbole",
        False,
        "Anna, du Verräterin, ohne mich aufs Konzert?! Dafür wirst du büßen, bis ans Ende deiner Tage 😈",
    ),
    (
        "violent_hyperbole",
        False,
        "hab aus versehen 'hab dich lieb' an meinen chef geschickt. bitte erschießt mich einfach",
    ),
    (
        "violent_hyperbole",
        False,
        "Die Jungs haben meine Geburtstagstorte fallen lassen. Ich hab sie alle mit Blicken ermordet.",
    ),
    (
        "violent_hyperbole",
        False,
        "Noch ein drittes Stück Torte, Oma, und ich platze. Dann bist du schuld an meinem Tod 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Wenn mein kleiner Bruder noch einmal ohne Klopfen reinkommt, werf ich ihn den Haien zum Fraß vor 🦈",
    ),
    (
        "violent_hyperbole",
        False,
        "Der Kollege hat im Meeting zum fünften Mal 'Lass uns das offline besprechen' gesagt. Ich hätte ihn fast mit dem Flipchart erschlagen.",
    ),
    (
        "violent_hyperbole",
        False,
        "Mein Sohn (4) hat heute gebrüllt: 'Papa, ich hau dich tot!' und mich dann ganz fest umarmt 😂❤️",
    ),
    (
        "violent_hyperbole",
        False,
        "Meine Freundin bringt mich um, wenn ich wieder Socken in der ganzen Wohnung verteile. Und ehrlich gesagt, zu Recht.",
    ),
    (
        "violent_hyperbole",
        False,
        "ich schwör wenn du mich morgen nich um 7 weckst bist du geschichte lol",
    ),
    (
        "violent_hyperbole",
        False,
        "Wenn ihr zwei euch heute beim Abendessen wieder um die Fernbedienung zankt, verkauf ich euch beide an den Zirkus und behalt den Hund 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Ich erdrossel dich gleich, Lukas, du hast die Pointe schon wieder versaut 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Wer von euch Idioten hat das Klopapier alle gemacht und keins nachgelegt? Ihr seid alle tot 😤",
    ),
    (
        "violent_hyperbole",
        False,
        "Die Zwillinge haben um fünf Uhr früh auf uns Trampolin gespielt. Ich könnte sie in der Luft zerreißen, aber dann lachen sie so süß 🥰",
    ),
    # games_sports
    (
        "games_sports",
        False,
        "Heute Abend im Pokal schießen wir den Drittligisten aus dem eigenen Stadion, versprochen!",
    ),
    (
        "games_sports",
        False,
        "Bei Catan hab ich meine Schwiegermutter komplett ausgehungert, kein einziges Schaf für sie 😈",
    ),
    ("games_sports", False, "Schach heute Abend, Opa? Dein König ist fällig ♟️"),
    (
        "games_sports",
        False,
        "Die Eisbären haben die Kölner Abwehr im zweiten Drittel regelrecht auseinandergenommen 🏒",
    ),
    (
        "games_sports",
        False,
        "bro ich hab den typen mit der bratpfanne erledigt, pubg ist so lustig 😂🍳",
    ),
    ("games_sports", False, "Der Endgegner in Elden Ring hat mich 63 Mal umgebracht, ich geb auf."),
    (
        "games_sports",
        False,
        "Boxabend am Samstag: Wer wettet mit, dass Kowalski in der fünften Runde auf die Bretter geht?",
    ),
    ("games_sports", False, "meine gilde hat den raidboss in 4 min gelegt, neuer rekord"),
    (
        "games_sports",
        False,
        "Im Völkerball hab ich heute die halbe 7b abgeworfen, keiner hat überlebt 😂",
    ),
    (
        "games_sports",
        False,
        "Männer, am Sonntag im Derby wird vom Anpfiff weg gepresst, bis die keine Luft mehr kriegen. Wir überrollen die!",
    ),
    ("games_sports", False, "Die Ringerin hat ihre Gegnerin nach 40 Sekunden geschultert."),
    ("games_sports", False, "Papa, du bist tot! Ich hab dich mit der Wasserpistole erwischt 💦😂"),
    ("games_sports", False, "Letzten Gegner mit der Spitzhacke gefinisht, Victory Royale 👑"),
    (
        "games_sports",
        False,
        "Beim Lasertag hab ich die ganze IT-Abteilung der Reihe nach ausgeknipst.",
    ),
    (
        "games_sports",
        False,
        "Den Elfer hat er eiskalt verwandelt, der Keeper lag in der falschen Ecke. Hingerichtet!",
    ),
    ("games_sports", False, "In Dark Souls stirbst du halt ständig, das gehört dazu 😅"),
    (
        "games_sports",
        False,
        "Tennisdoppel gegen Mama und Papa: Wir haben sie 6:0, 6:1 vom Platz gefegt.",
    ),
    (
        "games_sports",
        False,
        "Darts heute: 180 im ersten Durchgang, danach war mein Gegner mental erledigt.",
    ),
    (
        "games_sports",
        False,
        "Rugby ist nichts für Weicheier, nach dem Tackle heute spür ich jede einzelne Rippe.",
    ),
    (
        "games_sports",
        False,
        "Bei Warhammer hab ich seine komplette Armee ausgelöscht, pures Würfelglück 🎲",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Ein Vater aus meinem Verein hat mir nach dem Training gesagt, er 'knallt mich ab', wenn seine Tochter wieder auf der Bank sitzt. Ich bin ehrenamtlicher Trainer, was mach ich da?",
    ),
    (
        "threat_reported",
        False,
        "In meinem Briefkasten lag eine Patrone, auf der mein Name stand. Die Polizei ist informiert, aber ich schlafe kaum noch.",
    ),
    (
        "threat_reported",
        False,
        "Laut Staatsanwaltschaft soll der 52-Jährige der Bürgermeisterin in mehreren E-Mails mit dem Tod gedroht haben. Er sitzt jetzt in U-Haft.",
    ),
    (
        "threat_reported",
        False,
        "Mein Kumpel fährt Taxi. Gestern hat ihm ein Fahrgast ein Messer an den Hals gehalten und gesagt, er sticht ihn ab. Er will jetzt hinschmeißen.",
    ),
    (
        "threat_reported",
        False,
        "Wie reagiere ich, wenn ein Schüler mitten im Unterricht sagt, er bringt mich um? Bin Referendarin und war völlig überfordert.",
    ),
    (
        "threat_reported",
        False,
        "Meine Freundin kriegt von ihrem Ex Sprachnachrichten, in denen er droht, ihr Säure ins Gesicht zu kippen. Welche Beratungsstelle in Hamburg könnt ihr empfehlen?",
    ),
    (
        "threat_reported",
        False,
        "Der Trainer der Gastmannschaft hat unsere Schiedsrichterin nach dem Spiel bedroht, er würde ihr 'den Schädel einschlagen'. Der Verband prüft jetzt eine Sperre.",
    ),
    (
        "threat_reported",
        False,
        "frage: muss ich ne drohung auf tiktok ernst nehmen? irgendein typ schreibt ich soll aufpassen wenn ich aus der schule komm",
    ),
    (
        "threat_reported",
        False,
        "Eine Kollegin aus unserer Redaktion bekommt seit ihrer Recherche zur Rockerszene Morddrohungen. Wir haben Anzeige erstattet, sie arbeitet vorerst von zu Hause.",
    ),
    (
        "threat_reported",
        False,
        "Der Nachbar hat meinen Vater heute mit einem Spaten bedroht, weil die Hecke angeblich zu hoch ist. Reicht das für eine Anzeige?",
    ),
    (
        "threat_reported",
        False,
        "Ich hab eine anonyme Nachricht bekommen: 'Wir wissen, wo dein Sohn Fußball spielt.' Sollte ich damit direkt zur Polizei?",
    ),
    (
        "threat_reported",
        False,
        "Zeugenaufruf: Am Montagabend soll ein Unbekannter eine Frau an der Haltestelle Marienplatz mit einer Pistole bedroht haben. Hinweise an jede Polizeidienststelle.",
    ),
    (
        "threat_reported",
        False,
        "Wie sichere ich Drohungen aus dem Team-Chat richtig, bevor ich zum Anwalt gehe? Ein Kollege hat geschrieben, er 'erledigt' mich nach Feierabend.",
    ),
    (
        "threat_reported",
        False,
        "Vor unserem Haus hat ein Kunde den Lieferfahrer angebrüllt, er schlägt ihn tot, weil das Essen kalt war. Ich hab's gefilmt. Soll ich das Video der Polizei geben?",
    ),
    (
        "threat_reported",
        False,
        "Mein Schwager hat meiner Schwester beim Streit gedroht, sie 'verschwinden zu lassen'. Sie will nicht zur Polizei. Wie kann ich ihr helfen, ohne alles schlimmer zu machen?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "Die Varusschlacht im Jahr 9 n. Chr. endete mit der Vernichtung von drei römischen Legionen.",
    ),
    (
        "violence_discussed",
        False,
        "In 'Das Parfum' ermordet Grenouille junge Frauen, um ihren Duft festzuhalten.",
    ),
    (
        "violence_discussed",
        False,
        "Vor dem Landgericht Bielefeld beginnt heute der Prozess gegen einen 41-Jährigen, der seine frühere Partnerin erstochen haben soll.",
    ),
    (
        "violence_discussed",
        False,
        "Im Selbstverteidigungskurs für Frauen haben wir geübt, mit dem Ellenbogen zuzuschlagen, wenn man von hinten gepackt wird.",
    ),
    (
        "violence_discussed",
        False,
        "Eine Rippenprellung nach einem Schlag heilt meistens von allein, man sollte aber eine Verletzung der Lunge ausschließen lassen.",
    ),
    (
        "violence_discussed",
        False,
        "Tarantino ist mir zu blutig, bei Kill Bill hab ich die Hälfte nur durch die Finger geschaut.",
    ),
    (
        "violence_discussed",
        False,
        "In Schillers 'Wilhelm Tell' erschießt Tell den Landvogt Gessler in der hohlen Gasse bei Küssnacht.",
    ),
    (
        "violence_discussed",
        False,
        "Der Sechsfachmord von Hinterkaifeck 1922 ist bis heute nicht aufgeklärt.",
    ),
    (
        "violence_discussed",
        False,
        "Bei Verdacht auf häusliche Gewalt dokumentieren Ärztinnen die Verletzungen mit Fotos und Maßband, damit sie später vor Gericht verwertbar sind.",
    ),
    (
        "violence_discussed",
        False,
        "In der Geschichts-AG haben wir über die Pogromnacht gesprochen, als Synagogen brannten und Menschen erschlagen wurden.",
    ),
    (
        "violence_discussed",
        False,
        "Das Hörspiel über den Deutschen Herbst 1977 und die Morde der RAF war richtig gut recherchiert.",
    ),
    (
        "violence_discussed",
        False,
        "Laut Kriminalstatistik ist die Zahl der Tötungsdelikte im Vergleich zum Vorjahr leicht gesunken.",
    ),
    (
        "violence_discussed",
        False,
        "Die Rote Hochzeit bei Game of Thrones hat mich echt fertiggemacht, die werden alle beim Fest abgeschlachtet.",
    ),
    (
        "violence_discussed",
        False,
        "Im Erste-Hilfe-Kurs haben wir gelernt, eine stark blutende Stichwunde mit einem Druckverband zu versorgen.",
    ),
    (
        "violence_discussed",
        False,
        "Im Mittelalter wurden schwere Verbrecher gerädert, eine der grausamsten Hinrichtungsarten überhaupt.",
    ),
    # everyday_idiom
    (
        "everyday_idiom",
        False,
        "Wir schlagen heute zwei Fliegen mit einer Klappe: Wocheneinkauf und Oma besuchen.",
    ),
    ("everyday_idiom", False, "Ich muss noch eine Stunde totschlagen, bis mein Zug kommt."),
    ("everyday_idiom", False, "Hals- und Beinbruch für deine Prüfung morgen! 🍀"),
    (
        "everyday_idiom",
        False,
        "Jetzt erhöhen die auch noch die Nebenkosten, das schlägt dem Fass den Boden aus!",
    ),
    ("everyday_idiom", False, "Wir hatten einen Mordsspaß auf der Hochzeit, bis drei Uhr getanzt."),
    ("everyday_idiom", False, "Die neue Werbekampagne war ein Schuss in den Ofen."),
    ("everyday_idiom", False, "Der kommt wieder zu spät, da kannst du Gift drauf nehmen."),
    (
        "everyday_idiom",
        False,
        "Den Vogel abgeschossen hat heute unser Azubi: Er saß im Schlafanzug in der Videokonferenz.",
    ),
    (
        "everyday_idiom",
        False,
        "Für so einen kleinen Fehler gleich eine Abmahnung? Das ist doch mit Kanonen auf Spatzen geschossen.",
    ),
    ("everyday_idiom", False, "Im Meeting hat sie mich vor allen total in die Pfanne gehauen."),
    (
        "everyday_idiom",
        False,
        "Nach zehn Jahren Funkstille haben mein Onkel und mein Vater endlich das Kriegsbeil begraben.",
    ),
    ("everyday_idiom", False, "Der geht für seine Beförderung über Leichen."),
    (
        "everyday_idiom",
        False,
        "Mit der Preiserhöhung hat sich das Café ins eigene Knie geschossen, jetzt ist es leer.",
    ),
    ("everyday_idiom", False, "Er hat seinen Kollegen beim Chef eiskalt ans Messer geliefert."),
    ("everyday_idiom", False, "Die Abstimmung im Gemeinderat steht auf Messers Schneide."),
    (
        "everyday_idiom",
        False,
        "'Das haben wir schon immer so gemacht' ist doch ein Totschlagargument.",
    ),
    (
        "everyday_idiom",
        False,
        "Bei uns gibt's jedes Jahr an Weihnachten Mord und Totschlag wegen Monopoly 😂",
    ),
    (
        "everyday_idiom",
        False,
        "Ich könnte mich ohrfeigen, dass ich das Angebot nicht angenommen hab.",
    ),
    (
        "everyday_idiom",
        False,
        "Das Thema ist doch längst totgeritten, lass uns über was anderes reden.",
    ),
    (
        "everyday_idiom",
        False,
        "Der Schuss ging nach hinten los, jetzt muss er die Arbeit ganz allein machen.",
    ),
]
