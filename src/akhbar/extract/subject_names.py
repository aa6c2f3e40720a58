"""A name the tagger missed between a cue and the title that describes it («وقال فلان الفلاني المتحدث …»).

Arabic news introduces a person as name + title in apposition; where the tagger left the name untagged,
the words between the cue and a definite title are still that name, unless they are a time, an adverb
or a clause opener. Kept apart from ``subject_titles``, which reads the title itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.cues import COMMAS, COMPLEMENTISERS
from akhbar.extract.roles import is_title
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from akhbar.extract.found import Context, Found


_NAME_BEFORE_TITLE = 3  # words of an untagged name between the cue and the title after it
_NOT_NAMES = frozenset(
    fold(w)
    for w in (
        "أمس", "مساء", "صباح", "ظهر", "ليل", "ليلة", "فجر", "غداة", "أيضا", "أيضاً", "كذلك", "بدوره", "بدورها",
        "من", "في", "عن", "على", "إلى", "لدى", "مع", "بعد", "قبل", "خلال", "عقب", "أثناء", "حينها", "حينئذ",
        "وقتها", "ذلك", "هذا", "هذه", "نفسه", "نفسها", "له", "لها", "لهم", "فيه", "فيها", "عندما", "حينما",
        "حين", "بينما", "فيما", "كما", "لما", "إذ", "إذا", "حيث", "بعدما", "ثم", "قد", "لقد", "لكن", "كان",
        "كانت", "إنه", "إنها", "أنه", "أنها", "وهو", "وهي", "هو", "هي", "لي", "لنا", "لكم",
    )
)  # fmt: skip


def untagged_before_title(ctx: Context, q: Found, j: int) -> tuple[int, int] | None:
    """«وقال فلان الفلاني المتحدث باسم المجلس إن …»: untagged words right after the cue and right before a
    definite title in apposition are the name the tagger missed (the title describes them; a time or an
    adverb in that place is no name: «وقال أمس المتحدث»). Two words at least, a given and a family name,
    none of them definite, a preposition or a number. Set off by a comma, the title may be indefinite
    («وقال فلان الفلاني، عضو المكتب السياسي …»)."""
    toks = ctx.tokens
    k = j
    while k < min(len(toks), j + _NAME_BEFORE_TITLE) and toks.is_word(k) and ctx.taken[k] < 0:
        form = toks.forms[k]
        if form.startswith("ال"):
            break
        if form in _NOT_NAMES or form in COMPLEMENTISERS or not form.isalpha():
            return None
        k += 1
    end = k
    comma = k < len(toks) and toks.forms[k] in COMMAS
    k += comma  # «وقال فلان الفلاني، عضو المكتب السياسي للحزب، إن»: set off by commas, any title
    if (
        end - j < 2
        or k >= len(toks)
        or ctx.taken[k] >= 0
        or toks.starts[k] >= q.start > toks.starts[q.cue_tok]
    ):
        return None
    title = toks.forms[k]
    if not ((comma or title.startswith("ال")) and is_title(title)) or toks.sentence[k] != toks.sentence[j]:
        return None
    return toks.starts[j], toks.ends[end - 1]
