"""Portuguese (pt): functional hate-speech cases and everyday messages, written for
this project in Portuguese. Train and held-out parts use different sentence frames, and the
held-out part's protected groups are at least half different from the train part's."""

# ruff: noqa: E501  (the data lines are sentences; they are not wrapped)
# Mostly Brazilian Portuguese, with some European Portuguese lines among the hand-written ones.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class _G:
    """A protected group with the forms the frames need (articles contract with de/a/em/por)."""

    bare: str  # plural noun phrase without article: "nordestinos", "pessoas trans"
    sg: str  # singular without article: "nordestino", "pessoa trans"
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
    def pelos(self) -> str:
        return self.a("pelos ", "pelas ") + self.bare

    @property
    def todos(self) -> str:
        return self.a("todos os ", "todas as ") + self.bare

    @property
    def um(self) -> str:
        return self.a("um ", "uma ") + self.sg


_Frame = Callable[[_G], str]
_ACCENTS = str.maketrans("áàâãçéêíóôõúüÁÀÂÃÇÉÊÍÓÔÕÚÜ", "aaaaceeiooouuAAAACEEIOOOUU")


def _plain(text: str) -> str:
    """Typed the quick way: no accents or cedilla, lower case."""
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
    _G("mulheres", "mulher", True),
    _G("gays", "gay", False),
    _G("lésbicas", "lésbica", True),
    _G("pessoas trans", "pessoa trans", True),
    _G("negros", "negro", False),
    _G("judeus", "judeu", False),
    _G("muçulmanos", "muçulmano", False),
    _G("nordestinos", "nordestino", False),
    _G("indígenas", "indígena", False),
    _G("imigrantes", "imigrante", False),
    _G("haitianos", "haitiano", False),
    _G("deficientes", "deficiente", False),
    _G("ciganos", "cigano", False),
    _G("bolivianos", "boliviano", False),
]

# Four shared with train (mulheres, negros, judeus, nordestinos), ten new.
_HELDOUT_GROUPS = [
    _G("travestis", "travesti", True),
    _G("mulheres", "mulher", True),
    _G("venezuelanos", "venezuelano", False),
    _G("negros", "negro", False),
    _G("bissexuais", "bissexual", False),
    _G("praticantes de candomblé", "praticante de candomblé", False),
    _G("judeus", "judeu", False),
    _G("angolanos", "angolano", False),
    _G("pessoas autistas", "pessoa autista", True),
    _G("nordestinos", "nordestino", False),
    _G("chineses", "chinês", False),
    _G("refugiados", "refugiado", False),
    _G("cegos", "cego", False),
    _G("árabes", "árabe", False),
]

# --- train frames -------------------------------------------------------------------------

_TR_DEROGATION: list[_Frame] = [
    lambda g: f"{g.Os} são {g.a('nojentos', 'nojentas')}.",
    lambda g: f"Eu odeio {g.os} com todas as minhas forças.",
    lambda g: f"Não suporto {g.os}, me dão nojo.",
    lambda g: f"{g.Os} são a escória deste país.",
    lambda g: (
        f"Tudo de ruim que acontece nesse bairro é culpa {g.dos}: são "
        f"{g.a('uns vagabundos', 'umas vagabundas')}, não fazem nada e ainda reclamam de tudo."
    ),
    lambda g: _plain(f"q nojo q eu tenho {g.dos}, sério"),
    lambda g: f"{g.Os} não prestam pra nada 🤮",
    lambda g: f"Cada dia desprezo mais {g.os}. São inferiores e sabem disso.",
]

_TR_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Os} são uma praga.",
    lambda g: f"{g.Os} são parasitas que vivem dos nossos impostos.",
    lambda g: f"{g.Os} não são gente, são animais.",
    lambda g: f"{g.Os} são lixo humano.",
    lambda g: f"{g.Os} são um câncer pro Brasil.",
    lambda g: _plain(f"{g.os} são vermes, simples assim"),
    lambda g: f"{g.um[0].upper()}{g.um[1:]} vale menos que um cachorro 🐕",
    lambda g: (
        f"Vou falar sem rodeio: {g.os} são gado, e como gado têm que ser "
        f"{g.a('tratados', 'tratadas')}."
    ),
]

_TR_THREAT: list[_Frame] = [
    lambda g: f"Tinha que matar {g.todos}.",
    lambda g: (
        f"Vou quebrar a cara {g.a('do primeiro', 'da primeira')} {g.sg} que cruzar meu caminho."
    ),
    lambda g: f"Tomara que {g.todos} queimem no inferno.",
    lambda g: f"Se aparecer {g.um} na minha rua, eu mato.",
    lambda g: (
        f"{g.Os} vão pagar por tudo. A gente vai atrás {g.a('deles', 'delas')} "
        f"{g.a('um por um', 'uma por uma')}, podem esperar."
    ),
    lambda g: _plain(
        f"{g.os} tinham q ser {g.a('enforcados', 'enforcadas')}, {g.a('todos', 'todas')}"
    ),
    lambda g: f"Alguém acaba logo com {g.os} 🔫",
    lambda g: (
        f"No dia em que a gente se organizar, {g.os} não vão ter onde se esconder. A gente "
        f"sabe onde {g.a('eles', 'elas')} moram e vai buscar {g.a('um por um', 'uma por uma')}."
    ),
]

_TR_NEGATED: list[_Frame] = [
    lambda g: f"{g.Os} não são {g.a('nojentos', 'nojentas')}.",
    lambda g: f"Eu nunca faria mal a {g.um}.",
    lambda g: f"Eu não odeio {g.os}, e não entendo quem odeia.",
    lambda g: (
        f"{g.Os} não são praga nenhuma, são {g.a('vizinhos', 'vizinhas')} como quaisquer outros."
    ),
    lambda g: _plain(f"não tenho nada contra {g.os} e nunca tive"),
    lambda g: (
        f"Ninguém nessa casa acha que {g.os} são inferiores. Aqui ninguém é desprezado pelo que é."
    ),
]

_TR_COUNTER: list[_Frame] = [
    lambda g: f"Dizer que {g.os} são uma praga é discurso de ódio, ponto.",
    lambda g: (
        f"Recebi uma mensagem dizendo “tem que matar {g.todos}”. Já denunciei na "
        "delegacia, isso não pode ficar impune."
    ),
    lambda g: (
        f"Se alguém te disser que {g.os} são escória, o problema é dele, "
        f"não {g.a('deles', 'delas')}."
    ),
    lambda g: f"Chega de chamar {g.os} de animais nos comentários.",
    lambda g: _plain(f"denunciem esse perfil que fala que {g.os} são parasitas, que vergonha"),
    lambda g: (
        f"“Fora, {g.bare}”, dizia a pichação no muro da escola. A vizinhança apagou tudo "
        "na mesma tarde 💪"
    ),
]

_TR_NEUTRAL: list[_Frame] = [
    lambda g: f"Conheço {g.a('vários', 'várias')} {g.bare} no trabalho.",
    lambda g: f"{g.a('Quantos', 'Quantas')} {g.bare} moram em São Paulo?",
    lambda g: f"Ontem vi um documentário sobre {g.os} no Brasil.",
    lambda g: f"Na minha sala tem três {g.bare}.",
    lambda g: (
        f"A reportagem conta a história {g.dos} no Brasil e como a situação mudou nos "
        "últimos cinquenta anos."
    ),
    lambda g: _plain(f"alguém sabe se tem alguma associação de {g.bare} em recife?"),
]

_TR_POSITIVE: list[_Frame] = [
    lambda g: f"{g.Os} são sempre {g.a('bem-vindos', 'bem-vindas')} aqui.",
    lambda g: f"Admiro demais {g.os} do meu bairro ❤️",
    lambda g: f"{g.Os} contribuem muito para este país e já passou da hora de reconhecerem isso.",
    lambda g: f"Trabalhar ao lado de {g.bare} me ensinou muita coisa.",
    lambda g: _plain(f"parabéns {g.aos} que nunca desistem 💪"),
    lambda g: f"Queria ver mais {g.bare} na política e na universidade.",
]

