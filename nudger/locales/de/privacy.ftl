# /export and /delete.

privacy-no-data-to-export = Ich habe keine Daten über dich gespeichert, also gibt es nichts zu exportieren. Schick /start, um loszulegen.
privacy-no-data-to-delete = Ich habe keine Daten über dich gespeichert, also gibt es nichts zu löschen. Schick /start, um loszulegen.
# The caption of the JSON file (its keys stay in English, as a data format's do).
privacy-export-caption = Alles, was ich über dich gespeichert habe, als JSON-Datei. Die Zeiten sind in UTC. Um alles zu löschen, schick /delete.
privacy-delete-warning =
    Alles löschen?

    Damit löschst du alles, was ich über dich gespeichert habe: Name und Stil deines Schatzes, deine Zeitzone, deine Impulszeiten und die übrigen Einstellungen, jeden Impuls und was du abgehakt hast, deine Pausen, Quiz-Antworten, Wochenrückblicke und wann du /conflict genutzt hast. Das lässt sich nicht rückgängig machen.

    Wenn du vorher eine Kopie möchtest, schick /export, bevor du auf den Button unten tippst.
privacy-delete-button = Ja, alles löschen
privacy-keep-button = Abbrechen
privacy-deleted = Gelöscht. Alles, was ich über dich gespeichert hatte, ist weg, und ich weiß nichts mehr über dich. Wenn du irgendwann wieder anfangen möchtest, schick /start, und wir beginnen ganz neu. Pass auf dich auf.
privacy-deleted-notice = Gelöscht
privacy-kept = Es wurde nichts gelöscht.
privacy-nothing-left = Es gibt nichts mehr zu löschen: Ich habe keine Daten über dich.
# A "Yes" from a warning sent before the account was deleted and set up again.
privacy-old-warning = Dieser Button gehört zu einer älteren Anfrage, deshalb habe ich nichts gelöscht. Wenn du deine Daten trotzdem löschen möchtest, schick noch einmal /delete.
