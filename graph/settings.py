"""Re-export of :mod:`core.settings`, where the settings now live.

A thin shim so the modules and tests that still import ``graph.settings`` keep working
while others edit them; it goes when the lead rewrites those imports to
``core.settings`` at the end of the session.
"""

from core.settings import *  # noqa: F401,F403
from core.settings import (  # noqa: F401
    LOCAL_DEFAULT_PASSWORD,
    PROJECT_ROOT,
    AppSettings,
    Neo4jSettings,
    get_app_settings,
    get_neo4j_settings,
)
