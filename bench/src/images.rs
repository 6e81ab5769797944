//! `persha-bench images`: recovery with and without heap images, against
//! history length and heap size (docs/BENCHMARKS.md, "Checkpoints").
//!
//! For each (turns, MiB): `history-heap.js N MB` is run with
//! `--checkpoint-cpu-ms T` and image tracing; the last image's size, write
//! time and event-loop pause are read from the trace. Then `persha -restart`
//! is timed to `READY` from the newest image, and again with
//! `--no-checkpoints` (replay of the whole journal).

use crate::run;
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

pub fn run(a: &Args) -> Result<(), String> {
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
    println!(
        "| heap MiB | turns | build s | images taken | image MiB | write ms | max pause ms | restart with image s | image load ms | restart by replay s |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in rows {
        println!(
            "| {} | {} | {:.2} | {} | {:.1} | {:.0} | {:.2} | {:.3} | {:.1} | {:.3} |",
            r.mib,
            r.turns,
            r.build_s,
            r.images,
            r.image_bytes as f64 / (1 << 20) as f64,
            r.write_ms,
            r.pause_us / 1000.0,
            r.with_s,
            r.load_ms,
            r.without_s
        );
    }
    Ok(())
}
