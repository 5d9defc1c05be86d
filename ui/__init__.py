"""The PySide6 desktop front end. Calls fondue_desk.services only; never SQL, never ORM objects."""
