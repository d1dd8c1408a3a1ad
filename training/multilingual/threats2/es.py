# ruff: noqa: E501
"""Spanish (es): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Como le vuelvas a contar a mamá lo de la fiesta te tiro a la piscina vestido, enano 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Los gemelos han vaciado el bote de harina en el sofá. Respira, Carmen, que matarlos es ilegal 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Si alguien vuelve a darle a 'responder a todos' en ese correo, cometo un crimen en la oficina 🙃",
    ),
    ("violent_hyperbole", False, "pasame los apuntes o te ahorco jajaja porfa porfa"),
    (
        "violent_hyperbole",
        False,
        "Mi suegra me va a despellejar viva cuando vea que se me ha quemado el pavo 🦃🔥",
    ),
    (
        "violent_hyperbole",
        False,
        "te juro que te estampo el mando en la cabeza si sigues cantando el gol de tu equipo toda la noche jajaja",
    ),
    (
        "violent_hyperbole",
        False,
        "Quien haya dejado el táper de lentejas tres semanas en la nevera del curro merece la horca. Que se entregue.",
    ),
    (
        "violent_hyperbole",
        False,
        "Como mi padre vuelva a contar el chiste del pato en la cena, lo amordazamos entre todos 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Tío, has vuelto a perder mis llaves. Te voy a dar una patada en el culo que vas a llegar a Cuenca 😂",
    ),
    ("violent_hyperbole", False, "parce si me vuelves a dejar plantado te mato a pellizcos jajaja"),
    (
        "violent_hyperbole",
        False,
        "Ay mija, si tu hermano se vuelve a comer el pastel antes de la fiesta lo agarro a chanclazos 🩴😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Mi compañera de mesa tararea todo el santo día. Un día la amordazo con cinta americana, te lo juro 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Como te pongas otra vez el jersey de renos en la cena de Navidad, te lo arranco a mordiscos.",
    ),
    (
        "violent_hyperbole",
        False,
        "Te odio. Te quiero matar por lo bien que te ha quedado la tarta. Pásame la receta ya 😍",
    ),
    ("violent_hyperbole", False, "boluda si no me contás el chisme ya te estrangulo, dale"),
    (
        "violent_hyperbole",
        False,
        "Mi hijo de tres años lleva preguntando '¿por qué?' desde las siete de la mañana. Que alguien me dispare 🙃",
    ),
    (
        "violent_hyperbole",
        False,
        "Vas a morir, pero de envidia, cuando veas las fotos de Lanzarote 😎",
    ),
    (
        "violent_hyperbole",
        False,
        "¿Quién ha sido el asesino que se ha acabado el papel higiénico y no ha puesto otro rollo?",
    ),
    (
        "violent_hyperbole",
        False,
        "Cuando llegue a casa mi madre me fríe a zapatillazos, le he roto el jarrón de la abuela 😬",
    ),
    ("violent_hyperbole", False, "Te daría un capón por listillo, pero hoy estoy de buenas."),
    (
        "violent_hyperbole",
        False,
        "mi primo es tan pesado con el crossfit que un dia lo tiro al rio con sus pesas y todo jajaja",
    ),
    (
        "violent_hyperbole",
        False,
        "Como me entere de que has ido a ver la peli sin mí, te desheredo y luego te mato, en ese orden 😤😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Al que inventó las reuniones que podían haber sido un correo habría que colgarlo de los pulgares.",
    ),
    (
        "violent_hyperbole",
        False,
        "Como sigas roncando así te pego un codazo que te mando al salón, amor 😴",
    ),
    (
        "violent_hyperbole",
        False,
        "La de Recursos Humanos me va a descuartizar cuando vea que he vuelto a pedir el viernes libre 😅",
    ),
    (
        "violent_hyperbole",
        False,
        "'O dejan de pelearse por el control o los estrangulo a los dos', mi madre cada domingo desde 1998 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Dani, como vuelvas a llegar tarde al ensayo te echo del grupo a patadas, que ya van cuatro 😂",
    ),
    ("violent_hyperbole", False, "jajaja te mato, ¿cómo que te casas y no me lo habías dicho? 😭❤️"),
    (
        "violent_hyperbole",
        False,
        "neta wey si me vuelves a despertar con tus audios de cinco minutos te aviento el cel a la cabeza 😂",
    ),
    ("violent_hyperbole", False, "Abuela, me vas a matar a croquetas, que ya no me cabe nada más."),
    # games_sports
    (
        "games_sports",
        False,
        "Esta noche en el torneo de mus os vamos a dar la del pulpo, id preparando la cartera 😂",
    ),
    (
        "games_sports",
        False,
        "La maga te quita 800 de vida de un solo golpe, no te acerques sin escudo.",
    ),
    ("games_sports", False, "le meti un triple en toda la cara y lo deje muerto jajaja"),
    ("games_sports", False, "En el Catan os voy a machacar, no pienso cambiaros ni una oveja 😈"),
    ("games_sports", False, "Partidazo: el Celta remontó y remató al Valencia en el descuento."),
    ("games_sports", False, "Nos han tocado los líderes en la Copa, nos van a comer vivos 😬"),
    (
        "games_sports",
        False,
        "El bloqueo de la central fue un asesinato, el balón botó en el suelo antes de que nadie se moviera.",
    ),
    (
        "games_sports",
        False,
        "En el Warzone me ha rematado uno cuando ya estaba derribado, qué rastrero 😤",
    ),
    ("games_sports", False, "Ese saque te mata: 210 por hora y directo al cuerpo."),
    ("games_sports", False, "La etapa de mañana en el Angliru va a ser una carnicería."),
    (
        "games_sports",
        False,
        "Mi abuelo nos fulmina a todos al dominó, lleva cuarenta años entrenando en el bar 😂",
    ),
    ("games_sports", False, "tira la ulti ahora que estan todos juntos y los borramos"),
    (
        "games_sports",
        False,
        "Ayer en fútbol sala les metimos una goleada que todavía están llorando.",
    ),
    (
        "games_sports",
        False,
        "Menudo mate le ha clavado en la cara al pívot rival, lo ha humillado.",
    ),
    (
        "games_sports",
        False,
        "Cuando juegues conmigo al Tekken te dejo KO en diez segundos, ve calentando 😈",
    ),
    ("games_sports", False, "El Cholo dijo que hay que salir a morder desde el primer minuto."),
    (
        "games_sports",
        False,
        "Tengo la espada maldita: cada enemigo que mato me cura un poco de vida.",
    ),
    (
        "games_sports",
        False,
        "Anoche en Valorant hice un ace con la Vandal, cinco muertos en una ronda 🔥",
    ),
    ("games_sports", False, "Mañana te reviento en la carrera de 10K, entrena lo que quieras 😜"),
    ("games_sports", False, "che, en el truco te mato con el envido, no tenés nada"),
    # threat_reported
    (
        "threat_reported",
        False,
        "Mi exmarido me escribió anoche que 'esto no se queda así' y que me va a rajar. Tengo capturas. ¿Voy directamente a la Guardia Civil?",
    ),
    (
        "threat_reported",
        False,
        "Hola, soy profesora. Un alumno ha escrito en el baño que me va a pegar un tiro. ¿Cuál es el protocolo?",
    ),
    (
        "threat_reported",
        False,
        "Detenido en Valencia un hombre por amenazar de muerte a una periodista a través de las redes sociales.",
    ),
    (
        "threat_reported",
        False,
        "Llevo un mes recibiendo llamadas de un número oculto que dice que me va a ahogar en el río. ¿Se puede rastrear?",
    ),
    (
        "threat_reported",
        False,
        "Un vecino me gritó por la ventana que como vuelva a aparcar ahí me pincha las ruedas y a mí también. ¿Eso cuenta como amenaza?",
    ),
    (
        "threat_reported",
        False,
        "oigan mi jefe me dijo 'si abres la boca te entierro' despues de que vi lo de la caja. lo puedo denunciar??",
    ),
    (
        "threat_reported",
        False,
        "En comisaría me dicen que sin testigos es difícil, pero el tipo me sacó una navaja en el portal. ¿Qué más puedo hacer?",
    ),
    (
        "threat_reported",
        False,
        "A mi hijo un adulto le dijo por el chat de voz del Fortnite que iba a ir a su casa a matarlo. El niño no quiere ni dormir.",
    ),
    (
        "threat_reported",
        False,
        "¿Es normal que la plataforma no haga nada? Un usuario me escribe 'te voy a degollar' en cada directo.",
    ),
    (
        "threat_reported",
        False,
        "Buenas tardes, quería informarme sobre cómo pedir protección: un exsocio me ha amenazado con hacer daño a mis hijos.",
    ),
    (
        "threat_reported",
        False,
        "ayuda porfa: el novio de mi amiga le dice que si lo deja le tira acido. ella no quiere denunciar, que hago yo?",
    ),
    (
        "threat_reported",
        False,
        "Al concejal de mi pueblo le llegó una carta con una bala y la frase 'deja el cargo'. Ya lo investiga la policía.",
    ),
    (
        "threat_reported",
        False,
        "En Bogotá un taxista me amenazó con un destornillador porque le pedí que pusiera el taxímetro. ¿Dónde se denuncia eso?",
    ),
    (
        "threat_reported",
        False,
        "Mi compañera de piso me dijo en plena discusión que me iba a clavar las tijeras. Hoy duermo en casa de mis padres.",
    ),
    (
        "threat_reported",
        False,
        "Textual lo que me mandó: 'disfruta tus últimos días'. ¿Alguien sabe si la policía cibernética toma esto en serio?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "Estoy leyendo 'Patria', de Aramburu: una familia rota por el asesinato de un empresario a manos de ETA.",
    ),
    (
        "violence_discussed",
        False,
        "En 'El Padrino' la mejor escena es la del bautizo, mientras van cayendo uno a uno sus enemigos.",
    ),
    (
        "violence_discussed",
        False,
        "Tras un golpe fuerte en la cabeza, el paciente debe quedarse 24 horas en observación por si hay una hemorragia interna.",
    ),
    (
        "violence_discussed",
        False,
        "Hoy en el taller de autoprotección para mujeres nos enseñaron a gritar, a poner distancia y a golpear la rodilla si no queda otra.",
    ),
    (
        "violence_discussed",
        False,
        "La Inquisición quemó en la hoguera a cientos de personas acusadas de herejía.",
    ),
    (
        "violence_discussed",
        False,
        "Estoy viendo la serie sobre el caso Asunta y qué mal cuerpo se me queda.",
    ),
    (
        "violence_discussed",
        False,
        "La fiscalía pide veinte años de cárcel para el acusado de matar a su socio a martillazos.",
    ),
    (
        "violence_discussed",
        False,
        "En 'La casa de papel' muere media banda, pero la muerte de Berlín es la que más me dolió.",
    ),
    (
        "violence_discussed",
        False,
        "La matanza de las bananeras es uno de los capítulos más duros de 'Cien años de soledad'.",
    ),
    (
        "violence_discussed",
        False,
        "Según la OMS, alrededor de una de cada tres mujeres ha sufrido violencia física o sexual a lo largo de su vida.",
    ),
    (
        "violence_discussed",
        False,
        "El cirujano explicó que la bala no tocó ningún órgano vital y por eso el agente sobrevivió.",
    ),
    (
        "violence_discussed",
        False,
        "En 'Amores perros' hay escenas de peleas de perros que cuesta mucho ver.",
    ),
    (
        "violence_discussed",
        False,
        "Goya pintó los fusilamientos del 3 de mayo de 1808 en la montaña del Príncipe Pío.",
    ),
    (
        "violence_discussed",
        False,
        "Los gladiadores no siempre morían en la arena: eran caros de entrenar y muchos combates acababan sin muertos.",
    ),
    (
        "violence_discussed",
        False,
        "En urgencias vemos muchas fracturas de nariz los fines de semana por peleas a la salida de las discotecas.",
    ),
    # everyday_idiom
    (
        "everyday_idiom",
        False,
        "Si paso por correos de camino al médico, mato dos pájaros de un tiro.",
    ),
    (
        "everyday_idiom",
        False,
        "Estuvimos matando el tiempo en la estación con un café hasta que salió el tren.",
    ),
    ("everyday_idiom", False, "Mi cuñado y mi hermano se llevan a matar desde la boda."),
    ("everyday_idiom", False, "Esta tarta de queso está de muerte, ¿dónde la has comprado?"),
    ("everyday_idiom", False, "A esa montaña rusa no me subo ni a tiros."),
    (
        "everyday_idiom",
        False,
        "Quiso dejar mal a su compañera delante del jefe y le salió el tiro por la culata.",
    ),
    ("everyday_idiom", False, "Parece un santo, pero ese las mata callando."),
    (
        "everyday_idiom",
        False,
        "Que me maten si ese no es el mismo actor que salía en 'Aquí no hay quien viva'.",
    ),
    ("everyday_idiom", False, "Había tortas por conseguir entradas para el concierto de Rosalía."),
    (
        "everyday_idiom",
        False,
        "No te ahogues en un vaso de agua, que solo es una multa de aparcamiento.",
    ),
    ("everyday_idiom", False, "Esos pantalones te sientan como un tiro, cámbiate antes de salir."),
    (
        "everyday_idiom",
        False,
        "Lucía es de esas amigas que se parten la cara por ti sin pensárselo.",
    ),
    ("everyday_idiom", False, "No mates al mensajero, yo solo te repito lo que ha dicho el jefe."),
    ("everyday_idiom", False, "llevo toda la tarde rompiéndome la cabeza con este sudoku"),
    ("everyday_idiom", False, "Ya lo dice el refrán: quien a hierro mata, a hierro muere."),
    (
        "everyday_idiom",
        False,
        "Me apuñaló por la espalda: le contó al jefe lo que yo le había dicho en confianza.",
    ),
    ("everyday_idiom", False, "Cría cuervos y te sacarán los ojos, ya verás con ese sobrino."),
    (
        "everyday_idiom",
        False,
        "Mi padre es fontanero y en casa gotean todos los grifos. En casa del herrero, cuchillo de palo.",
    ),
    ("everyday_idiom", False, "El precio del alquiler en Madrid se ha disparado este año."),
    ("everyday_idiom", False, "esta muzza mata, boludo, probala"),
    # threat_individual
    (
        "threat_individual",
        True,
        "Oye, periodista de pacotilla, sigue escribiendo sobre mi empresa y un día no llegas a la redacción. Sé qué metro coges.",
    ),
    (
        "threat_individual",
        True,
        "Mucho ruido haces en directo, @PauGaming. Vives en Sabadell, ¿verdad? Ya iré a saludarte, y no con un abrazo 🙂🔪",
    ),
    (
        "threat_individual",
        True,
        "Vecina, el próximo día que su hijo me raye la moto, la que va a pagar es usted. Y no le hablo de dinero.",
    ),
    (
        "threat_individual",
        True,
        "Hola Elena. Ya veo que tienes novio nuevo. Dile que en la carretera del puerto hay muchos accidentes de moto.",
    ),
    (
        "threat_individual",
        True,
        "Si mañana declaras contra mi hermano, no te va a quedar boca para declarar nada más.",
    ),
    (
        "threat_individual",
        True,
        "compañero vuelve a quitarme un cliente y te tiro por las escaleras de la oficina, a ver si asi aprendes",
    ),
    (
        "threat_individual",
        True,
        "Te voy a matar. No es una forma de hablar, Sergio. Te voy a matar.",
    ),
    (
        "threat_individual",
        True,
        "qué bonitos tus hijos en la foto del parque de ayer. los columpios azules, no? yo estaba en el banco de enfrente",
    ),
    (
        "threat_individual",
        True,
        "Tu turno acaba a las once, ¿no? El parking del hospital está muy oscuro a esa hora. Ve pensando en ello.",
    ),
    (
        "threat_individual",
        True,
        "chamo si te vuelves a meter con mi hermana te meto un plomo, tu sabes que yo no juego",
    ),
    (
        "threat_individual",
        True,
        "Señor casero, córteme la luz otra vez y le juro que la próxima factura me la paga con los dientes.",
    ),
    (
        "threat_individual",
        True,
        "Te voy a degollar como a un cordero y voy a subir el vídeo, payaso.",
    ),
    (
        "threat_individual",
        True,
        "Sé a qué gimnasio vas y a qué hora sales. Una noche de estas te estaré esperando en la puerta con un bate.",
    ),
    (
        "threat_individual",
        True,
        "vos seguí hablando mal de mí en el grupo que te voy a buscar a la facultad y te rompo la nariz contra un banco, te lo juro por mi vieja",
    ),
    (
        "threat_individual",
        True,
        "Tu coche ya te lo rayé. La próxima vez voy a por ti, y con algo más afilado que una llave.",
    ),
    (
        "threat_individual",
        True,
        "Te lo digo con calma: acércate otra vez a mi hija y te meto en un maletero y nadie vuelve a saber de ti.",
    ),
    (
        "threat_individual",
        True,
        "oye guapa bonito tu portal nuevo, el del numero 7 con la puerta verde. ya nos veremos de cerca 😘",
    ),
    (
        "threat_individual",
        True,
        "Lo que dijiste de mí en tu canal te va a costar caro. Voy a ir a tu casa a partirte los brazos para que no vuelvas a tocar un teclado.",
    ),
    (
        "threat_individual",
        True,
        "Quita la denuncia antes del lunes. Tu madre sigue viviendo sola en el pueblo, ¿verdad? Piénsalo.",
    ),
    (
        "threat_individual",
        True,
        "te voy a tirar al río atado de pies y manos, rata, y nadie te va a encontrar",
    ),
    (
        "threat_individual",
        True,
        "Mire, señora: su marido me debe tres mil euros. Si no aparecen el viernes, él vuelve a casa en trocitos.",
    ),
    (
        "threat_individual",
        True,
        "Mendoza, la gente se cae por las escaleras del metro todos los días. Tú agárrate bien a la barandilla, ya me entiendes.",
    ),
    (
        "threat_individual",
        True,
        "Cállate ya, bocazas, o un día de estos te callo yo a golpes, que sé en qué bar trabajas.",
    ),
    (
        "threat_individual",
        True,
        "@diegoarbitro pitaste un penal que no era. ya tenemos tu direccion, el domingo no vuelves a pitar en tu vida porque no vas a poder caminar",
    ),
    (
        "threat_individual",
        True,
        "te voy a matar perra. me dejaste por ese imbecil y los dos lo van a pagar",
    ),
    (
        "threat_individual",
        True,
        "Como sigas grabando a mi familia desde tu balcón, subo y te meto el móvil por la garganta, vecino.",
    ),
    (
        "threat_individual",
        True,
        "Tienes dos opciones: o te vas del barrio esta semana o te sacamos en una bolsa negra.",
    ),
    (
        "threat_individual",
        True,
        "wn si me vuelves a funar en insta te voy a buscar y te voy a sacar la chucha, se donde estudias",
    ),
    ("threat_individual", True, "Hijo de puta, te apuñalo en cuanto cruces esa puerta 🔪"),
    (
        "threat_individual",
        True,
        "Estimado Sr. Olmedo: le recomiendo que retire su candidatura. Hay gente que ha desaparecido por mucho menos.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Ese entrenador vive encima de la farmacia de la plaza. Si alguien le rompe las rodillas, yo no he visto nada 😉",
    ),
    (
        "incitement_individual",
        True,
        "Chavales, el del patinete que le robó a mi abuela está todas las tardes en el parque. Id y dejadlo que no pueda ni andar.",
    ),
    (
        "incitement_individual",
        True,
        "Que alguien le dé una somanta de palos al portero de la discoteca, el calvo ese, que sale a las seis.",
    ),
    (
        "incitement_individual",
        True,
        "raza esa periodista sale del canal todos los dias a las 9. el que le deje la cara marcada tiene mi respeto",
    ),
    (
        "incitement_individual",
        True,
        "Os pido un favor a los de Sevilla: encontrad a este tío (foto abajo) y rompedle los dedos, que no vuelva a tocar a una chica.",
    ),
    (
        "incitement_individual",
        True,
        "Doy 200 pavos al que le reviente la cabeza al de la frutería. Ya sabéis cuál.",
    ),
    (
        "incitement_individual",
        True,
        "hagan fila para madrearlo cuando salga del juzgado, ese cabrón no merece volver a caminar",
    ),
    (
        "incitement_individual",
        True,
        "Tías, la que me quitó el novio trabaja en el Zara de Gran Vía. Esperadla a la salida y que no pueda volver a trabajar en un mes.",
    ),
    (
        "incitement_individual",
        True,
        "Alguien tiene que cargarse a ese juez. Vive en Pozuelo, es fácil de encontrar.",
    ),
    (
        "incitement_individual",
        True,
        "a ver si algún fan lo espera en el hotel y lo apuñala de una vez, está en el Meliá de Barcelona hasta el domingo",
    ),
]
