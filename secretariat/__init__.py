"""Secretariat: the domain. Pure Python; never imports Qt."""

__version__ = "0.1.0"
