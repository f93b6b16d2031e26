"""The filter bar above the petition table: tier, admissibility, search-as-you-type, and the count.

It knows nothing about the database: it emits ``changed`` with the filter values, and the window
hands them to the table model, which re-queries in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from secretariat.services.tiers import TIER_ORDER
from ui.labels import admissibility_label, tier_label

#: Search waits this long after the last keystroke before it queries.
SEARCH_DELAY_MS = 150
ADMISSIBILITY_ORDER = ("pending", "admitted", "inadmissible")


class PetitionFilterBar(QWidget):
    """``changed(tiers, admissibility, search)`` fires when the user changes a filter."""

    changed = Signal(tuple, tuple, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier_box = QComboBox(self)
        self.tier_box.setAccessibleName(self.tr("Nivel"))
        self.tier_box.addItem(self.tr("Todos los niveles"), ())
        for tier in reversed(TIER_ORDER):
            self.tier_box.addItem(tier_label(tier), (tier,))
        self.tier_box.addItem(self.tr("Revisión jurídica o más"), TIER_ORDER[1:])
        self.tier_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.admissibility_box = QComboBox(self)
        self.admissibility_box.setAccessibleName(self.tr("Admisibilidad"))
        self.admissibility_box.addItem(self.tr("Cualquier admisibilidad"), ())
        for code in ADMISSIBILITY_ORDER:
            self.admissibility_box.addItem(admissibility_label(code), (code,))
        self.admissibility_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por título o peticionario (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setAccessibleName(self.tr("Buscar"))
        self.search.installEventFilter(self)

        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.tier_box.currentIndexChanged.connect(lambda _i: self._emit())
        self.admissibility_box.currentIndexChanged.connect(lambda _i: self._emit())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        tier_caption = QLabel(self.tr("&Nivel:"), self)
        tier_caption.setBuddy(self.tier_box)
        adm_caption = QLabel(self.tr("&Admisibilidad:"), self)
        adm_caption.setBuddy(self.admissibility_box)
        layout.addWidget(tier_caption)
        layout.addWidget(self.tier_box)
        layout.addSpacing(6)
        layout.addWidget(adm_caption)
        layout.addWidget(self.admissibility_box)
        layout.addSpacing(6)
        layout.addWidget(self.search, 1)
        layout.addSpacing(6)
        layout.addWidget(self.count_label)

    # ------------------------------------------------------------------ values
    def tiers(self) -> tuple[str, ...]:
        return tuple(self.tier_box.currentData() or ())

    def admissibility(self) -> tuple[str, ...]:
        return tuple(self.admissibility_box.currentData() or ())

    def search_text(self) -> str:
        return self.search.text().strip()

    def set_counts(self, shown: int, total: int, locale: QLocale | None = None) -> None:
        loc = locale or QLocale()
        if shown == total:
            text = self.tr("%1 peticiones").replace("%1", loc.toString(total))
            if total == 1:
                text = self.tr("1 petición")
        else:
            text = (self.tr("%1 de %2 peticiones")
                    .replace("%1", loc.toString(shown)).replace("%2", loc.toString(total)))
        self.count_label.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Apply a pending search now (Enter, or a test that does not want to wait)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    # ------------------------------------------------------------------ internals
    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.tiers(), self.admissibility(), self.search_text())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                return True
        return super().eventFilter(obj, event)

