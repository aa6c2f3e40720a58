"""Canonical entities: one name per real-world entity, within an article and across a corpus.

Within an article a partial mention links to the fullest name that contains it (لافروف → سيرغي
لافروف), and spelling variants join through a *variant key*: the folded name with the letters that
transliterate one foreign sound merged (غ/ج/ك/ق for G, ط/ت, ص/س, ذ/ظ/ز) and long vowels dropped, so
سيرغي, سيرجي and سيرگي share a key. The canonical name is the most complete, most frequent spelling.
Across articles an ``EntityIndex`` remembers the spellings seen so far, so «سيرجي لافروف» in one
article takes the canonical «سيرغي لافروف» that the corpus uses most. Roles («نائب وزير الخارجية
الروسي») come from ``extract.roles`` and ride along in each mention's attrs; descriptions resolve
through them (``resolve_description``), and body descriptions («الوزارة»، «الحلف») to the organisation
the article names (``resolve_body``).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from akhbar.extract.roles import find_roles, role_matches
from akhbar.extract.words import bare, tokenise
from akhbar.model import Span
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from akhbar.extract.words import Tokens


_SOUNDS = str.maketrans(
    {"غ": "ج", "ك": "ج", "ق": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز"}
)
_VOWELS = re.compile("[اويء]")
_TRIM = "\"'“”«»„‹›()[]{}،,.:;-–— \t\n"
# partial mentions link to a longer name only for these types (a partial LOC is another place)
_PARTIAL_TYPES = frozenset({"PERS", "ORG"})
_LINEAGE = frozenset({"بن", "ابن", "بنت"})
_COMPOUND_HEADS = frozenset({"عبد", "ابو"})  # folded: «عبد الله»، «أبو بكر» are one part of a name


@lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """The key that spelling variants of one name share (cached: the same names recur in every article).

    >>> variant_key("سيرغي لافروف") == variant_key("سيرجي لافروف") == variant_key("سيرگي لافروڤ")
    True
    >>> variant_key("أنتوني بلينكين") == variant_key("أنطوني بلينكن")
    True
    >>> variant_key("محمد اليوسفي") == variant_key("محمد اليوسف")
    False
    >>> variant_key("ابن حلي") == variant_key("بن حلي")
    True
    """
    words = fold(name).lower().strip(_TRIM).split()
    return " ".join(_word_key(w) for w in words)


def entity_key(label: str, name: str) -> str:
    """The key that names one entity across spellings: ``variant_key`` for people, whose foreign names
    are transliterated many ways; for places and bodies only folding, «ج/غ» and a final «ه»
    (dropping vowels there made «اليمن» and «ألمانيا», «سوريا» and «صور» one key).

    >>> entity_key("LOC", "اليمن") == entity_key("LOC", "ألمانيا"), entity_key("PERS", "سيرغي") == entity_key("PERS", "سيرجي")
    (False, True)
    """
    if label == "PERS":
        return variant_key(name)
    return " ".join(_light_key(w) for w in fold(name).lower().strip(_TRIM).split())


def _light_key(word: str) -> str:
    word = word.translate(_SOUNDS)
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def _word_key(word: str) -> str:
    if word == "ابن":  # «ابن حلي» is the «أحمد بن حلي» of the same article
        return "بن"
    word = word.translate(_SOUNDS)
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    if len(word) <= 2:
        return word
    # a final ي stays: «اليوسفي» and «اليوسف» are two families, «سيرغي»/«سيرجي» one name
    tail = "ي" if word.endswith("ي") else ""
    return word[:1] + _VOWELS.sub("", word[1 : len(word) - len(tail)]) + tail


def entity_id(label: str, canonical: str) -> str:
    """A stable id from the type and the variant key of the canonical name."""
    digest = hashlib.sha1(f"{label}:{entity_key(label, canonical)}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:12]


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
        clean = " ".join(name.strip(_TRIM).split())
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
            keys = {k for k in keys if set(k.split()) - set(words) <= _org_heads()}
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


def link_entities(
    text: str, mentions: Sequence[Span], *, known: EntityIndex | None = None, tokens: Tokens | None = None
) -> list[Span]:
    """The mentions, in the same order, with attrs ``canonical``, ``entity_id`` and ``role``.

    ``role`` is the title phrase next to a PERS name (``None`` otherwise), with ``role_start`` and
    ``role_end`` in original offsets when there is one, and ``role_also`` when a second role stands in
    apposition after the name. Existing attrs are kept. ``tokens`` is ``tokenise(text, sentences)``
    when the caller already has it (the pipeline tokenises each article once for every rule step).

    >>> t = "قال وزير الخارجية سيرغي لافروف إن الرد سلبي، وأضاف لافروف أن سيرجي لافروف سيرد."
    >>> spans = [Span(18, 30, "PERS"), Span(51, 57, "PERS"), Span(61, 73, "PERS")]
    >>> [s.attrs["canonical"] for s in link_entities(t, spans)]
    ['سيرغي لافروف', 'سيرغي لافروف', 'سيرغي لافروف']
    """
    tokens = tokens if tokens is not None else tokenise(text)
    names = [_name(text, m) for m in mentions]
    cluster_of = _cluster(mentions, names)
    canon = _canonicals(mentions, names, cluster_of, known)
    roles = find_roles(text, mentions, tokens=tokens)
    out: list[Span] = []
    for n, m in enumerate(mentions):
        name = canon[cluster_of[n]]
        attrs = dict(m.attrs) | {"canonical": name, "entity_id": entity_id(m.label, name), "role": None}
        if n in roles:
            r = roles[n]
            attrs |= {"role": text[r.start : r.end], "role_start": r.start, "role_end": r.end}
            if "also" in r.attrs:
                attrs["role_also"] = r.attrs["also"]
        out.append(Span(m.start, m.end, m.label, attrs))
    return out


def _name(text: str, mention: Span) -> str:
    """The mention's name with quote marks, brackets and spaces trimmed and inner spaces single."""
    return " ".join(text[mention.start : mention.end].strip(_TRIM).split())


