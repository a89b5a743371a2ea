# /quiz: twelve statements about the partner's behaviour, answered 1 to 7, and what the
# answers suggest. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# The quiz describes the partner gently: it is never a diagnosis.
# German: the items are worded so they need no pronoun for the partner (no $gender).

## Before the first question

# $count: how many statements follow (12).
quiz-intro = { $count ->
        [one] { $count } kurze Aussage
       *[other] { $count } kurze Aussagen
    } über Dinge, die dir an { $partner } vielleicht schon aufgefallen sind. Tipp jeweils an, wie sehr die Aussage auf { $partner } zutrifft, von 1 bis 7. Verlass dich auf dein erstes Gefühl – richtige oder falsche Antworten gibt es nicht.

    Am Ende zeige ich dir, worauf deine Antworten hindeuten, und frage dich, bevor ich etwas ändere.

## A question: its number, the statement, and what the ends and middle of the scale mean

# $number: this question's number (1-12); $total: how many there are (12);
# $statement: the statement (one of the quiz-item-... messages).
quiz-question = Frage { $number } von { $total }

    { $statement }

    { quiz-scale-hint }
# The buttons show only the numbers 1 to 7; this line says what 1, 4 and 7 mean.
quiz-scale-hint = 1 = { quiz-anchor-1 } · 4 = { quiz-anchor-4 } · 7 = { quiz-anchor-7 }
quiz-anchor-1 = Trifft gar nicht zu
quiz-anchor-4 = Teils, teils
quiz-anchor-7 = Trifft voll zu

## The statements, in the order asked. Each describes something the user may have seen
## the partner do; the user answers how much it sounds like them.

quiz-item-anx-slow-reply = Wenn ich mit einer Antwort länger brauche, macht sich { $partner } Sorgen, dass etwas nicht stimmt.
quiz-item-avo-change-subject = Wenn ich über Gefühle in unserer Beziehung sprechen will, wechselt { $partner } das Thema oder hält das Gespräch kurz.
quiz-item-anx-ask-love = { $partner } fragt mich Dinge wie „Liebst du mich noch?“ oder „Willst du noch mit mir zusammen sein?“
quiz-item-avo-comfort = { $partner } sucht Trost bei mir, wenn der Stress groß ist oder die Stimmung gedrückt.
quiz-item-anx-after-argument = Nach einer kleinen Meinungsverschiedenheit scheint { $partner } zu fürchten, dass ich gehen könnte.
quiz-item-avo-tense-quiet = Wenn es zwischen uns angespannt wird, wird { $partner } still oder will allein sein.
quiz-item-anx-relaxed-apart = { $partner } bleibt entspannt, wenn wir ein, zwei Tage wenig Kontakt haben.
quiz-item-avo-close-future = { $partner } scheint sich unwohl zu fühlen, wenn wir uns sehr nahekommen oder über unsere Zukunft sprechen.
quiz-item-anx-small-signs = { $partner } bemerkt kleine Veränderungen in meiner Stimmung oder meinen Nachrichten und macht sich darüber Sorgen.
quiz-item-avo-handle-alone = { $partner } löst ein Problem lieber allein, als mich um Hilfe zu bitten.
quiz-item-anx-sure-of-me = { $partner } scheint sich meiner Zuneigung sicher zu sein, auch wenn ich sie nicht ausspreche.
quiz-item-avo-open-feelings = { $partner } spricht offen mit mir über die eigenen Gefühle und Bedürfnisse.

## The result: an intro, one line per dimension, what the style means, and a reminder
## that this is not a diagnosis

quiz-result-intro = Darauf deuten deine Antworten über { $partner } hin:
# One line per dimension. $level: "higher" or "lower" (above or below the middle of the
# scale); $score: the mean answer, 1.0 to 7.0, shown with one decimal ("4,2").
quiz-result-anxiety = • Sorge vor Zurückweisung, Bedürfnis nach Zuspruch: { $level ->
        [higher] eher hoch
       *[lower] eher niedrig
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } von 7)
quiz-result-avoidance = • Unbehagen bei Nähe, Bedürfnis nach Unabhängigkeit: { $level ->
        [higher] eher hoch
       *[lower] eher niedrig
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } von 7)
# What each result means, and the style's name as its button says it (style-...).
quiz-result-secure =
    Beide Werte sind eher niedrig. { $partner } fühlt sich anscheinend meist wohl – mit Nähe ebenso wie mit Zeit, die ihr getrennt verbringt.
    Das passt am ehesten zur Option „{ style-secure }“. Die Impulse dort setzen auf kleine alltägliche Fürsorge, Aufmerksamkeit und Wertschätzung, die jedem Menschen guttun.
