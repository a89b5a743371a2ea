# /start and the setup questions: the partner's name, how to refer to them (gendered
# languages only), their style, the time zone, nudges a day and the times of day.
# Spanish: never gender the user («Todo listo» agrees with «todo»); $moment comes as
# «jue, 4 dic, 9:30», so «el { $moment } (hora local)».

# The first message after /start: what the bot does and what it stores.
onboarding-welcome =
    ¡Hola! Soy nudger. Te recordaré pequeños gestos concretos que le demuestran tu amor a tu pareja y le dan seguridad. Las investigaciones sobre el apego muestran que, con el tiempo, los gestos pequeños y constantes como estos alivian las preocupaciones de tu pareja.

    Qué guardo y para qué:
    • el nombre o apodo de tu pareja y el estilo que elijas, para elegir tus empujoncitos y cómo redactarlos
    • tu zona horaria, las horas de los empujoncitos, las horas de silencio y el día del resumen, para enviártelos en buenos momentos
    • qué empujoncitos recibiste, cuáles marcaste, cuándo hiciste una pausa y cuándo usaste /conflict, para mostrarte tu semana
    • tus respuestas al cuestionario, solo mientras lo estás haciendo

    No guardo tus mensajes ni tu ubicación (una ubicación compartida solo sirve para encontrar tu zona horaria). No comparto nada con nadie. Envía /export para recibir una copia de todo o /delete para borrarlo.

    Unas pocas preguntas rápidas y ya está.
onboarding-ask-name = ¿Cuál es el nombre o el apodo de tu pareja?

## How to refer to the partner: asked right after the name, only in languages whose
## sentences about the partner depend on their gender. /settings asks it again.

onboarding-ask-gender = En los mensajes, ¿cómo me refiero a { $partner }: como «ella», como «él» o solo por su nombre?
# The three answers: she, he, or phrasings that avoid gendered forms.
onboarding-gender-she = Ella
onboarding-gender-he = Él
onboarding-gender-name = Solo por su nombre

## The partner's style

# Above one line per style (common-style-line).
onboarding-ask-style = ¿Qué describe mejor a { $partner }?
# Below the styles.
onboarding-ask-style-footer = Esto solo decide qué ideas recibes. No es un diagnóstico, y puedes cambiarlo cuando quieras en /settings.

## Time zone, nudges a day, times of day

# $zone_now: the zone and its time now, as common-zone-now says it.
onboarding-zone-set = Zona horaria: { $zone_now }.
onboarding-ask-count = ¿Cuántos empujoncitos quieres al día?
onboarding-ask-windows = ¿Cuándo quieres recibirlos? Toca uno o varios momentos del día y luego «Guardar».
# Save with more nudges a day than fit 2 hours apart. $count: nudges a day asked (2 or 3);
# $fits: how many fit in the chosen times of day.
# Spanish: the verb agrees with $fits («cabe 1», «caben 2»), so it has a selector too.
onboarding-too-many = Para { $count ->
        [one] { $count } empujoncito
        [many] { $count } de empujoncitos
       *[other] { $count } empujoncitos
    } al día falta espacio: llegan con 2 horas de diferencia como mínimo, y en los momentos elegidos { $fits ->
        [one] solo cabe { $fits }
        [many] solo caben { $fits }
       *[other] solo caben { $fits }
    }. Añade otro momento del día o envía /start para pedir menos.

## Along the way

# A question once answered, as it stays in the chat. $question: the question's text;
# $answer: the answer ("Apego evitativo", "2").
onboarding-answered =
    { $question }

    Tu respuesta: { $answer }
onboarding-in-setup-tap = Por favor, usa los botones de la última pregunta.
onboarding-saved-notice = Guardado

## The plan, after Save

# $style: the style's name; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 empujoncitos
# al día"); $windows: the times of day in a sentence ("por la mañana y por la noche");
# $review: common-review-at ("cada domingo a las 19:00"); $quiet: common-quiet-hours ("22:00–8:00").
onboarding-summary =
    Todo listo. Este es tu plan:
    • Pareja: { $partner }
    • Estilo: { $style }
    • Zona horaria: { $zone }
    • { $nudges }, { $windows }
    • Tu resumen semanal: { $review }
    • Horas de silencio: { $quiet }, en las que no envío nada
# $moment: the first nudge's day and time, "lun, 23 nov, 9:12".
onboarding-summary-first = Tu primer empujoncito llega el { $moment } (hora local).
onboarding-summary-end = Cada uno es algo pequeño que puedes hacer por { $partner }, con los botones Hecho, Saltar y Posponer. Envía /now si quieres uno ahora mismo, /settings para cambiar cualquier cosa de esto o /help para todo lo demás.

# Below the style question when the user's linked partner shared their own quiz result.
# $name: the partner as the user knows them in the link; $style: the style's name.
# Spanish: $name's gender is unknown, so no pronoun or participle refers to it.
onboarding-partner-shared-style = { $name } hizo un cuestionario breve sobre cómo vive la relación y compartió el resultado contigo: «{ $style }». Tócalo si quieres que tus empujoncitos sigan ese estilo.
