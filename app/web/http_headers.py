"""Security headers on every response, and a per-page script nonce for the HTML shell.

Gradio's page carries inline scripts (its configuration and loader). Rather
than allowing every inline script, the page is served with a fresh nonce on
each of its own ``<script>`` tags and a CSP that trusts only those
(``'strict-dynamic'`` lets them load Gradio's module chunks). Injected markup
in an answer therefore cannot run script even if it slipped past escaping.
"""

from __future__ import annotations

import re
import secrets

from app.web.asgi_util import ASGIApp, Message, Receive, Scope, Send

_SCRIPT_TAG = re.compile(rb"<script(?=[\s>])")
_BASE_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
_API_CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'"


def page_csp(nonce: str) -> bytes:
    """The CSP of the HTML shell: own scripts by nonce, everything else same-origin only."""
    return (f"default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'self'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; "
            "frame-ancestors 'none'").encode()


class SecurityHeadersMiddleware:
    """Adds CSP, nosniff, Referrer-Policy and framing rules; nonces the HTML page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "GET" and scope["path"] == "/":
            await self._page(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _merged(message.get("headers", []), _API_CSP)
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _page(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Buffer the (small) HTML shell, nonce its scripts, then send it."""
        nonce = secrets.token_urlsafe(16)
        start: Message | None = None
        body = bytearray()

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if message.get("more_body"):
                    return
                assert start is not None
                content = _SCRIPT_TAG.sub(f'<script nonce="{nonce}"'.encode(), bytes(body))
                headers = [(k, v) for k, v in start.get("headers", [])
                           if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(content)).encode()))
                start["headers"] = _merged(headers, page_csp(nonce))
                await send(start)
                await send({"type": "http.response.body", "body": content})
                return
            await send(message)

        await self.app(scope, receive, capture)


def _merged(headers: list[tuple[bytes, bytes]], csp: bytes) -> list[tuple[bytes, bytes]]:
    names = {b"content-security-policy", *(name for name, _ in _BASE_HEADERS)}
    kept = [(k, v) for k, v in headers if k.lower() not in names]
    return [*kept, *_BASE_HEADERS, (b"content-security-policy", csp)]
