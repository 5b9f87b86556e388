"""Request and response schemas of the HTTP API; the OpenAPI description is generated from them."""

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from ..severity import SEVERITIES

MAX_URL_CHARS = 4096
MAX_TITLE_CHARS = 1000
MAX_PACKS = 20


def pack_refs_field() -> fields.List:
    """The ``packs`` field of the analysis and explanation requests."""
    return fields.List(
        fields.String(),
        load_default=None,
        validate=validate.Length(max=MAX_PACKS),
        metadata={"description": "Pack refs: 'core', 'team/name', 'team/name@1.2.0'. Default: core."},
    )


class AnalyzeRequestSchema(Schema):
    class Meta:
        unknown = RAISE

    text = fields.String(metadata={"description": "Visible text of the page; offsets refer to it."})
    html = fields.String(metadata={"description": "HTML of the page; its main content is extracted."})
    url = fields.String(load_default="", validate=validate.Length(max=MAX_URL_CHARS))
    title = fields.String(load_default="", validate=validate.Length(max=MAX_TITLE_CHARS))
    packs = pack_refs_field()

    @validates_schema
    def text_or_html(self, data, **kwargs):
        if ("text" in data) == ("html" in data):
            raise ValidationError("Send exactly one of text and html.", "_schema")
        body = data.get("text", data.get("html"))
        if not body.strip():
            raise ValidationError("Must not be empty.", "text" if "text" in data else "html")


class EvidenceSchema(Schema):
    start = fields.Integer(metadata={"description": "UTF-16 offset in the analysed text"})
    end = fields.Integer()
    text = fields.String()


class FindingSchema(Schema):
    rule = fields.String(metadata={"example": "core/ai-training.content"})
    pack = fields.String(metadata={"example": "core@1.0.0"})
    category = fields.String()
    severity = fields.String(validate=validate.OneOf(SEVERITIES))
    title = fields.String()
    summary = fields.String()
    evidence = fields.List(fields.Nested(EvidenceSchema))


class QuoteSchema(Schema):
    exact = fields.String()
    prefix = fields.String()
    suffix = fields.String()


class ClauseSchema(Schema):
    id = fields.String(metadata={"example": "c17"})
    start = fields.Integer(metadata={"description": "UTF-16 offset in the analysed text"})
    end = fields.Integer()
    text = fields.String()
    quote = fields.Nested(QuoteSchema)
    severity = fields.String(validate=validate.OneOf(SEVERITIES))
    risky = fields.Boolean()
    findings = fields.List(fields.Nested(FindingSchema))


class DocumentSchema(Schema):
    title = fields.String()
    url = fields.String()
    kind = fields.String(validate=validate.OneOf(("terms", "privacy", "cookies", "other")))
    chars = fields.Integer(metadata={"description": "Length in UTF-16 code units"})
    clauses = fields.Integer(metadata={"description": "Number of clauses the text was split into"})
    sha256 = fields.String()


class SummarySchema(Schema):
    grade = fields.String(validate=validate.OneOf("ABCDE"))
    score = fields.Integer()
    counts = fields.Dict(keys=fields.String(), values=fields.Integer())


class PackIdSchema(Schema):
    id = fields.String()
    version = fields.String()


class AnalysisSchema(Schema):
    document = fields.Nested(DocumentSchema)
    summary = fields.Nested(SummarySchema)
    clauses = fields.List(fields.Nested(ClauseSchema))
    packs = fields.List(fields.Nested(PackIdSchema))


class HealthSchema(Schema):
    status = fields.String(metadata={"example": "ok"})
    version = fields.String()
    packs = fields.List(fields.Dict())


class ErrorBodySchema(Schema):
    code = fields.String(metadata={"example": "validation_failed"})
    message = fields.String()
    details = fields.Dict()


class ErrorSchema(Schema):
    error = fields.Nested(ErrorBodySchema)
