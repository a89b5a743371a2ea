# nudger prompt catalog, English (the source language).
#
# One message per prompt; its id is the id in config/prompts.toml and never changes.
# The value is the action (max 220 characters); .why is the reason (max 160).
# { $partner } is the partner's name as the user typed it.

anx-reassurance-01 = Send { $partner } a short message today saying you're glad to be with them, with no other reason attached.
    .why = Clear, unprompted reassurance of your love helps a partner who worries about the bond feel more secure.

anx-reassurance-02 = Before you fall asleep tonight, tell { $partner } that you love them and that nothing about today changed that.
    .why = Reassurance that your love doesn't depend on how a day went is the unconditional kind that steadies a partner who worries.

anx-reassurance-03 = If you'll be out of touch or plans change today, let { $partner } know early and say when you'll next be in contact.
    .why = Someone who feels calmer with contact and reassurance has less to worry about when they know when they'll hear from you.

anx-reassurance-04 = Tell { $partner } today, in your own words, that you love them as they are, on their good days and their hard ones.
    .why = Clear reassurance of unconditional love is one of the most direct ways to help a partner feel secure.

anx-reassurance-05 = Before the working day gets going, send { $partner } a quick message saying you're looking forward to seeing them later.
    .why = Saying you look forward to them is simple, clear reassurance that eases worry during time apart.

anx-reassurance-06 = If { $partner } asks tonight whether something is wrong, answer plainly and kindly, and if nothing is, tell them so warmly.
    .why = A clear, kind answer is reassurance in itself and leaves less room for worry to grow.

anx-reassurance-07 = If your afternoon gets busy, send { $partner } a one-line message saying so and when you'll be in touch properly, then keep to it.
    .why = A short heads-up turns silence into reassurance, so a busy day isn't mistaken for distance.

anx-reassurance-08 = When you reply to { $partner }'s messages today, add one warm line to at least one of them instead of a one-word answer.
    .why = Small signs of warmth in everyday contact are a steady form of reassurance for a partner who worries about the bond.

anx-reassurance-12 = If { $partner } seems unsure of you today, tell them simply that you're here and you're not going anywhere.
    .why = Plain words about staying are clear reassurance of continued commitment, which eases worry about the bond.

anx-reassurance-13 = If you're quiet or distracted around { $partner } today, tell them briefly that it's about your day, not about them.
    .why = Explaining a quiet mood before it can be misread is reassurance that spares a partner who worries from guessing.

anx-reassurance-14 = If you're apart tonight, send { $partner } a short good-night message saying you're thinking of them.
    .why = A warm last word of the day is steady reassurance that closeness holds through time apart.

anx-reassurance-15 = If { $partner } apologises for something small today, like running late or forgetting a thing, tell them warmly that it's fine.
    .why = Meeting small slips with warmth reassures a partner that your love doesn't hinge on getting everything right.

anx-commitment-01 = Mention a plan for the months ahead to { $partner } today, a trip, a season or a tradition, and say you want it with them.
    .why = Talking about a shared future conveys continued commitment, which helps a partner feel secure in the relationship.

anx-commitment-02 = Tonight, tell { $partner } one reason you keep choosing this relationship.
    .why = Expressing emotions that convey commitment is one of the ways a partner can ease worry about the relationship.

anx-commitment-03 = This morning, suggest a date for your next evening out with { $partner }, and once they're happy with it, put it in your calendar.
    .why = A concrete plan that you then keep signals continued commitment more clearly than a vague promise.

anx-commitment-04 = If you and { $partner } had a rough moment lately, tell them today that one hard day doesn't change how committed you are.
    .why = Hearing that commitment holds through hard moments helps a partner feel more secure in the relationship over time.

anx-commitment-05 = This weekend, suggest one small plan with { $partner } for the coming week, like a walk or a meal out, and add it to the calendar.
    .why = Small plans made together and then kept are everyday signs of continued commitment.

anx-commitment-06 = Tonight, ask { $partner } what they're looking forward to this year, and tell them which parts you'd love to share with them.
    .why = Saying you want to share what lies ahead expresses continued commitment to the relationship.

anx-commitment-07 = Tell { $partner } today about one ordinary thing you picture the two of you still doing years from now, like Sunday breakfasts.
    .why = Picturing a shared future out loud expresses emotions that convey commitment, which eases worry about the bond.

anx-commitment-08 = If you told { $partner } you'd call or message at a certain time today, do it on time, even if it's only for a minute.
    .why = Keeping small promises is commitment shown in action, which helps a partner trust that you'll stay.

anx-commitment-11 = Talk with { $partner } today about one thing you'd like to build together this year, like savings, a garden or a skill, and ask what they'd add.
    .why = Shared goals for the future express continued commitment, which helps a partner feel secure in the relationship.

anx-commitment-12 = Today, ask { $partner } for their view on a decision that affects you both, like a purchase or a holiday, and make it together.
    .why = Deciding together is commitment shown in action: it tells a partner they are part of your future.

anx-commitment-13 = Tonight, remind { $partner } of a hard time the two of you came through together, and say you'd choose to face the next one with them too.
    .why = Words that convey commitment through hard times, not only good ones, help a partner feel secure in the relationship.

