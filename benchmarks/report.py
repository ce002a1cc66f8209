#!/usr/bin/env python3
"""Tables and SVG charts from benchmark results (Python 3.11, standard library only).

  report.py jmh RESULTS.json...             Markdown: every JMH result, then Fastpath vs the same-run baseline
  report.py load RAW.tsv [--goals]          Markdown: medians per endpoint x server, ratios of req per
                                            server CPU-second against every other server in that run
  report.py jfr RECORDING.jfr [N]           Markdown: hottest frames of a JFR recording (jdk.ExecutionSample):
                                            self time, inclusive time by method, by component, by thread
  report.py charts DATA_DIR OUT_DIR         SVG charts from the committed data files in DATA_DIR:
      load-<label>.tsv (compare.sh raw.tsv, one file per run), jmh.json (JMH -rf json),
      idle.tsv (idle-connections.sh results.tsv), startup.tsv (startup.sh results.tsv); missing files are skipped

Numbers are only compared within one file (one run): a ratio never mixes runs.
"""

import html
import json
import math
import statistics
import sys
from pathlib import Path

# ---------------------------------------------------------------------------------------------- JMH

# (benchmark class, our method, baseline method, what the baseline is)
PAIRS = [
    ("Http1DecoderBenchmark", "fastpath", "netty", "Netty HttpRequestDecoder + HttpObjectAggregator"),
    ("RouterBenchmark", "fastpathStatic", "springStatic", "Spring PathPattern"),
    ("RouterBenchmark", "fastpathOneParam", "springOneParam", "Spring PathPattern"),
    ("RouterBenchmark", "fastpathTwoParams", "springTwoParams", "Spring PathPattern"),
    ("RouterBenchmark", "fastpathFourParams", "springFourParams", "Spring PathPattern"),
    ("RouterBenchmark", "fastpathAll", "springAll", "Spring PathPattern"),
    ("ValidationBenchmark", "fastpath", "networknt", "networknt json-schema-validator (+ Jackson tree)"),
    ("DtoValidationBenchmark", "fastpathValidateAndBind", "jacksonBindAndValidate",
     "Jackson 3 bind + Hibernate Validator 9"),
    ("DtoValidationBenchmark", "fastpathValidate", "jacksonBindAndValidate",
     "Jackson 3 bind + Hibernate Validator 9"),
    ("DtoValidationBenchmark", "fastpathBind", "jacksonBind", "Jackson 3 binding alone"),
    ("JsonWriteBenchmark", "fastpathBodyWriter", "jacksonToBytes", "Jackson 3 writeValueAsBytes"),
    ("JsonWriteBenchmark", "jacksonToPooledBuffer", "jacksonToBytes", "Jackson 3 writeValueAsBytes"),
    ("DispatchBenchmark", "fastpathGetUser", "springMvcGetUser", "Spring MVC DispatcherServlet (mock request)"),
    ("DispatchBenchmark", "fastpathPostOrder", "springMvcPostOrder", "Spring MVC DispatcherServlet (mock request)"),
]


def jmh_results(paths):
    """One dict per result: cls, method, params (str), ns, err, bop, cpu."""
    rows = []
    for path in paths:
        for entry in json.loads(Path(path).read_text()):
            cls, method = entry["benchmark"].rsplit(".", 1)
            primary = entry["primaryMetric"]
            secondary = entry.get("secondaryMetrics", {})
            unit = primary["scoreUnit"]
            scale = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}.get(unit)
            if scale is None:
                raise SystemExit(f"{entry['benchmark']}: unit {unit} (only average time modes are reported)")
            alloc = secondary.get("gc.alloc.rate.norm")
            cpu = secondary.get("cpuNsPerOp")
            rows.append({
                "cls": cls.rsplit(".", 1)[1],
                "method": method,
                "params": ", ".join(f"{k}={v}" for k, v in sorted(entry.get("params", {}).items())),
                "ns": primary["score"] * scale,
                "err": _num(primary["scoreError"]) * scale,
                "bop": alloc["score"] if alloc else None,
                "cpu": cpu["score"] if cpu else None,
                "mode": f'{entry.get("forks")} fork(s), {entry.get("warmupIterations")}x{entry.get("warmupTime")} '
                        f'warm-up, {entry.get("measurementIterations")}x{entry.get("measurementTime")} measured',
            })
    return rows


def _num(value):
    try:
        v = float(value)
        return 0.0 if math.isnan(v) else v
    except (TypeError, ValueError):
        return 0.0


