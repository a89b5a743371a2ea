# /quiz: twelve statements about the partner's behaviour, answered 1 to 7, and what the
# answers suggest. Every message may use { $partner } (the partner's name, or
# partner-unnamed) and { $gender } (she, he or name) where the language's grammar needs it.
# The quiz describes the partner gently: it is never a diagnosis.
# Spanish: a statement is an «afirmación»; the items avoid gendered adjectives about the
# partner (and about «yo», the user) by using verbs and nouns («mantiene la calma», «parece
# tener claro», «a solas»); only anx-ask-love needs a selector («la/lo quiero»).

## Before the first question

# $count: how many statements follow (12).
quiz-intro =
    Te voy a mostrar { $count ->
        [one] { $count } afirmación breve
        [many] { $count } de afirmaciones breves
       *[other] { $count } afirmaciones breves
    } sobre cosas que quizá hayas visto hacer o decir a { $partner }. En cada una, toca hasta qué punto describe a { $partner }, del 1 al 7. Déjate llevar por tu primera impresión: no hay respuestas correctas.

    Al final te mostraré lo que sugieren tus respuestas, y te preguntaré antes de cambiar nada.

## A question: its number, the statement, and what the ends and middle of the scale mean

# $number: this question's number (1-12); $total: how many there are (12);
# $statement: the statement (one of the quiz-item-... messages).
quiz-question =
    Pregunta { $number } de { $total }

    { $statement }

    { quiz-scale-hint }
# The buttons show only the numbers 1 to 7; this line says what 1, 4 and 7 mean.
# Spanish: answers to «¿hasta qué punto describe a { $partner }?».
quiz-scale-hint = 1 = { quiz-anchor-1 } · 4 = { quiz-anchor-4 } · 7 = { quiz-anchor-7 }
quiz-anchor-1 = Nada en absoluto
quiz-anchor-4 = En parte
quiz-anchor-7 = Muchísimo

## The statements, in the order asked. Each describes something the user may have seen
## the partner do; the user answers how much it sounds like them.

quiz-item-anx-slow-reply = Cuando tardo en contestar, { $partner } se preocupa pensando que algo va mal.
quiz-item-avo-change-subject = Cuando hablo de lo que siento sobre nuestra relación, { $partner } cambia de tema o contesta con pocas palabras.
quiz-item-anx-ask-love = { $gender ->
        [she] { $partner } me pregunta si todavía la quiero o si todavía quiero seguir con ella.
        [he] { $partner } me pregunta si todavía lo quiero o si todavía quiero seguir con él.
       *[name] { $partner } me hace preguntas como «¿Todavía me quieres?» o «¿Todavía quieres seguir conmigo?».
    }
quiz-item-avo-comfort = Cuando { $partner } pasa por un momento de estrés o de desánimo, acude a mí en busca de consuelo.
quiz-item-anx-after-argument = Después de un pequeño desacuerdo, { $partner } parece tener miedo de que me vaya de su lado.
quiz-item-avo-tense-quiet = Cuando hay tensión en la relación, { $partner } se queda en silencio o quiere estar a solas.
quiz-item-anx-relaxed-apart = { $partner } mantiene la calma cuando pasamos un día o dos con poco contacto.
quiz-item-avo-close-future = { $partner } parece incomodarse cuando la relación se vuelve muy cercana o cuando hablamos de nuestro futuro.
quiz-item-anx-small-signs = { $partner } nota pequeños cambios en mi estado de ánimo o en mis mensajes, y le preocupan.
quiz-item-avo-handle-alone = { $partner } prefiere resolver un problema por su cuenta antes que pedirme ayuda.
quiz-item-anx-sure-of-me = { $partner } parece tener claro que me importa, incluso cuando no se lo digo.
quiz-item-avo-open-feelings = { $partner } me dice abiertamente lo que siente y lo que necesita.

## The result: an intro, one line per dimension, what the style means, and a reminder
## that this is not a diagnosis

quiz-result-intro = Esto es lo que sugieren tus respuestas sobre { $partner }.
# One line per dimension. $level: "higher" or "lower" (above or below the middle of the
# scale); $score: the mean answer, 1.0 to 7.0, shown with one decimal ("4,2").
# Spanish: «más bien alta/baja» agrees with the feminine nouns before the colon.
quiz-result-anxiety = • Preocupación por el rechazo y necesidad de seguridad: { $level ->
        [higher] más bien alta
       *[lower] más bien baja
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } de 7)
quiz-result-avoidance = • Incomodidad con la cercanía y necesidad de independencia: { $level ->
        [higher] más bien alta
       *[lower] más bien baja
    } ({ NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) } de 7)
