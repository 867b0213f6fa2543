"""Open the active index build as a ready ``HybridSearcher``, leased while it is open."""

from __future__ import annotations

from app.config import Settings
from app.retrieval.build_lease import BuildLease
from app.retrieval.embedders import Embedder
from app.retrieval.glossary import Glossary
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.index_files import (
    CHROMA_DIR,
    IndexUnavailableError,
    active_build_dir,
    read_chunks,
    read_manifest,
)
from app.retrieval.keyword_index import KeywordIndex
from app.retrieval.tokenizer import ChineseTokenizer, load_domain_terms
from app.retrieval.vector_store import ChromaVectorStore, make_chroma_client


def open_searcher(settings: Settings, embedder: Embedder) -> HybridSearcher:
    """Load the live build's chunks, Chroma collection and a fresh BM25 over them.

    Raises:
        IndexUnavailableError: there is no active build, or it was made by another embedder.
    """
    build_dir = active_build_dir(settings.index_dir)
    if build_dir is None:
        raise IndexUnavailableError("尚无索引，请先运行 policy-assistant ingest")
    manifest = read_manifest(build_dir)
    if manifest.embedder_id != embedder.embedder_id:
        raise IndexUnavailableError("索引由其他嵌入模型构建，请重新运行 policy-assistant ingest")
    lease = BuildLease(build_dir)
    try:
        chunks = read_chunks(build_dir)
        client = make_chroma_client(build_dir / CHROMA_DIR, settings.chroma_url)
        store = ChromaVectorStore(client, manifest.collection, embedder)
    except BaseException:
        lease.release()
        raise
    glossary = Glossary.load(settings.corpus_dir / "glossary.yaml")
    keyword = KeywordIndex(
        chunks, ChineseTokenizer(load_domain_terms(settings.corpus_dir)), glossary
    )
    return HybridSearcher(chunks, store, keyword, embedder,
                          candidates=settings.fusion_candidates, rrf_k=settings.rrf_k,
                          build_id=manifest.build_id, on_close=lease.release)
