# /settings: меню со всеми текущими значениями, по редактору на каждую настройку, что
# подтверждает изменение, и присланная геопозиция (нужна только, чтобы найти часовой пояс).

## Кнопки меню

settings-name-button = Имя любимого человека
settings-style-button = Стиль
settings-zone-button = Часовой пояс
settings-count-button = Подсказок в день
settings-windows-button = Время дня
settings-review-button = Итоги недели
settings-quiet-button = Тихие часы
settings-language-button = Язык
# Только в языках, где фразы о любимом человеке зависят от рода.
settings-gender-button = «Она» или «он»: { $partner }
settings-close-button = Закрыть
settings-back-button = « Назад
settings-quiz-button = Пройти тест

## Меню

settings-menu-title = Твои настройки
settings-menu-partner = • Любимый человек: { $partner }
# $style: название стиля («Тревожный», «Не знаю»).
settings-menu-style = • Стиль: { $style }
# $zone_now: common-zone-now («Europe/Berlin (сейчас там 08:00)»).
settings-menu-zone = • Часовой пояс: { $zone_now }
# $nudges: common-per-day («2 подсказки в день»).
settings-menu-count = • Частота: { $nudges }
# $windows: время дня наречиями («утром и вечером») или settings-menu-no-windows.
settings-menu-windows = • Время дня: { $windows }
settings-menu-no-windows = не выбрано
# $review: common-review-at («воскресенье, 19:00»).
settings-menu-review = • Итоги недели: { $review }
# $quiet: common-quiet-hours («22:00–08:00»).
settings-menu-quiet = • Тихие часы: { $quiet }
# $language: название языка на нём самом («English», «Deutsch»).
settings-menu-language = • Язык: { $language }
# Только в языках с родом; $gender — как человек попросил писать о любимом человеке.
settings-menu-gender = { $gender ->
        [she] • В подсказках { $partner } — «она»
        [he] • В подсказках { $partner } — «он»
       *[name] • В подсказках — только имя: { $partner }
    }
settings-menu-on = • Подсказки включены.
# $moment: «сб, 5 дек., 08:00», по часовому поясу человека.
settings-menu-paused-until = • Пауза до { $moment } (по твоему времени).
settings-menu-paused = • Пауза, пока ты не отправишь /resume.
# $moment: «пн, 23 нояб., 09:12», по часовому поясу человека.
settings-menu-next = • Следующая подсказка: { $moment } (по твоему времени)
settings-menu-footer = Нажми на то, что хочешь изменить.
settings-closed = Настройки закрыты. Отправь /settings, когда захочется что-то изменить.
settings-closed-notice = Закрыто
settings-no-change = Так уже и есть.

## Редакторы

settings-ask-new-name = Пришли новое имя или прозвище сообщением.
settings-name-editor =
    Сейчас я называю любимого человека так: { $partner }.

    { settings-ask-new-name }
settings-bad-new-name = { common-bad-name } Или нажми «Назад» в сообщении с настройками, чтобы оставить прежнее имя.
settings-location-promise = Геопозиция нужна мне только для того, чтобы определить часовой пояс, и я её не храню.
settings-ask-new-zone = Пришли название своего часового пояса, например Europe/Berlin, или город рядом с тобой, например Москва или Новосибирск. Можно и поделиться геопозицией (📎 → Геопозиция) — я определю по ней часовой пояс. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    Твой часовой пояс: { $zone_now }.

    { settings-ask-new-zone }
# $problem: common-bad-timezone (что не так с присланным поясом, и примеры).
settings-bad-zone = { $problem } Можно и поделиться геопозицией — я определю по ней часовой пояс.
# Над строками стилей (common-style-line). $style: название текущего стиля.
settings-style-editor = Какое описание подходит лучше всего? Подумай, как обычно ведёт себя { $partner }. Сейчас: { $style }.
settings-style-editor-footer = От этого зависит только то, какие идеи ты получаешь; это не диагноз. Не знаешь, что выбрать? Поможет короткий тест.
# $nudges: common-per-day («1 подсказка в день»).
settings-count-editor = Сейчас у тебя { $nudges }. Сколько присылать?
# $chosen: время дня наречиями («утром и вечером») или settings-windows-none.
settings-windows-editor =
    Когда присылать подсказки? Отметь один или несколько вариантов и нажми «Сохранить».

    Выбрано: { $chosen }.
settings-windows-none = пока ничего
# $review: common-review-at («воскресенье, 19:00»).
settings-review-day-editor = Итоги недели — короткий взгляд на то, как прошла твоя неделя. Сейчас они приходят: { $review } (по твоему времени). Какой день тебе удобнее?
# $day: название дня недели в именительном падеже («вторник»).
settings-review-hour-editor = День итогов недели: { $day }. В какое время их присылать?
# $quiet: common-quiet-hours («22:00–08:00»).
settings-quiet-start-editor = Сейчас тихие часы — { $quiet }: в это время подсказки не приходят. Когда им начинаться?
# $start: «21:00».
settings-quiet-end-editor = Тихие часы — с { $start }. До какого времени утром?
# Кнопка каждого языка — на нём самом; вопрос — на текущем языке.
settings-language-editor = На каком языке мне говорить?
# Ответы — onboarding-gender-she, -he или -name. $gender: текущий выбор.
settings-gender-editor = В подсказках { $partner } — это «она» или «он»? Или лучше обходиться одним именем? Сейчас: { $gender ->
        [she] «она»
        [he] «он»
       *[name] только по имени
    }.

