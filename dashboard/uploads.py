"""Uploaded files: which are accepted, where they are kept, how they are ingested,
and what the page tells the user about each one.

No Streamlit here. A browser sends any name it likes (``../../app.py``,
``C:\\x\\y.txt``, a NUL byte); the saved file always lands directly inside the
upload folder, under a name made of a short hash of what the browser called it
and the name's safe characters, so two names that clean alike (``同名?.txt``,
``同名*.txt``) never overwrite each other, while the same name uploaded again
replaces its earlier records. Ingest runs in a separate process under time and
memory limits, so no upload can take the server down.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import queue
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath

from extractors import readers
from extractors.text import DEFAULT_MAX_BYTES, MB, megabytes

MAX_BYTES = DEFAULT_MAX_BYTES
ALLOWED_SUFFIXES: tuple[str, ...] = tuple(sorted(readers.FORMATS))
#: An upload batch's ingest may take this long and this much memory (address space)
#: in its worker; beyond, the worker is stopped and the batch reported, the server untouched.
WORKER_SECONDS = 180.0
WORKER_MEMORY = 3 * 1024 * MB

_UNSAFE = re.compile(r"[^\w\u3400-\u9fff.\- ]+")
_MAX_NAME = 120


def upload_dir(store_path: Path) -> Path:
    """``uploads/`` beside the store: ``data/uploads/`` for the default store."""
    return store_path.parent / "uploads"


def sanitize(name: str) -> str:
    """A bare, safe file name for what the browser called ``name``.

    >>> sanitize("../../etc/passwd.txt")
    'passwd.txt'
    >>> sanitize("C:\\\\报纸\\\\9月 第1版.TXT")
    '9月 第1版.txt'
    >>> sanitize("..")
    'upload'
    >>> sanitize(".bashrc.txt")
    'bashrc.txt'
    >>> sanitize("a<b>|c?.html")
    'a_b_c_.html'
    """
    name = unicodedata.normalize("NFKC", name).replace("\x00", "")
    last = re.split(r"[/\\]", name)[-1]
    stem, suffix = _split(last)
    stem = _UNSAFE.sub("_", stem).strip(" .")
    stem = stem.lstrip("-_") or "upload"
    suffix = _UNSAFE.sub("", suffix).lower()
    return stem[: _MAX_NAME - len(suffix)] + suffix


def stored_name(name: str) -> str:
    """The name an upload is kept under: a hash of the name the browser gave (its last
    part), then its clean name — distinct for distinct names, the same for the same name.

    >>> stored_name("同名?.txt") != stored_name("同名*.txt")
    True
    >>> stored_name("../报纸.txt") == stored_name("报纸.txt"), stored_name("报纸.txt")[9:]
    (True, '报纸.txt')
    """
    last = re.split(r"[/\\]", unicodedata.normalize("NFKC", name).replace("\x00", ""))[-1]
    digest = hashlib.sha256(last.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{digest}_{sanitize(name)}"


def _split(name: str) -> tuple[str, str]:
    path = PurePath(name) if name not in ("", ".", "..") else PurePath("upload")
    return path.stem, path.suffix


def rejection(name: str, size: int) -> str | None:
    """Why an upload is refused before it is read (one line, in Chinese), or ``None``.

    >>> rejection("报纸.txt", 1000) is None
    True
    >>> rejection("图片.jpg", 1000)
    '不支持的文件类型 .jpg（可上传 .docx、.htm、.html、.markdown、.md、.pdf、.text、.txt、.xhtml）'
    >>> rejection("空.txt", 0)
    '文件是空的'
    >>> rejection("大.pdf", 20 * MB)
    '文件过大（20 MB，上限 16 MB）'
    """
    suffix = PurePath(sanitize(name)).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        allowed = "、".join(ALLOWED_SUFFIXES)
        return f"不支持的文件类型 {suffix or '（无扩展名）'}（可上传 {allowed}）"
    if size == 0:
        return "文件是空的"
    if size > MAX_BYTES:
        return f"文件过大（{megabytes(size)}，上限 {megabytes(MAX_BYTES)}）"
    return None


def save(folder: Path, name: str, data: bytes) -> Path:
    """Write an upload into ``folder`` under :func:`stored_name` (replacing an earlier
    upload of that name, so a corrected file replaces its records on ingest)."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = readers.safe_file_name(stored_name(name))
    target = (folder / safe).resolve()
    if target.parent != folder.resolve():  # belt and braces: never outside the folder
        raise ValueError(f"unsafe upload name: {name!r}")
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


# --------------------------------------------------------------------------- outcomes

