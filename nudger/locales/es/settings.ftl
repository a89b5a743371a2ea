# /settings: the menu with every current value, one editor per setting, what a change
# confirms, and a shared location (used only to find a time zone).
# Spanish: $windows is «por la mañana y por la noche» (no preposition before it); $review is
# «cada domingo a las 19:00»; $moment is «jue, 4 dic, 9:30». The gender choice reads
# «como ella», «como él», «solo por su nombre».

## The menu's buttons

settings-name-button = Nombre de tu pareja
settings-style-button = Estilo
settings-zone-button = Zona horaria
settings-count-button = Empujoncitos al día
settings-windows-button = Momentos del día
settings-review-button = Resumen semanal
settings-quiet-button = Horas de silencio
settings-language-button = Idioma
# Shown only in languages whose sentences about the partner depend on their gender.
settings-gender-button = Cómo me refiero a { $partner }
settings-close-button = Cerrar
settings-back-button = « Volver
settings-quiz-button = Hacer el cuestionario

## The menu

settings-menu-title = Tus ajustes
settings-menu-partner = • Pareja: { $partner }
# $style: the style's name ("Apego ansioso", "No lo sé").
settings-menu-style = • Estilo: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (hora actual: 8:00)").
settings-menu-zone = • Zona horaria: { $zone_now }
# $nudges: common-per-day ("2 empujoncitos al día"), so not «Empujoncitos:» again.
settings-menu-count = • Frecuencia: { $nudges }
# $windows: the times of day in a sentence ("por la mañana y por la noche"), or settings-menu-no-windows.
settings-menu-windows = • Momentos del día: { $windows }
settings-menu-no-windows = ninguno
# $review: common-review-at ("cada domingo a las 19:00").
settings-menu-review = • Resumen semanal: { $review }
# $quiet: common-quiet-hours ("22:00–8:00").
settings-menu-quiet = • Horas de silencio: { $quiet }
# $language: the language's own name ("English", "Español").
settings-menu-language = • Idioma: { $language }
# In a gendered language only; $gender is how the user asked me to refer to the partner.
settings-menu-gender = • Cómo me refiero a { $partner }: { $gender ->
        [she] como ella
        [he] como él
       *[name] solo por su nombre
    }
settings-menu-on = • Los empujoncitos están activos.
# $moment: "sáb, 5 dic, 8:00", in the user's time zone.
settings-menu-paused-until = • En pausa hasta el { $moment } (hora local).
settings-menu-paused = • En pausa hasta que envíes /resume.
# $moment: "lun, 23 nov, 9:12", in the user's time zone.
settings-menu-next = • Próximo empujoncito: { $moment } (hora local)
settings-menu-footer = Toca lo que quieras cambiar.
settings-closed = Ajustes cerrados. Envía /settings cuando quieras cambiar algo.
settings-closed-notice = Cerrado
settings-no-change = Ya estaba así.

## The editors

settings-ask-new-name = Envíame el nuevo nombre o apodo en un mensaje.
settings-name-editor =
    Ahora mismo llamo a tu pareja { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } O toca «Volver» en el mensaje de ajustes para conservar el nombre que tienes.