anx-commitment-14 = This weekend, suggest starting a small tradition with { $partner }, like a weekly walk or film night, and say you'd like to keep it going.
    .why = A small ritual you keep together is an everyday sign of continued commitment.

anx-positive-regard-01 = Tell { $partner } one specific thing you admire about how they handled something recently.
    .why = A partner who is hard on themselves feels steadier when you accentuate what you regard highly in them.

anx-positive-regard-02 = Leave { $partner } a note where they'll find it this morning, naming one quality you love in them.
    .why = Positive regard said plainly helps a partner who doubts themselves feel valued and secure.

anx-positive-regard-03 = Tell { $partner } tonight one thing about them you'd happily brag about to a friend.
    .why = Highlighting what you value in your partner is a direct way to accentuate positive regard.

anx-positive-regard-04 = If { $partner } is hard on themselves today, name one thing they did well, without arguing with how they feel.
    .why = Warm positive regard, offered gently, helps a partner who sees themselves harshly feel valued by you.

anx-positive-regard-05 = If { $partner } has a demanding day ahead, tell them this morning about one strength of theirs you know will help.
    .why = Pointing out strengths you see in them is positive regard that helps a partner who doubts themselves feel steadier.

anx-positive-regard-06 = Tell { $partner } one way they have made your life better since you met.
    .why = Telling a partner how they've made your life better accentuates positive regard and helps them feel valued.

anx-positive-regard-07 = This weekend, point out something { $partner } made, fixed or chose that you really like, and say what you like about it.
    .why = Specific praise makes positive regard concrete, which helps a partner who doubts themselves feel valued.

anx-positive-regard-08 = Send { $partner } a message this afternoon about something they said or did recently that made you proud of them.
    .why = Sharing your pride in them accentuates positive regard, which helps a partner who is hard on themselves feel valued.

anx-positive-regard-09 = Ask { $partner } for their advice on something today, and tell them why you trust their judgement.
    .why = Seeking their view and saying why you value it is positive regard that helps a partner who doubts themselves feel capable.

anx-positive-regard-10 = When { $partner } shares an idea or a plan today, start by saying what you like about it, before any questions.
    .why = Leading with what you value in their ideas accentuates positive regard, which helps a partner who doubts themselves feel capable.

anx-positive-regard-11 = Tell { $partner } today one thing you find attractive about them beyond looks, like the way they laugh or how they listen.
    .why = Saying what draws you to them accentuates positive regard, which helps a partner who doubts themselves feel wanted.

anx-positive-regard-12 = Before bed, tell { $partner } one thing they did today that you liked seeing, however small.
    .why = Noticing small good things in them every day is a steady way to accentuate positive regard.

anx-positive-regard-13 = Ask { $partner } to show you something they're good at, like a skill, a game or part of their work, and tell them what impresses you.
    .why = Real interest in what they do well accentuates positive regard and helps them feel valued by you.

anx-gratitude-01 = Thank { $partner } today for one specific thing they did for you this week, and say how it helped.
    .why = Receiving gratitude from a partner helps someone who worries about the relationship feel more satisfied in it.

anx-gratitude-02 = Write { $partner } a three-line thank-you note for something they do often that usually goes unnoticed.
    .why = Regular gratitude from a partner can ease worry about the relationship over time.

anx-gratitude-03 = Thank { $partner } in front of someone else today, a friend, a relative or your kids, for something they did.
    .why = Gratitude expressed openly shows your partner they are valued, which helps them feel more satisfied and secure.

anx-gratitude-04 = Tonight, tell { $partner } about a time they helped you through something hard, and thank them for it.
    .why = Support and gratitude from a partner help someone who worries feel more satisfied and secure over time.

anx-gratitude-05 = At the end of the working day, thank { $partner } for one thing they handled today, big or small.
    .why = Everyday gratitude from a partner helps someone who worries about the bond feel more satisfied in it.

anx-gratitude-06 = Over breakfast this weekend, tell { $partner } about one moment from this week you were thankful to share with them.
    .why = Gratitude for time together, not only for jobs done, helps a partner feel valued and more secure.

anx-gratitude-07 = Thank { $partner } today for something about who they are, like their patience or their humour, not just something they did.
    .why = Gratitude for who they are signals regard that doesn't depend on performance, which eases worry about the bond.

anx-gratitude-08 = Send { $partner } a message this afternoon thanking them for their support with something you've been dealing with.
    .why = Acknowledging the support they give you is gratitude that helps a partner feel valued and secure.

anx-gratitude-10 = Send { $partner } a message today thanking them for one thing they said recently that stayed with you.
    .why = Gratitude for their words, not only their deeds, shows you listen and value them, which eases worry about the bond.

anx-gratitude-11 = Tell { $partner } today what your week would have been like without one thing they did, and thank them for it.
    .why = Showing how much their help mattered makes gratitude concrete, which helps a partner feel more satisfied and secure.

anx-gratitude-12 = At dinner tonight, thank { $partner } for something they did for people you love, like your family or friends.
    .why = Gratitude for the care they show the people in your life helps a partner feel valued and more secure.

anx-gratitude-13 = Before you both get busy this morning, thank { $partner } for one thing that makes your mornings easier.
    .why = Small, everyday thanks from a partner help someone who worries about the bond feel more satisfied in it.

