# Linking with the partner: /invite, the invitation the partner opens, /partner (a short quiz
# about oneself, what helps), /unlink. Every message may use { $partner } (for the person
# reading: the name they know their linked partner by) and { $gender } (she, he or name).
#
# Rules for these words: no pressure, ever. Declining and unlinking are as easy and as
# welcome as joining, and nothing said afterwards blames anyone. What is shared is named
# exactly; what is never shared is said plainly.

## /invite

partners-invite-ask-name =
    I'll make a personal link for { $partner }. When { $partner } opens it, I'll say who it's from, explain what nudger is and what linking shares, and let them join or say no thanks.

    Which name should the invitation show? Tap the button, or send /invite with another name, like /invite Alex.
# When Telegram told us no first name to offer.
partners-invite-ask-name-typed =
    I'll make a personal link for { $partner }. When { $partner } opens it, I'll say who it's from, explain what nudger is and what linking shares, and let them join or say no thanks.

    Which name should the invitation show? Send /invite with the name, like /invite Alex.
# $name: the sender's first name on Telegram.
partners-invite-use-name-button = Show “{ $name }”
partners-invite-bad-name = That name won't work in an invitation. Use 1 to 40 characters on one line, like /invite Alex.
partners-invite-needs-username = I can't make a link right now because I don't know my own Telegram username yet. Please try /invite again in a minute.
# $link: the personal link; $name: the name it shows; $days: how long it works (7).
partners-invite-link =
    Here's your personal link for { $partner }:

    { $link }

    Forward this message or copy the link. It works once, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, and a new /invite replaces it.

    Send it only to { $partner }: whoever opens it first can join. When { $partner } opens it, they'll see that { $name } invited them and exactly what linking shares. Whether to join is entirely up to them.
partners-invite-share-button = Send the link
# The text Telegram's share sheet puts beside the link (the inviter sends it; $name: their name).
partners-invite-share-text = { $name } would like to link with you on nudger. Only if you want to: the link explains what it shares and what it never does.
partners-already-linked =
    You and { $partner } are already linked. /partner shows what you share, and /unlink ends the link.

## The invitation, as the partner sees it after opening the link ($name: who invited them)

partners-welcome =
    Hi! { $name } invited you to link with them on nudger.

    nudger sends { $name } small, timed ideas for showing care, like saying one specific thing they appreciated today.

    If you link, you can, only if and when you want to:
    • take a short quiz about yourself and share the result with { $name }: only the style's name, never your answers
    • pick up to three kinds of care that help you feel loved and tell { $name } which, so { $name }'s nudges lean that way
    • get nudges of your own with /start

    Never shared, whatever you choose: your answers, your nudges, what you tick off, your reviews, your pauses or your settings. You'll never be told what { $name }'s nudges say, or whether one was about you.

    Saying no is completely fine. Nothing about you is kept, and { $name } only hears that you'd rather not link for now. If you link, /unlink ends it any time.
partners-join-button = Join
partners-decline-button = No thanks
# $days: how long a link works (7).
partners-link-expired = This invitation has run out: links work for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. If you'd like to link, ask for a new one.
partners-link-unknown = This link doesn't work: it was already used, replaced by a newer one, or isn't complete. If you'd like to link, ask for a new one.
partners-link-own = This is your own invitation. Send it to { $partner }; when they open it, they can choose to link.
partners-too-many-tries = Too many links that didn't work. Please wait an hour, then try again.
partners-linked-elsewhere = You're already linked with { $partner }. You can be linked with one person at a time; /unlink ends the current link first.

## Joining or declining

partners-joined =
    You and { $partner } are linked. Nothing is shared until you choose to.

    Whenever you like, tell { $partner } a little about what helps you, with the buttons below or later with /partner. /start sets up nudges of your own, and /unlink ends the link.
partners-joined-notice = Linked
# To the inviter ($partner: their partner).
partners-partner-joined =
    { $partner } accepted your invitation: you're linked. If they choose to share their style or what helps them, I'll tell you and your nudges will use it.

    Neither of you ever sees the other's nudges, answers or reviews. If it wasn't { $partner } who joined, /unlink ends the link.
