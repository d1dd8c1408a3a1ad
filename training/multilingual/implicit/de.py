"""German (de): a fifth training part: implicit hate without slurs or insult words (stereotypes,
sarcasm, conspiracy framing, dog whistles, dehumanising metaphors, veiled threats), hard
negatives in the same registers, and everyday lines."""

# ruff: noqa: E501

from __future__ import annotations

FUNCTIONAL_TRAIN5: list[tuple[str, bool, str]] = [
    # --- derogation (hateful) ---
    (
        "derogation",
        True,
        "Frauen in Führungspositionen sind ja schön und gut, aber wenn's hart auf hart kommt, braucht man halt doch einen Mann, der entscheidet.",
    ),
    (
        "derogation",
        True,
        "Man wird ja mal fragen dürfen: Warum sitzen in den Vorständen der großen Banken eigentlich so auffällig viele Juden? Reiner Zufall, oder?",
    ),
    ("derogation", True, "Roma und ehrliche Arbeit, das passt zusammen wie Feuer und Wasser."),
    (
        "derogation",
        True,
        "Meine Nachbarn sind Syrer und ehrlich gesagt total nett. Die können ja auch nichts dafür, dass sie von Natur aus so aufbrausend sind.",
    ),
    (
        "derogation",
        True,
        "Hab heute ne Stunde beim Bürgeramt gewartet, vor mir fünf Familien, keiner konnte Deutsch, alle mit Dolmetscher. Da war mir klar, wohin unsere Steuern fließen. Die Ausländer kommen nicht zum Arbeiten her, die kommen wegen dem Bürgergeld.",
    ),
    (
        "derogation",
        True,
        "Schwule sind super als Friseure und Deko-Berater, aber Kinder großziehen sollten sie bitte nicht.",
    ),
    (
        "derogation",
        True,
        "Wieso haben die Afrikaner nach sechzig Jahren Entwicklungshilfe immer noch nichts auf die Reihe bekommen? Liegt's vielleicht doch nicht am Geld?",
    ),
    (
        "derogation",
        True,
        "Du fährst nach Polen in den Urlaub? Nimm lieber das alte Auto, das neue siehst du eh nicht wieder 😉",
    ),
    (
        "derogation",
        True,
        "Trans Frauen sind und bleiben Männer in Kleidern, da kann der Staat noch so viele Gesetze beschließen.",
    ),
    (
        "derogation",
        True,
        "Schon wieder ein Messerangriff. Aber klar, liegt bestimmt am Wetter und nicht an der Kultur, die die Afghanen mitbringen.",
    ),
    (
        "derogation",
        True,
        "Mein Kollege ist Muslim und eigentlich ganz okay. Aber ich frag mich schon, auf wessen Seite er steht, wenn's mal drauf ankommt.",
    ),
    (
        "derogation",
        True,
        "Asiaten und Autofahren, da muss man eigentlich gar nichts mehr zu sagen 😂",
    ),
    (
        "derogation",
        True,
        "Komisch, wie die Juden nach jeder Krise als Gewinner dastehen. Krieg, Pandemie, Inflation, immer dieselben Profiteure.",
    ),
    (
        "derogation",
        True,
        "Die Rothschilds haben halt überall ihre Finger drin, das weiß doch jeder, der mal selbst recherchiert hat.",
    ),
    (
        "derogation",
        True,
        "(((Sie))) bestimmen, was in der Tagesschau läuft. Aber das darf man in diesem Land ja nicht laut sagen.",
    ),
    (
        "derogation",
        True,
        "Behinderte Kinder kosten den Staat ein Vermögen, und am Ende kommt nichts zurück. Das wird man doch mal ausrechnen dürfen.",
    ),
    (
        "derogation",
        True,
        "Der Anteil der Nichtdeutschen bei den Tatverdächtigen ist überproportional. Mehr muss man über diese Leute eigentlich nicht wissen.",
    ),
    (
        "derogation",
        True,
        "Warum haben Lesben eigentlich immer kurze Haare und schlechte Laune? Frage für einen Freund.",
    ),
    (
        "derogation",
        True,
        "Früher die Zigaretten am Bahnhof, heute die Nagelstudios. Hauptsache keine Steuern zahlen, das haben die Vietnamesen einfach im Blut.",
    ),
    (
        "derogation",
        True,
        "Sobald die Sinti im Ort sind, werden die Fahrräder knapp. Erfahrungswert, kein Vorurteil.",
    ),
    (
        "derogation",
        True,
        "Woran merkt man, dass Rumänen im Haus waren? An den fehlenden Kupferrohren.",
    ),
    (
        "derogation",
        True,
        "Araber behandeln ihre Frauen wie Eigentum, das ist einfach deren Kultur, da ändert auch kein Integrationskurs was dran.",
    ),
    (
        "derogation",
        True,
        "Unser Sohn hat jetzt einen Mathelehrer aus Nigeria. Netter Mann, aber ob so einer wirklich Mathe unterrichten kann? Ich hab da meine Zweifel.",
    ),
    (
        "derogation",
        True,
        "Tschetschenen regeln alles mit der Faust, das liegt denen einfach im Blut.",
    ),
    (
        "derogation",
        True,
        "Die Chinesen kopieren alles, was nicht niet- und nagelfest ist, vom Patent bis zum Kochrezept. Eine eigene Idee hatten die noch nie.",
    ),
    (
        "derogation",
        True,
        "Autisten in ein normales Team stecken? Viel Spaß, die machen jede Besprechung kaputt und merken es nicht mal.",
    ),
    (
        "derogation",
        True,
        "Ich hab nichts gegen Schwarze, ich würde nur nicht wollen, dass meine Tochter mal einen heiratet.",
    ),
    (
        "derogation",
        True,
        "Wenn die Türkei ein Spiel gewinnt, gibt's Autokorso bis drei Uhr nachts. Montags um acht auf der Arbeit sieht man die Türken dann komischerweise nie.",
    ),
    (
        "derogation",
        True,
        "Wir waren gestern im Stadtpark grillen, super Wetter, die Kinder hatten Spaß, die Würstchen waren top. Dann kam eine Großfamilie mit zwölf Leuten, alle Frauen mit Kopftuch, und hat den halben Park besetzt. Irgendwann gehört dieses Land halt denen.",
    ),
    (
        "derogation",
        True,
        "Ehrliche Frage an die Runde: Ist es Rassismus, wenn man bemerkt, wie viele Nordafrikaner im Knast sitzen, oder ist das einfach Mathematik?",
    ),
    (
        "derogation",
        True,
        "Frauen können nicht einparken, das ist wissenschaftlich bewiesen, also regt euch nicht auf.",
    ),
    (
        "derogation",
        True,
        "Das Problem mit den Ukrainern ist, dass sie mit dem nagelneuen SUV zur Tafel fahren und sich dann wundern, dass die Leute sauer sind.",
    ),
    (
        "derogation",
        True,
        "Jeder weiß doch, dass Bisexuelle sich einfach nicht entscheiden können und sowieso fremdgehen.",
    ),
    (
        "derogation",
        True,
        "Bei Eritreern weiß man nie, ob die echt sind. Die Papiere sind ja zufällig immer im Mittelmeer verloren gegangen.",
    ),
    (
        "derogation",
        True,
        "Die Hindus beten Kühe an und wundern sich dann, warum ihr Land nicht vorankommt.",
    ),
    (
        "derogation",
        True,
        "Erstaunlich, wie schnell die Holocaust-Karte gezückt wird, sobald einer Israel kritisiert. Funktioniert halt seit achtzig Jahren.",
    ),
    (
        "derogation",
        True,
        "Ein Albaner, der nicht mit Autos oder Koks handelt? Hab ich noch nie getroffen, und ich wohne seit zehn Jahren in Offenbach.",
    ),
    (
        "derogation",
        True,
        "Man muss ehrlich sein: Die meisten Flüchtlinge sind junge Männer mit den neuesten Handys. Die kommen nicht aus Not, die kommen zum Abkassieren.",
    ),
    (
        "derogation",
        True,
        "Wieder mal ein 'Einzelfall' im Freibad. Unsere Goldstücke halt, wer hätte das ahnen können.",
    ),
    (
        "derogation",
        True,
        "Heute am Hauptbahnhof wieder ordentlich Kulturbereicherung erlebt. Danke, Merkel.",
    ),
    (
        "derogation",
        True,
        "Frauen sollen ruhig wählen dürfen. Aber vielleicht nach Rücksprache mit ihrem Mann, dann wäre das Land auch besser regiert.",
    ),
    (
        "derogation",
        True,
        "Ich hab kein Problem mit Schwulen, solange sie mir das nicht unter die Nase reiben. Händchenhalten gehört ins Schlafzimmer und nicht auf die Straße, wo Kinder zuschauen.",
    ),
    (
        "derogation",
        True,
        "Heutzutage muss niemand mehr ein Kind mit Down-Syndrom bekommen. Wer's trotzdem macht, soll nicht erwarten, dass wir alle dafür zahlen.",
    ),
    (
        "derogation",
        True,
        "Die Russlanddeutschen im Block trinken schon mittags Wodka, das ist bei denen halt Tradition.",
    ),
    (
        "derogation",
        True,
        "Schwarze sind im Sport echt unschlagbar. Beim Denken wird's dann halt dünn.",
    ),
    (
        "derogation",
        True,
        "Asiatinnen sind so schön ruhig und gehorsam, davon könnten sich deutsche Frauen mal eine Scheibe abschneiden.",
    ),
    (
        "derogation",
        True,
        "Wir waren am Wochenende auf der Hochzeitsmesse, wunderschöne Kleider, meine Schwester hat ihr Traumkleid gefunden. Nur der Schneider war Türke, da hab ich gleich gesagt, die Anzahlung gibt's erst, wenn das Kleid fertig ist. Man kennt die ja.",
    ),
    (
        "derogation",
        True,
        "Mein Sohn kommt nach den Ferien in die dritte Klasse, neue Lehrerin, neuer Ranzen, er freut sich riesig. Blöd nur, dass in seiner Klasse 18 von 24 Kindern zu Hause kein Deutsch sprechen. Die Migrantenkinder wollen halt nichts lernen, das bekommen die von den Eltern schon so mit.",
    ),
    (
        "derogation",
        True,
        "Endlich Urlaub! Zwei Wochen Kroatien, Meer, Sonne, gutes Essen. Nur am Strand waren überall Roma-Familien mit ihren Kindern. Da lässt man sein Handy natürlich nicht mehr aus den Augen, man weiß ja, wie die sind.",
    ),
    (
        "derogation",
        True,
        "Trans Menschen wollen doch nur Aufmerksamkeit. Das ist keine Identität, das ist eine Störung, die man behandeln sollte, statt sie zu feiern.",
    ),
    (
        "derogation",
        True,
        "Wenn ein Muslim dir sagt, der Islam sei Frieden, ist das Taqiyya. Die dürfen Ungläubige ja anlügen, das weiß man doch.",
    ),
    (
        "derogation",
        True,
        "Die libanesischen Familien kontrollieren halb Neukölln, und alle schauen zu. Aber wehe, man sagt, dass das an der Herkunft liegt.",
    ),
    (
        "derogation",
        True,
        "Polnische Handwerker sind billig, klar. Dafür fehlt hinterher halt das Werkzeug.",
    ),
    (
        "derogation",
        True,
        "Muslime in Europa sind ein trojanisches Pferd: Heute Nachbarn, morgen fordern sie die Scharia.",
    ),
    (
        "derogation",
        True,
        "Italiener? Große Gesten, kleine Arbeitsmoral. Und wehe, es ist gerade Mittagspause.",
    ),
    # --- dehumanisation (hateful) ---
    (
        "dehumanisation",
        True,
        "Die Flüchtlinge kommen wie Heuschrecken: fressen alles kahl und ziehen dann zum nächsten Sozialamt weiter.",
    ),
    (
        "dehumanisation",
        True,
        "Das ist wie Schimmel in der Wand: Wenn man die Muslime nicht früh genug rausholt, zersetzen sie das ganze Haus.",
    ),
    (
        "dehumanisation",
        True,
        "Jede Straße, in die Roma ziehen, sieht nach zwei Jahren aus wie eine Müllkippe. Die bringen den Dreck mit wie Ratten.",
    ),
    (
        "dehumanisation",
        True,
        "Die Grenze ist ein Damm, und dahinter steht eine Flut aus Afrika, die nur darauf wartet, alles wegzuspülen.",
    ),
    (
        "dehumanisation",
        True,
        "Schwulsein breitet sich über Schulen und Fernsehen aus wie eine Seuche. Man muss die Kinder davor schützen wie vor Masern.",
    ),
    (
        "dehumanisation",
        True,
        "Die Juden hängen an jedem Volk wie ein Parasit am Wirt und saugen, bis nichts mehr übrig ist.",
    ),
    (
        "dehumanisation",
        True,
        "Wie bei Kakerlaken: Siehst du einen Afghanen, sitzen hundert andere schon in der Wand.",
    ),
    (
        "dehumanisation",
        True,
        "Unsere Innenstadt ist nicht mehr bunt, sie ist befallen. Überall Afrikaner, wie Unkraut zwischen den Pflastersteinen.",
    ),
    (
        "dehumanisation",
        True,
        "Die Syrer vermehren sich wie die Karnickel, und wir bezahlen das Futter.",
    ),
    (
        "dehumanisation",
        True,
        "Die Rumänen sind wie Zecken: andocken, festbeißen und das Sozialsystem leersaugen.",
    ),
    (
        "dehumanisation",
        True,
        "Schwerbehinderte sind eher wie Möbel, die man pflegen muss. Mit Menschen im eigentlichen Sinn hat das wenig zu tun.",
    ),
    (
        "dehumanisation",
        True,
        "Trans Leute sind wie ein Virus an unseren Schulen: Einer fängt an, und nach einem Jahr ist die halbe Klasse angesteckt.",
    ),
    (
        "dehumanisation",
        True,
        "Europa ist ein Körper, und die Migranten sind das Geschwür, das darin wuchert.",
    ),
    (
        "dehumanisation",
        True,
        "Wenn man durch Marxloh läuft und die Türken sieht, fühlt man sich wie im Zoo, nur ohne Gitter.",
    ),
    (
        "dehumanisation",
        True,
        "Die Kurden im Nachbarhaus hausen wie Tiere, zwanzig Leute in drei Zimmern, und der Gestank zieht durchs ganze Treppenhaus.",
    ),
    (
        "dehumanisation",
        True,
        "Das ist keine Einwanderung aus Nahost mehr, das ist ein Schwarm, der über uns herfällt.",
    ),
    (
        "dehumanisation",
        True,
        "Frauen sind wie Hunde: Sie brauchen eine feste Hand und klare Regeln, dann funktionieren sie.",
    ),
    (
        "dehumanisation",
        True,
        "Die Chinesen sind ein Ameisenvolk ohne eigene Seele, die funktionieren nur im Schwarm.",
    ),
    (
        "dehumanisation",
        True,
        "Lesben und Schwule sind biologisch eine Sackgasse, wie kranke Triebe an einem Baum, die jeder Gärtner wegschneidet.",
    ),
    (
        "dehumanisation",
        True,
        "Über die Balkanroute schwappt die nächste Welle Asylbewerber, und diesmal ist der Deich schon gebrochen.",
    ),
    (
        "dehumanisation",
        True,
        "Sinti und Roma sind wie streunende Katzen: Fütterst du sie einmal, wirst du sie nie wieder los.",
    ),
    (
        "dehumanisation",
        True,
        "Nordafrikaner in der Kölner Innenstadt an Silvester, das ist wie ein Rudel Wölfe, das nachts auf Beute geht.",
    ),
    (
        "dehumanisation",
        True,
        "Im Heim haben die Eritreer alles verwüstet. Wie Vieh, das man in eine Wohnung sperrt.",
    ),
    (
        "dehumanisation",
        True,
        "Autisten sind Roboter in Menschenhülle, Gefühle darf man da nicht erwarten.",
    ),
    (
        "dehumanisation",
        True,
        "Die Juden umschlingen die Welt wie ein Krake, in jedem Land ein Arm, in jeder Regierung ein Saugnapf.",
    ),
    (
        "dehumanisation",
        True,
        "Die Bulgaren am Arbeiterstrich stehen morgens da wie Vieh auf dem Markt, und so behandelt man sie am besten auch.",
    ),
    (
        "dehumanisation",
        True,
        "Die Asylheime sind Brutstätten: Da vermehren sich die Flüchtlinge wie Schimmel im feuchten Keller.",
    ),
    (
        "dehumanisation",
        True,
        "Ich sag ja nix, ich stell nur mal ein Foto von unserer Nationalmannschaft neben eins aus dem Affengehege 🐒",
    ),
    (
        "dehumanisation",
        True,
        "Die Polen sind wie Tauben in der Stadt: überall, laut, und hinterlassen nur Dreck.",
    ),
    ("dehumanisation", True, "Frauen in Burka laufen rum wie schwarze Müllsäcke auf zwei Beinen."),
    # --- threat (hateful) ---
    (
        "threat",
        True,
        "Es wäre für alle besser, wenn die Flüchtlinge einfach wieder verschwinden würden. Egal wie.",
    ),
    (
        "threat",
        True,
        "Wenn noch eine Roma-Familie hier in die Siedlung zieht, regeln wir das selbst. Die Polizei macht ja eh nichts.",
    ),
    ("threat", True, "Zeit für Remigration. Alle, ohne Ausnahme, auch die mit deutschem Pass."),
    ("threat", True, "Wir wissen, wo eure Moschee steht. Nur so als Info."),
    (
        "threat",
        True,
        "Die Synagoge in der Nachbarstadt hat jetzt Polizeischutz. Fragt sich nur, wie lange noch.",
    ),
    (
        "threat",
        True,
        "Früher hat man Behinderte weggesperrt, und zwar für immer. Vielleicht sollte man damit wieder anfangen.",
    ),
    (
        "threat",
        True,
        "Wenn ich hier im Park nochmal zwei Männer sehe, die sich küssen, gibt's eine Abreibung, die sie nicht vergessen.",
    ),
    ("threat", True, "Afghanen abschieben, alle. Flieger voll, Tür zu, und keiner kommt zurück."),
    ("threat", True, "Man sollte den Muslimen das Wahlrecht entziehen, bevor sie uns überstimmen."),
    (
        "threat",
        True,
        "Eine Frau, die so rumläuft, muss sich nicht wundern, wenn ihr nachts was passiert. Verdient hat sie's dann auch.",
    ),
    ("threat", True, "Die Juden sollten schon mal die Koffer packen. 1938 lässt grüßen."),
    (
        "threat",
        True,
        "Hoffentlich kentert das nächste Boot mit Migranten, bevor es Lampedusa erreicht.",
    ),
    (
        "threat",
        True,
        "Trans Leute gehören raus aus allen Schulen, Lehrer wie Schüler. Ganz einfach.",
    ),
    (
        "threat",
        True,
        "Ein Hausbesitzer, der an Schwarze vermietet, braucht sich nicht wundern, wenn er mal Besuch von uns bekommt.",
    ),
    (
        "threat",
        True,
        "Wenn die Türken so gern Erdoğan wählen, dann können sie auch gleich dahin zurück. Einfache Fahrt, Rückkehr ausgeschlossen.",
    ),
    (
        "threat",
        True,
        "Opas Schrotflinte liegt noch im Keller. Falls das Flüchtlingsheim um die Ecke wirklich kommt, ist sie bereit.",
    ),
    (
        "threat",
        True,
        "Kein Lokal in der Gegend sollte noch Kurden bedienen. Dann merken sie schon, dass sie hier nicht willkommen sind.",
    ),
    (
        "threat",
        True,
        "Die Sinti sollen ihre Wohnwagen nehmen und weiterziehen, sonst brennen die eben. Blech brennt auch.",
    ),
    (
        "threat",
        True,
        "Jeder Pole auf der Baustelle ist einer zu viel. Irgendwann räumen wir da mal richtig auf.",
    ),
    (
        "threat",
        True,
        "Früher hat man Frauen, die zu viel wollten, auf den Scheiterhaufen gestellt. War vielleicht nicht alles schlecht damals.",
    ),
    (
        "threat",
        True,
        "Heute Abend Treffpunkt am Bahnhof, wir schauen mal, was die Nordafrikaner da so treiben. Handschuhe mitbringen.",
    ),
    (
        "threat",
        True,
        "Grenzen dicht, und alle, die nicht hierher gehören, kommen ins Lager, bis sie freiwillig gehen.",
    ),
    (
        "threat",
        True,
        "Ein paar Schwule weniger in der Stadt würden keinem fehlen, das sag ich mal ganz offen.",
    ),
    (
        "threat",
        True,
        "Wer sein behindertes Kind unbedingt zur Welt bringen will, soll mit ihm auf eine Insel ziehen. Weit weg von uns.",
    ),
    (
        "threat",
        True,
        "Juden raus aus der Kulturbranche, dann wird's im Fernsehen auch wieder deutsch.",
    ),
    (
        "threat",
        True,
        "Der Tag wird kommen, an dem die Muslime dieses Land verlassen müssen. Und dann fragt keiner, ob freiwillig.",
    ),
    (
        "threat",
        True,
        "Die Tschetschenen sollte man alle einsammeln und nach Grosny fliegen, ob mit Pass oder ohne.",
    ),
    (
        "threat",
        True,
        "Die Asiaten mit ihrem Virus sollte man gar nicht mehr reinlassen, und die, die schon hier sind, gleich mit rausschmeißen.",
    ),
    (
        "threat",
        True,
        "Macht die Grenzen zu, und bei den Flüchtlingen, die's trotzdem schaffen, muss halt auch mal scharf geschossen werden.",
    ),
    (
        "threat",
        True,
        "Eine Roma-Siedlung am Stadtrand? Nicht lange. Ein paar von uns haben schon eine Liste, wer da wohnt.",
    ),
    (
        "threat",
        True,
        "Heute Elternabend gehabt, die Klassenlehrerin war sehr nett, Ausflug nach Hamburg ist geplant. Dann hat sie erzählt, dass in Sexualkunde jetzt auch Regenbogenfamilien vorkommen. Wenn so ein Männerpaar mit Kind bei uns im Ort einzieht, werden die schnell merken, dass sie hier nicht erwünscht sind, dafür sorgen wir.",
    ),
    (
        "threat",
        True,
        "Wir haben endlich das Haus fertig renoviert, neue Fenster, neues Bad, Garten angelegt. Und jetzt soll nebenan eine Unterkunft für Afrikaner hin. Wenn das wirklich kommt, brennt das Ding, bevor der erste einzieht.",
    ),
    ("threat", True, "Schwarze raus aus unserem Verein, so einfach ist das. Vorher lief's auch."),
    (
        "threat",
        True,
        "Ausländer, die kein Deutsch lernen, sollte man beim Arzt einfach nicht mehr behandeln. Sollen sie halt sehen, wo sie bleiben.",
    ),
    (
        "threat",
        True,
        "Für die Araber im Viertel kommt auch noch der Tag, an dem abgerechnet wird. Wir vergessen nichts.",
    ),
    # --- negated_hate (not hateful) ---
    (
        "negated_hate",
        False,
        "Es ist kompletter Unsinn, dass Flüchtlinge nur wegen des Geldes kommen. Die meisten aus meinem Deutschkurs wollen nichts lieber als arbeiten.",
    ),
    (
        "negated_hate",
        False,
        "Nein, Juden kontrollieren nicht die Banken. Dieses Märchen ist über hundert Jahre alt und war damals schon gelogen.",
    ),
    (
        "negated_hate",
        False,
        "Frauen parken genauso gut ein wie Männer, die Versicherungsstatistik spricht eher für die Frauen.",
    ),
    (
        "negated_hate",
        False,
        "Dass Roma klauen, ist ein Vorurteil, das meine Oma noch gepflegt hat. Ich hab's nicht übernommen.",
    ),
    (
        "negated_hate",
        False,
        "Schwule Eltern sind nicht schlechter als andere. Die Studienlage ist da ziemlich eindeutig.",
    ),
    (
        "negated_hate",
        False,
        "Ich hab lange gedacht, Muslime hätten grundsätzlich ein Problem mit Frauenrechten. Dann hab ich meine Kollegin Aylin kennengelernt, Fachanwältin für Familienrecht. So viel zu meinen Vorurteilen.",
    ),
    (
        "negated_hate",
        False,
        "Menschen mit Behinderung sind kein Kostenfaktor. Teilhabe ist ein Recht und keine Rechenaufgabe.",
    ),
    (
        "negated_hate",
        False,
        "Nicht jeder Afghane ist ein Gewalttäter, genauso wenig wie jeder Deutsche ein Nazi ist. Diese Verallgemeinerung bringt uns keinen Schritt weiter.",
    ),
    (
        "negated_hate",
        False,
        "Polen klauen Autos? Mein polnischer Nachbar hat mir letzte Woche Starthilfe gegeben, als meine Karre nicht ansprang. So viel dazu.",
    ),
    (
        "negated_hate",
        False,
        "Trans Frauen sind Frauen. Punkt. Da muss man nicht jedes Mal von vorn diskutieren.",
    ),
    (
        "negated_hate",
        False,
        "Dass Schwarze 'nur im Sport' gut seien, ist ein rassistisches Klischee. Schaut euch mal an, wer in der Forschung und Medizin alles unterwegs ist.",
    ),
    (
        "negated_hate",
        False,
        "Ich kann das Gerede von 'Die wollen sich doch gar nicht integrieren' nicht mehr hören. Mein Schwager ist Kurde und seit zwanzig Jahren Meister in einem Handwerksbetrieb.",
    ),
    (
        "negated_hate",
        False,
        "Bisexuelle sind weder unentschlossen noch untreuer als andere. Das ist einfach ein dummes Vorurteil.",
    ),
    (
        "negated_hate",
        False,
        "Der Spruch, Asiaten könnten nicht Auto fahren, ist Quatsch, und lustig war er auch noch nie.",
    ),
    (
        "negated_hate",
        False,
        "Rumänen sind nicht automatisch Sozialbetrüger. Die meisten, die ich kenne, arbeiten in der Pflege oder auf dem Bau, und zwar verdammt hart.",
    ),
    (
        "negated_hate",
        False,
        "Nein, Autisten haben nicht 'keine Gefühle'. Sie zeigen sie oft nur anders, das ist alles.",
    ),
    (
        "negated_hate",
        False,
        "Die Kriminalstatistik sagt nichts über Herkunft als Ursache. Alter, Armut und Geschlecht erklären da viel mehr, das sollte man schon mitdenken.",
    ),
    (
        "negated_hate",
        False,
        "Wer behauptet, die Ukrainer würden alle mit dem SUV zur Tafel fahren, hat wahrscheinlich noch nie eine Tafel von innen gesehen.",
    ),
    (
        "negated_hate",
        False,
        "Ich bin selbst Türkin, und nein, wir sind nicht alle konservativ, und wir wählen auch nicht alle Erdoğan.",
    ),
    (
        "negated_hate",
        False,
        "Es stimmt nicht, dass Geflüchtete sich teure Handys leisten, weil sie reich sind. Auf der Flucht ist das Handy das Einzige, was dich mit deiner Familie verbindet.",
    ),
    (
        "negated_hate",
        False,
        "Nicht alle Araber behandeln ihre Frauen schlecht, genauso wenig wie alle Deutschen ihre Frauen gut behandeln. Häusliche Gewalt gibt's überall.",
    ),
    (
        "negated_hate",
        False,
        "Niemand wird schwul, weil er es im Fernsehen gesehen hat. Das ist keine Ansteckung, das ist einfach, wie man ist.",
    ),
    (
        "negated_hate",
        False,
        "Dass Juden den Holocaust 'benutzen' würden, ist eine uralte antisemitische Erzählung und schlicht falsch.",
    ),
    (
        "negated_hate",
        False,
        "Die Vorstellung, Sinti und Roma würden alle im Wohnwagen herumziehen, ist total veraltet. Die allermeisten wohnen seit Generationen am selben Ort.",
    ),
    (
        "negated_hate",
        False,
        "Chinesen hätten keine eigenen Ideen? Guckt euch mal an, wie viele Patente inzwischen aus China kommen. Das Klischee ist längst überholt.",
    ),
    # --- counter_speech (not hateful) ---
    (
        "counter_speech",
        False,
        "Unter dem Artikel über die neue Flüchtlingsunterkunft schreibt einer 'Opas Schrotflinte liegt bereit', und das steht da seit zwei Tagen. Hallo, Moderation?",
    ),
    (
        "counter_speech",
        False,
        "Jemand hat 'Wir wissen, wo ihr wohnt' an die Wand unserer Moschee gesprüht. Ich schäme mich für diese Stadt.",
    ),
    (
        "counter_speech",
        False,
        "Mein Onkel hat beim Familienessen wieder den Witz mit den Polen und den Autos gebracht. Ich hab ihm gesagt, dass das nicht lustig ist, und bin gegangen.",
    ),
    (
        "counter_speech",
        False,
        "'Remigration' klingt harmlos, meint aber nichts anderes, als Millionen Menschen mit Migrationsgeschichte rauszuwerfen. Lasst euch von dem Wort nicht einlullen.",
    ),
    (
        "counter_speech",
        False,
        "Wer Geflüchtete 'Heuschrecken' oder 'Flut' nennt, redet nicht über Politik, sondern entmenschlicht. Genau so fängt es jedes Mal an.",
    ),
    (
        "counter_speech",
        False,
        "Hab gerade einen Kommentar gemeldet, der behauptet, Juden würden die Medien steuern. Solcher Mist darf nicht einfach stehen bleiben.",
    ),
    (
        "counter_speech",
        False,
        "Im Stadion wurden heute wieder Affenlaute gemacht, als unser Stürmer am Ball war. Der Verein muss diese Leute lebenslang aussperren.",
    ),
    (
        "counter_speech",
        False,
        "Der Satz 'Ich hab nichts gegen Schwule, aber ...' endet fast immer mit etwas, das man gegen Schwule hat. Achtet mal drauf.",
    ),
    (
        "counter_speech",
        False,
        "Ein Typ aus meinem Jahrgang schreibt unter jede Polizeimeldung 'Einzelfall'. Hab ihn entfolgt, das ist einfach rassistische Stimmungsmache.",
    ),
    (
        "counter_speech",
        False,
        "An alle, die 'Goldstücke' schreiben und sich dabei witzig finden: Ihr seid nicht witzig, ihr seid das Problem.",
    ),
    (
        "counter_speech",
        False,
        "In der Klassengruppe wurde ein Meme geteilt, das einen Rollstuhlfahrer als 'Kostenfaktor' zeigt. Ich hab die Eltern angeschrieben, das geht gar nicht.",
    ),
    (
        "counter_speech",
        False,
        "Erschreckend, wie viele unter das Video eines schwulen Paares 'Das gehört ins Schlafzimmer' geschrieben haben. Händchenhalten ist kein Sex, Leute.",
    ),
    (
        "counter_speech",
        False,
        "Nach dem Brandanschlag auf das Haus der Roma-Familie sagten manche im Ort, 'die hätten halt weiterziehen sollen'. Dass solche Sätze noch fallen, macht mich fassungslos.",
    ),
    (
        "counter_speech",
        False,
        "Wer 'Trans ist doch nur ein Trend' sagt, muss sich nicht wundern, wenn trans Jugendliche sich nicht trauen, über sich zu reden. Solche Sprüche richten echten Schaden an.",
    ),
    (
        "counter_speech",
        False,
        "Mein Chef meinte, er stellt 'lieber keine Frau mit Kinderwunsch' ein. Ich hab das der Gleichstellungsbeauftragten gemeldet, das ist glasklare Diskriminierung.",
    ),
    (
        "counter_speech",
        False,
        "Im Forum behauptet einer, Muslime würden wegen 'Taqiyya' sowieso alle lügen. Das ist eine Verschwörungserzählung, die seit Jahren über rechte Blogs verbreitet wird.",
    ),
    (
        "counter_speech",
        False,
        "An die Leute, die gerade 'Geh doch zurück, wo du herkommst' unter das Foto der Nationalspielerin schreiben: Sie kommt aus Gelsenkirchen.",
    ),
    (
        "counter_speech",
        False,
        "Im Bus hat ein Mann eine Asiatin angeschrien, sie solle 'ihr Virus mitnehmen'. Keiner hat was gesagt, ich auch nicht, und ich ärgere mich bis jetzt darüber.",
    ),
    (
        "counter_speech",
        False,
        "Diese Aufkleber mit 'Deutschland den Deutschen' kleben jetzt auch an unserer Bushaltestelle. Ich hab sie heute früh abgekratzt.",
    ),
    (
        "counter_speech",
        False,
        "Wenn in eurer Chatgruppe jemand schreibt, Afrikaner 'vermehren sich wie Karnickel', dann widersprecht. Schweigen wird als Zustimmung gelesen.",
    ),
    # --- identity_neutral (not hateful) ---
    (
        "identity_neutral",
        False,
        "Wann beginnt dieses Jahr eigentlich der Ramadan? Ich will meinem Kollegen nicht aus Versehen ein Stück Kuchen hinstellen.",
    ),
    (
        "identity_neutral",
        False,
        "Laut Statistischem Bundesamt hat gut ein Viertel der Menschen in Deutschland einen Migrationshintergrund.",
    ),
    (
        "identity_neutral",
        False,
        "Chanukka dauert acht Tage, richtig? Und man zündet jeden Abend eine Kerze mehr an?",
    ),
    ("identity_neutral", False, "Sinti leben seit über 600 Jahren im deutschsprachigen Raum."),
    (
        "identity_neutral",
        False,
        "Kann mir jemand den Unterschied zwischen Sunniten und Schiiten erklären? In der Doku wurde das nicht richtig klar.",
    ),
    (
        "identity_neutral",
        False,
        "Der CSD in Köln gehört zu den größten Pride-Veranstaltungen in Europa.",
    ),
    (
        "identity_neutral",
        False,
        "Die Deutsche Gebärdensprache ist seit 2002 als eigenständige Sprache anerkannt.",
    ),
    (
        "identity_neutral",
        False,
        "Wie schreibt man das korrekt, trans Frau oder Transfrau? Ich will im Artikel nichts Falsches schreiben.",
    ),
    (
        "identity_neutral",
        False,
        "Viele Vietnamesen in Ostdeutschland kamen ursprünglich als Vertragsarbeiter in die DDR.",
    ),
    (
        "identity_neutral",
        False,
        "Am 27. Januar wird in Deutschland der Opfer des Nationalsozialismus gedacht.",
    ),
    (
        "identity_neutral",
        False,
        "Im Rathaus gibt's nächsten Dienstag einen Infoabend zur neuen Unterkunft für Geflüchtete. Beginn 19 Uhr, Eintritt frei.",
    ),
    (
        "identity_neutral",
        False,
        "Frage an die Eltern hier: Wie erklärt ihr euren Kindern, warum ein Klassenkamerad im Rollstuhl sitzt? Meine Tochter hat heute danach gefragt.",
    ),
    (
        "identity_neutral",
        False,
        "Newroz wird von Kurden am 21. März gefeiert, es ist ihr Neujahrsfest.",
    ),
    (
        "identity_neutral",
        False,
        "Wie viele Jüdinnen und Juden leben heute ungefähr in Deutschland? Weiß das jemand?",
    ),
    (
        "identity_neutral",
        False,
        "Der Frauenanteil in den Aufsichtsräten der großen börsennotierten Unternehmen liegt inzwischen bei über einem Drittel.",
    ),
    (
        "identity_neutral",
        False,
        "Seit 2022 ist die Zahl der Ukrainerinnen und Ukrainer unter den Schutzsuchenden stark gestiegen.",
    ),
    (
        "identity_neutral",
        False,
        "Diwali ist das Lichterfest der Hindus und fällt meistens in den Oktober oder November.",
    ),
    (
        "identity_neutral",
        False,
        "In unserer Gemeinde gibt es jetzt einen Gottesdienst auf Arabisch für christliche Familien aus Syrien.",
    ),
    (
        "identity_neutral",
        False,
        "Weiß jemand, ob man bei einer türkischen Hochzeit Geld oder Gold schenkt? Wir sind nächsten Monat eingeladen.",
    ),
    (
        "identity_neutral",
        False,
        "Autismus wird heute als Spektrum verstanden, die Ausprägungen sind sehr unterschiedlich.",
    ),
    (
        "identity_neutral",
        False,
        "In Polen ist der 11. November Nationalfeiertag, der Unabhängigkeitstag.",
    ),
    (
        "identity_neutral",
        False,
        "Das Fest zum Ende des Ramadan heißt auf Türkisch Şeker Bayramı, also Zuckerfest.",
    ),
    (
        "identity_neutral",
        False,
        "Wie lange dauert ein Asylverfahren in Deutschland im Schnitt? Brauche das für eine Hausarbeit.",
    ),
    (
        "identity_neutral",
        False,
        "Heute Abend läuft auf Arte eine Doku über die Geschichte Schwarzer Menschen in Deutschland seit der Kolonialzeit.",
    ),
    (
        "identity_neutral",
        False,
        "Seit wann dürfen gleichgeschlechtliche Paare in Deutschland eigentlich heiraten? War das 2017?",
    ),
    # --- identity_positive (not hateful) ---
    (
        "identity_positive",
        False,
        "Unsere neue Nachbarin aus Eritrea hat uns gestern einfach so Injera mit Linsen vorbeigebracht. Ich bin immer noch satt und gerührt.",
    ),
    (
        "identity_positive",
        False,
        "Meine Oma sitzt seit Jahren im Rollstuhl und ist trotzdem die, die auf jeder Familienfeier als Letzte nach Hause geht 😄",
    ),
    (
        "identity_positive",
        False,
        "Die türkische Bäckerei bei uns an der Ecke macht die besten Simits der Stadt, und die Chefin kennt jeden Kunden beim Namen.",
    ),
    (
        "identity_positive",
        False,
        "Ich bin so stolz auf meine kleine Schwester, die sich letztes Jahr als lesbisch geoutet hat. Mutiger, als ich je war.",
    ),
    (
        "identity_positive",
        False,
        "Die syrischen Familien in unserem Dorf haben den Sportverein gerettet. Ohne ihre Kinder hätten wir keine Jugendmannschaft mehr.",
    ),
    (
        "identity_positive",
        False,
        "Mein Kollege ist Autist und der gründlichste Entwickler im ganzen Team. Wenn er sagt, der Code ist fertig, dann ist er fertig.",
    ),
    (
        "identity_positive",
        False,
        "Jüdisches Leben gehört zu Deutschland, und ich finde es wunderschön, dass bei uns wieder eine Synagoge gebaut wird.",
    ),
    (
        "identity_positive",
        False,
        "Danke an die polnischen Pflegekräfte, die unseren Opa in seinen letzten Monaten so liebevoll betreut haben. Das vergessen wir euch nie.",
    ),
    (
        "identity_positive",
        False,
        "Der Roma-Geiger im Biergarten gestern war der Wahnsinn, so hab ich eine Geige noch nie klingen hören.",
    ),
    (
        "identity_positive",
        False,
        "Trans Menschen haben so viel Mut, jeden Tag einfach sie selbst zu sein. Respekt.",
    ),
    (
        "identity_positive",
        False,
        "Frauen im Handwerk, einfach top. Die Fliesenlegerin, die unser Bad gemacht hat, war pünktlich, sauber und günstiger als alle anderen.",
    ),
    (
        "identity_positive",
        False,
        "Die vietnamesische Community hat Lichtenberg echt lebendig gemacht, der Markt am Wochenende ist ein Traum.",
    ),
    (
        "identity_positive",
        False,
        "Ich liebe die Gastfreundschaft meiner kurdischen Schwiegerfamilie. Da geht man nie mit leerem Magen raus.",
    ),
    (
        "identity_positive",
        False,
        "Das gehörlose Theaterensemble hat gestern eine Vorstellung gegeben, bei der ich Gänsehaut hatte, obwohl kein Wort gesprochen wurde.",
    ),
    (
        "identity_positive",
        False,
        "Nach dem Hochwasser hat die Moscheegemeinde zwei Wochen lang Keller ausgeschaufelt, ohne dass jemand fragen musste. Ehrenmänner und Ehrenfrauen.",
    ),
    (
        "identity_positive",
        False,
        "Die ghanaische Kirchengemeinde singt sonntags so schön, dass bei uns im Haus alle die Fenster aufmachen.",
    ),
    (
        "identity_positive",
        False,
        "Ich kenne zwei schwule Paare, die Pflegekinder aufgenommen haben, und die Kinder haben dort das stabilste Zuhause, das sie je hatten.",
    ),
    (
        "identity_positive",
        False,
        "Die Ukrainerin, die bei uns im Büro angefangen hat, hat in drei Monaten besser Deutsch gelernt als ich in sechs Jahren Französisch.",
    ),
    (
        "identity_positive",
        False,
        "Unsere Tochter hat Down-Syndrom und bringt jeden Tag mehr Freude in unser Haus, als wir je erwartet hätten.",
    ),
    (
        "identity_positive",
        False,
        "Die italienische Familie unten im Haus hat uns zu Weihnachten eingeladen. Sieben Gänge, drei Generationen, alle reden gleichzeitig. Will ich jedes Jahr.",
    ),
    # --- non_protected_target (not hateful) ---
    (
        "non_protected_target",
        False,
        "Die Schalke-Fans fallen jedes Heimspiel wie Heuschrecken in die Innenstadt ein und hinterlassen nur Bierdosen und Konfetti.",
    ),
    (
        "non_protected_target",
        False,
        "Die großen Immobilienkonzerne saugen diese Stadt aus wie Zecken. Jede Mieterhöhung ist ein Schlag ins Gesicht.",
    ),
    (
        "non_protected_target",
        False,
        "Die Mücken am Baggersee sind dieses Jahr eine echte Invasion, ich hab aufgehört, die Stiche zu zählen.",
    ),
    (
        "non_protected_target",
        False,
        "Diese Bundesregierung sollte man komplett austauschen, alle Minister, ohne Ausnahme. Keiner von denen hat irgendwas kapiert.",
    ),
    (
        "non_protected_target",
        False,
        "Die Deutsche Bahn ist wie eine Krankheit, die sich durchs ganze Land frisst. Jede Woche ein neuer Ausfall.",
    ),
    (
        "non_protected_target",
        False,
        "Der Verkehr in München ist ein Geschwür, das die Stadt langsam erstickt.",
    ),
    (
        "non_protected_target",
        False,
        "Die Lobby der Autoindustrie kontrolliert das Verkehrsministerium, das sieht doch ein Blinder.",
    ),
    (
        "non_protected_target",
        False,
        "E-Scooter-Fahrer auf dem Gehweg sollte man alle einsammeln und mit Bußgeld vom Bürgersteig verbannen.",
    ),
    (
        "non_protected_target",
        False,
        "Das neue Heizungsgesetz gehört in die Tonne. Zurück an den Absender und nie wieder auspacken.",
    ),
    (
        "non_protected_target",
        False,
        "Die Bayern-Fans glauben, ihnen gehört die Liga. Die sind wie Unkraut, egal wo man hinschaut, einer steht da im Trikot.",
    ),
    (
        "non_protected_target",
        False,
        "Die Tauben auf dem Marktplatz sind eine Plage. Die Stadt sollte endlich was gegen die Viecher unternehmen.",
    ),
    (
        "non_protected_target",
        False,
        "Es wäre für alle besser, wenn diese Telefonbetrüger einfach verschwinden würden. Dritter Anruf heute mit der Masche 'Ihr Paket wartet'.",
    ),
    (
        "non_protected_target",
        False,
        "Die FDP-Leute im Bundestag hängen doch alle am Tropf der Lobby, da braucht man sich nichts vorzumachen.",
    ),
    (
        "non_protected_target",
        False,
        "Die katholische Kirche als Institution hat Missbrauch jahrzehntelang vertuscht, und der Vatikan bremst die Aufklärung bis heute.",
    ),
    (
        "non_protected_target",
        False,
        "Das iranische Regime unterdrückt Frauen systematisch und gehört mit allen Mitteln sanktioniert.",
    ),
    (
        "non_protected_target",
        False,
        "Wenn hier noch eine Baustelle aufmacht, regle ich das selbst mit der Stadtverwaltung, mit Anwalt und allem Drum und Dran.",
    ),
    (
        "non_protected_target",
        False,
        "Die Wespen auf dem Balkon haben uns den ganzen Sommer terrorisiert. Nächstes Jahr kommt der Kammerjäger, und dann ist Schluss mit lustig.",
    ),
    (
        "non_protected_target",
        False,
        "Dass Frauen in der katholischen Kirche nicht Priesterin werden dürfen, halte ich für eine rückständige und falsche Lehre.",
    ),
    (
        "non_protected_target",
        False,
        "Die Ultras haben schon wieder Pyro gezündet und das Spiel zwanzig Minuten unterbrochen. Stadionverbot für die ganze Kurve, sofort.",
    ),
    (
        "non_protected_target",
        False,
        "Die Influencer, die ihre Follower mit Krypto-Schrott abzocken, sollte man alle von den Plattformen werfen.",
    ),
    # --- abuse_individual (not hateful) ---
    (
        "abuse_individual",
        False,
        "Mein Nachbar von oben ist der rücksichtsloseste Mensch, den ich kenne. Um drei Uhr nachts Wäsche schleudern, wer macht sowas?",
    ),
    (
        "abuse_individual",
        False,
        "Mein Chef hat heute vor dem ganzen Team so getan, als wäre mein Projekt seine Idee gewesen. Der Typ ist ein Blender ohne Rückgrat.",
    ),
    (
        "abuse_individual",
        False,
        "Die Frau von der Hotline hat mich dreimal weiterverbunden und dann einfach aufgelegt. Unfassbar unfähig.",
    ),
    (
        "abuse_individual",
        False,
        "Kevin aus der Buchhaltung schafft es, im Meeting zehn Minuten zu reden, ohne einen einzigen Punkt zu machen. Ich halt den nicht mehr aus.",
    ),
    (
        "abuse_individual",
        False,
        "Mein Ex ist so ein selbstverliebter Vollpfosten, keine Ahnung, wie ich das zwei Jahre ausgehalten hab.",
    ),
    (
        "abuse_individual",
        False,
        "Der Vermieter hat die Nebenkostenabrechnung mal wieder 'vergessen'. Der Mann ist so geizig, der benutzt seine Teebeutel bestimmt zweimal.",
    ),
    (
        "abuse_individual",
        False,
        "Der Schiri heute war eine Vollkatastrophe. Zwei klare Elfer nicht gegeben, der sollte nie wieder ein Spiel pfeifen dürfen.",
    ),
    (
        "abuse_individual",
        False,
        "Meine Schwiegermutter kommentiert jedes Essen, das ich koche. Nächstes Mal gibt's Tiefkühlpizza, soll sie doch meckern.",
    ),
    (
        "abuse_individual",
        False,
        "Der Typ im Gym blockiert seit 40 Minuten die Hantelbank und scrollt nur am Handy. Was für ein egoistischer Sack.",
    ),
    (
        "abuse_individual",
        False,
        "Unsere Teamleiterin schreibt Mails um 23 Uhr und erwartet um 7 eine Antwort. Die hat echt kein Leben und will, dass wir auch keins haben.",
    ),
]

