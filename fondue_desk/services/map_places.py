"""Place names on the map: the village outlines' labels and the hotspots' village and place.

Clerks find their way by village ("หมู่ที่ 3 บ้านหนองบัว") and by the landmarks complainants
give, not by coordinates; both come from the office's own data here.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Village
from fondue_desk.domain.labels import village_label
from fondue_desk.maps import village_labels
from fondue_desk.maps.hotspots import Hotspot, name_hotspots

from .map_settings import boundary_geojson

_IDS_PER_QUERY = 500  # well under every database's limit on bound parameters


def office_villages(db: Database, office_id: int) -> list[village_labels.Village]:
    # Retired villages too: their outlines are still on the ground.
    with db.read() as session:
        rows = session.execute(select(Village.number, Village.name, Village.name_en)
                               .where(Village.office_id == office_id).order_by(Village.number))
        return [village_labels.Village(number, name, name_en or "")
                for number, name, name_en in rows]


def labelled_boundary_collection(db: Database, office_id: int, lang: str = "th") -> dict | None:
    raw = boundary_geojson(db, office_id)
    if raw is None:
        return None
    return village_labels.labelled(json.loads(raw), office_villages(db, office_id), lang)


def labelled_boundary(db: Database, office_id: int, lang: str = "th") -> bytes | None:
    """app://data/boundary.geojson: the stored outline, each village's feature with its label
    in `lang`."""
    collection = labelled_boundary_collection(db, office_id, lang)
    if collection is None:
        return None
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def named_hotspots(db: Database, office_id: int, spots: Iterable[Hotspot], lang: str = "th"
                   ) -> list[Hotspot]:
    """The hotspots with their village (in `lang`) and place (see maps.hotspots.name_hotspots).

    Only the hotspots' own complaints are read (a few hundred at most), not the register.
    """
    spots = list(spots)
    ids = sorted({cid for spot in spots for cid in spot.complaint_ids})
    places: dict[int, tuple[str, str]] = {}
    with db.read() as session:
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            rows = session.execute(
                select(Complaint.id, Village.number, Village.name, Complaint.location_text,
                       Village.name_en)
                .outerjoin(Village, Village.id == Complaint.village_id)
                .where(Complaint.office_id == office_id, Complaint.id.in_(chunk)))
            for cid, number, name, text, name_en in rows:
                label = village_label(number, name or "", lang, name_en or "")
                places[cid] = (label, text or "")
    area_at = None
    if any(not places.get(cid, ("", ""))[0] for spot in spots for cid in spot.complaint_ids):
        outlines = labelled_boundary_collection(db, office_id, lang)
        if outlines is not None:
            def area_at(lat: float, lon: float) -> str:
                return village_labels.label_at(outlines, lat, lon)
    return name_hotspots(spots, places, area_at)
