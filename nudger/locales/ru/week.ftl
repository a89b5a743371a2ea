# /week и итоги недели: подпись под картинкой, надписи на самой картинке
# и кнопки к другим неделям.

## Кнопки и уведомления

week-no-such-week = Могу показать недели начиная с твоей первой подсказки, но не дальше чем на год назад.
week-this-week-button = Эта неделя ▶
# $day: понедельник, с которого начинается неделя, «16 нояб.».
week-of = Неделя с { $day }
# $day как выше, $year: «2026». Заголовок графика.
week-chart-title = Неделя с { $day } { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## Подпись (всего не больше 1024 символов)

# $span: дни недели, «пн, 16 нояб. — вс, 22 нояб.».
week-caption-title = Твоя неделя: { $span }
week-paused-all-week = Всю неделю подсказки были на паузе.
week-paused-so-far = На этой неделе подсказки пока на паузе.
week-nothing-sent = На этой неделе подсказок не было.
week-nothing-sent-yet = На этой неделе подсказок пока не было.
week-tally = Сделано: { $done } из { $sent ->
        [one] { $sent } подсказки
        [few] { $sent } подсказок
        [many] { $sent } подсказок
       *[other] { $sent } подсказки
    }.
# $details: список из week-tally-skipped, week-tally-unanswered и week-tally-open.
week-tally-details = Сделано: { $done } из { $sent ->
        [one] { $sent } подсказки
        [few] { $sent } подсказок
        [many] { $sent } подсказок
       *[other] { $sent } подсказки
    } ({ $details }).
week-tally-skipped = { $count ->
        [one] { $count } пропущена
        [few] { $count } пропущены
        [many] { $count } пропущено
       *[other] { $count } пропущено
    }
week-tally-unanswered = { $count } без ответа
week-tally-open = { $count ->
        [one] { $count } ещё ждёт
        [few] { $count } ещё ждут
        [many] { $count } ещё ждут
       *[other] { $count } ещё ждут
    }
# $category: название темы (category-*).
week-done-most = Чаще всего сделано: { $category }.
week-skipped-most = Чаще всего пропущено: { $category }.
# $current, $longest: дни подряд; $score: от 0 до 100.
week-streak = Серия: { week-days } подряд (рекорд — { $longest ->
        [one] { $longest } день
        [few] { $longest } дня
        [many] { $longest } дней
       *[other] { $longest } дня
    }). Регулярность: { $score }/100.
# Поначалу оценка низкая, так задумано: об этом сказано, чтобы она не читалась как плохая отметка.
week-streak-early = Серия: { week-days } подряд (рекорд — { $longest ->
        [one] { $longest } день
        [few] { $longest } дня
        [many] { $longest } дней
       *[other] { $longest } дня
    }). Регулярность: { $score }/100 (она растёт неделями).
week-days = { $current ->
        [one] { $current } день
        [few] { $current } дня
        [many] { $current } дней
       *[other] { $current } дня
    }
week-missed-day = Один пропуск не перечёркивает хорошую серию: регулярность нарочно меняется медленно.
week-paused-days-kept = Дни на паузе не повлияли ни на серию, ни на регулярность.
# Когда связанный любимый человек делится тем, что ему помогает (что именно — не говорится).
week-partner-helps = Подсказки учитывали, какая забота особенно важна: этим делится { $partner }.

## Совет: почему (по цифрам), затем что делать — с учётом стиля партнёра

# $what: одно из сообщений week-what-* (начинается со строчной буквы, продолжает фразу после двоеточия).
week-next-week = На следующей неделе: { $what }
week-rest-of-week = До конца недели: { $what }
# $why: одно из сообщений week-why-*.
week-next-week-why = { $why } На следующей неделе: { $what }
week-rest-of-week-why = { $why } До конца недели: { $what }

week-what-resume = когда подсказки снова включатся, начни с одного маленького дела. Серия и регулярность никуда не делись — они тебя ждут.
week-what-quiet = начни с одного маленького дела. Когда выдастся свободная минута, отправь /now и сделай только это одно — пусть { $partner } почувствует твою заботу.
week-why-start-small = Пока ни одна подсказка не отмечена как сделанная.
week-what-start-small-anxious = выбирай одну подсказку в день и делай только её. Считается даже пара строк: пусть { $partner } просто получит от тебя «Думаю о тебе».
week-what-start-small-avoidant = выбирай одну подсказку в день и делай только её. Подойдёт и что-то ненавязчивое — например, «спасибо» за что-то одно, что { $partner } для тебя делает.
week-what-start-small-other = выбирай одну подсказку в день и делай только её. Считается и короткое доброе слово — пусть { $partner } его услышит.
week-why-new-time = Большинство подсказок осталось без ответа — возможно, они приходят в самый разгар дел.
week-what-new-time = выбери в /settings время, когда у тебя обычно есть свободная минута.
# $skipped из $settled подсказок одной темы ($category) пропущены.
week-why-ease-off-category = В теме «{ $category }» пропущено подсказок: { $skipped } из { $settled }.
week-why-ease-off = Пропущено подсказок: { $skipped } из { $sent }.
week-what-ease-off-avoidant = попробуй меньше подсказок или более спокойное время дня. Оставить место — тоже забота: { $partner } ценит личное пространство (изменить и то и другое можно в /settings).
week-what-ease-off-fearful = попробуй меньше подсказок или более спокойное время дня. Мягкого, ровного внимания вполне достаточно: { $partner } раскрывается в своём темпе (изменить и то и другое можно в /settings).
week-what-ease-off-anxious = вместо пропуска попробуй самый маленький вариант: пусть { $partner } получит короткое «Думаю о тебе» — это тоже даёт уверенность в любви. Можно и сократить число подсказок — это делается в /settings.
week-what-ease-off-other = попробуй меньше подсказок в день или другое время (изменить можно в /settings).
week-why-keep = Отличная неделя.
week-what-keep = оставь то же время и столько же подсказок.
# $category: название темы в начале предложения (её .start).
week-what-keep-category = оставь то же время и столько же подсказок. { $category } — это у тебя хорошо получается, так что не бросай.
# $count: сделанное за эту неделю + 1.
week-what-one-more = постарайся сделать { $count ->
        [one] { $count } подсказку
        [few] { $count } подсказки
        [many] { $count } подсказок
       *[other] { $count } подсказки
    } — на одну больше, чем на этой неделе.
week-what-one-more-category = постарайся сделать { $count ->
        [one] { $count } подсказку
        [few] { $count } подсказки
        [many] { $count } подсказок
       *[other] { $count } подсказки
    } — на одну больше, чем на этой неделе. Начни с темы «{ $category }»: в ней у тебя больше всего сделано.

week-therapy-skips = Три недели подряд пропусков больше, чем сделанного, — и это нормально: бывают трудные периоды. Если это кажется уместным, может помочь парная терапия — место, где вы вместе работаете над тем, что важно каждому из вас. Так говорят и исследования, на которых построены эти подсказки.
week-therapy-conflict = В последнее время напряжённые моменты случались не раз. Если это кажется уместным, может помочь парная терапия — место, где вы вместе работаете над тем, что важно каждому из вас. Так говорят и исследования, на которых построены эти подсказки.

## Картинка (коротко: рисуется на графике размером с экран телефона).
# Легенда — одна строка из четырёх подписей: «Пропущено» и «Ещё ждёт» в неё не помещаются.

# $current: дни подряд, $longest: самая длинная серия, $score: от 0 до 100.
chart-header-streak = Серия { week-days } (рекорд { $longest }) · Регулярность { $score }/100
chart-header-done = Сделано { $done } из { $sent }
chart-paused = пауза
chart-done = Сделано
chart-skipped = Пропуск
chart-unanswered = Без ответа
chart-open = Ждёт
chart-paused-all-week = Пауза всю неделю
chart-paused-so-far = Пауза
chart-nothing-sent = На этой неделе подсказок не было
chart-nothing-sent-yet = Подсказок пока не было
chart-by-category = Сделано по темам
chart-no-nudges = Подсказок пока нет
# $percent: «75 %», $done из $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## Виды заботы (темы каталога); .start — форма в начале предложения или подписи.
# Коротко: на графике подпись длиннее ~14 букв не помещается.

category-reassurance = уверенность
    .start = Уверенность
category-commitment = общее будущее
    .start = Общее будущее
category-positive_regard = восхищение
    .start = Восхищение
category-gratitude = благодарность
    .start = Благодарность
category-closeness = близость
    .start = Близость
category-trust = доверие
    .start = Доверие
category-autonomy = независимость
    .start = Независимость
category-space = пространство
    .start = Пространство
category-validation = понимание
    .start = Понимание
category-credit = признание
    .start = Признание
category-calm_conflict = споры без ссор
    .start = Споры без ссор
category-appreciation = тёплые слова
    .start = Тёплые слова
category-attention = внимание
    .start = Внимание
category-kindness = доброта
    .start = Доброта
category-support = поддержка
    .start = Поддержка
category-connection = связь
    .start = Связь
