# The bot's profile and command menu: set with setMyDescription, setMyShortDescription and
# setMyCommands for each language at start. /help lists the same lines.
# The commands themselves stay in English (/start, /now ...), as on all of Telegram.

# What a person sees in an empty chat with the bot, before pressing Start (max 512).
# Telegram's Spanish Start button reads «Iniciar».
bot-description =
    nudger te recuerda, a las horas que eliges, pequeños gestos concretos que le demuestran tu amor a tu pareja y le dan seguridad.

    Con el tiempo, los gestos pequeños y constantes como estos alivian las preocupaciones de tu pareja. Toca «Iniciar» y lo configuras en un minuto.
# On the bot's profile page and in shared links (max 120).
bot-short-description = Empujoncitos a la hora que elijas para que tu pareja sienta tu amor y tenga más seguridad.

# One line per command (max 256 each; keep them short). Spanish: infinitives, as menus do.
menu-start = Configurar (o rehacer) los datos de tu pareja y tus horarios
menu-now = Recibir un empujoncito ahora mismo
menu-week = Tu semana: gráfico, racha y una idea para la próxima
menu-conflict = Tres pasos para un momento de tensión, ahora mismo
menu-quiz = Un cuestionario breve para descubrir el estilo de tu pareja
menu-settings = Cambiar nombre, horarios, estilo, resumen y horas de silencio
menu-pause = Pausar los empujoncitos un tiempo (p. ej., /pause 1w) o hasta que los reanudes
menu-resume = Reanudar los empujoncitos
menu-invite = Invitar a tu pareja a vincularse contigo (opcional)
menu-partner = Lo que se comparte en la vinculación con tu pareja
menu-unlink = Deshacer la vinculación con tu pareja
menu-export = Descargar todos tus datos en un archivo
menu-delete = Borrar todo lo que sé de ti
menu-help = Qué puedo hacer

help-intro = Te mando empujoncitos a las horas que eliges: cada uno es una cosa concreta que hacer por tu pareja, pensada para darle seguridad. Marca cada uno con Hecho, Saltar o Posponer.
# After the list of commands: what linking never shares, said plainly.
help-partners = Vincularte con tu pareja (/invite) es opcional, y cada parte elige qué compartir: el nombre de un estilo, lo que le ayuda. Ninguna de las dos partes ve nunca los empujoncitos, las respuestas, los resúmenes, las pausas ni los ajustes de la otra, y tu pareja nunca se entera de si un empujoncito tenía que ver con su persona.
# One line of /help: $command is "/start", $about its menu line.
help-line = { $command } - { $about }
