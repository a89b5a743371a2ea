# nudger prompt catalog, Spanish (es). Translated from locales/en/prompts.ftl.
#
# One message per prompt; its id is the id in config/prompts.toml and never changes.
# The value is the action; .why is the reason. { $partner } is the partner's name as
# the user typed it; { $gender } is she, he or name (the default: no gendered forms).
# Address: tú, neutral Spanish for Spain and Latin America. Never gender the user.

anx-reassurance-01 = Mándale hoy a { $partner } un mensaje corto, sin ningún otro motivo, solo para decirle que te alegra estar a su lado.
    .why = Si a tu pareja le inquieta el vínculo, que le demuestres tu amor con claridad y sin que lo pida le da más seguridad.

anx-reassurance-02 = { $gender ->
        [she] Esta noche, antes de dormirte, dile a { $partner } que la quieres y que nada de lo que pasó hoy cambia eso.
        [he] Esta noche, antes de dormirte, dile a { $partner } que lo quieres y que nada de lo que pasó hoy cambia eso.
       *[name] Esta noche, antes de dormirte, dile a { $partner }: «Te quiero, y nada de lo que pasó hoy cambia eso».
    }
    .why = Oír que tu amor no depende de cómo fue el día es esa seguridad incondicional que serena a quien tiende a preocuparse.

anx-reassurance-03 = Si hoy no vas a poder contestar o cambian los planes, avisa a { $partner } con tiempo y dile cuándo volverás a estar en contacto.
    .why = Quien encuentra calma en el contacto y en las palabras de apoyo se preocupa menos si sabe cuándo tendrá noticias tuyas.

anx-reassurance-04 = { $gender ->
        [she] Dile hoy a { $partner }, con tus propias palabras, que la quieres tal como es, en sus días buenos y en los difíciles.
        [he] Dile hoy a { $partner }, con tus propias palabras, que lo quieres tal como es, en sus días buenos y en los difíciles.
       *[name] Dile hoy a { $partner }, con tus propias palabras, que te encanta tal como es, en sus días buenos y en los difíciles.
    }
    .why = Confirmar con claridad un amor incondicional es una de las formas más directas de dar seguridad a tu pareja.

anx-reassurance-05 = Antes de que empiece la jornada, mándale a { $partner } un mensaje rápido, algo como «¡Qué ganas de verte luego!».
    .why = Decir que tienes ganas del reencuentro es una forma sencilla y clara de dar seguridad, y alivia la preocupación en las horas de distancia.

anx-reassurance-06 = Si esta noche { $partner } te pregunta si pasa algo, responde con claridad y cariño; y si no pasa nada, díselo con calidez.
    .why = Una respuesta clara y amable ya da seguridad, y deja menos espacio para que crezca la preocupación.

anx-reassurance-07 = Si la tarde se te complica, mándale a { $partner } un mensaje de una línea para avisar y decir cuándo podrás hablar con calma; luego, cúmplelo.
    .why = Un aviso breve convierte el silencio en tranquilidad, y así un día ajetreado no se confunde con distancia.

anx-reassurance-08 = Hoy, cuando respondas a los mensajes de { $partner }, añade una frase cariñosa en al menos uno de ellos, en vez de contestar con una sola palabra.
    .why = Las pequeñas muestras de cariño en el trato diario dan una seguridad constante a una pareja a la que le preocupa el vínculo.

anx-reassurance-12 = Si hoy notas que { $partner } duda de ti, dile con sencillez que estás aquí y que no te vas a ir a ninguna parte.
    .why = Decir sin rodeos que te quedas confirma con claridad tu compromiso, y eso alivia la preocupación por el vínculo.

anx-reassurance-13 = Si hoy hablas poco o andas con la cabeza en otra parte cuando estás con { $partner }, explícale en pocas palabras: «Es por mi día, no por ti».
    .why = Explicar tu silencio antes de que se malinterprete da seguridad: a quien tiende a preocuparse le ahorra tener que adivinar.

anx-reassurance-14 = Si esta noche no vas a estar con { $partner }, mándale un mensajito de buenas noches: «Estoy pensando en ti».
    .why = Unas palabras cariñosas para cerrar el día dan la seguridad de que la cercanía se mantiene aunque haya distancia.

anx-reassurance-15 = Si hoy { $partner } te pide perdón por algo pequeño, como llegar con retraso u olvidar alguna cosa, dile con cariño que no pasa nada.
    .why = Responder con cariño a los pequeños despistes le confirma a tu pareja que tu amor no depende de hacerlo todo bien.

anx-commitment-01 = Coméntale hoy a { $partner } algún plan para los próximos meses, un viaje, una temporada o una tradición, y dile que quieres vivirlo a su lado.
    .why = Hablar de un futuro en común transmite un compromiso que continúa, y eso le da a tu pareja seguridad en la relación.

anx-commitment-02 = Esta noche, dile a { $partner } una razón por la que sigues eligiendo esta relación.
    .why = Expresar emociones que transmiten compromiso es una de las formas de aliviar la preocupación de tu pareja por la relación.

anx-commitment-03 = Esta mañana, propón a { $partner } una fecha para salir a cenar o a tomar algo y, cuando le parezca bien, anótala en tu agenda.
    .why = Un plan concreto que luego cumples demuestra un compromiso constante con más claridad que una promesa vaga.

anx-commitment-04 = Si últimamente tuviste un momento difícil con { $partner }, dile hoy que un mal día no cambia tu compromiso con la relación.
    .why = Oír que el compromiso se mantiene en los momentos difíciles le da a tu pareja, con el tiempo, más seguridad en la relación.

anx-commitment-05 = Este fin de semana, propón a { $partner } un pequeño plan para la semana que viene, como dar un paseo o salir a comer, y anótalo en la agenda.
    .why = Los pequeños planes que se hacen en pareja y se cumplen son señales cotidianas de un compromiso que sigue.

anx-commitment-06 = Esta noche, pregúntale a { $partner } qué espera con más ganas de este año, y cuéntale qué partes te encantaría vivir a su lado.
    .why = Decir que quieres compartir lo que viene expresa un compromiso con la relación que sigue en pie.

anx-commitment-07 = Cuéntale hoy a { $partner } algo cotidiano que te imaginas compartiendo dentro de muchos años, como los cafés sin prisa de los domingos.
    .why = Imaginar en voz alta un futuro en común expresa emociones que transmiten compromiso, y eso alivia la preocupación por el vínculo.

anx-commitment-08 = Si le dijiste a { $partner } que hoy llamarías o escribirías a cierta hora, hazlo puntualmente, aunque sea solo un minuto.
    .why = Cumplir las pequeñas promesas es compromiso hecho acción, y ayuda a tu pareja a confiar en que te quedas.

anx-commitment-11 = Habla hoy con { $partner } de algo que te gustaría construir en pareja este año, como unos ahorros, un jardín o una habilidad nueva, y pregúntale qué añadiría.
    .why = Tener metas en común para el futuro expresa un compromiso que continúa, y eso da a tu pareja seguridad en la relación.

anx-commitment-12 = Hoy, pídele a { $partner } su opinión sobre una decisión de pareja, como una compra o unas vacaciones, y que la última palabra sea compartida.
    .why = Decidir en pareja es compromiso hecho acción: le dice a la otra persona que forma parte de tu futuro.

