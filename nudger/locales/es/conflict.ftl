# /conflict: three calm steps for a tense moment with the partner, and the offer of one
# follow-up nudge to reconnect. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# Steps never blame the partner and never name a style.
# Spanish: no «juntos», «los dos» or «ustedes/vosotros» (the user's gender is unknown, and
# the address is tú): «en pareja», «en equipo», «de su lado», or a quote in the first person
# plural («Esto lo resolvemos en equipo»). Follow-up times are after 7:00 and before 22:00,
# so «alrededor de las { $time }».

## The reply: an intro, the three steps (numbered), and the follow-up offer

conflict-intro = ¿Un momento de tensión con { $partner }? Respira hondo y despacio. Tres pequeños pasos que pueden ayudarte ahora mismo:
# One numbered step. $number: 1, 2 or 3; $step: the step (one of the conflict-step-...).
conflict-step-line = { $number }. { $step }
# $when: when the follow-up would come: "later" (later today), "morning" (tomorrow
# morning) or "thismorning" (asked for after midnight, before quiet hours end).
conflict-offer = Cuando las cosas se calmen, un pequeño gesto ayuda a recuperar la conexión. Toca abajo y te mandaré una idea { $when ->
        [morning] mañana por la mañana
        [thismorning] esta mañana
       *[later] hoy, un poco más tarde
    }.

## The steps, three for each kind of partner. The partner who pulls back when things get
## close or tense (avoidant): lower the temperature, credit them, give space with a time to
## come back.

conflict-step-avoidant-1 = Baja la temperatura: habla más despacio, suaviza el tono y di que esto es algo que se puede resolver en pareja, no una crisis.
conflict-step-avoidant-2 = Dile a { $partner } qué te parece razonable de su punto de vista, y dale las gracias por algo que ya hizo, o a lo que renunció, para que las cosas funcionen.
conflict-step-avoidant-3 = Si hace falta una pausa, ofrece espacio y propón un momento para retomar la conversación, como «Paremos un rato y volvamos a hablarlo después de cenar». Después, cumple lo acordado.

## The partner who worries about being left (anxious): reassurance, staying present, the bond.

conflict-step-anxious-1 = Empieza por dar seguridad. Dile a { $partner }: «No me voy a ninguna parte. Esto lo resolvemos en equipo».
conflict-step-anxious-2 = Mantente presente y sigue hablando. Si necesitas una pausa, dilo y aclara cuándo vuelves, para que el silencio no se viva como un abandono.
conflict-step-anxious-3 = Habla del vínculo: dile a { $partner } lo que te encanta de su forma de ser y de la relación, y ofrécele la mano o un abrazo si ves que lo recibirá bien.

## The partner who both longs for closeness and is wary of it: slow and soft, no pressure.

conflict-step-fearful-1 = Ve despacio y con suavidad. Dile a { $partner } con calma que te importa y que esto no cambia lo que sientes.
conflict-step-fearful-2 = Deja que { $partner } marque el ritmo, sin presionar para que responda. Si necesita espacio, dáselo con cariño: «Tómate el tiempo que necesites. Aquí estoy».
conflict-step-fearful-3 = Di una cosa que entiendes de su manera de verlo y propón un momento para retomarlo, sin necesidad de resolverlo todo hoy.

## Anyone else (secure, or not sure yet): a calm general set.

conflict-step-general-1 = Baja el ritmo antes de responder. Con un tono más tranquilo, es más fácil escucharse de verdad.
conflict-step-general-2 = Dile a { $partner } lo que entiendes de su postura antes de explicar la tuya.
conflict-step-general-3 = Deja claro que estás de su lado, en el mismo equipo, y busca un acuerdo sobre el siguiente paso o sobre cuándo volver a hablar.

## The follow-up button, and what it says once tapped (also shown as a notice)

# $when: as in conflict-offer ("later", "morning" or "thismorning").
# Spanish: an infinitive, as buttons are («Recordármelo más tarde»).
conflict-remind-button = Recordármelo { $when ->
        [morning] mañana por la mañana
        [thismorning] esta mañana
       *[later] hoy más tarde
    }
# $time: when the follow-up comes, "17:12" (later today).
conflict-confirm-later = Te mandaré un empujoncito alrededor de las { $time } para volver a conectar.
# $time: "21:30", half an hour before the user's quiet hours begin.
conflict-confirm-sooner = Te mandaré un empujoncito alrededor de las { $time } para volver a conectar, antes de que empiecen tus horas de silencio.
# $when: "morning" (tomorrow) or "thismorning" (after midnight); $time: "8:30", shortly
# after quiet hours end. Here «mañana» alone is "tomorrow".
conflict-confirm-morning = Te mandaré un empujoncito { $when ->
        [thismorning] esta mañana
       *[morning] mañana
    } alrededor de las { $time } para volver a conectar.
# As conflict-confirm-morning, when the tapped button said "later today" but it is now too
# close to quiet hours.
conflict-confirm-too-late = Ya se está haciendo tarde, así que te mandaré un empujoncito { $when ->
        [thismorning] esta mañana
       *[morning] mañana
    } alrededor de las { $time } para volver a conectar.
conflict-follow-up-already = Ya tienes programado un recordatorio para volver a conectar.
