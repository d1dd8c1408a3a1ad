# ruff: noqa: E501
"""Portuguese (pt): an eighth training part: more harmless lines in the words of threats, and more threats against a person."""

from __future__ import annotations

FUNCTIONAL_TRAIN8: list[tuple[str, bool, str]] = [
    # violent_hyperbole
    (
        "violent_hyperbole",
        False,
        "Se tu me contar quem é o assassino antes de eu terminar a série, eu te estrangulo com o fio do carregador 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Meus filhos pintaram a parede da sala com batom. Amo, mas hoje eu pendurava os dois no ventilador 🙃",
    ),
    (
        "violent_hyperbole",
        False,
        "O meu irmão perdeu as chaves pela terceira vez este mês, um dia destes dou-lhe um estalo.",
    ),
    (
        "violent_hyperbole",
        False,
        "Quem comeu o último pedaço de pizza e deixou a caixa vazia na geladeira? Vou descobrir e arrancar o couro 😤😂",
    ),
    (
        "violent_hyperbole",
        False,
        "amor se tu roncar mais uma noite assim eu te afogo na banheira kkkk te amo",
    ),
    (
        "violent_hyperbole",
        False,
        "quem me colocou no grupo do condomínio? vou matar um por um kkkkk",
    ),
    (
        "violent_hyperbole",
        False,
        "Sempre que o meu sogro fala de política ao almoço apetece-me atirar-lhe com a travessa do bacalhau.",
    ),
    (
        "violent_hyperbole",
        False,
        "A colega do lado assobia o dia inteiro, um dia destes levo o agrafador à cabeça dela 😅",
    ),
    (
        "violent_hyperbole",
        False,
        "Meu pai viu a fatura do cartão com as skins do Free Fire. Se eu sumir amanhã, vocês já sabem quem foi 💀",
    ),
    (
        "violent_hyperbole",
        False,
        "A vó disse que se eu não repetir o prato ela me dá com a colher de pau. 85 anos e ainda mete medo 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "O cachorro comeu meu tênis novo. Eu matava ele se ele não fosse tão fofinho 🐶",
    ),
    (
        "violent_hyperbole",
        False,
        "Pregas-me mais uma partida com a barata de plástico e enterro-te no quintal, juro 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Aquele colega que responde 'ok' com 'responder a todos' merecia apanhar em praça pública.",
    ),
    (
        "violent_hyperbole",
        False,
        "minha filha de 2 anos decidiu que 5 da manhã é hora de brincar. tô sendo assassinada com muito amor",
    ),
    (
        "violent_hyperbole",
        False,
        "Se a Duda chegar atrasada no meu casamento eu quebro as perninhas dela kkkk ela sabe que eu amo",
    ),
    (
        "violent_hyperbole",
        False,
        "Pela terceira vez o meu sócio marcou o voo errado. Gosto muito dele, mas hoje emparedava-o no escritório.",
    ),
    (
        "violent_hyperbole",
        False,
        "Quem deixou a panela de molho há três dias?? Vai ter homicídio nessa república hoje",
    ),
    (
        "violent_hyperbole",
        False,
        "Minha mulher disse que se eu comprar mais uma vara de pescar ela me afoga no açude 🎣😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Tia Cida contou a mesma piada pela quinta vez no Natal, quase enfiei um panetone inteiro na boca dela 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Manda mais um áudio de oito minutos e eu te bloqueio, depois te mato, nessa ordem kkk",
    ),
    (
        "violent_hyperbole",
        False,
        "O bebê jogou meu celular na privada. Respira, Jéssica, respira, filho não se mata 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Se me puserem outra vez ao lado do Rui no jantar de turma, mato-vos a todos, estão avisados 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "Se meu namorado assistir o próximo episódio sem mim ele é um homem morto 😤 a gente acompanha junto desde a primeira temporada",
    ),
    (
        "violent_hyperbole",
        False,
        "Quando o meu colega de casa toca bateria às onze da noite tenho pensamentos homicidas, confesso 🥁",
    ),
    (
        "violent_hyperbole",
        False,
        "Lavei a camisa branca do meu pai junto com a meia vermelha. Rezem por mim, ele vai me picar em pedacinhos 😂",
    ),
    (
        "violent_hyperbole",
        False,
        "O orientador destroçou o meu terceiro capítulo, estou a chorar na biblioteca 😭",
    ),
    (
        "violent_hyperbole",
        False,
        "Ainda mato este GPS, meteu-me numa rua sem saída pela terceira vez.",
    ),
    (
        "violent_hyperbole",
        False,
        "Ó Marta, se voltas a mexer nas minhas maquilhagens parto-te os dedos 😂 brincadeira, mas não mexas",
    ),
    (
        "violent_hyperbole",
        False,
        "Meu sobrinho esconde meu controle e dá vontade de pendurar ele pelo pé. Aí ele me abraça e eu derreto 🥹",
    ),
    (
        "violent_hyperbole",
        False,
        "A professora disse que quem esquecer o trabalho de novo vai ser jogado aos leões kkkk",
    ),
    # games_sports
    ("games_sports", False, "Hoje no society a gente passa o rodo neles, traz a chuteira boa ⚽"),
    ("games_sports", False, "Última zona, três contra um: quem finalizar leva a kill"),
    ("games_sports", False, "No dominó o meu avô te come vivo, 90 anos e nunca perde"),
    ("games_sports", False, "Que pancada de fora da área! Quase arrebentou o travessão."),
    ("games_sports", False, "Na sueca, se me voltas a cortar o trunfo, mato-te! 😂"),
    ("games_sports", False, "Aquele volante é um assassino, mata todas as jogadas no meio-campo."),
    ("games_sports", False, "No Valorant fiz um ace de Sheriff, cinco na cabeça 🔥"),
    ("games_sports", False, "Quem vai de tank? Eu vou de DPS e mato pelas costas."),
    ("games_sports", False, "A subida à Senhora da Graça matou as pernas do pelotão todo."),
    (
        "games_sports",
        False,
        "Jogo xadrez online há um mês e ainda levo surra de criança de dez anos.",
    ),
    ("games_sports", False, "bora pro clássico? hoje a gente enterra o Corinthians 💚"),
    (
        "games_sports",
        False,
        "Meu Charizard deu um golpe crítico e nocauteou o Blastoise dele, tô em choque",
    ),
    (
        "games_sports",
        False,
        "No treino de muay thai o mestre me derrubou com um chute no fígado, tô sem ar até agora",
    ),
    (
        "games_sports",
        False,
        "No War eu exterminei os exércitos do meu primo na Ásia, agora ele não fala comigo 😂",
    ),
    ("games_sports", False, "Deu uma cavadinha e matou o goleiro psicologicamente."),
    (
        "games_sports",
        False,
        "Cuidado com o chefão do quarto nível, se ele te agarrar te enforca e tira metade da vida.",
    ),
    (
        "games_sports",
        False,
        "Amanhã no estadual de natação a gente aniquila, nosso revezamento é o melhor 🏊",
    ),
    ("games_sports", False, "Cai em Pochinki e sai atirando em tudo que se mexe."),
    ("games_sports", False, "O Sporting vai dar uma tareia ao Braga no domingo, podem apostar."),
    (
        "games_sports",
        False,
        "Fui fuzilado pelo sniper assim que saí do carro, nem vi de onde veio.",
    ),
    # threat_reported
    (
        "threat_reported",
        False,
        "Meu marido disse hoje cedo que se eu pedir o divórcio ele 'some comigo'. Alguém conhece casa-abrigo em BH?",
    ),
    (
        "threat_reported",
        False,
        "Um perfil fake comentou em todas as minhas fotos que vai me pegar na saída do cursinho. Conto pros meus pais ou é exagero meu?",
    ),
    (
        "threat_reported",
        False,
        "Hoje no turno o acompanhante de um doente ameaçou partir a cara a uma enfermeira. Chamámos a segurança e a PSP.",
    ),
    (
        "threat_reported",
        False,
        "Minha tia tem um vizinho que vive dizendo que vai matar as galinhas dela e depois ela. Ela tem 78 anos, como faço a denúncia de outra cidade?",
    ),
    (
        "threat_reported",
        False,
        "Jornalista que denunciou garimpo ilegal em Roraima recebe ameaças de morte e passa a andar com escolta.",
    ),
    (
        "threat_reported",
        False,
        "Chegou-me um e-mail anónimo a dizer 'sabemos a que horas sais do ginásio'. A PJ trata disto?",
    ),
    (
        "threat_reported",
        False,
        "Meu ex-cunhado manda mensagem de madrugada dizendo que 'vai me pegar quando eu menos esperar'. Isso já dá pra registrar?",
    ),
    (
        "threat_reported",
        False,
        "Trabalho numa padaria e o gerente falou que ia me dar uns tapas se eu reclamasse da escala. Posso denunciar no Ministério do Trabalho?",
    ),
    (
        "threat_reported",
        False,
        "ontem um moleque de bike encostou uma faca em mim no ponto e mandou eu passar o celular, ainda tô tremendo",
    ),
    (
        "threat_reported",
        False,
        "Apito futsal amador e depois da partida um jogador me mandou no direct 'te espero na porta de casa'. Denuncio à liga?",
    ),
    (
        "threat_reported",
        False,
        "Presidente de junta de freguesia encontra o carro incendiado e um bilhete a dizer 'o próximo és tu'. A GNR investiga.",
    ),
    (
        "threat_reported",
        False,
        "Meu filho de 11 anos joga Roblox e um adulto disse que ia descobrir onde ele mora e machucar ele. Tirei print, pra onde eu mando?",
    ),
    (
        "threat_reported",
        False,
        "O médico do posto foi ameaçado por um paciente por causa de um atestado negado. Agora só atende com a porta aberta.",
    ),
    (
        "threat_reported",
        False,
        "Uma streamer que eu acompanho encerrou as lives depois que um cara mandou foto da fachada da casa dela escrito 'tô chegando'.",
    ),
    (
        "threat_reported",
        False,
        "O que eu faço se um cliente disse que ia me esperar lá fora pra 'conversar' depois que eu neguei o empréstimo?",
    ),
    # violence_discussed
    (
        "violence_discussed",
        False,
        "No Auto da Compadecida o João Grilo morre na mão do cangaceiro e vai a julgamento, que obra genial.",
    ),
    ("violence_discussed", False, "Vi o documentário sobre a chacina da Candelária, pesadíssimo."),
    (
        "violence_discussed",
        False,
        "Na aula de defesa pessoal da associação de moradores aprendemos a soltar o pulso quando alguém agarra.",
    ),
    (
        "violence_discussed",
        False,
        "O laudo do IML apontou traumatismo craniano causado por objeto contundente.",
    ),
    (
        "violence_discussed",
        False,
        "Narcos mostra o Escobar mandando matar juiz, jornalista, candidato. Série pesada.",
    ),
    (
        "violence_discussed",
        False,
        "O Saturno a devorar um filho, do Goya, está no Prado. Ao vivo impressiona ainda mais.",
    ),
    (
        "violence_discussed",
        False,
        "Terminei o podcast sobre o assassinato da Ângela Diniz em Búzios, recomendo muito.",
    ),
    (
        "violence_discussed",
        False,
        "Se a faca ainda estiver espetada na ferida, não a retire: imobilize e ligue para o 112.",
    ),
    (
        "violence_discussed",
        False,
        "A Batalha de Aljubarrota durou pouco mas foi sangrenta, e decidiu a independência.",
    ),
    (
        "violence_discussed",
        False,
        "No Ensaio sobre a Cegueira há cenas de violência que custam a ler.",
    ),
    (
        "violence_discussed",
        False,
        "Os sindicatos dizem que as agressões a professores aumentaram nos últimos anos.",
    ),
    (
        "violence_discussed",
        False,
        "Para amanhar as sardinhas, tira-se a cabeça e as tripas com a ponta da faca.",
    ),
    (
        "violence_discussed",
        False,
        "O júri reconheceu legítima defesa no caso do comerciante que reagiu ao assalto.",
    ),
    (
        "violence_discussed",
        False,
        "No Otelo ele estrangula a Desdêmona por ciúme, e ela era inocente.",
    ),
    (
        "violence_discussed",
        False,
        "Minha dissertação é sobre violência policial nas periferias de São Paulo nos anos 90.",
    ),
    # everyday_idiom
    (
        "everyday_idiom",
        False,
        "Fui ao banco e passei nos correios na volta, matei dois coelhos com uma cajadada só.",
    ),
    (
        "everyday_idiom",
        False,
        "Disse que fez o relatório sozinho? Então mata a cobra e mostra o pau.",
    ),
    (
        "everyday_idiom",
        False,
        "O gerente faltou e eu tive que matar no peito a reunião com o cliente.",
    ),
    ("everyday_idiom", False, "Ele deu um tiro no pé quando reclamou do chefe no grupo errado."),
    ("everyday_idiom", False, "Chá de gengibre com limão pra garganta é tiro e queda."),
    ("everyday_idiom", False, "Pode mandar bala nas perguntas, estou aqui para isso."),
    ("everyday_idiom", False, "O conserto do carro foi uma facada, oitocentos reais só na peça."),
    ("everyday_idiom", False, "levei bomba em física de novo, minha mãe nem quis ouvir"),
    ("everyday_idiom", False, "O meu avô ainda bebe o mata-bicho antes de ir para a horta."),
    ("everyday_idiom", False, "Tá aí pensando na morte da bezerra em vez de lavar a louça?"),
    ("everyday_idiom", False, "Matei a charada: a senha do wi-fi era a data do casamento deles."),
    ("everyday_idiom", False, "Agora estás com a faca e o queijo na mão, é só decidires."),
    ("everyday_idiom", False, "Vou enforcar a sexta e emendar com o feriado 🏖️"),
    (
        "everyday_idiom",
        False,
        "A minha velha máquina de lavar bateu as botas a meio da centrifugação.",
    ),
    ("everyday_idiom", False, "Estudou o ano inteiro e morreu na praia, faltou meio ponto."),
    ("everyday_idiom", False, "Quando a pizza chegou, a galera caiu matando 🍕"),
    ("everyday_idiom", False, "Esse vestido fica-te a matar, compra já."),
    ("everyday_idiom", False, "Nada como um caldo de cana pra matar a sede nesse calor."),
    ("everyday_idiom", False, "Ela é teimosa, nunca dá o braço a torcer."),
    ("everyday_idiom", False, "Esse miúdo tem sangue na guelra, ainda vai longe."),
    # threat_individual
    (
        "threat_individual",
        True,
        "Repórter de merda, escreve mais uma linha sobre o meu irmão e a próxima matéria vai ser o teu obituário.",
    ),
    (
        "threat_individual",
        True,
        "Vi que tu tá saindo com o cara da academia. Pergunta pra ele se ele gosta de hospital.",
    ),
    (
        "threat_individual",
        True,
        "Vizinho, mais uma madrugada com esse som alto e eu desço aí com o facão. E não é pro som.",
    ),
    (
        "threat_individual",
        True,
        "ó pá, aparece na romaria este ano e vais para casa de maca, prometo-te",
    ),
    (
        "threat_individual",
        True,
        "Dona Sônia, a senhora anda fazendo muita reclamação na prefeitura. A sua neta pega a van da escola às 6h40, né? Seria uma pena.",
    ),
    (
        "threat_individual",
        True,
        "Tu, dono do café da esquina: pagas o que deves até ao fim do mês ou sais da loja com os pés para a frente.",
    ),
    (
        "threat_individual",
        True,
        "@LariGameplay me baniu do chat na frente de todo mundo. O endereço tava na caixa que ela abriu na live. Vou fazer uma visita 🔪",
    ),
    (
        "threat_individual",
        True,
        "Juiz ladrão, a gente sabe qual ônibus tu pega depois do jogo. Vai descer na rodoviária de maca.",
    ),
    (
        "threat_individual",
        True,
        "Se depuseres contra mim amanhã, vê lá se deixaste o testamento feito.",
    ),
    (
        "threat_individual",
        True,
        "juro pela minha filha, chega perto da minha ex de novo e eu te enterro vivo no terreno baldio do lado",
    ),
    (
        "threat_individual",
        True,
        "Fofoqueira do RH, espalha mais um boato sobre mim e tu vai descobrir como é cair da escada do estacionamento.",
    ),
    (
        "threat_individual",
        True,
        "Já disse pra não me ligar. Mais uma ligação e eu vou aí quebrar teus dentes com o alicate.",
    ),
    (
        "threat_individual",
        True,
        "Ôxe, cabra safado, aparece de novo aqui no sítio que eu te passo a peixeira, visse?",
    ),
    (
        "threat_individual",
        True,
        "mermão se eu te ver de novo no morro tu vai virar estatística, papo reto",
    ),
    (
        "threat_individual",
        True,
        "Tô te seguindo desde o mercado. Blusa azul, sacola verde. Olha pra trás.",
    ),
    (
        "threat_individual",
        True,
        "Vais ser pai, não vais? Era uma pena o miúdo crescer sem te conhecer. Devolve-me o dinheiro.",
    ),
    ("threat_individual", True, "Pensa que é blefe? Liga o carro amanhã de manhã e descobre."),
    (
        "threat_individual",
        True,
        "Dona Célia, a senhora humilhou meu filho na frente da turma. Amanhã eu vou na escola e a senhora sai de lá de ambulância.",
    ),
    (
        "threat_individual",
        True,
        "Vou jogar ácido nessa tua cara, piranha, quero ver quem vai olhar pra ti depois.",
    ),
    (
        "threat_individual",
        True,
        "No dia que eu te encontrar na feira eu te meto duas balas na barriga, caguete.",
    ),
    (
        "threat_individual",
        True,
        "Tu vai sumir. Ninguém vai achar teu corpo e ninguém vai sentir tua falta.",
    ),
    (
        "threat_individual",
        True,
        "Sei que estás a ler isto, Nuno. A luz da sala está acesa e a tua mulher acabou de fechar a cortina.",
    ),
    (
        "threat_individual",
        True,
        "me denunciou no insta? blz. segunda na escola tu denuncia meu soco na tua cara 👊",
    ),
    (
        "threat_individual",
        True,
        "Desmarca o depoimento. Tua filha é bonita demais pra aparecer no jornal.",
    ),
    (
        "threat_individual",
        True,
        "Pastor, se o senhor expulsar a minha família da igreja, no próximo culto quem sobe pro céu é o senhor.",
    ),
    (
        "threat_individual",
        True,
        "Tás com medinho? Devias. Sexta-feira depois do treino, no balneário, tu e eu. Só eu saio de lá.",
    ),
    (
        "threat_individual",
        True,
        "Mais um comentário contra o meu time e eu vou te caçar em Porto Alegre e quebrar teus ossos um por um 😡",
    ),
    (
        "threat_individual",
        True,
        "teu perfil fechado não te protege, já sei tua escola e o ônibus que tu pega 😘 te vejo no ponto",
    ),
    (
        "threat_individual",
        True,
        "Síndica fdp, multa meu apartamento de novo e eu te jogo do 14º andar.",
    ),
    (
        "threat_individual",
        True,
        "Tu que atropelaste o meu cão com o jipe preto: vi-te, sei quem és, e vou à tua procura.",
    ),
    # incitement_individual
    (
        "incitement_individual",
        True,
        "Galera, o jornalista que queimou a gente mora em cima da farmácia da praça. Vão lá explicar do nosso jeito, e não é com palavras.",
    ),
    (
        "incitement_individual",
        True,
        "quem ver esse cara primeiro desce o cacete, a foto tá no grupo 👊",
    ),
    (
        "incitement_individual",
        True,
        "Pago o advogado de quem arrebentar a cabeça daquele tarado do terceiro andar.",
    ),
    (
        "incitement_individual",
        True,
        "Claque, o avançado que fez o gesto para nós treina amanhã às dez. Esperem-no à saída e façam-lhe a folha.",
    ),
    (
        "incitement_individual",
        True,
        "Se alguém do bairro vir ele voltando, amarra no poste e dá o que ele merece.",
    ),
    (
        "incitement_individual",
        True,
        "O streamer que zoou minha irmã vai estar no evento sábado em SP. Alguém chega nele e quebra o nariz dele ao vivo, eu pago a cerveja.",
    ),
    (
        "incitement_individual",
        True,
        "mano leva as facas amanhã, aquele lá da quebrada de baixo tem que pagar",
    ),
    (
        "incitement_individual",
        True,
        "Chamem os vossos primos, o encarregado dorme sozinho no estaleiro esta noite. Ninguém viu nada.",
    ),
    (
        "incitement_individual",
        True,
        "Alguém precisa dar uma lição nessa professora. Quem tem coragem de esperar ela no estacionamento?",
    ),
    (
        "incitement_individual",
        True,
        "O motorista que atropelou o ciclista tá solto, mora na rua das Flores 120. Justiça a gente faz, quem vai hoje à noite?",
    ),
]