def fmt(value, digits=0):
    if value is None:
        return "–"
    if abs(value) >= 100 or digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def jmh_pairs(rows):
    """(suite, case, ours row, baseline row, baseline label) for every pair present in the results."""
    index = {(r["cls"], r["method"], r["params"]): r for r in rows}
    out = []
    for cls, ours, base, label in PAIRS:
        for r in rows:
            if r["cls"] == cls and r["method"] == ours:
                b = index.get((cls, base, r["params"]))
                if b:
                    out.append((cls, ours, r, b, base, label))
    return out


def cmd_jmh(paths):
    rows = jmh_results(paths)
    print("## Fastpath vs the same-run baseline\n")
    print("speed-up = baseline ns/op / ours ns/op (above 1: ours is faster); B/op from `-prof gc`"
          " (gc.alloc.rate.norm).\n")
    print("| suite | ours | baseline | params | ours ns/op | baseline ns/op | speed-up | ours B/op | baseline B/op |")
    print("|---|---|---|---|---:|---:|---:|---:|---:|")
    for cls, ours, r, b, base, _ in jmh_pairs(rows):
        print(f"| {cls} | {ours} | {base} | {r['params'] or '–'} | {fmt(r['ns'], 1)} ± {fmt(r['err'], 1)} | "
              f"{fmt(b['ns'], 1)} ± {fmt(b['err'], 1)} | {b['ns'] / r['ns']:.2f}x | {fmt(r['bop'])} | {fmt(b['bop'])} |")
    print("\n## Every result\n")
    print("| benchmark | params | ns/op | ± (99.9%) | B/op | CPU ns/op | settings |")
    print("|---|---|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['cls']}.{r['method']} | {r['params'] or '–'} | {fmt(r['ns'], 1)} | {fmt(r['err'], 1)} | "
              f"{fmt(r['bop'])} | {fmt(r['cpu'])} | {r['mode']} |")


# --------------------------------------------------------------------------------------------- load

ENDPOINTS = ["plaintext", "plaintext-pipelined", "json", "users", "orders"]
ANCHORS = ["spring-mvc-tomcat", "spring-webflux-netty", "raw-netty", "vertx-web"]
# issue 7: Fastpath goal as a factor of the best of raw-netty / vertx-web, in req per server CPU-second
GOALS = {"plaintext": 1.0, "plaintext-pipelined": 1.0, "json": 1.0, "users": 0.95, "orders": 1.0}


def load_medians(path):
    """{(endpoint, server): dict(rps, eff, p99, err, wrk, cpu, other, rounds)} medians over rounds."""
    samples = {}
    order = []
    for line in Path(path).read_text().splitlines()[1:]:
        if not line.strip():
            continue
        rnd, ep, server, rps, p99, err, wrk, scpu, other = line.split("\t")
        if server not in order:
            order.append(server)
        s = samples.setdefault((ep, server), {"rps": [], "eff": [], "p99": [], "err": 0, "wrk": [], "cpu": [],
                                              "other": []})
        s["rps"].append(float(rps))
        s["p99"].append(float(p99))
        s["err"] += int(err)
        s["wrk"].append(float(wrk))
        s["cpu"].append(float(scpu))
        s["other"].append(float(other))
        if float(scpu) > 0:
            s["eff"].append(float(rps) * 100 / float(scpu))
    medians = {}
    for key, s in samples.items():
        medians[key] = {
            "rps": statistics.median(s["rps"]), "rps_min": min(s["rps"]), "rps_max": max(s["rps"]),
            "eff": statistics.median(s["eff"]) if s["eff"] else 0.0,
            "eff_min": min(s["eff"]) if s["eff"] else 0.0, "eff_max": max(s["eff"]) if s["eff"] else 0.0,
            "p99": statistics.median(s["p99"]), "err": s["err"], "wrk": statistics.median(s["wrk"]),
            "cpu": statistics.median(s["cpu"]), "other": statistics.median(s["other"]), "rounds": len(s["rps"]),
        }
    endpoints = [e for e in ENDPOINTS if any((e, srv) in medians for srv in order)]
    return medians, order, endpoints