anx-commitment-13 = Esta noche, recuérdale a { $partner } una etapa difícil que superaste a su lado, y dile que, si llega otra, también elegirías afrontarla en su compañía.
    .why = Las palabras de compromiso para los momentos difíciles, y no solo para los buenos, dan a tu pareja seguridad en la relación.

anx-commitment-14 = Este fin de semana, propón a { $partner } empezar una pequeña tradición, como un paseo cada semana o una sesión de cine en casa, y dile que te gustaría mantenerla.
    .why = Un pequeño ritual que se mantiene en pareja es una señal cotidiana de un compromiso que sigue.

anx-positive-regard-01 = Dile a { $partner } algo concreto que admiras de cómo resolvió una situación hace poco.
    .why = Si tu pareja se juzga con dureza, destacar lo que más valoras de su persona le da estabilidad.

anx-positive-regard-02 = Déjale a { $partner } una nota donde la encuentre esta mañana, con una cualidad suya que te encanta.
    .why = Decir con sencillez lo que valoras de tu pareja da seguridad a quien duda de sí y le hace sentir que se le valora.

anx-positive-regard-03 = Esta noche, dile a { $partner } algo suyo de lo que presumirías con gusto delante de tus amistades.
    .why = Destacar lo que valoras de tu pareja es una forma directa de hacer visible tu valoración positiva.

anx-positive-regard-04 = Si hoy { $partner } se juzga con dureza, menciónale algo que hizo bien, sin discutirle lo que siente.
    .why = Una valoración positiva, cálida y ofrecida con suavidad, ayuda a quien se mira con dureza a sentir tu aprecio.

anx-positive-regard-05 = Si a { $partner } le espera un día exigente, dile esta mañana una fortaleza suya que sabes que le va a ayudar.
    .why = Señalar las fortalezas que ves en tu pareja es una valoración positiva que da firmeza a quien duda de sí.

anx-positive-regard-06 = Dile a { $partner } de qué manera ha mejorado tu vida desde que se cruzó en tu camino.
    .why = Decirle a tu pareja cómo ha mejorado tu vida resalta tu valoración positiva y le ayuda a sentir cuánto vale para ti.

anx-positive-regard-07 = Este fin de semana, señala algo que { $partner } hizo, arregló o eligió y que te encanta, y dile qué es lo que te gusta.
    .why = Un elogio concreto hace tangible tu valoración positiva y ayuda a quien duda de sí a sentir que vale.

anx-positive-regard-08 = Esta tarde, mándale a { $partner } un mensaje sobre algo que dijo o hizo hace poco y que te llenó de orgullo.
    .why = Compartir el orgullo que sientes resalta tu valoración positiva y ayuda a quien se juzga con dureza a sentir que vale.

anx-positive-regard-09 = Pídele hoy consejo a { $partner } sobre algo y dile por qué confías en su criterio.
    .why = Buscar su punto de vista y explicar por qué lo valoras es una forma de valoración positiva que ayuda a quien duda de sí a sentirse capaz.

anx-positive-regard-10 = Hoy, cuando { $partner } te cuente una idea o un plan, empieza diciendo qué te gusta, antes de hacer cualquier pregunta.
    .why = Empezar por lo que valoras de sus ideas resalta tu valoración positiva y ayuda a quien duda de sí a sentirse capaz.

anx-positive-regard-11 = Dile hoy a { $partner } algo suyo que te atrae más allá del físico, como su forma de reír o de escuchar.
    .why = Decir qué te atrae resalta tu valoración positiva y ayuda a quien duda de sí a sentir que de verdad te gusta.

anx-positive-regard-12 = Antes de dormir, dile a { $partner } algo que hizo hoy y que te gustó ver, por pequeño que sea.
    .why = Fijarte cada día en las pequeñas cosas buenas de tu pareja es una forma constante de resaltar tu valoración positiva.

anx-positive-regard-13 = Pídele a { $partner } que te enseñe algo que domina, como una habilidad, un juego o parte de su trabajo, y dile qué te impresiona.
    .why = El interés sincero por lo que hace bien resalta tu valoración positiva y le hace sentir tu aprecio.

anx-gratitude-01 = Dale hoy las gracias a { $partner } por algo concreto que hizo por ti esta semana, y dile en qué te ayudó.
    .why = Recibir gratitud de la pareja ayuda a quien se preocupa por la relación a sentirse más a gusto en ella.

anx-gratitude-02 = Escríbele a { $partner } una nota de agradecimiento de tres líneas por algo que hace a menudo y que suele pasar desapercibido.
    .why = Con el tiempo, la gratitud frecuente puede aliviar la preocupación de tu pareja por la relación.

anx-gratitude-03 = Dale hoy las gracias a { $partner } delante de alguien más, como una amistad, un familiar o tus hijos, por algo que hizo.
    .why = La gratitud expresada abiertamente le muestra a tu pareja cuánto se le valora, y eso le da satisfacción y seguridad.

anx-gratitude-04 = Esta noche, recuérdale a { $partner } una vez en que te ayudó a superar algo difícil, y dale las gracias por ello.
    .why = El apoyo y la gratitud de la pareja ayudan, con el tiempo, a que quien se preocupa encuentre más satisfacción y seguridad.

anx-gratitude-05 = Al terminar la jornada, dale las gracias a { $partner } por algo de lo que se encargó hoy, grande o pequeño.
    .why = La gratitud cotidiana de la pareja ayuda a quien se preocupa por el vínculo a sentirse más a gusto en él.

anx-gratitude-06 = Este fin de semana, durante el desayuno, cuéntale a { $partner } un momento de esta semana que agradeces haber vivido a su lado.
    .why = Agradecer el tiempo compartido, y no solo las tareas hechas, le hace sentir a tu pareja que vale y le da más seguridad.

anx-gratitude-07 = Dale hoy las gracias a { $partner } por algo de su forma de ser, como su paciencia o su sentido del humor, y no solo por algo que hizo.
    .why = Agradecer cómo es tu pareja muestra un aprecio que no depende de lo que haga, y eso alivia la preocupación por el vínculo.

anx-gratitude-08 = Esta tarde, mándale un mensaje a { $partner } para agradecerle su apoyo con algo que estás atravesando.
    .why = Reconocer el apoyo que te da es una forma de gratitud que le da a tu pareja seguridad y la certeza de que se le valora.

anx-gratitude-10 = Mándale hoy a { $partner } un mensaje para agradecerle algo que te dijo hace poco y que se te quedó grabado.
    .why = Agradecer sus palabras, y no solo sus actos, demuestra que escuchas y valoras a tu pareja, y eso alivia la preocupación por el vínculo.

anx-gratitude-11 = Cuéntale hoy a { $partner } cómo habría sido tu semana sin algo que hizo, y dale las gracias por ello.
    .why = Mostrar cuánto importó su ayuda hace concreta la gratitud, y eso le da a tu pareja más satisfacción y seguridad.

anx-gratitude-12 = Esta noche, durante la cena, dale las gracias a { $partner } por algo que hizo por personas que quieres, como tu familia o tus amistades.
    .why = Agradecer el cariño que muestra a la gente de tu vida le hace sentir a tu pareja que vale y le da más seguridad.