partners-declined = No problem. Nothing about you has been kept. If you ever change your mind, { $partner } can send a new link.
partners-declined-notice = No thanks
# To the inviter.
partners-partner-declined = { $partner } would rather not link for now, and that's completely fine. Your nudges go on just as before.

## /partner: what each of you shares

partners-not-linked = You're not linked with a partner. /invite makes a personal link you can send them, if you'd like to.
# $since: the date the link began.
partners-hub-intro = You and { $partner } are linked (since { $since }).
partners-hub-yours = What you share with { $partner }:
# $style: a style's name.
partners-hub-style-shared = • your style, from the quiz about yourself: { $style }
partners-hub-style-private = • nothing about your style: your quiz result ({ $style }) is yours alone
partners-hub-style-none = • nothing about your style (you haven't taken the quiz about yourself)
# $kinds: the kinds of care picked, as a list.
partners-hub-helps-shared = • what helps you: { $kinds }
partners-hub-helps-private = • nothing about what helps you: your picks ({ $kinds }) are yours alone
partners-hub-helps-none = • nothing about what helps you (you haven't picked any)
partners-hub-theirs = What { $partner } shares with you:
partners-hub-their-style = • their style: { $style }. Your nudges use it.
# For someone who hasn't set up nudges of their own yet.
partners-hub-their-style-setup = • their style: { $style }. /start offers it when you set up nudges of your own.
# $own: the style the reader chose themselves.
partners-hub-their-style-overridden = • their style: { $style }. Your nudges use your own choice, { $own }.
partners-hub-their-helps = • what helps them, so your nudges lean that way
partners-hub-nothing = • nothing yet
partners-hub-never = Neither of you ever sees the other's nudges, answers, reviews, pauses or settings.
partners-self-report-button = A short quiz about me
partners-helps-button = What helps me
# $style: the style from the quiz about oneself, not shared yet.
partners-share-style-button = Share my style ({ $style })
partners-stop-sharing-style-button = Stop sharing my style
partners-follow-button = Use { $partner }'s style again
partners-unlink-button = End the link

## The short quiz about oneself (ten statements, answered 1 to 7)

# $count: how many statements follow (10).
self-intro = { $count ->
        [one] { $count } statement
       *[other] { $count } statements
    } about you and { $partner }. For each, tap how much it sounds like you, from 1 to 7. Go with your first feeling; there are no right answers.

    You'll see the result first. Nothing goes to { $partner } unless you choose, and then only the style's name.
# $number: this statement's number; $total: how many (10); $statement: the statement.
self-question = Statement { $number } of { $total }

    { $statement }

    { self-scale-hint }
self-scale-hint = 1 = { self-anchor-1 } · 4 = { self-anchor-4 } · 7 = { self-anchor-7 }
self-anchor-1 = Not at all like me
self-anchor-4 = Somewhat
self-anchor-7 = Very much like me

self-item-anx-slow-reply = When { $partner } is slow to reply, I start to worry that something is wrong.
self-item-avo-step-back = When we get very close, part of me wants to step back and have some room.
self-item-anx-hear-it = I feel better when { $partner } tells me often that they love me.
self-item-avo-comfort = When I'm stressed or down, I turn to { $partner } for comfort.
self-item-anx-relaxed-apart = I stay relaxed when we have a day or two with little contact.
self-item-avo-alone = I'd rather sort out a problem on my own than ask { $partner } for help.
self-item-anx-after-argument = After a disagreement, I worry that { $partner } might leave.
self-item-avo-open = I find it easy to tell { $partner } what I feel and what I need.
self-item-anx-sure-cared = I feel sure that { $partner } cares about me, even when they don't say it.
self-item-avo-tense-quiet = When things get tense between us, I go quiet or want to be alone.

self-stop-button = Stop
self-stopped = Stopped. Your answers weren't kept, and what you share hasn't changed. /partner starts the quiz again whenever you like.
self-stopped-notice = Stopped
self-stale = That statement was already answered.
self-result-intro = Here's what your answers suggest about you.
# What each result means for the person who answered, with the style's name (style-...).
self-result-secure = Both are on the lower side: you seem mostly at ease with closeness and with time apart. That's closest to “{ style-secure }”.
self-result-anxious = Worry is on the higher side: you may feel calmer with contact, clear words and reassurance. That's closest to “{ style-anxious }”.
self-result-avoidant = Unease with closeness is on the higher side: you may value your independence and need some room when things get close or tense. That's closest to “{ style-avoidant }”.
self-result-fearful = Both are on the higher side: you may long for closeness and be wary of it at the same time. That's closest to “{ style-fearful }”.
self-not-a-diagnosis = This is a rough guide from a few answers, not a diagnosis. People change, and feeling safe with someone helps.
# $style: the result's name.
self-share-question = Share “{ $style }” with { $partner }? They'd see only this name, never your answers or scores, and their nudges would use it. You can stop sharing any time in /partner.
self-share-button = Share with { $partner }
self-keep-button = Keep it to myself
self-shared = Shared: { $partner } now sees “{ $style }”. /partner stops sharing it whenever you like.
self-shared-notice = Shared
self-kept = Kept to yourself. /partner lets you share it later, if you want to.
self-kept-notice = Kept to yourself
self-unshared = { $partner } no longer sees your style, and their nudges go back to their own choice.
self-unshared-notice = Not shared any more
# To the other side ($style: the style's name).
partners-style-shared-with-you = { $partner } took a short quiz about themselves and chose to share the result with you: “{ $style }”. Your nudges use it from now on. If you'd rather choose the style yourself, /settings lets you; { $partner } isn't told.
partners-style-shared-with-you-setup = { $partner } took a short quiz about themselves and chose to share the result with you: “{ $style }”. When you set up your nudges with /start, it'll be offered.
partners-style-unshared-with-you = { $partner } stopped sharing their style. Your nudges use your own choice again.

## What helps (up to three kinds of care)

# $max: how many may be picked (3).
helps-intro = What helps you feel loved or secure? Pick up to { $max }. If you share them, { $partner } sees which ones you picked, and their nudges lean that way.
help-kind-reassurance = Hearing that we're OK
help-kind-appreciation = Being appreciated
help-kind-affection = Affection and warmth
help-kind-together = Time together, with full attention
help-kind-space = Time to myself, no questions asked
help-kind-reliability = Knowing I can count on my partner
help-kind-view = My view taken seriously
help-kind-credit = Credit for what I do
help-kind-calm = Calm talks when we disagree
help-kind-support = Help with everyday things
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = “{ $kind }”
# A picked kind's button ($kind: its words).
helps-picked = ✓ { $kind }
helps-too-many = Up to { $max }: untick one first.
helps-pick-first = Pick at least one first.
helps-share-button = Share with { $partner }
helps-keep-button = Keep to myself
helps-stop-sharing-button = Stop sharing
# $kinds: the kinds picked, as a list.
helps-shared = Shared with { $partner }: { $kinds }. Their nudges will lean towards these.
helps-shared-notice = Shared
helps-kept = Kept to yourself. /partner lets you share them later, if you want to.
helps-unshared = { $partner } no longer sees what helps you.
# To the other side.
partners-helps-shared-with-you = { $partner } shared what helps them feel loved and secure: { $kinds }. Your nudges will lean that way.
partners-helps-unshared-with-you = { $partner } stopped sharing what helps them. Your nudges choose as before.

## Choosing one's own style while following the partner's

# $style: the reader's own choice.
partners-style-overridden = Your nudges now use “{ $style }”, your own choice, instead of the style { $partner } shared. { $partner } isn't told. /partner switches back whenever you like.
partners-following-again = Your nudges use the style { $partner } shared again: “{ $style }”.

## /unlink

partners-unlink-question = End the link with { $partner }? What each of you shared stops being used, your quiz result and picks are deleted, and each of your nudges goes back to your own choices. { $partner } will only be told that the link has ended.
partners-unlink-confirm-button = End the link
partners-unlink-keep-button = Keep it
partners-unlinked = The link has ended. Nothing either of you shared is used any more.
partners-unlinked-notice = Link ended
partners-unlink-kept = The link stays.
# To the other side, after /unlink or /delete.
partners-link-ended = Your link with { $partner } has ended. Your own nudges go on as before, with your own choices.
