"""The rule-pack document format (DESIGN §5) as marshmallow schemas, and its limits."""

import re

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from ..severity import SEVERITIES

MAX_RULES = 1000
MAX_PATTERN_CHARS = 2000
MAX_CONDITION_DEPTH = 6
MAX_CONDITION_ITEMS = 200
MAX_EXAMPLES_PER_KIND = 50
MAX_TEXT_CHARS = 4000
"""Limits a pack must respect; they bound compile time and memory for untrusted packs."""

PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}(/[a-z0-9][a-z0-9-]{0,63})?$")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")
CATEGORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$"
)
CONDITION_KEYS = ("all", "any", "none")


class ConditionField(fields.Field):
    """A ``match`` condition: a mapping of all/any/none to lists of patterns or conditions."""

    def _deserialize(self, value, attr, data, **kwargs):
        return _condition(value, depth=1)


def _condition(value, depth: int) -> dict:
    if depth > MAX_CONDITION_DEPTH:
        raise ValidationError(f"conditions may nest at most {MAX_CONDITION_DEPTH} deep")
    if not isinstance(value, dict):
        raise ValidationError("must be a mapping with any of the keys all, any, none")
    unknown = sorted(set(value) - set(CONDITION_KEYS))
    if unknown:
        raise ValidationError(f"unknown key(s) {', '.join(map(str, unknown))}; use all, any, none")
    if not value:
        raise ValidationError("must have at least one of the keys all, any, none")
    condition = {}
    for key, items in value.items():
        if not isinstance(items, list) or not items:
            raise ValidationError(f"{key}: must be a non-empty list")
        if len(items) > MAX_CONDITION_ITEMS:
            raise ValidationError(f"{key}: at most {MAX_CONDITION_ITEMS} items")
        condition[key] = [_item(item, f"{key}[{index}]", depth) for index, item in enumerate(items)]
    return condition


def _item(item, where: str, depth: int):
    if isinstance(item, str):
        if not item:
            raise ValidationError(f"{where}: a pattern must not be empty")
        if len(item) > MAX_PATTERN_CHARS:
            raise ValidationError(f"{where}: a pattern may be at most {MAX_PATTERN_CHARS} characters")
        return item
    if isinstance(item, dict):
        try:
            return _condition(item, depth + 1)
        except ValidationError as nested:
            raise ValidationError(f"{where}.{_first_message(nested)}") from None
    raise ValidationError(f"{where}: must be a pattern string or a nested condition")


def _first_message(error: ValidationError) -> str:
    messages = error.messages
    while isinstance(messages, (list, dict)):
        messages = next(iter(messages.values() if isinstance(messages, dict) else messages))
    return str(messages)


def _example_list():
    return fields.List(
        fields.String(validate=validate.Length(min=1, max=MAX_TEXT_CHARS)),
        required=True,
        validate=validate.Length(min=1, max=MAX_EXAMPLES_PER_KIND),
    )


class ExamplesSchema(Schema):
    class Meta:
        unknown = RAISE

    match = _example_list()
    no_match = _example_list()


class RuleSchema(Schema):
    class Meta:
        unknown = RAISE

    id = fields.String(
        required=True,
        validate=validate.Regexp(RULE_ID, error="must be lowercase letters, digits, '.', '_' or '-'"),
    )
    category = fields.String(
        required=True,
        validate=validate.Regexp(CATEGORY_ID, error="must be a lowercase id such as ai-training"),
    )
    severity = fields.String(required=True, validate=validate.OneOf(SEVERITIES))
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    summary = fields.String(required=True, validate=validate.Length(min=1, max=500))
    explanation = fields.String(load_default=None, validate=validate.Length(max=MAX_TEXT_CHARS))
    match = ConditionField(required=True)
    examples = fields.Nested(ExamplesSchema, required=True)


class PackSchema(Schema):
    class Meta:
        unknown = RAISE

    id = fields.String(
        required=True,
        validate=validate.Regexp(PACK_ID, error="must be 'name' or 'team/name' in lowercase"),
    )
    version = fields.String(
        required=True, validate=validate.Regexp(SEMVER, error="must be a semantic version such as 1.2.0")
    )
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    description = fields.String(load_default="", validate=validate.Length(max=MAX_TEXT_CHARS))
    case_sensitive = fields.Boolean(load_default=False)
    rules = fields.List(
        fields.Nested(RuleSchema),
        required=True,
        validate=validate.Length(min=1, max=MAX_RULES),
    )

    @validates_schema
    def rule_ids_are_unique(self, data, **kwargs):
        seen = set()
        for index, rule in enumerate(data.get("rules", [])):
            if rule["id"] in seen:
                raise ValidationError({index: {"id": [f"duplicate rule id {rule['id']}"]}}, "rules")
            seen.add(rule["id"])
