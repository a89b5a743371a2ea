# Linking with the partner: /invite, the invitation the partner opens, /partner (a short quiz
# about oneself, what helps), /unlink. Every message may use { $partner } (for the person
# reading: the name they know their linked partner by) and { $gender } (she, he or name).
#
# Rules for these words: no pressure, ever. Declining and unlinking are as easy and as
# welcome as joining, and nothing said afterwards blames anyone. What is shared is named
# exactly; what is never shared is said plainly.
#
# Ukrainian: «ти», also for the invited partner. The link between two people is
# «з’єднання» (з’єднатися, з’єднані, завершити з’єднання); the URL is «посилання».
# { $partner } and { $name } stay in the nominative and never start a sentence; neither
# they nor the reader get a past tense or a short adjective (present or future tense,
# «ділиться», «пройшовши», «одне одного»), so no $gender selector is needed.

## /invite

partners-invite-ask-name =
    Я створю особисте посилання-запрошення. Коли { $partner } його відкриє, я скажу, від кого воно, поясню, що таке nudger і що саме передається після з’єднання, і дам вибір: приєднатися або відмовитися.

    Яке ім’я показати в запрошенні? Натисни кнопку або надішли /invite з іншим ім’ям, як-от /invite Саша.
# When Telegram told us no first name to offer.
partners-invite-ask-name-typed =
    Я створю особисте посилання-запрошення. Коли { $partner } його відкриє, я скажу, від кого воно, поясню, що таке nudger і що саме передається після з’єднання, і дам вибір: приєднатися або відмовитися.

    Яке ім’я показати в запрошенні? Надішли /invite з ім’ям, як-от /invite Саша.
# $name: the sender's first name on Telegram.
partners-invite-use-name-button = Показати «{ $name }»
partners-invite-bad-name = Таке ім’я не підійде для запрошення. Потрібно від 1 до 40 символів в одному рядку, як-от /invite Саша.
partners-invite-needs-username = Зараз я не можу створити посилання: ще не знаю свого імені користувача в Telegram. Спробуй, будь ласка, /invite ще раз за хвилинку.
# $link: the personal link; $name: the name it shows; $days: how long it works (7).
partners-invite-link =
    Ось твоє особисте посилання: надішли його, і { $partner } отримає запрошення.

    { $link }

    Перешли це повідомлення або скопіюй посилання. Воно спрацює лише раз і діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, а нова команда /invite його замінить.

    Посилання має отримати тільки { $partner }: приєднатися зможе той, хто відкриє його першим. Коли { $partner } відкриє посилання, то побачить, що запрошення надсилає { $name }, і дізнається, що саме передається після з’єднання. Приєднуватися чи ні — { $partner } вирішує цілком на власний розсуд.
partners-invite-share-button = Надіслати посилання
# The text Telegram's share sheet puts beside the link (the inviter sends it; $name: their name).
partners-invite-share-text = { $name } хоче з’єднатися з тобою в nudger — лише якщо ти теж цього хочеш. За посиланням пояснено, що саме передається, а що — ніколи.
partners-already-linked =
    Ти й { $partner } вже з’єднані. /partner покаже, чим ви ділитеся, а /unlink завершить з’єднання.

## The invitation, as the partner sees it after opening the link ($name: who invited them)

partners-welcome =
    Привіт! { $name } запрошує тебе з’єднатися в nudger.

    Від nudger { $name } отримує невеликі ідеї у слушний час, як виявити турботу: скажімо, назвати одну конкретну річ, яка сьогодні порадувала.

    Після з’єднання ти зможеш — лише якщо й коли захочеш:
    • пройти короткий тест про себе й поділитися результатом: { $name } побачить лише назву стилю, але ніколи — твоїх відповідей
    • вибрати до трьох видів турботи, завдяки яким ти відчуваєш, що тебе люблять, і поділитися цим вибором — тоді { $name } знатиме, що тобі допомагає, а підказки, які отримує { $name }, частіше будуть саме про це
    • отримувати й власні підказки через /start

    Незалежно від твого вибору, ніколи не передаються: твої відповіді, твої підказки, те, що ти позначаєш як зроблене, твої підсумки тижня, паузи й налаштування. І я ніколи не розповідатиму тобі, що в підказках, які отримує { $name }, і чи була якась із них про тебе.

    Відмовитися — цілком нормально. Про тебе нічого не збережеться, а { $name } дізнається лише те, що поки що ти волієш не з’єднуватися. А якщо з’єднаєшся, /unlink будь-коли завершить з’єднання.
