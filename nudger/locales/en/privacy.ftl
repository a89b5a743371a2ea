# /export and /delete.

privacy-no-data-to-export = I don't hold any data about you, so there's nothing to export. Send /start to begin.
privacy-no-data-to-delete = I don't hold any data about you, so there's nothing to delete. Send /start to begin.
# The caption of the JSON file (its keys stay in English, as a data format's do).
privacy-export-caption = Everything I store about you, as a JSON file. Times are in UTC. To erase it all, send /delete.
privacy-delete-warning =
    Delete everything?

    This erases all I store about you: your partner's name and style, your time zone, nudge times and other settings, every nudge and what you ticked off, your pauses, quiz answers, weekly reviews and uses of /conflict. It can't be undone.

    If you'd like a copy first, send /export before you tap below.
privacy-delete-button = Yes, delete everything
privacy-keep-button = Cancel
privacy-deleted = Deleted. Everything I stored about you is erased, and I no longer know anything about you. If you'd ever like to begin again, send /start and we'll start afresh. Take care.
privacy-deleted-notice = Deleted
privacy-kept = Nothing was deleted.
privacy-nothing-left = There's nothing left to delete: I hold no data about you.
# A "Yes" from a warning sent before the account was deleted and set up again.
privacy-old-warning = That button belongs to an older request, so I haven't deleted anything. If you'd still like to erase your data, send /delete again.
