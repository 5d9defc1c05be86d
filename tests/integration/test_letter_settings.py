"""An office's letter settings and templates: admin only, checked before saved, used on letters."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.services import letter_settings as settings
from fondue_desk.services import letters, reference, signoff
from tests.integration.test_signoff import finished
from tests.pdf_text import pdf_text, skeleton


def png(size=(600, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 90, 40)).save(out, "PNG")
    return out.getvalue()


def test_settings_are_for_the_admin_and_checked(db, demo_office, admin, clerk):
    with pytest.raises(PermissionDenied):
        settings.save_letter_settings(db, clerk.id, document_code="ชม 1", signatory_name="x",
                                      signatory_position="", division="", thai_digits=False)
    with pytest.raises(InvalidInput) as bad:
        settings.save_letter_settings(db, admin.id, document_code="ช" * 41, signatory_name="x",
                                      signatory_position="", division="", thai_digits=False)
    assert bad.value.fields == ("document_code",)
    assert settings.letter_settings(db, demo_office.id).document_code == "ชม 52101"
    saved = settings.save_letter_settings(
        db, admin.id, document_code="ชม 52101", signatory_name="นายสมชาย ใจดี",
        signatory_position="รองนายกเทศมนตรี ปฏิบัติราชการแทน\nนายกเทศมนตรีตำบลแม่เหียะ",
        division="กองช่าง", thai_digits=True)
    assert saved.thai_digits and saved.signatory_name == "นายสมชาย ใจดี"


def test_images_are_checked_shrunk_and_removable(db, demo_office, admin):
    with pytest.raises(InvalidInput):
        settings.set_image(db, admin.id, "signature", b"not a picture")
    assert settings.set_image(db, admin.id, "signature", png((4000, 1000))).has_signature
    stored = reference.office(db, demo_office.id).signature_png
    assert max(Image.open(io.BytesIO(stored)).size) == settings.MAX_IMAGE_PX
    assert not settings.set_image(db, admin.id, "signature", None).has_signature


def test_a_broken_template_is_refused_and_a_good_one_writes_the_letter(db, demo_office, admin,
                                                                       clerk, today):
    lights = next(t for t in settings.category_templates(db, demo_office.id)
                  if t.name_th == "ไฟฟ้าส่องสว่างชำรุด")
    with pytest.raises(InvalidInput) as bad:
        settings.save_category_template(db, admin.id, lights.category_id, "เรียน {{ foo }}")
    assert bad.value.errors[0].code == "template.unknown_field"
    assert bad.value.errors[0].params == {"line": 1, "field": "foo"}
    settings.save_category_template(
        db, admin.id, lights.category_id,
        "เรื่องเลขที่ {{ tracking_no }} ได้ซ่อมแล้วโดย{{ crew }}\n\nจึงเรียนมาเพื่อโปรดทราบ")
    made = finished(db, demo_office, clerk, today)
    [letter] = signoff.approve(db, reference.find_user(db, "mayor").id, [made.id]).letters
    text = skeleton(pdf_text(letters.letters_pdf(db, demo_office.id, [letter.id])))
    assert skeleton(f"เรื่องเลขที่ {made.tracking_no} ได้ซ่อมแล้วโดยทีมไฟฟ้าส่องสว่าง") in text
