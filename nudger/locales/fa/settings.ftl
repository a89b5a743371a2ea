# /settings: the menu with every current value, one editor per setting, what a change
# confirms, and a shared location (used only to find a time zone).
# Persian (fa): informal «تو»; no message starts with a placeable or a Latin word.

## The menu's buttons

settings-name-button = اسم شریک زندگی
settings-style-button = سبک
settings-zone-button = منطقهٔ زمانی
settings-count-button = تعداد تلنگر در روز
settings-windows-button = وقت‌های روز
settings-review-button = مرور هفتگی
settings-quiet-button = ساعت‌های سکوت
settings-language-button = زبان
# Shown only in languages whose sentences about the partner depend on their gender.
settings-gender-button = ضمیر برای { $partner }
settings-close-button = بستن
# « is mirrored in right-to-left text, so it still points "back".
settings-back-button = « بازگشت
settings-quiz-button = پر کردن پرسش‌نامه

## The menu

settings-menu-title = تنظیمات تو
settings-menu-partner = • شریک زندگی‌ات: { $partner }
# $style: the style's name ("Anxious", "Not sure").
settings-menu-style = • سبک: { $style }
# $zone_now: common-zone-now ("Europe/Berlin (it's 08:00 there now)").
settings-menu-zone = • منطقهٔ زمانی: { $zone_now }
# $nudges: common-per-day ("2 nudges a day").
settings-menu-count = • تعداد: { $nudges }
# $windows: the times of day in a sentence ("morning and evening"), or settings-menu-no-windows.
settings-menu-windows = • وقت‌های روز: { $windows }
settings-menu-no-windows = هیچ‌کدام
# $review: common-review-at ("Sundays at 19:00").
settings-menu-review = • مرور هفتگی: { $review }
# $quiet: common-quiet-hours ("22:00–08:00").
settings-menu-quiet = • ساعت‌های سکوت: { $quiet }
# $language: the language's own name ("English", "Deutsch").
settings-menu-language = • زبان: { $language }
# In a gendered language only; $gender is how the user asked me to refer to the partner.
settings-menu-gender = • ضمیر برای { $partner }: { $gender ->
        [she] مؤنث
        [he] مذکر
       *[name] فقط با اسم
    }
settings-menu-on = • تلنگرها فعال‌اند.
# $moment: "Sat 5 Dec, 08:00", in the user's time zone.
settings-menu-paused-until = • تلنگرها تا { $moment } (به وقت خودت) متوقف‌اند.
settings-menu-paused = • تلنگرها متوقف‌اند، تا وقتی /resume را نفرستی.
# $moment: "Mon 23 Nov, 09:12", in the user's time zone.
settings-menu-next = • تلنگر بعدی: { $moment } (به وقت خودت)
settings-menu-footer = روی هر چیزی که می‌خواهی عوضش کنی بزن.
settings-closed = تنظیمات بسته شد. هر وقت خواستی چیزی را عوض کنی، /settings را بفرست.
settings-closed-notice = بسته شد
settings-no-change = الان هم همین است.

## The editors

settings-ask-new-name = اسم یا لقب تازه را در یک پیام برایم بفرست.
settings-name-editor =
    الان شریک زندگی‌ات را { $partner } صدا می‌زنم.

    {"\u200F"}{ settings-ask-new-name }
# common-bad-name is Persian text, so starting with it is safe.
settings-bad-new-name = { common-bad-name } یا اگر می‌خواهی همین اسم بماند، در پیام تنظیمات «بازگشت» را بزن.
settings-location-promise = فقط از آن برای پیدا کردن منطقهٔ زمانی‌ات استفاده می‌کنم و نگهش نمی‌دارم.
# The arrow points right to left, from 📎 to the menu item, as Persian is read.
settings-ask-new-zone = اسم منطقهٔ زمانی‌ات را بفرست، مثل Europe/Berlin، یا اسم شهری نزدیک به خودت، مثل تهران یا تورنتو. می‌توانی موقعیت مکانی‌ات را هم بفرستی (📎 ← موقعیت مکانی) تا منطقهٔ زمانی‌اش را پیدا کنم. { settings-location-promise }
# $zone_now: common-zone-now.
settings-zone-editor =
    منطقهٔ زمانی فعلی‌ات: { $zone_now }.

    {"\u200F"}{ settings-ask-new-zone }
