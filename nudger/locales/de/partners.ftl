# Linking with the partner: /invite, the invitation the partner opens, /partner (a short quiz
# about oneself, what helps), /unlink. Every message may use { $partner } (for the person
# reading: the name they know their linked partner by) and { $gender } (she, he or name).
#
# Rules for these words: no pressure, ever. Declining and unlinking are as easy and as
# welcome as joining, and nothing said afterwards blames anyone. What is shared is named
# exactly; what is never shared is said plainly.
#
# German: "link" (the tie between two people) is "Verbindung / sich verbinden"; "Link" is only
# the URL. $name's gender is unknown: no pronoun, adjective or participle agrees with it. For
# $partner, pronouns only inside a $gender selector (the *[name] variant repeats the name).

## /invite

partners-invite-ask-name =
    Ich erstelle einen persönlichen Link für { $partner }. Wenn { $partner } den Link öffnet, sage ich, von wem die Einladung kommt, erkläre, was nudger ist und was bei einer Verbindung geteilt wird, und { $partner } kann sich mit dir verbinden oder „Nein danke“ sagen.

    Welcher Name soll in der Einladung stehen? Tipp auf den Button oder schick /invite mit einem anderen Namen, etwa /invite Alex.
# When Telegram told us no first name to offer.
partners-invite-ask-name-typed =
    Ich erstelle einen persönlichen Link für { $partner }. Wenn { $partner } den Link öffnet, sage ich, von wem die Einladung kommt, erkläre, was nudger ist und was bei einer Verbindung geteilt wird, und { $partner } kann sich mit dir verbinden oder „Nein danke“ sagen.

    Welcher Name soll in der Einladung stehen? Schick /invite mit dem Namen, etwa /invite Alex.
