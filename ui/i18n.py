"""Interface language: es-MX by default (the source strings), English from a compiled .ts.

- ``current_language()``: ``SECRETARIAT_LANG`` wins, then the ``ui/language`` setting, else "es".
- ``install_translators(app)``: qtbase's own catalogue so that standard dialogs and buttons speak
  the chosen language, the app's ``secretariat_<lang>.qm`` for English, and the default QLocale
  (numbers, dates) to match.

The ``.qm`` files are built, never committed. They are looked up next to the ``.ts`` sources (or
under ``sys._MEIPASS/ui/i18n`` in a PyInstaller bundle); in a source checkout where none was
built, the ``.ts`` is compiled with ``lrelease`` into the user cache directory on first use.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
SETTINGS_KEY = "ui/language"
_TRANSLATORS_ATTR = "_secretariat_translators"


def settings() -> QSettings:
    """The app's own settings store (also used by the views for small preferences)."""
    return QSettings("Secretariat", "Secretariat")


def normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    lang = str(lang).strip().lower().replace("-", "_")
    if lang.startswith("en"):
        return "en"
    if lang.startswith("es"):
        return "es"
    return None


def current_language() -> str:
    """ "es" (default) or "en". ``SECRETARIAT_LANG`` overrides the saved preference."""
    env = normalise(os.environ.get("SECRETARIAT_LANG"))
    if env:
        return env
    return normalise(settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)) or DEFAULT_LANGUAGE


def language_forced_by_environment() -> bool:
    return normalise(os.environ.get("SECRETARIAT_LANG")) is not None


def set_language(lang: str) -> None:
    """Save the preference; it takes effect the next time the window starts."""
    value = normalise(lang)
    if value is None:
        raise ValueError(f"unsupported language: {lang!r}")
    store = settings()
    store.setValue(SETTINGS_KEY, value)
    store.sync()


def i18n_dir() -> Path:
    """Where the ``.ts`` sources and built ``.qm`` files live (bundle-aware)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "ui" / "i18n"
    return Path(__file__).resolve().parent / "i18n"


def _qt_translations_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    base = getattr(sys, "_MEIPASS", None)
    if base:
        dirs += [Path(base) / "PySide6" / "Qt" / "translations", Path(base) / "PySide6" / "translations"]
    return dirs


def lrelease_command() -> list[str] | None:
    """The ``lrelease`` shipped with PySide6, if this is not a frozen build."""
    if getattr(sys, "frozen", False):
        return None
    import PySide6

    root = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        candidate = root / name
        if candidate.exists():
            return [str(candidate)]
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one ``.ts`` into ``qm`` with PySide6's lrelease. False if it cannot be done."""
    cmd = lrelease_command()
    if cmd is None or not ts.exists():
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    return result.returncode == 0 and qm.exists()


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Secretariat", appauthor=False)) / "i18n"


def app_qm(lang: str, qm_dir: Path | None = None) -> Path | None:
    """The compiled catalogue for ``lang``: ``qm_dir`` first, then the package, then the cache."""
    name = f"secretariat_{lang}.qm"
    for folder in (qm_dir, i18n_dir()):
        if folder is not None and (folder / name).exists():
            return folder / name
    ts = i18n_dir() / f"secretariat_{lang}.ts"
    if not ts.exists():
        return None
    cached = _cache_dir() / name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


def _load(translator: QTranslator, path: Path | None) -> bool:
    return path is not None and translator.load(str(path))


def install_translators(app: QApplication, lang: str | None = None, *, qm_dir: Path | None = None) -> None:
    """Install qtbase's and the app's translators for ``lang`` (default: ``current_language()``).

    Earlier translators installed by this function are removed first. References are kept on
    ``app`` so that Python does not collect them while Qt still uses them.
    """
    lang = normalise(lang) or current_language()
    for old in getattr(app, _TRANSLATORS_ATTR, []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []

    qtbase = QTranslator(app)
    for folder in _qt_translations_dirs():
        if _load(qtbase, folder / f"qtbase_{lang}.qm"):
            app.installTranslator(qtbase)
            installed.append(qtbase)
            break

    if lang == "en":
        ours = QTranslator(app)
        if _load(ours, app_qm("en", qm_dir)):
            app.installTranslator(ours)
            installed.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    setattr(app, _TRANSLATORS_ATTR, installed)
    app.setProperty("secretariat_language", lang)
