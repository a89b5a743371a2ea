# /quiz: twelve statements about the partner's behaviour, answered 1 to 7, and what the
# answers suggest. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# The quiz describes the partner gently: it is never a diagnosis.
# Ukrainian: the quiz runs only after setup has the name, so a statement may start with
# { $partner }. The statements stay neutral with no selector: present tense, «самотужки»
# (not «сам/сама»), «зберігає спокій» (not «спокійний/спокійна»), «почувається незатишно».

## Before the first question

# $count: how many statements follow (12).
quiz-intro = Далі — { $count ->
        [one] { $count } коротке твердження
        [few] { $count } короткі твердження
        [many] { $count } коротких тверджень
       *[other] { $count } короткого твердження
    } про те, що { $partner } може робити чи казати, — можливо, ти таке помічаєш. Для кожного вибери число від 1 до 7: наскільки це схоже на те, як поводиться { $partner }. Довіряй першому відчуттю, правильних відповідей тут немає.

    Наприкінці я покажу, на що вказують твої відповіді, і нічого не змінюватиму, не спитавши тебе.

## A question: its number, the statement, and what the ends and middle of the scale mean

# $number: this question's number (1-12); $total: how many there are (12);
# $statement: the statement (one of the quiz-item-... messages).
quiz-question = Запитання { $number } з { $total }

    { $statement }

    { quiz-scale-hint }
# The buttons show only the numbers 1 to 7; this line says what 1, 4 and 7 mean.
quiz-scale-hint = 1 = { quiz-anchor-1 } · 4 = { quiz-anchor-4 } · 7 = { quiz-anchor-7 }
quiz-anchor-1 = Зовсім не схоже
quiz-anchor-4 = Почасти схоже
quiz-anchor-7 = Дуже схоже

## The statements, in the order asked. Each describes something the user may have seen
## the partner do; the user answers how much it sounds like them.

quiz-item-anx-slow-reply = Коли я довго не відповідаю, { $partner } хвилюється, що щось не так.
quiz-item-avo-change-subject = Коли я починаю говорити про почуття між нами, { $partner } переводить розмову на інше або відповідає коротко.
quiz-item-anx-ask-love = { $partner } питає мене: «Ти мене ще кохаєш?» або «Ти ще хочеш бути разом?»
quiz-item-avo-comfort = Коли { $partner } у стресі чи в поганому настрої, то шукає розради в мене.
quiz-item-anx-after-argument = Після невеликої суперечки { $partner }, здається, боїться, що я можу піти.
quiz-item-avo-tense-quiet = Коли між нами виникає напруга, { $partner } замовкає або хоче побути на самоті.
quiz-item-anx-relaxed-apart = Коли ми день-два майже не спілкуємося, { $partner } зберігає спокій.
quiz-item-avo-close-future = Коли ми дуже зближуємося або говоримо про наше майбутнє, { $partner }, здається, почувається незатишно.
quiz-item-anx-small-signs = { $partner } помічає дрібні зміни в моєму настрої чи повідомленнях і хвилюється через них.
quiz-item-avo-handle-alone = { $partner } воліє впоратися з проблемою самотужки, ніж попросити мене про допомогу.
quiz-item-anx-sure-of-me = { $partner }, здається, не сумнівається, що мені не байдуже, навіть коли я цього не кажу.
quiz-item-avo-open-feelings = { $partner } відкрито каже мені, що відчуває і чого потребує.

## The result: an intro, one line per dimension, what the style means, and a reminder
## that this is not a diagnosis

quiz-result-intro = Ось що твої відповіді підказують про те, як { $partner } почувається в стосунках.
# One line per dimension. $level: "higher" or "lower" (above or below the middle of the
# scale); $score: the mean answer, 1.0 to 7.0, shown with one decimal ("4.2").
quiz-result-anxiety = • Страх, що відштовхнуть, потреба в запевненні: { $level ->
        [higher] вищий рівень
       *[lower] нижчий рівень
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } з 7)
quiz-result-avoidance = • Неспокій через близькість, потреба в незалежності: { $level ->
        [higher] вищий рівень
       *[lower] нижчий рівень
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } з 7)
# What each result means, and the style's name as its button says it (style-...).
quiz-result-secure =
    Обидва показники радше низькі. Схоже, { $partner } здебільшого спокійно сприймає і близькість, і час нарізно.
    Це найближче до варіанта «{ style-secure }». Його підказки — це маленька щоденна доброта, увага й цінування, які пасують кожному.