# $name: the sender's first name on Telegram.
partners-invite-use-name-button = Als „{ $name }“ einladen
partners-invite-bad-name = Mit diesem Namen kann ich keine Einladung erstellen. Nimm 1 bis 40 Zeichen in einer Zeile, etwa /invite Alex.
partners-invite-needs-username = Ich kann gerade keinen Link erstellen, weil ich meinen eigenen Telegram-Benutzernamen noch nicht kenne. Versuch es bitte in einer Minute noch einmal mit /invite.
# $link: the personal link; $name: the name it shows; $days: how long it works (7).
partners-invite-link =
    Hier ist dein persönlicher Link für { $partner }:

    { $link }

    Leite diese Nachricht weiter oder kopier den Link. Der Link funktioniert ein einziges Mal und { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang; ein neues /invite ersetzt diesen Link.

    Schick den Link nur an { $partner }: Wer ihn zuerst öffnet, kann sich mit dir verbinden. Wenn { $partner } den Link öffnet, steht dort, dass die Einladung von { $name } kommt, und genau, was bei einer Verbindung geteilt wird. { $partner } entscheidet ganz frei, ob ihr euch verbindet.
partners-invite-share-button = Link schicken
# The text Telegram's share sheet puts beside the link (the inviter sends it; $name: their name).
partners-invite-share-text = { $name } würde sich bei nudger gern mit dir verbinden – aber nur, wenn du das auch möchtest. Der Link erklärt, was dabei geteilt wird und was nie.
partners-already-linked =
    Du und { $partner } seid schon verbunden. /partner zeigt, was ihr teilt, und /unlink beendet die Verbindung.

## The invitation, as the partner sees it after opening the link ($name: who invited them)

partners-welcome =
    Hallo! { $name } möchte sich bei nudger mit dir verbinden und lädt dich dazu ein.

    nudger schickt { $name } zur passenden Zeit kleine Ideen, wie sich Zuwendung zeigen lässt – etwa ein konkretes Danke für etwas, das heute gutgetan hat.

    Wenn ihr euch verbindet, kannst du Folgendes tun – aber nur, wenn und wann du möchtest:
    • ein kurzes Quiz über dich selbst machen und das Ergebnis mit { $name } teilen: nur den Namen des Stils, nie deine Antworten
    • bis zu drei Formen von Zuwendung auswählen, mit denen du dich geliebt fühlst, und { $name } wissen lassen, welche das sind – damit { $name } eher Impulse in diese Richtung bekommt
    • mit /start eigene Impulse bekommen

    Was nie geteilt wird, egal wie du dich entscheidest: deine Antworten, deine Impulse, was du abhakst, deine Wochenrückblicke, deine Pausen und deine Einstellungen. Du erfährst nie, was in den Impulsen von { $name } steht oder ob es in einem davon um dich ging.

    Auch „Nein danke“ ist völlig in Ordnung. Dann wird nichts über dich gespeichert, und { $name } erfährt nur, dass du dich gerade lieber nicht verbinden möchtest. Wenn ihr euch verbindet, kannst du die Verbindung mit /unlink jederzeit beenden.
partners-join-button = Verbinden
partners-decline-button = Nein danke
# $days: how long a link works (7).
partners-link-expired = Diese Einladung ist abgelaufen: Links gelten { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang. Wenn du dich verbinden möchtest, frag nach einem neuen Link.
partners-link-unknown = Dieser Link funktioniert nicht: Er wurde schon benutzt, durch einen neueren ersetzt oder ist unvollständig. Wenn du dich verbinden möchtest, frag nach einem neuen Link.
partners-link-own = Das ist deine eigene Einladung. Schick { $partner } den Link; beim Öffnen kann { $partner } dann entscheiden, ob ihr euch verbindet.
partners-too-many-tries = Zu viele Links, die nicht funktioniert haben. Warte bitte eine Stunde und versuch es dann noch einmal.
partners-linked-elsewhere = Du bist schon mit { $partner } verbunden. Du kannst immer nur mit einem Menschen verbunden sein; mit /unlink beendest du zuerst die jetzige Verbindung.

## Joining or declining

partners-joined =
    Du und { $partner } seid jetzt verbunden. Geteilt wird erst etwas, wenn du dich dafür entscheidest.

    Wann immer du magst, kannst du { $partner } ein wenig darüber erzählen, was dir guttut – mit den Buttons unten oder später mit /partner. Mit /start richtest du eigene Impulse ein, und /unlink beendet die Verbindung.
partners-joined-notice = Verbunden
# To the inviter ($partner: their partner).
partners-partner-joined =
    { $partner } hat deine Einladung angenommen: Ihr seid jetzt verbunden. Falls { $partner } den eigenen Stil oder das, was { $gender ->
        [she] ihr
        [he] ihm
       *[name] { $partner }
    } guttut, mit dir teilt, sage ich dir Bescheid, und deine Impulse richten sich danach.

    Keine Seite sieht je die Impulse, Antworten oder Wochenrückblicke der anderen. Falls jemand anderes als { $partner } die Einladung angenommen hat, beendest du die Verbindung mit /unlink.
partners-declined = Kein Problem. Über dich wurde nichts gespeichert. Falls du es dir irgendwann anders überlegst, kann { $partner } dir einen neuen Link schicken.
partners-declined-notice = Nein danke
# To the inviter.
partners-partner-declined = { $partner } möchte sich im Moment lieber nicht verbinden, und das ist völlig in Ordnung. Deine Impulse laufen ganz wie bisher weiter.

## /partner: what each of you shares

partners-not-linked = Du bist gerade mit niemandem verbunden. Wenn du möchtest, erstellt /invite einen persönlichen Link, den du deinem Schatz schicken kannst.
# $since: the date the link began ("16. Nov.").
partners-hub-intro = Du und { $partner } seid verbunden (seit dem { $since }).
partners-hub-yours = Was du mit { $partner } teilst:
# $style: a style's name.
partners-hub-style-shared = • dein Stil aus dem Quiz über dich selbst: { $style }
partners-hub-style-private = • nichts zu deinem Stil: Dein Quiz-Ergebnis („{ $style }“) gehört nur dir
partners-hub-style-none = • nichts zu deinem Stil (du hast das Quiz über dich selbst nicht gemacht)
# $kinds: the kinds of care picked, as a list.
partners-hub-helps-shared = • was dir guttut: { $kinds }
partners-hub-helps-private = • nichts dazu, was dir guttut: Deine Auswahl ({ $kinds }) gehört nur dir
partners-hub-helps-none = • nichts dazu, was dir guttut (du hast nichts ausgewählt)
partners-hub-theirs = Was { $partner } mit dir teilt:
partners-hub-their-style = • der eigene Stil: { $style }. Deine Impulse richten sich danach.
# For someone who hasn't set up nudges of their own yet.
partners-hub-their-style-setup = • der eigene Stil: { $style }. Wenn du mit /start eigene Impulse einrichtest, schlage ich dir diesen Stil vor.
# $own: the style the reader chose themselves.
partners-hub-their-style-overridden = • der eigene Stil: { $style }. Deine Impulse richten sich nach deiner eigenen Wahl: „{ $own }“.
partners-hub-their-helps = • was { $gender ->
        [she] ihr guttut
        [he] ihm guttut
       *[name] guttut
    } – deine Impulse gehen in diese Richtung
partners-hub-nothing = • bisher nichts
partners-hub-never = Keine Seite sieht je die Impulse, Antworten, Wochenrückblicke, Pausen oder Einstellungen der anderen.
partners-self-report-button = Kurzes Quiz über mich
partners-helps-button = Was mir guttut
# $style: the style from the quiz about oneself, not shared yet.
partners-share-style-button = Meinen Stil teilen („{ $style }“)
partners-stop-sharing-style-button = Meinen Stil nicht mehr teilen
partners-follow-button = Wieder den Stil von { $partner } nehmen
partners-unlink-button = Verbindung beenden

## The short quiz about oneself (ten statements, answered 1 to 7)
## German: the statements are in the first person and need no pronoun for the partner.

# $count: how many statements follow (10).
self-intro = { $count ->
        [one] { $count } Aussage
       *[other] { $count } Aussagen
    } über dich und { $partner }. Tipp jeweils an, wie sehr die Aussage auf dich zutrifft, von 1 bis 7. Verlass dich auf dein erstes Gefühl – richtige oder falsche Antworten gibt es nicht.

    Das Ergebnis siehst du zuerst. { $partner } erfährt nur etwas davon, wenn du dich dafür entscheidest, und dann nur den Namen des Stils.
# $number: this statement's number; $total: how many (10); $statement: the statement.
self-question = Aussage { $number } von { $total }

    { $statement }

    { self-scale-hint }
self-scale-hint = 1 = { self-anchor-1 } · 4 = { self-anchor-4 } · 7 = { self-anchor-7 }
self-anchor-1 = Trifft gar nicht auf mich zu
self-anchor-4 = Teils, teils
self-anchor-7 = Trifft voll auf mich zu

self-item-anx-slow-reply = Wenn { $partner } mit einer Antwort länger braucht, mache ich mir Sorgen, dass etwas nicht stimmt.
self-item-avo-step-back = Wenn wir uns sehr nahekommen, möchte ein Teil von mir einen Schritt zurücktreten und etwas Raum für sich haben.
self-item-anx-hear-it = Es tut mir gut, wenn ich von { $partner } oft „Ich liebe dich“ höre.
self-item-avo-comfort = Wenn ich gestresst oder niedergeschlagen bin, suche ich Trost bei { $partner }.
self-item-anx-relaxed-apart = Ich bleibe entspannt, wenn wir ein, zwei Tage wenig Kontakt haben.
self-item-avo-alone = Ein Problem löse ich lieber allein, als { $partner } um Hilfe zu bitten.
self-item-anx-after-argument = Nach einer Meinungsverschiedenheit mache ich mir Sorgen, dass { $partner } mich verlassen könnte.
self-item-avo-open = Es fällt mir leicht, { $partner } zu sagen, was ich fühle und was ich brauche.
self-item-anx-sure-cared = Ich bin mir sicher, dass ich { $partner } am Herzen liege, auch wenn es unausgesprochen bleibt.
self-item-avo-tense-quiet = Wenn es zwischen uns angespannt wird, werde ich still oder will allein sein.

self-stop-button = Beenden
self-stopped = Beendet. Deine Antworten wurden nicht gespeichert, und an dem, was du teilst, hat sich nichts geändert. Mit /partner kannst du das Quiz jederzeit neu beginnen.
self-stopped-notice = Beendet
self-stale = Diese Aussage ist schon beantwortet.
self-result-intro = Darauf deuten deine Antworten über dich hin:
# What each result means for the person who answered, with the style's name (style-...).
self-result-secure = Beide Werte sind eher niedrig: Du fühlst dich anscheinend meist wohl – mit Nähe ebenso wie mit Zeit, die ihr getrennt verbringt. Das kommt „{ style-secure }“ am nächsten.
self-result-anxious = Die Sorge vor Zurückweisung ist eher hoch: Mit Kontakt, klaren Worten und Zuspruch wirst du vielleicht ruhiger. Das kommt „{ style-anxious }“ am nächsten.
self-result-avoidant = Das Unbehagen bei Nähe ist eher hoch: Vielleicht ist dir deine Unabhängigkeit wichtig, und du brauchst etwas Raum, wenn es sehr nah oder angespannt wird. Das kommt „{ style-avoidant }“ am nächsten.
self-result-fearful = Beide Werte sind eher hoch: Vielleicht sehnst du dich nach Nähe und bist zugleich vorsichtig damit. Das kommt „{ style-fearful }“ am nächsten.
self-not-a-diagnosis = Das ist nur eine grobe Einschätzung anhand weniger Antworten – keine Diagnose. Menschen verändern sich, und es hilft, sich bei jemandem geborgen zu fühlen.
# $style: the result's name.
self-share-question = „{ $style }“ mit { $partner } teilen? Zu sehen wäre nur dieser Name, nie deine Antworten oder Werte, und die Impulse, die { $partner } bekommt, würden sich danach richten. Unter /partner kannst du das Teilen jederzeit beenden.
self-share-button = Mit { $partner } teilen
self-keep-button = Für mich behalten
self-shared = Geteilt: { $partner } sieht jetzt „{ $style }“. Unter /partner kannst du das Teilen jederzeit beenden.
self-shared-notice = Geteilt
self-kept = Das bleibt bei dir. Unter /partner kannst du es später teilen, wenn du möchtest.
self-kept-notice = Bleibt bei dir
self-unshared = { $partner } sieht deinen Stil nicht mehr und bekommt wieder Impulse nach der eigenen Wahl.
self-unshared-notice = Nicht mehr geteilt
# To the other side ($style: the style's name).
partners-style-shared-with-you = { $partner } hat ein kurzes Quiz über sich selbst gemacht und sich entschieden, das Ergebnis mit dir zu teilen: „{ $style }“. Deine Impulse richten sich ab jetzt danach. Wenn du den Stil lieber selbst wählst, geht das unter /settings; { $partner } erfährt davon nichts.
partners-style-shared-with-you-setup = { $partner } hat ein kurzes Quiz über sich selbst gemacht und sich entschieden, das Ergebnis mit dir zu teilen: „{ $style }“. Wenn du deine Impulse mit /start einrichtest, schlage ich dir diesen Stil vor.
partners-style-unshared-with-you = { $partner } teilt den eigenen Stil nicht mehr. Deine Impulse richten sich wieder nach deiner eigenen Wahl.

## What helps (up to three kinds of care)
## German: the labels start with a noun where possible, since they also stand inside a list
## ("was dir guttut: Wertschätzung, Hilfe im Alltag und …").

# $max: how many may be picked (3).
helps-intro = Was hilft dir, dich geliebt oder geborgen zu fühlen? Wähl bis zu { $max } aus. Wenn du deine Auswahl teilst, sieht { $partner }, was du ausgewählt hast, und bekommt eher Impulse in diese Richtung.
help-kind-reassurance = Bestätigung, dass mit uns alles gut ist
help-kind-appreciation = Wertschätzung
help-kind-affection = Zuneigung und Wärme
help-kind-together = Zeit zu zweit mit voller Aufmerksamkeit
help-kind-space = Zeit für mich ohne Nachfragen
help-kind-reliability = Verlässlichkeit an meiner Seite
help-kind-view = Respekt für meine Sicht
help-kind-credit = Anerkennung für meinen Einsatz
help-kind-calm = Gespräche in Ruhe bei Uneinigkeit
help-kind-support = Hilfe im Alltag
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = „{ $kind }“
# A picked kind's button ($kind: its words).
helps-picked = ✓ { $kind }
helps-too-many = Höchstens { $max }: Nimm zuerst bei einer Sache das Häkchen weg.
helps-pick-first = Wähl zuerst mindestens eine Sache aus.
helps-share-button = Mit { $partner } teilen
helps-keep-button = Für mich behalten
helps-stop-sharing-button = Nicht mehr teilen
# $kinds: the kinds picked, as a list.
helps-shared = Mit { $partner } geteilt: { $kinds }. Die Impulse, die { $partner } bekommt, gehen jetzt eher in diese Richtung.
helps-shared-notice = Geteilt
helps-kept = Das bleibt bei dir. Unter /partner kannst du es später teilen, wenn du möchtest.
helps-unshared = { $partner } sieht nicht mehr, was dir guttut.
# To the other side.
partners-helps-shared-with-you = { $partner } hat mit dir geteilt, was hilft, sich geliebt und geborgen zu fühlen: { $kinds }. Deine Impulse gehen jetzt eher in diese Richtung.
partners-helps-unshared-with-you = { $partner } teilt nicht mehr mit dir, was hilft, sich geliebt und geborgen zu fühlen. Deine Impulse werden wieder wie vorher ausgesucht.

## Choosing one's own style while following the partner's

# $style: the reader's own choice.
partners-style-overridden = Deine Impulse richten sich jetzt nach „{ $style }“, deiner eigenen Wahl, statt nach dem Stil, den { $partner } geteilt hat. { $partner } erfährt davon nichts. Unter /partner kannst du jederzeit zurückwechseln.
partners-following-again = Deine Impulse richten sich wieder nach dem Stil, den { $partner } geteilt hat: „{ $style }“.

## /unlink

partners-unlink-question = Die Verbindung mit { $partner } beenden? Was ihr beide geteilt habt, wird dann nicht mehr genutzt, und dein Quiz-Ergebnis und deine Auswahl dazu, was dir guttut, werden gelöscht. Eure Impulse richten sich wieder nach der jeweils eigenen Wahl. { $partner } erfährt nur, dass die Verbindung beendet ist.
partners-unlink-confirm-button = Verbindung beenden
partners-unlink-keep-button = Verbunden bleiben
partners-unlinked = Die Verbindung ist beendet. Nichts von dem, was ihr geteilt habt, wird mehr genutzt.
partners-unlinked-notice = Verbindung beendet
partners-unlink-kept = Die Verbindung bleibt bestehen.
# To the other side, after /unlink or /delete.
partners-link-ended = Deine Verbindung mit { $partner } ist beendet. Deine eigenen Impulse laufen wie bisher weiter, nach deiner eigenen Wahl.