anx-closeness-01 = If { $partner } has had a stressful day, offer a hug or to hold their hand, and let them say yes or no.
    .why = Soothing distress through physical touch, when it's welcome, helps a partner feel safe and reassured.

anx-closeness-02 = Before you head out this morning, offer { $partner } an unhurried goodbye hug if they'd like one.
    .why = Gentle, welcome touch is one of the ways partners soothe worry and show they are staying close.

anx-closeness-03 = Send { $partner } a midday message just to check in and ask how their day is going.
    .why = Warm, regular contact helps a partner who feels calmer with closeness stay connected through the day.

anx-closeness-04 = Sit close to { $partner } tonight while you talk or watch something, and ask if they'd like your arm around them.
    .why = Physical closeness that is offered, not assumed, can soothe distress and help a partner feel secure.

anx-closeness-05 = When you're both home today, give { $partner } your full attention for the first five minutes, and offer a hug if they'd like one.
    .why = Warm contact when you reunite, with touch offered rather than assumed, soothes worry built up during time apart.

anx-closeness-06 = This weekend, offer { $partner } a slow morning together, like a long breakfast or a short walk, whichever they'd enjoy.
    .why = Unhurried time close together helps a partner who feels calmer with contact feel secure.

anx-closeness-07 = Send { $partner } a photo of something that made you think of them today, with one line saying so.
    .why = Small signs that they are on your mind keep contact warm and ease worry during time apart.

anx-closeness-08 = If { $partner } seems tense tonight, offer a shoulder or hand rub, and take it kindly if they'd rather not.
    .why = Soothing distress through touch helps when the touch is welcome, so offering it and respecting the answer both matter.

anx-closeness-09 = This weekend, join { $partner } in something they enjoy doing, and tell them you're glad to be doing it with them.
    .why = Shared time with warm words attached reassures a partner that you choose to be close to them.

anx-closeness-12 = Next time you pass { $partner } at home today, pause for a moment and offer a squeeze of the hand or a hug, if they'd like one.
    .why = Small touches through the day, when they're welcome, soothe worry and show that you're staying close.

anx-closeness-13 = Tonight, suggest a short, slow walk with { $partner }, and ask if they'd like to hold hands on the way.
    .why = Unhurried time side by side, with touch offered rather than assumed, soothes worry and keeps you close.

anx-closeness-14 = If you're apart this afternoon, call { $partner } for a few minutes instead of texting, just to hear their voice.
    .why = Hearing your voice is warm, direct contact, which helps a partner who feels calmer with closeness through the day.

anx-closeness-15 = Suggest a small ritual of contact to { $partner } for days apart, like a midday message or a call on the way home, and start it today.
    .why = A predictable rhythm of contact soothes worry during time apart and helps a partner feel close.

anx-reassurance-09 = Now that things have calmed down, send { $partner } a short message saying the disagreement is okay and you're still glad to be with them.
    .why = After a tense moment, clear reassurance that your love holds helps a partner who worries about the bond feel secure again.

anx-reassurance-10 = Tonight, tell { $partner } in plain words that you love them, and that one tense moment doesn't change that.
    .why = Reassurance of unconditional love, said soon after friction, soothes worry that the relationship is at risk.

anx-reassurance-11 = If you still need time to cool down, tell { $partner } when you'll be back in touch, then be there at that time.
    .why = Knowing when you'll reconnect reassures a partner who worries that space after a disagreement means distance.

anx-commitment-09 = Before bed, tell { $partner } that you're on the same team and you'll work this out together.
    .why = Words that convey continued commitment after a disagreement help a partner feel the relationship is safe.

anx-commitment-10 = Now that things have calmed down, make one ordinary plan with { $partner } for tomorrow or the weekend, to show the tension hasn't changed your plans.
    .why = A concrete plan soon after friction shows your commitment continues, which can reassure more than words alone.

anx-gratitude-09 = Now that things have settled, thank { $partner } for something ordinary they did for you, to show the tense moment hasn't changed how you see them.
    .why = Gratitude soon after a disagreement reassures a partner that your regard for them has not changed.

anx-closeness-10 = This evening, sit with { $partner } for a few minutes, and offer a hug or to hold hands if they'd like it.
    .why = Soothing distress through touch, when it's welcome, helps a partner feel the bond is safe after a disagreement.

anx-closeness-11 = Next time you're together, be fully present with { $partner } for a while: phone away, facing them, listening without rushing to fix or defend.
    .why = Calm, attentive presence after friction soothes worry and shows that you are staying close.

avo-trust-01 = Pick one small thing { $partner } asked you to do recently and get it done today, without needing a reminder.
    .why = Quiet, steady follow-through demonstrates that you are trustworthy, which helps a partner who values independence relax.

avo-trust-02 = Keep something { $partner } told you in confidence to yourself, and don't bring it up again unless they do.
    .why = Keeping what they share private shows you are safe to trust, which makes it easier for them to open up in their own time.

avo-trust-03 = If you'll be late or your plans change today, tell { $partner } as early as you can, plainly and without fuss.
    .why = Predictable, honest updates demonstrate trustworthiness, so your partner has less reason to keep their guard up.

avo-trust-04 = If you promised { $partner } something this week, like fixing a thing or booking a table, finish it today and just mention it's done.
    .why = Keeping promises without fanfare demonstrates trustworthiness and shows your partner they can rely on you.

