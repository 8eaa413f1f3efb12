"""Ingest files and folders into the store: read, extract, write — idempotent and crash-safe.

A file whose content (hash) and extractor version are already stored is
skipped; a changed file replaces its old records; a file that cannot be read
goes to ``ingest_errors`` and stderr, and the batch goes on. Extraction runs in
this process, in ``--workers N`` local processes, or on a Dask cluster
(``--scheduler``); records reach the store as Parquet partitions either way
(see :mod:`extractors.store`), so the three give the same store.
"""

from __future__ import annotations

import argparse
import csv
import errno
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from . import hashing, readers, store
from .pipeline import area_arg
from .reference import parse_pubdate, pubdate_arg, pubdate_text
from .text import DEFAULT_MAX_BYTES, MB, InputError, NotChinese, with_cli_hint

SEEDS = store.PROJECT_ROOT / "seeds"

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class FileTask:
    """One file to extract: where it is and the name it is stored under."""

    path: str
    source: str
    size: int
    pubdate: str | None = None  # from a pubdates.csv beside the file
    in_folder: bool = False     # found by walking a folder, not named by the user
    area: str | None = None     # the page's place, from pubdates.csv or --area, for text naming none


@dataclass(slots=True)
class FileResult:
    """What extracting one file produced: its rows as Arrow tables, or an error."""

    source: str
    size: int
    digest: str = ""
    tables: dict[str, pa.Table] = field(default_factory=dict)
    error: str | None = None
    skipped: str | None = None   # why a file that is no article was passed over
    articles: int = 0
    quantities: int = 0
    dates: int = 0


@dataclass(slots=True)
class Batch:
    """Results of a group of files. From a worker, ``encoded`` holds all their
    records as Parquet bytes (one partition) and the results carry no tables:
    bytes cross a process boundary at a fraction of the cost of pickled tables."""

    results: list[FileResult]
    encoded: dict[str, bytes] | None = None


@dataclass(slots=True)
class IngestSummary:
    """Counts for one ingest run; :meth:`line` is the closing summary."""

    db: Path
    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    bytes: int = 0
    articles: int = 0
    quantities: int = 0
    dates: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)   # (file, why), not errors
    stored: list[str] = field(default_factory=list)              # the files ingested
    unchanged_sources: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        rate = self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0
        return (f"ingested {self.ingested} of {self.files} files ({self.bytes / 1e6:.1f} MB, "
                f"{rate:.2f} MB/s): {self.articles} articles, {self.quantities} claims, "
                f"{self.dates} dates; {self.unchanged} unchanged, {self.skipped} skipped, "
                f"{self.failed} failed → {self.db}")


# --------------------------------------------------------------------------- one file


def source_name(path: str | os.PathLike[str]) -> str:
    """The name a file is stored under: relative to the project when inside it
    (``seeds/000_….txt``), else its absolute path."""
    resolved = Path(os.path.abspath(path))
    try:
        return resolved.relative_to(store.PROJECT_ROOT).as_posix()
    except ValueError:
        return resolved.as_posix()


def extract_file(task: FileTask, pubdate: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 data: bytes | None = None) -> FileResult:
    """Read and extract one file (from ``data`` when given, else from ``task.path``).

    Runs in worker processes: it never raises for a bad file, and an extractor
    bug in one file becomes that file's error instead of ending the batch.
    """
    from .pipeline import extract

    result = FileResult(task.source, task.size)
    try:
        if data is None:
            data = readers.load_bytes(task.path, max_bytes, task.source)
        result.size = len(data)
        result.digest = hashing.content_hash(data)
        doc = readers.read_bytes(data, task.source, max_bytes)
        ex = extract(doc.text, pubdate=task.pubdate or pubdate or doc.date, source=task.source,
                     pubdate_source="pubdates.csv" if task.pubdate else "pubdate", area=task.area)
        rows = store.extraction_rows(ex, task.source, result.digest, result.size)
        result.tables = store.arrow_tables(rows)
    except NotChinese as err:
        if task.in_folder:       # a folder's README or licence: no article, no error
            result.skipped = "no Chinese text: not an article"
            return result
        return _failed(result, err.reason)
    except InputError as err:
        return _failed(result, err.reason)
    except Exception as err:  # noqa: BLE001 - one file's bug must not end the batch
        return _failed(result, f"extractor failed: {type(err).__name__}: {err}")
    result.articles, result.quantities, result.dates = len(ex.articles), len(ex.quantities), len(ex.dates)
    return result


