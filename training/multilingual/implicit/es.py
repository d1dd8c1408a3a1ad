"""Spanish (es): a fifth training part: implicit hate without slurs or insult words (Spain and
Latin America mixed), hard negatives in the same registers, and everyday lines."""

# ruff: noqa: E501

from __future__ import annotations

FUNCTIONAL_TRAIN5: list[tuple[str, bool, str]] = [
    # --- derogation (hateful) ---
    ("derogation", True, "Los gitanos no trabajan, viven de las ayudas y encima se quejan."),
    (
        "derogation",
        True,
        "¿Soy el único que se ha dado cuenta de que en cada noticia de robos en el metro aparecen rumanos? Solo pregunto.",
    ),
    (
        "derogation",
        True,
        "Los chinos abren tiendas por todas partes y nadie sabe de dónde sale el dinero. Blanqueo, está clarísimo.",
    ),
    (
        "derogation",
        True,
        "Las mujeres al volante es que no pueden, se nota que no tienen cabeza para el espacio.",
    ),
    (
        "derogation",
        True,
        "Qué curioso que los judíos siempre acaben en los consejos de administración de los bancos y de los medios. Casualidad, seguro.",
    ),
    ("derogation", True, "Mi cuñado es muy majo, para ser gitano."),
    (
        "derogation",
        True,
        "Que una mujer dirija la empresa queda bien para la foto, pero cuando hay que tomar decisiones de verdad mejor que las tome un hombre.",
    ),
    (
        "derogation",
        True,
        "Los venezolanos que llegan acá vienen a avivarse, ninguno quiere laburar en serio.",
    ),
    (
        "derogation",
        True,
        "No es racismo, es estadística: mira los apellidos de los detenidos y luego hablamos.",
    ),
    (
        "derogation",
        True,
        "Los menas no vienen a estudiar, vienen a lo que vienen. Todos lo sabemos.",
    ),
    (
        "derogation",
        True,
        "Ayer fui al centro de salud y la sala de espera llena de marroquíes con cinco críos cada uno. Luego nos dicen que no hay médicos para los de aquí.",
    ),
    (
        "derogation",
        True,
        "Los gays están bien mientras no se lo enseñen a los niños, que eso se pega.",
    ),
    (
        "derogation",
        True,
        "Una mujer trans no es más que un hombre disfrazado, y el que diga lo contrario miente.",
    ),
    (
        "derogation",
        True,
        "Los bolivianos son buenos para cargar bolsas en la feria, para otra cosa no les da la cabeza.",
    ),
    ("derogation", True, "¿Un haitiano de médico? jajaja seguro que compró el título"),
    (
        "derogation",
        True,
        "Los musulmanes pueden ser simpáticos, pero en el fondo todos esperan el día en que sean mayoría.",
    ),
    (
        "derogation",
        True,
        "Ojo, yo tengo amigos negros, pero reconoce que donde se instalan ellos el barrio baja de nivel.",
    ),
    (
        "derogation",
        True,
        "Las mujeres piden igualdad, pero solo para cobrar lo mismo sin subirse nunca a un andamio.",
    ),
    (
        "derogation",
        True,
        "Los peruanos son todos iguales: calladitos, sonrientes, y en cuanto te das la vuelta te la juegan.",
    ),
    (
        "derogation",
        True,
        "El día que un indígena invente algo útil me avisan. Mientras tanto, a seguir pidiendo tierras.",
    ),
    (
        "derogation",
        True,
        "Contratar a gente con discapacidad queda precioso en la memoria de RSC, pero la productividad del equipo se va al suelo.",
    ),
    (
        "derogation",
        True,
        "Lo de que los autistas son genios es un mito, la mayoría solo son una carga para sus familias.",
    ),
    (
        "derogation",
        True,
        "Los paraguayos sirven para la obra y poco más, no les pidas que piensen.",
    ),
    (
        "derogation",
        True,
        "Siempre igual: se muda un latino a tu edificio y en dos semanas tienes reguetón a las tres de la mañana y el portal lleno de gente.",
    ),
    (
        "derogation",
        True,
        "Los dominicanos en el barrio: música alta, broncas y la policía cada finde. Y luego lloran por discriminación.",
    ),
    (
        "derogation",
        True,
        "Mi abuela decía que a un judío no se le presta dinero porque te lo devuelve con intereses hasta del alma. Y tenía razón.",
    ),
    (
        "derogation",
        True,
        "¿Por qué será que en todos los países donde hay muchos musulmanes acaba habiendo atentados? Pregunta inocente.",
    ),
    (
        "derogation",
        True,
        "Hoy he ido con los niños al Retiro, hacía un día buenísimo y hemos comido en el césped. Luego paseo por el estanque y helado. Lástima que ya no se pueda ir tranquila con tanto magrebí rondando a las niñas.",
    ),
    (
        "derogation",
        True,
        "Llevo tres años en la empresa y por fin me han ascendido. Ha costado, muchas horas extra y fines de semana sin ver a nadie. Eso sí, a la compañera de al lado la han subido a la vez, que para eso es mujer y hay que cumplir la cuota.",
    ),
    (
        "derogation",
        True,
        "Acabo de volver de Barcelona, la Sagrada Familia impresionante y se come de lujo en la Barceloneta. El hotel un poco caro pero bien. Lo único, el Raval: parece Karachi, no se oye una palabra de español y los pakistaníes te miran como si el extranjero fueras tú.",
    ),
    (
        "derogation",
        True,
        "Qué partidazo el de anoche, la defensa perfecta y el segundo gol una obra de arte. Se nota que el míster ha trabajado. A ver si ahora quita a los dos senegaleses del once, que corren mucho pero de táctica no entienden nada, como todos los africanos.",
    ),
    ("derogation", True, "Los gitanos tienen su cultura, sí: la de no pagar la luz."),
    (
        "derogation",
        True,
        "Qué raro que el nuevo ministro tenga apellido judío. Bueno, raro no, lo de siempre.",
    ),
    ("derogation", True, "Las lesbianas es que no han encontrado al hombre adecuado, nada más."),
    (
        "derogation",
        True,
        "Los bisexuales son gente que no se decide y que acabará poniéndote los cuernos con quien sea.",
    ),
    (
        "derogation",
        True,
        "Los colombianos que vienen a España, ¿a qué vienen realmente? Todos sabemos a qué se dedica la mitad.",
    ),
    (
        "derogation",
        True,
        "Una ecuatoriana de cajera vale, pero ¿de profesora de mis hijos? Ni de broma, si no saben ni hablar bien.",
    ),
    (
        "derogation",
        True,
        "Lo del Holocausto está muy inflado, pero claro, ya sabemos quién manda en Hollywood para contarlo a su manera.",
    ),
    (
        "derogation",
        True,
        "Los negros corren mucho, eso nadie lo niega. Para estudiar ya es otra historia.",
    ),
    (
        "derogation",
        True,
        "El lobby gay quiere que tus hijos sean como ellos, por eso hay tantas banderitas en los colegios.",
    ),
    (
        "derogation",
        True,
        "Los chinos comen cualquier cosa que se mueva, y así nos trajeron el virus.",
    ),
    (
        "derogation",
        True,
        "Los refugiados ucranianos vale, que son como nosotros. Los otros, los sirios, ya sabemos cómo son.",
    ),
    (
        "derogation",
        True,
        "Me encanta cuando las mujeres opinan de fútbol, es adorable, como un niño que intenta leer el periódico.",
    ),
    (
        "derogation",
        True,
        "Un sordo en la oficina es un problema: todo hay que repetírselo tres veces y al final lo hace mal igual.",
    ),
    (
        "derogation",
        True,
        "Las personas con síndrome de Down no deberían trabajar de cara al público, espantan a los clientes.",
    ),
    (
        "derogation",
        True,
        "Con los testigos de Jehová no se puede hablar como con personas normales, están programados de fábrica.",
    ),
    (
        "derogation",
        True,
        "Los mapuches no quieren tierras, quieren no trabajar. Quemar camiones es lo único que saben hacer.",
    ),
    (
        "derogation",
        True,
        "¿Y qué esperabas de un nicaragüense? Aquí en Costa Rica ya sabemos cómo son: te quitan el trabajo y luego la billetera.",
    ),
    (
        "derogation",
        True,
        "Los rumanos te limpian la casa muy bien... y luego también te la vacían.",
    ),
    (
        "derogation",
        True,
        "¿Sabes por qué los gitanos no van al gimnasio? Porque ya hacen cardio huyendo de la policía. jajaja es broma... o no",
    ),
    (
        "derogation",
        True,
        "Los marroquíes no se integran porque no quieren: vienen a imponer lo suyo, no a adaptarse a lo nuestro.",
    ),
    (
        "derogation",
        True,
        "¿Una persona trans de maestra en un colegio? Después no preguntéis por qué los niños salen confundidos.",
    ),
    (
        "derogation",
        True,
        "Las mujeres son más emocionales, por eso no deberían ocupar cargos donde se deciden cosas importantes.",
    ),
    (
        "derogation",
        True,
        "Ayer en la reunión de vecinos se habló de la derrama del ascensor, del portero y de las goteras del tercero. Todo más o menos bien. Al final alguien propuso alquilar el bajo a una familia gitana y ahí se acabó la paz: con ellos ya sabemos que el edificio se degrada en meses.",
    ),
    (
        "derogation",
        True,
        "Dato: el 80% de las ayudas al alquiler de mi ciudad se las llevan extranjeros. Saquen sus propias conclusiones sobre quién trabaja aquí y quién no.",
    ),
    (
        "derogation",
        True,
        "Mira la foto de clase de cualquier colegio de primaria en Lleida. Lo del gran reemplazo no es una teoría, es una orla.",
    ),
    # --- dehumanisation (hateful) ---
    (
        "dehumanisation",
        True,
        "Los gitanos se reproducen como conejos y luego la guardería la pagamos nosotros.",
    ),
    (
        "dehumanisation",
        True,
        "Llegan en pateras como una plaga, y donde se asientan ya no vuelve a crecer nada.",
    ),
    (
        "dehumanisation",
        True,
        "Europa está siendo invadida. Cada barco de migrantes es una oleada más que nos borra un poco del mapa.",
    ),
    (
        "dehumanisation",
        True,
        "Los musulmanes son como un cáncer: al principio son pocos y no te das cuenta, y cuando quieres actuar ya se ha extendido por todo el cuerpo.",
    ),
    (
        "dehumanisation",
        True,
        "Los venezolanos son como las cucarachas, dejas una puerta abierta y se te meten a montones.",
    ),
    (
        "dehumanisation",
        True,
        "Los haitianos llegan a Chile como una marea negra que lo mancha todo.",
    ),
    (
        "dehumanisation",
        True,
        "A los chinos habría que fumigarlos como a los bichos, que todo lo que tocan lo contaminan.",
    ),
    (
        "dehumanisation",
        True,
        "Los rumanos del descampado no viven como personas: viven en manada, como animales, entre su propia basura.",
    ),
    (
        "dehumanisation",
        True,
        "Los judíos se pegan a las naciones como una garrapata y las chupan hasta dejarlas secas.",
    ),
    (
        "dehumanisation",
        True,
        "Lo de los gays es una enfermedad social que se contagia si no la paras a tiempo.",
    ),
    (
        "dehumanisation",
        True,
        "Las personas trans son un experimento de laboratorio que ha salido mal.",
    ),
    (
        "dehumanisation",
        True,
        "Los subsaharianos saltando la valla de Melilla parecen monos trepando, lo digo con todo el respeto.",
    ),
    (
        "dehumanisation",
        True,
        "Los marroquíes del barrio son como las palomas: ensucian, hacen ruido y cada año hay más.",
    ),
    (
        "dehumanisation",
        True,
        "Los indígenas del norte son como el ganado, los mueves de un potrero a otro y ni se enteran.",
    ),
    (
        "dehumanisation",
        True,
        "Las mujeres son como los perros: si las educas bien desde pequeñas, obedecen.",
    ),
    (
        "dehumanisation",
        True,
        "Los refugiados sirios son la basura que Europa ha decidido reciclar en nuestras calles.",
    ),
    (
        "dehumanisation",
        True,
        "Los pakistaníes son como la humedad: entra uno por una grieta y a los pocos meses tienes la pared entera podrida.",
    ),
    (
        "dehumanisation",
        True,
        "Los dominicanos en Madrid son una mancha de aceite: donde caen se extienden y no hay forma de limpiarla.",
    ),
    (
        "dehumanisation",
        True,
        "Las personas con discapacidad son como muebles: ocupan sitio, cuestan dinero y no aportan nada.",
    ),
    (
        "dehumanisation",
        True,
        "Los musulmanes se multiplican como setas después de la lluvia; un año hay una mezquita y al siguiente cinco.",
    ),
    ("dehumanisation", True, "La inmigración africana es un virus y Europa no tiene vacuna."),
    (
        "dehumanisation",
        True,
        "Los gitanos son como las ratas del puerto, siempre vuelven por mucho que los eches.",
    ),
    (
        "dehumanisation",
        True,
        "Los bolivianos de la villa viven como hormigas, amontonados en un agujero, y así les gusta.",
    ),
    (
        "dehumanisation",
        True,
        "Los latinos caen sobre España como langostas sobre un trigal, y cuando se van no queda nada.",
    ),
    (
        "dehumanisation",
        True,
        "A los autistas habría que tratarlos como a las máquinas estropeadas: si no funcionan, ¿para qué tenerlas?",
    ),
    ("dehumanisation", True, "Las lesbianas no son mujeres de verdad, son un error de fábrica."),
    (
        "dehumanisation",
        True,
        "Cada verano el paseo marítimo se llena de africanos igual que el monte se llena de garrapatas.",
    ),
    (
        "dehumanisation",
        True,
        "Los chinos son hormigas sin alma: trabajan, se reproducen y obedecen, nada más.",
    ),
    (
        "dehumanisation",
        True,
        "Los migrantes son un tsunami humano y nosotros estamos en primera línea de playa sin sombrilla.",
    ),
    (
        "dehumanisation",
        True,
        "Los nicaragüenses entran por la frontera como el agua por un barco agujereado, y nos vamos a hundir todos.",
    ),
    # --- threat (hateful) ---
    (
        "threat",
        True,
        "Sería mejor para todos que los gitanos desaparecieran de este barrio. Como sea.",
    ),
    (
        "threat",
        True,
        "Como se instale una familia más de marroquíes en la calle, lo arreglamos nosotros, que la policía no hace nada.",
    ),
    (
        "threat",
        True,
        "Ya es hora de mandar a todos los inmigrantes de vuelta a su país, en avión o a nado.",
    ),
    ("threat", True, "Sabemos dónde está la mezquita y a qué hora rezan. Solo digo eso."),
    (
        "threat",
        True,
        "Remigración ya. Todos los que no son de aquí, fuera, empezando por los que llegaron ayer.",
    ),
    (
        "threat",
        True,
        "A ver si algún día alguien hace con los menas lo que hay que hacer, que los vecinos estamos hartos.",
    ),
    (
        "threat",
        True,
        "Cuando volvamos a gobernar, los gays vuelven al armario, por las buenas o por las malas.",
    ),
    ("threat", True, "Yo no digo nada, pero si mi hijo me sale trans no sale vivo de casa."),
    (
        "threat",
        True,
        "La sinagoga de la calle Mayor tiene muy poca vigilancia. Por si a alguien le interesa.",
    ),
    (
        "threat",
        True,
        "Hay que expulsar a todos los venezolanos del país, no dejar ni uno, tengan papeles o no.",
    ),
    (
        "threat",
        True,
        "Una buena limpieza en el barrio chino y se acaban los problemas. Quien entienda, que entienda.",
    ),
    ("threat", True, "Ojalá se hundan todas las pateras antes de llegar a la costa."),
    (
        "threat",
        True,
        "Si veo a dos tíos de la mano en mi bar, salen por la puerta de atrás y no precisamente andando.",
    ),
    (
        "threat",
        True,
        "Hay que volver a los tiempos en que a las mujeres se las ponía en su sitio con la mano abierta.",
    ),
    (
        "threat",
        True,
        "Los haitianos que se vayan antes de marzo; después no respondemos de lo que pase.",
    ),
    (
        "threat",
        True,
        "Ya tenemos la lista de las casas donde viven los peruanos del pueblo. El sábado pasamos a saludar.",
    ),
    (
        "threat",
        True,
        "Un día de estos alguien va a prender fuego al campamento de los rumanos y nadie va a llorar.",
    ),
    (
        "threat",
        True,
        "A los judíos no hay que discutirlos, hay que sacarlos de todos los puestos de poder, uno por uno.",
    ),
    (
        "threat",
        True,
        "Cierren la frontera y echen a los bolivianos que ya están, que vuelvan caminando al altiplano.",
    ),
    (
        "threat",
        True,
        "Si los mapuches quieren guerra, guerra van a tener, y no les va a quedar ni una ruca en pie.",
    ),
    (
        "threat",
        True,
        "Espero que este invierno sea muy duro para los gitanos de la Cañada Real, a ver si así se limpia sola.",
    ),
    (
        "threat",
        True,
        "Que metan a todos los musulmanes en barcos y los devuelvan, y al que no quiera subir, que le ayuden.",
    ),
    ("threat", True, "Los nicaragüenses tienen los días contados aquí, que se vayan preparando."),
    ("threat", True, "Ni una mezquita más. Y las que ya hay, a tierra."),
    (
        "threat",
        True,
        "El que alquile un piso a negros en esta urbanización se va a enterar, y los inquilinos también.",
    ),
    (
        "threat",
        True,
        "A los trans habría que encerrarlos en un psiquiátrico hasta que se les pase.",
    ),
    (
        "threat",
        True,
        "Las personas con discapacidad no deberían tener hijos; habría que esterilizarlas por ley.",
    ),
    (
        "threat",
        True,
        "Lo que necesitan los colombianos de la plaza es que una noche salgamos todos los del barrio a la vez. Verás qué rápido se acaba el problema.",
    ),
    (
        "threat",
        True,
        "A los chinos de la tienda de abajo les va a pasar algo cualquier día. No seré yo quien llame a los bomberos.",
    ),
    (
        "threat",
        True,
        "Este finde hemos estado en el pueblo, arreglando el huerto y haciendo barbacoa con los primos. Los niños felices con las gallinas. Lo único malo es el centro de acogida de refugiados que han abierto al lado; si por mí fuera, una noche de estas ardía con todos dentro.",
    ),
    (
        "threat",
        True,
        "Qué ganas tenía de que llegara el verano: piscina, terracita y siesta. Este año además nos vamos a Cádiz. Eso sí, como vea en la playa a alguna con burka, se lo arranco delante de todos.",
    ),
    (
        "threat",
        True,
        "Habría que prohibir a las lesbianas adoptar y quitarles los niños que ya tienen.",
    ),
    (
        "threat",
        True,
        "Que los pakistaníes de la calle Hospital no se acostumbren a estar tranquilos. Esto no ha terminado.",
    ),
    (
        "threat",
        True,
        "Al próximo senegalés que vea vendiendo en el paseo le tiro la manta al mar, con él encima.",
    ),
    (
        "threat",
        True,
        "Deportación masiva de todos los ilegales y de sus hijos nacidos aquí, que no se queden ni los nietos.",
    ),
    (
        "threat",
        True,
        "Mandaría a todos los ecuatorianos de vuelta en el primer vuelo, y sin billete de regreso.",
    ),
    # --- negated_hate ---
    (
        "negated_hate",
        False,
        "Es mentira que los gitanos no trabajen. Mi vecino gitano lleva treinta años en el mercado, de lunes a sábado.",
    ),
    (
        "negated_hate",
        False,
        "No, los inmigrantes no viven de las ayudas. La mayoría cotiza más de lo que recibe, los datos de la Seguridad Social están ahí.",
    ),
    (
        "negated_hate",
        False,
        "Eso de que las mujeres conducen peor es un mito: las aseguradoras les cobran menos precisamente porque tienen menos accidentes.",
    ),
    (
        "negated_hate",
        False,
        "Los judíos no controlan ningún banco ni ningún medio. Ese cuento lleva cien años usándose para justificar persecuciones.",
    ),
    (
        "negated_hate",
        False,
        "Que alguien sea gay no se 'pega'. No tiene ningún sentido decir eso a estas alturas.",
    ),
    (
        "negated_hate",
        False,
        "Ser trans no es un disfraz ni una moda, y repetirlo mil veces no lo va a convertir en verdad.",
    ),
    (
        "negated_hate",
        False,
        "Los venezolanos que conozco trabajan más horas que nadie. Lo de que vienen a vivir del cuento no se sostiene.",
    ),
    (
        "negated_hate",
        False,
        "Ni todos los musulmanes son terroristas ni la mayoría de atentados en Europa los cometen musulmanes. Mirad los informes de Europol antes de opinar.",
    ),
    (
        "negated_hate",
        False,
        "No es verdad que los chinos blanqueen dinero con las tiendas; lo que hacen es trabajar doce horas al día, todos los días.",
    ),
    (
        "negated_hate",
        False,
        "Dejemos de decir que las personas con discapacidad no son productivas. En mi equipo hay una compañera en silla de ruedas y es la que más resuelve.",
    ),
    (
        "negated_hate",
        False,
        "Los menores migrantes no acompañados no son delincuentes por defecto. Son chavales solos, muchos de 14 o 15 años.",
    ),
    (
        "negated_hate",
        False,
        "Lo de que los rumanos roban es un prejuicio. Mi fisio es rumana y es la persona más honrada que conozco.",
    ),
    (
        "negated_hate",
        False,
        "Los bolivianos no son 'buenos solo para cargar'. Hay médicos, ingenieros y profes bolivianos en toda Argentina.",
    ),
    (
        "negated_hate",
        False,
        "Los autistas no son una carga. La carga es la falta de apoyos que les damos.",
    ),
    (
        "negated_hate",
        False,
        "No, las lesbianas no están así porque no hayan encontrado al hombre adecuado. Qué manera más rancia de pensar.",
    ),
    (
        "negated_hate",
        False,
        "Los vecinos negros no bajan el nivel de ningún barrio; lo que lo baja es que el ayuntamiento no invierta un duro.",
    ),
    (
        "negated_hate",
        False,
        "Es falso que los haitianos compren títulos. Mi cardióloga en Santiago es haitiana y revalidó en la Universidad de Chile.",
    ),
    (
        "negated_hate",
        False,
        "No todos los colombianos se dedican a nada raro, por favor. Es como decir que todos los españoles son toreros.",
    ),
    (
        "negated_hate",
        False,
        "Los pueblos indígenas no 'piden tierras por pedir': reclaman territorios que les quitaron, con papeles y con historia.",
    ),
    (
        "negated_hate",
        False,
        "Eso de que los bisexuales son infieles por naturaleza es una tontería. La fidelidad no depende de quién te atraiga.",
    ),
    (
        "negated_hate",
        False,
        "Los marroquíes de mi pueblo están más que integrados; el panadero es de Nador y habla valenciano mejor que yo.",
    ),
    (
        "negated_hate",
        False,
        "Las mujeres no son 'demasiado emocionales' para mandar. Llevo diez años con jefas y ninguna ha decidido peor que mis jefes.",
    ),
    (
        "negated_hate",
        False,
        "Que los nicas nos quitan el trabajo es falso: recogen el café que aquí ya nadie quiere recoger.",
    ),
    (
        "negated_hate",
        False,
        "No existe ningún 'gran reemplazo'. Es una teoría conspiranoica inventada para meter miedo, nada más.",
    ),
    (
        "negated_hate",
        False,
        "Tener síndrome de Down no impide atender al público. En el súper de mi barrio hay un chico con Down en caja y todo el mundo lo adora.",
    ),
    (
        "negated_hate",
        False,
        "Los refugiados sirios no son 'los otros'. Huyen de una guerra igual que los ucranianos, con la misma desesperación.",
    ),
    # --- counter_speech ---
    (
        "counter_speech",
        False,
        "Alguien comentó 'que se hundan las pateras' debajo de la noticia del naufragio. Hay que estar muy podrido por dentro para escribir eso.",
    ),
    (
        "counter_speech",
        False,
        "En el grupo de vecinos pusieron 'ojalá se vayan los gitanos del barrio' y nadie dijo nada. Yo sí: eso es racismo y no lo pienso tolerar.",
    ),
    (
        "counter_speech",
        False,
        "Denunciado el tuit que decía que los judíos controlan los medios. Esa basura antisemita no debería tener ni un like.",
    ),
    (
        "counter_speech",
        False,
        "Me parece repugnante que un concejal diga que los inmigrantes 'son una plaga'. Que dimita hoy mismo.",
    ),
    (
        "counter_speech",
        False,
        "Cuando alguien empieza con 'no soy racista, pero...' ya sabes lo que viene detrás. Basta ya.",
    ),
    (
        "counter_speech",
        False,
        "Mi tío soltó en la cena de Navidad que lo de los gays 'se contagia'. Le dije que eso es homofobia pura y me levanté de la mesa.",
    ),
    (
        "counter_speech",
        False,
        "Leer comentarios como 'a los trans habría que encerrarlos' debajo de una noticia sobre una chica de 16 años me revuelve el estómago.",
    ),
    (
        "counter_speech",
        False,
        "Pintaron 'moros fuera' en la puerta de la mezquita de mi ciudad. Esta mañana fuimos cincuenta vecinos a limpiarla.",
    ),
    (
        "counter_speech",
        False,
        "El hilo ese de que los venezolanos 'vienen a avivarse' es xenofobia disfrazada de opinión. Repórtenlo.",
    ),
    (
        "counter_speech",
        False,
        "A los que dicen que el Holocausto 'está inflado': seis millones de personas. No hay nada que inflar.",
    ),
    (
        "counter_speech",
        False,
        "Un entrenador le dijo a un chaval senegalés que 'corre mucho pero no piensa'. Eso no es una crítica técnica, es racismo, y el club tiene que actuar.",
    ),
    (
        "counter_speech",
        False,
        "Ya basta de memes comparando a los migrantes con cucarachas. Son personas, con nombre y con familia.",
    ),
    (
        "counter_speech",
        False,
        "Que a estas alturas todavía haya quien diga que las mujeres 'no sirven para mandar' dice mucho más de ellos que de nosotras.",
    ),
    (
        "counter_speech",
        False,
        "Hay un canal de Telegram compartiendo direcciones de familias peruanas del pueblo. Ya lo he denunciado a la Guardia Civil, haced lo mismo.",
    ),
    (
        "counter_speech",
        False,
        "El chiste de los gitanos y el gimnasio no tiene ninguna gracia. Es el mismo desprecio de siempre con un 'jaja' al final.",
    ),
    (
        "counter_speech",
        False,
        "En el estadio hicieron sonidos de mono a un jugador negro. Esa grada debería estar cerrada un año entero.",
    ),
    (
        "counter_speech",
        False,
        "Que alguien escriba 'los mapuches solo saben quemar camiones' demuestra que no sabe nada de historia ni de personas.",
    ),
    (
        "counter_speech",
        False,
        "Mi abuela también decía cosas horribles de los judíos. La quiero mucho, pero aquello era antisemitismo y no pienso repetirlo.",
    ),
    (
        "counter_speech",
        False,
        "Si te parece gracioso decir que los chinos 'comen de todo y trajeron el virus', no eres gracioso, eres racista.",
    ),
    (
        "counter_speech",
        False,
        "El cartel de 'remigración' que apareció en la parada del bus es propaganda de odio. Ya lo ha retirado el ayuntamiento, menos mal.",
    ),
    # --- identity_neutral ---
    (
        "identity_neutral",
        False,
        "¿Alguien sabe a qué hora es el iftar hoy en Madrid? Me han invitado unos compañeros y no quiero llegar tarde.",
    ),
    ("identity_neutral", False, "El Día Internacional del Pueblo Gitano se celebra el 8 de abril."),
    (
        "identity_neutral",
        False,
        "Según el INE, los colombianos fueron el año pasado la nacionalidad con más altas de residencia en España.",
    ),
    (
        "identity_neutral",
        False,
        "¿Cómo se felicita el Año Nuevo chino? Mi jefa es de Zhejiang y quiero escribirle algo bonito.",
    ),
    (
        "identity_neutral",
        False,
        "La comunidad judía de Buenos Aires es la más grande de América Latina.",
    ),
    (
        "identity_neutral",
        False,
        "¿Qué diferencia hay entre ser no binario y ser trans? Pregunto de buena fe, quiero entenderlo.",
    ),
    (
        "identity_neutral",
        False,
        "Mañana hay jornada de puertas abiertas en la mezquita de la M-30, puede ir cualquiera.",
    ),
    (
        "identity_neutral",
        False,
        "La Constitución de Bolivia reconoce como oficiales 36 lenguas indígenas además del castellano.",
    ),
    (
        "identity_neutral",
        False,
        "La manifestación del Orgullo de Madrid sale este año de Atocha a las seis de la tarde.",
    ),
    (
        "identity_neutral",
        False,
        "¿Los haitianos en Chile hablan creole o francés? Mi vecino es haitiano y no sé en qué saludarlo.",
    ),
    ("identity_neutral", False, "La lengua de signos española está reconocida por ley desde 2007."),
    (
        "identity_neutral",
        False,
        "Noticia: el Gobierno amplía las plazas del programa de acogida para refugiados sudaneses.",
    ),
    (
        "identity_neutral",
        False,
        "Hoy empieza el Ramadán, así que en el trabajo hemos movido el horario de la comida de equipo.",
    ),
    (
        "identity_neutral",
        False,
        "¿Dónde se puede comprar comida venezolana en Valencia? Busco harina PAN y queso de mano.",
    ),
    (
        "identity_neutral",
        False,
        "El 2 de abril es el Día Mundial de Concienciación sobre el Autismo.",
    ),
    (
        "identity_neutral",
        False,
        "En Perú, el quechua y el aimara son lenguas oficiales en las zonas donde predominan.",
    ),
    (
        "identity_neutral",
        False,
        "¿Alguien sabe si la sinagoga de Córdoba se puede visitar en sábado?",
    ),
    (
        "identity_neutral",
        False,
        "Según el censo, el mapuche es el pueblo originario más numeroso de Chile.",
    ),
    (
        "identity_neutral",
        False,
        "Pregunta para personas sordas: ¿preferís subtítulos o intérprete en las charlas online?",
    ),
    (
        "identity_neutral",
        False,
        "Mi compañera es musulmana y me ha contado que en Ramadán no come nada hasta que se pone el sol.",
    ),
    (
        "identity_neutral",
        False,
        "¿Cuántos dominicanos viven en Nueva York? Leí que es una de las comunidades latinas más grandes.",
    ),
    (
        "identity_neutral",
        False,
        "En Costa Rica viven varios cientos de miles de nicaragüenses, según las estimaciones de Migración.",
    ),
    (
        "identity_neutral",
        False,
        "El matrimonio entre personas del mismo sexo es legal en España desde 2005.",
    ),
    (
        "identity_neutral",
        False,
        "Los rumanos son una de las comunidades extranjeras más numerosas de España.",
    ),
    (
        "identity_neutral",
        False,
        "¿Qué significa la kipá y quién la lleva? Lo vi en una serie y me quedé con la duda.",
    ),
    # --- identity_positive ---
    (
        "identity_positive",
        False,
        "Los abuelos gitanos de mi barrio cantan en la plaza los domingos y se te pone la piel de gallina.",
    ),
    (
        "identity_positive",
        False,
        "La cocina peruana es de lo mejor del mundo y nadie me va a convencer de lo contrario. Gracias por el ceviche, Lima.",
    ),
    (
        "identity_positive",
        False,
        "Qué orgullo ver a tantas chicas en la promoción de ingeniería de este año. Que no pare.",
    ),
    (
        "identity_positive",
        False,
        "Mis vecinos marroquíes nos trajeron cuscús el día que nació mi hija. Gente así hace barrio.",
    ),
    (
        "identity_positive",
        False,
        "Las personas trans que conozco son de las más valientes que he visto en mi vida.",
    ),
    (
        "identity_positive",
        False,
        "Los venezolanos han traído a Madrid las arepas, la alegría y unas ganas de currar que ya quisiéramos.",
    ),
    (
        "identity_positive",
        False,
        "Mi profesor de mates del instituto era sordo y fue el mejor que he tenido. Nos enseñó hasta algo de lengua de signos.",
    ),
    (
        "identity_positive",
        False,
        "Las familias de dos mamás o dos papás del cole son un amor; los niños de la clase los adoran.",
    ),
    (
        "identity_positive",
        False,
        "Gracias a las enfermeras filipinas de la UCI mi padre salió adelante. Nunca lo olvidaré.",
    ),
    (
        "identity_positive",
        False,
        "Los chavales senegaleses del equipo de mi hijo son unos cracks, y en el vestuario todavía mejores.",
    ),
    (
        "identity_positive",
        False,
        "La comunidad judía de mi ciudad organizó una recogida de alimentos para todo el barrio. Un ejemplo.",
    ),
    (
        "identity_positive",
        False,
        "Mi compañero autista tiene una memoria brutal y un humor buenísimo. Me alegra cada turno.",
    ),
    (
        "identity_positive",
        False,
        "Las abuelas indígenas que tejen en Otavalo hacen auténticas obras de arte. Me traje dos mantas preciosas.",
    ),
    (
        "identity_positive",
        False,
        "¡Las chicas del equipo de fútbol femenino del pueblo han subido de categoría! Enhorabuena, campeonas.",
    ),
    (
        "identity_positive",
        False,
        "El restaurante chino de la esquina ya es familia. La señora Li se acuerda del cumpleaños de todos.",
    ),
    (
        "identity_positive",
        False,
        "Qué bonita la boda de mis dos amigas ayer. Lloré como una magdalena.",
    ),
    (
        "identity_positive",
        False,
        "Los haitianos de mi obra son los más trabajadores y los más educados. Un gusto tenerlos.",
    ),
    (
        "identity_positive",
        False,
        "Los puesteros bolivianos de la feria me enseñaron más de comercio que cualquier máster.",
    ),
    (
        "identity_positive",
        False,
        "Los deportistas paralímpicos españoles han vuelto a arrasar. Qué orgullo.",
    ),
    (
        "identity_positive",
        False,
        "La mezquita de mi barrio reparte comida a cualquiera que lo necesite, sea de donde sea. Olé por ellos.",
    ),
    # --- non_protected_target ---
    (
        "non_protected_target",
        False,
        "Los del Atleti se reproducen como conejos en mi oficina, ya son mayoría y los lunes no hay quien los aguante.",
    ),
    (
        "non_protected_target",
        False,
        "Los patinetes eléctricos son una plaga; invaden las aceras y ya no hay quien camine.",
    ),
    (
        "non_protected_target",
        False,
        "Que se vayan todos los diputados del Congreso, de todos los partidos. No se salva ni uno.",
    ),
    (
        "non_protected_target",
        False,
        "Los fondos buitre se han extendido por los pisos de Barcelona como una infección.",
    ),
    (
        "non_protected_target",
        False,
        "Los mosquitos de este verano son una invasión. Ojalá desaparezcan todos.",
    ),
    (
        "non_protected_target",
        False,
        "Los caseros de Madrid viven de las rentas sin dar palo al agua y encima te suben el alquiler cada año.",
    ),
    (
        "non_protected_target",
        False,
        "El tráfico de la Ciudad de México es un cáncer que se come tres horas de tu vida al día.",
    ),
    (
        "non_protected_target",
        False,
        "Esta ley de vivienda es basura. Hay que tumbarla en el Constitucional cuanto antes.",
    ),
    (
        "non_protected_target",
        False,
        "Los ultras del equipo rival son una manada; habría que prohibirles la entrada a todos los estadios.",
    ),
    (
        "non_protected_target",
        False,
        "Las eléctricas nos roban cada mes y nadie hace nada. Habría que echarlas del mercado.",
    ),
    (
        "non_protected_target",
        False,
        "La doctrina de la Iglesia sobre los anticonceptivos me parece retrógrada y dañina.",
    ),
    (
        "non_protected_target",
        False,
        "El gobierno de Maduro ha destrozado Venezuela y debería irse ya.",
    ),
    (
        "non_protected_target",
        False,
        "Las cucarachas han invadido el sótano del edificio. El lunes viene el fumigador, que hay que acabar con todas.",
    ),
    (
        "non_protected_target",
        False,
        "En los bancos te tratan como ganado cuando vas a la ventanilla. Números, eso somos.",
    ),
    (
        "non_protected_target",
        False,
        "Los tertulianos de la tele son todos iguales: no saben de nada y opinan de todo.",
    ),
    (
        "non_protected_target",
        False,
        "Los influencers que venden cursos de criptomonedas deberían estar en la cárcel, todos.",
    ),
    (
        "non_protected_target",
        False,
        "Las aerolíneas low cost nos tratan como ganado. Nunca más vuelvo a volar con ellos.",
    ),
    (
        "non_protected_target",
        False,
        "Los turistas de crucero llegan como una marea, arrasan el centro y se van sin dejar un euro.",
    ),
    (
        "non_protected_target",
        False,
        "Las palomas de la plaza son ratas con alas, que alguien haga algo ya.",
    ),
    (
        "non_protected_target",
        False,
        "El régimen iraní oprime a su propio pueblo; hay que sancionarlo ya.",
    ),
    (
        "non_protected_target",
        False,
        "Los directivos de esta empresa deberían salir todos por la puerta, uno por uno, empezando por el consejero delegado.",
    ),
    # --- abuse_individual ---
    (
        "abuse_individual",
        False,
        "Mi vecino del quinto es el tío más insoportable que existe: pone la tele a todo volumen a las dos de la mañana y luego me mira mal en el ascensor.",
    ),
    (
        "abuse_individual",
        False,
        "Mi jefe es un inútil. Hoy me ha cambiado el proyecto por tercera vez en una semana.",
    ),
    (
        "abuse_individual",
        False,
        "La del banco me ha tratado fatal, como si le estuviera pidiendo un favor por sacar mi propio dinero. Qué mala educación.",
    ),
    (
        "abuse_individual",
        False,
        "El árbitro de hoy estaba ciego, nos ha robado el partido él solito.",
    ),
    (
        "abuse_individual",
        False,
        "Mi ex es el ser más egoísta del planeta, no me devuelve ni los libros.",
    ),
    (
        "abuse_individual",
        False,
        "El fontanero que vino ayer es un caradura: tres horas, no arregló nada y me cobró 200 euros.",
    ),
    (
        "abuse_individual",
        False,
        "Mi compañero de piso es un guarro, lleva una semana sin fregar su plato.",
    ),
    ("abuse_individual", False, "Ese profe es un amargado, nos suspende a todos por gusto."),
    (
        "abuse_individual",
        False,
        "El taxista de anoche iba como un loco y encima me gritó a mí. Menudo personaje.",
    ),
    (
        "abuse_individual",
        False,
        "Mi suegra es insufrible, viene a casa y me cambia los muebles de sitio sin preguntar.",
    ),
]

