# ruff: noqa: E501
"""Spanish (es): a third held-out part (never trained on), written from the train and first
held-out parts only, for variety: implicit hate without slurs (stereotypes stated as fact,
exclusion, "send them back", conspiracy claims, demeaning jokes), hate at the end of longer
everyday posts, threats as wishes, conditionals, calls to action and veiled warnings, short
posts, questions, sarcasm, emoji and typos; hard negatives in the same registers (varied
negation, strong positive identity statements, neutral facts, counter-speech that quotes
hate, the same frames at non-protected targets, reclaimed in-group use) and everyday lines
in new situations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group with the forms the frames need."""

    los: str  # plural with article: "los gitanos", "las mujeres"
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

    @property
    def ellos(self) -> str:
        return "ellas" if self.fem else "ellos"

    def a(self, masc: str, fem: str) -> str:
        return fem if self.fem else masc


_Frame = Callable[[_G], str]
_ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ¿¡", "aeiouuAEIOUU  ")


def _plain(text: str) -> str:
    """Typed the quick way: no accents, no opening marks (ñ kept), lower case."""
    return " ".join(text.translate(_ACCENTS).lower().split())


def _build(
    name: str, flag: bool, frames: list[tuple[_Frame, tuple[_G, ...]]]
) -> list[tuple[str, bool, str]]:
    """Each frame is filled with its own (at most three) groups."""
    return [(name, flag, frame(g)) for frame, groups in frames for g in groups]


def _lines(name: str, flag: bool, texts: list[str]) -> list[tuple[str, bool, str]]:
    return [(name, flag, t) for t in texts]


# --- protected groups ----------------------------------------------------------------------

_MUJ = _G("las mujeres", "mujeres", "mujer", True)
_GAY = _G("los gays", "gays", "gay", False)
_LES = _G("las lesbianas", "lesbianas", "lesbiana", True)
_TRA = _G("las personas trans", "personas trans", "persona trans", True)
_MTR = _G("las mujeres trans", "mujeres trans", "mujer trans", True)
_BIS = _G("los bisexuales", "bisexuales", "bisexual", False)
_JUD = _G("los judíos", "judíos", "judío", False)
_MUS = _G("los musulmanes", "musulmanes", "musulmán", False)
_EVA = _G("los evangélicos", "evangélicos", "evangélico", False)
_TJ = _G("los testigos de Jehová", "testigos de Jehová", "testigo de Jehová", False)
_GIT = _G("los gitanos", "gitanos", "gitano", False)
_MAR = _G("los marroquíes", "marroquíes", "marroquí", False)
_NEG = _G("los negros", "negros", "negro", False)
_INM = _G("los inmigrantes", "inmigrantes", "inmigrante", False)
_LAT = _G("los latinos", "latinos", "latino", False)
_RUM = _G("los rumanos", "rumanos", "rumano", False)
_CHI = _G("los chinos", "chinos", "chino", False)
_ARG = _G("los argelinos", "argelinos", "argelino", False)
_SEN = _G("los senegaleses", "senegaleses", "senegalés", False)
_PAK = _G("los paquistaníes", "paquistaníes", "paquistaní", False)
_ECU = _G("los ecuatorianos", "ecuatorianos", "ecuatoriano", False)
_VEN = _G("los venezolanos", "venezolanos", "venezolano", False)
_REF = _G("los refugiados", "refugiados", "refugiado", False)
_AFR = _G("los africanos", "africanos", "africano", False)
_DOM = _G("los dominicanos", "dominicanos", "dominicano", False)
_DIS = _G(
    "las personas con discapacidad",
    "personas con discapacidad",
    "persona con discapacidad",
    True,
)
_SOR = _G("las personas sordas", "personas sordas", "persona sorda", True)
_AUT = _G("las personas autistas", "personas autistas", "persona autista", True)
_DWN = _G(
    "las personas con síndrome de Down",
    "personas con síndrome de Down",
    "persona con síndrome de Down",
    True,
)

# --- flagged: derogation (implicit, no slur, stereotypes as fact, exclusion, jokes) ------------

_DEROGATION: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: f"A {g.los} no les dejaría ni adoptar niños ni dar clase en un colegio.",
        (_GAY, _TRA, _LES),
    ),
    (
        lambda g: f"Donde se instalan {g.los}, el barrio se degrada en dos años. Es ley de vida.",
        (_GIT, _PAK, _DOM),
    ),
    (
        lambda g: f"{g.Los} no se integran ni quieren integrarse, eso está más que demostrado.",
        (_MUS, _RUM, _CHI),
    ),
    (
        lambda g: f"Todo está planeado: traen a {g.los} para sustituirnos poco a poco.",
        (_AFR, _MUS, _INM),
    ),
    (
        lambda g: (
            f"Detrás de cada crisis aparecen siempre {g.los} moviendo los hilos. ¿Casualidad? No creo."
        ),
        (_JUD, _CHI, _EVA),
    ),
    (
        lambda g: (
            f"¿Sabéis por qué {g.los} no juegan al escondite? Porque nadie se molestaría en buscar{g.pro} 😂"
        ),
        (_GIT, _SEN, _DIS),
    ),
    (
        lambda g: (
            f"Esta mañana en el autobús de la línea 5 iba todo tranquilo hasta que se {g.a('subieron unos cuantos', 'subieron unas cuantas')} {g.bare}. "
            f"Gritos y cero educación. Luego dicen que somos racistas, pero es que {g.los} no saben vivir en sociedad."
        ),
        (_LAT, _MAR, _RUM),
    ),
    (
        lambda g: (
            "Leo en el periódico que el ayuntamiento va a dar ayudas para el alquiler. Ya sabemos quién se las va a llevar: "
            f"{g.los}, como siempre, mientras los de aquí no llegamos a fin de mes."
        ),
        (_GIT, _MAR, _REF),
    ),
    (
        lambda g: (
            "Partidazo ayer, remontada en el último minuto y la grada a tope. Lo único malo, "
            f"{g.a('el grupito', 'el grupito')} de {g.bare} de la fila de atrás: gente así no debería ni poder entrar en un estadio."
        ),
        (_NEG, _GAY, _ARG),
    ),
    (
        lambda g: (
            f"Claro, claro, {g.los} son un ejemplo de civismo… por eso hay que agarrar bien el bolso cuando pasan 🙄"
        ),
        (_GIT, _RUM, _ECU),
    ),
    (
        lambda g: f"¿Alguien me explica para qué sirven {g.los}? Aparte de cobrar ayudas, digo.",
        (_INM, _DIS, _REF),
    ),
    (
        lambda g: f"Con {g.los} no se puede razonar, lo llevan en la sangre.",
        (_MAR, _GIT, _ARG),
    ),
    (lambda g: f"Mi norma es sencilla: a {g.los}, ni agua.", (_VEN, _PAK, _MUS)),
    (
        lambda g: f"Yo mi piso no se lo alquilo a {g.bare}, que luego pasa lo que pasa.",
        (_MAR, _NEG, _GIT),
    ),
    (lambda g: f"Cero {g.bare} en mi empresa, gracias.", (_MUS, _MTR, _SEN)),
    (
        lambda g: _plain(
            f"no es odio es estadistica: {g.los} son {g.a('los', 'las')} que mas roban, punto"
        ),
        (_RUM, _LAT, _ARG),
    ),
    (
        lambda g: (
            f"Dar la nacionalidad a {g.los} fue el mayor error de este país. Habría que quitársela."
        ),
        (_MAR, _ECU, _DOM),
    ),
    (
        lambda g: f"Que se vuelvan {g.todos} a su país y nos dejen en paz.",
        (_VEN, _CHI, _SEN),
    ),
    (
        lambda g: (
            f"Mandadlos de vuelta. A {g.todos}. Sin excepciones y sin lágrimas."
            if not g.fem
            else f"Mandadlas de vuelta. A {g.todos}. Sin excepciones y sin lágrimas."
        ),
        (_AFR, _PAK, _INM),
    ),
    (
        lambda g: (
            f"Lo de {g.los} es una moda que se han inventado para llamar la atención, nada más."
        ),
        (_TRA, _BIS, _AUT),
    ),
    (
        lambda g: f"No es homofobia, es que {g.los} dan mal ejemplo a los niños y punto.",
        (_GAY, _LES, _MTR),
    ),
    (
        lambda g: f"Yo no quiero {g.a('a un', 'a una')} {g.sg} de jefe ni regalado.",
        (_NEG, _GIT, _MUS),
    ),
    (
        lambda g: (
            f"Seguro que {g.los} también se van a quejar de esto, como de todo. Siempre de víctimas 🙄"
        ),
        (_JUD, _MTR, _GIT),
    ),
    (
        lambda g: (
            f"Nota mental: nunca dejar entrar a {g.los} en la urbanización. Luego no hay quien {g.pro} saque."
        ),
        (_GIT, _LAT, _AFR),
    ),
]

