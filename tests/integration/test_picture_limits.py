"""Pictures are measured from their header before anything is decoded (domain.pictures): a
13,000 × 13,000 PNG of a few KB is refused as emblem, signature and photo, and photos are
stored as a display copy unless the office keeps originals."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageFile

from fondue_desk.commands.error_texts import describe_field_error
from fondue_desk.config.rules import checked_image
from fondue_desk.domain import pictures
from fondue_desk.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from fondue_desk.services import letter_settings, photo_settings, reference
from fondue_desk.services.attachments import add_attachment, attachment_content, list_attachments
from fondue_desk.services.intake import ComplaintInput, log_complaint

# Pillow warns above 89 MP before our own, lower limit refuses the picture.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    """13,000 × 13,000 pixels (about 500 MB decoded) in a file of about 20 KB: one palette
    colour compresses to almost nothing."""
    out = io.BytesIO()
    Image.new("P", (13_000, 13_000)).save(out, "PNG", optimize=True)
    data = out.getvalue()
    assert len(data) < 200_000
    return data


@pytest.fixture
def complaint(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    return log_complaint(db, clerk.id, ComplaintInput(
        category_id=category.id, description="ถนนทรุดหน้าโรงเรียน", complainant_name="นางสาวแก้ว ดี",
        phone="0812345678"))


@pytest.fixture
def no_decoding(monkeypatch):
    """Any decode of pixels fails the test: the size must be read from the header only."""
    def refuse(self, *args, **kwargs):
        raise AssertionError("a picture was decoded before its size was checked")
    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    monkeypatch.setattr(Image.Image, "load", refuse)


def jpeg(size, *, orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    image.paste((30, 60, 200), (0, 0, size[0] // 2, size[1] // 4))  # so we can see which way up
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


@pytest.mark.parametrize("purpose", ["emblem", "signature", "photo"])
def test_the_header_decides_without_decoding(huge_png, no_decoding, purpose):
    with pytest.raises(RuleViolation) as refused:
        pictures.check_picture(huge_png, purpose)
    assert refused.value.code == "picture.too_many_pixels"
    assert refused.value.params == {"width": 13_000, "height": 13_000,
                                    "limit_mp": pictures.LIMITS[purpose].max_pixels // 10**6}


def test_a_huge_emblem_or_signature_is_refused_and_nothing_changes(db, demo_office, admin,
                                                                   huge_png, no_decoding):
    before = reference.office(db, demo_office.id)
    for which in ("emblem", "signature"):
        with pytest.raises(InvalidInput) as refused:
            letter_settings.set_image(db, admin.id, which, huge_png)
        error = refused.value.errors[0]
        assert (error.field, error.code) == (which, "picture.too_many_pixels")
        assert describe_field_error("th", error).endswith(
            "รูปนี้มีขนาด 13,000 × 13,000 จุด เกินที่รับได้ 36 ล้านจุด กรุณาย่อรูปก่อนแล้วลองใหม่")
        assert "13,000 × 13,000 pixels, more than 36 million" in describe_field_error("en", error)
    after = reference.office(db, demo_office.id)
    assert (after.logo_png, after.signature_png) == (before.logo_png, before.signature_png)


def test_the_configuration_file_refuses_it_with_the_same_rule(huge_png, no_decoding):
    with pytest.raises(RuleViolation) as refused:
        checked_image(huge_png, "signature")
    assert refused.value.code == "picture.too_many_pixels"


def test_a_huge_photo_is_refused_and_nothing_is_attached(db, clerk, complaint, huge_png,
                                                         no_decoding):
    with pytest.raises(InvalidInput) as refused:
        add_attachment(db, clerk.id, complaint.id, "bomb.png", huge_png)
    assert refused.value.errors[0].code == "picture.too_many_pixels"
    assert refused.value.errors[0].field == "file"
    assert list_attachments(db, complaint.id) == []


@pytest.fixture(scope="module")
def giant_png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (20_000, 10_000)).save(out, "PNG")  # 200 MP: Pillow refuses to open it
    return out.getvalue()


def test_far_too_big_for_pillow_to_open_is_still_worded(giant_png, no_decoding):
    with pytest.raises(RuleViolation) as refused:
        pictures.check_picture(giant_png, "photo")
    assert refused.value.code == "picture.far_too_many_pixels"


def test_a_long_strip_and_a_truncated_file_are_refused():
    out = io.BytesIO()
    Image.new("RGB", (12_500, 40)).save(out, "PNG")
    with pytest.raises(RuleViolation) as strip:
        pictures.check_picture(out.getvalue(), "photo")
    assert strip.value.code == "picture.side_too_long"
    assert strip.value.params["limit"] == 12_000
    whole = jpeg((800, 600))
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (10, 20, 30)).save(out, "PNG")
    for damaged in (whole[: len(whole) // 2], out.getvalue()[:-40]):
        with pytest.raises(RuleViolation) as bad:
            pictures.photo_files(damaged)
        assert bad.value.code == "file.not_an_image"


def test_a_large_photo_is_stored_as_an_upright_display_copy(db, clerk, complaint):
    original = jpeg((4000, 3000), orientation=6)  # a phone held upright: turn 90° on show
    view = add_attachment(db, clerk.id, complaint.id, "IMG_0042.HEIC.jpeg", original)
    name, media_type, stored = attachment_content(db, view.id)
    picture = Image.open(io.BytesIO(stored))
    assert (name, media_type, picture.format) == ("IMG_0042.HEIC.jpg", "image/jpeg", "JPEG")
    assert picture.size == (1536, 2048)  # upright, long side at most DISPLAY_SIDE
    assert view.size == len(stored) < len(original)
    assert max(Image.open(io.BytesIO(view.thumbnail_png)).size) == pictures.THUMBNAIL_SIDE


def test_a_small_upright_photo_is_kept_as_it_is(db, clerk, complaint):
    small = jpeg((1600, 1200))
    view = add_attachment(db, clerk.id, complaint.id, "lamp.jpg", small)
    assert attachment_content(db, view.id) == ("lamp.jpg", "image/jpeg", small)


def test_the_admin_can_keep_originals(db, demo_office, admin, clerk, complaint):
    assert not photo_settings.keep_original_photos(db, demo_office.id)
    with pytest.raises(PermissionDenied):
        photo_settings.set_keep_original_photos(db, clerk.id, True)
    assert not photo_settings.keep_original_photos(db, demo_office.id)
    assert photo_settings.set_keep_original_photos(db, admin.id, True)
    assert photo_settings.keep_original_photos(db, demo_office.id)
    original = jpeg((4000, 3000))
    view = add_attachment(db, clerk.id, complaint.id, "evidence.jpg", original)
    assert attachment_content(db, view.id) == ("evidence.jpg", "image/jpeg", original)
    photo_settings.set_keep_original_photos(db, admin.id, False)
    later = add_attachment(db, clerk.id, complaint.id, "evidence-2.jpg", original)
    assert max(Image.open(io.BytesIO(attachment_content(db, later.id)[2])).size) == 2048


def test_a_big_but_acceptable_signature_is_shrunk_to_print_size(db, demo_office, admin):
    out = io.BytesIO()
    Image.new("RGBA", (6000, 2000), (0, 0, 80, 255)).save(out, "PNG")
    letter_settings.set_image(db, admin.id, "signature", out.getvalue())
    stored = Image.open(io.BytesIO(reference.office(db, demo_office.id).signature_png))
    assert stored.size == (1600, 533) and stored.format == "PNG"


def test_a_configuration_file_with_a_huge_emblem_names_its_line_and_size(huge_png):
    from fondue_desk.config.problems import describe
    from tests.unit.test_config_parse import GOOD, _b64, _problems, _with

    line = next(n for n, text in enumerate(GOOD.splitlines(), 1) if text.startswith("  emblem:"))
    [problem] = _problems(_with(line, f"  emblem: {_b64(huge_png)}"))
    assert (problem.line, problem.path, problem.code) == (line, "letters.emblem",
                                                          "picture.too_many_pixels")
    assert describe(problem, "th").endswith("มีขนาด 13000 × 13000 จุด เกิน 36 ล้านจุด")
    assert describe(problem, "en").endswith("is 13000 × 13000 pixels, more than 36 million")
