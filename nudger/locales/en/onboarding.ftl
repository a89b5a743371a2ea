# /start and the setup questions: the partner's name, how to refer to them (gendered
# languages only), their style, the time zone, nudges a day and the times of day.

# The first message after /start: what the bot does and what it stores.
onboarding-welcome =
    Hi! I'm nudger. I'll remind you to do small, specific things that help your partner feel loved and secure. Research on attachment shows that small, consistent actions like these ease a partner's worries over time.

    What I store, and why:
    • your partner's first name or nickname and the style you pick, to choose and word your nudges
    • your time zone, nudge times, quiet hours and review day, to send them at good moments
    • which nudges you got, what you ticked off, when you paused and when you used /conflict, to show you your week
    • quiz answers, only while a quiz is under way

    I don't keep your messages or your location (a shared location only finds your time zone). Nothing is shared with anyone. Send /export for a copy of it all, or /delete to erase it.

    A few quick questions, and we're done.
onboarding-ask-name = What's your partner's first name or nickname?

## How to refer to the partner: asked right after the name, only in languages whose
## sentences about the partner depend on their gender. /settings asks it again.

onboarding-ask-gender = How should I refer to { $partner }?
# The three answers: she, he, or phrasings that avoid gendered forms.
onboarding-gender-she = She
onboarding-gender-he = He
onboarding-gender-name = By name only

## The partner's style

# Above one line per style (common-style-line).
onboarding-ask-style = Which sounds most like { $partner }?
# Below the styles.
onboarding-ask-style-footer = This only decides which ideas you get. It's not a diagnosis, and you can change it any time in /settings.

## Time zone, nudges a day, times of day

# $zone_now: the zone and its time now, as common-zone-now says it.
onboarding-zone-set = Time zone: { $zone_now }.
onboarding-ask-count = How many nudges a day would you like?
onboarding-ask-windows = When should they come? Tap one or more, then Save.
# Save with more nudges a day than fit 2 hours apart. $count: nudges a day asked (2 or 3);
# $fits: how many fit in the chosen times of day.
onboarding-too-many = { $count } nudges a day need more room: they come at least 2 hours apart, and these times fit { $fits }. Pick another time of day too, or send /start to choose fewer.

## Along the way

# A question once answered, as it stays in the chat. $question: the question's text;
# $answer: the answer ("Avoidant", "2").
onboarding-answered =
    { $question }

    Your answer: { $answer }
onboarding-in-setup-tap = Please use the buttons on the last question.
onboarding-saved-notice = Saved

## The plan, after Save

# $style: the style's name; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 nudges a
# day"); $windows: the times of day in a sentence ("morning and evening"); $review:
# common-review-at ("Sundays at 19:00"); $quiet: common-quiet-hours ("22:00–08:00").
onboarding-summary =
    All set. Here's your plan:
    • Partner: { $partner }
    • Style: { $style }
    • Time zone: { $zone }
    • { $nudges }, { $windows }
    • Your week in review: { $review }
    • Quiet hours: { $quiet }, when I send nothing
# $moment: the first nudge's day and time, "Mon 23 Nov, 09:12".
onboarding-summary-first = Your first nudge comes { $moment } (your time).
onboarding-summary-end = Each one is a small thing to do for { $partner }, with Done, Skip and Snooze buttons. Send /now if you'd like one right away, /settings to change any of this, or /help for everything else.

# Below the style question when the user's linked partner shared their own quiz result.
# $name: the partner as the user knows them in the link; $style: the style's name.
onboarding-partner-shared-style = { $name } took a short quiz about themselves and shared the result with you: “{ $style }”. Tap it if you'd like your nudges to use it.
