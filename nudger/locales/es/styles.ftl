# The partner's style, the parts of the day, and the kinds of care: the names every feature
# shows. A style's description is one plain line beside its button, never a diagnosis.
# Spanish: the names are noun phrases (no gender); descriptions use no labels and no
# gendered adjectives about the partner or the user.

style-anxious = Apego ansioso
    .description = suele preocuparse por la relación y se tranquiliza con el contacto y con palabras que le den seguridad
style-avoidant = Apego evitativo
    .description = valora su independencia y puede tomar distancia cuando hay mucha cercanía o tensión
style-secure = Apego seguro
    .description = casi siempre se siente a gusto tanto en la cercanía como en el tiempo por separado
style-fearful = Las dos cosas
    .description = busca la cercanía y a la vez desconfía de ella, así que puede alternar entre acercarse y tomar distancia
style-unknown = No lo sé
    .description = aún no lo tienes claro, y unas preguntas rápidas pueden ayudarte (puedes saltarlas)

window-morning = Mañana
window-afternoon = Tarde
window-evening = Noche
