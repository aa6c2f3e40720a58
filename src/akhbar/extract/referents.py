"""What a description stands for: the person a title names, the organisation a body word names.

«وأضاف الدبلوماسي» speaks for the person whose role fits «الدبلوماسي» (``resolve_description``);
«وأضافت الوزارة» for the ministry the article names (``resolve_body``). The speaker rules of
``extract.subjects`` and ``extract.subject_titles`` ask these questions of the linked mentions, after
``linking`` has given them canonical names and roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.roles import location_words, role_matches
from akhbar.extract.words import bare
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.model import Span


def resolve_description(text: str, position: int, description: str, linked: Sequence[Span]) -> Span | None:
    """The PERS mention a description («وزير الخارجية الروسي»، «الدبلوماسي») stands for, or ``None``.

    The person is the one whose role (before or after any of their mentions) fits the description
    best; between equally good fits, the role the description says most of wins (an unqualified
    «وزير الخارجية» is the minister whose role is just that, not «وزير الخارجية الألماني»), then the
    one mentioned last before ``position``, and with none before it a single fit after it. The
    returned span is that person's mention nearest to ``position``.

    >>> from akhbar.extract.linking import link_entities
    >>> from akhbar.model import Span
    >>> t = "قال نائب وزير الخارجية الروسي ألكسندر غروشكو إن الرد سلبي. وأضاف الدبلوماسي أن …"
    >>> found = resolve_description(t, 66, "الدبلوماسي", link_entities(t, [Span(30, 44, "PERS")]))
    >>> t[found.start : found.end]
    'ألكسندر غروشكو'
    """
    scores: dict[str, tuple[float, float]] = {}
    for m in linked:
        roles = [str(r) for r in (m.attrs.get("role"), m.attrs.get("role_also")) if r]
        roles = [r for r in roles if not places_differ(description, r)]
        if m.label == "PERS" and roles:
            name = _canonical(text, m)
            fit = max((role_matches(description, r), role_matches(r, description)) for r in roles)
            scores[name] = max(scores.get(name, (0.0, 0.0)), fit)
    top = max(scores.values(), default=(0.0, 0.0))
    if top[0] < 0.5:
        return None
    best = {name for name, score in scores.items() if score == top}
    return _nearest_mention(text, position, best, linked)


def places_differ(description: str, role: str) -> bool:
    """Both phrases tie the office to a place and the places differ: «رئيس اتحاد الكاريبي» is not «رئيس
    الاتحاد الليبيري», nor «الدبلوماسي في الخارجية الأمريكية» «وزير الخارجية الروسي».

    >>> places_differ("وزير الخارجية الروسي", "وزير الخارجية الأمريكي")
    True
    >>> places_differ("وزير الخارجية الأميركي", "وزير الخارجية الأمريكية"), places_differ("الوزير", "وزير الخارجية الروسي")
    (False, False)
    """
    mine, theirs = _places(description), _places(role)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def _places(phrase: str) -> set[str]:
    """Skeletons of the places a phrase's relational adjectives name («الروسية» → روسيا، «الكاريبي»)."""
    places = location_words()
    out = set()
    for word in fold(phrase).lower().split():
        w = bare(word)
        w = w[:-1] if w.endswith("يه") else w
        if len(w) < 4 or not w.endswith("ي"):
            continue  # only relational adjectives tie an office to a place, not a place in a phrase
        for form in (w, w + "ا", w[:-1], w[:-1] + "ا", w + "ه"):  # «الروسي» → روسيا، «المصري» → مصر
            if form in places:
                out.add(form[0] + "".join(ch for ch in form[1:] if ch not in "اويه"))
                break
    return out