avo-trust-05 = If { $partner } mentions a worry tonight, listen and keep your reaction calm, and leave it to them whether it comes up again.
    .why = A calm, steady response when they share something shows it's safe to rely on you, which builds trust over time.

avo-trust-06 = Tell { $partner } your plans for the day in a line or two this morning, so they know what to expect without having to ask.
    .why = Being open and predictable demonstrates trustworthiness without asking anything of them in return.

avo-trust-07 = If you can't do something you agreed with { $partner }, tell them straight away and offer a new time, without a long explanation.
    .why = Honest, early word when plans slip shows you can be counted on, which builds trust.

avo-trust-08 = This weekend, take care of one shared job you and { $partner } agreed was yours, start to finish, without being asked.
    .why = Handling your share reliably shows you are dependable, which helps a partner who values independence trust you.

avo-trust-09 = Treat { $partner } with the same respect in front of others as you do at home today: no teasing or stories at their expense.
    .why = Being the same person in public and in private demonstrates that you are trustworthy.

avo-trust-10 = If you made a small slip that affects { $partner }, like a missed bill or a broken cup, tell them yourself today, simply and calmly.
    .why = Owning small slips before they come to light shows you are honest, which demonstrates that you are trustworthy.

avo-trust-11 = Remember one thing { $partner } has told you they don't like, such as surprise plans or a certain nickname, and make sure it doesn't happen today.
    .why = Remembering and honouring what they've told you shows you listen and can be relied on, which builds trust.

avo-trust-12 = If you arranged a time with { $partner } today, like leaving the house or a call, be ready a few minutes early.
    .why = Being where you said, when you said, is a quiet way to demonstrate that you are trustworthy.

avo-autonomy-01 = Let { $partner } make the call today on something you share, like dinner or weekend plans, and go along with it without second-guessing.
    .why = Trusting their choices without checking up on them respects their autonomy, which reduces pulling away.

avo-autonomy-02 = Encourage { $partner } to keep some time this week for a hobby or friends of their own, and mean it.
    .why = Supporting their independent life respects their autonomy and helps them feel more committed, not crowded.

avo-autonomy-03 = If { $partner } is working through a problem today, ask whether they want a hand or would rather handle it, and go with their answer.
    .why = Offering help as a choice, not a takeover, respects autonomy and reduces disengagement when they need support.

avo-autonomy-04 = This weekend, ask { $partner } how they'd like to spend it before you make plans, and leave room for some time of their own.
    .why = Asking first and leaving room for independent time respects their autonomy, so time together feels chosen.

avo-autonomy-05 = When { $partner } makes a choice about their own time or work today, back it without asking them to explain it.
    .why = Trusting their judgement about their own affairs respects their autonomy and lowers the urge to pull away.

avo-autonomy-06 = If { $partner } is busy with work this afternoon, hold any messages that can wait and save them for later.
    .why = Respecting their focus gives them autonomy over their time, so contact feels welcome rather than demanding.

avo-autonomy-07 = Offer { $partner } two or three options for tonight, like cooking, a takeaway or a walk, and let them choose.
    .why = Offering choices instead of deciding for them respects their autonomy in small, everyday ways.

avo-autonomy-08 = If { $partner } does something differently from how you would today, like loading the dishwasher, let them do it their way.
    .why = Letting small things be done their way respects their autonomy and avoids the feeling of being managed.

avo-autonomy-09 = Before you make a plan that includes { $partner } today, like inviting guests or booking something, check with them first.
    .why = Asking before committing their time respects their autonomy, so plans feel chosen rather than imposed.

avo-autonomy-10 = If { $partner } mentions a choice they're weighing today, ask which way they're leaning and leave the decision with them.
    .why = Trusting them to reach their own decisions respects their autonomy and keeps support from feeling like pressure.

avo-autonomy-11 = This weekend, if { $partner } wants to change or drop a plan you made together, agree easily and suggest another time.
    .why = Accepting a change of plan without fuss respects their autonomy, which makes time together feel freely chosen.

avo-space-01 = Offer { $partner } a quiet hour to themselves tonight, with no questions about how they spend it.
    .why = Time alone, freely given, respects their need for space and makes closeness feel safer.

avo-space-02 = If { $partner } goes quiet today, don't chase; tell them once, lightly, that you're around whenever they want you.
    .why = Giving room instead of pursuing respects their autonomy and lowers the urge to withdraw.

avo-space-03 = Send { $partner } one light message today that needs no reply, instead of several check-ins.
    .why = Low-pressure contact shows you are there while respecting their space and independence.

avo-space-04 = Let { $partner } have a slow, quiet start this morning: save any planning talk until they've settled into the day.
    .why = Respecting when and how they want to engage honours their autonomy and keeps contact from feeling like pressure.

avo-space-05 = This weekend, suggest to { $partner } a few hours where you each do your own thing, then meet up for a meal you both enjoy.
    .why = Time apart with a clear, warm meeting point respects their need for space while keeping closeness easy.

avo-space-06 = When { $partner } gets home today, give them a few minutes to settle in before asking about their day.
    .why = A little room to unwind respects their space and makes conversation feel less like pressure.

avo-space-07 = Let { $partner } decide how much to say about their day today, and take a short answer as a full one.
    .why = Not pressing for more than they offer respects their autonomy and keeps contact low-pressure.

