"""Shared code of the silver dev sets ``snn_dev*.jsonl``: the candidate draw and the annotation builder.

Every silver set is made the same way, in two steps, so all the sets share this one module and
keep in their own scripts only what is their own (seed, what to leave out, the annotations):

1. ``draw_candidatesN.py`` samples candidate articles from SaudiNewsNet with a fixed seed
   (:func:`print_candidates`): the pool is the records with a non-empty title and 150-500 words of
   content, the sample is :data:`N_CANDIDATES` line indices, and each candidate is printed with
   flags (:data:`FLAGS`) and, from the third set on, counts of speech cues and marks
   (:func:`speech_counts`) that help choose by the criteria in README.md. Records that earlier
   sets use are left out (:func:`print_new_candidates`).
2. ``make_silverN.py`` holds the hand annotations as surface strings with occurrence hints
   (:class:`E`, :class:`T`, :class:`Q`). :func:`build` finds every offset by exact search in the
   text, checks ``text[start:end] == surface`` for every entity, quote, cue and timex, rejects
   overlapping or duplicate entity/timex spans, duplicate quotes, a cue inside its own quote and
   badly trimmed quote spans, and refuses articles an earlier set holds; :func:`write` writes the
   records in the gold format of ``shared/gold/seeds.jsonl`` (``--review`` prints every annotation
   in its context first).

Occurrence hints:
- entities and timex: ``n`` counts the *token-bounded* occurrences of the surface (a match
  may be preceded by a clitic و ف ب ل ك لل and must not be glued to a following letter);
  ``n="all"`` takes every bounded occurrence; ``exact=True`` counts plain substring
  occurrences instead (for names glued to the next word); ``anchor`` starts the search
  after the first occurrence of that string.
- quotes: the span is ``head`` … ``tail`` (first ``tail`` after ``head``); the cue is the
  nearest bounded occurrence before the span (or after it with ``cue_after=True``).

The scripts are run by path (``python bench/data/silver/make_silverN.py``), so their folder is on
``sys.path`` and ``import silver_tools`` finds this file.
"""

from __future__ import annotations

import gzip
import importlib
import itertools
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA = Path("/work/shared/data/saudinewsnet/articles.jsonl.gz")
HERE = Path(__file__).parent
N_CANDIDATES = 400

# ---------------------------------------------------------------------------- the candidate draw

FLAGS = {
    "quote": re.compile(r"[\"“”«»]|قال|أكد|أوضح|صرح|أشار|أعلن"),
    "hijri": re.compile(
        r"\d+\s*(?:هـ|ه\b)|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
    ),
    "relative": re.compile(
        r"أمس|الأسبوع الماضي|الشهر الماضي|العام الماضي|يوم (?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
    ),
    "number": re.compile(r"\d[\d,.]*\s*(?:مليون|مليار|ألف|%|ريال|دولار)"),
    "was": re.compile(r"\bواس\b"),
}

CUES = re.compile(
    r"(?<![\u0621-\u064A])(?:[وف])?(?:قال|قالت|أكد|أكدت|اكد|أوضح|أوضحت|اوضح|أضاف|أضافت|اضاف|أشار|أشارت|"
    r"صرح|أعلن|أعلنت|مؤكدا|مشيرا|موضحا|مضيفا|لافتا|مبينا|بحسب|وفق|وفقا|حسب)(?![\u0621-\u064A])"
)
QMARKS = re.compile(r"[\"“«]")
COLON_SPEECH = re.compile(r"(?:قال|أضاف|تابع|أكد|أوضح)[^.\n:]{0,60}:")
DATELINE = re.compile(r"\d+\s*(?:هـ|ه)\s*الموافق|الموافق\s*\d+")

# Words that mark the seeds' story (Russia's security-guarantee drafts), kept out from the fourth set on.
SEEDS_STORY = ("الضمانات الأمنية", "غروشكو")


def earlier_sets(n: int) -> list[Path]:
    """The files of the first ``n`` silver sets (``snn_dev.jsonl``, ``snn_dev2.jsonl``, …)."""
    return [HERE / f"snn_dev{'' if k == 1 else k}.jsonl" for k in range(1, n + 1)]