_DEROGATION_LINES = [
    "Las mujeres no deberían votar, deciden con el corazón y no con la cabeza.",
    "Una mujer al volante es un peligro público, eso está más que comprobado.",
    "Las mujeres, en casa cuidando de los niños, que es lo suyo.",
    "Que los gays puedan adoptar debería ser ilegal, un niño necesita una familia normal.",
    "Ser gay es una enfermedad y con buena terapia se cura.",
    "Lo trans es un invento de la agenda globalista para confundir a los críos.",
    "A las lesbianas lo que les pasa es que no han conocido a un hombre de verdad.",
    "Los niños con discapacidad deberían ir a centros aparte para no retrasar a los demás.",
    "Los judíos controlan los bancos y los medios. Abre los ojos.",
    "El Holocausto está muy exagerado, pregúntate a quién le conviene esa historia.",
    "Un musulmán nunca será un buen español, su lealtad está con la mezquita.",
    "¿Un presidente negro en España? Antes me voy del país.",
    "Los chinos comen cualquier cosa que se mueva, por eso pasó lo del virus.",
    "¿Gitanos trabajando? Eso no lo ha visto nadie 😂",
    "Las personas autistas no deberían tener hijos, es una irresponsabilidad.",
    "No es racismo, es sentido común: los barrios con muchos moros son los más peligrosos.",
    "Los bisexuales son unos viciosos que no saben lo que quieren.",
    "Con lo que cuesta un alumno con síndrome de Down se pagaban tres profesores más.",
    "Los latinos solo saben bailar y tener hijos, no les pidas más.",
    "Igualdad dicen… las mujeres lo que quieren es vivir del marido y luego de la pensión.",
    "los sordos q se queden en su mundo, no se xq tenemos q pagar interpretes",
    "Las mujeres trans son hombres con peluca, lo diga quien lo diga.",
    "¿Otra mezquita en el barrio? Lo siguiente es la sharía, ya veréis.",
    "Los evangélicos son todos unos fanáticos que lavan el cerebro a los pobres.",
    "Los testigos de Jehová son una secta de lavacerebros que dejan morir a sus propios hijos.",
]

# --- flagged: dehumanisation ---------------------------------------------------------------

_DEHUMANISATION: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: f"{g.Los} se multiplican como cucarachas en cuanto les das un piso.",
        (_GIT, _PAK, _AFR),
    ),
    (
        lambda g: (
            f"Cada vez que llega {g.un}, detrás vienen veinte más: {g.los} son como la humedad, se extienden por toda la pared."
        ),
        (_MAR, _CHI, _DOM),
    ),
    (
        lambda g: f"{g.Los} son la mala hierba de este país: arrancas una y salen diez.",
        (_INM, _MUS, _LAT),
    ),
    (
        lambda g: (
            f"Lo de {g.los} no es una comunidad, es una colonia de termitas comiéndose el barrio."
        ),
        (_SEN, _RUM, _JUD),
    ),
    (
        lambda g: f"{g.Los} tienen la misma capacidad de pensar que una cabra.",
        (_NEG, _DWN, _AUT),
    ),
    (
        lambda g: f"Un bloque lleno de {g.bare} no es un edificio, es una madriguera.",
        (_GIT, _ECU, _ARG),
    ),
    (
        lambda g: f"{g.Los} son un virus y Europa no tiene anticuerpos.",
        (_MUS, _AFR, _REF),
    ),
    (
        lambda g: f"{g.Los} no piensan, funcionan por instinto, como los perros.",
        (_NEG, _MUJ, _VEN),
    ),
    (
        lambda g: f"{g.Los} son carroña: viven de lo que dejan los demás.",
        (_GIT, _REF, _JUD),
    ),
    (
        lambda g: f"¿Personas? {g.Los} son sabandijas con DNI.",
        (_RUM, _MAR, _LAT),
    ),
    (
        lambda g: _plain(f"mirad a {g.los} del parque, parecen una piara revolcandose en el barro"),
        (_GIT, _SEN, _GAY),
    ),
    (
        lambda g: f"{g.Los} 🐀🐀🐀 y ya está, no hace falta decir más",
        (_CHI, _PAK, _JUD),
    ),
    (
        lambda g: (
            f"Fui al centro de salud y la sala de espera estaba llena de {g.bare}. No parecía un ambulatorio, parecía un corral."
        ),
        (_MAR, _LAT, _ECU),
    ),
]

_DEHUMANISATION_LINES = [
    "Las mujeres son ganado con el que hay que saber tratar: rienda corta.",
    "Los maricas son una enfermedad contagiosa, por eso hay tantos ahora.",
    "Los trans no son ni hombres ni mujeres, son engendros.",
    "Los negros del top manta son como moscas: espantas a uno y vuelven tres.",
    "Los refugiados son una marea negra que está ahogando las costas de Europa.",
    "Los gitanos son una especie aparte, no evolucionaron como el resto.",
    "Lo de los discapacitados en los pisos tutelados es un criadero, no una residencia.",
    "los moros son cabras con chilaba",
    "Un judío es un gusano con cartera, ni más ni menos.",
    "Los chinos son robots sin alma, solo saben trabajar y reproducirse.",
]

# --- flagged: threats (wishes, conditionals, calls, veiled) -----------------------------------

