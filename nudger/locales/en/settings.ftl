# /settings: the menu with every current value, one editor per setting, what a change
# confirms, and a shared location (used only to find a time zone).

## The menu's buttons

settings-name-button = Partner name
settings-style-button = Style
settings-zone-button = Time zone
settings-count-button = Nudges a day
settings-windows-button = Times of day
settings-review-button = Weekly review
settings-quiet-button = Quiet hours
settings-language-button = Language
# Shown only in languages whose sentences about the partner depend on their gender.
settings-gender-button = How I refer to { $partner }
settings-close-button = Close
settings-back-button = « Back
settings-quiz-button = Take the quiz

## The menu

settings-menu-title = Your settings
settings-menu-partner = • Partner: { $partner }
# $style: the style's name ("Anxious", "Not sure").
settings-menu-style = • Style: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (it's 08:00 there now)").
settings-menu-zone = • Time zone: { $zone_now }
# $nudges: common-per-day ("2 nudges a day").
settings-menu-count = • Nudges: { $nudges }
# $windows: the times of day in a sentence ("morning and evening"), or settings-menu-no-windows.
settings-menu-windows = • Times of day: { $windows }
settings-menu-no-windows = none
# $review: common-review-at ("Sundays at 19:00").
settings-menu-review = • Weekly review: { $review }
# $quiet: common-quiet-hours ("22:00–08:00").
settings-menu-quiet = • Quiet hours: { $quiet }
# $language: the language's own name ("English", "Deutsch").
settings-menu-language = • Language: { $language }
# In a gendered language only; $gender is how the user asked me to refer to the partner.
settings-menu-gender = • How I refer to { $partner }: { $gender ->
        [she] she
        [he] he
       *[name] by name only
    }
settings-menu-on = • Nudges are on.
# $moment: "Sat 5 Dec, 08:00", in the user's time zone.
settings-menu-paused-until = • Paused until { $moment } (your time).
settings-menu-paused = • Paused until you send /resume.
# $moment: "Mon 23 Nov, 09:12", in the user's time zone.
settings-menu-next = • Next nudge: { $moment } (your time)
settings-menu-footer = Tap what you'd like to change.
settings-closed = Settings closed. Send /settings any time to change something.
settings-closed-notice = Closed
settings-no-change = That's what it already is.

## The editors

settings-ask-new-name = Send me the new name or nickname as a message.
settings-name-editor =
    Right now I call your partner { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } Or tap Back on the settings message to keep the name you have.
settings-location-promise = I only use it to find your time zone and don't keep it.
settings-ask-new-zone = Send the name of your time zone, like Europe/Berlin, or a city near you, like Lisbon or Toronto. You can also share a location (📎 → Location) and I'll look up its time zone. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Your time zone is { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (what was wrong with the typed zone, and examples).
settings-bad-zone = { $problem } You can also share a location and I'll look up its time zone.
# Above one line per style (common-style-line). $style: the current style's name.
settings-style-editor = Which sounds most like { $partner }? Right now: { $style }.
settings-style-editor-footer = This only decides which ideas you get; it's not a diagnosis. Not sure? The short quiz can help.
# $nudges: common-per-day ("1 nudge a day").
settings-count-editor = Right now you get { $nudges }. How many would you like?
# $chosen: the times of day in a sentence ("morning and evening"), or settings-windows-none.
settings-windows-editor =
    When should nudges come? Tap to choose one or more, then Save.

    Chosen: { $chosen }.
settings-windows-none = nothing chosen yet
# $review: common-review-at ("Sundays at 19:00").
settings-review-day-editor = Your weekly review comes on { $review } (your time): a short look back at your week. Which day suits you?
# $day: the weekday's name ("Tuesday").
settings-review-hour-editor = Weekly review on { $day }s. At what time?
# $quiet: common-quiet-hours ("22:00–08:00").
settings-quiet-start-editor = Right now quiet hours are { $quiet }: no nudges then. When should they begin?
# $start: "21:00".
settings-quiet-end-editor = Quiet from { $start }. Until when in the morning?
# Each language's button shows its own name; this question is shown in the current language.
settings-language-editor = Which language should I use?
# Answered with onboarding-gender-she, -he or -name. $gender: the current choice.
settings-gender-editor = How should I refer to { $partner }? Right now: { $gender ->
        [she] she
        [he] he
       *[name] by name only
    }.

## What can't be saved (the tap's notice: keep each under 190 characters)

# $time: the review's time ("09:00"); $quiet: common-quiet-hours ("22:00–10:00").
settings-review-in-quiet-hours = Your weekly review at { $time } would fall in quiet hours { $quiet }. Choose other quiet hours, or another time for the review.
# $count: how many nudges a day fit (1–3); $windows: the times of day in a sentence
# ("morning and evening").
settings-too-many = At most { $count } { $count ->
        [one] nudge fits
       *[other] nudges fit
    } in the { $windows } with 2 hours between them. Choose fewer nudges a day or add another time of day.
# As settings-too-many, when quiet hours leave less room. $start, $end: "22:00", "10:00".
settings-too-many-quiet = At most { $count } { $count ->
        [one] nudge fits
       *[other] nudges fit
    } in the { $windows } outside your quiet hours ({ $start } to { $end }) with 2 hours between them. Choose fewer nudges a day, add another time of day or shorten your quiet hours.

## What a change saved: the line above the menu, and the tap's notice

# $nudges: common-per-day ("3 nudges a day").
settings-saved-count = Saved: { $nudges }.
# $style: the style's name.
settings-saved-style = Saved: the style is now { $style }.
# $zone_now: common-zone-now.
settings-saved-zone = Saved: your time zone is { $zone_now }.
# $windows: the times of day in a sentence ("morning and evening").
settings-saved-windows = Saved: nudges in the { $windows }.
# $review: common-review-at.
settings-saved-review = Saved: weekly review on { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Saved: quiet hours { $quiet }.
# $partner is the new name.
settings-saved-name = Saved: your partner's name is now { $partner }.
settings-name-kept = { $partner } it stays.
# Said in the new language. $language: its own name ("Deutsch").
settings-saved-language = Saved: I'll speak { $language } with you.
# $gender: the new choice.
settings-saved-gender = Saved: I'll refer to { $partner } { $gender ->
        [she] as she
        [he] as he
       *[name] by name only
    }.

## A shared location

settings-location-not-set-up = Thanks. I only use a shared location to find your time zone, so I didn't keep it. We haven't set things up yet: send /start to begin.
settings-location-not-now = Thanks. I only use a shared location to find your time zone, so I didn't keep it. Please answer the question above first; I'll ask for your time zone in a moment.
settings-bad-location = That location doesn't look right, so I couldn't use it. Please share it again, or send the name of a city near you.
settings-no-zone-there = I couldn't find a time zone there; it looks like open sea. Please share a place on land, or send the name of a city near you, like Lisbon or Toronto.
# $zone_now: common-zone-now.
settings-location-offer =
    That looks like { $zone_now }. Use it?

    { settings-location-promise }
# $zone: "America/New_York".
settings-use-zone-button = Use { $zone }
settings-decline-zone-button = No
settings-declined-waiting = Okay, I won't use it. Send your time zone's name, like Europe/Berlin, or a city near you instead.
settings-declined = Okay, your time zone stays as it was.
settings-declined-notice = Okay

## The link with the partner (/invite, /partner)

# The style line when the nudges use the style the linked partner shared.
# $style: its name; $name: the partner, as the user knows them in the link.
settings-menu-style-shared = • Style: { $style } (shared by { $name })
settings-menu-linked = • Linked with { $name } (/partner)
# $moment: when the open invitation runs out.
settings-menu-invitation-open = • Invitation open until { $moment } (/invite)
settings-menu-not-linked = • Not linked with your partner (/invite, optional)
