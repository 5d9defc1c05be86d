"""Thai for UI strings still waiting in resources/i18n/pending/*.tsv, until the lead merges them
into the .ts/.qm files: tests can check the Thai the clerk will read either way."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

PENDING = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pending"


class PendingTranslator(QTranslator):
    def __init__(self, name: str) -> None:
        super().__init__(QCoreApplication.instance())
        self._texts: dict[tuple[str, str], str] = {}
        for line in (PENDING / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                context, source, thai = line.split("\t")
                self._texts[(context, source.replace("\\n", "\n"))] = thai.replace("\\n", "\n")

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt)
        return self._texts.get((context, source))  # None: not ours, the next one answers

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return not self._texts


def install_pending(name: str) -> PendingTranslator:
    """Install last, so it is asked first; a merged .qm gives the same words anyway."""
    translator = PendingTranslator(name)
    QCoreApplication.installTranslator(translator)
    return translator


def remove_pending(translator: PendingTranslator) -> None:
    QCoreApplication.removeTranslator(translator)
