# /settings: o menu com cada valor atual, um editor por configuração, o que cada mudança
# confirma, e uma localização compartilhada (usada só para descobrir o fuso horário).
# Datas e horas sem artigo: depois de dois-pontos ou de "até" ("Próximo lembrete: { $moment }").

## Os botões do menu

settings-name-button = Nome do seu amor
settings-style-button = Estilo
settings-zone-button = Fuso horário
settings-count-button = Lembretes por dia
settings-windows-button = Períodos do dia
settings-review-button = Resumo da semana
settings-quiet-button = Horário de silêncio
settings-language-button = Idioma
# Só aparece nos idiomas em que as frases sobre quem o usuário ama dependem do gênero.
settings-gender-button = Como me refiro a { $partner }
settings-close-button = Fechar
settings-back-button = « Voltar
settings-quiz-button = Fazer o teste

## O menu

settings-menu-title = Suas configurações
settings-menu-partner = • Seu amor: { $partner }
# $style: o nome do estilo ("Apego ansioso", "Não sei dizer").
settings-menu-style = • Estilo: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (hora local agora: 08:00)").
settings-menu-zone = • Fuso horário: { $zone_now }
# $nudges: common-per-day ("2 lembretes por dia").
settings-menu-count = • Frequência: { $nudges }
# $windows: os períodos do dia numa frase ("manhã e noite"), ou settings-menu-no-windows.
settings-menu-windows = • Períodos do dia: { $windows }
settings-menu-no-windows = nenhum
# $review: common-review-at ("domingo, às 19:00").
settings-menu-review = • Resumo da semana: { $review }
# $quiet: common-quiet-hours ("22:00–08:00").
settings-menu-quiet = • Horário de silêncio: { $quiet }
# $language: o nome do idioma nele mesmo ("English", "Deutsch").
settings-menu-language = • Idioma: { $language }
# Só nos idiomas com gênero; $gender é como o usuário pediu que eu me refira a quem ele ama.
settings-menu-gender = • Como me refiro a { $partner }: { $gender ->
        [she] ela
        [he] ele
       *[name] só pelo nome
    }
settings-menu-on = • Lembretes ativados.
# $moment: "sáb., 5 de dez. 08:00", no fuso do usuário.
settings-menu-paused-until = • Lembretes pausados até { $moment } (no seu fuso horário).
settings-menu-paused = • Lembretes pausados até você mandar /resume.
# $moment: "seg., 23 de nov. 09:12", no fuso do usuário.
settings-menu-next = • Próximo lembrete: { $moment } (no seu fuso horário)
settings-menu-footer = Toque no que você quer mudar.
settings-closed = Configurações fechadas. Mande /settings quando quiser mudar alguma coisa.
settings-closed-notice = Fechado
settings-no-change = Isso já está assim.

## Os editores

settings-ask-new-name = Mande o novo nome ou apelido numa mensagem.
settings-name-editor =
    No momento, chamo quem você ama de { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } Ou toque em Voltar na mensagem das configurações para manter o nome atual.
