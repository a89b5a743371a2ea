# The partner's style, the parts of the day, and the kinds of care: the names every feature
# shows. A style's description is one plain line beside its button, never a diagnosis.

style-anxious = Anxious
    .description = often worries about the relationship and feels calmer with contact and reassurance
style-avoidant = Avoidant
    .description = values independence, can pull away when things get close or tense
style-secure = Secure
    .description = mostly at ease with closeness and with time apart
style-fearful = Both
    .description = longs for closeness and is wary of it, so can reach out and pull back in turn
style-unknown = Not sure
    .description = you're not sure yet: a few quick questions can help (you can skip them)

window-morning = Morning
window-afternoon = Afternoon
window-evening = Evening