# $problem: common-bad-timezone (what was wrong with the typed zone, and examples).
# $problem is Persian text (common-bad-timezone starts «برای», -empty «پیامت»), so it may come first.
settings-bad-zone = { $problem } می‌توانی موقعیت مکانی‌ات را هم بفرستی تا منطقهٔ زمانی‌اش را پیدا کنم.
# Above one line per style (common-style-line). $style: the current style's name.
settings-style-editor = کدام‌یک از این‌ها بیشتر به { $partner } می‌خورد؟ انتخاب فعلی: { $style }.
settings-style-editor-footer = این فقط تعیین می‌کند چه پیشنهادهایی به دستت برسد؛ تشخیص نیست. مطمئن نیستی؟ پرسش‌نامهٔ کوتاه می‌تواند کمک کند.
# $nudges: common-per-day ("1 nudge a day").
settings-count-editor = الان { $nudges } برایت می‌فرستم. دوست داری چندتا باشد؟
# $chosen: the times of day in a sentence ("morning and evening"), or settings-windows-none.
settings-windows-editor =
    تلنگرها چه موقع‌هایی از روز برسند؟ یکی یا چندتا را انتخاب کن، بعد «ذخیره» را بزن.

    انتخاب‌شده: { $chosen }.
settings-windows-none = هنوز چیزی انتخاب نشده
# $review: common-review-at ("Sundays at 19:00").
settings-review-day-editor = مرور هفتگی‌ات { $review } (به وقت خودت) می‌رسد: نگاهی کوتاه به هفته‌ای که گذشت. کدام روز برایت بهتر است؟
# $day: the weekday's name ("Tuesday"). No suffix is glued to it: "هر { $day }" = "every Tuesday".
settings-review-hour-editor = مرور هفتگی، هر { $day }. چه ساعتی باشد؟
# $quiet: common-quiet-hours ("22:00–08:00").
settings-quiet-start-editor = الان ساعت‌های سکوت { $quiet } است: در این ساعت‌ها تلنگری نمی‌فرستم. از چه ساعتی شروع شود؟
# $start: "21:00".
settings-quiet-end-editor = سکوت از ساعت { $start } شروع می‌شود. صبح تا چه ساعتی ادامه داشته باشد؟
# Each language's button shows its own name; this question is shown in the current language.
settings-language-editor = به چه زبانی با تو حرف بزنم؟
# Answered with onboarding-gender-she, -he or -name. $gender: the current choice.
settings-gender-editor = وقتی دربارهٔ { $partner } حرف می‌زنم، با چه ضمیری از او یاد کنم؟ انتخاب فعلی: { $gender ->
        [she] ضمیر مؤنث
        [he] ضمیر مذکر
       *[name] فقط با اسم
    }.

## What can't be saved (the tap's notice: keep each under 190 characters)

# $time: the review's time ("09:00"); $quiet: common-quiet-hours ("22:00–10:00").
settings-review-in-quiet-hours = مرور هفتگی ساعت { $time } در ساعت‌های سکوت ({ $quiet }) می‌افتد. ساعت‌های سکوت دیگری انتخاب کن، یا ساعت دیگری برای مرور.
# $count: how many nudges a day fit (1–3); $windows: the times of day in a sentence
# ("morning and evening").
settings-too-many = در { $windows }، با ۲ ساعت فاصله، حداکثر { $count ->
        [one] { $count } تلنگر
       *[other] { $count } تلنگر
    } جا می‌شود. تعداد کمتری در روز انتخاب کن یا یک وقت دیگر از روز را هم اضافه کن.
# As settings-too-many, when quiet hours leave less room. $start, $end: "22:00", "10:00".
settings-too-many-quiet = در { $windows }، بیرون از ساعت‌های سکوت ({ $start } تا { $end }) و با ۲ ساعت فاصله، حداکثر { $count ->
        [one] { $count } تلنگر
       *[other] { $count } تلنگر
    } جا می‌شود. تعداد کمتری در روز انتخاب کن، وقت دیگری از روز را اضافه کن یا ساعت‌های سکوت را کوتاه‌تر کن.

