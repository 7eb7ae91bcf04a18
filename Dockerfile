# The API and loader image used by docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md constraints.txt ./
COPY core ./core
COPY graph ./graph
COPY loaders ./loaders
COPY api ./api
COPY cypher ./cypher
COPY metadata ./metadata
# PyICU (followthemoney -> normality) ships no wheel: it builds against the system's ICU.
RUN apt-get update && apt-get install -y --no-install-recommends build-essential pkg-config libicu-dev \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir -c constraints.txt -e . && useradd --create-home pledgegraph
ENV PLEDGEGRAPH_CYPHER_DIR=/app/cypher PLEDGEGRAPH_METADATA_DIR=/app/metadata
USER pledgegraph
EXPOSE 8000
CMD ["pledgegraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
