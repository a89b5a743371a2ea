# /conflict: three calm steps for a tense moment with the partner, and the offer of one
# follow-up nudge to reconnect. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# Steps never blame the partner and never name a style.

## The reply: an intro, the three steps (numbered), and the follow-up offer

conflict-intro = A tense moment with { $partner }? Take one slow breath. Three small steps that can help right now:
# One numbered step. $number: 1, 2 or 3; $step: the step (one of the conflict-step-...).
conflict-step-line = { $number }. { $step }
# $when: when the follow-up would come: "later" (later today), "morning" (tomorrow
# morning) or "thismorning" (asked for after midnight, before quiet hours end).
conflict-offer = When things have settled, a small gesture helps you both reconnect. Tap below and I'll send you an idea for one { $when ->
        [morning] tomorrow morning
        [thismorning] this morning
       *[later] later today
    }.

## The steps, three for each kind of partner. The partner who pulls back when things get
## close or tense (avoidant): lower the temperature, credit them, give space with a time to
## come back.

conflict-step-avoidant-1 = Lower the temperature: slow down, soften your voice, and say this is something you two can sort out, not a crisis.
conflict-step-avoidant-2 = Tell { $partner } what makes sense in their view, and thank them for something they've already done or given up to make things work.
conflict-step-avoidant-3 = If either of you needs a break, offer space and name a time to come back, like “Let's pause and talk again after dinner.” Then keep that time.

## The partner who worries about being left (anxious): reassurance, staying present, the bond.

conflict-step-anxious-1 = Start with reassurance: tell { $partner } you're not going anywhere and that you'll work this out together.
conflict-step-anxious-2 = Stay present and keep talking. If you need a pause, say so and say when you'll be back, so the quiet doesn't feel like leaving.
conflict-step-anxious-3 = Name the bond: tell { $partner } what you love about them and about the two of you, and offer a hand or a hug if it feels welcome.

## The partner who both longs for closeness and is wary of it: slow and soft, no pressure.

conflict-step-fearful-1 = Keep it slow and soft. Calmly tell { $partner } that you care and that this doesn't change how you feel.
conflict-step-fearful-2 = Let { $partner } set the pace, with no pushing for answers. If they need room, give it warmly: “Take the time you need. I'm right here.”
conflict-step-fearful-3 = Say one thing you understand about how they see it, and suggest a time to come back to it, with no need to settle everything today.

## Anyone else (secure, or not sure yet): a calm general set.

conflict-step-general-1 = Slow things down before you answer. A calmer voice helps you both hear each other.
conflict-step-general-2 = Tell { $partner } what you understand about their side before you explain yours.
conflict-step-general-3 = Say you're on the same team, and agree on a next step or a time to talk again.

## The follow-up button, and what it says once tapped (also shown as a notice)

# $when: as in conflict-offer ("later", "morning" or "thismorning").
conflict-remind-button = Remind me { $when ->
        [morning] tomorrow morning
        [thismorning] this morning
       *[later] later today
    }
# $time: when the follow-up comes, "17:12" (later today).
conflict-confirm-later = I'll nudge you around { $time } to reconnect.
# $time: "21:30", half an hour before the user's quiet hours begin.
conflict-confirm-sooner = I'll nudge you around { $time } to reconnect, before your quiet hours begin.
# $when: "morning" (tomorrow) or "thismorning" (after midnight); $time: "08:30", shortly
# after quiet hours end.
conflict-confirm-morning = I'll nudge you { $when ->
        [thismorning] this morning
       *[morning] tomorrow
    } around { $time } to reconnect.
# As conflict-confirm-morning, when the tapped button said "later today" but it is now too
# close to quiet hours.
conflict-confirm-too-late = It's getting late, so I'll nudge you { $when ->
        [thismorning] this morning
       *[morning] tomorrow
    } around { $time } to reconnect.
conflict-follow-up-already = You already have a reminder to reconnect coming up.