def _failed(result: FileResult, reason: str) -> FileResult:
    result.error = reason
    result.tables = store.arrow_tables(store.error_rows(result.source, reason))
    return result


# --------------------------------------------------------------------------- the batch


#: Folders a folder's ingest never enters: tools' and builds' own.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "build", "dist", "venv", "site-packages",
                             "_build", "__MACOSX"})
#: Documentation that lives beside a corpus (seeds/SOURCES.md), by its name's stem.
DOCUMENTATION = frozenset({"readme", "sources", "license", "licence", "changelog", "contributing",
                           "notice", "authors", "copying"})


@dataclass(slots=True)
class Collected:
    """The files a list of paths names: what to ingest, what failed at once (broken
    links, unreadable folders), and what was passed over on purpose, with why."""

    tasks: list[FileTask] = field(default_factory=list)
    errors: list[FileResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    area: str | None = None      # the batch's place (--area), for pages pubdates.csv gives none


def collect(paths: Iterable[str | os.PathLike[str]], max_bytes: int = DEFAULT_MAX_BYTES,
            area: str | None = None) -> Collected:
    """The files under ``paths``. Folders are walked without following links into
    other folders; hidden, build and documentation files and unsupported formats are
    skipped; a broken or looping link or an unreadable folder is an error of its
    own, and the rest goes on. ``area`` is every page's place unless its folder's
    pubdates.csv gives one."""
    found = Collected(area=area)
    for given in paths:
        p = Path(given)
        if p.is_dir():
            _walk(p, found)
        elif p.is_file():
            _add(p, read_sidecar(p.parent).get(p.name, PageNote()), found, in_folder=False)
        else:
            found.errors.append(_failed(FileResult(source_name(p), 0), _why_unreadable(p)))
    return found


def _walk(folder: Path, found: Collected) -> None:
    def unreadable(err: OSError) -> None:
        name = source_name(err.filename or folder)
        found.errors.append(_failed(FileResult(name, 0), f"cannot read folder: {err.strerror or err}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
        notes = read_sidecar(Path(root))
        for name in sorted(files):
            path = Path(root) / name
            why = _skip_reason(name)
            if why:
                found.skipped.append((source_name(path), why))
            elif path.is_symlink() and not path.exists():
                found.errors.append(_failed(FileResult(source_name(path), 0), _why_unreadable(path)))
            else:
                _add(path, notes.get(name, PageNote()), found, in_folder=True)


def _skip_reason(name: str) -> str | None:
    if name.startswith("."):
        return "hidden file"
    if name == PUBDATES_FILE:
        return "issue dates of the folder"
    if name.split(".", 1)[0].lower() in DOCUMENTATION:
        return "documentation, not an article"
    if readers.format_of(name) is None:
        return "not a document type zhibiao reads"
    return None


def _add(path: Path, note: PageNote, found: Collected, in_folder: bool) -> None:
    try:
        size = path.stat().st_size
    except OSError as err:
        found.errors.append(_failed(FileResult(source_name(path), 0), _why_unreadable(path, err)))
        return
    found.tasks.append(FileTask(str(path), source_name(path), size, note.pubdate, in_folder,
                                note.area or found.area))


def _why_unreadable(path: Path, err: OSError | None = None) -> str:
    """A one-line reason for a path that names no readable file."""
    try:
        if err is None:
            path.stat()
    except OSError as stat_err:
        err = stat_err
    if err is not None and err.errno == errno.ELOOP:
        return "symbolic link loop"
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link (to {os.readlink(path)})"
    if err is not None and err.errno == errno.EACCES:
        return "permission denied"
    if not path.exists():
        return "no such file or folder"
    return "not a regular file" if err is None else f"cannot read: {err.strerror or err}"


PUBDATES_FILE = "pubdates.csv"


@dataclass(frozen=True, slots=True)
class PageNote:
    """What a folder's pubdates.csv says of one page: its issue date and its place."""

    pubdate: str | None = None
    area: str | None = None


def read_sidecar(folder: Path) -> dict[str, PageNote]:
    """What the ``pubdates.csv`` of ``folder`` says of its pages, if it has one: columns
    ``file,pubdate`` and, optionally, ``area`` (the page's place, for text that names
    none: 酉阳县, 重庆市涪陵区). ``pubdate`` is YYYY-MM-DD, YYYY-MM or YYYY. A page's own
    line wins over ``--pubdate`` and ``--area``, which are for a whole batch; a value
    that is no date or no known place is warned of and left out."""
    from .pipeline import resolve_area

    sidecar = folder / PUBDATES_FILE
    if not sidecar.is_file():
        return {}
    found: dict[str, PageNote] = {}
    with sidecar.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("file") or "").strip()
            value, area = (row.get("pubdate") or "").strip(), (row.get("area") or "").strip() or None
            try:
                day = pubdate_text(parse_pubdate(value)) if value else None
            except ValueError:
                print(f"warning: {sidecar}: ignoring {name!r}: not a date {value!r}", file=sys.stderr)
                day = None
            if area is not None:
                try:
                    resolve_area(area)
                except ValueError as err:
                    print(f"warning: {sidecar}: ignoring the area of {name!r}: {err}", file=sys.stderr)
                    area = None
            found[name] = PageNote(day, area)
    return found


def read_pubdates(folder: Path) -> dict[str, str]:
    """The issue dates :func:`read_sidecar` finds."""
    return {name: note.pubdate for name, note in read_sidecar(folder).items() if note.pubdate}


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str] | None = None,
    pubdate: str | date | None = None,
    *,
    area: str | None = None,
    workers: int = 1,
    scheduler: str | Any | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
    progress: Progress | None = None,
    quiet: bool = True,
    partition_bytes: int = 2 * 1024 * 1024,
    publish_every: float = 5.0,
) -> IngestSummary:
    """Ingest files and folders into the store at ``db`` (default: the project store).

    ``area`` is the pages' place for text that names none (a folder's pubdates.csv
    may give it per page). ``workers`` > 1 extracts in that many local processes; ``scheduler`` (a
    ``tcp://host:port`` address, or a ``distributed`` Client or cluster) runs
    extraction on Dask. ``progress`` receives a one-line Chinese status after
    each file (for the dashboard); ``quiet=False`` shows a progress bar on a
    terminal and prints each error to stderr.
    """
    started = time.monotonic()
    if workers > 1 and scheduler is None:
        start_workers_warming()
    db_path = Path(db) if db is not None else store.default_store_path()
    pub = pubdate.isoformat() if isinstance(pubdate, date) else pubdate
    summary, todo, early, twins = _plan_batch(db_path, paths, max_bytes, force, area)
    spool = store.Spool(db_path, partition_bytes=partition_bytes, publish_every=publish_every)
    bar = _bar(sum(t.size for t in todo), quiet)
    record = _Recorder(summary, spool, bar, quiet, progress, len(todo) + len(early))
    try:
        for result in early:
            record(result)
        for batch in _run(todo, pub, max_bytes, workers, scheduler):
            if batch.encoded is not None:
                spool.add_encoded(batch.encoded)
            for result in batch.results:
                record(result)
    except KeyboardInterrupt:
        spool.close()  # keep what is done: a re-run skips it
        raise
    finally:
        bar.close()
    spool.close()
    _set_aside(summary, spool.quarantined, quiet)
    _report_twins(summary, twins, quiet)
    summary.seconds = time.monotonic() - started
    return summary


