# nudger prompt catalog, Brazilian Portuguese (pt-BR), tratamento por "você".
#
# One message per prompt, same ids and order as locales/en/prompts.ftl.
# { $partner } is the partner's name as the user typed it; $gender is she | he | name.

anx-reassurance-01 = Mande hoje uma mensagem curtinha para { $partner }, sem motivo nenhum, só para dizer: “Que bom estar com você.”
    .why = Reafirmar o seu amor com clareza, sem esperar um pedido, traz mais segurança para quem se preocupa com a relação.

anx-reassurance-02 = Hoje à noite, antes de pegar no sono, diga a { $partner }: “Eu te amo, e nada do que aconteceu hoje muda isso.”
    .why = Saber que o seu amor não depende de como foi o dia é o tipo de segurança incondicional que acalma quem vive se preocupando.

anx-reassurance-03 = Se hoje você for ficar incomunicável ou se os planos mudarem, avise { $partner } logo e diga quando vai dar notícias de novo.
    .why = Para quem se acalma com contato e reafirmação, saber quando você vai dar notícias deixa bem menos espaço para a preocupação.

anx-reassurance-04 = { $gender ->
        [she] Diga hoje a { $partner }, com as suas palavras, que você a ama como ela é, nos dias bons e nos difíceis.
        [he] Diga hoje a { $partner }, com as suas palavras, que você o ama como ele é, nos dias bons e nos difíceis.
       *[name] Diga hoje a { $partner }, com as suas palavras, que o seu amor é por quem { $partner } é de verdade, nos dias bons e nos difíceis.
    }
    .why = Reafirmar com clareza um amor sem condições é um dos jeitos mais diretos de trazer segurança para quem você ama.

anx-reassurance-05 = Antes de o dia de trabalho engrenar, mande uma mensagem rápida para { $partner } dizendo que você já está contando as horas para vocês se verem.
    .why = Dizer que você conta as horas para o reencontro é uma reafirmação simples e clara, que alivia a preocupação no tempo longe.

anx-reassurance-06 = Se hoje à noite { $partner } perguntar se aconteceu alguma coisa, responda com clareza e carinho; e, se estiver tudo bem, diga isso com ternura.
    .why = Uma resposta clara e gentil já tranquiliza por si só e deixa menos espaço para a preocupação crescer.

anx-reassurance-07 = Se a sua tarde ficar corrida, mande uma mensagem rápida para { $partner } avisando e dizendo quando vocês vão conseguir se falar com calma. Depois, cumpra.
    .why = Um aviso rápido transforma o silêncio em tranquilidade, e o dia cheio não é confundido com distância.

anx-reassurance-08 = Hoje, ao responder as mensagens de { $partner }, acrescente uma frase carinhosa em pelo menos uma delas, em vez de responder com uma palavra só.
    .why = Pequenos sinais de carinho no contato do dia a dia são uma forma constante de dar segurança a quem se preocupa com a relação.

anx-reassurance-12 = Se hoje { $partner } parecer em dúvida sobre você, diga com simplicidade: “Estou aqui e não vou a lugar nenhum.”
    .why = Palavras simples sobre ficar reafirmam com clareza o seu compromisso, e isso alivia a preocupação com a relação.

anx-reassurance-13 = Se hoje você estiver de poucas palavras ou com a cabeça longe, avise { $partner } rapidinho: “É coisa do meu dia, não tem nada a ver com você.”
    .why = Explicar o silêncio antes que ele seja mal interpretado tranquiliza e poupa quem se preocupa de ficar tentando adivinhar.

anx-reassurance-14 = Se vocês estiverem longe hoje à noite, mande para { $partner } uma mensagem curta de boa noite: “Estou pensando em você.”
    .why = Uma última palavra carinhosa no dia mostra, com constância, que a proximidade continua mesmo à distância.

anx-reassurance-15 = Se hoje { $partner } pedir desculpas por algo pequeno, como um atraso ou um esquecimento, diga com carinho que está tudo bem.
    .why = Receber pequenos deslizes com carinho mostra que o seu amor não depende de acertar tudo.

anx-commitment-01 = Fale hoje com { $partner } sobre um plano para os próximos meses, uma viagem, uma época do ano ou uma tradição, e diga que quer viver isso a dois.
    .why = Falar de um futuro em comum transmite um compromisso que continua, e isso traz segurança para a relação.

anx-commitment-02 = Hoje à noite, conte a { $partner } um motivo pelo qual você continua escolhendo esta relação.
    .why = Expressar sentimentos que mostram compromisso é uma das formas de aliviar a preocupação com a relação.

anx-commitment-03 = Hoje de manhã, sugira a { $partner } uma data para o próximo programa a dois e, assim que a data estiver combinada, anote na agenda.
    .why = Um plano concreto, que depois é cumprido, mostra compromisso com mais clareza do que uma promessa vaga.

anx-commitment-04 = Se você e { $partner } passaram por um momento difícil nesses dias, diga hoje que um dia ruim não muda o seu compromisso com a relação.
    .why = Ouvir que o compromisso resiste aos momentos difíceis ajuda, com o tempo, a trazer mais segurança para a relação.

anx-commitment-05 = Neste fim de semana, sugira a { $partner } um pequeno programa para a semana que vem, como uma caminhada ou uma refeição fora, e coloque na agenda.
    .why = Pequenos planos feitos a dois e depois cumpridos são sinais cotidianos de um compromisso que continua.

anx-commitment-06 = Hoje à noite, pergunte a { $partner } o que está esperando com mais vontade neste ano e diga de quais dessas coisas você adoraria fazer parte.
    .why = Dizer que você quer dividir o que vem pela frente expressa um compromisso contínuo com a relação.

anx-commitment-07 = Conte hoje a { $partner } uma coisa simples do dia a dia que você imagina vocês ainda fazendo daqui a muitos anos, como o café sem pressa de domingo.
    .why = Imaginar em voz alta um futuro em comum expressa sentimentos de compromisso, e isso alivia a preocupação com a relação.

anx-commitment-08 = Se você disse a { $partner } que ia ligar ou mandar mensagem em certo horário hoje, faça isso na hora combinada, nem que seja por um minuto.
    .why = Cumprir pequenas promessas é compromisso na prática, e isso ajuda a confiar que você vai ficar.

anx-commitment-11 = Converse hoje com { $partner } sobre algo que você gostaria de construir a dois neste ano, como uma reserva de dinheiro, uma horta ou uma habilidade nova, e pergunte: “O que você acrescentaria?”
    .why = Metas em comum para o futuro expressam um compromisso contínuo e trazem mais segurança para a relação.

anx-commitment-12 = Hoje, peça a opinião de { $partner } sobre uma decisão que envolve vocês, como uma compra ou uma viagem de férias, e tomem a decisão em conjunto.
    .why = Decidir a dois é compromisso na prática: mostra à outra pessoa que ela faz parte do seu futuro.

anx-commitment-13 = Hoje à noite, relembre com { $partner } uma fase difícil que vocês atravessaram lado a lado e diga que, se vier outra, você escolheria enfrentá-la a dois de novo.
    .why = Palavras de compromisso para os tempos difíceis, e não só para os bons, trazem segurança para a relação.

