# A conexão com quem o usuário ama: /invite, o convite que essa pessoa abre, /partner (um
# teste rápido sobre si mesmo, o que ajuda) e /unlink. Toda mensagem pode usar { $partner }
# (para quem lê: o nome pelo qual conhece a pessoa com quem tem a conexão) e { $gender }
# (she, he ou name).
#
# Regras para estas palavras: nenhuma pressão, nunca. Recusar e encerrar a conexão são tão
# fáceis e tão bem-vindos quanto aceitar, e nada do que vem depois culpa ninguém. O que é
# compartilhado é dito com exatidão; o que nunca é compartilhado é dito com clareza.
#
# "link" é só o endereço (URL); o vínculo entre as duas pessoas é "a conexão". Nada de
# "conectados" ou "vocês dois" (dariam gênero a alguém): "a conexão entre você e { $partner }",
# "nenhum dos lados", "cada um". O botão "No thanks" é "Prefiro não" ("Não, obrigado" daria
# gênero a quem responde). Nenhuma mensagem precisou de $gender.

## /invite

partners-invite-ask-name =
    Vou criar um link pessoal para { $partner }. Quando { $partner } abrir o link, eu conto que o convite é seu, explico o que é o nudger e o que a conexão compartilha, e { $partner } escolhe se quer aceitar ou se prefere não.

    Com que nome você quer aparecer no convite? Toque no botão ou mande /invite com outro nome, como /invite Alex.
# Quando o Telegram não informou um primeiro nome para oferecer.
partners-invite-ask-name-typed =
    Vou criar um link pessoal para { $partner }. Quando { $partner } abrir o link, eu conto que o convite é seu, explico o que é o nudger e o que a conexão compartilha, e { $partner } escolhe se quer aceitar ou se prefere não.

    Com que nome você quer aparecer no convite? Mande /invite com o nome, como /invite Alex.
# $name: o primeiro nome de quem envia, no Telegram.
partners-invite-use-name-button = Aparecer como “{ $name }”
partners-invite-bad-name = Esse nome não serve para um convite. Use de 1 a 40 caracteres, numa linha só, como /invite Alex.
partners-invite-needs-username = Não consigo criar um link agora porque ainda não sei o meu próprio nome de usuário no Telegram. Tente /invite de novo daqui a um minuto.
# $link: o link pessoal; $name: o nome que ele mostra; $days: por quanto tempo vale (7).
partners-invite-link =
    Aqui está o seu link pessoal para { $partner }:

    { $link }

    Encaminhe esta mensagem ou copie o link. Ele só pode ser usado uma vez e vale por { $days ->
        [one] { $days } dia
        [many] { $days } de dias
       *[other] { $days } dias
    }; um novo /invite substitui este.

    Mande o link só para { $partner }: quem abrir primeiro pode se conectar com você. Ao abrir, { $partner } vai ver que o convite é de { $name } e exatamente o que a conexão compartilha. Aceitar ou não é uma decisão só de { $partner }.
partners-invite-share-button = Enviar o link
# O texto que a tela de compartilhamento do Telegram põe ao lado do link (quem convida envia;
# $name: o nome dessa pessoa, de gênero desconhecido).
partners-invite-share-text = { $name } gostaria de se conectar com você no nudger. Só se você quiser: o link explica o que a conexão compartilha e o que ela nunca compartilha.
partners-already-linked =
    Você já tem uma conexão com { $partner }. Mande /partner para ver o que vocês compartilham, ou /unlink para encerrar a conexão.

## O convite, como a pessoa convidada vê depois de abrir o link ($name: quem convidou, de gênero
## desconhecido; o gênero de quem lê também é desconhecido)

partners-welcome =
    Oi! { $name } quer se conectar com você no nudger e mandou este convite.

    O nudger manda para { $name } pequenas ideias na hora certa para demonstrar carinho, como dizer uma coisa concreta de que gostou hoje.

    Com a conexão, você pode, só se e quando quiser:
    • fazer um teste rápido sobre você e compartilhar o resultado com { $name }: só o nome do estilo, nunca as suas respostas
    • escolher até três tipos de cuidado que mais fazem você sentir amor e contar a { $name } quais são, para que os lembretes de { $name } sigam nessa direção
    • receber os seus próprios lembretes com /start

    Seja qual for a sua escolha, nada disto é compartilhado: as suas respostas, os seus lembretes, o que você marca, os seus resumos, as suas pausas e as suas configurações. Você nunca vai saber o que dizem os lembretes de { $name }, nem se algum deles foi sobre você.

    Tudo bem dizer não, de verdade. Nada sobre você fica guardado, e { $name } só vai saber que, por enquanto, você prefere não se conectar. Se aceitar, você pode encerrar a conexão quando quiser com /unlink.