_THREAT: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: f"Ojalá se hunda la próxima patera llena de {g.bare}.",
        (_AFR, _MAR, _ARG),
    ),
    (
        lambda g: f"Ojalá les pase algo a {g.los} de la plaza, a ver si así se largan de una vez.",
        (_GIT, _LAT, _PAK),
    ),
    (
        lambda g: f"Como {g.los} sigan viniendo a mi calle, va a correr la sangre.",
        (_MAR, _RUM, _SEN),
    ),
    (
        lambda g: (
            f"Hay que salir a la calle y echar a {g.los} a palos, esto ya no se arregla hablando."
        ),
        (_INM, _MUS, _GIT),
    ),
    (
        lambda g: (
            f"Alguien debería darles un buen escarmiento a {g.los} del local de la esquina. Uno que no olviden."
        ),
        (_GAY, _MUS, _CHI),
    ),
    (
        lambda g: (
            f"Sabemos dónde se reúnen {g.los} los viernes. Ya veremos cuánto les dura la tranquilidad."
        ),
        (_JUD, _LES, _EVA),
    ),
    (
        lambda g: (
            f"Tenemos fotos de {g.los} del tercero y sabemos a qué hora salen. Solo digo eso."
        ),
        (_MAR, _TRA, _NEG),
    ),
    (lambda g: f"A por {g.los}. Esta noche.", (_GIT, _GAY, _MUS)),
    (lambda g: f"¿Cuándo salimos a cazar {g.bare}?", (_NEG, _MAR, _MTR)),
    (
        lambda g: (
            "Vengo del partido del crío, todo bien, los niños jugando y tal. Pero en la grada había una familia de "
            f"{g.bare} y os juro que me entraron ganas de reventarles la cabeza a {g.a('todos', 'todas')}. Un día lo hago."
        ),
        (_GIT, _ECU, _NEG),
    ),
    (
        lambda g: (
            f"Leo que van a abrir un centro para {g.bare} al lado del cole de mis hijos. Pues aviso: el día que lo abran, "
            "le prendemos fuego, con gente dentro o sin ella."
        ),
        (_REF, _INM, _DIS),
    ),
    (lambda g: f"{g.Los} a la hoguera 🔥🔥", (_JUD, _TRA, _BIS)),
    (lambda g: f"Que se mueran {g.los}, y cuanto antes mejor.", (_GIT, _MUS, _LES)),
    (
        lambda g: (
            f"Si ves a {g.un} sola por la calle, ya sabes lo que tienes que hacer. Corre la voz."
            if g.fem
            else f"Si ves a {g.un} solo por la calle, ya sabes lo que tienes que hacer. Corre la voz."
        ),
        (_MTR, _GAY, _MAR),
    ),
    (
        lambda g: (
            f"Qué bonito sería un apagón, un bidón de gasolina y {g.los} del bloque bien {g.a('juntitos', 'juntitas')} 😇"
        ),
        (_RUM, _GIT, _PAK),
    ),
    (
        lambda g: f"Voy a hacer que {g.los} de mi calle se arrepientan de haber nacido.",
        (_SEN, _VEN, _LES),
    ),
    (
        lambda g: _plain(
            f"el dia q se acabe la paciencia {g.los} van a salir de aqui con los pies por delante"
        ),
        (_MAR, _MUS, _CHI),
    ),
    (
        lambda g: (
            f"No voy a parar hasta que no quede {g.a('ni un', 'ni una')} {g.sg} en este pueblo. Por las malas."
        ),
        (_GIT, _NEG, _TRA),
    ),
    (
        lambda g: f"¿Y si les damos a {g.los} una noche que no olviden? Yo pongo los bates.",
        (_GAY, _LAT, _ARG),
    ),
]

_THREAT_LINES = [
    "Si mi hijo me sale maricón, lo echo de casa a hostias.",
    "Esa feminista que salía en la tele… ojalá se la encuentre alguien de noche.",
    "A la próxima mujer que me lleve la contraria en el curro le cruzo la cara.",
    "Pienso quemar la sinagoga de mi ciudad, que nadie diga que no avisé.",
    "Mezquita nueva, mezquita que arde. Es así de fácil.",
    "las bolleras del bar de abajo se van a llevar una sorpresa cuando cierren esta noche",
    "Un buen campo de trabajo para los gitanos, como en los buenos tiempos.",
    "Lo de Ceuta se arregla con la Legión disparando a los que saltan la valla.",
    "Me sé el colegio al que van los hijos de la familia senegalesa del quinto. Que no se confíen.",
    "Si la chica trans esa vuelve a entrar en el vestuario, sale en camilla.",
]

# --- flagged: slurs ------------------------------------------------------------------------

_SLUR = [
    "El paki de la tienda me ha vuelto a cobrar de más, ladrón como todos.",
    "Pakis fuera del barrio.",
    "¿Y este sudaca qué pinta en mi terraza?",
    "Otro mena robando móviles en la playa, y luego dicen que son niños.",
    "Menas a su país, ya.",
    "Moro, aquí no se reza.",
    "¿Tú qué miras, negrata?",
    "Maricón el último 🤮",
    "Qué pintas de maricón lleva el profe nuevo, a saber qué les enseña a los críos.",
    "La bollera de recursos humanos no me da las vacaciones, seguro que es por envidia.",
    "Travelo, en mi bar no entras.",
    "Ese mongolo no debería ni salir a la calle solo.",
    "no seas judio y paga la ronda, rata",
    "Callate zorra que las mujeres no pintais nada en esta conversacion",
    "La feminazi de mi clase ha vuelto a soltar su rollo, a ver si alguien la calla.",
    "Sudacas y moros, la misma mierda con distinto acento.",
    "El chinorri del bazar me mira raro cada vez que entro.",
    "Menudo subnormal, la silla de ruedas en medio del pasillo.",
    "¿Quién ha dejado entrar a la machorra esa en el vestuario?",
    "Panchitos, a la obra, que para eso os traen.",
    "Moromierda de la frutería, devuélveme el cambio.",
    "Otra vez los negratas vendiendo bolsos en la puerta del metro.",
    "mariconazo, te he visto con tu novio en el parque, ya hablaremos",
    "A ver si el retrasado de tu primo deja de babear en la mesa.",
    "Tortilleras en el equipo de fútbol de mi hija, lo que faltaba.",
    "Sarasa, ¿tú también vienes a la cena o prefieres ir al Orgullo?",
    "El negro ese del súper tiene cara de chorizo.",
    "La gitanilla de la esquina, echadla que nos roba a todos.",
    "Vaya mariposón el de la tele, qué asco me da.",
    "Judíos de mierda, siempre haciéndose las víctimas.",
]

# --- flagged: spelling variation -----------------------------------------------------------

_SPELLING = [
    "q devuelvan a t0d0s l0s m0r0s a su pais ya",
    "los gitan0s no trbajan ni lo aran nunca",
    "las mujeres no deverian votar, piensan con el kulo",
    "m4r1c0n3s a terapia de conversion",
    "ojala se hundan todas las pateras de s.u.b.s.a.h.a.r.i.a.n.o.s",
    "l0s jud1os mueven los hilos d todo",
    "ningun m u s u l m a n por mi calle",
    "esas b0ll3r4s no deverian adoptar",
    "Los sudakas nos kitan el curro y encima se kejan.",
    "los n3gr0s tienen el cerebro mas pekeño, es ciencia",
    "los chin0s comen ratas y perros puaj 🤮",
    "a los trav3los habria q prohibirles salir a la calle",
    "gitanos = ladron3s, siempre",
    "Mandad de vuelta a los rumanooos en el primer avion",
    "los refugi4d0s son una invasion, no personas",
    "que se muer4n las fem1nistas",
    "mong0l1c0s a un centro y q no salgan",
    "ls ecuatorianos son ganao pa la obra y poco mas",
    "los paki5 ap3stan a curry",
    "sabemos donde vive el m-a-r-i-c-o-n del 4 🙂",
    "no qiero ni un venezolan0 en mi empresa",
    "musulmanes t3rrorist4s tds",
    "los argelin0s son la pe0r escoria",
    "kemad la sinagoga",
    "Las mujeres trans son t1os disfrazad0s.",
    "los down no deverian ni exsistir",
    "l4tin0s fuera, esto es españa",
    "lxs bisexuales son unos guarr0s",
    "ke les den a los gays de la plaza, q se lo merecen",
    "l4s muj3r3s al fr3gad3r0",
]

