# /quiz: doze frases sobre o comportamento de quem o usuário ama, respondidas de 1 a 7, e o
# que as respostas indicam. Toda mensagem pode usar { $partner } (o nome, ou partner-unnamed)
# e { $gender } (she, he ou name) onde a gramática do idioma precisar.
# O teste descreve a pessoa com delicadeza: nunca é um diagnóstico.
# Nenhuma frase precisou de $gender: adjetivos sobre a pessoa viraram substantivos ou palavras
# invariáveis ("sob estresse ou para baixo", "numa boa", "desconfortável", "por conta própria",
# "ter certeza"), e "ainda me ama?" virou citação direta.

## Antes da primeira pergunta

# $count: quantas frases vêm a seguir (12).
quiz-intro = { $count ->
        [one] { $count } frase rápida
        [many] { $count } de frases rápidas
       *[other] { $count } frases rápidas
    } sobre coisas que você talvez já tenha visto { $partner } fazer ou dizer. Para cada uma, toque no número que mostra o quanto a frase combina com { $partner }, de 1 a 7. Vá pela primeira impressão: não existe resposta certa.

    No final, mostro o que as suas respostas indicam e pergunto antes de mudar qualquer coisa.

## Uma pergunta: o número, a frase e o que as pontas e o meio da escala querem dizer

# $number: o número desta pergunta (1-12); $total: quantas são (12);
# $statement: a frase (uma das mensagens quiz-item-...).
quiz-question = Pergunta { $number } de { $total }

    { $statement }

    { quiz-scale-hint }
# Os botões mostram só os números de 1 a 7; esta linha diz o que 1, 4 e 7 querem dizer.
quiz-scale-hint = 1 = { quiz-anchor-1 } · 4 = { quiz-anchor-4 } · 7 = { quiz-anchor-7 }
quiz-anchor-1 = Nada a ver
quiz-anchor-4 = Em parte
quiz-anchor-7 = Tudo a ver

## As frases, na ordem em que são feitas. Cada uma descreve algo que o usuário pode ter visto
## a pessoa fazer; o usuário responde o quanto isso combina com ela. O sentido é exato (as
## respostas são pontuadas), inclusive nas frases invertidas (avo-comfort, anx-relaxed-apart,
## anx-sure-of-me, avo-open-feelings).

quiz-item-anx-slow-reply = Quando eu demoro para responder, { $partner } se preocupa, achando que tem algo errado.
quiz-item-avo-change-subject = Quando eu falo do que sinto sobre a nossa relação, { $partner } muda de assunto ou encurta a conversa.
quiz-item-anx-ask-love = { $partner } me pergunta coisas como “Você ainda me ama?” ou “Você ainda quer ficar comigo?”
quiz-item-avo-comfort = Quando { $partner } está sob estresse ou para baixo, vem até mim em busca de conforto.
quiz-item-anx-after-argument = Depois de um pequeno desentendimento, { $partner } parece ter medo de que eu vá embora.
quiz-item-avo-tense-quiet = Quando o clima fica tenso entre nós, { $partner } fica em silêncio ou quer um tempo só para si.
quiz-item-anx-relaxed-apart = { $partner } continua numa boa quando passamos um ou dois dias com pouco contato.
quiz-item-avo-close-future = { $partner } parece desconfortável quando a proximidade entre nós aumenta muito ou quando falamos do nosso futuro.
quiz-item-anx-small-signs = { $partner } percebe pequenas mudanças no meu humor ou nas minhas mensagens e se preocupa com isso.
quiz-item-avo-handle-alone = { $partner } prefere resolver um problema por conta própria a me pedir ajuda.
quiz-item-anx-sure-of-me = { $partner } parece ter certeza de que eu me importo, mesmo quando eu não digo isso.
quiz-item-avo-open-feelings = { $partner } me diz abertamente o que sente e do que precisa.

## O resultado: uma introdução, uma linha por dimensão, o que o estilo quer dizer, e um lembrete
## de que isto não é um diagnóstico

quiz-result-intro = Veja o que as suas respostas indicam sobre { $partner }.
# Uma linha por dimensão. $level: "higher" ou "lower" (acima ou abaixo do meio da escala);
# $score: a média das respostas, de 1,0 a 7,0, com uma casa decimal ("4,2").
quiz-result-anxiety = • Medo de rejeição e necessidade de reafirmação: { $level ->
        [higher] nível mais alto
       *[lower] nível mais baixo
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } de 7)
quiz-result-avoidance = • Desconforto com a proximidade e necessidade de independência: { $level ->
        [higher] nível mais alto
       *[lower] nível mais baixo
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } de 7)
# O que cada resultado quer dizer, e o nome do estilo como o botão dele diz (style-...).
quiz-result-secure =
    As duas medidas ficaram na parte baixa da escala. { $partner } parece, em geral, estar à vontade tanto com a proximidade quanto com o tempo longe.
    Isso fica mais perto da opção “{ style-secure }”. Nessa opção, os lembretes focam em pequenas gentilezas do dia a dia, atenção e valorização, que fazem bem a qualquer pessoa.
