"""The checks that decide whether a candidate pair of texts is a copy, and their thresholds.

``dedup`` finds candidate pairs and runs these on each; every check reads the two texts as copy
detection sees them (``copy_evidence.CopyText``), the smaller first, and says yes or no for one
kind of evidence: enough of the smaller carried (``carries``), the smaller not a mere item of the
larger (``sized``), the shared text where both start (``led``), a text run again days later
(``rerun``) and a report updated with new figures (``updated``). ``dedup``'s docstring says how
they combine.
"""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.stories.copy_evidence import (
    CopyText,
    carried_share,
    copy_tokens,
    figures_kept,
    intro_share,
    lead_gap,
    new_words,
)
from akhbar.stories.terms import common_terms


@dataclass(frozen=True, slots=True)
class DedupOptions:
    """Thresholds of copy detection; ``lsh_threshold`` (a containment) only proposes candidates.

    It sits well below ``rewrite_containment``, the least containment a copy may have: the LSH
    Ensemble estimates containment from MinHash signatures and size partitions, and at 0.4 it let
    a pair of containment 0.66 through unproposed.
    """

    lsh_threshold: float = 0.3
    duplicate_jaccard: float = 0.85
    syndicated_containment: float = 0.6
    min_carried: float = 0.6
    rewrite_containment: float = 0.45
    rewrite_carried: float = 0.7
    sentence_overlap: float = 0.7
    min_size_ratio: float = 0.3
    headline_share: float = 0.5
    max_gap_days: int = 3
    rerun_gap_days: int = 7
    rerun_carried: float = 0.95
    rerun_new_words: float = 0.1
    rerun_min_shingles: int = 60
    update_gap_days: int = 1
    min_shingles: int = 8
    lead_tokens: int = 30
    lead_share: float = 1 / 3
    intro_share: float = 0.5
    common_share: float = 0.05
    template_residual: float = 0.5
    template_own_kept: float = 0.75
    template_own_words: int = 5


def rerun(small: CopyText, large: CopyText, gap: int, containment: float, opts: DedupOptions) -> bool:
    """True when ``small``, ``gap`` days from ``large``, is the same text run again rather than another day's fill.

    Outlets carry a release days late, or the same outlet runs it twice. Beyond ``max_gap_days``
    the texts must still be the same nearly sentence for sentence — most shingles shared
    (``syndicated_containment``) and ``rerun_carried`` of the sentences carried whole — and the
    smaller must bring no figure and at most ``rerun_new_words`` of its words that the larger lacks:
    the same cable, execution statement or relief-flight release filled in for another addressee,
    convict or flight swaps in the names and figures of its own event. A text under
    ``rerun_min_shingles`` (a cable, a notice of a few lines) is too short to tell: the one name its
    template swaps can be under a tenth of it.
    """
    if (
        gap > opts.rerun_gap_days
        or containment < opts.syndicated_containment
        or len(small.shingle_set) < opts.rerun_min_shingles
    ):
        return False
    carried = carried_share(small, large)
    if carried is None or carried < opts.rerun_carried:
        return False
    share, figure = new_words(small, large)
    return not figure and share <= opts.rerun_new_words


def updated(
    small: CopyText, large: CopyText, gap: int | None, containment: float, opts: DedupOptions
) -> bool:
    """True when ``small`` and ``large`` differ in their figures only: one report updated, not another day's.

    A wire price or market report updated the same day or the next (``update_gap_days``) keeps its
    wording and every sentence (``rerun_carried``), with most shingles shared
    (``syndicated_containment``), and some of its figures (yesterday's close, the facts that did not
    move) where they were; another day's report of the same market is written anew around its own
    figures and movers and shares far less, and a daily template filled in again changes them all.
    """
    if gap is None or gap > opts.update_gap_days or containment < opts.syndicated_containment:
        return False
    carried = carried_share(small, large)
    return (
        carried is not None and carried >= opts.rerun_carried and figures_kept(small.tokens, large.tokens) > 0
    )


def led(small: CopyText, large: CopyText, opts: DedupOptions) -> bool:
    """True when the shared text starts near the start of both texts, an intro of one of them allowed.

    A copy begins where its source begins; one of the two may put an intro of its own before it (a
    line, or a paragraph of the outlet's own) when the other opens with the shared text (within half
    of ``lead_tokens``): an intro up to ``lead_share`` of the smaller's length, or a longer one of the
    larger that retells the release's lead, more than ``intro_share`` of its words found in the
    smaller (``copy_evidence.intro_share``, words in ``common_share`` of all articles left out). A
    re-led copy has one intro, not two. A digest that reaches the item only after a story of its own
    has a lead longer than that and about something else, and two outlets' own write-ups quoting one
    statement each open with their own words.
    """
    small_lead = lead_gap(small, large.shingle_set)
    large_lead = lead_gap(large, small.shingle_set)
    if max(small_lead, large_lead) <= opts.lead_tokens:
        return True
    most = opts.lead_share * len(small.tokens)
    if 2 * min(small_lead, large_lead) <= opts.lead_tokens and max(small_lead, large_lead) <= most:
        return True
    return (
        small_lead <= opts.lead_tokens
        and intro_share(large, large_lead, small, common_terms(opts.common_share)) > opts.intro_share
    )


def sized(small: CopyText, large: CopyText, title: str | None, opts: DedupOptions) -> bool:
    """True when ``small`` is large enough beside ``large`` to be its copy, or ``large`` is about it.

    A text under ``min_size_ratio`` of the other is a copy only when the larger's headline is
    about it — more than ``headline_share`` of the headline's copy tokens occur in the smaller —
    as for a release carried inside an outlet's longer report of the same event; a digest or
    roundup that quotes the item among others is headed about something else, or nothing
    («موجز أخبار»).
    """
    if len(small.shingle_set) >= opts.min_size_ratio * len(large.shingle_set):
        return True
    headline = set(copy_tokens(title or ""))
    return len(headline) >= 2 and len(headline & set(small.tokens)) > opts.headline_share * len(headline)


def carries(small: CopyText, large: CopyText, containment: float, opts: DedupOptions) -> bool:
    """True when ``large`` carries enough of ``small``'s shingles and sentences for a syndicated copy.

    Either most shingles are shared and ``min_carried`` of the sentences are carried nearly whole
    (``carried_share`` at its default overlap), or — a release copy-edited word order and all —
    fewer shingles are shared but ``rewrite_carried`` of the sentences keep ``sentence_overlap`` of
    their words in the same place of ``large``. ``_decide`` has already rejected a containment
    under ``rewrite_containment``.
    """
    if containment >= opts.syndicated_containment:
        carried = carried_share(small, large)
        if carried is None or carried >= opts.min_carried:
            return True
    rewritten = carried_share(small, large, opts.sentence_overlap)
    return rewritten is not None and rewritten >= opts.rewrite_carried
