"""Request ids and the last line of defence: an internal error becomes a short Chinese reply.

Every response carries ``X-Request-ID``; an exception that escapes a handler is
logged with that id and its traceback, and the user sees only "服务器内部错误"
with the id to quote to the help desk — never the exception text.
"""

from __future__ import annotations

import logging
import secrets

from app.web.asgi_util import ASGIApp, Message, Receive, Scope, Send, send_json

_LOG = logging.getLogger("app.web.errors")
INTERNAL_ERROR = "服务器内部错误，请稍后再试；如需协助请提供请求编号 {request_id}。"


class RequestIdMiddleware:
    """Tags each request with an id; turns escaping exceptions into a Chinese 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def tagged(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []),
                                      (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, tagged)
        except Exception:
            _LOG.exception("请求 %s %s 出错（编号 %s）", scope.get("method"), scope.get("path"),
                           request_id)
            if not started:
                await send_json(tagged, 500, {
                    "error": INTERNAL_ERROR.format(request_id=request_id),
                    "request_id": request_id})
