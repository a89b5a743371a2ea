# /pause and /resume, and the "welcome back" when a pause runs out by itself.
# $when: a day and time in the user's zone, "jue, 4 dic, 9:30" (so "el { $when }").
# "Welcome back" is «¡Hola de nuevo!»: «Bienvenido/a» would gender the user.

pause-paused = En pausa. No recibirás empujoncitos hasta que envíes /resume. Si prefieres que vuelvan por sí solos, envía una duración, como /pause 1w.
pause-already-paused = Ya estás en pausa hasta que envíes /resume. Para que los empujoncitos vuelvan por sí solos, envía una duración, como /pause 3d.
pause-not-paused = No estás en pausa: los empujoncitos están activos. Para tomarte un descanso, envía /pause o /pause 1w.
pause-resumed = ¡Hola de nuevo! Los empujoncitos vuelven a estar activos.
pause-resumed-next = ¡Hola de nuevo! Los empujoncitos vuelven a estar activos. El próximo llega el { $when } (hora local).
pause-ended = ¡Hola de nuevo! Tu pausa terminó y los empujoncitos vuelven a estar activos.
pause-ended-next = ¡Hola de nuevo! Tu pausa terminó y los empujoncitos vuelven a estar activos. El próximo llega el { $when } (hora local).
pause-until = En pausa hasta el { $when } (hora local). Entonces los empujoncitos volverán por sí solos. Envía /resume si los quieres antes.
pause-until-moved = En pausa hasta el { $when } (hora local). Entonces los empujoncitos volverán por sí solos. Hice que termine cuando acaban tus horas de silencio, para que no te llegue nada de noche. Envía /resume si los quieres antes.
pause-changed = Ahora tu pausa termina el { $when } (hora local). Envía /resume si quieres los empujoncitos antes.
pause-changed-moved = Ahora tu pausa termina el { $when } (hora local), cuando acaban tus horas de silencio, para que no te llegue nada de noche. Envía /resume si quieres los empujoncitos antes.
pause-already-until = Estás en pausa hasta el { $when } (hora local). Para cambiarlo, envía una nueva duración, como /pause 3d, o envía /resume para reanudarlos ya.

# $days: the longest pause, in days (90). Said after each pause-bad-* message.
# "/pause 2 semanas" is read like "/pause 2 weeks" (words.toml).
pause-examples = Prueba con /pause 3d, /pause 1w o /pause 2 semanas (horas, días o semanas, hasta { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }), o simplemente /pause para parar hasta que envíes /resume. No se cambió nada.
pause-too-short = Una pausa tiene que durar al menos una hora.
pause-too-long = La pausa más larga que puedo poner es de { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }. Para más tiempo, envía /pause sin nada más y luego /resume cuando quieras.
# $shown: what they typed (cut to 30 characters).
pause-unreadable = No pude entender «{ $shown }» como una duración.