def cmd_load(path, goals=False):
    m, servers, endpoints = load_medians(path)
    ours = [s for s in servers if s.startswith("fastpath")]
    print(f"Medians over rounds from `{path}`; eff = req per server CPU-second.\n")
    print("| endpoint | server | req/s (median) | min..max | eff (req/cpu-s) | eff min..max | p99 ms | errors | "
          "wrk cpu % | server cpu % | other cpu % |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for ep in endpoints:
        for s in servers:
            r = m.get((ep, s))
            if r:
                print(f"| {ep} | {s} | {r['rps']:,.0f} | {r['rps_min']:,.0f}..{r['rps_max']:,.0f} | {r['eff']:,.0f} | "
                      f"{r['eff_min']:,.0f}..{r['eff_max']:,.0f} | {r['p99']:.2f} | {r['err']} | {r['wrk']:.0f} | "
                      f"{r['cpu']:.0f} | {r['other']:.0f} |")
    for o in ours:
        print(f"\n**{o}: ratio of req per server CPU-second against each server in the same run** "
              f"(req/s ratio in brackets)\n")
        print("| endpoint | " + " | ".join(f"vs {s}" for s in servers if s != o) + " |")
        print("|---|" + "---:|" * (len(servers) - 1))
        for ep in endpoints:
            r = m.get((ep, o))
            cells = []
            for s in servers:
                if s == o:
                    continue
                b = m.get((ep, s))
                cells.append(f"{r['eff'] / b['eff']:.2f} ({r['rps'] / b['rps']:.2f})" if r and b and b["eff"] else "–")
            print(f"| {ep} | " + " | ".join(cells) + " |")
    if goals:
        print("\n**Goals of issue 7** (req per server CPU-second, factor x best of raw-netty / vertx-web, same run)\n")
        print("| endpoint | best anchor | its eff | goal | " + " | ".join(ours) + " |")
        print("|---|---|---:|---:|" + "---:|" * len(ours))
        for ep in endpoints:
            cands = [(m[(ep, a)]["eff"], a) for a in ("raw-netty", "vertx-web") if (ep, a) in m]
            if not cands:
                continue
            best, name = max(cands)
            goal = GOALS[ep] * best
            cells = []
            for o in ours:
                r = m.get((ep, o))
                if r:
                    verdict = "met" if r["eff"] >= goal else f"missed by {(1 - r['eff'] / goal) * 100:.0f}%"
                    cells.append(f"{r['eff']:,.0f} = {r['eff'] / best:.2f}x ({verdict})")
                else:
                    cells.append("–")
            print(f"| {ep} | {name} | {best:,.0f} | {GOALS[ep]:.2f}x | " + " | ".join(cells) + " |")


# ---------------------------------------------------------------------------------------------- JFR

JFR_TOOL = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr"
# first matching prefix of a stack's frames, from the top (leaf) down, names the component that runs
COMPONENTS = [
    ("tools.jackson.", "Jackson"), ("com.fasterxml.jackson.", "Jackson"),
    ("org.hibernate.validator.", "Hibernate Validator"), ("jakarta.validation.", "Hibernate Validator"),
    ("org.simdjson.", "simdjson-java"), ("dev.fastpath.validation.", "fastpath schema-validation"),
    ("dev.fastpath.http1.", "fastpath http1 codec"), ("dev.fastpath.routing.", "fastpath router"),
    ("dev.fastpath.autoconfigure.", "fastpath controllers (autoconfigure)"),
    ("dev.fastpath.transport.", "fastpath transport"), ("dev.fastpath.", "fastpath other"),
    ("org.springframework.", "Spring"), ("io.netty.channel.uring.", "Netty io_uring"),
    ("io.netty.channel.epoll.", "Netty epoll"), ("io.netty.buffer.", "Netty buffers"),
    ("io.netty.util.concurrent.", "Netty executor"), ("io.netty.", "Netty other"),
    ("java.lang.VirtualThread", "virtual threads"), ("java.util.concurrent.ForkJoin", "virtual threads"),
    ("jdk.internal.vm.Continuation", "virtual threads"), ("java.", "JDK"), ("jdk.", "JDK"), ("sun.", "JDK"),
]


def _frame_name(frame):
    m = frame["method"]
    return f'{m["type"]["name"].replace("/", ".")}.{m["name"]}'


def cmd_jfr(path, top=25):
    import subprocess
    def events_of(kind):
        out = subprocess.run([JFR_TOOL, "print", "--json", "--events", kind, str(path)],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)["recording"]["events"]

    events = events_of("jdk.ExecutionSample")
    native = events_of("jdk.NativeMethodSample")
    total = len(events) or 1
    self_count, incl, comp, threads, comp_self = {}, {}, {}, {}, {}
    for e in events:
        v = e["values"]
        frames = (v.get("stackTrace") or {}).get("frames") or []
        names = [_frame_name(f) for f in frames]
        thread = (v.get("sampledThread") or {}).get("javaName") or (v.get("sampledThread") or {}).get("osName") or "?"
        thread = "".join("N" if c.isdigit() else c for c in thread)
        threads[thread] = threads.get(thread, 0) + 1
        if names:
            self_count[names[0]] = self_count.get(names[0], 0) + 1
            for n in set(names):
                incl[n] = incl.get(n, 0) + 1
            for n in names:  # the first framework frame from the leaf names the component doing the work
                c = next((label for prefix, label in COMPONENTS if n.startswith(prefix)), None)
                if c and c != "JDK":
                    comp_self[c] = comp_self.get(c, 0) + 1
                    break
            else:
                comp_self["JDK only"] = comp_self.get("JDK only", 0) + 1
            seen = set()
            for n in names:
                c = next((label for prefix, label in COMPONENTS if n.startswith(prefix)), "other")
                if c not in seen:
                    seen.add(c)
                    comp[c] = comp.get(c, 0) + 1

    def table(title, counts, n, note=""):
        print(f"### {title}\n")
        if note:
            print(note + "\n")
        print("| % of samples | samples | frame |")
        print("|---:|---:|---|")
        for name, c in sorted(counts.items(), key=lambda kv: -kv[1])[:n]:
            print(f"| {c * 100 / total:.1f} | {c} | `{name}` |")
        print()

    native_top = {}
    for e in native:
        frames = (e["values"].get("stackTrace") or {}).get("frames") or []
        if frames:
            n = _frame_name(frames[0])
            native_top[n] = native_top.get(n, 0) + 1
    print(f"JFR `{Path(path).name}`: {len(events)} execution samples (threads running Java code) and {len(native)} "
          f"native-method samples (threads in native code, e.g. waiting in or making a syscall); "
          f"top native: " + ", ".join(f"`{k}` {v}" for k, v in sorted(native_top.items(), key=lambda kv: -kv[1])[:4])
          + "\n")
    table("By thread", threads, 10)
    table("By component (self: the first non-JDK frame from the leaf)", comp_self, 20,
          "JDK frames (String, collections, NIO) are charged to the framework code that called them.")
    table("By component (inclusive: anywhere on the stack)", comp, 20)
    table("Self time (leaf frame)", self_count, top)
    table("Inclusive time (on the stack)", incl, top)


# ------------------------------------------------------------------------------------------- charts

COLORS = {
    "fastpath": "#d62728", "fastpath-unsafe": "#ff7f0e", "fastpath-engine": "#8c564b",
    "spring-mvc-tomcat": "#1f77b4", "spring-webflux-netty": "#17becf", "raw-netty": "#2ca02c",
    "vertx-web": "#9467bd",
}
FONT = 'font-family="Helvetica,Arial,sans-serif"'


class Svg:
    def __init__(self, width, height):
        self.width, self.height, self.parts = width, height, []

    def rect(self, x, y, w, h, fill, title=None):
        tip = f"<title>{html.escape(title)}</title>" if title else ""
        self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
                          f'fill="{fill}">{tip}</rect>')

    def line(self, x1, y1, x2, y2, stroke="#999", width=1, dash=None):
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" '
                          f'stroke-width="{width}"{d}/>')

    def text(self, x, y, s, size=12, anchor="start", weight="normal", fill="#222", rotate=None):
        r = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate is not None else ""
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}" {FONT} font-size="{size}" text-anchor="{anchor}" '
                          f'font-weight="{weight}" fill="{fill}"{r}>{html.escape(str(s))}</text>')

    def save(self, path):
        body = "\n".join(self.parts)
        Path(path).write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}">\n<rect width="100%" height="100%" fill="white"/>\n'
            f"{body}\n</svg>\n")


