"""The PySide6 window. It calls ``secretariat.services`` and never builds SQL or imports SQLAlchemy."""
