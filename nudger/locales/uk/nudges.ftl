# A nudge as the user sees it, and what answering it says.

# The nudge's message: the action ($action, from prompts.ftl), then why it helps ($why).
nudge-message =
    { $action }

    Чому це допомагає: { $why }
# The text of a nudge whose prompt left the catalog since it was sent.
nudge-unknown-prompt = Підказка
nudge-button-done = ✅ Зроблено
nudge-button-skip = ⏭ Пропустити
nudge-button-snooze = ⏰ Відкласти на годину

nudge-now-on-its-way = Одна підказка вже в дорозі.
nudge-old = Ця підказка стосується одного з минулих днів, тож лишається як була. Сьогоднішня ще прийде.
nudge-done-mark = ✅ Зроблено — чудово.
nudge-skip-mark = ⏭ Пропущено — нічого страшного. Завтра буде новий день.
# $time: when the snoozed nudge comes back, "14:05".
nudge-snooze-mark = ⏰ Відкладено — нагадаю знову о { $time }.
nudge-snooze-mark-tomorrow = ⏰ Відкладено — нагадаю знову завтра о { $time }.
nudge-already-done = Цю підказку вже позначено як зроблену.
nudge-already-skipped = Цю підказку вже пропущено.
nudge-already-snoozed = Цю підказку відкладено — вона скоро повернеться.
nudge-already-other = Цю підказку вже не можна змінити.
