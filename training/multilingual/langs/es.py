"""Spanish (es): functional hate-speech cases and everyday messages, written for
this project in Spanish. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's."""

# ruff: noqa: E501  (the data lines are sentences; they are not wrapped)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group with the forms the frames need."""

    los: str  # plural with article: "los gitanos", "las mujeres"
    bare: str  # plural without article: "gitanos"
    sg: str  # singular noun without article: "gitano", "persona trans"
    fem: bool  # grammatical gender of the noun phrase

    @property
    def Los(self) -> str:
        return self.los[0].upper() + self.los[1:]

    @property
    def todos(self) -> str:
        return ("todas " if self.fem else "todos ") + self.los

    def a(self, masc: str, fem: str) -> str:
        return fem if self.fem else masc


_Frame = Callable[[_G], str]
_ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")


def _plain(text: str) -> str:
    """Typed the quick way: no accents (ñ kept), lower case."""
    return text.translate(_ACCENTS).lower()


def _fill(
    name: str, flag: bool, frames: list[_Frame], groups: list[_G], per_frame: int
) -> list[tuple[str, bool, str]]:
    rows: list[tuple[str, bool, str]] = []
    for i, frame in enumerate(frames):
        for j in range(per_frame):
            rows.append((name, flag, frame(groups[(i * per_frame + j) % len(groups)])))
    return rows


# --- protected groups ---------------------------------------------------------------------

_TRAIN_GROUPS = [
    _G("las mujeres", "mujeres", "mujer", True),
    _G("los gays", "gays", "gay", False),
    _G("las lesbianas", "lesbianas", "lesbiana", True),
    _G("las personas trans", "personas trans", "persona trans", True),
    _G("los judíos", "judíos", "judío", False),
    _G("los musulmanes", "musulmanes", "musulmán", False),
    _G("los gitanos", "gitanos", "gitano", False),
    _G("los marroquíes", "marroquíes", "marroquí", False),
    _G("los negros", "negros", "negro", False),
    _G("los inmigrantes", "inmigrantes", "inmigrante", False),
    _G("los discapacitados", "discapacitados", "discapacitado", False),
    _G("los sudamericanos", "sudamericanos", "sudamericano", False),
    _G("los chinos", "chinos", "chino", False),
    _G("los rumanos", "rumanos", "rumano", False),
]

# Four shared with train (mujeres, judíos, musulmanes, gitanos), ten new.
_HELDOUT_GROUPS = [
    _G("los refugiados", "refugiados", "refugiado", False),
    _G("las mujeres", "mujeres", "mujer", True),
    _G("los venezolanos", "venezolanos", "venezolano", False),
    _G("los judíos", "judíos", "judío", False),
    _G("los indígenas", "indígenas", "indígena", False),
    _G("los bisexuales", "bisexuales", "bisexual", False),
    _G("los musulmanes", "musulmanes", "musulmán", False),
    _G("las personas sordas", "personas sordas", "persona sorda", True),
    _G("los pakistaníes", "pakistaníes", "pakistaní", False),
    _G("los gitanos", "gitanos", "gitano", False),
    _G("los ecuatorianos", "ecuatorianos", "ecuatoriano", False),
    _G("las mujeres trans", "mujeres trans", "mujer trans", True),
    _G("los subsaharianos", "subsaharianos", "subsahariano", False),
    _G(
        "las personas con síndrome de Down",
        "personas con síndrome de Down",
        "persona con síndrome de Down",
        True,
    ),
]

# --- train frames -------------------------------------------------------------------------

_TR_DEROGATION: list[_Frame] = [
    lambda g: f"{g.Los} son {g.a('unos asquerosos', 'unas asquerosas')}.",
    lambda g: f"Odio a {g.los} con toda mi alma.",
    lambda g: f"No soporto a {g.los}, me dan asco.",
    lambda g: f"{g.Los} son la escoria de este país.",
    lambda g: (
        f"Todo lo malo que pasa en este barrio es culpa de {g.los}: son "
        f"{g.a('unos vagos', 'unas vagas')}, no aportan nada y encima se quejan de todo."
    ),
    lambda g: _plain(f"q asco me dan {g.los} de verdad"),
    lambda g: f"{g.Los} no valen para nada 🤮",
    lambda g: f"Cada día desprecio más a {g.los}. Son inferiores y lo saben.",
]

_TR_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Los} son una plaga.",
    lambda g: f"{g.Los} son parásitos que viven de nuestros impuestos.",
    lambda g: f"{g.Los} no son personas, son animales.",
    lambda g: f"{g.Los} son basura humana.",
    lambda g: f"{g.Los} son un cáncer para España.",
    lambda g: _plain(f"{g.los} son bichos, ni mas ni menos"),
    lambda g: f"{g.a('Un', 'Una')} {g.sg} vale menos que un perro 🐕",
    lambda g: (
        f"Lo digo sin rodeos: {g.los} son ganado, y como ganado habría que "
        f"tratar{g.a('los', 'las')}."
    ),
]

_TR_THREAT: list[_Frame] = [
    lambda g: f"Habría que matar a {g.todos}.",
    lambda g: f"Le voy a partir la cara {g.a('al primer', 'a la primera')} {g.sg} que se me cruce.",
    lambda g: f"Ojalá ardan {g.todos} en el infierno.",
    lambda g: f"Si veo {g.a('a un', 'a una')} {g.sg} por mi calle, l{g.a('o', 'a')} mato.",
    lambda g: (
        f"{g.Los} van a pagar por todo. Vamos a ir a por {g.a('ellos', 'ellas')} "
        f"{g.a('uno a uno', 'una a una')}, ya verán."
    ),
    lambda g: _plain(f"a {g.los} habria que colgarl{g.a('os', 'as')} a {g.a('todos', 'todas')}"),
    lambda g: f"Que alguien acabe ya con {g.los} 🔫",
    lambda g: (
        f"El día que nos organicemos, {g.los} no van a tener dónde esconderse. Sabemos "
        f"dónde viven y vamos a ir a buscar{g.a('los', 'las')}."
    ),
]

_TR_NEGATED: list[_Frame] = [
    lambda g: f"{g.Los} no son {g.a('asquerosos', 'asquerosas')}.",
    lambda g: f"Yo nunca le haría daño {g.a('a un', 'a una')} {g.sg}.",
    lambda g: f"No odio a {g.los}, y no entiendo a quien lo hace.",
    lambda g: f"{g.Los} no son ninguna plaga, son {g.a('vecinos', 'vecinas')} como cualquiera.",
    lambda g: _plain(f"yo no tengo nada contra {g.los} y nunca lo he tenido"),
    lambda g: (
        f"Nadie en esta casa piensa que {g.los} sean inferiores. Aquí no se desprecia a "
        "nadie por lo que es."
    ),
]

_TR_COUNTER: list[_Frame] = [
    lambda g: f"Decir que {g.los} son una plaga es discurso de odio, punto.",
    lambda g: (
        f"Me ha llegado un mensaje que dice «hay que matar a {g.todos}». Lo he denunciado "
        "a la policía, esto no puede quedar impune."
    ),
    lambda g: (
        f"Si alguien te dice que {g.los} son escoria, el problema lo tiene él, "
        f"no {g.a('ellos', 'ellas')}."
    ),
    lambda g: f"Basta ya de llamar animales a {g.los} en los comentarios.",
    lambda g: _plain(f"reportad la cuenta esa que dice que {g.los} son parasitos, da verguenza"),
    lambda g: (
        f"«Fuera {g.los}», decía la pintada del portal. La borramos entre todos los "
        "vecinos esa misma tarde 💪"
    ),
]

_TR_NEUTRAL: list[_Frame] = [
    lambda g: f"Conozco a {g.a('varios', 'varias')} {g.bare} en el trabajo.",
    lambda g: f"¿{g.a('Cuántos', 'Cuántas')} {g.bare} viven en Madrid?",
    lambda g: f"Ayer vi un documental sobre {g.los} en España.",
    lambda g: f"En mi clase hay tres {g.bare}.",
    lambda g: (
        f"El artículo repasa la historia de {g.los} en Europa y cómo ha cambiado su "
        "situación en los últimos cincuenta años."
    ),
    lambda g: _plain(f"alguien sabe si hay alguna asociacion de {g.bare} en valencia?"),
]

_TR_POSITIVE: list[_Frame] = [
    lambda g: f"{g.Los} son {g.a('bienvenidos', 'bienvenidas')} aquí siempre.",
    lambda g: f"Admiro muchísimo a {g.los} de mi barrio ❤️",
    lambda g: f"{g.Los} aportan muchísimo a este país y ya va siendo hora de que se les reconozca.",
    lambda g: f"Me encanta trabajar con {g.bare}, se aprende un montón.",
    lambda g: _plain(f"ole por {g.los}, que no se rinden nunca 💪"),
    lambda g: f"Ojalá hubiera más {g.bare} en política y en la universidad.",
]