def nice_max(v):
    if v <= 0:
        return 1
    exp = 10 ** math.floor(math.log10(v))
    for f in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if f * exp >= v:
            return f * exp
    return 10 * exp


def grouped_bars(path, title, subtitle, groups, series, values, ylabel, ref=None, fmt_value="{:.2f}"):
    """groups: x categories; series: bar names; values[(group, series)] -> number or None."""
    width = max(760, 120 + len(groups) * (len(series) * 22 + 30))
    height = 430
    left, right, top, bottom = 70, 20, 70, 110
    svg = Svg(width, height)
    svg.text(left, 24, title, 16, weight="bold")
    svg.text(left, 44, subtitle, 11, fill="#555")
    vmax = nice_max(max([v for v in values.values() if v is not None] + [ref or 0]) * 1.08)
    plot_h = height - top - bottom
    plot_w = width - left - right
    y = lambda v: top + plot_h * (1 - v / vmax)
    for i in range(6):
        tv = vmax * i / 5
        svg.line(left, y(tv), width - right, y(tv), "#e5e5e5")
        svg.text(left - 6, y(tv) + 4, f"{tv:,.2f}".rstrip("0").rstrip(".") if vmax < 10 else f"{tv:,.0f}", 10,
                 anchor="end", fill="#555")
    svg.text(16, top + plot_h / 2, ylabel, 11, anchor="middle", fill="#555", rotate=-90)
    group_w = plot_w / len(groups)
    bar_w = min(22, (group_w - 20) / max(len(series), 1))
    for gi, g in enumerate(groups):
        x0 = left + gi * group_w + (group_w - bar_w * len(series)) / 2
        for si, s in enumerate(series):
            v = values.get((g, s))
            if v is None:
                continue
            svg.rect(x0 + si * bar_w, y(v), bar_w - 2, y(0) - y(v), COLORS.get(s, "#777"), f"{g} / {s}: {v:,.3f}")
            svg.text(x0 + si * bar_w + bar_w / 2 - 1, y(v) - 3, fmt_value.format(v), 8, anchor="middle", fill="#333")
        svg.text(left + gi * group_w + group_w / 2, y(0) + 16, g, 11, anchor="middle")
    svg.line(left, y(0), width - right, y(0), "#333")
    if ref is not None:
        svg.line(left, y(ref), width - right, y(ref), "#000", 1, "4,3")
    lx = left
    for s in series:
        svg.rect(lx, height - 40, 12, 12, COLORS.get(s, "#777"))
        svg.text(lx + 16, height - 30, s, 11)
        lx += 30 + 7 * len(s)
    svg.save(path)


