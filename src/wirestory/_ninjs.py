"""Export a parsed story as IPTC ninjs 3.1 (News in JSON): :func:`to_ninjs`.

ninjs keeps ``by`` and ``located`` as plain strings and has no place for character spans,
datelines as structures, or quotes, and its schema forbids properties it does not define. So
the export carries what ninjs can say and nothing else:

=================  =================================================================
ninjs property     from the story
=================  =================================================================
``uri``            the ``uri`` argument, else ``urn:wirestory:sha1:<digest of the text>``
``headlines``      the headline (role ``main``) and the section (role ``section``)
``by``             the bylines as written, joined with ``"; "``
``located``        the dateline's place as written (``"DUSHANBE"``, ``"ATLANTA, Ga."``)
``places``         the dateline's place (``rel`` ``located``, an ISO 3166 URI when known)
``bodies``         the paragraphs as plain text, the dateline opening the first one
``people``         bylined writers (``author``), sign-off credits (their role) and quoted
                   people (``quoted``) with a resolved personal name
``organisations``  quoted speakers that are not people ("Armenia's defence ministry")
``infoSources``    the dateline's agencies (``originator``) and relaying outlets (``relay``)
``associations``   one ``picture`` per photo: credit line in ``by``, photographers in
                   ``people``, credited organisations in ``infoSources``, caption in
                   ``descriptions``
``edNote``         editor's notes found around the story
=================  =================================================================
"""

from __future__ import annotations

import hashlib
from typing import Any

import regex

from wirestory._checks import REGEX_TIMEOUT
from wirestory._models import FurnitureKind, Photo, Story

__all__ = ["NINJS_SCHEMA", "to_ninjs"]

#: The schema the output validates against.
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

#: A personal name: two to five capitalised words, no possessive, no lower-case word
#: ("Sergei Lavrov", "Jean-Yves Le Drian"); organisations and places fail it.
_PERSON = regex.compile(
    r"""
    \p{Lu}[\p{L}\p{M}.’'\-]*                # Sergei, Jean-Yves, J.
    (?:\ (?:\p{Lu}[\p{L}\p{M}.’'\-]*|de|van|von|bin|al-\p{L}+|da|di|le|la)){1,4}  # Lavrov
    """,
    regex.VERBOSE,
)
_POSSESSIVE = regex.compile(r"['’]s\b")
_WORD = regex.compile(r"\w+")


def _default_uri(story: Story) -> str:
    digest = hashlib.sha1(story.text.encode("utf-8", "surrogatepass")).hexdigest()  # noqa: S324
    return f"urn:wirestory:sha1:{digest}"


def _is_person(name: str) -> bool:
    return (
        _PERSON.fullmatch(name, timeout=REGEX_TIMEOUT) is not None
        and _POSSESSIVE.search(name, timeout=REGEX_TIMEOUT) is None
    )


def _body(story: Story) -> str:
    paragraphs = [paragraph.text for paragraph in story.paragraphs]
    if story.dateline is not None:
        if paragraphs:
            paragraphs[0] = f"{story.dateline.text} {paragraphs[0]}"
        else:
            paragraphs = [story.dateline.text]
    return "\n\n".join(paragraphs)


def _photo(photo: Photo, number: int, uri: str) -> dict[str, Any]:
    item: dict[str, Any] = {"name": f"photo{number}", "uri": f"{uri}/photo/{number}"}
    item["type"] = "picture"
    if photo.credit is not None:
        credit = photo.credit
        item["by"] = credit.text
        if credit.photographers:
            item["people"] = [
                {"name": name, "rel": "photographer"}
                for name in dict.fromkeys(credit.photographers)
            ]
        sources = [{"name": source, "role": "source"} for source in credit.sources]
        if credit.distributor:
            sources.append({"name": credit.distributor, "role": "distributor"})
        if sources:
            item["infoSources"] = _unique(sources)
    if photo.caption is not None:
        item["descriptions"] = [
            {"role": "caption", "contentType": "text/plain", "value": photo.caption.text}
        ]
    return item