_TR_SLUR = [
    "Maricón de mierda, ni se te ocurra volver a mirarme.",
    "Los maricones que se vayan a hacer sus guarradas a su casa.",
    "Vete a tu país, sudaca.",
    "Otro sudaca más quitándonos el curro, qué asco.",
    "Puto moro, vuelve a tu tierra.",
    "Los moros de la plaza otra vez liándola, fuera de aquí.",
    "Fuera de mi bar, negrata.",
    "Qué hace un negrata como tú en mi calle?",
    "Cállate, bollera, que nadie te ha preguntado.",
    "Las bolleras esas dan asco, besándose en medio del parque.",
    "Mira el travelo ese, qué vergüenza de bicho.",
    "Los travelos no deberían poder entrar en los baños de mujeres.",
    "eres un subnormal de esos, no deberias ni salir de casa",
    "Los subnormales deberían estar encerrados, no en el colegio con nuestros hijos.",
    "Calla, zorra, vuelve a la cocina.",
    "Las feminazis son todas unas putas amargadas.",
    "Moros de mierda, os vamos a echar a todos.",
    "sudacas de mierda, volved a vuestra selva",
    "Qué asco de maricones, están por todas partes.",
    "El chino de la esquina es un amarillo de mierda.",
    "Los panchitos del parque no hacen más que beber y molestar.",
    "Maricón, como te vuelva a ver por aquí te vas a enterar.",
    "Esa bollera se cree un tío, qué asco da.",
    "A ver si el negrata del quinto se larga de una vez.",
    "Tu hermano es un mongólico, no lo traigas a la fiesta.",
    "gitanos de mierda, siempre robando",
    "Otra vez el rumano ladrón de los cojones pidiendo en la puerta del súper.",
    "Las tías son todas unas guarras interesadas.",
    "Puto judío usurero, devuelve lo que has robado.",
    "Vaya travelo más asqueroso, no sabe ni si es tío o tía.",
    "Ningún moro va a mandar en mi barrio 😡",
    "sudaca, a fregar escaleras que es para lo que sirves",
]

_TR_SPELLING = [
    "L0s gitan0s s0n esc0ria.",
    "odio a los j u d i o s",
    "los musulmanes son una plagaaaa 🤮",
    "M4ric0nes de m1erda.",
    "los inmigrantes son p4r4sitos",
    "hay q matar a todos los m.o.r.o.s",
    "las mujeres son inferioress y lo saben",
    "los negros son animlaes",
    "s u d a c a s fuera de españa",
    "Los g@ys dan asco.",
    "l3sbianas asquer0sas",
    "Ojalá ardan todos los jud1os.",
    "los rumanos son basuraaa humana",
    "ningun chin0 es persona",
    "las personas tr4ns son enfermas mentales y hay q encerrarlas",
    "los discapacitados son un estrobo para la sociedad",
    "odio a los m u s u l m a n e s, todos terroristas",
    "los marroqies son ganado",
    "Hay que echar a los inmigr4ntes a patadas.",
    "n3gr4t4s fuera",
    "bolleraaas de mierdaaa",
    "trav3los asquerosos",
    "los gitanoss no son personas",
    "los mor0s son un cánc3r",
    "A todos los s*d*cas habría que echarlos.",
    "las muj3res no valen p nada",
    "Los sudamericanos son unos vags y unos ladrnes.",
    "Los j.u.d.i.o.s controlan todo, hay que acabar con ellos.",
    "mar1c0n, te voy a reventar",
    "los negros son monoss 🐒",
]

_TR_NON_PROTECTED = [
    "Los mosquitos son una plaga.",
    "Odio los lunes con toda mi alma.",
    "Habría que matar a todos los mosquitos del mundo.",
    "El árbitro de hoy es la escoria del fútbol.",
    "Odio el tráfico de la M-30, me dan ganas de llorar.",
    "Los lunes son asquerosos.",
    "El spam es basura.",
    "Las cucarachas de mi cocina son una plaga, voy a acabar con todas.",
    "Esa ley de vivienda es un cáncer para los inquilinos.",
    "Odio a los árbitros del VAR, no valen para nada.",
    "Ojalá ardan todos los correos de spam en el infierno.",
    "q asco me dan las avispas",
    "Los recortes en sanidad son una vergüenza y hay que acabar con ellos.",
    "No soporto el reguetón del vecino, me da asco.",
    "Las palomas de la plaza son ratas con alas.",
    "Hay que exterminar las malas hierbas del huerto antes de que lo invadan todo.",
    "Los árbitros del Bernabéu son unos ladrones.",
    "La subida de la luz es un robo y el ministro que la ha firmado debería dimitir.",
    "Odio los atascos de los viernes por la tarde.",
    "Los piojos son unos bichos asquerosos, acabad con ellos ya 🤢",
    "Las llamadas comerciales a la hora de la siesta son lo peor.",
    "ese impuesto es basura y el que lo ha inventado no sabe nada de economia",
    "Las ratas del sótano me tienen harta, voy a poner veneno.",
    "Los del Atleti son escoria, siempre igual 😂",
    "Odio el calor de agosto en Sevilla, es inhumano.",
    "Los bots de Twitter son una plaga, habría que eliminarlos todos.",
    "Las medidas de este Gobierno son un desastre absoluto.",
    "Me cago en los mosquitos, esta noche no dejo ni uno vivo.",
    "La Liga está podrida, los de arriba son una panda de corruptos.",
    "El wifi del hotel es una basura.",
]

_TR_ABUSE_INDIVIDUAL = [
    "Eres un inútil de mierda.",
    "Eres tonto del culo, tío.",
    "Vete a la mierda, pesado.",
    "Qué imbécil eres, de verdad.",
    "Eres la persona más falsa que conozco.",
    "Mira que eres gilipollas, otra vez has perdido las llaves.",
    "cállate ya, payaso",
    "Eres un cretino y un mentiroso, no te creo nada.",
    "Mi jefe es un capullo integral.",
    "Tu novio es un pringado, no sé qué le ves.",
    "Eres un bocazas, siempre contando lo que no debes.",
    "que pesada eres tia, dejame en paz",
    "Eres un rata, nunca pagas una ronda.",
    "Menudo idiota, ha aparcado en doble fila y se ha ido.",
    "Eres un egoísta y un caradura, que lo sepas.",
    "Eres más tonto que una piedra.",
    "El del 3ºB es un gilipollas, siempre con la música a tope.",
    "no tienes ni puta idea de nada, listillo",
    "Eres un cobarde, ni te atreves a decírmelo a la cara.",
    "Vaya cara de idiota se te ha quedado 😂",
    "Eres un vago, llevas tres semanas sin fregar.",
    "Mi ex es una manipuladora y una mentirosa.",
    "Eres un puto desastre, siempre llegas tarde.",
    "Anda y que te den, imbécil.",
    "Qué cansino eres con el fútbol, hijo mío.",
]

_TR_PROFANITY = [
    "Joder, qué bueno está esto.",
    "Hostia puta, qué frío hace hoy.",
    "Me cago en la leche, se me ha olvidado la cartera.",
    "Coño, qué golazo.",
    "El concierto de anoche fue de puta madre.",
    "me cago en todo, otra vez lunes",
    "Joder, qué susto me he llevado.",
    "Hostia, no me lo puedo creer, ¡me han cogido en el curro!",
    "Qué putada, se ha cancelado el vuelo.",
    "La paella de mi abuela está de puta madre 🥘",
    "Mierda, se me ha quemado el arroz.",
    "joder tio q pasada de video",
    "Coño, qué calor hace en este piso.",
    "Me cago en diez, he perdido el autobús por un segundo.",
    "Hostia, cuánto tiempo, ¿qué es de tu vida?",
    "Qué cojonudo ha quedado el salón después de pintarlo.",
    "Mierda de lluvia, justo hoy que no llevo paraguas.",
    "Joder, por fin viernes.",
    "La hostia de bueno el libro, me lo he leído en dos días.",
    "Me cago en la mar, qué vistas tan bonitas.",
    "Puto despertador, no he oído nada.",
    "Coño, que aprobé el examen de conducir!!",
    "Qué mierda de tiempo hace hoy, madre mía.",
    "Hostias, se me ha caído el móvil al váter.",
    "Me cago en la puta, otra vez sin cobertura en el metro.",
]

_TR_RECLAIMED = [
    "Marica, qué guapa vas hoy 💅",
    "Somos bolleras y estamos orgullosas.",
    "Esta noche salimos todas las maricas del grupo, ¿te vienes?",
    "Orgullo marica, orgullo bollero, orgullo trans 🏳️‍🌈",
    "Las bolleras del barrio organizamos una cena el sábado, traed algo de beber.",
    "ay marica, q me muero con tu story",
    "Soy marica y a mucha honra.",
    "En el coro de bolleras cantamos el domingo en la plaza, venid a vernos.",
]

# --- held-out frames ----------------------------------------------------------------------