_TR_SLUR = [
    "Viado do caralho, nem olha pra minha cara.",
    "Esses viados tinham que fazer as nojeiras deles dentro de casa.",
    "Sai daqui, sapatão, ninguém te chamou.",
    "Essas sapatão se beijando na praça, que nojo.",
    "Olha o traveco ali, que aberração.",
    "Traveco não devia poder entrar no banheiro feminino.",
    "Volta pra jaula, macaco.",
    "Esse crioulo não devia nem estar nesse restaurante.",
    "Paraíba burro, volta pro teu sertão.",
    "Baianada preguiçosa, só sabe dormir na rede.",
    "Sai da frente, retardado, vai pra escola especial.",
    "Aleijado inútil, só atrapalha a fila.",
    "Cala a boca, vadia, volta pra cozinha.",
    "Essas feminazi são tudo umas vagabundas mal-amadas.",
    "bicha nojenta, some daqui",
    "Cigano ladrão, devolve o que roubou.",
    "Judeu safado, só pensa em dinheiro.",
    "Esse muçulmano homem-bomba devia voltar pro deserto.",
    "índio preguiçoso, vai trabalhar",
    "Mais um haitiano macaco roubando emprego de brasileiro.",
    "Bicha, se eu te ver de novo aqui, vai apanhar.",
    "Os crioulos do morro só servem pra dar problema.",
    "Esses paraíbas tão invadindo São Paulo, manda tudo de volta.",
    "Que nojo desses viados se agarrando no shopping.",
    "Sapatão machuda, se acha homem.",
    "Teu irmão é retardado, nem traz ele pra festa.",
    "vai pra tua terra, boliviano imundo",
    "Olha a macacada da torcida adversária fazendo barulho 🐒",
    "Aquela gaja é mais uma brasileira puta, só veio para cá roubar os maridos das outras.",
    "Pretos de merda, voltem para a vossa terra.",
    "Nenhum viado vai mandar no meu time 😡",
    "crioulo, vai varrer a rua que é isso que tu sabe fazer",
]

_TR_SPELLING = [
    "0s cig4n0s s40 esc0ria.",
    "odeio os j u d e u s",
    "os muçulmanos são uma pragaaaa 🤮",
    "V1ad0s d0 c4r4lh0.",
    "os imigrantes são p4r4sitas",
    "tem q matar todos os n.e.g.r.o.s",
    "mulher é inferiorr e sabe disso",
    "os nordestinos são animias",
    "b o l i v i a n o s fora do brasil",
    "Os g@ys dão nojo.",
    "l3sbicas n0jentas",
    "Tomara que todos os jud3us queimem.",
    "os haitianos são lixooo humano",
    "nenhum indigena presta, sao todos vagabundus",
    "as pessoas tr4ns são doentes mentais e tem q internar",
    "os deficientes são um estrovo pra sociedade",
    "odeio os m u ç u l m a n o s, tudo terrorista",
    "os nordetinos são gado",
    "Tem que expulsar os imigr4ntes a pontapé.",
    "m4c4c0s fora",
    "sapataaao nojentaaa",
    "trav3co asqueroso",
    "os ciganoss não são gente",
    "os haitian0s são um cânc3r",
    "Todos os p*r*íb*s tinham que voltar pro nordeste.",
    "as mulh3res não servem pra nada",
    "Os bolivianos são uns vagabunods e ladroes.",
    "Os j.u.d.e.u.s controlam tudo, tem que acabar com eles.",
    "v1ad0, vou te arrebentar",
    "os negros são macacooos 🐒",
]

_TR_NON_PROTECTED = [
    "Os pernilongos são uma praga.",
    "Odeio segunda-feira com todas as minhas forças.",
    "Tinha que matar todos os pernilongos do mundo.",
    "O juiz de hoje é a escória do futebol.",
    "Odeio o trânsito da Marginal, dá vontade de chorar.",
    "As segundas-feiras são nojentas.",
    "Spam é lixo.",
    "As baratas da minha cozinha são uma praga, vou acabar com todas.",
    "Essa reforma é um câncer para os trabalhadores.",
    "Odeio o VAR, não presta pra nada.",
    "Tomara que todos os e-mails de spam queimem no inferno.",
    "q nojo q eu tenho de barata voadora",
    "Os cortes na saúde são uma vergonha e têm que acabar.",
    "Não suporto o funk do vizinho às 3 da manhã, me dá nojo.",
    "Os pombos da praça são ratos com asas.",
    "Tem que exterminar as ervas daninhas da horta antes que tomem conta de tudo.",
    "A arbitragem do Maracanã é uma roubalheira.",
    "O aumento da conta de luz é um assalto e o ministro que assinou devia cair.",
    "Odeio engarrafamento de sexta-feira à tarde.",
    "Piolho é um bicho nojento, acaba logo com eles 🤢",
    "Ligação de telemarketing na hora do almoço é a pior coisa que existe.",
    "esse imposto é um lixo e quem inventou não entende nada de economia",
    "Os ratos do porão já me encheram, vou colocar veneno.",
    "Os corintianos são a escória, sempre a mesma coisa 😂",
    "Odeio o calor de Cuiabá em outubro, é desumano.",
    "Os bots do Twitter são uma praga, tinha que eliminar todos.",
    "As medidas desse governo são um desastre total.",
    "Esses mosquitos da dengue, hoje não sobra um vivo.",
    "O Brasileirão está podre, a CBF é uma cambada de corruptos.",
    "O wi-fi desse hotel é um lixo.",
]

_TR_ABUSE_INDIVIDUAL = [
    "Você é um inútil de merda.",
    "Tu é muito burro, mano.",
    "Vai à merda, chato.",
    "Que idiota você é, sério.",
    "Você é a pessoa mais falsa que eu conheço.",
    "Como você é otário, perdeu a chave de novo.",
    "cala a boca, palhaço",
    "Você é um cretino e um mentiroso, não acredito em nada do que diz.",
    "Meu chefe é um babaca completo.",
    "Teu namorado é um mané, não sei o que tu vê nele.",
    "Você é um fofoqueiro, sempre contando o que não deve.",
    "que chata você é, me deixa em paz",
    "Tu é um pão-duro, nunca paga uma rodada.",
    "Que imbecil, estacionou em fila dupla e sumiu.",
    "Você é egoísta e cara de pau, fica sabendo.",
    "Você é mais burro que uma porta.",
    "O cara do 302 é um escroto, sempre com o som no talo.",
    "tu não sabe porra nenhuma, espertalhão",
    "Você é um covarde, nem tem coragem de falar na minha cara.",
    "Que cara de tonto você fez 😂",
    "És um preguiçoso, há três semanas que não lavas a loiça.",
    "Minha ex é uma manipuladora e uma mentirosa.",
    "Você é um desastre, sempre chega atrasado.",
    "Vai catar coquinho, imbecil.",
    "Que pé no saco você é com esse futebol, hein.",
]

_TR_PROFANITY = [
    "Caralho, que gostoso isso.",
    "Puta merda, que frio hoje.",
    "Porra, esqueci a carteira em casa.",
    "Caralho, que golaço!",
    "O show de ontem foi foda demais.",
    "pqp, segunda-feira de novo",
    "Porra, que susto que eu levei.",
    "Caralho, não acredito, passei na entrevista!",
    "Que merda, cancelaram o voo.",
    "A feijoada da minha avó é foda demais 🍲",
    "Merda, queimei o arroz.",
    "caralho mano q video insano",
    "Porra, que calor nesse apartamento.",
    "Puta que pariu, perdi o ônibus por um segundo.",
    "Caramba, quanto tempo! Como você tá?",
    "Ficou do caralho a sala depois da pintura.",
    "Merda de chuva, logo hoje que saí sem guarda-chuva.",
    "Porra, finalmente sexta.",
    "Foda esse livro, li em dois dias.",
    "Puta merda, que vista linda.",
    "Despertador do caralho, não ouvi nada.",
    "Caralho, passei na prova de direção!!",
    "Que tempo de merda hoje, meu Deus.",
    "Foda-se, o telemóvel caiu na sanita.",
    "Porra, sem sinal no metrô de novo.",
]