def _unique(items: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[tuple[str, str], ...]] = set()
    out = []
    for item in items:
        key = tuple(sorted(item.items()))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _people_and_organisations(story: Story) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    people: list[dict[str, str]] = []
    organisations: list[dict[str, str]] = []
    people.extend(
        {"name": name, "rel": "author"} for byline in story.bylines for name in byline.names
    )
    if story.signoff is not None:
        for credit in story.signoff.credits:
            people.extend({"name": name, "rel": credit.role} for name in credit.names)
    for statement in story.statements:
        speaker = statement.speaker
        if speaker is None or not speaker.name:
            continue
        if _is_person(speaker.name):
            people.append({"name": speaker.name, "rel": "quoted"})
        else:
            organisations.append({"name": speaker.name, "rel": "quoted"})
    return _unique(people), _unique(organisations)


def _info_sources(story: Story) -> list[dict[str, str]]:
    sources: list[dict[str, str]] = []
    if story.dateline is not None:
        sources.extend(
            {"name": agency.name, "role": "originator"} for agency in story.dateline.agencies
        )
    for statement in story.statements:
        via = statement.via
        if via is not None:
            name = via.agency.name if via.agency is not None else (via.name or via.text)
            sources.append({"name": name, "role": "relay"})
    return _unique(sources)


def to_ninjs(story: Story, *, uri: str | None = None) -> dict[str, Any]:
    r"""Export *story* as an IPTC ninjs 3.1 object (a JSON-safe dict).

    Args:
        story: A parsed story.
        uri: The item's identifier; by default a ``urn:wirestory:sha1:...`` URN derived
            from the story text, stable across runs.

    >>> from wirestory import parse_story
    >>> item = to_ninjs(parse_story("Storm hits port\n\nThe port closed."), uri="urn:x:1")
    >>> item["headlines"], item["bodies"][0]["value"]
    ([{'role': 'main', 'value': 'Storm hits port'}], 'The port closed.')
    """
    if not isinstance(story, Story):
        raise TypeError(f"story must be a wirestory.Story, not {type(story).__name__}")
    if uri is not None and not isinstance(uri, str):
        raise TypeError(f"uri must be a str, not {type(uri).__name__}")
    item_uri = uri if uri is not None else _default_uri(story)
    item: dict[str, Any] = {
        "uri": item_uri,
        "type": "text",
        "representationType": "full",
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA},
    }
    headlines = []
    if story.headline is not None:
        headlines.append({"role": "main", "value": story.headline.text})
    if story.section is not None:
        headlines.append({"role": "section", "value": story.section.text})
    if headlines:
        item["headlines"] = headlines
    if story.bylines:
        item["by"] = "; ".join(byline.text for byline in story.bylines)
    if story.dateline is not None and story.dateline.place is not None:
        place = story.dateline.place
        item["located"] = place.text
        entry = {"name": place.text, "rel": "located"}
        if place.country_code:
            entry["uri"] = f"http://cvx.iptc.org/iso3166-1a2/{place.country_code.lower()}"
        item["places"] = [entry]
    body = _body(story)
    item["bodies"] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": len(body),
            "wordCount": sum(1 for _ in _WORD.finditer(body, timeout=REGEX_TIMEOUT)),
            "value": body,
        }
    ]
    people, organisations = _people_and_organisations(story)
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
    sources = _info_sources(story)
    if sources:
        item["infoSources"] = sources
    if story.photos:
        item["associations"] = [
            _photo(photo, number, item_uri) for number, photo in enumerate(story.photos, 1)
        ]
    notes = [f.text for f in story.furniture if f.kind is FurnitureKind.EDITORS_NOTE]
    if notes:
        item["edNote"] = " ".join(notes)
    return item
