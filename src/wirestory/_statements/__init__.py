"""Attributed statements: who said what, with which cue, relayed by whom.

The engine reads a story paragraph by paragraph (a line, or the wrapped lines of a teletype
paragraph), finds each paragraph's quote marks (:mod:`wirestory._quotes`), cuts it into
sentences that never break inside a quotation, and finds each sentence's speech cues
(:mod:`~wirestory._statements._recognise`, with its declared veto table). The rule table
(:mod:`~wirestory._statements._rules`) maps each kind of cue (:class:`CueKind`) to its
reader; each statement records the rule that found it (``Statement.rule``):

1. ``subject``: ``X said (that) ...``, ``"...," X said.``, ``X said: "..."``
   (:mod:`~wirestory._statements._subject`);
2. ``inverted``: ``"...," said X.`` (:mod:`~wirestory._statements._inverted`);
3. ``appositive``: ``X, a spokesman for Y, said ...``
   (:mod:`~wirestory._statements._appositive`);
4. ``according-to``: ``According to X, ...`` and ``..., according to X.``
   (:mod:`~wirestory._statements._according`);
5. ``quoted-as``: ``KCNA quoted X as saying`` and ``X was quoted as saying``
   (:mod:`~wirestory._statements._quoted_as`);
6. ``participle``: ``..., adding that ...`` / ``..., saying ...`` and ``coordinated``:
   ``X praised ... and said ...`` (:mod:`~wirestory._statements._coordinated`);
7. ``asked``: ``Asked whether ..., X said ...`` (:mod:`~wirestory._statements._asked`);
8. ``relay``: ``Postimees reported that companies had reported damage``; a relay at the
   sentence end (``..., TASS news agency reported.``) gives ``Statement.via``
   (:mod:`~wirestory._statements._relay`);
9. ``transcript``: ``BOULDUAN: Why not debate?`` and ``headline-colon``:
   ``Kasich: We Are Going ...`` (:mod:`~wirestory._statements._colon`).

Follow-on quote sentences and paragraphs without a cue continue the last statement. The
content's limits are :mod:`~wirestory._statements._bounds` and
:mod:`~wirestory._statements._assemble`; the models are built by
:mod:`~wirestory._statements._finish`, with speakers resolved to names by
:class:`wirestory._speakers.Resolver`. The words the rules read are the English language
pack's (:mod:`wirestory._lang.en`).

The rules follow the labelling guide of the project's hand-labelled wire statements (content
without a complementizer "that", never ending in ``,`` ``.`` or a quote mark; "told" keeps its
addressee in the cue; the writer's background is cut) and AP/Reuters attribution style.

Everything is a left-to-right pass over tokens with bounded look-around: linear in the length
of the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from wirestory._checks import require_str
from wirestory._lang import detect_language, supported
from wirestory._models import Statement
from wirestory._segments import Line
from wirestory._statements._engine import read_statements
from wirestory._statements._finish import finish
from wirestory._statements._model import CueKind, Doc

__all__ = ["CueKind", "find_body_statements", "find_statements"]


def find_statements(text: str, *, lang: str | None = None) -> list[Statement]:
    """Find the attributed statements of a story, in text order.

    *lang* is the ISO 639-1 code of the text's language; by default it is guessed
    (``wirestory._lang.detect_language``). English, German and French are read (German by
    ``wirestory._statements._de``, French by ``wirestory._statements._fr``); a text in
    another language gives no statements (English rules find only noise in it).

    >>> [st] = find_statements('"We will help," Lavrov told reporters.')
    >>> st.kind.value, st.speaker.text, st.cue.text, st.content.text, st.rule
    ('direct', 'Lavrov', 'told reporters', 'We will help', 'subject')
    >>> [st] = find_statements("„Wir helfen“, sagte der Minister, der nicht in Berlin war.")
    >>> st.speaker.text, st.cue.text, st.content.text, st.lang
    ('der Minister', 'sagte', 'Wir helfen', 'de')
    >>> [st] = find_statements("« Nous aiderons », a déclaré le ministre dans un entretien.")
    >>> st.speaker.text, st.cue.text, st.content.text, st.lang
    ('le ministre', 'a déclaré', 'Nous aiderons', 'fr')
    >>> find_statements("El ministro dijo que las conversaciones se reanudarán.", lang="es")
    []
    """
    require_str(text)
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"lang must be a str or None, not {type(lang).__name__}")
    code = (detect_language(text) if lang is None else lang).lower().split("-", 1)[0]
    # HOOK (issue 20): German copy is read by the German reader, not the English rules.
    if code == "de":
        from wirestory._statements._de import find_german_statements  # noqa: PLC0415

        return find_german_statements(text)
    if code == "fr":
        from wirestory._statements._fr import find_french_statements  # noqa: PLC0415

        return find_french_statements(text)
    if not supported(code):
        return []
    doc = Doc(text)
    return finish(doc, read_statements(doc))


def find_body_statements(
    text: str,
    publishers: Iterable[str] = (),
    layout: str | None = None,
    lines: list[Line] | None = None,
) -> list[Statement]:
    """:func:`find_statements` for a story body whose dateline was already read and removed.

    The paragraphs are not searched for datelines; *publishers* are the names and codes of
    the dateline's agencies ("Reuters"), whose own reporting ("told Reuters") is no relay.
    When *text* is a copy of a story with its header and trailer blanked out, *layout* is the
    story itself: its lines give the paragraphs (in a one-paragraph Reuters story, the
    indented sign-off " Reuter" is what marks the block as teletype copy); *lines* are the
    layout's :func:`~wirestory._segments.split_lines`, when the caller has them.
    """
    # HOOK (issue 20): a German story body is read by the German reader.
    code = detect_language(text)
    if code == "de":
        from wirestory._statements._de import find_german_statements  # noqa: PLC0415

        return find_german_statements(text)
    if code == "fr":
        from wirestory._statements._fr import find_french_statements  # noqa: PLC0415

        return find_french_statements(text)
    doc = Doc(text, datelines=False, layout=layout, lines=lines)
    doc.publishers |= {name.lower() for name in publishers}
    return finish(doc, read_statements(doc))
