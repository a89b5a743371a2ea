# The partner's style, the parts of the day, and the kinds of care: the names every feature
# shows. A style's description is one plain line beside its button, never a diagnosis.
# Ukrainian: the names agree with «стиль» (masculine); the descriptions are in the present
# tense about the partner, with no gendered forms.

style-anxious = Тривожний
    .description = часто хвилюється за стосунки; спокій дають зв’язок і запевнення
style-avoidant = Уникальний
    .description = цінує незалежність, може віддалятися, коли стає надто близько чи напружено
style-secure = Надійний
    .description = здебільшого почувається спокійно і поруч, і нарізно
style-fearful = І те, і те
    .description = прагне близькості й водночас її остерігається, тож то тягнеться назустріч, то віддаляється
style-unknown = Важко сказати
    .description = ти поки не знаєш напевно — допоможуть кілька коротких запитань (їх можна пропустити)

window-morning = Ранок
window-afternoon = Після обіду
window-evening = Вечір
