#!/usr/bin/env bash
# Secretariat set-up, for a fresh Debian 12 machine (Python 3.11). Two commands:
#
#   bash scripts/setup.sh app    system packages Qt needs, .venv, the app, translations; then
#                                opens the window on the default case file (user data folder).
#                                Extra arguments go to `secretariat` (e.g. --db FILE).
#   bash scripts/setup.sh test   all of the above plus what the tests need (Xvfb, LibreOffice,
#                                poppler, PostgreSQL), a throw-away PostgreSQL server, then the
#                                whole test suite. Extra arguments go to pytest (e.g. -k import).
#
# Safe to run again: installed system packages, an up-to-date .venv and compiled translations
# are detected and skipped, so a rerun spends its time in the tests only.
# Environment: PYTHON (interpreter for the venv, default python3), SECRETARIAT_TEST_WORKERS
# (pytest-xdist workers, default 2).
set -euo pipefail

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
  app | test) ;;
  *)
    echo "Uso / usage: bash scripts/setup.sh app|test [argumentos extra]" >&2
    exit 2
    ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
VENV=$ROOT/.venv
PYTHON=${PYTHON:-python3}
started=$(date +%s)

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# System packages (apt). Nothing is asked of apt when everything is already installed.
# ---------------------------------------------------------------------------------------------
QT_PKGS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-shm0 libxcb-sync1
  libx11-xcb1)
TEST_PKGS=(xvfb xauth libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils postgresql)

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "hace falta ser root (o tener sudo) para instalar paquetes del sistema: $*"
  fi
}

apt_updated=0
apt_ensure() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "faltan paquetes del sistema (${missing[*]}) y no hay apt-get"
  say "Instalando paquetes del sistema / installing system packages: ${missing[*]}"
  if [ "$apt_updated" = 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" </dev/null
}

# Debian's Python keeps venv's pip bootstrap (ensurepip) in python3-venv, and the shared
# libpython that PyInstaller bundles in libpython3.X: neither comes with python3 itself.
PY_PKGS=()
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  PY_PKGS+=(python3 python3-venv)
elif ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
  PY_PKGS+=(python3-venv)
fi
if [ "$mode" = test ]; then
  apt_ensure "${QT_PKGS[@]}" "${TEST_PKGS[@]}" "${PY_PKGS[@]}"
else
  apt_ensure "${QT_PKGS[@]}" "${PY_PKGS[@]}"
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
  die "Secretariat necesita Python 3.11 o posterior; $PYTHON es $("$PYTHON" -V 2>&1)"
py_real=$(readlink -f "$(command -v "$PYTHON")")
if [ "$mode" = test ] && [[ $py_real == /usr/bin/python3* ]]; then
  apt_ensure "libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
fi
say "Paquetes del sistema listos / system packages ready"

# ---------------------------------------------------------------------------------------------
# Python virtual environment and the project (editable install).
# ---------------------------------------------------------------------------------------------

venv_ok() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; }
if ! venv_ok; then
  say "Creando / creating .venv"
  rm -rf "$VENV"
  if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
    # Debian ships venv's pip bootstrap separately.
    rm -rf "$VENV"
    apt_ensure python3-venv
    "$PYTHON" -m venv "$VENV"
  fi
  venv_ok || die "no se pudo crear .venv con $PYTHON"
fi

extras=""
[ "$mode" = test ] && extras="[test]"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $("$VENV/bin/python" -V 2>&1)"
stamp=$VENV/.secretariat-installed
have=$(cat "$stamp" 2>/dev/null || true)
# The stamp records what was installed: "<extras>|<hash of pyproject.toml> <python>".
# A test install also covers the app.
if [ "$have" = "$extras|$want" ] || { [ "$mode" = app ] && [ "$have" = "[test]|$want" ]; } &&
  [ -x "$VENV/bin/secretariat" ]; then
  say "Entorno de Python al día / Python environment up to date"
