"""Entry script for the PyInstaller bundle (see installer.spec): the `secretariat` command."""

import multiprocessing
import sys

from secretariat.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
