"""Network share detection with fake mount tables, fake drive types and fake paths."""
from __future__ import annotations

import pytest

from fondue_desk.db.location import (
    DRIVE_REMOTE,
    Mount,
    is_network_fs,
    network_share_reason,
    parse_mount_output,
    parse_proc_mounts,
    sqlite_file,
)

PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//nas/office /mnt/office cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
server:/export/desk /srv/desk nfs4 rw,vers=4.2 0 0
me@host:/data /home/me/remote fuse.sshfs rw,nosuid 0 0
//nas/with\\040space /mnt/with\\040space smb3 rw 0 0
tmpfs /mnt/office/cache tmpfs rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//clerk@NAS._smb._tcp.local/office on /Volumes/office (smbfs, nodev, nosuid, mounted by clerk)
nas.local:/export on /Volumes/nfs share (nfs, asynchronous)
afp_0TQ on /Volumes/old (afpfs, nodev, nosuid)
"""


def linux(path: str) -> str | None:
    return network_share_reason(path, platform="linux", mounts=parse_proc_mounts(PROC_MOUNTS))


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/clerk/fondue.sqlite3", None),
    ("/mnt/office/fondue.sqlite3", "cifs //nas/office on /mnt/office"),
    ("/mnt/office", "cifs //nas/office on /mnt/office"),
    ("/mnt/office/local/fondue.sqlite3", None),          # a local disk mounted inside the share
    ("/mnt/office/cache/x.sqlite3", None),               # tmpfs mounted inside it
    ("/mnt/officer/fondue.sqlite3", None),               # a sibling with a longer name
    ("/srv/desk/a/b/c.sqlite3", "nfs4 server:/export/desk on /srv/desk"),
    ("/home/me/remote/f.db", "fuse.sshfs me@host:/data on /home/me/remote"),
    ("/mnt/with space/f.db", "smb3 //nas/with space on /mnt/with space"),
    ("/mnt/office/../elsewhere/f.db", None),             # normalised before matching
])
def test_linux_mounts(path, expected):
    assert linux(path) == expected


def test_the_later_of_two_mounts_on_one_point_wins():
    table = [Mount("//nas/a", "/data", "cifs"), Mount("/dev/sdc1", "/data", "ext4")]
    assert network_share_reason("/data/f.db", platform="linux", mounts=table) is None
    table.reverse()
    assert network_share_reason("/data/f.db", platform="linux", mounts=table) == \
        "cifs //nas/a on /data"


def test_macos_mount_output():
    mounts = parse_mount_output(MAC_MOUNT)
    assert Mount("nas.local:/export", "/Volumes/nfs share", "nfs") in mounts

    def mac(path):
        return network_share_reason(path, platform="darwin", mounts=mounts)

    assert mac("/Users/clerk/f.db") is None
    assert mac("/Volumes/office/f.db").startswith("smbfs ")
    assert mac("/Volumes/nfs share/f.db").startswith("nfs ")
    assert mac("/Volumes/old/f.db").startswith("afpfs ")


@pytest.mark.parametrize("fs_type", ["nfs", "NFS4", "cifs", "smb3", "smbfs", "fuse.sshfs",
                                     "sshfs", "afpfs", "9p", "davfs", "fuse.glusterfs",
                                     "glusterfs", "ceph", "fuse.ceph"])
def test_network_file_systems(fs_type):
    assert is_network_fs(fs_type)


@pytest.mark.parametrize("fs_type", ["ext4", "xfs", "btrfs", "apfs", "ntfs", "fuseblk",
                                     "fuse.portal", "tmpfs", "overlay", "vfat"])
def test_local_file_systems(fs_type):
    assert not is_network_fs(fs_type)


def drives(remote: str = "", fail: bool = False):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        if fail:
            raise OSError("no ctypes here")
        return DRIVE_REMOTE if root[0] in remote else 3  # DRIVE_FIXED
    return drive_type, asked


@pytest.mark.parametrize(("path", "expected"), [
    (r"\\nas\office\fondue\desk.sqlite3", r"\\nas\office"),
    ("//nas/office/desk.sqlite3", r"\\nas\office"),
    (r"\\?\UNC\nas\office\desk.sqlite3", r"\\nas\office"),
    (r"Z:\fondue\desk.sqlite3", "Z: (network drive)"),
    (r"z:/fondue/desk.sqlite3", "Z: (network drive)"),
    (r"\\?\Z:\fondue\desk.sqlite3", "Z: (network drive)"),
    (r"C:\Users\clerk\AppData\Local\fondue-desk\fondue-desk.sqlite3", None),
    (r"\\?\C:\long\path.sqlite3", None),
    (r"relative\desk.sqlite3", None),
])
def test_windows_paths(path, expected):
    drive_type, _ = drives(remote="Z")
    assert network_share_reason(path, platform="win32", drive_type=drive_type) == expected


def test_windows_asks_the_drive_root_and_survives_a_failing_call():
    drive_type, asked = drives(remote="Z")
    network_share_reason(r"c:\data\f.db", platform="win32", drive_type=drive_type)
    assert asked == ["C:\\"]
    failing, _ = drives(fail=True)
    assert network_share_reason(r"Z:\f.db", platform="win32", drive_type=failing) is None


def test_unc_path_on_linux_is_a_share_and_posix_double_slash_is_not():
    assert network_share_reason(r"\\nas\office\f.db", platform="linux", mounts=[]) == \
        r"\\nas\office"
    assert network_share_reason("//srv/f.db", platform="linux",
                                mounts=[Mount("/dev/sda1", "/", "ext4")]) is None


def test_this_machine_reads_its_own_table(tmp_path):
    # tmp_path is on a local disk on every test machine we run on.
    assert network_share_reason(tmp_path / "not-yet" / "f.db") is None


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:////srv/desk.sqlite3", "/srv/desk.sqlite3"),
    ("sqlite:///file:/srv/desk.sqlite3?uri=true", "/srv/desk.sqlite3"),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("postgresql+psycopg://desk@server/fondue", None),
])
def test_sqlite_file(url, expected):
    assert sqlite_file(url) == expected
