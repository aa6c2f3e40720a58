"""Draw candidate articles for the tenth silver dev set (``snn_dev10.jsonl``).

Same method as ``draw_candidates9.py`` (same pool: non-empty title, 150-500 words of content; same
sample size; same flags and counts), with another fixed seed. Records whose SaudiNewsNet id is
already in ``snn_dev.jsonl`` … ``snn_dev9.jsonl`` are left out of the printed list, and so is
anything about the seeds' story (Russia's security-guarantee drafts). The final choice was made by
reading the candidates; see README.md ("Tenth set").
"""

from __future__ import annotations

from silver_tools import print_new_candidates

SEED = 20250304


def main() -> None:
    """Print the sampled candidates: index, id, outlet, words, flags, counts, title."""
    print_new_candidates(SEED, earlier=9, avoid_seeds_story=True)


if __name__ == "__main__":
    main()
