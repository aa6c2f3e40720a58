"""What copy detection compares: a text's copy tokens and shingles, where two texts start to agree,
how many of one text's sentences the other carries, the figures they state, and the text they share
with articles of other days.

Copy tokens are the folded words of a text reduced to ``term_key`` stems, stop words and honorifics
left out, numbers kept (digits only). An edited wire copy mostly changes exactly those words — «معالي
الوزير» becomes «الوزير», «والمستشفيات» loses its «و», «اليوم» turns into «أمس» — so on these
tokens a one-word edit breaks a few shingles, not a sentence of them; numbers stay in, so that the
same market report filled in with another day's figures does not read as the same text. A number
written in the wire style («8ر15», the fraction first and «ر» for the point; ``text.figures``) reads as
the «15.8» another outlet prints.

Shingles break where a copy editor reorders words — «محمد العايش مساعد وزير الدفاع» for «مساعد وزير
الدفاع محمد العايش», a clause moved to the front of its sentence — so a heavily copy-edited release can
share under half its shingles and still be the same text sentence by sentence. ``carried_share``
measures that directly, as the labels define a copy: how much of the shorter text's sentences (as
bags of copy tokens) the longer carries nearly whole, wherever in the neighbouring sentences the words
went.

The other pieces are evidence against a copy that shared shingles alone cannot see:

- ``lead_gap``: a wire copy begins where its source begins (after at most an intro line); an
  article that reaches the shared text only after a story of its own is a digest that quotes it.
- ``figures_differ``: two reports that state different figures in the same place (a price at
  another hour, the next relief flight's tonnage) are updates or template fills, not copies.
- ``new_words``: a text run again days later brings no figure and almost no word of its own; a
  template filled in for another day brings the names and figures of its event.
- ``template_shingles``: the text two articles share with articles of days well apart from both
  is a template or standing background (the weather report's fixed sentences, a cable's formula),
  which says nothing about whether one copied the other.
- ``own_words_kept``: past the template, a copy keeps the words the day's event brings (names,
  places), where another day's fill of the template swaps them.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from akhbar.resources import read_lines
from akhbar.stories.terms import term_key
from akhbar.text.figures import read_wire_numbers
from akhbar.text.normalise import fold

SHINGLE = 3
_TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_]+")
_SEPARATORS = str.maketrans("", "", ".,٫٬")
#: A sentence ends at . ! ? ؟ ؛ or a line break; a point between digits is a decimal point.
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟؛\n]")
#: Sentences shorter than this (a dateline, a signature) are not compared.
MIN_UNIT_TOKENS = 4


@cache
def _honorifics() -> frozenset[str]:
    """Stems of the one-word honorifics («معالي», «الدكتور», «سمو»), which copies add or drop freely."""
    return frozenset(term_key(fold(w)) for w in read_lines("cues/honorifics.txt") if " " not in w) - {""}


def copy_tokens(text: str) -> list[str]:
    """The content stems and numbers of ``text``, in order: what copies are compared on.

    >>> copy_tokens("وأكد معالي الوزير اليوم أن الصادرات بلغت 1,500 مليون")
    ['وزير', 'صادر', 'بلغت', '1500', 'ملي']
    """
    return _folded_tokens(_folded(text))


def _folded(text: str) -> str:
    return read_wire_numbers(fold(text))


def _folded_tokens(folded: str) -> list[str]:
    honorifics = _honorifics()
    out = []
    for word in _TOKEN.findall(folded):
        if word[0].isdigit():
            out.append(word.translate(_SEPARATORS))
        else:
            key = term_key(word)
            if key and key not in honorifics:
                out.append(key)
    return out


def shingle_hashes(tokens: list[str], size: int = SHINGLE) -> list[int]:
    """The CRC-32 of each run of ``size`` tokens, in text order (one hash for a shorter text)."""
    if len(tokens) < size:
        return [zlib.crc32(" ".join(tokens).encode())] if tokens else []
    return [zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1)]


def sentence_tokens(text: str) -> list[list[str]]:
    """The copy tokens of each sentence of ``text`` that has any, in order.

    >>> sentence_tokens("قال الوزير إن النمو بلغ 2.5 بالمئة. وأضاف أن الصادرات زادت")
    [['وزير', 'نمو', 'بلغ', '25', 'ميه'], ['صادر', 'زادت']]
    """
    return [tokens for piece in _SENTENCE_END.split(_folded(text)) if (tokens := _folded_tokens(piece))]


@dataclass(frozen=True, slots=True)
class CopyText:
    """One text as copy detection sees it: its copy tokens by sentence, and their shingles, in order and as a set."""

    sentences: list[list[str]]
    size: int = SHINGLE
    tokens: list[str] = field(init=False)
    shingles: list[int] = field(init=False)
    shingle_set: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        tokens = [token for sentence in self.sentences for token in sentence]
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "shingles", shingle_hashes(tokens, self.size))
        object.__setattr__(self, "shingle_set", frozenset(self.shingles))

    @classmethod
    def of(cls, text: str, size: int = SHINGLE) -> CopyText:
        return cls(sentence_tokens(text), size)


def carried_share(small: CopyText, large: CopyText, overlap: float = 0.8) -> float | None:
    """The share of ``small``'s tokens in sentences that ``large`` carries nearly whole; ``None`` when
    ``small`` has no sentence long enough to tell.

    A sentence is carried when at least ``overlap`` of its distinct tokens occur in a run of
    consecutive sentences of ``large`` — three, or more until the run is half as long again as the
    sentence: word order does not count, and a sentence the editor split, joined or moved a clause
    out of still matches.
    """
    units = [set(sentence) for sentence in small.sentences if len(sentence) >= MIN_UNIT_TOKENS]
    if not units:
        return None
    bags = [set(sentence) for sentence in large.sentences]
    lengths = [len(sentence) for sentence in large.sentences]
    total = carried = 0
    for unit in units:
        total += len(unit)
        if any(len(unit & window) >= overlap * len(unit) for window in _runs(bags, lengths, 1.5 * len(unit))):
            carried += len(unit)
    return carried / total


def _runs(bags: list[set[str]], lengths: list[int], tokens: float) -> Iterator[set[str]]:
    """For each sentence, the tokens of it and the next ones: at least three, and at least ``tokens`` long."""
    for start in range(len(bags)):
        run: set[str] = set()
        count = 0
        for k in range(start, len(bags)):
            run |= bags[k]
            count += lengths[k]
            if k - start >= 2 and count >= tokens:
                break
        yield run


def lead_gap(text: CopyText, other: frozenset[int]) -> int:
    """How many tokens of ``text`` come before its first two consecutive shingles that ``other`` has too.

    0 when ``text`` opens with shared text; its whole length when it shares no such run.
    """
    run = 0
    for n, shingle in enumerate(text.shingles):
        run = run + 1 if shingle in other else 0
        if run == 2:
            return n - 1
    return len(text.shingles)


def intro_share(text: CopyText, lead: int, other: CopyText, common: frozenset[str]) -> float:
    """The share of the distinct words of ``text``'s first ``lead`` tokens (its intro before the
    shared text) that ``other`` has too, numbers counted and ``common`` words left out.

    An outlet's own intro to a release it carries retells the release's lead: its names, places and
    figures are the release's. A digest's story before the quoted item is about something else and
    shares little with it beyond the formula words that ``common`` holds. 0.0 for an intro with no
    such word.

    >>> release = CopyText.of("أعلن الدفاع المدني بمحافظة الطائف إخماد حريق في أعلاف بوادي العرج شمال المحافظة")
    >>> intro_share(CopyText.of("حريق أعلاف وادي العرج يستنفر مدني الطائف"), 7, release, frozenset())
    0.7142857142857143
    """
    words = set(text.tokens[:lead]) - common
    return len(words & set(other.tokens)) / len(words) if words else 0.0


def new_words(text: CopyText, other: CopyText) -> tuple[float, bool]:
    """The share of the distinct copy tokens in ``text``'s stretch shared with ``other`` that ``other``
    lacks, and whether a number is among them.

    The stretch runs from the first to the last shingle ``text`` shares with ``other``, so an intro
    line or a paragraph of background added before or after the carried text does not count, while a
    name or figure swapped inside it does. A release run again days later carries its words and
    figures as they were; the same template filled in for another day, addressee or convict swaps in
    the names, places and figures of its own event.

    >>> flight = "وصلت الطائرة إلى مطار عدن الدولي محملة بـ 10 أطنان من الأدوية للمستشفيات الحكومية في المدينة"
    >>> new_words(CopyText.of("الرياض - واس: " + flight), CopyText.of(flight))
    (0.0, False)
    >>> new_words(CopyText.of(flight.replace("10 أطنان", "12 طنا")), CopyText.of(flight))
    (0.18181818181818182, True)
    """
    hits = [n for n, shingle in enumerate(text.shingles) if shingle in other.shingle_set]
    if not hits:
        return 0.0, False
    words = set(text.tokens[hits[0] : hits[-1] + text.size])
    new = words - set(other.tokens)
    return len(new) / len(words), any(word[0].isdigit() for word in new)


def figure_slots(tokens: list[str]) -> dict[tuple[str, str], set[str]]:
    """Each number of ``tokens`` under the two words before it (other numbers skipped): its slot.

    >>> figure_slots(copy_tokens("ارتفع سعر الذهب 0.2 بالمئة إلى 1086 دولارا"))
    {('سعر', 'ذهب'): {'02'}, ('ذهب', 'ميه'): {'1086'}}
    """
    slots: dict[tuple[str, str], set[str]] = {}
    before: tuple[str, str] | None = None
    last = ""
    for token in tokens:
        if token[0].isdigit():
            if before is not None:
                slots.setdefault(before, set()).add(token)
        else:
            before = (last, token) if last else None
            last = token
    return slots


def figures_differ(a: list[str], b: list[str]) -> bool:
    """True when at least two slots that both texts fill hold different numbers, a third of them or more.

    A copy may correct one figure; a text that restates several differently is another report. A
    slot whose number the other text states anywhere does not differ: a copy that adds a converted
    figure («121 مليار دولار (454 مليار ريال)») moves the original figure out of its slot, but
    still states it, while another day's report states other numbers.
    """
    slots_a, slots_b = figure_slots(a), figure_slots(b)
    numbers_a = {t for t in a if t[0].isdigit()}
    numbers_b = {t for t in b if t[0].isdigit()}
    both = slots_a.keys() & slots_b.keys()
    differ = sum(1 for slot in both if not slots_a[slot] & numbers_b and not slots_b[slot] & numbers_a)
    return differ >= 2 and 3 * differ >= len(both)


def figures_kept(a: list[str], b: list[str]) -> int:
    """How many slots that both texts fill hold the same number in each (``figure_slots``).

    >>> figures_kept(copy_tokens("صعد برنت إلى 50 دولارا بعد أن أغلق أمس عند 49 دولارا"), copy_tokens("صعد برنت إلى 51 دولارا بعد أن أغلق أمس عند 49 دولارا"))
    1
    """
    slots_a, slots_b = figure_slots(a), figure_slots(b)
    return sum(1 for slot in slots_a.keys() & slots_b.keys() if slots_a[slot] & slots_b[slot])


def own_words_kept(text: CopyText, other: CopyText, elsewhere: set[str]) -> tuple[float, int]:
    """The share of ``text``'s own words that ``other`` has too, and how many own words it has.

    Own words are ``text``'s distinct copy words (numbers aside) found in none of ``elsewhere``: with
    the words of articles of other days as ``elsewhere``, what is left is what the day's event brings
    to a template — the country and president a cable congratulates, the convict an execution
    statement names, the goods a weekly seizure release lists. Two copies of one fill keep them; the
    same template filled in for another event swaps them.

    >>> cable = "بعث الملك برقية تهنئة لرئيس جمهورية كولومبيا بمناسبة ذكرى استقلال بلاده"
    >>> template = set(CopyText.of(cable.replace("كولومبيا", "تشاد")).tokens)
    >>> own_words_kept(CopyText.of(cable), CopyText.of(cable.replace("كولومبيا", "تونس")), template)
    (0.0, 1)
    """
    own = {word for word in text.tokens if not word[0].isdigit()} - elsewhere
    return (len(own & set(other.tokens)) / len(own) if own else 0.0), len(own)


def template_shingles(
    shared: frozenset[int],
    others: Iterable[tuple[date | None, frozenset[int]]],
    first: date,
    last: date,
    far: int,
) -> set[int]:
    """The ``shared`` shingles that an article dated more than ``far`` days before ``first`` or after ``last`` has.

    ``others`` are (date, shingles) of the articles to look in (undated ones are skipped).
    """
    found: set[int] = set()
    for day, shingles in others:
        if day is not None and ((first - day).days > far or (day - last).days > far):
            found |= shared & shingles
    return found