quiz-result-anxious =
    Die Sorge vor Zurückweisung ist eher hoch. { $partner } fürchtet vielleicht, enttäuscht oder verlassen zu werden, und wird mit Kontakt und klarem Zuspruch ruhiger.
    Das passt am ehesten zur Option „{ style-anxious }“. Die Impulse dort setzen auf klaren Zuspruch, Worte der Verbindlichkeit, herzliche Wertschätzung und Zuneigung.
quiz-result-avoidant =
    Das Unbehagen bei Nähe ist eher hoch. { $partner } legt vielleicht viel Wert auf Unabhängigkeit und geht etwas auf Abstand, wenn es sehr nah oder angespannt wird.
    Das passt am ehesten zur Option „{ style-avoidant }“. Die Impulse dort helfen dir, dich als verlässlich zu zeigen, { $gender ->
        [she] ihren Freiraum zu respektieren, ihre Sicht ernst zu nehmen, anzuerkennen, was sie tut,
        [he] seinen Freiraum zu respektieren, seine Sicht ernst zu nehmen, anzuerkennen, was er tut,
       *[name] Freiraum zu lassen, die Sicht von { $partner } ernst zu nehmen, anzuerkennen, was { $partner } tut,
    } und Meinungsverschiedenheiten ruhig zu halten.
quiz-result-fearful =
    Beide Werte sind eher hoch. { $partner } sehnt sich vielleicht nach Nähe und ist zugleich vorsichtig damit, sucht deshalb mal den Kontakt und zieht sich dann wieder zurück.
    Das passt am ehesten zur Option „{ style-fearful }“. Die Impulse dort setzen auf die sanftesten Ideen aus beiden Richtungen: beständigen Zuspruch, dazu Raum zum Durchatmen und keinen Druck.
quiz-not-a-diagnosis = Das ist nur eine grobe Einschätzung anhand von ein paar Dingen, die dir aufgefallen sind – keine Diagnose. Menschen verändern sich, und es hilft, sich bei jemandem geborgen zu fühlen.

## After the result: switch the nudges to the result's style, or keep them

# $style: the result's style name (style-...); $current: the style set now.
quiz-save-question = Deine Impulse sind gerade auf „{ $current }“ eingestellt. Auf „{ $style }“ umstellen? Du kannst das jederzeit wieder mit /quiz oder /start ändern.
# $style: the style name (style-...). German: quoted, so "Sicher" reads as a name.
quiz-switch-button = Ja, auf „{ $style }“ umstellen
quiz-keep-button = Nein, so lassen
# $style: the style name (style-...).
quiz-switched = Umgestellt. Deine Impulse für { $partner } richten sich jetzt nach „{ $style }“.
quiz-switched-notice = Umgestellt
quiz-kept = Alles klar, nichts geändert. Deine Impulse bleiben, wie sie waren.
quiz-kept-notice = Beibehalten
# The result is the style already set. $style: its name (style-...).
quiz-same-style = Das passt zu dem, was du vorher gewählt hast („{ $style }“), deine Impulse bleiben also, wie sie sind.

## In setup (the quiz answers the style question)

# $style: the result's style name (style-...).
quiz-onboarding-question = Soll ich „{ $style }“ für deine Impulse nehmen, oder bleibt es bei „{ style-unknown }“ (liebevolle Ideen, die zu jedem passen)? Du kannst das später mit /quiz oder /settings ändern.
# $style: the result's style name (style-...).
quiz-use-button = „{ $style }“ nehmen
quiz-keep-not-sure-button = Bei „{ style-unknown }“ bleiben
quiz-skip-button = Überspringen, bei „{ style-unknown }“ bleiben
quiz-skipped-in-setup = Quiz übersprungen. Wir bleiben erst mal bei „{ style-unknown }“.
quiz-skipped-notice = Übersprungen
quiz-finish-setup-first = Lass uns zuerst die Einrichtung abschließen. Tipp bei der Frage nach dem Stil auf „{ style-unknown }“, um das Quiz zu machen.

## Stopping, and taps or text that don't fit

quiz-stop-button = Quiz beenden
quiz-stopped = Quiz beendet. Es hat sich nichts geändert; du kannst es jederzeit mit /quiz noch einmal machen.
quiz-stopped-notice = Beendet
# A tap on a question that is no longer the open one (an old message, a double tap).
quiz-stale-answer = Diese Frage ist nicht mehr an der Reihe.
quiz-over = Dieses Quiz ist vorbei. Schick /quiz, um es noch einmal zu machen.
quiz-typed-during = Wir sind mitten im Quiz: Antworte bitte mit den Buttons 1 bis 7 unter der letzten Frage oder tipp auf „{ quiz-stop-button }“.
quiz-typed-after = Das Quiz ist fertig. Nutz bitte die Buttons unter meiner letzten Nachricht, um deine Impulse umzustellen oder so zu lassen, wie sie sind („{ quiz-keep-button }“).