_TR_RECLAIMED = [
    "As bicha tão tudo linda hoje 💅",
    "Sapatão com orgulho, sempre.",
    "E aí, viado, bora pro show hoje?",
    "Orgulho bicha, orgulho sapatão, orgulho trans 🏳️‍🌈",
    "As sapatão do bairro vão fazer um churrasco no sábado, traz bebida.",
    "ai bicha, morri com teu story",
    "Sou bicha e com muito orgulho.",
    "No coral das sapatão a gente canta domingo na praça, vem ver.",
]

# --- held-out frames ----------------------------------------------------------------------

_HO_DEROGATION: list[_Frame] = [
    lambda g: f"Tenho asco {g.dos}, não consigo evitar.",
    lambda g: f"{g.Os} são a pior coisa que já aconteceu com esse país.",
    lambda g: f"Não existe {g.um} que preste.",
    lambda g: (
        f"Tô de saco cheio {g.dos}: são {g.a('uns', 'umas')} desprezíveis, mentem, se "
        "aproveitam de tudo e depois se fazem de vítima."
    ),
    lambda g: _plain(f"{g.os} são a coisa mais imunda que existe, sem mais"),
]

_HO_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Os} são ratos, se enfiam em todo lugar.",
    lambda g: (
        f"{g.Os} são que nem barata: você vê {g.a('um', 'uma')} e já tem cem "
        f"{g.a('escondidos', 'escondidas')} atrás."
    ),
    lambda g: f"{g.Os} são uma gangrena que apodrece o país por dentro.",
    lambda g: _plain(f"{g.os} são carrapatos e pronto"),
    lambda g: f"Isso aqui não é mais bairro, é um chiqueiro cheio de {g.bare} 🐀",
]

_HO_THREAT: list[_Frame] = [
    lambda g: f"Se eu pegar {g.um} {g.a('sozinho', 'sozinha')} de noite, vai se arrepender.",
    lambda g: f"Deviam fuzilar {g.todos}, começando {g.a('pelos', 'pelas')} da minha cidade.",
    lambda g: f"Vamos limpar o bairro de {g.bare}, por bem ou por mal.",
    lambda g: _plain(f"{g.os}? eu passava fogo em {g.a('todos', 'todas')}"),
    lambda g: (
        f"Tomara que um dia alguém taque fogo na sede {g.dos} com {g.a('eles', 'elas')} dentro."
    ),
]

_HO_NEGATED: list[_Frame] = [
    lambda g: f"{g.Os} não me dão nojo nenhum.",
    lambda g: f"Jamais encostaria um dedo em {g.um}.",
    lambda g: f"Não acho que {g.os} sejam piores que ninguém.",
    lambda g: _plain(f"eu não desejo mal nenhum {g.aos}, que fique claro"),
]

_HO_COUNTER: list[_Frame] = [
    lambda g: f"“{g.Os} são ratos”, escreveu um vereador. Tem que ser cassado hoje mesmo.",
    lambda g: f"Quem grita que tem que expulsar {g.os} do país não é patriota, é covarde.",
    lambda g: f"Que vergonha ler aqui que {g.os} são um lixo. Não são, e vocês sabem disso.",
    lambda g: _plain(
        f"quem fala q {g.os} são uma praga nunca conversou com {g.a('nenhum', 'nenhuma')} na vida"
    ),
]

_HO_NEUTRAL: list[_Frame] = [
    lambda g: f"Minha colega de apartamento está fazendo o TCC sobre {g.os} em Salvador.",
    lambda g: f"Segundo uma pesquisa recente, o número de {g.bare} em Curitiba cresceu este ano.",
    lambda g: (
        f"Hoje à tarde tem uma palestra sobre {g.os} na biblioteca municipal, entrada gratuita."
    ),
    lambda g: _plain(f"pergunta séria: o que {g.os} acham da nova lei?"),
]

_HO_POSITIVE: list[_Frame] = [
    lambda g: f"Que sorte a gente tem de ter {g.os} aqui no bairro.",
    lambda g: f"Obrigado {g.aos} que lutaram tanto pelos seus direitos 🙌",
    lambda g: f"{g.Os} que eu conheço são pessoas maravilhosas, generosas e muito trabalhadoras.",
    lambda g: _plain(f"todo meu apoio {g.aos}, sempre"),
]

_HO_SLUR = [
    "Olha o boiola rebolando, que vergonha.",
    "Baitola, se eu te pegar na saída tu vai ver.",
    "Essa fanchona acha que é homem, que nojo.",
    "Tição, sai da frente que tu tá sujando a calçada.",
    "macumbeiro do inferno, leva teu despacho pra longe daqui",
    "Esses macumbeiros tinham que ser proibidos de fazer barulho com aqueles tambores.",
    "Mongoloide, nem sabe falar direito e quer trabalhar aqui.",
    "Cabeça-chata, volta pro Ceará.",
    "Olha o chinês xing-ling, cheirando a pastel velho.",
    "Esse árabe homem-bomba não entra no meu prédio.",
    "Sai daqui, pastel de flango, volta pra China.",
    "Caminhoneira nojenta, nenhuma mulher de verdade quer ficar contigo.",
    "ceguinho inútil, sai do caminho",
    "Essas travecas da esquina são uma aberração.",
    "Lá vem o angolano macaco pedir emprego outra vez.",
    "Boiola nenhum vai entrar no vestiário do meu time.",
]

_HO_SPELLING = [
    "0s r3fugiad0s são ratos",
    "Os v e n e z u e l a n o s fora daqui já.",
    "os árabes são uma gangrenaaa",
    "m.a.c.u.m.b.e.i.r.o.s = gente do demonio, tem q acabar",
    "As travestis não são mulheres, são homens doentes.",
    "os angolanos são uns selvagnes",
    "biss3xuais nojentos e promiscuos",
    "F4nch0n4s d0 c4r4lh0.",
    "chinesesss foraaa",
    "os venezuelanos são bichos, nem gente são 🐒",
    "tinha q fuzilar todos os r e f u g i a d o s",
    "os autistas nem deviam nacer",
    "os n0rdestinos são carrapatos",
    "ju-de-us fora do brasil",
    "os judeos não são de confiança, nenhum",
    "m0ng0l0ides nojentos",
]

_HO_NON_PROTECTED = [
    "Tenho asco de barata, não consigo evitar.",
    "O trânsito da Avenida Brasil é a pior coisa que já aconteceu com essa cidade.",
    "Os carrapatos do cachorro são uma peste, tem que limpar o quintal inteiro.",
    "Vamos limpar o depósito de tralha velha, por bem ou por mal.",
    "Esse juiz é um rato, roubou o jogo da gente.",
    "Que vergonha essa reforma tributária, é uma gangrena pro pequeno empresário.",
    "esses pernilongos eu passava fogo em todos",
    "Tô de saco cheio da burocracia: formulário, fila e agendamento que nunca existe.",
    "E-mail de golpe é a coisa mais imunda que existe, tinham que prender quem manda.",
    "O VAR é a pior coisa que já aconteceu com o futebol.",
    "Tomara que alguém apague para sempre as notificações desse aplicativo.",
    "A nova regra dos patinetes é um absurdo completo.",
    "Não existe um comentarista que preste naquele programa.",
    "O calor de Teresina em setembro é criminoso.",
    "Essas traças são uma peste, destruíram meu casaco de lã.",
    "Os flamenguistas são uns chorões, aprendam a perder 😂",
]

_HO_ABUSE_INDIVIDUAL = [
    "Você é um bosta, nunca cumpre o que promete.",
    "Mas que anta você é, não entende nada.",
    "Você é um puxa-saco, sempre bajulando o chefe.",
    "Tua prima é uma chata de galocha.",
    "tu é um metido, ninguém te aguenta",
    "Teu amigo é um jumento, não sabe nem ler um mapa.",
    "Você é arrogante e prepotente, abaixa a bola.",
    "Que toupeira, quebrou a impressora de novo.",
    "És um chico-esperto, estás sempre a fugir na hora de pagar.",
    "O porteiro do meu prédio é um grosso.",
    "Você é muito lesada, como é que foi fazer isso?",
    "Para de ser pé-frio, toda vez que tu assiste a gente perde, mala.",
]

