# What the bot says in more than one feature. Each feature's own words are in its own file.
# Every message may use { $partner } (the partner's name, or partner-unnamed) and
# { $gender } (she, he or name) for languages whose grammar needs it.
# Ukrainian: «ти»; { $partner } stays in the nominative; no past tense or short adjective
# about the user or the bot («не вдалося», «збережено», not «я зрозумів», «ти вибрав»).

# The partner, in a sentence, when the user has not named them (yet).
partner-unnamed = твоя кохана людина

common-not-set-up = Тут для тебе ще нічого не налаштовано. Надішли /start, щоб почати.
common-unknown-text = На це в мене немає відповіді. Надішли /help, щоб побачити, що я вмію.
common-bad-button = Вибач, мені незрозуміло, що означає ця кнопка.
common-not-yours = Ця кнопка вже не діє.
common-stale-question = На це запитання вже є відповідь.
common-something-wrong = Вибач, у мене щось пішло не так, але нічого не змінилося. Спробуй, будь ласка, ще раз за хвилинку.

## Asked in setup and again in /settings

common-bad-name = Надішли, будь ласка, ім’я до 40 символів (літери чи цифри, а не лише емодзі чи символи).
common-ask-timezone = У якому ти часовому поясі? Надішли його назву, як-от Europe/Berlin, або назву міста поблизу, скажімо, Київ, Варшава чи Торонто.
common-need-window = Спершу вибери хоча б одну частину дня.
# $shown: what they typed (cut to 30 characters).
common-bad-timezone = Не вдалося знайти часовий пояс для «{ $shown }». { common-timezone-examples }
common-bad-timezone-empty = Повідомлення порожнє. { common-timezone-examples }
common-timezone-examples = Спробуй назву часового поясу, як-от Europe/Berlin, America/New_York чи Asia/Tokyo, або більше місто поблизу, скажімо, Київ, Торонто чи Сідней.

    { common-ask-timezone }

## Values as the setup summary and /settings show them

common-per-day = { $count ->
        [one] { $count } підказка на день
        [few] { $count } підказки на день
        [many] { $count } підказок на день
       *[other] { $count } підказки на день
    }
# $day: the weekday's name; $time: "19:00".
# Ukrainian: $day is the nominative («неділя») and cannot be inflected, so no «щонеділі»:
# "неділя, 19:00" reads well after a colon or a dash.
common-review-at = { $day }, { $time }
# $start, $end: "22:00", "08:00".
common-quiet-hours = { $start }–{ $end }
# $zone: "Europe/Berlin"; $time: the time there now.
common-zone-now = { $zone } (там зараз { $time })

## Shown by setup and /settings alike

# The Save button under the times of day.
common-save-button = Зберегти
# One line per style under the style question. $style: the style's name ("Anxious");
# $description: its one-line description (from styles.ftl).
common-style-line = { $style }: { $description }.
# The parts of the day inside a sentence ("nudges in the morning and evening"): the code
# joins them with the language's list format, in the order of the day.
# Ukrainian: adverbs («вранці і ввечері»), so every sentence uses them as "when".
common-window-in-sentence-morning = вранці
common-window-in-sentence-afternoon = після обіду
common-window-in-sentence-evening = ввечері
