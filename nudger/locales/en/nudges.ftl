# A nudge as the user sees it, and what answering it says.

# The nudge's message: the action ($action, from prompts.ftl), then why it helps ($why).
nudge-message =
    { $action }

    Why it helps: { $why }
# The text of a nudge whose prompt left the catalog since it was sent.
nudge-unknown-prompt = Nudge
nudge-button-done = ✅ Done
nudge-button-skip = ⏭ Skip
nudge-button-snooze = ⏰ Snooze 1h

nudge-now-on-its-way = One is already on its way.
nudge-old = That nudge was for an earlier day, so it stays as it was. Today's will come.
nudge-done-mark = ✅ Done — nice.
nudge-skip-mark = ⏭ Skipped — that's fine. There's always tomorrow.
# $time: when the snoozed nudge comes back, "14:05".
nudge-snooze-mark = ⏰ Snoozed — I'll bring it back at { $time }.
nudge-snooze-mark-tomorrow = ⏰ Snoozed — I'll bring it back tomorrow at { $time }.
nudge-already-done = You already marked this one done.
nudge-already-skipped = You already skipped this one.
nudge-already-snoozed = This one is snoozed; it will come back soon.
nudge-already-other = This nudge can't be changed any more.
