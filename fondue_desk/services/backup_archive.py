"""The backup file: one zip holding the database image and a manifest.json that describes it.

A backup is only worth something if it can be trusted years later, so the manifest carries a
SHA-256 of every member (the zip's own CRC-32 catches accidents, not edits), the schema
revision the image was taken at, and what kind of database it came from. Files are written to
a temporary name beside the target and renamed into place only once they read back whole.
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fondue_desk.domain.calendar import to_thai
from fondue_desk.domain.errors import FondueError

FORMAT = "fondue-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".fdbackup"
# One database image per backup; the member's name says which kind it is.
MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
_CHUNK = 1 << 20


class BackupError(FondueError):
    """A backup cannot be made, read or restored; `code` says why (backup.*)."""

    code = "backup.error"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself (read from its manifest, already verified)."""

    path: str
    format_version: int
    app_version: str
    schema_revision: str
    dialect: str
    office_name: str
    created_at: datetime  # naive UTC, like every stored time
    size_bytes: int
    members: tuple[str, ...]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_archive(target: Path, manifest: dict, members: dict[str, Path]) -> None:
    """Write the zip to `target` (a staging path from `staging_file`) and fsync it.

    `manifest` gets the members' hashes and sizes added. The caller verifies the staged file
    and then calls `commit_archive`; a failure anywhere leaves no half-written backup.
    """
    entries = {name: {"sha256": sha256_of(path), "size": path.stat().st_size}
               for name, path in members.items()}
    document = {**manifest, "members": entries}
    with zipfile.ZipFile(target, "w", allowZip64=True) as archive:
        archive.writestr(MANIFEST, json.dumps(document, ensure_ascii=False, indent=2),
                         compress_type=zipfile.ZIP_DEFLATED)
        for name, path in members.items():
            # A pg_dump custom file is compressed already; a SQLite image shrinks a lot.
            method = zipfile.ZIP_STORED if name.endswith(".pgdump") else zipfile.ZIP_DEFLATED
            # Level 1: most of the saving at a fraction of the time (a backup runs as the
            # office closes its desk).
            archive.write(path, name, compress_type=method, compresslevel=1)
    with open(target, "rb+") as written:
        os.fsync(written.fileno())


@contextmanager
def staging_file(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder (same file system, so the rename is atomic);
    removed unless the caller renamed it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        yield staging
    finally:
        staging.unlink(missing_ok=True)


def commit_archive(staging: Path, target: Path) -> None:
    os.replace(staging, target)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    # The rename itself must survive a power cut; Windows has no directory handles to sync.
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def free_name(folder: Path, prefix: str, now: datetime) -> Path:
    stamp = to_thai(now).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{prefix}{stamp}{SUFFIX}"
    n = 1
    while candidate.exists():  # two backups in one second (close right after the daily one)
        candidate = folder / f"{prefix}{stamp}-{n}{SUFFIX}"
        n += 1
    return candidate


def read_manifest(path: Path) -> BackupInfo:
    """What the backup says about itself, without hashing its members (quick)."""
    return read_verified(path, check_members=False)[1]


def read_verified(path: Path, *, check_members: bool = True,
                  unless: str | None = None) -> tuple[dict, BackupInfo]:
    """Open a backup, check it is ours and that every member matches its hash.

    Raises BackupError: backup.not_found, backup.not_a_backup (not a zip, no manifest, another
    program's zip), backup.newer_format, backup.corrupted (a damaged or edited member).
    """
    if not path.is_file():
        raise BackupError("backup.not_found", path=str(path))
    if not _starts_like_a_zip(path):
        raise BackupError("backup.not_a_backup")
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _manifest(archive)
            for name, entry in manifest["members"].items() if check_members else ():
                if name == unless:  # hashed while it is extracted
                    _check_entry(name, entry)
                    continue
                _check_member(archive, name, entry)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        # A truncated or bit-flipped zip fails here (bad CRC, bad offsets, short read).
        raise BackupError("backup.corrupted", path=str(path), reason=str(exc)) from None
    return manifest, _info(path, manifest)


def _starts_like_a_zip(path: Path) -> bool:
    # A zip cut short has lost its directory (at the end) but not its first header: damaged,
    # not "some other file".
    try:
        with open(path, "rb") as head:
            return head.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise BackupError("backup.corrupted", reason=str(exc)) from None


def _manifest(archive: zipfile.ZipFile) -> dict:
    try:
        raw = archive.read(MANIFEST)
    except KeyError:
        raise BackupError("backup.not_a_backup") from None
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BackupError("backup.corrupted", reason="manifest is not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("backup.not_a_backup")
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise BackupError("backup.corrupted", reason="no format version")
    if version > FORMAT_VERSION:
        raise BackupError("backup.newer_format", format_version=version)
    members = manifest.get("members")
    dialect = manifest.get("dialect")
    if (dialect not in MEMBERS or not isinstance(members, dict)
            or MEMBERS[dialect] not in members
            or not all(isinstance(manifest.get(k), str)
                       for k in ("schema_revision", "created_at", "app_version"))):
        raise BackupError("backup.corrupted", reason="manifest incomplete")
    return manifest


def _check_entry(name: str, entry: object) -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
        raise BackupError("backup.corrupted", member=name, reason="no hash")


def _check_member(archive: zipfile.ZipFile, name: str, entry: object) -> None:
    _check_entry(name, entry)
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except KeyError:
        raise BackupError("backup.corrupted", member=name, reason="member missing") from None
    if digest.hexdigest() != entry["sha256"] or size != entry.get("size"):
        raise BackupError("backup.corrupted", member=name, reason="hash mismatch")


def _info(path: Path, manifest: dict) -> BackupInfo:
    try:
        created = datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        raise BackupError("backup.corrupted", reason="bad created_at") from None
    if created.tzinfo is not None:
        created = created.astimezone(UTC).replace(tzinfo=None)
    return BackupInfo(
        path=str(path), format_version=manifest["format_version"],
        app_version=manifest["app_version"], schema_revision=manifest["schema_revision"],
        dialect=manifest["dialect"], office_name=str(manifest.get("office_name", "")),
        created_at=created, size_bytes=path.stat().st_size,
        members=tuple(manifest["members"]))


def extract_member(path: Path, manifest: dict, name: str, destination: Path) -> None:
    """Copy one member out, hashing it on the way: what is used is exactly what was checked
    (one pass over a big image, not a check and then a second read)."""
    entry = manifest["members"][name]
    digest, size = hashlib.sha256(), 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(name) as member, \
                open(destination, "wb") as out:
            while chunk := member.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, KeyError) as exc:
        raise BackupError("backup.corrupted", member=name, reason=str(exc)) from None
    if digest.hexdigest() != entry["sha256"] or size != entry.get("size"):
        raise BackupError("backup.corrupted", member=name, reason="hash mismatch")
