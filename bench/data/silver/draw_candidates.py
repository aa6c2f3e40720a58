"""Draw candidate articles for the silver extraction dev set (``snn_dev.jsonl``).

A fixed seed samples SaudiNewsNet records of 150-500 words; each candidate is printed with flags
that help choose by the criteria in README.md (quotes, Hijri dates, relative dates, numbers).
The final choice was made by reading the candidates; see README.md. The draw itself is
``silver_tools.print_candidates``, shared by all the sets' draws.
"""

from __future__ import annotations

from silver_tools import print_candidates

SEED = 20150801


def main() -> None:
    """Print the sampled candidates: line index, id, outlet, word count, flags, title."""
    print_candidates(SEED)


if __name__ == "__main__":
    main()
