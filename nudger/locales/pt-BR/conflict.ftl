# /conflict: três passos calmos para um momento tenso com quem o usuário ama, e a oferta de um
# lembrete depois, para se reaproximar. Toda mensagem pode usar { $partner } (o nome, ou
# partner-unnamed) e { $gender } (she, he ou name) onde a gramática do idioma precisar.
# Os passos nunca culpam a pessoa e nunca citam um estilo. Nenhum precisou de $gender: o que
# seria "dela/dele" virou citação direta (“Faz sentido você ver assim…”).
# "later today" é "ainda hoje" (não "mais tarde"); "after dinner" virou "daqui a uma hora",
# como nos prompts, porque o /conflict pode ser usado a qualquer hora.

## A resposta: uma introdução, os três passos (numerados) e a oferta de um lembrete

conflict-intro = Um momento tenso com { $partner }? Respire fundo, bem devagar. Três passos pequenos que podem ajudar agora mesmo:
# Um passo numerado. $number: 1, 2 ou 3; $step: o passo (um dos conflict-step-...).
conflict-step-line = { $number }. { $step }
# $when: quando o lembrete chegaria: "later" (ainda hoje), "morning" (amanhã de manhã) ou
# "thismorning" (pedido depois da meia-noite, antes do fim do horário de silêncio).
conflict-offer = Quando os ânimos se acalmarem, um pequeno gesto ajuda vocês a se reaproximarem. Toque no botão abaixo, e eu mando uma ideia de gesto { $when ->
        [morning] amanhã de manhã
        [thismorning] hoje de manhã
       *[later] ainda hoje
    }.

## Os passos, três para cada jeito de ser. Quem se afasta quando a proximidade ou a tensão
## aumentam: baixar a temperatura, dar reconhecimento, dar espaço com hora para voltar.

conflict-step-avoidant-1 = Baixe a temperatura: fale mais devagar, suavize a voz e diga que isso é algo que vocês conseguem resolver, não uma crise.
conflict-step-avoidant-2 = Diga a { $partner } o que faz sentido no jeito como vê a situação (“Faz sentido você ver assim, porque…”) e agradeça por algo que já fez ou de que abriu mão para as coisas darem certo.
conflict-step-avoidant-3 = Se algum de vocês precisar de um tempo, ofereça espaço e combine uma hora para voltar ao assunto, como “Vamos dar uma pausa e conversar de novo daqui a uma hora.” Depois, cumpra o combinado.

## Quem tem medo de que a pessoa amada vá embora: reafirmação, continuar presente, o laço entre vocês.

conflict-step-anxious-1 = Comece pela reafirmação. Diga a { $partner }: “Não vou a lugar nenhum. A gente resolve isso junto.”
conflict-step-anxious-2 = Continue presente e na conversa. Se precisar de uma pausa, avise e diga quando volta, para que o silêncio não pareça uma despedida.
conflict-step-anxious-3 = Fale do que une vocês: diga a { $partner } o que você ama, com frases como “Amo o seu jeito de…” e “Amo o que a gente tem.” Se o momento permitir, ofereça a mão ou um abraço.

## Quem quer proximidade e também tem receio dela: devagar e com delicadeza, sem pressão.

conflict-step-fearful-1 = Vá devagar e com delicadeza. Diga a { $partner }, com calma, que você se importa e que isso não muda o que você sente.
conflict-step-fearful-2 = Deixe { $partner } definir o ritmo, sem cobrar respostas. Se for preciso dar espaço, dê com carinho: “Leve o tempo que precisar. Estou aqui.”
conflict-step-fearful-3 = Mostre uma coisa que você entende do outro lado da história, como “Entendo por que você vê assim.” Depois, proponha uma hora para voltar ao assunto, sem precisar resolver tudo hoje.

## Todos os outros (apego seguro, ou quem ainda não sabe dizer): passos calmos e gerais.

conflict-step-general-1 = Desacelere antes de responder. Uma voz mais calma ajuda vocês a se ouvirem.
conflict-step-general-2 = Diga a { $partner } o que você entendeu do outro lado da história antes de explicar o seu.
conflict-step-general-3 = Diga que vocês estão no mesmo time e combinem um próximo passo ou uma hora para conversar de novo.

## O botão do lembrete, e o que ele diz depois do toque (também aparece como aviso)

# $when: como em conflict-offer ("later", "morning" ou "thismorning").
conflict-remind-button = Me lembre { $when ->
        [morning] amanhã de manhã
        [thismorning] hoje de manhã
       *[later] ainda hoje
    }
# $time: quando o lembrete chega, "17:12" (ainda hoje).
conflict-confirm-later = Por volta das { $time }, mando um lembrete para vocês se reaproximarem.
# $time: "21:30", meia hora antes do início do horário de silêncio.
conflict-confirm-sooner = Por volta das { $time }, antes do seu horário de silêncio, mando um lembrete para vocês se reaproximarem.
# $when: "morning" (amanhã) ou "thismorning" (depois da meia-noite); $time: "08:30", logo
# depois do fim do horário de silêncio.
conflict-confirm-morning = Mando um lembrete { $when ->
        [thismorning] hoje de manhã
       *[morning] amanhã
    }, por volta das { $time }, para vocês se reaproximarem.
# Como conflict-confirm-morning, quando o botão dizia "ainda hoje" mas agora já está perto
# demais do horário de silêncio.
conflict-confirm-too-late = Já está ficando tarde, então mando um lembrete { $when ->
        [thismorning] hoje de manhã
       *[morning] amanhã
    }, por volta das { $time }, para vocês se reaproximarem.
conflict-follow-up-already = Você já tem um lembrete marcado para se reaproximar.