anx-commitment-14 = Neste fim de semana, proponha a { $partner } começar uma pequena tradição, como uma caminhada toda semana ou uma sessão de cinema em casa, e diga que gostaria de mantê-la.
    .why = Um pequeno ritual mantido a dois é um sinal cotidiano de compromisso.

anx-positive-regard-01 = Pense em algo que { $partner } resolveu bem nos últimos dias e diga o que exatamente você admirou no jeito como lidou com a situação.
    .why = Quem se cobra demais ganha firmeza quando você destaca o que admira nessa pessoa.

anx-positive-regard-02 = Hoje de manhã, deixe um bilhete bem à vista com uma qualidade que você ama em { $partner }.
    .why = Admiração dita com todas as letras ajuda quem duvida de si a sentir o próprio valor e mais segurança.

anx-positive-regard-03 = Hoje à noite, complete esta frase para { $partner }: “Uma coisa em você de que eu adoro me gabar para os amigos é…”
    .why = Destacar o que você valoriza em quem ama é um jeito direto de mostrar admiração.

anx-positive-regard-04 = Se hoje { $partner } estiver se cobrando demais, lembre algo que fez bem, sem contestar o que está sentindo.
    .why = Admiração calorosa, oferecida com delicadeza, ajuda quem se enxerga com dureza a sentir que tem valor para você.

anx-positive-regard-05 = Se { $partner } tem um dia puxado pela frente, diga hoje de manhã algo como “Você vai tirar de letra, porque…” e complete com um ponto forte que você sabe que vai ajudar.
    .why = Apontar os pontos fortes que você enxerga é uma forma de admiração que dá firmeza a quem duvida de si.

anx-positive-regard-06 = Conte a { $partner }, com um exemplo concreto, como a sua vida ficou melhor desde que vocês se conheceram.
    .why = Contar como a sua vida melhorou ao lado de quem você ama realça a admiração e faz essa pessoa se sentir valorizada.

anx-positive-regard-07 = Neste fim de semana, aponte algo que { $partner } fez, consertou ou escolheu e de que você gosta muito, e diga do que exatamente você gosta.
    .why = Um elogio específico torna a admiração concreta e ajuda quem duvida de si a sentir o próprio valor.

anx-positive-regard-08 = Hoje à tarde, mande uma mensagem para { $partner } lembrando algo que disse ou fez nesses dias e que encheu você de orgulho.
    .why = Dividir o orgulho que você sente realça a admiração e ajuda quem se cobra demais a sentir o próprio valor.

anx-positive-regard-09 = Peça hoje um conselho a { $partner } sobre alguma coisa e diga, com sinceridade: “Confio no seu bom senso porque…”
    .why = Buscar a opinião de alguém e dizer por que ela importa é admiração que ajuda quem duvida de si a se sentir capaz.

anx-positive-regard-10 = Quando { $partner } contar uma ideia ou um plano hoje, comece dizendo do que você gostou, antes de qualquer pergunta.
    .why = Começar pelo que você valoriza nas ideias da pessoa realça a admiração e ajuda quem duvida de si a se sentir capaz.

anx-positive-regard-11 = Diga hoje a { $partner } uma coisa que atrai você além da aparência, como o jeito de rir ou de escutar.
    .why = Dizer o que atrai você realça a admiração e ajuda quem duvida de si a sentir que desperta desejo.

anx-positive-regard-12 = Antes de dormir, diga a { $partner }: “Hoje eu gostei de ver você…” e complete com algo do dia, por menor que seja.
    .why = Notar todo dia as pequenas coisas boas de quem você ama é um jeito constante de realçar a admiração.

anx-positive-regard-13 = Peça a { $partner } para mostrar algo em que manda bem, como uma habilidade, um jogo ou parte do trabalho, e diga o que impressiona você.
    .why = Interesse de verdade pelo que a pessoa faz bem realça a admiração e mostra que ela tem valor para você.

anx-gratitude-01 = Agradeça hoje a { $partner } por uma coisa específica que fez por você nesta semana e diga como isso ajudou.
    .why = Receber gratidão de quem se ama ajuda quem se preocupa com a relação a vivê-la com mais satisfação.

anx-gratitude-02 = Escreva para { $partner } um bilhete de agradecimento de três linhas por algo que faz sempre e que costuma passar despercebido.
    .why = Gratidão frequente de quem se ama pode, com o tempo, aliviar a preocupação com a relação.

anx-gratitude-03 = Agradeça hoje a { $partner } na frente de outra pessoa, um amigo, um parente ou os seus filhos, por algo que fez.
    .why = Agradecer em público mostra o quanto a pessoa é valorizada e traz mais satisfação e segurança.

anx-gratitude-04 = { $gender ->
        [she] Hoje à noite, relembre com { $partner } uma vez em que ela ajudou você a atravessar algo difícil, e agradeça por isso.
        [he] Hoje à noite, relembre com { $partner } uma vez em que ele ajudou você a atravessar algo difícil, e agradeça por isso.
       *[name] Hoje à noite, relembre com { $partner } uma vez em que { $partner } ajudou você a atravessar algo difícil, e agradeça por isso.
    }
    .why = Apoio e gratidão de quem se ama trazem, com o tempo, mais satisfação e segurança para quem se preocupa.

anx-gratitude-05 = No fim do expediente, agradeça a { $partner } por uma coisa que resolveu hoje, grande ou pequena.
    .why = A gratidão do dia a dia ajuda quem se preocupa com a relação a vivê-la com mais satisfação.

anx-gratitude-06 = Neste fim de semana, no café da manhã, conte a { $partner } um momento que vocês viveram a dois nesta semana e pelo qual você agradece.
    .why = Agradecer pelo tempo a dois, e não só pelas tarefas feitas, ajuda a pessoa a se sentir valorizada e mais segura.

anx-gratitude-07 = Agradeça hoje a { $partner } por algo do jeito de ser, como a paciência ou o bom humor, e não só por algo que fez.
    .why = Agradecer por quem a pessoa é mostra uma admiração que não depende de desempenho, e isso alivia a preocupação com a relação.

anx-gratitude-08 = Hoje à tarde, mande uma mensagem para { $partner } agradecendo pelo apoio numa situação que você vem enfrentando.
    .why = Reconhecer o apoio que você recebe é uma gratidão que faz a pessoa se sentir valorizada e segura.

anx-gratitude-10 = Mande hoje uma mensagem para { $partner } agradecendo por algo que disse nesses dias e que não saiu da sua cabeça.
    .why = Agradecer pelas palavras, e não só pelas atitudes, mostra que você escuta e valoriza a pessoa, e isso alivia a preocupação com a relação.

anx-gratitude-11 = Escolha algo que { $partner } fez nesta semana, conte como teria sido a sua semana sem isso e agradeça.
    .why = Mostrar o quanto a ajuda fez diferença torna a gratidão concreta e traz mais satisfação e segurança.

anx-gratitude-12 = No jantar de hoje, agradeça a { $partner } por algo que fez por pessoas que você ama, como a sua família ou os seus amigos.
    .why = Agradecer pelo cuidado com quem faz parte da sua vida ajuda a pessoa a se sentir valorizada e mais segura.

