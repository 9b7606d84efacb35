"""Hypothesis strategies for wirestory models, for use in your own tests.

Requires the ``strategies`` extra (``pip install wirestory[strategies]``), which brings
Hypothesis. Each strategy draws a model together with the canonical text it renders to, so a
test can check a parser against known structure.
"""

from __future__ import annotations

__all__: list[str] = []
