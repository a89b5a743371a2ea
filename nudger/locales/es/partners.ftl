# Linking with the partner: /invite, the invitation the partner opens, /partner (a short quiz
# about oneself, what helps), /unlink. Every message may use { $partner } (for the person
# reading: the name they know their linked partner by) and { $gender } (she, he or name).
#
# Rules for these words: no pressure, ever. Declining and unlinking are as easy and as
# welcome as joining, and nothing said afterwards blames anyone. What is shared is named
# exactly; what is never shared is said plainly.
#
# Spanish: the link is «la vinculación» (to link: «vincularse»; to unlink: «deshacer la
# vinculación»), never «vínculo», which would sound like the relationship itself. No
# participle about either person («vinculado», «seguro», «querido»): the state is said of
# the link («la vinculación está activa»), and the two sides are «ninguna de las dos
# partes», «cada parte», «cada cual» (never «ambos», «los dos», «nosotros», vosotros or
# ustedes). $name's gender is unknown and never passed: no pronoun, adjective or past
# participle refers to it (so «la invitación es de { $name }», not «{ $name } le invita»).
# No message needs a $gender selector: «le», «su» and the verbs are neutral.

## /invite

partners-invite-ask-name =
    Voy a crear un enlace personal para { $partner }. Cuando { $partner } lo abra, le diré de quién es, le explicaré qué es nudger y qué se comparte al vincularse, y podrá decidir si se vincula o prefiere decir «no, gracias».

    ¿Qué nombre quieres que aparezca en la invitación? Toca el botón o envía /invite con otro nombre, por ejemplo /invite Alex.
# When Telegram told us no first name to offer.
partners-invite-ask-name-typed =
    Voy a crear un enlace personal para { $partner }. Cuando { $partner } lo abra, le diré de quién es, le explicaré qué es nudger y qué se comparte al vincularse, y podrá decidir si se vincula o prefiere decir «no, gracias».

    ¿Qué nombre quieres que aparezca en la invitación? Envía /invite con ese nombre, por ejemplo /invite Alex.
# $name: the sender's first name on Telegram.
partners-invite-use-name-button = Mostrar «{ $name }»
partners-invite-bad-name = Ese nombre no sirve para una invitación. Usa de 1 a 40 caracteres en una sola línea, por ejemplo /invite Alex.
partners-invite-needs-username = Ahora mismo no puedo crear el enlace porque todavía no conozco mi propio nombre de usuario de Telegram. Vuelve a probar /invite en un minuto.
# $link: the personal link; $name: the name it shows; $days: how long it works (7).
partners-invite-link =
    Aquí tienes tu enlace personal para { $partner }:

    { $link }

    Reenvía este mensaje o copia el enlace. Sirve una sola vez y es válido durante { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }; si vuelves a enviar /invite, se sustituye por uno nuevo.

    Envíalo solo a { $partner }: quien lo abra primero podrá vincularse contigo. Cuando { $partner } lo abra, verá que la invitación es de { $name } y qué se comparte exactamente al vincularse. La decisión de vincularse o no es solo suya.
partners-invite-share-button = Enviar el enlace
# The text Telegram's share sheet puts beside the link (the inviter sends it; $name: their name).
# Spanish: «A { $name } le gustaría…» needs no gender for $name.
partners-invite-share-text = A { $name } le gustaría vincularse contigo en nudger, pero solo si tú quieres. El enlace explica qué se comparte y qué no se comparte nunca.
partners-already-linked =
    La vinculación con { $partner } ya está activa. Con /partner ves qué se comparte, y con /unlink la deshaces.

## The invitation, as the partner sees it after opening the link ($name: who invited them)

partners-welcome =
    ¡Hola! { $name } te invita a vincularte con su cuenta de nudger.

    nudger le envía a { $name } empujoncitos: pequeñas ideas, en momentos elegidos, para demostrar cariño, como decir una cosa concreta que valoró hoy.

    Si te vinculas, puedes hacer esto, solo si quieres y cuando quieras:
    • hacer un cuestionario breve sobre ti y compartir el resultado con { $name }: solo el nombre del estilo, nunca tus respuestas
    • elegir hasta tres formas de cariño que te hacen sentir que te quieren y contarle a { $name } cuáles son, para que sus empujoncitos vayan más en esa línea
    • recibir tus propios empujoncitos con /start

    Elijas lo que elijas, nunca se comparte nada de esto: tus respuestas, tus empujoncitos, lo que marcas en ellos, tus resúmenes, tus pausas ni tus ajustes. Nunca te diré qué dicen los empujoncitos de { $name } ni si alguno trataba sobre ti.

    Puedes decir que no sin ningún problema: no guardaré nada sobre ti, y a { $name } solo le diré que por ahora prefieres no vincularte. Si te vinculas, puedes deshacerlo cuando quieras con /unlink.
