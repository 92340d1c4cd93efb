"""GVA dates are scored two ways: over every article (no shooting found is a miss) and over the articles
where a shooting was found (of the event dates eventwire gives, how many contain the incident's)."""

import json

from eventwire.eval.gva import evaluate_gva

SHOOTING = (
    "A 34-year-old man was shot and wounded on Elm Street on Saturday night, police said. Officers found him "
    "on the sidewalk with a gunshot wound to the leg and took him to a hospital, where he was in stable "
    "condition. No arrests have been made."
)
NO_SHOOTING = (
    "The city council met on Monday to discuss the budget for the coming year. Members debated the cost of "
    "repairing roads and bridges, and agreed to hold a public hearing next month before a final vote. The "
    "mayor said he expects the plan to pass."
)


def _incident(uri: str, text: str) -> dict[str, object]:
    return {
        "incident_uri": uri,
        "date": "March 2, 2024",
        "city_or_county": "Springfield",
        "state": "Illinois",
        "num_killed": 0,
        "num_injured": 1,
        "documents": [{"id": uri, "content": text, "title": None, "dct": "2024-03-04"}],
    }


def test_eval_gva_dates_over_all_articles_and_over_found_shootings(tmp_path, extractor):
    folder = tmp_path / "gva-longtail"
    folder.mkdir()
    lines = [json.dumps(_incident("a", SHOOTING)), json.dumps(_incident("b", NO_SHOOTING))]
    (folder / "incidents_dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = evaluate_gva(tmp_path, limit=None, extractor=extractor.extract_articles)
    fields = {f.name: f.accuracy for f in report.fields}
    assert (fields["shooting_found"].correct, fields["shooting_found"].total) == (1, 2)
    assert (fields["date_contains"].correct, fields["date_contains"].total) == (1, 2)
    assert (fields["date_contains_of_found"].correct, fields["date_contains_of_found"].total) == (1, 1)