anx-gratitude-13 = Esta mañana, antes de que empiece el ajetreo, dale las gracias a { $partner } por algo que te hace más fáciles las mañanas.
    .why = Las pequeñas gracias de cada día ayudan a quien se preocupa por el vínculo a sentirse más a gusto en él.

anx-closeness-01 = Si { $partner } ha tenido un día estresante, ofrécele un abrazo o tu mano, y deja que te diga que sí o que no.
    .why = Calmar el malestar con el contacto físico, cuando es bienvenido, le da a tu pareja seguridad y tranquilidad.

anx-closeness-02 = Esta mañana, antes de salir, ofrécele a { $partner } un abrazo de despedida sin prisas, si tiene ganas.
    .why = El contacto suave y bienvenido es una de las formas de calmar la preocupación y mostrar que sigues cerca.

anx-closeness-03 = A mediodía, mándale a { $partner } un mensaje solo para saludar y preguntarle cómo le va el día.
    .why = El contacto cálido y regular ayuda a quien encuentra calma en la cercanía a sentirse en conexión durante el día.

anx-closeness-04 = Esta noche, cuando estés charlando o viendo algo con { $partner }, siéntate cerca y pregúntale si quiere que le pases el brazo por los hombros.
    .why = La cercanía física que se ofrece, y no se da por hecha, puede calmar el malestar y dar seguridad a tu pareja.

anx-closeness-05 = Hoy, cuando coincidas en casa con { $partner }, dedícale toda tu atención los primeros cinco minutos y ofrécele un abrazo, si quiere.
    .why = Un reencuentro cálido, con el contacto ofrecido y no dado por hecho, calma la preocupación acumulada durante la separación.

anx-closeness-06 = Este fin de semana, proponle a { $partner } una mañana tranquila para compartir, con un desayuno largo o un paseo corto, lo que más le guste.
    .why = El tiempo compartido sin prisas y en cercanía da seguridad a quien encuentra calma en el contacto.

anx-closeness-07 = Cuando hoy algo te recuerde a { $partner }, saca una foto y mándasela con una línea: «Me hizo pensar en ti».
    .why = Las pequeñas señales de que piensas en tu pareja mantienen el contacto cálido y alivian la preocupación cuando hay distancia.

anx-closeness-08 = { $gender ->
        [she] Si esta noche notas a { $partner } tensa, ofrécele un masaje en los hombros o en las manos, y tómatelo con cariño si prefiere que no.
        [he] Si esta noche notas a { $partner } tenso, ofrécele un masaje en los hombros o en las manos, y tómatelo con cariño si prefiere que no.
       *[name] Si esta noche notas tensión en { $partner }, ofrécele un masaje en los hombros o en las manos, y tómatelo con cariño si prefiere que no.
    }
    .why = Calmar el malestar con el contacto ayuda cuando es bienvenido; por eso importa tanto ofrecerlo como respetar la respuesta.

anx-closeness-09 = Este fin de semana, acompaña a { $partner } en algo que disfrute hacer, y dile que te encanta hacerlo a su lado.
    .why = El tiempo compartido, con palabras cálidas, le confirma a tu pareja que eliges estar cerca.

anx-closeness-12 = Hoy, la próxima vez que te cruces con { $partner } en casa, detente un momento y ofrécele un abrazo o una caricia en la mano, si le gusta la idea.
    .why = Los pequeños gestos de contacto a lo largo del día, cuando son bienvenidos, calman la preocupación y muestran que sigues cerca.

anx-closeness-13 = Esta noche, proponle a { $partner } un paseo corto y tranquilo, y pregúntale si quiere ir de la mano.
    .why = El tiempo sin prisas a su lado, con el contacto ofrecido y no dado por hecho, calma la preocupación y mantiene la cercanía.

anx-closeness-14 = Si esta tarde no estás cerca, llama a { $partner } unos minutos en vez de escribirle, solo para oír su voz.
    .why = Oír tu voz es un contacto cálido y directo que acompaña durante el día a quien encuentra calma en la cercanía.

anx-closeness-15 = Proponle a { $partner } un pequeño ritual de contacto para los días de distancia, como un mensaje a una hora fija o una llamada de camino a casa, y empieza hoy.
    .why = Un ritmo de contacto previsible calma la preocupación cuando hay distancia y ayuda a tu pareja a sentir cercanía.

anx-reassurance-09 = Ahora que las cosas se han calmado, mándale a { $partner } un mensaje corto diciéndole que no pasa nada por el desacuerdo y que te sigue alegrando estar a su lado.
    .why = Tras un momento tenso, confirmar con claridad que tu amor sigue ahí devuelve la seguridad a quien se preocupa por el vínculo.

anx-reassurance-10 = { $gender ->
        [she] Esta noche, dile a { $partner } con palabras sencillas que la quieres y que un momento tenso no cambia eso.
        [he] Esta noche, dile a { $partner } con palabras sencillas que lo quieres y que un momento tenso no cambia eso.
       *[name] Esta noche, dile a { $partner } con palabras sencillas: «Te quiero, y un momento tenso no cambia eso».
    }
    .why = Confirmar un amor incondicional poco después de un roce calma el miedo a que la relación esté en peligro.

anx-reassurance-11 = Si aún necesitas tiempo para serenarte, dile a { $partner } cuándo vas a retomar el contacto y, llegado ese momento, cumple.
    .why = Saber cuándo volverás a dar señales tranquiliza a quien teme que el espacio tras un desacuerdo signifique distancia.

anx-commitment-09 = Antes de dormir, dile a { $partner }: «Somos un equipo, y esto lo vamos a resolver».
    .why = Las palabras que transmiten compromiso después de un desacuerdo ayudan a tu pareja a sentir que la relación está a salvo.

anx-commitment-10 = Ahora que las cosas se han calmado, haz con { $partner } un plan normal y corriente para mañana o para el fin de semana, y así demuestras que la tensión no cambia lo previsto.
    .why = Un plan concreto poco después de un roce demuestra que tu compromiso sigue, y eso puede tranquilizar más que las palabras solas.

anx-gratitude-09 = Ahora que las aguas han vuelto a su cauce, dale las gracias a { $partner } por algo cotidiano que hizo por ti, para que sienta que tu aprecio sigue intacto tras el momento tenso.
    .why = La gratitud poco después de un desacuerdo le confirma a tu pareja que tu aprecio no ha cambiado.

anx-closeness-10 = Esta noche, siéntate unos minutos con { $partner } y ofrécele un abrazo o tu mano, si quiere.
    .why = Calmar el malestar con el contacto, cuando es bienvenido, ayuda a tu pareja a sentir que el vínculo está a salvo tras un desacuerdo.

anx-closeness-11 = La próxima vez que estés con { $partner }, dedícale un rato con toda tu atención: el teléfono lejos, de frente, escuchando sin prisa por arreglar nada ni por defenderte.
    .why = Una presencia tranquila y atenta después de un roce calma la preocupación y demuestra que sigues cerca.

avo-trust-01 = Elige algo pequeño que { $partner } te pidió hace poco y hazlo hoy, sin que te lo tenga que recordar.
    .why = Cumplir de forma discreta y constante demuestra que eres de fiar, y eso ayuda a relajarse a quien valora su independencia.

avo-trust-02 = Guarda para ti algo que { $partner } te contó en confianza, y no vuelvas a sacar el tema si no lo hace primero.
    .why = Guardar lo que te confía demuestra que se puede confiar en ti, y así le resulta más fácil abrirse a su propio ritmo.

