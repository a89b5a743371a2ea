# /start e as perguntas da configuração: o nome de quem o usuário ama, como se referir a essa
# pessoa (só nos idiomas com gênero), o estilo, o fuso horário, lembretes por dia e os
# períodos do dia.
# O gênero do usuário é desconhecido: nada de "bem-vindo(a)", "pronto", "sozinho" sobre ele.

# A primeira mensagem depois de /start: o que o bot faz e o que ele guarda.
onboarding-welcome =
    Oi! Eu sou o nudger. Vou lembrar você de fazer coisas pequenas e concretas que ajudam a pessoa que você ama a se sentir amada e segura. Pesquisas sobre apego mostram que gestos pequenos e constantes como esses aliviam, com o tempo, as preocupações de quem recebe esse carinho.

    O que eu guardo, e por quê:
    • o primeiro nome ou o apelido de quem você ama e o estilo que você escolher, para decidir quais lembretes mandar e como escrevê-los
    • seu fuso horário, os horários dos lembretes, o horário de silêncio e o dia do resumo, para mandar tudo na hora certa
    • quais lembretes você recebeu, o que você marcou, quando pausou e quando usou /conflict, para mostrar como foi a sua semana
    • as respostas do teste, só enquanto o teste está em andamento

    Não guardo suas mensagens nem a sua localização (uma localização compartilhada serve só para descobrir o seu fuso horário). Nada é compartilhado com ninguém. Mande /export para receber uma cópia de tudo, ou /delete para apagar tudo.

    São só algumas perguntas rápidas, e pronto.
onboarding-ask-name = Qual é o primeiro nome ou o apelido da pessoa que você ama?

## Como se referir a quem o usuário ama: perguntado logo depois do nome, só nos idiomas em que
## as frases sobre essa pessoa dependem do gênero. O /settings pergunta de novo.

onboarding-ask-gender = Como devo me referir a { $partner }?
# As três respostas: ela, ele, ou frases que evitam formas com gênero.
onboarding-gender-she = Ela
onboarding-gender-he = Ele
onboarding-gender-name = Só pelo nome

## O estilo de quem o usuário ama

# Acima de uma linha por estilo (common-style-line).
onboarding-ask-style = Qual destas opções mais combina com { $partner }?
# Abaixo dos estilos.
onboarding-ask-style-footer = Isso só define quais ideias você recebe. Não é um diagnóstico, e dá para mudar quando quiser em /settings.

## Fuso horário, lembretes por dia, períodos do dia

# $zone_now: o fuso e a hora de lá agora, como common-zone-now diz.
onboarding-zone-set = Fuso horário: { $zone_now }.
onboarding-ask-count = Quantos lembretes por dia você quer receber?
onboarding-ask-windows = Em que períodos do dia eles devem chegar? Toque em um ou mais e depois em Salvar.
# Salvar com mais lembretes por dia do que cabem com 2 horas de intervalo. $count: lembretes
# por dia pedidos (2 ou 3); $fits: quantos cabem nos períodos escolhidos. "o máximo que cabe
# ... é { $fits }" evita a concordância do verbo com $fits.
onboarding-too-many = Para { $count ->
        [one] { $count } lembrete
        [many] { $count } de lembretes
       *[other] { $count } lembretes
    } por dia, falta espaço: eles chegam com pelo menos 2 horas de intervalo, e o máximo que cabe nesses períodos é { $fits }. Escolha também outro período do dia, ou mande /start para escolher menos lembretes.

## No caminho

# Uma pergunta já respondida, como fica na conversa. $question: o texto da pergunta;
# $answer: a resposta ("Apego evitativo", "2").
onboarding-answered =
    { $question }

    Sua resposta: { $answer }
onboarding-in-setup-tap = Por favor, responda usando os botões da última pergunta.
onboarding-saved-notice = Salvo

## O plano, depois de Salvar

# $style: o nome do estilo; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 lembretes por
# dia"); $windows: os períodos do dia numa frase ("manhã e noite"); $review: common-review-at
# ("domingo, às 19:00"); $quiet: common-quiet-hours ("22:00–08:00").
onboarding-summary =
    Tudo certo. Este é o seu plano:
    • Seu amor: { $partner }
    • Estilo: { $style }
    • Fuso horário: { $zone }
    • { $nudges }, { $windows }
    • Resumo da semana: { $review }
    • Horário de silêncio: { $quiet }, quando não mando nada
# $moment: o dia e a hora do primeiro lembrete, "seg., 23 de nov. 09:12" (sem artigo: vem
# depois de dois-pontos).
onboarding-summary-first = Primeiro lembrete: { $moment } (no seu fuso horário).
onboarding-summary-end = Cada lembrete traz uma coisa pequena para fazer por { $partner }, com os botões Feito, Pular e Adiar. Mande /now se quiser um agora mesmo, /settings para mudar qualquer coisa disso, ou /help para todo o resto.

# Abaixo da pergunta sobre o estilo, quando a pessoa com quem o usuário tem a conexão
# compartilhou o resultado do próprio teste. $name: essa pessoa, como o usuário a conhece na
# conexão (gênero desconhecido); $style: o nome do estilo.
onboarding-partner-shared-style = { $name } fez um teste rápido sobre si e compartilhou o resultado com você: “{ $style }”. Toque nessa opção se quiser que os seus lembretes sigam esse estilo.
