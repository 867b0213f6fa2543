"""Query expansion from the domain glossary (``corpus/glossary.yaml``).

Users say 批文, "FDA approval" or 卖药的平台; the policies say 药品注册证书,
国际权威机构 and 销售平台. Appending the policy term lets BM25 match across
languages and registers without touching the source text.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from app.normalize import nfkc

_RECENT_TEXTS = 64


class Glossary:
    """Maps user variants to policy terms; matching is case-insensitive on NFKC text."""

    def __init__(self, entries: dict[str, list[str]]) -> None:
        # Chinese variants are plain substrings (``in`` is far cheaper than a regex);
        # English ones need word boundaries and inflections.
        self._patterns: list[tuple[re.Pattern[str] | str, str]] = []
        for term, variants in entries.items():
            # The policy's own word counts as a mention of itself.
            for variant in [term, *variants]:
                folded = nfkc(str(variant)).lower()
                pattern = _english_pattern(folded) if folded.isascii() else folded
                self._patterns.append((pattern, str(term)))
        self._recent: dict[str, list[str]] = {}

    @classmethod
    def load(cls, path: Path) -> Glossary:
        """Read the YAML glossary; a missing file means no expansion."""
        if not path.is_file():
            return cls({})
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")) or {})

    def policy_terms(self, text: str) -> list[str]:
        """Policy terms whose variants occur in the text, in glossary order, once each.

        Retrieval and routing both ask about the same question, so the last few
        answers are kept.
        """
        cached = self._recent.get(text)
        if cached is not None:
            return list(cached)
        folded = nfkc(text).lower()
        folded = f"{folded} {folded.replace('的', '')}"  # 海外的研究所 says 海外研究所
        found: list[str] = []
        for pattern, term in self._patterns:
            if term in found:
                continue
            if pattern in folded if isinstance(pattern, str) else pattern.search(folded):
                found.append(term)
        if len(self._recent) >= _RECENT_TEXTS:
            self._recent.clear()
        self._recent[text] = found
        return list(found)

    def expand(self, text: str) -> str:
        """The text followed by the policy terms it alludes to."""
        terms = self.policy_terms(text)
        return f"{text} {' '.join(terms)}" if terms else text


# English inflects and hyphenates: "out-licensed" says "out-license", "laboratory-animal"
# says "laboratory animal", and "shared laboratory-animal service platform" says "shared
# service platform" with words between.
_SUFFIX = r"(?:s|es|d|ed|ing)?"
_SEPARATOR = r"[\s\-]+"
_GAP_WORDS = r"(?:[\s\-]+[a-z0-9]+){0,2}"
_MIN_WORDS_FOR_GAPS = 3


def _english_pattern(variant: str) -> re.Pattern[str]:
    """Whole words only ("park" must not fire inside "parking"), inflected or hyphenated."""
    words = [w for w in re.split(r"[\s\-]+", variant) if w]
    if not words:
        return re.compile(r"(?!x)x")
    joiner = _GAP_WORDS + _SEPARATOR if len(words) >= _MIN_WORDS_FOR_GAPS else _SEPARATOR
    body = joiner.join(re.escape(w) for w in words)
    suffix = _SUFFIX if words[-1][-1:].isalpha() else ""
    return re.compile(rf"(?<![a-z0-9]){body}{suffix}(?![a-z0-9])")
