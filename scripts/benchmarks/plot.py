"""The PNG plot of latency against document size."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def latency_plot(points: list[dict], growth: list[dict], path: Path, title: str) -> None:
    figure, axes = plt.subplots(figsize=(8, 5), dpi=120)
    axes.scatter(
        [p["bytes"] / 1000 for p in points], [p["milliseconds"] for p in points],
        s=14, alpha=0.6, label="terms corpus documents",
    )  # fmt: skip
    axes.plot(
        [g["bytes"] / 1000 for g in growth], [g["milliseconds"] for g in growth],
        marker="o", color="tab:red", label="concatenated terms, 10 KB → 1 MB",
    )  # fmt: skip
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("document size (KB, UTF-8)")
    axes.set_ylabel("analysis latency, in-process (ms)")
    axes.set_title(title)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
