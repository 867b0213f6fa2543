"""Gradio's event stream belongs to whoever started the events: bind queue ids to sessions.

Gradio delivers results on ``/gradio_api/queue/data?session_hash=…``, keyed only
by a random id the page picks. Anyone who learnt that id could read another
user's answers. The first ``queue/join`` with an id binds it to the caller's
session cookie; a stream request for that id must carry the same cookie, and a
join under an id bound to someone else is refused. Clients without cookies
(``gradio_client``) bind their id to "no cookie", so a browser session cannot
read their stream either.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qs

from app.web.asgi_util import ASGIApp, Receive, Scope, Send, header, send_json
from app.web.session_cookie import session_from_cookie_header

NOT_YOURS = "该会话的结果只能由发起者读取。"
_TTL_SECONDS = 6 * 3600
_MAX_BINDINGS = 200_000


class QueueBindingMiddleware:
    """Refuses queue joins and event streams for a queue id another session owns."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._owners: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        queue_id: str | None = None
        if path == "/gradio_api/queue/join":
            event = scope.get("state", {}).get("gradio_event") or {}
            queue_id = event.get("session_hash") if isinstance(event, dict) else None
        elif path == "/gradio_api/queue/data" or path.startswith("/gradio_api/heartbeat/"):
            query = parse_qs((scope.get("query_string") or b"").decode("latin-1"))
            queue_id = (query.get("session_hash") or [None])[0] \
                if path.endswith("/data") else path.rsplit("/", 1)[-1]
        if isinstance(queue_id, str) and not self._may_use(
                queue_id, self._caller(scope), binds=path.endswith("/join")):
            await send_json(send, 403, {"error": NOT_YOURS})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _caller(scope: Scope) -> str:
        raw = header(scope, b"cookie")
        return session_from_cookie_header(raw.decode("latin-1") if raw else None) or ""

    def _may_use(self, queue_id: str, caller: str, binds: bool) -> bool:
        now = time.monotonic()
        with self._lock:
            owner = self._owners.get(queue_id)
            if owner is not None and now - owner[1] > _TTL_SECONDS:
                owner = None
            if owner is None:
                if not binds:
                    return True  # nothing was ever started under this id: nothing to read
                self._owners[queue_id] = (caller, now)
                while len(self._owners) > _MAX_BINDINGS:
                    self._owners.popitem(last=False)
                return True
            if owner[0] != caller:
                return False
            self._owners[queue_id] = (caller, now)
            self._owners.move_to_end(queue_id)
            return True
