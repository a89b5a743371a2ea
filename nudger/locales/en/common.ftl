# What the bot says in more than one feature. Each feature's own words are in its own file.
# Every message may use { $partner } (the partner's name, or partner-unnamed) and
# { $gender } (she, he or name) for languages whose grammar needs it.

# The partner, in a sentence, when the user has not named them (yet).
partner-unnamed = your partner

common-not-set-up = Nothing is set up for you here. Send /start to begin.
common-unknown-text = I don't have a reply for that. Send /help to see what I can do.
common-bad-button = Sorry, I didn't understand that button.
common-not-yours = That button isn't valid any more.
common-stale-question = That question was already answered.
common-something-wrong = Sorry, something went wrong on my side, and nothing was changed. Please try again in a moment.

## Asked in setup and again in /settings

common-bad-name = Please send a name up to 40 characters (letters or numbers, not only emoji or symbols).
common-ask-timezone = Which time zone are you in? Send its name, like Europe/Berlin, or a city near you, like Berlin, New York or Sydney.
common-need-window = Pick at least one time of day first.
# $shown: what they typed (cut to 30 characters).
common-bad-timezone = I couldn't find a time zone for "{ $shown }". { common-timezone-examples }
common-bad-timezone-empty = That was empty. { common-timezone-examples }
common-timezone-examples = Try a zone name like Europe/Berlin, America/New_York or Asia/Tokyo, or a larger city near you, like Berlin, Toronto or Sydney.

    { common-ask-timezone }

## Values as the setup summary and /settings show them

common-per-day = { $count ->
        [one] { $count } nudge a day
       *[other] { $count } nudges a day
    }
# $day: the weekday's name; $time: "19:00".
common-review-at = { $day }s at { $time }
# $start, $end: "22:00", "08:00".
common-quiet-hours = { $start }–{ $end }
# $zone: "Europe/Berlin"; $time: the time there now.
common-zone-now = { $zone } (it's { $time } there now)

## Shown by setup and /settings alike

# The Save button under the times of day.
common-save-button = Save
# One line per style under the style question. $style: the style's name ("Anxious");
# $description: its one-line description (from styles.ftl).
common-style-line = { $style }: { $description }.
# The parts of the day inside a sentence ("nudges in the morning and evening"): the code
# joins them with the language's list format, in the order of the day.
common-window-in-sentence-morning = morning
common-window-in-sentence-afternoon = afternoon
common-window-in-sentence-evening = evening