_HO_DEROGATION: list[_Frame] = [
    lambda g: f"Me dan grima {g.los}, no lo puedo evitar.",
    lambda g: f"{g.Los} son lo peor que le ha pasado a este país.",
    lambda g: f"No hay {g.a('un', 'una')} {g.sg} decente en toda la ciudad.",
    lambda g: (
        f"Estoy hasta las narices de {g.los}: son {g.a('unos', 'unas')} despreciables, "
        "mienten, se aprovechan de todo y luego van de víctimas."
    ),
    lambda g: _plain(f"{g.los} me parecen lo mas inmundo que hay, sin mas"),
]

_HO_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Los} son ratas, se meten en todas partes.",
    lambda g: (
        f"{g.Los} son como las cucarachas: ves a {g.a('uno', 'una')} y ya hay cien "
        f"{g.a('escondidos', 'escondidas')} detrás."
    ),
    lambda g: f"{g.Los} son una gangrena que se come el país por dentro.",
    lambda g: _plain(f"{g.los} son alimañas y punto"),
    lambda g: f"Esto ya no es un barrio, es una pocilga llena de {g.bare} 🐀",
]

_HO_THREAT: list[_Frame] = [
    lambda g: (
        f"Como pille {g.a('a un', 'a una')} {g.sg} {g.a('solo', 'sola')} por la noche, "
        "se va a enterar."
    ),
    lambda g: f"Deberían fusilar a {g.todos}, empezando por {g.a('los', 'las')} de mi pueblo.",
    lambda g: f"Vamos a limpiar el barrio de {g.bare}, por las buenas o por las malas.",
    lambda g: _plain(f"a {g.los} les daba yo matarile a {g.a('todos', 'todas')}"),
    lambda g: (
        f"Ojalá un día alguien le prenda fuego al local de {g.los} con "
        f"{g.a('ellos', 'ellas')} dentro."
    ),
]

_HO_NEGATED: list[_Frame] = [
    lambda g: f"{g.Los} no me dan ningún asco.",
    lambda g: f"Jamás le pondría una mano encima {g.a('a un', 'a una')} {g.sg}.",
    lambda g: f"No creo que {g.los} sean peores que nadie.",
    lambda g: _plain(f"yo a {g.los} no les deseo ningun mal, q quede claro"),
]

_HO_COUNTER: list[_Frame] = [
    lambda g: f"«{g.Los} son ratas», escribió un concejal. Debería dimitir hoy mismo.",
    lambda g: (
        f"El que grita que hay que echar a {g.los} del país no es ningún patriota, es un cobarde."
    ),
    lambda g: f"Qué vergüenza leer aquí que {g.los} sobran. No, no sobran.",
    lambda g: _plain(
        f"lo de q {g.los} son una plaga lo dice gente q no ha hablado con "
        f"{g.a('ninguno', 'ninguna')} en su vida"
    ),
]

_HO_NEUTRAL: list[_Frame] = [
    lambda g: f"Mi compañera de piso está haciendo la tesis sobre {g.los} en Andalucía.",
    lambda g: f"Según un estudio reciente, el número de {g.bare} en Cataluña ha crecido este año.",
    lambda g: f"Esta tarde hay una charla sobre {g.los} en la biblioteca municipal, entrada libre.",
    lambda g: _plain(f"pregunta seria: q opinan {g.los} de la nueva ley?"),
]

_HO_POSITIVE: list[_Frame] = [
    lambda g: f"Qué suerte tenemos de contar con {g.los} en este barrio.",
    lambda g: f"Gracias a {g.los} que han luchado tanto por sus derechos 🙌",
    lambda g: f"{g.Los} que conozco son gente maravillosa, generosa y muy trabajadora.",
    lambda g: _plain(f"todo mi apoyo a {g.los}, siempre"),
]

_HO_SLUR = [
    "Menudo mariposón, vaya pluma tiene el tío.",
    "Tortillera, que eres una tortillera, ni te acerques a mi hija.",
    "Mongolo, quita de en medio, que no te enteras de nada.",
    "Los mongolos esos no deberían ir en el mismo autobús que la gente normal.",
    "panchito, vuelvete a tu pais",
    "Moromierda, aquí no vas a rezar.",
    "Esa machorra se cree que es un hombre.",
    "Negro de mierda, vuelve a la patera.",
    "Los menas son delincuentes, todos, hay que echarlos ya.",
    "Simio, deja de gritar en la grada.",
    "Qué haces aquí, sordomudo de mierda, si no te enteras de nada.",
    "Sarasa, que eres un sarasa, a ver si te pegan una buena.",
    "indio de mierda, vete a tu choza",
    "Las tortilleras de mi clase son unas enfermas.",
    "Otra vez el panchito de la obra llegando tarde, así son todos.",
    "Bujarra, que te vi con otro tío anoche, das asco.",
]

_HO_SPELLING = [
    "l0s r3fugiad0s s0n ratas",
    "Los v e n e z o l a n o s fuera de aquí ya.",
    "los pakistanis son una lacraaa",
    "m.e.n.a.s = delincuentes, hay q echarlos",
    "Las mujeres trnas no son mujeres, son tíos disfrazados.",
    "los indigenas son unos salvajs",
    "bisexu4les viciosos asquerosos",
    "Tort1ll3ras de m13rda.",
    "ecuatorianosss fueraaa",
    "los subsaharianos son animales, ni personas son 🐒",
    "habria q fusilar a todos los r e f u g i a d o s",
    "los down no deverian nacer",
    "los gi7anos son alimañas",
    "mus-ul-manes fuera de europa",
    "los jodios no son de fiar, ni uno",
    "mong0l0s asquerosos",
]

_HO_NON_PROTECTED = [
    "Me dan grima las cucarachas, no lo puedo evitar.",
    "Los atascos de la A-6 son lo peor que le ha pasado a esta ciudad.",
    "Las garrapatas son alimañas, hay que limpiar el jardín a fondo.",
    "Vamos a limpiar el trastero de trastos viejos, por las buenas o por las malas.",
    "Ese árbitro es una rata, nos ha robado el partido.",
    "Qué vergüenza la reforma fiscal, es una gangrena para los autónomos.",
    "a los mosquitos de este verano les daba yo matarile a todos",
    "Estoy hasta las narices de la burocracia: formularios, colas y citas que no existen.",
    "Los correos de phishing son inmundos, deberían perseguir a quien los manda.",
    "El VAR es lo peor que le ha pasado al fútbol.",
    "Ojalá alguien borre para siempre las notificaciones push de esa app.",
    "La nueva normativa de patinetes es un despropósito absoluto.",
    "No hay un solo tertuliano decente en ese programa.",
    "El calor de julio en Córdoba es criminal.",
    "Esas polillas son una plaga, me han destrozado el jersey de lana.",
    "Los del Betis son una panda de llorones, a ver si aprenden a perder 😂",
]

_HO_ABUSE_INDIVIDUAL = [
    "Eres un mierdas, nunca cumples lo que prometes.",
    "Pero qué tontaco eres, no te enteras de nada.",
    "Eres un lameculos, siempre haciéndole la pelota al jefe.",
    "Menuda petarda está hecha tu prima.",
    "eres un flipado, nadie te aguanta",
    "Tu amigo es un cenutrio, no sabe ni leer un mapa.",
    "Eres un chulo y un prepotente, baja los humos.",
    "Vaya zoquete, ha vuelto a romper la impresora.",
    "Eres un jeta, siempre te escaqueas a la hora de pagar.",
    "El portero de mi finca es un borde de narices.",
    "Eres tonta de remate, ¿cómo se te ocurre?",
    "No seas cenizo, que siempre estás igual, pesao.",
]

_HO_PROFANITY = [
    "Hostia, qué frío, se me congelan los dedos.",
    "Joder con el examen, era imposible.",
    "Qué pasada de peli, coño.",
    "me cago en la mar salada, he vuelto a dejar las llaves dentro",
    "Mierda, se me ha roto la pantalla del móvil.",
    "La cena estaba de la hostia, repetimos seguro.",
    "Cojones, qué vistas desde el mirador.",
    "Joder, qué alegría verte por aquí 😄",
    "Vaya puta mierda de día llevo, menos mal que ya es viernes.",
    "Ostras, que se me ha olvidado comprar pan.",
    "Hostia, qué bien huele ese cocido.",
    "Me cago en mi vida, otra multa de aparcamiento.",
]

_HO_RECLAIMED = [
    "Somos maricas, somos bolleras, somos trans y no nos vamos a callar.",
    "Qué guapa la marica esta, me encanta tu look 😍",
    "Bolleras al poder 💜",
    "El podcast lo hacemos dos maricas de pueblo hablando de nuestras cosas.",
    "Tía, ayer en la fiesta había un montón de maricas divinas bailando.",
]

# --- the four names -----------------------------------------------------------------------

