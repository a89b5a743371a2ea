# /quiz: twelve statements about the partner's behaviour, answered 1 to 7, and what the
# answers suggest. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# The quiz describes the partner gently: it is never a diagnosis.
# Persian (fa): no $gender; no message and no line starts with { $partner }.

## Before the first question

# $count: how many statements follow (12).
quiz-intro = در ادامه { $count ->
        [one] { $count } جملهٔ کوتاه
       *[other] { $count } جملهٔ کوتاه
    } می‌آید دربارهٔ کارها و حرف‌هایی که شاید از { $partner } دیده یا شنیده باشی. برای هر کدام، با عددی از ۱ تا ۷ بگو چقدر به { $partner } می‌خورد. با اولین حسی که داری جواب بده؛ جواب درست و غلطی در کار نیست.

    در پایان می‌گویم جواب‌هایت به چه چیزی اشاره دارند، و پیش از اینکه چیزی را عوض کنم، از خودت می‌پرسم.

## A question: its number, the statement, and what the ends and middle of the scale mean

# $number: this question's number (1-12); $total: how many there are (12);
# $statement: the statement (one of the quiz-item-... messages).
quiz-question = سؤال { $number } از { $total }

    {"\u200F"}{ $statement }

    {"\u200F"}{ quiz-scale-hint }
# The buttons show only the numbers 1 to 7; this line says what 1, 4 and 7 mean.
# Persian: «؛» between the three, not «·», which looks like the Persian zero «۰».
quiz-scale-hint = ۱ = { quiz-anchor-1 }؛ ۴ = { quiz-anchor-4 }؛ ۷ = { quiz-anchor-7 }
quiz-anchor-1 = اصلاً به او نمی‌خورد
quiz-anchor-4 = تا حدی
quiz-anchor-7 = خیلی به او می‌خورد

## The statements, in the order asked. Each describes something the user may have seen
## the partner do; the user answers how much it sounds like them.
## (Persian word order puts a clause before the name, so no item starts with it.)

quiz-item-anx-slow-reply = وقتی دیر جواب می‌دهم، { $partner } نگران می‌شود که مشکلی پیش آمده باشد.
quiz-item-avo-change-subject = وقتی از احساسم دربارهٔ رابطه‌مان حرف می‌زنم، { $partner } بحث را عوض می‌کند یا کوتاهش می‌کند.
quiz-item-anx-ask-love = پیش می‌آید که { $partner } از من بپرسد آیا هنوز دوستش دارم یا هنوز می‌خواهم با هم باشیم.
quiz-item-avo-comfort = وقتی { $partner } تحت فشار است یا دلش گرفته، برای دلگرمی سراغ من می‌آید.
quiz-item-anx-after-argument = بعد از یک اختلاف‌نظر کوچک، { $partner } انگار می‌ترسد که بگذارم و بروم.
quiz-item-avo-tense-quiet = وقتی بین‌مان تنش پیش می‌آید، { $partner } ساکت می‌شود یا می‌خواهد تنها باشد.
quiz-item-anx-relaxed-apart = وقتی یکی دو روز کم با هم در تماسیم، { $partner } آرام و بی‌دغدغه می‌ماند.
quiz-item-avo-close-future = وقتی خیلی به هم نزدیک می‌شویم یا از آینده‌مان حرف می‌زنیم، { $partner } معذب به نظر می‌رسد.
quiz-item-anx-small-signs = تغییرهای کوچک در حال‌وهوا یا پیام‌هایم به چشم { $partner } می‌آید و نگرانش می‌کند.
quiz-item-avo-handle-alone = وقتی مشکلی پیش می‌آید، { $partner } ترجیح می‌دهد خودش تنهایی حلش کند تا اینکه از من کمک بخواهد.
quiz-item-anx-sure-of-me = حتی وقتی به زبان نمی‌آورم، { $partner } مطمئن به نظر می‌رسد که برایم مهم است.
quiz-item-avo-open-feelings = دربارهٔ احساس‌ها و نیازهایش، { $partner } بی‌پرده با من حرف می‌زند.

## The result: an intro, one line per dimension, what the style means, and a reminder
## that this is not a diagnosis

quiz-result-intro = از جواب‌هایت دربارهٔ { $partner } این برمی‌آید:
# One line per dimension. $level: "higher" or "lower" (above or below the middle of the
# scale); $score: the mean answer, 1.0 to 7.0, shown with one decimal ("4.2").
quiz-result-anxiety = • نگرانی از پس زده شدن، نیاز به اطمینان‌بخشی: { $level ->
        [higher] نسبتاً بالا
       *[lower] نسبتاً پایین
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } از ۷)
quiz-result-avoidance = • معذب شدن در نزدیکی، نیاز به استقلال: { $level ->
        [higher] نسبتاً بالا
       *[lower] نسبتاً پایین
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } از ۷)
# What each result means, and the style's name as its button says it (style-...).
quiz-result-secure =
    هر دو نسبتاً پایین‌اند. به نظر می‌رسد { $partner } بیشتر وقت‌ها هم با نزدیکی راحت است و هم با وقت‌هایی که از هم دورید.
    این به گزینهٔ «{ style-secure }» نزدیک‌تر است. تلنگرهای این گزینه روی مهربانی‌های کوچک روزمره، توجه و قدردانی تمرکز دارند؛ چیزهایی که به کار هر کسی می‌آیند.
