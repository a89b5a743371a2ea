# /pause and /resume, and the "welcome back" when a pause runs out by itself.
# $when: a day and time in the user's zone, "Do., 4. Dez., 09:30".

pause-paused = Pausiert. Bis du /resume schickst, kommen keine Impulse. Sollen sie von selbst wiederkommen, schick stattdessen eine Dauer, etwa /pause 1w.
pause-already-paused = Du pausierst schon, bis du /resume schickst. Sollen die Impulse von selbst wiederkommen, schick eine Dauer, etwa /pause 3d.
pause-not-paused = Du pausierst gerade nicht, die Impulse laufen. Für eine Pause schick /pause oder /pause 1w.
pause-resumed = Willkommen zurück. Die Impulse laufen wieder.
pause-resumed-next = Willkommen zurück. Die Impulse laufen wieder. Der nächste kommt am { $when } (in deiner Zeitzone).
pause-ended = Willkommen zurück: Deine Pause ist vorbei, und die Impulse laufen wieder.
pause-ended-next = Willkommen zurück: Deine Pause ist vorbei, und die Impulse laufen wieder. Der nächste kommt am { $when } (in deiner Zeitzone).
pause-until = Pausiert bis { $when } (in deiner Zeitzone). Danach kommen die Impulse von selbst wieder. Schick /resume, wenn du sie früher möchtest.
pause-until-moved = Pausiert bis { $when } (in deiner Zeitzone). Danach kommen die Impulse von selbst wieder. Ich habe die Pause so gelegt, dass sie mit deinen Ruhezeiten endet – so kommt nachts nichts an. Schick /resume, wenn du die Impulse früher möchtest.
pause-changed = Deine Pause endet jetzt am { $when } (in deiner Zeitzone). Schick /resume, wenn du die Impulse früher möchtest.
pause-changed-moved = Deine Pause endet jetzt am { $when } (in deiner Zeitzone). Dann sind deine Ruhezeiten vorbei – so kommt nachts nichts an. Schick /resume, wenn du die Impulse früher möchtest.
pause-already-until = Du pausierst bis { $when } (in deiner Zeitzone). Um das zu ändern, schick eine neue Dauer, etwa /pause 3d, oder schick /resume, um jetzt wieder einzusteigen.

# $days: the longest pause, in days (90). Said after each pause-bad-* message.
pause-examples = Versuch es mit /pause 3d, /pause 1w oder /pause 2 Wochen (Stunden, Tage oder Wochen, höchstens { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }) oder einfach mit /pause, dann ist Pause, bis du /resume schickst. Geändert hat sich nichts.
pause-too-short = Eine Pause muss mindestens eine Stunde dauern.
pause-too-long = Die längste Pause, die ich einstellen kann, sind { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }. Für länger schick einfach /pause ohne Dauer – und /resume, sobald du so weit bist.
# $shown: what they typed (cut to 30 characters).
pause-unreadable = Mit „{ $shown }“ als Dauer kann ich nichts anfangen.
