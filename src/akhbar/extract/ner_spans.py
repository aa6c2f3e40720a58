"""Name-boundary and type rules over the tagger's runs that ``entity_rules`` does not cover.

- Long Arabic names: a person's name runs through its linking words, so «خالد بن فيصل بن عبدالعزيز» +
  «آل» + «سعود» is one name, and a name the tagger stopped before «بن X»، «آل X» or «عبد X» takes them
  in. The first part must be a person; «بن» alone opens no name («قال بن لادن» stays as tagged).
- Clubs: a place or person name right after a word that introduces a team («نادي»، «فريق»,
  ``gazetteers/club_triggers.txt``) or one of its people («لاعب»، «مدرب»، ``gazetteers/club_people.txt``)
  is a club, ORG, and so is every other mention of that name in the same text («فاز تشيلسي» after
  «لاعب تشيلسي»).

Runs are ``(first, last, label)`` over folded token forms, ``last`` exclusive, as in ``entity_rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.ner_features import name_key
from akhbar.extract.words import unclitic, word_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.ner_features import NerResources

Run = tuple[int, int, str]

#: Folded words that join two parts of one person's name («آل» folds to «ال»).
LINKS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد"})
#: Linking words after which the next word belongs to the name even when the tagger left it out.
_CONTINUED = frozenset({"بن", "ابن", "بنت", "ال", "عبد"})
#: A word this frequent in the news is a common word, not the next part of a name.
_COMMON_RANK = 2_000


def join_name_parts(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """PERS runs joined across linking words and extended over «بن X»، «آل X»، «عبد X» (see the module)."""
    out: list[Run] = []
    todo = sorted(runs)
    k = 0
    while k < len(todo):
        first, last, label = todo[k]
        k += 1
        if label != "PERS":
            out.append((first, last, label))
            continue
        while last + 1 < len(forms) and forms[last] in LINKS:
            after = todo[k] if k < len(todo) else None
            if after is not None and after[0] == last + 1 and after[2] == "PERS":
                last, k = after[1], k + 1  # «… عبدالعزيز» «آل» «سعود»
            elif after is not None and after[0] <= last + 1:
                break  # the next word belongs to another entity
            elif forms[last] in _CONTINUED and _name_word(forms[last + 1], res):
                last += 2
            else:
                break
        if k < len(todo) and todo[k][0] == last and todo[k][2] == "PERS" and forms[last] in LINKS:
            last, k = todo[k][1], k + 1  # a run the tagger opened at «بن»
        out.append((first, last, label))
    return out


def _name_word(form: str, res: NerResources) -> bool:
    """A word that can be the part of a name after a linking word: a listed name token or a rare word."""
    if not form.isalpha() or len(form) < 2:
        return False
    return form in res.person or res.rank.get(form, 1 << 30) > _COMMON_RANK


def club_types(forms: Sequence[str], runs: Sequence[Run], res: NerResources) -> list[Run]:
    """LOC/PERS/MISC runs after a club trigger become ORG, with every run of the same name in the text.

    After a player's or a coach's word («لاعب»، «مدرب») a listed place that is not also a listed club
    stays LOC: «لاعب فرنسا» plays for the national side, which ANERcorp tags as the country.
    """
    teams = word_set("gazetteers/club_triggers.txt")
    people = word_set("gazetteers/club_people.txt")
    clubs: set[tuple[str, ...]] = set()
    for first, last, label in runs:
        if label == "ORG" or first == 0:
            continue
        name = _name(forms, first, last, res)
        kinds = res.names.get(name, frozenset())
        before = forms[first - 1]
        if unclitic(before, teams) is not None or (
            unclitic(before, people) is not None and ("LOC" not in kinds or "ORG" in kinds)
        ):
            clubs.add(name)
    if not clubs:
        return list(runs)
    return [
        (first, last, "ORG")
        if label != "ORG" and _name(forms, first, last, res) in clubs
        else (first, last, label)
        for first, last, label in runs
    ]


def _name(forms: Sequence[str], first: int, last: int, res: NerResources) -> tuple[str, ...]:
    """A run's words as gazetteer keys (no proclitic, no article): «وتشيلسي» and «تشيلسي» are one name."""
    return tuple(name_key(f, res.rank) for f in forms[first:last])
