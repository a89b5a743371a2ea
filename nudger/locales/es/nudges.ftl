# A nudge as the user sees it, and what answering it says.

# The nudge's message: the action ($action, from prompts.ftl), then why it helps ($why).
nudge-message =
    { $action }

    Por qué ayuda: { $why }
# The text of a nudge whose prompt left the catalog since it was sent.
nudge-unknown-prompt = Empujoncito
nudge-button-done = ✅ Hecho
nudge-button-skip = ⏭ Saltar
nudge-button-snooze = ⏰ Posponer 1 h

nudge-now-on-its-way = Ya va uno en camino.
nudge-old = Ese empujoncito era de otro día, así que se queda como estaba. El de hoy ya llegará.
nudge-done-mark = ✅ Hecho. ¡Qué bien!
nudge-skip-mark = ⏭ Saltado. No pasa nada: mañana será otro día.
# $time: when the snoozed nudge comes back, "14:05".
nudge-snooze-mark = ⏰ Pospuesto. Te lo vuelvo a mandar a las { $time }.
nudge-snooze-mark-tomorrow = ⏰ Pospuesto. Te lo vuelvo a mandar mañana a las { $time }.
nudge-already-done = Este ya lo marcaste como hecho.
nudge-already-skipped = Este ya lo saltaste.
nudge-already-snoozed = Este está pospuesto; volverá pronto.
nudge-already-other = Este empujoncito ya no se puede cambiar.
