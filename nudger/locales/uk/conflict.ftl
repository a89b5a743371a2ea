# /conflict: three calm steps for a tense moment with the partner, and the offer of one
# follow-up nudge to reconnect. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# Steps never blame the partner and never name a style.
# Ukrainian: "tell { $partner }" becomes «хай { $partner } почує від тебе…»; "with
# { $partner }" becomes a joint subject («Ти і { $partner } переживаєте…»). Where English
# says "they" without the name, «кохана людина» (її) stands in. "reconnect": знову зблизитися.

## The reply: an intro, the three steps (numbered), and the follow-up offer

conflict-intro = Ти і { $partner } переживаєте напружену мить? Зроби один повільний вдих. Ось три маленькі кроки, які можуть допомогти просто зараз:
# One numbered step. $number: 1, 2 or 3; $step: the step (one of the conflict-step-...).
conflict-step-line = { $number }. { $step }
# $when: when the follow-up would come: "later" (later today), "morning" (tomorrow
# morning) or "thismorning" (asked for after midnight, before quiet hours end).
conflict-offer = Коли все вщухне, невеликий жест допоможе вам знову зблизитися. Натисни кнопку нижче, і я надішлю тобі ідею такого жесту { $when ->
        [morning] завтра вранці
        [thismorning] сьогодні вранці
       *[later] сьогодні трохи згодом
    }.

## The steps, three for each kind of partner. The partner who pulls back when things get
## close or tense (avoidant): lower the temperature, credit them, give space with a time to
## come back.

conflict-step-avoidant-1 = Зменш напругу: сповільнися, говори м’якше і скажи, що це не криза, а те, з чим ви вдвох дасте раду.
conflict-step-avoidant-2 = Скажи, що слушного ти бачиш у тому, як { $partner } на це дивиться, і подякуй за те, що вже було зроблено чи чим довелося поступитися, щоб у вас усе ладналося.
conflict-step-avoidant-3 = Якщо комусь із вас потрібна перерва, запропонуй трохи простору й назви час, коли ви повернетеся до розмови, скажімо: «Зробімо паузу й поговорімо знову після вечері». А тоді дотримай слова.

## The partner who worries about being left (anxious): reassurance, staying present, the bond.

conflict-step-anxious-1 = Почни із запевнення: хай { $partner } почує від тебе, що ти нікуди не йдеш і що ви разом із цим упораєтеся.
conflict-step-anxious-2 = Залишайся поруч і продовжуй розмову. Якщо тобі потрібна пауза, так і скажи, а ще скажи, коли повернешся, щоб мовчання не скидалося на те, що ти йдеш.
conflict-step-anxious-3 = Назви те, що вас єднає: { $gender ->
        [she] хай { $partner } почує, що ти любиш у ній і у вас двох
        [he] хай { $partner } почує, що ти любиш у ньому і у вас двох
       *[name] хай { $partner } почує від тебе «Я люблю в тобі…» і що саме ти любиш у вас двох
    }. І запропонуй руку чи обійми, якщо це буде доречно.

## The partner who both longs for closeness and is wary of it: slow and soft, no pressure.

conflict-step-fearful-1 = Не поспішай і говори м’яко. Хай { $partner } почує від тебе спокійне: «Ти для мене багато важиш, і це нічого не змінює в моїх почуттях».
conflict-step-fearful-2 = Хай { $partner } визначає темп, а ти не вимагай відповідей. Якщо потрібен простір, дай його з теплом: «Не поспішай, бери стільки часу, скільки треба. Я поруч».
conflict-step-fearful-3 = Назви одну річ, яку ти розумієш у погляді коханої людини, і запропонуй час, щоб повернутися до розмови: не обов’язково все розв’язувати сьогодні.

## Anyone else (secure, or not sure yet): a calm general set.

conflict-step-general-1 = Перш ніж відповідати, сповільнися. Спокійніший голос допомагає вам обом почути одне одного.
conflict-step-general-2 = Перш ніж пояснювати свій погляд, скажи, що ти розумієш у тому, як { $partner } це бачить.
conflict-step-general-3 = Скажи, що ви в одній команді, і домовтеся про наступний крок або про час, коли поговорите знову.

## The follow-up button, and what it says once tapped (also shown as a notice)

# $when: as in conflict-offer ("later", "morning" or "thismorning").
conflict-remind-button = Нагадай мені { $when ->
        [morning] завтра вранці
        [thismorning] сьогодні вранці
       *[later] сьогодні згодом
    }
# $time: when the follow-up comes, "17:12" (later today).
conflict-confirm-later = Підказку, як знову зблизитися, я надішлю приблизно о { $time }.
# $time: "21:30", half an hour before the user's quiet hours begin.
conflict-confirm-sooner = Підказку, як знову зблизитися, я надішлю приблизно о { $time }, ще до початку твоїх тихих годин.
# $when: "morning" (tomorrow) or "thismorning" (after midnight); $time: "08:30", shortly
# after quiet hours end.
conflict-confirm-morning = Підказку, як знову зблизитися, я надішлю { $when ->
        [thismorning] сьогодні вранці
       *[morning] завтра
    } приблизно о { $time }.
# As conflict-confirm-morning, when the tapped button said "later today" but it is now too
# close to quiet hours.
conflict-confirm-too-late = Уже пізно, тож підказку, як знову зблизитися, я надішлю { $when ->
        [thismorning] сьогодні вранці
       *[morning] завтра
    } приблизно о { $time }.
conflict-follow-up-already = Нагадування про те, як знову зблизитися, уже заплановано.
