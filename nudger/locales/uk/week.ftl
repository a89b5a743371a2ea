# /week and the weekly review: the caption under the picture, the picture's own labels,
# and the buttons to other weeks.

## Buttons and notices

week-no-such-week = Я можу показати тижні від твоєї першої підказки, але не далі ніж на рік назад.
week-this-week-button = Цей тиждень ▶
# $day: the Monday the week starts on, "16 Nov".
week-of = Тиждень з { $day }
# $day as above, $year: "2026". Drawn as the chart's title.
week-chart-title = Тиждень з { $day } { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## The caption (at most 1,024 characters in all)

# $span: the days covered, "Mon 16 – Sun 22 Nov".
week-caption-title = Твій тиждень: { $span }
week-paused-all-week = Весь тиждень підказки були на паузі.
week-paused-so-far = Цього тижня підказки досі на паузі.
week-nothing-sent = Цього тижня нічого не надсилалося.
week-nothing-sent-yet = Цього тижня ще нічого не надсилалося.
week-tally = Зроблено: { $done } з { $sent } { $sent ->
        [one] надісланої
        [few] надісланих
        [many] надісланих
       *[other] надісланих
    }.
# $details: a list of week-tally-skipped, week-tally-unanswered and week-tally-open.
week-tally-details = Зроблено: { $done } з { $sent } { $sent ->
        [one] надісланої
        [few] надісланих
        [many] надісланих
       *[other] надісланих
    } ({ $details }).
week-tally-skipped = { $count ->
        [one] { $count } пропущена
        [few] { $count } пропущені
        [many] { $count } пропущених
       *[other] { $count } пропущеної
    }
week-tally-unanswered = { $count } без відповіді
week-tally-open = { $count ->
        [one] { $count } ще чекає
        [few] { $count } ще чекають
        [many] { $count } ще чекають
       *[other] { $count } ще чекає
    }
# $category: a category's name (category-*).
week-done-most = Найбільше зроблено: { $category }.
week-skipped-most = Найбільше пропущено: { $category }.
# $current, $longest: days in a row; $score: 0 to 100.
week-streak = Серія: { week-days } (найдовша — { $longest ->
        [one] { $longest } день
        [few] { $longest } дні
        [many] { $longest } днів
       *[other] { $longest } дня
    }). Регулярність: { $score }/100.
# Early on the score is low by design: said so, so it doesn't read as a bad grade.
week-streak-early = Серія: { week-days } (найдовша — { $longest ->
        [one] { $longest } день
        [few] { $longest } дні
        [many] { $longest } днів
       *[other] { $longest } дня
    }). Регулярність: { $score }/100 (вона зростає з тижнями).
week-days = { $current ->
        [one] { $current } день
        [few] { $current } дні
        [many] { $current } днів
       *[other] { $current } дня
    }
week-missed-day = Один пропущений день не перекреслює гарної серії: показник навмисно змінюється повільно.
week-paused-days-kept = Дні на паузі не вплинули ні на серію, ні на показник.
# When the user's linked partner shares what helps them (never says what).
week-partner-helps = Підказки враховували, що допомагає: цим ділиться { $partner }.

## The suggestion: why (from the figures), then what to do, worded for the partner's style

# $what: one of the week-what-* messages.
week-next-week = Наступного тижня: { $what }
week-rest-of-week = До кінця тижня: { $what }
# $why: one of the week-why-* messages.
week-next-week-why = { $why } Наступного тижня: { $what }
week-rest-of-week-why = { $why } До кінця тижня: { $what }

week-what-resume = коли підказки знову ввімкнуться, почни з однієї маленької справи. Серія й показник тебе дочекалися.
week-what-quiet = почни з однієї маленької справи. Коли матимеш вільну хвилинку, надішли /now і зроби лише цю одну справу — хай { $partner } відчує твою турботу.
week-why-start-small = Поки що жодну підказку не позначено як зроблену.
week-what-start-small-anxious = обери одну підказку на день і зроби тільки її. Підійде й повідомлення у два рядки — хай { $partner } прочитає «Думаю про тебе».
week-what-start-small-avoidant = обери одну підказку на день і зроби тільки її. Підійде й щось ненав’язливе, скажімо, подяка за одну річ, яку { $partner } для тебе робить.
week-what-start-small-other = обери одну підказку на день і зроби тільки її. Підійде й коротке тепле слово — хай { $partner } його почує.
week-why-new-time = Більшість підказок лишилася без відповіді — можливо, вони приходять у надто зайнятий час.
week-what-new-time = вибери час, коли в тебе зазвичай є вільна хвилина (змінити його можна через /settings).
# $skipped of $settled nudges of one category ($category) were skipped.
week-why-ease-off-category = Пропущено { $skipped } з { $settled } { $settled ->
        [one] підказки
        [few] підказок
        [many] підказок
       *[other] підказки
    } категорії «{ $category }».
week-why-ease-off = Пропущено { $skipped } з { $sent } { $sent ->
        [one] підказки
        [few] підказок
        [many] підказок
       *[other] підказки
    }.
week-what-ease-off-avoidant = спробуй менше підказок або спокійніший час дня. Адже { $partner } цінує свій простір, а дати більше простору — теж турбота (і те, і те можна змінити в /settings).
week-what-ease-off-fearful = спробуй менше підказок або спокійніший час дня. Адже { $partner } розкривається у власному темпі, тож лагідності й сталості цілком досить (і те, і те можна змінити в /settings).
week-what-ease-off-anxious = замість того щоб пропускати, спробуй найменший варіант: коротке «Думаю про тебе», яке прочитає { $partner }, — теж запевнення. Можна й зменшити кількість підказок (це змінюється в /settings).
week-what-ease-off-other = спробуй менше підказок на день або інший час (змінити можна в /settings).
week-why-keep = Чудовий тиждень.
week-what-keep = залиш той самий час і ту саму кількість підказок.
# $category: the category's name as it starts a sentence (its .start).
week-what-keep-category = залиш той самий час і ту саму кількість підказок. Категорія «{ $category }» добре працює, тож не відмовляйся від неї.
# $count: this week's done + 1.
week-what-one-more = постав собі мету: { $count ->
        [one] { $count } зроблена підказка
        [few] { $count } зроблені підказки
        [many] { $count } зроблених підказок
       *[other] { $count } зробленої підказки
    }, на одну більше, ніж цього тижня.
week-what-one-more-category = постав собі мету: { $count ->
        [one] { $count } зроблена підказка
        [few] { $count } зроблені підказки
        [many] { $count } зроблених підказок
       *[other] { $count } зробленої підказки
    }, на одну більше, ніж цього тижня. Почни з категорії «{ $category }» — саме з неї цього тижня зроблено найбільше.

week-therapy-skips = Останні три тижні пропущених підказок було більше, ніж зроблених, і це нормально: бувають важкі періоди. Якщо відчуваєш, що це на часі, може допомогти терапія для пар — про це говорять і дослідження, на яких ґрунтуються ці підказки. Там можна разом попрацювати над потребами обох.
week-therapy-conflict = Останнім часом напружені моменти траплялися кілька разів. Якщо відчуваєш, що це на часі, може допомогти терапія для пар — про це говорять і дослідження, на яких ґрунтуються ці підказки. Там можна разом попрацювати над потребами обох.

## The picture (short: drawn on a phone-sized chart)

# $current: days in a row, $longest: the longest run, $score: 0 to 100.
chart-header-streak = Серія { week-days } (рекорд { $longest })  ·  Регулярність { $score }/100
chart-header-done = Зроблено { $done } з { $sent } { $sent ->
        [one] надісланої
        [few] надісланих
        [many] надісланих
       *[other] надісланих
    }
chart-paused = пауза
chart-done = Зроблено
chart-skipped = Пропущено
chart-unanswered = Без відповіді
chart-open = Очікують
chart-paused-all-week = Пауза весь тиждень
chart-paused-so-far = Пауза
chart-nothing-sent = Цього тижня нічого не надіслано
chart-nothing-sent-yet = Поки нічого не надіслано
chart-by-category = Зроблено за категоріями
chart-no-nudges = Поки що немає підказок для показу
# $percent: "75%", $done of $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## The kinds of care (the catalog's categories); .start is the form that starts a sentence
## Ukrainian: .start is also a chart label, cut after 16 characters: keep it that short.

category-reassurance = запевнення
    .start = Запевнення
category-commitment = відданість
    .start = Відданість
category-positive_regard = тепле ставлення
    .start = Тепле ставлення
category-gratitude = вдячність
    .start = Вдячність
category-closeness = близькість
    .start = Близькість
category-trust = довіра
    .start = Довіра
category-autonomy = самостійність
    .start = Самостійність
category-space = простір для себе
    .start = Простір для себе
category-validation = визнання погляду
    .start = Визнання погляду
category-credit = визнання заслуг
    .start = Визнання заслуг
category-calm_conflict = мирні суперечки
    .start = Мирні суперечки
category-appreciation = цінування
    .start = Цінування
category-attention = увага
    .start = Увага
category-kindness = доброта
    .start = Доброта
category-support = підтримка
    .start = Підтримка
category-connection = єднання
    .start = Єднання
