"""Every settings page; importing this package registers them (see ui.settings.page)."""
from . import categories, crews, letters, map, numbering, office, users, villages  # noqa: F401
