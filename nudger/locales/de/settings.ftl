# /settings: the menu with every current value, one editor per setting, what a change
# confirms, and a shared location (used only to find a time zone).

## The menu's buttons

settings-name-button = Name deines Schatzes
settings-style-button = Stil
settings-zone-button = Zeitzone
settings-count-button = Impulse am Tag
settings-windows-button = Tageszeiten
settings-review-button = Wochenrückblick
settings-quiet-button = Ruhezeiten
settings-language-button = Sprache
# Shown only in languages whose sentences about the partner depend on their gender.
settings-gender-button = Wie ich von { $partner } spreche
settings-close-button = Schließen
settings-back-button = « Zurück
settings-quiz-button = Quiz machen

## The menu

settings-menu-title = Deine Einstellungen
settings-menu-partner = • Dein Schatz: { $partner }
# $style: the style's name ("Ängstlich", "Weiß ich nicht").
settings-menu-style = • Stil: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (dort ist es gerade 08:00 Uhr)").
settings-menu-zone = • Zeitzone: { $zone_now }
# $nudges: common-per-day ("2 Impulse am Tag").
settings-menu-count = • Häufigkeit: { $nudges }
# $windows: the times of day in a sentence ("morgens und abends"), or settings-menu-no-windows.
settings-menu-windows = • Tageszeiten: { $windows }
settings-menu-no-windows = keine
# $review: common-review-at ("jeden Sonntag um 19:00 Uhr").
settings-menu-review = • Wochenrückblick: { $review }
# $quiet: common-quiet-hours ("22:00–08:00 Uhr").
settings-menu-quiet = • Ruhezeiten: { $quiet }
# $language: the language's own name ("English", "Deutsch").
settings-menu-language = • Sprache: { $language }
# In a gendered language only; $gender is how the user asked me to refer to the partner.
settings-menu-gender = • Wie ich von { $partner } spreche: { $gender ->
        [she] als „sie“
        [he] als „er“
       *[name] nur mit dem Namen
    }
settings-menu-on = • Die Impulse laufen.
# $moment: "Sa., 5. Dez., 08:00", in the user's time zone.
settings-menu-paused-until = • Pausiert bis { $moment } (in deiner Zeitzone).
settings-menu-paused = • Pausiert, bis du /resume schickst.
# $moment: "Mo., 23. Nov., 09:12", in the user's time zone.
settings-menu-next = • Nächster Impuls: { $moment } (in deiner Zeitzone)
settings-menu-footer = Tipp an, was du ändern möchtest.
settings-closed = Einstellungen geschlossen. Schick jederzeit /settings, wenn du etwas ändern möchtest.
settings-closed-notice = Geschlossen
settings-no-change = Das ist schon so eingestellt.

## The editors

settings-ask-new-name = Schick mir den neuen Namen oder Spitznamen als Nachricht.
settings-name-editor =
    Im Moment heißt dein Schatz bei mir { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } Oder tipp in der Einstellungsnachricht auf Zurück, dann bleibt der bisherige Name.
