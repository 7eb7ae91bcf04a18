"""What the stage diagnostics read of one cached excerpt, and which cases they may read.

``stages``, ``stages_lost`` and ``stage_misses`` each look inside the stance rules (the
context, the parties and authors, the references) the way the pipeline builds them; one
place builds them, and one place says that only the dev split is ever listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eval.dev.cases import Case, CaseSet
from eval.dev.runner import cached_file
from loaders.lang import language_blocks
from loaders.normalise import normalise
from loaders.readers import read_bytes


@dataclass(frozen=True)
class Prepared:
    text: str
    ctx: object  # loaders.rules.context.DocContext
    authors: list  # core.model.Author
    refs: list  # core.model.Reference


def prepare(data: bytes, source: str) -> Prepared:
    """The excerpt read, normalised and cut into blocks as the pipeline does, with the
    parties' authors and the references the stance rules are given."""
    from loaders.rules.authors import authors as find_authors
    from loaders.rules.context import make_context
    from loaders.rules.references import references as find_references
    from loaders.rules.signing import read_parties

    text = normalise(read_bytes(data, source).text).text
    ctx = make_context(text, language_blocks(text))
    parties = read_parties(ctx, [])
    return Prepared(text, ctx, find_authors(ctx, parties.signatories, parties.authors), find_references(ctx))


def dev_cases_with_stances(cases: CaseSet, cache_dir: Path) -> Iterator[tuple[Case, bytes, str]]:
    """(case, excerpt bytes, source name) of every cached DEV case with expected stances:
    the blind split is read for its totals alone, never listed."""
    for case in cases.cases:
        if case.split != "dev" or not case.stances:
            continue
        path = cached_file(cache_dir, case.id)
        if path is not None:
            yield case, path.read_bytes(), f"eval/dev/cache/{path.name}"


def sentence_readings(prep: Prepared) -> Iterator[tuple[int, int, int, object, list, object]]:
    """(block, start, end, language cues, actors, resolved target) of every sentence, as
    the stance rules see them: the actors read as subjects there plus the document's
    authors, the target resolved in the sentence or else the document's act (no target,
    no subject in a language without stance cues)."""
    from loaders.rules.stance_subjects import subjects as read_subjects
    from loaders.rules.stance_cues import lang_cues
    from loaders.rules.stance_targets import document_act, resolve_target

    ctx, refs = prep.ctx, prep.refs
    authors = [a.actor for a in prep.authors]
    for b, spans in enumerate(ctx.sentences):
        cues = lang_cues(ctx.blocks[b].lang)
        for s, e in spans:
            subjects = [a for subj in read_subjects(ctx, b, cues, s, e) for a in subj.actors] if cues else []
            resolved = resolve_target(ctx, refs, [(s, e)])
            if resolved is None and cues is not None:
                resolved = document_act(ctx, refs, s)
            yield b, s, e, cues, subjects + authors, resolved
