"""What may reach the app at all: listed routes, bounded bodies, plain values only.

Gradio mounts some sixty routes (uploads, file serving, monitoring, run
history, proxies …); the chat needs a handful. Everything not listed here gets
a 404 before Gradio sees it. Bodies are read up to the limit and refused with a
413 beyond it. A Gradio event may carry only plain values (text, numbers,
booleans): no UI input of ours takes a file or a structure, so a payload that
smuggles a ``FileData`` (the file-read attack) or a nested object is refused,
whatever escapes it is written with.
"""

from __future__ import annotations

import json
import math
import re

from app.web.asgi_util import ASGIApp, Receive, Scope, Send, replay, send_json

NOT_FOUND = "未找到该地址。"
TOO_LARGE = "请求内容过大（上限 {limit} 字节），请精简后重试。"
BAD_EVENT = "请求格式有误：界面事件只接受文字、数字或是/否。"
_MAX_EVENT_TEXT = 4000

_PUBLIC_GET = re.compile(
    r"^/(|theme\.css|favicon\.ico|config/?|healthz|openapi\.json|ui/ui\.js|"
    r"assets/[\w.\-/]+|static/[\w.\-/]+|"
    r"gradio_api/(info/?|queue/data|heartbeat/[\w\-]{1,64}|call/ask_json/[\w\-]{1,64}))$")
_DOCS_GET = re.compile(r"^/(docs|redoc|docs/oauth2-redirect)$")
_PUBLIC_POST = re.compile(r"^/(api/ask|gradio_api/queue/join|gradio_api/call/ask_json)$")
_GRADIO_EVENT = re.compile(r"^/gradio_api/(queue/join|call/ask_json)$")
_SESSION_HASH = re.compile(r"^[\w\-]{1,64}$")


class FirewallMiddleware:
    """Route allowlist, body-size limit and plain-value check for Gradio events."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, api_docs: bool = False) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.api_docs = api_docs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        if method in ("GET", "HEAD"):
            if _PUBLIC_GET.match(path) or (self.api_docs and _DOCS_GET.match(path)):
                await self.app(scope, receive, send)
            else:
                await send_json(send, 404, {"error": NOT_FOUND})
            return
        if method == "OPTIONS":
            await self.app(scope, receive, send)  # CORS preflight: the CORS layer answers
            return
        if method != "POST" or not _PUBLIC_POST.match(path):
            await send_json(send, 404 if method == "POST" else 405, {"error": NOT_FOUND})
            return
        body = await self._read_body(scope, receive)
        if body is None:
            await send_json(send, 413, {"error": TOO_LARGE.format(limit=self.max_body_bytes)})
            return
        if _GRADIO_EVENT.match(path):
            event = plain_event(body)
            if event is None:
                await send_json(send, 400, {"error": BAD_EVENT})
                return
            scope.setdefault("state", {})["gradio_event"] = event
        await self.app(scope, replay(body), send)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The whole body, or None once it exceeds the limit (declared or actual)."""
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        return b"".join(chunks)


def plain_event(body: bytes) -> dict[str, object] | None:
    """The event if its inputs are plain values and its fields are sane, else None."""
    try:
        payload = json.loads(body, parse_constant=_refuse_constant)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        return None
    if not all(_plain(value) for value in payload["data"]):
        return None
    session_hash = payload.get("session_hash")
    if session_hash is not None and not (isinstance(session_hash, str)
                                         and _SESSION_HASH.match(session_hash)):
        return None
    for key in ("fn_index", "trigger_id"):
        if payload.get(key) is not None and type(payload[key]) is not int:
            return None
    return payload if payload.get("event_data") is None else None


def _plain(value: object) -> bool:
    if value is None or isinstance(value, bool | int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str) and len(value) <= _MAX_EVENT_TEXT


def _refuse_constant(name: str) -> float:
    raise ValueError(f"non-finite number {name}")


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
