# /week e o resumo da semana: a legenda embaixo da imagem, os textos da própria imagem
# e os botões para outras semanas.
# Plural: em pt-BR, o CLDR põe o 0 na categoria [one] ("0 dia"); onde o número pode ser 0,
# uma variante [0] dá "0 dias".

## Botões e avisos

week-no-such-week = Consigo mostrar as semanas desde o seu primeiro lembrete, até um ano atrás.
week-this-week-button = Esta semana ▶
# $day: a segunda-feira em que a semana começa, "16 de nov.".
week-of = Semana de { $day }
# $day como acima, $year: "2026". É o título do gráfico.
week-chart-title = Semana de { $day } de { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## A legenda (no máximo 1.024 caracteres ao todo)

# $span: os dias cobertos, "seg., 16 de nov. – dom., 22 de nov.".
week-caption-title = Sua semana: { $span }
week-paused-all-week = Os lembretes ficaram pausados a semana toda.
week-paused-so-far = Os lembretes ficaram pausados nesta semana até agora.
week-nothing-sent = Nenhum lembrete foi enviado nesta semana.
week-nothing-sent-yet = Ainda não foi enviado nenhum lembrete nesta semana.
week-tally = Feitos: { $done } de { $sent ->
        [one] { $sent } lembrete
        [many] { $sent } de lembretes
       *[other] { $sent } lembretes
    }.
# $details: uma lista de week-tally-skipped, week-tally-unanswered e week-tally-open.
week-tally-details = Feitos: { $done } de { $sent ->
        [one] { $sent } lembrete
        [many] { $sent } de lembretes
       *[other] { $sent } lembretes
    } ({ $details }).
week-tally-skipped = { $count ->
        [one] { $count } pulado
        [many] { $count } pulados
       *[other] { $count } pulados
    }
week-tally-unanswered = { $count } sem resposta
week-tally-open = { $count } em aberto
# $category: o nome de uma categoria (category-*), em minúsculas.
week-done-most = O que você mais fez: { $category }.
week-skipped-most = O que você mais pulou: { $category }.
# $current, $longest: dias seguidos; $score: de 0 a 100.
week-streak = Sequência: { week-days } (recorde: { $longest ->
        [0] { $longest } dias
        [one] { $longest } dia
        [many] { $longest } de dias
       *[other] { $longest } dias
    }). Constância: { $score }/100.
# No começo, a constância é baixa de propósito: o texto diz isso, para não parecer nota ruim.
week-streak-early = Sequência: { week-days } (recorde: { $longest ->
        [0] { $longest } dias
        [one] { $longest } dia
        [many] { $longest } de dias
       *[other] { $longest } dias
    }). Constância: { $score }/100 (vai subindo com as semanas).
week-days = { $current ->
        [0] { $current } dias
        [one] { $current } dia
        [many] { $current } de dias
       *[other] { $current } dias
    }
week-missed-day = Um dia em branco não desfaz uma boa fase: a constância muda devagar, de propósito.
week-paused-days-kept = Os dias em pausa mantiveram sua sequência e sua constância como estavam.
# Quando a pessoa da conexão compartilha o que a ajuda (nunca diz o quê). Curto: a legenda
# está perto do limite de 1.024 caracteres.
week-partner-helps = { $partner } compartilhou o que ajuda, e os seus lembretes seguiram nessa direção.

## A sugestão: por quê (pelos números) e o que fazer, de acordo com o estilo de quem você ama

# $what: uma das mensagens week-what-* (começa com minúscula e continua a frase).
week-next-week = Na próxima semana, { $what }
week-rest-of-week = No resto da semana, { $what }
# $why: uma das mensagens week-why-*.
week-next-week-why = { $why } Na próxima semana, { $what }
week-rest-of-week-why = { $why } No resto da semana, { $what }

week-what-resume = quando os lembretes voltarem, comece com uma coisa pequena. A sua sequência e a sua constância esperaram por você.
week-what-quiet = comece com uma coisa pequena. Quando tiver um minutinho livre, mande /now e faça só esse lembrete por { $partner }.
week-why-start-small = Nenhum lembrete foi marcado como feito ainda.
week-what-start-small-anxious = escolha um lembrete por dia e faça só esse. Uma mensagem de duas linhas para { $partner } dizendo “Estou pensando em você” já conta.
week-what-start-small-avoidant = escolha um lembrete por dia e faça só esse. Algo discreto já conta, como agradecer a { $partner } por uma coisa que fez.
week-what-start-small-other = escolha um lembrete por dia e faça só esse. Uma palavra curta e carinhosa para { $partner } já conta.
week-why-new-time = A maioria dos lembretes ficou sem resposta; talvez eles estejam chegando em momentos corridos.
week-what-new-time = escolha horários em que você costuma estar livre (mande /settings para mudar).
# Dos $settled lembretes de uma categoria ($category), $skipped foram pulados.
week-why-ease-off-category = Você pulou { $skipped } de { $settled ->
        [one] { $settled } lembrete
        [many] { $settled } de lembretes
       *[other] { $settled } lembretes
    } de { $category }.
week-why-ease-off = Você pulou { $skipped } de { $sent ->
        [one] { $sent } lembrete
        [many] { $sent } de lembretes
       *[other] { $sent } lembretes
    }.
week-what-ease-off-avoidant = tente menos lembretes ou um horário mais tranquilo. { $partner } valoriza ter o próprio espaço, e dar espaço também é cuidado (mande /settings para mudar as duas coisas).
week-what-ease-off-fearful = tente menos lembretes ou um horário mais tranquilo. { $partner } se abre no próprio ritmo, e um carinho calmo e constante já basta (mande /settings para mudar as duas coisas).
week-what-ease-off-anxious = em vez de pular, tente a versão mais simples: uma mensagem rápida para { $partner } dizendo “Estou pensando em você” também é reafirmação. E tudo bem receber menos lembretes (mande /settings para mudar).
week-what-ease-off-other = tente menos lembretes por dia ou outro horário (mande /settings para mudar).
week-why-keep = Que semana boa.
week-what-keep = mantenha os mesmos horários e a mesma quantidade de lembretes.
# $category: o nome da categoria como começa uma frase (o .start dela).
week-what-keep-category = mantenha os mesmos horários e a mesma quantidade de lembretes. { $category } tem funcionado bem, então continue com esse tipo de lembrete.
# $count: os feitos desta semana + 1.
week-what-one-more = tente fazer { $count ->
        [one] { $count } lembrete
        [many] { $count } de lembretes
       *[other] { $count } lembretes
    }, um a mais do que nesta semana.
week-what-one-more-category = tente fazer { $count ->
        [one] { $count } lembrete
        [many] { $count } de lembretes
       *[other] { $count } lembretes
    }, um a mais do que nesta semana. Comece pelos lembretes de { $category }: foram os que você mais fez.

week-therapy-skips = Nas últimas três semanas, você pulou mais lembretes do que fez, e tudo bem: algumas fases são difíceis. Se fizer sentido para você, a terapia de casal pode ajudar, como diz a pesquisa por trás destes lembretes: um espaço para cuidar, em conjunto, do que cada um precisa.
week-therapy-conflict = Momentos tensos têm aparecido várias vezes ultimamente. Se fizer sentido para você, a terapia de casal pode ajudar, como diz a pesquisa por trás destes lembretes: um espaço para cuidar, em conjunto, do que cada um precisa.

## A imagem (textos curtos: o gráfico tem o tamanho da tela de um celular)

# $current: dias seguidos, $longest: a maior sequência, $score: de 0 a 100.
chart-header-streak = Sequência { week-days } (máx. { $longest }) · Constância { $score }/100
chart-header-done = Feitos: { $done } de { $sent ->
        [0] { $sent } enviados
        [one] { $sent } enviado
        [many] { $sent } enviados
       *[other] { $sent } enviados
    }
chart-paused = em pausa
chart-done = Feito
chart-skipped = Pulado
chart-unanswered = Sem resposta
chart-open = Em aberto
chart-paused-all-week = Em pausa a semana toda
chart-paused-so-far = Em pausa
chart-nothing-sent = Nenhum lembrete enviado nesta semana
chart-nothing-sent-yet = Nenhum lembrete enviado ainda
chart-by-category = Feitos por categoria
chart-no-nudges = Ainda não há lembretes para mostrar
# $percent: "75%", $done de $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## Os tipos de cuidado (as categorias do catálogo); .start é a forma que começa uma frase

category-reassurance = reafirmação
    .start = Reafirmação
category-commitment = compromisso
    .start = Compromisso
category-positive_regard = admiração
    .start = Admiração
category-gratitude = gratidão
    .start = Gratidão
category-closeness = proximidade
    .start = Proximidade
category-trust = confiança
    .start = Confiança
category-autonomy = autonomia
    .start = Autonomia
category-space = espaço
    .start = Espaço
category-validation = validação
    .start = Validação
category-credit = reconhecimento
    .start = Reconhecimento
category-calm_conflict = discordar em paz
    .start = Discordar em paz
category-appreciation = valorização
    .start = Valorização
category-attention = atenção
    .start = Atenção
category-kindness = gentileza
    .start = Gentileza
category-support = apoio
    .start = Apoio
category-connection = conexão
    .start = Conexão
