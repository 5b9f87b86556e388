"""Documents written for the Explain tests: each defines its terms in one of the styles legal
text uses, and holds a clause that relies on a term defined pages away."""

from dataclasses import dataclass


@dataclass(frozen=True)
class DefinitionCase:
    style: str
    document: str
    clause: str  # a sentence of the document that uses the term
    term: str
    definition_words: str  # words the definition found must contain


MEANS = """# Meetly Terms of Service

## 1. Who we are
Meetly Inc. runs video meetings for teams.

## 2. Your content
As used herein, "Customer Content" means any audio, video, chat messages, files and transcripts
that you or your participants upload to or create in the Services.

## 10. Licence
You grant Meetly a worldwide, royalty-free licence to host and process Customer Content for the Services.
"""

CURLY_BOLD = """Terms of Use

**“Materials”** refers to the photos, drawings and comments you post on Pinboard.

…many sections later…

Pinboard may display your Materials on other websites run by its partners.
"""

PARENTHETICAL = """Service Terms

These terms are between you and Harbor Data Ltd., a company registered in Ireland (“Harbor”).
Harbor collects records about how often you log in, which features you use and how long sessions last
(collectively, the ‘Service Generated Data’).

Harbor owns all right, title and interest in the Service Generated Data and may use it to improve Harbor.
"""

NAMED = """Community Guidelines

You can share recipes, photos of dishes and reviews of restaurants with other members.
We call these “Contributions”.

Rules for posting
We may remove any Contributions that break these guidelines without telling you first.
"""

COLLECTIVELY = """Privacy Notice

We receive your name, e-mail address and phone number from your employer, collectively "Work Profile Data".
We keep Work Profile Data for as long as your employer uses the service.
"""

DEFINITIONS_SECTION = """SOFTWARE LICENCE AGREEMENT

1. Definitions
In this agreement:
- **Device** – any phone, tablet or computer on which you install the App.
- Telemetry Data: technical data the App sends us about crashes, speed and battery use.
Authorised User means a person you allow to use the App under your account.

2. Licence
We may collect Telemetry Data from each Device and share it with our hardware partners.
"""

TERM_ON_ITS_OWN_LINE = """Glossary

Account
the profile you create to use the Platform, with your settings and history.

Payment Method
any card or bank account you add to pay for orders.

Orders
We may charge your Payment Method again if an order is returned late.
"""

CASES = [
    DefinitionCase(
        "means (as used herein)",
        MEANS,
        "You grant Meetly a worldwide, royalty-free licence to host and process Customer Content "
        "for the Services.",
        "Customer Content",
        "audio, video, chat messages, files and transcripts",
    ),
    DefinitionCase(
        "curly quotes, Markdown bold, refers to",
        CURLY_BOLD,
        "Pinboard may display your Materials on other websites run by its partners.",
        "Materials",
        "photos, drawings and comments",
    ),
    DefinitionCase(
        "parenthetical with single curly quotes",
        PARENTHETICAL,
        "Harbor owns all right, title and interest in the Service Generated Data "
        "and may use it to improve Harbor.",
        "Service Generated Data",
        "how often you log in",
    ),
    DefinitionCase(
        "we call these",
        NAMED,
        "We may remove any Contributions that break these guidelines without telling you first.",
        "Contributions",
        "recipes, photos of dishes and reviews",
    ),
    DefinitionCase(
        "collectively",
        COLLECTIVELY,
        "We keep Work Profile Data for as long as your employer uses the service.",
        "Work Profile Data",
        "name, e-mail address and phone number",
    ),
    DefinitionCase(
        "Definitions section",
        DEFINITIONS_SECTION,
        "We may collect Telemetry Data from each Device and share it with our hardware partners.",
        "Telemetry Data",
        "crashes, speed and battery use",
    ),
    DefinitionCase(
        "term on a line of its own",
        TERM_ON_ITS_OWN_LINE,
        "We may charge your Payment Method again if an order is returned late.",
        "Payment Method",
        "any card or bank account",
    ),
]

PRIVACY_POLICY = """Acme Voice Privacy Policy

1. What we collect
We collect the voice recordings you make in the app and the transcripts we create from them.

2. How we use it
We may use your voice recordings to train our speech recognition models.
We do not sell your personal information.

3. Your choices
You can opt out of model training at any time in Settings > Privacy > Voice data.
You cannot opt out of receiving security notices.
To delete your recordings, go to Settings > Account > Delete data, or write to privacy@acmevoice.test.
We may delete inactive accounts after two years.

4. Disputes
Any dispute will be settled by binding arbitration in Delaware.
You may opt out of arbitration by sending a notice to arbitration-optout@acmevoice.test
within 30 days of first accepting these terms.

5. Contact
If you have questions, contact us at hello@acmevoice.test.
"""
