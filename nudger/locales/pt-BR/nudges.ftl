# Um lembrete como o usuário o vê, e o que o bot diz quando ele é respondido.

# A mensagem do lembrete: a ação ($action, de prompts.ftl) e por que ela ajuda ($why).
nudge-message =
    { $action }

    Por que ajuda: { $why }
# O texto de um lembrete cujo prompt saiu do catálogo depois de enviado.
nudge-unknown-prompt = Lembrete
nudge-button-done = ✅ Feito
nudge-button-skip = ⏭ Pular
nudge-button-snooze = ⏰ Adiar 1h

nudge-now-on-its-way = Já tem um lembrete a caminho.
nudge-old = Esse lembrete era de outro dia, então fica como estava. O de hoje ainda vai chegar.
nudge-done-mark = ✅ Feito — mandou bem.
nudge-skip-mark = ⏭ Pulado — tudo bem. Amanhã é outro dia.
# $time: quando o lembrete adiado volta, "14:05".
nudge-snooze-mark = ⏰ Adiado — mando de novo às { $time }.
nudge-snooze-mark-tomorrow = ⏰ Adiado — mando de novo amanhã às { $time }.
nudge-already-done = Você já marcou este lembrete como feito.
nudge-already-skipped = Você já pulou este lembrete.
nudge-already-snoozed = Este lembrete foi adiado e volta daqui a pouco.
nudge-already-other = Este lembrete não pode mais ser alterado.