settings-location-promise = Den Standort nutze ich nur, um deine Zeitzone zu finden, und speichere ihn nicht.
settings-ask-new-zone = Schick den Namen deiner Zeitzone, etwa Europe/Berlin, oder eine Stadt in deiner Nähe, etwa Hamburg oder Wien. Du kannst auch einen Standort teilen (📎 → Standort), dann suche ich die passende Zeitzone heraus. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Deine Zeitzone ist { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (what was wrong with the typed zone, and examples).
settings-bad-zone = { $problem } Du kannst auch einen Standort teilen, dann suche ich die passende Zeitzone heraus.
# Above one line per style (common-style-line). $style: the current style's name.
settings-style-editor = Was passt am ehesten zu { $partner }? Gerade: { $style }.
settings-style-editor-footer = Davon hängt nur ab, welche Ideen du bekommst; es ist keine Diagnose. Du weißt es nicht genau? Das kurze Quiz kann helfen.
# $nudges: common-per-day ("1 Impuls am Tag").
settings-count-editor = Gerade bekommst du { $nudges }. Wie viele möchtest du?
# $chosen: the times of day in a sentence ("morgens und abends"), or settings-windows-none.
settings-windows-editor =
    Wann sollen die Impulse kommen? Tipp eine oder mehrere Tageszeiten an, dann auf Speichern.

    Ausgewählt: { $chosen }.
settings-windows-none = noch nichts
# $review: common-review-at ("jeden Sonntag um 19:00 Uhr").
settings-review-day-editor = Dein Wochenrückblick kommt { $review } (in deiner Zeitzone): ein kurzer Blick zurück auf deine Woche. Welcher Tag passt dir?
# $day: the weekday's name ("Dienstag").
settings-review-hour-editor = Wochenrückblick jeden { $day }. Um wie viel Uhr?
# $quiet: common-quiet-hours ("22:00–08:00 Uhr").
settings-quiet-start-editor = Deine Ruhezeiten sind gerade { $quiet } – in dieser Zeit kommen keine Impulse. Wann sollen die Ruhezeiten beginnen?
# $start: "21:00".
settings-quiet-end-editor = Ruhe ab { $start } Uhr. Und bis wann am Morgen?
# Each language's button shows its own name; this question is shown in the current language.
settings-language-editor = In welcher Sprache soll ich schreiben?
# Answered with onboarding-gender-she, -he or -name. $gender: the current choice.
settings-gender-editor = Wie soll ich in meinen Nachrichten von { $partner } sprechen? Gerade: { $gender ->
        [she] als „sie“
        [he] als „er“
       *[name] nur mit dem Namen
    }.

## What can't be saved (the tap's notice: keep each under 190 characters)

# $time: the review's time ("09:00"); $quiet: common-quiet-hours ("22:00–10:00 Uhr").
settings-review-in-quiet-hours = Dein Wochenrückblick um { $time } Uhr würde in deine Ruhezeiten fallen ({ $quiet }). Wähl andere Ruhezeiten oder eine andere Uhrzeit für den Rückblick.
# $count: how many nudges a day fit (1–3); $windows: the times of day in a sentence
# ("morgens und abends"). German: never starts with $windows (an adverb in lower case).
settings-too-many = Mit 2 Stunden Abstand { $count ->
        [one] passt { $windows } höchstens { $count } Impuls
       *[other] passen { $windows } höchstens { $count } Impulse
    }. Wähl weniger Impulse am Tag oder nimm eine Tageszeit dazu.
# As settings-too-many, when quiet hours leave less room. $start, $end: "22:00", "10:00".
settings-too-many-quiet = Mit 2 Stunden Abstand und außerhalb deiner Ruhezeiten ({ $start } bis { $end } Uhr) { $count ->
        [one] passt { $windows } höchstens { $count } Impuls
       *[other] passen { $windows } höchstens { $count } Impulse
    }. Wähl weniger Impulse am Tag, nimm eine Tageszeit dazu oder verkürze deine Ruhezeiten.

## What a change saved: the line above the menu, and the tap's notice

# $nudges: common-per-day ("3 Impulse am Tag").
settings-saved-count = Gespeichert: { $nudges }.
# $style: the style's name.
settings-saved-style = Gespeichert: Der Stil ist jetzt „{ $style }“.
# $zone_now: common-zone-now.
settings-saved-zone = Gespeichert: Deine Zeitzone ist { $zone_now }.
# $windows: the times of day in a sentence ("morgens und abends").
settings-saved-windows = Gespeichert: Die Impulse kommen jetzt { $windows }.
# $review: common-review-at.
settings-saved-review = Gespeichert: Dein Wochenrückblick kommt jetzt { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Gespeichert: Deine Ruhezeiten sind jetzt { $quiet }.
# $partner is the new name.
settings-saved-name = Gespeichert: Dein Schatz heißt jetzt { $partner }.
settings-name-kept = Es bleibt bei { $partner }.
# Said in the new language. $language: its own name ("Deutsch").
settings-saved-language = Gespeichert: Ich schreibe dir jetzt auf { $language }.
# $gender: the new choice.
settings-saved-gender = Gespeichert: Ab jetzt spreche ich von { $partner } { $gender ->
        [she] als „sie“
        [he] als „er“
       *[name] nur mit dem Namen
    }.

## A shared location

settings-location-not-set-up = Danke. Einen geteilten Standort nutze ich nur, um deine Zeitzone zu finden, deshalb habe ich ihn nicht gespeichert. Eingerichtet ist aber noch nichts: Schick /start, um loszulegen.
settings-location-not-now = Danke. Einen geteilten Standort nutze ich nur, um deine Zeitzone zu finden, deshalb habe ich ihn nicht gespeichert. Beantworte bitte zuerst die Frage oben – nach deiner Zeitzone frage ich gleich.
settings-bad-location = Mit diesem Standort stimmt etwas nicht, deshalb konnte ich ihn nicht verwenden. Teil ihn bitte noch einmal oder schick den Namen einer Stadt in deiner Nähe.
settings-no-zone-there = Dort habe ich keine Zeitzone gefunden – das sieht nach offenem Meer aus. Teil bitte einen Ort an Land oder schick den Namen einer Stadt in deiner Nähe, etwa Hamburg oder Wien.
# $zone_now: common-zone-now.
settings-location-offer =
    Das sieht nach { $zone_now } aus. Soll ich diese Zeitzone nehmen?

    { settings-location-promise }
# $zone: "America/New_York".
settings-use-zone-button = { $zone } verwenden
settings-decline-zone-button = Nein
settings-declined-waiting = Okay, dann nicht. Schick stattdessen den Namen deiner Zeitzone, etwa Europe/Berlin, oder eine Stadt in deiner Nähe.
settings-declined = Okay, deine Zeitzone bleibt, wie sie war.
settings-declined-notice = Okay

## The link with the partner (/invite, /partner)

# The style line when the nudges use the style the linked partner shared.
# $style: its name; $name: the partner, as the user knows them in the link.
settings-menu-style-shared = • Stil: { $style } (von { $name } geteilt)
settings-menu-linked = • Verbunden mit { $name } (/partner)
# $moment: when the open invitation runs out.
settings-menu-invitation-open = • Einladung gültig bis { $moment } (/invite)
settings-menu-not-linked = • Keine Verbindung mit deinem Schatz (/invite, optional)
