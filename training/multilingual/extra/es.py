"""Spanish (es): a second training part, written for variety: new sentence frames (questions,
chat, rants, commands, sarcasm, short and long posts), new protected groups, slurs and
metaphors, and hard negatives and everyday lines in new situations."""

# ruff: noqa: E501  (the data lines are sentences; they are not wrapped)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group with the forms the frames need."""

    los: str  # plural with article: "los peruanos", "las mujeres"
    bare: str  # plural without article
    sg: str  # singular noun without article
    fem: bool  # grammatical gender of the noun phrase

    @property
    def Los(self) -> str:
        return self.los[0].upper() + self.los[1:]

    @property
    def todos(self) -> str:
        return ("todas " if self.fem else "todos ") + self.los

    @property
    def un(self) -> str:
        return ("una " if self.fem else "un ") + self.sg

    @property
    def pro(self) -> str:
        """Object pronoun for the plural: los / las."""
        return "las" if self.fem else "los"

    def a(self, masc: str, fem: str) -> str:
        return fem if self.fem else masc


_Frame = Callable[[_G], str]
_ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ¿¡", "aeiouuAEIOUU  ")


def _plain(text: str) -> str:
    """Typed the quick way: no accents, no opening marks (ñ kept), lower case."""
    return " ".join(text.translate(_ACCENTS).lower().split())


def _fill(
    name: str, flag: bool, frames: list[_Frame], groups: list[_G], per_frame: int, start: int
) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    for i, frame in enumerate(frames):
        for j in range(per_frame):
            g = groups[(start + i * per_frame + j) % len(groups)]
            rows.append((name, flag, frame(g)))
    return rows


# --- protected groups (many not used in the first training part) ---------------------------

_GROUPS = [
    _G("los colombianos", "colombianos", "colombiano", False),
    _G("las mujeres", "mujeres", "mujer", True),
    _G("los argelinos", "argelinos", "argelino", False),
    _G("los homosexuales", "homosexuales", "homosexual", False),
    _G("los dominicanos", "dominicanos", "dominicano", False),
    _G("las personas ciegas", "personas ciegas", "persona ciega", True),
    _G("los evangélicos", "evangélicos", "evangélico", False),
    _G("los senegaleses", "senegaleses", "senegalés", False),
    _G("las personas no binarias", "personas no binarias", "persona no binaria", True),
    _G("los peruanos", "peruanos", "peruano", False),
    _G("los autistas", "autistas", "autista", False),
    _G("los árabes", "árabes", "árabe", False),
    _G("los bolivianos", "bolivianos", "boliviano", False),
    _G("las lesbianas", "lesbianas", "lesbiana", True),
    _G("los nigerianos", "nigerianos", "nigeriano", False),
    _G("los judíos", "judíos", "judío", False),
    _G("los filipinos", "filipinos", "filipino", False),
    _G(
        "las personas en silla de ruedas",
        "personas en silla de ruedas",
        "persona en silla de ruedas",
        True,
    ),
    _G("los mexicanos", "mexicanos", "mexicano", False),
    _G("los hindúes", "hindúes", "hindú", False),
    _G("los gitanos", "gitanos", "gitano", False),
    _G("los ucranianos", "ucranianos", "ucraniano", False),
    _G("los musulmanes", "musulmanes", "musulmán", False),
    _G("los africanos", "africanos", "africano", False),
    _G("los hombres trans", "hombres trans", "hombre trans", False),
    _G("los sijs", "sijs", "sij", False),
    _G("los cubanos", "cubanos", "cubano", False),
    _G("los paraguayos", "paraguayos", "paraguayo", False),
    _G(
        "las personas con esquizofrenia",
        "personas con esquizofrenia",
        "persona con esquizofrenia",
        True,
    ),
    _G("los marroquíes", "marroquíes", "marroquí", False),
    _G("los inmigrantes", "inmigrantes", "inmigrante", False),
    _G("los asiáticos", "asiáticos", "asiático", False),
]

# --- flagged frames --------------------------------------------------------------------------

_DEROGATION: list[_Frame] = [
    lambda g: (
        f"¿Por qué {g.los} siempre tienen que dar la nota en todas partes? Es que no {g.pro} aguanto."
    ),
    lambda g: f"Sinceramente, {g.los} me dan repelús.",
    lambda g: f"Cuanto más lejos de {g.los}, mejor.",
    lambda g: (
        f"Desde que hay {g.a('tantos', 'tantas')} {g.bare} por aquí, este barrio se ha ido a la mierda, y el que diga lo contrario miente."
    ),
    lambda g: _plain(
        f"{g.a('ni un', 'ni una')} {g.sg} que merezca la pena, {g.a('ni uno', 'ni una')}"
    ),
    lambda g: f"Yo no contrataría a {g.un} ni loco.",
    lambda g: (
        f"{g.Los}: {g.a('vagos, sucios', 'vagas, sucias')} y encima exigiendo derechos. Asco."
    ),
    lambda g: f"Me repugna tener que compartir el metro con {g.los} 🤢",
    lambda g: f"Hilo: por qué {g.los} son inferiores al resto (y nadie se atreve a decirlo) 🧵",
    lambda g: (
        f"Que no me vengan con cuentos, {g.los} son {g.a('todos iguales: mentirosos y aprovechados', 'todas iguales: mentirosas y aprovechadas')}."
    ),
    lambda g: f"{g.Los} no deberían tener derecho a votar.",
    lambda g: _plain(f"en mi curro hay {g.un} y ya te digo yo q son lo peor"),
    lambda g: f"Lo siento, pero {g.los} me parecen seres despreciables.",
    lambda g: f"Es increíble lo {g.a('estúpidos', 'estúpidas')} que son {g.los}, de verdad.",
    lambda g: f"Qué sorpresa, otra vez {g.los} dando problemas 🙄 nadie lo vio venir.",
]

