"""The Exchange API user name and password Traffy issues an office: in the operating system's
keyring, or, where there is none (a headless server), in a Fernet-encrypted file in the user's
configuration folder with its key in a second file, both readable by this user only.

Never in the database, the configuration file, exports, backups or logs: the shared database
is copied around (backups, exports to a USB stick), a keyring entry is not. The file fallback
protects against a copied folder of data, not against someone signed in as the same user;
DESIGN.md says so.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from cryptography.fernet import Fernet, InvalidToken
from platformdirs import user_config_dir

SERVICE_PREFIX = "fondue-desk-traffy"


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str

    def __repr__(self) -> str:          # a stray log line never shows the password
        return f"Credentials({self.username!r}, '***')"


def service_name(database_key: str, office_id: int) -> str:
    """One entry per database and office: two offices on one PC keep their own accounts."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", database_key)[-80:]
    return f"{SERVICE_PREFIX}:{safe}:{office_id}"


def _keyring_usable() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    # The fail/null backends have priority 0 and raise or drop what is stored.
    return priority > 0 and "fail" not in type(backend).__module__ \
        and "null" not in type(backend).__module__


def save(database_key: str, office_id: int, creds: Credentials, *,
         folder: Path | None = None) -> str:
    """Store; returns where: "keyring" or "file"."""
    service = service_name(database_key, office_id)
    if folder is None and _keyring_usable():
        try:
            keyring.set_password(service, "username", creds.username)
            keyring.set_password(service, "password", creds.password)
            return "keyring"
        except keyring.errors.KeyringError:
            pass
    _file_store(folder).put(service, {"username": creds.username,
                                      "password": creds.password})
    return "file"


def load(database_key: str, office_id: int, *, folder: Path | None = None
         ) -> Credentials | None:
    service = service_name(database_key, office_id)
    if folder is None and _keyring_usable():
        try:
            username = keyring.get_password(service, "username")
            password = keyring.get_password(service, "password")
            if username and password:
                return Credentials(username, password)
        except keyring.errors.KeyringError:
            pass
    found = _file_store(folder).get(service)
    if found and found.get("username") and found.get("password"):
        return Credentials(found["username"], found["password"])
    return None


def forget(database_key: str, office_id: int, *, folder: Path | None = None) -> None:
    service = service_name(database_key, office_id)
    if folder is None and _keyring_usable():
        for name in ("username", "password"):
            try:
                keyring.delete_password(service, name)
            except keyring.errors.KeyringError:
                pass
    _file_store(folder).put(service, None)


class _FileStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key_path = folder / "traffy.key"
        self.data_path = folder / "traffy-credentials.bin"

    def _fernet(self) -> Fernet:
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.key_path.exists():
            _write_private(self.key_path, Fernet.generate_key())
        return Fernet(self.key_path.read_bytes().strip())

    def _all(self) -> dict:
        if not self.data_path.exists():
            return {}
        try:
            return json.loads(self._fernet().decrypt(self.data_path.read_bytes()))
        except (InvalidToken, ValueError):
            # A key lost or replaced: the office enters the password again.
            return {}

    def get(self, service: str) -> dict | None:
        return self._all().get(service)

    def put(self, service: str, value: dict | None) -> None:
        entries = self._all()
        if value is None:
            if service not in entries:
                return
            entries.pop(service)
        else:
            entries[service] = value
        token = self._fernet().encrypt(json.dumps(entries).encode("utf-8"))
        _write_private(self.data_path, token)


def _file_store(folder: Path | None) -> _FileStore:
    return _FileStore(folder if folder is not None
                      else Path(user_config_dir("fondue-desk", appauthor=False)) / "secrets")


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
