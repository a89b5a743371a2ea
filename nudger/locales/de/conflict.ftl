# /conflict: three calm steps for a tense moment with the partner, and the offer of one
# follow-up nudge to reconnect. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# Steps never blame the partner and never name a style.
# German: the steps need no pronoun for the partner (quoted lines in du-form instead).

## The reply: an intro, the three steps (numbered), and the follow-up offer

conflict-intro = Ist es gerade angespannt zwischen dir und { $partner }? Atme einmal langsam durch. Drei kleine Schritte, die jetzt helfen können:
# One numbered step. $number: 1, 2 or 3; $step: the step (one of the conflict-step-...).
conflict-step-line = { $number }. { $step }
# $when: when the follow-up would come: "later" (later today), "morning" (tomorrow
# morning) or "thismorning" (asked for after midnight, before quiet hours end).
conflict-offer = Wenn sich alles beruhigt hat, hilft euch eine kleine Geste, wieder zueinanderzufinden. Tipp auf den Button unten, dann schicke ich dir { $when ->
        [morning] morgen früh
        [thismorning] heute Morgen
       *[later] später am Tag
    } eine Idee dafür.

## The steps, three for each kind of partner. The partner who pulls back when things get
## close or tense (avoidant): lower the temperature, credit them, give space with a time to
## come back.

conflict-step-avoidant-1 = Nimm die Schärfe raus: Sprich langsamer und sanfter und sag etwas wie „Das kriegen wir beide hin. Das ist keine Krise.“
conflict-step-avoidant-2 = Sag { $partner }, was du nachvollziehen kannst, etwa: „Ich verstehe, warum du das so siehst.“ Und bedank dich für etwas, das { $partner } schon getan oder aufgegeben hat, damit es zwischen euch gut läuft.
conflict-step-avoidant-3 = Wenn einer von euch eine Pause braucht, biete Abstand an und nenn eine Zeit, zu der ihr weiterredet, etwa: „Lass uns kurz Pause machen und nach dem Abendessen weiterreden.“ Und halte dich dann an diese Zeit.

## The partner who worries about being left (anxious): reassurance, staying present, the bond.

conflict-step-anxious-1 = Fang mit Zuspruch an. Sag { $partner }: „Ich gehe nirgendwohin. Das kriegen wir zusammen hin.“
conflict-step-anxious-2 = Bleib da und bleib im Gespräch. Wenn du eine Pause brauchst, sag das – und sag auch, wann du wiederkommst, damit sich die Stille nicht wie Verlassenwerden anfühlt.
conflict-step-anxious-3 = Sprich aus, was euch verbindet: was du an { $partner } liebst und was an euch beiden. Biete deine Hand oder eine Umarmung an, wenn das gerade willkommen ist.

## The partner who both longs for closeness and is wary of it: slow and soft, no pressure.

conflict-step-fearful-1 = Mach langsam und bleib sanft. Sag { $partner } in Ruhe: „Du bist mir wichtig, und daran ändert das hier nichts.“
conflict-step-fearful-2 = Lass { $partner } das Tempo bestimmen und dräng nicht auf Antworten. Wenn Abstand nötig ist, lass ihn liebevoll zu: „Nimm dir die Zeit, die du brauchst. Ich bin da.“
conflict-step-fearful-3 = Sag eine Sache, die du nachvollziehen kannst, etwa: „Ich verstehe, warum du das so siehst.“ Dann schlag eine Zeit vor, um darauf zurückzukommen – heute muss nicht alles geklärt werden.

## Anyone else (secure, or not sure yet): a calm general set.

conflict-step-general-1 = Nimm Tempo raus, bevor du antwortest. Eine ruhigere Stimme hilft euch beiden, einander wirklich zu hören.
conflict-step-general-2 = Bevor du deine Sicht erklärst, sag { $partner }, was du verstanden hast: „Wenn ich dich richtig verstehe, …“
conflict-step-general-3 = Sag, dass ihr im selben Team seid, und vereinbare einen nächsten Schritt oder eine Zeit, zu der ihr weiterredet.

## The follow-up button, and what it says once tapped (also shown as a notice)

# $when: as in conflict-offer ("later", "morning" or "thismorning").
conflict-remind-button = Erinnere mich { $when ->
        [morning] morgen früh
        [thismorning] heute Morgen
       *[later] später am Tag
    }
# $time: when the follow-up comes, "17:12" (later today).
conflict-confirm-later = Gegen { $time } Uhr schicke ich dir einen Impuls, damit ihr wieder zueinanderfindet.
# $time: "21:30", half an hour before the user's quiet hours begin.
conflict-confirm-sooner = Gegen { $time } Uhr schicke ich dir einen Impuls, damit ihr wieder zueinanderfindet – noch bevor deine Ruhezeiten beginnen.
# $when: "morning" (tomorrow) or "thismorning" (after midnight); $time: "08:30", shortly
# after quiet hours end.
conflict-confirm-morning = { $when ->
        [thismorning] Heute Morgen
       *[morning] Morgen
    } gegen { $time } Uhr schicke ich dir einen Impuls, damit ihr wieder zueinanderfindet.
# As conflict-confirm-morning, when the tapped button said "later today" but it is now too
# close to quiet hours.
conflict-confirm-too-late = Es ist schon spät, deshalb schicke ich dir { $when ->
        [thismorning] heute Morgen
       *[morning] morgen
    } gegen { $time } Uhr einen Impuls, damit ihr wieder zueinanderfindet.
conflict-follow-up-already = Du hast schon eine Erinnerung geplant, damit ihr wieder zueinanderfindet.