_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Los} se reproducen como conejos 🐇",
    lambda g: f"El barrio está infestado de {g.bare}.",
    lambda g: f"{g.Los} son ratas de alcantarilla y huelen igual.",
    lambda g: f"¿Desde cuándo dejamos que alimañas como {g.los} voten?",
    lambda g: f"{g.Los} son una infección que hay que cortar de raíz.",
    lambda g: f"{g.Los} son una manada de hienas esperando a ver qué roban.",
    lambda g: f"Hay que fumigar la plaza, que se ha llenado de {g.bare}.",
    lambda g: f"Los monos del zoo tienen más cerebro que {g.los}.",
    lambda g: f"{g.Los} son escoria subhumana.",
    lambda g: _plain(f"{g.los} son lo mas parecido a una piara de cerdos"),
    lambda g: f"{g.Los} son una enfermedad y este país necesita una vacuna.",
    lambda g: f"Parásitos, garrapatas, sanguijuelas: eso es lo que son {g.los}.",
    lambda g: f"{g.Los} no son humanos, son desechos.",
    lambda g: f"Dales a {g.los} un plátano y una jaula, que es lo suyo 🐒",
    lambda g: f"{g.Los} son una jauría de perros sarnosos.",
]

_THREAT: list[_Frame] = [
    lambda g: f"A {g.los} habría que meter{g.pro} en un barco y hundirlo.",
    lambda g: f"A la próxima reunión de {g.los} le meto una bomba 💣",
    lambda g: f"{g.Los} se merecen un tiro en la nuca, {g.a('todos', 'todas')}.",
    lambda g: f"Preparad los bates, esta noche vamos a por {g.los}.",
    lambda g: f"Ojalá un incendio se lleve por delante a {g.los} de mi bloque.",
    lambda g: _plain(f"ya va siendo hora de quemar las casas de {g.los}"),
    lambda g: f"Cuando mandemos nosotros, {g.los} acabarán en campos. Que lo vayan sabiendo.",
    lambda g: f"Hay que gasear a {g.los}, como se hizo antes.",
    lambda g: (
        f"¿Quién se apunta a darles una paliza a {g.los} que se juntan en la plaza el sábado?"
    ),
    lambda g: f"Si fuera por mí, {g.los} estarían {g.a('todos', 'todas')} bajo tierra.",
    lambda g: f"Voy a rajar {g.a('al primer', 'a la primera')} {g.sg} que me mire mal 🔪",
    lambda g: f"A {g.los}, paredón y se acabó el problema.",
    lambda g: f"Que se vayan preparando {g.los}: sabemos dónde viven y vamos a ir con gasolina.",
    lambda g: _plain(f"ojala revienten {g.todos} en una explosion"),
    lambda g: (
        f"Id a buscar a {g.los} a la salida del trabajo y que no vuelvan a casa {g.a('enteros', 'enteras')}."
    ),
]

_SLUR = [
    "Maricona, apártate de mi camino.",
    "Ese julandrón no vuelve a pisar mi gimnasio.",
    "Los mariconazos del bar de enfrente dan asco.",
    "Marimacho de mierda, te vamos a enseñar lo que es un hombre.",
    "Mira la camionera esa, con esas pintas de tío.",
    "Otro machupichu vendiendo cargadores en el metro, no aprenden.",
    "Sudacas a fregar, que es lo vuestro.",
    "Fuera moracos de nuestro pueblo.",
    "Ese moraco me ha mirado raro, le voy a dar.",
    "Los moritos del centro de menores son todos unos chorizos.",
    "Negraco, vuelve a tu chabola.",
    "Qué pinta un negro de mierda en la selección.",
    "El chinorri del bazar me ha timado, como todos los de su raza.",
    "Chinos de mierda, os coméis hasta los perros.",
    "Judío de mierda, seguro que eres tú el que controla los bancos.",
    "Eres un sudaca muerto de hambre.",
    "Las sudacas vienen a cazar un español con papeles.",
    "Tullido de mierda, aparta la silla que estorbas.",
    "Los retrasados no deberían ir a la piscina con nuestros hijos.",
    "Retrasado, que eres un retrasado, no sirves ni para barrer.",
    "Puta zorra, a ti lo que te hace falta es un buen guantazo.",
    "Todas las tías son unas putas, la mía la primera.",
    "Charnegos fuera de Cataluña.",
    "Ese cholo no entra en mi discoteca.",
    "Chinorris de mierda, volved a vuestro país.",
    "Joto asqueroso, a ti te deberían curar a golpes.",
    "Pinche puto, no te me acerques.",
    "El gitanazo de abajo ya está otra vez con sus chanchullos.",
    "ni un moro mas en este barrio joder",
    "Ya ha llegado la negrata a la oficina, cuidado con los bolsos.",
    "maricon el q lo lea",
    "Los sarracenos esos rezan en la calle como si fuera suya.",
    "Qué asco de travelos en la tele a la hora de comer.",
    "Eh, travelo, ¿eso que llevas es peluca o es tu pelo de verdad?",
    "La subnormal de tu hermana que se quede en casa.",
    "Moros, sudacas y negratas: todos fuera.",
    "Qué haces aquí, mora, ¿no tienes un marido que te pegue?",
    "bollera fea, por eso no te quiere ningun tio",
    "A los mariquitas del instituto hay que meterlos en vereda.",
    "Vaya pandilla de maricones y bolleras en la manifa, qué vergüenza.",
    "Cojo de mierda, si no puedes andar no salgas.",
    "Te lo digo claro, sudaca: aquí no te queremos.",
]

