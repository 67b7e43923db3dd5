# The geokg image: CLI, dashboard and scheduler (Neo4j runs in its own container, see
# docker-compose.yml). Build: docker build -t geokg:local .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    GEOKG_HOME=/var/lib/geokg \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false

WORKDIR /app
# Only what the package needs (no .venv, no local Neo4j data), dependencies first for caching.
COPY pyproject.toml README.md ./
COPY geokg ./geokg
COPY ingest ./ingest
COPY dashboard ./dashboard
COPY cypher ./cypher
RUN pip install . \
 && useradd --create-home --uid 10001 geokg \
 && mkdir -p /var/lib/geokg /data \
 && chown geokg /var/lib/geokg
COPY samples ./samples
COPY examples ./examples

USER geokg
EXPOSE 8501
CMD ["geokg", "dashboard", "--host", "0.0.0.0", "--port", "8501"]
