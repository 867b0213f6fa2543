"""Leases on index builds: a build in use is never deleted under its reader.

Every process that opens a build (a server, a CLI ``ask``) holds a shared
``flock`` on the build's lease file for as long as it reads from it. ``ingest``
deletes an old build only when it can take the lock exclusively, i.e. when no
process holds it. The kernel drops a lock when its holder dies, so a crashed
server never pins a build for ever.
"""

from __future__ import annotations

import fcntl
import logging
from pathlib import Path
from typing import IO

LEASE_FILE = ".lease"
_LOG = logging.getLogger(__name__)


class BuildLease:
    """A shared lock on one build directory, released by ``release()`` or process exit."""

    def __init__(self, build_dir: Path) -> None:
        self.build_dir = build_dir
        self._handle: IO[str] | None = _open_lease_file(build_dir)
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_SH)

    @property
    def held(self) -> bool:
        """Whether the lock is held (False when the lease file could not be opened)."""
        return self._handle is not None

    def release(self) -> None:
        """Let ingest remove the build again."""
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def create_lease_file(build_dir: Path) -> None:
    """Written by ingest with each build, so readers need no write access to lease it."""
    (build_dir / LEASE_FILE).touch(exist_ok=True)


def is_leased(build_dir: Path) -> bool:
    """Whether some process holds a lease on the build right now."""
    path = build_dir / LEASE_FILE
    if not path.is_file():
        return False
    with path.open("r") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _open_lease_file(build_dir: Path) -> IO[str] | None:
    path = build_dir / LEASE_FILE
    try:
        return path.open("r") if path.is_file() else path.open("a+")
    except OSError as exc:
        # A build from before leases, in a directory this process may not write: it can
        # still be read, only not protected; ingest of this version writes the file.
        _LOG.warning("无法为索引加租约 %s：%s", build_dir, exc)
        return None
