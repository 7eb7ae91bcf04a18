"""``python -m eval.dev.stages``: where expected stances are lost, counted per stage on a
small dev set written here (the real extractor, no server)."""

from eval.dev.stages import main

CASES = """\
split_seed: 7
targets:
  lighthouses: {describe: a lighthouse directive, acts: ["celex:32031L0077"], match: []}
cases:
  - id: en-found
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/a", title: A, read: "2026-11-30"}
    kind: news
    languages: [en]
    stances:
      - {actor: {state: PT}, stance: oppose, target: lighthouses, reported: true}
  - id: en-no-cue
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/b", title: B, read: "2026-11-30"}
    kind: news
    languages: [en]
    stances:
      - {actor: {state: IE}, stance: support, target: lighthouses, reported: true}
"""


def stage_figures(tmp_path, capsys, found_text: str, no_cue_text: str) -> dict[str, int]:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "en-found.txt").write_text(found_text, encoding="utf-8")
    (cache / "en-no-cue.txt").write_text(no_cue_text, encoding="utf-8")
    assert main(["--split", "dev", "--cases-file", str(tmp_path / "cases.yaml"), "--cache-dir", str(cache)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "dev: 2 expected stances"
    counts = {}
    for line in lines[1:]:
        label, n, _ = line.rsplit(None, 2)
        counts[label.strip()] = int(n)
    return counts


def test_stages_count_where_each_expected_stance_stops(tmp_path, capsys) -> None:
    counts = stage_figures(
        tmp_path, capsys,
        "Portugal opposes Directive (EU) 2031/77, its ministers said in Lisbon on Monday.\n",
        "Ireland and Directive (EU) 2031/77 were both on the agenda in Dublin on Monday.\n",
    )
    assert counts["actor written in the text"] == 2
    assert counts["target resolved somewhere"] == 2
    assert counts["actor subject + resolved target in one sentence"] == 2
    assert counts["... and a predicate cue in that sentence"] == 1
    assert counts["stance found (as scored)"] == 1