_SPELLING = [
    "L0s c0l0mbian0s s0n t0d0s narc0s.",
    "odio a las p e r s o n a s n o b i n a r i a s",
    "los argelinoss son una plagaa 🤮🤮",
    "h0m0s3xu4l3s enfermos",
    "hay q echar a los m.e.x.i.c.a.n.o.s a patadas",
    "las mujeres no sirvn pa nda",
    "los filipinos son ratass",
    "Las l3sbian4s dan asc0.",
    "mueran los ju-di-os",
    "los aut1stas son una carga, habria q encerrarlos",
    "m0r4c0s fuera",
    "Los senegal3ses s0n m0n0s.",
    "n e g r a t a s de mierda",
    "los evangelic0s son una secta de idi0tas",
    "ojala ardan los musulmnes",
    "Los b0livian0s s0n escoria.",
    "los peruan0s son una plaga de piojos",
    "Los ar@bes son to2 terroristas.",
    "p4nch1t0s de m1erd4",
    "odioo a los gitanoooos",
    "m a r i c o n e s al paredon",
    "los hombres tr4ns son enfermos mentales",
    "los ucranian0s son bazura",
    "Los d0minican0s son animales.",
    "fuera l0s d0minican0s de mi barri0",
    "las b0ller4s son aberraciones",
    "Los sijs son sucioss y apestan.",
    "h4y qu3 m4t4r 4 t0d0s l0s 1nm1gr4nt3s",
    "lxs trans son una enfermedad",
    "los moros sn bestias sin alma",
    "ch1n0s asqu3r0s0s",
    "Los africanos son infrahumnos.",
    "las mujres solo valen pa la cocina y pa la cama",
    "Hay que q.u.e.m.a.r las mezquitas.",
    "s_u_d_a_c_a_s fuera",
    "los cuban0s son vag0s y lo llevan en la sangre",
    "Los j00díos controlan el mundo.",
    "r3tr4s4d0s al manicomio",
    "Los paraguayos son ganao.",
    "los marroquies sn una plaga de ratas 🐀",
]

# --- unflagged frames ------------------------------------------------------------------------

_NEGATED: list[_Frame] = [
    lambda g: f"Que conste en acta: no tengo ningún problema con {g.los}.",
    lambda g: f"¿Pegar a {g.un}? Eso no lo haría en la vida.",
    lambda g: f"No es verdad que {g.los} sean {g.a('vagos', 'vagas')}.",
    lambda g: f"{g.Los} no son ratas ni plagas ni nada parecido, son personas.",
    lambda g: f"Nunca he pensado que {g.los} fueran inferiores a nadie.",
    lambda g: _plain(f"a mi {g.los} no me molestan para nada"),
    lambda g: f"¿Odiar a {g.los}? Ni de broma, eso no va conmigo.",
    lambda g: f"No, {g.los} no tienen la culpa de la crisis.",
    lambda g: f"Nadie debería amenazar a {g.los}, y yo desde luego no lo haré.",
    lambda g: f"Eso de que {g.los} son {g.a('peligrosos', 'peligrosas')} es mentira.",
    lambda g: f"Yo no quiero echar a {g.los} de ningún sitio.",
    lambda g: f"Que sea {g.un} no {g.a('lo', 'la')} hace peor persona.",
]

_COUNTER: list[_Frame] = [
    lambda g: f"Leo en los comentarios «{g.los} son ratas» y se me cae la cara de vergüenza.",
    lambda g: f"Quien dice que {g.los} son inferiores está repitiendo propaganda nazi.",
    lambda g: f"Denunciado el tuit que pedía «quemar a {g.los}». Ni un paso atrás contra el odio.",
    lambda g: (
        f"Por favor, dejad de decir que {g.los} son una plaga: eso es deshumanizar a personas reales."
    ),
    lambda g: (
        f"Mi tío soltó en la cena que {g.los} sobran en España y le dije que eso es odio puro y duro."
    ),
    lambda g: _plain(
        f"q alguien me explique pq llamar parasitos a {g.los} le parece normal a tanta gente"
    ),
    lambda g: f"Los gritos contra {g.los} en el estadio deberían costarle los puntos al club.",
    lambda g: (
        f"Hay una pintada que dice «muerte a {g.los}» en mi calle; ya hemos avisado al ayuntamiento."
    ),
    lambda g: f"Los mensajes que comparan a {g.los} con animales no son opiniones, son odio.",
    lambda g: f"Si tu chiste consiste en decir que {g.los} son basura, no es humor, es odio.",
    lambda g: (
        f"El juez ha condenado al tipo que amenazó de muerte a {g.los} de su barrio. Bien hecho."
    ),
    lambda g: (
        f"«{g.Los} no son personas», decía el vídeo. Lo he reportado y os pido que hagáis lo mismo."
    ),
]