partners-join-button = Sí, vincularme
partners-decline-button = No, gracias
# $days: how long a link works (7).
partners-link-expired = Esta invitación ya no es válida: los enlaces solo sirven durante { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }. Si quieres vincularte, pide uno nuevo.
partners-link-unknown = Este enlace no funciona: ya se usó, se sustituyó por otro más reciente o está incompleto. Si quieres vincularte, pide uno nuevo.
partners-link-own = Esta es tu propia invitación. Envíasela a { $partner }; cuando la abra, podrá decidir si se vincula.
partners-too-many-tries = Demasiados enlaces que no funcionaron. Espera una hora y vuelve a intentarlo.
partners-linked-elsewhere = Ya tienes una vinculación activa con { $partner }. Solo puedes vincularte con una persona a la vez; para empezar otra, primero deshaz la actual con /unlink.

## Joining or declining

partners-joined =
    La vinculación con { $partner } ya está activa. No se comparte nada hasta que tú lo decidas.

    Cuando quieras, puedes contarle a { $partner } un poco de lo que te ayuda, con los botones de abajo o más adelante con /partner. Con /start configuras tus propios empujoncitos, y con /unlink deshaces la vinculación.
partners-joined-notice = Vinculación activa
# To the inviter ($partner: their partner).
partners-partner-joined =
    { $partner } aceptó tu invitación: la vinculación ya está activa. Si decide compartir su estilo o lo que le ayuda, te lo diré y tus empujoncitos lo tendrán en cuenta.

    Ninguna de las dos partes ve nunca los empujoncitos, las respuestas ni los resúmenes de la otra. Si quien se vinculó no fue { $partner }, con /unlink deshaces la vinculación.
partners-declined = No pasa nada. No guardé nada sobre ti. Si algún día cambias de opinión, { $partner } puede enviarte un enlace nuevo.
partners-declined-notice = No, gracias
# To the inviter.
partners-partner-declined = { $partner } prefiere no vincularse por ahora, y no pasa nada. Tus empujoncitos siguen igual que antes.

## /partner: what each of you shares

partners-not-linked = No tienes ninguna vinculación con tu pareja. Si quieres, /invite crea un enlace personal que puedes enviarle.
# $since: the date the link began ("5 dic").
partners-hub-intro = La vinculación con { $partner } está activa desde el { $since }.
partners-hub-yours = Lo que compartes con { $partner }:
# $style: a style's name.
partners-hub-style-shared = • tu estilo, según el cuestionario sobre ti: { $style }
partners-hub-style-private = • nada sobre tu estilo: el resultado de tu cuestionario ({ $style }) es solo para ti
partners-hub-style-none = • nada sobre tu estilo (aún no hiciste el cuestionario sobre ti)
# $kinds: the kinds of care picked, as a list.
partners-hub-helps-shared = • lo que te ayuda: { $kinds }
partners-hub-helps-private = • nada sobre lo que te ayuda: lo que elegiste ({ $kinds }) es solo para ti
partners-hub-helps-none = • nada sobre lo que te ayuda (aún no elegiste nada)
partners-hub-theirs = Lo que { $partner } comparte contigo:
partners-hub-their-style = • su estilo: { $style }. Tus empujoncitos lo siguen.
# For someone who hasn't set up nudges of their own yet.
partners-hub-their-style-setup = • su estilo: { $style }. Cuando configures tus propios empujoncitos con /start, te lo propondré.
# $own: the style the reader chose themselves.
partners-hub-their-style-overridden = • su estilo: { $style }. Tus empujoncitos siguen el que elegiste tú: { $own }.
partners-hub-their-helps = • lo que le ayuda, para que tus empujoncitos vayan más en esa línea
partners-hub-nothing = • nada por ahora
partners-hub-never = Ninguna de las dos partes ve nunca los empujoncitos, las respuestas, los resúmenes, las pausas ni los ajustes de la otra.
partners-self-report-button = Hacer el cuestionario sobre mí
partners-helps-button = Lo que me ayuda
# $style: the style from the quiz about oneself, not shared yet.
partners-share-style-button = Compartir mi estilo ({ $style })
partners-stop-sharing-style-button = Dejar de compartir mi estilo
partners-follow-button = Volver al estilo de { $partner }
partners-unlink-button = Deshacer la vinculación

