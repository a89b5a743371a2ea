# /settings: the menu with every current value, one editor per setting, what a change
# confirms, and a shared location (used only to find a time zone).

## The menu's buttons

settings-name-button = Ім’я
settings-style-button = Стиль
settings-zone-button = Часовий пояс
settings-count-button = Скільки підказок
settings-windows-button = Частини дня
settings-review-button = Підсумки тижня
settings-quiet-button = Тихі години
settings-language-button = Мова
# Shown only in languages whose sentences about the partner depend on their gender.
settings-gender-button = { $partner }: «вона» чи «він»
settings-close-button = Закрити
settings-back-button = « Назад
settings-quiz-button = Пройти тест

## The menu

settings-menu-title = Твої налаштування
settings-menu-partner = • Кохана людина: { $partner }
# $style: the style's name ("Anxious", "Not sure").
settings-menu-style = • Стиль: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (it's 08:00 there now)").
settings-menu-zone = • Часовий пояс: { $zone_now }
# $nudges: common-per-day ("2 nudges a day").
settings-menu-count = • Частота: { $nudges }
# $windows: the times of day in a sentence ("morning and evening"), or settings-menu-no-windows.
settings-menu-windows = • Коли: { $windows }
settings-menu-no-windows = не вибрано
# $review: common-review-at ("Sundays at 19:00").
settings-menu-review = • Підсумки тижня: { $review }
# $quiet: common-quiet-hours ("22:00–08:00").
settings-menu-quiet = • Тихі години: { $quiet }
# $language: the language's own name ("English", "Deutsch").
settings-menu-language = • Мова: { $language }
# In a gendered language only; $gender is how the user asked me to refer to the partner.
settings-menu-gender = • { $partner } в підказках: { $gender ->
        [she] «вона»
        [he] «він»
       *[name] лише на ім’я
    }
settings-menu-on = • Підказки ввімкнено.
# $moment: "Sat 5 Dec, 08:00", in the user's time zone.
settings-menu-paused-until = • Пауза до { $moment } (за твоїм часом).
settings-menu-paused = • Пауза — доки не надішлеш /resume.
# $moment: "Mon 23 Nov, 09:12", in the user's time zone.
settings-menu-next = • Наступна підказка: { $moment } (за твоїм часом)
settings-menu-footer = Натисни те, що хочеш змінити.
settings-closed = Налаштування закрито. Надсилай /settings будь-коли, щоб щось змінити.
settings-closed-notice = Закрито
settings-no-change = Це вже так налаштовано.

## The editors

settings-ask-new-name = Надішли мені нове ім’я чи прізвисько окремим повідомленням.
settings-name-editor =
    Зараз ім’я твоєї коханої людини в мене таке: { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } Або натисни «Назад» у повідомленні з налаштуваннями, щоб залишити ім’я як є.
settings-location-promise = Геопозицію я використовую лише для того, щоб визначити часовий пояс, і не зберігаю її.
settings-ask-new-zone = Надішли назву свого часового поясу, як-от Europe/Berlin, або назву міста поблизу, скажімо, Львів чи Торонто. Можна також поділитися геопозицією (📎 → Геопозиція), і я визначу її часовий пояс. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Твій часовий пояс: { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (what was wrong with the typed zone, and examples).
settings-bad-zone = { $problem } Також можна поділитися геопозицією, і я визначу її часовий пояс.
# Above one line per style (common-style-line). $style: the current style's name.
settings-style-editor = Що з цього найкраще описує, як { $partner } почувається в стосунках? Зараз: { $style }.
settings-style-editor-footer = Від цього залежить лише те, які ідеї ти отримуєш; це не діагноз. Важко сказати? Допоможе короткий тест.
# $nudges: common-per-day ("1 nudge a day").
settings-count-editor = Зараз у тебе { $nudges }. Скільки хочеш отримувати?
# $chosen: the times of day in a sentence ("morning and evening"), or settings-windows-none.
settings-windows-editor =
    Коли надсилати підказки? Вибери одну чи кілька частин дня, а потім натисни «Зберегти».

    Обрано: { $chosen }.
settings-windows-none = поки нічого
# $review: common-review-at ("Sundays at 19:00").
settings-review-day-editor = Підсумки тижня — короткий погляд на те, як минув твій тиждень. Зараз вони приходять у такий час: { $review } (за твоїм часом). Який день тобі зручніший?
# $day: the weekday's name ("Tuesday").
settings-review-hour-editor = День підсумків тижня: { $day }. О котрій годині?
# $quiet: common-quiet-hours ("22:00–08:00").
settings-quiet-start-editor = Зараз тихі години — { $quiet }, у цей час підказок немає. Коли їм починатися?
# $start: "21:00".
settings-quiet-end-editor = Тиша — з { $start }. До котрої години вранці?
# Each language's button shows its own name; this question is shown in the current language.
settings-language-editor = Якою мовою мені писати?
# Answered with onboarding-gender-she, -he or -name. $gender: the current choice.
settings-gender-editor = Як мені писати в підказках: { $partner } — це «вона» чи «він»? Або лише на ім’я? Зараз: { $gender ->
        [she] «вона»
        [he] «він»
       *[name] лише на ім’я
    }.

## What can't be saved (the tap's notice: keep each under 190 characters)

# $time: the review's time ("09:00"); $quiet: common-quiet-hours ("22:00–10:00").
settings-review-in-quiet-hours = Підсумки тижня о { $time } припали б на тихі години ({ $quiet }). Вибери інші тихі години або інший час для підсумків.
# $count: how many nudges a day fit (1–3); $windows: the times of day in a sentence
# ("morning and evening").
settings-too-many = З інтервалом 2 години { $windows } можна вмістити щонайбільше { $count ->
        [one] { $count } підказку
        [few] { $count } підказки
        [many] { $count } підказок
       *[other] { $count } підказки
    }. Вибери менше підказок на день або додай ще одну частину дня.
# As settings-too-many, when quiet hours leave less room. $start, $end: "22:00", "10:00".
settings-too-many-quiet = З інтервалом 2 години { $windows } поза тихими годинами ({ $start }–{ $end }) можна вмістити щонайбільше { $count ->
        [one] { $count } підказку
        [few] { $count } підказки
        [many] { $count } підказок
       *[other] { $count } підказки
    }. Вибери менше підказок, додай частину дня чи скороти тихі години.

## What a change saved: the line above the menu, and the tap's notice

# $nudges: common-per-day ("3 nudges a day").
settings-saved-count = Збережено: { $nudges }.
# $style: the style's name.
settings-saved-style = Збережено: стиль «{ $style }».
# $zone_now: common-zone-now.
settings-saved-zone = Збережено: твій часовий пояс — { $zone_now }.
# $windows: the times of day in a sentence ("morning and evening").
settings-saved-windows = Збережено: підказки приходитимуть { $windows }.
# $review: common-review-at.
settings-saved-review = Збережено: підсумки тижня — { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Збережено: тихі години — { $quiet }.
# $partner is the new name.
settings-saved-name = Збережено: тепер ім’я твоєї коханої людини — { $partner }.
settings-name-kept = Ім’я лишається: { $partner }.
# Said in the new language. $language: its own name ("Deutsch").
settings-saved-language = Збережено. Мова: { $language }.
# $gender: the new choice.
settings-saved-gender = Збережено: { $gender ->
        [she] { $partner } в підказках — «вона».
        [he] { $partner } в підказках — «він».
       *[name] у підказках буде лише ім’я: { $partner }.
    }

## A shared location

settings-location-not-set-up = Дякую. Геопозицію я використовую лише для того, щоб визначити часовий пояс, тож її не збережено. Ми ще нічого не налаштували: надішли /start, щоб почати.
settings-location-not-now = Дякую. Геопозицію я використовую лише для того, щоб визначити часовий пояс, тож її не збережено. Спершу, будь ласка, дай відповідь на запитання вище, а про часовий пояс я спитаю трохи згодом.
settings-bad-location = Із цією геопозицією щось не так, тож використати її не вдалося. Поділися нею ще раз або надішли назву міста поблизу.
settings-no-zone-there = Тут не вдалося знайти часовий пояс — схоже, це відкрите море. Поділися місцем на суходолі або надішли назву міста поблизу, скажімо, Львів чи Торонто.
# $zone_now: common-zone-now.
settings-location-offer =
    Схоже, це { $zone_now }. Використати цей пояс?

    { settings-location-promise }
# $zone: "America/New_York".
settings-use-zone-button = Використати { $zone }
settings-decline-zone-button = Ні
settings-declined-waiting = Гаразд, не використовую. Тоді надішли назву свого часового поясу, як-от Europe/Berlin, або назву міста поблизу.
settings-declined = Гаразд, часовий пояс лишається той самий.
settings-declined-notice = Гаразд

## The link with the partner (/invite, /partner)

# The style line when the nudges use the style the linked partner shared.
# $style: its name; $name: the partner, as the user knows them in the link.
settings-menu-style-shared = • Стиль: { $style } (ним ділиться { $name })
settings-menu-linked = • З’єднання: { $name } (/partner)
# $moment: when the open invitation runs out.
settings-menu-invitation-open = • Запрошення діє до { $moment } (/invite)
settings-menu-not-linked = • З’єднання з коханою людиною немає (/invite, за бажанням)
