# The bot's profile and command menu: set with setMyDescription, setMyShortDescription and
# setMyCommands for each language at start. /help lists the same lines.
# The commands themselves stay in English (/start, /now ...), as on all of Telegram.

# What a person sees in an empty chat with the bot, before pressing Start (max 512).
bot-description =
    nudger reminds you to do small, specific things that help your partner feel loved and secure, at the times you choose.

    Small, consistent actions like these ease a partner's worries over time. Press Start to set it up in a minute.
# On the bot's profile page and in shared links (max 120).
bot-short-description = Small, timed nudges to help your partner feel loved and secure.

# One line per command (max 256 each; keep them short).
menu-start = Set up (or redo) your partner and your nudge times
menu-now = Send me a nudge right now
menu-week = Your week: a chart, your streak and one idea for next week
menu-conflict = Three steps for a tense moment, right now
menu-quiz = A short quiz to find your partner's style
menu-settings = Change the name, times, style, review day and quiet hours
menu-pause = Stop nudges for a while (e.g. /pause 1w) or until you resume
menu-resume = Start nudges again
menu-invite = Invite your partner to link with you (optional)
menu-partner = What you and your linked partner share
menu-unlink = End the link with your partner
menu-export = Get all your data as a file
menu-delete = Erase everything I know about you
menu-help = What I can do

help-intro = I send you small, timed nudges: one concrete thing to do for your partner, chosen for what helps them feel secure. Tick each one off with Done, Skip or Snooze.
# After the list of commands: what linking never shares, said plainly.
help-partners = Linking with your partner (/invite) is optional, and each of you chooses what to share: a style's name, what helps. Neither of you ever sees the other's nudges, answers, reviews, pauses or settings, and your partner never learns that a nudge was about them.
# One line of /help: $command is "/start", $about its menu line.
help-line = { $command } - { $about }
