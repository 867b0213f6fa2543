"""Load and validate ``corpus/rules/*.yaml`` into a ``RuleBook``.

A malformed rule fails loudly with the file, the line of the offending rule and
the reason, so ``ingest`` stops before a wrong figure can reach a user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from app.rules.schema import Exclusion, Principle, Rule

_LINE_KEY = "__line__"
_Model = TypeVar("_Model", Rule, Principle, Exclusion)


class RuleFileError(ValueError):
    """A rule file is malformed; ``str()`` reads ``file:line: reason``."""


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line where each mapping starts."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    mapping[_LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass
class RuleBook:
    """All rules, principles and no-support clauses, with lookups by id."""

    rules: list[Rule] = field(default_factory=list)
    principles: list[Principle] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)

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
    """Read every YAML file under ``rules_dir`` in name order.

    Raises:
        RuleFileError: a file does not parse, a rule breaks the schema, or an id repeats.
    """
    book = RuleBook()
    paths = sorted(rules_dir.glob("*.yaml"))
    if not paths:
        raise RuleFileError(f"{rules_dir}: 没有规则文件（*.yaml）")
    for path in paths:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 0
            raise RuleFileError(f"{path}:{line}: YAML 语法错误：{exc}") from exc
        if not isinstance(data, dict):
            raise RuleFileError(f"{path}:1: 顶层必须是映射（rules / principles / exclusions）")
        unknown = set(data) - {"rules", "principles", "exclusions", _LINE_KEY}
        if unknown:
            raise RuleFileError(f"{path}:1: 未知的顶层键 {sorted(unknown)}")
        book.rules += [_validated(Rule, path, raw) for raw in data.get("rules") or []]
        book.principles += [_validated(Principle, path, raw)
                            for raw in data.get("principles") or []]
        book.exclusions += [_validated(Exclusion, path, raw)
                            for raw in data.get("exclusions") or []]
    ids = [rule.id for rule in book.rules]
    duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if duplicates:
        raise RuleFileError(f"{rules_dir}: 规则 id 重复：{duplicates}")
    return book


def _validated(model: type[_Model], path: Path, raw: Any) -> _Model:
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path}:?: 每一项都必须是映射，得到 {type(raw).__name__}")
    line = raw.get(_LINE_KEY, 0)
    try:
        return model.model_validate(_strip_lines(raw))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        name = raw.get("id") or raw.get("article") or "?"
        raise RuleFileError(f"{path}:{line}: {name}: {where}: {first['msg']}") from exc


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != _LINE_KEY}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value
