# /conflict: three calm steps for a tense moment with the partner, and the offer of one
# follow-up nudge to reconnect. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# Steps never blame the partner and never name a style.
# Persian (fa): no $gender; no message starts with a placeable.

## The reply: an intro, the three steps (numbered), and the follow-up offer

conflict-intro = لحظهٔ پرتنشی با { $partner } داری؟ یک نفس آرام بکش. سه قدم کوچک که همین حالا می‌توانند کمک کنند:
# One numbered step. $number: 1, 2 or 3; $step: the step (one of the conflict-step-...).
# "قدم ۱: ..." so that the line does not start with a placeable.
conflict-step-line = قدم { $number }: { $step }
# $when: when the follow-up would come: "later" (later today), "morning" (tomorrow
# morning) or "thismorning" (asked for after midnight, before quiet hours end).
conflict-offer = وقتی آب‌ها از آسیاب افتاد، یک کار کوچک محبت‌آمیز کمک می‌کند دوباره به هم نزدیک شوید. دکمهٔ زیر را بزن تا { $when ->
        [morning] فردا صبح
        [thismorning] امروز صبح
       *[later] امروز کمی دیرتر
    } پیشنهادی برای چنین کاری برایت بفرستم.

## The steps, three for each kind of partner. The partner who pulls back when things get
## close or tense (avoidant): lower the temperature, credit them, give space with a time to
## come back.

conflict-step-avoidant-1 = از داغی بحث کم کن: آهسته‌تر پیش برو، صدایت را نرم کن و بگو این مسئله‌ای است که دوتایی از پسش برمی‌آیید، نه یک بحران.
conflict-step-avoidant-2 = به { $partner } بگو کدام بخش از دیدگاهش به نظرت منطقی است، و بابت کاری که تا حالا برای خوب پیش رفتن اوضاع کرده یا چیزی که به خاطرش کنار گذاشته، از او تشکر کن.
conflict-step-avoidant-3 = اگر یکی از شما به وقفه نیاز دارد، پیشنهاد کن کمی به هم فرصت بدهید و زمانی را برای برگشتن تعیین کن، مثلاً: «بیا فعلاً دست نگه داریم و بعد از شام دوباره حرف بزنیم.» بعد هم سر همان وقت برگرد.

## The partner who worries about being left (anxious): reassurance, staying present, the bond.

conflict-step-anxious-1 = با اطمینان دادن شروع کن: به { $partner } بگو جایی نمی‌روی و این را با هم حل می‌کنید.
conflict-step-anxious-2 = همراه بمان و گفت‌وگو را ادامه بده. اگر به وقفه نیاز داری، همین را بگو و بگو کی برمی‌گردی، تا سکوتت حس رفتن به او ندهد.
conflict-step-anxious-3 = از پیوندتان بگو: به { $partner } بگو چه چیزی را در او و در رابطهٔ دونفره‌تان دوست داری، و اگر به نظر می‌رسد دلش می‌خواهد، دستت را به سویش دراز کن یا پیشنهاد بده بغلش کنی.

## The partner who both longs for closeness and is wary of it: slow and soft, no pressure.

conflict-step-fearful-1 = آرام و نرم پیش برو. با آرامش به { $partner } بگو که برایت مهم است و این ماجرا چیزی از احساست به او کم نمی‌کند.
conflict-step-fearful-2 = بگذار { $partner } سرعت را تعیین کند و برای گرفتن جواب به او فشار نیاور. اگر کمی فاصله لازم دارد، با گرمی به او فرصت بده: «هر قدر وقت لازم داری، بردار. من همین‌جا هستم.»
conflict-step-fearful-3 = یک چیز را که از نگاه او به ماجرا می‌فهمی به زبان بیاور، و زمانی را برای برگشتن به این حرف پیشنهاد بده؛ لازم نیست همه‌چیز امروز حل شود.

## Anyone else (secure, or not sure yet): a calm general set.

conflict-step-general-1 = پیش از جواب دادن، کمی آهسته‌تر پیش برو. صدای آرام‌تر کمک می‌کند حرف همدیگر را بهتر بشنوید.
conflict-step-general-2 = پیش از آنکه حرف خودت را توضیح بدهی، به { $partner } بگو از حرف‌های او چه فهمیده‌ای.
conflict-step-general-3 = بگو که هر دو در یک تیم هستید، و با هم سر قدم بعدی یا وقتی برای دوباره حرف زدن به توافق برسید.

## The follow-up button, and what it says once tapped (also shown as a notice)

# $when: as in conflict-offer ("later", "morning" or "thismorning").
conflict-remind-button = { $when ->
        [morning] فردا صبح
        [thismorning] امروز صبح
       *[later] امروز کمی دیرتر
    } یادم بینداز
# $time: when the follow-up comes, "17:12" (later today).
conflict-confirm-later = حدود ساعت { $time } یک تلنگر برایت می‌فرستم تا دوباره به هم نزدیک شوید.
# $time: "21:30", half an hour before the user's quiet hours begin.
conflict-confirm-sooner = حدود ساعت { $time }، پیش از شروع ساعت‌های سکوتت، یک تلنگر برایت می‌فرستم تا دوباره به هم نزدیک شوید.
# $when: "morning" (tomorrow) or "thismorning" (after midnight); $time: "08:30", shortly
# after quiet hours end.
conflict-confirm-morning = برای اینکه دوباره به هم نزدیک شوید، { $when ->
        [thismorning] امروز صبح
       *[morning] فردا
    } حدود ساعت { $time } یک تلنگر برایت می‌فرستم.
# As conflict-confirm-morning, when the tapped button said "later today" but it is now too
# close to quiet hours.
conflict-confirm-too-late = دیروقت شده، پس { $when ->
        [thismorning] امروز صبح
       *[morning] فردا
    } حدود ساعت { $time } یک تلنگر برایت می‌فرستم تا دوباره به هم نزدیک شوید.
conflict-follow-up-already = یک یادآوری برای دوباره نزدیک شدن از قبل در راه است.