avo-space-08 = If { $partner } wants an evening to themselves, with a game, a book or a walk, tell them to enjoy it and mean it.
    .why = Giving space freely, without guilt attached, respects their autonomy and makes closeness feel safer.

avo-space-09 = Spend some time tonight beside { $partner } doing separate things, like reading or a hobby, with no need to talk.
    .why = Quiet company with no demands lets a partner who values space enjoy closeness on their own terms.

avo-space-11 = If { $partner } is absorbed in something today, like a book, a game or a project, leave them to it and save your news for a natural pause.
    .why = Letting them finish what absorbs them respects their space, so contact feels welcome rather than interrupting.

avo-space-12 = Ask { $partner } if there's a spot at home they'd like as their own, like a chair, a desk or a shelf, and help keep it theirs.
    .why = A corner of their own respects their independence, which makes shared life feel less crowded.

avo-space-13 = When you suggest time together today, keep it short and clear, like a walk round the block or one episode, so { $partner } can easily say yes.
    .why = Light, low-commitment invitations respect their need for space and make saying yes to closeness easier.

avo-validation-01 = Next time { $partner } tells you their view on something, say back what you heard before adding yours.
    .why = Validating their point of view when you see things differently keeps disagreements calmer and keeps you both talking.

avo-validation-02 = When { $partner } explains why they did something their way today, tell them it makes sense from where they stand.
    .why = Acknowledging that their reasoning makes sense validates their view, even when you would have done it differently.

avo-validation-03 = If { $partner } vents about their day tonight, agree with what's fair in their take instead of arguing the other side.
    .why = Validating their point of view helps them feel supported rather than needing to defend themselves.

avo-validation-04 = When you and { $partner } disagree about something small today, say "I can see why you'd see it that way" before anything else.
    .why = Acknowledging their view first, even when you disagree, lowers defensiveness and keeps things calm.

avo-validation-05 = If { $partner } mentions a decision they made at work today, ask what led to it, and tell them it sounds reasonable if it does.
    .why = Showing that you respect their reasoning validates their view without asking them to open up further.

avo-validation-06 = Ask { $partner } for their take on a practical question today, like a route or a repair, and go with their suggestion.
    .why = Valuing their judgement on practical matters validates their view in a low-key, everyday way.

avo-validation-07 = If { $partner } says they're fine or would rather not talk about something, take them at their word for now.
    .why = Accepting their own account of how they are validates their view and respects their autonomy.

avo-validation-08 = When { $partner } talks this weekend about something they care about, like a hobby or a news story, show interest without debating it.
    .why = Interest without debate tells them their view is welcome, which validates it with no pressure to say more.

avo-validation-10 = When you agree with { $partner }'s view on something today while others are around, like friends or family, say so openly.
    .why = Backing their view openly validates it and shows you're on their side, with nothing asked of them in return.

avo-validation-11 = If { $partner } turns down a suggestion of yours today, accept their reason as a fair one and let it go.
    .why = Accepting their no without pushing validates their point of view and respects their autonomy.

avo-validation-12 = If { $partner } mentions their plan for the day this morning, say what sounds sensible about it before raising any concern.
    .why = Starting with what makes sense in their plan validates their point of view and keeps any discussion calm.

avo-credit-01 = Name one thing { $partner } gave up or rearranged recently to make things work for you both, and thank them for it.
    .why = Giving credit for their sacrifices helps them feel valued and more committed to the relationship over time.

avo-credit-02 = After you and { $partner } sort something out together today, like plans, chores or money, tell them you liked how they worked with you.
    .why = Credit for cooperation keeps disagreements calmer, keeps you both talking and makes working together feel worthwhile.

avo-credit-03 = Give { $partner } credit out loud for one effort they made at home this week, like a chore or errand they took on.
    .why = Acknowledging what they contribute gives credit where it's due and helps them feel more committed over time.

avo-credit-04 = When something you planned together goes well today, say plainly that it worked because of what { $partner } did.
    .why = Crediting their part in shared wins helps them feel valued and more invested in the relationship.

avo-credit-05 = At the end of the working day, tell { $partner } you've noticed how much they've been handling lately, and that it counts.
    .why = Giving credit for the effort they put in helps a partner feel valued and more committed over time.

avo-credit-06 = This weekend, tell { $partner } about one thing they do for your home or family that you rely on, and say you don't take it for granted.
    .why = Credit for their ongoing contributions acknowledges their sacrifices and helps them feel more committed.

avo-credit-07 = If { $partner } met you halfway on something this week, tell them briefly that you noticed and appreciated it.
    .why = Noticing when they meet you halfway gives credit for cooperation, which makes compromise feel worthwhile next time.

avo-credit-10 = When someone compliments your home, a meal or a plan today, mention the part { $partner } played in it.
    .why = Giving credit openly for their contributions helps them feel valued and more committed to the relationship.

avo-credit-11 = At dinner tonight, mention one decision { $partner } made recently that turned out well for you both, and say it was a good call.
    .why = Giving credit for their judgement and cooperation helps them feel valued and more committed over time.

avo-credit-12 = If { $partner } helped you with something this week, send a short message this afternoon telling them how it turned out thanks to them.
    .why = Letting them know their help paid off gives credit for their effort and makes cooperation feel worthwhile.