FUNCTIONAL_TRAIN: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _TR_DEROGATION, _TRAIN_GROUPS, 6),
    *_fill("dehumanisation", True, _TR_DEHUMANISATION, _TRAIN_GROUPS, 6),
    *_fill("threat", True, _TR_THREAT, _TRAIN_GROUPS, 6),
    *(("slur", True, t) for t in _TR_SLUR),
    *(("spelling_variation", True, t) for t in _TR_SPELLING),
    *_fill("negated_hate", False, _TR_NEGATED, _TRAIN_GROUPS, 6),
    *_fill("counter_speech", False, _TR_COUNTER, _TRAIN_GROUPS, 6),
    *_fill("identity_neutral", False, _TR_NEUTRAL, _TRAIN_GROUPS, 6),
    *_fill("identity_positive", False, _TR_POSITIVE, _TRAIN_GROUPS, 6),
    *(("non_protected_target", False, t) for t in _TR_NON_PROTECTED),
    *(("abuse_individual", False, t) for t in _TR_ABUSE_INDIVIDUAL),
    *(("nonabusive_profanity", False, t) for t in _TR_PROFANITY),
    *(("reclaimed_slur", False, t) for t in _TR_RECLAIMED),
]

FUNCTIONAL_HELDOUT: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _HO_DEROGATION, _HELDOUT_GROUPS, 5),
    *_fill("dehumanisation", True, _HO_DEHUMANISATION, _HELDOUT_GROUPS, 5),
    *_fill("threat", True, _HO_THREAT, _HELDOUT_GROUPS, 5),
    *(("slur", True, t) for t in _HO_SLUR),
    *(("spelling_variation", True, t) for t in _HO_SPELLING),
    *_fill("negated_hate", False, _HO_NEGATED, _HELDOUT_GROUPS, 5),
    *_fill("counter_speech", False, _HO_COUNTER, _HELDOUT_GROUPS, 5),
    *_fill("identity_neutral", False, _HO_NEUTRAL, _HELDOUT_GROUPS, 5),
    *_fill("identity_positive", False, _HO_POSITIVE, _HELDOUT_GROUPS, 5),
    *(("non_protected_target", False, t) for t in _HO_NON_PROTECTED),
    *(("abuse_individual", False, t) for t in _HO_ABUSE_INDIVIDUAL),
    *(("nonabusive_profanity", False, t) for t in _HO_PROFANITY),
    *(("reclaimed_slur", False, t) for t in _HO_RECLAIMED),
]

