"""``python -m eval.dev.stages_lost``: the dev stances lost before a predicate is read, one
line each with the text's words, on a small dev set written here (the real extractor, no
server); blind cases are never listed."""

from eval.dev.stages_lost import main

CASES = """\
split_seed: 7
targets:
  lighthouses: {describe: a lighthouse directive, acts: ["celex:32031L0077"], match: ["lighthouse rules"]}
cases:
  - id: en-target-unread
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/a", title: A, read: "2026-11-30"}
    kind: news
    languages: [en]
    stances:
      - {actor: {state: PT}, stance: oppose, target: lighthouses}
  - id: en-apart
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/b", title: B, read: "2026-11-30"}
    kind: news
    languages: [en]
    stances:
      - {actor: {state: IE}, stance: support, target: lighthouses}
  - id: en-blind
    batch: 0
    split: blind
    source: {corpus: pages, query: q, url: "https://example.org/c", title: C, read: "2026-11-30"}
    kind: news
    languages: [en]
    stances:
      - {actor: {state: ES}, stance: support, target: lighthouses}
"""


def test_lost_stances_are_listed_by_stage_with_their_words_for_dev_only(tmp_path, capsys) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    # the target's words are written but name no act the rules know
    (cache / "en-target-unread.txt").write_text("Portugal opposes the new lighthouse rules.\n",
                                                encoding="utf-8")
    # actor and act each found, in different paragraphs
    (cache / "en-apart.txt").write_text("Directive (EU) 2031/77 and Directive (EU) 2031/78 were debated.\n\n"
                                        "Ireland spoke on Monday in Dublin.\n", encoding="utf-8")
    (cache / "en-blind.txt").write_text("Spain opposes the new lighthouse rules.\n", encoding="utf-8")
    assert main(["--cases-file", str(tmp_path / "cases.yaml"), "--cache-dir", str(cache)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("TARGET en-target-unread [en] PT oppose lighthouses") and "lighthouse rules" in line
               for line in out)
    assert any(line.startswith("APART  en-apart [en] IE support lighthouses: actor in: Ireland spoke") for line in out)
    assert any(line.strip().startswith("target in: Directive (EU) 2031/77") for line in out)
    assert not any("en-blind" in line for line in out)
