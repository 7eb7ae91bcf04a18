"""The built explorer is in the package: api/static holds the page and every asset it names.

``pip install`` users and CI never run npm, so a missing or half-built ``api/static`` would
only show as a blank page; this fails first, without Neo4j or a browser. Rebuild with
``make web`` after editing ``web/``.
"""

from __future__ import annotations

import re
import tomllib

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
    # The styles are inlined (web/vite.config.ts): the first paint waits for no stylesheet file.
    assert re.search(r"<style>[^<]*\.busy\{", html) and '<link rel="stylesheet"' not in html, "the page's styles are not inlined"
    for name in refs:
        assert (STATIC / "assets" / name).is_file(), f"index.html names assets/{name}, which is not built"
    bundles = [p.name for p in (STATIC / "assets").glob("*.js")]
    assert any(n.startswith("cytoscape") for n in bundles), f"the graph library is not bundled: {bundles}"
    assert "/src/main.ts" not in index.read_text(encoding="utf-8"), "api/static/index.html is the unbuilt source page"


def test_the_first_frame_waits_for_no_explorer_script():
    """The page's frame waits behind the `booting` class for the tiny entry (web/src/boot.ts), which imports the
    explorer only after the first frame; the explorer's file is fetched beside the HTML all the same (modulepreload).
    No chunk asks for a stylesheet file: there is none, the styles are inlined."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="en" class="booting">', html) and ".booting body>" in html
    assert not re.search(r'\stype="date"', html) and 'data-type="date"' in html  # the date field gets its type with the frame
    preloaded = re.findall(r'<link rel="modulepreload" crossorigin href="/assets/([^"]+\.js)">', html)
    assert len(preloaded) == 1 and (STATIC / "assets" / preloaded[0]).is_file(), preloaded
    entry = re.findall(r'<script type="module" crossorigin src="/assets/([^"]+)"', html)
    assert len(entry) == 1 and preloaded[0] in (STATIC / "assets" / entry[0]).read_text(encoding="utf-8")
    assert (STATIC / "assets" / entry[0]).stat().st_size < 4096  # the entry is tiny: the first paint is not bought with it
    for script in (STATIC / "assets").glob("*.js"):
        assert not re.search(r'"assets/[^"]+\.css"', script.read_text(encoding="utf-8")), script.name


def test_no_remote_scripts_or_styles():
    """Offline at run time: nothing the page loads comes from another host."""
    for path in [STATIC / "index.html", *(STATIC / "assets").glob("*.css")]:
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