## What a change saved: the line above the menu, and the tap's notice

# $nudges: common-per-day ("3 nudges a day").
settings-saved-count = ذخیره شد: { $nudges }.
# $style: the style's name.
settings-saved-style = ذخیره شد: سبک حالا «{ $style }» است.
# $zone_now: common-zone-now.
settings-saved-zone = ذخیره شد. منطقهٔ زمانی تازه: { $zone_now }.
# $windows: the times of day in a sentence ("morning and evening").
settings-saved-windows = ذخیره شد: از این به بعد تلنگرها { $windows } می‌رسند.
# $review: common-review-at.
settings-saved-review = ذخیره شد. مرور هفتگی: { $review }.
# $quiet: common-quiet-hours.
settings-saved-quiet = ذخیره شد. ساعت‌های سکوت: { $quiet }.
# $partner is the new name.
settings-saved-name = ذخیره شد: از این به بعد شریک زندگی‌ات را { $partner } صدا می‌زنم.
settings-name-kept = اسم همان { $partner } می‌ماند.
# Said in the new language. $language: its own name ("Deutsch").
settings-saved-language = ذخیره شد: از این به بعد با تو { $language } حرف می‌زنم.
# $gender: the new choice.
settings-saved-gender = ذخیره شد: از این به بعد از { $partner } { $gender ->
        [she] با ضمیر مؤنث
        [he] با ضمیر مذکر
       *[name] فقط با اسم
    } یاد می‌کنم.

## A shared location

settings-location-not-set-up = ممنون. موقعیت مکانی را فقط برای پیدا کردن منطقهٔ زمانی به کار می‌برم، برای همین نگهش نداشتم. هنوز تنظیمات اولیه را انجام نداده‌ایم: برای شروع /start را بفرست.
settings-location-not-now = ممنون. موقعیت مکانی را فقط برای پیدا کردن منطقهٔ زمانی به کار می‌برم، برای همین نگهش نداشتم. لطفاً اول به سؤال بالا جواب بده؛ چند لحظهٔ دیگر منطقهٔ زمانی‌ات را می‌پرسم.
settings-bad-location = این موقعیت درست به نظر نمی‌رسد، برای همین نتوانستم از آن استفاده کنم. لطفاً دوباره بفرستش، یا اسم شهری نزدیک به خودت را بنویس.
settings-no-zone-there = آنجا منطقهٔ زمانی‌ای پیدا نکردم؛ انگار وسط دریاست. لطفاً جایی روی خشکی را بفرست، یا اسم شهری نزدیک به خودت را، مثل تهران یا تورنتو.
# $zone_now: common-zone-now.
settings-location-offer =
    به نظر می‌رسد منطقهٔ زمانی‌ات { $zone_now } باشد. همین را بگذارم؟

    {"\u200F"}{ settings-location-promise }
# $zone: "America/New_York". (Not first: a Latin zone name first would turn the button LTR.)
settings-use-zone-button = استفاده از { $zone }
settings-decline-zone-button = نه
settings-declined-waiting = باشد، از آن استفاده نمی‌کنم. به جایش اسم منطقهٔ زمانی‌ات را بفرست، مثل Europe/Berlin، یا اسم شهری نزدیک به خودت را.
settings-declined = باشد، منطقهٔ زمانی‌ات همان قبلی می‌ماند.
settings-declined-notice = باشد

## The link with the partner (/invite, /partner)

# The style line when the nudges use the style the linked partner shared.
# $style: its name; $name: the partner, as the user knows them in the link.
settings-menu-style-shared = • سبک: { $style } (از طرف { $name })
settings-menu-linked = • وصل به { $name } (/partner)
# $moment: when the open invitation runs out.
settings-menu-invitation-open = • دعوت‌نامه تا { $moment } باز است (/invite)
settings-menu-not-linked = • به شریک زندگی‌ات وصل نیستی (/invite، اختیاری)
