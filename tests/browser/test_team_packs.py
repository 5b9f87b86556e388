"""Team packs in the extension: a team publishes a pack on the live service (real SQLite file),
the options page lists and subscribes to it, the worker refreshes subscriptions on their alarm
with ETags and keeps the last good copy, and the pack's highlights name it."""

import json
import time

from ..packhelpers import pack, rule
from .conftest import STAFF_ACCESS, TEAM_PACK_ID, WAIT_SECONDS
from .test_popup_and_badge import closed_port_url

PACK_ID = TEAM_PACK_ID
FIRE_REFRESH_ALARM = (
    "() => chrome.alarms.create('clauselens-refresh-packs', {when: Date.now(), periodInMinutes: 10})"
)
READ_COPY = "async (key) => (await chrome.storage.local.get(key))[key] ?? null"
EXPIRE_COPY = """async (key) => {
  const copy = (await chrome.storage.local.get(key))[key];
  await chrome.storage.local.set({[key]: {...copy, expiresAt: 0}});
}"""


def copy_of(extension, pack_id=PACK_ID):
    return extension.worker.evaluate(READ_COPY, f"subscription:{pack_id}")


def wait_for_copy(extension, predicate, pack_id=PACK_ID):
    deadline = time.monotonic() + WAIT_SECONDS
    copy = None
    while time.monotonic() < deadline:
        copy = copy_of(extension, pack_id)
        if copy and predicate(copy):
            return copy
        time.sleep(0.05)
    raise AssertionError(f"the copy of {pack_id} never matched; last: {json.dumps(copy)[:400]}")


def refresh_on_alarm(extension, predicate, pack_id=PACK_ID):
    """Fires the refresh alarm (unpacked extensions may fire alarms at once) and waits for the copy."""
    extension.worker.evaluate(FIRE_REFRESH_ALARM)
    return wait_for_copy(extension, predicate, pack_id)


def test_a_subscribed_team_pack_flags_the_page_and_names_itself(
    extension, service, pages, acme, recordings_page
):
    acme.publish(pack())
    listed = extension.list_team_packs(acme.reader)
    assert "Source safety" in listed.inner_text() and "latest 1.0.0" in listed.inner_text()
    listed.get_by_role("button", name=f"Subscribe to {PACK_ID}").click()
    listed.get_by_text("Subscribed: using version 1.0.0 (1 rule)").wait_for()
    settings = extension.worker.evaluate("() => chrome.storage.sync.get(['token', 'packs'])")
    assert settings == {"token": acme.reader, "packs": ["core", PACK_ID]}

    page = extension.open(recordings_page)
    extension.wait_for_highlights(page)
    [call] = service.calls_for(page.url)
    assert call.authorization == f"Bearer {acme.reader}"
    assert call.body["packs"] == ["core", f"{PACK_ID}@1.0.0"], "analyses use the version of the copy"
    assert call.status == 200
    [clause] = [c for c in call.response["clauses"] if c["text"] == STAFF_ACCESS]
    assert [f["pack"] for f in clause["findings"]] == [f"{PACK_ID}@1.0.0"]
    assert any(f["pack"].startswith("core@") for c in call.response["clauses"] for f in c["findings"])

    page.locator(f'clauselens-highlight[data-clauselens-id="{clause["id"]}"]').first.hover()
    tooltip = page.locator("[data-clauselens-tooltip] .card")
    tooltip.wait_for(state="visible")
    assert "Staff may access your recordings" in tooltip.inner_text()
    assert f"Flagged by the {PACK_ID} pack (1.0.0) · recordings-access" in tooltip.inner_text()

    popup = extension.open_popup(extension.tab_id(page))
    listed_clause = popup.locator(f'.clause[data-clause-id="{clause["id"]}"]')
    assert f"{PACK_ID} 1.0.0" in listed_clause.inner_text()
    assert f"{PACK_ID} 1.0.0" in popup.locator(".packs-line").inner_text()

    listed.get_by_role("button", name=f"Unsubscribe from {PACK_ID}").click()
    listed.get_by_role("button", name=f"Subscribe to {PACK_ID}").wait_for()
    assert extension.worker.evaluate("async () => (await chrome.storage.sync.get('packs')).packs") == ["core"]
    assert copy_of(extension) is None


