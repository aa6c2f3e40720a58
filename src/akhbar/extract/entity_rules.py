"""Boundary rules over the tagger's output, for news text (``ner.find_entities`` and the pipeline).

The CRF learnt ANERcorp, whose conventions differ from ``shared/gold/GUIDELINES.md`` in places (it
leaves ministries untagged) and which rarely shows constructions that are everyday news style:

- an organisation run into the person named after it: «لحلف الناتو ينس ستولتنبرغ» → ORG «الناتو» +
  PERS «ينس ستولتنبرغ» (a definite or listed word, then a run of person-name tokens);
- a descriptor before a name: «حلف الناتو» → «الناتو»، «وكالة أنباء انترفاكس» → «انترفاكس»، kept when
  the head belongs to the name («حلف شمال الأطلسي»، «جامعة القاهرة»);
- institution phrases the tagger misses: head + genitive/adjective chain («وزارة الخارجية الروسية»،
  «هيئة الرقابة الإدارية»، «وزارتي الخارجية والدفاع»), listed names with a preposition inside
  («منظمة الأمن والتعاون في أوروبا») and elliptical ministries («الخارجية الروسية»).

Rules work on folded token forms; a run is ``(first, last, label)``, token indices, ``last`` exclusive.
Lists live in ``resources/gazetteers/`` (institution_heads, name_descriptors, ministry_domains,
organisation_phrases). ``ner.complete_mentions`` adds the article-level pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from akhbar.extract.roles import is_title
from akhbar.extract.words import bare, unclitic, with_clitics, word_set
from akhbar.resources import read_lines, read_variants
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.ner_features import NerResources

Run = tuple[int, int, str]

_MAX_CHAIN = 7
#: Words past this frequency rank of the news vocabulary (or unknown to it) read as foreign names.
_RARE_RANK = 10_000
_INTERNATIONAL = frozenset({"الدولي", "الدوليه"})


@dataclass(frozen=True, slots=True)
class BoundaryLexicon:
    """The folded word lists the rules read (loaded once: ``BoundaryLexicon.load()``)."""

    heads: dict[str, bool]  # head form → strong (any definite chain) or weak (needs an adjective)
    descriptors: tuple[tuple[str, ...], ...]  # longest first
    domains: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word → whole names, longest first
    names: frozenset[tuple[str, ...]]  # every listed organisation name
    places: frozenset[tuple[str, ...]]  # every listed place name, with and without ال
    adjectives: frozenset[str]  # non-relational adjectives of names («المتحدة»)
    stops: frozenset[str]  # definite words that end a chain («اليوم»، «الذي»)
    generic: frozenset[tuple[str, ...]]  # head + word pairs that are common nouns («هيئة التدريس»)
    firsts: frozenset[str]  # first words of the listed names
    descriptor_firsts: frozenset[str]
    openers: frozenset[str]  # the first words of names and descriptors with their proclitics
    triggers: frozenset[str]  # every form, with its proclitics, a rule can start at (one lookup a token)

    @classmethod
    def load(cls) -> BoundaryLexicon:
        return _load_lexicon()


@cache
def _load_lexicon() -> BoundaryLexicon:
    heads: dict[str, bool] = {}
    for row in read_variants("gazetteers/institution_heads.txt"):
        strong = row[1] == "strong"
        for form in (row[0], *row[2:]):
            heads[fold(form)] = strong
    names = {tuple(fold(line).split()) for line in read_lines("gazetteers/organisations.txt")}
    names |= {tuple(fold(line).split()) for line in read_lines("gazetteers/organisation_phrases.txt")}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        if len(name) > 1:
            phrases.setdefault(name[0], []).append(name)
    descriptors = sorted(
        (tuple(fold(line).split()) for line in read_lines("gazetteers/name_descriptors.txt")), key=len
    )
    firsts = frozenset(name[0] for name in names)
    domains = frozenset(fold(w) for w in read_lines("gazetteers/ministry_domains.txt"))
    return BoundaryLexicon(
        heads=heads,
        descriptors=tuple(reversed(descriptors)),
        domains=domains,
        phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        names=frozenset(names),
        places=_places(),
        adjectives=frozenset(fold(w) for w in read_lines("gazetteers/name_adjectives.txt")),
        stops=frozenset(fold(w) for w in read_lines("gazetteers/chain_stops.txt")),
        generic=frozenset(tuple(fold(line).split()) for line in read_lines("gazetteers/generic_bodies.txt")),
        firsts=firsts,
        descriptor_firsts=frozenset(d[0] for d in descriptors),
        openers=with_clitics(set(firsts) | {d[0] for d in descriptors}),
        triggers=with_clitics(set(heads) | set(phrases) | domains),
    )


def _places() -> frozenset[tuple[str, ...]]:
    places = {tuple(fold(line).split()) for line in read_lines("gazetteers/locations.txt")}
    return frozenset(places | {(p[0][2:], *p[1:]) for p in places if p[0].startswith("ال")})


def refine_runs(forms: Sequence[str], runs: Sequence[Run], resources: NerResources) -> list[Run]:
    """The tagger's runs over folded ``forms`` with the news-style boundary rules applied, in order."""
    lex = BoundaryLexicon.load()
    out: list[Run] = []
    for run in runs:
        for part in split_person(forms, run, resources, lex):
            out.append(trim_descriptor(forms, trim_titles(forms, part, resources), resources, lex))
    out = [run for run in _join_links(forms, out) if not _divine(forms, run)]
    found = find_institutions(forms, out, resources, lex)
    return _merge(out, found) if found else out