partners-join-button = Aceitar
partners-decline-button = Prefiro não
# $days: por quanto tempo um link vale (7).
partners-link-expired = Este convite expirou: os links valem por { $days ->
        [one] { $days } dia
        [many] { $days } de dias
       *[other] { $days } dias
    }. Se quiser se conectar, peça um novo link.
partners-link-unknown = Este link não funciona: ele já foi usado, foi substituído por um mais novo ou está incompleto. Se quiser se conectar, peça um novo link.
partners-link-own = Este é o seu próprio convite. Mande o link para { $partner }; ao abrir, { $partner } pode escolher se quer se conectar.
partners-too-many-tries = Foram muitos links que não funcionaram. Espere uma hora e tente de novo.
partners-linked-elsewhere = Você já tem uma conexão com { $partner }. Só dá para ter uma conexão de cada vez; para começar outra, encerre a atual com /unlink.

## Aceitar ou recusar

partners-joined =
    A conexão entre você e { $partner } está feita. Nada é compartilhado até você escolher.

    Quando quiser, conte a { $partner } um pouco do que ajuda você, pelos botões abaixo ou depois com /partner. Mande /start para configurar os seus próprios lembretes, ou /unlink para encerrar a conexão.
partners-joined-notice = Conexão feita
# Para quem convidou ($partner: quem essa pessoa ama).
partners-partner-joined =
    { $partner } aceitou o seu convite: a conexão está feita. Se { $partner } escolher compartilhar o próprio estilo ou o que ajuda, eu aviso você, e os seus lembretes vão levar isso em conta.

    Nenhum dos lados vê os lembretes, as respostas ou os resumos do outro. Se não foi { $partner } quem aceitou, mande /unlink para encerrar a conexão.
partners-declined = Sem problema. Nada sobre você ficou guardado. Se um dia mudar de ideia, { $partner } pode mandar um novo link.
partners-declined-notice = Convite recusado
# Para quem convidou.
partners-partner-declined = { $partner } prefere não se conectar por enquanto, e está tudo bem, de verdade. Os seus lembretes continuam como antes.

## /partner: o que cada lado compartilha

partners-not-linked = Não há conexão entre a sua conta e a de quem você ama. Se quiser, mande /invite para criar um link pessoal e enviar a essa pessoa.
# $since: a data em que a conexão começou ("5 de dez.").
partners-hub-intro = Você tem uma conexão com { $partner } (desde { $since }).
partners-hub-yours = O que você compartilha com { $partner }:
# $style: o nome de um estilo.
partners-hub-style-shared = • o seu estilo, do teste sobre você: { $style }
partners-hub-style-private = • nada sobre o seu estilo: o resultado do seu teste ({ $style }) fica só com você
partners-hub-style-none = • nada sobre o seu estilo (você não fez o teste sobre você)
# $kinds: os tipos de cuidado escolhidos, numa lista.
partners-hub-helps-shared = • o que ajuda você: { $kinds }
partners-hub-helps-private = • nada sobre o que ajuda você: as suas escolhas ({ $kinds }) ficam só com você
partners-hub-helps-none = • nada sobre o que ajuda você (você não escolheu nada)
partners-hub-theirs = O que { $partner } compartilha com você:
partners-hub-their-style = • o estilo: { $style }. Os seus lembretes usam esse estilo.
# Para quem ainda não configurou os próprios lembretes.
partners-hub-their-style-setup = • o estilo: { $style }. Quando você configurar os seus próprios lembretes com /start, esse estilo vai aparecer como opção.
# $own: o estilo que quem lê escolheu por conta própria.
partners-hub-their-style-overridden = • o estilo: { $style }. Os seus lembretes usam a sua própria escolha: { $own }.
partners-hub-their-helps = • o que ajuda, para os seus lembretes seguirem nessa direção
partners-hub-nothing = • nada por enquanto
partners-hub-never = Nenhum dos lados vê os lembretes, as respostas, os resumos, as pausas ou as configurações do outro.
partners-self-report-button = Um teste rápido sobre mim
partners-helps-button = O que me ajuda
# $style: o estilo do teste sobre si mesmo, ainda não compartilhado.
partners-share-style-button = Compartilhar meu estilo ({ $style })
partners-stop-sharing-style-button = Parar de compartilhar meu estilo
partners-follow-button = Voltar a usar o estilo de { $partner }
partners-unlink-button = Encerrar a conexão