avo-calm-conflict-01 = If a disagreement with { $partner } heats up today, suggest a short pause and name a time to come back to it, like after dinner.
    .why = A pause with a clear time to return lowers the temperature and keeps you both talking without dropping the topic.

avo-calm-conflict-02 = If something small went wrong between you and { $partner } today, tell them it's not a big deal and you're not worried about it.
    .why = Treating a problem as small and solvable keeps disagreements calmer and keeps you both talking.

avo-calm-conflict-03 = If you need to raise something with { $partner } today, keep it to one calm sentence about one small, practical fix.
    .why = Keeping a problem small and practical lowers the temperature and avoids the pressure of a big talk.

avo-calm-conflict-04 = If { $partner } needs to step away during a tense moment today, let them go without following, and welcome them back warmly.
    .why = Respecting their need to step away, then welcoming them back without blame, keeps disagreements calmer and easier to return to.

avo-calm-conflict-09 = If { $partner } sounds short with you today, reply calmly and give them the benefit of the doubt rather than pushing back.
    .why = A calm reply in a tense moment lowers the temperature and keeps a small moment from turning into an argument.

avo-calm-conflict-10 = If something { $partner } does annoys you today, ask yourself whether it will matter next week, and if not, let it go.
    .why = Letting small things go keeps problems in proportion and the temperature low between you.

avo-calm-conflict-11 = If a disagreement with { $partner } comes up today, stick to the one issue at hand and leave past arguments out of it.
    .why = Keeping to one present issue downplays its severity and keeps a disagreement calm and solvable.

avo-calm-conflict-12 = If you and { $partner } can't agree on something minor today, suggest a simple way to settle it, like taking turns or splitting the difference.
    .why = Treating a problem as minor and easy to solve lowers the temperature and keeps you working together.

avo-calm-conflict-05 = Now that a little time has passed, send { $partner } one friendly message about something ordinary, to show things between you are okay.
    .why = A calm, ordinary moment after tension lowers the temperature and shows the disagreement isn't a threat.

avo-calm-conflict-06 = If things with { $partner } still feel tense, suggest some space and offer a time to come back to it, like tomorrow after dinner.
    .why = Space with a set time to return lowers the temperature and respects their autonomy without leaving things hanging.

avo-calm-conflict-07 = Tonight, keep things light and ordinary with { $partner }, a meal, a show or a walk, rather than going over the disagreement again.
    .why = A lower temperature after a disagreement helps you both settle; the topic can wait for a calmer time you both choose.

avo-calm-conflict-08 = When you next talk with { $partner }, describe the disagreement as a small, solvable thing, not a sign of something bigger.
    .why = Keeping a problem in proportion after a disagreement keeps things calmer and keeps you both talking.

avo-credit-08 = Now that things have calmed down, thank { $partner } for one thing they did to keep the disagreement from getting worse, like listening or staying calm.
    .why = Giving credit for their cooperation keeps disagreements calmer, keeps you both talking and makes working things out feel worthwhile.

avo-credit-09 = If { $partner } gave some ground to settle things, tell them you noticed, and that you appreciate it.
    .why = Credit for the sacrifices they make to settle things helps them feel valued rather than defeated.

avo-validation-09 = Now that things have settled, tell { $partner } in one sentence which part of their view on the disagreement makes sense to you, with no debate.
    .why = Validating their point of view after a disagreement keeps things calmer, keeps you both talking and shows you heard them.

avo-space-10 = If { $partner } wants time alone after the tension, let them have it, and mention when you'll next be around.
    .why = Offering space with a clear time to reconnect respects their autonomy and makes it easy to come back together.

gen-appreciation-01 = Tell { $partner } one specific thing you appreciated about them today.
    .why = Specific, regular appreciation is a small act that keeps a relationship steady.

gen-appreciation-02 = Leave { $partner } a short note this morning thanking them for something they did this week.
    .why = Gratitude from a partner helps people feel more satisfied in their relationship.

gen-appreciation-03 = Over dinner tonight, tell { $partner } one thing you appreciate about how they treat the people around them.
    .why = Appreciating who your partner is, not only what they do, is a small act that keeps closeness steady.

gen-appreciation-04 = Appreciate an effort rather than a result today: tell { $partner } you noticed how hard they tried at something.
    .why = Noticing effort, whatever the outcome, shows steady support and gratitude for who they are.

gen-appreciation-05 = This weekend, tell { $partner } one thing you love about your life together right now.
    .why = Saying out loud what you value in the relationship helps both partners feel more satisfied in it.

gen-appreciation-06 = Send { $partner } a message today that starts "I really like how you..." and finish it honestly.
    .why = Specific appreciation tells your partner what you notice and value, which helps them feel satisfied in the relationship.

gen-appreciation-07 = Tell a friend or relative something you appreciate about { $partner } today, then let { $partner } know you said it.
    .why = Appreciation shared with others, then passed on, shows pride in your partner that they can feel.

gen-appreciation-08 = When { $partner } finishes a chore or errand today, thank them for it right then.
    .why = Timely thanks for everyday effort is a simple habit of gratitude that keeps a relationship warm.

