"""An article's text as HTML with its entity mentions highlighted (everything else escaped)."""
from __future__ import annotations

import html
from typing import Iterable, Mapping

from dashboard.style import TYPE_COLOURS


def spans(mentions: Iterable[Mapping], text_length: int) -> list[tuple[int, int, Mapping]]:
    """(start, end, mention) for every in-range occurrence, earliest first, overlaps dropped."""
    found = []
    for m in mentions:
        for start, end in zip(m.get("starts") or [], m.get("ends") or []):
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length:
                found.append((start, end, m))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept, last_end = [], -1
    for start, end, m in found:
        if start >= last_end:
            kept.append((start, end, m))
            last_end = end
    return kept


def highlighted_html(text: str, mentions: Iterable[Mapping], *, selected: str | None = None) -> str:
    """Paragraphs of ``text`` with each mention in a coloured <mark> naming the entity."""
    out, pos = [], 0
    for start, end, m in spans(mentions, len(text)):
        out.append(html.escape(text[pos:start]))
        colour = TYPE_COLOURS.get(m.get("type") or "", "#888888")
        strong = selected is not None and m.get("entity") == selected
        tip = f"{m.get('name', '')} ({m.get('type', '')})"
        out.append(
            f'<mark class="mention" data-entity="{html.escape(str(m.get("entity", "")), quote=True)}" '
            f'title="{html.escape(tip, quote=True)}" '
            f'style="background:{colour}{"55" if strong else "22"};border-bottom:2px solid {colour};'
            f'padding:0 2px;border-radius:3px;color:inherit">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    paragraphs = [p.strip() for p in body.split("\n\n")]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs if p)