def used_ids(paths: list[Path]) -> set[str]:
    """SaudiNewsNet ids already used by the silver sets in these files."""
    ids = set()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["source"] for line in fh)
    return ids


def speech_counts(text: str) -> str:
    """Counts that help pick articles rich in what is scored: cues, quote marks, colon speech, a dateline."""
    return (
        f"cues={len(CUES.findall(text))} marks={len(QMARKS.findall(text))} "
        f"colon={len(COLON_SPEECH.findall(text))} dateline={int(bool(DATELINE.search(text)))}"
    )


def print_candidates(
    seed: int,
    *,
    skip: Callable[[int, dict, str], bool] | None = None,
    counts: bool = False,
    left_out: str | None = None,
) -> None:
    """Print the sampled candidates: index, id, outlet, words, flags, [counts,] title.

    ``skip(index, record, text)`` leaves a candidate out; with ``left_out`` a summary line naming
    what was left out goes to stderr; ``counts`` adds :func:`speech_counts`.
    """
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    pool = [
        i for i, r in enumerate(records) if r["title"].strip() and 150 <= len(r["content"].split()) <= 500
    ]
    rng = random.Random(seed)
    sample = sorted(rng.sample(pool, N_CANDIDATES))
    out = sys.stdout
    skipped = 0
    for i in sample:
        r = records[i]
        text = r["title"] + "\n\n" + r["content"]
        if skip is not None and skip(i, r, text):
            skipped += 1
            continue
        flags = ",".join(k for k, rx in FLAGS.items() if rx.search(text))
        extra = f"{speech_counts(text)}\t" if counts else ""
        out.write(
            f"{i}\t{r['id']}\t{r['source']}\t{len(r['content'].split())}\t{flags}\t{extra}{r['title'][:90]}\n"
        )
    if left_out is not None:
        print(f"# pool {len(pool)}, sampled {len(sample)}, left out ({left_out}) {skipped}", file=sys.stderr)


def print_new_candidates(seed: int, earlier: int, *, avoid_seeds_story: bool) -> None:
    """Print the candidates (with counts) that none of the first ``earlier`` sets uses.

    With ``avoid_seeds_story`` anything about the seeds' story (:data:`SEEDS_STORY`) is left out too.
    """
    used = used_ids(earlier_sets(earlier))
    if avoid_seeds_story:
        print_candidates(
            seed,
            skip=lambda _i, r, text: r["id"] in used or any(s in text for s in SEEDS_STORY),
            counts=True,
            left_out="earlier sets, seeds' story",
        )
    else:
        print_candidates(
            seed, skip=lambda _i, r, _text: r["id"] in used, counts=True, left_out="earlier sets"
        )


# ---------------------------------------------------------------------------- the annotation builder

ARABIC = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0670\u0671-\u06D3]")
CLITIC_PREFIX = re.compile(r"^(?:[وف])?(?:[بلك]|لل)?$")


@dataclass
class E:
    """An entity: surface, type, canonical and occurrence hint."""

    surface: str
    type: str
    canonical: str
    n: int | str = 1
    exact: bool = False
    anchor: str | None = None


@dataclass
class T:
    """A temporal expression."""

    surface: str
    type: str
    value: str | None
    n: int | str = 1
    exact: bool = False
    anchor: str | None = None


@dataclass
class Q:
    """A quotation: span from ``head`` to the end of ``tail`` (or ``head`` alone)."""

    kind: str
    head: str
    tail: str | None
    cue: str
    speaker: str
    via: str | None = None
    anchor: str | None = None
    cue_after: bool = False
    cue_exact: bool = False


def bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole token, allowing a leading clitic."""
    if end < len(text) and ARABIC.match(text[end]):
        return False
    if start == 0 or not ARABIC.match(text[start - 1]):
        return True
    j = start
    while j > 0 and ARABIC.match(text[j - 1]):
        j -= 1
    return bool(CLITIC_PREFIX.match(text[j:start]))


def occurrences(text: str, surface: str, *, exact: bool, anchor: str | None) -> list[int]:
    """Start offsets of the surface (bounded unless exact), after the anchor if given."""
    begin = 0
    if anchor is not None:
        a = text.find(anchor)
        if a < 0:
            raise ValueError(f"anchor not found: {anchor!r}")
        begin = a + len(anchor)
    found = []
    i = text.find(surface, begin)
    while i >= 0:
        if exact or bounded(text, i, i + len(surface)):
            found.append(i)
        i = text.find(surface, i + 1)
    return found


def pick(text: str, item: E | T) -> list[tuple[int, int]]:
    """Resolve an entity or timex hint to (start, end) spans."""
    occ = occurrences(text, item.surface, exact=item.exact, anchor=item.anchor)
    if not occ:
        raise ValueError(f"not found: {item.surface!r}")
    if item.n == "all":
        starts = occ
    elif isinstance(item.n, int):
        if item.n > len(occ):
            raise ValueError(f"{item.surface!r}: occurrence {item.n} of {len(occ)}")
        starts = [occ[item.n - 1]]
    else:
        starts = [occ[k - 1] for k in item.n]  # type: ignore[union-attr]
    return [(s, s + len(item.surface)) for s in starts]


def find_quote(text: str, q: Q) -> dict:
    """Resolve a quote hint to the gold dict."""
    begin = text.find(q.anchor) + len(q.anchor) if q.anchor else 0
    start = text.find(q.head, begin)
    if start < 0:
        raise ValueError(f"quote head not found: {q.head!r}")
    if q.tail is None:
        end = start + len(q.head)
    else:
        t = text.find(q.tail, start)
        if t < 0:
            raise ValueError(f"quote tail not found: {q.tail!r}")
        end = t + len(q.tail)
    cues = occurrences(text, q.cue, exact=q.cue_exact, anchor=None)
    if q.cue_after:
        cands = [c for c in cues if c >= end]
        cue_start = cands[0] if cands else -1
    else:
        cands = [c for c in cues if c + len(q.cue) <= start]
        cue_start = cands[-1] if cands else -1
    if cue_start < 0:
        raise ValueError(f"cue {q.cue!r} not found for quote {q.head!r}")
    return {
        "kind": q.kind,
        "start": start,
        "end": end,
        "surface": text[start:end],
        "cue_start": cue_start,
        "cue_end": cue_start + len(q.cue),
        "cue": q.cue,
        "speaker": q.speaker,
        "via": q.via,
    }


def load_records(indices: set[int]) -> dict[int, dict]:
    """The SaudiNewsNet records at these line indices (0-based)."""
    out = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in indices:
                out[i] = json.loads(line)
    return out


def check_no_overlap(items: list[dict], layer: str, doc: str) -> None:
    """Spans of one layer must neither overlap nor repeat."""
    spans = sorted((a["start"], a["end"], a["surface"]) for a in items)
    for (s1, e1, t1), (s2, _e2, t2) in itertools.pairwise(spans):
        if s2 < e1:
            raise ValueError(f"{doc} {layer}: overlap {t1!r}@{s1} / {t2!r}@{s2}")


def check_quotes(quotes: list[dict], text: str, doc_id: str) -> None:
    """No duplicate quote, no cue inside its own quote, no badly trimmed span, every cue where it says."""
    keys = [(q["start"], q["end"]) for q in quotes]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{doc_id}: duplicate quote")
    for q in quotes:
        if q["cue_start"] < q["end"] and q["start"] < q["cue_end"]:
            raise ValueError(f"{doc_id}: cue inside its own quote {q['surface'][:30]!r}")
        edge = " \n\t" + ('"«»“”' if q["kind"] == "direct" else ".،,")
        if q["surface"] != q["surface"].strip(edge):
            raise ValueError(f"{doc_id}: quote span has marks/space at its edges {q['surface']!r}")
        if text[q["cue_start"] : q["cue_end"]] != q["cue"]:
            raise ValueError(f"{doc_id}: cue mismatch")


def earlier_articles(last: int) -> list[dict]:
    """The ``ARTICLES`` of ``make_silver.py`` … ``make_silver{last}.py``, for ``build`` to refuse a reused article."""
    articles: list[dict] = []
    for number in range(1, last + 1):
        articles += importlib.import_module("make_silver" if number == 1 else f"make_silver{number}").ARTICLES
    return articles


def build(
    articles: list[dict],
    id_prefix: str,
    *,
    earlier: Sequence[dict] = (),
    earlier_name: str = "an earlier set",
) -> list[dict]:
    """Resolve every annotation of ``articles``, check it, return the gold records.

    An article whose record index is in ``earlier`` (the articles of earlier sets) is refused.
    """
    used = {a["index"] for a in earlier}
    for art in articles:
        if art["index"] in used:
            raise ValueError(f"record {art['index']} is already in {earlier_name}")
    records = load_records({a["index"] for a in articles})
    docs = []
    for k, art in enumerate(articles):
        rec = records[art["index"]]
        text = rec["title"] + "\n\n" + rec["content"]
        doc_id = f"{id_prefix}{k:02d}"
        ents = []
        for e in art["entities"]:
            if e.type not in {"PERS", "LOC", "ORG", "MISC"}:
                raise ValueError(f"{doc_id}: bad type {e.type}")
            for s, t in pick(text, e):
                ents.append(
                    {"start": s, "end": t, "surface": text[s:t], "type": e.type, "canonical": e.canonical}
                )
        quotes = [find_quote(text, q) for q in art["quotes"]]
        timex = []
        for x in art["timex"]:
            if x.type not in {"DATE", "TIME", "DURATION", "SET"}:
                raise ValueError(f"{doc_id}: bad timex type {x.type}")
            for s, t in pick(text, x):
                timex.append({"start": s, "end": t, "surface": text[s:t], "type": x.type, "value": x.value})
        ents.sort(key=lambda a: a["start"])
        quotes.sort(key=lambda a: (a["start"], -a["end"]))
        timex.sort(key=lambda a: a["start"])
        check_no_overlap(ents, "entities", doc_id)
        check_no_overlap(timex, "timex", doc_id)
        check_quotes(quotes, text, doc_id)
        for a in ents + quotes + timex:
            if text[a["start"] : a["end"]] != a["surface"]:
                raise ValueError(f"{doc_id}: surface mismatch {a['surface']!r}")
        docs.append(
            {
                "id": doc_id,
                "source": rec["id"],
                "outlet": art["outlet"],
                "pub_date": art["pub_date"],
                "source_start": 0,
                "source_segments": [[0, len(text)]],
                "text": text,
                "entities": ents,
                "quotes": quotes,
                "timex": timex,
                "events": [],
            }
        )
    return docs


def in_context(text: str, a: dict) -> str:
    """The annotation's surface in brackets with a little text either side."""
    return (
        text[max(0, a["start"] - 12) : a["start"]] + "[" + a["surface"] + "]" + text[a["end"] : a["end"] + 8]
    )


def review(docs: list[dict]) -> None:
    """Print every annotation with context, for reading it over."""
    for d in docs:
        t = d["text"]
        print(f"===== {d['id']} {d['source']} pub_date={d['pub_date']}")
        for a in d["entities"]:
            print(f"E {a['type']:4} {a['canonical']:<28} | {in_context(t, a)!r}")
        for q in d["quotes"]:
            print(f"Q {q['kind']:8} cue={q['cue']!r}@{q['cue_start']} sp={q['speaker']} via={q['via']}")
            print(f"    [{q['surface']}]")
        for x in d["timex"]:
            print(f"T {x['type']:8} {x['value']!s:<18} | {in_context(t, x)!r}")


def write(docs: list[dict], out: Path) -> None:
    """Write the checked records; with --review print every annotation first."""
    if "--review" in sys.argv:
        review(docs)
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {k: sum(len(d[k]) for d in docs) for k in ("entities", "quotes", "timex")}
    print(f"wrote {out} ({len(docs)} documents, {counts})", file=sys.stderr)
