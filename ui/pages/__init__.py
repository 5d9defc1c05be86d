"""pages of the desktop front end."""