_GOD = frozenset({"الله", "لله", "بالله", "والله", "تالله", "فالله"})


def _divine(forms: Sequence[str], run: Run) -> bool:
    """«الله» alone («بإذن الله»، «حفظه الله») names no entity of the gold types; «عبد الله» is a name."""
    return run[1] - run[0] == 1 and forms[run[0]] in _GOD


#: Folded words that cannot end a person's name: they link it to the next part («آل»، «بن»، «أبو»).
_NAME_LINKS = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "ام", "عبد"})


def _join_links(forms: Sequence[str], runs: list[Run]) -> list[Run]:
    """Two touching PERS runs where the first ends in a linking word are one name
    («فلاح جابر سعد آل» + «شنان القحطاني» → «فلاح جابر سعد آل شنان القحطاني»)."""
    out: list[Run] = []
    for run in runs:
        if (
            out
            and out[-1][2] == run[2] == "PERS"
            and out[-1][1] == run[0]
            and forms[run[0] - 1] in _NAME_LINKS
        ):
            out[-1] = (out[-1][0], run[1], "PERS")
        else:
            out.append(run)
    return out


def split_person(forms: Sequence[str], run: Run, res: NerResources, lex: BoundaryLexicon) -> list[Run]:
    """«الناتو ينس ستولتنبرغ» → ORG «الناتو» + PERS «ينس ستولتنبرغ».

    An ORG or LOC run splits before the first token that opens a run of person-name tokens right
    after a definite or listed word, when the part before names a body or a place (a listed name, a
    gazetteer word or an institution head); it becomes ORG when it is a listed name. A PERS run splits
    only after a listed name. A title before the person keeps the run whole: bodies named after people
    («جامعة الملك فيصل») are one name.
    """
    first, last, label = run
    if label == "MISC":
        return [run]
    for i in range(first + 1, last):
        word, before = forms[i], forms[i - 1]
        if word.startswith("ال") or word not in res.person or word in res.organisations:
            continue
        if word in res.locations or is_title(before) or before in res.person_triggers:
            continue
        if not (_definite(before) or (before,) in lex.names):
            continue
        if not all(forms[k] in res.person or forms[k] not in res.rank for k in range(i, last)):
            continue
        left = forms[first:i]
        if _listed(left, lex):
            return [(first, i, "ORG"), (i, last, "PERS")]
        if label != "PERS" and any(
            w in res.organisations or w in res.locations or unclitic(w, lex.heads) for w in left
        ):
            return [(first, i, label), (i, last, "PERS")]
        return [run]
    return [run]


def trim_titles(forms: Sequence[str], run: Run, res: NerResources) -> Run:
    """A person's name without the titles the tagger took in: «الأمير محمد بن سلمان ولي العهد» → «محمد بن سلمان».

    Only definite titles are dropped in front and only offices that are never names are cut after
    («مساعد العيبان»، «عبد القادر قاضي»، «عبدالملك المرشد» are names).
    """
    first, last, label = run
    if label != "PERS":
        return run
    while (
        last - first > 1
        and _definite(forms[first])
        and (is_title(forms[first]) or forms[first] in res.person_triggers)
    ):
        first += 1
    for k in range(first + 1, last):
        after = forms[k + 1] if k + 1 < len(forms) else ""  # «… ولي» + «العهد» the tagger left out
        if forms[k] in _OFFICES or (forms[k] == "ولي" and after in {"العهد", "ولي"}):
            return (first, k, label)
    return (first, last, label)


_OFFICES = frozenset({"وزير", "وزيره", "رئيس", "رئيسه", "نائب", "نائبه"})


def trim_descriptor(forms: Sequence[str], run: Run, res: NerResources, lex: BoundaryLexicon) -> Run:
    """«حلف الناتو» → «الناتو»; the head stays when it is part of the name («حلف شمال الأطلسي»)."""
    first, last, label = run
    if label not in {"ORG", "LOC"} or last - first < 2 or _listed(forms[first:last], lex):
        return run
    for size in _descriptor_size(forms, first, lex):
        if size < last - first and _is_name(forms[first + size : last], res, lex):
            return (first + size, last, label)
    return run