_NEUTRAL: list[_Frame] = [
    lambda g: f"¿Hay algún estudio reciente sobre {g.los} en el mercado laboral?",
    lambda g: f"El museo abre una exposición de fotografía sobre {g.los} en el siglo XX.",
    lambda g: (
        f"El censo no distingue bien {g.a('cuántos', 'cuántas')} {g.bare} hay en cada provincia."
    ),
    lambda g: f"Mi prima trabaja en una ONG que atiende sobre todo a {g.bare}.",
    lambda g: f"La serie tiene un personaje que es {g.un}.",
    lambda g: _plain(
        f"alguien conoce algun grupo de {g.bare} en zaragoza para preguntarles una cosa?"
    ),
    lambda g: f"En el foro hay una sección para {g.bare}.",
    lambda g: f"El periódico publica hoy un reportaje sobre {g.los} en los pueblos pequeños.",
    lambda g: f"Mi médico de cabecera es {g.un}.",
    lambda g: f"En el podcast de hoy hablan dos {g.bare} de su experiencia en el trabajo.",
    lambda g: f"He conocido a {g.un} en el curso de inglés.",
    lambda g: f"El ayuntamiento se reunió ayer con representantes de {g.los}.",
]

_POSITIVE: list[_Frame] = [
    lambda g: f"Mis {g.a('vecinos', 'vecinas')} {g.bare} son lo mejor de la escalera 🥰",
    lambda g: f"{g.Los} hacen este país mejor.",
    lambda g: f"Eternamente agradecido a {g.los} que me ayudaron cuando se me averió el coche.",
    lambda g: f"Qué gente más maja {g.los} que he conocido en el voluntariado.",
    lambda g: _plain(f"{g.los} sois lo mas, no cambieis nunca ❤️"),
    lambda g: f"Defenderé siempre los derechos de {g.los}.",
    lambda g: f"Un abrazo enorme a {g.todos} que leéis esto 💜",
    lambda g: f"La asociación de {g.bare} de mi ciudad organiza las mejores fiestas del año.",
    lambda g: f"He aprendido muchísimo de {g.los} con {g.a('los', 'las')} que trabajo.",
    lambda g: f"Ojalá los medios hablaran más de los logros de {g.los}.",
    lambda g: (
        f"{g.a('Mis mejores amigos', 'Mis mejores amigas')} son {g.bare} y no {g.pro} cambio por nada."
    ),
    lambda g: f"Respeto total para {g.los}, que han aguantado muchísimo y siguen adelante.",
]

_NON_PROTECTED = [
    "¿Por qué los patinetes eléctricos siempre tienen que ir por la acera? No los aguanto.",
    "Las garrapatas son parásitos asquerosos, hay que exterminarlas.",
    "Mi bandeja de entrada está infestada de spam.",
    "El calor de agosto es una enfermedad y esta ciudad necesita una vacuna.",
    "Preparad las raquetas, esta noche vamos a por los mosquitos 🦟",
    "A los del Atleti, paredón 😂 menuda paliza os vamos a meter el domingo.",
    "Ojalá un incendio se lleve por delante el formulario de Hacienda.",
    "Los comerciales que llaman a la hora de la siesta deberían estar bajo tierra.",
    "Odio a las ratas del metro, son un asco.",
    "Cuanto más lejos de la oficina, mejor.",
    "Los lunes son lo peor que le ha pasado a la humanidad.",
    "Las polillas se reproducen como conejos en mi armario.",
    "El árbitro de ayer no debería tener derecho a pitar ni en el patio del colegio.",
    "Me repugna la comida de la cafetería del curro 🤢",
    "Los okupas de mi calle me tienen harto, no los soporto.",
    "El nuevo impuesto es una infección que hay que cortar de raíz.",
    "Los bots de Twitter son escoria, ni más ni menos.",
    "Hay que fumigar el jardín, que se ha llenado de pulgones.",
    "Voy a rajar el balón de mi vecino como lo vuelva a tirar a mi terraza 😤",
    "Los políticos de este ayuntamiento son unos vagos y unos aprovechados.",
    "Los banqueros son parásitos que viven de nuestras hipotecas.",
    "Los anuncios de YouTube me dan repelús, no los aguanto más.",
    "que alguien acabe ya con el reguetón de las terrazas",
    "Los taxistas de esta ciudad conducen como bestias.",
    "Las tarifas de la luz son una estafa y habría que quemarlas todas.",
    "Los trolls de los foros no son humanos, son desechos de internet.",
    "Ese pesado del grupo de WhatsApp de padres debería irse a vivir a una cueva.",
    "Las chinches del hotel eran una plaga, nunca vuelvo.",
    "El Madrid es lo peor que le ha pasado al fútbol, y el que diga lo contrario miente.",
    "Los tertulianos de la tele no valen para nada.",
    "Hay que echar a patadas a los de la junta directiva del club.",
    "Esta impresora es basura y merece ir al vertedero.",
    "Las obras de mi calle son un cáncer, llevan seis meses.",
    "odio a los jabalies que me destrozan el huerto",
    "Los caseros que suben el alquiler un 30 % son unos sanguijuelas.",
    "Me cae fatal la gente que pone audios de cinco minutos.",
    "Los hinchas del equipo rival son una jauría, no paran de gritar.",
    "A los que aparcan en el carril bici habría que quitarles el carné de por vida.",
    "Las reuniones de los viernes por la tarde deberían estar prohibidas.",
    "Los virus informáticos son una plaga y hay que erradicarlos.",
    "Esta ley de tráfico es una vergüenza, que la quemen.",
    "Los moscardones de la cocina son insoportables, los voy a matar a todos.",
    "Odio a los de la compañía telefónica con todas mis fuerzas.",
    "Los ministros de este gobierno deberían dimitir todos mañana mismo.",
    "Las palomas del balcón se cagan en todo, son una peste.",
    "Qué sorpresa, otra vez el tren con retraso 🙄 nadie lo vio venir.",
    "Las estafas por SMS son basura y sus autores, unos sinvergüenzas.",
    "Las algas invasoras son una infección para la costa.",
    "Los de recursos humanos de mi empresa son unos inútiles.",
    "El tráfico de la M-40 a las ocho es el infierno en la tierra.",
]