# What each result means, and the style's name as its button says it (style-...).
quiz-result-secure =
    Las dos puntuaciones salen más bien bajas. { $partner } parece estar a gusto casi siempre, tanto en la cercanía como en el tiempo por separado.
    Es lo más parecido a la opción «{ style-secure }». Con esa opción, los empujoncitos se centran en pequeños detalles cotidianos, atención y aprecio, que le sientan bien a cualquiera.
quiz-result-anxious =
    La preocupación sale más bien alta. Puede que { $partner } tenga miedo a la decepción o al abandono, y que encuentre calma en el contacto y en palabras claras que le den seguridad.
    Es lo más parecido a la opción «{ style-anxious }». Con esa opción, los empujoncitos se centran en dar seguridad con claridad, en palabras de compromiso, en un aprecio cálido y en el cariño.
quiz-result-avoidant =
    La incomodidad con la cercanía sale más bien alta. Puede que { $partner } valore su independencia y tome un poco de distancia cuando hay mucha cercanía o tensión.
    Es lo más parecido a la opción «{ style-avoidant }». Con esa opción, los empujoncitos se centran en mostrar que eres de fiar, respetar su espacio, tomarte en serio su punto de vista, reconocer lo que hace y mantener la calma en los desacuerdos.
quiz-result-fearful =
    Las dos puntuaciones salen más bien altas. Puede que { $partner } anhele la cercanía y a la vez desconfíe de ella, así que quizá se acerque y luego tome distancia.
    Es lo más parecido a la opción «{ style-fearful }». Con esa opción, los empujoncitos se centran en las ideas más suaves de cada lado: seguridad constante, con espacio para respirar y sin presión.
quiz-not-a-diagnosis = Esto es una orientación aproximada a partir de unas pocas cosas que notaste, no un diagnóstico. Las personas cambian, y sentir seguridad al lado de alguien ayuda.

## After the result: switch the nudges to the result's style, or keep them

# $style: the result's style name (style-...); $current: the style set now.
quiz-save-question = Ahora tus empujoncitos siguen el estilo «{ $current }». ¿Los cambio a «{ $style }»? Puedes volver a cambiarlo cuando quieras con /quiz o /start.
# $style: the style name (style-...).
quiz-switch-button = Sí, cambiar a { $style }
quiz-keep-button = No, dejarlo como está
# $style: the style name (style-...).
quiz-switched = Hecho. Tus empujoncitos para { $partner } ahora siguen «{ $style }».
quiz-switched-notice = Cambiado
quiz-kept = De acuerdo, no cambió nada. Tus empujoncitos siguen como estaban.
quiz-kept-notice = Sin cambios
# The result is the style already set. $style: its name (style-...).
quiz-same-style = Coincide con lo que elegiste antes («{ $style }»), así que tus empujoncitos siguen igual.

## In setup (the quiz answers the style question)

# $style: the result's style name (style-...).
quiz-onboarding-question = ¿Uso «{ $style }» para tus empujoncitos o mantengo «{ style-unknown }» (ideas amables que le sientan bien a cualquiera)? Puedes cambiarlo más adelante con /quiz o /settings.
# $style: the result's style name (style-...).
quiz-use-button = Usar { $style }
quiz-keep-not-sure-button = Mantener «{ style-unknown }»
quiz-skip-button = Saltar y mantener «{ style-unknown }»
quiz-skipped-in-setup = Cuestionario saltado. Por ahora seguimos con «{ style-unknown }».
quiz-skipped-notice = Saltado
quiz-finish-setup-first = Primero terminemos la configuración. En la pregunta del estilo, toca «{ style-unknown }» para hacer el cuestionario.

## Stopping, and taps or text that don't fit

quiz-stop-button = Detener el cuestionario
quiz-stopped = Cuestionario detenido. No cambió nada; puedes volver a hacerlo cuando quieras con /quiz.
quiz-stopped-notice = Detenido
# A tap on a question that is no longer the open one (an old message, a double tap).
quiz-stale-answer = Esa pregunta ya no está activa.
quiz-over = Ese cuestionario ya terminó. Envía /quiz para hacerlo de nuevo.
quiz-typed-during = Estamos en pleno cuestionario: responde con los botones del 1 al 7 que hay debajo de la última pregunta, o toca «{ quiz-stop-button }».
quiz-typed-after = El cuestionario ya terminó. Usa los botones de mi último mensaje para cambiar tus empujoncitos o dejarlos como están («{ quiz-keep-button }»).
