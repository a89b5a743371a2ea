# /week and the weekly review: the caption under the picture, the picture's own labels,
# and the buttons to other weeks.

## Buttons and notices

week-no-such-week = I can show the weeks since your first nudge, up to a year back.
week-this-week-button = This week ▶
# $day: the Monday the week starts on, "16 Nov".
week-of = Week of { $day }
# $day as above, $year: "2026". Drawn as the chart's title.
week-chart-title = Week of { $day } { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## The caption (at most 1,024 characters in all)

# $span: the days covered, "Mon 16 – Sun 22 Nov".
week-caption-title = Your week, { $span }
week-paused-all-week = Nudges were paused all week.
week-paused-so-far = Nudges have been paused this week.
week-nothing-sent = Nothing was sent this week.
week-nothing-sent-yet = Nothing sent yet this week.
week-tally = Done: { $done } of { $sent } sent.
# $details: a list of week-tally-skipped, week-tally-unanswered and week-tally-open.
week-tally-details = Done: { $done } of { $sent } sent ({ $details }).
week-tally-skipped = { $count } skipped
week-tally-unanswered = { $count } unanswered
week-tally-open = { $count } still open
# $category: a category's name (category-*).
week-done-most = Done most: { $category }.
week-skipped-most = Skipped most: { $category }.
# $current, $longest: days in a row; $score: 0 to 100.
week-streak = Streak: { week-days } (longest { $longest ->
        [one] { $longest } day
       *[other] { $longest } days
    }). Consistency: { $score }/100.
# Early on the score is low by design: said so, so it doesn't read as a bad grade.
week-streak-early = Streak: { week-days } (longest { $longest ->
        [one] { $longest } day
       *[other] { $longest } days
    }). Consistency: { $score }/100 (it builds up over weeks).
week-days = { $current ->
        [one] { $current } day
       *[other] { $current } days
    }
week-missed-day = A missed day doesn't undo a good run: the score moves slowly on purpose.
week-paused-days-kept = Paused days kept your streak and score as they were.
# When the user's linked partner shares what helps them (never says what).
week-partner-helps = { $partner } shared what helps them, so your nudges leaned that way.

## The suggestion: why (from the figures), then what to do, worded for the partner's style

# $what: one of the week-what-* messages.
week-next-week = Next week: { $what }
week-rest-of-week = For the rest of the week: { $what }
# $why: one of the week-why-* messages.
week-next-week-why = { $why } Next week: { $what }
week-rest-of-week-why = { $why } For the rest of the week: { $what }

week-what-resume = when nudges are on again, start with one small thing. Your streak and score waited for you.
week-what-quiet = start with one small thing. When you have a free minute, send /now and do just that one for { $partner }.
week-why-start-small = Nothing was ticked off as done yet.
week-what-start-small-anxious = pick one nudge a day and do only that one. A two-line message telling { $partner } you're thinking of them counts.
week-what-start-small-avoidant = pick one nudge a day and do only that one. Something low-key counts, like thanking { $partner } for one thing they did.
week-what-start-small-other = pick one nudge a day and do only that one. A short, kind word to { $partner } counts.
week-why-new-time = Most nudges went unanswered, so they may arrive at busy moments.
week-what-new-time = pick times when you're usually free (send /settings to change them).
# $skipped of $settled nudges of one category ($category) were skipped.
week-why-ease-off-category = { $skipped } of { $settled } { $category } nudges were skipped.
week-why-ease-off = { $skipped } of { $sent } nudges were skipped.
week-what-ease-off-avoidant = try fewer nudges or a calmer time of day. { $partner } values room of their own, and leaving space is care too (send /settings to change both).
week-what-ease-off-fearful = try fewer nudges or a calmer time of day. { $partner } warms up at their own pace, and gentle and steady is enough (send /settings to change both).
week-what-ease-off-anxious = instead of skipping, try the smallest version: a quick message that you're thinking of { $partner } is reassurance too. Fewer nudges are fine as well (send /settings to change them).
week-what-ease-off-other = try fewer nudges a day or a different time (send /settings to change them).
week-why-keep = A strong week.
week-what-keep = keep the same times and the same number of nudges.
# $category: the category's name as it starts a sentence (its .start).
week-what-keep-category = keep the same times and the same number of nudges. { $category } is working well, so keep it in.
# $count: this week's done + 1.
week-what-one-more = aim for { $count } done, one more than this week.
week-what-one-more-category = aim for { $count } done, one more than this week. Start with { $category }: it's what you did most.

week-therapy-skips = The last three weeks had more skips than dones, and that's okay: some stretches are hard. If it feels right, couples therapy can help, as the research behind these nudges says: a place to work on both your needs together.
week-therapy-conflict = Tense moments have come up several times lately. If it feels right, couples therapy can help, as the research behind these nudges says: a place to work on both your needs together.

## The picture (short: drawn on a phone-sized chart)

# $current: days in a row, $longest: the longest run, $score: 0 to 100.
chart-header-streak = Streak { week-days } (best { $longest })  ·  Consistency { $score }/100
chart-header-done = Done { $done } of { $sent } sent
chart-paused = paused
chart-done = Done
chart-skipped = Skipped
chart-unanswered = Unanswered
chart-open = Open
chart-paused-all-week = Paused all week
chart-paused-so-far = Paused
chart-nothing-sent = Nothing sent this week
chart-nothing-sent-yet = Nothing sent yet
chart-by-category = Done by category
chart-no-nudges = No nudges to show yet
# $percent: "75%", $done of $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## The kinds of care (the catalog's categories); .start is the form that starts a sentence

category-reassurance = reassurance
    .start = Reassurance
category-commitment = commitment
    .start = Commitment
category-positive_regard = positive regard
    .start = Positive regard
category-gratitude = gratitude
    .start = Gratitude
category-closeness = closeness
    .start = Closeness
category-trust = trust
    .start = Trust
category-autonomy = autonomy
    .start = Autonomy
category-space = space
    .start = Space
category-validation = validation
    .start = Validation
category-credit = credit
    .start = Credit
category-calm_conflict = calm in conflict
    .start = Calm in conflict
category-appreciation = appreciation
    .start = Appreciation
category-attention = attention
    .start = Attention
category-kindness = kindness
    .start = Kindness
category-support = support
    .start = Support
category-connection = connection
    .start = Connection
