# /week and the weekly review: the caption under the picture, the picture's own labels,
# and the buttons to other weeks.
# Persian (fa): a noun after a number stays singular, so plural variants read alike.

## Buttons and notices

week-no-such-week = فقط هفته‌هایی را می‌توانم نشان بدهم که بعد از اولین تلنگرت بوده‌اند، آن هم تا یک سال قبل.
# Persian: the arrow comes first in the text, so that right to left it is drawn on the right,
# where English has it (as in week-later-button).
week-this-week-button = ▶ این هفته
# $day: the Monday the week starts on, "16 Nov".
week-of = هفتهٔ { $day }
# $day as above, $year: "2026". Drawn as the chart's title.
week-chart-title = هفتهٔ { $day } { $year }
# Persian: written out (not { week-of }) so the button starts with a Persian letter and reads
# right to left; the arrow sits on the same side as in English.
week-earlier-button = هفتهٔ { $day } ◀
week-later-button = ▶ هفتهٔ { $day }

## The caption (at most 1,024 characters in all)

# $span: the days covered, "Mon 16 – Sun 22 Nov".
week-caption-title = هفتهٔ تو: { $span }
week-paused-all-week = تلنگرها تمام هفته متوقف بودند.
week-paused-so-far = تلنگرها این هفته متوقف بوده‌اند.
week-nothing-sent = این هفته چیزی فرستاده نشد.
week-nothing-sent-yet = این هفته هنوز چیزی فرستاده نشده است.
week-tally = از { $sent } تلنگر فرستاده‌شده، { $done } تا انجام شد.
# $details: a list of week-tally-skipped, week-tally-unanswered and week-tally-open.
week-tally-details = از { $sent } تلنگر فرستاده‌شده، { $done } تا انجام شد ({ $details }).
week-tally-skipped = { $count } مورد رد شده
week-tally-unanswered = { $count } مورد بی‌جواب
week-tally-open = { $count } مورد هنوز باز
# $category: a category's name (category-*).
week-done-most = بیشترین انجام‌شده‌ها: { $category }.
week-skipped-most = بیشترین ردشده‌ها: { $category }.
# $current, $longest: days in a row; $score: 0 to 100.
week-streak = روزهای پیاپی: { week-days } (بیشترین: { $longest ->
        [one] { $longest } روز
       *[other] { $longest } روز
    }). امتیاز پیوستگی: { $score } از ۱۰۰.
# Early on the score is low by design: said so, so it doesn't read as a bad grade.
week-streak-early = روزهای پیاپی: { week-days } (بیشترین: { $longest ->
        [one] { $longest } روز
       *[other] { $longest } روز
    }). امتیاز پیوستگی: { $score } از ۱۰۰ (در طول چند هفته بالا می‌رود).
week-days = { $current ->
        [one] { $current } روز
       *[other] { $current } روز
    }
week-missed-day = یک روز جاافتاده روند خوبت را خراب نمی‌کند: امتیاز عمداً آهسته تغییر می‌کند.
week-paused-days-kept = در روزهای توقف موقت، روزهای پیاپی و امتیازت دست نخورده ماند.
# When the user's linked partner shares what helps them (never says what).
# Persian: kept to the fewest words; the worst-case caption is close to 1,024 units.
week-partner-helps = تلنگرهایت بیشتر به سمت چیزهایی رفتند که { $partner } گفته کمکش می‌کند.

## The suggestion: why (from the figures), then what to do, worded for the partner's style

# $what: one of the week-what-* messages (each a full sentence in Persian).
week-next-week = برای هفتهٔ بعد: { $what }
week-rest-of-week = برای بقیهٔ هفته: { $what }
# $why: one of the week-why-* messages.
week-next-week-why = { $why } برای هفتهٔ بعد: { $what }
week-rest-of-week-why = { $why } برای بقیهٔ هفته: { $what }