EVERYDAY_TRAIN: list[tuple[str, str]] = [
    ("farewell_plan", "Nos vemos mañana en la estación a las ocho."),
    ("farewell_plan", "Te pillo luego en el bar de siempre."),
    ("farewell_plan", "Vale, te busco a la salida del metro de Sol."),
    ("farewell_plan", "hasta luego!! mañana te cuento"),
    ("farewell_plan", "Te espero en la puerta del cine, no tardes 😘"),
    ("farewell_plan", "Quedamos a las 9 en la plaza y de ahí vamos juntos al concierto, ¿vale?"),
    ("farewell_plan", "Voy a por ti a la estación de autobuses, avísame cuando llegues."),
    ("farewell_plan", "Venga, me piro ya, nos vemos el lunes en clase."),
    ("farewell_plan", "te encuentro en la entrada del estadio, llevo la camiseta roja"),
    ("farewell_plan", "Un besazo, cuídate mucho y nos vemos en Navidad."),
    ("farewell_plan", "Paso a recogerte a las siete, ten la maleta lista."),
    ("farewell_plan", "Me voy a dormir, mañana hablamos. Buenas noches!"),
    ("farewell_plan", "Si llegas antes que yo, pídeme una caña y un pincho de tortilla."),
    ("chat", "¿Has visto el último capítulo? Estoy flipando."),
    ("chat", "jajaja no puedo con tu perro"),
    ("chat", "Mi madre dice que si venís a comer el domingo hace paella."),
    ("chat", "Qué tal el examen? Yo creo que me ha salido fatal."),
    ("chat", "Hoy he hecho pan casero por primera vez y ha quedado buenísimo."),
    ("chat", "oye me pasas los apuntes de historia porfa"),
    ("chat", "Está lloviendo a cántaros, me he quedado empapada 🌧️"),
    (
        "chat",
        "Al final no fuimos a la playa porque hacía un viento horrible, nos quedamos jugando al parchís en casa de mi tía.",
    ),
    ("chat", "Felicidades, guapa!! Que cumplas muchos más 🎉"),
    ("chat", "Me he apuntado al gimnasio, a ver cuánto me dura."),
    ("chat", "tienes cargador de iphone? me muero de bateria"),
    ("chat", "El niño ya ha dicho su primera palabra: «agua». Estamos como locos."),
    ("chat", "¿Alguien se apunta a una barbacoa el sábado en el campo?"),
    ("support", "Hola, mi pedido 48213 no ha llegado todavía, ¿me podéis decir algo?"),
    ("support", "No puedo iniciar sesión en la app desde ayer, me sale error 500."),
    (
        "support",
        "Buenas tardes, quería solicitar la devolución de unas zapatillas que me quedan pequeñas.",
    ),
    ("support", "Me habéis cobrado dos veces la factura de octubre, por favor revisadlo."),
    ("support", "la fibra va lentisima desde el lunes, podeis mandar un tecnico?"),
    ("support", "¿Cómo cambio la dirección de envío de un pedido que ya está pagado?"),
    (
        "support",
        "He intentado restablecer la contraseña tres veces y no me llega el correo. ¿Puede ser que esté bloqueada la cuenta?",
    ),
    ("support", "Buenos días, necesito una copia de la factura para la empresa con el CIF."),
    ("support", "El router hace un pitido raro y se reinicia solo cada media hora."),
    ("support", "Quiero darme de baja del seguro, ¿qué tengo que hacer?"),
    ("support", "El paquete pone entregado pero no está en mi buzón ni lo tiene el portero."),
    ("support", "hola, la lavadora que compré hace un mes pierde agua, esta en garantia?"),
    (
        "support",
        "¿Tenéis servicio de atención en catalán o en inglés? Mi padre no habla castellano bien.",
    ),
    ("review", "La tortilla de este bar es la mejor de Madrid, sin duda."),
    ("review", "Producto correcto, llegó a tiempo, pero la caja venía un poco aplastada."),
    ("review", "Muy mal servicio, esperamos una hora para que nos trajeran los entrantes."),
    ("review", "Los auriculares suenan genial y la batería dura un montón ⭐⭐⭐⭐⭐"),
    ("review", "el hotel bien pero el desayuno flojito"),
    (
        "review",
        "Fuimos a cenar por el cumpleaños de mi pareja y fue un acierto total: el pulpo espectacular y el camarero majísimo.",
    ),
    ("review", "No lo recomiendo, la silla se rompió a las dos semanas."),
    ("review", "Calidad-precio imbatible, repetiremos."),
    ("review", "La novela empieza lenta pero a partir del capítulo diez no la puedes soltar."),
    ("review", "Buen gimnasio, aunque en hora punta no hay quien coja una máquina."),
    (
        "review",
        "Pedí el menú del día y el segundo plato estaba frío. Una pena, porque el sitio es muy bonito.",
    ),
    ("review", "La crema hidratante me ha ido fenomenal para la piel seca."),
    ("review", "taller muy serio, me arreglaron el coche en un dia y sin sorpresas en la factura"),
    ("sports_gaming", "Los hemos matado 3-0, qué partidazo!"),
    ("sports_gaming", "Headshot desde la otra punta del mapa 😎"),
    ("sports_gaming", "Nos han destrozado en la segunda parte, no hemos dado una."),
    ("sports_gaming", "gg, los hemos reventado en la última ronda"),
    ("sports_gaming", "Esta noche partida al Fortnite, ¿quién se conecta?"),
    ("sports_gaming", "El Madrid ha aplastado al rival, cuatro goles en veinte minutos."),
    (
        "sports_gaming",
        "Me han matado tres veces seguidas en el mismo sitio, el campero ese es un crack.",
    ),
    (
        "sports_gaming",
        "Vamos a por ellos en la final, hay que salir a morder desde el primer minuto.",
    ),
    ("sports_gaming", "Ese jugador es una bestia, se ha comido a toda la defensa."),
    ("sports_gaming", "Hemos ganado la liga del barrio de pádel 🏆"),
    ("sports_gaming", "necesito un support q sepa jugar, el ultimo me ha dejado morir 5 veces"),
    ("sports_gaming", "El Sevilla ha fusilado al portero desde el punto de penalti."),
    ("sports_gaming", "Nuevo récord personal en el maratón de Valencia: 3 horas y 12 minutos."),
    ("figurative_violent", "Mata el proceso desde el administrador de tareas y vuelve a abrirlo."),
    ("figurative_violent", "Me muero de la risa con tus audios 😂"),
    ("figurative_violent", "Este calor es un asesinato, no se puede ni respirar."),
    (
        "figurative_violent",
        "Esta tarde le hago una sesión de fotos a mi hermana en el Retiro; el fotógrafo dice que va a disparar con luz natural.",
    ),
    ("figurative_violent", "Me he cargado el portátil tirándole el café encima."),
    ("figurative_violent", "Me mata cuando pones esa cara."),
    ("figurative_violent", "El profe nos ha matado con el examen de física."),
    ("figurative_violent", "Hay que matar el tiempo de alguna forma en el aeropuerto."),
    ("figurative_violent", "Este vestido es para morirse, qué bonito."),
    ("figurative_violent", "he reventado la hucha para comprarme la consola"),
    ("figurative_violent", "Voy a ejecutar el script otra vez a ver si ahora funciona."),
    (
        "figurative_violent",
        "La cantante ha arrasado esta noche, el público estaba muerto de emoción.",
    ),
    ("figurative_violent", "Me estoy muriendo de hambre, ¿pedimos pizza?"),
    ("identity_positive", "Feliz Eid a mis vecinos musulmanes 🌙"),
    ("identity_positive", "Mañana vamos al Orgullo con mis dos tías, va a ser precioso 🏳️‍🌈"),
    (
        "identity_positive",
        "Mi compañera es sorda y me está enseñando lengua de signos, es buenísima.",
    ),
    ("identity_positive", "Shabat shalom a todos los amigos judíos del grupo."),
    (
        "identity_positive",
        "La boda gitana de mi amigo Antonio fue la fiesta más bonita en la que he estado.",
    ),
    (
        "identity_positive",
        "Qué bien que el equipo de baloncesto en silla de ruedas del barrio haya ganado el campeonato.",
    ),
    ("identity_positive", "mi vecina marroqui me ha traido harira y esta buenisima"),
    ("identity_positive", "Feliz Año Nuevo chino a todos los que lo celebráis 🧧"),
    (
        "identity_positive",
        "Mi hijo tiene síndrome de Down y hoy ha empezado a trabajar en una cafetería. Estamos orgullosísimos.",
    ),
    ("identity_positive", "Enhorabuena a Javi y a Marcos por la boda, ¡vivan los novios! 💍"),
    (
        "identity_positive",
        "La comunidad ecuatoriana del barrio ha organizado una fiesta con comida típica, todos invitados.",
    ),
    (
        "identity_positive",
        "Mi amiga es trans y ha conseguido cambiar el nombre en el DNI, ¡qué alegría!",
    ),
    ("identity_positive", "Gracias a las mujeres científicas que abrieron camino en este país."),
    (
        "comments",
        "No estoy de acuerdo con el artículo, los datos de paro que cita son de hace dos años.",
    ),
    ("comments", "Buena noticia, aunque habrá que ver si se cumple."),
    (
        "comments",
        "Creo que la propuesta del ayuntamiento tiene lagunas: no explica cómo se va a financiar el tranvía ni quién lo va a mantener.",
    ),
    ("comments", "El periodista mezcla opinión e información, y eso no me parece serio."),
    ("comments", "interesante, pero echo de menos la opinion de los vecinos afectados"),
    ("comments", "Esta medida no va a arreglar el problema de la vivienda, solo lo aplaza."),
    ("comments", "Qué buen reportaje, gracias por contarlo con tanto detalle."),
    (
        "comments",
        "Discrepo del autor: el teletrabajo no es para todo el mundo ni para todos los puestos.",
    ),
    ("comments", "La idea es buena pero la ejecución deja mucho que desear."),
    (
        "comments",
        "¿Alguien tiene el enlace al informe original? Me gustaría leerlo entero antes de opinar.",
    ),
    (
        "comments",
        "Me parece una decisión equivocada subir el precio del abono transporte justo ahora.",
    ),
    ("comments", "el titular es muy sensacionalista para lo que luego cuenta la noticia"),
    (
        "comments",
        "Respeto la opinión del columnista, pero sus argumentos sobre la reforma educativa no se sostienen.",
    ),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    ("farewell_plan", "Te veo en el andén dos, al lado de la máquina de café."),
    ("farewell_plan", "Luego te pego un toque y bajamos juntos."),
    ("farewell_plan", "ciao, nos vemos el finde en el pueblo"),
    (
        "farewell_plan",
        "Te recojo en el aeropuerto, estaré en la zona de llegadas con un cartel ridículo 😂",
    ),
    ("farewell_plan", "Me voy ya, que pierdo el tren. ¡Hasta el jueves!"),
    ("farewell_plan", "Cuando salgas del curro escríbeme y te busco en la parada del 27."),
    ("farewell_plan", "Hasta mañana, descansa."),
    (
        "farewell_plan",
        "Quedamos en la fuente de la plaza Mayor a las seis y media y luego vamos a ver el partido.",
    ),
    ("farewell_plan", "Te espero en el portal, baja cuando puedas."),
    ("farewell_plan", "nos vemos en la boda!! ya tengo el traje"),
    ("farewell_plan", "Voy para allá, en diez minutos te encuentro en la entrada del hospital."),
    ("farewell_plan", "Un abrazo fuerte y buen viaje, ya me contarás qué tal Lisboa."),
    ("farewell_plan", "Te busco a la salida del cole de los peques y nos tomamos algo."),
    ("chat", "¿Qué vais a cenar en Nochebuena este año?"),
    ("chat", "Me he comprado una planta y ya se me está muriendo, soy un desastre 🌱"),
    ("chat", "jajaja tu gato es lo mas"),
    ("chat", "Ha nevado en el pueblo y los niños están como locos haciendo muñecos."),
    ("chat", "Al final me han dado el piso, ¡el mes que viene me mudo!"),
    ("chat", "oye sabes si el super abre el festivo?"),
    (
        "chat",
        "Mi abuelo ha cumplido noventa años y sigue yendo al huerto todas las mañanas, es increíble.",
    ),
    ("chat", "¿Me recomiendas alguna serie? Ya he terminado todo lo que tenía pendiente."),
    ("chat", "qué sueño tengo, no he pegado ojo"),
    ("chat", "Hemos adoptado un perro del refugio, se llama Lolo y es un trasto precioso."),
    (
        "chat",
        "Estoy aprendiendo a tocar la guitarra con vídeos de YouTube, de momento solo me sé tres acordes.",
    ),
    ("chat", "Mándame la ubicación del restaurante que no me acuerdo."),
    ("chat", "ya estoy en casa, gracias por traerme"),
    ("support", "Buenas, la aplicación se cierra sola al abrir el carrito de la compra."),
    ("support", "¿Podéis adelantar la entrega? Me voy de viaje el viernes."),
    ("support", "He recibido un producto distinto al que pedí, os adjunto una foto."),
    ("support", "no me deja pagar con bizum, me da error todo el rato"),
    (
        "support",
        "Llevo tres días sin teléfono fijo y nadie me da una solución, necesito que me llame un técnico.",
    ),
    ("support", "Hola, ¿cuál es el plazo para cambiar un artículo de rebajas?"),
    ("support", "Me gustaría saber por qué ha subido la cuota del gimnasio sin avisar."),
    (
        "support",
        "La factura de la luz de este mes es el triple de lo normal, creo que la lectura del contador está mal.",
    ),
    ("support", "Necesito cancelar la reserva del hotel para el día 14, ¿tiene algún coste?"),
    ("support", "hola, el codigo de descuento no funciona en la web"),
    ("support", "He perdido la tarjeta del banco, ¿cómo la bloqueo?"),
    ("support", "El técnico quedó en venir entre las 9 y las 2 y no ha aparecido."),
    ("support", "¿Hacéis envíos a Canarias? No me aparece la opción en el formulario."),
    ("review", "El cocido de este sitio es de los que te recuerdan a tu abuela."),
    ("review", "Las zapatillas son comodísimas, las uso para correr y para el día a día."),
    ("review", "Sitio bonito pero carísimo para lo que ponen."),
    ("review", "la pizza llego fria y tarde, no repetimos"),
    ("review", "Muy buena atención en la farmacia, me explicaron todo con paciencia."),
    ("review", "El móvil va fluido, pero la cámara de noche deja bastante que desear."),
    (
        "review",
        "Alojamiento rural muy limpio, con unas vistas a la sierra que quitan el hipo. Los dueños, encantadores.",
    ),
    ("review", "La peli se hace larguísima, le sobra media hora."),
    ("review", "Cinco estrellas para la peluquería, salgo siempre encantada 💇‍♀️"),
    ("review", "El aspirador no aspira bien en alfombras, para suelo duro va perfecto."),
    ("review", "Curso muy práctico, el profesor explica genial y los ejercicios sirven de verdad."),
    ("review", "Las croquetas caseras de este bar son un escándalo, de lo mejor que he probado."),
    ("review", "mala experiencia con la mudanza, rompieron dos cajas y no se hicieron cargo"),
    ("sports_gaming", "Los hemos barrido en casa, 5-1 y para casa."),
    ("sports_gaming", "Qué pedazo de triple en el último segundo 🏀"),
    ("sports_gaming", "Me ha pegado un tiro el sniper desde el tejado, no lo he visto venir."),
    ("sports_gaming", "gg wp, los hemos aniquilado"),
    ("sports_gaming", "El equipo de mi hijo ha ganado el torneo de alevines."),
    ("sports_gaming", "Hemos reventado al jefe final a la primera, qué subidón."),
    (
        "sports_gaming",
        "El Barça ha sido una apisonadora en la segunda parte, no ha dejado respirar al rival.",
    ),
    ("sports_gaming", "Esta noche raid en el WoW, conectaos a las diez."),
    ("sports_gaming", "El delantero ha matado el partido con el segundo gol."),
    ("sports_gaming", "vaya paliza nos han dado al fútbol sala, 8-2"),
    (
        "sports_gaming",
        "Tengo que subir de nivel antes de enfrentarme a ese dragón, me revienta siempre.",
    ),
    ("sports_gaming", "Hemos arrasado en el torneo de mus del bar."),
    ("figurative_violent", "Me muero de ganas de verte."),
    ("figurative_violent", "Este examen me va a matar, llevo toda la semana sin dormir."),
    ("figurative_violent", "Cuando te ríes así me partes."),
    ("figurative_violent", "Hay que matar el proceso de Chrome, se ha quedado colgado."),
    (
        "figurative_violent",
        "El fotógrafo va a disparar unas cuantas fotos del grupo antes de la cena.",
    ),
    ("figurative_violent", "ese chiste es para morirse jajaja"),
    ("figurative_violent", "Vamos a bombardear las redes con el cartel del festival."),
    ("figurative_violent", "La humedad de Valencia en agosto es criminal."),
    (
        "figurative_violent",
        "He destrozado la cocina haciendo un bizcocho, pero ha salido buenísimo.",
    ),
    ("figurative_violent", "El monologuista nos ha matado de risa toda la noche."),
    ("figurative_violent", "Se me ha muerto el portátil justo antes de guardar el trabajo."),
    ("figurative_violent", "Voy a atacar el montón de ropa para planchar antes de que me sepulte."),
    ("figurative_violent", "Esos zapatos me están matando los pies."),
    ("identity_positive", "Ramadán Mubarak a todas las familias musulmanas del barrio 🌙"),
    ("identity_positive", "Mis dos papás vinieron a la función del cole y lloraron los dos."),
    ("identity_positive", "Feliz Janucá a quienes lo celebran 🕎"),
    (
        "identity_positive",
        "La selección paralímpica ha vuelto con una maleta llena de medallas, enhorabuena.",
    ),
    (
        "identity_positive",
        "el restaurante senegales de mi calle es una maravilla, gente encantadora",
    ),
    ("identity_positive", "Mi profe de matemáticas es gitana y es la mejor que he tenido."),
    (
        "identity_positive",
        "Qué bonita la celebración del Día de la Hispanidad con todas las comunidades latinas de la ciudad.",
    ),
    ("identity_positive", "Felicidades a mi prima y su mujer por su primer bebé 💕"),
    (
        "identity_positive",
        "Han contratado a un chico autista en el archivo y ha organizado todo en una semana.",
    ),
    ("identity_positive", "Feliz Diwali a nuestros vecinos indios, gracias por los dulces 🪔"),
    (
        "identity_positive",
        "Las refugiadas ucranianas del pueblo han montado un taller de costura precioso.",
    ),
    ("identity_positive", "Mi abuela es evangélica y canta en el coro de su iglesia cada domingo."),
    ("identity_positive", "Que viva la diversidad en el equipo, así da gusto trabajar."),
    ("comments", "Buen análisis, aunque creo que exagera el impacto del turismo en el centro."),
    ("comments", "No comparto la idea de cerrar el parque por la noche, hay otras soluciones."),
    ("comments", "Falta contexto en la noticia: ¿cuánto ha costado la obra en total?"),
    ("comments", "me parece bien la propuesta pero llega tarde"),
    (
        "comments",
        "El argumento del concejal no tiene mucho sentido si miras las cifras del año pasado.",
    ),
    (
        "comments",
        "Gracias por el artículo, me ha ayudado a entender cómo funciona la nueva ayuda al alquiler.",
    ),
    (
        "comments",
        "Con todo el respeto, creo que el autor confunde correlación con causalidad en la segunda parte del texto.",
    ),
    (
        "comments",
        "Yo votaría en contra de la ampliación del aeropuerto, pero entiendo a quien la defiende.",
    ),
    ("comments", "Demasiado optimista el editorial, la economía no va tan bien en los pueblos."),
    (
        "comments",
        "Qué debate más interesante en los comentarios, da gusto leer opiniones tan distintas con educación.",
    ),
    ("comments", "la encuesta tiene una muestra muy pequeña, yo no sacaría conclusiones"),
    (
        "comments",
        "Esa ley tiene cosas buenas y cosas malas; lo de los plazos, por ejemplo, no me convence.",
    ),
    ("comments", "Sería bueno que el periódico publicara también la respuesta de la empresa."),
]


