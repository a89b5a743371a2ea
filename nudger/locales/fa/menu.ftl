# The bot's profile and command menu: set with setMyDescription, setMyShortDescription and
# setMyCommands for each language at start. /help lists the same lines.
# The commands themselves stay in English (/start, /now ...), as on all of Telegram.
# Persian (fa): no line starts with a Latin word (the bot's name comes after «ربات»), and
# /pause examples use Persian lengths («۱ هفته»), which the bot reads too.

# What a person sees in an empty chat with the bot, before pressing Start (max 512).
bot-description =
    ربات nudger در ساعت‌هایی که خودت انتخاب می‌کنی، کارهای کوچک و مشخصی را یادت می‌اندازد که باعث می‌شوند شریک زندگی‌ات حس کند دوستش داری و کنارت احساس امنیت کند.

    همین کارهای کوچک، اگر پیوسته باشند، به مرور از نگرانی‌های شریک زندگی کم می‌کنند. دکمهٔ «شروع» (Start) را بزن تا در یک دقیقه همه‌چیز آماده شود.
# On the bot's profile page and in shared links (max 120).
bot-short-description = تلنگرهای کوچک و به‌موقع، تا شریک زندگی‌ات حس کند دوستش داری و کنارت امنیت دارد.

# One line per command (max 256 each; keep them short).
menu-start = راه‌اندازی یا تنظیم دوباره: شریک زندگی‌ات و ساعت تلنگرها
menu-now = یک تلنگر، همین حالا
menu-week = هفته‌ات: نمودار، روزهای پیاپی و یک پیشنهاد برای هفتهٔ بعد
menu-conflict = سه قدم برای یک لحظهٔ پرتنش، همین حالا
menu-quiz = چند سؤال کوتاه برای شناختن سبک شریک زندگی‌ات
menu-settings = تغییر اسم، ساعت‌ها، سبک، روز مرور هفتگی و ساعت‌های سکوت
menu-pause = توقف موقت تلنگرها (مثلاً /pause ۱ هفته) یا تا وقتی خودت بخواهی
menu-resume = از سر گرفتن تلنگرها
menu-invite = دعوت از شریک زندگی‌ات برای وصل شدن به تو (اختیاری)
menu-partner = اتصال با شریک زندگی‌ات: چه چیزهایی در میان گذاشته می‌شود
menu-unlink = قطع اتصال با شریک زندگی‌ات
menu-export = گرفتن همهٔ داده‌هایت در یک فایل
menu-delete = پاک کردن همهٔ چیزهایی که دربارهٔ تو می‌دانم
menu-help = کارهایی که از دستم برمی‌آید

help-intro = من در ساعت‌هایی که انتخاب کرده‌ای، تلنگرهای کوچکی برایت می‌فرستم: هر بار یک کار مشخص برای شریک زندگی‌ات، از میان کارهایی که به او احساس امنیت می‌دهند. هر کدام را با «انجام شد»، «رد کن» یا «یک ساعت بعد» علامت بزن.
# After the list of commands: what linking never shares, said plainly.
help-partners = وصل شدن به شریک زندگی‌ات (/invite) اختیاری است و هر کدامتان خودش انتخاب می‌کند چه چیزی را در میان بگذارد: اسم یک سبک، یا چیزهایی که کمکش می‌کند. هیچ‌کدامتان هرگز تلنگرها، جواب‌ها، مرورهای هفتگی، توقف‌های موقت یا تنظیمات طرف دیگر را نمی‌بیند، و شریک زندگی‌ات هرگز نمی‌فهمد که تلنگری دربارهٔ او بوده است.
# One line of /help: $command is "/start", $about its menu line.
# Persian: the Persian description first, the (Latin) command after it.
help-line = {"\u200F"}{ $about }: { $command }
