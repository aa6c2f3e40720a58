"""Canonical names of people and bodies: the form the press knows an entity by.

A person's name with a patronymic has a short form without it (``short_name``: «عادل بن أحمد الجبير»
→ «عادل الجبير»); public figures take the form in ``gazetteers/common_names.txt`` and names the press
writes several ways their one spelling in ``gazetteers/press_names.txt`` (``common_name``). Both
``linking`` (a cluster's canonical name) and ``entity_index`` (the corpus's preferred spelling) read
these rules, so they sit apart from either.
"""

from __future__ import annotations

from functools import cache

from akhbar.extract.entity_keys import entity_key, variant_key
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

#: Folded words that join a name to its father's («فلان بن فلان»).
LINEAGE = frozenset({"بن", "ابن", "بنت"})
_COMPOUND_HEADS = frozenset({"عبد", "ابو"})  # folded: «عبد الله»، «أبو بكر» are one part of a name


def _name_parts(name: str) -> list[str]:
    """The words of a name, «عبد X» and «أبو X» joined into one part («عبد الله» → «عبدالله»)."""
    parts: list[str] = []
    for word in name.split():
        if parts and fold(parts[-1]) in _COMPOUND_HEADS:
            parts[-1] += word
        else:
            parts.append(word)
    return parts


def short_name(name: str) -> str | None:
    """A person's given and family name without the patronymic after the given name, or ``None`` when
    the name has none or the chain goes on (a royal «محمد بن سلمان بن عبد العزيز» keeps its form).

    >>> short_name("عادل بن أحمد الجبير"), short_name("عبد الله بن عبد العزيز آل الشيخ")
    ('عادل الجبير', 'عبدالله آل الشيخ')
    >>> short_name("محمد بن سلمان بن عبد العزيز") is None, short_name("رجب طيب أردوغان") is None
    (True, True)
    """
    parts = _name_parts(name)
    if len(parts) < 4 or fold(parts[1]) not in LINEAGE or fold(parts[3]) in LINEAGE:
        return None
    return " ".join([parts[0], *parts[3:]])


def common_name(label: str, name: str) -> str:
    """The canonical name of a person: the name the press knows a public figure by when the full name
    is it plus a patronymic («عادل بن أحمد الجبير» → «عادل الجبير», ``gazetteers/common_names.txt``);
    anyone else keeps the full name the article gives (GUIDELINES: the most common full spelling).

    A name the press writes several ways takes its one spelling (``gazetteers/press_names.txt``).

    >>> common_name("PERS", "عادل بن أحمد الجبير"), common_name("PERS", "حسن بن علي الزهراني")
    ('عادل الجبير', 'حسن بن علي الزهراني')
    >>> common_name("PERS", "سيرجي لافروف"), common_name("PERS", "عبدالفتاح السيسي"), common_name("ORG", "البنتاجون")
    ('سيرغي لافروف', 'عبد الفتاح السيسي', 'وزارة الدفاع الأمريكية')
    """
    short = short_name(name) if label == "PERS" else None
    name = _common_names().get(variant_key(short), name) if short else name
    return _press_names().get((label, _press_key(label, name)), name)


@cache
def _common_names() -> dict[str, str]:
    return {variant_key(" ".join(_name_parts(n))): n for n in read_lines("gazetteers/common_names.txt")}


def _press_key(label: str, name: str) -> str:
    return variant_key(" ".join(_name_parts(name))) if label == "PERS" else entity_key(label, name)


@cache
def _press_names() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for first, *aliases in read_variants("gazetteers/press_names.txt"):
        label, name = first.split(" ", 1)
        out |= {(label, _press_key(label, n)): name for n in (name, *aliases)}
    return out
