# The bot's profile and command menu: set with setMyDescription, setMyShortDescription and
# setMyCommands for each language at start. /help lists the same lines.
# The commands themselves stay in English (/start, /now ...), as on all of Telegram.

# What a person sees in an empty chat with the bot, before pressing Start (max 512).
bot-description =
    nudger erinnert dich zu den Zeiten, die du wählst, an kleine, konkrete Dinge, mit denen sich dein Schatz geliebt und geborgen fühlt.

    Solche kleinen, beständigen Gesten lassen Sorgen in einer Beziehung mit der Zeit kleiner werden. Tipp auf Start – in einer Minute ist alles eingerichtet.
# On the bot's profile page and in shared links (max 120).
bot-short-description = Kleine Impulse zur richtigen Zeit, damit sich dein Schatz geliebt und geborgen fühlt.

# One line per command (max 256 each; keep them short).
menu-start = Einrichten oder neu beginnen: Schatz und Impulszeiten
menu-now = Schick mir sofort einen Impuls
menu-week = Deine Woche: Grafik, Serie und eine Idee für nächste Woche
menu-conflict = Drei Schritte, wenn es gerade angespannt ist
menu-quiz = Ein kurzes Quiz zum Stil deines Schatzes
menu-settings = Name, Zeiten, Stil, Rückblick und Ruhezeiten ändern
menu-pause = Impulse pausieren (z. B. /pause 1w) oder bis auf Weiteres
menu-resume = Impulse wieder einschalten
menu-invite = Deinen Schatz einladen, sich mit dir zu verbinden (optional)
menu-partner = Verbindung mit deinem Schatz: was ihr teilt
menu-unlink = Die Verbindung mit deinem Schatz beenden
menu-export = Alle deine Daten als Datei bekommen
menu-delete = Alles löschen, was ich über dich weiß
menu-help = Was ich kann

help-intro = Ich schicke dir kleine Impulse zu festen Zeiten: jeweils eine konkrete Sache, die du für deinen Schatz tun kannst – ausgesucht danach, was Geborgenheit gibt. Hak jeden Impuls mit Erledigt, Überspringen oder Später ab.
# After the list of commands: what linking never shares, said plainly.
help-partners = Dich mit deinem Schatz zu verbinden (/invite) ist freiwillig, und jede Seite entscheidet selbst, was sie teilt: den Namen eines Stils und das, was guttut. Keine Seite sieht je die Impulse, Antworten, Wochenrückblicke, Pausen oder Einstellungen der anderen, und dein Schatz erfährt nie, dass es in einem Impuls um die eigene Person ging.
# One line of /help: $command is "/start", $about its menu line.
help-line = { $command } – { $about }