EVERYDAY_TRAIN5: list[tuple[str, str]] = [
    ("chat", "Bin in zehn Minuten da, hab noch Brötchen geholt 🥐"),
    (
        "chat",
        "Hast du gestern noch die letzte Folge geschaut? Ich bin fast gestorben vor Lachen, als der Hund ins Wasser gefallen ist.",
    ),
    ("chat", "Sorry, hab dein Sprachmemo erst jetzt gehört. Klar, Samstag passt!"),
    ("chat", "Schick mir mal kurz die Adresse, ich find's auf der Karte nicht."),
    ("chat", "Ich sterbe, dieser Hitzesommer bringt mich um 🥵"),
    ("chat", "Haha, der Witz hat mich echt gekillt."),
    ("chat", "Wer hat noch ein Ladekabel für USB-C? Meins ist schon wieder weg."),
    ("chat", "Gute Nacht ihr Lieben, morgen früh wieder 6 Uhr raus 😴"),
    ("chat", "Hab mir heute die Haare schneiden lassen und bereue es schon ein bisschen."),
    ("chat", "Lust auf Kino am Donnerstag? Der neue Film mit dem Typen aus Dark soll gut sein."),
    (
        "plans",
        "Wir treffen uns um halb acht am Hauptbahnhof, Gleis 5, dann fahren wir zusammen raus.",
    ),
    ("plans", "Am Wochenende wollen wir an den Bodensee, falls das Wetter mitspielt."),
    ("plans", "Ich mach den Kartoffelsalat, kann jemand Getränke und Grillkohle übernehmen?"),
    ("plans", "Umzug ist am 15., wer helfen kann, kriegt Pizza und ewige Dankbarkeit."),
    (
        "plans",
        "Lass uns den Termin auf nächste Woche schieben, diese Woche brennt bei mir die Hütte.",
    ),
    ("plans", "Wollen wir Silvester dieses Jahr ruhig machen? Raclette, Spiele, fertig."),
    ("plans", "Flug ist gebucht! Lissabon, wir kommen ✈️"),
    (
        "plans",
        "Treffpunkt Sonntag 10 Uhr am Parkplatz vom Wanderweg, festes Schuhwerk nicht vergessen.",
    ),
    (
        "review",
        "Sehr freundliches Personal, das Schnitzel war riesig, nur die Pommes waren etwas lasch. Vier Sterne.",
    ),
    (
        "review",
        "Die Kopfhörer sind okay, aber nach zwei Wochen hat der linke Stöpsel angefangen zu knacken.",
    ),
    (
        "review",
        "Lieferung kam einen Tag früher als angekündigt, Verpackung einwandfrei, gerne wieder.",
    ),
    (
        "review",
        "Das Hotel war sauber und zentral, aber das Frühstück war für den Preis eine Frechheit.",
    ),
    (
        "review",
        "Der Friseur hat sich richtig Zeit genommen und genau verstanden, was ich wollte. Absolute Empfehlung!",
    ),
    ("review", "Das Buch fängt stark an, zieht sich in der Mitte aber wie Kaugummi."),
    ("review", "Diese Pfanne ist der Hammer, nichts brennt an, und sie lässt sich super reinigen."),
    (
        "review",
        "Die Werkstatt hat den Termin zweimal verschoben, aber die Reparatur selbst war gut und günstiger als erwartet.",
    ),
    (
        "support",
        "Hallo, meine Bestellung 48213 ist seit einer Woche 'in Bearbeitung'. Können Sie mal nachschauen?",
    ),
    (
        "support",
        "Seit dem letzten Update stürzt die App beim Öffnen der Kamera ab. Android 14, Pixel 7.",
    ),
    (
        "support",
        "Ich möchte meinen Vertrag zum nächstmöglichen Zeitpunkt kündigen. Bitte um schriftliche Bestätigung.",
    ),
    (
        "support",
        "Das Passwort-Zurücksetzen klappt nicht, die Mail kommt einfach nicht an, auch nicht im Spam.",
    ),
    (
        "support",
        "Der Router blinkt seit heute Morgen rot, Internet geht gar nicht. Was kann ich tun?",
    ),
    ("support", "Wurde doppelt abgebucht für dieselbe Rechnung, bitte um Rückerstattung."),
    ("support", "Wie ändere ich die Lieferadresse, wenn die Bestellung schon verschickt wurde?"),
    ("sports", "Was für ein Spiel! In der zweiten Halbzeit haben wir sie komplett zerlegt."),
    ("sports", "Unser Torwart hat heute alles gehalten, der Typ ist eine Wand."),
    (
        "sports",
        "Wir haben die Bayern in der Nachspielzeit abgeschossen, ich kann's immer noch nicht fassen!",
    ),
    ("sports", "Training morgen fällt aus, der Platz ist unter Wasser."),
    ("sports", "Der Stürmer hat heute wieder alles getroffen außer dem Tor 😂"),
    ("sports", "Die Abwehr stand wie ein Bollwerk, da kam keiner durch."),
    ("sports", "Halbmarathon geschafft! Beine tot, Kopf glücklich."),
    ("sports", "Wenn der Schiri das Abseits nicht pfeift, bringen wir das Ding heute nach Hause."),
    ("gaming", "Ich hab den Endboss in einem Versuch gekillt, hab fast geweint vor Glück."),
    ("gaming", "Wer ist heute Abend dabei? Ranked ab 21 Uhr, Discord wie immer."),
    ("gaming", "Dieser Sniper hat mich jetzt fünfmal hintereinander rausgenommen, ich dreh durch."),
    ("gaming", "Gut gespielt, Leute, wir haben die anderen einfach überrollt."),
    ("gaming", "Bin grad gestorben, weil mein Controller-Akku leer war, das zählt nicht!"),
    (
        "gaming",
        "Der neue Patch hat die Heilerin komplett kaputt generft, die kann man jetzt vergessen.",
    ),
    ("gaming", "Wir campen an der Brücke und machen jeden platt, der drüberkommt."),
    ("gaming", "Endlich Platin! Drei Monate grinden haben sich gelohnt."),
    ("work", "Kurze Info: Das Meeting um 14 Uhr verschiebt sich auf 15 Uhr."),
    (
        "work",
        "Kann jemand die Präsentation bis Freitag Korrektur lesen? Ich bin da blind geworden.",
    ),
    ("work", "Der Kunde war begeistert, wir haben die Präsentation echt gerockt."),
    ("work", "Ich bin morgen im Homeoffice, per Teams erreichbar."),
    ("work", "Die Deadline bringt mich noch um, aber wir schaffen das."),
    ("work", "Wer hat die Kaffeemaschine schon wieder leer stehen lassen? 😤"),
    ("work", "Bitte tragt eure Urlaubstage bis Ende des Monats in den Kalender ein."),
    ("work", "Neuer Kollege fängt am Montag an, bitte seid nett und zeigt ihm die Kantine."),
    ("work", "Das Quartal war stark, der Umsatz liegt acht Prozent über Plan."),
    ("family", "Mama fragt, ob wir Sonntag zum Mittagessen kommen. Es gibt Rouladen."),
    ("family", "Der Kleine hat heute seinen ersten Zahn verloren und war stolz wie Bolle."),
    ("family", "Opa hat zum ersten Mal einen Videoanruf hinbekommen, wir haben uns alle gefreut."),
    ("family", "Kann jemand am Dienstag die Kinder von der Kita abholen? Ich hänge im Büro fest."),
    ("family", "Meine Schwester heiratet im Mai, ich muss dringend eine Rede schreiben."),
    ("family", "Wir haben den Hund aus dem Tierheim geholt, er hat schon das Sofa erobert 🐶"),
    ("family", "Papa hat beim Grillen wieder alles verkohlt, aber gegessen haben wir's trotzdem."),
    ("family", "Die Zwillinge haben heute beide Seepferdchen gemacht!"),
    ("news", "Hast du gelesen, dass die Brücke an der A45 jetzt doch früher fertig wird?"),
    ("news", "Der Wetterdienst warnt für morgen vor Sturmböen, also Gartenmöbel rein."),
    ("news", "Die Benzinpreise sind schon wieder gestiegen, langsam wird's echt teuer."),
    ("news", "Bei uns im Ort macht nächsten Monat ein neuer Supermarkt auf."),
    ("news", "Die Wahlbeteiligung war diesmal deutlich höher als beim letzten Mal."),
    ("news", "Ab Januar gibt es wohl ein neues Deutschlandticket zum höheren Preis."),
    (
        "news",
        "Die Stadt will die Innenstadt ab nächstem Jahr autofrei machen, mal sehen, ob das klappt.",
    ),
    ("news", "Die Streiks bei der Lufthansa sollen am Mittwoch enden."),
    ("chat", "Du bist ein Schatz, danke fürs Blumengießen während wir weg waren 🌸"),
    ("chat", "Schieß los, was ist passiert? Ich bin ganz Ohr."),
    ("plans", "Wenn's regnet, gehen wir einfach ins Museum statt in den Zoo."),
    ("review", "Das Konzert war der absolute Wahnsinn, die Band hat die Halle abgerissen."),
    ("gaming", "Mein Team hat mich heute komplett im Stich gelassen, 1 gegen 4 ist halt schwer."),
    (
        "sports",
        "Wir haben uns heute auf dem Platz den Arsch aufgerissen, aber am Ende hat's nicht gereicht.",
    ),
]
