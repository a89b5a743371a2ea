# Linking with the partner: /invite, the invitation the partner opens, /partner (a short quiz
# about oneself, what helps), /unlink. Every message may use { $partner } (for the person
# reading: the name they know their linked partner by) and { $gender } (she, he or name).
#
# Rules for these words: no pressure, ever. Declining and unlinking are as easy and as
# welcome as joining, and nothing said afterwards blames anyone. What is shared is named
# exactly; what is never shared is said plainly.
#
# Persian (fa): informal «تو»; no $gender. No message and no line starts with { $partner },
# { $name }, a link or a command: a Persian word comes first, and a line that has to start
# with a placeable starts with a right-to-left mark. «لینک» is the URL; the link between two
# people is «اتصال» (به هم وصل شدن، قطع اتصال). "Share" is «در میان گذاشتن».

## /invite

partners-invite-ask-name =
    یک لینک شخصی برای { $partner } می‌سازم. وقتی { $partner } بازش کند، می‌گویم از طرف کیست، توضیح می‌دهم ربات nudger چیست و با وصل شدن چه چیزهایی در میان گذاشته می‌شود، و انتخاب را به خودش می‌سپارم: وصل شود یا بگوید «نه، ممنون».

    در دعوت‌نامه چه اسمی از تو نشان بدهم؟ دکمه را بزن، یا /invite را با اسم دیگری بفرست، مثلاً /invite سارا.
# When Telegram told us no first name to offer.
partners-invite-ask-name-typed =
    یک لینک شخصی برای { $partner } می‌سازم. وقتی { $partner } بازش کند، می‌گویم از طرف کیست، توضیح می‌دهم ربات nudger چیست و با وصل شدن چه چیزهایی در میان گذاشته می‌شود، و انتخاب را به خودش می‌سپارم: وصل شود یا بگوید «نه، ممنون».

    در دعوت‌نامه چه اسمی از تو نشان بدهم؟ /invite را همراه با اسم بفرست، مثلاً /invite سارا.
# $name: the sender's first name on Telegram.
partners-invite-use-name-button = نشان دادن «{ $name }»
partners-invite-bad-name = این اسم برای دعوت‌نامه مناسب نیست. اسمی بین ۱ تا ۴۰ کاراکتر و در یک خط بفرست، مثلاً /invite سارا.
partners-invite-needs-username = الان نمی‌توانم لینک بسازم، چون هنوز نام کاربری خودم را در تلگرام نمی‌دانم. لطفاً یک دقیقهٔ دیگر دوباره /invite را امتحان کن.
# $link: the personal link; $name: the name it shows; $days: how long it works (7).
# The link's line starts with a right-to-left mark, like every line that starts with a placeable.
partners-invite-link =
    لینک شخصی‌ات برای { $partner } آماده است:

    {"\u200F"}{ $link }

    این پیام را فوروارد کن یا لینک را کپی کن. لینک فقط یک بار کار می‌کند و { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } اعتبار دارد، و اگر دوباره /invite را بفرستی، لینک تازه جایش را می‌گیرد.

    این لینک را فقط برای { $partner } بفرست: اولین کسی که آن را باز کند، می‌تواند وصل شود. وقتی { $partner } بازش کند، می‌بیند که دعوت از طرف { $name } است و دقیقاً چه چیزهایی با وصل شدن در میان گذاشته می‌شود. اینکه وصل شود یا نه، کاملاً به خودش بستگی دارد.
partners-invite-share-button = فرستادن لینک
# The text Telegram's share sheet puts beside the link (the inviter sends it; $name: their name).
partners-invite-share-text = سلام! { $name } دوست دارد در nudger به هم وصل شوید؛ البته فقط اگر خودت بخواهی. با باز کردن لینک می‌بینی چه چیزهایی در میان گذاشته می‌شود و چه چیزهایی هرگز.
partners-already-linked =
    تو و { $partner } از قبل به هم وصل هستید. با /partner می‌بینی چه چیزهایی با هم در میان می‌گذارید، و با /unlink اتصال قطع می‌شود.

## The invitation, as the partner sees it after opening the link ($name: who invited them)

