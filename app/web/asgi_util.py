"""Small ASGI helpers shared by the middlewares: JSON replies, header edits, body replay."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


async def send_json(send: Send, status: int, payload: dict[str, object],
                    headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A complete JSON response (UTF-8, Chinese kept readable)."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def header(scope: Scope, name: bytes) -> bytes | None:
    """The first value of a request header (names compared in lower case)."""
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value)
    return None


def replay(body: bytes) -> Receive:
    """A ``receive`` that hands the app a body already read by a middleware."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