avo-trust-03 = Si hoy vas a llegar con retraso o cambian tus planes, díselo a { $partner } lo antes posible, con claridad y sin dramas.
    .why = Avisar con honestidad y de forma previsible demuestra que eres de fiar, y tu pareja tiene menos motivos para estar en guardia.

avo-trust-04 = Si esta semana le prometiste algo a { $partner }, como hacer un arreglo o reservar mesa, termínalo hoy y coméntale sin más que ya está hecho.
    .why = Cumplir lo prometido sin alardes demuestra que eres de fiar y le muestra a tu pareja que puede contar contigo.

avo-trust-05 = Si esta noche { $partner } te cuenta algo que le preocupa, escucha con calma y deja en sus manos si el tema vuelve a salir.
    .why = Responder con calma y serenidad cuando te cuenta algo le muestra que puede apoyarse en ti, y eso construye confianza con el tiempo.

avo-trust-06 = Esta mañana, cuéntale a { $partner } tus planes del día en una o dos frases, para que sepa qué esperar sin tener que preguntar.
    .why = Ser transparente y previsible demuestra que eres de fiar sin pedirle nada a cambio.

avo-trust-07 = Si no puedes hacer algo que acordaste con { $partner }, díselo enseguida y propón otro momento, sin dar largas explicaciones.
    .why = Avisar pronto y con honestidad cuando un plan se tuerce muestra que se puede contar contigo, y eso construye confianza.

avo-trust-08 = Este fin de semana, encárgate de principio a fin de una tarea de la casa que acordaste con { $partner } que te tocaba, sin que te lo pida.
    .why = Hacer tu parte con fiabilidad demuestra que se puede contar contigo, y eso ayuda a confiar a quien valora su independencia.

avo-trust-09 = Hoy, trata a { $partner } delante de otras personas con el mismo respeto que en casa: nada de bromas ni anécdotas a su costa.
    .why = Ser la misma persona en público y en privado demuestra que eres de fiar.

avo-trust-10 = Si tuviste un pequeño descuido que afecta a { $partner }, como una factura sin pagar o una taza rota, cuéntaselo hoy de tu propia boca, con sencillez y calma.
    .why = Reconocer los pequeños errores antes de que salgan a la luz muestra tu honestidad y demuestra que eres de fiar.

avo-trust-11 = Recuerda algo que { $partner } te haya dicho que no le gusta, como los planes sorpresa o cierto apodo, y asegúrate de que hoy no pase.
    .why = Recordar y respetar lo que te ha dicho muestra que escuchas y que se puede contar contigo, y eso construye confianza.

avo-trust-12 = Si hoy acordaste una hora con { $partner }, para salir de casa o para una llamada, ten todo listo unos minutos antes.
    .why = Estar donde dijiste, cuando dijiste, es una forma discreta de demostrar que eres de fiar.

avo-autonomy-01 = Deja que hoy { $partner } decida sobre algo en común, como qué comer o el plan del fin de semana, y acéptalo sin cuestionarlo.
    .why = Confiar en sus decisiones sin supervisarlas respeta su autonomía, y eso reduce las ganas de alejarse.

avo-autonomy-02 = Anima a { $partner } a reservar algo de tiempo esta semana para un pasatiempo o para sus amistades, y que sea de corazón.
    .why = Apoyar su vida propia respeta su autonomía y le ayuda a sentir más compromiso, no agobio.

avo-autonomy-03 = Si hoy { $partner } está lidiando con un problema, pregúntale si quiere que le eches una mano o prefiere resolverlo por su cuenta, y respeta su respuesta.
    .why = Ofrecer ayuda como una opción, sin tomar el control, respeta su autonomía y reduce el distanciamiento cuando necesita apoyo.

avo-autonomy-04 = Este fin de semana, antes de hacer planes, pregúntale a { $partner } cómo le gustaría pasarlo, y deja espacio para que tenga tiempo propio.
    .why = Preguntar primero y dejar espacio para su tiempo propio respeta su autonomía, y así el tiempo compartido se vive como una elección.

avo-autonomy-05 = Hoy, cuando { $partner } tome una decisión sobre su tiempo o su trabajo, apóyala sin pedirle explicaciones.
    .why = Confiar en su criterio sobre sus propios asuntos respeta su autonomía y reduce las ganas de alejarse.

avo-autonomy-06 = Si esta tarde { $partner } tiene mucho trabajo, guárdate los mensajes que puedan esperar y déjalos para después.
    .why = Respetar su concentración le da autonomía sobre su tiempo, y así el contacto se recibe con gusto y no como una exigencia.

avo-autonomy-07 = Proponle a { $partner } dos o tres opciones para esta noche, como cocinar, pedir comida o salir a pasear, y deja que elija.
    .why = Ofrecer opciones en lugar de decidir por tu pareja respeta su autonomía en los pequeños detalles del día a día.

avo-autonomy-08 = Si hoy { $partner } hace algo de forma distinta a como lo harías tú, como cargar el lavavajillas, deja que lo haga a su manera.
    .why = Dejar que haga las cosas pequeñas a su manera respeta su autonomía y evita la sensación de estar bajo control.

avo-autonomy-09 = Hoy, antes de cerrar un plan que incluya a { $partner }, como invitar a gente o reservar algo, pregúntale primero.
    .why = Preguntar antes de comprometer su tiempo respeta su autonomía, y así los planes se sienten elegidos y no impuestos.

avo-autonomy-10 = Si hoy { $partner } te comenta una decisión que está sopesando, pregúntale hacia dónde se inclina y deja la decisión en sus manos.
    .why = Confiar en que tome sus propias decisiones respeta su autonomía y evita que tu apoyo se sienta como presión.

avo-autonomy-11 = Este fin de semana, si { $partner } quiere cambiar o cancelar un plan en común, acepta sin problema y propón otro momento.
    .why = Aceptar un cambio de planes sin dramas respeta su autonomía, y así el tiempo compartido se siente como algo elegido con libertad.

avo-space-01 = Esta noche, ofrécele a { $partner } una hora tranquila para lo suyo, sin preguntar en qué la emplea.
    .why = El tiempo a solas, ofrecido de buena gana, respeta su necesidad de espacio y hace que la cercanía se sienta más segura.

avo-space-02 = Si hoy { $partner } se queda en silencio, no insistas; dile una sola vez, sin darle importancia, que estás ahí para cuando quiera.
    .why = Dar espacio en lugar de ir detrás respeta su autonomía y reduce las ganas de retirarse.

avo-space-03 = Mándale hoy a { $partner } un solo mensaje ligero que no necesite respuesta, en lugar de varios para ver cómo está.
    .why = Un contacto sin presión muestra que estás ahí y, a la vez, respeta su espacio y su independencia.

avo-space-04 = Esta mañana, deja que { $partner } empiece el día con calma y sin prisas: guarda cualquier conversación sobre planes para cuando ya haya arrancado.
    .why = Respetar cuándo y cómo quiere conversar respeta su autonomía y evita que el contacto se sienta como presión.

avo-space-05 = Este fin de semana, proponle a { $partner } unas horas en las que cada cual haga lo suyo, y luego un reencuentro con una comida que le guste y que también te guste a ti.
    .why = El tiempo por separado, con un reencuentro claro y cálido, respeta su necesidad de espacio y hace fácil la cercanía.