partners-join-button = Приєднатися
partners-decline-button = Ні, дякую
# $days: how long a link works (7).
partners-link-expired = Термін дії цього запрошення минув: посилання діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Якщо захочеш з’єднатися, попроси нове.
partners-link-unknown = Це посилання не працює: ним уже скористалися, його замінило новіше або воно неповне. Якщо захочеш з’єднатися, попроси нове.
partners-link-own = Це твоє власне запрошення. Надішли його: відкривши посилання, { $partner } зможе вирішити, чи з’єднуватися.
partners-too-many-tries = Забагато посилань, які не спрацювали. Зачекай, будь ласка, годину й спробуй знову.
partners-linked-elsewhere = Ти й { $partner } вже з’єднані. З’єднання можливе лише з однією людиною за раз; щоб створити нове, спершу заверши поточне командою /unlink.

## Joining or declining

partners-joined =
    Ти й { $partner } тепер з’єднані. Нічого не передається, доки ти цього не захочеш.

    Коли захочеш, розкажи трохи про те, що тобі допомагає, — хай { $partner } знає. Це можна зробити кнопками нижче або пізніше через /partner. /start налаштує твої власні підказки, а /unlink завершить з’єднання.
partners-joined-notice = З’єднано
# To the inviter ($partner: their partner).
partners-partner-joined =
    Запрошення прийнято: { $partner } і ти тепер з’єднані. Якщо { $partner } захоче поділитися своїм стилем чи тим, що допомагає відчувати любов, я скажу тобі, і твої підказки це враховуватимуть.

    Ви ніколи не бачите підказок, відповідей чи підсумків тижня одне одного. Якщо приєднався хтось інший, а не { $partner }, /unlink завершить з’єднання.
partners-declined = Без проблем. Про тебе нічого не збережено. Якщо колись передумаєш, { $partner } може надіслати нове посилання.
partners-declined-notice = Ні, дякую
# To the inviter.
partners-partner-declined = Поки що { $partner } воліє не з’єднуватися, і це цілком нормально. Твої підказки приходитимуть так само, як і раніше.

## /partner: what each of you shares

partners-not-linked = У тебе немає з’єднання з коханою людиною. /invite створить особисте посилання, яке можна їй надіслати, якщо захочеш.
# $since: the date the link began.
partners-hub-intro = Ти й { $partner } з’єднані (від { $since }).
partners-hub-yours = Чим ділишся ти (це бачить { $partner }):
# $style: a style's name.
partners-hub-style-shared = • твій стиль за тестом про себе: { $style }
partners-hub-style-private = • нічого про твій стиль: результат тесту ({ $style }) бачиш лише ти
partners-hub-style-none = • нічого про твій стиль (тест про себе ще не пройдено)
# $kinds: the kinds of care picked, as a list.
partners-hub-helps-shared = • що тобі допомагає: { $kinds }
partners-hub-helps-private = • нічого про те, що тобі допомагає: твій вибір ({ $kinds }) бачиш лише ти
partners-hub-helps-none = • нічого про те, що тобі допомагає (ще нічого не вибрано)
partners-hub-theirs = Чим ділиться { $partner }:
partners-hub-their-style = • стиль: { $style }. Твої підказки добираються саме за ним.
# For someone who hasn't set up nudges of their own yet.
partners-hub-their-style-setup = • стиль: { $style }. /start запропонує його, коли налаштовуватимеш власні підказки.
# $own: the style the reader chose themselves.
partners-hub-their-style-overridden = • стиль: { $style }. Але твої підказки добираються за твоїм власним вибором: «{ $own }».
partners-hub-their-helps = • що допомагає відчувати любов — тож твої підказки частіше про це
partners-hub-nothing = • поки нічого
partners-hub-never = Ви ніколи не бачите підказок, відповідей, підсумків тижня, пауз чи налаштувань одне одного.
partners-self-report-button = Короткий тест про себе
partners-helps-button = Що мені допомагає
# $style: the style from the quiz about oneself, not shared yet.
partners-share-style-button = Поділитися стилем ({ $style })
partners-stop-sharing-style-button = Припинити ділитися стилем
partners-follow-button = Повернути стиль, яким ділиться { $partner }
partners-unlink-button = Завершити з’єднання