# --- unflagged: negated hate ----------------------------------------------------------------

_NEGATED: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: (
            f"Es injusto decir que {g.los} no quieren trabajar; la mayoría madruga más que tú y que yo."
        ),
        (_GIT, _LAT, _MAR),
    ),
    (
        lambda g: f"No creo que {g.los} sean ningún problema para el barrio, la verdad.",
        (_PAK, _SEN, _REF),
    ),
    (lambda g: f"Nadie debería odiar a {g.los} por lo que son.", (_GAY, _JUD, _TRA)),
    (
        lambda g: f"Nunca he dicho ni diré que {g.los} sobren en este país.",
        (_INM, _MUS, _CHI),
    ),
    (
        lambda g: (
            f"Es falso que {g.los} vivan de ayudas: los datos de la Seguridad Social dicen justo lo contrario."
        ),
        (_INM, _RUM, _ECU),
    ),
    (
        lambda g: f"Ni se me pasa por la cabeza tratar mal a {g.un}.",
        (_DWN, _SOR, _BIS),
    ),
    (
        lambda g: f"No es que {g.los} no se integren, es que a menudo no les dejamos.",
        (_MAR, _GIT, _ARG),
    ),
    (lambda g: f"No hay nada malo en ser {g.sg}. Nada.", (_GAY, _LES, _BIS)),
    (
        lambda g: f"Yo no le deseo nada malo a {g.a('ningún', 'ninguna')} {g.sg}, nunca.",
        (_MUS, _MTR, _JUD),
    ),
    (
        lambda g: f"¿Que si me molestan {g.los}? Para nada, ni un poquito.",
        (_AFR, _DOM, _TRA),
    ),
    (
        lambda g: f"Que {g.los} sean minoría no les quita ni un solo derecho.",
        (_EVA, _TJ, _SOR),
    ),
    (
        lambda g: (
            f"No pienso reírme de chistes sobre {g.los}. No tienen gracia y nunca la han tenido."
        ),
        (_GIT, _AUT, _NEG),
    ),
    (
        lambda g: _plain(
            f"no es verdad q {g.los} sean mas {g.a('violentos', 'violentas')} q nadie, es un bulo"
        ),
        (_MAR, _LAT, _MTR),
    ),
]

_NEGATED_LINES = [
    "No, las mujeres no conducen peor. Las aseguradoras lo saben de sobra.",
    "Ser gay no es ninguna enfermedad ni nada que haya que curar.",
    "No conozco a nadie que crea de verdad que los judíos controlan los bancos, y menos mal.",
    "Yo no soy de esos que dicen «no soy racista, pero…». No soy racista y punto.",
    "Mis hijos no van a crecer pensando que los gitanos son ladrones, eso lo tengo claro.",
    "Jamás votaría a nadie que quiera echar a los inmigrantes.",
    "Que un niño tenga autismo no significa que no pueda ir a un colegio normal.",
    "No me parece mal que dos hombres adopten; me parece mal que un niño no tenga familia.",
    "Nadie en mi familia ha tenido nunca nada en contra de los musulmanes.",
    "no odio a nadie por su religion, ni a los judios ni a los musulmanes ni a nadie",
]

# --- unflagged: counter-speech ---------------------------------------------------------------

_COUNTER: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: (
            f"Un señor en el bus gritaba «que se vuelvan {g.los} a su país» y le contesté que eso es racismo y que se callara."
        ),
        (_MAR, _LAT, _CHI),
    ),
    (
        lambda g: (
            f"He visto el vídeo del tipo que dice que {g.los} se reproducen como ratas. Denunciado y bloqueado."
        ),
        (_GIT, _MUS, _AFR),
    ),
    (
        lambda g: (
            f"Comparar a {g.los} con cucarachas no es «decir las cosas claras», es deshumanizar."
        ),
        (_REF, _RUM, _PAK),
    ),
    (
        lambda g: (
            f"Cuando alguien empieza con «no tengo nada contra {g.los}, pero…», ya sabes lo que viene. No cuela."
        ),
        (_GAY, _GIT, _TRA),
    ),
    (
        lambda g: (
            f"El profe ha parado la clase cuando un alumno ha dicho que {g.los} no deberían poder votar. Bien por él."
        ),
        (_MUJ, _INM, _DIS),
    ),
    (
        lambda g: (
            f"Vuelven con el bulo de que traen a {g.los} para sustituirnos. Es una teoría conspirativa racista, no os la traguéis."
        ),
        (_AFR, _MUS, _LAT),
    ),
    (
        lambda g: (
            f"Reportad ese chiste sobre {g.los}: no es humor, es desprecio con risas enlatadas."
        ),
        (_GIT, _DWN, _JUD),
    ),
    (
        lambda g: (
            f"«Que se mueran {g.los}», ponía el comentario más votado. ¿En serio, gente? Qué asco de foro."
        ),
        (_TRA, _MUS, _BIS),
    ),
    (
        lambda g: (
            f"Mi abuelo decía que {g.los} eran {g.a('unos vagos', 'unas vagas')}. Lo quiero mucho, pero estaba equivocado."
        ),
        (_GIT, _MUJ, _ECU),
    ),
    (
        lambda g: _plain(
            f"las pintadas contra {g.los} del instituto ya estan denunciadas, tolerancia cero con el odio"
        ),
        (_GAY, _MAR, _NEG),
    ),
    (
        lambda g: (
            f"Si lees «{g.los} son un virus» en un grupo de WhatsApp, no lo reenvíes: denúncialo."
        ),
        (_MUS, _REF, _CHI),
    ),
]

_COUNTER_LINES = [
    "Eso de que «las mujeres al volante son un peligro» es un tópico machista sin ningún dato detrás.",
    "Un concejal ha dicho que «los menas son delincuentes». Son niños, y lo que dice él es odio.",
    "Me han llamado «sudaca» en el metro. Lo cuento porque no pienso callarme.",
    "Quien llama «moro» a su vecino para insultarle debería mirarse por dentro.",
    "Gritar «maricón» en un estadio no es folclore, es homofobia, y la Liga debería sancionarlo.",
    "Que a estas alturas alguien siga diciendo que el Holocausto es mentira me parece indignante.",
    "Decir que las personas trans «son una moda» borra a gente que lleva toda la vida luchando.",
    "He oído a una madre decir que los niños con síndrome de Down «retrasan la clase». No, señora.",
    "Lo de «los gitanos no trabajan» es un prejuicio de siglos; mi vecino Manuel es fontanero y madruga más que nadie.",
    "Borrad ya ese meme de «los chinos comen perros». No tiene gracia y es racista.",
]

# --- unflagged: identity neutral --------------------------------------------------------------

