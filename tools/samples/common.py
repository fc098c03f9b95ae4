"""Building blocks shared by the sample definitions: towns, locales, and a builder that collects
stakeholders, relations, boundaries and contacts and writes them through the core API.

Everything random comes from the `random.Random` handed in, and every UUID and timestamp is derived from
the sample key, so a sample is the same file on every run and every machine.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from shapely import MultiPoint, set_precision
from shapely.geometry import Polygon

from clusterdesk.core import edits
from clusterdesk.core.model import ClusterBoundary, ContactPerson
from clusterdesk.core.project import Project

SAMPLE_NAMESPACE = uuid.UUID("5d0c7a3e-2b1f-4c5e-9a53-6f1e8c2d4b70")
KM_PER_DEGREE = 111.32


def sample_uuid(sample_key: str, table: str, number: int | str) -> str:
    """A UUID that is the same on every build of the sample."""
    return str(uuid.uuid5(SAMPLE_NAMESPACE, f"{sample_key}/{table}/{number}"))


@dataclass(frozen=True)
class Town:
    """A real town. `source` says where the coordinates come from."""

    name: str
    municipality: str
    province: str
    lon: float
    lat: float
    source: str = "Natural Earth 1:10m populated places"

    @property
    def admin_area(self) -> str:
        return f"{self.municipality}, {self.province}"


@dataclass(frozen=True)
class Locale:
    """Names, phone numbers and addresses as they look in the sample's country."""

    female_names: Sequence[str]
    male_names: Sequence[str]
    surnames: Sequence[str]
    phone: Callable[[random.Random, Town], str]
    address: Callable[[random.Random, Town], str]
    two_surnames: bool = False  # Spanish-speaking countries
    mailboxes: Sequence[str] = ("info", "office", "sales", "contact")  # the part before the @

    def person(self, rng: random.Random, gender: str | None = None) -> tuple[str, str]:
        """(full name, gender); `gender` fixes it (a women's association's members and delegates)."""
        drawn = rng.choice(("female", "male"))
        gender = gender or drawn
        given = rng.choice(self.female_names if gender == "female" else self.male_names)
        family = rng.choice(self.surnames)
        if self.two_surnames:
            family = f"{family} {rng.choice(self.surnames)}"
        return f"{given} {family}", gender


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
         "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
        strict=True,
    )
)  # fmt: skip


def slug(text: str) -> str:
    """ASCII, lower case, no spaces: for e-mail addresses and web sites."""
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower().replace("ı", "i"))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text if c.isalnum())


# Articles, conjunctions and legal forms say nothing about an organisation in its web address
_NOT_IN_DOMAINS = frozenset(
    "de del la las los el y e of the and for ve san tic ltd ltda sti cia sas ooo ao ip ano plc".split()
)


def web_domain(name: str) -> str:
    """A plausible domain for an organisation, under the reserved `.example` top-level domain.

    Short names are written out (`textilesandrea.example`); long ones are abbreviated the way
    institutions do it, initials plus the last word (`Universidad Técnica del Norte` → `utnorte.example`).
    """
    words = [slug(word) for word in re.split(r"[\s\-–«»'’,.()/]+", name)]
    words = [w for w in words if len(w) > 1 and w not in _NOT_IN_DOMAINS]
    full = "".join(words)
    if len(full) > 22:
        full = "".join(w[0] for w in words[:-1]) + words[-1]
    return f"{full}.example"


def scatter(rng: random.Random, town: Town, radius_km: float) -> tuple[float, float]:
    """A point around `town`, normally distributed with `radius_km` as the standard distance."""
    north = rng.gauss(0, radius_km) / KM_PER_DEGREE
    east = rng.gauss(0, radius_km) / (KM_PER_DEGREE * math.cos(math.radians(town.lat)))
    return round(town.lon + east, 6), round(town.lat + north, 6)


