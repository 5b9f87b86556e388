"""HTTP latency and throughput against the production setup (gunicorn, 2 workers) on loopback."""

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .stats import percentile

WORKERS = 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GunicornServer:
    """gunicorn serving clauselens with WORKERS workers on a free loopback port."""

    def __enter__(self):
        self.port = _free_port()
        self.data = tempfile.TemporaryDirectory()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "--workers", str(WORKERS), "--bind", f"127.0.0.1:{self.port}",
             "--log-level", "warning", "clauselens.api:create_app()"],
            env={**os.environ, "CLAUSELENS_DATA": self.data.name},
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/v1/health")
                if connection.getresponse().status == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def worker_peak_rss_mb(self) -> list[float]:
        """Peak resident memory (VmHWM) of each worker process, in MB."""
        peaks = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
            except OSError:
                continue
            if fields.get("PPid", "").strip() == str(self.process.pid) and "VmHWM" in fields:
                peaks.append(int(fields["VmHWM"].split()[0]) / 1024)
        return peaks

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.data.cleanup()


def load(port: int, body: bytes, clients: int, seconds: float) -> dict:
    """``clients`` threads posting ``body`` back to back for ``seconds``; latencies in ms."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            start = time.perf_counter()
            connection.request("POST", "/v1/analyze", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            elapsed = 1000 * (time.perf_counter() - start)
            with lock:
                if response.status == 200:
                    latencies.append(elapsed)
                else:
                    failures[0] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "failures": failures[0],
        "p50_ms": percentile(latencies, 0.5),
        "p95_ms": percentile(latencies, 0.95),
        "requests_per_second": len(latencies) / wall,
    }


def http_benchmark(text: str, client_counts: tuple[int, ...], seconds: float) -> dict:
    body = json.dumps({"text": text}).encode("utf-8")
    with GunicornServer() as server:
        load(server.port, body, 2, 2.0)  # warm both workers up before measuring
        rows = [load(server.port, body, clients, seconds) for clients in client_counts]
        peaks = server.worker_peak_rss_mb()
    return {
        "document_bytes": len(text.encode("utf-8")),
        "workers": WORKERS,
        "rows": rows,
        "worker_peak_rss_mb": peaks,
    }
