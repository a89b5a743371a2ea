# /start and the setup questions: the partner's name, how to refer to them (gendered
# languages only), their style, the time zone, nudges a day and the times of day.
# German: before a name is set, the partner is "dein Schatz" (declined normally).

# The first message after /start: what the bot does and what it stores.
onboarding-welcome =
    Hallo! Ich bin nudger. Ich erinnere dich an kleine, konkrete Dinge, mit denen sich dein Schatz geliebt und geborgen fühlt. Die Bindungsforschung zeigt: Solche kleinen, beständigen Gesten lassen Sorgen in einer Beziehung mit der Zeit kleiner werden.

    Was ich speichere und wozu:
    • den Vornamen oder Spitznamen deines Schatzes und den Stil, den du auswählst – damit ich deine Impulse aussuchen und formulieren kann
    • deine Zeitzone, Impulszeiten, Ruhezeiten und den Tag für den Wochenrückblick – damit alles zu einem guten Zeitpunkt kommt
    • welche Impulse du bekommen und was du abgehakt hast, wann du pausiert und wann du /conflict genutzt hast – damit ich dir deine Woche zeigen kann
    • Quiz-Antworten, nur solange ein Quiz läuft

    Deine Nachrichten und deinen Standort behalte ich nicht (ein geteilter Standort dient nur dazu, deine Zeitzone zu finden). Ich gebe nichts an andere weiter. Schick /export, wenn du eine Kopie von allem möchtest, oder /delete, um alles zu löschen.

    Nur ein paar kurze Fragen, dann sind wir so weit.
onboarding-ask-name = Wie heißt dein Schatz? Ein Vorname oder Spitzname reicht.

## How to refer to the partner: asked right after the name, only in languages whose
## sentences about the partner depend on their gender. /settings asks it again.
## German: "von jemandem als „sie“ sprechen"; the answers read on from the question.

onboarding-ask-gender = Wie soll ich in meinen Nachrichten von { $partner } sprechen?
# The three answers: she, he, or phrasings that avoid gendered forms.
onboarding-gender-she = Als „sie“
onboarding-gender-he = Als „er“
onboarding-gender-name = Nur mit dem Namen

## The partner's style

# Above one line per style (common-style-line).
onboarding-ask-style = Was passt am ehesten zu { $partner }?
# Below the styles.
onboarding-ask-style-footer = Davon hängt nur ab, welche Ideen du bekommst. Es ist keine Diagnose, und du kannst es jederzeit unter /settings ändern.

## Time zone, nudges a day, times of day

# $zone_now: the zone and its time now, as common-zone-now says it.
onboarding-zone-set = Zeitzone: { $zone_now }.
onboarding-ask-count = Wie viele Impulse möchtest du am Tag bekommen?
onboarding-ask-windows = Wann sollen sie kommen? Tipp eine oder mehrere Tageszeiten an, dann auf Speichern.
# Save with more nudges a day than fit 2 hours apart. $count: nudges a day asked (2 or 3);
# $fits: how many fit in the chosen times of day.
onboarding-too-many = { $count ->
        [one] { $count } Impuls am Tag braucht
       *[other] { $count } Impulse am Tag brauchen
    } mehr Platz: Zwischen zwei Impulsen liegen mindestens 2 Stunden, und in die gewählten Tageszeiten { $fits ->
        [one] passt nur { $fits }
       *[other] passen nur { $fits }
    }. Wähl noch eine Tageszeit dazu oder schick /start, um weniger Impulse auszuwählen.

## Along the way

# A question once answered, as it stays in the chat. $question: the question's text;
# $answer: the answer ("Vermeidend", "2").
onboarding-answered =
    { $question }

    Deine Antwort: { $answer }
onboarding-in-setup-tap = Bitte nutz die Buttons unter der letzten Frage.
onboarding-saved-notice = Gespeichert

## The plan, after Save

# $style: the style's name; $zone: "Europe/Berlin"; $nudges: common-per-day ("2 Impulse am
# Tag"); $windows: the times of day in a sentence ("morgens und abends"); $review:
# common-review-at ("jeden Sonntag um 19:00 Uhr"); $quiet: common-quiet-hours ("22:00–08:00 Uhr").
onboarding-summary =
    Fertig. Das ist dein Plan:
    • Dein Schatz: { $partner }
    • Stil: { $style }
    • Zeitzone: { $zone }
    • { $nudges }, { $windows }
    • Dein Wochenrückblick: { $review }
    • Ruhezeiten: { $quiet } – dann schicke ich nichts
# $moment: the first nudge's day and time, "Mo., 23. Nov., 09:12".
onboarding-summary-first = Dein erster Impuls kommt am { $moment } (in deiner Zeitzone).
onboarding-summary-end = Jeder Impuls ist eine kleine Sache, die du für { $partner } tun kannst, mit den Buttons Erledigt, Überspringen und Später. Schick /now, wenn du gleich einen möchtest, /settings, um etwas davon zu ändern, oder /help für alles andere.

# Below the style question when the user's linked partner shared their own quiz result.
# $name: the partner as the user knows them in the link; $style: the style's name.
# German: $name's gender is unknown (no pronoun or participle agrees with it).
onboarding-partner-shared-style = { $name } hat ein kurzes Quiz über sich selbst gemacht und das Ergebnis mit dir geteilt: „{ $style }“. Tipp den Stil an, wenn sich deine Impulse danach richten sollen.