def _cluster(mentions: Sequence[Span], names: Sequence[str]) -> list[int]:
    """Cluster id of each mention: same variant key, or a partial name inside one longer name.

    Longest names go first so that full names found the clusters partial names join; a clitic that
    slipped into a mention («ولافروف») is tried without it.
    """
    order = sorted(range(len(mentions)), key=lambda n: (-len(names[n].split()), mentions[n].start))
    keys: dict[tuple[str, str], int] = {}
    words_of: dict[int, tuple[str, set[str]]] = {}
    fathers: dict[int, set[str]] = {}  # per cluster, the words right after «بن» in its name
    cluster_of = [0] * len(mentions)
    for pos, n in enumerate(order):
        label, key = mentions[n].label, entity_key(mentions[n].label, names[n])
        ordered = key.split()
        plain = set(ordered)
        bare = {_unclitic(w) for w in plain}
        if (label, key) not in keys:
            partial = label in _PARTIAL_TYPES
            hosts = [
                c
                for c, (lab, ws) in words_of.items()
                if lab == label
                and (bare == ws or (partial and _part_of(label, plain, bare, ws)))
                and not (ordered and ordered[0] in fathers.get(c, ()))  # «سلمان» is not «محمد بن سلمان»
            ]
            if hosts:
                keys[(label, key)] = _nearest(hosts, n, mentions, cluster_of, order[:pos])
            else:
                keys[(label, key)] = len(words_of)
                fathers[len(words_of)] = {b for a, b in itertools.pairwise(ordered) if a in _LINEAGE}
                words_of[len(words_of)] = (label, plain)
        cluster_of[n] = keys[(label, key)]
    return cluster_of


def _part_of(label: str, plain: set[str], bare: set[str], host: set[str]) -> bool:
    """A person's partial name is any subset; an organisation's lacks only generic head words
    («الخارجية الروسية» in «وزارة الخارجية الروسية», not «الناتو» in «مجلس الناتو وروسيا»)."""
    return any(words <= host and (label == "PERS" or host - words <= _org_heads()) for words in (plain, bare))


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(entity_key("ORG", w) for w in read_lines("cues/org_heads.txt"))


def _unclitic(word: str) -> str:
    return word[1:] if len(word) > 4 and word[0] in "وفبلك" else word