_ABUSE_INDIVIDUAL = [
    "Eres un pedazo de imbécil.",
    "Tú cállate, que no tienes ni idea.",
    "Eres un cantamañanas y un fantasma.",
    "Menuda lerda estás hecha, lo has vuelto a romper.",
    "Vete a freír espárragos, pesado.",
    "Mi cuñado es un listillo insoportable.",
    "Eres un caradura, siempre llegas cuando ya está todo hecho.",
    "Qué poca vergüenza tienes, sinvergüenza.",
    "Eres un grosero y un maleducado.",
    "Ese tío es un chulo y un fanfarrón.",
    "eres un pelota asqueroso, siempre haciendole la pelota al jefe",
    "Pedazo de inútil, ¿cómo se te ocurre borrar el archivo?",
    "Eres un tacaño, nunca invitas a nada.",
    "La de contabilidad es una víbora.",
    "Eres un fantasmón, nadie se cree tus historias.",
    "Vaya mamarracho vas hecho, tío.",
    "Eres un melón, lo has hecho todo al revés.",
    "Qué pava eres, te lo crees todo.",
    "Mi compañero de piso es un guarro, nunca limpia el baño.",
    "Eres un amargado, siempre quejándote de todo.",
    "A ver si maduras, payaso.",
    "Eres un traidor, le contaste todo a mi madre.",
    "Tu primo es un gorrón profesional.",
    "Eres un chapuzas, la estantería se ha caído a los dos días.",
    "Vete a la porra, me tienes harta.",
    "Qué asco me das, mentiroso.",
    "el del quinto es un capullo, ni saluda",
    "Eres más falso que un billete de tres euros.",
    "Eres un merluzo, no entiendes nada.",
    "Menudo cretino, me ha dejado tirada en la estación.",
    "Mi exjefe era un tirano y un sinvergüenza.",
    "Eres un bocachancla, no se te puede contar nada.",
    "Eres un desgraciado, me has arruinado el cumpleaños.",
    "Qué tonta eres, hija, de verdad.",
    "Vaya notas, eres un vago de manual.",
    "El de la moto es un gilipollas, casi me atropella.",
    "No tienes dos dedos de frente, chaval.",
    "Eres un cabezón insoportable, nunca das tu brazo a torcer.",
    "Ese streamer es un idiota, solo sabe gritar.",
    "eres un manta jugando, nos has hecho perder",
    "Que te calles ya, plasta.",
    "Eres un hipócrita de campeonato.",
    "El árbitro es un ciego y un incompetente.",
    "Tu novia es una creída y una borde.",
    "Eres lo peor, me has vuelto a mentir.",
]

_PROFANITY = [
    "Joder, qué frío.",
    "Hostia, qué bien huele esa tarta.",
    "Me cago en la puta, he vuelto a perder las llaves.",
    "De puta madre, tío, el plan de este finde.",
    "Mierda, se me ha olvidado el cumple de mi madre.",
    "me cago en dios, otra multa",
    "Coño, ¿ya son las tres?",
    "Qué cojones, ha vuelto a subir la gasolina.",
    "Joder, qué pedazo de vistas desde aquí arriba 🏔️",
    "La madre que me parió, qué golpe me he dado con la mesa.",
    "Hostias, que me han subido el sueldo.",
    "Vaya puta mierda de wifi tiene este hotel.",
    "Coñe, qué bonito ha quedado el jardín.",
    "Me cago en la hostia, se me ha derramado el café en el portátil.",
    "joder q hambre tengo",
    "Qué coñazo de reunión, madre mía.",
    "Puta lluvia, se me ha mojado todo.",
    "Esto está de puta madre, repetimos seguro.",
    "Hostia puta, qué gol en el último minuto.",
    "Mierda, he pisado una caca.",
    "Jodeeer, qué ganas de vacaciones.",
    "Me cago en mi vida, se me ha olvidado guardar el documento.",
    "Cojonudo, el bizcocho me ha salido perfecto.",
    "Ostras, qué susto, pensaba que no había nadie.",
    "La puta madre, qué calor hace en el autobús.",
    "coño ya, que se me ha colgado otra vez el ordenador",
    "Joder, qué bien canta esta chica.",
    "Me cago en la leche merengada, otra vez atasco.",
    "Qué putada lo del concierto, lo han aplazado.",
    "Hostia, ¡qué pasada de fotos!",
    "Mierda de lunes, no me arranca el coche.",
    "Joder, joder, joder, me han dado el piso 🎉",
    "La hostia, qué rico está este jamón.",
    "Puto frío, no siento los dedos.",
    "Cagüen la mar, se me ha pasado la parada.",
    "Me la suda lo que diga la previsión, yo me voy a la playa.",
    "Qué mierda de película, me he dormido a la mitad.",
    "Joder con el niño, ya sabe leer con cuatro años.",
    "Coño, qué casualidad verte por aquí.",
    "De puta pena el servicio del tren, pero bueno, ya hemos llegado.",
]

