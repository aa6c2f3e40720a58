"""Online story clustering: articles arrive in time order and each joins a story or starts one.

Each article is profiled once, on arrival (``similarity.Profiler``: TF-IDF over the kept body with
the title weighted up, IDF from a background table plus the articles seen so far; entity names; the
dates that place it in time). Candidate stories come from an inverted index over the top terms of
every member, newest first: a posting list is read back only as far as the date window (at most
``scan_limit`` entries), so the cost per article stays flat as the corpus grows.

Each candidate is scored as a whole — the centroid of its members' vectors, the union of their names,
their dates — with ``similarity.Evidence``. The date gap counts from the story's nearest date and,
past ``story_days``, from its first day, so a topic reported every day (oil prices, a war) does not
grow into one endless story; the article must also still relate to the story's first members
(``min_core``), and its lead (title and first lines, where an Arabic report says who did what) to
the lead of one of them (``min_lead``): two occurrences of the same actors on one day share their
bodies' background, not their leads. An article that reports on another day than every member (``recurrence``: a
daily weather or market report, the next session) must also share enough that other stories of the
days before do not say, and that is not common in the background corpus (``min_specific``,
``common_share``). The article joins the best candidate whose evidence ``joins``, else it starts a
story. When it could have joined several, those stories are compared with each other and merged if
their own evidence joins: an article that bridges two halves of one story reveals they are one.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from akhbar.model import Article
from akhbar.stories.recurrence import DaySpread, same_figures
from akhbar.stories.similarity import (
    Evidence,
    Profile,
    Profiler,
    SimilarityOptions,
    compare,
    cosine,
    date_gap,
)
from akhbar.stories.terms import common_terms

__all__ = ["ClusterOptions", "article_text", "cluster"]


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """Knobs of the online clustering; the evidence weights and the threshold are in ``similarity``.

    The defaults were set on a labelled SaudiNewsNet story set (see ``akhbar.eval.stories``) and
    checked for over-merging on 2,000 consecutive SaudiNewsNet articles.
    """

    window_days: int = 10
    story_days: int = 7
    top_terms: int = 15
    max_candidates: int = 30
    scan_limit: int = 200
    core_members: int = 3
    min_core: float = 0.15
    min_lead: float = 0.12
    merge: bool = True
    recurrent_days: int = 2
    min_specific: float = 0.2
    same_figures: bool = True
    common_share: float = 0.01
    similarity: SimilarityOptions = field(default_factory=SimilarityOptions)


@dataclass(slots=True)
class _Story:
    """A story being built: members, summed member vectors, names, dates and its first members."""

    members: list[int] = field(default_factory=list)
    core: list[Profile] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    dates: set[date] = field(default_factory=set)
    reported: set[date] = field(default_factory=set)
    start: date | None = None
    cached: Profile | None = None
    borrowed: bool = False  # centroid and names are the first member's own dicts, copied on write

    def profile(self) -> Profile:
        """The story seen as one article: unit centroid, every member's names and dates."""
        if self.cached is None:
            norm = sum(w * w for w in self.centroid.values()) ** 0.5 or 1.0
            words = {k: w / norm for k, w in self.centroid.items()}
            self.cached = Profile(words, dict(self.names), frozenset(self.dates), self.start)
        return self.cached

    def add(self, index: int, profile: Profile, *, core_size: int) -> None:
        first = not self.members and not self.centroid
        self.members.append(index)
        if len(self.core) < core_size:
            self.core.append(profile)
        if first and isinstance(profile.words, dict) and isinstance(profile.names, dict):
            # most stories keep one member: share its vectors instead of copying them (0.0 + w == w,
            # and the keys keep their order, so the sums are the same); _merge copies before writing
            self.centroid, self.names, self.borrowed = profile.words, profile.names, True
            self._merge({}, {}, profile.dates, profile.day)
        else:
            self._merge(profile.words, profile.names, profile.dates, profile.day)
        if profile.reported:
            self.reported.add(profile.reported)

    def absorb(self, other: _Story) -> None:
        """Take in every member of ``other`` (an article showed the two stories are one)."""
        self.members.extend(other.members)
        self._merge(other.centroid, other.names, other.dates, other.start)
        self.reported |= other.reported
        other.members = []

    def _merge(
        self, words: Mapping[str, float], names: Mapping[str, float], dates: Set[date], day: date | None
    ) -> None:
        if self.borrowed and (words or names):
            self.centroid, self.names, self.borrowed = dict(self.centroid), dict(self.names), False
        for term, weight in words.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.names.update(names)
        self.dates |= dates
        if day and (self.start is None or day < self.start):
            self.start = day
        self.cached = None