_HO_PROFANITY = [
    "Puta que pariu, que frio, tô congelando.",
    "Porra de prova, era impossível.",
    "Que filme foda, caralho.",
    "merda, deixei a chave dentro do carro de novo",
    "Caralho, rachou a tela do celular.",
    "O jantar tava do caralho, vamos repetir com certeza.",
    "Porra, que vista daqui de cima do mirante.",
    "Caramba, que alegria te ver por aqui 😄",
    "Que dia de merda, ainda bem que já é sexta.",
    "Bolas, esqueci-me de comprar pão.",
    "Caralho, que cheiro bom dessa moqueca.",
    "Puta merda, mais uma multa de estacionamento.",
]

_HO_RECLAIMED = [
    "Somos bichas, somos sapatão, somos travestis e não vamos calar a boca.",
    "Que linda essa bicha, amei o look 😍",
    "Sapatão no poder 💜",
    "O podcast é de duas bichas do interior falando da vida.",
    "Amiga, ontem na festa tinha um monte de bicha maravilhosa dançando.",
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
    ("farewell_plan", "A gente se vê amanhã na rodoviária às oito."),
    ("farewell_plan", "Te encontro depois no bar de sempre."),
    ("farewell_plan", "Beleza, te pego na saída do metrô Consolação."),
    ("farewell_plan", "até mais!! amanhã te conto tudo"),
    ("farewell_plan", "Te espero na porta do cinema, não demora 😘"),
    ("farewell_plan", "Combinado então: às 9 na praça e de lá a gente vai junto pro show, fechou?"),
    ("farewell_plan", "Vou te buscar na estação, me avisa quando chegar."),
    ("farewell_plan", "Bom, tô indo nessa, a gente se vê segunda na aula."),
    ("farewell_plan", "te acho na entrada do estádio, tô de camisa vermelha"),
    ("farewell_plan", "Um beijo, se cuida e a gente se vê no Natal."),
    ("farewell_plan", "Passo aí pra te pegar às sete, deixa a mala pronta."),
    ("farewell_plan", "Vou dormir, amanhã a gente se fala. Boa noite!"),
    ("farewell_plan", "Então até logo, encontramo-nos à porta do café às cinco."),
    ("chat", "Você viu o último episódio? Tô chocada."),
    ("chat", "kkkkkk não aguento teu cachorro"),
    ("chat", "Minha mãe perguntou se vocês vêm almoçar domingo, ela vai fazer lasanha."),
    ("chat", "E a prova, como foi? Acho que fui mal demais."),
    ("chat", "Hoje fiz pão caseiro pela primeira vez e ficou uma delícia."),
    ("chat", "me passa as anotações de história pfv"),
    ("chat", "Tá chovendo canivete, cheguei encharcada 🌧️"),
    (
        "chat",
        "No fim a gente não foi pra praia porque ventava demais, ficamos jogando baralho na casa da minha tia a tarde toda.",
    ),
    ("chat", "Parabéns, linda!! Muitos anos de vida 🎉"),
    ("chat", "Me matriculei na academia, vamos ver quanto tempo dura."),
    ("chat", "tem carregador de iphone aí? tô sem bateria"),
    ("chat", "O bebê falou a primeira palavra: “água”. Estamos babando."),
    ("chat", "Alguém topa um churrasco no sábado lá no sítio?"),
    ("support", "Olá, meu pedido 48213 ainda não chegou, vocês podem verificar?"),
    ("support", "Não consigo fazer login no aplicativo desde ontem, aparece erro 500."),
    ("support", "Boa tarde, gostaria de solicitar a devolução de um tênis que ficou pequeno."),
    ("support", "Vocês cobraram duas vezes a fatura de outubro, por favor verifiquem."),
    ("support", "a internet tá lentíssima desde segunda, podem mandar um técnico?"),
    ("support", "Como altero o endereço de entrega de um pedido que já foi pago?"),
    (
        "support",
        "Tentei redefinir a senha três vezes e o e-mail não chega. Será que a conta foi bloqueada?",
    ),
    ("support", "Bom dia, preciso da nota fiscal no CNPJ da empresa."),
    ("support", "O roteador faz um apito estranho e reinicia sozinho a cada meia hora."),
    ("support", "Quero cancelar o seguro, qual é o procedimento?"),
    ("support", "O rastreio diz entregue, mas a encomenda não está na portaria."),
    ("support", "oi, a máquina de lavar que comprei mês passado tá vazando, tá na garantia?"),
    ("support", "Boa tarde, a fatura da eletricidade deste mês veio em duplicado, podem corrigir?"),
    ("review", "O pão de queijo dessa padaria é o melhor de BH, sem dúvida."),
    ("review", "Produto ok, chegou no prazo, mas a caixa veio amassada."),
    ("review", "Atendimento péssimo, esperamos uma hora pela entrada."),
    ("review", "O fone tem um som incrível e a bateria dura muito ⭐⭐⭐⭐⭐"),
    ("review", "hotel bom mas o café da manhã fraquinho"),
    (
        "review",
        "Fomos jantar no aniversário do meu namorado e foi um acerto total: a moqueca estava perfeita e o garçom foi um amor.",
    ),
    ("review", "Não recomendo, a cadeira quebrou em duas semanas."),
    ("review", "Custo-benefício imbatível, vamos voltar."),
    ("review", "O livro começa devagar, mas do capítulo dez em diante não dá pra largar."),
    ("review", "Academia boa, mas no horário de pico não tem aparelho livre."),
    ("review", "Pedi o prato executivo e a carne veio fria. Pena, porque o lugar é lindo."),
    ("review", "O hidratante funcionou super bem na minha pele seca."),
    ("review", "oficina muito séria, consertaram o carro em um dia e sem surpresa na conta"),
    ("sports_gaming", "A gente matou eles de 3 a 0, que jogaço!"),
    ("sports_gaming", "Headshot do outro lado do mapa 😎"),
    ("sports_gaming", "Fomos destruídos no segundo tempo, não acertamos uma."),
    ("sports_gaming", "gg, amassamos eles no último round"),
    ("sports_gaming", "Hoje tem Free Fire à noite, quem entra?"),
    ("sports_gaming", "O Palmeiras atropelou o adversário, quatro gols em vinte minutos."),
    ("sports_gaming", "Me mataram três vezes seguidas no mesmo lugar, o camper é brabo."),
    ("sports_gaming", "Na final é pra cima deles, tem que sair mordendo desde o primeiro minuto."),
    ("sports_gaming", "Esse jogador é um monstro, passou por toda a zaga."),
    ("sports_gaming", "Ganhamos o campeonato de futsal do bairro 🏆"),
    ("sports_gaming", "preciso de um suporte que saiba jogar, o último me deixou morrer 5 vezes"),
    ("sports_gaming", "O centroavante fuzilou o goleiro na cobrança de pênalti."),
    ("sports_gaming", "Recorde pessoal na maratona do Rio: 3 horas e 12 minutos."),
    ("figurative_violent", "Mata o processo no gerenciador de tarefas e abre de novo."),
    ("figurative_violent", "Tô morrendo de rir com teus áudios 😂"),
    ("figurative_violent", "Esse calor é um assassinato, não dá nem pra respirar."),
    (
        "figurative_violent",
        "Hoje à tarde vou fotografar minha irmã no Ibirapuera; o fotógrafo disse que vai disparar só com luz natural.",
    ),
    ("figurative_violent", "Matei o notebook derrubando café em cima."),
    ("figurative_violent", "Você me mata quando faz essa cara."),
    ("figurative_violent", "O professor acabou com a gente na prova de física."),
    ("figurative_violent", "Tem que matar o tempo de algum jeito no aeroporto."),
    ("figurative_violent", "Esse vestido é de morrer, que lindo."),
    ("figurative_violent", "quebrei o cofrinho pra comprar o videogame"),
    ("figurative_violent", "Vou executar o script de novo pra ver se agora funciona."),
    ("figurative_violent", "A cantora arrasou ontem, o público saiu morto de emoção."),
    ("figurative_violent", "Tô morrendo de fome, bora pedir uma pizza?"),
    ("identity_positive", "Eid Mubarak aos meus vizinhos muçulmanos 🌙"),
    ("identity_positive", "Amanhã vamos à Parada com minhas duas tias, vai ser lindo 🏳️‍🌈"),
    ("identity_positive", "Minha colega é surda e está me ensinando Libras, ela é incrível."),
    ("identity_positive", "Shabat shalom pros amigos judeus do grupo."),
    ("identity_positive", "A festa de casamento cigano do meu amigo foi a mais bonita que já fui."),
    (
        "identity_positive",
        "Que bom que o time de basquete em cadeira de rodas do bairro ganhou o campeonato.",
    ),
    ("identity_positive", "minha vizinha síria trouxe esfiha caseira e tá maravilhosa"),
    ("identity_positive", "Feliz Ano Novo chinês pra quem comemora 🧧"),
    (
        "identity_positive",
        "Meu filho tem síndrome de Down e hoje começou a trabalhar numa cafeteria. Estamos orgulhosíssimos.",
    ),
    ("identity_positive", "Parabéns ao Rafa e ao Diego pelo casamento, vivam os noivos! 💍"),
    (
        "identity_positive",
        "A comunidade boliviana do Brás organizou uma festa com comida típica, todo mundo convidado.",
    ),
    (
        "identity_positive",
        "Minha amiga é trans e conseguiu mudar o nome nos documentos, que alegria!",
    ),
    ("identity_positive", "Obrigada às cientistas negras que abriram caminho neste país."),
    ("comments", "Discordo da matéria, os dados de desemprego citados são de dois anos atrás."),
    ("comments", "Boa notícia, mas vamos ver se sai do papel."),
    (
        "comments",
        "Acho que a proposta da prefeitura tem furos: não explica como o VLT vai ser financiado nem quem vai fazer a manutenção.",
    ),
    ("comments", "O jornalista mistura opinião com informação, e isso não me parece sério."),
    ("comments", "interessante, mas senti falta da opinião dos moradores afetados"),
    ("comments", "Essa medida não resolve o problema da moradia, só adia."),
    ("comments", "Que reportagem boa, obrigado por contar com tanto detalhe."),
    ("comments", "Discordo do autor: home office não serve pra todo mundo nem pra todo cargo."),
    ("comments", "A ideia é boa, mas a execução deixa muito a desejar."),
    ("comments", "Alguém tem o link do relatório original? Queria ler inteiro antes de opinar."),
    ("comments", "Acho um erro aumentar a passagem de ônibus justo agora."),
    ("comments", "a manchete é sensacionalista demais pro que a notícia conta depois"),
    (
        "comments",
        "Respeito a opinião do colunista, mas os argumentos dele sobre a reforma do ensino médio não se sustentam.",
    ),
]

