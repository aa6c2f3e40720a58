"""Boundary rules over the tagger's output, for news text (``ner.find_entities`` and the pipeline).

The CRF learnt ANERcorp, whose conventions differ from ``shared/gold/GUIDELINES.md`` in places (it
leaves ministries untagged) and which rarely shows constructions that are everyday news style:

- an organisation run into the person named after it: «لحلف الناتو ينس ستولتنبرغ» → ORG «الناتو» +
  PERS «ينس ستولتنبرغ» (a definite or listed word, then a run of person-name tokens);
- a descriptor before a name: «حلف الناتو» → «الناتو»، «وكالة أنباء انترفاكس» → «انترفاكس»، kept when
  the head belongs to the name («حلف شمال الأطلسي»، «جامعة القاهرة»);
- institution phrases the tagger misses (``entity_institutions``): head + genitive/adjective chain
  («وزارة الخارجية الروسية»، «هيئة الرقابة الإدارية»، «وزارتي الخارجية والدفاع»), listed names with a
  preposition inside («منظمة الأمن والتعاون في أوروبا») and elliptical ministries («الخارجية الروسية»).

Rules work on folded token forms; a run is ``(first, last, label)``, token indices, ``last`` exclusive.
The word lists and the tests on them are in ``entity_lexicon``. ``ner.complete_mentions`` adds the
article-level pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.extract.entity_institutions import find_institutions
from akhbar.extract.entity_lexicon import (
    NAME_LINKS,
    BoundaryLexicon,
    definite,
    descriptor_size,
    foreign,
    listed,
)
from akhbar.extract.roles import is_title
from akhbar.extract.words import family_map, unclitic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.extract.entity_lexicon import Run
    from akhbar.extract.ner_features import NerResources


def refine_runs(forms: Sequence[str], runs: Sequence[Run], resources: NerResources) -> list[Run]:
    """The tagger's runs over folded ``forms`` with the news-style boundary rules applied, in order."""
    lex = BoundaryLexicon.load()
    out: list[Run] = []
    runs = [moved for run in runs if (moved := past_ayatollah(forms, run, resources)) is not None]
    for run in (part for whole in runs for part in split_at_verb(forms, whole, resources)):
        for part in split_person(forms, run, resources, lex):
            out.append(trim_descriptor(forms, trim_titles(forms, part, resources), resources, lex))
    out = [run for run in _join_links(forms, out) if not _divine(forms, run) and not on_behalf(forms, run)]
    found = find_institutions(forms, out, resources, lex)
    return _merge(out, found) if found else out


_SPEAKERS_FOR = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه", "المتحدث", "المتحدثه", "الناطق", "الناطقه"})


def on_behalf(forms: Sequence[str], run: Run) -> bool:
    """«المتحدثة باسم المتنزه»: after a spokesman «باسم» is «on behalf of», not the given name Basim."""
    first, _, label = run
    return label == "PERS" and first > 0 and forms[first] == "باسم" and forms[first - 1] in _SPEAKERS_FOR


_GOD = frozenset({"الله", "لله", "بالله", "والله", "تالله", "فالله"})


def _divine(forms: Sequence[str], run: Run) -> bool:
    """«الله» alone («بإذن الله»، «حفظه الله») names no entity of the gold types; «عبد الله» is a name."""
    return run[1] - run[0] == 1 and forms[run[0]] in _GOD


def _join_links(forms: Sequence[str], runs: list[Run]) -> list[Run]:
    """Two touching PERS runs where the first ends in a linking word are one name
    («فلاح جابر سعد آل» + «شنان القحطاني» → «فلاح جابر سعد آل شنان القحطاني»)."""
    out: list[Run] = []
    for run in runs:
        if (
            out
            and out[-1][2] == run[2] == "PERS"
            and out[-1][1] == run[0]
            and forms[run[0] - 1] in NAME_LINKS
        ):
            out[-1] = (out[-1][0], run[1], "PERS")
        else:
            out.append(run)
    return out


_AYATOLLAH = ("ايه", "الله")
_NAME_AFTER = 4  # name words after «آية الله»


def past_ayatollah(forms: Sequence[str], run: Run, res: NerResources) -> Run | None:
    """«آية الله علي خامنئي» → PERS «علي خامنئي»: «آية الله» is a cleric's honorific, outside the name
    like «الشيخ»; a run of it alone moves onto the person-name words after it, not a particle like «في»
    (none: no entity)."""
    first, last, label = run
    if label != "PERS" or tuple(forms[first : first + 2]) != _AYATOLLAH:
        return run
    start = end = first + 2
    if last > start:
        return (start, last, label)
    while end < min(len(forms), start + _NAME_AFTER) and forms[end] in res.person and len(forms[end]) > 2:
        end += 1
    return (start, end, label) if end > start else None


def split_at_verb(forms: Sequence[str], run: Run, res: NerResources) -> list[Run]:
    """«الجنرال ديمبسي أبلغ العبادي أن …» → PERS «ديمبسي» + PERS «العبادي»: a person's name holds no
    speech verb, so a PERS run the tagger carried over one (subject, verb, object: names on both sides)
    breaks there. A word that is also a given name («وعد») stays in the name."""
    first, last, label = run
    if label != "PERS":
        return [run]
    verbs = family_map("cues/speech_verbs.txt")
    for i in range(first + 1, last):
        if forms[i] in verbs and forms[i] not in res.person:
            return (
                [(first, i, label), *split_at_verb(forms, (i + 1, last, label), res)]
                if i + 1 < last
                else [(first, i, label)]
            )
    return [run]


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
        if not (definite(before) or (before,) in lex.names):
            continue
        if not all(forms[k] in res.person or forms[k] not in res.rank for k in range(i, last)):
            continue
        left = forms[first:i]
        if listed(left, lex):
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
        and definite(forms[first])
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
    if label not in {"ORG", "LOC"} or last - first < 2 or listed(forms[first:last], lex):
        return run
    for size in descriptor_size(forms, first, lex):
        if size < last - first and _is_name(forms[first + size : last], res, lex):
            return (first + size, last, label)
    return run


def _is_name(words: Sequence[str], res: NerResources, lex: BoundaryLexicon) -> bool:
    """Words that name something on their own: a listed organisation or place, or a foreign word."""
    if not words:
        return False
    if tuple(words) in lex.names or tuple(words) in lex.places:
        return True
    return len(words) == 1 and foreign(words[0], res)


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
