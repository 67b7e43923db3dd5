"""Reading inputs (pure) and whole ingest runs against the real Neo4j with the real stages."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geokg.errors import SourceError
from ingest.pipeline import run_ingest
from ingest.read import read_paths
from ingest.records import RawDocument

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample(n: int) -> Path:
    return sorted(SAMPLES.glob("*.txt"))[n]


# -- reading -------------------------------------------------------------------------------------

def _read(*paths, **kw) -> tuple[dict[str, RawDocument], dict[str, str]]:
    docs, errors = {}, {}
    for item in read_paths(paths, **kw):
        if isinstance(item, SourceError):
            errors[Path(item.source).name] = item.problem
        else:
            docs[Path(item.source_key).name] = item
    return docs, errors


def test_folders_are_read_recursively_with_known_suffixes_only(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Plain text article.", encoding="utf-8")
    (tmp_path / "sub" / "b.HTML").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.md").write_text("# Title\n\nBody.", encoding="utf-8")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden" / "d.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".e.txt").write_text("hidden", encoding="utf-8")

    docs, errors = _read(tmp_path, tmp_path / "a.txt")      # a.txt named twice: read once
    assert sorted(docs) == ["a.txt", "b.HTML", "c.md"] and errors == {}
    assert [docs[n].content_type for n in ("a.txt", "b.HTML", "c.md")] == ["text", "html", "markdown"]
    assert docs["a.txt"].source_key == str((tmp_path / "a.txt").resolve())
    assert docs["a.txt"].raw == "Plain text article."


def test_bad_files_become_errors_naming_the_file_and_the_problem(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    (tmp_path / "good.txt").write_text("A real article.", encoding="utf-8")
    docs, errors = _read(tmp_path, tmp_path / "missing.txt", SAMPLES.parent / "pyproject.toml", max_bytes=4096)
    assert sorted(docs) == ["good.txt"]
    assert errors["empty.txt"] == "empty file"
    assert "no text" in errors["blank.txt"]
    assert "binary" in errors["binary.txt"]
    assert "too large" in errors["big.txt"] and "4 kB" in errors["big.txt"]
    assert errors["missing.txt"] == "no such file or folder"
    assert "unsupported file type '.toml'" in errors["pyproject.toml"]


def test_other_encodings_are_detected_and_html_saved_as_text_is_html(tmp_path):
    french = "Le gouvernement français a annoncé des négociations avec ses voisins à Genève. " * 3
    (tmp_path / "latin1.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes("\ufeffWith a byte order mark.".encode("utf-8"))
    (tmp_path / "polish.txt").write_bytes("Zażółć gęślą jaźń, powiedział minister spraw zagranicznych.".encode("cp1250"))
    (tmp_path / "utf16.txt").write_bytes("Texte en UTF-16, très bien.".encode("utf-16"))
    (tmp_path / "page.txt").write_text("<!DOCTYPE html>\n<html><body>x</body></html>", encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert errors == {}
    assert docs["latin1.txt"].raw == french
    assert docs["bom.txt"].raw == "With a byte order mark."
    assert docs["polish.txt"].raw == "Zażółć gęślą jaźń, powiedział minister spraw zagranicznych."
    assert docs["utf16.txt"].raw == "Texte en UTF-16, très bien."
    assert docs["page.txt"].content_type == "html"


def test_an_unreadable_file_is_an_error_not_a_crash(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):      # running as root: permissions do not apply
        locked.chmod(0o600)
        pytest.skip("file permissions are not enforced for this user")
    docs, errors = _read(locked)
    locked.chmod(0o600)
    assert docs == {} and "cannot read file" in errors["locked.txt"]


# -- whole runs ----------------------------------------------------------------------------------

def graph_counts(graph) -> dict[str, int]:
    nodes = graph.read("MATCH (n) WHERE NOT n:IngestRun UNWIND labels(n) AS label RETURN label, count(*) AS n")
    rels = graph.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    return {**{r["label"]: r["n"] for r in nodes}, **{r["type"]: r["n"] for r in rels}}


def documents(graph) -> list[dict]:
    return graph.read("MATCH (d:Document) RETURN d.sourceKey AS key, d.id AS id, d.firstSeen AS first, "
                      "d.lastSeen AS last ORDER BY key")


@pytest.fixture()
def folder(tmp_path) -> Path:
    shutil.copy(sample(0), tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    return tmp_path


def test_a_run_loads_good_files_names_bad_ones_and_records_itself(empty_graph, folder):
    report = run_ingest(read_paths([folder]), empty_graph, progress=False, sources=[str(folder)])

    assert (report.status, report.new, report.updated, report.unchanged, report.failed) == ("finished", 1, 0, 0, 2)
    assert sorted(e.split(": ")[0] for e in report.errors) == [str(folder / "binary.html"), str(folder / "empty.txt")]
    assert any("empty file" in e for e in report.errors) and any("binary" in e for e in report.errors)
    assert [d["key"] for d in documents(empty_graph)] == [str(folder / "good.txt")]
    assert graph_counts(empty_graph)["Claim"] > 0 and graph_counts(empty_graph)["MENTIONS"] > 0

    run = empty_graph.read("MATCH (r:IngestRun) RETURN r {.*} AS r")[0]["r"]
    assert run["id"] == report.run_id and run["status"] == "finished" and run["trigger"] == "cli"
    assert (run["new"], run["updated"], run["unchanged"], run["failed"]) == (1, 0, 0, 2)
    assert run["errors"] == report.errors and run["sources"] == [str(folder)]
    assert run["startedAt"] <= run["endedAt"]


def test_a_second_run_skips_unchanged_articles_without_extracting_or_writing(empty_graph, folder, monkeypatch):
    run_ingest(read_paths([folder]), empty_graph, progress=False)
    before, docs_before = graph_counts(empty_graph), documents(empty_graph)

    import ingest.clean
    import ingest.extract

    def must_not_run(*_):
        raise AssertionError("an unchanged article was cleaned or extracted again")

    monkeypatch.setattr(ingest.clean, "clean", must_not_run)
    monkeypatch.setattr(ingest.extract, "extract", must_not_run)
    report = run_ingest(read_paths([folder]), empty_graph, progress=False)

    assert (report.status, report.new, report.updated, report.unchanged, report.failed) == ("finished", 0, 0, 1, 2)
    assert graph_counts(empty_graph) == before
    after = documents(empty_graph)
    assert [(d["key"], d["id"], d["first"]) for d in after] == [(d["key"], d["id"], d["first"]) for d in docs_before]
    assert after[0]["last"] > docs_before[0]["last"]
    runs = empty_graph.read("MATCH (r:IngestRun) RETURN r.unchanged AS unchanged ORDER BY r.startedAt")
    assert [r["unchanged"] for r in runs] == [0, 1]


def test_an_edited_file_is_updated_and_its_old_version_removed(empty_graph, tmp_path):
    target = tmp_path / "article.txt"
    shutil.copy(sample(1), target)
    run_ingest(read_paths([target]), empty_graph, progress=False)
    old = documents(empty_graph)[0]
    shutil.copy(sample(2), target)      # same path, another article

    report = run_ingest(read_paths([target]), empty_graph, progress=False)

    assert (report.new, report.updated, report.failed) == (0, 1, 0)
    docs = documents(empty_graph)
    assert len(docs) == 1 and docs[0]["key"] == str(target) and docs[0]["id"] != old["id"]
    assert empty_graph.read("MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->(:Document {id: $id}) RETURN count(c) AS n",
                            {"id": docs[0]["id"]}) == [{"n": 0}]
    import cypher
    assert empty_graph.read(cypher.load("analyst/orphan_entities")) == []


def test_a_failing_stage_is_recorded_and_the_run_goes_on(empty_graph, tmp_path, monkeypatch):
    shutil.copy(sample(0), tmp_path / "a.txt")
    shutil.copy(sample(3), tmp_path / "b.txt")
    import ingest.extract

    real = ingest.extract.extract

    def flaky(article):
        if article.source_key.endswith("a.txt"):
            raise ValueError("extractor broke on this one")
        return real(article)

    monkeypatch.setattr(ingest.extract, "extract", flaky)
    report = run_ingest(read_paths([tmp_path]), empty_graph, progress=False)
    assert (report.new, report.failed) == (1, 1)
    assert report.errors == [f"{tmp_path / 'a.txt'}: ValueError: extractor broke on this one"]
    assert [d["key"] for d in documents(empty_graph)] == [str(tmp_path / "b.txt")]


def test_should_stop_interrupts_between_documents(empty_graph, tmp_path):
    for n in range(3):
        shutil.copy(sample(n), tmp_path / f"{n}.txt")

    def stop_after_one():
        return len(documents(empty_graph)) >= 1

    report = run_ingest(read_paths([tmp_path]), empty_graph, progress=False, should_stop=stop_after_one)
    assert report.status == "interrupted" and report.new == 1
    run = empty_graph.read("MATCH (r:IngestRun) RETURN r.status AS status, r.new AS new, r.endedAt AS ended")[0]
    assert run["status"] == "interrupted" and run["new"] == 1 and run["ended"] is not None


def test_entities_of_earlier_articles_are_offered_to_resolution(empty_graph, tmp_path, monkeypatch):
    shutil.copy(sample(0), tmp_path / "a.txt")
    run_ingest(read_paths([tmp_path / "a.txt"]), empty_graph, progress=False)
    stored = {r["id"] for r in empty_graph.read("MATCH (e:Entity) RETURN e.id AS id")}
    import ingest.resolve

    offered = []
    real = ingest.resolve.resolve

    def spy(extraction, known=()):
        known = list(known)
        offered.append({e.id for e in known})
        return real(extraction, known)

    monkeypatch.setattr(ingest.resolve, "resolve", spy)
    shutil.copy(sample(1), tmp_path / "b.txt")
    run_ingest(read_paths([tmp_path / "b.txt"]), empty_graph, progress=False)
    assert offered and offered[0] == stored