partners-welcome =
    سلام! { $name } از تو دعوت کرده که در nudger به هم وصل شوید.

    ربات nudger در ساعت‌هایی که { $name } انتخاب کرده، ایده‌های کوچکی برایش می‌فرستد تا محبتش را نشان بدهد؛ مثلاً اینکه یک چیز مشخص را به زبان بیاورد که امروز به دلش نشسته.

    اگر وصل شوی، می‌توانی این کارها را بکنی، فقط اگر خودت بخواهی و هر وقت که بخواهی:
    • پرسش‌نامهٔ کوتاهی دربارهٔ خودت پر کنی و نتیجه‌اش را با { $name } در میان بگذاری: فقط اسم سبک، هرگز جواب‌هایت
    • حداکثر سه نوع محبت را انتخاب کنی که کمکت می‌کنند حس کنی دوستت دارند و آن‌ها را به { $name } بگویی، تا تلنگرهای { $name } بیشتر به همان سمت بروند
    • با /start تلنگرهای خودت را بگیری

    هر چه انتخاب کنی، این‌ها هرگز در میان گذاشته نمی‌شوند: جواب‌هایت، تلنگرهایت، اینکه کدام‌ها را علامت زده‌ای، مرورهای هفتگی‌ات، توقف‌های موقتت و تنظیماتت. هرگز هم به تو گفته نمی‌شود که تلنگرهای { $name } چه می‌گویند، یا اینکه تلنگری دربارهٔ تو بوده یا نه.

    اگر نخواهی، هیچ اشکالی ندارد. هیچ چیزی از تو نگه داشته نمی‌شود، و { $name } فقط باخبر می‌شود که فعلاً ترجیح می‌دهی وصل نشوی. اگر هم وصل شوی، هر وقت خواستی می‌توانی با /unlink اتصال را قطع کنی.
partners-join-button = وصل می‌شوم
partners-decline-button = نه، ممنون
# $days: how long a link works (7).
partners-link-expired = مهلت این دعوت‌نامه تمام شده است: هر لینک فقط { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } اعتبار دارد. اگر دوست داری وصل شوی، یک لینک تازه بخواه.
partners-link-unknown = این لینک کار نمی‌کند: یا قبلاً از آن استفاده شده، یا لینک تازه‌تری جایش را گرفته، یا ناقص است. اگر دوست داری وصل شوی، یک لینک تازه بخواه.
partners-link-own = این دعوت‌نامهٔ خودت است. آن را برای { $partner } بفرست؛ وقتی بازش کند، خودش انتخاب می‌کند که وصل شود یا نه.
partners-too-many-tries = لینک‌های زیادی امتحان شد که کار نکردند. لطفاً یک ساعت صبر کن و بعد دوباره امتحان کن.
partners-linked-elsewhere = تو الان به { $partner } وصل هستی. در هر زمان فقط می‌شود به یک نفر وصل بود؛ با /unlink می‌توانی اول اتصال فعلی را قطع کنی.

## Joining or declining

partners-joined =
    تو و { $partner } به هم وصل شدید. تا خودت نخواهی، هیچ چیزی در میان گذاشته نمی‌شود.

    هر وقت دوست داشتی، کمی از چیزهایی که کمکت می‌کند با { $partner } در میان بگذار؛ با دکمه‌های زیر، یا بعداً با /partner. با /start می‌توانی تلنگرهای خودت را هم راه بیندازی، و با /unlink اتصال قطع می‌شود.
partners-joined-notice = وصل شدید
# To the inviter ($partner: their partner).
partners-partner-joined =
    دعوتت پذیرفته شد: { $partner } حالا به تو وصل است. اگر خودش خواست سبکش یا چیزهایی را که کمکش می‌کند با تو در میان بگذارد، خبرت می‌کنم و تلنگرهایت بر پایهٔ آن انتخاب می‌شوند.

    هیچ‌کدامتان هرگز تلنگرها، جواب‌ها یا مرورهای هفتگی طرف دیگر را نمی‌بیند. اگر کسی جز { $partner } وصل شده است، با /unlink می‌توانی اتصال را قطع کنی.
partners-declined = هیچ اشکالی ندارد. هیچ چیزی از تو نگه داشته نشده است. اگر روزی نظرت عوض شد، { $partner } می‌تواند لینک تازه‌ای بفرستد.
partners-declined-notice = نه، ممنون
# To the inviter.
partners-partner-declined = فعلاً { $partner } ترجیح می‌دهد وصل نشود، و این کاملاً اشکالی ندارد. تلنگرهایت مثل قبل ادامه پیدا می‌کنند.

## /partner: what each of you shares