_RECLAIMED = [
    "Orgullo tullido: salimos a la calle con nuestras sillas y nuestras muletas ♿",
    "Soy bollo y me encanta, ¿algún problema?",
    "Las maricas de la peña nos vemos en la carroza del Orgullo 🏳️‍🌈",
    "Sudaca y orgullosa, con acento y todo.",
    "Marica, ¿me prestas tu chaqueta para esta noche?",
    "Somos las bolleras del equipo de fútbol y este año ganamos la liga.",
    "Tullidas y rebeldes: el lema de nuestra asociación lo dice todo.",
    "ay maricón, cuánto te quiero, mi vida 😘",
    "El festival de cine bollero empieza el jueves, no os lo perdáis.",
    "Sudacas en Madrid: la fiesta latina que montamos cada mes.",
    "Hoy cenamos todas las bolleras del curro, marica, vente.",
    "Marica, que te has dejado el móvil en mi casa.",
    "Orgullo maricón: ni armario ni silencio.",
    "Como buena sudaca, en mi casa no falta el arroz.",
    "Nos llamamos la Asamblea Tullida y luchamos por la accesibilidad.",
]

FUNCTIONAL_TRAIN2: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _DEROGATION, _GROUPS, 4, 0),
    *_fill("dehumanisation", True, _DEHUMANISATION, _GROUPS, 4, 7),
    *_fill("threat", True, _THREAT, _GROUPS, 4, 13),
    *(("slur", True, t) for t in _SLUR),
    *(("spelling_variation", True, t) for t in _SPELLING),
    *_fill("negated_hate", False, _NEGATED, _GROUPS, 4, 3),
    *_fill("counter_speech", False, _COUNTER, _GROUPS, 4, 9),
    *_fill("identity_neutral", False, _NEUTRAL, _GROUPS, 4, 17),
    *_fill("identity_positive", False, _POSITIVE, _GROUPS, 4, 21),
    *(("non_protected_target", False, t) for t in _NON_PROTECTED),
    *(("abuse_individual", False, t) for t in _ABUSE_INDIVIDUAL),
    *(("nonabusive_profanity", False, t) for t in _PROFANITY),
    *(("reclaimed_slur", False, t) for t in _RECLAIMED),
]

