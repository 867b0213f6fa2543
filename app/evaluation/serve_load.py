"""One command for the serving figures: start a real ``serve``, load it, optionally re-ingest.

``policy-assistant loadtest --spawn`` starts the server on a free loopback port
(its own state directory, the configured index), runs the clients, samples the
server's memory and, with ``--ingest-during``, runs ``ingest --force`` in the
middle of the load. Afterwards it checks that the server answers from the new
build without a restart, then stops the server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

import httpx

from app.config import PROJECT_ROOT, Settings
from app.evaluation.load_test import LoadResult, load, summarise


def run_serve_load(settings: Settings, clients: int, duration_s: float, think_ms: float,
                   ingest_during: bool) -> str:
    """Printable figures of a load run against a freshly started server."""
    with tempfile.TemporaryDirectory(prefix="serve-load-") as state_dir:
        env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(settings.index_dir),
               "POLICY_ASSISTANT_STATE_DIR": state_dir, "NO_PROXY": "127.0.0.1,localhost",
               "GRADIO_ANALYTICS_ENABLED": "False", "OMP_WAIT_POLICY": "PASSIVE"}
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", str(port)],
                                  env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            before = wait_healthy(url)
            lines = [f"server pid {server.pid} on {url}, build {before.get('build')}"]
            ingest_note: list[str] = []
            if ingest_during:
                threading.Thread(target=_ingest_midway, args=(env, duration_s / 3, ingest_note),
                                 daemon=True).start()
            result: LoadResult = load(url, clients, 0, duration_s=duration_s,
                                      think_ms=think_ms, server_pid=server.pid)
            lines.append(summarise(result, clients))
            if ingest_during:
                lines += ingest_note or ["ingest --force: did not finish during the load"]
                lines.append(_after_swap(url, str(before.get("build"))))
            return "\n".join(lines)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, timeout_s: float = 180.0) -> dict[str, object]:
    """Poll /healthz until the server answers; its JSON.

    Raises:
        TimeoutError: the server did not come up in time.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            response = httpx.get(f"{url}/healthz", timeout=2, trust_env=False)
            if response.status_code == 200:
                return dict(response.json())
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not become healthy")


def _ingest_midway(env: dict[str, str], delay_s: float, note: list[str]) -> None:
    time.sleep(delay_s)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "app", "ingest", "--force"], env=env,
                          cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    note.append(f"ingest --force during the load: exit {done.returncode} in "
                f"{time.monotonic() - started:.1f} s")


def _after_swap(url: str, old_build: str, timeout_s: float = 30.0) -> str:
    """Whether the running server moved to the new build and answers from it."""
    deadline = time.monotonic() + timeout_s
    build = old_build
    while time.monotonic() < deadline:
        build = str(wait_healthy(url).get("build"))
        if build != old_build:
            break
        time.sleep(0.5)
    answer = httpx.post(f"{url}/api/ask", json={"question": "1类化学药进入Ⅱ期临床有多少奖励？"},
                        timeout=30, trust_env=False)
    amount = answer.json().get("calculation", {}).get("amount_yuan") \
        if answer.status_code == 200 else None
    return (f"after the ingest: build {old_build} → {build} "
            f"({'swapped without restart' if build != old_build else 'NOT swapped'}); "
            f"a new question got {answer.status_code} with amount {amount}")