EVERYDAY_TRAIN5: list[tuple[str, str]] = [
    ("chat", "jajaja me muero de risa con el audio que mandaste"),
    ("chat", "Mándame un mensaje cuando llegues, que me quedo tranquila."),
    ("chat", "Oye, ¿te acuerdas del nombre de aquel bar de tapas de Triana? No me sale."),
    ("chat", "Che, ¿hoy hay mate en lo de Caro o se suspendió?"),
    ("chat", "Te juro que si vuelves a hacer spoiler de la serie te mato jajaja"),
    ("chat", "Qué pereza me da el lunes, de verdad."),
    ("chat", "Güey, ya llegué, estoy afuera del Oxxo."),
    ("chat", "Buenos días a todos, ¿qué tal el finde?"),
    ("chat", "No me lo creo, ¡por fin te contestó! Cuéntamelo todo."),
    ("chat", "Estoy muerta, he dormido cuatro horas."),
    ("plans", "¿Quedamos el sábado a las siete en la puerta del cine?"),
    ("plans", "Este puente nos vamos a Asturias, a ver si no llueve mucho."),
    ("plans", "Hay que reservar la cena de cumple de Lucía antes del jueves, ¿quién se encarga?"),
    ("plans", "Mañana paso por tu casa a buscar la bici, ¿te viene bien a las 10?"),
    ("plans", "¿Vamos al asado del domingo o nos quedamos tranquis?"),
    ("plans", "Propongo ir a la playa temprano y volver antes de que pegue el sol."),
    (
        "plans",
        "Al final no puedo ir al concierto, me ha surgido algo en el curro. Lo siento mucho.",
    ),
    ("plans", "Dale, nos vemos en el Starbucks de Providencia a las cinco."),
    (
        "review",
        "El restaurante está bien, pero la paella tardó una hora y llegó tibia. Dos estrellas.",
    ),
    ("review", "Los auriculares suenan de lujo para lo que cuestan. Recomendados."),
    ("review", "Hotel limpio, personal amable y desayuno buenísimo. Volveremos seguro."),
    ("review", "La peli está bien, pero la segunda mitad se hace eterna."),
    ("review", "Pedí una talla M y me llegó una XL. El cambio fue rápido, eso sí."),
    ("review", "El libro me mató, lloré en las últimas veinte páginas."),
    (
        "review",
        "El taller me arregló el coche en un día y me cobraron lo que dijeron. Así da gusto.",
    ),
    ("review", "Los tacos al pastor de este puesto están de muerte, vayan ya."),
    ("support", "Hola, no me llega el código de verificación al móvil. ¿Me pueden ayudar?"),
    ("support", "Buenas tardes, el pedido 45821 aparece como entregado pero no lo he recibido."),
    ("support", "La app se cierra sola cada vez que intento subir una foto."),
    ("support", "¿Cómo cambio la dirección de facturación? No encuentro la opción."),
    (
        "support",
        "Me han cobrado dos veces la misma suscripción este mes, necesito que me devuelvan una.",
    ),
    ("support", "Buenos días, quería dar de baja la línea fija y mantener la fibra."),
    ("support", "El router parpadea en rojo desde esta mañana y no tengo internet."),
    ("support", "¿Tienen atención en persona en Guadalajara o solo por chat?"),
    ("sports", "¡Los matamos! 4-0 y fuera de casa, qué partidazo."),
    ("sports", "El Betis hoy ha jugado de miedo, la segunda parte ha sido una locura."),
    ("sports", "Ese delantero está fusilando a todos los porteros de la liga."),
    ("sports", "Boca tiene que ganar sí o sí el domingo, si no nos quedamos afuera."),
    ("sports", "Hoy en el pádel nos han dado una paliza, pero nos hemos reído mucho."),
    ("sports", "El penalti del final me ha matado, no puedo con estos nervios."),
    ("sports", "Mañana salgo a correr 10 km, deseadme suerte."),
    ("sports", "Qué golazo de chilena, lo he visto veinte veces ya."),
    ("gaming", "Anoche reventamos la raid a la primera, el equipo estaba on fire."),
    ("gaming", "Me han matado tres veces seguidas desde el mismo arbusto, no puede ser."),
    ("gaming", "¿Alguien para unas partidas de Valorant esta noche?"),
    ("gaming", "El jefe final me está destrozando, llevo dos horas con él."),
    ("gaming", "Te cubro por la izquierda, tú entra y remata."),
    ("gaming", "Se me ha ido la conexión justo en la final del torneo, qué rabia."),
    ("gaming", "Hemos arrasado en el ranked, subimos a diamante por fin."),
    ("gaming", "Ese speedrun es una locura, me muero con el truco del minuto tres."),
    ("work", "Os paso el informe revisado antes de las doce."),
    ("work", "La reunión de las cuatro se mueve a mañana a primera hora."),
    ("work", "Hemos petado la presentación, el cliente ha firmado."),
    ("work", "¿Alguien sabe cómo se pide el día de asuntos propios en el portal nuevo?"),
    ("work", "Mañana teletrabajo, si necesitáis algo llamadme."),
    ("work", "Estoy hasta arriba con el cierre del trimestre, hablamos el viernes."),
    ("work", "Recuerden cargar las horas en el sistema antes del cierre de mes."),
    ("work", "La nueva impresora de la planta tres ya funciona, por fin."),
    ("work", "Me matan a correos desde que volví de vacaciones."),
    ("family", "Mamá, ¿tienes la receta de las croquetas de la abuela?"),
    ("family", "Los niños ya están dormidos, por fin un rato de paz."),
    ("family", "Este domingo comemos en casa de los tíos, lleva tú el postre."),
    ("family", "Mi hija ha dado sus primeros pasos hoy, estoy que no me lo creo."),
    ("family", "Papá, acuérdate de tomarte la pastilla de la tensión."),
    ("family", "¿Quién recoge a Pablo del fútbol hoy, tú o yo?"),
    ("family", "La abuela cumple 90 y está más fuerte que todos nosotros juntos."),
    ("family", "Nos vamos a matar a comer en Navidad como todos los años jaja"),
    ("news", "¿Habéis visto que suben otra vez los precios de la luz?"),
    ("news", "Dicen que mañana cortan la Castellana por la maratón."),
    ("news", "Ha temblado un poco en Lima esta mañana, ¿lo sintieron?"),
    ("news", "Han abierto una biblioteca nueva en el barrio, con sala de estudio hasta las doce."),
    ("news", "Leí que este verano va a ser todavía más caluroso que el anterior."),
    ("news", "El metro va a tener servicio 24 horas el fin de semana de fiestas."),
    ("news", "Al final aprobaron el presupuesto municipal, con la reforma del parque incluida."),
    ("news", "¿Alguien sabe si mañana hay huelga de transporte?"),
    ("chat", "Me acabo de enterar, ¡enhorabuena por el trabajo nuevo!"),
    ("plans", "Si llueve, plan B: sofá, pizza y peli."),
    ("review", "El curso online está bien montado, aunque algunos vídeos suenan fatal."),
    ("support", "He olvidado la contraseña y el enlace de recuperación me da error 404."),
    ("gaming", "GG chicos, mañana la revancha."),
    ("sports", "Vamos a muerte con la selección, que este año sí."),
]
