"""Portuguese (pt): a second training part, written for variety: new sentence frames
(questions, chat, rants, commands, sarcasm, short and long posts), new protected groups, slurs
and metaphors, and hard negatives and everyday lines in new situations. Mostly Brazilian
Portuguese, with some European Portuguese lines among the hand-written ones."""

# ruff: noqa: E501  (the data lines are sentences; they are not wrapped)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group with the forms the frames need (articles contract with de/a/em/por/pra)."""

    bare: str  # plural noun phrase without article: "paraguaios", "pessoas surdas"
    sg: str  # singular without article
    fem: bool  # grammatical gender of the noun phrase

    def a(self, masc: str, fem: str) -> str:
        return fem if self.fem else masc

    @property
    def os(self) -> str:
        return self.a("os ", "as ") + self.bare

    @property
    def Os(self) -> str:
        return self.a("Os ", "As ") + self.bare

    @property
    def dos(self) -> str:
        return self.a("dos ", "das ") + self.bare

    @property
    def aos(self) -> str:
        return self.a("aos ", "às ") + self.bare

    @property
    def nos(self) -> str:
        return self.a("nos ", "nas ") + self.bare

    @property
    def pros(self) -> str:
        return self.a("pros ", "pras ") + self.bare

    @property
    def todos(self) -> str:
        return self.a("todos os ", "todas as ") + self.bare

    @property
    def um(self) -> str:
        return self.a("um ", "uma ") + self.sg

    @property
    def eles(self) -> str:
        return self.a("eles", "elas")


_Frame = Callable[[_G], str]
_ACCENTS = str.maketrans("áàâãçéêíóôõúüÁÀÂÃÇÉÊÍÓÔÕÚÜ", "aaaaceeiooouuAAAACEEIOOOUU")


def _plain(text: str) -> str:
    """Typed the quick way: no accents or cedilla, lower case."""
    return text.translate(_ACCENTS).lower()


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
    _G("paraguaios", "paraguaio", False),
    _G("mulheres", "mulher", True),
    _G("homossexuais", "homossexual", False),
    _G("senegaleses", "senegalês", False),
    _G("pessoas surdas", "pessoa surda", True),
    _G("evangélicos", "evangélico", False),
    _G("peruanos", "peruano", False),
    _G("pessoas não binárias", "pessoa não binária", True),
    _G("congoleses", "congolês", False),
    _G("judeus", "judeu", False),
    _G("cadeirantes", "cadeirante", False),
    _G("colombianos", "colombiano", False),
    _G("lésbicas", "lésbica", True),
    _G("nigerianos", "nigeriano", False),
    _G("nordestinos", "nordestino", False),
    _G("pessoas com síndrome de Down", "pessoa com síndrome de Down", True),
    _G("muçulmanos", "muçulmano", False),
    _G("cabo-verdianos", "cabo-verdiano", False),
    _G("homens trans", "homem trans", False),
    _G("indianos", "indiano", False),
    _G("negros", "negro", False),
    _G("espíritas", "espírita", False),
    _G("paquistaneses", "paquistanês", False),
    _G("pessoas com esquizofrenia", "pessoa com esquizofrenia", True),
    _G("ciganos", "cigano", False),
    _G("ucranianos", "ucraniano", False),
    _G("indígenas", "indígena", False),
    _G("japoneses", "japonês", False),
    _G("haitianos", "haitiano", False),
    _G("imigrantes", "imigrante", False),
    _G("coreanos", "coreano", False),
    _G("bolivianos", "boliviano", False),
]

# --- flagged frames --------------------------------------------------------------------------

_DEROGATION: list[_Frame] = [
    lambda g: f"Por que {g.os} sempre têm que fazer barraco em todo lugar? Não aguento mais.",
    lambda g: f"Sinceramente, {g.os} me dão ânsia de vômito.",
    lambda g: f"Quanto mais longe {g.dos}, melhor.",
    lambda g: (
        f"Desde que encheu de {g.bare} aqui, o bairro foi pro buraco, e quem disser o contrário tá mentindo."
    ),
    lambda g: _plain(
        f"{g.a('nenhum', 'nenhuma')} {g.sg} vale o que come, {g.a('nenhum', 'nenhuma')}"
    ),
    lambda g: f"Eu não contratava {g.um} nem a pau.",
    lambda g: (
        f"{g.Os}: {g.a('preguiçosos, fedidos', 'preguiçosas, fedidas')} e ainda querendo direitos. Nojo."
    ),
    lambda g: f"Me embrulha o estômago dividir o ônibus com {g.os} 🤢",
    lambda g: f"Fio: por que {g.os} são inferiores ao resto (e ninguém tem coragem de falar) 🧵",
    lambda g: (
        f"Não me venham com mimimi, {g.os} são {g.a('todos iguais: mentirosos e aproveitadores', 'todas iguais: mentirosas e aproveitadoras')}."
    ),
    lambda g: f"{g.Os} não deviam ter direito a voto.",
    lambda g: _plain(f"no meu trampo tem {g.um} e eu te falo q {g.eles} sao o pior tipo de gente"),
    lambda g: f"Desculpa, mas {g.os} são seres asquerosos.",
    lambda g: f"É impressionante como {g.os} são {g.a('burros', 'burras')}, sério.",
    lambda g: f"Que surpresa, {g.os} dando problema de novo 🙄 ninguém esperava.",
]

