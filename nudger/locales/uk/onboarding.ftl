# /start and the setup questions: the partner's name, how to refer to them (gendered
# languages only), their style, the time zone, nudges a day and the times of day.

# The first message after /start: what the bot does and what it stores.
onboarding-welcome =
    Привіт! Я nudger. Я нагадуватиму тобі робити маленькі конкретні речі, завдяки яким твоя кохана людина відчуває твою любов і почувається в безпеці. Дослідження прив’язаності показують, що такі невеликі, але постійні кроки з часом розвіюють хвилювання коханої людини.

    Що я зберігаю і навіщо:
    • ім’я чи прізвисько коханої людини та стиль, який ти обереш, — щоб добирати й формулювати підказки
    • твій часовий пояс, час підказок, тихі години й день підсумків — щоб надсилати їх у слушну мить
    • які підказки ти отримуєш, що позначаєш, коли ставиш паузу й користуєшся /conflict — щоб показувати тобі твій тиждень
    • відповіді на тест — лише поки ти його проходиш

    Я не зберігаю ні твоїх повідомлень, ні твого місця перебування (надіслана геопозиція потрібна лише для того, щоб визначити часовий пояс). Нікому нічого не передається. Надішли /export, щоб отримати копію всього, або /delete, щоб усе стерти.

    Кілька коротких запитань — і готово.
onboarding-ask-name = Як звати твою кохану людину? Напиши ім’я або прізвисько, яким ти її називаєш.

## How to refer to the partner: asked right after the name, only in languages whose
## sentences about the partner depend on their gender. /settings asks it again.

onboarding-ask-gender = Як мені писати в підказках: { $partner } — це «вона» чи «він»? Або можна лише на ім’я.
# The three answers: she, he, or phrasings that avoid gendered forms.
onboarding-gender-she = Вона
onboarding-gender-he = Він
onboarding-gender-name = Лише на ім’я

## The partner's style

# Above one line per style (common-style-line).
onboarding-ask-style = Що з цього найкраще описує, як { $partner } почувається в стосунках?
# Below the styles.
onboarding-ask-style-footer = Від цього залежить лише те, які ідеї ти отримуватимеш. Це не діагноз, і змінити вибір можна будь-коли в /settings.

## Time zone, nudges a day, times of day

# $zone_now: the zone and its time now, as common-zone-now says it.
onboarding-zone-set = Часовий пояс: { $zone_now }.
onboarding-ask-count = Скільки підказок на день ти хочеш отримувати?
onboarding-ask-windows = Коли їм приходити? Вибери одну чи кілька частин дня, а потім натисни «Зберегти».
# Save with more nudges a day than fit 2 hours apart. $count: nudges a day asked (2 or 3);
# $fits: how many fit in the chosen times of day.
onboarding-too-many = Щоб отримувати { $count ->
        [one] { $count } підказку
        [few] { $count } підказки
        [many] { $count } підказок
       *[other] { $count } підказки
    } на день, потрібно більше часу: між підказками щонайменше 2 години, а в обрані частини дня вміщується лише { $fits }. Додай ще одну частину дня або надішли /start, щоб вибрати менше.

## Along the way

# A question once answered, as it stays in the chat. $question: the question's text;
# $answer: the answer ("Avoidant", "2").
onboarding-answered =
    { $question }

    Твоя відповідь: { $answer }
onboarding-in-setup-tap = Будь ласка, скористайся кнопками під останнім запитанням.
onboarding-saved-notice = Збережено

## The plan, after Save

# $style: the style's name; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 nudges a
# day"); $windows: the times of day in a sentence ("morning and evening"); $review:
# common-review-at ("Sundays at 19:00"); $quiet: common-quiet-hours ("22:00–08:00").
onboarding-summary =
    Усе готово. Ось твій план:
    • Кохана людина: { $partner }
    • Стиль: { $style }
    • Часовий пояс: { $zone }
    • { $nudges }, { $windows }
    • Підсумки тижня: { $review }
    • Тихі години: { $quiet } — у цей час я нічого не надсилаю
# $moment: the first nudge's day and time, "Mon 23 Nov, 09:12".
onboarding-summary-first = Перша підказка прийде { $moment } (за твоїм часом).
onboarding-summary-end = Кожна підказка — маленька справа: турбота, яку { $partner } отримає від тебе. Під нею будуть кнопки «Зроблено», «Пропустити» і «Відкласти». Надішли /now, якщо хочеш підказку просто зараз, /settings — щоб щось змінити, або /help — щоб дізнатися про все інше.

# Below the style question when the user's linked partner shared their own quiz result.
# $name: the partner as the user knows them in the link; $style: the style's name.
onboarding-partner-shared-style = Пройшовши короткий тест про себе, { $name } ділиться з тобою результатом: «{ $style }». Натисни на цей варіант, якщо хочеш, щоб підказки добиралися за цим стилем.