partners-not-linked = الان به شریک زندگی‌ات وصل نیستی. اگر دوست داشتی، با /invite می‌توانی یک لینک شخصی بسازی و برایش بفرستی.
# $since: the date the link began.
partners-hub-intro = تو و { $partner } از { $since } به هم وصل هستید.
partners-hub-yours = آنچه تو با { $partner } در میان می‌گذاری:
# $style: a style's name.
partners-hub-style-shared = • سبکت، طبق پرسش‌نامه‌ای که دربارهٔ خودت پر کرده‌ای: { $style }
partners-hub-style-private = • دربارهٔ سبکت هیچ چیز: نتیجهٔ پرسش‌نامه‌ات ({ $style }) فقط مال خودت است
partners-hub-style-none = • دربارهٔ سبکت هیچ چیز (هنوز پرسش‌نامه‌ای دربارهٔ خودت پر نکرده‌ای)
# $kinds: the kinds of care picked, as a list.
partners-hub-helps-shared = • چیزهایی که کمکت می‌کنند: { $kinds }
partners-hub-helps-private = • دربارهٔ چیزهایی که کمکت می‌کنند هیچ چیز: انتخاب‌هایت ({ $kinds }) فقط مال خودت است
partners-hub-helps-none = • دربارهٔ چیزهایی که کمکت می‌کنند هیچ چیز (هنوز چیزی انتخاب نکرده‌ای)
partners-hub-theirs = آنچه { $partner } با تو در میان می‌گذارد:
partners-hub-their-style = • سبکش: { $style }. تلنگرهایت بر پایهٔ آن هستند.
# For someone who hasn't set up nudges of their own yet.
partners-hub-their-style-setup = • سبکش: { $style }. وقتی با /start تلنگرهای خودت را راه بیندازی، این سبک به تو پیشنهاد می‌شود.
# $own: the style the reader chose themselves.
partners-hub-their-style-overridden = • سبکش: { $style }. تلنگرهایت بر پایهٔ انتخاب خودت، «{ $own }»، هستند.
partners-hub-their-helps = • چیزهایی که کمکش می‌کنند، تا تلنگرهایت بیشتر به همان سمت بروند
partners-hub-nothing = • فعلاً هیچ چیز
partners-hub-never = هیچ‌کدامتان هرگز تلنگرها، جواب‌ها، مرورهای هفتگی، توقف‌های موقت یا تنظیمات طرف دیگر را نمی‌بیند.
partners-self-report-button = پرسش‌نامهٔ کوتاهی دربارهٔ خودم
partners-helps-button = چه چیزهایی کمکم می‌کند
# $style: the style from the quiz about oneself, not shared yet.
partners-share-style-button = سبکم ({ $style }) را در میان بگذار
partners-stop-sharing-style-button = دیگر سبکم را در میان نگذار
partners-follow-button = استفادهٔ دوباره از سبک { $partner }
partners-unlink-button = قطع اتصال

## The short quiz about oneself (ten statements, answered 1 to 7)
## Persian: statements in the reader's first person; no statement starts with { $partner }.

# $count: how many statements follow (10).
self-intro = در ادامه { $count ->
        [one] { $count } جملهٔ کوتاه
       *[other] { $count } جملهٔ کوتاه
    } می‌آید دربارهٔ خودت و { $partner }. برای هر کدام، با عددی از ۱ تا ۷ بگو چقدر به خودت می‌خورد. با اولین حسی که داری جواب بده؛ جواب درست و غلطی در کار نیست.

    اول خودت نتیجه را می‌بینی. تا خودت نخواهی، هیچ چیزی به { $partner } نمی‌رسد، و آن وقت هم فقط اسم سبک.
# $number: this statement's number; $total: how many (10); $statement: the statement.
# The statement and the scale are one placeable each, so their lines start with a
# right-to-left mark (as in quiz-question).
self-question = جملهٔ { $number } از { $total }

    {"\u200F"}{ $statement }

    {"\u200F"}{ self-scale-hint }
# Persian: «؛» between the three, not «·», which looks like the Persian zero «۰».
self-scale-hint = ۱ = { self-anchor-1 }؛ ۴ = { self-anchor-4 }؛ ۷ = { self-anchor-7 }
self-anchor-1 = اصلاً به من نمی‌خورد
self-anchor-4 = تا حدی
self-anchor-7 = خیلی به من می‌خورد

self-item-anx-slow-reply = وقتی { $partner } دیر جواب می‌دهد، نگران می‌شوم که نکند مشکلی پیش آمده باشد.
self-item-avo-step-back = وقتی خیلی به هم نزدیک می‌شویم، بخشی از من می‌خواهد عقب بکشد و کمی فاصله بگیرد.
self-item-anx-hear-it = وقتی { $partner } مرتب به من می‌گوید که دوستم دارد، حالم بهتر است.
self-item-avo-comfort = وقتی تحت فشارم یا دلم گرفته، برای دلگرمی سراغ { $partner } می‌روم.
self-item-anx-relaxed-apart = وقتی یکی دو روز کم با هم در تماسیم، آرام و بی‌دغدغه می‌مانم.
self-item-avo-alone = ترجیح می‌دهم مشکلی را خودم تنهایی حل کنم تا اینکه از { $partner } کمک بخواهم.
self-item-anx-after-argument = بعد از یک اختلاف‌نظر، نگران می‌شوم که نکند { $partner } بگذارد و برود.
self-item-avo-open = برایم راحت است که به { $partner } بگویم چه حسی دارم و به چه چیزی نیاز دارم.
self-item-anx-sure-cared = مطمئنم که برای { $partner } مهمم، حتی وقتی به زبان نمی‌آورد.
self-item-avo-tense-quiet = وقتی بین‌مان تنش پیش می‌آید، ساکت می‌شوم یا می‌خواهم تنها باشم.