## The short quiz about oneself (ten statements, answered 1 to 7)
## Spanish: statements in the first person, with no adjective about «yo» and no
## «nosotros» («en la relación», «pasamos»); the scale answers «¿hasta qué punto te describe?».

# $count: how many statements follow (10).
self-intro =
    Te voy a mostrar { $count ->
        [one] { $count } afirmación breve
        [many] { $count } de afirmaciones breves
       *[other] { $count } afirmaciones breves
    } sobre ti en tu relación con { $partner }. En cada una, toca hasta qué punto te describe, del 1 al 7. Déjate llevar por tu primera impresión: no hay respuestas correctas.

    Primero verás tú el resultado. A { $partner } no le llega nada salvo que tú lo decidas, y en ese caso solo el nombre del estilo.
# $number: this statement's number; $total: how many (10); $statement: the statement.
self-question =
    Afirmación { $number } de { $total }

    { $statement }

    { self-scale-hint }
self-scale-hint = 1 = { self-anchor-1 } · 4 = { self-anchor-4 } · 7 = { self-anchor-7 }
self-anchor-1 = No me describe en absoluto
self-anchor-4 = En parte
self-anchor-7 = Me describe muy bien

self-item-anx-slow-reply = Cuando { $partner } tarda en contestar, empiezo a preocuparme pensando que algo va mal.
self-item-avo-step-back = Cuando la relación se vuelve muy cercana, una parte de mí quiere dar un paso atrás y tener algo de espacio.
self-item-anx-hear-it = Me siento mejor cuando { $partner } me dice a menudo que me quiere.
self-item-avo-comfort = Cuando paso por un momento de estrés o de desánimo, acudo a { $partner } en busca de consuelo.
self-item-anx-relaxed-apart = Mantengo la calma cuando pasamos un día o dos con poco contacto.
self-item-avo-alone = Prefiero resolver un problema por mi cuenta antes que pedirle ayuda a { $partner }.
self-item-anx-after-argument = Después de un desacuerdo, me preocupa que { $partner } pueda dejarme.
self-item-avo-open = Me resulta fácil decirle a { $partner } lo que siento y lo que necesito.
self-item-anx-sure-cared = Tengo claro que le importo a { $partner }, incluso cuando no me lo dice.
self-item-avo-tense-quiet = Cuando hay tensión en la relación, me quedo en silencio o quiero estar a solas.

self-stop-button = Detener
self-stopped = Cuestionario detenido. Tus respuestas no se guardaron y lo que compartes sigue igual. Con /partner puedes volver a empezarlo cuando quieras.
self-stopped-notice = Detenido
self-stale = Esa afirmación ya tiene respuesta.
self-result-intro = Esto es lo que sugieren tus respuestas sobre ti.
# What each result means for the person who answered, with the style's name (style-...).
self-result-secure = Las dos puntuaciones salen más bien bajas: parece que casi siempre te sientes a gusto, tanto en la cercanía como en el tiempo por separado. Es lo más parecido a la opción «{ style-secure }».
self-result-anxious = La preocupación sale más bien alta: puede que encuentres más calma en el contacto y en palabras claras que te den seguridad. Es lo más parecido a la opción «{ style-anxious }».
self-result-avoidant = La incomodidad con la cercanía sale más bien alta: puede que valores tu independencia y necesites algo de espacio cuando hay mucha cercanía o tensión. Es lo más parecido a la opción «{ style-avoidant }».
self-result-fearful = Las dos puntuaciones salen más bien altas: puede que anheles la cercanía y a la vez desconfíes de ella. Es lo más parecido a la opción «{ style-fearful }».
self-not-a-diagnosis = Esto es una orientación aproximada a partir de unas pocas respuestas, no un diagnóstico. Las personas cambian, y sentir seguridad al lado de alguien ayuda.
# $style: the result's name.
self-share-question = ¿Compartir «{ $style }» con { $partner }? Solo vería este nombre, nunca tus respuestas ni tus puntuaciones, y sus empujoncitos lo tendrían en cuenta. Puedes dejar de compartirlo cuando quieras en /partner.
self-share-button = Compartir con { $partner }
self-keep-button = No compartirlo
self-shared = Compartido: ahora { $partner } ve «{ $style }». Con /partner puedes dejar de compartirlo cuando quieras.
self-shared-notice = Compartido
self-kept = Queda solo para ti. Si quieres, con /partner puedes compartirlo más adelante.
self-kept-notice = Solo para ti
self-unshared = { $partner } ya no ve tu estilo, y sus empujoncitos vuelven al estilo que eligió.
self-unshared-notice = Ya no se comparte
# To the other side ($style: the style's name).
partners-style-shared-with-you = { $partner } hizo un cuestionario breve sobre cómo vive la relación y decidió compartir el resultado contigo: «{ $style }». Desde ahora, tus empujoncitos siguen ese estilo. Si prefieres elegirlo por tu cuenta, puedes hacerlo en /settings; { $partner } no recibe ningún aviso.
partners-style-shared-with-you-setup = { $partner } hizo un cuestionario breve sobre cómo vive la relación y decidió compartir el resultado contigo: «{ $style }». Cuando configures tus empujoncitos con /start, te lo propondré.
partners-style-unshared-with-you = { $partner } dejó de compartir su estilo. Tus empujoncitos vuelven a seguir el que elegiste tú.

