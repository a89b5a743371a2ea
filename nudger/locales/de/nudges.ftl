# A nudge as the user sees it, and what answering it says.

# The nudge's message: the action ($action, from prompts.ftl), then why it helps ($why).
nudge-message =
    { $action }

    Warum das hilft: { $why }
# The text of a nudge whose prompt left the catalog since it was sent.
nudge-unknown-prompt = Impuls
nudge-button-done = ✅ Erledigt
nudge-button-skip = ⏭ Überspringen
nudge-button-snooze = ⏰ 1 Std. später

nudge-now-on-its-way = Ein Impuls ist schon unterwegs.
nudge-old = Dieser Impuls war für einen früheren Tag, deshalb bleibt er, wie er war. Der von heute kommt noch.
nudge-done-mark = ✅ Erledigt – schön.
nudge-skip-mark = ⏭ Übersprungen – ganz in Ordnung. Morgen ist auch noch ein Tag.
# $time: when the snoozed nudge comes back, "14:05".
nudge-snooze-mark = ⏰ Verschoben – um { $time } Uhr kommt er wieder.
nudge-snooze-mark-tomorrow = ⏰ Verschoben – morgen um { $time } Uhr kommt er wieder.
nudge-already-done = Diesen Impuls hast du schon als erledigt markiert.
nudge-already-skipped = Diesen Impuls hast du schon übersprungen.
nudge-already-snoozed = Dieser Impuls ist verschoben und kommt bald wieder.
nudge-already-other = Dieser Impuls lässt sich nicht mehr ändern.
