"""The corpus's memory of entities: the spellings seen so far, to give later articles canonical names.

One ``EntityIndex`` lives as long as a corpus run (the ``Extractor`` holds it; the API and the Spark
job build their own), so «سيرجي لافروف» in one article takes the canonical «سيرغي لافروف» that the
corpus uses most. It is state across articles, where ``linking`` works inside one article.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from akhbar.extract.entity_keys import NAME_TRIM, entity_key, org_head_keys
from akhbar.extract.entity_names import short_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from akhbar.model import Span


class EntityIndex:
    """Canonical entities accumulated over a corpus (no module state: build one per corpus).

    ``add`` counts each spelling of a name under its variant key; ``canonical`` answers with the most
    common full spelling of the entity a name belongs to. Feed it the linked mentions of each article
    (``add_spans``) and pass it to ``link_entities(..., known=index)`` for the next ones; two passes
    over a corpus give every article the corpus-wide canonical names.
    """

    def __init__(self) -> None:
        self._spellings: dict[tuple[str, str], Counter[str]] = {}
        self._by_word: dict[tuple[str, str], set[str]] = {}

    def __len__(self) -> int:
        return len(self._spellings)

    def add(self, label: str, name: str, count: int = 1) -> None:
        """Count ``count`` uses of spelling ``name`` for an entity of type ``label``."""
        clean = " ".join(name.strip(NAME_TRIM).split())
        key = entity_key(label, clean)
        if not key:
            return
        self._spellings.setdefault((label, key), Counter())[clean] += count
        for word in key.split():
            self._by_word.setdefault((label, word), set()).add(key)

    def add_spans(self, text: str, spans: Iterable[Span]) -> None:
        """Count the canonical names of linked mentions (their surface when they have none)."""
        for span in spans:
            self.add(span.label, str(span.attrs.get("canonical") or text[span.start : span.end]))

    def canonical(self, label: str, name: str) -> str | None:
        """The most common full spelling of the entity ``name`` belongs to, or ``None`` when unknown.

        A partial name takes the longest known name containing all its words, when that is unambiguous;
        an organisation's only when it lacks generic head words («الخارجية الروسية» is «وزارة الخارجية
        الروسية», but «وزارة الخارجية» of an Egyptian article is not the Russian one the corpus knows).
        """
        words = entity_key(label, name).split()
        if not words:
            return None
        keys = set.intersection(*(self._by_word.get((label, w), set()) for w in words))
        if label == "ORG":
            keys = {k for k in keys if set(k.split()) - set(words) <= org_head_keys()}
        if not keys:
            return None
        longest = max(len(k.split()) for k in keys)
        best = sorted(
            ((sum(self._spellings[(label, k)].values()), k) for k in keys if len(k.split()) == longest),
            reverse=True,
        )
        if len(best) > 1 and best[0][0] < 2 * best[1][0]:
            return None
        return self._more_common_short(label, best[0][1])

    def _more_common_short(self, label: str, key: str) -> str:
        """The spelling of entity ``key``, or its name without the patronymic when the corpus uses that more."""
        spellings = self._spellings[(label, key)]
        full = spellings.most_common(1)[0][0]
        short = short_name(full) if label == "PERS" else None
        shorter = self._spellings.get((label, entity_key(label, short))) if short else None
        if shorter and sum(shorter.values()) > sum(spellings.values()):
            return shorter.most_common(1)[0][0]
        return full
