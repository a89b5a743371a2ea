"""/settings, in four parts: ``flow`` (the use cases), ``buttons`` (the data each button
carries and the keyboards), ``words`` (what it says) and ``location`` (a shared location,
used only to find a time zone)."""
