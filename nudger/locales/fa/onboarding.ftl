# /start and the setup questions: the partner's name, how to refer to them (gendered
# languages only), their style, the time zone, nudges a day and the times of day.
# Persian (fa): informal «تو»; no message starts with a placeable or a Latin word.

# The first message after /start: what the bot does and what it stores.
onboarding-welcome =
    سلام! من nudger هستم. یادت می‌اندازم کارهای کوچک و مشخصی بکنی که کمک می‌کنند شریک زندگی‌ات حس کند دوستش داری و کنارت احساس امنیت کند. پژوهش‌ها دربارهٔ دلبستگی نشان می‌دهند که همین کارهای کوچک، وقتی پیوسته تکرار شوند، به مرور نگرانی‌های او را کم می‌کنند.

    چه چیزهایی را نگه می‌دارم و چرا:
    • اسم کوچک شریک زندگی‌ات یا اسمی که صدایش می‌کنی، و سبکی که انتخاب می‌کنی، تا تلنگرهایت را انتخاب کنم و متنشان را بنویسم
    • منطقهٔ زمانی‌ات، ساعت تلنگرها، ساعت‌های سکوت و روز مرور هفتگی، تا تلنگرها را در لحظه‌های مناسب بفرستم
    • اینکه چه تلنگرهایی گرفتی، کدام‌ها را انجام دادی، کی تلنگرها را موقتاً متوقف کردی و کی از /conflict استفاده کردی، تا هفته‌ات را نشانت بدهم
    • جواب‌های پرسش‌نامه، فقط تا وقتی پرسش‌نامه تمام نشده

    پیام‌هایت و موقعیت مکانی‌ات را نگه نمی‌دارم (موقعیتی که بفرستی فقط برای پیدا کردن منطقهٔ زمانی‌ات به کار می‌رود). هیچ‌چیز با هیچ‌کس در میان گذاشته نمی‌شود. برای گرفتن یک نسخه از همهٔ این‌ها /export را بفرست، و برای پاک کردنشان /delete را.

    چند سؤال کوتاه می‌پرسم و بعد کارمان تمام است.
onboarding-ask-name = اسم کوچک شریک زندگی‌ات، یا اسمی که صدایش می‌کنی، چیست؟

## How to refer to the partner: asked right after the name, only in languages whose
## sentences about the partner depend on their gender. /settings asks it again.
## (Persian never shows these: it has no gendered pronouns.)

onboarding-ask-gender = وقتی دربارهٔ { $partner } حرف می‌زنم، با چه ضمیری از او یاد کنم؟
# The three answers: she, he, or phrasings that avoid gendered forms.
onboarding-gender-she = ضمیر مؤنث
onboarding-gender-he = ضمیر مذکر
onboarding-gender-name = فقط با اسم

## The partner's style

# Above one line per style (common-style-line).
onboarding-ask-style = کدام‌یک از این‌ها بیشتر به { $partner } می‌خورد؟
# Below the styles.
onboarding-ask-style-footer = این فقط تعیین می‌کند چه پیشنهادهایی به دستت برسد. تشخیص نیست، و هر وقت خواستی می‌توانی در /settings عوضش کنی.

## Time zone, nudges a day, times of day

# $zone_now: the zone and its time now, as common-zone-now says it.
onboarding-zone-set = منطقهٔ زمانی: { $zone_now }.
onboarding-ask-count = دوست داری روزی چند تلنگر برایت بفرستم؟
onboarding-ask-windows = چه موقع‌هایی از روز بفرستم؟ یکی یا چندتا را انتخاب کن، بعد «ذخیره» را بزن.
# Save with more nudges a day than fit 2 hours apart. $count: nudges a day asked (2 or 3);
# $fits: how many fit in the chosen times of day.
# (After a number Persian nouns stay singular, so no plural selector is needed.)
onboarding-too-many = برای روزی { $count } تلنگر جای بیشتری لازم است: بین تلنگرها دست‌کم ۲ ساعت فاصله می‌گذارم و در این وقت‌ها فقط { $fits } تا جا می‌شود. یک وقت دیگر از روز را هم انتخاب کن، یا /start را بفرست تا تعداد کمتری انتخاب کنی.

## Along the way

# A question once answered, as it stays in the chat. $question: the question's text;
# $answer: the answer ("Avoidant", "2"). The question is one isolated placeable, so the line
# starts with a right-to-left mark.
onboarding-answered =
    {"\u200F"}{ $question }

    جوابت: { $answer }
onboarding-in-setup-tap = لطفاً با دکمه‌های زیر آخرین سؤال جواب بده.
onboarding-saved-notice = ذخیره شد

## The plan, after Save

# $style: the style's name; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 nudges a
# day"); $windows: the times of day in a sentence ("morning and evening"); $review:
# common-review-at ("Sundays at 19:00"); $quiet: common-quiet-hours ("22:00–08:00").
onboarding-summary =
    همه‌چیز آماده است. برنامه‌ات این است:
    • شریک زندگی‌ات: { $partner }
    • سبک: { $style }
    • منطقهٔ زمانی: { $zone }
    {"\u200F"}• { $nudges }، { $windows }
    • مرور هفتگی‌ات: { $review }
    • ساعت‌های سکوت: { $quiet }؛ در این ساعت‌ها چیزی نمی‌فرستم
# $moment: the first nudge's day and time, "Mon 23 Nov, 09:12".
onboarding-summary-first = اولین تلنگرت { $moment } (به وقت خودت) می‌رسد.
onboarding-summary-end = هر تلنگر یک کار کوچک است که برای { $partner } انجام می‌دهی، با دکمه‌های «انجام شد»، «رد کن» و «یک ساعت بعد». اگر دلت می‌خواهد همین حالا یکی بگیری، /now را بفرست؛ برای تغییر هر کدام از این‌ها /settings را، و برای بقیهٔ چیزها /help را.

# Below the style question when the user's linked partner shared their own quiz result.
# $name: the partner as the user knows them in the link; $style: the style's name.
onboarding-partner-shared-style = خوب است بدانی که { $name } پرسش‌نامهٔ کوتاهی دربارهٔ خودش پر کرده و نتیجه‌اش را با تو در میان گذاشته است: «{ $style }». اگر دوست داری تلنگرهایت بر پایهٔ آن باشند، همان را بزن.
