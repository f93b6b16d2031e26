"""The PySide6 window. It calls ``secretariat.services`` and never builds SQL or imports SQLAlchemy."""

from .signals import guard_bool_refcounts

guard_bool_refcounts()  # PySide6 6.12.0: every Python emit() drops a reference to True
