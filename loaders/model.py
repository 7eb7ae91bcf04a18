"""Re-export of :mod:`core.model`, where the fact model now lives.

A thin shim so the modules that still say ``from loaders.model import ...`` keep
working while others edit them; it goes when the lead rewrites those imports to
``core.model`` at the end of the session.
"""

from core.model import *  # noqa: F401,F403
from core.model import EXTRACTOR_VERSION, DocumentExcluded, ExtractionError, Model  # noqa: F401
