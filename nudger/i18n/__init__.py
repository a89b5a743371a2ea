"""Localisation: the words in every language (Fluent) and their formats (Babel, CLDR)."""
