# /week and the weekly review: the caption under the picture, the picture's own labels,
# and the buttons to other weeks.

## Buttons and notices

week-no-such-week = Ich kann dir die Wochen seit deinem ersten Impuls zeigen, bis zu einem Jahr zurück.
week-this-week-button = Diese Woche ▶
# $day: the Monday the week starts on, "16. Nov.".
week-of = Woche vom { $day }
# $day as above, $year: "2026". Drawn as the chart's title.
week-chart-title = Woche vom { $day } { $year }
week-earlier-button = ◀ { week-of }
week-later-button = { week-of } ▶

## The caption (at most 1,024 characters in all)

# $span: the days covered, "Mo., 16. – So., 22. Nov.".
week-caption-title = Deine Woche: { $span }
week-paused-all-week = Die Impulse waren die ganze Woche pausiert.
week-paused-so-far = Die Impulse sind diese Woche bisher pausiert.
week-nothing-sent = Diese Woche wurde nichts verschickt.
week-nothing-sent-yet = Diese Woche wurde noch nichts verschickt.
week-tally = Erledigt: { $done } von { $sent ->
        [one] { $sent } Impuls
       *[other] { $sent } Impulsen
    }.
# $details: a list of week-tally-skipped, week-tally-unanswered and week-tally-open.
week-tally-details = Erledigt: { $done } von { $sent ->
        [one] { $sent } Impuls
       *[other] { $sent } Impulsen
    } ({ $details }).
week-tally-skipped = { $count } übersprungen
week-tally-unanswered = { $count } verpasst
week-tally-open = { $count } noch offen
# $category: a category's name (category-*).
week-done-most = Am meisten erledigt: { $category }.
week-skipped-most = Am meisten übersprungen: { $category }.
# $current, $longest: days in a row; $score: 0 to 100.
week-streak = Serie: { week-days } (Rekord: { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }). Regelmäßigkeit: { $score }/100.
# Early on the score is low by design: said so, so it doesn't read as a bad grade.
week-streak-early = Serie: { week-days } (Rekord: { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }). Regelmäßigkeit: { $score }/100 (wächst erst mit der Zeit).
week-days = { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    }
week-missed-day = Ein verpasster Tag macht nicht alles zunichte: Der Wert ändert sich bewusst nur langsam.
week-paused-days-kept = An den Pausentagen sind deine Serie und dein Wert gleich geblieben.
# When the user's linked partner shares what helps them (never says what).
week-partner-helps = Deine Impulse haben berücksichtigt, was { $partner } als hilfreich genannt hat.

## The suggestion: why (from the figures), then what to do, worded for the partner's style
## German: the week-what-* messages are whole sentences (capitalised) after "Für nächste Woche:".

# $what: one of the week-what-* messages.
week-next-week = Für nächste Woche: { $what }
week-rest-of-week = Für den Rest der Woche: { $what }
# $why: one of the week-why-* messages.
week-next-week-why = { $why } Für nächste Woche: { $what }
week-rest-of-week-why = { $why } Für den Rest der Woche: { $what }

week-what-resume = Wenn die Impulse wieder laufen, fang mit einer kleinen Sache an. Deine Serie und dein Wert haben auf dich gewartet.
week-what-quiet = Fang mit einer kleinen Sache an. Wenn du eine freie Minute hast, schick /now und mach genau diese eine Sache für { $partner }.
week-why-start-small = Bisher ist noch nichts als erledigt markiert.
week-what-start-small-anxious = Such dir einen Impuls am Tag aus und mach nur diesen einen. Schon zwei Zeilen an { $partner } zählen, etwa: „Ich denk an dich.“
week-what-start-small-avoidant = Such dir einen Impuls am Tag aus und mach nur diesen einen. Auch etwas Unaufgeregtes zählt, etwa ein Danke für etwas, das { $partner } getan hat.
week-what-start-small-other = Such dir einen Impuls am Tag aus und mach nur diesen einen. Schon ein kurzes, liebes Wort an { $partner } zählt.
week-why-new-time = Die meisten Impulse sind unbeantwortet geblieben – vielleicht kommen sie oft, wenn gerade viel los ist.
week-what-new-time = Wähl Zeiten, zu denen du meist frei bist (über /settings).
# $skipped of $settled nudges of one category ($category) were skipped.
week-why-ease-off-category = { $skipped } von { $settled ->
        [one] { $settled } Impuls
       *[other] { $settled } Impulsen
    } zu „{ $category }“ { $skipped ->
        [one] wurde
       *[other] wurden
    } übersprungen.