# --- second held-out part -----------------------------------------------------------------
# Frames used in no other part; groups: four shared (gays, judíos, gitanos, musulmanes),
# ten new to both earlier parts.

_HELDOUT2_GROUPS = [
    _G("los colombianos", "colombianos", "colombiano", False),
    _G("las personas no binarias", "personas no binarias", "persona no binaria", True),
    _G("los argelinos", "argelinos", "argelino", False),
    _G("los gays", "gays", "gay", False),
    _G("las personas ciegas", "personas ciegas", "persona ciega", True),
    _G("los dominicanos", "dominicanos", "dominicano", False),
    _G("los judíos", "judíos", "judío", False),
    _G("los hindúes", "hindúes", "hindú", False),
    _G("las personas autistas", "personas autistas", "persona autista", True),
    _G("los gitanos", "gitanos", "gitano", False),
    _G("los hombres trans", "hombres trans", "hombre trans", False),
    _G("los senegaleses", "senegaleses", "senegalés", False),
    _G("los musulmanes", "musulmanes", "musulmán", False),
    _G("los peruanos", "peruanos", "peruano", False),
]

_H2_DEROGATION: list[_Frame] = [
    lambda g: f"Sinceramente, {g.los} me repugnan.",
    lambda g: f"Cuanto más conozco a {g.los}, más l{g.a('os', 'as')} aborrezco.",
    lambda g: (
        f"¿Soy la única que piensa que {g.los} son {g.a('unos miserables', 'unas miserables')}?"
    ),
    lambda g: (
        f"A mí que no me vengan con cuentos: {g.los} son gentuza, no tienen modales, "
        "no respetan nada y traen problemas allá donde van."
    ),
    lambda g: _plain(f"no aguanto a {g.los} ni en pintura, gente repugnante"),
    lambda g: f"Pocas cosas hay más despreciables que {g.a('un', 'una')} {g.sg} 😒",
]

_H2_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Los} son un virus que se propaga por todo el país.",
    lambda g: f"Lo de {g.los} es una infestación, como las chinches.",
    lambda g: f"{g.Los} viven como cerdos y huelen igual 🐖",
    lambda g: _plain(f"{g.los} son sanguijuelas, chupan y chupan y no dan nada"),
    lambda g: (
        f"{g.Los} no son más que una manada de carroñeros dando vueltas por el barrio "
        "a ver qué pillan."
    ),
]

_H2_THREAT: list[_Frame] = [
    lambda g: f"Esta noche vamos a quemarles el local a {g.los}.",
    lambda g: f"{g.Los} deberían ir al paredón, sin juicio ni nada.",
    lambda g: (
        f"Tengo preparada la navaja para {g.a('el próximo', 'la próxima')} {g.sg} que me mire mal 🔪"
    ),
    lambda g: _plain(f"a ver si alguien les pega un tiro a {g.los} de una vez"),
    lambda g: (
        f"Apuntad dónde se juntan {g.los}: el sábado vamos en grupo y no va a quedar nadie en pie."
    ),
    lambda g: f"Un buen escarmiento a palos es lo que necesitan {g.los}, y se lo vamos a dar.",
]

_H2_NEGATED: list[_Frame] = [
    lambda g: f"Que quede claro: {g.los} no me repugnan en absoluto.",
    lambda g: f"En la vida se me ocurriría amenazar {g.a('a un', 'a una')} {g.sg}.",
    lambda g: _plain(f"q va, {g.los} no son ningun virus ni nada parecido"),
    lambda g: (
        f"Por mucho que lo repitan algunos, {g.los} no son gentuza ni traen problemas; "
        "son gente normal con su vida."
    ),
    lambda g: f"Ni odio ni desprecio a {g.los}, ni lo he hecho nunca.",
]

_H2_COUNTER: list[_Frame] = [
    lambda g: f"Llamar sanguijuelas a {g.los} no es opinar, es deshumanizar.",
    lambda g: (
        f"En el grupo del barrio alguien ha puesto que «{g.los} deberían ir al paredón». "
        "Lo hemos expulsado y hemos hecho captura para denunciarlo."
    ),
    lambda g: _plain(f"el tuit ese de que {g.los} son un virus es odio puro y duro, reportadlo"),
    lambda g: f"No, {g.los} no «huelen» a nada. Ese comentario es asqueroso y lo sabes.",
    lambda g: (
        f"El profe nos ha puesto ejemplos de bulos sobre {g.los} para aprender a desmontarlos, "
        "y da miedo lo que circula por ahí."
    ),
]