anx-gratitude-13 = Hoje de manhã, antes que a correria comece, agradeça a { $partner } por uma coisa que deixa as suas manhãs mais leves.
    .why = Pequenos agradecimentos do dia a dia ajudam quem se preocupa com a relação a vivê-la com mais satisfação.

anx-closeness-01 = Se { $partner } teve um dia estressante, ofereça um abraço ou a sua mão, e aceite bem tanto um sim quanto um não.
    .why = Acalmar o estresse com o toque, quando ele é bem-vindo, traz uma sensação de segurança e conforto.

anx-closeness-02 = Hoje de manhã, antes de sair, ofereça a { $partner } um abraço de despedida sem pressa, se for bem-vindo.
    .why = Um toque delicado e bem-vindo é uma das formas de acalmar a preocupação e mostrar que a proximidade continua.

anx-closeness-03 = Lá pelo meio-dia, mande uma mensagem para { $partner } só para saber como está sendo o dia.
    .why = Um contato carinhoso e frequente mantém a conexão ao longo do dia para quem se acalma com a proximidade.

anx-closeness-04 = Hoje à noite, sente pertinho de { $partner } enquanto vocês conversam ou veem alguma coisa, e pergunte: “Posso passar o braço em volta de você?”
    .why = A proximidade física oferecida, e não imposta, pode acalmar o estresse e trazer segurança.

anx-closeness-05 = Hoje, quando vocês estiverem em casa, dê atenção total a { $partner } nos primeiros cinco minutos e ofereça um abraço, se for bem-vindo.
    .why = Um reencontro carinhoso, com o toque oferecido e não imposto, acalma a preocupação acumulada no tempo longe.

anx-closeness-06 = Neste fim de semana, proponha a { $partner } uma manhã sem pressa a dois, como um café da manhã demorado ou uma caminhada curta, o que agradar mais.
    .why = Tempo sem pressa, bem pertinho, traz segurança para quem se acalma com a proximidade.

anx-closeness-07 = Mande para { $partner } a foto de alguma coisa que você viu hoje, com uma frase: “Vi isso e lembrei de você.”
    .why = Pequenos sinais de que a pessoa está nos seus pensamentos mantêm o contato carinhoso e aliviam a preocupação na distância.

anx-closeness-08 = { $gender ->
        [she] Se { $partner } parecer tensa hoje à noite, ofereça uma massagem nos ombros ou nas mãos, e aceite com carinho se ela preferir que não.
        [he] Se { $partner } parecer tenso hoje à noite, ofereça uma massagem nos ombros ou nas mãos, e aceite com carinho se ele preferir que não.
       *[name] Se hoje à noite você perceber tensão em { $partner }, ofereça uma massagem nos ombros ou nas mãos, e aceite com carinho se a resposta for não.
    }
    .why = O toque acalma quando é bem-vindo; por isso, oferecer e respeitar a resposta importam igualmente.

anx-closeness-09 = Neste fim de semana, acompanhe { $partner } em algo que gosta de fazer e diga: “Que bom fazer isso com você.”
    .why = Tempo compartilhado, com palavras carinhosas, mostra que você escolhe estar perto.

anx-closeness-12 = Hoje, na próxima vez que cruzar com { $partner } em casa, pare um instante e ofereça um apertinho na mão ou um abraço, se for bem-vindo.
    .why = Pequenos toques ao longo do dia, quando bem-vindos, acalmam a preocupação e mostram que você continua perto.

anx-closeness-13 = Hoje à noite, convide { $partner } para uma caminhada curta e sem pressa, e pergunte se quer ir de mãos dadas.
    .why = Tempo sem pressa, lado a lado, com o toque oferecido e não imposto, acalma a preocupação e mantém vocês perto.

anx-closeness-14 = Se vocês estiverem longe hoje à tarde, ligue para { $partner } por alguns minutos em vez de mandar mensagem, só para matar a saudade da voz.
    .why = Ouvir a sua voz é um contato caloroso e direto, que acompanha ao longo do dia quem se acalma com a proximidade.

anx-closeness-15 = Proponha a { $partner } um pequeno ritual para os dias longe, como uma mensagem no meio do dia ou uma ligação na volta para casa, e comece hoje.
    .why = Um ritmo de contato previsível acalma a preocupação na distância e ajuda a manter a proximidade.

anx-reassurance-09 = Agora que os ânimos se acalmaram, mande uma mensagem curta para { $partner }: “Tudo bem a gente ter discordado. Continuo feliz por estar com você.”
    .why = Depois de um momento tenso, reafirmar com clareza que o amor continua devolve a segurança a quem se preocupa com a relação.

anx-reassurance-10 = Hoje à noite, diga a { $partner } com todas as letras: “Eu te amo, e um momento tenso não muda isso.”
    .why = Reafirmar um amor incondicional logo depois de um atrito acalma o medo de que a relação esteja em risco.

anx-reassurance-11 = Se você ainda precisar de um tempo para esfriar a cabeça, diga a { $partner } quando vocês voltam a se falar e esteja presente na hora combinada.
    .why = Saber quando vocês vão se reaproximar tranquiliza quem teme que um tempo depois da discussão signifique afastamento.

anx-commitment-09 = Antes de dormir, diga a { $partner }: “A gente está no mesmo time e vai resolver isso junto.”
    .why = Palavras de compromisso depois de uma discussão ajudam a sentir que a relação está segura.

anx-commitment-10 = Agora que os ânimos se acalmaram, combine com { $partner } um programa simples para amanhã ou para o fim de semana, mostrando que a tensão não mudou os planos de vocês.
    .why = Um plano concreto logo depois de um atrito mostra que o compromisso continua e pode tranquilizar mais do que palavras.

anx-gratitude-09 = Agora que a poeira baixou, agradeça a { $partner } por algo simples que fez por você, para mostrar que o momento tenso não mudou o seu olhar.
    .why = Gratidão logo depois de uma discussão mostra que a sua admiração continua a mesma.

anx-closeness-10 = Hoje à noite, fique alguns minutos ao lado de { $partner } e ofereça um abraço ou a sua mão, se for bem-vindo.
    .why = Acalmar com o toque, quando ele é bem-vindo, ajuda a sentir que a relação está segura depois de uma discussão.

anx-closeness-11 = Na próxima vez que se encontrarem, fique um tempo presente de verdade com { $partner }: celular de lado, olho no olho, ouvindo sem pressa de resolver ou se defender.
    .why = Uma presença calma e atenta depois de um atrito acalma a preocupação e mostra que você continua perto.

avo-trust-01 = Escolha uma coisinha que { $partner } pediu para você fazer nesses dias e resolva hoje, sem ninguém precisar lembrar.
    .why = Cumprir o combinado, com calma e constância, mostra que você é de confiança, e isso tranquiliza quem valoriza a independência.

avo-trust-02 = Guarde só para você algo que { $partner } contou em confiança e não volte ao assunto, a menos que a iniciativa venha de lá.
    .why = Manter em segredo o que a pessoa conta mostra que dá para confiar em você, e isso facilita que ela se abra no próprio tempo.

avo-trust-03 = Se hoje você for se atrasar ou os seus planos mudarem, avise { $partner } o quanto antes, de forma simples e sem drama.
    .why = Avisos honestos e previsíveis mostram que você é de confiança, e a pessoa tem menos motivo para ficar na defensiva.

