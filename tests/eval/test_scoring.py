"""Scoring rules of the dev set, on facts written here (no extractor run)."""

import datetime as dt

from eval.dev.cases import CaseSet
from eval.dev.observed import Observed, ObservedStance, Party
from eval.dev.scoring import date_matches, failed_case, score_case, totals


def caseset(**case) -> CaseSet:
    base = {"id": "c", "batch": 0, "split": "dev", "kind": "news", "languages": ["en"],
            "source": {"corpus": "pages", "query": "q", "url": "u", "title": "t", "read": "2026-11-30"}}
    return CaseSet.model_validate({
        "split_seed": 1,
        "targets": {
            "drones": {"describe": "drone regulation", "acts": ["celex:52099PC0001"], "match": ["drone regulation"]},
            "drone_exemption": {"describe": "an exemption", "acts": [], "match": ["exemption"]},
        },
        "cases": [base | case],
    })


def observed(**kw) -> Observed:
    return Observed(kind=kw.pop("kind", "news"), languages=kw.pop("languages", ["en"]),
                    date=kw.pop("date", None), date_precision=kw.pop("date_precision", None), **kw)


def state(code: str) -> Party:
    return Party("state", code, (code,))


def org(*names: str) -> Party:
    return Party("organization", None, names)


def test_a_state_the_news_only_reports_is_a_signatory_false_positive_and_a_role_error():
    cs = caseset(reported_participation={"states": ["DE", "AT"]})
    s = score_case(cs.cases[0], cs, observed(signatories=[state("DE")]))
    assert (s.signatories.tp, s.signatories.fp, s.signatories.fn) == (0, 1, 0)
    assert s.role_errors == ["DE as signatory (only reported as a participant)"]


def test_an_author_given_as_signatory_is_wrong_in_that_role_and_missed_as_author():
    cs = caseset(kind="position_paper", authors={"states": ["SK", "SI"]})
    s = score_case(cs.cases[0], cs, observed(kind="position_paper", signatories=[state("SK")], authors=[state("SI")]))
    assert (s.signatories.fp, s.authors.tp, s.authors.fn) == (1, 1, 1)
    assert s.role_errors == ["SK as signatory (is an author)"]


def test_an_organisation_signatory_is_matched_by_name_and_never_as_a_state():
    cs = caseset(kind="joint_statement", signatories={"states": ["PT"], "organizations": [{"name": "Open Net Alliance", "aliases": ["ONA"]}]})
    s = score_case(cs.cases[0], cs, observed(kind="joint_statement", signatories=[state("PT"), org("ONA", "ona")]))
    assert (s.signatories.tp, s.signatories.fp, s.signatories.fn) == (2, 0, 0)
    s2 = score_case(cs.cases[0], cs, observed(kind="joint_statement", signatories=[state("PT"), state("NO")]))
    assert (s2.signatories.tp, s2.signatories.fp, s2.signatories.fn) == (1, 1, 1)


def test_a_government_body_author_may_come_out_as_its_state():
    cs = caseset(authors={"organizations": [{"name": "Ministry of Foreign Affairs of Ruritania", "kind": "government", "state": "LV"}]})
    s = score_case(cs.cases[0], cs, observed(authors=[state("LV")]))
    assert (s.authors.tp, s.authors.fn) == (1, 0)


def test_dates_agree_as_far_as_the_expected_date_goes_and_no_coarser():
    assert date_matches("2023-03", "2023-03-30")
    assert date_matches("2023-03-30", "2023-03-30")
    assert not date_matches("2023-03-30", "2023-03")
    assert not date_matches("2023-03", "2023")
    assert not date_matches("2023-03", None)
    cs = caseset(date="2024-05")
    month = score_case(cs.cases[0], cs, observed(date=dt.date(2024, 5, 1), date_precision="month"))
    assert month.date_ok and month.date_got == "2024-05"
    year = score_case(cs.cases[0], cs, observed(date=dt.date(2024, 1, 1), date_precision="year"))
    assert year.date_ok is False


def test_a_date_where_none_is_expected_is_counted_apart():
    cs = caseset()
    s = score_case(cs.cases[0], cs, observed(date=dt.date(2020, 1, 2), date_precision="day"))
    t = totals([s])
    assert s.date_ok is None and (t.dated, t.dated_unexpected) == (0, 1)


def stance(actor: Party, polarity: str, ref: str = "x", label: str = "", provision=None) -> ObservedStance:
    return ObservedStance(actor, polarity, ref, label, provision, False)


