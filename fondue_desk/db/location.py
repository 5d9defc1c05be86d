"""Is a database file on a network share? SQLite's locking (WAL's shared memory above all)
only works between processes of one computer: over SMB or NFS two desks can corrupt the file
or read each other's half-written pages. Desks on several PCs need PostgreSQL instead.

Everything the answer depends on (platform, mount table, Windows drive type) can be passed
in, so the rules are tested on any machine with fake tables and paths.
"""
from __future__ import annotations

import ntpath
import os
import posixpath
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

# File system types whose files live on another computer (Linux /proc/mounts and macOS mount
# names). FUSE types read "fuse.<name>"; the prefix is dropped before looking them up.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "afpfs", "afs", "9p",
    "davfs", "davfs2", "webdav", "glusterfs", "ceph", "cephfs", "lustre", "gpfs", "ncpfs",
    "beegfs", "s3fs", "rclone",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: the drive is a remote (network) drive


@dataclass(frozen=True)
class Mount:
    source: str       # what is mounted: "//nas/office", "server:/export"
    mount_point: str  # where: "/mnt/office"
    fs_type: str      # "cifs", "nfs4", "fuse.sshfs"


def is_network_fs(fs_type: str) -> bool:
    return fs_type.lower().removeprefix("fuse.") in NETWORK_FS_TYPES


def network_share_reason(path: str | os.PathLike[str], *, platform: str | None = None,
                         mounts: Sequence[Mount] | None = None,
                         drive_type: Callable[[str], int] | None = None) -> str | None:
    """Why `path` is on a network share ("\\\\nas\\office", "Z: (network drive)",
    "cifs //nas/office on /mnt/office"), or None for a local disk or when it cannot tell.

    `platform` is sys.platform's form; `mounts` the mount table (read from the system when
    None); `drive_type` Windows' GetDriveTypeW (ctypes when None)."""
    system = platform or sys.platform
    text = os.fspath(path)
    if system.startswith("win"):
        return _windows_reason(text, drive_type or _get_drive_type)
    if text.startswith("\\\\"):  # a Windows share typed on another system: never a local file
        return _unc_share(text)
    table = _read_mounts(system) if mounts is None else mounts
    mount = _mount_of(_resolved(text) if mounts is None else posixpath.normpath(text), table)
    if mount is None or not is_network_fs(mount.fs_type):
        return None
    return f"{mount.fs_type} {mount.source} on {mount.mount_point}"


def sqlite_file(url: str) -> str | None:
    """The file of an SQLite URL; None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    database = parsed.database
    if database.startswith("file:"):  # sqlite:///file:path?uri=true
        database = database[len("file:"):].split("?", 1)[0]
    return database


def _windows_reason(text: str, drive_type: Callable[[str], int]) -> str | None:
    normalised = text.replace("/", "\\")
    upper = normalised.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return _unc_share("\\\\" + normalised[len("\\\\?\\UNC\\"):])
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        normalised = normalised[4:]  # a long-path or device prefix on a drive letter
    elif normalised.startswith("\\\\"):
        return _unc_share(normalised)
    drive, _ = ntpath.splitdrive(normalised)
    if not re.fullmatch(r"[A-Za-z]:", drive):
        return None  # relative: a local working folder is the only sensible reading
    try:
        remote = drive_type(drive.upper() + "\\") == DRIVE_REMOTE
    except OSError:
        return None
    return f"{drive.upper()} (network drive)" if remote else None


def _unc_share(text: str) -> str:
    parts = [part for part in text.replace("/", "\\").split("\\") if part]
    return "\\\\" + "\\".join(parts[:2])


def _get_drive_type(root: str) -> int:
    import ctypes  # Windows only; never reached elsewhere

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _resolved(text: str) -> str:
    """The real path of the file, or of its nearest existing folder (a file not made yet)."""
    path = Path(text).expanduser().absolute()
    for candidate in (path, *path.parents):
        if candidate.exists():
            return str(candidate.resolve() / path.relative_to(candidate))
    return str(path)


def _mount_of(path: str, mounts: Sequence[Mount]) -> Mount | None:
    best: Mount | None = None
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = path == point or path.startswith(point if point == "/" else point + "/")
        # The last of equally long matches wins: a later mount hides an earlier one there.
        if inside and (best is None or len(point) >= len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def parse_proc_mounts(text: str) -> list[Mount]:
    """Linux /proc/mounts (or /etc/mtab): spaces in names are written as octal escapes."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            source, point, fs_type = (_unescape(field) for field in fields[:3])
            mounts.append(Mount(source, point, fs_type))
    return mounts


def parse_mount_output(text: str) -> list[Mount]:
    """macOS/BSD `mount`: "//user@nas/office on /Volumes/office (smbfs, nodev, ...)"."""
    mounts = []
    for line in text.splitlines():
        match = re.match(r"^(.*) on (.*) \(([^,)]+)[,)]", line)
        if match:
            mounts.append(Mount(match.group(1), match.group(2), match.group(3).strip()))
    return mounts


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _read_mounts(system: str) -> list[Mount]:
    try:
        if system.startswith("linux"):
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8",
                                                                    errors="replace"))
        done = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False)
        return parse_mount_output(done.stdout)
    except (OSError, subprocess.SubprocessError):
        return []  # cannot tell: say nothing rather than warn about a local disk