gen-appreciation-09 = Tell { $partner } about a moment recently when they made you laugh, and how much you enjoyed it.
    .why = Recalling good moments and saying you valued them is a small act of appreciation that builds closeness.

gen-appreciation-10 = Thank { $partner } this morning for something they do so regularly it's easy to miss, like locking up or making the bed.
    .why = Gratitude for routine care helps a partner feel seen and keeps a relationship satisfying.

gen-appreciation-12 = Tell { $partner } one thing they do that makes your home feel like home, and thank them for it.
    .why = Appreciating the everyday care they give helps both partners feel more satisfied in the relationship.

gen-appreciation-13 = Tell { $partner } about one small habit of theirs that you've come to love, like the way they greet you or hum while cooking.
    .why = Noticing and naming the little things you love about them is appreciation that keeps a relationship warm.

gen-attention-01 = Put your phone away for the first ten minutes when you see { $partner } today, and ask about their day.
    .why = Undivided attention, given consistently, is a small act that keeps partners feeling close.

gen-attention-02 = Ask { $partner } one follow-up question tonight about something they mentioned earlier this week.
    .why = Remembering what matters to them shows consistent attention and care.

gen-attention-03 = Ask { $partner } this morning what's on their plate today, then check in about the biggest thing this evening.
    .why = Consistent, caring check-ins are small acts that keep a relationship steady.

gen-attention-04 = Learn one thing about a current interest of { $partner }'s today, a show, a project or a game, and ask them about it.
    .why = Taking an interest in what interests them is a simple form of attention that keeps you connected.

gen-attention-05 = At dinner tonight, ask { $partner } one specific question about their day, not just how it was, and hear the whole answer.
    .why = Specific, attentive questions show real interest, a small act that keeps partners feeling close.

gen-attention-06 = This weekend, notice one thing { $partner } enjoys, a song, a dish or a place, and bring it up later to show you remembered.
    .why = Remembering what they enjoy is attention they can feel, and it keeps you connected day to day.

gen-attention-07 = When { $partner } starts telling you something today, stop what you're doing and turn toward them.
    .why = Turning toward your partner when they speak is a simple form of attention that keeps closeness steady.

gen-attention-08 = Ask { $partner } this morning what they're looking forward to this week.
    .why = Knowing what your partner looks forward to is a small, steady way to stay attentive to their life.

gen-attention-09 = Watch, read or listen to something { $partner } has recommended, then tell them what you thought of it.
    .why = Engaging with what they care about shows attention to their interests and gives you something to share.

gen-attention-10 = If { $partner } had a meeting, appointment or call today, send them a message this afternoon asking how it went.
    .why = Remembering the things on their day shows consistent attention, which keeps partners close.

gen-attention-11 = This weekend, ask { $partner } what has been on their mind lately, and give them your full attention while they answer.
    .why = Unhurried, undivided attention is a small gift that helps a partner feel known.

gen-attention-12 = Ask { $partner } today about someone in their life, a friend, colleague or relative, and remember the details for next time.
    .why = Knowing the people who matter to them is steady attention that helps a partner feel known.

gen-kindness-01 = Make { $partner }'s coffee or tea this morning exactly the way they like it.
    .why = Small, everyday kindnesses are the kind of consistent care that keeps a relationship steady.

gen-kindness-02 = Do one small job { $partner } has been putting off, without being asked.
    .why = Quietly lightening their load is a practical form of support.

gen-kindness-03 = Let { $partner } pick tonight's meal, film or plan, and enjoy it with them wholeheartedly.
    .why = Small generous gestures, made freely, help both partners feel cared for.

gen-kindness-04 = Pick up a small treat for { $partner } today, like their favourite snack or a flower, for no reason at all.
    .why = Unprompted small acts of kindness keep warmth in a relationship day to day.

gen-kindness-05 = Take over one morning task { $partner } usually does, like packing lunches or feeding a pet, so they get a few extra minutes.
    .why = Quietly taking something off their plate is an everyday kindness that shows you care.

gen-kindness-06 = Let { $partner } sleep in this weekend if they'd like to, and have a drink or breakfast ready when they get up.
    .why = A small, freely given comfort at the start of the day helps a partner feel cared for.

gen-kindness-07 = Do one small comfort for { $partner } this evening, like making them a hot drink or bringing them a blanket.
    .why = Thoughtful comforts show care in a way that needs no words.

gen-kindness-08 = Fill up, restock or charge something { $partner } uses every day, like their water bottle, the car or their phone.
    .why = Noticing and meeting small needs is a practical kindness that keeps a relationship warm.

gen-kindness-09 = Send { $partner } a short, kind message in the middle of the afternoon, when the day tends to drag.
    .why = A well-timed kind word is a small act of care that keeps partners close through busy days.

gen-kindness-10 = If { $partner } comes up in conversation with others today, say something kind about them.
    .why = Speaking well of your partner when they aren't there is a habit of respect that strengthens trust.

gen-kindness-12 = Tonight, get one thing ready for { $partner }'s morning, like setting out their things or the coffee, so tomorrow starts easier.
    .why = Easing your partner's next day before they ask is a small kindness that shows steady care.

gen-kindness-13 = Save { $partner } the best of something today, like the comfy seat, the last slice or the first hot shower, without making a point of it.
    .why = Small, generous choices in everyday life are a kindness a partner can feel, and they keep warmth in a relationship.

