# /export and /delete.

privacy-no-data-to-export = У мене немає жодних даних про тебе, тож експортувати нічого. Надішли /start, щоб почати.
privacy-no-data-to-delete = У мене немає жодних даних про тебе, тож видаляти нічого. Надішли /start, щоб почати.
# The caption of the JSON file (its keys stay in English, as a data format's do).
privacy-export-caption = Усе, що я зберігаю про тебе, у файлі JSON. Час указано в UTC. Щоб стерти все, надішли /delete.
privacy-delete-warning =
    Видалити все?

    Буде стерто все, що я про тебе зберігаю: ім’я та стиль коханої людини, твій часовий пояс, час підказок та інші налаштування, усі підказки й твої позначки, паузи, відповіді на тести, підсумки тижнів і використання /conflict. Скасувати це неможливо.

    Якщо спершу хочеш отримати копію, надішли /export, перш ніж натиснути кнопку нижче.
privacy-delete-button = Так, видалити все
privacy-keep-button = Скасувати
privacy-deleted = Видалено. Усі дані про тебе стерто, і я більше нічого про тебе не знаю. Якщо колись захочеш почати знову, надішли /start — і почнемо з чистого аркуша. Бережи себе.
privacy-deleted-notice = Видалено
privacy-kept = Нічого не видалено.
privacy-nothing-left = Видаляти вже нічого: у мене немає жодних даних про тебе.
# A "Yes" from a warning sent before the account was deleted and set up again.
privacy-old-warning = Ця кнопка з давнішого запиту, тож нічого не видалено. Якщо ти все ж хочеш стерти свої дані, надішли /delete ще раз.
