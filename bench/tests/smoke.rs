//! The benchmark suite in a tiny configuration: it must run end to end and
//! write a well-formed report and chart. Timings are not checked (CI does not
//! benchmark).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn quick_suite_writes_a_report() {
    let bench = PathBuf::from(env!("CARGO_BIN_EXE_persha-bench"));
    let persha = bench.with_file_name("persha");
    assert!(
        persha.is_file(),
        "{} is missing: build it first (`cargo build --release -p persha`, or run the workspace's tests, which build it)",
        persha.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs").join("BENCHMARKS.md");
    let svg = dir.path().join("docs").join("bench-recovery.svg");
    let started = Instant::now();
    let status = Command::new(&bench)
        .args([
            "--quick",
            "--workloads",
            "sort",
            "--engines",
            "quickjs",
            "--histories",
            "100",
            "--journal-turns",
            "100",
            "--http",
            "hello",
            "--persha",
        ])
        .arg(&persha)
        .arg("--out")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success(), "persha-bench failed: {status}");
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "the quick suite took {:?}",
        started.elapsed()
    );
    let md = std::fs::read_to_string(&out).unwrap();
    for heading in [
        "# persha benchmarks",
        "## Headlines",
        "## Machine",
        "## CPU workloads",
        "## Journal cost per turn",
        "## Recovery time against history length",
        "## Idle memory",
        "## HTTP",
    ] {
        assert!(md.contains(heading), "no '{heading}' in:\n{md}");
    }
    // The sort workload ran on every runner and all printed the same checksum.
    let row = md
        .lines()
        .find(|l| l.starts_with("| sort |"))
        .unwrap_or_else(|| panic!("no sort row in:\n{md}"));
    assert!(row.starts_with("| sort | ✓ |"), "{row}");
    assert!(!row.contains("failed"), "{row}");
    assert!(md.contains("- `sort` → `sort "), "{md}");
    assert!(md.contains("**Persistence overhead, quickjs**"), "{md}");
    // Journal: all three policies, with a byte count per turn.
    for policy in ["always", "batch", "never"] {
        assert!(
            md.lines()
                .any(|l| l.starts_with(&format!("| immediate | {policy} |"))),
            "no journal row for {policy}:\n{md}"
        );
    }
    // Recovery: the 100-turn history (plus the start and a few timer turns).
    assert!(md.lines().any(|l| l.starts_with("| quickjs | 10")), "{md}");
    assert!(md.contains("| persha quickjs, idle program |"), "{md}");
    // Every table row has as many cells as its header.
    let mut cells = None;
    for l in md.lines() {
        if !l.starts_with('|') {
            cells = None;
            continue;
        }
        let n = l.matches('|').count();
        match cells {
            None => cells = Some(n),
            Some(c) => assert_eq!(c, n, "ragged table row: {l}"),
        }
    }
    let chart = std::fs::read_to_string(&svg).unwrap();
    assert!(
        chart.starts_with("<svg"),
        "{}",
        &chart[..chart.len().min(200)]
    );
    assert!(chart.trim_end().ends_with("</svg>"));
    assert!(md.contains("](bench-recovery.svg)"));
}