def chart_load(raw, out, label):
    m, servers, endpoints = load_medians(raw)
    base = "raw-netty" if "raw-netty" in servers else servers[0]
    values = {}
    for ep in endpoints:
        b = m.get((ep, base))
        for s in servers:
            r = m.get((ep, s))
            values[(ep, s)] = r["eff"] / b["eff"] if r and b and b["eff"] else None
    grouped_bars(out, f"Requests per server CPU-second, relative to {base} ({label})",
                 f"one interleaved compare.sh run ({Path(raw).name}); server pinned to 1 core, wrk on the other; "
                 f"median of rounds; dashed line = {base}",
                 endpoints, servers, values, f"x {base}", ref=1.0)


def chart_idle(tsv, out):
    rows = [line.split("\t") for line in Path(tsv).read_text().splitlines()[1:] if line.strip()]
    servers = [r[0] for r in rows]
    values = {}
    for r in rows:
        values[("RSS per connection", r[0])] = float(r[8]) / 1024
        values[("heap per connection", r[0])] = float(r[9]) / 1024
    grouped_bars(out, "Memory per idle keep-alive connection (KiB, lower is better)",
                 f"{rows[0][1] if rows else '?'} connections held, each after one request; "
                 f"RSS and heap-after-full-GC growth / connections ({Path(tsv).name})",
                 ["RSS per connection", "heap per connection"], servers, values, "KiB per connection",
                 fmt_value="{:.1f}")


def chart_startup(tsv, out):
    per = {}
    for line in Path(tsv).read_text().splitlines()[1:]:
        if line.strip():
            _, s, ms, _ = line.split("\t")
            per.setdefault(s, []).append(float(ms) / 1000)
    values = {("seconds to first 200", s): statistics.median(v) for s, v in per.items()}
    grouped_bars(out, "Startup to the first 200 on GET /plaintext (seconds, median, lower is better)",
                 f"server pinned to 1 core; {len(next(iter(per.values()), []))} starts each ({Path(tsv).name})",
                 ["seconds to first 200"], list(per), values, "seconds", fmt_value="{:.2f}")


