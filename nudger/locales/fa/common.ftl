# What the bot says in more than one feature. Each feature's own words are in its own file.
# Persian (fa): informal singular (تو). Persian has no grammatical gender: no message uses
# $gender. No message starts with a placeable that can be Latin (a name, a zone, a command):
# Telegram would lay the whole text out left to right. A line that has to start with a
# placeable starts with {"\u200F"} (RIGHT-TO-LEFT MARK): the bot wraps every placeable in an
# isolate, and a line whose only letters are inside one has no direction of its own.

# The partner, in a sentence, when the user has not named them (yet).
partner-unnamed = شریک زندگی‌ات

common-not-set-up = هنوز چیزی برایت تنظیم نشده است. برای شروع، /start را بفرست.
common-unknown-text = برای این پیام جوابی ندارم. /help را بفرست تا ببینی چه کارهایی از دستم برمی‌آید.
common-bad-button = ببخشید، منظور این دکمه را نفهمیدم.
common-not-yours = این دکمه دیگر کار نمی‌کند.
common-stale-question = به این سؤال قبلاً جواب داده‌ای.
common-something-wrong = ببخشید، مشکلی از طرف من پیش آمد و چیزی تغییر نکرد. لطفاً چند لحظهٔ دیگر دوباره امتحان کن.

## Asked in setup and again in /settings

common-bad-name = لطفاً اسمی با حداکثر ۴۰ کاراکتر بفرست (با حرف یا عدد، نه فقط ایموجی یا نماد).
common-ask-timezone = در کدام منطقهٔ زمانی هستی؟ اسمش را بفرست، مثل Europe/Berlin، یا اسم شهری نزدیک خودت را، مثل تهران، تورنتو یا سیدنی.
common-need-window = اول دست‌کم یکی از وقت‌های روز را انتخاب کن.
# $shown: what they typed (cut to 30 characters).
common-bad-timezone = برای «{ $shown }» منطقهٔ زمانی‌ای پیدا نکردم. { common-timezone-examples }
common-bad-timezone-empty = پیامت خالی بود. { common-timezone-examples }
# Zone names are joined with «یا», not «،»: Latin names separated only by commas would run
# together into one left-to-right stretch and read in the wrong order.
common-timezone-examples = اسم یک منطقهٔ زمانی را امتحان کن، مثلاً Europe/Berlin یا America/New_York یا Asia/Tokyo، یا اسم شهر بزرگ‌تری نزدیک خودت را، مثل تهران، لندن یا تورنتو.

    {"\u200F"}{ common-ask-timezone }

## Values as the setup summary and /settings show them

# Persian: a noun after a number stays singular, so both variants read alike.
common-per-day = { $count ->
        [one] روزی { $count } تلنگر
       *[other] روزی { $count } تلنگر
    }
# $day: the weekday's name; $time: "19:00". Reads "every Sunday at 19:00".
common-review-at = هر { $day } ساعت { $time }
# $start, $end: "22:00", "08:00". Reads "22:00 to 08:00" (works after «ساعت‌های سکوت:»).
common-quiet-hours = { $start } تا { $end }
# $zone: "Europe/Berlin"; $time: the time there now. Only ever shown after a label
# ("منطقهٔ زمانی: ..."), never at the start of a message.
common-zone-now = { $zone } (الان آنجا ساعت { $time } است)

## Shown by setup and /settings alike

# The Save button under the times of day.
common-save-button = ذخیره
# One line per style under the style question. $style: the style's name;
# $description: its one-line description (from styles.ftl).
common-style-line = {"\u200F"}{ $style }: { $description }.
# The parts of the day inside a sentence ("nudges in the morning and evening"): the code
# joins them with the language's list format, in the order of the day.
common-window-in-sentence-morning = صبح
common-window-in-sentence-afternoon = بعدازظهر
common-window-in-sentence-evening = شب
