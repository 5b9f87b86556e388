"""Pack files (YAML or JSON) to validated, compiled packs, with every problem named."""

import json

import yaml
from marshmallow import ValidationError

from .pack import CompiledPack, compile_pack
from .problems import PackError, PackProblem
from .schema import PackSchema

MAX_PACK_BYTES = 1_000_000

_pack_schema = PackSchema()
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the same documents, several times faster."""


def parse_pack_text(text: str, source: str, fmt: str | None = None) -> dict:
    """The raw document in ``text``; ``fmt`` is "json" or "yaml" (None: by ``source``'s suffix)."""
    if len(text.encode("utf-8")) > MAX_PACK_BYTES:
        raise PackError([PackProblem(source, "pack", f"a pack file may be at most {MAX_PACK_BYTES} bytes")])
    if fmt is None:
        fmt = "json" if source.endswith(".json") else "yaml"
    try:
        document = json.loads(text) if fmt == "json" else yaml.load(text, Loader=_YAML_LOADER)
    except (json.JSONDecodeError, yaml.YAMLError) as broken:
        raise PackError([PackProblem(source, "pack", f"not valid {fmt.upper()}: {broken}")]) from None
    if not isinstance(document, dict):
        raise PackError(
            [PackProblem(source, "pack", "a pack must be a mapping with id, version, title, rules")]
        )
    return document


def validate_pack(document: dict, source: str = "pack") -> dict:
    """The document loaded through :class:`PackSchema`, or a :class:`PackError` naming each problem."""
    try:
        return _pack_schema.load(document)
    except ValidationError as invalid:
        pack_id = document.get("id") if isinstance(document.get("id"), str) else source
        raise PackError(_problems(pack_id, document, invalid.normalized_messages())) from None


def load_pack(document: dict, source: str = "pack") -> CompiledPack:
    return compile_pack(validate_pack(document, source))


def load_pack_text(text: str, source: str, fmt: str | None = None) -> CompiledPack:
    return load_pack(parse_pack_text(text, source, fmt), source)


def _problems(pack_id: str, document: dict, messages: dict) -> list[PackProblem]:
    problems = []
    raw_rules = document.get("rules") if isinstance(document.get("rules"), list) else []
    for field, message in messages.items():
        if field == "rules" and isinstance(message, dict):
            for index, rule_messages in message.items():
                rule_id = _rule_id(raw_rules, index)
                for path, text in _flatten(rule_messages):
                    problems.append(PackProblem(pack_id, path, text, rule_id))
        else:
            problems.extend(PackProblem(pack_id, path, text) for path, text in _flatten(message, field))
    return problems


def _rule_id(raw_rules: list, index) -> str:
    if isinstance(index, int) and index < len(raw_rules) and isinstance(raw_rules[index], dict):
        rule_id = raw_rules[index].get("id")
        if isinstance(rule_id, str) and rule_id:
            return rule_id
    return f"#{index + 1 if isinstance(index, int) else index}"


def _flatten(messages, prefix: str = ""):
    """(field path, message) pairs from marshmallow's nested error messages."""
    if isinstance(messages, dict):
        for key, nested in messages.items():
            if isinstance(key, int):
                path = f"{prefix}[{key}]"
            else:
                path = f"{prefix}.{key}" if prefix else str(key)
            yield from _flatten(nested, path)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, prefix)
    else:
        yield prefix or "pack", str(messages)
