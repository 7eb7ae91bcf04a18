"""A stance verb in the passive right after its subject: "Germany has been criticised over
X", "Poland was blocked ...", "la France a été critiquée pour X". The subject is what the
verb is done to, so the verb rule must not read it as the subject's stance; the agent, if
any, is stance_passive.py's to read. Auxiliaries per language: data/stance_passive_voice.yaml;
participles: stances.yaml ``structures.<lang>.passive``."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.resources import load_yaml
from loaders.rules.stance_lexicon import WORD
from loaders.rules.stance_structures import merged_passive



@lru_cache(maxsize=None)
def _spec(lang: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
    spec = load_yaml("stance_passive_voice.yaml").get(lang) or {}
    passive = merged_passive(lang, ((load_yaml("stances.yaml").get("structures") or {}).get(lang) or {}).get("passive") or {})
    participles = [str(p) for k in ("oppose", "support") for p in passive.get(k) or ()]
    rx = re.compile(rf"(?:{'|'.join(participles)})(?![^\W\d_])", re.IGNORECASE) if participles else None
    return (frozenset(str(w).casefold() for w in spec.get("auxiliaries") or ()),
            frozenset(str(w).casefold() for w in spec.get("adjectival") or ()), rx)


def passive_after_subject(text: str, lang: str, gap: str, cue_start: int, end: int) -> bool:
    """True when the last word between subject and cue is a passive auxiliary and the cue
    opens with a stance participle not used as an adjective ("is opposed to X" stays)."""
    auxiliaries, adjectival, participle = _spec(lang)
    if participle is None or not auxiliaries:
        return False
    words = WORD.findall(gap)
    if not words or words[-1].casefold() not in auxiliaries:
        return False
    m = participle.match(text, cue_start, end)
    if m is None:
        return False
    after = WORD.match(text[m.end() : end].lstrip())
    return not (after and after.group().casefold() in adjectival)