else
  say "Instalando el proyecto / installing the project: pip install -e .$extras (la primera vez descarga unos 300 MB)"
  pip_flags=(--disable-pip-version-check --no-input)
  [ -t 1 ] || pip_flags+=(--progress-bar off)
  "$VENV/bin/python" -m pip install "${pip_flags[@]}" -q -e ".$extras"
  echo "$extras|$want" >"$stamp"
fi

# ---------------------------------------------------------------------------------------------
# Translations: .ts sources -> .qm next to them (built, never committed).
# ---------------------------------------------------------------------------------------------
shopt -s nullglob
ts_files=(ui/i18n/*.ts)
shopt -u nullglob
compiled=0
for ts in "${ts_files[@]}"; do
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    compiled=$((compiled + 1))
  fi
done
if [ ${#ts_files[@]} -eq 0 ]; then
  say "Traducciones: no hay archivos .ts todavía / no translation sources yet"
else
  say "Traducciones / translations: ${#ts_files[@]} archivo(s), $compiled compilado(s) ahora"
fi

# ---------------------------------------------------------------------------------------------
# app: open the window.
# ---------------------------------------------------------------------------------------------
if [ "$mode" = app ]; then
  say "Listo en $(($(date +%s) - started)) s / ready"
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    say "Abriendo Secretariat / opening Secretariat: .venv/bin/secretariat $*"
    exec "$VENV/bin/secretariat" "$@"
  fi
  # No screen (a server, a container, SSH without X): a window would abort Qt. Check instead
  # that the app starts, opens its main window offscreen and migrates the case file.
  say "No hay pantalla (DISPLAY vacío) / no display: se comprueba el arranque sin pantalla"
  QT_QPA_PLATFORM=offscreen "$VENV/bin/secretariat" "$@" --smoke-test
  say "Secretariat arranca correctamente / starts fine. En una sesión gráfica, ábralo con: .venv/bin/secretariat"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# test: a throw-away PostgreSQL server, then the whole suite.
# ---------------------------------------------------------------------------------------------
# As root the server runs as the postgres user, who must reach the folder: keep it in /tmp.
pg_parent=${TMPDIR:-/tmp}
[ "$(id -u)" = 0 ] && pg_parent=/tmp
pg_dir=$(mktemp -d "$pg_parent/secretariat-pg.XXXXXX")
cleanup() {
  bash "$ROOT/scripts/pg-test-server.sh" stop "$pg_dir" || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PG_TEST_PORT=$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PG_TEST_PORT
pg_env=$(bash scripts/pg-test-server.sh start "$pg_dir") || die "no arrancó el PostgreSQL de prueba / the throw-away PostgreSQL did not start"
eval "$pg_env"
export SECRETARIAT_TEST_PG SECRETARIAT_REQUIRE_PG=1
say "PostgreSQL de prueba / throw-away PostgreSQL: $SECRETARIAT_TEST_PG"

workers=${SECRETARIAT_TEST_WORKERS:-2}
say "Pruebas / tests: python -m pytest -q -n $workers $*"
set +e
# --dist loadfile: a file's tests share a worker, so session fixtures such as the PyInstaller
# build run once. (loadgroup would be finer, but it silently stops grouping with pytest 9.2:
# pytest-xdist issue #1386.)
"$VENV/bin/python" -m pytest -q -n "$workers" --dist loadfile "$@"
rc=$?
if [ "$rc" = 0 ] && [ $# -eq 0 ]; then
  # The window's tests use one backend per run (the sqlite_db fixture): run them again with
  # their case files on PostgreSQL, so the whole suite meets both backends.
  say "Pruebas de la ventana sobre PostgreSQL / window tests on PostgreSQL"
  SECRETARIAT_UI_ON_PG=1 "$VENV/bin/python" -m pytest -q -n "$workers" --dist loadfile tests/ui
  rc=$?
fi
set -e
elapsed=$(($(date +%s) - started))
if [ "$rc" = 5 ]; then
  echo "ERROR: pytest no recogió ninguna prueba / no tests were collected: a run that tests nothing is a failure." >&2
fi
say "setup.sh test: pytest terminó con código $rc (exit code) en $((elapsed / 60)) min $((elapsed % 60)) s en total"
exit "$rc"
