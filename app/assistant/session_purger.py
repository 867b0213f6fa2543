"""Expired sessions are deleted on a schedule, not kept until someone remembers to.

A long-running server purges once at start and then every interval; the thread
is a daemon and stops when the returned event is set.
"""

from __future__ import annotations

import logging
import threading

from app.assistant.sessions import SessionStore

_LOG = logging.getLogger(__name__)


def start_purging(sessions: SessionStore, interval_seconds: float) -> threading.Event:
    """Purge now and every ``interval_seconds``; set the returned event to stop."""
    stop = threading.Event()

    def loop() -> None:
        while True:
            try:
                removed = sessions.purge_expired()
                if removed:
                    _LOG.info("已清除 %d 个过期会话", removed)
            except Exception:  # noqa: BLE001 - the schedule must survive one bad run
                _LOG.exception("清除过期会话失败")
            if stop.wait(interval_seconds):
                return

    threading.Thread(target=loop, name="session-purger", daemon=True).start()
    return stop
