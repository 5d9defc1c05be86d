"""What the set-up assistant suggests once the office's kind and tambon are known.

A tambon's office is named after it: เทศบาลตำบล + อาจสามารถ = "เทศบาลตำบลอาจสามารถ",
องค์การบริหารส่วนตำบล + อาจสามารถ. A town or city municipality is usually named after its town,
which is often, not always, the tambon; the name stays a suggestion the admin may edit.
"""
from __future__ import annotations

from .office_config import OFFICE_KINDS

# The short forms people type and say for each kind, as on signs and letterheads.
KIND_SHORT = {
    "เทศบาลนคร": "ทน.",
    "เทศบาลเมือง": "ทม.",
    "เทศบาลตำบล": "ทต.",
    "องค์การบริหารส่วนตำบล": "อบต.",
}
# For English readers: what the kind is, then the Thai word they will see on signs.
KIND_EN = {
    "เทศบาลนคร": "City municipality (Thesaban Nakhon)",
    "เทศบาลเมือง": "Town municipality (Thesaban Mueang)",
    "เทศบาลตำบล": "Subdistrict municipality (Thesaban Tambon)",
    "องค์การบริหารส่วนตำบล": "Subdistrict administrative organisation (SAO)",
}


def kind_label(kind: str, lang: str = "th") -> str:
    """"เทศบาลตำบล (ทต.)" / "Subdistrict municipality (Thesaban Tambon)"; an unknown kind as
    it is."""
    if lang == "en":
        return KIND_EN.get(kind, kind)
    return f"{kind} ({KIND_SHORT[kind]})" if kind in KIND_SHORT else kind


def suggested_office_name(kind: str, tambon: str) -> str:
    """"เทศบาลตำบลอาจสามารถ"; "" until both are known."""
    tambon = tambon.strip().removeprefix("ตำบล").strip()
    if kind not in OFFICE_KINDS or not tambon:
        return ""
    return f"{kind}{tambon}"


def suggested_address(tambon: str, amphoe: str, province: str, postal_code: str, *,
                      bangkok: bool = False) -> str:
    """The administrative part of the address, spelled out as letters print it:
    "ตำบลอาจสามารถ อำเภออาจสามารถ จังหวัดร้อยเอ็ด 45160" (Bangkok: แขวง/เขต, no จังหวัด)."""
    if not tambon.strip():
        return ""
    if bangkok:
        parts = [f"แขวง{tambon}", f"เขต{amphoe}" if amphoe else "", province]
    else:
        parts = [f"ตำบล{tambon}", f"อำเภอ{amphoe}" if amphoe else "",
                 f"จังหวัด{province}" if province else ""]
    return " ".join(p for p in (*parts, postal_code.strip()) if p)


def suggested_signatory_position(office_name: str) -> str:
    """Who signs the letters: "นายกเทศมนตรีตำบลอาจสามารถ" for เทศบาลตำบลอาจสามารถ,
    "นายกองค์การบริหารส่วนตำบล…" for an อบต.; "" without a name."""
    name = office_name.strip()
    if not name:
        return ""
    if name.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + name.removeprefix("เทศบาล")
    return "นายก" + name
