"""Running the ``secretariat`` command as a user would: in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys


def run(args, env, stdin=None):
    return subprocess.run([sys.executable, "-m", "secretariat.cli", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def ok(r):
    assert r.returncode == 0, r.stderr
    return r


def refused(r, needle):
    """Exit 1 with exactly one sentence on stderr that contains ``needle``."""
    assert r.returncode == 1, r.stdout
    assert r.stderr.count("\n") == 1, r.stderr
    assert needle in r.stderr, r.stderr
    return r


def initialised_env(db_url: str) -> dict:
    """Environment for a case file at ``db_url`` with the counsel ``lic.ramos`` signed in."""
    e = dict(os.environ, SECRETARIAT_DB=db_url, SECRETARIAT_USER="lic.ramos",
             SECRETARIAT_PASSWORD="secreto-123", SECRETARIAT_LANG="es")
    e.pop("SECRETARIAT_NEW_PASSWORD", None)
    ok(run(["init", "--admin", "lic.ramos"], e))
    return e
