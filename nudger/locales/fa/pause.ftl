# /pause and /resume, and the "welcome back" when a pause runs out by itself.
# $when: a day and time in the user's zone, "Thu 4 Dec, 09:30".
# Persian: /pause examples use Persian lengths («۳ روز»، «۱ هفته»), which the bot reads too.

pause-paused = تلنگرها فعلاً متوقف شدند. تا وقتی /resume را نفرستی، تلنگری نمی‌آید. اگر می‌خواهی خودشان برگردند، به جایش یک مدت بفرست، مثلاً /pause ۱ هفته.
pause-already-paused = تلنگرها همین حالا هم متوقف‌اند، تا وقتی /resume را بفرستی. اگر می‌خواهی خودشان برگردند، یک مدت بفرست، مثلاً /pause ۳ روز.
pause-not-paused = توقف موقتی در کار نیست و تلنگرها فعال‌اند. اگر می‌خواهی مدتی استراحت کنی، /pause یا /pause ۱ هفته را بفرست.
pause-resumed = خوش برگشتی. تلنگرها دوباره فعال شدند.
pause-resumed-next = خوش برگشتی. تلنگرها دوباره فعال شدند. تلنگر بعدی { $when } (به وقت خودت) می‌رسد.
pause-ended = خوش برگشتی: توقف موقتت تمام شد و تلنگرها دوباره فعال‌اند.
pause-ended-next = خوش برگشتی: توقف موقتت تمام شد و تلنگرها دوباره فعال‌اند. تلنگر بعدی { $when } (به وقت خودت) می‌رسد.
pause-until = تلنگرها تا { $when } (به وقت خودت) متوقف‌اند و بعد خودشان برمی‌گردند. اگر زودتر می‌خواهی‌شان، /resume را بفرست.
pause-until-moved = تلنگرها تا { $when } (به وقت خودت) متوقف‌اند و بعد خودشان برمی‌گردند. پایانش را روی تمام شدن ساعت‌های سکوتت گذاشتم تا شب چیزی برایت نرسد. اگر زودتر می‌خواهی‌شان، /resume را بفرست.
pause-changed = توقف موقتت حالا { $when } (به وقت خودت) تمام می‌شود. اگر تلنگرها را زودتر می‌خواهی، /resume را بفرست.
pause-changed-moved = توقف موقتت حالا { $when } (به وقت خودت) تمام می‌شود؛ همان وقتی که ساعت‌های سکوتت تمام می‌شود، تا شب چیزی برایت نرسد. اگر تلنگرها را زودتر می‌خواهی، /resume را بفرست.
pause-already-until = تلنگرها تا { $when } (به وقت خودت) متوقف‌اند. برای تغییرش یک مدت تازه بفرست، مثلاً /pause ۳ روز، یا /resume را بفرست تا همین حالا دوباره شروع شوند.

# $days: the longest pause, in days (90). Said after each pause-bad-* message.
pause-examples = مثلاً /pause ۳ روز، /pause ۱ هفته یا /pause ۲ هفته را امتحان کن (به ساعت، روز یا هفته، تا { $days } روز)، یا فقط /pause را بفرست تا تلنگرها تا وقتی /resume را بفرستی متوقف بمانند. چیزی تغییر نکرد.
pause-too-short = توقف موقت دست‌کم باید یک ساعت باشد.
pause-too-long = بیشترین مدتی که می‌توانم تنظیم کنم { $days } روز است. برای مدت طولانی‌تر، فقط /pause را بفرست و هر وقت آماده بودی، /resume را.
# $shown: what they typed (cut to 30 characters).
pause-unreadable = نفهمیدم «{ $shown }» چه مدتی است.
