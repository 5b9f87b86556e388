"""Request and response schemas of the registry endpoints (packs and tokens), for validation and OpenAPI."""

from marshmallow import RAISE, Schema, fields, validate

from ..registry.tokens import ROLES


class PackVersionSummarySchema(Schema):
    version = fields.String(metadata={"example": "1.2.0"})
    published_at = fields.String(metadata={"description": "ISO 8601, UTC"})
    yanked = fields.Boolean()


class PackSummarySchema(Schema):
    id = fields.String(metadata={"example": "acme/source-safety"})
    title = fields.String()
    latest = fields.String(
        allow_none=True, metadata={"description": "Highest release not yanked (null when all are yanked)"}
    )
    versions = fields.List(fields.Nested(PackVersionSummarySchema))


class PackListSchema(Schema):
    packs = fields.List(fields.Nested(PackSummarySchema))


class PublishedPackSchema(Schema):
    """The pack document as published (DESIGN §5) plus the registry's fields."""

    id = fields.String(metadata={"example": "acme/source-safety"})
    version = fields.String(metadata={"example": "1.0.0"})
    title = fields.String()
    description = fields.String()
    case_sensitive = fields.Boolean()
    rules = fields.List(fields.Dict(), metadata={"description": "The rules, as in the pack file"})
    published_at = fields.String(metadata={"description": "ISO 8601, UTC"})
    yanked = fields.Boolean()
    yanked_at = fields.String(allow_none=True)


class TokenCreateRequestSchema(Schema):
    class Meta:
        unknown = RAISE

    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    label = fields.String(load_default="", validate=validate.Length(max=200))


class TokenSchema(Schema):
    id = fields.Integer()
    role = fields.String(validate=validate.OneOf(ROLES))
    label = fields.String()
    created_at = fields.String()
    revoked_at = fields.String(allow_none=True)


class CreatedTokenSchema(TokenSchema):
    token = fields.String(metadata={"description": "The token itself; shown only in this response"})


class TokenListSchema(Schema):
    tokens = fields.List(fields.Nested(TokenSchema))