def _plan_batch(db_path: Path, paths: Iterable[str | os.PathLike[str]], max_bytes: int, force: bool,
                area: str | None = None,
                ) -> tuple[IngestSummary, list[FileTask], list[FileResult], dict[str, str]]:
    """Recover what an earlier run left (create or migrate the store), then find the
    files: a new summary, the files to extract, the results known already (bad paths,
    unreadable files) and the files whose bytes another one of the batch shares."""
    leftover: list[tuple[str, str]] = []
    store.publish(db_path, quarantined=leftover)
    summary = IngestSummary(db_path)
    summary.errors.extend(leftover)
    summary.failed += len(leftover)
    found = collect(paths, max_bytes, area)
    early = found.errors
    summary.files = len(found.tasks) + len(early) + len(found.skipped)
    summary.skipped, summary.skips = len(found.skipped), list(found.skipped)
    todo, unchanged, early_more, twins = _plan(found.tasks, db_path, max_bytes, force)
    summary.unchanged, summary.unchanged_sources = len(unchanged), unchanged
    return summary, todo, early + early_more, twins


@dataclass
class _Recorder:
    """Counts each file's result into the summary, spools its records and reports progress."""

    summary: IngestSummary
    spool: store.Spool
    bar: Any
    quiet: bool
    progress: Progress | None
    total: int
    done: int = 0

    def __call__(self, result: FileResult) -> None:
        summary = self.summary
        self.done += 1
        if result.tables:
            self.spool.add(result.tables, result.size)
        if result.skipped:
            summary.skipped += 1
            summary.skips.append((result.source, result.skipped))
        elif result.error:
            summary.failed += 1
            summary.errors.append((result.source, result.error))
            if not self.quiet:
                _say(self.bar, f"error: {result.source}: {with_cli_hint(result.error)}")
        else:
            summary.ingested += 1
            summary.stored.append(result.source)
            summary.bytes += result.size
            summary.articles += result.articles
            summary.quantities += result.quantities
            summary.dates += result.dates
            self.bar.update(result.size)
        self.bar.set_postfix_str(f"files {self.done}/{self.total} claims {summary.quantities} "
                                 f"errors {summary.failed}", refresh=False)
        if self.progress is not None:
            self.progress(f"正在导入 {self.done}/{self.total}：{Path(result.source).name}")


