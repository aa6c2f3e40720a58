"""CoNLL ``token TAG`` files for ``akhbar eval ner``.

The reader itself lives in ``akhbar.extract.conll`` because NER training needs it and ``extract`` sits
below ``eval`` in the layer order; it is re-exported here as the evaluation entry point.
"""

from __future__ import annotations

from akhbar.extract.conll import bio_spans, read_conll

__all__ = ["bio_spans", "read_conll"]
