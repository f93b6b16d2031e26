"""How long-running services report progress and learn that the user cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import SecretariatError


class Cancelled(SecretariatError):
    code = "cancelled"


@dataclass
class Progress:
    """``report(done, total)`` is called from the worker thread; ``is_cancelled`` is polled."""

    report: Callable[[int, int], None] = lambda done, total: None
    is_cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int) -> None:
        if self.is_cancelled():
            raise Cancelled()
        self.report(done, total)


NO_PROGRESS = Progress()
