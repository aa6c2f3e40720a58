"""Draw candidate articles for the third silver dev set (``snn_dev3.jsonl``).

Same method as ``draw_candidates.py`` and ``draw_candidates2.py`` (same pool: non-empty title,
150-500 words of content; same sample size; same flags), with another fixed seed. Records whose
SaudiNewsNet id is already in ``snn_dev.jsonl`` or ``snn_dev2.jsonl`` are left out of the printed
list. Each candidate also gets a few counts that help pick articles rich in what is scored:
speech cues, quote marks, colon speech, a dated dateline (``... هـ الموافق ... م``). The final
choice was made by reading the candidates; see README.md ("Third set").
"""

from __future__ import annotations

from silver_tools import print_new_candidates

SEED = 20160315


def main() -> None:
    """Print the sampled candidates: index, id, outlet, words, flags, counts, title."""
    print_new_candidates(SEED, earlier=2, avoid_seeds_story=False)


if __name__ == "__main__":
    main()
