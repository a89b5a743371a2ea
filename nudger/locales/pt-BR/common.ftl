# O que o bot diz em mais de uma função. As palavras de cada função ficam no arquivo dela.
# Toda mensagem pode usar { $partner } (o nome de quem o usuário ama, ou partner-unnamed) e
# { $gender } (she, he ou name).

# Como o bot chama a pessoa quando o usuário (ainda) não deu um nome. Funciona como sujeito.
partner-unnamed = seu amor

common-not-set-up = Ainda não há nada configurado para você por aqui. Mande /start para começar.
common-unknown-text = Não tenho uma resposta para isso. Mande /help para ver o que eu sei fazer.
common-bad-button = Desculpe, não entendi esse botão.
common-not-yours = Esse botão não vale mais.
common-stale-question = Essa pergunta já foi respondida.
common-something-wrong = Desculpe, algo deu errado aqui do meu lado, e nada foi alterado. Tente de novo daqui a pouco.

## Perguntado na configuração e de novo em /settings

common-bad-name = Mande um nome de até 40 caracteres (com letras ou números, não só emojis ou símbolos).
common-ask-timezone = Em que fuso horário você está? Mande o nome do fuso, como Europe/Berlin, ou uma cidade perto de você, como São Paulo, Manaus ou Lisboa.
common-need-window = Primeiro, escolha pelo menos um período do dia.
# $shown: o que a pessoa digitou (cortado em 30 caracteres).
common-bad-timezone = Não encontrei um fuso horário para “{ $shown }”. { common-timezone-examples }
common-bad-timezone-empty = A mensagem veio vazia. { common-timezone-examples }
common-timezone-examples = Tente um nome de fuso como Europe/Berlin, America/New_York ou Asia/Tokyo, ou uma cidade maior perto de você, como Recife, Lisboa ou Nova York.

    { common-ask-timezone }

## Valores como aparecem no resumo da configuração e em /settings

common-per-day = { $count ->
        [one] { $count } lembrete por dia
        [many] { $count } de lembretes por dia
       *[other] { $count } lembretes por dia
    }
# $day: o dia da semana por extenso ("domingo", "segunda-feira"); $time: "19:00".
# Sem "toda/todo": sábado e domingo são masculinos, os outros dias, femininos.
common-review-at = { $day }, às { $time }
# $start, $end: "22:00", "08:00".
common-quiet-hours = { $start }–{ $end }
# $zone: "Europe/Berlin"; $time: a hora de lá agora.
common-zone-now = { $zone } (hora local agora: { $time })

## Mostrado tanto na configuração quanto em /settings

# O botão Salvar embaixo dos períodos do dia.
common-save-button = Salvar
# Uma linha por estilo embaixo da pergunta sobre o estilo. $style: o nome do estilo
# ("Apego ansioso"); $description: a descrição de uma linha (de styles.ftl).
common-style-line = { $style }: { $description }.
# Os períodos do dia dentro de uma frase ou lista ("manhã e noite"): o código junta os
# nomes com o formato de lista do idioma, na ordem do dia. Substantivos sem preposição,
# para servirem depois de "Períodos do dia:", "Escolhidos:" e "2 lembretes por dia,".
common-window-in-sentence-morning = manhã
common-window-in-sentence-afternoon = tarde
common-window-in-sentence-evening = noite
