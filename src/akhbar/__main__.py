"""``python -m akhbar``: the same command line as the ``akhbar`` script."""

from akhbar.cli import main

if __name__ == "__main__":  # not when a spawned server worker re-imports this module
    main()