_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Os} se reproduzem feito coelhos 🐇",
    lambda g: f"O bairro tá infestado de {g.bare}.",
    lambda g: f"{g.Os} são urubus em cima da carniça.",
    lambda g: f"Desde quando a gente deixa bicho como {g.os} votar?",
    lambda g: f"{g.Os} são uma infecção que tem que ser cortada pela raiz.",
    lambda g: f"{g.Os} são uma matilha de hienas esperando a hora de roubar.",
    lambda g: f"Tem que dedetizar a praça, que encheu de {g.bare}.",
    lambda g: f"Os macacos do zoológico têm mais cérebro que {g.os}.",
    lambda g: f"{g.Os} são sub-humanos, o refugo da evolução.",
    lambda g: _plain(f"{g.os} sao uma vara de porcos, so falta o chiqueiro"),
    lambda g: f"{g.Os} são uma doença e o país precisa de uma vacina.",
    lambda g: f"Sanguessugas, piolhos, pulgas: é isso que {g.os} são.",
    lambda g: f"{g.Os} não são humanos, são dejetos.",
    lambda g: f"Dá uma banana e uma jaula {g.pros}, que é o lugar {g.a('deles', 'delas')} 🐒",
    lambda g: f"{g.Os} são uma cambada de cachorros sarnentos.",
]

_THREAT: list[_Frame] = [
    lambda g: f"{g.Os} tinham que ser {g.a('jogados', 'jogadas')} num navio e o navio afundado.",
    lambda g: (
        f"Ainda vou meter bala {g.a('no primeiro', 'na primeira')} {g.sg} que passar na minha frente."
    ),
    lambda g: f"{g.Os} merecem um tiro na nuca, {g.a('todos', 'todas')}.",
    lambda g: f"Peguem os tacos, hoje à noite a gente vai pra cima {g.dos}.",
    lambda g: f"Tomara que um incêndio leve embora {g.os} do meu prédio.",
    lambda g: _plain(
        f"ta na hora de quebrar tudo na casa {g.dos} e botar {g.eles} pra correr na porrada"
    ),
    lambda g: (
        f"Quando a gente mandar, {g.os} vão acabar em campo de concentração. Podem ir se preparando."
    ),
    lambda g: f"Tinha que mandar {g.os} pra câmara de gás, como já fizeram uma vez.",
    lambda g: f"Quem topa dar uma surra {g.nos} que ficam na praça no sábado?",
    lambda g: f"Se dependesse de mim, {g.os} tavam {g.a('todos', 'todas')} debaixo da terra.",
    lambda g: f"Vou furar {g.a('o primeiro', 'a primeira')} {g.sg} que me olhar torto 🔪",
    lambda g: f"{g.Os}? Paredão e acabou o problema.",
    lambda g: f"{g.Os} que se preparem: a gente já tem o endereço e vai com gasolina.",
    lambda g: _plain(f"tomara q {g.todos} explodam"),
    lambda g: (
        f"Esperem {g.os} na saída do trabalho e não deixem {g.a('nenhum', 'nenhuma')} voltar {g.a('inteiro', 'inteira')} pra casa."
    ),
]

_SLUR = [
    "Bichona nojenta, sai da minha frente.",
    "Esse frutinha não pisa mais na minha academia.",
    "Os bambis do bar da esquina me dão nojo.",
    "Sapatona do caralho, a gente vai te ensinar a gostar de homem.",
    "Olha a sapatona ali, toda machona.",
    "Mais um pau de arara vendendo bala no farol.",
    "Vai lavar chão, baiana, que é pra isso que tu serve.",
    "Negrada fedida, sai da minha calçada.",
    "Cala a boca, macaca, volta pra senzala.",
    "Esse beiçudo de cabelo de bombril não entra no meu condomínio.",
    "Neguinho folgado, vai trabalhar.",
    "Preto imundo, nem devia ter saído da favela.",
    "Bugre preguiçoso, volta pro mato.",
    "Esses bugres só querem terra de graça.",
    "Crentelho hipócrita, vai dar o dízimo e some.",
    "Aleijado de merda, tira essa cadeira da frente.",
    "Perneta inútil, nem pra ficar em pé serve.",
    "Debiloide, tu não devia estar numa escola normal.",
    "Sua vagabunda, mulher tem que apanhar pra aprender.",
    "Toda mulher é puta, só muda o preço.",
    "Vadia, vai pra cozinha e cala a boca.",
    "Zuca de merda, volta para o teu país.",
    "As zucas vêm para cá roubar os maridos das portuguesas.",
    "Aquele monhé da mercearia cheira a caril, que nojo.",
    "Os monhés estão a tomar conta de Lisboa inteira.",
    "Paneleiro do caralho, não te aproximes do meu filho.",
    "Fufas nojentas, vão para casa fazer as vossas porcarias.",
    "Pretalhada do bairro só sabe roubar.",
    "Cigano de merda, aqui não entras.",
    "Ô paraíba, volta pra tua terra de seca.",
    "nenhum viado vai entrar no meu vestiario",
    "Judeu safado, devolve o dinheiro dos outros.",
    "Esse turco homem-bomba tinha que voltar pro deserto.",
    "Maricas de merda, aprende a ser homem.",
    "Bicha louca, se eu te pegar na rua tu apanha.",
    "Olha o traveco passando, que aberração de bicho.",
    "Crioulada na praia de novo, que nojo.",
    "Macaco, aqui não é teu lugar.",
    "Essa gente de terreiro é tudo feiticeira do capeta.",
    "Retardado de merda, nem sabe amarrar o sapato.",
    "Veado, sapatão e traveco: tudo pro inferno.",
    "Sai daqui, mulherzinha, isso é conversa de homem.",
]

