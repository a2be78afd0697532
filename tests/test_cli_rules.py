"""`callqa rules …`: the catalogue, the examples runner, and the generated docs page."""
from pathlib import Path

import yaml
from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.rules import DEFAULT_RULEBOOK, catalogue_markdown, load_rulebook

REPO = Path(__file__).resolve().parents[1]


def test_rules_list_shows_every_rule():
    result = CliRunner().invoke(app, ["rules", "list"])
    assert result.exit_code == 0
    for info in load_rulebook().rules:
        assert info.code in result.output


def test_rules_test_passes_on_the_default_and_fails_on_a_wrong_example(tmp_path):
    ok = CliRunner().invoke(app, ["rules", "test"])
    assert ok.exit_code == 0 and " 0 failed" in ok.output
    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in book["rules"] if r["check"] == "forbidden")
    rule["examples"]["pass"].append([["agent", "这个我也不清楚。"]])   # a violation labelled as fine
    path = tmp_path / "book.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    bad = CliRunner().invoke(app, ["rules", "test", str(path)])
    assert bad.exit_code == 1 and "FAIL" in bad.output and rule["code"] in bad.output


def test_bad_rulebook_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\nversion: 1\nrules: [{code: QA1, check: nosuch}]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "list", "--rulebook", str(path)])
    assert result.exit_code == 2 and "broken.yaml" in result.output


def test_docs_page_is_generated_from_the_rule_objects():
    """docs/rules.md must be regenerated (`make docs`) whenever the rulebook changes."""
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == catalogue_markdown(load_rulebook())
