"""Reading local inputs: files and folders of articles -> ``RawDocument`` (or ``SourceError``).

    for item in read_paths(["samples/", "~/news/op-ed.html"]):
        ...   # RawDocument, or SourceError naming the file and the problem

Folders are walked recursively (hidden files and folders skipped, sorted for a stable order) and
only files with a known suffix are taken; a file named explicitly must have one too. Text is
decoded as UTF-8 (a BOM is dropped), else with the encoding ``charset-normalizer`` detects.
Empty, binary, oversized and unreadable files become ``SourceError`` items: the caller records
them and goes on with the rest.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from geokg.errors import SourceError
from ingest.records import RawDocument

CONTENT_TYPES = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html",
    ".md": "markdown", ".markdown": "markdown",
}
MAX_BYTES = 10 * 1024 * 1024     # a news page, even with inline scripts, is far below this
_SNIFF_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
# Control characters that never occur in text (tab, newline, carriage return, form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_paths(paths: Iterable[str | os.PathLike], *, max_bytes: int = MAX_BYTES
               ) -> Iterator[RawDocument | SourceError]:
    """Every readable article under ``paths`` (files or folders), each file once."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            files = sorted(_walk(path))
            if not files:
                yield SourceError(str(path.absolute()), "no .txt, .html, .htm, .md or .markdown files in this folder")
        elif path.exists():
            files = [path]
        else:
            yield SourceError(str(path.absolute()), "no such file or folder")
            continue
        for file in files:
            key = file.resolve()
            if key in seen:
                continue
            seen.add(key)
            try:
                yield read_file(key, max_bytes=max_bytes)
            except SourceError as exc:
                yield exc


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in CONTENT_TYPES:
                yield Path(root) / name


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """One file as a ``RawDocument`` (``source_key`` = its absolute path); ``SourceError`` if unusable."""
    source = str(path)
    content_type = CONTENT_TYPES.get(path.suffix.lower())
    if content_type is None:
        known = ", ".join(sorted(CONTENT_TYPES))
        raise SourceError(source, f"unsupported file type {path.suffix or '(no suffix)'!r}; expected one of {known}")
    try:
        if not path.is_file():
            raise SourceError(source, "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(source, f"file too large ({_size(size)}; the limit is {_size(max_bytes)})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(source, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SourceError(source, f"file too large (over {_size(max_bytes)})")
    text = decode(data, source)
    if not text.strip():
        raise SourceError(source, "empty file" if not data else "file has no text (only whitespace)")
    if content_type == "text" and _SNIFF_HTML.match(data[:4096]):
        content_type = "html"       # an HTML page saved as .txt is still HTML
    return RawDocument(source_key=source, raw=text, content_type=content_type)


def decode(data: bytes, source: str) -> str:
    """Text of ``data``: UTF-8 when it is, else the detected encoding; binary data is refused."""
    if b"\x00" in data[:8192] and not _is_utf16(data):
        raise SourceError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect(data, source)
    if text and len(_CONTROL.findall(text[:8192])) > max(8, len(text[:8192]) // 100):
        raise SourceError(source, "binary file (control characters), not text")
    return text


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise SourceError(source, "binary file or unknown text encoding (not UTF-8, no other encoding fits)")
    # Single-byte Latin code pages often decode the same bytes equally well; among equally good
    # candidates prefer Windows-1252, by far the most common legacy encoding of Western news text.
    for match in matches:
        if match.chaos <= best.chaos and (match.encoding == "cp1252" or "cp1252" in match.could_be_from_charset):
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                break
    return str(best)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"
