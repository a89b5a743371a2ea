# /week and the weekly review: the caption under the picture, the picture's own labels,
# and the buttons to other weeks.

## Buttons and notices

week-no-such-week = Puedo mostrarte las semanas desde tu primer empujoncito, hasta un año atrás.
week-this-week-button = Esta semana ▶
# $day: the Monday the week starts on, "16 nov".
week-of = Semana del { $day }
# $day as above, $year: "2026". Drawn as the chart's title.
week-chart-title = Semana del { $day } de { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## The caption (at most 1,024 characters in all)

# $span: the days covered, "lun, 16 nov – dom, 22 nov".
week-caption-title = Tu semana: { $span }
week-paused-all-week = Los empujoncitos estuvieron en pausa toda la semana.
week-paused-so-far = Esta semana, hasta ahora, los empujoncitos están en pausa.
week-nothing-sent = Esta semana no se envió nada.
week-nothing-sent-yet = Aún no se ha enviado nada esta semana.
# "enviado(s)" agrees with $sent.
week-tally = Hechos: { $done } de { $sent ->
        [one] { $sent } enviado
        [many] { $sent } enviados
       *[other] { $sent } enviados
    }.
# $details: a list of week-tally-skipped, week-tally-unanswered and week-tally-open.
week-tally-details = Hechos: { $done } de { $sent ->
        [one] { $sent } enviado
        [many] { $sent } enviados
       *[other] { $sent } enviados
    } ({ $details }).
week-tally-skipped = { $count ->
        [one] { $count } saltado
        [many] { $count } saltados
       *[other] { $count } saltados
    }
week-tally-unanswered = { $count } sin respuesta
week-tally-open = { $count ->
        [one] { $count } pendiente
        [many] { $count } pendientes
       *[other] { $count } pendientes
    }
# $category: a category's name (category-*).
week-done-most = Lo que más hiciste: { $category }.
week-skipped-most = Lo que más saltaste: { $category }.
# $current, $longest: days in a row; $score: 0 to 100.
week-streak = Racha: { week-days } (tu récord: { $longest ->
        [one] { $longest } día
        [many] { $longest } días
       *[other] { $longest } días
    }). Constancia: { $score }/100.
# Early on the score is low by design: said so, so it doesn't read as a bad grade.
week-streak-early = Racha: { week-days } (tu récord: { $longest ->
        [one] { $longest } día
        [many] { $longest } días
       *[other] { $longest } días
    }). Constancia: { $score }/100 (sube con las semanas).
week-days = { $current ->
        [one] { $current } día
        [many] { $current } días
       *[other] { $current } días
    }
week-missed-day = Un día en blanco no borra una buena racha: la puntuación cambia despacio a propósito.
week-paused-days-kept = En los días de pausa, tu racha y tu puntuación se quedaron como estaban.
# When the user's linked partner shares what helps them (never says what). Keep it short.
week-partner-helps = { $partner } compartió lo que le ayuda, y tus empujoncitos fueron en esa línea.

## The suggestion: why (from the figures), then what to do, worded for the partner's style

# $what: one of the week-what-* messages (they start in lowercase after the colon).
week-next-week = La próxima semana: { $what }
week-rest-of-week = Para el resto de la semana: { $what }
# $why: one of the week-why-* messages.
week-next-week-why = { $why } La próxima semana: { $what }
week-rest-of-week-why = { $why } Para el resto de la semana: { $what }

week-what-resume = cuando vuelvan los empujoncitos, empieza con algo pequeño. Tu racha y tu puntuación siguen donde las dejaste.
week-what-quiet = empieza con algo pequeño. Cuando tengas un minuto libre, envía /now y haz solo ese empujoncito por { $partner }.
week-why-start-small = Aún no hay ninguno marcado como hecho.
week-what-start-small-anxious = elige un empujoncito al día y haz solo ese. Ya cuenta un mensaje de dos líneas a { $partner } para decirle: «Estoy pensando en ti».
# Also for the "Both" style.
week-what-start-small-avoidant = elige un empujoncito al día y haz solo ese. Ya cuenta algo sencillo y discreto, como darle las gracias a { $partner } por algo que hizo.
week-what-start-small-other = elige un empujoncito al día y haz solo ese. Ya cuentan unas palabras breves y cariñosas para { $partner }.
week-why-new-time = La mayoría de los empujoncitos quedaron sin respuesta, así que quizá te lleguen en momentos de mucho ajetreo.
week-what-new-time = elige horas en las que sueles tener tiempo (envía /settings para cambiarlas).
# $skipped of $settled nudges of one category ($category) were skipped.
week-why-ease-off-category = Saltaste { $skipped } de { $settled ->
        [one] { $settled } empujoncito
        [many] { $settled } empujoncitos
       *[other] { $settled } empujoncitos
    } de { $category }.
week-why-ease-off = Saltaste { $skipped } de { $sent ->
        [one] { $sent } empujoncito
        [many] { $sent } empujoncitos
       *[other] { $sent } empujoncitos
    }.
week-what-ease-off-avoidant = prueba con menos empujoncitos o con un momento del día más tranquilo. { $partner } valora tener su propio espacio, y dárselo también es cuidar (envía /settings para cambiar las dos cosas).
week-what-ease-off-fearful = prueba con menos empujoncitos o con un momento del día más tranquilo. { $partner } se va abriendo a su propio ritmo, y con suavidad y constancia basta (envía /settings para cambiar las dos cosas).
week-what-ease-off-anxious = en vez de saltarlos, prueba con la versión más pequeña: un «Estoy pensando en ti» rápido a { $partner } ya le da seguridad. Tener menos empujoncitos también está bien (envía /settings para cambiarlo).
week-what-ease-off-other = prueba con menos empujoncitos al día o con otra hora (envía /settings para cambiarlo).
week-why-keep = ¡Qué buena semana!
week-what-keep = mantén las mismas horas y el mismo número de empujoncitos.
# $category: the category's name as it starts a sentence (its .start). Spanish: a label and
# a colon, so no verb has to agree with a plural name such as «Detalles».
week-what-keep-category = mantén las mismas horas y el mismo número de empujoncitos. { $category }: te está dando buen resultado, así que sigue por ahí.
# $count: this week's done + 1.
week-what-one-more = intenta completar { $count ->
        [one] { $count } empujoncito
        [many] { $count } empujoncitos
       *[other] { $count } empujoncitos
    }, uno más que esta semana.
week-what-one-more-category = intenta completar { $count ->
        [one] { $count } empujoncito
        [many] { $count } empujoncitos
       *[other] { $count } empujoncitos
    }, uno más que esta semana. Empieza por los de { $category }: es lo que más hiciste.

week-therapy-skips = Las últimas tres semanas hubo más saltados que hechos, y no pasa nada: hay épocas difíciles. Si te parece oportuno, la terapia de pareja puede ayudar, según la investigación que inspira estos empujoncitos: un espacio para trabajar en común las necesidades de ambas partes.
week-therapy-conflict = Últimamente ha habido varios momentos de tensión. Si te parece oportuno, la terapia de pareja puede ayudar, según la investigación que inspira estos empujoncitos: un espacio para trabajar en común las necesidades de ambas partes.

## The picture (short: drawn on a phone-sized chart)

# $current: days in a row, $longest: the longest run, $score: 0 to 100.
chart-header-streak = Racha: { week-days } (récord: { $longest })  ·  Constancia: { $score }/100
chart-header-done = Hechos: { $done } de { $sent ->
        [one] { $sent } enviado
        [many] { $sent } enviados
       *[other] { $sent } enviados
    }
chart-paused = en pausa
chart-done = Hechos
chart-skipped = Saltados
chart-unanswered = Sin respuesta
chart-open = Pendientes
chart-paused-all-week = En pausa toda la semana
chart-paused-so-far = En pausa
chart-nothing-sent = No se envió nada esta semana
chart-nothing-sent-yet = Aún no se ha enviado nada
chart-by-category = Hechos por categoría
chart-no-nudges = Aún no hay empujoncitos que mostrar
# $percent: "75 %", $done of $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## The kinds of care (the catalog's categories); .start is the form that starts a sentence

category-reassurance = seguridad
    .start = Seguridad
category-commitment = compromiso
    .start = Compromiso
category-positive_regard = valoración positiva
    .start = Valoración positiva
category-gratitude = gratitud
    .start = Gratitud
category-closeness = cercanía
    .start = Cercanía
category-trust = confianza
    .start = Confianza
category-autonomy = autonomía
    .start = Autonomía
category-space = espacio
    .start = Espacio
category-validation = validación
    .start = Validación
category-credit = reconocimiento
    .start = Reconocimiento
category-calm_conflict = calma en los conflictos
    .start = Calma en los conflictos
category-appreciation = aprecio
    .start = Aprecio
category-attention = atención
    .start = Atención
category-kindness = detalles
    .start = Detalles
category-support = apoyo
    .start = Apoyo
category-connection = conexión
    .start = Conexión
