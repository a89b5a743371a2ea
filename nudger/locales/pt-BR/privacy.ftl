# /export e /delete.

privacy-no-data-to-export = Não tenho nenhum dado seu, então não há nada para exportar. Mande /start para começar.
privacy-no-data-to-delete = Não tenho nenhum dado seu, então não há nada para apagar. Mande /start para começar.
# A legenda do arquivo JSON (as chaves ficam em inglês, como em qualquer formato de dados).
privacy-export-caption = Tudo o que guardo sobre você, em um arquivo JSON. Os horários estão em UTC. Para apagar tudo, mande /delete.
privacy-delete-warning =
    Apagar tudo?

    Isso apaga tudo o que guardo sobre você: o nome e o estilo do seu amor, seu fuso horário, os horários dos lembretes e as outras configurações, cada lembrete e o que você marcou, suas pausas, as respostas do teste, os resumos da semana e os usos de /conflict. Não dá para desfazer.

    Se quiser uma cópia primeiro, mande /export antes de tocar no botão abaixo.
privacy-delete-button = Sim, apagar tudo
privacy-keep-button = Cancelar
privacy-deleted = Pronto: apaguei tudo o que eu guardava, e não sei mais nada sobre você. Se um dia quiser recomeçar, mande /start e a gente começa do zero. Cuide-se.
privacy-deleted-notice = Tudo apagado
privacy-kept = Nada foi apagado.
privacy-nothing-left = Não sobrou nada para apagar: não tenho nenhum dado seu.
# Um "Sim" de um aviso enviado antes de a conta ser apagada e configurada de novo.
privacy-old-warning = Esse botão é de um pedido antigo, então não apaguei nada. Se ainda quiser apagar seus dados, mande /delete de novo.