settings-location-promise = Uso a localização só para descobrir o seu fuso horário, e não a guardo.
settings-ask-new-zone = Mande o nome do seu fuso horário, como Europe/Berlin, ou de uma cidade perto de você, como Recife ou Lisboa. Você também pode compartilhar uma localização (📎 → Localização), e eu descubro o fuso horário de lá. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Seu fuso horário é { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (o que havia de errado com o fuso digitado, e exemplos).
settings-bad-zone = { $problem } Você também pode compartilhar uma localização, e eu descubro o fuso horário de lá.
# Acima de uma linha por estilo (common-style-line). $style: o nome do estilo atual.
settings-style-editor = Qual destas opções mais combina com { $partner }? No momento: { $style }.
settings-style-editor-footer = Isso só define quais ideias você recebe; não é um diagnóstico. Não sabe dizer? O teste rápido pode ajudar.
# $nudges: common-per-day ("1 lembrete por dia").
settings-count-editor = No momento, você recebe { $nudges }. Quantos você quer?
# $chosen: os períodos do dia numa frase ("manhã e noite"), ou settings-windows-none.
settings-windows-editor =
    Em que períodos do dia os lembretes devem chegar? Toque para escolher um ou mais e depois em Salvar.

    Escolhidos: { $chosen }.
settings-windows-none = nenhum ainda
# $review: common-review-at ("domingo, às 19:00"), depois de dois-pontos.
settings-review-day-editor = Resumo da semana: { $review } (no seu fuso horário). É uma olhada rápida em como foi a sua semana. Que dia é melhor para você?
# $day: o dia da semana por extenso ("terça-feira"), sem artigo e sem plural.
settings-review-hour-editor = Resumo da semana: { $day }. Em que horário?
# $quiet: common-quiet-hours ("22:00–08:00").
settings-quiet-start-editor = No momento, o horário de silêncio é { $quiet }: nada de lembretes nesse período. Quando ele deve começar?
# $start: "21:00".
settings-quiet-end-editor = Início do silêncio: { $start }. E até que horas da manhã?
# Cada idioma aparece no botão com o próprio nome; esta pergunta vem no idioma atual.
settings-language-editor = Em que idioma devo falar com você?
# Respondido com onboarding-gender-she, -he ou -name. $gender: a escolha atual.
settings-gender-editor = Como devo me referir a { $partner }? No momento: { $gender ->
        [she] ela
        [he] ele
       *[name] só pelo nome
    }.

## O que não dá para salvar (o aviso do toque: cada um com menos de 190 caracteres)

# $time: a hora do resumo ("09:00"); $quiet: common-quiet-hours ("22:00–10:00").
settings-review-in-quiet-hours = O resumo da semana às { $time } cairia no horário de silêncio ({ $quiet }). Escolha outro horário de silêncio ou outra hora para o resumo.
# $count: quantos lembretes por dia cabem (1–3); $windows: os períodos do dia numa frase
# ("manhã e noite"), depois de dois-pontos.
settings-too-many = Com 2 horas de intervalo, { $count ->
        [0] não cabe nenhum lembrete
        [one] cabe no máximo { $count } lembrete
        [many] cabem no máximo { $count } de lembretes
       *[other] cabem no máximo { $count } lembretes
    } nestes períodos: { $windows }. Escolha menos lembretes por dia ou mais um período do dia.
# Como settings-too-many, quando o horário de silêncio deixa menos espaço. $start, $end: "22:00", "10:00".
settings-too-many-quiet = Fora do silêncio ({ $start }–{ $end }) e com 2 horas de intervalo, { $count ->
        [0] não cabe nenhum lembrete
        [one] cabe no máximo { $count } lembrete
        [many] cabem no máximo { $count } de lembretes
       *[other] cabem no máximo { $count } lembretes
    } nestes períodos: { $windows }. Escolha menos lembretes, mais um período ou encurte o silêncio.

## O que uma mudança salvou: a linha acima do menu e o aviso do toque

# $nudges: common-per-day ("3 lembretes por dia").
settings-saved-count = Salvo: { $nudges }.
# $style: o nome do estilo.
settings-saved-style = Salvo: agora o estilo é { $style }.
# $zone_now: common-zone-now.
settings-saved-zone = Salvo: agora o seu fuso horário é { $zone_now }.
# $windows: os períodos do dia numa frase ("manhã e noite").
settings-saved-windows = Salvo. Períodos do dia: { $windows }.
# $review: common-review-at.
settings-saved-review = Salvo. Resumo da semana: { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Salvo. Horário de silêncio: { $quiet }.
# $partner é o novo nome.
settings-saved-name = Salvo: agora o nome de quem você ama é { $partner }.
settings-name-kept = O nome continua { $partner }.
# Dito no novo idioma. $language: o nome dele nele mesmo ("Deutsch").
settings-saved-language = Salvo: vou falar com você em { $language }.
# $gender: a nova escolha.
settings-saved-gender = Salvo: vou me referir a { $partner } { $gender ->
        [she] como ela
        [he] como ele
       *[name] só pelo nome
    }.

## Uma localização compartilhada

settings-location-not-set-up = Obrigado. Só uso uma localização compartilhada para descobrir o fuso horário, então não guardei a sua. Ainda não configuramos nada: mande /start para começar.
settings-location-not-now = Obrigado. Só uso uma localização compartilhada para descobrir o fuso horário, então não guardei a sua. Antes, responda à pergunta acima; daqui a pouco eu pergunto o seu fuso horário.
settings-bad-location = Essa localização não parece certa, então não consegui usá-la. Compartilhe de novo ou mande o nome de uma cidade perto de você.
settings-no-zone-there = Não encontrei um fuso horário aí; parece ser mar aberto. Compartilhe um lugar em terra firme ou mande o nome de uma cidade perto de você, como Recife ou Lisboa.
# $zone_now: common-zone-now.
settings-location-offer =
    Parece que é { $zone_now }. Posso usar esse fuso?

    { settings-location-promise }
# $zone: "America/New_York".
settings-use-zone-button = Usar { $zone }
settings-decline-zone-button = Não
settings-declined-waiting = Certo, não vou usar. Então mande o nome do seu fuso horário, como Europe/Berlin, ou de uma cidade perto de você.
settings-declined = Certo, o seu fuso horário continua como estava.
settings-declined-notice = Certo

## A conexão com quem o usuário ama (/invite, /partner)

# A linha do estilo quando os lembretes usam o estilo que a pessoa da conexão compartilhou.
# $style: o nome dele; $name: essa pessoa, como o usuário a conhece na conexão (gênero
# desconhecido).
settings-menu-style-shared = • Estilo: { $style } (compartilhado por { $name })
settings-menu-linked = • Conexão com { $name } (/partner)
# $moment: quando o convite em aberto expira ("sáb., 5 de dez. 08:00").
settings-menu-invitation-open = • Convite em aberto até { $moment } (/invite)
settings-menu-not-linked = • Sem conexão com seu amor no nudger (/invite, opcional)