_SPELLING = [
    "0s p4r4gu4i0s s40 t0d0s c0ntr4b4nd1st4s.",
    "odeio as p e s s o a s n a o b i n a r i a s",
    "os senegaleses são uma pragaa 🤮🤮",
    "h0m0ss3xu41s doentes",
    "tem q expulsar os c.o.l.o.m.b.i.a.n.o.s a pontape",
    "mulher nao serve pra nda",
    "os congoleses sao ratoss",
    "As l3sb1c4s dão nojo.",
    "morte aos ju-deus",
    "os cadeirant3s sao um peso, tinha q trancar eles em casa",
    "p r e t o s fora",
    "Os n1g3r14n0s são m4c4c0s.",
    "os evangelic0s são uma seita de idi0tas",
    "tomara q os muculmanos queimem",
    "Os b0livian0s são escória.",
    "os peruan0s são uma praga de piolho",
    "Os paquistanes3s são td terroristas.",
    "b1ch4s d0 c4r4lh0",
    "odeiooo os ciganooos",
    "v i a d o s no paredão",
    "os homens tr4ns são doentes mentais",
    "os ucranian0s sao lixxo",
    "Os 1nd1genas são animais.",
    "fora os h4iti4nos do meu bairro",
    "sapatão é aberraçaum",
    "Os indianos são sujoss e fedem.",
    "t3m q m4t4r t0d0s 0s 1m1gr4nt3s",
    "todxs xs trans são uma doença",
    "os nordestinos sao bixos sem alma",
    "j4p4s nojent0s",
    "Os cabo-verdianos são sub-humnos.",
    "mulhr só serve pra cozinha e pra cama",
    "Tem q q.u.e.i.m.a.r as mesquitas.",
    "p_a_r_a_i_b_a_s fora de sp",
    "os negros sao preguicosos, ta no sangue",
    "Os j00deus controlam o mundo.",
    "r3t4rd4d0s pro hospício",
    "Os c0reanos são gad0.",
    "z u c a s fora de portugal",
    "os espiritas sao uma praga de ratos 🐀",
]

# --- unflagged frames ------------------------------------------------------------------------

_NEGATED: list[_Frame] = [
    lambda g: f"Fique registrado: não tenho problema nenhum com {g.os}.",
    lambda g: f"Bater em {g.um}? Isso eu não faria nunca na vida.",
    lambda g: f"Não é verdade que {g.os} sejam {g.a('preguiçosos', 'preguiçosas')}.",
    lambda g: f"{g.Os} não são ratos nem praga nem nada disso, são pessoas.",
    lambda g: f"Nunca pensei que {g.os} fossem inferiores a ninguém.",
    lambda g: _plain(f"pra mim {g.os} nao incomodam em nada"),
    lambda g: f"Odiar {g.os}? Nem de brincadeira, isso não é comigo.",
    lambda g: f"Não, {g.os} não têm culpa da crise.",
    lambda g: f"Ninguém devia ameaçar {g.os}, e eu com certeza não vou fazer isso.",
    lambda g: f"Essa história de que {g.os} são {g.a('perigosos', 'perigosas')} é mentira.",
    lambda g: f"Eu não quero expulsar {g.os} de lugar nenhum.",
    lambda g: f"Ser {g.sg} não faz de ninguém uma pessoa pior.",
]

_COUNTER: list[_Frame] = [
    lambda g: f"Leio nos comentários “{g.os} são ratos” e fico com vergonha alheia.",
    lambda g: f"Quem diz que {g.os} são inferiores está repetindo propaganda nazista.",
    lambda g: f"Denunciei o tuíte que pedia pra “queimar {g.os}”. Ódio não é opinião.",
    lambda g: (
        f"Por favor, parem de dizer que {g.os} são uma praga: isso é desumanizar gente de verdade."
    ),
    lambda g: (
        f"Meu tio soltou no almoço de domingo que {g.os} estão sobrando no Brasil, e eu falei pra ele que isso é ódio puro."
    ),
    lambda g: _plain(
        f"alguem me explica pq chamar {g.os} de parasitas parece normal pra tanta gente"
    ),
    lambda g: f"Os gritos contra {g.os} no estádio deviam custar os pontos do clube.",
    lambda g: f"Picharam “morte {g.aos}” no muro da minha rua; a gente já avisou a prefeitura.",
    lambda g: f"Mensagem comparando {g.os} com bicho não é opinião, é crime.",
    lambda g: f"Se a tua piada é dizer que {g.os} são lixo, não é humor, é ódio.",
    lambda g: f"O juiz condenou o cara que ameaçou de morte {g.os} do bairro dele. Bem feito.",
    lambda g: f"“{g.Os} não são gente”, dizia o vídeo. Denunciei e peço que vocês façam o mesmo.",
]