def _descriptor_size(forms: Sequence[str], i: int, lex: BoundaryLexicon) -> list[int]:
    head = unclitic(forms[i], lex.descriptor_firsts) if forms[i] in lex.openers else None
    if head is None:
        return []
    return [
        len(words)
        for words in lex.descriptors
        if words[0] == head and tuple(forms[i + 1 : i + len(words)]) == words[1:]
    ]


def _is_name(words: Sequence[str], res: NerResources, lex: BoundaryLexicon) -> bool:
    """Words that name something on their own: a listed organisation or place, or a foreign word."""
    if not words:
        return False
    if tuple(words) in lex.names or tuple(words) in lex.places:
        return True
    return len(words) == 1 and foreign(words[0], res)


def foreign(word: str, res: NerResources) -> bool:
    """A word the news vocabulary hardly knows, without the article: a transliterated name («انترفاكس»)."""
    rare = res.rank.get(word, 1 << 30) > _RARE_RANK
    arabic_ending = word.endswith(("ه", "يه", "ي"))  # feminine nouns and relational adjectives («صينية»)
    return (
        rare
        and word.isalpha()
        and not word.startswith("ال")
        and not arabic_ending
        and word not in res.locations
    )


def _listed(words: Sequence[str], lex: BoundaryLexicon) -> bool:
    if not words or words[0] not in lex.openers:
        return False
    head = unclitic(words[0], lex.firsts)
    return head is not None and (head, *words[1:]) in lex.names


def find_institutions(
    forms: Sequence[str], runs: Sequence[Run], res: NerResources, lex: BoundaryLexicon
) -> list[Run]:
    """ORG runs for listed multi-word names, institution phrases and elliptical ministries."""
    triggers = lex.triggers
    starts = [i for i, form in enumerate(forms) if form in triggers]
    if not starts:
        return []
    people = {k for first, last, label in runs if label == "PERS" for k in range(first, last)}
    # a listed name the tagger found is a body of its own: «مفوضية الأمم المتحدة» stays as tagged
    named = {first for first, last, label in runs if label == "ORG" and _listed(forms[first:last], lex)}
    out: list[Run] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        found = (
            _phrase_at(forms, i, lex)
            or (None if i + 1 in named else _institution_at(forms, i, people, res, lex))
            or _ministry_at(forms, i, lex, res)
        )
        if found is not None:
            out.append((found[0], found[1], "ORG"))
            done = found[1]
    return out


def _phrase_at(forms: Sequence[str], i: int, lex: BoundaryLexicon) -> tuple[int, int] | None:
    """A listed multi-word name at token ``i``, with «الدولي» after it («مجلس الأمن الدولي»)."""
    head = unclitic(forms[i], lex.firsts)
    if head is None or head not in lex.phrases:
        return None
    for name in lex.phrases[head]:
        if tuple(forms[i + 1 : i + len(name)]) == name[1:]:
            end = i + len(name)
            # «مجلس الأمن الدولي»; a country adjective only describes the name («حزب الله اللبناني»)
            while end < len(forms) and forms[end] in _INTERNATIONAL:
                end += 1
            return i, end
    return None


def _name_after(forms: Sequence[str], j: int, res: NerResources, lex: BoundaryLexicon) -> int | None:
    """End of the name that starts at token ``j`` after a descriptor: a listed one, or a foreign word."""
    if j >= len(forms):
        return None
    for name in lex.phrases.get(forms[j], ()):
        if tuple(forms[j : j + len(name)]) == name:
            return j + len(name)
    if (forms[j],) in lex.names:
        return j + 1
    # a foreign word, not a construct noun before its genitive («وكالة استكشاف الفضاء»)
    genitive = j + 1 < len(forms) and _chain_word(forms[j + 1], lex) and not _adjective(forms[j + 1], lex)
    return j + 1 if foreign(forms[j], res) and not genitive else None