EVERYDAY_HELDOUT: list[tuple[str, str]] = [
    ("farewell_plan", "Te vejo na plataforma dois, do lado da máquina de café."),
    ("farewell_plan", "Depois te dou um toque e a gente desce junto."),
    ("farewell_plan", "tchau, te vejo no fds lá no interior"),
    (
        "farewell_plan",
        "Vou te buscar no aeroporto, vou estar no desembarque com uma plaquinha ridícula 😂",
    ),
    ("farewell_plan", "Tô indo, senão perco o trem. Até quinta!"),
    (
        "farewell_plan",
        "Quando sair do trampo me manda mensagem que eu te encontro no ponto do 175.",
    ),
    ("farewell_plan", "Até amanhã, descansa."),
    (
        "farewell_plan",
        "Marcamos no chafariz da praça às seis e meia e depois vamos ver o jogo juntos.",
    ),
    ("farewell_plan", "Tô te esperando na portaria, desce quando puder."),
    ("farewell_plan", "a gente se vê no casamento!! já comprei o terno"),
    ("farewell_plan", "Tô chegando, em dez minutos te acho na entrada do hospital."),
    ("farewell_plan", "Um abraço e boa viagem, depois me conta como foi em Lisboa."),
    ("farewell_plan", "Vemo-nos logo à noite no Bairro Alto, eu levo o meu primo."),
    ("chat", "O que vocês vão fazer na ceia de Natal esse ano?"),
    ("chat", "Comprei uma planta e ela já tá morrendo, sou um desastre 🌱"),
    ("chat", "kkkk teu gato é demais"),
    ("chat", "Nevou em Urubici e as crianças ficaram doidas fazendo boneco de neve."),
    ("chat", "Consegui o apartamento, mês que vem eu me mudo!"),
    ("chat", "sabe se o mercado abre no feriado?"),
    ("chat", "Meu avô fez noventa anos e continua indo pra roça toda manhã, é impressionante."),
    ("chat", "Me indica uma série? Já terminei tudo que tinha pra ver."),
    ("chat", "que sono, não preguei o olho"),
    ("chat", "Adotamos um cachorro do abrigo, o nome dele é Paçoca e ele é um terror lindo."),
    ("chat", "Tô aprendendo violão com vídeo do YouTube, por enquanto só sei três acordes."),
    ("chat", "Me manda a localização do restaurante que eu não lembro."),
    ("chat", "já cheguei em casa, valeu pela carona"),
    ("support", "Olá, o aplicativo fecha sozinho quando abro o carrinho."),
    ("support", "Dá pra antecipar a entrega? Vou viajar na sexta."),
    ("support", "Recebi um produto diferente do que pedi, segue a foto em anexo."),
    ("support", "não consigo pagar com pix, dá erro toda hora"),
    (
        "support",
        "Estou há três dias sem telefone fixo e ninguém me dá uma solução, preciso que um técnico me ligue.",
    ),
    ("support", "Oi, qual é o prazo pra trocar um produto da promoção?"),
    ("support", "Gostaria de saber por que a mensalidade da academia aumentou sem aviso."),
    (
        "support",
        "A conta de luz deste mês veio o triplo do normal, acho que a leitura do medidor está errada.",
    ),
    ("support", "Preciso cancelar a reserva do hotel para o dia 14, tem alguma taxa?"),
    ("support", "oi, o cupom de desconto não funciona no site"),
    ("support", "Perdi o cartão do banco, como faço pra bloquear?"),
    ("support", "O técnico ficou de vir entre 9h e 14h e não apareceu."),
    ("support", "Vocês entregam em Fernando de Noronha? Não aparece a opção no formulário."),
    ("review", "O feijão tropeiro daqui lembra o da minha avó."),
    ("review", "O tênis é confortável demais, uso pra correr e pro dia a dia."),
    ("review", "Lugar bonito, mas caríssimo pelo que servem."),
    ("review", "a pizza chegou fria e atrasada, não pedimos mais"),
    ("review", "Ótimo atendimento na farmácia, me explicaram tudo com paciência."),
    ("review", "O celular é rápido, mas a câmera à noite deixa a desejar."),
    (
        "review",
        "Pousada muito limpa, com uma vista pra serra de tirar o fôlego. Os donos são uns queridos.",
    ),
    ("review", "O filme é comprido demais, dava pra cortar meia hora."),
    ("review", "Cinco estrelas pro salão, sempre saio feliz 💇‍♀️"),
    ("review", "O aspirador não funciona bem em tapete, mas no piso é perfeito."),
    (
        "review",
        "Curso muito prático, o professor explica super bem e os exercícios servem de verdade.",
    ),
    ("review", "A coxinha desse boteco é um escândalo, das melhores que já comi."),
    (
        "review",
        "péssima experiência com a mudança, quebraram duas caixas e não se responsabilizaram",
    ),
    ("sports_gaming", "Atropelamos eles em casa, 5 a 1 e tchau."),
    ("sports_gaming", "Que cesta de três no último segundo 🏀"),
    ("sports_gaming", "O sniper me deu um tiro lá do telhado, nem vi de onde veio."),
    ("sports_gaming", "gg wp, aniquilamos eles"),
    ("sports_gaming", "O time do meu filho ganhou o torneio sub-11."),
    ("sports_gaming", "Matamos o chefão de primeira, que emoção."),
    (
        "sports_gaming",
        "O Flamengo foi um rolo compressor no segundo tempo, não deixou o adversário respirar.",
    ),
    ("sports_gaming", "Hoje tem raid no WoW, entrem às dez."),
    ("sports_gaming", "O atacante matou o jogo com o segundo gol."),
    ("sports_gaming", "levamos uma surra no futsal, 8 a 2"),
    (
        "sports_gaming",
        "Preciso subir de nível antes de enfrentar aquele dragão, ele me destrói sempre.",
    ),
    ("sports_gaming", "A gente arrasou no torneio de truco do bar."),
    ("sports_gaming", "O Benfica deu uma cabazada ao adversário, cinco golos sem resposta."),
    ("figurative_violent", "Tô morrendo de saudade de você."),
    ("figurative_violent", "Essa prova vai me matar, passei a semana sem dormir."),
    ("figurative_violent", "Quando você ri assim eu morro."),
    ("figurative_violent", "Tem que matar o processo do Chrome, ele travou."),
    ("figurative_violent", "O fotógrafo vai disparar umas fotos do grupo antes do jantar."),
    ("figurative_violent", "essa piada é de matar kkkkk"),
    ("figurative_violent", "Vamos bombardear as redes com o cartaz do festival."),
    ("figurative_violent", "A umidade de Manaus em agosto é criminosa."),
    ("figurative_violent", "Destruí a cozinha fazendo bolo, mas ficou uma delícia."),
    ("figurative_violent", "O comediante matou a gente de rir a noite inteira."),
    ("figurative_violent", "Meu notebook morreu bem antes de eu salvar o trabalho."),
    ("figurative_violent", "Vou atacar essa pilha de roupa pra passar antes que ela me engula."),
    ("figurative_violent", "Esse sapato tá me matando."),
    ("identity_positive", "Ramadã Mubarak a todas as famílias muçulmanas do bairro 🌙"),
    ("identity_positive", "Meus dois pais vieram na apresentação da escola e os dois choraram."),
    ("identity_positive", "Feliz Chanucá para quem comemora 🕎"),
    ("identity_positive", "A seleção paralímpica voltou com a mala cheia de medalhas, parabéns."),
    (
        "identity_positive",
        "o restaurante senegalês da minha rua é uma maravilha, gente muito querida",
    ),
    ("identity_positive", "Minha professora de matemática é indígena e foi a melhor que já tive."),
    (
        "identity_positive",
        "Que linda a festa de Iemanjá na praia, cheia de gente de branco levando flores.",
    ),
    ("identity_positive", "Parabéns à minha prima e à esposa dela pelo primeiro bebê 💕"),
    (
        "identity_positive",
        "Contrataram um rapaz autista no arquivo e ele organizou tudo em uma semana.",
    ),
    ("identity_positive", "Feliz Diwali aos nossos vizinhos indianos, obrigado pelos doces 🪔"),
    (
        "identity_positive",
        "As refugiadas venezuelanas da cidade montaram uma oficina de costura linda.",
    ),
    ("identity_positive", "Minha avó é evangélica e canta no coral da igreja todo domingo."),
    ("identity_positive", "Viva a diversidade na equipe, assim dá gosto trabalhar."),
    ("comments", "Boa análise, mas acho que exagera o impacto do turismo no centro."),
    ("comments", "Não concordo com fechar o parque à noite, existem outras soluções."),
    ("comments", "Falta contexto na matéria: quanto a obra custou no total?"),
    ("comments", "acho boa a proposta mas chegou tarde"),
    (
        "comments",
        "O argumento do vereador não faz muito sentido se você olhar os números do ano passado.",
    ),
    (
        "comments",
        "Obrigado pela matéria, me ajudou a entender como funciona o novo auxílio aluguel.",
    ),
    (
        "comments",
        "Com todo respeito, acho que o autor confunde correlação com causalidade na segunda parte do texto.",
    ),
    ("comments", "Eu votaria contra a ampliação do aeroporto, mas entendo quem defende."),
    ("comments", "Otimista demais esse editorial, a economia não vai tão bem no interior."),
    (
        "comments",
        "Que debate interessante nos comentários, dá gosto ler opiniões tão diferentes com educação.",
    ),
    ("comments", "a pesquisa tem uma amostra muito pequena, eu não tiraria conclusão nenhuma"),
    (
        "comments",
        "Essa lei tem coisas boas e coisas ruins; a parte dos prazos, por exemplo, não me convence.",
    ),
    ("comments", "Seria bom o jornal publicar também a resposta da empresa."),
]