def test_stances_match_by_actor_polarity_and_lenient_target_or_a_declared_alternative():
    cs = caseset(stances=[
        {"actor": {"state": "HU"}, "stance": "oppose", "target": "drones",
         "alternatives": [{"stance": "support", "target": "drone_exemption"}]},
        {"actor": {"org": "Open Net Alliance"}, "stance": "oppose", "target": "drones"},
    ])
    seen = [
        stance(state("HU"), "support", "described:1", "a national exemption"),  # the alternative reading
        stance(org("Open Net Alliance"), "oppose", "celex:52099PC0001"),          # by act id
        stance(state("HU"), "support", "celex:52099PC0001"),                      # wrong polarity
        stance(state("SE"), "oppose", "described:2", "the drone regulation"),     # nobody expected SE
    ]
    s = score_case(cs.cases[0], cs, observed(stances=seen))
    assert (s.stances.tp, s.stances.fp, s.stances.found, s.stances.fn) == (2, 2, 2, 0)
    assert s.stances.precision == 0.5 and s.stances.recall == 1.0


def test_a_case_that_failed_to_extract_misses_every_expected_fact():
    cs = caseset(date="2024", signatories={"states": ["EE", "LT"]}, stances=[{"actor": {"state": "EE"}, "stance": "support", "target": "drones"}])
    s = failed_case(cs.cases[0], "error", "boom")
    t = totals([s])
    assert (t.errors, t.signatories.fn, t.stances.fn, t.dated, t.date_ok) == (1, 2, 1, 1, 0)


def test_not_cached_cases_stay_out_of_the_totals():
    cs = caseset(signatories={"states": ["EE"]})
    t = totals([failed_case(cs.cases[0], "not_cached")])
    assert (t.cases, t.signatories.fn) == (0, 0)


def test_the_signing_parties_are_expected_as_issuers_too():
    cs = caseset(kind="joint_statement", signatories={"states": ["AT", "BE"]}, authors={"organizations": [{"name": "Open Net Alliance"}]})
    s = score_case(cs.cases[0], cs, observed(kind="joint_statement", signatories=[state("AT"), state("BE")],
                                             authors=[state("AT"), state("BE"), org("Open Net Alliance")]))
    assert (s.authors.tp, s.authors.fp, s.authors.fn) == (3, 0, 0)
    missing = score_case(cs.cases[0], cs, observed(kind="joint_statement", signatories=[state("AT"), state("BE")]))
    assert (missing.authors.found, missing.authors.fn) == (0, 3)


def test_reported_participants_count_when_kept_as_a_reported_document_and_never_as_signatories():
    cs = caseset(reported_participation={"states": ["MT", "IS"], "organizations": [{"name": "Open Net Alliance"}]})
    s = score_case(cs.cases[0], cs, observed(reported=[state("MT"), org("Open Net Alliance")]))
    assert (s.reported.found, s.reported.fn) == (2, 1)
    assert (s.signatories.fp, s.role_errors) == (0, [])
    assert totals([s]).reported.recall == 2 / 3


def test_totals_break_kind_and_language_down_by_what_was_expected():
    news = caseset(kind="news", languages=["pt"])
    statement = caseset(kind="joint_statement", languages=["pt", "en"])
    scores = [score_case(news.cases[0], news, observed(kind="news", languages=["pt"])),
              score_case(statement.cases[0], statement, observed(kind="news", languages=["pt"]))]
    t = totals(scores)
    assert t.by_kind == {"news": [1, 1], "joint_statement": [1, 0]}
    assert t.by_language == {"pt": [2, 1], "en": [1, 0]}
    assert t.as_dict()["kind_right_by_expected_kind"]["joint_statement"] == {"cases": 1, "right": 0}


def test_stance_recall_is_broken_down_by_expected_target():
    cs = caseset(stances=[
        {"actor": {"state": "HU"}, "stance": "oppose", "target": "drones"},
        {"actor": {"state": "AT"}, "stance": "oppose", "target": "drones"},
        {"actor": {"org": "Open Net Alliance"}, "stance": "oppose", "target": "drone_exemption"},
    ])
    hit = score_case(cs.cases[0], cs, observed(stances=[stance(state("AT"), "oppose", "celex:52099PC0001")]))
    assert hit.stances_by_target == {"drones": [2, 1], "drone_exemption": [1, 0]}
    failed = failed_case(cs.cases[0], "error", "boom")
    t = totals([hit, failed])
    assert t.as_dict()["stances_found_by_target"] == {
        "drone_exemption": {"expected": 2, "found": 0}, "drones": {"expected": 4, "found": 1}}


def test_party_recall_is_broken_down_by_role_and_kind_of_party():
    cs = caseset(kind="ngo_statement", authors={"states": ["FI"], "organizations": [{"name": "Open Net Alliance"}], "people": ["Jane Roe"]})
    hit = score_case(cs.cases[0], cs, observed(kind="ngo_statement", authors=[org("Open Net Alliance")]))
    assert hit.parties_by_kind == {"author state": [1, 0], "author organization": [1, 1], "author person": [1, 0]}
    failed = failed_case(cs.cases[0], "error", "boom")
    assert totals([hit, failed]).as_dict()["parties_found_by_kind"]["author organization"] == {"expected": 2, "found": 1}
