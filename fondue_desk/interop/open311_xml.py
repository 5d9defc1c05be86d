"""The Open311 GeoReport v2 documents as XML, the format the specification requires.

The same dictionaries as the JSON files, written as the specification's examples are:
`<services><service>…`, `<service_definition><attributes><attribute>…<values><value>`,
`<service_requests><request>…`. Booleans read "true"/"false"; a missing value (no point on the
map) is a missing element. Keys starting with "x_" (the desk's `x_fondue`) are JSON-only
extensions and are left out, so the XML holds the specification's elements alone.

Requests are streamed one element at a time, so an export of the whole register never holds
its tree in memory. Characters XML 1.0 cannot carry (control codes a pasted text may hold) are
dropped rather than making the whole file unreadable.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO
from xml.sax.saxutils import escape

DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
# A list's items are named by the list: attributes → attribute, values → value.
_ITEM = {"attributes": "attribute", "values": "value", "services": "service",
         "service_requests": "request"}
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _fill(element: ET.Element, tag: str, value: Any) -> None:
    if value is None or tag.startswith("x_"):
        return
    child = ET.SubElement(element, tag)
    if isinstance(value, Mapping):
        for key, inner in value.items():
            _fill(child, key, inner)
    elif isinstance(value, Sequence) and not isinstance(value, str):
        for item in value:
            _fill(child, _ITEM.get(tag, "item"), item)
    else:
        child.text = _text(value)


def _element(tag: str, fields: Mapping[str, Any]) -> ET.Element:
    element = ET.Element(tag)
    for key, value in fields.items():
        _fill(element, key, value)
    return element


def _document(root: ET.Element) -> str:
    ET.indent(root)
    return DECLARATION + ET.tostring(root, encoding="unicode") + "\n"


def services_xml(services: Iterable[Mapping[str, Any]]) -> str:
    root = ET.Element("services")
    for service in services:
        root.append(_element("service", service))
    return _document(root)


def service_definition_xml(definition: Mapping[str, Any]) -> str:
    return _document(_element("service_definition", definition))


def write_requests_xml(requests: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """`<service_requests>` written request by request; returns how many."""
    writer = RequestsXmlWriter(out)
    written = 0
    for request in requests:
        writer.add(request)
        written += 1
    writer.close()
    return written


class RequestsXmlWriter:
    """The same stream as write_requests_xml, fed one request at a time (the export writes
    the JSON and the XML side by side from one walk of the register)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        out.write(DECLARATION + "<service_requests>\n")

    def add(self, request: Mapping[str, Any]) -> None:
        # A request is flat: its elements are written as text, several times faster than a
        # tree per request (300,000 of them); a nested value still goes through the tree.
        if any(isinstance(v, Mapping | list | tuple) for v in request.values()):
            element = _element("request", request)
            ET.indent(element, level=1)
            self._out.write("  " + ET.tostring(element, encoding="unicode") + "\n")
            return
        lines = ["  <request>\n"]
        for key, value in request.items():
            if value is not None and not key.startswith("x_"):
                lines.append(f"    <{key}>{escape(_text(value))}</{key}>\n")
        lines.append("  </request>\n")
        self._out.write("".join(lines))

    def close(self) -> None:
        self._out.write("</service_requests>\n")