_NEUTRAL: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: (
            f"Según el INE, el número de {g.bare} empadronados en Madrid ha subido un 4 % este año."
        ),
        (_MAR, _VEN, _RUM),
    ),
    (
        lambda g: f"Esta tarde hay una mesa redonda con {g.bare} en el centro cívico, a las siete.",
        (_TRA, _SOR, _EVA),
    ),
    (
        lambda g: f"¿Alguien conoce alguna encuesta sobre {g.los} y el acceso a la vivienda?",
        (_LAT, _GIT, _DIS),
    ),
    (
        lambda g: (
            f"El manual de historia de cuarto dedica un capítulo entero a {g.los} en la España del siglo XX."
        ),
        (_JUD, _MUJ, _GIT),
    ),
    (
        lambda g: f"La radio ha entrevistado a tres {g.bare} sobre cómo ha cambiado su barrio.",
        (_CHI, _DOM, _GAY),
    ),
    (
        lambda g: _plain(
            f"pregunta para {g.los} del grupo: donde comprais la comida para las fiestas?"
        ),
        (_MUS, _JUD, _SEN),
    ),
]

_NEUTRAL_LINES = [
    "El Ramadán cambia de fecha cada año porque sigue el calendario lunar.",
    "Los gitanos llegaron a la península ibérica en el siglo XV.",
    "El 8 de abril es el Día Internacional del Pueblo Gitano.",
    "La lengua de signos española se reconoció por ley en 2007.",
    "España aprobó el matrimonio entre personas del mismo sexo en 2005.",
    "La comunidad china de Usera celebra el Año Nuevo con un desfile de dragones.",
    "En Ceuta y Melilla se celebra el Eid al-Adha como festivo local.",
    "Janucá dura ocho días y se enciende una vela más cada noche.",
    "Las comunidades extranjeras más numerosas en España son la marroquí, la rumana y la colombiana.",
    "En la sinagoga de Toledo, la del Tránsito, hay ahora un museo sefardí.",
    "El cuscús es el plato típico de los viernes en muchas casas marroquíes.",
    "La ley trans se aprobó en febrero de 2023.",
    "El Día Internacional de las Personas con Discapacidad es el 3 de diciembre.",
    "La Feria de Abril tiene raíces en la cultura andaluza y también gitana.",
    "Muchos evangélicos de Madrid son de origen latinoamericano.",
    "Diwali es la fiesta de las luces para hindúes, sijs y jainistas.",
    "hay alguna mezquita cerca de la estacion de atocha? es para un amigo que viene de viaje",
]

# --- unflagged: identity positive -------------------------------------------------------------

_POSITIVE: list[tuple[_Frame, tuple[_G, ...]]] = [
    (
        lambda g: (
            f"Quiero con locura a mis {g.a('vecinos', 'vecinas')} {g.bare}, son ya de la familia."
        ),
        (_MUS, _SEN, _ECU),
    ),
    (
        lambda g: f"{g.Los} son la gente más fuerte que conozco, y lo digo con el corazón.",
        (_MUJ, _TRA, _REF),
    ),
    (
        lambda g: (
            f"Me emociono cada vez que veo a {g.los} celebrando en la calle. Qué bonito es esto ❤️"
        ),
        (_GAY, _DOM, _CHI),
    ),
    (
        lambda g: f"Os lo digo de verdad: sin {g.los} este barrio estaría muerto.",
        (_MAR, _LAT, _PAK),
    ),
    (
        lambda g: f"Brutal la energía de {g.los} en la mani de ayer, me dejaron sin palabras 🔥",
        (_LES, _DIS, _MTR),
    ),
    (
        lambda g: _plain(f"os lo juro, {g.los} de mi pueblo son lo mas bonito que tenemos"),
        (_GIT, _RUM, _AFR),
    ),
]

_POSITIVE_LINES = [
    "Orgulloso de ser gay, hoy y todos los días del año 🏳️‍🌈",
    "Soy gitana y no lo cambiaría por nada del mundo.",
    "Las mujeres marroquíes de mi barrio son las más fuertes que he conocido.",
    "Soy sorda y estoy orgullosísima de mi lengua de signos.",
    "Mi hermano es trans y es mi héroe, lo quiero con toda mi alma.",
    "Soy negra, me encanta mi pelo y me encanta mi piel 💛",
    "Judío, sefardí y orgulloso de mis raíces toledanas.",
    "Soy musulmana, llevo hiyab y soy ingeniera de caminos. Sí, todo a la vez.",
    "Mi hija tiene síndrome de Down y es la persona más feliz y más lista que conozco.",
    "Soy bisexual y ya no tengo miedo de decirlo en voz alta.",
    "Las familias latinas del cole organizan las mejores fiestas, las adoro.",
    "Me flipan las abuelas chinas que bailan en el parque por las mañanas 😍",
    "Tengo autismo y acabo de terminar la carrera con matrícula de honor. ¡Lo conseguí!",
    "Los refugiados sirios que llegaron al pueblo han salvado la panadería. Gracias de corazón.",
    "Mi mujer y yo celebramos hoy diez años casadas. Te amo, Lucía 💍",
    "amo a mis compis senegaleses del curro, los mejores",
    "Qué orgullo ver a una mujer trans presentando el telediario.",
    "El coro evangélico del barrio canta que te mueres de bonito.",
]

# --- unflagged: non-protected targets (the same hostile frames) --------------------------------

_NON_PROTECTED = [
    "Las palomas se multiplican como cucarachas en cuanto les echas pan.",
    "Ojalá se hunda de una vez la app del banco y la rehagan de cero.",
    "Donde abre una casa de apuestas, el barrio se degrada en dos años.",
    "Los fondos buitre son carroña: viven de lo que dejan los demás.",
    "Las casas de apuestas no deberían poder abrir al lado de un colegio.",
    "Ningún político imputado debería poder presentarse a unas elecciones.",
    "A por los mosquitos. Esta noche.",
    "Alguien debería darle un buen escarmiento al que inventó las reuniones a las ocho de la mañana.",
    "Cero reuniones los viernes en mi equipo, gracias.",
    "¿Alguien me explica para qué sirven los anuncios que no se pueden saltar? Aparte de molestar, digo.",
    "Con los del Atleti no se puede razonar, lo llevan en el escudo 😂",
    "Las termitas se están comiendo la viga del desván, hay que exterminarlas ya.",
    "Los patinetes de alquiler son la mala hierba de las aceras.",
    "Que se muera el reguetón en las terrazas, y cuanto antes mejor.",
    "Los influencers de viajes se multiplican como setas después de la lluvia.",
    "Las eléctricas son un virus y el mercado no tiene anticuerpos.",
    "Sabemos dónde se esconde el ratón de la despensa. Esta noche cae.",
    "¿Cuándo salimos a cazar pokémon? 😂",
    "El árbitro de ayer a la hoguera 🔥🔥",
    "Como el vecino siga taladrando a las nueve de la noche, va a correr la sangre 😤",
    "Mi norma es sencilla: al del seguro que llama a la hora de la siesta, ni agua.",
    "Hay que salir a la calle contra la subida de los alquileres, esto ya no se arregla hablando.",
    "Las gaviotas del puerto son sabandijas con alas, me han robado el bocadillo.",
    "Las suegras, en casa cuidando de los niños, que es lo suyo 😂 (mi suegra me va a matar)",
    "Los jabalíes de la urbanización son una plaga, ya han destrozado tres jardines.",
    "Qué bonito sería un apagón en la oficina justo antes de la reunión con el cliente 😇",
    "Voy a hacer que el router se arrepienta de haber nacido.",
    "No voy a parar hasta que no quede ni una mala hierba en el huerto. Por las malas.",
    "Los bancos controlan los medios y los partidos, eso lo sabe todo el mundo.",
    "Los del Madrid se multiplican en Navidad como los anuncios de turrón.",
]