avo-trust-04 = Se você prometeu algo a { $partner } nesta semana, como consertar alguma coisa ou reservar uma mesa, termine hoje e só comente que está feito.
    .why = Cumprir promessas sem alarde mostra que você é de confiança e que dá para contar com você.

avo-trust-05 = Se hoje à noite { $partner } comentar alguma preocupação, escute, reaja com calma e não retome o assunto por conta própria.
    .why = Uma reação calma e estável quando a pessoa se abre mostra que é seguro contar com você, e isso constrói confiança com o tempo.

avo-trust-06 = Hoje de manhã, conte a { $partner } em uma ou duas linhas como vai ser o seu dia, para que saiba o que esperar sem precisar perguntar.
    .why = Ser transparente e previsível mostra que você é de confiança, sem pedir nada em troca.

avo-trust-07 = Se não der para cumprir algo que você combinou com { $partner }, avise na hora e sugira um novo horário, sem longas explicações.
    .why = Avisar cedo e com honestidade quando um plano falha mostra que dá para contar com você, e isso constrói confiança.

avo-trust-08 = Neste fim de semana, cuide do começo ao fim de uma tarefa da casa que você e { $partner } combinaram que seria sua, sem ninguém precisar pedir.
    .why = Dar conta da sua parte com constância mostra que dá para contar com você, e isso ajuda quem valoriza a independência a confiar.

avo-trust-09 = Hoje, trate { $partner } na frente dos outros com o mesmo respeito que em casa: nada de piadinhas nem de histórias que causem constrangimento.
    .why = Ser a mesma pessoa em público e em particular mostra que você é de confiança.

avo-trust-10 = Se você cometeu um pequeno deslize que afeta { $partner }, como uma conta esquecida ou uma xícara quebrada, conte hoje, por iniciativa própria, de forma simples e calma.
    .why = Assumir pequenos deslizes antes que venham à tona mostra honestidade e que você é de confiança.

avo-trust-11 = Lembre-se de uma coisa que { $partner } já disse não gostar, como planos-surpresa ou certo apelido, e garanta que isso não aconteça hoje.
    .why = Lembrar e respeitar o que a pessoa disse mostra que você escuta e que dá para contar com você, e isso constrói confiança.

avo-trust-12 = Se você combinou um horário com { $partner } hoje, como para sair de casa ou para uma ligação, esteja a postos alguns minutos antes.
    .why = Estar onde disse, na hora que disse, é um jeito discreto de mostrar que você é de confiança.

avo-autonomy-01 = Hoje, deixe { $partner } decidir algo que vocês dividem, como o que comer ou os planos do fim de semana, e embarque sem ficar questionando.
    .why = Confiar nas escolhas da pessoa, sem ficar conferindo, respeita a autonomia dela e diminui a vontade de se afastar.

avo-autonomy-02 = Incentive { $partner }, com sinceridade, a reservar um tempo nesta semana para um hobby ou para os próprios amigos.
    .why = Apoiar a vida independente da pessoa respeita a autonomia dela e fortalece o compromisso, sem sufocar.

avo-autonomy-03 = Se hoje { $partner } estiver às voltas com um problema, pergunte se quer uma mão ou prefere resolver por conta própria, e respeite a resposta.
    .why = Oferecer ajuda como opção, e não tomando as rédeas, respeita a autonomia e diminui o afastamento quando a pessoa precisa de apoio.

avo-autonomy-04 = Neste fim de semana, antes de fazer planos, pergunte a { $partner } como gostaria de aproveitar esses dias, e deixe espaço para um tempo individual.
    .why = Perguntar antes e deixar espaço para o tempo individual respeita a autonomia, e o tempo a dois passa a ser uma escolha.

avo-autonomy-05 = Quando { $partner } fizer hoje uma escolha sobre o próprio tempo ou o próprio trabalho, apoie sem pedir explicações.
    .why = Confiar no julgamento da pessoa sobre a própria vida respeita a autonomia dela e diminui a vontade de se afastar.

avo-autonomy-06 = Se { $partner } estiver com muito trabalho hoje à tarde, segure as mensagens que podem esperar e deixe para depois.
    .why = Respeitar a concentração da pessoa dá autonomia sobre o próprio tempo, e o contato vira algo bem-vindo, não uma cobrança.

avo-autonomy-07 = Para hoje à noite, ofereça duas ou três opções, como cozinhar, pedir comida ou dar uma volta, e deixe { $partner } escolher.
    .why = Oferecer opções em vez de decidir pela pessoa respeita a autonomia dela nas pequenas coisas do dia a dia.

avo-autonomy-08 = Se hoje { $partner } fizer algo de um jeito diferente do seu, como arrumar a louça, deixe que faça do jeito que quiser.
    .why = Deixar que as pequenas coisas sejam feitas do jeito da pessoa respeita a autonomia dela e evita a sensação de controle.

avo-autonomy-09 = Antes de fazer hoje um plano que inclua { $partner }, como chamar visitas ou reservar alguma coisa, pergunte primeiro.
    .why = Perguntar antes de comprometer o tempo da pessoa respeita a autonomia dela, e os planos parecem escolhidos, não impostos.

avo-autonomy-10 = Se hoje { $partner } comentar uma escolha que ainda está avaliando, pergunte para que lado está pendendo e não decida no lugar.
    .why = Confiar que a pessoa chegue às próprias decisões respeita a autonomia dela e evita que o apoio vire pressão.

avo-autonomy-11 = Neste fim de semana, se { $partner } quiser mudar ou desmarcar um plano que vocês fizeram, concorde numa boa e sugira outro dia.
    .why = Aceitar uma mudança de planos sem drama respeita a autonomia, e o tempo a dois passa a ser uma escolha livre.

avo-space-01 = Hoje à noite, ofereça a { $partner } uma hora de sossego só para si, sem perguntas sobre como vai usá-la.
    .why = Um tempo a sós, oferecido de boa vontade, respeita a necessidade de espaço e deixa a proximidade mais segura.

avo-space-02 = Se hoje { $partner } estiver de poucas palavras, não insista; diga uma vez, de leve: “Estou por aqui quando você quiser.”
    .why = Dar espaço em vez de ir atrás respeita a autonomia da pessoa e diminui a vontade de se fechar.

avo-space-03 = Hoje, mande para { $partner } uma única mensagem leve, que não precise de resposta, em vez de várias perguntando como está.
    .why = Um contato sem pressão mostra que você está presente e respeita o espaço e a independência da pessoa.

avo-space-04 = Hoje de manhã, deixe { $partner } começar o dia devagar e em silêncio: guarde qualquer conversa sobre planos para quando o dia já tiver engrenado.
    .why = Respeitar quando e como a pessoa quer interagir honra a autonomia dela e evita que o contato vire pressão.

avo-space-05 = Neste fim de semana, proponha a { $partner } algumas horas com cada um cuidando das próprias coisas e, depois, um reencontro para comer algo que vocês adoram.
    .why = Um tempo separado, com um reencontro carinhoso já combinado, respeita a necessidade de espaço e mantém a proximidade leve.