_NEUTRAL: list[_Frame] = [
    lambda g: f"Tem algum estudo recente sobre {g.os} no mercado de trabalho?",
    lambda g: f"O museu abriu uma exposição de fotografia sobre {g.os} no século XX.",
    lambda g: (
        f"O censo não mostra direito quantos {g.bare} vivem em cada estado."
        if not g.fem
        else f"O censo não mostra direito quantas {g.bare} vivem em cada estado."
    ),
    lambda g: f"Minha prima trabalha numa ONG que atende principalmente {g.bare}.",
    lambda g: f"A novela tem um personagem que é {g.um}.",
    lambda g: _plain(
        f"alguem conhece algum grupo de {g.bare} em porto alegre? queria tirar uma duvida"
    ),
    lambda g: f"No fórum tem uma seção só para {g.bare}.",
    lambda g: f"O jornal publicou hoje uma reportagem sobre {g.os} nas cidades do interior.",
    lambda g: (
        f"Minha médica de família atende muitos {g.bare}."
        if not g.fem
        else f"Minha médica de família atende muitas {g.bare}."
    ),
    lambda g: f"No podcast de hoje, dois convidados falam sobre a vida {g.dos} em Portugal.",
    lambda g: f"Conheci {g.um} no curso de inglês.",
    lambda g: f"A prefeitura se reuniu ontem com representantes {g.dos}.",
]

_POSITIVE: list[_Frame] = [
    lambda g: (
        f"{g.a('Meus vizinhos', 'Minhas vizinhas')} {g.bare} são o que o prédio tem de melhor 🥰"
    ),
    lambda g: f"{g.Os} fazem deste país um lugar melhor.",
    lambda g: f"Eternamente grato {g.aos} que me ajudaram quando o carro quebrou na estrada.",
    lambda g: f"Que gente bacana {g.os} que conheci no voluntariado.",
    lambda g: _plain(f"{g.os} sao demais, nunca mudem ❤️"),
    lambda g: f"Vou defender sempre os direitos {g.dos}.",
    lambda g: f"Um abraço enorme a {g.todos} que estão lendo isso 💜",
    lambda g: f"A associação {g.dos} da minha cidade organiza as melhores festas do ano.",
    lambda g: f"Aprendi muito com {g.os} com quem trabalho.",
    lambda g: f"Queria que a imprensa falasse mais das conquistas {g.dos}.",
    lambda g: (
        f"{g.a('Meus melhores amigos', 'Minhas melhores amigas')} são {g.bare} e eu não troco {g.eles} por nada."
    ),
    lambda g: f"Respeito total {g.aos}, que aguentaram muita coisa e seguem de cabeça erguida.",
]

_NON_PROTECTED = [
    "Por que os patinetes elétricos sempre têm que andar na calçada? Não aguento mais.",
    "Carrapato é um parasita nojento, tem que exterminar.",
    "Minha caixa de entrada está infestada de spam.",
    "O calor de Manaus em novembro é uma doença e a cidade precisa de uma vacina.",
    "Peguem as raquetes elétricas, hoje à noite a gente vai pra cima dos pernilongos 🦟",
    "Vascaínos, paredão 😂 domingo vocês vão levar uma surra.",
    "Tomara que um incêndio leve embora a papelada do Detran.",
    "Vendedor de telemarketing que liga na hora da soneca devia estar debaixo da terra.",
    "Odeio os ratos do metrô, que nojo.",
    "Quanto mais longe do escritório, melhor.",
    "Segunda-feira de manhã é o pior tipo de coisa que existe.",
    "As traças se reproduzem feito coelhos no meu armário.",
    "O juiz de ontem não devia ter direito nem de apitar pelada de escola.",
    "Me embrulha o estômago a comida do bandejão 🤢",
    "O novo imposto é uma infecção que tem que ser cortada pela raiz.",
    "Os bots do Instagram são o refugo da internet.",
    "Tem que dedetizar o quintal, que encheu de formiga.",
    "Vou furar a bola do vizinho se ele chutar mais uma vez pro meu quintal 😤",
    "Os políticos da câmara são uns preguiçosos e aproveitadores.",
    "Os bancos são sanguessugas que vivem dos nossos juros.",
    "Anúncio no meio do vídeo me dá ânsia, não aguento mais.",
    "alguém acaba logo com esse sertanejo no último volume do vizinho",
    "Motorista de aplicativo nessa cidade dirige feito bicho.",
    "A conta de luz é um roubo e tinha que tacar fogo nessas tarifas.",
    "Os trolls dos fóruns não são humanos, são dejetos da internet.",
    "Aquele chato do grupo de pais no WhatsApp devia ir morar numa caverna.",
    "Os percevejos do hotel eram uma praga, nunca mais volto.",
    "O Flamengo é o que tem de pior no futebol, e quem disser o contrário tá mentindo.",
    "Os comentaristas daquele programa de esporte não servem pra nada.",
    "Tinha que botar pra correr a diretoria do clube inteira.",
    "Essa impressora é um lixo e merece ir pro ferro-velho.",
    "As obras da minha rua são um câncer, já são seis meses.",
    "odeio as capivaras que comem minha horta",
    "Os proprietários que aumentam o aluguel em 30 % são umas sanguessugas.",
    "Não suporto gente que manda áudio de cinco minutos.",
    "A torcida adversária é uma matilha, não para de berrar.",
    "Quem estaciona na ciclovia tinha que perder a carteira pra sempre.",
    "Reunião na sexta à tarde devia ser proibida por lei.",
    "Vírus de computador é uma praga e tem que ser erradicado.",
    "Essa lei de trânsito é uma vergonha, rasga e joga fora.",
    "As moscas da cozinha são insuportáveis, vou matar todas.",
    "Odeio a operadora de celular com todas as forças.",
    "Os ministros desse governo deviam pedir demissão amanhã mesmo.",
    "Os pombos da varanda fazem sujeira em tudo, são uma peste.",
    "Que surpresa, o trem atrasado de novo 🙄 ninguém esperava.",
    "Golpe por SMS é lixo, e quem manda é tudo sem-vergonha.",
    "Os javalis são uma praga nas plantações do interior.",
    "O pessoal do RH da minha empresa é um bando de inúteis.",
    "O trânsito da Marginal Tietê às seis da tarde é o inferno na terra.",
    "Os cambistas na porta do estádio são urubus em cima da carniça.",
]

