# O estilo de quem o usuário ama, os períodos do dia e os tipos de cuidado: os nomes que
# todas as funções mostram. A descrição de um estilo é uma linha simples ao lado do botão,
# nunca um diagnóstico. Os nomes são locuções de propósito (não "Ansioso/Ansiosa"), para não
# dar gênero à pessoa.

style-anxious = Apego ansioso
    .description = costuma se preocupar com a relação e se acalma com contato e reafirmação
style-avoidant = Apego evitativo
    .description = valoriza a independência e pode se afastar quando a proximidade ou a tensão aumentam
style-secure = Apego seguro
    .description = em geral, fica à vontade tanto com a proximidade quanto com o tempo longe
style-fearful = Um pouco de cada
    .description = quer proximidade, mas também tem receio dela, então pode ora buscar contato, ora se afastar
style-unknown = Não sei dizer
    .description = você ainda não tem certeza, e algumas perguntas rápidas podem ajudar (dá para pular)

window-morning = Manhã
window-afternoon = Tarde
window-evening = Noite