avo-space-06 = Quando { $partner } chegar em casa hoje, dê alguns minutos para se ajeitar antes de perguntar como foi o dia.
    .why = Um pouco de espaço para desacelerar respeita o tempo da pessoa e faz a conversa parecer menos uma cobrança.

avo-space-07 = Hoje, deixe { $partner } decidir o quanto quer contar sobre o dia, e aceite uma resposta curta como resposta completa.
    .why = Não pedir mais do que a pessoa oferece respeita a autonomia dela e mantém o contato sem pressão.

avo-space-08 = Se { $partner } quiser uma noite só para si, com um jogo, um livro ou uma caminhada, diga com sinceridade: “Aproveita!”
    .why = Dar espaço de boa vontade, sem jogar culpa, respeita a autonomia e deixa a proximidade mais segura.

avo-space-09 = Hoje à noite, passe um tempo ao lado de { $partner }, cada um na sua atividade, como ler ou mexer num hobby, sem precisar conversar.
    .why = Uma companhia tranquila e sem cobranças deixa quem valoriza o próprio espaço curtir a proximidade no próprio ritmo.

avo-space-11 = Se hoje algo prender a atenção de { $partner }, como um livro, um jogo ou um projeto, não interrompa e guarde as suas novidades para uma pausa natural.
    .why = Deixar a pessoa terminar o que a envolve respeita o espaço dela, e o contato chega como algo bem-vindo, não como interrupção.

avo-space-12 = Pergunte a { $partner } se tem algum cantinho em casa que gostaria de ter só para si, como uma poltrona, uma mesa ou uma prateleira, e ajude a manter esse espaço reservado.
    .why = Um cantinho próprio respeita a independência da pessoa e deixa a vida a dois menos apertada.

avo-space-13 = Hoje, ao propor um programa a dois, faça algo curto e claro, como uma volta no quarteirão ou um episódio de série, para que { $partner } possa dizer sim com facilidade.
    .why = Convites leves e sem grande compromisso respeitam a necessidade de espaço e facilitam o sim à proximidade.

avo-validation-01 = Na próxima vez que { $partner } disser o que pensa sobre algo, repita com as suas palavras o que ouviu antes de dar a sua opinião.
    .why = Validar o ponto de vista da pessoa quando vocês veem as coisas de forma diferente acalma as discordâncias e mantém a conversa aberta.

avo-validation-02 = Quando { $partner } explicar hoje por que fez algo de certo jeito, diga: “Do seu ponto de vista, faz todo o sentido.”
    .why = Reconhecer que o raciocínio da pessoa faz sentido valida o ponto de vista dela, mesmo que você fosse fazer diferente.

avo-validation-03 = Se hoje à noite { $partner } desabafar sobre o dia, concorde com o que é justo no que diz, em vez de defender o outro lado.
    .why = Validar o ponto de vista da pessoa traz a sensação de apoio, em vez da necessidade de se defender.

avo-validation-04 = Quando você e { $partner } discordarem de algo pequeno hoje, antes de qualquer coisa diga: “Entendo por que você vê assim.”
    .why = Reconhecer primeiro o ponto de vista da pessoa, mesmo discordando, baixa a guarda e mantém a calma.

avo-validation-05 = Se { $partner } comentar uma decisão que tomou hoje no trabalho, pergunte o que levou a essa escolha e, se a decisão parecer sensata, diga isso.
    .why = Mostrar que você respeita o raciocínio da pessoa valida o ponto de vista dela sem pedir que se abra mais.

avo-validation-06 = Peça hoje a opinião de { $partner } sobre uma questão prática, como um caminho ou um conserto, e siga a sugestão.
    .why = Valorizar o julgamento da pessoa em questões práticas valida o ponto de vista dela de um jeito simples e cotidiano.

avo-validation-07 = Se { $partner } disser que está tudo bem ou que prefere não falar sobre algo, aceite a resposta sem insistir, por enquanto.
    .why = Aceitar o que a pessoa diz sobre como está valida o ponto de vista dela e respeita a autonomia dela.

avo-validation-08 = Neste fim de semana, quando { $partner } falar de um assunto que acha importante, como um hobby ou uma notícia, mostre interesse sem debater.
    .why = Interesse sem debate mostra que o ponto de vista da pessoa é bem-vindo e o valida sem pressão para falar mais.

avo-validation-10 = Hoje, quando você concordar com { $partner } em algo na frente de outras pessoas, como amigos ou família, diga isso abertamente.
    .why = Apoiar abertamente o ponto de vista da pessoa o valida e mostra que você está do lado dela, sem pedir nada em troca.

avo-validation-11 = Se hoje { $partner } recusar uma sugestão sua, aceite o motivo como justo e deixe para lá.
    .why = Aceitar um não sem insistir valida o ponto de vista da pessoa e respeita a autonomia dela.

avo-validation-12 = Se hoje de manhã { $partner } comentar o plano do dia, diga o que parece sensato nele antes de levantar qualquer preocupação.
    .why = Começar pelo que faz sentido no plano valida o ponto de vista da pessoa e mantém qualquer conversa tranquila.

avo-credit-01 = Mencione algo de que { $partner } abriu mão ou que reorganizou nesses dias para tudo dar certo para vocês, e agradeça.
    .why = Reconhecer as renúncias da pessoa faz com que ela se sinta valorizada e, com o tempo, mais comprometida com a relação.

avo-credit-02 = Depois que você e { $partner } resolverem algo hoje, como planos, tarefas da casa ou dinheiro, diga que gostou da parceria.
    .why = Reconhecer a cooperação acalma as discordâncias, mantém a conversa aberta e faz a parceria valer a pena.

avo-credit-03 = Reconheça em voz alta um esforço que { $partner } fez em casa nesta semana, como uma tarefa ou um compromisso de que deu conta.
    .why = Reconhecer a contribuição da pessoa dá o crédito merecido e, com o tempo, fortalece o compromisso.

avo-credit-04 = Quando algo que vocês planejaram der certo hoje, diga com todas as letras que funcionou graças ao que { $partner } fez.
    .why = Dar crédito à parte da pessoa nas conquistas a dois faz com que ela se sinta valorizada e mais envolvida na relação.

avo-credit-05 = No fim do expediente, diga a { $partner }: “Percebi o quanto você anda segurando nos últimos tempos, e isso conta muito.”
    .why = Reconhecer o esforço da pessoa faz com que ela se sinta valorizada e, com o tempo, mais comprometida.

avo-credit-06 = Neste fim de semana, fale com { $partner } sobre algo que faz pela casa ou pela família e com que você conta, e diga que sabe dar valor a isso.
    .why = Reconhecer o que a pessoa faz sempre valoriza as renúncias dela e fortalece o compromisso.

avo-credit-07 = Se nesta semana { $partner } cedeu um pouco para vocês chegarem a um meio-termo, diga rapidinho que percebeu e que valoriza isso.
    .why = Notar quando a pessoa cede um pouco reconhece a cooperação e faz o próximo meio-termo valer a pena.

avo-credit-10 = Se hoje alguém elogiar a sua casa, uma comida ou um programa, mencione a parte que { $partner } teve nisso.
    .why = Dar crédito em público à contribuição da pessoa faz com que ela se sinta valorizada e mais comprometida com a relação.

