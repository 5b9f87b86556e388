"""The built-in category ids and what each means (DESIGN §4)."""

CATEGORIES = {
    "arbitration": "Disputes go to binding arbitration instead of court",
    "class-action-waiver": "You give up class actions or jury trials",
    "jurisdiction": "Disputes must be brought in the provider's courts",
    "governing-law": "A law other than your own governs the contract",
    "limitation-of-liability": "The provider limits or excludes its liability",
    "indemnification": "You must pay the provider's costs for claims",
    "unilateral-change": "The provider may change the terms or prices on its own",
    "unilateral-termination": "The provider may suspend or close your account at will",
    "content-removal": "The provider may delete your content at will",
    "contract-by-using": "Merely using the site binds you to the terms",
    "content-license": "A broad licence to your content",
    "ai-training": "Your content or data may be used to train AI models",
    "data-ownership": "The provider claims rights in data generated from your use",
    "data-sharing": "Personal data is shared with or sold to third parties",
    "tracking": "Tracking across sites or devices, fingerprinting, ignoring Do Not Track",
    "data-retention": "Data is kept after deletion or indefinitely",
    "government-access": "Data is disclosed to authorities without notice",
    "monitoring": "The provider may read or review your messages, calls or files",
    "auto-renewal": "Recurring charges, renewals, no refunds",
}

CLAUDETTE_CATEGORIES = (
    "limitation-of-liability",
    "unilateral-termination",
    "unilateral-change",
    "content-removal",
    "contract-by-using",
    "governing-law",
    "jurisdiction",
    "arbitration",
)
"""The eight CLAUDETTE / LexGLUE UNFAIR-ToS labels, in LexGLUE's label-id order."""
