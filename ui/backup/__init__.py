"""Backups in the desk: File → Back up… / Restore…, automatic backups, their status and settings."""