avo-credit-11 = No jantar de hoje, lembre uma decisão recente de { $partner } que deu certo para vocês e diga que foi uma ótima escolha.
    .why = Dar crédito ao julgamento e à cooperação da pessoa faz com que ela se sinta valorizada e, com o tempo, mais comprometida.

avo-credit-12 = Se { $partner } ajudou você com alguma coisa nesta semana, mande hoje à tarde uma mensagem curta contando como ficou, graças a essa ajuda.
    .why = Contar que a ajuda valeu a pena reconhece o esforço da pessoa e faz a cooperação compensar.

avo-calm-conflict-01 = Se hoje uma discussão com { $partner } esquentar, sugira uma pausa curta e marque um horário para retomar o assunto, por exemplo daqui a uma hora.
    .why = Uma pausa com hora marcada para voltar esfria os ânimos e mantém vocês conversando, sem abandonar o assunto.

avo-calm-conflict-02 = Se hoje algo pequeno deu errado entre você e { $partner }, diga que não é nada de mais e que isso não preocupa você.
    .why = Tratar um problema como pequeno e solucionável acalma as discordâncias e mantém vocês conversando.

avo-calm-conflict-03 = Se hoje você precisar tocar num assunto com { $partner }, resuma tudo numa frase calma sobre uma solução pequena e prática.
    .why = Manter o problema pequeno e prático esfria os ânimos e evita a pressão de uma conversa séria.

avo-calm-conflict-04 = Se hoje, num momento tenso, { $partner } precisar se afastar um pouco, deixe que vá, sem ir atrás, e acolha a volta com carinho.
    .why = Respeitar a necessidade de se afastar e depois acolher a volta sem culpa acalma as discordâncias e facilita retomar a conversa.

avo-calm-conflict-09 = Se hoje { $partner } responder de um jeito seco, responda com calma e dê o benefício da dúvida, em vez de rebater.
    .why = Uma resposta calma num momento tenso esfria os ânimos e evita que uma coisa pequena vire briga.

avo-calm-conflict-10 = Se hoje algo que { $partner } fizer incomodar você, pergunte-se se isso vai importar na semana que vem; se não, deixe para lá.
    .why = Deixar as pequenas coisas para lá mantém os problemas no tamanho certo e os ânimos tranquilos entre vocês.

avo-calm-conflict-11 = Se hoje surgir uma discordância com { $partner }, fique só no assunto do momento e deixe as brigas antigas de fora.
    .why = Ficar em um só assunto, o do momento, diminui o peso do problema e mantém a discordância calma e solucionável.

avo-calm-conflict-12 = Se hoje você e { $partner } não chegarem a um acordo sobre algo pequeno, sugira um jeito simples de resolver, como revezar ou achar um meio-termo.
    .why = Tratar um problema como pequeno e fácil de resolver esfria os ânimos e mantém vocês no mesmo time.

avo-calm-conflict-05 = Agora que já passou um tempinho, mande para { $partner } uma mensagem amigável sobre algo do dia a dia, para mostrar que está tudo bem entre vocês.
    .why = Um momento calmo e comum depois da tensão esfria os ânimos e mostra que a discussão não é uma ameaça.

avo-calm-conflict-06 = Se o clima com { $partner } ainda estiver tenso, sugira um tempo e proponha um momento para retomar o assunto, como amanhã, num horário tranquilo.
    .why = Um tempo com hora marcada para voltar esfria os ânimos e respeita a autonomia, sem deixar nada no ar.

avo-calm-conflict-07 = Hoje à noite, mantenha as coisas leves e simples com { $partner }: uma refeição, uma série ou uma caminhada, em vez de repassar a discussão.
    .why = Baixar a temperatura depois de uma discussão ajuda vocês a se acalmarem; o assunto pode esperar um momento mais tranquilo, escolhido a dois.

avo-calm-conflict-08 = Na próxima conversa com { $partner }, fale da discussão como algo pequeno e com solução, não como sinal de algo maior.
    .why = Manter o problema no tamanho certo depois de uma discussão deixa tudo mais calmo e mantém vocês conversando.

avo-credit-08 = Agora que os ânimos se acalmaram, agradeça a { $partner } por algo que fez para a discussão não piorar, como escutar ou manter a calma.
    .why = Reconhecer a cooperação da pessoa acalma as discordâncias, mantém vocês conversando e faz valer a pena resolver as coisas.

avo-credit-09 = Se { $partner } cedeu um pouco para resolver as coisas, diga que você percebeu e que dá valor a isso.
    .why = Reconhecer as concessões feitas para resolver as coisas faz a pessoa se sentir valorizada, e não derrotada.

avo-validation-09 = Agora que a poeira baixou, diga a { $partner }, numa frase só e sem debate, o que faz sentido para você no ponto de vista que ouviu na discussão.
    .why = Validar o ponto de vista da pessoa depois de uma discussão deixa tudo mais calmo, mantém vocês conversando e mostra que você escutou.

avo-space-10 = Se depois da tensão { $partner } quiser um tempo a sós, respeite e diga quando você vai estar por perto de novo.
    .why = Oferecer espaço com hora clara para o reencontro respeita a autonomia e facilita a reaproximação.

gen-appreciation-01 = Elogie { $partner } hoje por uma coisa bem específica que você valorizou.
    .why = Valorizar a pessoa com frequência, e de forma específica, é um gesto pequeno que mantém a relação firme.

gen-appreciation-02 = Hoje de manhã, deixe um bilhetinho para { $partner } agradecendo por algo que fez nesta semana.
    .why = Receber gratidão de quem se ama traz mais satisfação com a relação.

gen-appreciation-03 = No jantar de hoje, diga a { $partner } uma coisa que você admira no jeito como trata as pessoas ao redor.
    .why = Valorizar quem a pessoa é, e não só o que ela faz, é um gesto pequeno que mantém a proximidade firme.

gen-appreciation-04 = Hoje, valorize o esforço, e não o resultado. Diga a { $partner }: “Vi o quanto você se dedicou a…” e complete.
    .why = Reparar no esforço, seja qual for o resultado, mostra apoio constante e gratidão por quem a pessoa é.

gen-appreciation-05 = Neste fim de semana, conte a { $partner } uma coisa que você ama na vida a dois neste momento.
    .why = Dizer em voz alta o que você valoriza na relação traz mais satisfação para vocês.

gen-appreciation-06 = Mande hoje uma mensagem para { $partner } que comece com “Eu adoro o jeito como você…” e termine com sinceridade.
    .why = Um elogio específico mostra o que você nota e valoriza, e isso traz mais satisfação com a relação.

gen-appreciation-07 = Conte hoje a um amigo ou parente algo que você admira em { $partner } e depois diga a { $partner } que fez isso.
    .why = Elogiar a pessoa para os outros, e depois contar a ela, mostra um orgulho que ela consegue sentir.

gen-appreciation-08 = Quando { $partner } terminar hoje uma tarefa da casa ou um compromisso na rua, agradeça na hora.
    .why = Agradecer na hora pelo esforço do dia a dia é um hábito simples de gratidão que mantém a relação calorosa.

gen-appreciation-09 = Lembre { $partner } de um momento recente em que fez você rir, e conte o quanto curtiu.
    .why = Relembrar bons momentos e dizer que eles foram especiais é um pequeno gesto de apreço que aproxima.

