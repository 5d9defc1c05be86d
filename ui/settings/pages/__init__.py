"""Every settings page; importing this package registers them (see ui.settings.page)."""
from ...backup import settings_page as backup  # noqa: F401  (Settings → Backup)
from ...traffy import settings_page as traffy  # noqa: F401  (Settings → Traffy Fondue)
from . import (  # noqa: F401
    categories,
    category_fields,
    crews,
    letters,
    map,
    numbering,
    office,
    printers,
    statuses,
    templates,
    users,
    villages,
)
