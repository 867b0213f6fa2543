"""Composition root: the one place where settings become wired components."""

from __future__ import annotations

from app.assistant.clause_terms import ClauseTerms
from app.assistant.domain import load_domain
from app.assistant.service import AssistantParts, PolicyAssistant
from app.assistant.sessions import SessionStore
from app.config import Settings
from app.ingest.index_builder import Progress, ensure_index
from app.ingest.loader import load_corpus
from app.retrieval.embedders import Embedder, make_embedder
from app.retrieval.glossary import Glossary
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.open_index import open_searcher
from app.retrieval.query_cache import CachedQueryEmbedder
from app.retrieval.tokenizer import ChineseTokenizer, load_domain_terms
from app.rules.loader import load_rulebook


def build_searcher(settings: Settings, embedder: Embedder | None = None,
                   progress: Progress | None = None) -> HybridSearcher:
    """Ensure the index is current (building it on first run) and open it for search."""
    embedder = embedder or default_embedder(settings)
    ensure_index(settings, embedder, progress=progress)
    return open_searcher(settings, embedder)


def default_embedder(settings: Settings) -> Embedder:
    """The configured embedder, behind the query-vector cache when one is configured."""
    embedder = make_embedder(settings)
    if settings.query_cache_size > 0:
        return CachedQueryEmbedder(embedder, settings.query_cache_size)
    return embedder


def make_session_store(settings: Settings) -> SessionStore:
    """Sessions under the state directory, with the configured expiry."""
    return SessionStore(settings.state_dir / "sessions.sqlite3", settings.session_ttl_seconds,
                        settings.single_turn_ttl_seconds, settings.session_max_turns)


def build_assistant(settings: Settings, embedder: Embedder | None = None,
                    progress: Progress | None = None,
                    sessions: SessionStore | None = None) -> PolicyAssistant:
    """The full assistant: index (built or refreshed first), rules, glossary, sessions."""
    embedder = embedder or default_embedder(settings)
    ensure_index(settings, embedder, progress=progress)
    return open_assistant(settings, embedder, sessions)


def open_assistant(settings: Settings, embedder: Embedder,
                   sessions: SessionStore | None = None) -> PolicyAssistant:
    """The assistant over the active build as it is now; never builds or deletes one."""
    searcher = open_searcher(settings, embedder)
    try:
        domain_terms = load_domain_terms(settings.corpus_dir)
        corpus_docs = {doc.doc_id: doc for doc in load_corpus(settings.corpus_dir)}
        domain = load_domain(settings.corpus_dir)
        # Place names say "this district", not "this clause".
        places = {*domain.places, *(p for doc in corpus_docs.values() for p in doc.places)}
        parts = AssistantParts(
            searcher=searcher,
            book=load_rulebook(settings.corpus_dir / "rules"),
            glossary=Glossary.load(settings.corpus_dir / "glossary.yaml"),
            documents=corpus_docs,
            sessions=sessions or make_session_store(settings),
            domain_terms=tuple(domain_terms),
            clause_terms=ClauseTerms(searcher.chunks, ChineseTokenizer(domain_terms),
                                     domain_terms, common_words=places),
            domain=domain,
        )
    except BaseException:
        searcher.close()
        raise
    return PolicyAssistant(parts)