gen-appreciation-10 = Hoje de manhã, agradeça a { $partner } por algo que faz com tanta frequência que passa despercebido, como trancar a casa ou arrumar a cama.
    .why = Agradecer pelos cuidados da rotina faz a pessoa se sentir vista e mantém a relação satisfatória.

gen-appreciation-12 = Diga a { $partner } uma coisa que faz e que transforma a casa de vocês em lar, e agradeça por isso.
    .why = Valorizar o cuidado do dia a dia traz mais satisfação com a relação para vocês.

gen-appreciation-13 = Conte a { $partner } uma pequena mania que você passou a amar, como o jeito de dizer oi ou de cantarolar enquanto cozinha.
    .why = Notar e dizer as pequenas coisas que você ama na pessoa é um apreço que mantém a relação calorosa.

gen-attention-01 = Hoje, quando encontrar { $partner }, deixe o celular de lado nos primeiros dez minutos e pergunte como foi o dia.
    .why = Atenção total, dada com constância, é um gesto pequeno que mantém vocês perto.

gen-attention-02 = Hoje à noite, retome com { $partner } algo que comentou nesta semana e faça uma pergunta sobre isso.
    .why = Lembrar o que importa para a pessoa mostra atenção e cuidado constantes.

gen-attention-03 = Hoje de manhã, pergunte a { $partner } o que tem pela frente hoje e, à noite, pergunte como foi a parte mais importante.
    .why = Perguntas carinhosas e constantes são pequenos gestos que mantêm a relação firme.

gen-attention-04 = Hoje, descubra algo sobre um interesse atual de { $partner }, uma série, um projeto ou um jogo, e puxe conversa sobre isso.
    .why = Interessar-se pelo que interessa à pessoa é uma forma simples de atenção que mantém a conexão.

gen-attention-05 = No jantar de hoje, faça a { $partner } uma pergunta específica sobre o dia, não só “como foi?”, e escute a resposta inteira.
    .why = Perguntas específicas e atentas mostram interesse de verdade, um gesto pequeno que mantém vocês perto.

gen-attention-06 = Neste fim de semana, repare em algo de que { $partner } gosta, uma música, um prato ou um lugar, e volte a falar disso depois, mostrando que lembrou.
    .why = Lembrar do que a pessoa gosta é uma atenção que ela sente, e isso mantém a conexão no dia a dia.

gen-attention-07 = Hoje, quando { $partner } começar a contar alguma coisa, pare o que está fazendo e fique de frente para ouvir.
    .why = Voltar-se para quem fala com você é uma forma simples de atenção que mantém a proximidade firme.

gen-attention-08 = Hoje de manhã, pergunte a { $partner } o que está esperando com mais vontade nesta semana.
    .why = Saber o que a pessoa espera com vontade é um jeito pequeno e constante de prestar atenção à vida dela.

gen-attention-09 = Assista, leia ou ouça algo que { $partner } recomendou e depois conte o que achou.
    .why = Mergulhar no que importa para a pessoa mostra atenção aos interesses dela e dá a vocês mais assunto em comum.

gen-attention-10 = Se { $partner } tinha uma reunião, consulta ou ligação hoje, mande uma mensagem à tarde perguntando como foi.
    .why = Lembrar dos compromissos do dia da pessoa mostra atenção constante, e isso mantém vocês perto.

gen-attention-11 = Neste fim de semana, pergunte a { $partner } o que anda passando pela cabeça ultimamente e dê atenção total enquanto responde.
    .why = Atenção total e sem pressa é um pequeno presente que faz a pessoa se sentir conhecida de verdade.

gen-attention-12 = Hoje, pergunte sobre alguém da vida de { $partner }, um amigo, um colega ou um parente, e guarde os detalhes para a próxima vez.
    .why = Conhecer as pessoas que importam para quem você ama é uma atenção constante que faz a pessoa se sentir conhecida.

gen-kindness-01 = Hoje de manhã, prepare o café ou o chá de { $partner } exatamente do jeito que gosta.
    .why = Pequenas gentilezas do dia a dia são o tipo de cuidado constante que mantém a relação firme.

gen-kindness-02 = Faça uma tarefinha que { $partner } vem adiando, sem ninguém pedir.
    .why = Aliviar a carga da pessoa sem alarde é uma forma prática de apoio.

gen-kindness-03 = Deixe { $partner } escolher a comida, o filme ou o programa de hoje à noite, e curta de coração aberto.
    .why = Pequenos gestos generosos, feitos de boa vontade, trazem a sensação de cuidado para vocês.

gen-kindness-04 = Compre hoje um agradinho para { $partner }, como o lanchinho favorito ou uma flor, sem motivo nenhum.
    .why = Pequenas gentilezas espontâneas mantêm o calor da relação no dia a dia.

gen-kindness-05 = Assuma uma tarefa da manhã que costuma ser de { $partner }, como preparar a marmita ou dar comida ao pet, para sobrarem uns minutinhos.
    .why = Tirar uma tarefa das costas da pessoa, sem alarde, é uma gentileza do dia a dia que mostra cuidado.

gen-kindness-06 = Neste fim de semana, deixe { $partner } dormir sem despertador, se quiser, e tenha uma bebida quentinha ou o café da manhã pronto para quando levantar.
    .why = Um pequeno conforto, oferecido de boa vontade logo no começo do dia, traz a sensação de cuidado.

gen-kindness-07 = Hoje à noite, ofereça um pequeno conforto a { $partner }, como preparar uma bebida quente ou levar uma manta.
    .why = Pequenos confortos pensados com carinho mostram cuidado sem precisar de palavras.

gen-kindness-08 = Encha, abasteça ou carregue algo que { $partner } usa todo dia, como a garrafinha de água, o carro ou o celular.
    .why = Perceber e atender pequenas necessidades é uma gentileza prática que mantém a relação calorosa.

gen-kindness-09 = Mande uma mensagem curta e carinhosa para { $partner } no meio da tarde, quando o dia costuma se arrastar.
    .why = Uma palavra gentil na hora certa é um pequeno cuidado que mantém vocês perto nos dias corridos.

gen-kindness-10 = Se hoje { $partner } for assunto numa conversa com outras pessoas, diga algo gentil a respeito.
    .why = Falar bem de quem você ama mesmo quando a pessoa não está por perto é um hábito de respeito que fortalece a confiança.

gen-kindness-12 = Hoje à noite, deixe algo pronto para a manhã de { $partner }, como separar as coisas ou o café, para que amanhã comece mais leve.
    .why = Facilitar o dia seguinte de quem você ama, antes de qualquer pedido, é uma pequena gentileza que mostra cuidado constante.

gen-kindness-13 = Hoje, guarde o melhor de algo para { $partner }, como o lugar mais confortável do sofá, o último pedaço ou o primeiro banho quente, sem fazer alarde.
    .why = Pequenas escolhas generosas no dia a dia são uma gentileza que se sente na pele e mantêm o calor da relação.

gen-support-01 = Pergunte a { $partner } se tem alguma tarefa desta semana que você pode assumir, e depois faça.
    .why = Apoio prático de quem se ama traz mais satisfação com a relação.

