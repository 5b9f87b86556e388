"""Bad and blocker cases of the ToS;DR case list that fall in the privacy categories: one sentence
of our own for each, flagged risky in the fitting category (the case id names the ToS;DR case)."""

import pytest
from clauselens.engine.matcher import match_clause
from clauselens.packs import builtin_packs
from clauselens.severity import is_risky

CASES = [
    (
        127,
        "tracking",
        "Third-party cookies are used on this site; you can block them in your browser settings.",
    ),
    (128, "tracking", "Advertising partners place third-party cookies on your device to show you ads."),
    (129, "tracking", "We track your activity on other websites and apps through our partners."),
    (217, "tracking", "Our newsletters contain tracking pixels that tell us if you opened them."),
    (233, "tracking", "We do not respond to Do Not Track signals from your browser."),
    (307, "tracking", "We use the Facebook pixel and social media plugins on our pages."),
    (323, "tracking", "We use web beacons and browser fingerprinting to recognise your device."),
    (325, "tracking", "Third-party cookies collect statistics about how visitors use the site."),
    (387, "tracking", "We log the referring web page that brought you to our site."),
    (478, "tracking", "Even if you opt out, we may still collect information about your browsing."),
    (326, "tracking", "Information about you is combined across all of our products and services."),
    (118, "content-license", "You waive any moral rights you have in the content you post."),
    (179, "content-license", "We may publish your submissions without attribution to you."),
    (
        180,
        "content-license",
        "You license your content to us for use in our current and future products and services.",
    ),
    (182, "content-license", "Any suggestions you send us become our exclusive property."),
    (
        164,
        "government-access",
        "We may disclose your personal information to authorities without notifying you.",
    ),
    (
        130,
        "content-license",
        "The licence you grant us in your content survives the closure of your account.",
    ),
    (134, "content-license", "We may sublicense your content to third parties."),
    (
        139,
        "content-license",
        "You grant us a licence to distribute your content in any media now known or later developed.",
    ),
    (
        243,
        "data-sharing",
        "If we go bankrupt or are acquired, your personal data may be sold as part of our assets.",
    ),
    (178, "data-retention", "Server logs are retained indefinitely."),
    (185, "data-ownership", "We may use your personal information for any purpose."),
    (187, "data-sharing", "Your personal data may be stored and processed in any country in the world."),
    (234, "tracking", "We collect information about you even if you do not have an account."),
    (239, "monitoring", "Our staff can read your private messages."),
    (322, "monitoring", "The app may access your camera, microphone and contact list."),
    (373, "tracking", "We collect your location data and may share it with our partners."),
    (396, "data-sharing", "We may sell your personal information unless you opt out."),
    (411, "data-sharing", "Your personal data is transferred to and stored in the United States."),
    (172, "data-retention", "Once created, your account cannot be deleted."),
    (173, "content-license", "We keep the licence to your content even after you stop using your account."),
    (174, "data-retention", "We keep content you have deleted on our servers."),
    (304, "data-retention", "We may keep an anonymised record of your data after the retention period ends."),
    (
        333,
        "data-retention",
        "We retain some personal data for our legitimate business interests and legal obligations.",
    ),
    (
        166,
        "data-sharing",
        "We share your personal data with third parties who are not needed to run the service.",
    ),
    (382, "tracking", "We receive information about you from third parties such as data brokers."),
    (497, "auto-renewal", "We may change subscription prices at any time without notice to you."),
    (132, "content-license", "You grant us a worldwide licence to use your content for any purpose."),
    (
        133,
        "content-license",
        "You grant us a perpetual, irrevocable, sublicensable licence to your content in any media.",
    ),
    (395, "tracking", "We collect your browsing history."),
    (397, "tracking", "We collect facial geometry and other biometric data from your photos."),
    (400, "tracking", "We collect the precise GPS location of your device."),
    (489, "data-sharing", "Your voice recordings may be shared with third-party partners."),
    (216, "tracking", "We use your personal data to show you targeted advertising."),
    (220, "tracking", "Third-party advertisers use your data to show you interest-based ads."),
    (327, "content-license", "Your name and profile picture may appear in ads shown to your friends."),
    (487, "data-sharing", "We may share sensitive data such as your health information with advertisers."),
    (479, "data-retention", "You cannot delete posts you have already published."),
]


@pytest.mark.parametrize(("case", "category", "sentence"), CASES, ids=[str(case) for case, _, _ in CASES])
def test_reviewer_case_is_flagged_in_its_category(case, category, sentence):
    core = builtin_packs()["core"]
    severities = {m.rule.severity for m in match_clause([core], sentence) if m.rule.category == category}
    assert any(is_risky(severity) for severity in severities), f"ToS;DR case {case} not covered"