def article_text(article: Article, *, title_weight: int = 2) -> str:
    """Title (repeated ``title_weight`` times) and body, excluded regions left out."""
    pieces = [article.text[s:e] for s, e in article.kept_ranges()]
    title = article.title or ""
    return " ".join([title] * title_weight + pieces)


def cluster(
    articles: Sequence[Article],
    dates: Sequence[frozenset[date]] | None = None,
    *,
    options: ClusterOptions | None = None,
    profiler: Profiler | None = None,
) -> list[list[int]]:
    """Group ``articles`` into stories; returns lists of indices into ``articles``.

    ``dates[i]``, when given, replaces the dates that place article ``i`` in time (by default its
    ``time_anchors``). Articles are taken in order of arrival day (publication, else crawl, else the
    earliest date named), undated ones last; an undated article is compared without date evidence.
    ``profiler`` carries the IDF counts (a fresh one over the background table by default).
    """
    opts = options or ClusterOptions()
    make = profiler or Profiler(options=opts.similarity)
    profiles = [make(a) for a in articles]
    if dates is not None:
        profiles = [_with_dates(p, d) for p, d in zip(profiles, dates, strict=True)]
    return cluster_profiles(profiles, options=opts)


def cluster_profiles(
    profiles: Sequence[Profile], *, options: ClusterOptions | None = None
) -> list[list[int]]:
    """Group articles given by their profiles (``Profiler(article)``); lists of indices into ``profiles``.

    The articles themselves are not needed any more: a whole corpus is profiled as it streams from
    the database and only the profiles are held while clustering.
    """
    opts = options or ClusterOptions()
    order = sorted(range(len(profiles)), key=lambda i: (profiles[i].day or date.max, i))
    index = _Index(opts)
    spread = DaySpread(opts.window_days, opts.recurrent_days, common_terms(opts.common_share))
    stories: list[_Story] = []
    alias: dict[int, int] = {}
    occasions = _Occasions(spread, partial(_resolve, alias), opts)
    recent: OrderedDict[int, None] = OrderedDict()  # stories whose profile may be cached, oldest first
    for i in order:
        profile = profiles[i]
        candidates = dict.fromkeys(_resolve(alias, sid) for sid in index.candidates(profile))
        _forget_old_profiles(recent, candidates, stories)
        passing = _passing(profile, list(candidates), stories, occasions, opts)
        if passing:
            best = passing[0]
        else:
            stories.append(_Story())
            best = len(stories) - 1
        stories[best].add(i, profile, core_size=opts.core_members)
        index.add(best, profile)
        spread.observe(profile.words, profile.day, best)
        for other in passing[1:] if opts.merge else ():
            if _fits(stories[other], best, stories, occasions, opts):
                stories[best].absorb(stories[other])
                alias[other] = best
    return [s.members for sid, s in enumerate(stories) if sid not in alias]


#: Stories whose unit-vector profile stays cached between articles; older ones are rebuilt on demand.
CACHED_PROFILES = 4096


def _forget_old_profiles(
    recent: OrderedDict[int, None], touched: Iterable[int], stories: list[_Story]
) -> None:
    """Drop the cached profiles of the stories least recently considered, beyond ``CACHED_PROFILES``.

    A story's profile is a normalised copy of its centroid; keeping one for every story of a corpus
    doubled the memory of clustering, while only stories near the stream's dates are compared again.
    A dropped profile is rebuilt from the same centroid, so results do not change.
    """
    for sid in touched:
        recent[sid] = None
        recent.move_to_end(sid)
    while len(recent) > CACHED_PROFILES:
        old, _ = recent.popitem(last=False)
        stories[old].cached = None


def _with_dates(profile: Profile, anchors: frozenset[date]) -> Profile:
    day = profile.day if profile.day in anchors else (min(anchors) if anchors else None)
    return Profile(profile.words, profile.names, anchors, day, profile.reported, profile.lead)


def _resolve(alias: dict[int, int], sid: int) -> int:
    while sid in alias:
        sid = alias[sid]
    return sid


def _passing(
    profile: Profile,
    candidates: list[int],
    stories: list[_Story],
    occasions: _Occasions,
    opts: ClusterOptions,
) -> list[int]:
    """The candidate stories the article could join, best first."""
    scored: list[tuple[float, int]] = []
    for sid in candidates:
        story = stories[sid]
        gap = date_gap(profile.dates, frozenset(story.dates))
        if gap is not None and gap > opts.window_days:
            continue
        evidence = story_evidence(profile, story, opts)
        if (
            evidence.joins(opts.similarity)
            and _anchored(profile, story, opts)
            and _led([profile], story, opts)
            and occasions.same(
                profile, {profile.reported} if profile.reported else set(), sid, story, [profile]
            )
        ):
            scored.append((-evidence.score(opts.similarity), sid))
    return [sid for _, sid in sorted(scored)]


