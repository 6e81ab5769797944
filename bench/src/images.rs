//! Recovery with and without heap images, against history length and heap
//! size (docs/BENCHMARKS.md, "Checkpoints"): a section of the main suite
//! ([`args_for`], [`measure`], [`markdown`]) and the `persha-bench images`
//! subcommand, which prints just the table ([`run`]).
//!
//! For each (turns, MiB): `history-heap.js N MB` is run with
//! `--checkpoint-cpu-ms T` and image tracing; the last image's size, write
//! time and event-loop pause are read from the trace. Then `persha -restart`
//! is timed to `READY` from the newest image, and again with
//! `--no-checkpoints` (replay of the whole journal).

use crate::run;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Args {
    pub persha: PathBuf,
    pub workloads_dir: PathBuf,
    pub histories: Vec<u64>,
    pub heaps: Vec<u64>,
    pub cpu_ms: u64,
    pub runs: usize,
}

/// The suite's settings: the recovery section's histories (plus 1,000,000
/// turns on full runs), heaps of 1 and 10 MiB with `--quick`, else 1, 10
/// and 100; no rows when QuickJS is not measured.
fn args_for(cfg: &crate::Config) -> Args {
    let mut histories = cfg.histories.clone();
    if cfg.million {
        histories.push(1_000_000);
    }
    Args {
        persha: cfg.persha.clone(),
        workloads_dir: cfg.workloads_dir.clone(),
        histories: if cfg.engines.iter().any(|e| e == "quickjs") {
            histories
        } else {
            Vec::new()
        },
        heaps: if cfg.quick {
            vec![1, 10]
        } else {
            vec![1, 10, 100]
        },
        cpu_ms: 200,
        runs: if cfg.quick { 1 } else { 3 },
    }
}

/// One (heap, history) measurement.
struct Row {
    turns: u64,
    mib: u64,
    build_s: f64,
    images: usize,
    image_bytes: u64,
    write_ms: f64,
    pause_us: f64,
    with_s: f64,
    load_ms: f64,
    without_s: f64,
}

fn persha(a: &Args, data: &Path) -> Command {
    let mut c = Command::new(&a.persha);
    c.env("PERSHA_DATA", data)
        .env_remove("PERSHA_NO_CHECKPOINTS")
        .env_remove("PERSHA_CHECKPOINT_CPU_MS")
        .env_remove("PERSHA_CHECKPOINT_JOURNAL_BYTES");
    c
}

/// Value of `key=` in a trace line.
fn field(line: &str, key: &str) -> Option<f64> {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(key)?.strip_prefix('='))
        .and_then(|v| v.parse().ok())
}

fn build(a: &Args, data: &Path, turns: u64, mib: u64, row: &mut Row) -> Result<(), String> {
    let mut cmd = persha(a, data);
    cmd.args([
        "--engine",
        "quickjs",
        "--fsync",
        "never",
        "--checkpoint-trace",
    ])
    .arg(format!("--checkpoint-cpu-ms={}", a.cpu_ms))
    .arg("-init")
    .arg(a.workloads_dir.join("programs/history-heap.js"))
    .args([turns.to_string(), mib.to_string()])
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let t = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start persha: {e}"))?;
    let out = run::lines(child.stdout.take().expect("piped"));
    let err = run::lines(child.stderr.take().expect("piped"));
    let r = run::wait_for(&out, "HISTORY", Duration::from_secs(3600));
    row.build_s = t.elapsed().as_secs_f64();
    // Let an image being written finish before the stop.
    std::thread::sleep(Duration::from_millis(300));
    run::stop(&mut child);
    r?;
    let (mut writes, mut pauses) = (Vec::new(), Vec::new());
    for line in err.try_iter().filter(|l| l.contains("checkpoint lsn=")) {
        row.images += 1;
        row.image_bytes = field(&line, "bytes").unwrap_or(0.0) as u64;
        writes.push(field(&line, "write_ms").unwrap_or(0.0));
        pauses.push(field(&line, "pause_us").unwrap_or(0.0));
    }
    row.write_ms = writes.last().copied().unwrap_or(f64::NAN);
    row.pause_us = pauses.iter().copied().fold(f64::NAN, f64::max);
    Ok(())
}

/// Seconds to READY, and the image load time when one was used.
fn restart(a: &Args, data: &Path, images: bool) -> Result<(f64, Option<f64>), String> {
    let mut cmd = persha(a, data);
    cmd.arg("--checkpoint-trace");
    if !images {
        cmd.arg("--no-checkpoints");
    }
    cmd.arg("-restart")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let t = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start persha: {e}"))?;
    let err = run::lines(child.stderr.take().expect("piped"));
    let mut load = None;
    let deadline = Instant::now() + Duration::from_secs(3600);
    let r = loop {
        match err.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(l) if l.contains("READY") => break Ok(()),
            Ok(l) if l.contains("restoring heap image") => load = field(&l, "load_ms"),
            Ok(_) => {}
            Err(_) => break Err("no READY from persha -restart".to_string()),
        }
    };
    let secs = t.elapsed().as_secs_f64();
    run::stop(&mut child);
    r.map(|_| (secs, load))
}

