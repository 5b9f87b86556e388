"""The benchmark's printed table, with the targets it is held to."""

TARGETS = {
    "throughput_mb_s": 4.0,
    "http_p95_ms": 100.0,
    "rules_x100_ratio": 3.0,
    "worker_rss_mb": 200.0,
}


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def print_report(results: dict) -> None:
    machine, throughput = results["machine"], results["throughput"]
    print(f"clauselens benchmark · {machine['cores']} cores · Python {machine['python']}")
    compiled = results["compile"]
    print(
        f"\nIn-process, core pack ({compiled['rules']} rules, {compiled['patterns']} patterns), "
        f"{throughput['documents']} documents, {throughput['megabytes']:.2f} MB, "
        f"median of {throughput['runs']} runs"
    )
    print(
        f"  throughput {throughput['megabytes_per_second']:.2f} MB/s · "
        f"{throughput['sentences_per_second']:,.0f} sentences/s  "
        f"({_verdict(throughput['megabytes_per_second'] >= TARGETS['throughput_mb_s'])}: ≥ 4 MB/s)"
    )
    print(f"  pack compile {results['compile']['milliseconds_median']:.1f} ms (median)")
    print("\n  latency by document size      docs    p50 ms    p95 ms    max ms")
    for bucket in throughput["latency_by_size"]:
        print(
            f"  {bucket['bucket']:<28}{bucket['documents']:>6}{bucket['p50_ms']:>10.1f}"
            f"{bucket['p95_ms']:>10.1f}{bucket['max_ms']:>10.1f}"
        )
    print("\n  time per phase (documents as HTML pages)    seconds   share")
    for phase, figures in results["phases"].items():
        print(f"  {phase:<42}{figures['seconds']:>8.2f}{100 * figures['share']:>7.1f} %")
    print("\n  document size → latency       ms      MB/s")
    for row in results["size_growth"]:
        print(
            f"  {row['bytes'] / 1000:>8.0f} KB"
            f"{row['milliseconds']:>16.1f}{row['megabytes_per_second']:>10.2f}"
        )
    growth = results["size_growth"]
    size_ratio = (growth[-1]["milliseconds"] / growth[0]["milliseconds"]) / (
        growth[-1]["bytes"] / growth[0]["bytes"]
    )
    print(f"  time per byte at 1 MB vs 10 KB: ×{size_ratio:.2f} (1.00 = linear)")
    print("\n  rules (200 KB document)   rules  patterns  compile s        ms   × time")
    for row in results["rule_growth"]:
        print(
            f"  ×{row['multiplier']:<24}{row['rules']:>6}{row['patterns']:>10}{row['compile_seconds']:>11.2f}"
            f"{row['milliseconds']:>10.1f}{row['time_ratio']:>9.2f}"
        )
    x100 = results["rule_growth"][-1]["time_ratio"]
    print(f"  ×100 rules costs ×{x100:.2f} time ({_verdict(x100 < TARGETS['rules_x100_ratio'])}: < ×3)")
    if "http" in results:
        http = results["http"]
        print(
            f"\nHTTP, gunicorn {http['workers']} workers on loopback, "
            f"{http['document_bytes'] / 1000:.0f} KB document"
        )
        print("  clients  requests  failures    p50 ms    p95 ms     req/s")
        for row in http["rows"]:
            print(
                f"  {row['clients']:>7}{row['requests']:>10}{row['failures']:>10}{row['p50_ms']:>10.1f}"
                f"{row['p95_ms']:>10.1f}{row['requests_per_second']:>10.1f}"
            )
        p95_at_workers = next((r["p95_ms"] for r in http["rows"] if r["clients"] == http["workers"]), None)
        if p95_at_workers is not None:
            print(
                f"  p95 with {http['workers']} clients: {p95_at_workers:.1f} ms "
                f"({_verdict(p95_at_workers < TARGETS['http_p95_ms'])}: < 100 ms)"
            )
        peak = max(http["worker_peak_rss_mb"] or [float("nan")])
        print(f"  worker peak RSS {peak:.0f} MB ({_verdict(peak < TARGETS['worker_rss_mb'])}: < 200 MB)")