quiz-result-anxious =
    A preocupação ficou na parte alta da escala. { $partner } pode ter medo de se decepcionar ou de que você vá embora, e costuma se acalmar com contato e com uma reafirmação clara.
    Isso fica mais perto da opção “{ style-anxious }”. Nessa opção, os lembretes focam em reafirmação clara, palavras de compromisso, valorização calorosa e carinho.
quiz-result-avoidant =
    O desconforto com a proximidade ficou na parte alta da escala. { $partner } pode valorizar a independência e se afastar um pouco quando a proximidade ou a tensão aumentam.
    Isso fica mais perto da opção “{ style-avoidant }”. Nessa opção, os lembretes focam em mostrar que você é de confiança, respeitar o espaço da pessoa, levar a sério o ponto de vista dela, reconhecer o que ela faz e manter as discordâncias em paz.
quiz-result-fearful =
    As duas medidas ficaram na parte alta da escala. { $partner } pode querer proximidade e, ao mesmo tempo, ter receio de se aproximar demais; então às vezes busca contato e depois se afasta.
    Isso fica mais perto da opção “{ style-fearful }”. Nessa opção, os lembretes trazem as ideias mais delicadas dos dois lados: reafirmação constante, com espaço para respirar e sem pressão.
quiz-not-a-diagnosis = Isto é uma orientação aproximada, feita a partir de algumas coisas que você notou, e não um diagnóstico. As pessoas mudam, e sentir segurança com alguém ajuda.

## Depois do resultado: passar os lembretes para o estilo do resultado, ou mantê-los

# $style: o nome do estilo do resultado (style-...); $current: o estilo definido agora.
quiz-save-question = Agora os seus lembretes seguem “{ $current }”. Quer mudar para “{ $style }”? Dá para mudar de novo quando quiser com /quiz ou /start.
# $style: o nome do estilo (style-...).
quiz-switch-button = Sim, mudar para { $style }
quiz-keep-button = Não, deixar como está
# $style: o nome do estilo (style-...).
quiz-switched = Feito. Agora os seus lembretes para cuidar de { $partner } seguem “{ $style }”.
quiz-switched-notice = Estilo alterado
quiz-kept = Certo, nada mudou. Os seus lembretes continuam como estavam.
quiz-kept-notice = Nada mudou
# O resultado é o estilo já definido. $style: o nome dele (style-...).
quiz-same-style = Isso bate com o que você escolheu antes (“{ $style }”), então os seus lembretes continuam como estão.

## Na configuração (o teste responde à pergunta sobre o estilo)

# $style: o nome do estilo do resultado (style-...).
quiz-onboarding-question = Posso usar “{ $style }” nos seus lembretes, ou prefere manter “{ style-unknown }” (ideias carinhosas que servem para qualquer pessoa)? Dá para mudar depois com /quiz ou /settings.
# $style: o nome do estilo do resultado (style-...).
quiz-use-button = Usar { $style }
quiz-keep-not-sure-button = Manter “{ style-unknown }”
quiz-skip-button = Pular e manter “{ style-unknown }”
quiz-skipped-in-setup = Teste pulado. Por enquanto, vamos de “{ style-unknown }”.
quiz-skipped-notice = Teste pulado
quiz-finish-setup-first = Vamos terminar a configuração primeiro. Na pergunta sobre o estilo, toque em “{ style-unknown }” para fazer o teste.

## Parar, e toques ou textos fora de hora

quiz-stop-button = Parar o teste
quiz-stopped = Teste interrompido. Nada mudou; você pode fazer de novo quando quiser com /quiz.
quiz-stopped-notice = Teste interrompido
# Um toque numa pergunta que não é mais a atual (uma mensagem antiga, um toque duplo).
quiz-stale-answer = Essa não é mais a pergunta em aberto.
quiz-over = Esse teste já terminou. Mande /quiz para fazer de novo.
quiz-typed-during = Estamos no meio do teste: responda com os botões de 1 a 7 embaixo da última pergunta, ou toque em “{ quiz-stop-button }”.
quiz-typed-after = O teste terminou. Use os botões da minha última mensagem para mudar os seus lembretes ou deixar como estão (“{ quiz-keep-button }”).