## What helps (up to three kinds of care)
## Spanish: the help-kind-* labels are buttons in the reader's own voice, under 40
## characters; none starts with an «i» sound, because a list joins them with «y».

# $max: how many may be picked (3).
helps-intro = ¿Qué te hace sentir que te quieren o te da seguridad? Elige { $max } como máximo. Si lo compartes, { $partner } verá qué elegiste, y sus empujoncitos irán más en esa línea.
help-kind-reassurance = Oír que estamos bien
help-kind-appreciation = Sentir que me valoran
help-kind-affection = Cariño y calidez
help-kind-together = Tiempo en pareja, sin distracciones
help-kind-space = Tiempo para mí, sin dar explicaciones
help-kind-reliability = Saber que puedo contar con mi pareja
help-kind-view = Ver que mi punto de vista cuenta
help-kind-credit = Reconocimiento por lo que hago
help-kind-calm = Hablar con calma cuando no coincidimos
help-kind-support = Ayuda con las cosas del día a día
# A kind of care inside a sentence or list ($kind: its words), quoted so each one reads as one.
helps-quoted = «{ $kind }»
# A picked kind's button ($kind: its words).
helps-picked = ✓ { $kind }
helps-too-many = Como máximo { $max }: primero quita uno.
helps-pick-first = Primero elige al menos uno.
helps-share-button = Compartir con { $partner }
helps-keep-button = No compartir
helps-stop-sharing-button = Dejar de compartir
# $kinds: the kinds picked, as a list.
helps-shared = Compartido con { $partner }: { $kinds }. Sus empujoncitos irán más en esa línea.
helps-shared-notice = Compartido
helps-kept = Queda solo para ti. Si quieres, con /partner puedes compartirlo más adelante.
helps-unshared = { $partner } ya no ve lo que te ayuda.
# To the other side.
partners-helps-shared-with-you = { $partner } compartió lo que le ayuda a sentir tu amor y a tener seguridad: { $kinds }. Tus empujoncitos irán más en esa línea.
partners-helps-unshared-with-you = { $partner } dejó de compartir lo que le ayuda. Tus empujoncitos vuelven a elegir como antes.

## Choosing one's own style while following the partner's

# $style: the reader's own choice.
partners-style-overridden = Ahora tus empujoncitos siguen «{ $style }», el estilo que elegiste tú, en vez del que compartió { $partner }. { $partner } no recibe ningún aviso. Con /partner puedes volver a su estilo cuando quieras.
partners-following-again = Tus empujoncitos vuelven a seguir el estilo que compartió { $partner }: «{ $style }».

## /unlink

partners-unlink-question = ¿Deshacer la vinculación con { $partner }? Lo que compartió cada parte dejará de usarse, se borrarán el resultado de tu cuestionario y las formas de cariño que elegiste, y los empujoncitos de cada cual volverán a seguir sus propias elecciones. A { $partner } solo le diré que la vinculación terminó.
partners-unlink-confirm-button = Deshacer la vinculación
partners-unlink-keep-button = Mantenerla
partners-unlinked = La vinculación se deshizo. Ya no se usa nada de lo que se compartió.
partners-unlinked-notice = Vinculación deshecha
partners-unlink-kept = La vinculación sigue activa.
# To the other side, after /unlink or /delete.
partners-link-ended = La vinculación con { $partner } terminó. Tus empujoncitos siguen como antes, con tus propias elecciones.
