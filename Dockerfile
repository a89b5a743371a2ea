# syntax=docker/dockerfile:1
# Build stage: make a wheel (with the migrations and the default catalog inside)
# and install it with its dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY nudger ./nudger
COPY alembic ./alembic
COPY config ./config
RUN python -m venv /opt/nudger \
    && /opt/nudger/bin/pip wheel --no-deps --wheel-dir /wheels . \
    && /opt/nudger/bin/pip install --no-compile /wheels/*.whl

# Final stage: the virtual environment only; no build tools, no sources.
FROM python:3.11-slim
ENV PATH=/opt/nudger/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    NUDGER_DATABASE_URL=sqlite+aiosqlite:////data/nudger.db \
    NUDGER_HTTP_HOST=0.0.0.0 \
    NUDGER_HTTP_PORT=8080
RUN groupadd --system --gid 10001 nudger \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data nudger \
    && mkdir -p /data && chown 10001:10001 /data
COPY --from=build /opt/nudger /opt/nudger
USER 10001:10001
WORKDIR /data
VOLUME ["/data"]
# /healthz and /metrics (the web server listens on every interface inside the container).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('NUDGER_HTTP_PORT', '8080'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=3).status == 200 else 1)"]
CMD ["nudger", "run"]
