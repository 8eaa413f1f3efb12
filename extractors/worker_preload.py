"""Imported once by the fork server that local ingest workers start from.

Importing the extractors and loading jieba's dictionary takes about two
seconds. Done here, in one process that every worker is forked from, the
workers start warm and share those pages of memory instead of each paying
the cost again (see :func:`extractors.ingest.run_in_processes`).
"""

from .ingest import quiet_logs
from .pipeline import warm_up

quiet_logs()
warm_up()