#: The extractors' reasons (English, for the command line) as the web page says them.
_REASONS: tuple[tuple[str, str], ...] = (
    (r"^empty file", "文件是空的"),
    (r"^binary file", "不是文本文件（二进制内容）"),
    (r"^no Chinese text", "文件中没有中文内容"),
    (r"^file too large \(([^;]+); the limit is ([^)]+)\)", r"文件过大（\1，上限 \2）"),
    (r"^text too large \(([^;]+); the limit is ([^)]+)\)", r"文字内容过大（\1，上限 \2）"),
    (r"^\.docx content unpacked too large \(([^;]+); the limit is ([^)]+)\)",
     r".docx 解压后内容过大（\1，上限 \2），疑似压缩炸弹，已拒绝"),
    (r"zip bomb", ".docx 压缩比异常，疑似压缩炸弹，已拒绝"),
    (r"^\.docx holds (\d+) parts; the limit is (\d+)", r".docx 内部文件过多（\1 个，上限 \2 个）"),
    (r"corrupt \.docx", ".docx 文件损坏或不完整"),
    (r"^HTML page too large \(([^;]+); the limit is ([^)]+)\)", r"网页过大（\1，上限 \2）"),
    (r"HTML", "网页中没有找到正文"),
    (r"^PDF has (\d+) pages; the limit is (\d+)", r"PDF 页数过多（\1 页，上限 \2 页）"),
    (r"^PDF text too large", "PDF 文字内容过大"),
    (r"no text layer", "PDF 没有文字层（可能是扫描件），请先做文字识别"),
    (r"encrypted PDF", "PDF 已加密，请另存为未加密的文件"),
    (r"corrupt PDF", "PDF 文件损坏"),
    (r"could not be stored", "无法写入数据库，该文件已被隔离，其他文件不受影响"),
    (r"^unsupported file type", "不支持的文件类型"),
    (r"extractor failed", "抽取时出错，该文件未导入"),
)


def chinese_reason(reason: str) -> str:
    """An extractor's reason as the page states it: Chinese, no flags, no paths.

    >>> chinese_reason("file too large (50 MB; the limit is 16 MB)")
    '文件过大（50 MB，上限 16 MB）'
    >>> chinese_reason("PDF has no text layer (1 page(s) of images?); run OCR first")
    'PDF 没有文字层（可能是扫描件），请先做文字识别'
    >>> chinese_reason("something new /srv/data/x.txt")
    '无法读取该文件'
    """
    for pattern, words in _REASONS:
        m = re.search(pattern, reason)
        if m:
            return m.expand(words)
    return "无法读取该文件"


@dataclass(slots=True)
class Outcome:
    """What happened to one upload, as the page shows it."""

    name: str                 # as the browser called it
    status: str               # imported | unchanged | rejected | failed
    message: str              # one line, Chinese
    source: str | None = None  # the stored source of a saved upload


@dataclass(slots=True)
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)
    trouble: str | None = None   # a failure of the whole batch (store, worker), Chinese



def outcomes(saved: dict[str, str], summary: object) -> list[Outcome]:
    """One outcome per saved upload from an ingest summary (``saved``: stored
    source → the name the browser gave)."""
    errors = dict(getattr(summary, "errors", []))
    skips = dict(getattr(summary, "skips", []))
    unchanged = set(getattr(summary, "unchanged_sources", []))
    stored = set(getattr(summary, "stored", []))
    out = []
    for source, name in saved.items():
        if source in errors:
            out.append(Outcome(name, "failed", chinese_reason(errors[source]), source))
        elif source in skips:
            out.append(Outcome(name, "failed", chinese_reason(skips[source]), source))
        elif source in unchanged:
            out.append(Outcome(name, "unchanged", "与库中已有内容相同，未重复导入", source))
        elif source in stored:
            out.append(Outcome(name, "imported", "已导入", source))
        else:
            out.append(Outcome(name, "failed", "无法读取该文件", source))
    return out


# --------------------------------------------------------------------------- the worker

def ingest_in_worker(paths: list[str], db: Path, pubdate: date | None,
                     progress: Callable[[str], None] | None = None,
                     seconds: float = WORKER_SECONDS, memory: int = WORKER_MEMORY,
                     area: str | None = None) -> object:
    """Run :func:`extractors.ingest.ingest_paths` in a fresh process with ``seconds``
    and ``memory`` as its limits; its summary, or :class:`WorkerFailure`. ``area`` is
    the uploads' place, for text that names none."""
    ctx = mp.get_context("spawn")
    messages: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_worker, args=(paths, str(db), pubdate, memory, messages, area), daemon=True)
    proc.start()
    try:
        return _await(proc, messages, progress, seconds)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=5)


@dataclass(slots=True)
class WorkerFailure:
    message: str   # Chinese, for the page


def _await(proc: mp.process.BaseProcess, messages: mp.Queue, progress: Callable[[str], None] | None,
           seconds: float) -> object:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            kind, payload = messages.get(timeout=0.5)
        except queue.Empty:
            if not proc.is_alive():
                return WorkerFailure("导入进程意外结束（可能是内存不足），数据库未受影响，请减少文件后重试")
            continue
        if kind == "progress" and progress is not None:
            progress(payload)
        elif kind == "done":
            return payload
        elif kind == "store":
            return WorkerFailure(f"数据库暂时无法写入：{payload}")
    return WorkerFailure(f"导入超过 {seconds:.0f} 秒已停止，数据库未受影响；请分批上传")


def _worker(paths: list[str], db: str, pubdate: date | None, memory: int, messages: mp.Queue,
            area: str | None = None) -> None:
    import resource

    from extractors import store
    from extractors.ingest import ingest_paths

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        summary = ingest_paths(paths, db, pubdate=pubdate, area=area,
                               progress=lambda line: messages.put(("progress", line)))
    except store.StoreError as err:
        messages.put(("store", _store_words(str(err))))
        return
    except MemoryError:
        messages.put(("store", "内存不足，请减少文件后重试"))
        return
    messages.put(("done", summary))


def _store_words(message: str) -> str:
    """A store failure (English, with paths) in the page's words."""
    if "disk is full" in message:
        return "磁盘已满，请联系管理员清理空间"
    if "out of memory" in message:
        return "内存不足，请减少文件后重试"
    if "damaged" in message:
        return "数据库文件已损坏，请联系管理员"
    return "请稍后重试；问题持续时请联系管理员"
