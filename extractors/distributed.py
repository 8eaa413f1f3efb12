"""Run extraction on a Dask cluster (``ingest --scheduler tcp://HOST:8786``).

The client reads each file and ships its bytes with the task, so workers need
no access to the client's disk — only zhibiao installed (``pip install
zhibiao`` in the workers' environment, same version as the client). Each
worker returns a batch's records as Parquet bytes; the client writes them as
a partition next to the store, and :func:`extractors.store.publish`
loads them with DuckDB's ``read_parquet`` — the same path a local run takes,
so a cluster run gives exactly the records of a local one.

Files go in batches of about half a megabyte (so Dask's per-task overhead
stays small), at most ``2 ×`` the cluster's threads batches in flight, so the
client's memory stays flat however large the corpus.

A cluster, for the record::

    dask scheduler --host 0.0.0.0 --port 8786            # on one machine
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1  # on each worker machine
    python -m extractors ingest corpus/ --scheduler tcp://HOST:8786
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from . import readers
from .ingest import Batch, FileResult, FileTask, _failed, batches, extract_batch, quiet_logs
from .text import InputError


def run_on_cluster(tasks: Sequence[FileTask], scheduler: str | Any, pubdate: str | None = None,
                   max_bytes: int = readers.DEFAULT_MAX_BYTES, window: int | None = None
                   ) -> Iterator[Batch]:
    """Extract ``tasks`` on the cluster at ``scheduler`` (an address, a Client or
    a cluster object) and yield each batch's results as it finishes.

    How long to wait for the scheduler is Dask's own setting
    (``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT``, 30 s by default)."""
    from distributed import Client, as_completed

    if isinstance(scheduler, Client):
        client, owned = scheduler, False
    else:
        client, owned = Client(scheduler), True
    try:
        client.run(quiet_logs)
        threads = sum(client.nthreads().values()) or 1
        window = window or 2 * threads
        queue = batches(tasks)
        running = as_completed(loop=client.loop)
        ready: list[FileResult] = []

        def submit(batch: list[FileTask]) -> None:
            sendable, blobs = [], []
            for task in batch:
                try:
                    blobs.append(readers.load_bytes(task.path, max_bytes, task.source))
                    sendable.append(task)
                except InputError as err:
                    ready.append(_failed(FileResult(task.source, task.size), err.reason))
            if sendable:
                running.add(client.submit(extract_batch, sendable, pubdate, max_bytes, blobs, pure=False))

        def top_up() -> None:
            while running.count() < window:
                batch = next(queue, None)
                if batch is None:
                    return
                submit(batch)

        top_up()
        while True:
            while ready:
                yield Batch([ready.pop()])
            if running.is_empty():
                top_up()
                if running.is_empty() and not ready:
                    return
                continue
            future = next(running)
            batch = future.result()
            future.release()
            yield batch
            top_up()
    finally:
        if owned:
            client.close()
