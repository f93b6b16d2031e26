"""The PySide6 window. It calls ``secretariat.services`` and never builds SQL or imports SQLAlchemy."""

from .qtfixes import guard_singletons

guard_singletons()  # PySide6 6.12.0 drops references to True/None on emit() and void calls
