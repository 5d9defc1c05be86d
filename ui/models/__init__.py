"""models of the desktop front end."""