def _nearest(
    hosts: list[int], n: int, mentions: Sequence[Span], cluster_of: list[int], done: list[int]
) -> int:
    """The host cluster whose mention lies nearest before mention ``n`` (else the first one)."""
    if len(hosts) == 1:
        return hosts[0]
    best, best_pos = hosts[0], -1
    for m in done:
        if cluster_of[m] in hosts and best_pos < mentions[m].start < mentions[n].start:
            best, best_pos = cluster_of[m], mentions[m].start
    return best


def _canonicals(
    mentions: Sequence[Span], names: Sequence[str], cluster_of: Sequence[int], known: EntityIndex | None
) -> dict[int, str]:
    """Canonical name per cluster: the most frequent of its longest spellings (the index's, if it knows)."""
    by_cluster: dict[int, list[int]] = {}
    for n, c in enumerate(cluster_of):
        by_cluster.setdefault(c, []).append(n)
    out: dict[int, str] = {}
    for c, members in by_cluster.items():
        longest = max(len(names[n].split()) for n in members)
        counts = Counter(names[n] for n in members if len(names[n].split()) == longest)
        first = {names[n]: mentions[n].start for n in reversed(members)}
        name = max(counts, key=lambda s: (counts[s], -first[s]))
        label = mentions[members[0]].label
        found = known.canonical(label, name) if known is not None else None
        out[c] = common_name(label, found or name)
    return out


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
    if len(parts) < 4 or fold(parts[1]) not in _LINEAGE or fold(parts[3]) in _LINEAGE:
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


def resolve_description(text: str, position: int, description: str, linked: Sequence[Span]) -> Span | None:
    """The PERS mention a description («وزير الخارجية الروسي»، «الدبلوماسي») stands for, or ``None``.

    The person is the one whose role (before or after any of their mentions) fits the description
    best; between equally good fits, the role the description says most of wins (an unqualified
    «وزير الخارجية» is the minister whose role is just that, not «وزير الخارجية الألماني»), then the
    one mentioned last before ``position``, and with none before it a single fit after it. The
    returned span is that person's mention nearest to ``position``.

    >>> t = "قال نائب وزير الخارجية الروسي ألكسندر غروشكو إن الرد سلبي. وأضاف الدبلوماسي أن …"
    >>> found = resolve_description(t, 66, "الدبلوماسي", link_entities(t, [Span(30, 44, "PERS")]))
    >>> t[found.start : found.end]
    'ألكسندر غروشكو'
    """
    scores: dict[str, tuple[float, float]] = {}
    for m in linked:
        roles = [str(r) for r in (m.attrs.get("role"), m.attrs.get("role_also")) if r]
        if m.label == "PERS" and roles:
            name = _canonical(text, m)
            fit = max((role_matches(description, r), role_matches(r, description)) for r in roles)
            scores[name] = max(scores.get(name, (0.0, 0.0)), fit)
    top = max(scores.values(), default=(0.0, 0.0))
    if top[0] < 0.5:
        return None
    best = {name for name, score in scores.items() if score == top}
    return _nearest_mention(text, position, best, linked)


def resolve_body(text: str, position: int, head: str, linked: Sequence[Span]) -> Span | None:
    """The ORG mention a body description («الوزارة»، «الحلف»، «الخارجية») stands for, or ``None``.

    ``head`` is the folded head word without ال (``وزاره``، ``حلف``، ``خارجيه``). A body fits when its
    name holds that word («وزارة الخارجية الروسية» for «الوزارة») or the word stands right before it as
    its descriptor («حلف الناتو» for «الحلف»). The last fit before ``position`` wins, else a single one after.

    >>> t = "أعلنت وزارة الخارجية الروسية أن الحوار ممكن. وأضافت الوزارة أن …"
    >>> found = resolve_body(t, 52, "وزاره", link_entities(t, [Span(6, 28, "ORG")]))
    >>> t[found.start : found.end]
    'وزارة الخارجية الروسية'
    """
    names = set()
    for m in linked:
        if m.label != "ORG":
            continue
        words = fold(text[m.start : m.end]).split()
        before = fold(text[max(0, m.start - 12) : m.start]).split()[-1:]
        if any(_spells(w, head) for w in words + before):
            names.add(_canonical(text, m))
    return _nearest_mention(text, position, names, linked, "ORG") if names else None


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