quiz-result-anxious =
    Хвилювання радше високе. Можливо, { $partner } боїться, що підведуть чи покинуть, і почувається спокійніше, коли є зв’язок і чіткі запевнення.
    Це найближче до варіанта «{ style-anxious }». Його підказки — про чіткі запевнення, слова відданості, тепле цінування й ніжність.
quiz-result-avoidant =
    Неспокій через близькість радше високий. Можливо, { $partner } цінує незалежність і трохи віддаляється, коли між вами зростає близькість чи напруга.
    Це найближче до варіанта «{ style-avoidant }». Його підказки — про те, щоб показувати, що на тебе можна покластися, поважати особистий простір коханої людини, серйозно ставитися до її погляду, визнавати її заслуги й зберігати спокій у суперечках.
quiz-result-fearful =
    Обидва показники радше високі. Можливо, { $partner } прагне близькості й водночас її остерігається, тож то тягнеться назустріч, то віддаляється.
    Це найближче до варіанта «{ style-fearful }». Його підказки — найлагідніші ідеї з обох боків: сталі запевнення, але з простором, щоб вільно дихати, і без жодного тиску.
quiz-not-a-diagnosis = Це лише приблизний орієнтир за кількома твоїми спостереженнями, а не діагноз. Люди змінюються, і почуття безпеки поруч із близькою людиною в цьому допомагає.

## After the result: switch the nudges to the result's style, or keep them

# $style: the result's style name (style-...); $current: the style set now.
quiz-save-question = Зараз твої підказки налаштовано на «{ $current }». Перемкнути їх на «{ $style }»? Змінити це знову можна будь-коли через /quiz або /start.
# $style: the style name (style-...).
quiz-switch-button = Так, перемкнути на «{ $style }»
quiz-keep-button = Ні, лишити як є
# $style: the style name (style-...).
quiz-switched = Готово. Тепер твої підказки добираються за варіантом «{ $style }» — з огляду на те, чого потребує { $partner }.
quiz-switched-notice = Змінено
quiz-kept = Гаразд, нічого не змінено. Підказки лишаються такими, як були.
quiz-kept-notice = Без змін
# The result is the style already set. $style: its name (style-...).
quiz-same-style = Це збігається з твоїм попереднім вибором («{ $style }»), тож підказки лишаються без змін.

## In setup (the quiz answers the style question)

# $style: the result's style name (style-...).
quiz-onboarding-question = Добирати підказки за варіантом «{ $style }» чи лишити «{ style-unknown }» (добрі ідеї, що пасують кожному)? Змінити це можна пізніше через /quiz або /settings.
# $style: the result's style name (style-...).
quiz-use-button = Обрати «{ $style }»
quiz-keep-not-sure-button = Лишити «{ style-unknown }»
quiz-skip-button = Пропустити, лишити «{ style-unknown }»
quiz-skipped-in-setup = Тест пропущено. Поки що лишаємо «{ style-unknown }».
quiz-skipped-notice = Пропущено
quiz-finish-setup-first = Давай спершу завершимо налаштування. У запитанні про стиль натисни «{ style-unknown }», щоб пройти тест.

## Stopping, and taps or text that don't fit

quiz-stop-button = Зупинити тест
quiz-stopped = Тест зупинено. Нічого не змінилося; пройти його знову можна будь-коли через /quiz.
quiz-stopped-notice = Зупинено
# A tap on a question that is no longer the open one (an old message, a double tap).
quiz-stale-answer = Це вже не поточне запитання.
quiz-over = Цей тест уже завершено. Надішли /quiz, щоб пройти його знову.
quiz-typed-during = Зараз триває тест: відповідай, будь ласка, кнопками від 1 до 7 під останнім запитанням або натисни «{ quiz-stop-button }».
quiz-typed-after = Тест завершено. Скористайся, будь ласка, кнопками під моїм останнім повідомленням, щоб перемкнути підказки або лишити все як є («{ quiz-keep-button }»).
