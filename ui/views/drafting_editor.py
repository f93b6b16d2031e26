"""The wording editor of the selected provision: the text, a note, "Guardar versión" (Ctrl+S).

The editor remembers the version it loaded (``base``); a save sends that number, so a version
saved meanwhile by someone else turns the save into ``WordingConflict`` and the conflict dialog
(``drafting_conflict``) shows who saved and what changed. The adviser's text is never lost: it
stays in the editor, or is kept aside ("Su texto sin guardar…" with "Recuperar mi texto") while
the editor shows the other version. "Restaurar" of an old version is a save too (it takes the
same base). Unsaved edits are the text differing from the base; the tab asks before they go.

Without WRITE_WORDING (clerk, observer) the text is read-only and the commands are hidden.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import wording
from secretariat.services.wording import WordingConflict
from ui.errors import describe
from ui.models.audit_model import fmt_when
from ui.views.dialog_parts import error_label
from ui.views.drafting_conflict import KEEP_MINE, SHOW_THEIRS, WordingConflictDialog
from ui.views.drafting_labels import kind_label, status_label, version_name


class WordingEditor(QWidget):
    """``saved(VersionRow)`` after a version is written; ``dirtyChanged(bool)``; ``conflicted()``."""

    saved = Signal(object)
    dirtyChanged = Signal(bool)
    conflicted = Signal()  # a save met a version saved meanwhile (the tab re-reads)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.provision = None      # ProvisionRow
        self.base = None           # VersionText the editor started from (None: no wording yet)
        self.kept_text: str | None = None  # the writer's text set aside after a conflict
        self.dialog: WordingConflictDialog | None = None
        self.saving = False
        self._dirty = False
        self.can_write = actor.can(Action.WRITE_WORDING)

        self.title = QLabel(self)
        self.title.setObjectName("wording_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.info = QLabel(self)
        self.info.setObjectName("wording_info")
        self.info.setStyleSheet("color: palette(placeholder-text);")

        # the writer's text set aside after a conflict
        self.kept_banner = QFrame(self)
        self.kept_banner.setObjectName("kept_text_banner")
        self.kept_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.kept_banner.setStyleSheet("#kept_text_banner { background: #fff4ce; }")
        self.kept_label = QLabel(self.tr("Su texto sin guardar quedó a salvo mientras ve la versión de la otra persona."),
                                 self.kept_banner)
        self.kept_label.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("&Recuperar mi texto"), self.kept_banner)
        self.recover_button.setToolTip(self.tr("Volver a poner su texto en el editor, sobre la versión guardada"))
        self.copy_kept_button = QPushButton(self.tr("Copiar"), self.kept_banner)
        self.copy_kept_button.setToolTip(self.tr("Copiar su texto al portapapeles"))
        self.drop_kept_button = QPushButton(self.tr("Descartarlo"), self.kept_banner)
        banner = QHBoxLayout(self.kept_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.kept_label, 1)
        for button in (self.recover_button, self.copy_kept_button, self.drop_kept_button):
            banner.addWidget(button)
        self.kept_banner.hide()

        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("wording_edit")
        self.edit.setAccessibleName(self.tr("Redacción de la disposición"))
        self.edit.setTabChangesFocus(True)
        text_font = QFont(self.edit.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.1)
        self.edit.setFont(text_font)
        self.edit.setReadOnly(not self.can_write)
        self.note = QLineEdit(self)
        self.note.setObjectName("wording_note")
        self.note.setPlaceholderText(self.tr("Nota de la versión (opcional): qué cambió y por qué"))
        self.note.setAccessibleName(self.tr("Nota de la versión"))
        self.note.setMaxLength(2000)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = QPushButton(self.tr("&Guardar versión"), self)
        self.save_button.setObjectName("save_wording")
        self.save_button.setToolTip(self.tr("Guardar el texto como una versión nueva (Ctrl+S)"))
        self.discard_button = QPushButton(self.tr("Descartar cambios"), self)
        self.discard_button.setToolTip(self.tr("Volver al texto de la versión cargada"))
        self.error = error_label(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        for widget in (self.note, self.save_button, self.discard_button):
            widget.setVisible(self.can_write)

        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.count)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.kept_banner)
        layout.addWidget(self.edit, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)

        self.edit.textChanged.connect(self._text_changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(lambda: self.discard())
        self.recover_button.clicked.connect(lambda: self.recover_kept())
        self.copy_kept_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.kept_text or ""))
        self.drop_kept_button.clicked.connect(lambda: self._set_kept(None))
        self.load(None, None)

    # ------------------------------------------------------------------ state
    def base_text(self) -> str:
        return self.base.text if self.base is not None else ""

    def base_number(self) -> int | None:
        return self.base.row.number if self.base is not None else None

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_dirty(self) -> bool:
        return self.provision is not None and self.can_write and self.text() != self.base_text()

    def _text_changed(self) -> None:
        dirty = self.is_dirty()
        self.count.setText(self.tr("%1 caracteres").replace("%1", QLocale().toString(len(self.text()))))
        self.save_button.setEnabled(self.provision is not None and not self.saving and dirty)
        self.discard_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        self._show_info()

    def _set_text(self, text: str) -> None:
        if self.text() != text:
            self.edit.setPlainText(text)
        self._text_changed()

    def _set_kept(self, text: str | None) -> None:
        self.kept_text = text
        self.kept_banner.setVisible(text is not None)

    # ------------------------------------------------------------------ loading
    def load(self, row, current) -> None:
        """Show a provision (``row`` None: nothing selected) with its current wording."""
        same = row is not None and self.provision is not None and row.id == self.provision.id
        self.provision, self.base = row, current
        if not same:
            self.note.clear()
            self._set_kept(None)
            self.error.hide()
            self.notice.hide()
        self.edit.setEnabled(row is not None)
        self.note.setEnabled(row is not None)
        self.edit.setPlaceholderText(self.tr("Escriba aquí la redacción de la disposición.") if self.can_write and row
                                     else "")
        self._set_text(self.base_text())
        self._show_title()

    def refresh(self, row, current) -> None:
        """A re-read of the same provision: unsaved text stays, and so does its base (a version
        saved meanwhile will make the next save a conflict, as it must)."""
        if self.provision is None or row is None or row.id != self.provision.id:
            self.load(row, current)
            return
        self.provision = row
        if not self.is_dirty():
            self.base = current
            self._set_text(self.base_text())
        self._show_title()

    def _show_title(self) -> None:
        row = self.provision
        if row is None:
            self.title.setText(self.tr("Elija una disposición en el índice."))
        else:
            heading = f" — {html.escape(row.heading)}" if row.heading else ""
            self.title.setText(f"<b>{html.escape(row.citation)}</b>{heading}")
            self.title.setToolTip(kind_label(row.kind))
        self._show_info()

    def _show_info(self) -> None:
        if self.provision is None:
            self.info.setText("")
            return
        if self.base is None:
            text = self.tr("Sin redacción guardada todavía.")
        else:
            r = self.base.row
            text = (self.tr("%1 · %2 · %3, %4").replace("%1", version_name(r.number).capitalize())
                    .replace("%2", status_label(r.status)).replace("%3", r.author or "—")
                    .replace("%4", fmt_when(r.created_at)))
        if (self.provision.current_number is not None
                and self.provision.current_number > (self.base_number() or 0)):
            text += " · " + self.tr("otra persona guardó la %1 mientras usted editaba").replace(
                "%1", version_name(self.provision.current_number))
        elif self.is_dirty():
            text += " · " + self.tr("cambios sin guardar")
        self.info.setText(text)

    # ------------------------------------------------------------------ commands
    def discard(self) -> None:
        """Back to the loaded version's text (the tab asks first)."""
        self._set_text(self.base_text())

    def recover_kept(self) -> None:
        """Put the text set aside after a conflict back in the editor."""
        if self.kept_text is not None:
            text = self.kept_text
            self._set_kept(None)
            self._set_text(text)
            self.edit.setFocus()

    def save(self, *, after=None):
        """Save the text as the next version; ``after()`` runs once it is saved."""
        if not self.can_write or self.provision is None or self.saving:
            return None
        if not self.is_dirty():
            self.error.setText(self.tr("No hay cambios que guardar."))
            self.error.show()
            return None
        text, note, base, prov = self.text(), self.note.text(), self.base_number(), self.provision
        return self._write(lambda s: wording.save_version(s, self.actor, prov.id, text, base_number=base, note=note),
                           text, self.tr("Guardando la versión"), after)

    def restore(self, number: int, *, note: str = "", after=None):
        """Save old version ``number``'s text as a new version (the tab confirms first)."""
        if not self.can_write or self.provision is None or self.saving:
            return None
        base, prov = self.base_number(), self.provision
        return self._write(lambda s: wording.restore_version(s, self.actor, prov.id, number, base_number=base,
                                                             note=note), None, self.tr("Restaurando la versión"), after)

    def _write(self, call, sent: str | None, title: str, after):
        db, prov = self.db, self.provision
        self.saving = True
        self.error.hide()
        self.notice.hide()
        self.save_button.setEnabled(False)

        def work(_progress):
            with db.write() as s:
                row = call(s)
                return wording.version_text(s, self.actor, row.id)

        def done(saved) -> None:
            self.saving = False
            if self.provision is None or self.provision.id != prov.id:
                return
            typed_since = sent is not None and self.text() != sent
            self.base = saved
            if not typed_since:
                self.note.clear()
                self._set_text(saved.text)  # the stored (cleaned) text
            self._text_changed()
            self.saved.emit(saved.row)
            if after is not None:
                after()

        def failed(exc) -> None:
            self.saving = False
            self._text_changed()
            if isinstance(exc, WordingConflict) and self.provision is not None and self.provision.id == prov.id:
                self.show_conflict(exc)
                self.conflicted.emit()
                return
            self.error.setText(describe(exc, title))
            self.error.show()

        return self.runner.submit(work, title=title, on_done=done, on_error=failed, parent_widget=self)

    def show_conflict(self, exc: WordingConflict) -> WordingConflictDialog:
        mine = self.text()
        dialog = WordingConflictDialog(exc, mine, self, citation=self.provision.citation)
        self.dialog = dialog

        def finished(result: int) -> None:
            if result == SHOW_THEIRS:
                self.base = exc.theirs
                if mine != exc.theirs.text:
                    self._set_kept(mine)
                self._set_text(exc.theirs.text)
            elif result == KEEP_MINE:
                self.base = exc.theirs
                self._text_changed()
                self.notice.setText(self.tr("Su texto sigue en el editor; al guardar se creará la %1, después de "
                                            "la de %2.").replace("%1", version_name(exc.theirs.row.number + 1))
                                    .replace("%2", exc.theirs.row.author or self.tr("la otra persona")))
                self.notice.show()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
