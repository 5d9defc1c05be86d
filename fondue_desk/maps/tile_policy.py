"""How the desk may use an online tile server: OpenStreetMap's tile usage policy as pure rules.

The policy (operations.osmfoundation.org/policies/tiles) asks every client to identify itself
with a User-Agent of its own, to honour the HTTP caching headers (keep a tile while it is fresh,
revalidate it with its validators when stale, never ask for tiles nobody looks at) and to do no
bulk download. These functions decide; `tile_cache` stores and `tile_fetch` asks, so every
decision is tested without a network or Qt.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

# Freshness a response gives when it says nothing at all: none, so it is revalidated (a cheap
# 304) the next time it is shown online, and still served from the disk when offline.
NO_FRESHNESS = 0.0
# After a failed request the line is taken as down for this long: the next tiles come from the
# disk at once instead of each waiting for its own connection error.
OFFLINE_RETRY_S = 30.0
_SUBDOMAINS = "abc"
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)\"?", re.IGNORECASE)


@dataclass(frozen=True)
class Freshness:
    """What a response lets us do with its body: keep it (store) and until when (expires_at)."""
    store: bool
    expires_at: float


def user_agent(version: str, email: str = "", phone: str = "") -> str:
    """"FondueDesk/<version> (+mailto:<office email>)": the application and whom to contact.

    The policy forbids a library's default User-Agent; it asks for the application and,
    where there is one, a contact. Headers are ASCII, so a Thai-only contact is left out.
    """
    contact = ""
    if _ascii_printable(email.strip()) and "@" in email:
        contact = f"mailto:{email.strip()}"
    elif _ascii_printable(phone.strip()) and phone.strip():
        contact = f"tel:{re.sub(r'[^0-9+]', '', phone)}"
    return f"FondueDesk/{version} (+{contact})" if contact else f"FondueDesk/{version}"


def tile_url(template: str, z: int, x: int, y: int) -> str:
    """The server's URL for one tile; "{s}" takes a fixed subdomain per tile, as Leaflet does,
    so one tile always has one URL (and one cache entry)."""
    url = template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
    return url.replace("{s}", _SUBDOMAINS[(x + y) % len(_SUBDOMAINS)]).replace("{r}", "")


def valid_tile(z: int, x: int, y: int, max_zoom: int = 22) -> bool:
    return 0 <= z <= max_zoom and 0 <= x < (1 << z) and 0 <= y < (1 << z)


def freshness(headers: Mapping[str, str], now: float) -> Freshness:
    """When a response stops being fresh, from its Cache-Control, Expires, Date and Age.

    max-age (minus Age) wins over Expires (RFC 9111 §4.2.1). Expires is read against the
    server's own Date, so a desk whose clock is wrong still keeps a tile as long as the
    server meant. no-store: never kept; no-cache: kept but revalidated before each use.
    """
    header = {key.lower(): value for key, value in headers.items()}
    control = header.get("cache-control", "")
    directives = {part.strip().split("=", 1)[0].lower() for part in control.split(",")}
    if "no-store" in directives:
        return Freshness(store=False, expires_at=now)
    if "no-cache" in directives:
        return Freshness(store=True, expires_at=now)
    age = _int(header.get("age")) or 0
    found = _MAX_AGE.search(control)
    if found:
        return Freshness(store=True, expires_at=now + max(0, int(found.group(1)) - age))
    expires = _http_date(header.get("expires"))
    if header.get("expires") is not None and expires is None:
        return Freshness(store=True, expires_at=now)  # "Expires: 0" and the like: already stale
    if expires is not None:
        served = _http_date(header.get("date"))
        lifetime = expires - served if served is not None else expires - now
        return Freshness(store=True, expires_at=now + max(0.0, lifetime - age))
    return Freshness(store=True, expires_at=now + NO_FRESHNESS)


def is_fresh(expires_at: float, now: float) -> bool:
    return now < expires_at


def revalidation_headers(etag: str, last_modified: str) -> dict[str, str]:
    """The conditional request for a stale tile: the server answers 304 if it has not changed."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def network_allowed(offline_since: float | None, now: float) -> bool:
    """Try the server again only once OFFLINE_RETRY_S have passed since the last failure."""
    return offline_since is None or now - offline_since >= OFFLINE_RETRY_S


def limit_bytes(megabytes: int) -> int:
    return int(megabytes) * 1024 * 1024


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def _ascii_printable(text: str) -> bool:
    return all(" " <= ch <= "~" for ch in text)