avo-space-06 = Hoy, cuando { $partner } llegue a casa, dale unos minutos para aterrizar antes de preguntarle por su día.
    .why = Un poco de margen para desconectar respeta su espacio y hace que la conversación se sienta menos como una presión.

avo-space-07 = Deja que hoy { $partner } decida cuánto contar de su día, y toma una respuesta corta como una respuesta completa.
    .why = No insistir en más de lo que ofrece respeta su autonomía y mantiene el contacto sin presión.

avo-space-08 = Si { $partner } quiere una noche para dedicarse a lo suyo, con un juego, un libro o un paseo, dile que la disfrute, y que sea de corazón.
    .why = Dar espacio de buena gana, sin hacer sentir culpa, respeta su autonomía y hace que la cercanía se sienta más segura.

avo-space-09 = Esta noche, pasa un rato al lado de { $partner } haciendo cada cual lo suyo, como leer o un pasatiempo, sin necesidad de hablar.
    .why = Una compañía tranquila y sin exigencias permite a quien valora su espacio disfrutar de la cercanía a su manera.

avo-space-11 = Si hoy { $partner } tiene toda su atención puesta en algo, como un libro, un juego o un proyecto, deja que siga con ello y guarda tus novedades para una pausa natural.
    .why = Dejar que termine lo que tiene entre manos respeta su espacio, y así el contacto se recibe con gusto y no como una interrupción.

avo-space-12 = Pregúntale a { $partner } si hay algún rincón de la casa que le gustaría tener como propio, como un sillón, un escritorio o una estantería, y ayuda a que siga siendo suyo.
    .why = Tener un rincón propio respeta su independencia, y así la vida en común resulta menos agobiante.

avo-space-13 = Hoy, cuando propongas pasar un rato en compañía, que sea algo corto y claro, como una vuelta breve o un solo capítulo, para que a { $partner } le resulte fácil decir que sí.
    .why = Las invitaciones ligeras y sin gran compromiso respetan su necesidad de espacio y facilitan decir que sí a la cercanía.

avo-validation-01 = La próxima vez que { $partner } te dé su opinión sobre algo, repite con tus palabras lo que entendiste antes de añadir la tuya.
    .why = Validar su punto de vista cuando ves las cosas de otra manera mantiene los desacuerdos más tranquilos y la conversación abierta.

avo-validation-02 = Hoy, cuando { $partner } te explique por qué hizo algo a su manera, dile que, desde su punto de vista, tiene sentido.
    .why = Reconocer que su razonamiento tiene sentido valida su punto de vista, aunque tú lo habrías hecho de otra forma.

avo-validation-03 = Si esta noche { $partner } se desahoga contándote su día, dale la razón en lo que tenga de justo, en lugar de defender la postura contraria.
    .why = Validar su punto de vista le hace sentir apoyo, en lugar de sentir que tiene que defenderse.

avo-validation-04 = Hoy, si no estás de acuerdo con { $partner } en algo pequeño, antes que nada di: «Entiendo por qué lo ves así».
    .why = Reconocer primero su punto de vista, aunque no estés de acuerdo, baja la actitud defensiva y mantiene la calma.

avo-validation-05 = Si { $partner } menciona una decisión que tomó hoy en el trabajo, pregúntale por qué la tomó y, si te parece razonable, díselo.
    .why = Mostrar que respetas su razonamiento valida su punto de vista sin pedirle que se abra más.

avo-validation-06 = Pídele hoy a { $partner } su opinión sobre una cuestión práctica, como una ruta o un arreglo, y sigue su sugerencia.
    .why = Valorar su criterio en asuntos prácticos valida su punto de vista de una forma sencilla y cotidiana.

avo-validation-07 = Si { $partner } dice que está bien o que prefiere no hablar de algo, tómale la palabra, al menos por ahora.
    .why = Aceptar lo que dice sobre cómo está valida su punto de vista y respeta su autonomía.

avo-validation-08 = Este fin de semana, cuando { $partner } hable de algo que le importa, como un pasatiempo o una noticia, muestra interés sin ponerte a debatir.
    .why = Mostrar interés sin debatir le dice que su punto de vista es bienvenido, y lo valida sin presión para contar más.

avo-validation-10 = Hoy, si estás de acuerdo con lo que opina { $partner } sobre algo mientras hay más gente delante, como amistades o familia, dilo abiertamente.
    .why = Respaldar abiertamente su punto de vista lo valida y muestra que estás de su lado, sin pedirle nada a cambio.

avo-validation-11 = Si hoy { $partner } rechaza alguna propuesta tuya, acepta su motivo como válido y déjalo estar.
    .why = Aceptar un no sin insistir valida su punto de vista y respeta su autonomía.

avo-validation-12 = Si esta mañana { $partner } te cuenta su plan para el día, di primero lo que te parece sensato antes de plantear cualquier duda.
    .why = Empezar por lo que tiene sentido de su plan valida su punto de vista y mantiene la calma en cualquier conversación.

avo-credit-01 = Menciona algo a lo que { $partner } renunció o que reorganizó hace poco para que todo encajara, y dale las gracias por ello.
    .why = Reconocer sus sacrificios le hace sentir que se le valora y, con el tiempo, refuerza su compromiso con la relación.

avo-credit-02 = Hoy, después de resolver algo con { $partner }, como planes, tareas de la casa o dinero, dile que te gustó cómo colaboró contigo.
    .why = Reconocer su colaboración mantiene los desacuerdos más tranquilos y la conversación abierta, y hace que trabajar en equipo valga la pena.

avo-credit-03 = Reconoce en voz alta algún esfuerzo que { $partner } hizo en casa esta semana, como una tarea o un recado del que se encargó.
    .why = Reconocer lo que aporta hace justicia a su esfuerzo y, con el tiempo, refuerza su compromiso.

avo-credit-04 = Hoy, cuando un plan en común salga bien, di claramente que funcionó gracias a lo que hizo { $partner }.
    .why = Reconocer su papel en los logros compartidos le hace sentir que se le valora y hace que se implique más en la relación.

avo-credit-05 = Al terminar la jornada, dile a { $partner } que te has dado cuenta de todo lo que lleva encima últimamente, y que eso cuenta.
    .why = Reconocer el esfuerzo que pone le hace sentir a tu pareja que se le valora y, con el tiempo, refuerza su compromiso.

avo-credit-06 = Este fin de semana, cuéntale a { $partner } algo que hace por tu hogar o tu familia y con lo que cuentas, y dile que no lo das por sentado.
    .why = Reconocer lo que aporta día tras día valora sus sacrificios y refuerza su compromiso.

avo-credit-07 = Si esta semana { $partner } cedió en algo para llegar a un punto medio contigo, dile brevemente que lo notaste y que lo agradeces.
    .why = Notar cuándo cede para encontrarse a medio camino reconoce su colaboración, y hace que ceder valga la pena la próxima vez.

avo-credit-10 = Hoy, si alguien elogia tu casa, una comida o un plan, menciona el papel que tuvo { $partner }.
    .why = Reconocer abiertamente lo que aporta le hace sentir que se le valora y refuerza su compromiso con la relación.

