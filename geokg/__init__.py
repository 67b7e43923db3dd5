"""geokg: the command line, settings and the connection to Neo4j.

The work itself lives in sibling packages, one job each:
``ingest`` (sources -> clean -> extract -> resolve -> load), ``cypher`` (every statement the
product runs) and ``dashboard`` (the Streamlit views).
"""

__version__ = "0.1.0"
