"""scripts/build-extension: store zips for Chromium and Firefox, and the Firefox manifest."""

import json
import posixpath
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IMPORT = re.compile(r"""^import [^;]*? from '(\.{1,2}/[^']+)';""", re.MULTILINE)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, ROOT / "scripts" / "build-extension", "--out", out], check=True)
    return out


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def referenced_files(manifest: dict) -> set[str]:
    """Every file the manifest names (icons, scripts, styles, pages)."""
    names = set(manifest["icons"].values()) | set(manifest["action"]["default_icon"].values())
    names |= {manifest["action"]["default_popup"], manifest["options_ui"]["page"]}
    background = manifest["background"]
    names |= set(background.get("scripts", [])) | ({background.get("service_worker")} - {None})
    for entry in manifest["content_scripts"]:
        names |= set(entry["js"]) | set(entry["css"])
    return names


def module_imports(files: dict[str, bytes]) -> set[str]:
    """Files imported by the ES modules of the package, resolved against the importing file."""
    imported = set()
    for name, data in files.items():
        if name.endswith(".js"):
            for relative in IMPORT.findall(data.decode()):
                imported.add(posixpath.normpath(posixpath.join(posixpath.dirname(name), relative)))
    return imported


def test_builds_both_zips_with_every_file_the_manifests_name(built):
    version = json.loads((ROOT / "extension" / "manifest.json").read_text())["version"]
    for browser in ("chromium", "firefox"):
        files = read_zip(built / f"clauselens-{browser}-{version}.zip")
        manifest = json.loads(files["manifest.json"])
        assert referenced_files(manifest) <= set(files), browser
        assert not [name for name in files if name.startswith("test/")]


def test_chromium_zip_carries_the_source_manifest_and_files_unchanged(built):
    source_manifest = json.loads((ROOT / "extension" / "manifest.json").read_text())
    [chromium_zip] = built.glob("clauselens-chromium-*.zip")
    files = read_zip(chromium_zip)
    assert json.loads(files["manifest.json"]) == source_manifest
    assert files["content/text-map.js"] == (ROOT / "extension" / "content" / "text-map.js").read_bytes()
    assert source_manifest["background"] == {
        "service_worker": "background/service-worker.js",
        "type": "module",
    }


def test_firefox_variant_uses_background_scripts_and_a_gecko_id(built):
    [firefox_zip] = built.glob("clauselens-firefox-*.zip")
    files = read_zip(firefox_zip)
    manifest = json.loads(files["manifest.json"])
    assert manifest["background"] == {"scripts": ["background/service-worker.js"], "type": "module"}
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["id"] == "clauselens@clauselens.dev"
    assert gecko["data_collection_permissions"] == {"required": ["websiteContent", "browsingActivity"]}
    assert "minimum_chrome_version" not in manifest
    assert manifest["manifest_version"] == 3
    unpacked = json.loads((built / "firefox" / "manifest.json").read_text())
    assert unpacked == manifest


def test_every_module_import_resolves_inside_the_package(built):
    [firefox_zip] = built.glob("clauselens-firefox-*.zip")
    files = read_zip(firefox_zip)
    imports = module_imports(files)
    assert "background/settings.js" in imports
    assert imports <= set(files)


def test_zips_are_reproducible(built, tmp_path):
    subprocess.run([sys.executable, ROOT / "scripts" / "build-extension", "--out", tmp_path], check=True)
    for first in built.glob("*.zip"):
        assert (tmp_path / first.name).read_bytes() == first.read_bytes()