## Что нельзя сохранить (уведомление на нажатие: каждое короче 190 символов)

# $time: время итогов («09:00»); $quiet: common-quiet-hours («22:00–10:00»).
settings-review-in-quiet-hours = Итоги недели в { $time } попадут в тихие часы ({ $quiet }). Выбери другие тихие часы или другое время для итогов.
# $count: сколько подсказок в день помещается (1–3); $windows: время дня наречиями
# («утром и вечером»).
settings-too-many = С промежутком в 2 часа { $windows } помещается не больше { $count ->
        [one] { $count } подсказки
        [few] { $count } подсказок
        [many] { $count } подсказок
       *[other] { $count } подсказки
    }. Выбери меньше подсказок в день или добавь ещё одно время дня.
# Как settings-too-many, когда места меньше из-за тихих часов. $start, $end: «22:00», «10:00».
settings-too-many-quiet = Вне тихих часов (с { $start } до { $end }) с промежутком в 2 часа { $windows } помещается не больше { $count ->
        [one] { $count } подсказки
        [few] { $count } подсказок
        [many] { $count } подсказок
       *[other] { $count } подсказки
    }. Выбери меньше подсказок, добавь время дня или сократи тихие часы.

## Что сохранило изменение: строка над меню и уведомление на нажатие

# $nudges: common-per-day («3 подсказки в день»).
settings-saved-count = Сохранено: { $nudges }.
# $style: название стиля.
settings-saved-style = Сохранено: теперь стиль — { $style }.
# $zone_now: common-zone-now.
settings-saved-zone = Сохранено: твой часовой пояс — { $zone_now }.
# $windows: время дня наречиями («утром и вечером»).
settings-saved-windows = Сохранено: подсказки { $windows }.
# $review: common-review-at.
settings-saved-review = Сохранено: итоги недели — { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = Сохранено: тихие часы — { $quiet }.
# $partner — новое имя.
settings-saved-name = Сохранено: новое имя — { $partner }.
settings-name-kept = Имя остаётся прежним: { $partner }.
# Уже на новом языке. $language: его название на нём самом («Deutsch»).
settings-saved-language = Сохранено. Язык общения: { $language }.
# $gender: новый выбор.
settings-saved-gender = Сохранено: { $gender ->
        [she] в подсказках { $partner } — «она»
        [he] в подсказках { $partner } — «он»
       *[name] в подсказках будет только имя — { $partner }, без «она» и «он»
    }.

## Присланная геопозиция

settings-location-not-set-up = Спасибо. Геопозиция нужна мне только для того, чтобы определить часовой пояс, поэтому она не сохранена. Но мы ещё ничего не настроили: отправь /start, чтобы начать.
settings-location-not-now = Спасибо. Геопозиция нужна мне только для того, чтобы определить часовой пояс, поэтому она не сохранена. Сначала, пожалуйста, ответь на вопрос выше — о часовом поясе я спрошу чуть позже.
settings-bad-location = С этой геопозицией что-то не так, поэтому использовать её не получилось. Поделись ею ещё раз или пришли название города рядом с тобой.
settings-no-zone-there = Не могу найти там часовой пояс — похоже, это открытое море. Поделись точкой на суше или пришли название города рядом с тобой, например Москва или Новосибирск.
# $zone_now: common-zone-now.
settings-location-offer =
    Похоже, твой часовой пояс — { $zone_now }. Использовать его?

    { settings-location-promise }
# $zone: «America/New_York».
settings-use-zone-button = Использовать { $zone }
settings-decline-zone-button = Нет
settings-declined-waiting = Хорошо, не буду. Тогда пришли название часового пояса, например Europe/Berlin, или город рядом с тобой.
settings-declined = Хорошо, часовой пояс остаётся прежним.
settings-declined-notice = Хорошо

## Связь с любимым человеком (/invite, /partner)

# Строка стиля, когда подсказки подбираются по стилю, которым поделился связанный человек.
# $style: его название; $name: этот человек, как его знают по связи.
settings-menu-style-shared = • Стиль: { $style } (им делится { $name })
settings-menu-linked = • Связь: ты и { $name } (/partner)
# $moment: когда истекает открытое приглашение, «сб, 5 дек., 08:00».
settings-menu-invitation-open = • Приглашение действует до { $moment } (по твоему времени) — /invite
settings-menu-not-linked = • Аккаунты не связаны (/invite — по желанию)
