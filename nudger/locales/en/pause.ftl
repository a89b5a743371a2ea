# /pause and /resume, and the "welcome back" when a pause runs out by itself.
# $when: a day and time in the user's zone, "Thu 4 Dec, 09:30".

pause-paused = Paused. No nudges until you send /resume. To have them come back by themselves, send a length instead, like /pause 1w.
pause-already-paused = You're already paused, until you send /resume. To have nudges come back by themselves, send a length, like /pause 3d.
pause-not-paused = You're not paused; nudges are on. To take a break, send /pause, or /pause 1w.
pause-resumed = Welcome back. Nudges are on again.
pause-resumed-next = Welcome back. Nudges are on again. The next one comes { $when } (your time).
pause-ended = Welcome back: your pause is over, and nudges are on again.
pause-ended-next = Welcome back: your pause is over, and nudges are on again. The next one comes { $when } (your time).
pause-until = Paused until { $when } (your time). Nudges come back by themselves then. Send /resume if you'd like them sooner.
pause-until-moved = Paused until { $when } (your time). Nudges come back by themselves then. I set the end for when your quiet hours finish, so nothing arrives at night. Send /resume if you'd like them sooner.
pause-changed = Your pause now ends { $when } (your time). Send /resume if you'd like nudges sooner.
pause-changed-moved = Your pause now ends { $when } (your time). That's when your quiet hours finish, so nothing arrives at night. Send /resume if you'd like nudges sooner.
pause-already-until = You're paused until { $when } (your time). To change that, send a new length, like /pause 3d, or send /resume to start again now.

# $days: the longest pause, in days (90). Said after each pause-bad-* message.
pause-examples = Try /pause 3d, /pause 1w or /pause 2 weeks (hours, days or weeks, up to { $days } days), or just /pause to stop until you send /resume. Nothing has changed.
pause-too-short = A pause needs to last at least an hour.
pause-too-long = The longest pause I can set is { $days } days. For longer, send /pause on its own, and /resume whenever you're ready.
# $shown: what they typed (cut to 30 characters).
pause-unreadable = I couldn't read "{ $shown }" as a length.
