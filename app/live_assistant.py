"""The assistant a long-running server uses, swapped to a new index build without restart.

``ingest`` writes a new build and repoints ``indexes/ACTIVE``; a watcher thread
notices, opens the new build beside the old one and swaps it in between
requests. Requests already running finish on the build they started with; the
old build is closed (and its lease released, so a later ingest may delete it)
when its last request is done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.assistant.service import PolicyAssistant
from app.retrieval.index_files import ACTIVE_FILE

_LOG = logging.getLogger(__name__)


class _Generation:
    """One opened assistant and the requests currently using it."""

    def __init__(self, assistant: PolicyAssistant, pointer: str) -> None:
        self.assistant = assistant
        self.pointer = pointer
        self.users = 0
        self.retired = False


class LiveAssistant:
    """Hands out the current assistant; reopens it when the active build changes."""

    def __init__(self, index_dir: Path, open_assistant: Callable[[], PolicyAssistant],
                 poll_seconds: float = 2.0,
                 after_swap: Callable[[], None] | None = None) -> None:
        self._index_dir = index_dir
        self._open = open_assistant
        self._poll_seconds = poll_seconds
        self._after_swap = after_swap
        self._lock = threading.Lock()
        self._swap_lock = threading.Lock()
        pointer = self._pointer()  # read first: a swap during the open is seen next poll
        self._current = _Generation(open_assistant(), pointer)
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self.last_error: str | None = None

    @property
    def build_id(self) -> str | None:
        """The build answering new requests."""
        return self._current.assistant.parts.searcher.build_id

    def current(self) -> PolicyAssistant:
        """The assistant for read-only uses that outlive no swap (counts, documents)."""
        return self._current.assistant

    @contextmanager
    def use(self) -> Iterator[PolicyAssistant]:
        """The current assistant, kept open until the block ends even if a swap happens."""
        with self._lock:
            generation = self._current
            generation.users += 1
        try:
            yield generation.assistant
        finally:
            with self._lock:
                generation.users -= 1
                done = generation.retired and generation.users == 0
            if done:
                generation.assistant.close()

    def refresh(self) -> bool:
        """Swap in the active build if it changed; True when a swap happened."""
        with self._swap_lock:
            pointer = self._pointer()
            if not pointer or pointer == self._current.pointer:
                return False
            try:
                fresh = _Generation(self._open(), pointer)
            except Exception as exc:  # noqa: BLE001 - keep serving the old build
                self.last_error = f"新索引无法打开（{exc.__class__.__name__}: {exc}）"
                _LOG.error("%s；继续使用 %s", self.last_error, self._current.pointer)
                return False
            with self._lock:
                old, self._current = self._current, fresh
                old.retired = True
                idle = old.users == 0
            self.last_error = None
            if idle:
                old.assistant.close()
            _LOG.warning("已切换到新索引 %s", pointer)
        if self._after_swap is not None:
            self._after_swap()
        return True

    def start(self) -> None:
        """Watch ACTIVE in a daemon thread until ``stop()``."""
        if self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, name="index-watcher",
                                             daemon=True)
            self._watcher.start()

    def stop(self) -> None:
        """Stop watching and close the current build."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        with self._lock:
            self._current.retired = True
            idle = self._current.users == 0
        if idle:
            self._current.assistant.close()

    def _watch(self) -> None:
        while not self._stop.wait(self._poll_seconds):
            try:
                self.refresh()
            except Exception:  # noqa: BLE001 - the watcher must survive any one failure
                _LOG.exception("索引检查失败")

    def _pointer(self) -> str:
        try:
            return (self._index_dir / ACTIVE_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            return ""
