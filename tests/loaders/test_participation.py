"""Curated public pages: own acts, reports, claims and topics, each citing its page."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import yaml

from core.settings import PROJECT_ROOT
from loaders.metadata import MetadataError
from loaders.participation import counts_from, parse_date, sources_files

INSTRUMENTS = {"pall-mall-process-declaration", "pall-mall-code-of-practice", "spyware-joint-statement"}


def _write(tmp_path, pages, topics=None):
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "test.yaml").write_text(
        yaml.safe_dump({"topics": topics or [], "pages": pages}, allow_unicode=True), encoding="utf-8")
    return sources_files(tmp_path, INSTRUMENTS)


def _page(**over):
    page = {"id": "p1", "title": "A page", "url": "https://example.org/p1", "publisher": "Example",
            "page_kind": "news", "date": "2025-06-04"}
    page.update(over)
    return page


def test_dates_known_to_the_month_or_year_count_from_the_end_of_the_period():
    assert parse_date("2025-04") == (dt.date(2025, 4, 1), "month")
    assert parse_date(2025) == (dt.date(2025, 1, 1), "year")
    assert counts_from(*parse_date("2025-02")) == dt.date(2025, 2, 28)
    assert counts_from(*parse_date(2025)) == dt.date(2025, 12, 31)
    assert counts_from(dt.date(2025, 4, 4), "day") == dt.date(2025, 4, 4)


def test_a_news_page_saying_a_state_joined_makes_a_report_not_an_act(tmp_path):
    files = _write(tmp_path, [_page(participation=[
        {"party": "RO", "act": "joined", "instrument": "pall-mall-code-of-practice", "quote": "joined by Romania"}])])
    page = next(f for f in files if f.key.endswith("#p1"))
    assert [(f["type"], f["from"], f["props"]) for f in page.rows.facts] == [
        ("REPORTED_AS_PARTY", "state:RO", {"says": "joined"})]
    ev = page.rows.evidence[0]["props"]
    assert ev["as_of"] == dt.date(2025, 6, 4) and ev["counts_from"] == dt.date(2025, 6, 4)
    assert page.rows.document["source_url"] == "https://example.org/p1" and page.rows.document["kind"] == "curated"


def test_the_partys_own_page_makes_its_own_act_and_a_withdrawal_is_dated(tmp_path):
    files = _write(tmp_path, [_page(page_kind="government", speaker="GB", participation=[
        {"party": "GB", "act": "endorsed", "instrument": "pall-mall-code-of-practice", "date": "2025-04-25", "quote": "we support"},
        {"party": "GB", "act": "withdrew", "instrument": "pall-mall-code-of-practice", "date": "2025-06-01", "quote": "we leave"},
        {"party": "FR", "act": "endorsed", "instrument": "pall-mall-code-of-practice", "quote": "France too"}])])
    facts = next(f for f in files if f.key.endswith("#p1")).rows.facts
    by_type = {f["type"]: f for f in facts}
    assert set(by_type) == {"ENDORSED", "WITHDREW", "REPORTED_AS_PARTY"}
    assert by_type["WITHDREW"]["props"]["date"] == dt.date(2025, 6, 1)
    # the act cannot be known before its page: counts from the later of the act's date and the page's
    assert by_type["ENDORSED"]["props"]["counts_from"] == dt.date(2025, 6, 4)
    assert by_type["REPORTED_AS_PARTY"]["from"] == "state:FR"


def test_claims_keep_their_count_date_and_names(tmp_path):
    files = _write(tmp_path, [_page(claims=[
        {"instrument": "pall-mall-code-of-practice", "what": "states", "count": 21, "as_of": "2025-04",
         "names": ["FR", "african-union"], "quote": "21 states"}])])
    page = next(f for f in files if f.key.endswith("#p1"))
    claim = next(n for n in page.rows.nodes if n["label"] == "Claim")["props"]
    assert (claim["count"], claim["as_of"], claim["as_of_precision"], claim["counts_from"]) == (
        21, dt.date(2025, 4, 1), "month", dt.date(2025, 4, 30))
    assert claim["names"] == ["FR", "african-union"] and claim["known_from"] == dt.date(2025, 6, 4)
    assert page.rows.facts[0]["type"] == "CLAIMS" and page.rows.facts[0]["from"] == f"document:{page.rows.document['id']}"
    assert page.rows.links == [{"type": "ABOUT", "from": f"claim:{claim['id']}", "to": "instrument:pall-mall-code-of-practice", "props": {}}]


def test_organisations_are_parties_from_the_shared_registry(tmp_path):
    files = _write(tmp_path, [_page(participation=[
        {"party": "african-union", "act": "signed", "instrument": "pall-mall-process-declaration", "quote": "African Union"}])])
    node = next(n for f in files for n in f.rows.nodes if n["uid"] == "org:african-union")
    assert node["label"] == "Organization" and node["props"]["kind"] == "intergovernmental"


@pytest.mark.parametrize("page, message", [
    (_page(participation=[{"party": "XX", "act": "joined", "instrument": "pall-mall-code-of-practice", "quote": "q"}]),
     "not an ISO 3166"),
    (_page(participation=[{"party": "acme-unknown", "act": "joined", "instrument": "pall-mall-code-of-practice", "quote": "q"}]),
     "organisations.yaml"),
    (_page(claims=[{"instrument": "no-such-instrument", "what": "states", "count": 3, "quote": "q"}]), "unknown instrument"),
    (_page(date="2025-04"), "date_note"),
    (_page(concerns=[{"subject": "pall-mall-code-of-practice", "topic": "undeclared", "quote": "q"}]), "unknown topic"),
])
def test_bad_entries_name_the_file_and_the_entry(tmp_path, page, message):
    with pytest.raises(MetadataError) as info:
        _write(tmp_path, [page])
    assert "test.yaml" in str(info.value) and message in str(info.value)


def test_the_project_pages_cite_every_fact_with_address_and_date():
    files = sources_files(PROJECT_ROOT / "metadata")
    pages = [f for f in files if "#" in f.key]
    assert len(pages) >= 10
    for f in pages:
        assert f.rows.document["source_url"].startswith("https://") and f.rows.document["date"]
        assert all(e["props"]["quote"] for e in f.rows.evidence)
    counts = {n["props"]["count"] for f in pages for n in f.rows.nodes if n["label"] == "Claim"
              and n["props"]["instrument_id"] == "pall-mall-code-of-practice" and n["props"]["what"] == "states"}
    assert {21, 23, 25, 27} <= counts


def test_the_keys_a_run_looks_up_are_the_keys_written():
    from loaders.participation import sources_keys

    metadata = PROJECT_ROOT / "metadata"
    assert sources_keys(metadata) == [f.key for f in sources_files(metadata)]
