# /quiz: twelve statements about the partner's behaviour, answered 1 to 7, and what the
# answers suggest. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# The quiz describes the partner gently: it is never a diagnosis.

## Before the first question

# $count: how many statements follow (12).
quiz-intro = { $count ->
        [one] { $count } quick statement
       *[other] { $count } quick statements
    } about things you may have noticed { $partner } do or say. For each, tap how much it sounds like { $partner }, from 1 to 7. Go with your first feeling; there are no right answers.

    At the end I'll show what your answers suggest and ask before changing anything.

## A question: its number, the statement, and what the ends and middle of the scale mean

# $number: this question's number (1-12); $total: how many there are (12);
# $statement: the statement (one of the quiz-item-... messages).
quiz-question = Question { $number } of { $total }

    { $statement }

    { quiz-scale-hint }
# The buttons show only the numbers 1 to 7; this line says what 1, 4 and 7 mean.
quiz-scale-hint = 1 = { quiz-anchor-1 } · 4 = { quiz-anchor-4 } · 7 = { quiz-anchor-7 }
quiz-anchor-1 = Not at all like them
quiz-anchor-4 = Somewhat
quiz-anchor-7 = Very much like them

## The statements, in the order asked. Each describes something the user may have seen
## the partner do; the user answers how much it sounds like them.

quiz-item-anx-slow-reply = When I'm slow to reply, { $partner } worries something is wrong.
quiz-item-avo-change-subject = When I bring up feelings about us, { $partner } changes the subject or keeps it short.
quiz-item-anx-ask-love = { $partner } asks if I still love them or still want to be together.
quiz-item-avo-comfort = When { $partner } is stressed or down, they come to me for comfort.
quiz-item-anx-after-argument = After a small disagreement, { $partner } seems afraid I might leave.
quiz-item-avo-tense-quiet = When things get tense between us, { $partner } goes quiet or wants to be alone.
quiz-item-anx-relaxed-apart = { $partner } stays relaxed when we have a day or two with little contact.
quiz-item-avo-close-future = { $partner } seems uneasy when we get very close or talk about our future.
quiz-item-anx-small-signs = { $partner } notices small changes in my mood or messages and worries about them.
quiz-item-avo-handle-alone = { $partner } would rather handle a problem alone than ask me for help.
quiz-item-anx-sure-of-me = { $partner } seems sure that I care, even when I don't say it.
quiz-item-avo-open-feelings = { $partner } tells me openly what they feel and what they need.

## The result: an intro, one line per dimension, what the style means, and a reminder
## that this is not a diagnosis

quiz-result-intro = Here's what your answers suggest about { $partner }.
# One line per dimension. $level: "higher" or "lower" (above or below the middle of the
# scale); $score: the mean answer, 1.0 to 7.0, shown with one decimal ("4.2").
quiz-result-anxiety = • Worry about rejection, need for reassurance: { $level ->
        [higher] higher
       *[lower] lower
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } out of 7)
quiz-result-avoidance = • Unease with closeness, need for independence: { $level ->
        [higher] higher
       *[lower] lower
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } out of 7)
# What each result means, and the style's name as its button says it (style-...).
quiz-result-secure =
    Both are on the lower side. { $partner } seems mostly at ease with closeness and with time apart.
    That's closest to the “{ style-secure }” option. Its nudges focus on small everyday kindness, attention and appreciation that suit anyone.
quiz-result-anxious =
    Worry is on the higher side. { $partner } may fear being let down or left, and feel calmer with contact and clear reassurance.
    That's closest to the “{ style-anxious }” option. Its nudges focus on clear reassurance, words of commitment, warm appreciation and affection.
quiz-result-avoidant =
    Unease with closeness is on the higher side. { $partner } may value independence and pull back a little when things get close or tense.
    That's closest to the “{ style-avoidant }” option. Its nudges focus on showing you're reliable, respecting their space, taking their view seriously, crediting what they do, and keeping disagreements calm.
quiz-result-fearful =
    Both are on the higher side. { $partner } may long for closeness and be wary of it, so they may reach out, then pull back.
    That's closest to the “{ style-fearful }” option. Its nudges focus on the gentlest ideas from both sides: steady reassurance, with room to breathe and no pressure.
quiz-not-a-diagnosis = This is a rough guide from a few things you've noticed, not a diagnosis. People change, and feeling safe with someone helps.

## After the result: switch the nudges to the result's style, or keep them

# $style: the result's style name (style-...); $current: the style set now.
quiz-save-question = Your nudges are set for “{ $current }” now. Switch them to “{ $style }”? You can change it again any time with /quiz or /start.
# $style: the style name (style-...).
quiz-switch-button = Yes, switch to { $style }
quiz-keep-button = No, keep it as it is
# $style: the style name (style-...).
quiz-switched = Done. Your nudges for { $partner } now follow “{ $style }”.
quiz-switched-notice = Switched
quiz-kept = Okay, nothing changed. Your nudges stay as they were.
quiz-kept-notice = Kept
# The result is the style already set. $style: its name (style-...).
quiz-same-style = That matches what you picked before (“{ $style }”), so your nudges stay as they are.

## In setup (the quiz answers the style question)

# $style: the result's style name (style-...).
quiz-onboarding-question = Shall I use “{ $style }” for your nudges, or keep “{ style-unknown }” (kind ideas that suit anyone)? You can change it later with /quiz or /settings.
# $style: the result's style name (style-...).
quiz-use-button = Use { $style }
quiz-keep-not-sure-button = Keep “{ style-unknown }”
quiz-skip-button = Skip it, keep “{ style-unknown }”
quiz-skipped-in-setup = Quiz skipped. We'll go with “{ style-unknown }” for now.
quiz-skipped-notice = Skipped
quiz-finish-setup-first = Let's finish setting up first. On the style question, tap “{ style-unknown }” to take the quiz.

## Stopping, and taps or text that don't fit

quiz-stop-button = Stop the quiz
quiz-stopped = Quiz stopped. Nothing changed; you can take it again any time with /quiz.
quiz-stopped-notice = Stopped
# A tap on a question that is no longer the open one (an old message, a double tap).
quiz-stale-answer = That question isn't the open one any more.
quiz-over = That quiz is over. Send /quiz to take it again.
quiz-typed-during = We're in the middle of the quiz: please answer with the buttons 1 to 7 under the last question, or tap “{ quiz-stop-button }”.
quiz-typed-after = The quiz is done. Please use the buttons on my last message to switch your nudges or keep them as they are (“{ quiz-keep-button }”).
