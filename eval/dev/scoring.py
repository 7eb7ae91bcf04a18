"""Compare what the extractor observed with what a careful reader expected, case by case.

Pure: a case and an ``Observed`` in, a ``CaseScore`` out. Roles are strict: a party the
extractor put in a role it does not have in the expected facts is a false positive of
that role, and one that the document only reports (``reported_participation``) is also
counted as a role error. Stances count an observed stance as right when its actor,
polarity and target match an expected one (or one of its declared alternatives).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from eval.dev.cases import Actor, Case, CaseSet, Org, Parties
from eval.dev.matching import org_matches, person_matches, target_matches
from eval.dev.observed import Observed, ObservedStance, Party

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@dataclass
class Counts:
    """tp counts observed items that were right; found counts expected items that were found."""

    tp: int = 0
    fp: int = 0
    found: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.found += other.found
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.found / (self.found + self.fn) if self.found + self.fn else None


@dataclass
class CaseScore:
    id: str
    split: str
    status: str  # "scored" | "error" | "not_cached"
    error: str | None = None
    kind_expected: str = ""
    kind_got: str | None = None
    kind_ok: bool = False
    languages_expected: list[str] = field(default_factory=list)
    languages_got: list[str] = field(default_factory=list)
    languages_ok: bool = False
    date_expected: str | None = None
    date_got: str | None = None
    date_ok: bool | None = None  # None: no date expected
    signatories: Counts = field(default_factory=Counts)
    authors: Counts = field(default_factory=Counts)
    stances: Counts = field(default_factory=Counts)
    reported: Counts = field(default_factory=Counts)  # recall only: found / fn
    role_errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # human-readable FP/FN details
    seconds: float = 0.0
    stances_by_target: dict = field(default_factory=dict)  # expected target -> [expected, found]
    # "signatory state", "author organization", ... -> [expected, found]: which kind of party a
    # split misses, shown as totals (the blind split's rows stay unread)
    parties_by_kind: dict = field(default_factory=dict)

    def as_dict(self, details: bool) -> dict:
        out = asdict(self)
        for name in ("signatories", "authors", "stances", "reported"):
            c = getattr(self, name)
            out[name] |= {"precision": c.precision, "recall": c.recall}
        if not details:
            out.pop("misses")
            out["role_errors"] = len(self.role_errors)
        return out


def score_case(case: Case, cases: CaseSet, seen: Observed) -> CaseScore:
    score = CaseScore(id=case.id, split=case.split, status="scored")
    _score_shape(case, seen, score)
    score.signatories = _score_parties("signatory", case.signatories, seen.signatories, case, score)
    score.authors = _score_parties("author", issuers(case), seen.authors, case, score)
    score.stances = _score_stances(case, cases, seen.stances, score)
    score.reported = _score_reported(case.reported_participation, seen.reported, score)
    return score


def issuers(case: Case) -> Parties:
    """Who a document's authors are: its named authors and its signing parties, since the
    parties that sign a statement issue it (the project records them as authors too)."""
    seen = {(k, e if isinstance(e, str) else e.name) for k, e in _expected_parties(case.authors)}
    extra = [(k, e) for k, e in _expected_parties(case.signatories) if (k, e if isinstance(e, str) else e.name) not in seen]
    return Parties(
        states=[*case.authors.states, *(e for k, e in extra if k == "state")],
        organizations=[*case.authors.organizations, *(e for k, e in extra if k == "organization")],
        people=[*case.authors.people, *(e for k, e in extra if k == "person")],
    )


def failed_case(case: Case, status: str, error: str | None = None) -> CaseScore:
    """A case the extractor could not run on: every expected fact is a miss."""
    score = CaseScore(id=case.id, split=case.split, status=status, error=error)
    score.kind_expected, score.languages_expected, score.date_expected = case.kind, case.languages, case.date
    score.date_ok = False if case.date else None
    score.signatories.fn = case.signatories.count()
    score.authors.fn = issuers(case).count()
    score.stances.fn = len(case.stances)
    for exp in case.stances:
        score.stances_by_target.setdefault(exp.target, [0, 0])[0] += 1
    for role, parties in (("signatory", case.signatories), ("author", issuers(case))):
        for kind, _ in _expected_parties(parties):
            score.parties_by_kind.setdefault(f"{role} {kind}", [0, 0])[0] += 1
    score.reported.fn = case.reported_participation.count()
    return score


def _score_shape(case: Case, seen: Observed, score: CaseScore) -> None:
    score.kind_expected, score.kind_got = case.kind, seen.kind
    score.kind_ok = case.kind == seen.kind
    score.languages_expected, score.languages_got = case.languages, seen.languages
    score.languages_ok = set(case.languages) == set(seen.languages)
    score.date_expected = case.date
    score.date_got = seen.date.isoformat() if seen.date else None
    if seen.date and seen.date_precision in ("year", "month"):
        score.date_got = score.date_got[: 4 if seen.date_precision == "year" else 7]
    score.date_ok = None if case.date is None else date_matches(case.date, score.date_got)
    if not score.kind_ok:
        score.misses.append(f"kind: expected {case.kind}, got {seen.kind}")
    if not score.languages_ok:
        score.misses.append(f"languages: expected {case.languages}, got {seen.languages}")
    if score.date_ok is False:
        score.misses.append(f"date: expected {case.date}, got {score.date_got}")


def date_matches(expected: str, got: str | None) -> bool:
    """Right when the observed date agrees as far as the expected one goes, and is at least
    as precise ("2023-03" is matched by 2023-03 or 2023-03-30, not by 2023)."""
    if got is None:
        return False
    return len(got) >= len(expected) and got[: len(expected)] == expected


def _party_matches(expected: str | Org, kind: str, party: Party) -> bool:
    if kind == "state":
        return party.iso2 == expected and party.kind in ("state", "organization")
    if kind == "organization":
        assert isinstance(expected, Org)
        if party.kind == "organization" and org_matches(expected, list(party.names)):
            return True
        return expected.state is not None and party.iso2 == expected.state
    return party.kind == "person" and person_matches(str(expected), list(party.names))


def _expected_parties(parties: Parties) -> list[tuple[str, str | Org]]:
    return ([("state", s) for s in parties.states] + [("organization", o) for o in parties.organizations]
            + [("person", p) for p in parties.people])


def _in_parties(party: Party, parties: Parties) -> bool:
    return any(_party_matches(e, k, party) for k, e in _expected_parties(parties))


def _score_parties(role: str, expected: Parties, observed: list[Party], case: Case, score: CaseScore) -> Counts:
    counts = Counts()
    wanted = _expected_parties(expected)
    matched = [False] * len(wanted)
    for party in observed:
        hit = next((i for i, (k, e) in enumerate(wanted) if not matched[i] and _party_matches(e, k, party)), None)
        if hit is None:
            hit = next((i for i, (k, e) in enumerate(wanted) if _party_matches(e, k, party)), None)
            if hit is not None:
                continue  # the same party twice (two surface forms): neither right nor wrong again
            counts.fp += 1
            why = _wrong_role(party, role, case)
            score.misses.append(f"{role} false positive: {party.label()}{why}")
            if why:
                score.role_errors.append(f"{party.label()} as {role}{why}")
        else:
            matched[hit] = True
            counts.tp += 1
    for (kind, exp), ok in zip(wanted, matched):
        cell = score.parties_by_kind.setdefault(f"{role} {kind}", [0, 0])
        cell[0] += 1
        cell[1] += ok
        if ok:
            counts.found += 1
        else:
            counts.fn += 1
            score.misses.append(f"{role} missed: {exp if isinstance(exp, str) else exp.name}")
    return counts


def _score_reported(expected: Parties, observed: list[Party], score: CaseScore) -> Counts:
    """How many parties the document only reports were kept as reported (recall only).

    Precision is not scored: a reported document's authors may rightly include parties the
    case does not list as participants (the authors of a reported paper)."""
    counts = Counts()
    for kind, exp in _expected_parties(expected):
        if any(_party_matches(exp, kind, party) for party in observed):
            counts.found += 1
        else:
            counts.fn += 1
    return counts


def _wrong_role(party: Party, role: str, case: Case) -> str:
    if _in_parties(party, case.reported_participation):
        return " (only reported as a participant)"
    other = case.authors if role == "signatory" else case.signatories
    if _in_parties(party, other):
        return f" (is {'an author' if role == 'signatory' else 'a signatory'})"
    return ""


def _actor_matches(actor: Actor, party: Party) -> bool:
    if actor.state:
        return _party_matches(actor.state, "state", party)
    if actor.org:
        return party.kind == "organization" and org_matches(actor, list(party.names))
    return party.kind == "person" and person_matches(actor.person or "", list(party.names))


def stance_matches(expected, cases: CaseSet, seen: ObservedStance) -> bool:
    if not _actor_matches(expected.actor, seen.actor):
        return False
    readings = [(expected.stance, expected.target), *((a.stance, a.target) for a in expected.alternatives)]
    return any(
        seen.stance == stance and target_matches(cases.target(name), seen.ref, seen.label, seen.provision)
        for stance, name in readings
    )


def _score_stances(case: Case, cases: CaseSet, observed: list[ObservedStance], score: CaseScore) -> Counts:
    counts = Counts()
    found = [False] * len(case.stances)
    for seen in observed:
        hits = [i for i, exp in enumerate(case.stances) if stance_matches(exp, cases, seen)]
        if hits:
            counts.tp += 1
            for i in hits:
                found[i] = True
        else:
            counts.fp += 1
            score.misses.append(f"stance false positive: {seen.label_text()}")
    for exp, ok in zip(case.stances, found):
        cell = score.stances_by_target.setdefault(exp.target, [0, 0])
        cell[0] += 1
        cell[1] += ok
        if ok:
            counts.found += 1
        else:
            counts.fn += 1
            score.misses.append(f"stance missed: {exp.actor.label()} {exp.stance} {exp.target}")
    return counts


@dataclass
class Totals:
    cases: int = 0
    errors: int = 0
    kind_ok: int = 0
    languages_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    dated_unexpected: int = 0
    signatories: Counts = field(default_factory=Counts)
    authors: Counts = field(default_factory=Counts)
    stances: Counts = field(default_factory=Counts)
    reported: Counts = field(default_factory=Counts)
    role_errors: int = 0
    seconds: float = 0.0
    by_kind: dict = field(default_factory=dict)  # expected kind -> [cases, kind right]
    by_language: dict = field(default_factory=dict)  # expected language -> [cases, languages right]
    stances_by_target: dict = field(default_factory=dict)  # expected target -> [expected, found]
    parties_by_kind: dict = field(default_factory=dict)  # "author person" -> [expected, found]

    def add(self, s: CaseScore) -> None:
        self.cases += 1
        cell = self.by_kind.setdefault(s.kind_expected, [0, 0])
        cell[0] += 1
        cell[1] += s.kind_ok
        for lang in s.languages_expected:
            cell = self.by_language.setdefault(lang, [0, 0])
            cell[0] += 1
            cell[1] += s.languages_ok
        for key, (n, f) in s.parties_by_kind.items():
            cell = self.parties_by_kind.setdefault(key, [0, 0])
            cell[0] += n
            cell[1] += f
        for target, (n, f) in s.stances_by_target.items():
            cell = self.stances_by_target.setdefault(target, [0, 0])
            cell[0] += n
            cell[1] += f
        self.errors += s.status == "error"
        self.kind_ok += s.kind_ok
        self.languages_ok += s.languages_ok
        if s.date_ok is not None:
            self.dated += 1
            self.date_ok += s.date_ok
        elif s.date_got is not None:
            self.dated_unexpected += 1
        self.signatories.add(s.signatories)
        self.authors.add(s.authors)
        self.stances.add(s.stances)
        self.reported.add(s.reported)
        self.role_errors += len(s.role_errors)
        self.seconds += s.seconds

    def parties(self) -> Counts:
        """Signatories and authors together, as issue 14's targets state them."""
        both = Counts()
        both.add(self.signatories)
        both.add(self.authors)
        return both

    def as_dict(self) -> dict:
        def rate(n: int, d: int) -> float | None:
            return n / d if d else None

        out = {
            "cases": self.cases, "errors": self.errors,
            "kind_accuracy": rate(self.kind_ok, self.cases), "kind_right": self.kind_ok,
            "language_accuracy": rate(self.languages_ok, self.cases), "languages_right": self.languages_ok,
            "date_accuracy": rate(self.date_ok, self.dated), "dated": self.dated, "dates_right": self.date_ok,
            "dates_given_where_none_expected": self.dated_unexpected,
            "role_errors": self.role_errors, "seconds": round(self.seconds, 3),
            "kind_right_by_expected_kind": {k: {"cases": n, "right": r} for k, (n, r) in sorted(self.by_kind.items())},
            "languages_right_by_language": {k: {"cases": n, "right": r} for k, (n, r) in sorted(self.by_language.items())},
            "stances_found_by_target": {k: {"expected": n, "found": f} for k, (n, f) in sorted(self.stances_by_target.items())},
            "parties_found_by_kind": {k: {"expected": n, "found": f} for k, (n, f) in sorted(self.parties_by_kind.items())},
        }
        for name, c in (("signatories", self.signatories), ("authors", self.authors),
                        ("signatories_and_authors", self.parties()), ("stances", self.stances),
                        ("reported_participation", self.reported)):
            out[name] = asdict(c) | {"precision": c.precision, "recall": c.recall}
        return out


def totals(scores: list[CaseScore]) -> Totals:
    t = Totals()
    for s in scores:
        if s.status != "not_cached":
            t.add(s)
    return t
