"""A local fake of the Traffy Fondue Exchange API (traffy-nectec/exchange-api-doc), on a real
port on 127.0.0.1, so the client's httpx, timeouts and JSON handling are exercised for real.

It follows the documented contract: get-auth → JWT-like token with a Thai-time expiry,
Bearer auth, new-issue (POST) → ticket_id + password, update-issue (PATCH only), join-forward,
get-issues/v2, download-issues/v2 (CSV with a BOM), get-status-list/v2, get-type-list/v2; the
`{"status": "fail", "message": ...}` error wrapper with the documented messages; credit_balance
counted down per call. Switches make it misbehave: `slow` (seconds before answering),
`expire_tokens()`, `quota_exhausted`, `fail_5xx` (next N calls), `malformed` (next N calls),
`drop_after_commit` (next N new-issues made, then the connection dropped). `calls` records
(method, path, body) of everything received.
"""
from __future__ import annotations

import csv
import io
import json
import secrets
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from fondue_desk.domain.calendar import THAI_TZ

USER, PASSWORD = "office-api", "s3cret-Traffy-pass"
PREFIX = "/exchange-api"
CSV_FIELDS = ("ticket_id", "type", "organization", "description", "photo", "latitude",
              "longitude", "address", "subdistrict", "district", "province", "timestamp",
              "photo_after", "timestamp_inprogress", "timestamp_finished", "org_finished",
              "status", "confirmed", "star", "count_reopen", "last_activity")


