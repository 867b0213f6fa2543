"""Retrieval: embedders, the Chroma vector store, the BM25 keyword index and their fusion."""
