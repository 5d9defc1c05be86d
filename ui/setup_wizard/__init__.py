"""The set-up assistant an empty database opens with (see wizard.py)."""
from .pages import SetupOutcome
from .wizard import SetupWizard

__all__ = ["SetupOutcome", "SetupWizard"]