# --- second held-out part -----------------------------------------------------------------
# Frames used in no other part; groups: four shared (gays, negros, ciganos, muçulmanos),
# ten new to both earlier parts.

_HELDOUT2_GROUPS = [
    _G("paraguaios", "paraguaio", False),
    _G("pessoas não binárias", "pessoa não binária", True),
    _G("senegaleses", "senegalês", False),
    _G("gays", "gay", False),
    _G("surdos", "surdo", False),
    _G("umbandistas", "umbandista", False),
    _G("negros", "negro", False),
    _G("nigerianos", "nigeriano", False),
    _G("cadeirantes", "cadeirante", False),
    _G("ciganos", "cigano", False),
    _G("homens trans", "homem trans", False),
    _G("sírios", "sírio", False),
    _G("muçulmanos", "muçulmano", False),
    _G("quilombolas", "quilombola", False),
]

_H2_DEROGATION: list[_Frame] = [
    lambda g: f"Vou ser sincero: {g.os} me causam repulsa.",
    lambda g: f"Quanto mais eu convivo com {g.os}, mais raiva eu tenho {g.a('deles', 'delas')}.",
    lambda g: f"Só eu acho que {g.os} são uma gentalha sem vergonha nenhuma?",
    lambda g: (
        f"Não vem com papinho pra cima de mim: {g.os} são uma corja, não têm educação, "
        "não respeitam nada e só trazem confusão por onde passam."
    ),
    lambda g: _plain(f"{g.os}? nao quero nem pintad{g.a('os', 'as')} de ouro, gente ridicula"),
    lambda g: f"Pouca coisa no mundo é mais desprezível que {g.um} 😒",
]

_H2_DEHUMANISATION: list[_Frame] = [
    lambda g: f"{g.Os} são um vírus se espalhando pelo país inteiro.",
    lambda g: f"O que tem de {g.bare} por aí já virou infestação, igual percevejo.",
    lambda g: f"{g.Os} vivem feito porco e fedem igual 🐖",
    lambda g: _plain(f"{g.os} sao sanguessugas, sugam sugam e nao dao nada em troca"),
    lambda g: f"{g.Os} não passam de urubus rondando o bairro pra ver o que conseguem pegar.",
]

_H2_THREAT: list[_Frame] = [
    lambda g: (
        f"Hoje à noite a gente vai quebrar tudo onde {g.os} se reúnem, e quem estiver lá vai junto."
    ),
    lambda g: f"Paredão {g.a('pros', 'pras')} {g.bare}, sem julgamento nem nada.",
    lambda g: (
        f"Tô com a faca separada {g.a('pro próximo', 'pra próxima')} {g.sg} que me olhar torto 🔪"
    ),
    lambda g: _plain(f"alguem mete bala n{g.a('esses', 'essas')} {g.bare} logo"),
    lambda g: (
        f"Anota aí onde {g.os} se juntam: sábado a gente vai em bando e não sobra ninguém de pé."
    ),
    lambda g: f"Uma boa surra de pau é o que {g.os} merecem, e a gente vai dar.",
]

_H2_NEGATED: list[_Frame] = [
    lambda g: f"Deixo bem claro: {g.os} não me causam repulsa nenhuma.",
    lambda g: f"Nunca na vida eu ameaçaria {g.um}.",
    lambda g: _plain(f"que nada, {g.os} não são vírus nenhum nem nada parecido"),
    lambda g: (
        f"Por mais que alguns repitam, {g.os} não são corja nem trazem confusão; são "
        "pessoas comuns tocando a vida."
    ),
    lambda g: f"Não odeio nem desprezo {g.os}, e nunca odiei.",
]

_H2_COUNTER: list[_Frame] = [
    lambda g: f"Chamar {g.os} de sanguessugas não é opinião, é desumanização.",
    lambda g: (
        f"No grupo do condomínio alguém escreveu “paredão {g.a('pros', 'pras')} {g.bare}”. A gente removeu a "
        "pessoa e tirou print pra denunciar."
    ),
    lambda g: _plain(f"aquele tweet dizendo que {g.os} são um vírus é ódio puro, denunciem"),
    lambda g: f"Não, {g.os} não “fedem”. Esse comentário é nojento e você sabe disso.",
    lambda g: (
        f"A professora mostrou fake news sobre {g.os} pra turma aprender a desmentir, e dá "
        "medo ver o que circula por aí."
    ),
]