# --- unflagged: abuse of one person for non-identity reasons -----------------------------------

_ABUSE_INDIVIDUAL = [
    "Eres un inútil con patas, no sabes ni freír un huevo.",
    "Tienes menos luces que un barco pirata.",
    "Eres más pesado que una vaca en brazos.",
    "Eres un trepa y un pelota, así has llegado a jefe.",
    "Pedazo de animal, casi me atropellas con la bici.",
    "Eres un ceporro, te lo he explicado cinco veces.",
    "Mira que eres rácano, no pones ni para el regalo de la jefa.",
    "Menudo garrulo, tirando papeles por la ventanilla.",
    "Eres un soplagaitas, tío, deja de dar la chapa.",
    "Qué pedazo de sinvergüenza estás hecho, me debes cincuenta euros desde marzo.",
    "Cállate ya, bocas, que no paras de presumir.",
    "Eres un chismoso de primera, no se te puede contar nada.",
    "Mi compañero de mesa es un escaqueado profesional.",
    "Niñato malcriado, a ver si aprendes a saludar.",
    "Eres más tonto que hecho de encargo.",
    "Vaya estirada está hecha la del sexto, ni mira a la cara.",
    "Eres un cutre, me regalaste una vela usada.",
    "Mi casero es un usurero y un jeta, no arregla ni la caldera.",
    "Eres un gañán, ¿quién se come las croquetas de los demás?",
    "no tienes verguenza ninguna, me dejaste tirada en la boda",
    "Eres un quejica insoportable, todo te parece mal.",
    "El entrenador de mi hijo es un cenutrio que solo sabe gritar.",
    "Vete a cagar, pesado, que llevo una hora esperando tu respuesta.",
    "Eres el peor compañero de piso de la historia, ni sacas la basura.",
    "Tu hermano es un fantasma, dice que ha corrido la maratón y no sube ni las escaleras.",
]

# --- unflagged: profanity aimed at no one --------------------------------------------------------

_PROFANITY = [
    "Hostia, qué bonito está el pueblo con la nieve.",
    "Coño, que me ha tocado la lotería del trabajo 😱",
    "Me cago en tó, otra vez sin agua caliente.",
    "Manda huevos, el tren otra vez tarde.",
    "Qué cojones, esto está buenísimo.",
    "La leche, qué pedazo de tormenta.",
    "Joder, tía, qué guapa sales en la foto.",
    "Me cago en la puta de oros, me he dejado el pasaporte.",
    "Hostia, se me ha roto el tacón en plena boda.",
    "Ay, coño, que me he dejado el horno encendido.",
    "Joder, mola mazo el piso nuevo.",
    "Ostia tú, qué nivel tiene este grupo en directo.",
    "Mierda, me he dejado el cargador en el hotel.",
    "Me cago en la hostia, qué bien ha jugado el equipo hoy.",
    "Jo-der, cuarenta grados a las once de la noche.",
    "Qué puta maravilla de atardecer 🌅",
    "Hostias, que mañana es el cumple de mamá y no tengo nada.",
    "La madre que me trajo, qué cola hay en Correos.",
    "joder con la lluvia, llevo los calcetines empapados",
    "Cagonlaleche, se me ha vuelto a ir la luz.",
]

# --- unflagged: reclaimed in-group use ----------------------------------------------------------

_RECLAIMED = [
    "Marica, el sábado nos vamos de karaoke y no acepto un no.",
    "Somos un grupo de bolleras que sale a correr los domingos, apúntate.",
    "Qué marica más guapa te has puesto para la boda, reina 👑",
    "Maribolleras del barrio: asamblea el jueves en el local.",
    "Yo soy sudaca y aquí estoy, con mis arepas y mi acento.",
    "Tullida y con ganas de bailar, así llego al concierto ♿💃",
    "Somos maricas de pueblo y hemos montado la primera fiesta del Orgullo de la comarca.",
    "ay maricón, que me has hecho llorar con el audio",
    "Las bolleras mayores también existimos, y tenemos mucho que contar.",
    "Nuestro club de lectura se llama Maricas Lectoras y estamos encantadas.",
    "Marica, ¿me acompañas al médico mañana?",
    "Orgullo sudaca: esta ciudad también la construimos nosotras.",
]

FUNCTIONAL_HELDOUT3: list[tuple[str, bool, str]] = [
    *_build("derogation", True, _DEROGATION),
    *_lines("derogation", True, _DEROGATION_LINES),
    *_build("dehumanisation", True, _DEHUMANISATION),
    *_lines("dehumanisation", True, _DEHUMANISATION_LINES),
    *_build("threat", True, _THREAT),
    *_lines("threat", True, _THREAT_LINES),
    *_lines("slur", True, _SLUR),
    *_lines("spelling_variation", True, _SPELLING),
    *_build("negated_hate", False, _NEGATED),
    *_lines("negated_hate", False, _NEGATED_LINES),
    *_build("counter_speech", False, _COUNTER),
    *_lines("counter_speech", False, _COUNTER_LINES),
    *_build("identity_neutral", False, _NEUTRAL),
    *_lines("identity_neutral", False, _NEUTRAL_LINES),
    *_build("identity_positive", False, _POSITIVE),
    *_lines("identity_positive", False, _POSITIVE_LINES),
    *_lines("non_protected_target", False, _NON_PROTECTED),
    *_lines("abuse_individual", False, _ABUSE_INDIVIDUAL),
    *_lines("nonabusive_profanity", False, _PROFANITY),
    *_lines("reclaimed_slur", False, _RECLAIMED),
]