def _fits(
    other: _Story, sid: int, stories: list[_Story], occasions: _Occasions, opts: ClusterOptions
) -> bool:
    profile, story = other.profile(), stories[sid]
    return (
        story_evidence(profile, story, opts).joins(opts.similarity)
        and _anchored(profile, story, opts)
        and _led(other.core, story, opts)
        and occasions.same(profile, other.reported, sid, story, other.core)
    )


@dataclass(frozen=True, slots=True)
class _Occasions:
    """Whether an article (or a story) and a story report one occasion, not two of a recurring kind."""

    spread: DaySpread
    resolve: Callable[[int], int]
    opts: ClusterOptions

    def same(
        self, profile: Profile, reported: Set[date], sid: int, story: _Story, leads: Sequence[Profile]
    ) -> bool:
        """True unless they report on different days and share little that other stories do not say.

        A daily report (weather, market close) shares its template with yesterday's; a follow-up
        shares with its story what other stories of the days before do not (names, figures). Across
        reported days, the cosine carried by the terms that do not recur must reach ``min_specific``,
        unless a lead of ``leads`` (the article, or the first members of a story to merge) states the
        figures of a lead of the story's first members (``recurrence.same_figures``): a copy crawled a
        day late keeps its figures, the next day's report has new ones.
        """
        if not reported or not story.reported or reported & story.reported:
            return True
        if self.opts.same_figures and any(
            same_figures(mine.figures, theirs.figures) for mine in leads for theirs in story.core
        ):
            return True
        day = profile.day or max(reported)
        words = story.profile().words
        specific = self.spread.specific_cosine(profile.words, words, day, sid, self.resolve)
        return specific >= self.opts.min_specific


def _anchored(profile: Profile, story: _Story, opts: ClusterOptions) -> bool:
    """True when the article still relates to the story's first members, so a story cannot drift."""
    return opts.min_core <= 0 or max(cosine(profile.words, m.words) for m in story.core) >= opts.min_core


def _led(profiles: Sequence[Profile], story: _Story, opts: ClusterOptions) -> bool:
    """True when a lead of ``profiles`` (an article, or another story's first members) relates to the
    lead of one of the story's first members: reports of one occurrence say what happened there.

    Two occurrences of the same actors on one day (two fronts of a war, a minister's two meetings)
    share the background of their bodies but not their leads. A side without a lead passes.
    """
    mine = [p.lead for p in profiles if p.lead]
    theirs = [m.lead for m in story.core if m.lead]
    if opts.min_lead <= 0 or not mine or not theirs:
        return True
    return max(cosine(a, b) for a in mine for b in theirs) >= opts.min_lead


def story_evidence(profile: Profile, story: _Story, opts: ClusterOptions) -> Evidence:
    """The evidence between an article (or a story's profile) and a story.

    The gap is the distance to the story's nearest date or, when larger, how far past
    ``story_days`` the article lies from the story's first day.
    """
    whole = compare(profile, story.profile(), opts.similarity)
    gap = whole.gap
    if story.start and profile.dates:
        age = min(abs((d - story.start).days) for d in profile.dates) - opts.story_days
        gap = max(gap or 0, age)
    return Evidence(whole.words, whole.names, gap, whole.clash)


@dataclass(slots=True)
class _Index:
    """Term → stories holding it among a member's top terms, most recently touched last."""

    opts: ClusterOptions
    postings: dict[str, dict[int, date | None]] = field(default_factory=dict)

    def top(self, profile: Profile) -> list[str]:
        return sorted(profile.words, key=lambda t: (-profile.words[t], t))[: self.opts.top_terms]

    def candidates(self, profile: Profile) -> list[int]:
        """Stories sharing the most top terms with ``profile``, read newest first within the window."""
        earliest = min(profile.dates, default=profile.day)
        floor = earliest - timedelta(days=self.opts.window_days) if earliest else None
        shared: Counter[int] = Counter()
        for term in self.top(profile):
            posting = self.postings.get(term)
            if not posting:
                continue
            for seen, (sid, day) in enumerate(reversed(posting.items())):
                if seen >= self.opts.scan_limit or (floor and day and day < floor):
                    break
                shared[sid] += 1
        return [sid for sid, _ in shared.most_common(self.opts.max_candidates)]

    def add(self, sid: int, profile: Profile) -> None:
        for term in self.top(profile):
            posting = self.postings.setdefault(term, {})
            posting.pop(sid, None)
            posting[sid] = profile.day