def test_subscriptions_refresh_with_etags_each_on_its_own_expiry(extension, service, pages, acme):
    acme.publish(pack())
    acme.publish(pack(id="acme/billing", title="Billing"))
    # Subscribed elsewhere (storage.sync): the alarm fetches what has no copy yet.
    extension.set_settings(token=acme.reader, packs=["core", PACK_ID, "acme/billing"])
    first = refresh_on_alarm(extension, lambda copy: copy["pack"] is not None)
    wait_for_copy(extension, lambda copy: copy["pack"] is not None, "acme/billing")
    assert first["pack"]["version"] == "1.0.0" and first["etag"] and first["error"] is None
    assert first["expiresAt"] > time.time() * 1000 + 50 * 60 * 1000

    def reads_of(pack_id):
        return [read for read in service.pack_reads if read.path == f"/v1/packs/{pack_id}"]

    assert [(read.if_none_match, read.status) for read in reads_of(PACK_ID)] == [(None, 200)]
    assert reads_of(PACK_ID)[0].authorization == f"Bearer {acme.reader}"

    # A new version: the ETag no longer matches, the new copy replaces the old one.
    acme.publish(pack(rule(), rule(id="recordings-kept"), version="1.1.0"))
    extension.worker.evaluate(EXPIRE_COPY, f"subscription:{PACK_ID}")
    second = refresh_on_alarm(extension, lambda copy: copy["pack"]["version"] == "1.1.0")
    assert reads_of(PACK_ID)[-1].if_none_match == first["etag"] and reads_of(PACK_ID)[-1].status == 200
    assert second["etag"] != first["etag"] and len(second["pack"]["rules"]) == 2

    # Unchanged: a bodiless 304 confirms the copy. The other pack has not expired and is not read.
    extension.worker.evaluate(EXPIRE_COPY, f"subscription:{PACK_ID}")
    third = refresh_on_alarm(extension, lambda copy: copy["checkedAt"] > second["checkedAt"])
    assert (reads_of(PACK_ID)[-1].if_none_match, reads_of(PACK_ID)[-1].status) == (second["etag"], 304)
    assert third["pack"] == second["pack"] and third["updatedAt"] > second["updatedAt"]
    assert len(reads_of("acme/billing")) == 1

    # A yanked version leaves "latest": the subscription follows it back to 1.0.0.
    acme.yank("1.1.0")
    extension.worker.evaluate(EXPIRE_COPY, f"subscription:{PACK_ID}")
    refresh_on_alarm(extension, lambda copy: copy["pack"]["version"] == "1.0.0")


def test_an_unreachable_service_keeps_the_last_good_copy_and_says_so(extension, service, pages, acme):
    acme.publish(pack())
    listed = extension.list_team_packs(acme.reader)
    listed.get_by_role("button", name=f"Subscribe to {PACK_ID}").click()
    good = wait_for_copy(extension, lambda copy: copy["pack"] is not None)

    extension.set_settings(serverUrl=closed_port_url())
    extension.worker.evaluate(EXPIRE_COPY, f"subscription:{PACK_ID}")
    failed = refresh_on_alarm(extension, lambda copy: copy["error"] is not None)
    assert failed["error"]["code"] == "service_unreachable"
    assert (failed["pack"], failed["etag"], failed["updatedAt"]) == (
        good["pack"],
        good["etag"],
        good["updatedAt"],
    )
    assert failed["failures"] == 1
    now_ms = time.time() * 1000
    assert now_ms < failed["expiresAt"] <= now_ms + 10 * 60 * 1000, "a failed refresh is retried sooner"

    state = listed.locator(".pack-subscription")
    state.get_by_text("Still using version 1.0.0").wait_for()
    assert "The last check failed: The clauselens service could not be reached." in state.inner_text()


def test_options_say_why_the_team_packs_cannot_be_listed(extension, service, pages, acme):
    options = extension.open_options()
    assert service.url in options.locator("#team-server").inner_text()
    options.get_by_label("Team token").fill("clt_not-a-token")
    options.get_by_role("button", name="Show team packs").click()
    status = options.locator("#team-status")
    status.get_by_text("Could not list the team’s packs").wait_for()
    assert "The token is unknown or has been revoked." in status.inner_text()
    assert options.locator(".pack").count() == 0
