# O perfil do bot e o menu de comandos: definidos com setMyDescription, setMyShortDescription
# e setMyCommands para cada idioma na inicialização. O /help lista as mesmas linhas.
# Os comandos continuam em inglês (/start, /now ...), como em todo o Telegram.

# O que a pessoa vê numa conversa vazia com o bot, antes de tocar em Iniciar (máx. 512).
bot-description =
    O nudger lembra você de fazer coisas pequenas e concretas que ajudam a pessoa que você ama a se sentir amada e segura, nos horários que você escolher.

    Gestos pequenos e constantes como esses aliviam, com o tempo, as preocupações de quem você ama. Toque em Iniciar e configure tudo em um minuto.
# No perfil do bot e em links compartilhados (máx. 120).
bot-short-description = Pequenos lembretes na hora certa para a pessoa que você ama se sentir amada e segura.

# Uma linha por comando (máx. 256 cada; quanto mais curta, melhor).
menu-start = Configurar (ou refazer): quem você ama e os horários
menu-now = Receber um lembrete agora mesmo
menu-week = Sua semana: gráfico, sequência e uma ideia para a próxima
menu-conflict = Três passos para um momento tenso, agora mesmo
menu-quiz = Um teste rápido para descobrir o estilo do seu amor
menu-settings = Mudar nome, horários, estilo, dia do resumo e horário de silêncio
menu-pause = Pausar os lembretes por um tempo (ex.: /pause 1w) ou até retomar
menu-resume = Retomar os lembretes
menu-invite = Convidar quem você ama para uma conexão (opcional)
menu-partner = O que você e seu amor compartilham na conexão
menu-unlink = Encerrar a conexão com seu amor
menu-export = Baixar todos os seus dados em um arquivo
menu-delete = Apagar tudo o que sei sobre você
menu-help = O que eu sei fazer

help-intro = Eu mando para você pequenos lembretes na hora certa: uma coisa concreta para fazer por quem você ama, escolhida pelo que ajuda essa pessoa a se sentir segura. Responda a cada um com Feito, Pular ou Adiar.
# Depois da lista de comandos: o que a conexão nunca compartilha, dito com clareza.
help-partners = A conexão com quem você ama (/invite) é opcional, e cada um escolhe o que compartilhar: o nome de um estilo e o que ajuda. Nenhum dos lados vê os lembretes, as respostas, os resumos, as pausas ou as configurações do outro, e a pessoa que você ama nunca fica sabendo se um lembrete foi sobre ela.
# Uma linha do /help: $command é "/start", $about é a linha do menu.
help-line = { $command } - { $about }
