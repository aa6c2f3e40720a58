"""The PySpark batch job: ``akhbar spark ingest`` (``job``) writes Parquet, ``akhbar load`` (``load``) stores it.

Nothing here imports PySpark at import time; ``session`` checks for it (and for Java) when a job or
a load starts, so the rest of akhbar works without the ``spark`` extra.
"""
