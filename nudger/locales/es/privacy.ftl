# /export and /delete.

privacy-no-data-to-export = No tengo ningún dato tuyo, así que no hay nada que exportar. Envía /start para empezar.
privacy-no-data-to-delete = No tengo ningún dato tuyo, así que no hay nada que borrar. Envía /start para empezar.
# The caption of the JSON file (its keys stay in English, as a data format's do).
privacy-export-caption = Todo lo que guardo sobre ti, en un archivo JSON. Las horas están en UTC. Para borrarlo todo, envía /delete.
privacy-delete-warning =
    ¿Borrar todo?

    Esto elimina todo lo que guardo sobre ti: el nombre y el estilo de tu pareja, tu zona horaria, las horas de los empujoncitos y el resto de ajustes, cada empujoncito y lo que marcaste en él, tus pausas, tus respuestas al cuestionario, los resúmenes semanales y las veces que usaste /conflict. No se puede deshacer.

    Si quieres guardar una copia, envía /export antes de tocar el botón de abajo.
privacy-delete-button = Sí, borrar todo
privacy-keep-button = Cancelar
privacy-deleted = Borrado. Eliminé todo lo que guardaba sobre ti y ya no sé nada de ti. Si algún día quieres volver a empezar, envía /start y empezamos de cero. Cuídate mucho.
privacy-deleted-notice = Borrado
privacy-kept = No se borró nada.
privacy-nothing-left = No queda nada que borrar: no tengo ningún dato tuyo.
# A "Yes" from a warning sent before the account was deleted and set up again.
privacy-old-warning = Ese botón es de una solicitud anterior, así que no borré nada. Si todavía quieres borrar tus datos, vuelve a enviar /delete.
