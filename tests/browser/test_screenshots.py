"""Screenshots of a realistic terms page with highlights, the Explain popover, the popup and the
options, light and dark.

Saved under var/screenshots/ (git-ignored) for a person to look at; the assertions check
that what the screenshots show is really there (highlights drawn, the tooltip, the popover,
the popup's list) and that the popover follows the colour scheme.
"""

import pytest
from playwright.sync_api import sync_playwright

from ..packhelpers import pack
from .conftest import TEAM_PACK_ID, launch


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_highlighted_terms_and_popup(tmp_path, service, pages, screenshots_dir, scheme):
    with sync_playwright() as playwright:
        extension = launch(playwright, tmp_path / "profile", color_scheme=scheme)
        extension.set_settings(serverUrl=service.url)
        page = extension.open(pages.url("legal/terms.html"))
        state = extension.wait_for_highlights(page)
        assert state["drawn"] > 0

        page.screenshot(path=screenshots_dir / f"terms-{scheme}-full.png", full_page=True)
        page.evaluate("() => document.querySelector('#inline-clause').scrollIntoView({block: 'center'})")
        page.locator("#inline-clause clauselens-highlight").first.hover()
        page.locator("[data-clauselens-tooltip] .card").wait_for(state="visible")
        page.screenshot(path=screenshots_dir / f"terms-{scheme}-tooltip.png")

        page.mouse.move(2, 2)
        owned_data = page.locator("clauselens-highlight", has_text="As between you and Northwind")
        owned_data.evaluate("(highlight) => highlight.scrollIntoView({block: 'center'})")
        page.evaluate("() => window.scrollBy(0, 200)")
        owned_data.click(position={"x": 40, "y": 10})
        dialog = page.locator('[data-clauselens-popover][data-state="explained"] [role="dialog"]')
        dialog.wait_for(state="visible")
        assert dialog.locator('[data-source="document"]').count() > 0
        background = dialog.evaluate("(dialog) => getComputedStyle(dialog).backgroundColor")
        assert background == {"light": "rgb(255, 255, 255)", "dark": "rgb(31, 36, 48)"}[scheme]
        page.screenshot(path=screenshots_dir / f"explain-{scheme}.png")
        page.keyboard.press("Escape")

        popup = extension.open_popup(extension.tab_id(page))
        popup.set_viewport_size({"width": 380, "height": 640})
        popup.locator(".clause").first.wait_for()
        popup.screenshot(path=screenshots_dir / f"popup-{scheme}.png", full_page=True)

        options = extension.open_options()
        options.set_viewport_size({"width": 760, "height": 900})
        options.locator('[data-sample="dark"] clauselens-highlight').first.wait_for()
        assert options.locator("clauselens-highlight").count() == 10
        options.screenshot(path=screenshots_dir / f"options-{scheme}.png", full_page=True)
        extension.context.close()


def test_screenshots_of_a_team_pack_subscribed_and_flagging_a_page(
    extension, service, screenshots_dir, acme, recordings_page
):
    acme.publish(pack())
    listed = extension.list_team_packs(acme.reader)
    listed.get_by_role("button", name=f"Subscribe to {TEAM_PACK_ID}").click()
    listed.get_by_text("Subscribed: using version 1.0.0").wait_for()
    options = listed.page
    options.set_viewport_size({"width": 760, "height": 900})
    options.locator("#team").screenshot(path=screenshots_dir / "options-team-packs.png")

    page = extension.open(recordings_page)
    extension.wait_for_highlights(page)
    highlight = page.locator("#staff-access clauselens-highlight").first
    highlight.evaluate("(element) => element.scrollIntoView({block: 'center'})")
    highlight.hover()
    tooltip = page.locator("[data-clauselens-tooltip] .card")
    tooltip.wait_for(state="visible")
    assert f"Flagged by the {TEAM_PACK_ID} pack (1.0.0)" in tooltip.inner_text()
    page.screenshot(path=screenshots_dir / "terms-team-pack-tooltip.png")