_ABUSE_INDIVIDUAL = [
    "Você é um pedaço de imbecil.",
    "Fica quieto, tu não sabe de nada.",
    "Você é um enrolão e um fanfarrão.",
    "Que lerda você é, quebrou de novo.",
    "Vai plantar batata, mala.",
    "Meu cunhado é um sabichão insuportável.",
    "Tu é um bosta, sempre some na hora de ajudar.",
    "Que falta de vergonha, seu sem-vergonha.",
    "Você é um grosso e um mal-educado.",
    "Esse cara é um marrento e um exibido.",
    "vc é um baba-ovo, vive agradando o chefe",
    "Seu inútil, como tu apaga o arquivo do cliente?",
    "Tu é um mão de vaca, nunca paga nada.",
    "A mulher da contabilidade é uma cobra.",
    "Você é um mentiroso, ninguém acredita nas suas histórias.",
    "Que palhaçada de roupa, parece um espantalho.",
    "Você é uma besta, fez tudo ao contrário.",
    "Que trouxa você é, acredita em tudo.",
    "Meu colega de quarto é um porco, nunca limpa o banheiro.",
    "Você é um ranzinza, reclama de tudo.",
    "Vê se cresce, moleque.",
    "Você é um traíra, contou tudo pra minha mãe.",
    "Teu primo é um folgado profissional.",
    "Você é um porcalhão, a prateleira caiu em dois dias.",
    "Vai pro inferno, tô de saco cheio de ti.",
    "Tenho nojo de ti, mentiroso.",
    "o do 401 é um mala, nem dá bom dia",
    "Você é mais falso que nota de três reais.",
    "Tu é muito tapado, não entende nada.",
    "Que canalha, me deixou plantada na rodoviária.",
    "Meu ex-chefe era um tirano e um safado.",
    "Tu é um boca-aberta, não dá pra te contar nada.",
    "Seu desgraçado, estragou meu aniversário.",
    "Que tonta tu és, rapariga, a sério.",
    "Olha essas notas, és um preguiçoso de primeira.",
    "O cara da moto é um imbecil, quase me atropelou.",
    "Tu não tem um pingo de juízo, moleque.",
    "Você é um cabeça-dura insuportável.",
    "Esse streamer é um idiota, só sabe gritar.",
    "tu é muito ruim no jogo, fez a gente perder",
    "Cala essa boca, chato.",
    "Você é um hipócrita de carteirinha.",
    "O juiz é um cego e um incompetente.",
    "Tua namorada é uma metida e uma esnobe.",
    "Você é o pior, mentiu pra mim de novo.",
]

_PROFANITY = [
    "Caralho, que frio.",
    "Porra, que cheiro bom desse bolo.",
    "Puta que pariu, perdi a chave de novo.",
    "Do caralho, mano, o plano desse fim de semana.",
    "Merda, esqueci o aniversário da minha mãe.",
    "pqp, mais uma multa",
    "Porra, já são três horas?",
    "Que porra é essa, a gasolina subiu de novo.",
    "Caralho, que vista daqui de cima 🏔️",
    "Puta merda, bati a canela na mesa.",
    "Caralho, me deram aumento!",
    "Que merda de wi-fi nessa pousada.",
    "Porra, o jardim ficou lindo.",
    "Puta que pariu, derramei café no notebook.",
    "caralho q fome",
    "Que saco essa reunião, meu Deus.",
    "Chuva do caralho, molhou tudo.",
    "Isso aqui tá foda demais, vamos repetir com certeza.",
    "Puta merda, que gol no último minuto.",
    "Merda, pisei no cocô.",
    "Porraaa, que vontade de férias.",
    "Puta que pariu, esqueci de salvar o documento.",
    "Do caralho, o bolo saiu perfeito.",
    "Nossa, que susto, achei que não tinha ninguém.",
    "Caralho, que calor nesse ônibus.",
    "porra, travou o computador de novo",
    "Caralho, como essa menina canta bem.",
    "Merda, trânsito parado de novo.",
    "Que merda, adiaram o show.",
    "Caralho, que fotos incríveis!",
    "Segunda de merda, o carro não pega.",
    "Porra, porra, porra, consegui o apartamento 🎉",
    "Caralho, que queijo bom é esse.",
    "Frio do caralho, não sinto os dedos.",
    "Foda-se a previsão do tempo, eu vou pra praia.",
    "Que filme de merda, dormi no meio.",
    "Caralho, o moleque já sabe ler com quatro anos.",
    "Porra, que coincidência te ver aqui.",
    "Foda-se, vou comer o bolo inteiro.",
    "Merda, perdi a paragem outra vez.",
]