avo-credit-11 = Esta noche, durante la cena, menciona una decisión reciente de { $partner } que al final salió bien para la vida en común, y dile que fue un acierto.
    .why = Reconocer su criterio y su colaboración le hace sentir que se le valora y, con el tiempo, refuerza su compromiso.

avo-credit-12 = Si esta semana { $partner } te ayudó con algo, mándale esta tarde un mensaje corto contándole cómo salió gracias a su ayuda.
    .why = Hacerle saber que su ayuda dio fruto reconoce su esfuerzo y hace que colaborar valga la pena.

avo-calm-conflict-01 = Si hoy una discusión con { $partner } sube de tono, propón una pausa corta y fija un momento para retomarla, por ejemplo, dentro de una hora.
    .why = Una pausa con un momento claro para volver baja la temperatura y mantiene la conversación abierta sin abandonar el tema.

avo-calm-conflict-02 = Si hoy hubo algún pequeño roce con { $partner }, dile que no es para tanto y que no te preocupa.
    .why = Tratar un problema como algo pequeño y con solución mantiene los desacuerdos más tranquilos y la conversación abierta.

avo-calm-conflict-03 = Si hoy necesitas plantearle algo a { $partner }, que sea en una sola frase tranquila y sobre un arreglo pequeño y práctico.
    .why = Mantener un problema pequeño y práctico baja la temperatura y evita la presión de una gran conversación.

avo-calm-conflict-04 = Si hoy { $partner } necesita apartarse en un momento tenso, deja que se vaya sin ir detrás y, cuando vuelva, dale una bienvenida cálida.
    .why = Respetar su necesidad de apartarse y recibir su regreso sin reproches mantiene los desacuerdos más tranquilos y hace más fácil retomarlos.

avo-calm-conflict-09 = Si hoy { $partner } te contesta de forma seca, responde con calma y concédele el beneficio de la duda en lugar de contraatacar.
    .why = Una respuesta tranquila en un momento tenso baja la temperatura y evita que algo pequeño acabe en discusión.

avo-calm-conflict-10 = Si hoy algo que hace { $partner } te molesta, pregúntate si tendrá importancia la semana que viene; si no, déjalo pasar.
    .why = Dejar pasar las cosas pequeñas mantiene los problemas en su justa medida y la temperatura baja en la relación.

avo-calm-conflict-11 = Si hoy surge un desacuerdo con { $partner }, céntrate solo en el tema del momento y deja fuera las discusiones pasadas.
    .why = Ceñirse a un solo tema actual le quita gravedad y mantiene el desacuerdo tranquilo y con solución.

avo-calm-conflict-12 = Si hoy no logras ponerte de acuerdo con { $partner } en algo menor, propón una forma sencilla de resolverlo, como turnarse o buscar un punto medio.
    .why = Tratar un problema como algo menor y fácil de resolver baja la temperatura y mantiene el trabajo en equipo.

avo-calm-conflict-05 = Ahora que ha pasado un poco de tiempo, mándale a { $partner } un mensaje amable sobre algo cotidiano, para mostrar que la relación sigue bien.
    .why = Un momento tranquilo y cotidiano después de la tensión baja la temperatura y muestra que el desacuerdo no es una amenaza.

avo-calm-conflict-06 = Si las cosas con { $partner } siguen tensas, propón darse un poco de espacio y ofrece un momento para retomar el tema, por ejemplo, mañana con más calma.
    .why = Tomar distancia con un momento fijado para volver baja la temperatura y respeta su autonomía sin dejar las cosas en el aire.

avo-calm-conflict-07 = Esta noche, mantén las cosas ligeras y cotidianas con { $partner }, con una cena, una serie o un paseo, en lugar de volver sobre el desacuerdo.
    .why = Bajar la temperatura tras un desacuerdo ayuda a recuperar la calma; el tema puede esperar a un momento más sereno elegido de común acuerdo.

avo-calm-conflict-08 = La próxima vez que hables con { $partner }, describe el desacuerdo como algo pequeño y con solución, no como señal de algo más grave.
    .why = Poner un problema en su justa medida después de un desacuerdo mantiene la calma y la conversación abierta.

avo-credit-08 = Ahora que las cosas se han calmado, dale las gracias a { $partner } por algo que hizo para que el desacuerdo no fuera a más, como escuchar o mantener la calma.
    .why = Reconocer su colaboración mantiene los desacuerdos más tranquilos y la conversación abierta, y hace que resolver las cosas valga la pena.

avo-credit-09 = Si { $partner } cedió en algo para arreglar las cosas, dile que te diste cuenta y que lo valoras.
    .why = Reconocer lo que cede para arreglar las cosas le hace sentir que se le valora, no que ha perdido.

avo-validation-09 = Ahora que todo está más tranquilo, dile a { $partner } en una sola frase qué parte de su punto de vista sobre el desacuerdo te parece razonable, sin debatir.
    .why = Validar su punto de vista después de un desacuerdo mantiene la calma y la conversación abierta, y demuestra que has escuchado.

avo-space-10 = Si después de la tensión { $partner } quiere estar a solas, dale ese tiempo y coméntale cuándo vas a estar disponible de nuevo.
    .why = Ofrecer espacio con un momento claro para reencontrarse respeta su autonomía y facilita volver a acercarse.

gen-appreciation-01 = Dile a { $partner } algo concreto que hoy te haya gustado de su forma de ser.
    .why = El aprecio concreto y frecuente es un pequeño gesto que da estabilidad a la relación.

gen-appreciation-02 = Esta mañana, déjale a { $partner } una notita para darle las gracias por algo que hizo esta semana.
    .why = La gratitud de la pareja ayuda a sentirse más a gusto en la relación.

gen-appreciation-03 = Esta noche, durante la cena, dile a { $partner } algo que valoras de cómo trata a la gente de su entorno.
    .why = Valorar cómo es tu pareja, y no solo lo que hace, es un pequeño gesto que mantiene estable la cercanía.

gen-appreciation-04 = Hoy, valora el esfuerzo y no el resultado: dile a { $partner } que te fijaste en lo mucho que se esforzó en algo.
    .why = Fijarte en el esfuerzo, sea cual sea el resultado, muestra un apoyo constante y gratitud por cómo es.

gen-appreciation-05 = Este fin de semana, cuéntale a { $partner } algo que te encanta ahora mismo de la vida que llevas a su lado.
    .why = Decir en voz alta lo que valoras de la relación ayuda a que ambas partes se sientan más a gusto en ella.

gen-appreciation-06 = Mándale hoy a { $partner } un mensaje que empiece por «Me encanta cómo…» y termínalo con sinceridad.
    .why = El aprecio concreto le dice a tu pareja qué notas y qué valoras, y le ayuda a sentirse a gusto en la relación.

gen-appreciation-07 = Cuéntale hoy a una amistad o a un familiar algo que valoras de { $partner }, y luego hazle saber a { $partner } que lo dijiste.
    .why = El aprecio compartido con otras personas, y luego transmitido, le hace sentir a tu pareja el orgullo que te inspira.

gen-appreciation-08 = Hoy, cuando { $partner } termine una tarea o un recado, dale las gracias en ese mismo momento.
    .why = Agradecer a tiempo el esfuerzo cotidiano es un hábito sencillo de gratitud que mantiene la calidez de la relación.

