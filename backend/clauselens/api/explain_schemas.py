"""Request and response schemas of POST /v1/explain (DESIGN §3, "Explanation response")."""

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates

from ..explain.pipeline import MAX_CLAUSE_CHARS
from ..severity import SEVERITIES
from .schemas import MAX_URL_CHARS, FindingSchema, PackIdSchema, pack_refs_field


class ExplainRequestSchema(Schema):
    class Meta:
        unknown = RAISE

    clause = fields.String(
        required=True,
        validate=validate.Length(max=MAX_CLAUSE_CHARS),
        metadata={"description": f"The clause to explain, at most {MAX_CLAUSE_CHARS} characters."},
    )
    document = fields.String(
        load_default=None,
        metadata={
            "description": "The whole text the clause came from: its defined terms and its opt-out, "
            "settings and contact sentences are used. Bounded only by the request body limit."
        },
    )
    url = fields.String(load_default="", validate=validate.Length(max=MAX_URL_CHARS))
    packs = pack_refs_field()

    @validates("clause")
    def clause_has_words(self, value, **kwargs):
        if not value.strip():
            raise ValidationError("Must not be empty.")


class ExplainedClauseSchema(Schema):
    text = fields.String()
    severity = fields.String(
        allow_none=True,
        validate=validate.OneOf(SEVERITIES),
        metadata={"description": "The riskiest finding's severity; null when no rule matched."},
    )
    findings = fields.List(
        fields.Nested(FindingSchema),
        metadata={"description": "As in /v1/analyze; evidence offsets are UTF-16 offsets in the clause."},
    )


class TermSchema(Schema):
    term = fields.String(metadata={"example": "Customer Content"})
    definition = fields.String()
    source = fields.String(
        validate=validate.OneOf(("document", "glossary")),
        metadata={"description": "document: defined in the document sent; glossary: clauselens's glossary."},
    )


class WordSchema(Schema):
    text = fields.String(metadata={"description": "The clause's own words"})
    start = fields.Integer(metadata={"description": "UTF-16 offset in the clause"})
    end = fields.Integer()


class PointDetailSchema(Schema):
    point = fields.String(metadata={"description": "The point, as in explanation.points"})
    group = fields.String(validate=validate.OneOf(("scope", "data", "purpose", "condition")))
    about = fields.String(metadata={"example": "perpetual"})
    words = fields.List(fields.Nested(WordSchema), metadata={"description": "The words the point explains"})


class ExplanationSchema(Schema):
    summary = fields.String(metadata={"description": "What the clause lets whom do, in plain words."})
    points = fields.List(fields.String(), metadata={"example": ["perpetual: it never ends."]})
    terms = fields.List(fields.Nested(TermSchema))
    actions = fields.List(fields.String(), metadata={"description": "What the reader can do about it."})
    point_details = fields.List(
        fields.Nested(PointDetailSchema), metadata={"description": "For each point, the words it is about."}
    )


class ReadabilitySchema(Schema):
    clause_grade = fields.Float(metadata={"description": "Flesch–Kincaid grade of the clause"})
    explanation_grade = fields.Float(
        metadata={"description": "Flesch–Kincaid grade of the summary, points and glossary meanings"}
    )


class ExplanationResponseSchema(Schema):
    clause = fields.Nested(ExplainedClauseSchema)
    explanation = fields.Nested(ExplanationSchema)
    readability = fields.Nested(ReadabilitySchema)
    packs = fields.List(fields.Nested(PackIdSchema))