## O teste rápido sobre si mesmo (dez frases, respondidas de 1 a 7)

# $count: quantas frases vêm a seguir (10).
self-intro = { $count ->
        [one] { $count } frase
        [many] { $count } de frases
       *[other] { $count } frases
    } sobre você e { $partner }. Para cada uma, toque no número que mostra o quanto ela combina com você, de 1 a 7. Vá pela primeira impressão: não existe resposta certa.

    Você vê o resultado primeiro. Nada vai para { $partner } a menos que você escolha, e, nesse caso, só o nome do estilo.
# $number: o número desta frase; $total: quantas são (10); $statement: a frase.
self-question = Frase { $number } de { $total }

    { $statement }

    { self-scale-hint }
self-scale-hint = 1 = { self-anchor-1 } · 4 = { self-anchor-4 } · 7 = { self-anchor-7 }
self-anchor-1 = Nada a ver comigo
self-anchor-4 = Em parte
self-anchor-7 = Tudo a ver comigo

# Frases na primeira pessoa de quem responde (o gênero é desconhecido: nada de adjetivos sobre
# "eu"). O sentido é exato, inclusive nas frases invertidas (avo-comfort, anx-relaxed-apart,
# avo-open, anx-sure-cared).
self-item-anx-slow-reply = Quando { $partner } demora para responder, começo a me preocupar, achando que tem algo errado.
self-item-avo-step-back = Quando a proximidade entre nós aumenta muito, uma parte de mim quer dar um passo atrás e ter um pouco de espaço.
self-item-anx-hear-it = Eu me sinto melhor quando { $partner } me diz com frequência que me ama.
self-item-avo-comfort = Quando estou sob estresse ou para baixo, busco conforto em { $partner }.
self-item-anx-relaxed-apart = Continuo numa boa quando passamos um ou dois dias com pouco contato.
self-item-avo-alone = Prefiro resolver um problema por conta própria a pedir ajuda a { $partner }.
self-item-anx-after-argument = Depois de um desentendimento, fico com medo de que { $partner } vá embora.
self-item-avo-open = Para mim, é fácil dizer a { $partner } o que sinto e do que preciso.
self-item-anx-sure-cared = Tenho certeza de que { $partner } se importa comigo, mesmo quando não diz isso.
self-item-avo-tense-quiet = Quando o clima fica tenso entre nós, fico em silêncio ou quero um tempo só para mim.

self-stop-button = Parar
self-stopped = Teste interrompido. As suas respostas não foram guardadas, e o que você compartilha continua igual. Mande /partner para começar o teste de novo quando quiser.
self-stopped-notice = Teste interrompido
self-stale = Essa frase já foi respondida.
self-result-intro = Veja o que as suas respostas indicam sobre você.
# O que cada resultado quer dizer para quem respondeu, com o nome do estilo (style-...).
self-result-secure = As duas medidas ficaram na parte baixa da escala: você parece, em geral, estar à vontade tanto com a proximidade quanto com o tempo longe. Isso fica mais perto de “{ style-secure }”.
self-result-anxious = A preocupação ficou na parte alta da escala: talvez você sinta mais calma com contato, palavras claras e reafirmação. Isso fica mais perto de “{ style-anxious }”.
self-result-avoidant = O desconforto com a proximidade ficou na parte alta da escala: talvez você valorize a sua independência e precise de um pouco de espaço quando a proximidade ou a tensão aumentam. Isso fica mais perto de “{ style-avoidant }”.
self-result-fearful = As duas medidas ficaram na parte alta da escala: talvez você queira proximidade e, ao mesmo tempo, tenha receio dela. Isso fica mais perto de “{ style-fearful }”.
self-not-a-diagnosis = Isto é uma orientação aproximada, feita a partir de algumas respostas, e não um diagnóstico. As pessoas mudam, e sentir segurança com alguém ajuda.
# $style: o nome do resultado.
self-share-question = Quer compartilhar “{ $style }” com { $partner }? Só esse nome apareceria, nunca as suas respostas ou pontuações, e os lembretes de { $partner } passariam a usar esse estilo. Dá para parar de compartilhar quando quiser em /partner.
self-share-button = Compartilhar com { $partner }
self-keep-button = Guardar só para mim
self-shared = Compartilhado: agora { $partner } vê “{ $style }”. Para parar de compartilhar, mande /partner quando quiser.
self-shared-notice = Compartilhado
self-kept = Certo, fica só com você. Se quiser compartilhar depois, é só mandar /partner.
self-kept-notice = Fica só com você
self-unshared = { $partner } não vê mais o seu estilo e volta a receber lembretes pelo estilo que tinha escolhido.
self-unshared-notice = Compartilhamento encerrado
# Para o outro lado ($style: o nome do estilo).
partners-style-shared-with-you = { $partner } fez um teste rápido sobre si e escolheu compartilhar o resultado com você: “{ $style }”. A partir de agora, os seus lembretes usam esse estilo. Se preferir escolher o estilo por conta própria, é só usar /settings; { $partner } não fica sabendo.
partners-style-shared-with-you-setup = { $partner } fez um teste rápido sobre si e escolheu compartilhar o resultado com você: “{ $style }”. Quando você configurar os seus lembretes com /start, esse estilo vai aparecer como opção.
partners-style-unshared-with-you = { $partner } parou de compartilhar o próprio estilo. Os seus lembretes voltam a usar a sua própria escolha.

