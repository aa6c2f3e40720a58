"""Canonical entities within one article: which mentions name the same entity, and by what name.

A partial mention links to the fullest name that contains it (لافروف → سيرغي لافروف), and spelling
variants join through their key (``entity_keys``: سيرغي, سيرجي and سيرگي share one). The canonical
name is the most complete, most frequent spelling, or the one an ``EntityIndex`` has learnt across the
corpus, in the form the press knows it by (``entity_names.common_name``). Roles («نائب وزير الخارجية
الروسي») come from ``extract.roles`` and ride along in each mention's attrs; descriptions resolve
through them (``referents.resolve_description``), and body descriptions («الوزارة»، «الحلف») to the
organisation the article names (``referents.resolve_body``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING

from akhbar.extract.entity_keys import NAME_TRIM, entity_id, entity_key, org_head_keys
from akhbar.extract.entity_names import LINEAGE, common_name
from akhbar.extract.roles import find_roles
from akhbar.extract.words import tokenise
from akhbar.model import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.entity_index import EntityIndex
    from akhbar.extract.words import Tokens


# partial mentions link to a longer name only for these types (a partial LOC is another place)
_PARTIAL_TYPES = frozenset({"PERS", "ORG"})


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
    return " ".join(text[mention.start : mention.end].strip(NAME_TRIM).split())


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
                fathers[len(words_of)] = {b for a, b in itertools.pairwise(ordered) if a in LINEAGE}
                words_of[len(words_of)] = (label, plain)
        cluster_of[n] = keys[(label, key)]
    return cluster_of


def _part_of(label: str, plain: set[str], bare: set[str], host: set[str]) -> bool:
    """A person's partial name is any subset; an organisation's lacks only generic head words
    («الخارجية الروسية» in «وزارة الخارجية الروسية», not «الناتو» in «مجلس الناتو وروسيا»)."""
    return any(
        words <= host and (label == "PERS" or host - words <= org_head_keys()) for words in (plain, bare)
    )


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
