"""Who may use which session: server-issued ids only, at a human pace.

Every surface that accepts a session id from outside (the API's ``session_id``,
the web UI's cookie, Gradio's ``ask_json``) goes through ``resolve``: an id the
server issued and that has not expired continues its conversation; anything
else — a guess, an id from another server, a CLI name, an expired id — starts
a fresh session with a new random id. New sessions per client address and
requests per session are rate-limited.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.assistant.sessions import SessionStore
from app.web.rate_limit import RateLimited, TokenBuckets

TOO_MANY_REQUESTS = "请求过于频繁，请稍候 {seconds} 秒再试。"


@dataclass(frozen=True)
class ResolvedSession:
    """The session a request acts on, and whether it was created for this request."""

    session_id: str
    is_new: bool


class SessionGate:
    """Issues and checks session ids; throttles per session and per client address."""

    def __init__(self, sessions: SessionStore, per_minute: float, burst: int,
                 new_sessions_per_minute: float) -> None:
        self._sessions = sessions
        self._requests = TokenBuckets(per_minute, burst)
        self._new_sessions = TokenBuckets(new_sessions_per_minute,
                                          max(int(new_sessions_per_minute), 1))

    def is_valid(self, session_id: str | None) -> bool:
        """Whether the id is one this server issued and still holds."""
        return bool(session_id) and self._sessions.is_issued(str(session_id))

    def resolve(self, presented: object, client: str) -> ResolvedSession:
        """The caller's own session, or a new one when the presented id is not valid.

        Raises:
            RateLimited: the client has opened too many sessions in the last minute.
        """
        if isinstance(presented, str) and self.is_valid(presented):
            return ResolvedSession(presented, False)
        return ResolvedSession(self.issue(client), True)

    def issue(self, client: str) -> str:
        """A new session for this client address.

        Raises:
            RateLimited: the client has opened too many sessions in the last minute.
        """
        wait = self._new_sessions.retry_after(f"new:{client}")
        if wait:
            raise RateLimited(_message(wait), wait)
        return self._sessions.issue()

    def check_pace(self, session_id: str) -> None:
        """Spend one request of the session's allowance.

        Raises:
            RateLimited: the session asked too much too fast.
        """
        wait = self._requests.retry_after(session_id)
        if wait:
            raise RateLimited(_message(wait), wait)


def _message(wait: float) -> str:
    return TOO_MANY_REQUESTS.format(seconds=max(1, round(wait)))