gen-support-01 = Ask { $partner } if there's one thing you could take off their plate this week, then do it.
    .why = Practical support from a partner helps people feel more satisfied in their relationship.

gen-support-02 = If { $partner } had a hard day, ask whether they'd like to talk it through or just unwind, and follow their lead.
    .why = Support that fits what your partner actually wants is the most helpful kind.

gen-support-03 = If { $partner } has something big on today, send them a short good-luck message beforehand.
    .why = Showing up with support at the moments that matter builds steady trust between partners.

gen-support-04 = Ask { $partner } about a goal they're working toward, what the next step is and whether there's a way you can help.
    .why = Backing your partner's goals is a consistent form of support that keeps a relationship steady.

gen-support-05 = Ask { $partner } this morning which part of their day looks hardest, and send a short encouraging message around then.
    .why = Support timed to when it's needed shows you're paying attention and on their side.

gen-support-06 = Ask { $partner } tonight how they're feeling about something big in their life right now, and listen more than you talk.
    .why = Attentive listening is a form of support that helps partners feel understood.

gen-support-07 = This weekend, take on one job { $partner } has been dreading, or do it alongside them so it's less of a chore.
    .why = Sharing the load on something unwelcome is practical support that helps a partner feel backed.

gen-support-08 = Tell { $partner } today that you're in their corner on something they're facing, and name it.
    .why = Saying plainly that you're on their side is support that makes hard things feel less lonely.

gen-support-09 = Offer to handle one phone call, booking or form for { $partner } today that has been weighing on them.
    .why = Taking on a task they've been dreading is a concrete kind of support.

gen-support-12 = If { $partner } is stuck on a decision, offer to think it through with them for ten minutes, and leave the choice with them.
    .why = Support that helps without taking over leaves your partner feeling backed and capable.

gen-support-13 = This weekend, ask { $partner } what would make their coming week easier, and pick one thing you can do to help.
    .why = Asking ahead what would help, then doing it, is steady support that eases busy weeks.

gen-connection-01 = Spend fifteen minutes with { $partner } tonight doing something together with screens off, like a walk or a cup of tea.
    .why = Regular, unhurried time together is a small habit that keeps a relationship steady.

gen-connection-02 = Suggest one small new thing to try with { $partner } this week, a recipe, a route or a place, and put it in the diary.
    .why = Shared new experiences, planned and kept, help partners stay connected.

gen-connection-03 = Send { $partner } a photo, joke or memory today that you know will make them smile.
    .why = Small moments of shared warmth keep partners feeling connected through busy days.

gen-connection-04 = Have breakfast or a coffee with { $partner } this morning, even just ten minutes, before the day takes over.
    .why = Consistent small rituals together help a relationship feel steady.

gen-connection-05 = This weekend, suggest a walk with { $partner }, somewhere new or an old favourite, with phones left in your pockets.
    .why = Shared, unhurried time outdoors is a simple habit that keeps partners connected.

gen-connection-06 = Ask { $partner } tonight a question you've never asked before, like a favourite childhood memory or a place they'd love to see.
    .why = Curious questions keep you learning about each other, which keeps a relationship fresh.

gen-connection-07 = Cook or order dinner together tonight and eat it at the table with { $partner }, even if it's simple.
    .why = Regular shared meals are small rituals that keep partners connected through busy weeks.

gen-connection-08 = Bring up a favourite shared memory with { $partner } today, and enjoy remembering it together.
    .why = Revisiting good times together reminds both partners of what they share.

gen-connection-09 = Suggest a game, a puzzle or cooking something new with { $partner } this weekend, just for fun.
    .why = Playful shared activities bring laughter and closeness into ordinary time.

gen-connection-10 = Send { $partner } a good-morning message today with one thing you're looking forward to doing together.
    .why = Looking forward to shared time, and saying so, keeps partners connected on busy days.

gen-connection-11 = Share a song with { $partner } today that reminds you of them, and tell them why.
    .why = Small shared moments like this keep warmth and connection alive between partners.

gen-connection-13 = Put on music { $partner } likes while you do a job together today, like cooking or tidying, and enjoy it side by side.
    .why = Turning everyday jobs into shared moments keeps partners connected through ordinary days.

gen-appreciation-11 = Now that things have calmed down, thank { $partner } for staying with the conversation when it got tense, even if it didn't end neatly.
    .why = Appreciating the effort it took to stay with a hard moment helps both partners feel on the same side again.

gen-kindness-11 = This evening, do one small, kind thing for { $partner } without mentioning the disagreement, like making tea or handling a chore.
    .why = A quiet act of care after friction shows goodwill and helps both partners settle.

gen-support-10 = Now that some time has passed, ask { $partner } if there's anything they need from you after the tension, and do it if you can.
    .why = Asking what would help, then acting on it, shows you're on the same side after a disagreement.

gen-support-11 = Tonight, tell { $partner } calmly that you want to understand their side, and ask when would be a good time to talk it over.
    .why = Wanting to understand, and letting them choose the time, makes a calm conversation more likely.

gen-connection-12 = Now that things have settled, suggest something small and ordinary to do with { $partner }, like a walk or a cup of tea, to reconnect.
    .why = Calm, ordinary time together after a disagreement helps both partners feel close again.
