"""A client of the Traffy Fondue Exchange API (traffy-nectec/exchange-api-doc), over httpx.

Every failure becomes a `TraffyError` with a code the desk words (ui/traffy_texts.py,
commands/error_catalogue.py) and a flag saying whether trying again later can help: the outbox
retries `retryable` errors with back-off and marks the others failed with the reason.
The JWT from get-auth is kept in memory only and renewed before it expires or once on a 401 /
"token has expired" answer. Nothing here logs the password or the token.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx

from fondue_desk.domain.calendar import THAI_TZ, now_thai
from fondue_desk.domain.errors import FondueError

DEFAULT_BASE_URL = "https://publicapi.traffy.in.th/exchange-api"
# A slow rural line still answers a small JSON call within this; a CSV download gets longer.
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DOWNLOAD_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
# Renew a little before Traffy's expiry so a call is never sent with a token about to lapse.
_RENEW_MARGIN = timedelta(minutes=2)

# Codes (their words: ui/traffy_texts.py and commands/error_catalogue.py).
OFFLINE = "traffy.offline"
TIMEOUT_CODE = "traffy.timeout"
AUTH = "traffy.auth"
QUOTA = "traffy.quota"
SERVER = "traffy.server"
MALFORMED = "traffy.malformed"
REJECTED = "traffy.rejected"
CONNECTION_LOST = "traffy.connection_lost"
CODES = (OFFLINE, TIMEOUT_CODE, AUTH, QUOTA, SERVER, MALFORMED, REJECTED, CONNECTION_LOST)
# Worth trying again later: the line, Traffy's servers, or next month's quota may come back.
RETRYABLE = frozenset({OFFLINE, TIMEOUT_CODE, SERVER, MALFORMED, QUOTA, CONNECTION_LOST})
# The outcome of the call is unknown: Traffy may have acted on it before the answer was lost.
UNKNOWN_OUTCOME = frozenset({TIMEOUT_CODE, SERVER, MALFORMED, CONNECTION_LOST})


class TraffyError(FondueError):
    code = REJECTED

    def __init__(self, code: str, *, detail: str = "", credit: int | None = None) -> None:
        super().__init__(code, detail=detail)
        self.detail = detail
        self.credit = credit

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE

    @property
    def outcome_unknown(self) -> bool:
        return self.code in UNKNOWN_OUTCOME


@dataclass(frozen=True)
class Answer:
    """A successful answer: its `results` and the monthly credit left (None = unlimited or
    not reported)."""

    results: Any
    credit: int | None
    body: Mapping[str, Any]


@dataclass(frozen=True)
class NewTicket:
    ticket_id: str
    password: str
    credit: int | None


class TraffyClient:
    """One office's connection. Not thread-safe: one per sync run."""

    def __init__(self, username: str, password: str, *, base_url: str = DEFAULT_BASE_URL,
                 transport: httpx.BaseTransport | None = None, timeout=TIMEOUT,
                 clock=now_thai) -> None:
        self._username = username
        self._password = password
        self._clock = clock
        self._token: str | None = None
        self._expires: datetime | None = None
        self.credit: int | None = None
        self._http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout,
                                  transport=transport, headers={"Accept": "application/json"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:  # never the password
        return f"TraffyClient({self._username!r}, {str(self._http.base_url)!r})"

    # -- authentication -------------------------------------------------------------------

    def authenticate(self) -> None:
        body = self._send("POST", "/get-auth/v1", json={"user": self._username,
                                                        "pass": self._password}, auth=False)
        results = body.get("results")
        if not isinstance(results, Mapping) or not results.get("token"):
            raise TraffyError(MALFORMED, detail="get-auth: no token")
        self._token = str(results["token"])
        self._expires = _thai_time(results.get("expire_timestamp"))

    def _ensure_token(self) -> None:
        if (self._token is None or self._expires is None
                or self._clock() >= self._expires - _RENEW_MARGIN):
            self.authenticate()

    # -- actions ----------------------------------------------------------------------------

    def new_issue(self, payload: Mapping[str, Any]) -> NewTicket:
        answer = self.call("POST", "/new-issue/v1", json=dict(payload))
        results = answer.results
        if not isinstance(results, Mapping) or not results.get("ticket_id"):
            raise TraffyError(MALFORMED, detail="new-issue: no ticket_id")
        return NewTicket(str(results["ticket_id"]), str(results.get("password") or ""),
                         answer.credit)

    def update_issue(self, payload: Mapping[str, Any]) -> Answer:
        return self.call("PATCH", "/update-issue/v1", json=dict(payload))

    def join_forward(self, payload: Mapping[str, Any]) -> Answer:
        return self.call("POST", "/join-forward/v1", json=dict(payload))

    # -- queries ----------------------------------------------------------------------------

    def get_issues(self, *, org_id: str = "", duration: str = "today") -> list[dict]:
        params = {"duration": duration}
        if org_id:
            params["org_id"] = org_id
        results = self.call("GET", "/get-issues/v2", params=params).results
        if not isinstance(results, list):
            raise TraffyError(MALFORMED, detail="get-issues: results is not a list")
        return [r for r in results if isinstance(r, Mapping) and r.get("ticket_id")]

    def download_issues(self, *, org_id: str = "", duration: str = "today") -> list[dict]:
        """The CSV export as rows (dicts by header); the BOM Traffy puts first is dropped."""
        params = {"duration": duration}
        if org_id:
            params["org_id"] = org_id
        response = self._renewing(lambda: self._csv(params))
        text = response.content.decode("utf-8-sig", errors="replace")
        return list(csv.DictReader(io.StringIO(text, newline="")))

    def get_status_list(self, org_id: str = "") -> list[dict]:
        return self._list("/get-status-list/v2", org_id)

    def get_type_list(self, org_id: str = "") -> list[dict]:
        return self._list("/get-type-list/v2", org_id)

    def _list(self, path: str, org_id: str) -> list[dict]:
        params = {"org_id": org_id} if org_id else {}
        results = self.call("GET", path, params=params).results
        return list(results) if isinstance(results, list) else []

    # -- plumbing -----------------------------------------------------------------------------

    def call(self, method: str, path: str, **kwargs) -> Answer:
        """One authenticated call; a token Traffy calls expired is renewed and the call made
        once more."""
        body = self._renewing(lambda: self._send(method, path, **kwargs))
        return Answer(body.get("results"), self.credit, body)

    def _renewing(self, send):
        self._ensure_token()
        try:
            return send()
        except TraffyError as error:
            if error.code != AUTH or not error.params.get("token"):
                raise
            self._token = None
            self.authenticate()
            return send()

    def _csv(self, params: dict) -> httpx.Response:
        response = self._request("GET", "/download-issues/v2", params=params,
                                 timeout=DOWNLOAD_TIMEOUT)
        if response.status_code >= 400 or "json" in response.headers.get("content-type", ""):
            self._checked(response)        # the error wrapper: raises
        return response

    def _request(self, method: str, path: str, *, auth: bool = True, **kwargs) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._token}"} if auth else {}
        try:
            return self._http.request(method, path, headers=headers, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError) as error:
            # Never reached Traffy: nothing was done there.
            raise TraffyError(OFFLINE, detail=type(error).__name__) from None
        except httpx.TimeoutException as error:
            raise TraffyError(TIMEOUT_CODE, detail=type(error).__name__) from None
        except httpx.HTTPError as error:
            # Sent, then the line dropped before the answer: Traffy may have acted on it.
            raise TraffyError(CONNECTION_LOST, detail=type(error).__name__) from None

    def _send(self, method: str, path: str, *, auth: bool = True, **kwargs) -> dict:
        return self._checked(self._request(method, path, auth=auth, **kwargs), auth=auth)

    def _checked(self, response: httpx.Response, *, auth: bool = True) -> dict:
        status = response.status_code
        if status >= 500:
            raise TraffyError(SERVER, detail=f"HTTP {status}")
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            raise TraffyError(MALFORMED, detail=f"HTTP {status}: not JSON") from None
        if not isinstance(body, dict):
            raise TraffyError(MALFORMED, detail=f"HTTP {status}: not an object")
        if "credit_balance" in body:
            self.credit = _int_or_none(body.get("credit_balance"))
        message = str(body.get("message") or "")
        lowered = message.lower()
        if "running out of api usage quota" in lowered and not lowered.startswith("almost"):
            raise TraffyError(QUOTA, detail=message, credit=self.credit)
        if status == 429:
            raise TraffyError(QUOTA, detail=message or "HTTP 429", credit=self.credit)
        token_problem = "token" in lowered and ("expired" in lowered or "invalid" in lowered)
        if status == 401 or token_problem or "invalid user or pass" in lowered:
            error = TraffyError(AUTH, detail=message or f"HTTP {status}")
            # Only a token problem on an authenticated call is cured by a new token.
            if auth and "invalid user or pass" not in lowered:
                error.params["token"] = True
            raise error
        if status >= 400 or body.get("status") == "fail":
            raise TraffyError(REJECTED, detail=message or f"HTTP {status}", credit=self.credit)
        return body


def _int_or_none(value: object) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _thai_time(text: object) -> datetime | None:
    """Traffy writes its times as Thai wall-clock "YYYY-MM-DD HH:MM:SS[.ffffff]"."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=THAI_TZ)


def parse_thai_time(text: object) -> datetime | None:
    return _thai_time(text)
