"""What a settings change touched, so open screens refresh only what concerns them (Anki's
OpChanges). Plain data: the core never emits anything; the UI publishes it on its bus."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ChangeSet:
    categories: bool = False
    villages: bool = False
    crews: bool = False
    office: bool = False
    numbering: bool = False
    letters: bool = False
    map: bool = False
    labels: bool = False  # the statuses' names and colours (services.labels)
    traffy: bool = False  # the Traffy Fondue sync settings (services.traffy_sync)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                            for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *names: str) -> bool:
        return any(getattr(self, name) for name in names)

    @classmethod
    def everything(cls) -> ChangeSet:
        return cls(**{f.name: True for f in fields(cls)})


NOTHING = ChangeSet()