gen-support-02 = Se { $partner } teve um dia difícil, pergunte se prefere conversar sobre isso ou só relaxar, e siga essa escolha.
    .why = O apoio que combina com o que a pessoa realmente quer é o que mais ajuda.

gen-support-03 = Se { $partner } tem algo importante hoje, mande antes uma mensagem curta de boa sorte.
    .why = Estar presente com apoio nos momentos que importam constrói uma confiança firme entre vocês.

gen-support-04 = Pergunte a { $partner } sobre um objetivo que está buscando, qual é o próximo passo e se há algum jeito de você ajudar.
    .why = Dar força aos objetivos de quem você ama é uma forma constante de apoio que mantém a relação firme.

gen-support-05 = Hoje de manhã, pergunte a { $partner } qual parte do dia parece mais difícil e mande uma mensagem curta de incentivo perto desse horário.
    .why = Um apoio na hora em que é necessário mostra que você presta atenção e está do lado da pessoa.

gen-support-06 = Hoje à noite, pergunte a { $partner } como está se sentindo em relação a algo importante que está vivendo agora, e escute mais do que fala.
    .why = Escutar com atenção é uma forma de apoio que faz a pessoa se sentir compreendida.

gen-support-07 = Neste fim de semana, assuma uma tarefa que { $partner } está sem a menor vontade de encarar, ou façam lado a lado, para pesar menos.
    .why = Dividir o peso de algo chato é um apoio prático que faz a pessoa sentir que pode contar com você.

gen-support-08 = Fale hoje com { $partner } sobre um desafio que está enfrentando e deixe claro: “Nisso, você pode contar comigo.”
    .why = Dizer com clareza que você está do lado da pessoa é um apoio que faz os momentos difíceis parecerem menos solitários.

gen-support-09 = Ofereça-se para resolver hoje uma ligação, uma reserva ou um formulário que está pesando para { $partner }.
    .why = Assumir uma tarefa que a pessoa vinha empurrando com a barriga é um tipo concreto de apoio.

gen-support-12 = { $gender ->
        [she] Se { $partner } estiver empacada numa decisão, ofereça dez minutos para pensar no assunto a dois, e deixe a escolha com ela.
        [he] Se { $partner } estiver empacado numa decisão, ofereça dez minutos para pensar no assunto a dois, e deixe a escolha com ele.
       *[name] Se uma decisão estiver travando { $partner }, ofereça dez minutos para pensar no assunto a dois, deixando claro que a escolha continua sendo de { $partner }.
    }
    .why = Um apoio que ajuda sem tomar as rédeas faz a pessoa sentir que tem respaldo e que é capaz.

gen-support-13 = Neste fim de semana, pergunte a { $partner } o que deixaria a semana que vem mais leve e escolha uma coisa que você possa fazer para ajudar.
    .why = Perguntar antes o que ajudaria, e depois fazer, é um apoio constante que alivia as semanas corridas.

gen-connection-01 = Hoje à noite, passe quinze minutos com { $partner } fazendo algo a dois, longe das telas, como uma caminhada ou um chá.
    .why = Tempo a dois, frequente e sem pressa, é um hábito pequeno que mantém a relação firme.

gen-connection-02 = Sugira a { $partner } uma coisinha nova para experimentarem nesta semana, uma receita, um caminho ou um lugar, e coloque na agenda.
    .why = Experiências novas a dois, planejadas e cumpridas, ajudam a manter a conexão.

gen-connection-03 = Mande hoje para { $partner } uma foto, uma piada ou uma lembrança que você sabe que vai arrancar um sorriso.
    .why = Pequenos momentos de carinho compartilhado mantêm a conexão nos dias corridos.

gen-connection-04 = Hoje de manhã, tome o café da manhã ou só um cafezinho com { $partner }, nem que sejam dez minutos, antes que a correria do dia tome conta.
    .why = Pequenos rituais a dois, mantidos com constância, deixam a relação mais firme.

gen-connection-05 = Neste fim de semana, chame { $partner } para uma caminhada, num lugar novo ou num cantinho preferido de sempre, com os celulares no bolso.
    .why = Tempo a dois ao ar livre, sem pressa, é um hábito simples que mantém a conexão.

gen-connection-06 = Hoje à noite, faça a { $partner } uma pergunta que você nunca fez, como a lembrança favorita da infância ou um lugar que sonha conhecer.
    .why = Perguntas curiosas fazem vocês continuarem se descobrindo, e isso mantém a relação viva.

gen-connection-07 = Hoje à noite, cozinhem ou peçam o jantar e comam à mesa, você e { $partner }, mesmo que seja algo simples.
    .why = Refeições a dois, com frequência, são pequenos rituais que mantêm a conexão nas semanas corridas.

gen-connection-08 = Hoje, relembre com { $partner } um dos momentos favoritos de vocês e curtam essa lembrança a dois.
    .why = Reviver bons momentos lembra vocês de tudo o que compartilham.

gen-connection-09 = Neste fim de semana, proponha a { $partner } um jogo, um quebra-cabeça ou cozinhar algo novo, só pela diversão.
    .why = Atividades divertidas a dois trazem risadas e proximidade para os dias comuns.

gen-connection-10 = Mande hoje uma mensagem de bom dia para { $partner } com uma coisa que você está com vontade de fazer a dois.
    .why = Esperar com vontade pelo tempo a dois, e dizer isso, mantém a conexão nos dias corridos.

gen-connection-11 = Compartilhe hoje uma música que faz você pensar em { $partner } e conte por quê.
    .why = Pequenos momentos compartilhados como esse mantêm vivos o carinho e a conexão.

gen-connection-13 = Hoje, coloque uma música de que { $partner } gosta enquanto vocês fazem alguma tarefa, como cozinhar ou arrumar a casa, e curtam lado a lado.
    .why = Transformar as tarefas do dia a dia em momentos compartilhados mantém a conexão nos dias comuns.

gen-appreciation-11 = Agora que os ânimos se acalmaram, agradeça a { $partner } por ter continuado na conversa quando o clima esquentou, mesmo que nem tudo tenha se resolvido.
    .why = Valorizar o esforço de atravessar um momento difícil ajuda vocês a se sentirem do mesmo lado de novo.

gen-kindness-11 = Hoje à noite, faça uma pequena gentileza para { $partner } sem tocar na discussão, como preparar um chá ou cuidar de uma tarefa.
    .why = Um gesto discreto de cuidado depois de um atrito mostra boa vontade e ajuda vocês a se acalmarem.

gen-support-10 = Agora que já passou um tempo, pergunte a { $partner } se precisa de algo de você depois da tensão, e faça, se puder.
    .why = Perguntar o que ajudaria e depois agir mostra que vocês estão do mesmo lado depois de uma discussão.

gen-support-11 = Hoje à noite, diga com calma a { $partner }: “Quero entender o seu lado.” Depois, pergunte quando seria um bom momento para conversar.
    .why = Querer entender, e deixar a pessoa escolher a hora, torna mais provável uma conversa tranquila.

gen-connection-12 = Agora que a poeira baixou, sugira a { $partner } algo simples para fazerem a dois, como uma caminhada ou um chá, para se reaproximarem.
    .why = Um tempo a dois, calmo e comum, depois de uma discussão, ajuda vocês a se sentirem perto de novo.
