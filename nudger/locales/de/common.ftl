# What the bot says in more than one feature. Each feature's own words are in its own file.
# Every message may use { $partner } (the partner's name, or partner-unnamed) and
# { $gender } (she, he or name) for languages whose grammar needs it.

# The partner, in a sentence, when the user has not named them (yet).
# German: used like a name, without an article, so it never changes with the case
# ("Schick Schatz …", "bei Schatz", "Wenn Schatz …"); the gender is then "name".
partner-unnamed = Schatz

common-not-set-up = Für dich ist hier noch nichts eingerichtet. Schick /start, um loszulegen.
common-unknown-text = Darauf habe ich keine Antwort. Schick /help, dann siehst du, was ich kann.
common-bad-button = Entschuldige, mit diesem Button kann ich nichts anfangen.
common-not-yours = Dieser Button gilt nicht mehr.
common-stale-question = Diese Frage ist schon beantwortet.
common-something-wrong = Entschuldige, bei mir ist etwas schiefgelaufen, und es wurde nichts geändert. Versuch es bitte gleich noch einmal.

## Asked in setup and again in /settings

common-bad-name = Schick bitte einen Namen mit höchstens 40 Zeichen (Buchstaben oder Zahlen, nicht nur Emoji oder Symbole).
common-ask-timezone = In welcher Zeitzone bist du? Schick ihren Namen, etwa Europe/Berlin, oder eine Stadt in deiner Nähe, etwa Berlin, Wien oder Zürich.
common-need-window = Wähl zuerst mindestens eine Tageszeit aus.
# $shown: what they typed (cut to 30 characters).
common-bad-timezone = Zu „{ $shown }“ habe ich keine Zeitzone gefunden. { common-timezone-examples }
common-bad-timezone-empty = Die Nachricht war leer. { common-timezone-examples }
common-timezone-examples = Versuch es mit einem Zonennamen wie Europe/Berlin, America/New_York oder Asia/Tokyo oder mit einer größeren Stadt in deiner Nähe, etwa München, Graz oder New York.

    { common-ask-timezone }

## Values as the setup summary and /settings show them

common-per-day = { $count ->
        [one] { $count } Impuls am Tag
       *[other] { $count } Impulse am Tag
    }
# $day: the weekday's name; $time: "19:00".
# German: also used mid-sentence ("Dein Wochenrückblick kommt jeden Sonntag um 19:00 Uhr").
common-review-at = jeden { $day } um { $time } Uhr
# $start, $end: "22:00", "08:00".
common-quiet-hours = { $start }–{ $end } Uhr
# $zone: "Europe/Berlin"; $time: the time there now.
common-zone-now = { $zone } (dort ist es gerade { $time } Uhr)

## Shown by setup and /settings alike

# The Save button under the times of day.
common-save-button = Speichern
# One line per style under the style question. $style: the style's name ("Ängstlich");
# $description: its one-line description (from styles.ftl).
common-style-line = { $style }: { $description }.
# The parts of the day inside a sentence ("2 Impulse am Tag, morgens und abends"): the code
# joins them with the language's list format, in the order of the day.
# German: adverbs, so they fit every frame without a preposition.
common-window-in-sentence-morning = morgens
common-window-in-sentence-afternoon = nachmittags
common-window-in-sentence-evening = abends
