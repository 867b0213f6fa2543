"""Load ``corpus/policies/*.md``: YAML front matter plus the policy body, verbatim."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.documents import PolicyDocument

_FENCE = "---\n"


class CorpusError(ValueError):
    """A corpus file is malformed; the message names the file and the reason."""


def load_document(path: Path) -> PolicyDocument:
    """Parse one policy file; the body after the front matter is kept byte for byte."""
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith(_FENCE):
        raise CorpusError(f"{path}: missing front matter (expected a leading '---' line)")
    end = raw.find("\n" + _FENCE, len(_FENCE) - 1)
    if end < 0:
        raise CorpusError(f"{path}: front matter is not closed by a '---' line")
    meta = yaml.safe_load(raw[len(_FENCE) : end + 1]) or {}
    body = raw[end + 1 + len(_FENCE) :]
    missing = [key for key in ("doc_id", "title", "status") if not meta.get(key)]
    if missing:
        raise CorpusError(f"{path}: front matter lacks {', '.join(missing)}")
    if meta["status"] not in ("draft", "in_force"):
        raise CorpusError(f"{path}: status must be draft or in_force, got {meta['status']!r}")
    return PolicyDocument(
        doc_id=str(meta["doc_id"]),
        title=str(meta["title"]),
        short_title=str(meta.get("short_title") or meta["title"]),
        status=meta["status"],
        body=body,
        issuer=meta.get("issuer"),
        published=_optional_str(meta.get("published")),
        valid_until=_optional_str(meta.get("valid_until")),
        supersedes=meta.get("supersedes"),
        source=meta.get("source"),
        aliases=tuple(str(a) for a in meta.get("aliases") or ()),
        responsible_units=meta.get("responsible_units"),
        places=tuple(str(p) for p in meta.get("places") or ()),
        level=meta.get("level"),
        order=int(meta.get("order") or 0),
    )


def load_corpus(corpus_dir: Path) -> list[PolicyDocument]:
    """Every policy under ``corpus_dir/policies``, by front-matter ``order``, then file name."""
    paths = sorted((corpus_dir / "policies").glob("*.md"))
    if not paths:
        raise CorpusError(f"{corpus_dir / 'policies'}: no policy files (*.md) found")
    documents = [load_document(path) for path in paths]
    return sorted(documents, key=lambda doc: doc.order)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)