settings-location-promise = Solo la uso para encontrar tu zona horaria, y no la guardo.
# City examples adapted for Spanish readers (each resolves to its zone).
settings-ask-new-zone = Envía el nombre de tu zona horaria, como Europe/Berlin, o el de una ciudad cercana, como Madrid o Ciudad de México. También puedes compartir una ubicación (📎 → Ubicación) y busco su zona horaria. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Tu zona horaria es { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (what was wrong with the typed zone, and examples).
settings-bad-zone = { $problem } También puedes compartir una ubicación y busco su zona horaria.
# Above one line per style (common-style-line). $style: the current style's name.
settings-style-editor = ¿Qué describe mejor a { $partner }? Ahora mismo: { $style }.
settings-style-editor-footer = Esto solo decide qué ideas recibes; no es un diagnóstico. ¿No lo tienes claro? El cuestionario breve puede ayudarte.
# $nudges: common-per-day ("1 empujoncito al día").
settings-count-editor = Ahora recibes { $nudges }. ¿Cuántos quieres?
# $chosen: the times of day in a sentence ("por la mañana y por la noche"), or settings-windows-none.
settings-windows-editor =
    ¿Cuándo quieres recibir los empujoncitos? Toca uno o varios momentos del día y luego «Guardar».

    Tu elección: { $chosen }.
settings-windows-none = nada todavía
# $review: common-review-at ("cada domingo a las 19:00").
settings-review-day-editor = Tu resumen semanal llega { $review } (hora local): un breve repaso de tu semana. ¿Qué día prefieres?
# $day: the weekday's name ("martes"); «cada», as in common-review-at.
settings-review-hour-editor = Resumen semanal cada { $day }. ¿A qué hora?
# $quiet: common-quiet-hours ("22:00–8:00").
settings-quiet-start-editor = Ahora tus horas de silencio son { $quiet }: en ese tiempo no te llegan empujoncitos. ¿Cuándo quieres que empiecen?
# $start: "21:00" (quiet hours start at 20, 21 or 22, so "las").
settings-quiet-end-editor = Silencio desde las { $start }. ¿Hasta qué hora de la mañana?
# Each language's button shows its own name; this question is shown in the current language.
settings-language-editor = ¿En qué idioma quieres que te hable?
# Answered with onboarding-gender-she, -he or -name. $gender: the current choice.
settings-gender-editor = En los mensajes, ¿cómo me refiero a { $partner }? Ahora mismo: { $gender ->
        [she] como ella
        [he] como él
       *[name] solo por su nombre
    }.

## What can't be saved (the tap's notice: keep each under 190 characters)

# $time: the review's time ("9:00"); $quiet: common-quiet-hours ("22:00–10:00").
# Shown when a new review time or new quiet hours would clash, so it offers both fixes.
settings-review-in-quiet-hours = Tu resumen semanal de las { $time } caería dentro de tus horas de silencio ({ $quiet }). Elige otras horas de silencio u otra hora para el resumen.
# $count: how many nudges a day fit (1–3); $windows: the times of day in a sentence
# ("por la mañana y por la noche").
settings-too-many = Solo { $count ->
        [one] cabe { $count } empujoncito
        [many] caben { $count } de empujoncitos
       *[other] caben { $count } empujoncitos
    } { $windows } con 2 horas entre uno y otro. Elige menos al día o añade otro momento del día.
# As settings-too-many, when quiet hours leave less room. $start, $end: "22:00", "10:00".
settings-too-many-quiet = Solo { $count ->
        [one] cabe { $count } empujoncito
        [many] caben { $count } de empujoncitos
       *[other] caben { $count } empujoncitos
    } { $windows }, con 2 h entre uno y otro, fuera de tus horas de silencio ({ $start }–{ $end }). Elige menos, añade otro momento del día o acórtalas.

## What a change saved: the line above the menu, and the tap's notice

# $nudges: common-per-day ("3 empujoncitos al día").
settings-saved-count = Guardado: { $nudges }.
# $style: the style's name.
settings-saved-style = Guardado: ahora el estilo es { $style }.
# $zone_now: common-zone-now.
settings-saved-zone = Guardado: tu zona horaria es { $zone_now }.
# $windows: the times of day in a sentence ("por la mañana y por la noche").
settings-saved-windows = Guardado: empujoncitos { $windows }.
# $review: common-review-at ("cada domingo a las 19:00").
settings-saved-review = Guardado: resumen semanal { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Guardado: tus horas de silencio son { $quiet }.
# $partner is the new name.
settings-saved-name = Guardado: ahora llamo a tu pareja { $partner }.
settings-name-kept = El nombre sigue siendo { $partner }.
# Said in the new language. $language: its own name ("Español", capitalized, so after a colon).
settings-saved-language = Guardado. Idioma: { $language }.
# $gender: the new choice.
settings-saved-gender = Guardado: me referiré a { $partner } { $gender ->
        [she] como ella
        [he] como él
       *[name] solo por su nombre
    }.

## A shared location

settings-location-not-set-up = Gracias. Una ubicación compartida solo la uso para encontrar tu zona horaria, así que no la guardé. Todavía no tienes nada configurado: envía /start para empezar.
settings-location-not-now = Gracias. Una ubicación compartida solo la uso para encontrar tu zona horaria, así que no la guardé. Primero responde a la pregunta de arriba; en un momento te pregunto tu zona horaria.
settings-bad-location = Esa ubicación no parece correcta, así que no pude usarla. Vuelve a compartirla o envía el nombre de una ciudad cercana.
settings-no-zone-there = No encontré ninguna zona horaria ahí; parece mar abierto. Comparte un lugar en tierra firme o envía el nombre de una ciudad cercana, como Madrid o Bogotá.
# $zone_now: common-zone-now.
settings-location-offer =
    Parece que tu zona horaria es { $zone_now }. ¿La uso?

    { settings-location-promise }
# $zone: "America/New_York".
settings-use-zone-button = Usar { $zone }
settings-decline-zone-button = No
settings-declined-waiting = De acuerdo, no la uso. En su lugar, envía el nombre de tu zona horaria, como Europe/Berlin, o el de una ciudad cercana.
settings-declined = De acuerdo, tu zona horaria se queda como estaba.
settings-declined-notice = De acuerdo

## The link with the partner (/invite, /partner)
## Spanish: the link is «la vinculación» (as in partners.ftl).

# The style line when the nudges use the style the linked partner shared.
# $style: its name; $name: the partner, as the user knows them in the link.
settings-menu-style-shared = • Estilo: { $style } (compartido por { $name })
settings-menu-linked = • Vinculación activa con { $name } (/partner)
# $moment: when the open invitation runs out ("sáb, 5 dic, 8:00").
settings-menu-invitation-open = • Invitación válida hasta el { $moment }, hora local (/invite)
settings-menu-not-linked = • Sin vinculación con tu pareja (/invite, opcional)
