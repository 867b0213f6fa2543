"""The facts an enterprise can state, as one typed model built from the fact vocabulary.

``corpus/domain/facts.yaml`` declares the facts; ``Vocabulary.facts_model()``
turns them into a subclass of ``Facts`` whose fields the calculator reads. Each
field's description is the fact's Chinese label, so conditions, follow-up
questions and the calculator form always use the words the declaration gives.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Facts(BaseModel):
    """Everything known about the enterprise and its project; None means not stated."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # How categorical values are shown (II → Ⅱ期, entered → 进入), from the vocabulary.
    value_labels: ClassVar[dict[str, dict[str, str]]] = {}

    def known(self) -> dict[str, object]:
        """Only the facts that were stated."""
        return {key: value for key, value in self.model_dump().items() if value is not None}

    @classmethod
    def label_of(cls, name: str) -> str:
        """Chinese label of a fact, for conditions and follow-up questions."""
        field = cls.model_fields.get(name)
        return (field.description if field else None) or name

    @classmethod
    def display(cls, name: str, value: object) -> str:
        """A value as a user reads it: 是/否, Ⅱ期, 进入, or the value itself."""
        if isinstance(value, bool):
            return "是" if value else "否"
        return cls.value_labels.get(name, {}).get(str(value), str(value))

    @classmethod
    def money_fields(cls) -> frozenset[str]:
        """Fields that hold amounts of money (their names end in the currency)."""
        return frozenset(n for n in cls.model_fields if n.endswith(("_yuan", "_usd", "_cny")))