week-what-resume = وقتی تلنگرها دوباره فعال شدند، با یک کار کوچک شروع کن. روزهای پیاپی و امتیازت منتظرت مانده‌اند.
week-what-quiet = با یک کار کوچک شروع کن. هر وقت یک دقیقه وقت آزاد داشتی، /now را بفرست و فقط همان یکی را برای { $partner } انجام بده.
week-why-start-small = هنوز هیچ تلنگری را «انجام شد» نزده‌ای.
week-what-start-small-anxious = روزی یک تلنگر انتخاب کن و فقط همان را انجام بده. حتی یک پیام دوخطی که در آن به { $partner } بگویی به فکرش هستی هم حساب می‌شود.
week-what-start-small-avoidant = روزی یک تلنگر انتخاب کن و فقط همان را انجام بده. یک کار بی‌سروصدا هم حساب می‌شود، مثلاً اینکه از { $partner } برای کاری که کرده تشکر کنی.
week-what-start-small-other = روزی یک تلنگر انتخاب کن و فقط همان را انجام بده. یک حرف کوتاه و مهربان به { $partner } هم حساب می‌شود.
week-why-new-time = بیشتر تلنگرها بی‌جواب ماندند؛ شاید وقتی می‌رسند که سرت شلوغ است.
week-what-new-time = ساعت‌هایی را انتخاب کن که معمولاً سرت خلوت است (برای تغییرشان، /settings را بفرست).
# $skipped of $settled nudges of one category ($category) were skipped.
week-why-ease-off-category = از { $settled } تلنگر «{ $category }»، { $skipped } تا رد شد.
week-why-ease-off = از { $sent } تلنگر، { $skipped } تا رد شد.
week-what-ease-off-avoidant = تلنگرهای کمتر یا ساعتی آرام‌تر را امتحان کن. فضای شخصی برای { $partner } مهم است و احترام به آن هم نوعی محبت است (برای تغییر هر دو، /settings را بفرست).
week-what-ease-off-fearful = تلنگرهای کمتر یا ساعتی آرام‌تر را امتحان کن. دل { $partner } کم‌کم و به وقت خودش گرم می‌شود و ملایم و پیوسته بودن کافی است (برای تغییر هر دو، /settings را بفرست).
week-what-ease-off-anxious = به جای رد کردن، کوچک‌ترین شکلش را امتحان کن: پیامی کوتاه که بگوید به فکر { $partner } هستی هم اطمینان‌بخشی است. تلنگرهای کمتر هم اشکالی ندارد (برای تغییرشان، /settings را بفرست).
week-what-ease-off-other = تلنگرهای کمتری در روز یا ساعت دیگری را امتحان کن (برای تغییرشان، /settings را بفرست).
week-why-keep = هفتهٔ خیلی خوبی بوده است.
week-what-keep = همین ساعت‌ها و همین تعداد تلنگر را نگه دار.
# $category: the category's name as it starts a sentence (its .start).
week-what-keep-category = همین ساعت‌ها و همین تعداد تلنگر را نگه دار. «{ $category }» خوب جواب می‌دهد، پس ادامه‌اش بده.
# $count: this week's done + 1.
week-what-one-more = هدفت را { $count } تلنگر انجام‌شده بگذار، یکی بیشتر از این هفته.
week-what-one-more-category = هدفت را { $count } تلنگر انجام‌شده بگذار، یکی بیشتر از این هفته. با «{ $category }» شروع کن؛ بیشتر از همه همین را انجام دادی.

week-therapy-skips = در سه هفتهٔ گذشته ردشده‌ها از انجام‌شده‌ها بیشتر بوده و این اشکالی ندارد؛ بعضی دوره‌ها سخت‌اند. اگر مناسب می‌بینی، به گفتهٔ پژوهش‌های پشت این تلنگرها، زوج‌درمانی می‌تواند کمک کند: جایی که با هم روی نیازهای هر دوتان کار کنید.
week-therapy-conflict = این اواخر چند بار لحظه‌های پرتنش پیش آمده است. اگر مناسب می‌بینی، به گفتهٔ پژوهش‌های پشت این تلنگرها، زوج‌درمانی می‌تواند کمک کند: جایی که با هم روی نیازهای هر دوتان کار کنید.

## The picture (short: drawn on a phone-sized chart)

# $current: days in a row, $longest: the longest run, $score: 0 to 100.
# Persian: «|» between the two, not «·», which looks like the Persian zero «۰».
chart-header-streak = روزهای پیاپی: { week-days } (بهترین: { $longest })  |  پیوستگی: { $score } از ۱۰۰
chart-header-done = انجام‌شده: { $done } از { $sent }
chart-paused = متوقف
chart-done = انجام شد
chart-skipped = رد شد
chart-unanswered = بی‌جواب
chart-open = باز
chart-paused-all-week = تمام هفته متوقف
chart-paused-so-far = متوقف
chart-nothing-sent = این هفته چیزی فرستاده نشد
chart-nothing-sent-yet = هنوز چیزی فرستاده نشده
chart-by-category = انجام‌شده‌ها بر اساس نوع
chart-no-nudges = هنوز تلنگری برای نشان دادن نیست
# $percent: "75%", $done of $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## The kinds of care (the catalog's categories); .start is the form that starts a sentence
## Persian has no capitals: .start is the same word, except where the name is too long for
## the chart's 16 characters (validation).

category-reassurance = اطمینان‌بخشی
    .start = اطمینان‌بخشی
category-commitment = تعهد
    .start = تعهد
category-positive_regard = نگاه مثبت
    .start = نگاه مثبت
category-gratitude = سپاسگزاری
    .start = سپاسگزاری
category-closeness = نزدیکی
    .start = نزدیکی
category-trust = اعتماد
    .start = اعتماد
category-autonomy = استقلال
    .start = استقلال
category-space = فضای شخصی
    .start = فضای شخصی
category-validation = به رسمیت شناختن دیدگاه
    .start = پذیرش دیدگاه
category-credit = دیدن زحمت‌ها
    .start = دیدن زحمت‌ها
category-calm_conflict = آرامش در اختلاف
    .start = آرامش در اختلاف
category-appreciation = قدردانی
    .start = قدردانی
category-attention = توجه
    .start = توجه
category-kindness = مهربانی
    .start = مهربانی
category-support = حمایت
    .start = حمایت
category-connection = پیوند
    .start = پیوند
