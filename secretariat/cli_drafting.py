"""CLI commands for drafting (wired in by ``secretariat/cli.py``: ``register(sub)`` adds them,
``COMMANDS`` maps them to functions). No logic of its own: it calls services and prints."""

from __future__ import annotations


def register(sub) -> None:
    """Add this area's commands to the top-level subparsers."""


COMMANDS: dict = {}