def unique_name(rng: random.Random, make: Callable[[random.Random], str], taken: set[str]) -> str:
    for _attempt in range(50):
        name = make(rng)
        if name not in taken:
            return name
    raise RuntimeError("the name parts are too few for the number of firms asked for")


def employees_with_women(
    rng: random.Random, median: float, women_share: tuple[float, float]
) -> tuple[int, int]:
    employees = max(1, round(rng.lognormvariate(math.log(median), 0.8)))
    women = round(employees * rng.uniform(*women_share))
    return employees, min(women, employees)


@dataclass
class SurveyRounds:
    """Dates of the baseline survey and the first follow-up."""

    baseline: dt.date
    follow_up_1: dt.date

    def date_of(self, survey_round: str) -> dt.date:
        return self.baseline if survey_round == "baseline" else self.follow_up_1

    def since(self, rng: random.Random, survey_round: str) -> dt.date:
        """A plausible start date of a tie first reported in `survey_round`."""
        survey = self.date_of(survey_round)
        if survey_round == "baseline":
            return survey - dt.timedelta(days=rng.randint(60, 365 * 8))
        return self.baseline + dt.timedelta(days=rng.randint(14, (survey - self.baseline).days - 7))


@dataclass
class SampleBuilder:
    """Collects one sample's content and writes it to a project in a few commands.

    Stakeholders are referred to by handles (their position in the list) until they are written.
    Relations follow one convention across the samples: a relation is recorded in the survey round in
    which it was first reported, so the network at follow-up 1 is the baseline ties plus the new ones.
    """

    sample_key: str
    locale: Locale
    rounds: SurveyRounds
    rows: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    boundaries: list[tuple[str, Polygon, str]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    _related: set[tuple[int, int, str]] = field(default_factory=set)
    _domains: set[str] = field(default_factory=set)

    def add(
        self,
        rng: random.Random,
        name: str,
        kind: str,
        town: Town | None,
        *,
        radius_km: float = 1.0,
        email_domain: str | None = None,
        **fields: Any,
    ) -> int:
        """Add a stakeholder near `town` (None: no fixed location) and return its handle."""
        handle = len(self.rows)
        if name in self.names:
            raise ValueError(f"duplicate sample stakeholder name {name!r}")
        self.names.add(name)
        row: dict[str, Any] = {"name": name, "kind": kind, **fields}
        if town is not None:
            row["lon"], row["lat"] = scatter(rng, town, radius_km)
            row.setdefault("admin_area", town.admin_area)
            row.setdefault("address", self.locale.address(rng, town))
            row.setdefault("phone", self.locale.phone(rng, town))
        domain = email_domain or self._unused_domain(web_domain(name))
        row.setdefault("email", f"{rng.choice(self.locale.mailboxes)}@{domain}")
        created = dt.datetime.combine(self.rounds.baseline, dt.time(9, 0), tzinfo=dt.timezone.utc)
        row["created_at"] = created + dt.timedelta(minutes=handle)
        row["modified_at"] = row["created_at"]
        row["uuid"] = sample_uuid(self.sample_key, "stakeholders", handle)
        self.rows.append(row)
        return handle

    def _unused_domain(self, domain: str) -> str:
        """Two organisations never share a domain; a number tells abbreviations that collide apart."""
        stem, number = domain.removesuffix(".example"), 1
        while domain in self._domains:
            number += 1
            domain = f"{stem}{number}.example"
        self._domains.add(domain)
        return domain

    def relate(
        self,
        rng: random.Random,
        source: int,
        target: int,
        kind: str,
        survey_round: str = "baseline",
        *,
        strength: int | None = None,
        directed: bool = True,
        notes: str | None = None,
        since: dt.date | None = None,
    ) -> bool:
        """Record a tie once; returns False when the same tie already exists (in any round).

        `since` fixes the start of a tie the story dates (a membership from the day a body was founded);
        the random date is drawn all the same, so the ties after it stay as they were."""
        key = (source, target, kind) if directed else (min(source, target), max(source, target), kind)
        if source == target or key in self._related:
            return False
        self._related.add(key)
        self.relations.append(
            {
                "source": source,
                "target": target,
                "kind": kind,
                "directed": directed,
                "strength": strength
                if strength is not None
                else rng.choices((1, 2, 3, 4, 5), (1, 3, 4, 3, 1))[0],
                "since": _given_or(
                    since,
                    min(
                        self._not_before_founding(self.rounds.since(rng, survey_round), source, target),
                        self.rounds.date_of(survey_round),
                    ),
                ),
                "survey_round": survey_round,
                "notes": notes,
            }
        )
        return True

    def _not_before_founding(self, since: dt.date, *handles: int) -> dt.date:
        """A tie cannot be older than the younger of the two organisations."""
        founded = [self.rows[h]["year_founded"] for h in handles if self.rows[h].get("year_founded")]
        return max([since] + [dt.date(year, 3, 1) for year in founded])

    def boundary_around(self, name: str, handles: Sequence[int], margin_km: float, description: str) -> None:
        """A boundary enclosing the located stakeholders in `handles` with a margin."""
        points = [(self.rows[h]["lon"], self.rows[h]["lat"]) for h in handles if "lon" in self.rows[h]]
        lat = sum(p[1] for p in points) / len(points)
        margin = margin_km / (KM_PER_DEGREE * math.cos(math.radians(lat)))
        shape = MultiPoint(points).convex_hull.buffer(margin, quad_segs=4)
        self.boundaries.append((name, set_precision(shape, 1e-5), description))

    def write(self, project: Project, contacts: list[dict[str, Any]] | None = None) -> dict[int, int]:
        """Write everything to `project`; returns handle -> fid."""
        command = edits.AddStakeholders([dict(r) for r in self.rows], label="Add sample stakeholders")
        project.stack.push(command)
        fids = dict(enumerate(command.added_fids))
        relation_rows = [
            {
                "uuid": sample_uuid(self.sample_key, "relations", i),
                "source_id": fids[r["source"]],
                "target_id": fids[r["target"]],
                **{k: v for k, v in r.items() if k not in ("source", "target")},
            }
            for i, r in enumerate(self.relations)
        ]
        if relation_rows:
            project.stack.push(edits.AddRelations(relation_rows, label="Add sample relations"))
        for i, (name, shape, description) in enumerate(self.boundaries):
            project.session.add(
                ClusterBoundary(
                    name=name,
                    geom=edits.encode_geometry(_as_multipolygon(shape)),
                    description=description,
                    uuid=sample_uuid(self.sample_key, "cluster_boundaries", i),
                )
            )
        for i, contact in enumerate(contacts or []):
            project.session.add(
                ContactPerson(
                    uuid=sample_uuid(self.sample_key, "contact_persons", i),
                    **{**contact, "stakeholder_id": fids[contact["stakeholder_id"]]},
                )
            )
        project.session.commit()
        return fids


def _given_or(given: dt.date | None, drawn: dt.date) -> dt.date:
    return drawn if given is None else given


def _as_multipolygon(shape):
    from shapely.geometry import MultiPolygon

    return shape if shape.geom_type == "MultiPolygon" else MultiPolygon([shape])


def pick(rng: random.Random, items: Sequence[int], share: float) -> list[int]:
    """A random subset of about `share` of `items`, in the order of `items`."""
    return [item for item in items if rng.random() < share]


@dataclass(frozen=True)
class SampleDefinition:
    """One sample project: its metadata, how its people look, and the function that fills it."""

    key: str
    cluster_name: str
    info: dict[str, Any]  # ProjectInfo fields besides the cluster name
    locale: Locale
    rounds: SurveyRounds
    populate: Callable[[SampleBuilder, random.Random], None]
    firm_roles: Sequence[str] = ("Owner", "Managing director")
    institution_roles: Sequence[str] = ("Director", "Programme officer")
    logo_colour: str = "#1f5f8b"  # of the agency's emblem