## O que ajuda (até três tipos de cuidado)

# $max: quantos dá para escolher (3).
helps-intro = O que faz você sentir amor e segurança na relação? Escolha até { $max }. Se você compartilhar, { $partner } vê o que você escolheu, e os lembretes de { $partner } vão seguir nessa direção.
# Rótulos de botão (menos de 40 caracteres), na voz de quem lê, sem gênero.
help-kind-reassurance = Ouvir que está tudo bem entre nós
help-kind-appreciation = Sentir que me valorizam
help-kind-affection = Afeto e carinho
help-kind-together = Tempo a dois, com atenção total
help-kind-space = Um tempo só para mim, sem perguntas
help-kind-reliability = Saber que posso contar com meu amor
help-kind-view = Meu ponto de vista levado a sério
help-kind-credit = Reconhecimento pelo que eu faço
help-kind-calm = Conversas calmas quando discordamos
help-kind-support = Ajuda com as coisas do dia a dia
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = “{ $kind }”
# O botão de um tipo escolhido ($kind: o rótulo dele).
helps-picked = ✓ { $kind }
helps-too-many = No máximo { $max }: desmarque uma opção primeiro.
helps-pick-first = Escolha pelo menos uma opção primeiro.
helps-share-button = Compartilhar com { $partner }
helps-keep-button = Guardar só para mim
helps-stop-sharing-button = Parar de compartilhar
# $kinds: os tipos escolhidos, numa lista.
helps-shared = Compartilhado com { $partner }: { $kinds }. Os lembretes de { $partner } vão seguir nessa direção.
helps-shared-notice = Compartilhado
helps-kept = Certo, fica só com você. Se quiser compartilhar depois, é só mandar /partner.
helps-unshared = { $partner } não vê mais o que ajuda você.
# Para o outro lado.
partners-helps-shared-with-you = { $partner } compartilhou o que ajuda a sentir amor e segurança na relação: { $kinds }. Os seus lembretes vão seguir nessa direção.
partners-helps-unshared-with-you = { $partner } parou de compartilhar o que ajuda. Os seus lembretes voltam a ser escolhidos como antes.

## Escolher o próprio estilo em vez do estilo compartilhado

# $style: a escolha de quem lê.
partners-style-overridden = Agora os seus lembretes usam “{ $style }”, a sua própria escolha, em vez do estilo que { $partner } compartilhou. { $partner } não fica sabendo. Para voltar ao estilo compartilhado, mande /partner quando quiser.
partners-following-again = Os seus lembretes voltaram a usar o estilo que { $partner } compartilhou: “{ $style }”.

## /unlink

partners-unlink-question = Encerrar a conexão com { $partner }? O que cada um compartilhou deixa de ser usado, o resultado do seu teste e os tipos de cuidado que você escolheu são apagados, e os lembretes de cada um voltam a seguir só as próprias escolhas. { $partner } só vai saber que a conexão foi encerrada.
partners-unlink-confirm-button = Encerrar a conexão
partners-unlink-keep-button = Manter a conexão
partners-unlinked = A conexão foi encerrada. Nada do que vocês compartilharam será usado daqui em diante.
partners-unlinked-notice = Conexão encerrada
partners-unlink-kept = A conexão continua.
# Para o outro lado, depois de /unlink ou /delete.
partners-link-ended = A sua conexão com { $partner } foi encerrada. Os seus lembretes continuam como antes, com as suas próprias escolhas.