quiz-result-anxious =
    نگرانی نسبتاً بالاست. شاید { $partner } بترسد که ناامیدش کنند یا تنهایش بگذارند، و با در تماس بودن و اطمینان‌بخشی روشن آرام‌تر شود.
    این به گزینهٔ «{ style-anxious }» نزدیک‌تر است. تلنگرهای این گزینه روی اطمینان‌بخشی روشن، حرف‌هایی که از تعهد خبر می‌دهند، قدردانی گرم و ابراز محبت تمرکز دارند.
quiz-result-avoidant =
    معذب شدن در نزدیکی نسبتاً بالاست. شاید { $partner } برای استقلالش ارزش زیادی قائل باشد و وقتی نزدیکی زیاد می‌شود یا تنشی پیش می‌آید، کمی عقب بکشد.
    این به گزینهٔ «{ style-avoidant }» نزدیک‌تر است. تلنگرهای این گزینه روی این‌ها تمرکز دارند: نشان دادن اینکه می‌شود رویت حساب کرد، احترام به فضای شخصی‌اش، جدی گرفتن دیدگاهش، دیدن زحمت‌هایش و آرام نگه داشتن اختلاف‌ها.
quiz-result-fearful =
    هر دو نسبتاً بالا هستند. شاید { $partner } هم دلش نزدیکی بخواهد و هم نسبت به آن محتاط باشد؛ برای همین ممکن است نزدیک بیاید و بعد عقب بکشد.
    این به گزینهٔ «{ style-fearful }» نزدیک‌تر است. تلنگرهای این گزینه ملایم‌ترین پیشنهادهای هر دو طرف را دربر دارند: اطمینان‌بخشی پیوسته، همراه با فضایی برای نفس کشیدن و بی‌هیچ فشاری.
quiz-not-a-diagnosis = این فقط راهنمایی کلی است بر پایهٔ چند چیزی که دیده‌ای، نه یک تشخیص. آدم‌ها تغییر می‌کنند، و حس امنیت در کنار کسی به این تغییر کمک می‌کند.

## After the result: switch the nudges to the result's style, or keep them

# $style: the result's style name (style-...); $current: the style set now.
quiz-save-question = تلنگرهایت الان برای «{ $current }» تنظیم شده‌اند. به «{ $style }» تغییرشان بدهم؟ هر وقت خواستی، با /quiz یا /start می‌توانی دوباره عوضش کنی.
# $style: the style name (style-...).
quiz-switch-button = بله، تغییر به «{ $style }»
quiz-keep-button = نه، همین‌طور بماند
# $style: the style name (style-...).
quiz-switched = انجام شد. تلنگرهایت برای { $partner } از حالا بر پایهٔ «{ $style }» انتخاب می‌شوند.
quiz-switched-notice = تغییر کرد
quiz-kept = باشد، چیزی عوض نشد. تلنگرهایت همان‌طور که بودند می‌مانند.
quiz-kept-notice = بدون تغییر
# The result is the style already set. $style: its name (style-...).
quiz-same-style = این با انتخاب قبلی‌ات («{ $style }») یکی است، پس تلنگرهایت همان‌طور که هستند می‌مانند.

## In setup (the quiz answers the style question)

# $style: the result's style name (style-...).
quiz-onboarding-question = برای تلنگرهایت «{ $style }» را بگذارم، یا «{ style-unknown }» بماند (پیشنهادهای مهربانانه‌ای که به کار هر کسی می‌آید)؟ بعداً هم می‌توانی با /quiz یا /settings عوضش کنی.
# $style: the result's style name (style-...).
quiz-use-button = انتخاب «{ $style }»
quiz-keep-not-sure-button = همان «{ style-unknown }» بماند
quiz-skip-button = بگذریم؛ «{ style-unknown }» بماند
quiz-skipped-in-setup = از پرسش‌نامه گذشتیم. فعلاً با «{ style-unknown }» پیش می‌رویم.
quiz-skipped-notice = رد شد
quiz-finish-setup-first = بیا اول تنظیمات اولیه را تمام کنیم. در سؤال سبک، «{ style-unknown }» را بزن تا پرسش‌نامه را پر کنی.

## Stopping, and taps or text that don't fit

quiz-stop-button = پرسش‌نامه را متوقف کن
quiz-stopped = پرسش‌نامه متوقف شد. چیزی عوض نشد؛ هر وقت خواستی می‌توانی با /quiz دوباره پرش کنی.
quiz-stopped-notice = متوقف شد
# A tap on a question that is no longer the open one (an old message, a double tap).
quiz-stale-answer = این سؤال دیگر باز نیست.
quiz-over = این پرسش‌نامه تمام شده است. برای پر کردن دوباره‌اش /quiz را بفرست.
quiz-typed-during = وسط پرسش‌نامه‌ایم: لطفاً با دکمه‌های ۱ تا ۷ زیر آخرین سؤال جواب بده، یا «{ quiz-stop-button }» را بزن.
quiz-typed-after = پرسش‌نامه تمام شد. لطفاً با دکمه‌های زیر آخرین پیامم انتخاب کن که تلنگرهایت به سبک تازه بروند یا همان‌طور که هستند بمانند («{ quiz-keep-button }»).