self-stop-button = پرسش‌نامه را متوقف کن
self-stopped = پرسش‌نامه متوقف شد. جواب‌هایت نگه داشته نشد، و آنچه در میان می‌گذاری تغییری نکرده است. هر وقت خواستی، با /partner می‌توانی دوباره شروعش کنی.
self-stopped-notice = متوقف شد
self-stale = به این جمله قبلاً جواب داده‌ای.
self-result-intro = از جواب‌هایت دربارهٔ خودت این برمی‌آید:
# What each result means for the person who answered, with the style's name (style-...).
self-result-secure = هر دو نسبتاً پایین‌اند: به نظر می‌رسد بیشتر وقت‌ها هم با نزدیکی راحتی و هم با وقت‌هایی که از هم دورید. این به گزینهٔ «{ style-secure }» نزدیک‌تر است.
self-result-anxious = نگرانی نسبتاً بالاست: شاید با در تماس بودن، حرف‌های روشن و اطمینان‌بخشی آرام‌تر شوی. این به گزینهٔ «{ style-anxious }» نزدیک‌تر است.
self-result-avoidant = معذب شدن در نزدیکی نسبتاً بالاست: شاید برای استقلالت ارزش زیادی قائل باشی و وقتی رابطه خیلی نزدیک یا پرتنش می‌شود، به کمی فاصله نیاز داشته باشی. این به گزینهٔ «{ style-avoidant }» نزدیک‌تر است.
self-result-fearful = هر دو نسبتاً بالا هستند: شاید دلت نزدیکی بخواهد و در همان حال نسبت به آن محتاط باشی. این به گزینهٔ «{ style-fearful }» نزدیک‌تر است.
self-not-a-diagnosis = این فقط راهنمایی کلی است بر پایهٔ چند جواب، نه یک تشخیص. آدم‌ها تغییر می‌کنند، و حس امنیت در کنار کسی به این تغییر کمک می‌کند.
# $style: the result's name.
self-share-question = می‌خواهی «{ $style }» را با { $partner } در میان بگذاری؟ او فقط همین اسم را می‌بیند و هرگز جواب‌ها یا امتیازهایت را نمی‌بیند، و تلنگرهایش بر پایهٔ آن انتخاب می‌شوند. هر وقت خواستی، می‌توانی در /partner این کار را متوقف کنی.
self-share-button = با { $partner } در میان بگذار
self-keep-button = پیش خودم بماند
self-shared = در میان گذاشته شد: حالا { $partner } «{ $style }» را می‌بیند. هر وقت خواستی، در /partner می‌توانی این کار را متوقف کنی.
self-shared-notice = در میان گذاشته شد
self-kept = پیش خودت ماند. اگر بعداً خواستی، با /partner می‌توانی آن را در میان بگذاری.
self-kept-notice = پیش خودت ماند
self-unshared = از حالا { $partner } دیگر سبکت را نمی‌بیند، و تلنگرهایش دوباره بر پایهٔ انتخاب خودش هستند.
self-unshared-notice = دیگر در میان گذاشته نمی‌شود
# To the other side ($style: the style's name).
partners-style-shared-with-you = به‌تازگی { $partner } پرسش‌نامهٔ کوتاهی دربارهٔ خودش پر کرده و تصمیم گرفته نتیجه‌اش را با تو در میان بگذارد: «{ $style }». از این به بعد تلنگرهایت بر پایهٔ آن انتخاب می‌شوند. اگر ترجیح می‌دهی سبک را خودت انتخاب کنی، در /settings می‌توانی؛ به { $partner } چیزی گفته نمی‌شود.
partners-style-shared-with-you-setup = به‌تازگی { $partner } پرسش‌نامهٔ کوتاهی دربارهٔ خودش پر کرده و تصمیم گرفته نتیجه‌اش را با تو در میان بگذارد: «{ $style }». وقتی با /start تلنگرهایت را تنظیم کنی، این سبک هم پیشنهاد می‌شود.
partners-style-unshared-with-you = از حالا { $partner } دیگر سبکش را با تو در میان نمی‌گذارد. تلنگرهایت دوباره بر پایهٔ انتخاب خودت هستند.

