"""The web UI's session: a server-issued id in an HttpOnly, SameSite cookie.

A page load without a valid cookie, and a chat event whose cookie the server
did not issue (invented, expired), get a fresh session before the request goes
on, so Gradio handlers find the caller's own valid id in the request's cookies
and never take a session id from the page's data.
"""

from __future__ import annotations

import re
from http.cookies import SimpleCookie

from app.web.asgi_util import ASGIApp, Message, Receive, Scope, Send, header, send_json
from app.web.rate_limit import RateLimited
from app.web.session_gate import SessionGate

COOKIE_NAME = "pa_sid"
_NEEDS_SESSION = re.compile(r"^/(|gradio_api/queue/join)$")


def session_from_cookie_header(raw: str | None) -> str | None:
    """The session id in a Cookie header, if any."""
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed Cookie header carries no session
        return None
    morsel = jar.get(COOKIE_NAME)
    return morsel.value if morsel else None


class SessionCookieMiddleware:
    """Makes sure page loads and chat events carry a valid issued session cookie."""

    def __init__(self, app: ASGIApp, gate: SessionGate, max_age_seconds: int,
                 secure: bool | None = None) -> None:
        self.app = app
        self.gate = gate
        self.max_age = max_age_seconds
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http" or not _NEEDS_SESSION.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        raw = header(scope, b"cookie")
        presented = session_from_cookie_header(raw.decode("latin-1") if raw else None)
        if (presented and self.gate.is_valid(presented)) or (
                presented is None and scope["path"] != "/"):
            # A chat event without any session cookie comes from an API client
            # (gradio_client's ask_json names its session in the data); only a browser that
            # loaded the page, or one whose session expired, is given a cookie.
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        try:
            session_id = self.gate.issue(client)
        except RateLimited as limited:
            await send_json(send, 429, {"error": limited.message},
                            [(b"retry-after", str(round(limited.retry_after)).encode())])
            return
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"cookie"]
        headers.append((b"cookie", f"{COOKIE_NAME}={session_id}".encode()))
        scope["headers"] = headers
        cookie = self._cookie(session_id, scope)

        async def set_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie)]
            await send(message)

        await self.app(scope, receive, set_cookie)

    def _cookie(self, session_id: str, scope: Scope) -> bytes:
        secure = self.secure if self.secure is not None else scope.get("scheme") == "https"
        parts = [f"{COOKIE_NAME}={session_id}", "Path=/", "HttpOnly", "SameSite=Strict",
                 f"Max-Age={self.max_age}"]
        if secure:
            parts.append("Secure")
        return "; ".join(parts).encode()
