# The partner's style, the parts of the day, and the kinds of care: the names every feature
# shows. A style's description is one plain line beside its button, never a diagnosis.
# German: the descriptions have no subject ("macht sich oft Sorgen …"), so they need no
# gendered word for the partner.

style-anxious = Ängstlich
    .description = macht sich oft Sorgen um die Beziehung und wird mit Kontakt und Zuspruch ruhiger
style-avoidant = Vermeidend
    .description = legt Wert auf Unabhängigkeit und geht manchmal auf Abstand, wenn es sehr nah oder angespannt wird
style-secure = Sicher
    .description = fühlt sich meist wohl, ob ihr euch nah seid oder Zeit getrennt verbringt
style-fearful = Beides
    .description = wünscht sich Nähe und ist doch vorsichtig damit, kommt deshalb mal auf dich zu und zieht sich mal zurück
style-unknown = Weiß ich nicht
    .description = du weißt es noch nicht genau – ein paar kurze Fragen können helfen (du kannst sie überspringen)

window-morning = Morgen
window-afternoon = Nachmittag
window-evening = Abend