def _institution_at(
    forms: Sequence[str], i: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> tuple[int, int] | None:
    """«وزارة الخارجية الروسية»، «حلف الناتو» (→ the name only), «وكالة أنباء انترفاكس» (→ the name)."""
    head = unclitic(forms[i], lex.heads)
    if head is None or i in people or (head[0] == "ل" and forms[i].startswith("لل")):
        return None  # «للجنة» may be «ل + اللجنة»: a definite head opens no name
    for size in _descriptor_size(forms, i, lex):
        end = _name_after(forms, i + size, res, lex)
        if end is not None:
            return i + size, end
    end, adjective, joined = _chain(forms, i + 1, people, res, lex)
    if end == i + 1 or not (lex.heads[head] or adjective or joined):
        return None
    if (head, forms[i + 1]) in lex.generic:
        return None  # «أعضاء هيئة التدريس»، «رئيس مجلس الإدارة»: a common noun, not a name
    return i, end


def _chain(
    forms: Sequence[str], k: int, people: set[int], res: NerResources, lex: BoundaryLexicon
) -> tuple[int, bool, bool]:
    """End of the genitive/adjective chain from token ``k``, whether it has an adjective, a «و» join."""
    start, genitive, adjective, joined, after_adjective = k, True, False, False, False
    while k < len(forms) and k - start < _MAX_CHAIN and k not in people:
        word = forms[k]
        joint = word.startswith("وال") and len(word) > 5
        core = word[1:] if joint else word
        if not _chain_word(core, lex):
            # a construct noun without the article, then its genitive: «هيئة كبار العلماء»; not a verb
            # («هجمة منظمة وصلت الكرة»: a perfect in ت)
            verb = word.endswith("ت") and not word.endswith("ات")
            construct = genitive and k == start and word.isalpha() and len(word) > 2 and not verb
            construct = construct and word not in res.person
            if not construct or k + 1 >= len(forms) or k + 1 in people or not _chain_word(forms[k + 1], lex):
                break
            k += 1
            continue
        if joint and (core in lex.heads or bare(core) in lex.heads):
            break  # «وزارة الاقتصاد واللجنة العليا»: a second body
        if _adjective(core, lex) and k > start and (after_adjective or not joint):
            adjective = after_adjective = True  # «البلدية والقروية», not «لجنة القيم والأمريكي»
        elif joint and k > start and not adjective and not _adjective(core, lex):
            joined, after_adjective = True, False  # «الأمن والتعاون», not «… الفلسطينية والحكومة»
        elif not genitive or joint:
            break
        else:
            after_adjective = False
        genitive = False
        k += 1
    return k, adjective, joined


def _chain_word(word: str, lex: BoundaryLexicon) -> bool:
    return (
        _definite(word)
        and word not in lex.stops
        and not is_title(word)
        and word not in word_set("cues/role_stops.txt")
    )


def _definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def _adjective(word: str, lex: BoundaryLexicon) -> bool:
    """A relational adjective (nisba: «الروسية»، «الدولي») or a listed one («المتحدة»)."""
    if word in lex.adjectives:
        return True
    return _definite(word) and len(word) > 4 and word.endswith(("ي", "يه")) and word not in lex.stops


def _ministry_at(
    forms: Sequence[str], i: int, lex: BoundaryLexicon, res: NerResources
) -> tuple[int, int] | None:
    """«الخارجية الروسية»: a ministry's domain + a national adjective, not after a definite noun or a title."""
    if i + 1 >= len(forms) or unclitic(forms[i], lex.domains) is None:
        return None
    if not forms[i + 1].endswith("يه") or not national(forms[i + 1], res):
        return None  # the adjective agrees with «وزارة»: «الدفاع الروسي» is Russian defence, not the ministry
    if forms[i][0] not in "بلك" and i > 0:
        before = forms[i - 1]
        if _definite(before) or is_title(before) or before in _MODIFIABLE:
            return None
    return i, i + 2


def national(word: str, res: NerResources) -> bool:
    """An adjective of a place («الروسية»، «الأمريكي»، «الصينية»), checked against the place list.

    >>> from akhbar.extract.ner_features import NerResources
    >>> national("الروسيه", NerResources.load()), national("الجويه", NerResources.load())
    (True, False)
    """
    if not word.startswith("ال") or not word.endswith(("يه", "ي")) or len(word) < 5:
        return False
    stem = word[2:-2] if word.endswith("يه") else word[2:-1]
    return any(
        form in res.locations
        for form in (word, stem, stem + "ا", stem + "يا", "ال" + stem, stem + "ستان", stem + "ه")
    )


# indefinite nouns «الخارجية» would qualify as an adjective («سياسة الخارجية» is not a ministry)
_MODIFIABLE = frozenset(fold(w) for w in ("سياسة", "سياسات", "شؤون", "علاقات", "تجارة", "ديون", "قوات"))


def _merge(runs: Sequence[Run], found: Sequence[Run]) -> list[Run]:
    """Rule runs replace the tagger's runs they overlap, except a person's or a larger organisation's."""
    kept: list[Run] = []
    new: list[Run] = list(found)
    for run in runs:
        over = [f for f in found if f[0] < run[1] and run[0] < f[1]]
        if not over:
            kept.append(run)
        elif run[2] == "PERS" or (run[2] == "ORG" and all(run[0] <= f[0] and f[1] <= run[1] for f in over)):
            kept.append(run)
            new = [f for f in new if f not in over]
    return sorted(kept + new)