week-why-ease-off = { $skipped } von { $sent ->
        [one] { $sent } Impuls
       *[other] { $sent } Impulsen
    } { $skipped ->
        [one] wurde
       *[other] wurden
    } übersprungen.
week-what-ease-off-avoidant = Versuch es mit weniger Impulsen oder einer ruhigeren Tageszeit. { $partner } legt Wert auf Raum für sich, und Freiraum zu lassen ist auch Fürsorge (beides über /settings).
week-what-ease-off-fearful = Versuch es mit weniger Impulsen oder einer ruhigeren Tageszeit. { $partner } öffnet sich im eigenen Tempo, und sanft und stetig reicht völlig (beides über /settings).
week-what-ease-off-anxious = Statt zu überspringen, probier die kleinste Version: Eine kurze Nachricht, dass du an { $partner } denkst, ist auch Zuspruch. Auch weniger Impulse sind in Ordnung (über /settings).
week-what-ease-off-other = Versuch es mit weniger Impulsen am Tag oder einer anderen Uhrzeit (über /settings).
week-why-keep = Eine starke Woche.
week-what-keep = Behalte dieselben Zeiten und dieselbe Zahl an Impulsen bei.
# $category: the category's name as it starts a sentence (its .start).
week-what-keep-category = Behalte dieselben Zeiten und dieselbe Zahl an Impulsen bei. „{ $category }“ klappt gut, also bleib dabei.
# $count: this week's done + 1.
week-what-one-more = Nimm dir vor, { $count } zu erledigen – einen mehr als diese Woche.
week-what-one-more-category = Nimm dir vor, { $count } zu erledigen – einen mehr als diese Woche. Fang mit „{ $category }“ an: Davon hast du am meisten gemacht.

week-therapy-skips = In den letzten drei Wochen wurde mehr übersprungen als erledigt. Das ist in Ordnung, manche Phasen sind schwer. Wenn es sich richtig anfühlt, kann laut der Forschung hinter diesen Impulsen eine Paartherapie helfen: ein Ort, an dem ihr gemeinsam an dem arbeitet, was ihr beide braucht.
week-therapy-conflict = In letzter Zeit gab es mehrmals angespannte Momente. Wenn es sich richtig anfühlt, kann laut der Forschung hinter diesen Impulsen eine Paartherapie helfen: ein Ort, an dem ihr gemeinsam an dem arbeitet, was ihr beide braucht.

## The picture (short: drawn on a phone-sized chart)

# $current: days in a row, $longest: the longest run, $score: 0 to 100.
chart-header-streak = Serie { week-days } (Rekord { $longest })  ·  Regelmäßigkeit { $score }/100
chart-header-done = { $done } von { $sent } erledigt
chart-paused = pausiert
chart-done = Erledigt
chart-skipped = Übersprungen
chart-unanswered = Verpasst
chart-open = Offen
chart-paused-all-week = Die ganze Woche pausiert
chart-paused-so-far = Pausiert
chart-nothing-sent = Diese Woche nichts verschickt
chart-nothing-sent-yet = Noch nichts verschickt
chart-by-category = Erledigt nach Bereich
chart-no-nudges = Noch keine Impulse zum Anzeigen
# $percent: "75 %", $done of $settled.
chart-category-share = { $percent } ({ $done }/{ $settled })

## The kinds of care (the catalog's categories); .start is the form that starts a sentence
## German: nouns are capitalised anyway, so both forms are the same.

category-reassurance = Zuspruch
    .start = Zuspruch
category-commitment = Verbindlichkeit
    .start = Verbindlichkeit
category-positive_regard = Bestärkung
    .start = Bestärkung
category-gratitude = Dankbarkeit
    .start = Dankbarkeit
category-closeness = Nähe
    .start = Nähe
category-trust = Vertrauen
    .start = Vertrauen
category-autonomy = Eigenständigkeit
    .start = Eigenständigkeit
category-space = Freiraum
    .start = Freiraum
category-validation = Verständnis
    .start = Verständnis
category-credit = Anerkennung
    .start = Anerkennung
category-calm_conflict = Ruhe im Streit
    .start = Ruhe im Streit
category-appreciation = Wertschätzung
    .start = Wertschätzung
category-attention = Aufmerksamkeit
    .start = Aufmerksamkeit
category-kindness = Fürsorge
    .start = Fürsorge
category-support = Unterstützung
    .start = Unterstützung
category-connection = Verbundenheit
    .start = Verbundenheit
