"""Stories across outlets: clustering articles, and each story's cited timeline."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date

from akhbar.model import Article, Story
from akhbar.stories.cluster import ClusterOptions, cluster, cluster_profiles
from akhbar.stories.dedup import mark_copies
from akhbar.stories.similarity import Profiler, article_similarity, time_anchors
from akhbar.stories.summary import summarise
from akhbar.stories.timeline import build_timeline

__all__ = [
    "CLUSTER_LAYERS",
    "ClusterOptions",
    "article_similarity",
    "build_stories",
    "group_articles",
    "make_story",
    "make_story_marking_copies",
    "sort_stories",
    "time_anchors",
]


#: The span layers clustering reads (the rest is only needed to build each story).
CLUSTER_LAYERS = ("body", "excluded", "title", "entities", "timex")


def build_stories(articles: Sequence[Article], *, options: ClusterOptions | None = None) -> list[Story]:
    """Cluster ``articles`` into stories and build each story's timeline and summary, wire copies
    among each story's members marked as copies.

    Story ids are stable: a hash of the story's first member id, so re-running on the same corpus
    keeps the same ids.
    """
    groups = cluster(articles, options=options)
    stories = [make_story_marking_copies([articles[i] for i in members])[0] for members in groups]
    return sort_stories(stories)


def group_articles(articles: Iterable[Article], *, options: ClusterOptions | None = None) -> list[list[str]]:
    """Cluster a stream of articles (only ``CLUSTER_LAYERS`` are read); lists of article ids.

    Each article is profiled as it arrives and then dropped, so a corpus of any size clusters in the
    memory of its profiles; ``make_story`` then needs only one story's articles at a time.
    """
    opts = options or ClusterOptions()
    make = Profiler(options=opts.similarity)
    ids: list[str] = []
    profiles = []
    for article in articles:
        ids.append(article.id)
        profiles.append(make(article))
    return [[ids[i] for i in members] for members in cluster_profiles(profiles, options=opts)]


def make_story(articles: Sequence[Article]) -> Story:
    """One story from its member articles: title, outlets, dates, timeline and summary."""
    group = sorted(articles, key=lambda a: (a.pub_date or date.max, a.id))
    dates = sorted(d for a in group if (d := a.pub_date))
    outlets = tuple(dict.fromkeys(a.outlet or "?" for a in group))
    lead = group[0]
    sid = hashlib.sha1(min(a.id for a in group).encode(), usedforsecurity=False).hexdigest()[:12]
    return Story(
        id=sid,
        title=lead.title or lead.text[:80],
        article_ids=tuple(a.id for a in group),
        outlets=outlets,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        timeline=build_timeline(group) if len(group) <= _TIMELINE_LIMIT else (),
        summary=summarise(group),
    )


def make_story_marking_copies(articles: Sequence[Article]) -> tuple[Story, dict[str, str]]:
    """``make_story`` after marking the wire copies among the members (``dedup.mark_copies``), and the
    marks (``{copy id: original id}``) for the store.

    A wire copy sits in its original's story, so looking for copies inside each story finds them
    without an all-pairs step; marked copies count as outlets carrying the story, not as sources.
    """
    marked = mark_copies(articles)
    members = [a.with_meta(copy_of=marked[a.id]) if a.id in marked else a for a in articles]
    return make_story(members), marked


def sort_stories(stories: Iterable[Story]) -> list[Story]:
    """Largest first, then by id: the order listings show."""
    return sorted(stories, key=lambda s: (-s.size, s.id))


_TIMELINE_LIMIT = 200  # beyond this a "story" is a topic stream; its timeline would be noise
