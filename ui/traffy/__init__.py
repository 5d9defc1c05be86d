"""Traffy Fondue screens: the import dialog (File → Import from Traffy Fondue…) and the
Exchange API sync."""
