"""The Settings window: one dialog, a page list on the left, pages declared once."""