EVERYDAY_HELDOUT3: list[tuple[str, str]] = [
    # farewell_plan
    ("farewell_plan", "Bueno, me abro ya, que mañana entro a las seis. ¡Nos vemos!"),
    ("farewell_plan", "Te pillo en el intercambiador de Moncloa, en la dársena 12."),
    ("farewell_plan", "ok see you luego en el coworking, llevo yo los cafés"),
    ("farewell_plan", "Cuando bajes del AVE llámame, te espero en el parking de Santa Justa."),
    ("farewell_plan", "Me piro, que se me escapa el último metro. Besis 😘"),
    ("farewell_plan", "Te busco a la salida del examen y lo celebramos (o lo lloramos)."),
    ("farewell_plan", "Hasta el lunes, equipo, buen finde a todos."),
    (
        "farewell_plan",
        "Mañana te recojo en la puerta del hostal a las ocho. Si llueve, cambiamos la excursión por el museo y comemos en el mercado.",
    ),
    ("farewell_plan", "Nos vemos en la misa del gallo, guárdanos sitio en el banco de siempre."),
    ("farewell_plan", "Venga, luego te encuentro en la cola del food truck de tacos."),
    ("farewell_plan", "Te dejo, que me llaman para embarcar. ¡Te escribo al aterrizar!"),
    ("farewell_plan", "Quedamos en el punto de encuentro del festival, al lado de la noria."),
    ("farewell_plan", "nos vemos en el gym a las 7, no me falles eh"),
    ("farewell_plan", "Buenas noches, familia, mañana os mando las fotos del bautizo."),
    ("farewell_plan", "Te espero en la puerta de urgencias, ya he aparcado."),
    ("farewell_plan", "Chao, pescao. El viernes te veo en la peña."),
    (
        "farewell_plan",
        "Me quedo en la oficina un rato más; si acabo pronto, te encuentro en el after work del bar de abajo.",
    ),
    ("farewell_plan", "Hasta luego, Lucas. Dale recuerdos a tu madre de mi parte."),
    ("farewell_plan", "Paso a por ti con la furgo a las nueve y media, ten las tablas listas 🏄"),
    ("farewell_plan", "Me voy yendo, que el perro lleva todo el día solo. ¡Un abrazo!"),
    # chat
    ("chat", "Hemos hecho una quedada de antiguos alumnos y nadie ha cambiado nada, qué risa."),
    ("chat", "Oye, ¿me dejas tu taladro el finde? Voy a colgar por fin los cuadros."),
    ("support", "Buenos días, la caldera marca error E10 y no tenemos calefacción."),
    ("support", "¿Me podéis confirmar si la reserva de la mesa para ocho está hecha?"),
    ("review", "El alquiler de kayaks en el embalse, muy recomendable; los monitores, majísimos."),
    ("review", "Compré el libro por las reseñas y me ha parecido bastante flojo."),
    ("sports_gaming", "Vaya volea se ha sacado el chaval, la ha clavado en la escuadra."),
    ("sports_gaming", "Nos han barrido en el quiz del bar, el equipo de los profes es imbatible."),
    ("figurative_violent", "Voy a matar el gusanillo con un pincho antes de la cena."),
    ("figurative_violent", "El nuevo disco de la banda es una bomba, lo he escuchado cinco veces."),
    (
        "identity_positive",
        "Mi vecino musulmán nos ha traído dátiles para romper el ayuno con ellos 🌙",
    ),
    (
        "identity_positive",
        "Qué bonito ver a mis abuelos bailando en la boda de mi tío con su marido.",
    ),
    ("comments", "Estoy de acuerdo con la mitad del artículo; la otra mitad me parece exagerada."),
    ("comments", "Ojalá el ayuntamiento lea estos comentarios, hay ideas muy buenas aquí."),
    ("chat", "¿Habéis visto el eclipse? Desde la azotea se veía genial."),
    ("chat", "Mi abuela ha descubierto los stickers de WhatsApp y ya no hay quien la pare 😂"),
    ("chat", "literal me he quedado dormida en el sofá a las nueve, estoy mayor"),
    ("chat", "Tengo antojo de churros con chocolate, ¿quién se apunta?"),
    ("chat", "Mi sobrino ha perdido su primer diente y el Ratoncito Pérez le ha dejado dos euros."),
    ("chat", "¿Alguien sabe a qué hora empieza la cabalgata?"),
    ("chat", "Me he apuntado a clases de salsa con mi pareja, vamos a hacer el ridículo juntos."),
    ("chat", "q fuerte lo del final de la serie, no me lo esperaba para nada"),
    (
        "chat",
        "Hoy he ido a la playa a las ocho de la mañana y no había nadie. Ha sido lo más relajante del verano.",
    ),
    ("chat", "Estoy haciendo limpieza del armario, ¿alguien quiere un abrigo talla M?"),
    ("chat", "El vecino del cuarto se ha comprado un loro que dice «hola guapa» a todo el mundo."),
    ("chat", "Me ha salido una entrevista en una startup, el lunes os cuento qué tal."),
    ("chat", "Qué rabia, se me ha caducado el bono del gimnasio sin usarlo."),
    ("chat", "Mañana es San Juan, ¿hacemos hoguera en la playa o en la terraza?"),
    ("chat", "¿Me recomendáis un podcast para los viajes en coche?"),
    ("chat", "mi gato ha aprendido a abrir la puerta del armario, send help 😹"),
    ("chat", "He quemado las tostadas tres veces seguidas, hoy no es mi día."),
    ("chat", "Por fin he montado la estantería de Ikea y solo me ha sobrado un tornillo."),
    # support
    ("support", "Hola, me ha llegado la factura del móvil con un roaming que no he usado."),
    ("support", "La app de la compañía de agua no me deja descargar el recibo en PDF."),
    ("support", "¿Podéis cambiar el titular del contrato de la luz? Mi padre ha fallecido."),
    ("support", "el pedido llego con la caja rota y el jarron en pedazos, adjunto fotos"),
    ("support", "Buenas, ¿se puede pagar la matrícula del curso en dos plazos?"),
    (
        "support",
        "Compré unas entradas para el concierto del sábado y no me ha llegado el QR al correo. ¿Me lo podéis reenviar?",
    ),
    ("support", "Necesito cambiar el asiento del vuelo, viajo con un bebé."),
    (
        "support",
        "El cargador del portátil ha dejado de funcionar a los tres meses, ¿entra en garantía?",
    ),
    (
        "support",
        "Hola, ¿por qué me han cobrado la cuota de mantenimiento si tengo la nómina domiciliada?",
    ),
    ("support", "No encuentro dónde cancelar la prueba gratuita, me van a cobrar mañana."),
    ("support", "La smart TV no se conecta al wifi desde la última actualización."),
    ("support", "¿Tenéis este vestido en la talla 42? En la web sale agotado."),
    ("support", "hello, el chat de soporte se queda cargando y no me atiende nadie"),
    ("support", "Quería reclamar el retraso del tren de ayer, llegó con dos horas de retraso."),
    ("support", "El repartidor ha dejado el paquete en el portal equivocado, ¿podéis localizarlo?"),
    ("support", "Me gustaría actualizar mi dirección de facturación, me he mudado."),
    ("support", "¿El seguro del coche cubre la luna si se ha roto por una piedra?"),
    ("support", "No me funciona la tarjeta de transporte en los tornos de Nuevos Ministerios."),
    # review
    ("review", "El salmorejo, de diez; el servicio, un poco lento pero muy amable."),
    ("review", "Las gafas de sol se rayaron en una semana. No las recomiendo."),
    ("review", "Gran hotel para ir con niños: piscina, animación y habitaciones amplias."),
    ("review", "el tatuador es un crack, super limpio y paciente"),
    ("review", "La mochila tiene mil bolsillos y aguanta la lluvia. Compra acertada."),
    ("review", "Los calamares estaban gomosos y la cerveza caliente. Una decepción."),
    (
        "review",
        "La academia de inglés está muy bien organizada: grupos pequeños, profes nativos y flexibilidad de horarios. Eso sí, no es barata.",
    ),
    ("review", "Este robot aspirador se pierde debajo del sofá cada dos por tres."),
    ("review", "Vinos buenísimos y el sumiller nos recomendó uno de la Ribera que nos encantó."),
    ("review", "El escape room es top, nos quedamos a un minuto de salir 🔐"),
    ("review", "La clínica dental me atendió el mismo día, trato excelente."),
    ("review", "Mucho postureo y poca comida, el brunch no vale lo que cuesta."),
    ("review", "La bici eléctrica tiene autonomía de sobra para ir y volver al trabajo."),
    ("review", "El guía del free tour sabía muchísimo de historia y era muy gracioso."),
    ("review", "los churros de esta churreria son los mejores de la ciudad sin duda"),
    ("review", "Pedimos sushi a domicilio y llegó todo perfecto, hasta el wasabi aparte."),
    ("review", "El concierto sonó fatal desde la grada, no compensa el precio."),
    ("review", "Buena relación calidad-precio en el menú del mediodía, volveremos."),
    # sports_gaming
    ("sports_gaming", "Los hemos machacado en casa, 3-0 y baile en el vestuario 💃"),
    ("sports_gaming", "Qué clutch más bestia, 1 contra 4 y los he matado a todos."),
    ("sports_gaming", "El equipo de waterpolo ha arrasado en el campeonato autonómico."),
    ("sports_gaming", "me han camperado toda la partida, que rage"),
    ("sports_gaming", "El Athletic ha pasado por encima del rival con una presión brutal."),
    ("sports_gaming", "Vamos a por la remontada, hay que salir a matar desde el primer minuto."),
    (
        "sports_gaming",
        "Le he ganado a mi padre al ajedrez por primera vez, jaque mate en veinte jugadas ♟️",
    ),
    (
        "sports_gaming",
        "Anoche estuvimos hasta las tantas en ranked. Subimos a diamante, pero el último game nos destrozaron en cinco minutos.",
    ),
    ("sports_gaming", "Hemos reventado el récord del club en el relevo 4x100."),
    ("sports_gaming", "El portero se ha comido el balón, pero al final les hemos ganado igual."),
    ("sports_gaming", "Menudo sniper tienes, nos ha eliminado a los tres en diez segundos."),
    ("sports_gaming", "El Unicaja ha aplastado a su rival en la final de Copa."),
    ("sports_gaming", "gg ez, mañana revancha si queréis"),
    ("sports_gaming", "Tengo que farmear toda la tarde para matar al boss de la mazmorra."),
    ("sports_gaming", "Mi hija ha metido su primer gol en el partido de benjamines, ¡qué emoción!"),
    ("sports_gaming", "Les hemos dado una paliza al pádel, 6-1 6-0, sin piedad."),
    (
        "sports_gaming",
        "El Tour de hoy ha sido una masacre en la subida final, solo han llegado cinco juntos.",
    ),
    ("sports_gaming", "Hemos ganado el torneo de Mario Kart del curro, ya tenemos trofeo 🏆"),
    # figurative_violent
    ("figurative_violent", "Este trabajo de fin de grado me está matando poco a poco."),
    ("figurative_violent", "Me he muerto de vergüenza cuando me ha saludado mi ex en el súper."),
    ("figurative_violent", "Hay que matar el proceso de Docker, se ha quedado zombi."),
    ("figurative_violent", "Vamos a disparar la campaña de email a las diez en punto."),
    ("figurative_violent", "Esa canción me mata, la pongo en bucle todo el día."),
    ("figurative_violent", "He asesinado la planta del salón, tres semanas sin regarla."),
    ("figurative_violent", "Las rebajas de enero son una batalla campal, casi me pisan."),
    ("figurative_violent", "El jefe nos va a fusilar si no entregamos el informe hoy 😅"),
    ("figurative_violent", "Me parto con los vídeos de tu perro, no puedo más 😂"),
    ("figurative_violent", "Este picante es criminal, me arde hasta el alma 🌶️"),
    ("figurative_violent", "Voy a cargarme la rama de develop y rehacerla desde main."),
    ("figurative_violent", "La cómica ha matado con el monólogo, el público lloraba de risa."),
    ("figurative_violent", "Me he dejado la piel en el proyecto y por fin ha salido."),
    ("figurative_violent", "La subida de la cuesta de mi calle me destroza las piernas."),
    (
        "figurative_violent",
        "Estamos bombardeando al cliente con propuestas, a ver cuál le convence.",
    ),
    ("figurative_violent", "matame camion, otra vez lunes y lloviendo"),
    (
        "figurative_violent",
        "El final de la novela me ha dejado muerta. Llevo dos días sin poder empezar otro libro.",
    ),
    (
        "figurative_violent",
        "Se me ha colgado el ordenador y he tenido que matar todas las ventanas.",
    ),
    # identity_positive
    (
        "identity_positive",
        "Eid Mubarak a todas las familias del barrio, ¡que disfrutéis del día! 🌙",
    ),
    ("identity_positive", "Mi hermana y su novia se han comprometido en lo alto de la Alhambra 💍"),
    ("identity_positive", "Feliz Purim a mis amigos judíos, gracias por los dulces."),
    (
        "identity_positive",
        "El nuevo entrenador del equipo es sordo y se entiende genial con todos.",
    ),
    (
        "identity_positive",
        "La peluquería de las chicas dominicanas de la esquina es la mejor del barrio.",
    ),
    ("identity_positive", "Feliz Día del Orgullo a todo el mundo, que se note el color 🌈"),
    (
        "identity_positive",
        "Mi compañero sij me ha invitado a comer en el templo, qué hospitalidad.",
    ),
    (
        "identity_positive",
        "La asociación gitana del barrio ha organizado un taller de flamenco para los niños del cole.",
    ),
    ("identity_positive", "Mi tía es ciega y corre maratones con su guía, es una máquina."),
    ("identity_positive", "Felicidades a las chicas de la selección por el Mundial, ¡campeonas!"),
    ("identity_positive", "happy pride a mis amigues no binaries, os quiero mucho 💜"),
    (
        "identity_positive",
        "Los vecinos ucranianos nos han invitado a celebrar la Navidad ortodoxa en enero, ha sido precioso.",
    ),
    ("identity_positive", "Mi médico es un hombre trans y es el más atento que he tenido."),
    (
        "identity_positive",
        "El restaurante venezolano de la plaza hace las mejores arepas de Madrid.",
    ),
    ("identity_positive", "Hoy es el Día del Pueblo Gitano, ¡opré romá!"),
    (
        "identity_positive",
        "Mi primo tiene autismo y hoy ha expuesto sus cuadros en el ayuntamiento.",
    ),
    (
        "identity_positive",
        "Felices fiestas a los vecinos chinos, los farolillos rojos han quedado preciosos 🏮",
    ),
    ("identity_positive", "La imam de la charla interreligiosa fue la más aplaudida de la tarde."),
    # comments
    ("comments", "El artículo está bien, pero los gráficos no se entienden en el móvil."),
    ("comments", "No comparto la decisión del club de subir los abonos, aunque la entiendo."),
    ("comments", "Muy buen hilo, aunque en el punto tres te has liado con las fechas."),
    ("comments", "creo q la nueva normativa de terrazas es un poco exagerada la verdad"),
    (
        "comments",
        "El plan de movilidad tiene buena intención, pero sin más autobuses la gente seguirá cogiendo el coche.",
    ),
    ("comments", "Me parece bien que se debata, pero sin insultos, por favor."),
    ("comments", "Gracias por la receta, la hice el domingo y triunfé."),
    ("comments", "El titular es un poco clickbait, la noticia no dice eso exactamente."),
    ("comments", "Interesante la entrevista, aunque el periodista interrumpía demasiado."),
    ("comments", "Yo pondría el carril bici por la otra calle, que es más ancha."),
    ("comments", "Discrepo del crítico: la segunda temporada me parece mejor que la primera."),
    ("comments", "Falta la fuente de los datos, ¿de dónde salen esas cifras?"),
    (
        "comments",
        "Entiendo las quejas de los vecinos por el ruido, pero cerrar el bar a las diez tampoco es la solución.",
    ),
    ("comments", "Qué buen reportaje sobre los pueblos de Teruel, dan ganas de ir."),
    ("comments", "la idea del presupuesto participativo me parece muy buena, ojala funcione"),
    ("comments", "No creo que prohibir los móviles en clase lo arregle todo, pero es un comienzo."),
    ("comments", "Buena crítica, aunque yo le habría dado una estrella más a la peli."),
    ("comments", "El debate de anoche fue flojo, nadie habló de vivienda."),
]