_H2_NEUTRAL: list[_Frame] = [
    lambda g: f"O censo deste ano traz pela primeira vez dados sobre {g.os}.",
    lambda g: f"Meu vizinho de baixo é voluntário numa ONG que atende {g.bare}.",
    lambda g: _plain(f"alguem tem o link do podcast sobre {g.os} que saiu ontem?"),
    lambda g: (
        f"A exposição do museu tem uma sala inteira dedicada {g.aos} e à presença "
        f"{g.a('deles', 'delas')} na cidade ao longo das décadas."
    ),
]

_H2_POSITIVE: list[_Frame] = [
    lambda g: f"Que orgulho ver {g.os} ocupando espaço na TV e na política 👏",
    lambda g: f"{g.Os} deixam essa cidade mais rica, mais aberta e mais divertida 🌍",
    lambda g: _plain(f"um salve {g.aos} que tocam a cozinha comunitaria todo santo dia"),
    lambda g: f"Aprendi mais com {g.os} da minha turma do que em muito livro por aí.",
]

_H2_SLUR = [
    "Sai daqui, neguinho, esse condomínio não é pra tua laia.",
    "Cabelo de bombril, vai pentear essa palha antes de entrar aqui.",
    "Bugre imundo, volta pro mato.",
    "Estes zucas vêm para cá roubar o trabalho aos portugueses.",
    "Bichinha afetada, fala que nem homem.",
    "Mulherzinha histérica, vai lavar uma louça.",
    "Olha a sapatona ali querendo ser macho, ridícula.",
    "Cotista burro, roubou a vaga de quem estudou.",
    "Esse mongol não devia nem estar na mesma sala que meu filho.",
    "Aleijadinho de merda, sai da frente com essa cadeira.",
    "Esses pau de arara tão tomando conta de São Paulo.",
    "Urubu, volta pra senzala.",
    "Piranha, volta pra zona que é teu lugar.",
    "gayzinho de merda, vai apanhar na saida",
    "Os pretos da Amadora só sabem roubar, é tudo escumalha.",
    "Terrorista de turbante, desce do meu ônibus.",
]

_H2_SPELLING = [
    "0s p4r4gu4i0s são todos contrabandistas",
    "os s e n e g a l e s e s são uma infestação",
    "os umbandistas são porcoooos 🐖",
    "alguem mete bala nos nigeri4nos",
    "pessoas nao binarias sao doentessss",
    "os s1r1os são urubus",
    "c.i.g.a.n.o.s = ladrões",
    "n3gr0s sanguessugas",
    "homes trans são umas aberraçoes",
    "os quilombolas que se fodam todosss",
    "M-U-Ç-U-L-M-A-N-O-S fora do meu bairro",
    "os surd0s são um peso pra sociedade",
    "os cadeirentes nem deviam ter direitos",
    "os g4ys são uma doença",
    "n3gu1nh0s d3 m3rd4",
    "Os zukas são escória.",
]

_H2_NON_PROTECTED = [
    "Vou ser sincero: propaganda no YouTube me causa repulsa.",
    "Os percevejos viraram infestação, tem que jogar o colchão fora.",
    "Hoje à noite a gente vai acabar com as garrafas que sobraram do aniversário 🍾",
    "O novo horário do ônibus é um vírus que estraga a vida de todo mundo.",
    "Os javalis do sítio são uma praga, já reviraram a horta inteira.",
    "sertanejo universitario? nao quero nem pintado de ouro",
    "Os comentaristas da TV são uma corja, vivem de polêmica.",
    "As coletivas do técnico da seleção são um insulto à inteligência.",
    "As gaivotas do cais roubaram-me a bifana, malditas.",
    "A taxa de conveniência dos ingressos é uma sanguessuga.",
    "Esse editor de texto merecia uma bala, trava a cada cinco minutos.",
    "Os são-paulinos são uns pernas de pau, não fazem gol nem com o gol vazio 😂",
    "Esses pop-ups de cookies em todo site são a coisa mais desprezível da internet.",
    "O pedágio da Dutra é um assalto à mão armada.",
    "Patinete largado na calçada tinha que ir todo pro ferro-velho.",
    "Lacraia no banheiro é a coisa mais nojenta do verão.",
]

_H2_ABUSE_INDIVIDUAL = [
    "Você é um embuste, nunca entrega nada no prazo.",
    "Teu cunhado é um mala sem alça.",
    "Para de falar besteira, zé-ruela.",
    "Que sujeito sem noção, furou a fila na cara dura.",
    "tu é um cuzão, me deixou esperando duas horas",
    "A fulana do RH é uma cobra, fala mal de todo mundo pelas costas.",
    "Você é um bundão, nem pra reclamar do próprio salário.",
    "Seu vacilão, esqueceu meu aniversário de novo.",
    "És mesmo um parvalhão, deixaste o carro aberto outra vez.",
    "Que panaca, mandou o e-mail pra empresa inteira.",
    "Você é um energúmeno, quebrou o portão de ré.",
    "meu colega de quarto é um porco, nunca lava um prato",
]

_H2_PROFANITY = [
    "Caralho, que temporal, o guarda-sol voou longe.",
    "Porra, que delícia um banho depois do jogo.",
    "Puta merda, o pudim da tua mãe é outro nível.",
    "caralho terminei a mudança finalmente",
    "Merda, acabou a luz bem no meio do filme.",
    "Puta que pariu, o ônibus chegou na hora pela primeira vez.",
    "Caralho, que gol de bicicleta 😱",
    "Porra, que bom uma cerveja gelada no sol.",
    "Foda-se a dieta, hoje é dia de pastel.",
    "Que merda, apagou o documento inteiro.",
    "Puta que o pariu, ganhei na raspadinha!",
    "Porra, que calor está hoje em Lisboa, pá.",
]