_H2_NEUTRAL: list[_Frame] = [
    lambda g: f"El censo municipal incluye por primera vez datos sobre {g.los}.",
    lambda g: f"Mi vecino de abajo colabora con una ONG que trabaja con {g.bare}.",
    lambda g: _plain(f"alguien tiene el podcast ese sobre {g.los} q salio ayer?"),
    lambda g: (
        f"La exposición del museo dedica una sala entera a {g.los} y a su presencia en "
        "la ciudad desde hace décadas."
    ),
]

_H2_POSITIVE: list[_Frame] = [
    lambda g: f"Mis mejores recuerdos del instituto son con {g.los} de mi clase, qué gente.",
    lambda g: f"{g.Los} hacen esta ciudad más rica, más abierta y más divertida 🌍",
    lambda g: _plain(
        f"orgullo de tener {g.a('compañeros', 'compañeras')} {g.bare} en el equipo, son unos cracks"
    ),
    lambda g: f"Un aplauso enorme para {g.los} que sacan adelante el comedor social cada día.",
]

_H2_SLUR = [
    "Eh, sudaca, a limpiar baños que es lo tuyo.",
    "Puto marica, te espero a la salida.",
    "Ese retrasado no debería estar en mi clase.",
    "Fuera de aquí, moraco, que apestas.",
    "Los perucas del centro son todos unos ladrones.",
    "A la calle el negrito ese, que no queremos monos aquí.",
    "Maricona de mierda, deja de pintarte las uñas.",
    "Judío rata, siempre contando monedas.",
    "Qué pintas lleva la camionera esa, da asco.",
    "El cegato ese no debería ni cruzar la calle.",
    "A ver si la panchita del súper aprende a hablar.",
    "Otro moraco en el parque, esto ya es Marruecos.",
    "los retrasados a un centro y que no molesten",
    "Calladita estás más guapa, puta.",
    "Ese amariconado no juega en nuestro equipo.",
    "Otro gitanazo robando cobre en la vía, cómo no.",
]

_H2_SPELLING = [
    "l0s c0l0mbian0s son todos narc0s",
    "los a r g e l i n o s son una infestacion",
    "los dominicanos son cerdossss 🐖",
    "Hay q pegarle un tiro a los hindu3s",
    "las personas no binarias son enfermasss",
    "los s3n3gal3s3s son carroñeros",
    "g.i.t.a.n.o.s = ladrones",
    "judi0s sanguijuelas",
    "los ombres trans son unas aberraciones",
    "los peruanos a la mierdaaaa",
    "M-U-S-U-L-M-A-N-E-S fuera de mi barrio",
    "l0s ci3g0s son un lastre",
    "los autitas no deberian tener derechos",
    "los g4ys son una enfermedad",
    "mor4c0s d3 m13rd4",
    "Los sudakas son escoria.",
]

_H2_NON_PROTECTED = [
    "Sinceramente, los anuncios de YouTube me repugnan.",
    "Las chinches son una infestación, hay que quemar el colchón.",
    "Esta noche vamos a acabar con las botellas que sobraron de la boda 🍾",
    "El nuevo horario del metro es un virus que nos amarga la vida a todos.",
    "Los jabalíes del monte son una plaga, ya han destrozado tres huertos.",
    "no aguanto el autotune ni en pintura",
    "Los tertulianos de la tele son unos miserables, viven de crispar.",
    "Las ruedas de prensa del seleccionador son un insulto a la inteligencia.",
    "Las gaviotas del puerto son carroñeras, me han robado el bocata.",
    "La tasa turística es una sanguijuela para los que vivimos aquí.",
    "A ese procesador de textos le pegaba yo un tiro, se cuelga cada cinco minutos.",
    "Los del Valencia son unos paquetes, no marcan ni a puerta vacía 😂",
    "Las cookies de todas las webs me tienen frita, qué despreciable invento.",
    "El peaje de la autopista es un robo a mano armada.",
    "Los patinetes en la acera deberían ir al desguace, todos.",
    "Las cucarachas voladoras son lo más asqueroso del verano.",
]

_H2_ABUSE_INDIVIDUAL = [
    "Eres un cantamañanas, nunca haces lo que dices.",
    "Qué gañán eres, tío, ni das las gracias.",
    "Mi cuñado es un listillo insoportable.",
    "Eres un memo, te lo digo con cariño y sin cariño.",
    "la de contabilidad es una trepa de manual",
    "Eres un cafre, has roto la mesa de la terraza.",
    "Deja de hacer el ridículo, mamarracho.",
    "Eres una víbora, siempre hablando mal de todas a sus espaldas.",
    "Qué mequetrefe, se cree el dueño de la oficina.",
    "Tu primo es un tarugo, le explicas algo tres veces y nada.",
    "Eres un rácano de narices, ni un café has pagado en un año.",
    "menudo fantasma estás hecho, nadie se cree tus historias",
]

_H2_PROFANITY = [
    "Hostia, qué temporal, se ha volado la sombrilla.",
    "Joder, qué gusto da la ducha después del partido.",
    "Puta madre la tarta de queso de tu madre.",
    "coño ya he terminado la mudanza por fin",
    "Me cago en la leche, se ha ido la luz en mitad de la peli.",
    "Mierda, he dejado el pan en el horno demasiado rato.",
    "Qué cojones, el bus ha llegado puntual por una vez.",
    "Hostia puta, qué gol de chilena 😱",
    "Joder, qué bien sienta un vermú al sol.",
    "A la mierda la dieta, hoy toca churros.",
    "Coño, me ha tocado la pedrea de Navidad.",
    "Me cago en la hostia, se me ha borrado el documento entero.",
]

_H2_RECLAIMED = [
    "Nosotras las bolleras montamos la mejor fiesta del Orgullo, que lo sepáis.",
    "Marica, te he guardado sitio en primera fila 💅",
    "Somos cuatro maricas en un piso compartido y nos va de maravilla.",
    "Vaya bollera más elegante estás hecha, tía 😍",
    "mi grupo de maricas favorito se reune hoy en el bar de siempre",
]

FUNCTIONAL_HELDOUT2: list[tuple[str, bool, str]] = [
    *_fill("derogation", True, _H2_DEROGATION, _HELDOUT2_GROUPS, 5),
    *_fill("dehumanisation", True, _H2_DEHUMANISATION, _HELDOUT2_GROUPS, 5),
    *_fill("threat", True, _H2_THREAT, _HELDOUT2_GROUPS, 5),
    *(("slur", True, t) for t in _H2_SLUR),
    *(("spelling_variation", True, t) for t in _H2_SPELLING),
    *_fill("negated_hate", False, _H2_NEGATED, _HELDOUT2_GROUPS, 4),
    *_fill("counter_speech", False, _H2_COUNTER, _HELDOUT2_GROUPS, 5),
    *_fill("identity_neutral", False, _H2_NEUTRAL, _HELDOUT2_GROUPS, 5),
    *_fill("identity_positive", False, _H2_POSITIVE, _HELDOUT2_GROUPS, 5),
    *(("non_protected_target", False, t) for t in _H2_NON_PROTECTED),
    *(("abuse_individual", False, t) for t in _H2_ABUSE_INDIVIDUAL),
    *(("nonabusive_profanity", False, t) for t in _H2_PROFANITY),
    *(("reclaimed_slur", False, t) for t in _H2_RECLAIMED),
]