gen-appreciation-09 = Recuérdale a { $partner } un momento reciente en que te hizo reír, y cuánto lo disfrutaste.
    .why = Recordar los buenos momentos y decir que los valoraste es un pequeño gesto de aprecio que crea cercanía.

gen-appreciation-10 = Esta mañana, dale las gracias a { $partner } por algo que hace tan a menudo que es fácil pasarlo por alto, como cerrar con llave o hacer la cama.
    .why = Agradecer los cuidados de rutina le muestra a tu pareja que te fijas en lo que hace, y mantiene viva la satisfacción en la relación.

gen-appreciation-12 = Dile a { $partner } algo que hace que tu casa se sienta un hogar, y dale las gracias por ello.
    .why = Valorar los cuidados cotidianos que da ayuda a que ambas partes se sientan más a gusto en la relación.

gen-appreciation-13 = Cuéntale a { $partner } alguna pequeña costumbre suya que has llegado a adorar, como su forma de saludarte o cómo tararea mientras cocina.
    .why = Fijarte en las pequeñas cosas que te encantan de tu pareja, y decírselo, es un aprecio que mantiene cálida la relación.

gen-attention-01 = Hoy, cuando veas a { $partner }, guarda el teléfono los primeros diez minutos y pregúntale por su día.
    .why = La atención sin distracciones, ofrecida con constancia, es un pequeño gesto que mantiene la cercanía en la pareja.

gen-attention-02 = Esta noche, hazle a { $partner } una pregunta sobre algo que te comentó hace unos días.
    .why = Recordar lo que le importa demuestra una atención y un cuidado constantes.

gen-attention-03 = Esta mañana, pregúntale a { $partner } qué tiene por delante hoy y, al terminar el día, interésate por cómo le fue con lo más importante.
    .why = Interesarse con constancia y cariño por su día son pequeños gestos que dan estabilidad a la relación.

gen-attention-04 = Hoy, infórmate un poco sobre algo que le interese ahora a { $partner }, una serie, un proyecto o un juego, y pregúntale por ello.
    .why = Interesarte por lo que le interesa es una forma sencilla de atención que mantiene la conexión.

gen-attention-05 = Esta noche, durante la cena, hazle a { $partner } una pregunta concreta sobre su día, no solo «¿Qué tal?», y escucha la respuesta entera.
    .why = Las preguntas concretas y atentas muestran un interés real, un pequeño gesto que mantiene la cercanía en la pareja.

gen-attention-06 = Este fin de semana, fíjate en algo que disfrute { $partner }, una canción, un plato o un lugar, y menciónalo más adelante para mostrar que te acordaste.
    .why = Recordar lo que disfruta es una atención que se nota, y mantiene la conexión en el día a día.

gen-attention-07 = Hoy, cuando { $partner } empiece a contarte algo, deja lo que estés haciendo y ponte de frente para escuchar.
    .why = Volverte hacia tu pareja cuando te habla es una forma sencilla de atención que mantiene firme la cercanía.

gen-attention-08 = Esta mañana, pregúntale a { $partner } qué espera con más ganas de esta semana.
    .why = Saber qué espera con ilusión tu pareja es una forma pequeña y constante de prestar atención a su vida.

gen-attention-09 = Mira, lee o escucha algo que { $partner } te haya recomendado y luego cuéntale qué te pareció.
    .why = Dedicar tiempo a lo que le importa demuestra atención por sus intereses y te da algo que compartir con tu pareja.

gen-attention-10 = Si hoy { $partner } tenía una reunión, una cita o una llamada, mándale un mensaje esta tarde para preguntarle cómo le fue.
    .why = Acordarte de lo que tenía en su día demuestra una atención constante, y eso mantiene la cercanía.

gen-attention-11 = Este fin de semana, pregúntale a { $partner } qué le ronda la cabeza últimamente, y préstale toda tu atención mientras responde.
    .why = Una atención completa y sin prisas es un pequeño regalo que le hace sentir a tu pareja que de verdad se le conoce.

gen-attention-12 = Pregúntale hoy a { $partner } por alguien de su vida, una amistad, alguien del trabajo o un familiar, y recuerda los detalles para la próxima vez.
    .why = Conocer a las personas que le importan es una atención constante que le hace sentir que se le conoce de verdad.

gen-kindness-01 = Esta mañana, prepárale a { $partner } el café o el té exactamente como le gusta.
    .why = Los pequeños detalles de cada día son el tipo de cuidado constante que da estabilidad a una relación.

gen-kindness-02 = Haz alguna tarea pequeña que { $partner } lleva tiempo posponiendo, sin que te lo pida.
    .why = Aligerar su carga sin hacer ruido es una forma práctica de apoyo.

gen-kindness-03 = Deja que { $partner } elija la cena, la película o el plan de esta noche, y disfrútalo a su lado de corazón.
    .why = Los pequeños gestos generosos, hechos de buena gana, ayudan a que ambas partes se sientan cuidadas.

gen-kindness-04 = Llévale hoy a { $partner } un pequeño capricho, como su dulce favorito o una flor, porque sí.
    .why = Los pequeños gestos amables, sin que nadie los pida, mantienen la calidez de la relación en el día a día.

gen-kindness-05 = Encárgate de alguna tarea de la mañana que suele hacer { $partner }, como preparar la comida para llevar o dar de comer a la mascota, para que gane unos minutos.
    .why = Quitarle algo de encima sin hacer ruido es un detalle cotidiano que demuestra que te importa.

gen-kindness-06 = Este fin de semana, deja que { $partner } duerma hasta tarde si quiere, y ten listo un café o el desayuno para cuando se levante.
    .why = Un pequeño mimo, dado de buena gana al empezar el día, le hace sentir a tu pareja tu cuidado.

gen-kindness-07 = Esta noche, regálale a { $partner } un pequeño mimo, como prepararle una bebida caliente o llevarle una manta.
    .why = Los mimos bien pensados demuestran cariño sin necesidad de palabras.

gen-kindness-08 = Llena, repón o carga algo que { $partner } usa a diario, como su botella de agua, el coche o su teléfono.
    .why = Darte cuenta de las pequeñas necesidades y atenderlas es un gesto práctico de cariño que mantiene cálida la relación.

gen-kindness-09 = Mándale a { $partner } un mensaje corto y cariñoso a media tarde, cuando el día suele hacerse largo.
    .why = Una palabra amable en el momento justo es un pequeño gesto de cuidado que mantiene la cercanía en los días ajetreados.

gen-kindness-10 = Si hoy sale el nombre de { $partner } en una conversación con otras personas, aprovecha para decir algo bonito sobre cómo es.
    .why = Hablar bien de tu pareja cuando no está presente es un hábito de respeto que fortalece la confianza.

gen-kindness-12 = Esta noche, déjale algo preparado a { $partner } para que mañana empiece el día con más facilidad, como sus cosas a mano o el café listo.
    .why = Facilitarle el día siguiente a tu pareja antes de que lo pida es un pequeño detalle que demuestra un cuidado constante.

gen-kindness-13 = Hoy, resérvale a { $partner } lo mejor de algo, como el sitio más cómodo, el último trozo o la primera ducha caliente, sin darle importancia.
    .why = Las pequeñas elecciones generosas del día a día son un cariño que tu pareja nota, y mantienen la calidez de la relación.