## What helps (up to three kinds of care)
## Persian: the labels are joined into a list with «،» and «و», so none has a comma of its own.

# $max: how many may be picked (3).
helps-intro = چه چیزهایی کمکت می‌کند حس کنی دوستت دارند یا احساس امنیت کنی؟ حداکثر { $max } تا انتخاب کن. اگر آن‌ها را در میان بگذاری، { $partner } می‌بیند کدام‌ها را انتخاب کرده‌ای و تلنگرهایش بیشتر به همان سمت می‌روند.
help-kind-reassurance = شنیدن اینکه رابطه‌مان روبه‌راه است
help-kind-appreciation = اینکه قدرم را بدانند
help-kind-affection = محبت و گرمی
help-kind-together = وقت گذاشتن برای هم با تمام حواس
help-kind-space = وقت تنهایی بی‌آنکه سؤال‌پیچ شوم
help-kind-reliability = اینکه بدانم می‌توانم روی شریک زندگی‌ام حساب کنم
help-kind-view = اینکه دیدگاهم جدی گرفته شود
help-kind-credit = اینکه زحمت‌هایم دیده شود
help-kind-calm = گفت‌وگوی آرام وقتی اختلاف داریم
help-kind-support = کمک در کارهای روزمره
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = «{ $kind }»
# A picked kind's button ($kind: its words). The button starts with a right-to-left mark,
# so the tick stands on the right, before the words, as Persian is read.
helps-picked = {"\u200F"}✓ { $kind }
helps-too-many = حداکثر { $max } تا: اول تیک یکی را بردار.
helps-pick-first = اول دست‌کم یکی را انتخاب کن.
helps-share-button = با { $partner } در میان بگذار
helps-keep-button = پیش خودم بماند
helps-stop-sharing-button = دیگر در میان نگذار
# $kinds: the kinds picked, as a list.
helps-shared = با { $partner } در میان گذاشته شد: { $kinds }. تلنگرهایش بیشتر به همین سمت می‌روند.
helps-shared-notice = در میان گذاشته شد
helps-kept = پیش خودت ماند. اگر بعداً خواستی، با /partner می‌توانی آن‌ها را در میان بگذاری.
helps-unshared = از حالا { $partner } دیگر نمی‌بیند چه چیزهایی کمکت می‌کند.
# To the other side.
partners-helps-shared-with-you = به‌تازگی { $partner } با تو در میان گذاشته که چه چیزهایی کمکش می‌کند حس کند دوستش دارند و احساس امنیت کند: { $kinds }. تلنگرهایت بیشتر به همان سمت می‌روند.
partners-helps-unshared-with-you = از حالا { $partner } دیگر در میان نمی‌گذارد که چه چیزهایی کمکش می‌کند. تلنگرهایت مثل قبل انتخاب می‌شوند.

## Choosing one's own style while following the partner's

# $style: the reader's own choice.
partners-style-overridden = از حالا تلنگرهایت بر پایهٔ انتخاب خودت، «{ $style }»، هستند، نه سبکی که { $partner } در میان گذاشته بود. به { $partner } چیزی گفته نمی‌شود. هر وقت خواستی، با /partner می‌توانی برگردی.
partners-following-again = تلنگرهایت دوباره بر پایهٔ سبکی هستند که { $partner } در میان گذاشته: «{ $style }».

## /unlink

partners-unlink-question = اتصالت با { $partner } قطع شود؟ آنچه هر کدامتان در میان گذاشته‌اید دیگر به کار نمی‌رود، نتیجهٔ پرسش‌نامه‌ات و انتخاب‌هایت پاک می‌شوند، و تلنگرهای هر کدامتان به انتخاب‌های خودش برمی‌گردد. به { $partner } فقط گفته می‌شود که اتصال قطع شده است.
partners-unlink-confirm-button = قطع اتصال
partners-unlink-keep-button = وصل بماند
partners-unlinked = اتصال قطع شد. از حالا هیچ‌چیز از آنچه هر کدامتان در میان گذاشته بودید به کار نمی‌رود.
partners-unlinked-notice = اتصال قطع شد
partners-unlink-kept = اتصال برقرار می‌ماند.
# To the other side, after /unlink or /delete.
partners-link-ended = اتصالت با { $partner } قطع شد. تلنگرهای خودت مثل قبل و با انتخاب‌های خودت ادامه پیدا می‌کنند.