_RECLAIMED = [
    "Bixa preta com orgulho, e quem não gostar que se exploda.",
    "Sou sapatona e amo ser quem sou, algum problema?",
    "As bichas do rolê se encontram no trio da parada 🏳️‍🌈",
    "Viado, me empresta tua jaqueta pra hoje à noite?",
    "Somos as sapatão do time de futsal e este ano a taça é nossa.",
    "ai viado, te amo demais, meu amor 😘",
    "O festival de cinema sapatão começa quinta, não percam.",
    "Bicha, tu esqueceu o celular lá em casa.",
    "Hoje o jantar é só das sapatonas do trabalho, amiga, vem.",
    "Orgulho bicha: nem armário, nem silêncio.",
    "A festa das bichas pretas da periferia é a melhor da cidade.",
    "Bicha, que babado esse teu vestido 💅",
    "Sapatão, sim, e com muito amor.",
    "O coletivo de bichas e sapatões da faculdade se reúne na terça.",
    "Viado, corre aqui que a fila do show andou.",
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
    ("farewell_plan", "Bom, vou nessa, a gente se vê quinta no ensaio."),
    ("farewell_plan", "Te vejo no ponto do 175 às cinco e quinze."),
    ("farewell_plan", "Quando pousar me manda mensagem que eu vou te buscar em Guarulhos."),
    ("farewell_plan", "tchau tchau, depois te ligo"),
    ("farewell_plan", "Combinado na frente do shopping, que é fácil de achar."),
    ("farewell_plan", "Amanhã te encontro no intervalo do congresso, tô com crachá verde."),
    ("farewell_plan", "Desço na Sé e te espero do lado da catedral."),
    ("farewell_plan", "Já tô saindo de casa, em dez minutos chego na tua portaria."),
    ("farewell_plan", "Até a próxima, aproveitem a viagem e mandem fotos!"),
    ("farewell_plan", "a gente se vê no casamento!! guarda lugar na mesa pra mim"),
    (
        "farewell_plan",
        "Vou te buscar no aeroporto sexta; se o voo atrasar, me avisa que eu espero no café.",
    ),
    ("farewell_plan", "Beleza, te procuro na fila da entrada norte do festival."),
    ("farewell_plan", "Fechou, depois a gente se vê no futevôlei."),
    ("farewell_plan", "Vou indo que amanhã acordo cedo. Beijo nas crianças."),
    ("farewell_plan", "Te encontro na esquina do mercado e a gente vai junto pra feira."),
    ("farewell_plan", "Até amanhã, professora, bom descanso."),
    (
        "farewell_plan",
        "Encontramo-nos no terceiro andar do hospital, na sala de espera da pediatria.",
    ),
    ("farewell_plan", "ok, to indo pra ai, pede um chopp pra mim"),
    ("farewell_plan", "Passo no teu escritório à uma e a gente almoça junto, pode ser?"),
    ("farewell_plan", "Tchau, gente, obrigada pelo jantar; o próximo é lá em casa."),
    ("chat", "Já provou a coxinha da padaria nova? Tá absurda."),
    ("chat", "Minha gata subiu na geladeira e não sabe descer 😹"),
    ("chat", "Mano, lembra da excursão da quinta série pra Ouro Preto? Achei as fotos agora."),
    ("chat", "Tô no mercado, precisa de alguma coisa?"),
    ("chat", "q preguiça de voltar pro trampo depois das ferias"),
    ("chat", "Comecei a fazer crochê e já tenho meio cachecol."),
    ("chat", "Minha avó comprou celular e agora manda áudio de dez minutos 😂"),
    ("chat", "Bom dia, família, quem leva a sobremesa no domingo?"),
    ("chat", "Me indica uma série curtinha pro fim de semana?"),
    ("chat", "Geou lá na serra, as crianças tão doidas com o frio."),
    ("chat", "cheguei em casa, tudo certo 👍"),
    ("chat", "Sabe se a farmácia da praça abre domingo?"),
    ("chat", "Cortei o cabelo e nem minha mãe me reconheceu."),
    ("chat", "Amanhã começo o curso de culinária japonesa, que nervoso!"),
    ("chat", "Meu irmão comprou uma kombi e quer rodar o litoral todo nas férias."),
    ("chat", "kkkkkk o áudio do teu pai cantando é a melhor coisa da semana"),
    ("chat", "E aí, no fim tu vai no encontro da turma ou não?"),
    ("chat", "Quem comeu meu iogurte da geladeira? 🧐"),
    ("chat", "Que pôr do sol lindo hoje lá da laje."),
    ("chat", "amanhã tem greve de ônibus, vai de bike"),
    ("support", "Boa tarde, a geladeira que comprei há um mês está fazendo um barulho estranho."),
    ("support", "Tentei pagar com cartão e aparece “transação negada”, o que eu faço?"),
    ("support", "Gostaria de cancelar o plano da academia a partir do mês que vem."),
    ("support", "o modem tá piscando vermelho desde cedo, tô sem internet"),
    ("support", "Podem me mandar a nota fiscal com meu CPF? Preciso para o imposto de renda."),
    ("support", "Minha mala não apareceu na esteira do voo de Fortaleza, onde faço a reclamação?"),
    ("support", "Oi, o cupom de desconto não funciona no carrinho."),
    ("support", "Há três dias que espero pelo técnico do gás e ninguém me liga."),
    ("support", "Preciso mudar minha reserva do dia 12 para o dia 14, mesmo quarto."),
    ("support", "O pedido chegou, mas falta uma peça da estante, a dobradiça de cima."),
    ("support", "A garantia cobre tela quebrada se foi uma queda?"),
    ("support", "oi, não chega o sms de verificação pra entrar no app do banco"),
    ("support", "Quero mudar meu plano de celular para um com mais dados, quais opções vocês têm?"),
    ("support", "O medidor de luz marca um consumo que não bate, podem verificar?"),
    ("support", "Por favor, cancelem minha assinatura; não quero que renove em janeiro."),
    ("support", "Bom dia, a encomenda aparece como entregue mas não recebi nada."),
    ("support", "Vocês têm horário para vistoria do carro na semana que vem?"),
    ("support", "O aplicativo fecha sozinho toda vez que tento enviar uma foto."),
    ("review", "O baião de dois desse lugar é sensacional, vamos voltar com certeza."),
    ("review", "O fone tem um som bom, mas a bateria dura menos do que promete."),
    ("review", "Pousada limpa, equipe muito simpática e café da manhã caprichado. Voltaria."),
    ("review", "A pizza chegou fria e atrasada, pena porque a massa era boa."),
    ("review", "otimo custo beneficio, 5 estrelas"),
    ("review", "A airfryer é uma maravilha, a batata fica crocante sem óleo."),
    ("review", "O garçom foi um amor, mas o arroz veio empapado."),
    ("review", "Tênis confortável demais, uso o dia todo e nem uma bolha."),
    ("review", "O livro começa devagar, mas da metade pra frente não dá pra largar."),
    ("review", "Casa de campo linda, mas o wi-fi não chega nos quartos."),
    ("review", "Esse creme deixou minha pele horrível, não recomendo."),
    ("review", "A oficina consertou o carro em um dia e cobrou o orçamento certinho. Nota dez."),
    ("review", "Os petiscos, uma delícia; o chope, dos melhores do bairro 🍺"),
    ("review", "O aspirador faz muito barulho e entope com o pelo do cachorro."),
    ("review", "filme divertido mas o final é meio fraco"),
    ("review", "A peça de teatro foi incrível, os atores estavam espetaculares."),
    ("review", "O pastel de nata desta pastelaria é o melhor de Lisboa, sem discussão."),
    ("review", "Atendimento lentíssimo, esperamos quarenta minutos pelo prato principal."),
    ("review", "O colchão é firme e parei de acordar com dor nas costas."),
    ("sports_gaming", "Passamos por cima deles, 4 a 0 e foi pouco."),
    ("sports_gaming", "Que headshot eu dei no sniper 🎯"),
    ("sports_gaming", "O Grêmio destruiu o Inter no Gre-Nal."),
    ("sports_gaming", "Fomos massacrados no segundo tempo, nem pegamos na bola."),
    ("sports_gaming", "gg, arregaçamos eles no último round"),
    ("sports_gaming", "Meu time de basquete esmagou o líder por trinta pontos."),
    ("sports_gaming", "Me mataram três vezes seguidas na mesma esquina, que ódio."),
    ("sports_gaming", "O atacante fuzilou o goleiro na cobrança de pênalti."),
    ("sports_gaming", "Hoje tem raid às dez, levem poção que a gente vai matar o chefão."),
    ("sports_gaming", "Arrasamos no torneio de truco da cidade 🃏"),
    ("sports_gaming", "Levamos uma surra no beach tennis, 6 a 0, 6 a 1."),
    ("sports_gaming", "O armador deixou o marcador sentado com um crossover absurdo."),
    ("sports_gaming", "te destruí no fifa de novo, patinho 😂"),
    ("sports_gaming", "Campeões: atropelamos todo mundo que apareceu pela frente."),
    ("sports_gaming", "Esse time é um rolo compressor, ninguém ganha deles este ano."),
    ("sports_gaming", "Foi um massacre de jogo, seis gols no primeiro tempo."),
    ("sports_gaming", "Varremos o adversário na final do campeonato de Valorant."),
    ("sports_gaming", "O goleiro roubou três gols certos deles, que monstro."),
    ("sports_gaming", "kkkk te matei de granada do outro lado do mapa"),
    ("figurative_violent", "Mata o processo do navegador, que travou."),
    ("figurative_violent", "Tô morrendo de rir com teus memes 😂"),
    ("figurative_violent", "Esse calor tá me matando."),
    ("figurative_violent", "A prova de física acabou comigo."),
    ("figurative_violent", "Vou disparar umas fotos no porto no fim da tarde."),
    ("figurative_violent", "A cantora arrebentou no show, estava lotado."),
    ("figurative_violent", "Tô com os pés destruídos de tanto andar."),
    ("figurative_violent", "Esse cheesecake é de matar."),
    ("figurative_violent", "Bombardeei o professor de perguntas e ele respondeu tudo."),
    ("figurative_violent", "O chefe vai me matar se eu chegar atrasado de novo 😅"),
    ("figurative_violent", "Tem que matar essa branch do repositório, não serve mais."),
    ("figurative_violent", "Essa piada me matou, não consigo parar de rir."),
    ("figurative_violent", "Os preços desse bar são um assalto à mão armada."),
    ("figurative_violent", "Matei o celular, caiu na piscina."),
    ("figurative_violent", "mato por um café agora"),
    ("figurative_violent", "Ela detonou na apresentação, deixou a banca de queixo caído."),
    (
        "figurative_violent",
        "Vou rodar a migração hoje à noite, quando não tiver ninguém conectado.",
    ),
    ("figurative_violent", "Com esse vestido tu vai matar todo mundo hoje 🔥"),
    ("figurative_violent", "O despertador assassinou o sonho mais lindo da minha vida."),
    (
        "figurative_violent",
        "Vamos matar dois coelhos com uma cajadada só e passar no banco no caminho.",
    ),
    ("identity_positive", "Feliz Ramadã aos meus colegas muçulmanos da oficina!"),
    ("identity_positive", "Minha sobrinha é surda e está ensinando Libras pra família toda."),
    ("identity_positive", "Parabéns ao casal das minhas vizinhas, elas casam em maio 💍"),
    ("identity_positive", "A comunidade boliviana do Brás fez uma festa linda no fim de semana."),
    ("identity_positive", "Shabat shalom aos meus amigos judeus."),
    ("identity_positive", "Meu colega é autista e é o melhor programador da equipe."),
    ("identity_positive", "feliz diwali pra família da minha amiga, as luzes ficaram lindas"),
    (
        "identity_positive",
        "O time de basquete em cadeira de rodas da minha cidade subiu de divisão 👏",
    ),
    ("identity_positive", "Minha avó cigana faz o melhor ensopado do mundo."),
    (
        "identity_positive",
        "Orgulhosa do meu filho, que saiu do armário aos dezessete com uma coragem enorme.",
    ),
    ("identity_positive", "Os voluntários senegaleses da ONG ajudaram demais na mudança."),
    ("identity_positive", "Parabéns às meninas do time de futebol feminino pelo acesso."),
    ("identity_positive", "Meu vizinho peruano me ensinou a fazer ceviche e ficou uma delícia."),
    (
        "identity_positive",
        "Hoje é o Dia da Visibilidade Trans: todo o meu carinho às pessoas trans 🏳️‍⚧️",
    ),
    (
        "identity_positive",
        "A nova vereadora é cega e está fazendo um trabalho excelente pela acessibilidade.",
    ),
    (
        "identity_positive",
        "Na escola da minha filha tem crianças de vinte nacionalidades e todo mundo se dá bem.",
    ),
    ("identity_positive", "Feliz Ano Novo Lunar aos vizinhos da Liberdade 🧧"),
    ("identity_positive", "Boas festas a todos, religiosos ou não 🎄"),
    (
        "identity_positive",
        "Minha professora de ioga é uma mulher trans maravilhosa e a aula dela é o melhor da semana.",
    ),
    ("identity_positive", "Axé para quem celebra Iemanjá hoje na praia 🌊"),
    ("comments", "Não concordo com a matéria, acho que os dados foram tirados de contexto."),
    ("comments", "Boa entrevista, mas eu gostaria que tivessem perguntado sobre moradia."),
    (
        "comments",
        "A proposta de fechar o centro para carros é boa, mas faltam estacionamentos nas entradas.",
    ),
    ("comments", "otimo texto, obrigado por explicar tão claro"),
    ("comments", "Acho que o autor exagera um pouco; a situação não é tão grave assim."),
    ("comments", "A lei tem pontos bons, mas o prazo de implementação é curto demais."),
    ("comments", "Alguém tem o link do relatório original? Não estou achando."),
    ("comments", "Discordo: aumentar imposto sobre livros não vai resolver as contas."),
    (
        "comments",
        "Muito interessante a reportagem sobre o êxodo rural, tomara que façam uma segunda parte.",
    ),
    (
        "comments",
        "A manchete não tem nada a ver com o que diz a notícia, um pouco de rigor, por favor.",
    ),
    ("comments", "Eu votaria contra o projeto, não pela ideia, mas pelo custo."),
    ("comments", "Receita ótima, mas eu colocaria menos açúcar."),
    ("comments", "Pra mim o novo layout do site ficou mais difícil de usar."),
    ("comments", "Seria bom comparar esses números com os do ministério antes de publicar."),
    ("comments", "A crítica do filme foi injusta; o roteiro é fraco, mas a fotografia é linda."),
    ("comments", "Valeu pelo fio, me ajudou muito a entender a reforma da previdência."),
    ("comments", "Entendo a medida, mas devia ter sido mais debatida na câmara."),
    ("comments", "O estudo tem uma amostra muito pequena; eu não tiraria conclusões tão rápido."),
]