EVERYDAY_TRAIN2: list[tuple[str, str]] = [
    ("farewell_plan", "Bueno, me las piro, nos vemos el jueves en el ensayo."),
    ("farewell_plan", "Te veo en la parada del 27 a las cinco y cuarto."),
    ("farewell_plan", "Cuando aterrices me escribes y voy a buscarte a la T4."),
    ("farewell_plan", "chao chao, luego te llamo"),
    ("farewell_plan", "Quedamos en la puerta del Corte Inglés, que es fácil de encontrar."),
    ("farewell_plan", "Mañana te localizo en el descanso del congreso, llevo acreditación verde."),
    ("farewell_plan", "Me bajo en Atocha y te espero junto al jardín tropical 🌴"),
    ("farewell_plan", "Ya salgo de casa, en diez minutos estoy en tu portal."),
    ("farewell_plan", "Hasta la próxima, pasadlo genial en el viaje y mandad fotos."),
    ("farewell_plan", "nos vemos en la boda!! guardame sitio en la mesa"),
    (
        "farewell_plan",
        "Te recojo en el aeropuerto el viernes; si el vuelo se retrasa, avísame y espero en la cafetería.",
    ),
    ("farewell_plan", "Vale, te busco en la cola de la entrada norte del festival."),
    ("farewell_plan", "Dale, luego nos vemos en el partido de pádel."),
    ("farewell_plan", "Me voy yendo, que mañana madrugo. Un beso a los niños."),
    ("farewell_plan", "Te pillo en la esquina del mercado y vamos juntos a la manifestación."),
    ("farewell_plan", "Hasta mañana, profe, que descanse."),
    (
        "farewell_plan",
        "Nos encontramos en la tercera planta del hospital, en la sala de espera de pediatría.",
    ),
    ("farewell_plan", "ok, voy pa alla, pideme un tinto de verano"),
    ("chat", "¿Has probado la croqueta de la bodega nueva? Está de escándalo."),
    ("chat", "Mi gata se ha subido a la nevera y no sabe bajar 😹"),
    ("chat", "Tío, ¿te acuerdas de la excursión de quinto a Cuenca? Acabo de encontrar las fotos."),
    ("chat", "Estoy en el súper, ¿necesitas algo?"),
    ("chat", "q pereza volver al curro despues de vacaciones"),
    ("chat", "He empezado a hacer punto y ya tengo media bufanda."),
    ("chat", "Al final la abuela se ha comprado un móvil y nos manda audios de diez minutos 😂"),
    ("chat", "Buenos días, familia, ¿quién trae el postre el domingo?"),
    ("chat", "¿Me recomiendas alguna serie corta para el finde?"),
    ("chat", "Ha nevado en el pueblo, los críos están como locos con los trineos."),
    ("chat", "ya he llegado a casa, todo bien 👍"),
    ("chat", "¿Sabes si la farmacia de la plaza abre los domingos?"),
    ("chat", "Me he cortado el pelo y no me reconoce ni mi madre."),
    ("chat", "Mañana empiezo el curso de cocina japonesa, ¡qué nervios!"),
    ("chat", "Mi hermano se ha comprado una furgoneta y quiere recorrer Portugal en verano."),
    ("chat", "jajajaja el audio de tu padre cantando es lo mejor de la semana"),
    ("chat", "Oye, ¿al final vas a la cena de antiguos alumnos o no?"),
    (
        "support",
        "Buenas, la lavadora que compré hace un mes hace un ruido muy raro al centrifugar.",
    ),
    ("support", "He intentado pagar con tarjeta y me sale «operación denegada», ¿qué hago?"),
    ("support", "Quisiera darme de baja del gimnasio a partir del mes que viene."),
    ("support", "el router parpadea en rojo desde esta mañana, no tengo internet"),
    ("support", "¿Podéis enviarme la factura con mi NIF? La necesito para la declaración."),
    ("support", "Mi maleta no ha salido en la cinta del vuelo de Bilbao, ¿dónde lo reclamo?"),
    ("support", "Hola, el código de descuento no funciona en el carrito."),
    ("support", "Llevo tres días esperando al técnico del gas y nadie me llama."),
    ("support", "Necesito cambiar la fecha de mi reserva del 12 al 14, misma habitación."),
    (
        "support",
        "Me ha llegado el pedido pero falta una pieza de la estantería, la bisagra de arriba.",
    ),
    ("support", "¿La garantía cubre la pantalla rota si fue un golpe?"),
    ("support", "buenas, no me llega el sms de verificacion para entrar en la app del banco"),
    ("support", "Quiero cambiar la tarifa de móvil a una con más datos, ¿qué opciones tenéis?"),
    ("support", "El contador de la luz marca un consumo que no cuadra, ¿podéis revisarlo?"),
    ("support", "Por favor, cancelad mi suscripción; no quiero que se renueve en enero."),
    ("support", "El seguro no me ha devuelto la franquicia del parte de junio, ¿me decís cómo va?"),
    ("review", "El cocido de este sitio está brutal, volveremos seguro."),
    ("review", "Los auriculares se oyen bien, pero la batería dura menos de lo que pone."),
    ("review", "Hotel limpio, personal muy amable y desayuno bastante completo. Repetiría."),
    ("review", "La pizza llegó fría y tarde, una pena porque la masa estaba buena."),
    ("review", "muy buena relacion calidad precio, 5 estrellas"),
    ("review", "La freidora de aire es una maravilla, las patatas quedan crujientes sin aceite."),
    ("review", "El camarero fue un encanto, pero el arroz estaba pasado."),
    ("review", "Zapatillas comodísimas, las llevo todo el día y ni una rozadura."),
    ("review", "El libro empieza lento, pero a partir de la mitad no lo puedes soltar."),
    ("review", "Casa rural preciosa, aunque el wifi no llega a las habitaciones."),
    ("review", "Esta crema me ha dejado la piel fatal, no la recomiendo."),
    ("review", "El taller me arregló el coche en un día y me cobraron lo presupuestado. De diez."),
    ("review", "Las tapas, riquísimas; el vermú de grifo, de lo mejor del barrio 🍷"),
    ("review", "La aspiradora hace mucho ruido y se atasca con el pelo del perro."),
    ("review", "peli entretenida pero el final es un poco flojo"),
    ("review", "La obra de teatro me encantó, los actores estaban espectaculares."),
    ("sports_gaming", "Les hemos pasado por encima, 4-0 y gracias."),
    ("sports_gaming", "Qué headshot le he metido al francotirador 🎯"),
    ("sports_gaming", "El Betis ha destrozado al Sevilla en el derbi."),
    ("sports_gaming", "Nos han masacrado en la segunda parte, no hemos tocado bola."),
    ("sports_gaming", "gg, los hemos reventado en la ultima ronda"),
    ("sports_gaming", "Mi equipo de baloncesto ha aplastado al líder por treinta puntos."),
    ("sports_gaming", "Me han matado tres veces seguidas en la misma esquina, qué rabia."),
    ("sports_gaming", "El delantero ha fusilado al portero desde el punto de penalti."),
    ("sports_gaming", "Esta noche raid a las diez, traed pociones que vamos a por el jefe final."),
    ("sports_gaming", "Hemos arrasado en el torneo de mus del pueblo 🃏"),
    ("sports_gaming", "Menuda paliza nos han dado en pádel, 6-0 6-1."),
    ("sports_gaming", "El base los ha dejado sentados con un crossover brutal."),
    ("sports_gaming", "te he destruido en el fifa otra vez, pringao 😂"),
    ("sports_gaming", "Campeones de liga: hemos ganado a todos los que se nos pusieron delante."),
    ("sports_gaming", "Ese equipo es una apisonadora, no le gana nadie este año."),
    ("sports_gaming", "Ha sido una carnicería de partido, seis goles en la primera parte."),
    ("figurative_violent", "Mata el proceso del navegador, que se ha quedado colgado."),
    ("figurative_violent", "Me muero de la risa con tus memes 😂"),
    ("figurative_violent", "Este calor me está matando."),
    ("figurative_violent", "El examen de física me ha destrozado."),
    ("figurative_violent", "Voy a disparar unas fotos en el puerto al atardecer."),
    ("figurative_violent", "La cantante ha petado el concierto, estaba todo lleno."),
    ("figurative_violent", "Tengo los pies reventados de tanto caminar."),
    ("figurative_violent", "Esa tarta de queso está para matarse."),
    ("figurative_violent", "He bombardeado a preguntas al profesor y me ha contestado a todo."),
    ("figurative_violent", "El jefe me va a matar si llego tarde otra vez 😅"),
    ("figurative_violent", "Hay que cargarse esa rama del repositorio, ya no sirve."),
    ("figurative_violent", "Ese chiste me ha matado, no puedo parar de reír."),
    ("figurative_violent", "Los precios de este bar son un atraco a mano armada."),
    ("figurative_violent", "Me he cargado el móvil, se me cayó a la piscina."),
    ("figurative_violent", "mato por un café ahora mismo"),
    ("figurative_violent", "La presentación la ha clavado, ha dejado muertos a los del comité."),
    ("figurative_violent", "Ejecuto la migración esta noche, cuando no haya nadie conectado."),
    ("figurative_violent", "Con ese vestido vas a matar a todos esta noche 🔥"),
    ("identity_positive", "¡Feliz Ramadán a mis compañeros musulmanes del taller!"),
    (
        "identity_positive",
        "Mi sobrina es sorda y nos está enseñando lengua de signos a toda la familia.",
    ),
    ("identity_positive", "Enhorabuena a la pareja de mis vecinas, se casan en mayo 💍"),
    (
        "identity_positive",
        "La comunidad dominicana del barrio ha montado un festival de merengue buenísimo.",
    ),
    ("identity_positive", "Shabat shalom a mis amigos judíos."),
    ("identity_positive", "Mi compañero es autista y es el mejor programador del equipo."),
    ("identity_positive", "feliz diwali a la familia de mi amiga, las luces quedaron preciosas"),
    (
        "identity_positive",
        "El equipo de baloncesto en silla de ruedas de mi ciudad ha subido de categoría 👏",
    ),
    ("identity_positive", "Mi abuela gitana hace el mejor potaje del mundo."),
    (
        "identity_positive",
        "Orgullosa de mi hijo, que ha salido del armario con diecisiete años y con una valentía enorme.",
    ),
    (
        "identity_positive",
        "Los voluntarios senegaleses de la ONG nos han ayudado muchísimo con la mudanza.",
    ),
    ("identity_positive", "Felicidades a las chicas del equipo de fútbol femenino por el ascenso."),
    ("identity_positive", "Mi vecino peruano me ha enseñado a hacer ceviche y está buenísimo."),
    (
        "identity_positive",
        "Hoy se celebra el Día de la Visibilidad Trans: todo mi cariño a las personas trans 🏳️‍⚧️",
    ),
    (
        "identity_positive",
        "La nueva concejala es ciega y está haciendo un trabajo estupendo con la accesibilidad.",
    ),
    (
        "identity_positive",
        "En el colegio de mi hija hay niños de veinte nacionalidades y se nota lo bien que conviven.",
    ),
    ("identity_positive", "Feliz Año Nuevo chino a los vecinos del bazar 🧧"),
    (
        "comments",
        "No estoy de acuerdo con el artículo, creo que los datos están sacados de contexto.",
    ),
    ("comments", "Buena entrevista, aunque me habría gustado que le preguntaran por la vivienda."),
    (
        "comments",
        "La propuesta de peatonalizar el centro me parece bien, pero faltan aparcamientos disuasorios.",
    ),
    ("comments", "gran articulo, gracias por explicarlo tan claro"),
    ("comments", "Creo que el autor exagera un poco; la situación no es tan grave como la pinta."),
    ("comments", "La ley tiene cosas buenas, pero el plazo de aplicación es demasiado corto."),
    ("comments", "¿Alguien tiene el enlace al informe original? No lo encuentro."),
    ("comments", "Discrepo: subir el IVA a la cultura no va a arreglar las cuentas."),
    (
        "comments",
        "Muy interesante el reportaje sobre la despoblación, ojalá hagan una segunda parte.",
    ),
    (
        "comments",
        "El titular no tiene nada que ver con lo que dice la noticia, un poco de rigor, por favor.",
    ),
    ("comments", "Yo votaría en contra del proyecto, no por la idea, sino por lo que cuesta."),
    ("comments", "Me parece una receta estupenda, pero yo le pondría menos azúcar."),
    ("comments", "Pues a mí el nuevo diseño de la web me parece más difícil de usar."),
    ("comments", "Sería bueno contrastar esas cifras con las del ministerio antes de publicar."),
    (
        "comments",
        "La crítica de la película me parece injusta; el guion es flojo, pero la fotografía es preciosa.",
    ),
    (
        "comments",
        "Gracias por el hilo, me ha servido muchísimo para entender la reforma de las pensiones.",
    ),
    ("farewell_plan", "Me acerco a tu oficina a la una y comemos juntas, ¿te parece?"),
    ("farewell_plan", "Adiós, guapos, gracias por la cena; la próxima en mi casa."),
    ("chat", "¿Quién se ha comido mi yogur de la nevera? 🧐"),
    ("chat", "Qué bonito el atardecer desde la azotea hoy."),
    ("chat", "mañana hay huelga de metro, vete en bici"),
    ("support", "Buenos días, el paquete figura como entregado pero no lo tengo."),
    ("support", "¿Tenéis cita disponible para pasar la ITV la semana que viene?"),
    ("support", "La app se cierra sola cada vez que intento subir una foto."),
    ("review", "El croissant de esta panadería es el mejor de la ciudad, sin discusión."),
    ("review", "Servicio lentísimo, esperamos cuarenta minutos para el primer plato."),
    ("review", "El colchón es firme y ya no me duele la espalda al levantarme."),
    ("sports_gaming", "Hemos barrido al rival en la final del torneo de Valorant."),
    ("sports_gaming", "El portero les ha robado tres goles cantados, qué bestia."),
    ("sports_gaming", "jajaja te he matado con la granada desde la otra punta del mapa"),
    ("figurative_violent", "El despertador me ha asesinado el sueño más bonito de mi vida."),
    (
        "figurative_violent",
        "Vamos a matar dos pájaros de un tiro y pasamos por el banco de camino.",
    ),
    ("identity_positive", "Felices fiestas de Navidad a todos, creyentes o no 🎄"),
    (
        "identity_positive",
        "Mi profesora de yoga es una mujer trans maravillosa y sus clases son lo mejor de mi semana.",
    ),
    ("comments", "Entiendo la medida, pero debería haberse debatido más en el pleno."),
    ("comments", "El estudio tiene una muestra muy pequeña; no sacaría conclusiones tan rápido."),
]
