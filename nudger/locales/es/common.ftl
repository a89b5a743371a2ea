# What the bot says in more than one feature. Each feature's own words are in its own file.
# Every message may use { $partner } (the partner's name, or partner-unnamed) and
# { $gender } (she, he or name) for languages whose grammar needs it.

# The partner, in a sentence, when the user has not named them (yet).
partner-unnamed = tu pareja

common-not-set-up = Todavía no tienes nada configurado aquí. Envía /start para empezar.
common-unknown-text = No tengo respuesta para eso. Envía /help para ver lo que puedo hacer.
common-bad-button = Perdona, no entendí ese botón.
common-not-yours = Ese botón ya no es válido.
common-stale-question = Esa pregunta ya tiene respuesta.
common-something-wrong = Perdona, algo falló por mi parte y no se cambió nada. Vuelve a intentarlo en un momento.

## Asked in setup and again in /settings

common-bad-name = Envíame un nombre de hasta 40 caracteres (con letras o números, no solo emojis o símbolos).
# City examples adapted for Spanish readers (each resolves to its zone).
common-ask-timezone = ¿En qué zona horaria estás? Envía su nombre, como Europe/Berlin, o una ciudad cercana, como Madrid, Ciudad de México o Buenos Aires.
common-need-window = Primero elige al menos un momento del día.
# $shown: what they typed (cut to 30 characters).
common-bad-timezone = No encontré ninguna zona horaria para «{ $shown }». { common-timezone-examples }
common-bad-timezone-empty = El mensaje estaba vacío. { common-timezone-examples }
common-timezone-examples = Prueba con el nombre de una zona, como Europe/Berlin, America/New_York o Asia/Tokyo, o con una ciudad grande cerca de ti, como Barcelona, Bogotá o Lima.

    { common-ask-timezone }

## Values as the setup summary and /settings show them

common-per-day = { $count ->
        [one] { $count } empujoncito al día
        [many] { $count } empujoncitos al día
       *[other] { $count } empujoncitos al día
    }
# $day: the weekday's name ("domingo"); $time: "19:00" (review hours are 9 to 19, so "a las").
# "cada" because "los { $day }" would give "los sábado".
common-review-at = cada { $day } a las { $time }
# $start, $end: "22:00", "8:00".
common-quiet-hours = { $start }–{ $end }
# $zone: "Europe/Berlin"; $time: the time there now (may be 1:05, so no "son las").
common-zone-now = { $zone } (hora actual: { $time })

## Shown by setup and /settings alike

# The Save button under the times of day.
common-save-button = Guardar
# One line per style under the style question. $style: the style's name ("Apego ansioso");
# $description: its one-line description (from styles.ftl).
common-style-line = { $style }: { $description }.
# The parts of the day inside a sentence ("nudges in the morning and evening"): the code
# joins them with the language's list format, in the order of the day.
# Spanish: each with its own "por la", so the list reads "por la mañana y por la noche" and
# never bare "mañana" (tomorrow). Sentences that use the list put no preposition before it.
common-window-in-sentence-morning = por la mañana
common-window-in-sentence-afternoon = por la tarde
common-window-in-sentence-evening = por la noche