def _report_twins(summary: IngestSummary, twins: dict[str, str], quiet: bool) -> None:
    """A file with the same bytes as another of the batch shares its outcome: an
    error when that one failed (an empty .pdf beside an empty .txt), else unchanged."""
    failed = dict(summary.errors)
    for twin, original in twins.items():
        if original in failed:
            summary.failed += 1
            summary.errors.append((twin, failed[original]))
            if not quiet:
                print(f"error: {twin}: {failed[original]}", file=sys.stderr)
        else:
            summary.unchanged += 1
            summary.unchanged_sources.append(twin)


def _set_aside(summary: IngestSummary, quarantined: list[tuple[str, str]], quiet: bool) -> None:
    """Files whose records the store could not take were counted as ingested when
    they were extracted: count them as failed, with the reason."""
    for source, reason in quarantined:
        if source in summary.stored:
            summary.stored.remove(source)
        summary.ingested -= 1
        summary.failed += 1
        summary.errors.append((source, reason))
        if not quiet:
            print(f"error: {source}: {with_cli_hint(reason)}", file=sys.stderr)


def _plan(tasks: list[FileTask], db: Path, max_bytes: int, force: bool
          ) -> tuple[list[FileTask], list[str], list[FileResult], dict[str, str]]:
    """Drop files whose content is already stored, and refuse oversized files
    before anything reads them; a file with the same bytes as an earlier one of the
    batch is its twin (source → the earlier one's source) and shares its outcome."""
    known: dict[str, tuple[str, str | None]] = {}
    by_hash: dict[str, str] = {}
    con = store.open_for_reading(db)
    try:
        for source, digest, version in con.execute(
            "SELECT source, content_hash, extractor_version FROM sources"
        ).fetchall():
            known[source] = (digest, version)
            by_hash.setdefault(digest, source)
    finally:
        con.close()
    version = store.extractor_version()
    todo: list[FileTask] = []
    errors: list[FileResult] = []
    unchanged: list[str] = []
    seen: dict[str, str] = {}
    twins: dict[str, str] = {}
    batch = {task.source for task in tasks}
    for task in tasks:
        if task.size > max_bytes:
            errors.append(_failed(FileResult(task.source, task.size),
                                  readers._too_large(task.size, max_bytes)))
            continue
        if force:
            todo.append(task)
            continue
        try:
            digest = hashing.file_hash(task.path)
        except OSError as err:
            errors.append(_failed(FileResult(task.source, task.size), f"cannot read: {err.strerror or err}"))
            continue
        stored_as = by_hash.get(digest)
        if digest in seen:
            twins[task.source] = seen[digest]
            continue
        if known.get(task.source) == (digest, version) or (
            stored_as is not None and stored_as != task.source and stored_as not in batch
        ):
            unchanged.append(task.source)  # the same bytes, stored here or under another name
            continue
        seen[digest] = task.source
        todo.append(task)
    return todo, unchanged, errors, twins