## The short quiz about oneself (ten statements, answered 1 to 7)
## Ukrainian: the statements are in the reader's first person, present tense, no gendered
## form («не сумніваюся», «зберігаю спокій», «самотужки»); { $partner } is a subject or
## stands after «—» («{ $partner } — людина, якій…»).

# $count: how many statements follow (10).
self-intro = Далі — { $count ->
        [one] { $count } коротке твердження
        [few] { $count } короткі твердження
        [many] { $count } коротких тверджень
       *[other] { $count } короткого твердження
    } про тебе й ваші стосунки. Для кожного вибери число від 1 до 7: наскільки це схоже на тебе. Довіряй першому відчуттю, правильних відповідей тут немає.

    Результат спершу побачиш лише ти. Без твого рішення { $partner } нічого не побачить, а якщо вирішиш поділитися, то лише назву стилю.
# $number: this statement's number; $total: how many (10); $statement: the statement.
self-question = Твердження { $number } з { $total }

    { $statement }

    { self-scale-hint }
self-scale-hint = 1 = { self-anchor-1 } · 4 = { self-anchor-4 } · 7 = { self-anchor-7 }
self-anchor-1 = Зовсім не схоже на мене
self-anchor-4 = Почасти схоже
self-anchor-7 = Дуже схоже на мене

self-item-anx-slow-reply = Коли { $partner } довго не відповідає, я починаю хвилюватися, що щось не так.
self-item-avo-step-back = Коли ми дуже зближуємося, частина мене хоче відсторонитися й мати трохи простору.
self-item-anx-hear-it = Мені краще, коли { $partner } часто каже, що кохає мене.
self-item-avo-comfort = Коли я в стресі чи в поганому настрої, { $partner } — та людина, у якої я шукаю розради.
self-item-anx-relaxed-apart = Коли ми день-два майже не спілкуємося, я зберігаю спокій.
self-item-avo-alone = Я волію впоратися з проблемою самотужки, ніж просити про допомогу, яку може дати { $partner }.
self-item-anx-after-argument = Після суперечки я хвилююся, що { $partner } може піти.
self-item-avo-open = Мені легко відкритися: про те, що я відчуваю і чого потребую, { $partner } дізнається прямо від мене.
self-item-anx-sure-cared = Я не сумніваюся, що { $partner } мною дорожить, навіть коли про це не каже.
self-item-avo-tense-quiet = Коли між нами виникає напруга, я замовкаю або хочу побути на самоті.

self-stop-button = Зупинити
self-stopped = Зупинено. Твої відповіді не збережено, а те, чим ти ділишся, не змінилося. /partner будь-коли запустить тест знову.
self-stopped-notice = Зупинено
self-stale = На це твердження вже є відповідь.
self-result-intro = Ось що твої відповіді підказують про тебе.
# What each result means for the person who answered, with the style's name (style-...).
self-result-secure = Обидва показники радше низькі: схоже, тобі здебільшого спокійно і в близькості, і коли ви нарізно. Це найближче до варіанта «{ style-secure }».
self-result-anxious = Хвилювання радше високе: можливо, тобі спокійніше, коли є зв’язок, чіткі слова й запевнення. Це найближче до варіанта «{ style-anxious }».
self-result-avoidant = Неспокій через близькість радше високий: можливо, ти цінуєш свою незалежність і тобі потрібно трохи простору, коли між вами зростає близькість чи напруга. Це найближче до варіанта «{ style-avoidant }».
self-result-fearful = Обидва показники радше високі: можливо, ти прагнеш близькості й водночас її остерігаєшся. Це найближче до варіанта «{ style-fearful }».
self-not-a-diagnosis = Це лише приблизний орієнтир за кількома відповідями, а не діагноз. Люди змінюються, і почуття безпеки поруч із близькою людиною в цьому допомагає.
# $style: the result's name.
self-share-question = Поділитися результатом «{ $style }»? Тоді { $partner } побачить тільки цю назву, а твоїх відповідей і балів — ніколи. Підказки, які отримує { $partner }, добиратимуться з урахуванням цього стилю. Припинити ділитися можна будь-коли в /partner.
self-share-button = Так, нехай { $partner } побачить
self-keep-button = Лишити для себе
self-shared = Готово: тепер { $partner } бачить «{ $style }». Через /partner можна будь-коли припинити ділитися.
self-shared-notice = Надіслано
self-kept = Результат лишається тільки в тебе. Якщо захочеш, поділитися можна пізніше через /partner.
self-kept-notice = Лише для тебе
self-unshared = Відтепер { $partner } не бачить твого стилю, і свої підказки знову отримує за власним вибором.
self-unshared-notice = Приховано
# To the other side ($style: the style's name).
partners-style-shared-with-you = Пройшовши короткий тест про себе, { $partner } ділиться з тобою результатом: «{ $style }». Відтепер твої підказки добираються з урахуванням цього стилю. Якщо хочеш вибрати стиль самостійно, це можна зробити в /settings — { $partner } про це не дізнається.
partners-style-shared-with-you-setup = Пройшовши короткий тест про себе, { $partner } ділиться з тобою результатом: «{ $style }». Коли налаштовуватимеш підказки через /start, я запропоную цей стиль.
partners-style-unshared-with-you = Відтепер { $partner } не ділиться своїм стилем. Твої підказки знову добираються за твоїм власним вибором.

