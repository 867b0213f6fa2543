"""Load and validate ``corpus/rules/*.yaml`` into a ``RuleBook``.

A malformed rule fails loudly with the file, the line of the offending rule and
the reason, so ``ingest`` stops before a wrong figure can reach a user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from app.rules.schema import Exclusion, Principle, Rule, Scope
from app.rules.vocabulary import Vocabulary, VocabularyError, load_vocabulary

_SECTIONS = ("rules", "principles", "exclusions", "scopes")
_Model = TypeVar("_Model", Rule, Principle, Exclusion, Scope)


class RuleFileError(ValueError):
    """A rule file is malformed; ``str()`` reads ``file:line: reason``."""


class _StrKeyLoader(yaml.SafeLoader):
    """SafeLoader whose mapping keys are strings (``1: 200万元`` keys a table by "1")."""


def _mapping_with_str_keys(loader: _StrKeyLoader, node: yaml.MappingNode) -> dict[str, Any]:
    return {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}


_StrKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                              _mapping_with_str_keys)


@dataclass
class RuleBook:
    """All rules, principles and no-support clauses, with lookups by id and the facts."""

    vocabulary: Vocabulary
    rules: list[Rule] = field(default_factory=list)
    principles: list[Principle] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id.

        Raises:
            KeyError: no such rule.
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def principle(self, principle_id: str) -> Principle:
        """The principle with this id (从优不重复, 市区两级 …)."""
        return next(p for p in self.principles if p.id == principle_id)


def load_rulebook(rules_dir: Path) -> RuleBook:
    """Read every YAML file under ``rules_dir`` in name order, against the fact vocabulary.

    The vocabulary is the corpus's ``domain/facts.yaml`` (beside ``rules/``); a rule
    naming an undeclared fact is refused.

    Raises:
        RuleFileError: a file does not parse, a rule breaks the schema, or an id repeats.
    """
    try:
        vocabulary = load_vocabulary(rules_dir.parent)
    except VocabularyError as exc:
        raise RuleFileError(str(exc)) from exc
    book = RuleBook(vocabulary)
    context = {"declared_facts": set(vocabulary.facts)}
    paths = sorted(rules_dir.glob("*.yaml"))
    if not paths:
        raise RuleFileError(f"{rules_dir}: 没有规则文件（*.yaml）")
    first_seen: dict[str, str] = {}  # rule id -> file:line where it was first defined
    for path in paths:
        data, item_lines = _read(path)
        for raw, line in zip(data.get("rules") or [], item_lines["rules"], strict=True):
            rule = _validated(Rule, path, raw, line, context)
            if rule.id in first_seen:
                raise RuleFileError(f"{path}:{line}: 规则 id 重复：{rule.id}"
                                    f"（首次出现在 {first_seen[rule.id]}）")
            first_seen[rule.id] = f"{path}:{line}"
            book.rules.append(rule)
        book.principles += [_validated(Principle, path, raw, line, context) for raw, line
                            in zip(data.get("principles") or [], item_lines["principles"],
                                   strict=True)]
        book.exclusions += [_validated(Exclusion, path, raw, line, context) for raw, line
                            in zip(data.get("exclusions") or [], item_lines["exclusions"],
                                   strict=True)]
        book.scopes += [_validated(Scope, path, raw, line, context) for raw, line
                        in zip(data.get("scopes") or [], item_lines["scopes"], strict=True)]
    book.rules = [_within_scopes(rule, book.scopes) for rule in book.rules]
    return book


def _within_scopes(rule: Rule, scopes: list[Scope]) -> Rule:
    """The rule with its document's scope conditions after its own (assumed, shown once said)."""
    added = [scope.condition.model_copy(update={
        "assume_when_unknown": True, "silent_when_unknown": True,
        "source": scope.condition.source or scope.text})
        for scope in scopes if scope.doc_id == rule.citation.doc_id
        and not any(c.fact == scope.condition.fact for c in rule.conditions)]
    if not added:
        return rule
    return rule.model_copy(update={"conditions": [*rule.conditions, *added]})


def _read(path: Path) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """The file's top-level mapping and, per section, the line of each entry.

    The document is composed once and constructed from the same nodes: the
    constructed values carry no position, so each entry's line — a rule, or a
    stray scalar where a rule should be — comes from its sequence item node.
    """
    item_lines: dict[str, list[int]] = {section: [] for section in _SECTIONS}
    loader = _StrKeyLoader(path.read_text(encoding="utf-8"))
    try:
        root = loader.get_single_node()
        if root is None:  # an empty file holds no rules
            return {}, item_lines
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise RuleFileError(f"{path}:{line}: YAML 语法错误：{exc}") from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        raise RuleFileError(f"{path}:1: 顶层必须是映射（rules / principles / exclusions / scopes）")
    unknown = set(data) - set(_SECTIONS)
    if unknown:
        raise RuleFileError(f"{path}:1: 未知的顶层键 {sorted(unknown)}")
    for key_node, value_node in root.value:
        section = str(key_node.value)
        if section not in _SECTIONS or data.get(section) is None:
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            raise RuleFileError(f"{path}:{value_node.start_mark.line + 1}: "
                                f"{section} 必须是列表（每项以 - 开头）")
        item_lines[section] = [item.start_mark.line + 1 for item in value_node.value]
    return data, item_lines


def _validated(model: type[_Model], path: Path, raw: Any, line: int,
               context: Mapping[str, object]) -> _Model:
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path}:{line}: 每一项都必须是映射，得到 {type(raw).__name__}")
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        name = raw.get("id") or raw.get("article") or "?"
        raise RuleFileError(f"{path}:{line}: {name}: {where}: {first['msg']}") from exc