/// The section's measurements, with the settings they were taken with.
pub struct Section {
    args: Args,
    rows: Vec<Row>,
}

/// The main suite's images section.
pub fn section(cfg: &crate::Config) -> Result<Section, String> {
    let args = args_for(cfg);
    let rows = measure(&args)?;
    Ok(Section { args, rows })
}

/// Every (heap, history) row of `a`.
fn measure(a: &Args) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for &mib in &a.heaps {
        for &turns in &a.histories {
            let data = tempfile::tempdir().map_err(|e| e.to_string())?;
            let mut row = Row {
                turns,
                mib,
                build_s: 0.0,
                images: 0,
                image_bytes: 0,
                write_ms: f64::NAN,
                pause_us: f64::NAN,
                with_s: f64::NAN,
                load_ms: f64::NAN,
                without_s: f64::NAN,
            };
            build(a, data.path(), turns, mib, &mut row)?;
            let (mut with, mut without, mut loads) = (Vec::new(), Vec::new(), Vec::new());
            for _ in 0..a.runs {
                let (s, l) = restart(a, data.path(), true)?;
                with.push(s);
                loads.extend(l);
                without.push(restart(a, data.path(), false)?.0);
            }
            row.with_s = run::median(&with);
            row.without_s = run::median(&without);
            if !loads.is_empty() {
                row.load_ms = run::median(&loads);
            }
            eprintln!(
                "  {turns} turns, {mib} MiB: restart {:.3}s with images, {:.3}s without",
                row.with_s, row.without_s
            );
            rows.push(row);
        }
    }
    Ok(rows)
}

/// A number, or a dash where there is none (no image was taken).
fn num(x: f64, decimals: usize) -> String {
    if x.is_finite() {
        format!("{x:.decimals$}")
    } else {
        "—".into()
    }
}

/// The Markdown table.
fn table(rows: &[Row]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "| heap MiB | turns | build s | images taken | image MiB | write ms | max pause ms | restart with image s | image load ms | restart by replay s |"
    );
    let _ = writeln!(s, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {:.2} | {} | {:.1} | {} | {} | {:.3} | {} | {:.3} |",
            r.mib,
            r.turns,
            r.build_s,
            r.images,
            r.image_bytes as f64 / (1 << 20) as f64,
            num(r.write_ms, 0),
            num(r.pause_us / 1000.0, 2),
            r.with_s,
            num(r.load_ms, 1),
            r.without_s
        );
    }
    s
}

/// The report's section: how it was measured, the table, what it shows.
pub fn markdown(sec: &Section) -> String {
    let (a, rows) = (&sec.args, &sec.rows);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## Checkpoints: restart with and without heap images (QuickJS)\n"
    );
    if rows.is_empty() {
        let _ = writeln!(s, "Not measured (QuickJS was not among the engines).\n");
        return s;
    }
    let _ = writeln!(
        s,
        "`bench/workloads/programs/history-heap.js N MB` first builds about MB MiB of \
         live objects (the image column shows what QuickJS really holds), then runs \
         N `setImmediate` turns, prints `HISTORY` and idles. It runs with \
         `--fsync never --checkpoint-cpu-ms {cpu}` (an image after every {cpu} ms of \
         engine CPU, so the newest image is at most that far behind the end of the \
         history; histories shorter than that have no image and replay). Then \
         `persha -restart` is timed to `READY`, from the newest image (reading the \
         journal only from that image's segment on) and with `--no-checkpoints` \
         (reading and replaying the whole journal); median of {runs} restart{plural}. \
         Write time is the child's, from fork to durable rename (including fsync); \
         the pause is the engine thread's stop for the `fork` (the largest of the \
         run). `persha-bench images` measures just this table (`--histories`, \
         `--heaps`, `--cpu-ms`, `--runs`).\n",
        cpu = a.cpu_ms,
        runs = a.runs,
        plural = if a.runs == 1 { "" } else { "s" },
    );
    s.push_str(&table(rows));
    s.push('\n');
    // The longest history with an image, per heap: what images buy.
    let mut lines = Vec::new();
    for &mib in &a.heaps {
        if let Some(r) = rows
            .iter()
            .filter(|r| r.mib == mib && r.images > 0)
            .max_by_key(|r| r.turns)
        {
            lines.push(format!(
                "{} MiB, {} turns: {:.2} s from the image (of which {} ms loading it) against {:.2} s by replay",
                mib,
                r.turns,
                r.with_s,
                num(r.load_ms, 0),
                r.without_s
            ));
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(s, "Longest histories: {}.\n", lines.join("; "));
    }
    let _ = writeln!(
        s,
        "Restart from an image costs the image load (read straight into place and \
         checksummed, so it grows with the heap), the journal from the image's \
         segment on (at most one 64 MiB segment plus what follows the image) and the \
         replay of at most one checkpoint interval, instead of the whole history. \
         The fork pause grows with the heap (page tables) and does not depend on the \
         write time. Running inside the image region costs some speed too (the \
         zeroing of freed memory and the region allocator): compare the build \
         column of the rows without images with the recovery table above.\n"
    );
    s
}

/// `persha-bench images`: print the table.
pub fn run(a: &Args) -> Result<(), String> {
    print!("{}", table(&measure(a)?));
    Ok(())
}