EVERYDAY_HELDOUT2: list[tuple[str, str]] = [
    ("farewell_plan", "Me bajo en la siguiente, te veo en la taquilla del ferry."),
    ("farewell_plan", "bueno me largo, mañana en el gym a las 7 no me falles"),
    ("farewell_plan", "Te dejo, que entro al dentista. Luego hablamos 👋"),
    (
        "farewell_plan",
        "El domingo salimos temprano hacia la sierra; te busco en la gasolinera de la rotonda sobre las ocho, lleva bocadillos.",
    ),
    ("farewell_plan", "Nos vemos en la feria, estaré en la caseta de mi peña."),
    ("farewell_plan", "chao pescao, a la vuelta te llamo"),
    ("farewell_plan", "Te encuentro en la biblioteca, en la mesa del fondo junto a la ventana."),
    ("farewell_plan", "Que vaya genial la entrevista. Esta noche me cuentas con una cerveza."),
    ("farewell_plan", "Cuando aterrices mándame un audio y te espero en la terminal 4."),
    ("farewell_plan", "Me retiro ya, mañana madrugo. Un beso a los peques."),
    ("farewell_plan", "te pillo en el chiringuito de siempre cuando acabes de surfear"),
    (
        "farewell_plan",
        "Al final no puedo comer con vosotros, pero me acerco al café y os busco en la terraza de la esquina.",
    ),
    ("farewell_plan", "Hasta la vuelta, y no te olvides de traerme turrón de Jijona."),
    ("chat", "¿Alguien sabe a qué hora empieza la cabalgata?"),
    ("chat", "mi perra se ha comido un calcetin entero, ya esta bien pero q susto"),
    ("chat", "Tengo el salón lleno de cajas, la mudanza me está superando."),
    ("chat", "Hoy he visto un atardecer desde la azotea que no te imaginas 🌅"),
    ("chat", "jajaja el audio de tu tía es lo mejor del día"),
    (
        "chat",
        "Estoy haciendo un puzle de mil piezas con mi padre y llevamos tres tardes con el cielo, que es todo azul igual.",
    ),
    ("chat", "Oye, ¿te acuerdas del nombre del bar de tapas de Cádiz?"),
    ("chat", "He suspendido el teórico por un fallo, qué rabia."),
    ("chat", "me he hecho un flequillo y no se si me arrepiento"),
    ("chat", "Mi sobrino ya gatea y lo persigue todo, hasta al gato."),
    ("chat", "Este año me apunto al Camino de Santiago, ¿alguien se viene?"),
    ("chat", "Ya han florecido los almendros del pueblo, qué bonito está todo."),
    ("chat", "pasame la receta de las torrijas porfa"),
    ("support", "Hola, el paquete lleva una semana en aduanas, ¿sabéis algo?"),
    ("support", "No me llega el SMS de verificación para entrar en la banca online."),
    ("support", "quiero cambiar la talla del abrigo, como lo hago?"),
    (
        "support",
        "Buenas, contraté el plan familiar pero solo aparecen dos líneas de las cuatro. ¿Podéis revisarlo, por favor?",
    ),
    ("support", "La impresora que me enviasteis no reconoce los cartuchos originales."),
    ("support", "¿Hay alguna forma de pedir cita previa por teléfono en lugar de por la web?"),
    (
        "support",
        "Me han puesto una penalización por devolver el coche de alquiler con el depósito lleno, no lo entiendo.",
    ),
    ("support", "hola, se me ha bloqueado la tarjeta del transporte, la recargue ayer"),
    ("support", "Quisiera saber si el seguro del hogar cubre una fuga del vecino de arriba."),
    (
        "support",
        "El horno hace un ruido muy raro desde que lo instalaron, ¿viene alguien a mirarlo?",
    ),
    ("support", "Me ha llegado la nevera con un golpe en la puerta, adjunto fotos."),
    ("support", "¿Cuándo vuelve a haber stock de la talla 42?"),
    (
        "support",
        "Buenos días, necesito el certificado de retenciones del año pasado para la declaración y no lo encuentro en el área de cliente.",
    ),
    ("review", "Los churros de este puesto, crujientes y sin aceite, de diez."),
    ("review", "la camiseta encogio en el primer lavado, no la compreis"),
    ("review", "Gran museo, aunque las audioguías se quedan sin batería enseguida."),
    (
        "review",
        "Cenamos en la terraza con vistas al puerto y el arroz negro estaba de lujo; el servicio, algo lento pero amable.",
    ),
    ("review", "El colchón es firme pero cómodo, por fin duermo del tirón."),
    ("review", "Buen fisio, en dos sesiones me quitó el dolor de espalda."),
    ("review", "La app del banco es un lío, no hay quien encuentre las transferencias."),
    ("review", "El camping está bien situado, pero los baños dejaban que desear."),
    ("review", "Muy recomendable la ruta en kayak, el guía majísimo 🚣"),
    ("review", "la freidora de aire es un invento, la uso a diario"),
    ("review", "Libro flojo, el final se ve venir desde la página veinte."),
    ("review", "El pulpo a feira estaba en su punto, y el ribeiro de la casa, rico."),
    (
        "review",
        "Tres semanas para arreglar una persiana, y encima cobrándome el desplazamiento dos veces.",
    ),
    ("sports_gaming", "Les hemos pasado por encima, 4-0 al descanso."),
    ("sports_gaming", "Qué clutch en la última ronda, 1 contra 4 🔥"),
    ("sports_gaming", "El portero ha matado todas las ocasiones, no había manera."),
    ("sports_gaming", "q manera de farmear, ya voy nivel 60"),
    (
        "sports_gaming",
        "Nos han machacado en el torneo de baloncesto, pero el año que viene volvemos.",
    ),
    (
        "sports_gaming",
        "Anoche en la partida el francotirador enemigo nos barrió a los cinco desde la torre, tuvimos que cambiar de estrategia.",
    ),
    ("sports_gaming", "El Athletic ha tumbado al líder en San Mamés."),
    ("sports_gaming", "Me he pasado el Elden Ring por fin, qué jefe final más bestia."),
    ("sports_gaming", "Esa volea ha sido un misil, el portero ni la ha visto."),
    ("sports_gaming", "hoy partido de pádel, preparaos que vamos a por todas"),
    ("sports_gaming", "Nos han eliminado en penaltis, qué drama."),
    ("sports_gaming", "Le he metido un combo al final que lo he dejado KO en dos segundos."),
    ("sports_gaming", "El ciclista ha reventado al pelotón en el último puerto."),
    ("figurative_violent", "Me has matado con ese chiste, no puedo parar de reír."),
    ("figurative_violent", "Hay que cargarse esa columna de la hoja de cálculo, sobra."),
    ("figurative_violent", "El sol de mediodía hoy es asesino, ponte crema."),
    ("figurative_violent", "voy a matar la tarde viendo series"),
    ("figurative_violent", "La jefa ha fusilado mi presentación a correcciones, todo en rojo."),
    (
        "figurative_violent",
        "El fotógrafo de la boda estuvo disparando ráfagas en el baile y salieron fotos buenísimas.",
    ),
    ("figurative_violent", "Esa canción me mata, la pongo en bucle."),
    ("figurative_violent", "He asesinado la planta del salón, se me olvidó regarla un mes."),
    ("figurative_violent", "Me ha reventado la cabeza la peli, qué giro al final."),
    ("figurative_violent", "Hay que matar el servicio de la base de datos y arrancarlo de nuevo."),
    ("figurative_violent", "Estoy muerta después de la boda, he bailado seis horas."),
    ("figurative_violent", "El cómico ha arrasado, la sala entera llorando de risa."),
    ("figurative_violent", "Este café está que mata, ¿de dónde es?"),
    ("identity_positive", "Feliz Navidad ortodoxa a mis compañeros rumanos y ucranianos 🎄"),
    ("identity_positive", "Mi amiga ciega me ha enseñado a leer un poco en braille, qué pasada."),
    (
        "identity_positive",
        "El mercado dominicano del sábado tiene el mejor mofongo que he probado.",
    ),
    ("identity_positive", "Enhorabuena a mi prima Lucía y a su novia por el piso nuevo 🏡"),
    (
        "identity_positive",
        "En el cole de mi hija celebraron el Año Nuevo lunar con farolillos que hicieron los niños chinos y sus familias, precioso.",
    ),
    ("identity_positive", "feliz Holi a los vecinos indios, menuda fiesta de colores 🎨"),
    ("identity_positive", "Mi compañero es no binario y es el mejor diseñador del estudio."),
    ("identity_positive", "La asociación de mujeres gitanas del barrio ha abierto una biblioteca."),
    (
        "identity_positive",
        "Eid Mubarak a todos los amigos musulmanes, que lo disfrutéis con la familia.",
    ),
    ("identity_positive", "Mi hermano es autista y hoy ha dado su primer concierto de piano 🎹"),
    ("identity_positive", "Qué bonito ver al equipo femenino llenar el estadio."),
    (
        "identity_positive",
        "gracias a la familia senegalesa de al lado por el thieboudienne, estaba brutal",
    ),
    (
        "identity_positive",
        "En la sinagoga de la calle Balmes hacen visitas guiadas, muy recomendable.",
    ),
    ("comments", "Entiendo la medida, pero debería ir acompañada de más autobuses."),
    ("comments", "no se de donde salen esas cifras, el ine dice otra cosa"),
    ("comments", "Muy buen hilo, me ha aclarado lo de la hipoteca variable."),
    (
        "comments",
        "Creo que el reportaje se queda corto: no habla de los alquileres turísticos, que son la mitad del problema en el centro.",
    ),
    ("comments", "Discrepo, el carril bici de la avenida ha funcionado bastante bien."),
    ("comments", "La foto no corresponde con el texto de la noticia, ojo."),
    ("comments", "Me gustaría ver el debate con más expertos y menos tertulianos."),
    ("comments", "Propuesta interesante, aunque dudo que se apruebe este año."),
    ("comments", "El columnista tiene razón en el diagnóstico, pero no en la solución."),
    ("comments", "ojala publiquen el presupuesto detallado de las obras"),
    (
        "comments",
        "No me parece mal subir la tasa de basuras si se nota en la limpieza, pero de momento no se nota nada.",
    ),
    ("comments", "Corrijo un dato: el puente se inauguró en 1992, no en 1995."),
    ("comments", "Buena entrevista, aunque le faltó repreguntar sobre la sanidad."),
]
