"""widgets of the desktop front end."""
