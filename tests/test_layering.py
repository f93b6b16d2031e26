"""The layering rules: the domain and the exports never touch Qt; the UI never touches SQL.

Checked two ways: statically (every import statement in the source) and at run time (importing
every module of the domain in a fresh interpreter must not load PySide6).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in ``path``, including those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def _offending(package: str, forbidden: tuple[str, ...]) -> list[str]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}/"
    bad = []
    for path in files:
        for line, module in _imports(path):
            if module.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("package", ["secretariat", "exports"])
def test_domain_and_exports_never_import_qt(package):
    assert _offending(package, QT_PACKAGES) == []


def test_ui_never_imports_sqlalchemy():
    assert _offending("ui", ("sqlalchemy",)) == []


def test_the_scan_sees_imports_inside_functions(tmp_path):
    # Guards the checker itself: a lazy import inside a function body must be caught.
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    import sqlalchemy.orm\n")
    assert _imports(sample) == [(2, "PySide6.QtWidgets"), (3, "sqlalchemy.orm")]


def test_importing_the_whole_domain_loads_no_qt():
    code = """
import importlib, pkgutil, sys
import secretariat, exports
names = []
for pkg in (secretariat, exports):
    names.append(pkg.__name__)
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        names.append(info.name)
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in %r)
print(len(names))
assert not qt, "Qt loaded by the domain: " + ", ".join(qt)
""" % (QT_PACKAGES,)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    # Sanity: the walk really imported the domain (package, models, services, ...).
    assert int(proc.stdout.strip()) >= 10