def chart_jmh(path, out):
    rows = jmh_results([path])
    pairs = jmh_pairs(rows)
    height = 80 + 22 * len(pairs) + 40
    width = 900
    left, right = 430, 40
    svg = Svg(width, height)
    svg.text(12, 24, "JMH: Fastpath speed-up over the same-run baseline (log scale, right of 1x = faster)", 15,
             weight="bold")
    svg.text(12, 44, f"baseline ns/op / ours ns/op, from {Path(path).name}; label = ours vs baseline [params]", 11,
             fill="#555")
    lo, hi = 0.25, 1.0
    ratios = [b["ns"] / r["ns"] for _, _, r, b, _, _ in pairs]
    if ratios:
        lo = min(lo, min(ratios) / 1.3)
        hi = max(2.0, max(ratios) * 1.3)
    llo, lhi = math.log10(lo), math.log10(hi)
    x = lambda v: left + (width - left - right) * (math.log10(v) - llo) / (lhi - llo)
    top = 64
    for t in (0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if lo <= t <= hi:
            svg.line(x(t), top - 6, x(t), top + 22 * len(pairs), "#e5e5e5" if t != 1 else "#000", 1,
                     None if t != 1 else "4,3")
            svg.text(x(t), top + 22 * len(pairs) + 14, f"{t:g}x", 10, anchor="middle", fill="#555")
    for i, (cls, ours, r, b, base, _) in enumerate(pairs):
        ratio = b["ns"] / r["ns"]
        yy = top + i * 22
        params = f" [{r['params']}]" if r["params"] else ""
        svg.text(left - 8, yy + 12, f"{cls.replace('Benchmark', '')}: {ours} vs {base}{params}"[:70], 10,
                 anchor="end")
        x1 = x(1)
        xr = x(ratio)
        svg.rect(min(x1, xr), yy + 2, abs(xr - x1), 14, "#d62728" if ratio >= 1 else "#999",
                 f"{ours} {r['ns']:.1f} ns/op, {base} {b['ns']:.1f} ns/op")
        svg.text(max(x1, xr) + 4, yy + 13, f"{ratio:.2f}x", 10)
    svg.save(out)


# chart subtitles of the load runs by data file name; any other load-<label>.tsv is charted under its label
LOAD_LABELS = {
    "load-c64": "64 connections",
    "load-c1024": "1,024 connections",
    "load-unsafe": "64 connections, Unsafe allowed for every server",
    "load-orders": "POST /orders, 64 connections",
    "load-orders-warm": "POST /orders, 64 connections, 40 s warm-up, quiet machine",
    "load-c64-late": "64 connections, quiet machine",
    "load-c64-flush": "64 connections, quiet machine, offloaded responses share one flush",
    "load-c64-loopvt-a": "64 connections, handlers' virtual threads carried by the event loop (first run)",
    "load-c64-loopvt-b": "64 connections, handlers' virtual threads carried by the event loop, all servers",
    "load-c64-coalesce": "64 connections, final: loop-carried handlers, one buffer and one hand-back per batch",
    "load-c64-scratch": "64 connections, after sharing the parse scratch (check run, 2 rounds)",
    "load-c1024-coalesce": "1,024 connections, final: loop-carried handlers, one buffer and one hand-back per batch",
}


def cmd_charts(data_dir, out_dir):
    data, out = Path(data_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for tsv in sorted(data.glob("load-*.tsv")):
        name = tsv.stem
        chart_load(tsv, out / f"{name}.svg", LOAD_LABELS.get(name, name.removeprefix("load-")))
        made.append(f"{name}.svg")
    if (data / "idle.tsv").exists():
        chart_idle(data / "idle.tsv", out / "idle-memory.svg")
        made.append("idle-memory.svg")
    if (data / "startup.tsv").exists():
        chart_startup(data / "startup.tsv", out / "startup.svg")
        made.append("startup.svg")
    if (data / "jmh.json").exists():
        chart_jmh(data / "jmh.json", out / "jmh-speedup.svg")
        made.append("jmh-speedup.svg")
    print("wrote " + ", ".join(str(out / m) for m in made))


def main(argv):
    if len(argv) >= 2 and argv[0] == "jmh":
        cmd_jmh(argv[1:])
    elif len(argv) >= 2 and argv[0] == "load":
        cmd_load(argv[1], goals="--goals" in argv)
    elif len(argv) >= 2 and argv[0] == "jfr":
        cmd_jfr(argv[1], int(argv[2]) if len(argv) > 2 else 25)
    elif len(argv) == 3 and argv[0] == "charts":
        cmd_charts(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