## What helps (up to three kinds of care)
## Ukrainian: help-kind-* are button labels in the reader's voice, with no gendered form
## («Відчувати, що мене цінують», not «Бути цінованим/цінованою»).

# $max: how many may be picked (3).
helps-intro = Що допомагає тобі відчувати, що тебе люблять, або почуватися в безпеці? Вибери щонайбільше { $max }. Якщо поділишся, { $partner } бачитиме твій вибір і отримуватиме підказки, які частіше будуть саме про це.
help-kind-reassurance = Чути, що в нас усе добре
help-kind-appreciation = Коли мене цінують
help-kind-affection = Ніжність і тепло
help-kind-together = Час удвох і неподілена увага
help-kind-space = Час для себе — без розпитувань
help-kind-reliability = Знати, що кохана людина не підведе
help-kind-view = Коли мою думку сприймають всерйоз
help-kind-credit = Визнання того, що я роблю
help-kind-calm = Спокійні розмови, коли ми не згодні
help-kind-support = Допомога в щоденних справах
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = «{ $kind }»
# A picked kind's button ($kind: its words).
helps-picked = ✓ { $kind }
helps-too-many = Щонайбільше { $max }: спершу зніми позначку з одного з вибраних.
helps-pick-first = Спершу вибери хоча б один варіант.
helps-share-button = Нехай { $partner } знає
helps-keep-button = Лишити для себе
helps-stop-sharing-button = Припинити ділитися
# $kinds: the kinds picked, as a list.
helps-shared = Тепер { $partner } знає, що тобі допомагає: { $kinds }. Підказки, які отримує { $partner }, частіше будуть саме про це.
helps-shared-notice = Надіслано
helps-kept = Твій вибір лишається тільки в тебе. Якщо захочеш, поділитися можна пізніше через /partner.
helps-unshared = Відтепер { $partner } не бачить, що тобі допомагає.
# To the other side.
partners-helps-shared-with-you = Тепер { $partner } ділиться з тобою тим, що допомагає відчувати любов і почуватися в безпеці: { $kinds }. Твої підказки частіше будуть саме про це.
partners-helps-unshared-with-you = Відтепер { $partner } не ділиться тим, що допомагає відчувати любов. Твої підказки знову добираються, як і раніше.

## Choosing one's own style while following the partner's

# $style: the reader's own choice.
partners-style-overridden = Тепер твої підказки добираються за варіантом «{ $style }» — твоїм власним вибором — замість стилю, яким ділиться { $partner }. Про це { $partner } не дізнається. Через /partner можна будь-коли повернутися.
partners-following-again = Твої підказки знову добираються за стилем, яким ділиться { $partner }: «{ $style }».

## /unlink

partners-unlink-question = Завершити з’єднання? Тоді все, чим ви ділилися одне з одним, більше не використовуватиметься, а підказки знову добиратимуться для кожного лише за власним вибором. Результат твого тесту про себе й твій вибір того, що тобі допомагає, буде видалено. А { $partner } дізнається тільки одне: з’єднання завершено.
partners-unlink-confirm-button = Завершити з’єднання
partners-unlink-keep-button = Залишити
partners-unlinked = З’єднання завершено. Ніщо з того, чим ви ділилися, більше не використовується.
partners-unlinked-notice = З’єднання завершено
partners-unlink-kept = З’єднання лишається.
# To the other side, after /unlink or /delete.
partners-link-ended = З’єднання завершено: ти й { $partner } більше не з’єднані в nudger. Твої власні підказки приходять, як і раніше, за твоїм вибором.
