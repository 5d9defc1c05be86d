"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to True on every
signal emit, and after a few thousand emits (a morning at the counter) Python aborts. This
guards the pin in pyproject.toml against a release with the same fault."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    changed = Signal(int)
app = QCoreApplication([])
source, seen = Source(), []
source.changed.connect(seen.append)
for value in range(20000):
    source.changed.emit(value)
print(len(seen))
"""


def test_many_signal_emits_do_not_abort_python():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "20000"
