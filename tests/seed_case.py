"""The seed case: the 2023 clauses of a videoconferencing company's terms, quoted and reworded."""

LICENCE_QUOTED = (
    "You agree to grant and hereby grant the Company a perpetual, worldwide, non-exclusive, royalty-free, "
    "sublicensable, and transferable license and all other rights required or necessary to redistribute, "
    "publish, import, access, use, store, transmit, review, disclose, preserve, extract, modify, reproduce, "
    "share, use, display, copy, distribute, translate, transcribe, create derivative works, and process "
    "Customer Content and to perform all acts with respect to the Customer Content, "
    "including for the purpose "
    "of product and service development, marketing, analytics, quality assurance, machine learning, "
    "artificial intelligence, training, testing, improvement of the Services, Software, or the Company's "
    "other products, services, and software, or any combination thereof."
)
OWNERSHIP_QUOTED = (
    "As between you and the Company, all right, title, and interest in and to Service Generated Data, "
    "and all Proprietary Rights therein, belong to and are retained solely by the Company."
)
CONSENT_QUOTED = (
    "You consent to the Company's access, use, collection, creation, modification, distribution, processing, "
    "sharing, maintenance, and storage of Service Generated Data for any purpose, to the extent and in the "
    "manner permitted under applicable Law, including for the purpose of product and service development, "
    "marketing, analytics, quality assurance, machine learning or artificial intelligence (including for the "
    "purposes of training and tuning of algorithms and models), training, testing, "
    "improvement of the Services, "
    "Software, or the Company's other products, services, and software, or any combination thereof."
)
CORRECTION_QUOTED = (
    "Notwithstanding the above, the Company will not use audio, video or chat Customer Content to train our "
    "artificial intelligence models without your consent."
)

LICENCE_OWN_WORDS = (
    "By uploading anything to the platform you give us a never-ending, irrevocable, worldwide licence, "
    "which we may pass on to others, to copy, adapt and use your recordings and files, including to "
    "train our machine-learning systems."
)
OWNERSHIP_OWN_WORDS = (
    "Telemetry and other usage data generated while you use the app is owned exclusively by us, "
    "and all rights in it belong to us."
)
CONSENT_OWN_WORDS = (
    "You agree that we may use the data your meetings generate for any purpose, including to develop "
    "and train our AI models and algorithms."
)
CORRECTION_OWN_WORDS = "We will never use your calls, chats or recordings to train machine-learning models."

SEED_DOCUMENT = "\n\n".join(
    [
        "Terms of Service",
        "10.2 Service Generated Data; Consent to Use. " + CONSENT_QUOTED,
        "10.3 Ownership. " + OWNERSHIP_QUOTED,
        "10.4 Customer License Grant. " + LICENCE_QUOTED + " " + CORRECTION_QUOTED,
        "Plain-language summary",
        LICENCE_OWN_WORDS + " " + OWNERSHIP_OWN_WORDS,
        CONSENT_OWN_WORDS + " " + CORRECTION_OWN_WORDS,
    ]
)
