# A nudge as the user sees it, and what answering it says.

# The nudge's message: the action ($action, from prompts.ftl), then why it helps ($why).
# The action line starts with a right-to-left mark: the action is one isolated placeable.
nudge-message =
    {"\u200F"}{ $action }

    چرا کمک می‌کند: { $why }
# The text of a nudge whose prompt left the catalog since it was sent.
nudge-unknown-prompt = تلنگر
nudge-button-done = ✅ انجام شد
nudge-button-skip = ⏭ رد کن
nudge-button-snooze = ⏰ یک ساعت بعد

nudge-now-on-its-way = یک تلنگر از قبل در راه است.
nudge-old = این تلنگر مال یکی از روزهای قبل بود، پس همان‌طور که بود می‌ماند. تلنگر امروز هم می‌رسد.
nudge-done-mark = ✅ انجام شد — چه خوب.
nudge-skip-mark = ⏭ رد شد — اشکالی ندارد. فردا هم روز خداست.
# $time: when the snoozed nudge comes back, "14:05".
nudge-snooze-mark = ⏰ به تعویق افتاد — ساعت { $time } دوباره برایت می‌فرستمش.
nudge-snooze-mark-tomorrow = ⏰ به تعویق افتاد — فردا ساعت { $time } دوباره برایت می‌فرستمش.
nudge-already-done = این یکی را قبلاً «انجام شد» زده‌ای.
nudge-already-skipped = این یکی را قبلاً رد کرده‌ای.
nudge-already-snoozed = این یکی به تعویق افتاده است و به‌زودی برمی‌گردد.
nudge-already-other = این تلنگر دیگر قابل تغییر نیست.