class FakeTraffy:
    def __init__(self, *, now: datetime, credit: int | None = 1000) -> None:
        self.now = now                         # Traffy's clock: token expiry is judged by it
        self.credit = credit
        self.tokens: dict[str, datetime] = {}
        self.tickets: dict[str, dict] = {}
        self.calls: list[tuple[str, str, object]] = []
        self.slow = 0.0
        self.quota_exhausted = False
        self.fail_5xx = 0
        self.malformed = 0
        self.drop_after_commit = 0
        self.refuse_new_issues = ""             # Traffy's words for a 400 to every new-issue
        self.token_lifetime = timedelta(hours=1)
        self._release = threading.Event()
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{PREFIX}"

    def start(self) -> FakeTraffy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def expire_tokens(self) -> None:
        with self._lock:
            for token in self.tokens:
                self.tokens[token] = self.now - timedelta(seconds=1)

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.calls]

    def add_ticket(self, ticket_id: str, **values) -> dict:
        row = {name: "" for name in CSV_FIELDS}
        row.update(ticket_id=ticket_id, status="รอรับเรื่อง", latitude=14.0, longitude=100.6,
                   timestamp="2026-08-20 22:25:37.433959",
                   last_activity="2026-08-20 22:25:37.433959")
        row.update(values)
        self.tickets[ticket_id] = row
        return row

    # -- request handling (on the server's threads) ----------------------------------------

    def handle(self, method: str, path: str, query: dict, body: object, headers) -> tuple:
        with self._lock:
            self.calls.append((method, path, body))
        if self.slow:
            self._release.wait(self.slow)
        with self._lock:
            # The misbehaviour switches aim at the calls made with a token, not at get-auth.
            if path.endswith("/get-auth/v1"):
                return self._route(method, path, query, body, headers)
            if self.fail_5xx:
                self.fail_5xx -= 1
                return 503, "text/html", b"<html>Service Unavailable</html>"
            if self.malformed:
                self.malformed -= 1
                return 200, "application/json", b'{"status": "success", "results": {'
            return self._route(method, path, query, body, headers)

    def _wrap(self, status: str = "success", message: str = "", results=None, **extra):
        body = {"status": status, "message": message, "exec_time": "0.010s",
                "credit_balance": self.credit, "results": [] if results is None else results,
                "api_log_session_id": 1}
        body.update(extra)
        return body

    def _fail(self, code: int, message: str):
        return code, "application/json", _json(self._wrap("fail", message))

    def _route(self, method, path, query, body, headers):
        name = path.removeprefix(PREFIX)
        if name == "/get-auth/v1" and method == "POST":
            if not isinstance(body, dict):
                return self._fail(400, "Invalid input JSON format")
            if body.get("user") != USER or body.get("pass") != PASSWORD:
                return self._fail(401, "Invalid user or pass")
            token = "eyJ" + secrets.token_hex(16)
            expiry = self.now + self.token_lifetime
            self.tokens[token] = expiry
            return 200, "application/json", _json(self._wrap(results={
                "token": token, "expire_timestamp": expiry.astimezone(THAI_TZ).strftime(
                    "%Y-%m-%d %H:%M:%S")}, quota_limit=1000, permissions=["read", "write"]))
        auth = headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ").strip()
        if token not in self.tokens:
            return self._fail(401, "ERR 1 - Invalid token")
        if self.tokens[token] <= self.now:
            return self._fail(401, "This token has expired | Token นี้หมดอายุแล้ว")
        if self.quota_exhausted:
            return self._fail(429, "Running out of API usage quota")
        if self.credit is not None:
            self.credit -= 1
        routes = {("POST", "/new-issue/v1"): self._new_issue,
                  ("PATCH", "/update-issue/v1"): self._update_issue,
                  ("POST", "/join-forward/v1"): self._join_forward,
                  ("GET", "/get-issues/v2"): self._get_issues,
                  ("GET", "/download-issues/v2"): self._download,
                  ("GET", "/get-status-list/v2"): self._status_list,
                  ("GET", "/get-type-list/v2"): self._type_list}
        route = routes.get((method, name))
        if route is None:
            return 404, "application/json", _json(self._wrap("fail", "Not found"))
        return route(query, body)

    def _new_issue(self, query, body):
        if not isinstance(body, dict):
            return self._fail(400, "Invalid input JSON format")
        if self.refuse_new_issues:
            return self._fail(400, self.refuse_new_issues)
        for field in ("latitude", "longitude"):
            if body.get(field) is None:
                return self._fail(400, f"{field} is not specified")
        ticket_id = f"2026-{secrets.token_hex(3).upper()}"
        password = secrets.token_hex(3)
        row = self.add_ticket(ticket_id, description=body.get("description", ""),
                              latitude=body["latitude"], longitude=body["longitude"],
                              type=body.get("category_name_th", ""))
        row["client_ticket_id"] = body.get("client_ticket_id", "")
        row["password"] = password
        row["photos"] = body.get("photo_base64") or []
        if self.drop_after_commit:
            self.drop_after_commit -= 1
            return "drop", "", b""
        return 200, "application/json", _json(self._wrap(
            results={"ticket_id": ticket_id, "password": password,
                     "client_ticket_id": body.get("client_ticket_id", "")},
            api_log_session="1", org_id=[151]))

    def _ticket_of(self, body):
        if not isinstance(body, dict):
            return None
        if body.get("ticket_id") in self.tickets:
            return self.tickets[body["ticket_id"]]
        ours = body.get("client_ticket_id")
        return next((t for t in self.tickets.values()
                     if ours and t.get("client_ticket_id") == ours), None)

    def _update_issue(self, query, body):
        if not isinstance(body, dict) or not body.get("note"):
            return self._fail(400, "note is not specified")
        ticket = self._ticket_of(body)
        if ticket is None:
            return self._fail(400, "ticket_id is not specified")
        if body.get("state_name"):
            ticket["status"] = body["state_name"]
        if body.get("photo_base64"):
            ticket["photo_after"] = body["photo_base64"]
        return 200, "application/json", _json(self._wrap(results={}))

    def _join_forward(self, query, body):
        for field in ("scenario", "origin_group"):
            if not isinstance(body, dict) or field not in body:
                return self._fail(400, f"{field} is not specified")
        ticket = self._ticket_of(body)
        if ticket is None:
            return self._fail(400, "ticket_id is not specified")
        ticket["status"] = "ส่งต่อ"
        return 200, "application/json", _json(self._wrap())

    def _rows(self):
        return [{k: v for k, v in t.items() if k not in ("password", "photos")}
                for t in self.tickets.values()]

    def _get_issues(self, query, body):
        rows = self._rows()
        return 200, "application/json", _json(self._wrap(results=rows, count=len(rows),
                                                          org_id=[151], source="db"))

    def _download(self, query, body):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(self._rows())
        return 200, "text/csv; charset=utf-8", ("\ufeff" + out.getvalue()).encode("utf-8")

    def _status_list(self, query, body):
        results = [{"issue_status_id": 1, "org_statuses_id": None, "status": "รอรับเรื่อง",
                    "status_en": "Pending", "status_type": "waiting", "is_active": True},
                   {"issue_status_id": 3, "org_statuses_id": None, "status": "เสร็จสิ้น",
                    "status_en": "Finished", "status_type": "finish", "is_active": True}]
        return 200, "application/json", _json(self._wrap(results=results, count=2))

    def _type_list(self, query, body):
        results = [{"type": "ถนน", "type_en": "Road", "issue_category_id": 1,
                    "org_category_id": None, "index": 1}]
        return 200, "application/json", _json(self._wrap(results=results, count=1))


def _json(body) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeTraffy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:   # quiet test output
        pass

    def _serve(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        code, kind, payload = self.fake.handle(self.command, url.path, query, body, self.headers)
        if code == "drop":
            # The ticket is made; the answer never arrives.
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = _serve


@pytest.fixture
def fake(now):
    """A fake Exchange API on a local port, on the pinned clock (a plugin of tests/conftest)."""
    server = FakeTraffy(now=now).start()
    yield server
    server.stop()
