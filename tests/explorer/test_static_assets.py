"""The built explorer is in the package: api/static holds the page and every asset it names.

``pip install`` users and CI never run npm, so a missing or half-built ``api/static`` would
only show as a blank page; this fails first, without Neo4j or a browser. Rebuild with
``make web`` after editing ``web/``.
"""

from __future__ import annotations

import re
import tomllib
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.routes.explorer import STATIC
from core.settings import PROJECT_ROOT, AppSettings

ASSET_REF = re.compile(r'(?:src|href)="/assets/([^"]+)"')


def test_index_and_its_assets_are_built():
    index = STATIC / "index.html"
    assert index.is_file(), "api/static/index.html is missing: run `make web` and commit api/static"
    html = index.read_text(encoding="utf-8")
    refs = ASSET_REF.findall(html)
    assert any(r.endswith(".js") for r in refs), refs
    # The loading line's few styles are in the HTML: the first paint waits for no stylesheet file.
    assert re.search(r"<style>[^<]*\.busy \{", html) and '<link rel="stylesheet"' not in html, "the loading line's styles are not inlined"
    for name in refs:
        assert (STATIC / "assets" / name).is_file(), f"index.html names assets/{name}, which is not built"
    bundles = [p.name for p in (STATIC / "assets").glob("*.js")]
    assert any(n.startswith("cytoscape") for n in bundles), f"the graph library is not bundled: {bundles}"
    assert "/src/main.ts" not in index.read_text(encoding="utf-8"), "api/static/index.html is the unbuilt source page"


class BodyElements(HTMLParser):
    """The elements directly under <body>, with their ids."""

    def __init__(self):
        super().__init__()
        self.depth, self.in_body, self.top = 0, False, []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
            return
        if self.in_body and self.depth == 0:
            self.top.append((tag, dict(attrs).get("id")))
        if self.in_body and tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.in_body and tag != "body" and tag not in VOID:
            self.depth -= 1


VOID = {"meta", "link", "input", "br", "img", "hr"}


def test_the_html_holds_the_loading_line_alone():
    """A cold page's first paint lays out what the HTML holds: the loading line (and the no-script line), nothing else.
    The page's frame and its stylesheet come in a chunk of their own (src/frame.ts), the explorer in another
    (src/main.ts); the tiny entry (web/src/boot.ts) imports both after the first frame, and modulepreload links fetch
    them beside the HTML. No chunk asks for a stylesheet file: there is none."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    body = BodyElements()
    body.feed(html)
    assert body.top == [("p", "busy"), ("noscript", None)], body.top
    assert len(html.encode()) < 2048, len(html.encode())  # was 16 KB with the frame and every style in it
    preloaded = re.findall(r'<link rel="modulepreload" crossorigin href="/assets/([^"]+\.js)">', html)
    assert sorted(p.split("-")[0] for p in preloaded) == ["frame", "main"], preloaded
    entry = re.findall(r'<script type="module" crossorigin src="/assets/([^"]+)"', html)
    assert len(entry) == 1
    entry_text = (STATIC / "assets" / entry[0]).read_text(encoding="utf-8")
    assert all(name in entry_text for name in preloaded), "the entry does not import the preloaded chunks"
    assert (STATIC / "assets" / entry[0]).stat().st_size < 4096  # the entry is tiny: the first paint is not bought with it
    frame = next((STATIC / "assets").glob("frame-*.js")).read_text(encoding="utf-8")
    assert 'id="view-matrix"' in frame and ".site-header" in frame and 'type="date"' in frame
    for script in (STATIC / "assets").glob("*.js"):
        assert not re.search(r'"assets/[^"]+\.css"', script.read_text(encoding="utf-8")), script.name


def test_no_remote_scripts_or_styles():
    """Offline at run time: nothing the page loads comes from another host."""
    for path in [STATIC / "index.html", *(STATIC / "assets").glob("*.css"), *(STATIC / "assets").glob("frame-*.js")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'(?:src|href)="(?:https?:)?//', text), path.name
        assert "@import url(" not in text, path.name


def test_static_files_are_package_data():
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "static/**/*" in pyproject["tool"]["setuptools"]["package-data"]["api"]


@pytest.fixture(scope="module")
def client():
    # No request here reaches Neo4j: the drivers are opened lazily and never used.
    with TestClient(create_app(AppSettings()), raise_server_exceptions=False) as test_client:
        yield test_client


def test_page_and_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-cache"
    name = ASSET_REF.findall(page.text)[0]
    asset = client.get(f"/assets/{name}")
    assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]


@pytest.mark.parametrize("name", ["..%2Fmain.py", ".hidden.js", "missing.js", "index.html", "x.py"])
def test_only_built_assets_are_served(client, name):
    response = client.get(f"/assets/{name}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_the_page_is_served_from_memory_and_a_rebuilt_one_at_once(client, tmp_path, monkeypatch):
    """GET / answers index.html from memory (no worker-thread hops before the first byte), read again when the
    file changes, so a rebuilt page is served on the next load; a missing build is a 404 saying how to build it."""
    from api.routes import explorer

    monkeypatch.setattr(explorer, "STATIC", tmp_path)
    page = tmp_path / "index.html"
    page.write_text("<p>first build</p>", encoding="utf-8")
    assert client.get("/").text == "<p>first build</p>"
    page.write_text("<p>the second, longer build</p>", encoding="utf-8")
    assert client.get("/").text == "<p>the second, longer build</p>"
    page.unlink()
    missing = client.get("/")
    assert missing.status_code == 404 and "make web" in missing.json()["detail"]
