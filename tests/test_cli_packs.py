"""`clauselens pack init|test|lint` on files: a scaffold that passes, failures named by rule."""

import pytest
import yaml
from clauselens.registry.publishing import MAX_PUBLISHED_PATTERN_CHARS

from .clihelpers import one_line, run_clauselens
from .packhelpers import pack, rule
from .registryhelpers import team_pack


def write_pack(folder, document, name="pack.yaml"):
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_init_writes_a_pack_that_passes_test_and_lint(tmp_path):
    created = run_clauselens("pack", "init", "acme/source-safety", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    path = tmp_path / "source-safety.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (document["id"], document["version"], len(document["rules"])) == ("acme/source-safety", "0.1.0", 1)
    tested = run_clauselens("pack", "test", path.name, cwd=tmp_path)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "ok: acme/source-safety@0.1.0, 1 rules, 3 examples pass" in tested.stdout
    linted = run_clauselens("pack", "lint", path.name, cwd=tmp_path)
    assert (linted.returncode, linted.stdout.strip()) == (0, "ok: source-safety.yaml (1 rules)")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["pack", "init", "Acme Pack"], "not a team pack id"),
        (["pack", "init", "no-team"], "not a team pack id"),
        (["pack", "init", "acme/taken", "--output", "taken.yaml"], "already exists"),
        (["pack", "test", "missing.yaml"], "no such file"),
        (["pack", "lint", "broken.yaml"], "not valid YAML"),
        (["pack", "publish", "local.yaml", "--token", "x"], "must be a team pack id"),
    ],
)
def test_bad_input_is_one_line_and_status_2(tmp_path, arguments, message):
    (tmp_path / "taken.yaml").write_text("id: x\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    write_pack(tmp_path, pack(id="local"), "local.yaml")
    result = run_clauselens(*arguments, cwd=tmp_path)
    assert result.returncode == 2
    assert message in one_line(result.stderr)


def test_a_failing_example_names_the_rule_and_the_example(tmp_path):
    missed = "Employees may hear your calls."
    wrong = rule(id="too-narrow", examples={"match": [missed], "no_match": ["Hi."]})
    path = write_pack(tmp_path, team_pack(rule(id="fine"), wrong))
    result = run_clauselens("pack", "test", str(path))
    assert result.returncode == 1
    assert result.stdout.strip() == f"FAIL rule too-narrow: example should match but did not: {missed!r}"
    assert one_line(result.stderr) == f"clauselens: {path}: 1 of 4 examples failed"


def test_test_reports_a_pack_that_does_not_load(tmp_path):
    path = write_pack(tmp_path, team_pack(rule(severity="critical")))
    result = run_clauselens("pack", "test", str(path))
    assert result.returncode == 1
    assert "rule recordings-access, field severity" in result.stderr


@pytest.mark.parametrize(
    ("broken_rule", "expected"),
    [
        (rule(match={"all": [r"(staff) \1"]}), "rule recordings-access, field match.all[0]: backreferences"),
        (rule(match={"all": [r"staff(?= may)"]}), "rule recordings-access, field match.all[0]: lookahead"),
        (rule(severity="severe"), "rule recordings-access, field severity"),
        (rule(id="Bad Id"), "rule Bad Id, field id"),
        (rule(category="Monitoring!"), "rule recordings-access, field category"),
        (
            rule(match={"all": ["staff|" + "x" * MAX_PUBLISHED_PATTERN_CHARS]}),
            f"a published pattern may be at most {MAX_PUBLISHED_PATTERN_CHARS} characters",
        ),
    ],
)
def test_lint_names_the_rule_and_field_of_each_error(tmp_path, broken_rule, expected):
    path = write_pack(tmp_path, team_pack(broken_rule))
    result = run_clauselens("pack", "lint", str(path))
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_lint_warns_about_a_misspelt_category_without_failing(tmp_path):
    path = write_pack(
        tmp_path, team_pack(rule(category="monitorng"), rule(id="own", category="source-safety"))
    )
    result = run_clauselens("pack", "lint", str(path))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: rule recordings-access: category 'monitorng' is not a built-in one "
        "(did you mean monitoring?)",
        "warning: rule own: category 'source-safety' is not a built-in one (fine if your team defines it)",
    ]