gen-support-01 = Pregúntale a { $partner } si hay algo de lo que puedas encargarte esta semana para quitarle carga, y hazlo.
    .why = El apoyo práctico de la pareja ayuda a sentirse más a gusto en la relación.

gen-support-02 = Si { $partner } ha tenido un día difícil, pregúntale si quiere hablarlo o simplemente desconectar, y haz lo que prefiera.
    .why = El apoyo que se ajusta a lo que tu pareja de verdad quiere es el que más ayuda.

gen-support-03 = Si hoy { $partner } tiene algo importante, mándale antes un mensajito para desearle suerte.
    .why = Estar presente con tu apoyo en los momentos importantes construye una confianza sólida en la pareja.

gen-support-04 = Pregúntale a { $partner } por alguna meta en la que esté trabajando: cuál es el siguiente paso y si hay algo en lo que puedas echarle una mano.
    .why = Respaldar las metas de tu pareja es una forma constante de apoyo que da estabilidad a la relación.

gen-support-05 = Esta mañana, pregúntale a { $partner } qué parte del día se le presenta más difícil, y mándale un mensaje breve de ánimo hacia esa hora.
    .why = El apoyo que llega justo cuando hace falta demuestra que prestas atención y que estás de su lado.

gen-support-06 = Esta noche, pregúntale a { $partner } cómo se siente con algo importante que está viviendo ahora, y escucha más de lo que hablas.
    .why = Escuchar con atención es una forma de apoyo que le hace sentir a tu pareja que se le entiende.

gen-support-07 = Este fin de semana, encárgate de alguna tarea que a { $partner } se le hace cuesta arriba, o hazla a su lado para que resulte menos pesada.
    .why = Compartir la carga de algo ingrato es un apoyo práctico que le hace sentir a tu pareja que tiene respaldo.

gen-support-08 = Dile hoy a { $partner } que estás de su lado en algo que está afrontando, y nómbralo.
    .why = Decir con claridad que estás de su lado es un apoyo que hace que lo difícil se viva con menos soledad.

gen-support-09 = Ofrécete hoy a encargarte de una llamada, una reserva o un trámite que le pese a { $partner }.
    .why = Hacerte cargo de una tarea que se le hace cuesta arriba es una forma concreta de apoyo.

gen-support-12 = Si { $partner } le está dando vueltas a una decisión, ofrécete a pensarla a su lado durante diez minutos, y deja la elección en sus manos.
    .why = El apoyo que ayuda sin tomar el control deja a tu pareja con la sensación de tener respaldo y de ser capaz.

gen-support-13 = Este fin de semana, pregúntale a { $partner } qué le haría más fácil la semana que viene, y elige una cosa que puedas hacer para ayudar.
    .why = Preguntar de antemano qué ayudaría, y luego hacerlo, es un apoyo constante que alivia las semanas ajetreadas.

gen-connection-01 = Esta noche, pasa quince minutos con { $partner } haciendo algo sin pantallas, como dar un paseo o tomar un té.
    .why = El tiempo compartido, frecuente y sin prisas, es un pequeño hábito que da estabilidad a la relación.

gen-connection-02 = Proponle a { $partner } probar algo nuevo esta semana, una receta, una ruta o un lugar, y anótalo en la agenda.
    .why = Las experiencias nuevas compartidas, planeadas y cumplidas, ayudan a mantener la conexión en la pareja.

gen-connection-03 = Mándale hoy a { $partner } una foto, un chiste o un recuerdo que sepas que le va a sacar una sonrisa.
    .why = Los pequeños momentos de calidez compartida mantienen la conexión en la pareja durante los días ajetreados.

gen-connection-04 = Esta mañana, desayuna o tómate un café con { $partner }, aunque sean diez minutos, antes de que el día te arrastre.
    .why = Los pequeños rituales compartidos, con constancia, dan estabilidad a la relación.

gen-connection-05 = Este fin de semana, proponle a { $partner } un paseo, por un sitio nuevo o por uno de siempre, con los teléfonos guardados en el bolsillo.
    .why = El tiempo compartido al aire libre y sin prisas es un hábito sencillo que mantiene la conexión en la pareja.

gen-connection-06 = Esta noche, hazle a { $partner } una pregunta que nunca le hayas hecho, como su recuerdo favorito de la infancia o un lugar que le encantaría conocer.
    .why = Preguntar con curiosidad permite seguir descubriendo a la otra persona, y eso mantiene viva la relación.

gen-connection-07 = Esta noche, prepara o pide la cena con { $partner } y disfrútala en la mesa, aunque sea algo sencillo.
    .why = Las comidas compartidas con regularidad son pequeños rituales que mantienen la conexión en las semanas ajetreadas.

gen-connection-08 = Hoy, trae a la conversación con { $partner } un recuerdo compartido que te encante, y disfruta reviviéndolo en compañía.
    .why = Revivir los buenos momentos recuerda a ambas partes todo lo que comparten.

gen-connection-09 = Este fin de semana, proponle a { $partner } un juego, un rompecabezas o cocinar algo nuevo, solo por diversión.
    .why = Las actividades lúdicas compartidas traen risas y cercanía al día a día.

gen-connection-10 = Mándale hoy a { $partner } un mensaje de buenos días con algo que tengas ganas de hacer en su compañía.
    .why = Tener ganas de compartir tiempo, y decirlo, mantiene la conexión en la pareja en los días ajetreados.

gen-connection-11 = Busca hoy una canción que te recuerde a { $partner }, compártela y cuéntale por qué.
    .why = Los pequeños momentos compartidos como este mantienen viva la calidez y la conexión en la pareja.

gen-connection-13 = Hoy, mientras haces alguna tarea con { $partner }, como cocinar u ordenar, pon música que le guste y disfrútala codo con codo.
    .why = Convertir las tareas cotidianas en momentos compartidos mantiene la conexión en la pareja en los días corrientes.

gen-appreciation-11 = Ahora que las cosas se han calmado, dale las gracias a { $partner } por no abandonar la conversación cuando se puso tensa, aunque no terminara del todo bien.
    .why = Valorar el esfuerzo de seguir ahí en un momento difícil ayuda a que ambas partes vuelvan a sentirse en el mismo equipo.

gen-kindness-11 = Esta noche, ten un pequeño detalle con { $partner } sin mencionar el desacuerdo, como prepararle un té o encargarte de alguna tarea.
    .why = Un gesto de cariño discreto después de un roce muestra buena voluntad y ayuda a que ambas partes recuperen la calma.

gen-support-10 = Ahora que ha pasado un tiempo, pregúntale a { $partner } si necesita algo de ti después de la tensión, y hazlo si puedes.
    .why = Preguntar qué ayudaría, y luego actuar, demuestra que después de un desacuerdo sigues en el mismo equipo.

gen-support-11 = Esta noche, dile a { $partner } con calma que quieres entender su punto de vista, y pregúntale cuándo sería un buen momento para hablarlo.
    .why = Querer entender, y dejar que elija el momento, hace más probable una conversación tranquila.

gen-connection-12 = Ahora que las aguas se han calmado, proponle a { $partner } algo pequeño y cotidiano, como dar un paseo o tomar un té, para volver a conectar.
    .why = El tiempo tranquilo y cotidiano después de un desacuerdo ayuda a que ambas partes vuelvan a sentirse cerca.