def _run(tasks: list[FileTask], pubdate: str | None, max_bytes: int, workers: int,
         scheduler: str | Any | None) -> Iterator[Batch]:
    if not tasks:
        return iter(())
    if scheduler is not None:
        from .distributed import run_on_cluster

        return run_on_cluster(tasks, scheduler, pubdate, max_bytes)
    if workers > 1:
        return run_in_processes(tasks, workers, pubdate, max_bytes)
    return (Batch([extract_file(task, pubdate, max_bytes)]) for task in tasks)


def quiet_logs() -> None:
    """Silence the libraries that log to stderr on every start (jieba's dictionary)."""
    for name in ("jieba", "pypdf", "trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _worker_init(parent: int) -> None:
    quiet_logs()
    # Ctrl-C reaches the whole process group; the parent decides what to do with it,
    # so a worker neither dies mid-file nor prints its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_gone, args=(parent,), name="watch-parent", daemon=True).start()


def _exit_when_gone(parent: int, every: float = 0.5) -> None:
    """End this worker once the ingest that started it is gone (killed with
    SIGKILL, say): nothing else would, since a worker waiting for work never
    notices that no more will come."""
    while store.pid_alive(parent):
        time.sleep(every)
    os._exit(0)


#: Files travel to workers in batches of about this much text: per-task
#: overhead (pickling, IPC, Dask's scheduler) then stays small beside the work.
BATCH_BYTES = 512 * 1024
BATCH_FILES = 64


def batches(tasks: Iterable[FileTask], max_bytes: int = BATCH_BYTES,
            max_files: int = BATCH_FILES) -> Iterator[list[FileTask]]:
    """Consecutive groups of files of about ``max_bytes`` (a larger file alone).

    >>> sizes = (300, 300, 300, 900, 10)
    >>> [[t.size for t in b] for b in batches((FileTask("", "", n) for n in sizes), max_bytes=650)]
    [[300, 300], [300], [900], [10]]
    """
    batch: list[FileTask] = []
    size = 0
    for task in tasks:
        if batch and (size + task.size > max_bytes or len(batch) >= max_files):
            yield batch
            batch, size = [], 0
        batch.append(task)
        size += task.size
    if batch:
        yield batch


def extract_batch(tasks: Sequence[FileTask], pubdate: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, data: Sequence[bytes | None] | None = None
                  ) -> Batch:
    """:func:`extract_file` over a batch (the unit of work sent to a worker),
    the records encoded as one Parquet partition."""
    blobs = data if data is not None else [None] * len(tasks)
    results = [extract_file(task, pubdate, max_bytes, blob) for task, blob in zip(tasks, blobs, strict=True)]
    encoded = store.encode_partition(store.concat_tables(r.tables for r in results))
    for result in results:
        result.tables = {}
    return Batch(results, encoded)


def worker_context() -> BaseContext:
    """How local workers start: forked from a fork server that has already
    imported the extractors and loaded jieba (:mod:`extractors.worker_preload`),
    so none of them pays that start-up again; spawned where there is no fork server.

    Never a plain fork of this process: it holds DuckDB and tqdm threads that a
    fork would copy mid-state. The fork server is a fresh process of its own.
    """
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload([f"{__package__}.worker_preload"])
    return context


def start_workers_warming() -> None:
    """Start the fork server now, so it warms up while this process plans the
    batch; the workers are forked from it once there is work."""
    context = worker_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


#: Batches queued per local worker. Deep enough that the workers stay busy
#: while this process publishes (seconds, on a large store); cheap, since a
#: finished batch waits here as Parquet bytes (about 0.4 × its text).
IN_FLIGHT = 8


def run_in_processes(tasks: Sequence[FileTask], workers: int, pubdate: str | None,
                     max_bytes: int) -> Iterator[Batch]:
    """Extract in ``workers`` local processes, at most :data:`IN_FLIGHT` ``× workers``
    batches in flight so memory stays flat however many files there are."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(),
                             initializer=_worker_init, initargs=(os.getpid(),)) as pool:
        pending: set[Future[Batch]] = set()
        queue = batches(tasks)
        for batch in queue:
            pending.add(pool.submit(extract_batch, batch, pubdate, max_bytes))
            if len(pending) >= IN_FLIGHT * workers:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                more = next(queue, None)
                if more is not None:
                    pending.add(pool.submit(extract_batch, more, pubdate, max_bytes))


class _NoBar:
    def update(self, n: int) -> None: ...
    def set_postfix_str(self, s: str, refresh: bool = True) -> None: ...
    def close(self) -> None: ...


def _bar(total: int, quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    try:  # a terminal that reports no size (some ptys, CI consoles) would get an empty bar
        sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except OSError:
        sized = False
    return tqdm(total=total, unit="B", unit_scale=True, desc="ingest", file=sys.stderr,
                ncols=None if sized else 100, nrows=None if sized else 20)


def _say(bar: Any, message: str) -> None:
    if isinstance(bar, _NoBar):
        print(message, file=sys.stderr)
    else:
        bar.write(message, file=sys.stderr)


# --------------------------------------------------------------------------- default store


def ensure_default_store(path: str | os.PathLike[str] | None = None,
                         progress: Progress | None = None) -> Path:
    """The store at ``path`` (default :func:`store.default_store_path`), built from
    the project's ``seeds/`` when it is missing or holds no source yet, and
    migrated when it is older. ``progress`` receives status lines for the UI."""
    db = Path(path) if path is not None else store.default_store_path()
    con = store.open_for_reading(db)  # creates an empty store or migrates an older one
    try:
        empty = con.execute("SELECT count(*) FROM sources").fetchall()[0][0] == 0
    finally:
        con.close()
    if empty:
        if progress is not None:
            progress("首次运行：正在从 seeds/ 建立默认数据库…")
        ingest_paths([SEEDS], db, progress=progress)
        if progress is not None:
            progress("默认数据库已建立")
    return db


# --------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Ingest files and folders (.txt .md .html .docx .pdf) into the store."""
    parser.description = (
        "Read, extract and store files and folders. Unchanged files are skipped, changed ones "
        "replaced; files that fail are listed and the rest go on."
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (none: just create or upgrade the store)")
    parser.add_argument("--db", type=Path, help="store file (default: $ZHIBIAO_DB or data/zhibiao.duckdb)")
    parser.add_argument("--pubdate", type=pubdate_arg,
                        help="issue date of the pages: YYYY-MM-DD, or YYYY-MM / YYYY (its first day)")
    parser.add_argument("--area", type=area_arg, metavar="PLACE",
                        help="the pages' place, for text that names none (酉阳县, 重庆市涪陵区); "
                             "an area column in a folder's pubdates.csv gives it per page")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extract in N local processes (default 1)")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="run extraction on this Dask scheduler")
    parser.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / MB, metavar="N",
                        help="refuse files larger than N MB (default %(default).0f)")
    parser.add_argument("--force", action="store_true", help="re-extract files even when unchanged")
    parser.add_argument("--quiet", action="store_true", help="no progress bar, errors or summary")
    parser.add_argument("--publish-every", type=float, default=5.0, metavar="SECONDS",
                        help=argparse.SUPPRESS)
    parser.add_argument("--partition-mb", type=float, default=2.0, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Run ``ingest``; exit code 1 if any file failed, 2 if the store cannot be used."""
    quiet_logs()
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = ingest_paths(
            args.paths, args.db, args.pubdate, area=args.area, workers=args.workers, scheduler=args.scheduler,
            max_bytes=int(args.max_mb * MB), force=args.force, quiet=args.quiet,
            partition_bytes=int(args.partition_mb * 1024 * 1024), publish_every=args.publish_every,
        )
    except store.StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except (OSError, duckdb.Error) as err:   # writing beside the store, opening or migrating it
        print(f"error: {store.failure_message(args.db or store.default_store_path(), err)}",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the files done so far are stored; run the same command again to "
              "finish", file=sys.stderr)
        return 130
    if not args.quiet:
        print(summary.line())
    return 0 if summary.ok else 1
