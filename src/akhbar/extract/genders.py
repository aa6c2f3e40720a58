"""The grammatical gender of speakers, which a cue without a subject must agree with.

Titles, honorifics and speech cues tell a person's gender (``person_genders``: «وزيرة»، «السيدة»،
«وقالت بيربوك»); a body's gender is that of its head word (``body_gender``: «وزارة» feminine, «الحلف»
masculine); ``agrees`` says whether a speaker can go with a cue of a given gender.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.roles import title_gender
from akhbar.extract.words import bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.words import Tokens
    from akhbar.model import Span

_FEMININE_HONORIFICS = frozenset({"السيده", "الدكتوره", "الاميره", "الملكه", "الشيخه", "السفيره", "الاستاذه"})
_MASCULINE_HONORIFICS = frozenset({"السيد", "الدكتور", "الامير", "الملك", "الشيخ", "السفير", "الاستاذ"})
# head words of masculine bodies («وأكد الحلف»); a body whose first word ends in ة is feminine
_MASCULINE_BODIES = frozenset(
    {
        "حلف",
        "مجلس",
        "حزب",
        "اتحاد",
        "صندوق",
        "بنك",
        "مصرف",
        "كرملين",
        "بيت",
        "برلمان",
        "كونغرس",
        "جيش",
        "تحالف",
    }
)


def body_gender(name: str) -> str:
    """Grammatical gender of a body's name: ``"F"`` («وزارة …»، «الخارجية …»), ``"M"`` («الكرملين»), else ``""``.

    >>> body_gender("وزارة الخارجية"), body_gender("الكرملين"), body_gender("رويترز")
    ('F', 'M', '')
    """
    words = fold(name).split()
    if not words:
        return ""
    head = bare(words[0])
    return "F" if head.endswith("ه") else "M" if head in _MASCULINE_BODIES else ""


def agrees(label: str, name: str, want: str, genders: dict[str, str]) -> bool:
    """Whether a speaker (type ``label``, canonical ``name``) agrees with a cue of gender ``want``.

    A woman takes a feminine cue, a man or a person of unknown gender a masculine one; a place takes a
    feminine one; a body agrees unless its name's gender differs (``body_gender``); ``""`` fits all.
    """
    if not want:
        return True
    if label == "PERS":
        return (genders.get(name) == "F") == (want == "F")
    if label == "LOC":
        return want == "F"
    return body_gender(name) in ("", want)


def person_genders(tokens: Tokens, mentions: Sequence[Span], cue_gender: dict[int, str]) -> dict[str, str]:
    """Canonical name → ``"F"``/``"M"`` for the people whose gender the article shows.

    Evidence, first found wins: the title of their role («وزيرة الخارجية»), an honorific right before
    a mention («السيدة»), a speech verb right before one («وقالت بيربوك»; ``cue_gender`` maps a token
    index to the gender of the cue there).
    """
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "PERS":
            continue
        name = str(m.attrs.get("canonical") or tokens.text[m.start : m.end])
        role = str(m.attrs.get("role") or "")
        gender = title_gender(fold(role).split()[0]) if role.strip() else ""
        k = tokens.at(m.start) - 1
        if not gender and k >= 0:
            form = tokens.forms[k]
            honorific = "F" if form in _FEMININE_HONORIFICS else "M" if form in _MASCULINE_HONORIFICS else ""
            gender = honorific or cue_gender.get(k, "")
        if gender:
            out.setdefault(name, gender)
    return out