_H2_RECLAIMED = [
    "Nós, as sapatão, fizemos a melhor festa da Parada, fica a dica.",
    "Bicha, guardei lugar pra você na primeira fila 💅",
    "Somos quatro bichas dividindo apê e tá uma maravilha.",
    "Que sapatão mais elegante você tá hoje, amiga 😍",
    "meu grupo de viados preferido se encontra hoje no bar de sempre",
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
    ("farewell_plan", "Desço no próximo ponto, te encontro na bilheteria da balsa."),
    ("farewell_plan", "fui nessa, amanhã 6h no crossfit hein, não me deixa na mão"),
    ("farewell_plan", "Vou entrar no dentista agora, depois a gente se fala 👋"),
    (
        "farewell_plan",
        "Domingo a gente sobe a serra cedinho; te pego no posto da rotatória lá pelas sete, leva lanche e protetor.",
    ),
    ("farewell_plan", "Te acho na festa junina, vou estar na barraca do quentão."),
    ("farewell_plan", "falou, na volta eu te ligo"),
    ("farewell_plan", "Tô na biblioteca, na mesa do fundo perto da janela, vem pra cá."),
    ("farewell_plan", "Boa sorte na entrevista! À noite você me conta tudo com uma cerveja."),
    ("farewell_plan", "Quando pousar me manda um áudio que eu te espero no terminal 2."),
    ("farewell_plan", "Vou deitar que amanhã acordo cedo. Beijo nas crianças."),
    ("farewell_plan", "Então até já, apanho-te à saída do Rossio às seis."),
    (
        "farewell_plan",
        "Não vou conseguir almoçar com vocês, mas passo no café depois e encontro vocês na mesinha da calçada.",
    ),
    ("farewell_plan", "Até a volta, e não esquece de trazer doce de leite de Minas!"),
    ("chat", "Alguém sabe que horas começa o bloco amanhã?"),
    ("chat", "minha cachorra comeu uma meia inteira, já tá bem mas que susto"),
    ("chat", "A sala tá lotada de caixa, essa mudança tá acabando comigo."),
    ("chat", "Vi um pôr do sol lá da laje hoje que você nem imagina 🌅"),
    ("chat", "kkkkkkk o áudio da tua tia é a melhor coisa do dia"),
    (
        "chat",
        "Tô montando um quebra-cabeça de mil peças com meu pai e já são três tardes só no céu, que é tudo do mesmo azul.",
    ),
    ("chat", "Lembra o nome daquele boteco em Paraty com a cachaça de jambu?"),
    ("chat", "Rodei na prova prática por causa da baliza, que raiva."),
    ("chat", "cortei franja e não sei se me arrependi"),
    ("chat", "Meu sobrinho já engatinha e persegue tudo, até o gato."),
    ("chat", "Esse ano vou fazer o Caminho da Fé, alguém topa?"),
    ("chat", "Os ipês amarelos da rua floriram, tá tudo lindo."),
    ("chat", "manda a receita daquele bolo de fubá pfv"),
    (
        "support",
        "Olá, minha encomenda está parada na alfândega há uma semana, vocês sabem de algo?",
    ),
    ("support", "Não recebo o SMS de verificação pra entrar no internet banking."),
    ("support", "quero trocar o tamanho do casaco, como faço?"),
    (
        "support",
        "Boa tarde, contratei o plano família, mas só aparecem duas linhas das quatro. Podem verificar, por favor?",
    ),
    ("support", "A impressora que vocês enviaram não reconhece os cartuchos originais."),
    ("support", "Tem como agendar atendimento por telefone em vez de pelo site?"),
    (
        "support",
        "Fui multado por devolver o carro alugado com o tanque cheio, não entendi a cobrança.",
    ),
    ("support", "oi, meu bilhete único bloqueou, e eu recarreguei ontem"),
    ("support", "Gostaria de saber se o seguro residencial cobre vazamento do vizinho de cima."),
    ("support", "O forno faz um barulho estranho desde a instalação, alguém pode vir olhar?"),
    ("support", "A geladeira chegou com um amassado na porta, seguem as fotos."),
    ("support", "Quando volta a ter estoque do tamanho 40?"),
    (
        "support",
        "Bom dia, preciso do informe de rendimentos do ano passado para a declaração do IR e não encontro na área do cliente.",
    ),
    ("review", "O churros dessa barraca, crocante e sem óleo sobrando, nota dez."),
    ("review", "a camiseta encolheu na primeira lavagem, não comprem"),
    ("review", "Museu ótimo, só que os audioguias ficam sem bateria rapidinho."),
    (
        "review",
        "Jantamos no terraço com vista pro porto e o arroz de polvo estava divino; o serviço foi meio lento, mas simpático.",
    ),
    ("review", "O colchão é firme mas confortável, finalmente durmo a noite toda."),
    ("review", "Fisioterapeuta excelente, em duas sessões sumiu minha dor nas costas."),
    ("review", "O app do banco é uma confusão, ninguém acha as transferências."),
    ("review", "Camping bem localizado, mas os banheiros deixavam a desejar."),
    ("review", "Super recomendo o passeio de caiaque, o guia é um amor 🚣"),
    ("review", "a air fryer é uma invenção, uso todo dia"),
    ("review", "Livro fraco, dá pra adivinhar o final lá na página vinte."),
    ("review", "O pastel de nata estava estaladiço e ainda morno, perfeito com uma bica."),
    (
        "review",
        "Três semanas pra consertar uma persiana, e ainda cobraram a visita técnica duas vezes.",
    ),
    ("sports_gaming", "Passamos por cima deles, 4 a 0 no intervalo."),
    ("sports_gaming", "Que clutch no último round, 1 contra 4 🔥"),
    ("sports_gaming", "O goleiro deles pegou tudo, não tinha jeito."),
    ("sports_gaming", "tô farmando igual doido, já tô no nível 60"),
    ("sports_gaming", "Levamos um sacode no torneio de vôlei, mas ano que vem a gente volta."),
    (
        "sports_gaming",
        "Ontem na partida o sniper inimigo varreu nós cinco lá da torre, tivemos que mudar toda a estratégia.",
    ),
    ("sports_gaming", "O Grêmio derrubou o líder dentro da casa dele."),
    ("sports_gaming", "Zerei o Elden Ring finalmente, que chefão final mais brabo."),
    ("sports_gaming", "Aquele voleio foi um míssil, o goleiro nem viu a bola."),
    ("sports_gaming", "hoje tem pelada às 8, bora que vamos com tudo"),
    ("sports_gaming", "Caímos nos pênaltis, que drama."),
    ("sports_gaming", "Meti um combo no final e deixei o cara KO em dois segundos."),
    ("sports_gaming", "O ciclista detonou o pelotão na última subida."),
    ("figurative_violent", "Você me matou com essa piada, não consigo parar de rir."),
    ("figurative_violent", "Tem que matar essa coluna da planilha, ela tá sobrando."),
    ("figurative_violent", "O sol do meio-dia hoje tá assassino, passa protetor."),
    ("figurative_violent", "vou matar a tarde maratonando série"),
    ("figurative_violent", "A chefe metralhou minha apresentação de correções, tudo em vermelho."),
    (
        "figurative_violent",
        "O fotógrafo do casamento ficou disparando rajadas na pista de dança e saíram fotos lindas.",
    ),
    ("figurative_violent", "Essa música me mata, tô ouvindo no repeat."),
    ("figurative_violent", "Assassinei a planta da sala, esqueci de regar por um mês."),
    ("figurative_violent", "O filme explodiu minha cabeça, que reviravolta no final."),
    ("figurative_violent", "Precisa matar o serviço do banco de dados e subir de novo."),
    ("figurative_violent", "Tô morta depois do casamento, dancei seis horas seguidas."),
    ("figurative_violent", "O humorista detonou, a plateia inteira chorando de rir."),
    ("figurative_violent", "Esse café é de matar de bom, é de onde?"),
    ("identity_positive", "Feliz Natal ortodoxo aos colegas ucranianos e sírios 🎄"),
    ("identity_positive", "Minha amiga cega me ensinou um pouco de braille, que demais."),
    ("identity_positive", "A feirinha paraguaia de sábado tem a melhor chipa que já comi."),
    ("identity_positive", "Parabéns pra minha prima Júlia e a namorada pelo apê novo 🏡"),
    (
        "identity_positive",
        "Na escola da minha filha celebraram o Ano Novo Lunar com lanternas que as famílias coreanas ajudaram a fazer, ficou lindo.",
    ),
    ("identity_positive", "feliz Holi pros vizinhos indianos, que festa de cores 🎨"),
    ("identity_positive", "Meu colega é não binário e é o melhor designer do estúdio."),
    (
        "identity_positive",
        "A associação de mulheres quilombolas abriu uma biblioteca na comunidade.",
    ),
    ("identity_positive", "Eid Mubarak a todos os amigos muçulmanos, aproveitem com a família."),
    ("identity_positive", "Meu irmão é autista e hoje fez o primeiro recital de piano 🎹"),
    ("identity_positive", "Que lindo ver o time feminino lotando o estádio."),
    (
        "identity_positive",
        "obrigado à família senegalesa do lado pelo thieboudienne, tava sensacional",
    ),
    (
        "identity_positive",
        "O terreiro de umbanda do bairro abriu as portas pra festa de Cosme e Damião, muito bonito.",
    ),
    ("comments", "Entendo a medida, mas tinha que vir junto com mais ônibus."),
    ("comments", "não sei de onde saíram esses números, o ibge diz outra coisa"),
    ("comments", "Ótima thread, me esclareceu a questão do financiamento pela tabela SAC."),
    (
        "comments",
        "Acho que a reportagem ficou incompleta: não fala dos aluguéis de temporada, que são metade do problema no centro.",
    ),
    ("comments", "Discordo, a ciclovia da avenida funcionou bem."),
    ("comments", "A foto não tem nada a ver com o texto da matéria, atenção."),
    ("comments", "Queria ver esse debate com mais especialistas e menos influenciadores."),
    ("comments", "Proposta interessante, mas duvido que seja aprovada esse ano."),
    ("comments", "O colunista acerta no diagnóstico, mas erra na solução."),
    ("comments", "tomara que publiquem o orçamento detalhado da obra"),
    (
        "comments",
        "Não acho ruim aumentar a taxa do lixo se a limpeza melhorar, mas por enquanto não mudou nada.",
    ),
    ("comments", "Só corrigindo um dado: a ponte foi inaugurada em 1974, não em 1976."),
    ("comments", "Boa entrevista, mas faltou insistir na pergunta sobre a saúde."),
]
