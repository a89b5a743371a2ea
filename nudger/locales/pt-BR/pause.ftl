# /pause e /resume, e o "que bom ter você de volta" quando uma pausa termina sozinha.
# $when: um dia e uma hora no fuso do usuário, "qui., 4 de dez. 09:30".
# Sem "bem-vindo(a)": o gênero do usuário é desconhecido.

pause-paused = Lembretes pausados. Nada vai chegar até você mandar /resume. Para que eles voltem automaticamente, mande uma duração, como /pause 1w.
pause-already-paused = Seus lembretes já estão pausados até você mandar /resume. Para que eles voltem automaticamente, mande uma duração, como /pause 3d.
pause-not-paused = Seus lembretes não estão pausados: estão funcionando normalmente. Para dar uma pausa, mande /pause ou /pause 1w.
pause-resumed = Que bom ter você de volta. Os lembretes voltaram.
pause-resumed-next = Que bom ter você de volta. Os lembretes voltaram. Próximo lembrete: { $when } (no seu fuso horário).
pause-ended = Que bom ter você de volta: sua pausa terminou, e os lembretes voltaram.
pause-ended-next = Que bom ter você de volta: sua pausa terminou, e os lembretes voltaram. Próximo lembrete: { $when } (no seu fuso horário).
pause-until = Lembretes pausados até { $when } (no seu fuso horário). Depois disso, eles voltam automaticamente. Mande /resume se quiser que voltem antes.
pause-until-moved = Lembretes pausados até { $when } (no seu fuso horário). Depois disso, eles voltam automaticamente. Marquei o fim para quando termina o seu horário de silêncio, para que nada chegue de noite. Mande /resume se quiser que voltem antes.
pause-changed = Agora a sua pausa vai até { $when } (no seu fuso horário). Mande /resume se quiser os lembretes antes.
pause-changed-moved = Agora a sua pausa vai até { $when } (no seu fuso horário), quando termina o seu horário de silêncio, para que nada chegue de noite. Mande /resume se quiser os lembretes antes.
pause-already-until = Seus lembretes estão pausados até { $when } (no seu fuso horário). Para mudar isso, mande uma nova duração, como /pause 3d, ou mande /resume para retomar agora.

# $days: a pausa mais longa, em dias (90). Vem depois de cada mensagem pause-bad-*.
pause-examples = Tente /pause 3d, /pause 1w ou /pause 2 semanas (em horas, dias ou semanas, até { $days ->
        [one] { $days } dia
        [many] { $days } de dias
       *[other] { $days } dias
    }), ou só /pause para parar até você mandar /resume. Nada foi alterado.
pause-too-short = Uma pausa precisa durar pelo menos uma hora.
pause-too-long = A pausa mais longa que consigo marcar é de { $days ->
        [one] { $days } dia
        [many] { $days } de dias
       *[other] { $days } dias
    }. Para mais tempo, mande só /pause e depois /resume quando quiser voltar.
# $shown: o que a pessoa digitou (cortado em 30 caracteres).
pause-unreadable = Não consegui entender “{ $shown }” como uma duração.
