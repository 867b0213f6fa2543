"""Ingestion: load policy files, split them into clauses, build and swap indexes."""
