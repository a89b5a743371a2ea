"""Use cases beyond onboarding and nudges, one module each; :mod:`nudger.conversation` routes."""
