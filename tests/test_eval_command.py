"""`eventwire eval` refuses what it cannot score with messages that say what was expected."""

from click.testing import CliRunner

from eventwire.eval.command import eval_command


def test_eval_command_names_the_datasets_it_knows():
    result = CliRunner().invoke(eval_command, ["nope"])
    assert result.exit_code == 2
    assert "expected one of" in result.output and "muc4" in result.output and "gate" in result.output


def test_eval_command_says_where_it_looked_for_missing_data(tmp_path):
    result = CliRunner().invoke(eval_command, ["seed", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "absent" in result.output and "EVENTWIRE_DATA" in result.output
