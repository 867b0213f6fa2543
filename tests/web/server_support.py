"""A real ``serve`` on loopback for web tests, optionally with a failing state directory.

The server gets its own copy of the session index, so it starts in seconds
instead of embedding every clause again. A read-only or full state directory is
made real, not simulated: the server runs in a private mount namespace
(``unshare -m``) where the directory is a read-only bind mount or a tiny tmpfs.
Root ignores file modes, so a chmod would not do; a mount is enforced for
everyone.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def can_mount_state() -> bool:
    """Whether this machine lets the tests give the server a read-only or full mount."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = Path(tempfile.mkdtemp(prefix="pa-mount-"))
    try:
        done = subprocess.run(["unshare", "-m", "sh", "-c", _mount_script("readonly", probe)
                               + " && ! touch \"$0/x\" 2>/dev/null", str(probe)],
                              capture_output=True, timeout=10, check=False)
        return done.returncode == 0
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def _mount_script(state_mount: str, state_dir: Path) -> str:
    target = '"$0"'
    if state_mount == "readonly":
        return f"mount --bind {target} {target} && mount -o remount,bind,ro {target} {target}"
    return f"mount -t tmpfs -o size=40k tmpfs {target}"


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen[bytes]
    state_dir: Path
    index_dir: Path
    env: dict[str, str]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@contextmanager
def running_server(index_source: Path, env_extra: dict[str, str] | None = None,
                   prepare_state: Callable[[Path], None] | None = None,
                   state_mount: Literal["readonly", "full"] | None = None,
                   ) -> Iterator[RunningServer]:
    """Start ``python -m app serve`` on a free port; stop it afterwards.

    ``prepare_state`` runs on the state directory before the server starts (plant a
    corrupt database); ``state_mount`` makes the directory read-only or nearly full
    for the server only (see ``can_mount_state``).
    """
    base = Path(tempfile.mkdtemp(prefix="pa-serve-"))
    index_dir, state_dir = base / "index", base / "state"
    shutil.copytree(index_source, index_dir)
    state_dir.mkdir()
    (base / "gradio").mkdir()
    if prepare_state is not None:
        prepare_state(state_dir)
    port = free_port()
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(index_dir),
           "POLICY_ASSISTANT_STATE_DIR": str(state_dir), "GRADIO_ANALYTICS_ENABLED": "False",
           "GRADIO_TEMP_DIR": str(base / "gradio"), "NO_PROXY": "127.0.0.1,localhost",
           "OMP_WAIT_POLICY": "PASSIVE", **(env_extra or {})}
    command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
    if state_mount is not None:
        command = ["unshare", "-m", "sh", "-c",
                   _mount_script(state_mount, state_dir) + ' && shift && exec "$@"',
                   str(state_dir), "--", *command]
    log = base / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=out,
                                   stderr=subprocess.STDOUT)
    server = RunningServer(f"http://127.0.0.1:{port}", process, state_dir, index_dir, env, log)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {server.output()}")
            try:
                if httpx.get(f"{server.url}/healthz", timeout=2, trust_env=False).status_code \
                        == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            raise RuntimeError(f"server did not start: {server.output()}")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(base, ignore_errors=True)


def fn_index(url: str, api_name: str) -> int:
    """The id of a Gradio event by its (private) name, as the page's JavaScript finds it."""
    config = httpx.get(f"{url}/config", trust_env=False, timeout=10).json()
    return next(int(d["id"]) for d in config["dependencies"] if d.get("api_name") == api_name)


def gradio_event(client: httpx.Client, api_name: str, data: list[object],
                 session_hash: str = "testhash01") -> list[object]:
    """Call a UI event the way the browser does (queue/join, then the event stream)."""
    index = fn_index(str(client.base_url), api_name)
    joined = client.post("/gradio_api/queue/join", json={
        "data": data, "fn_index": index, "trigger_id": None, "session_hash": session_hash,
        "event_data": None})
    joined.raise_for_status()
    with client.stream("GET", "/gradio_api/queue/data",
                       params={"session_hash": session_hash}) as stream:
        for line in stream.iter_lines():
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            if message.get("msg") == "process_completed":
                if not message.get("success"):
                    raise RuntimeError(f"event failed: {message}")
                return list(message["output"]["data"])
    raise RuntimeError("event stream ended without a result")