def resolve_body(text: str, position: int, head: str, linked: Sequence[Span]) -> Span | None:
    """The ORG mention a body description («الوزارة»، «الحلف»، «الخارجية») stands for, or ``None``.

    ``head`` is the folded head word without ال (``وزاره``، ``حلف``، ``خارجيه``). A body fits when its
    name holds that word («وزارة الخارجية الروسية» for «الوزارة») or the word stands right before it as
    its descriptor («حلف الناتو» for «الحلف»). The last fit before ``position`` wins, else a single one after.

    >>> from akhbar.extract.linking import link_entities
    >>> from akhbar.model import Span
    >>> t = "أعلنت وزارة الخارجية الروسية أن الحوار ممكن. وأضافت الوزارة أن …"
    >>> found = resolve_body(t, 52, "وزاره", link_entities(t, [Span(6, 28, "ORG")]))
    >>> t[found.start : found.end]
    'وزارة الخارجية الروسية'
    """
    fits = []
    for m in linked:
        if m.label != "ORG":
            continue
        words = fold(text[m.start : m.end]).split()
        before = fold(text[max(0, m.start - 12) : m.start]).split()[-1:]
        if any(_spells(w, head) for w in words + before):
            fits.append(m)
    # a body named as a clause's subject or object is the one a later «الوزارة» takes up, not one
    # named inside a prepositional phrase («… معادلة لجنة المعادلات بوزارة التعليم»)
    direct = [m for m in fits if m.start < position and not oblique(text, m)]
    names = {_canonical(text, m) for m in direct or fits}
    return _nearest_mention(text, position, names, linked, "ORG") if names else None


# adjectives that say nothing of which body it is: «المنظمة الدولية»، «الهيئة الأممية»، «الشركة المذكورة»
_GENERIC = frozenset(
    fold(w) for w in ["الدولية", "الدولي", "الأممية", "الأممي", "المذكورة", "المذكور", "العالمية", "العالمي"]
)


def taken_up(text: str, m: Span, linked: Sequence[Span]) -> Span:
    """The organisation named before that a generic description tagged as one takes up: «وقالت المنظمة
    الدولية» after «منظمة التجارة العالمية» is that organisation (its head word, then only adjectives
    that name no body); else ``m`` itself.

    >>> from akhbar.model import Span
    >>> t = "أعلنت منظمة التجارة العالمية اتفاقا. وقالت المنظمة الدولية إن"
    >>> ms = [Span(6, 28, "ORG", {"canonical": "منظمة التجارة العالمية"}), Span(43, 58, "ORG")]
    >>> t[(found := taken_up(t, ms[1], ms)).start : found.end]
    'منظمة التجارة العالمية'
    """
    words = fold(text[m.start : m.end]).split()
    if m.label != "ORG" or len(words) < 2 or not words[0].startswith("ال") or not set(words[1:]) <= _GENERIC:
        return m
    head, mine = bare(words[0]), _canonical(text, m)
    named = [
        n
        for n in linked
        if n.label == "ORG" and n.end <= m.start and _canonical(text, n) != mine and _heads(text, n, head)
    ]
    return max(named, key=lambda n: n.start) if named else m


def _heads(text: str, n: Span, head: str) -> bool:
    words = fold(_canonical(text, n)).split()
    return len(words) > 1 and bare(words[0]) == head


# «على» is left out: folded it spells the name «علي» («آية الله علي خامنئي»)
_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "إلى", "عن", "مع", "لدى", "عبر", "بين"))


def oblique(text: str, m: Span) -> bool:
    """A mention behind a preposition, so no clause's subject: glued («بوزارة»، «لوزارة»، «للوزارة») or a word before it («في الوزارة»)."""
    if m.start > 0 and text[m.start - 1] in "بلك":
        return True
    before = fold(text[max(0, m.start - 8) : m.start]).split()
    return bool(before) and text[m.start - 1].isspace() and before[-1] in _PREPOSITIONS


def _spells(word: str, head: str) -> bool:
    """``word`` is ``head`` with or without ال and a one-letter proclitic («لحلف»، «بالوزارة»)."""
    return bare(word) == head or (word[:1] in "وفبلك" and bare(word[1:]) == head)


def _nearest_mention(
    text: str, position: int, names: set[str], linked: Sequence[Span], label: str = "PERS"
) -> Span | None:
    people = [m for m in linked if m.label == label and _canonical(text, m) in names]
    before = [m for m in people if m.start < position]
    if before:
        return max(before, key=lambda m: m.start)
    after = [m for m in people if m.start >= position]
    return min(after, key=lambda m: m.start) if len({_canonical(text, m) for m in after}) == 1 else None


def _canonical(text: str, m: Span) -> str:
    return str(m.attrs.get("canonical") or text[m.start : m.end])
