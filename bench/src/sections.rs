//! The four measurements. Each returns plain rows; `report` turns them into
//! Markdown and the chart.

use crate::Config;
use crate::run::{self, Machine};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Results {
    pub machine: Machine,
    pub load_after: String,
    pub date: String,
    /// This run's own arguments, as the report's regenerate command.
    pub args: String,
    pub persha_version: String,
    pub node_version: Option<String>,
    pub git: Option<String>,
    pub elapsed: f64,
    pub cpu: Cpu,
    pub journal: Journal,
    pub recovery: Recovery,
    pub memory: Vec<MemRow>,
    pub http: crate::http::Http,
    pub images: crate::images::Section,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Runner {
    Persha(&'static str),
    Bare(&'static str),
    Node,
    NodeJitless,
}

impl Runner {
    pub fn label(self) -> String {
        match self {
            Runner::Persha(e) => format!("persha {e}"),
            Runner::Bare(e) => format!("bare {e}"),
            Runner::Node => "node".into(),
            Runner::NodeJitless => "node --jitless".into(),
        }
    }
}

pub struct Cpu {
    pub runners: Vec<Runner>,
    pub rows: Vec<CpuRow>,
    /// Failed runs and checksum disagreements, one line each.
    pub problems: Vec<String>,
}

pub struct CpuRow {
    pub workload: String,
    /// Median seconds per runner (same order as `Cpu::runners`).
    pub times: Vec<Option<f64>>,
    /// The line every runner printed (the first one seen).
    pub checksum: String,
    pub agree: bool,
}

impl Cpu {
    pub fn time(&self, workload: &str, r: Runner) -> Option<f64> {
        let i = self.runners.iter().position(|x| *x == r)?;
        self.rows.iter().find(|w| w.workload == workload)?.times[i]
    }
}

pub struct Journal {
    pub engine: String,
    pub rows: Vec<JournalRow>,
    pub strace: bool,
}

pub struct JournalRow {
    pub program: &'static str,
    pub policy: &'static str,
    pub turns: u64,
    pub bytes: u64,
    pub secs: f64,
    pub fsyncs: Option<u64>,
}

pub struct Recovery {
    pub rows: Vec<RecoveryRow>,
    pub notes: Vec<String>,
    pub runs: usize,
}

pub struct RecoveryRow {
    pub engine: String,
    pub asked: u64,
    pub turns: u64,
    pub bytes: u64,
    pub build_secs: f64,
    pub restart_secs: f64,
}

pub struct MemRow {
    pub what: String,
    pub kib: Option<u64>,
}

fn engine_name(e: &str) -> &'static str {
    if e == "boa" { "boa" } else { "quickjs" }
}

pub fn measure(cfg: &Config) -> Result<Results, String> {
    let started = Instant::now();
    let machine = Machine::read();
    let date = run::first_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_default();
    let persha_version = run::first_line(&cfg.persha.display().to_string(), &["--version"])
        .ok_or_else(|| format!("{} --version failed", cfg.persha.display()))?;
    let node_version = cfg
        .node
        .as_ref()
        .and_then(|n| run::first_line(n, &["--version"]));
    let git = run::first_line(
        "git",
        &[
            "-C",
            env!("CARGO_MANIFEST_DIR"),
            "describe",
            "--always",
            "--dirty",
        ],
    );
    eprintln!("persha-bench: CPU workloads");
    let cpu = cpu(cfg)?;
    eprintln!("persha-bench: journal cost");
    let journal = journal(cfg)?;
    eprintln!("persha-bench: recovery");
    let recovery = recovery(cfg)?;
    eprintln!("persha-bench: memory");
    let memory = memory(cfg)?;
    eprintln!("persha-bench: http");
    let http = crate::http::measure(cfg)?;
    eprintln!("persha-bench: checkpoints");
    let images = crate::images::section(cfg)?;
    Ok(Results {
        machine,
        load_after: run::loadavg(),
        date,
        args: std::env::args().skip(1).map(|a| format!(" {a}")).collect(),
        persha_version,
        node_version,
        git,
        elapsed: started.elapsed().as_secs_f64(),
        cpu,
        journal,
        recovery,
        memory,
        http,
        images,
    })
}

fn persha(cfg: &Config, data: &Path) -> Command {
    let mut c = Command::new(&cfg.persha);
    c.env("PERSHA_DATA", data);
    c
}

fn tempdir() -> Result<tempfile::TempDir, String> {
    tempfile::Builder::new()
        .prefix("persha-bench-")
        .tempdir()
        .map_err(|e| format!("cannot make a temporary directory: {e}"))
}

fn command_for(cfg: &Config, r: Runner, file: &Path, data: &Path) -> Command {
    match r {
        Runner::Persha(e) => {
            let mut c = persha(cfg, data);
            c.args(["--engine", e, "-init"]).arg(file);
            c
        }
        Runner::Bare(e) => {
            let mut c = Command::new(&cfg.me);
            c.args(["bare", e]).arg(file);
            c
        }
        Runner::Node | Runner::NodeJitless => {
            let mut c = Command::new(cfg.node.as_deref().unwrap_or("node"));
            if r == Runner::NodeJitless {
                c.arg("--jitless");
            }
            c.arg(file);
            c
        }
    }
}

fn cpu(cfg: &Config) -> Result<Cpu, String> {
    let mut runners = Vec::new();
    for e in &cfg.engines {
        runners.push(Runner::Persha(engine_name(e)));
        runners.push(Runner::Bare(engine_name(e)));
    }
    if cfg.node.is_some() {
        runners.push(Runner::Node);
        runners.push(Runner::NodeJitless);
    }
    let n = cfg.workloads.len();
    let mut samples = vec![vec![Vec::new(); runners.len()]; n];
    let mut checks: Vec<Option<String>> = vec![None; n];
    let mut agree = vec![true; n];
    let mut problems = Vec::new();
    // Interleave runners and workloads so drift in the machine's load
    // spreads over all of them alike.
    for rep in 0..cfg.runs {
        for (wi, w) in cfg.workloads.iter().enumerate() {
            let file = cfg.workloads_dir.join(format!("{w}.js"));
            for (ri, r) in runners.iter().enumerate() {
                let data = tempdir()?;
                let mut cmd = command_for(cfg, *r, &file, data.path());
                match run::timed(&mut cmd) {
                    Ok((secs, out)) => {
                        samples[wi][ri].push(secs);
                        let line = out.trim().to_owned();
                        match &checks[wi] {
                            None => checks[wi] = Some(line),
                            Some(c) if *c != line => {
                                agree[wi] = false;
                                problems.push(format!(
                                    "{w}: {} printed `{line}`, expected `{c}`",
                                    r.label()
                                ));
                            }
                            Some(_) => {}
                        }
                    }
                    Err(e) => problems.push(format!("{w}: {}: {e}", r.label())),
                }
            }
            eprintln!("  run {}/{} {w}", rep + 1, cfg.runs);
        }
    }
    let rows = cfg
        .workloads
        .iter()
        .enumerate()
        .map(|(wi, w)| CpuRow {
            workload: w.clone(),
            times: samples[wi]
                .iter()
                .map(|s| (!s.is_empty()).then(|| run::median(s)))
                .collect(),
            checksum: checks[wi].clone().unwrap_or_default(),
            agree: agree[wi] && checks[wi].is_some(),
        })
        .collect();
    Ok(Cpu {
        runners,
        rows,
        problems,
    })
}

/// `persha status` of a data directory: (turns, journal bytes).
fn status(cfg: &Config, data: &Path) -> Result<(u64, u64), String> {
    let (_, out) = run::timed(persha(cfg, data).arg("status"))?;
    let line = out
        .lines()
        .find_map(|l| l.strip_prefix("journal:"))
        .ok_or_else(|| format!("persha status printed no journal line:\n{out}"))?;
    // "journal:   N turns, M records, B bytes"
    let nums: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|t| t.parse().ok())
        .collect();
    match nums.as_slice() {
        [turns, _records, bytes, ..] => Ok((*turns, *bytes)),
        _ => Err(format!("cannot read persha status: {line}")),
    }
}

pub fn program(cfg: &Config, name: &str) -> PathBuf {
    cfg.workloads_dir
        .join("programs")
        .join(format!("{name}.js"))
}

fn journal(cfg: &Config) -> Result<Journal, String> {
    let engine = cfg
        .engines
        .first()
        .cloned()
        .unwrap_or_else(|| "quickjs".into());
    let turns = cfg.journal_turns.to_string();
    let mut rows = Vec::new();
    for prog in ["immediate", "timeout"] {
        for policy in ["always", "batch", "never"] {
            let file = program(cfg, prog);
            let data = tempdir()?;
            let mut cmd = persha(cfg, data.path());
            cmd.args(["--engine", &engine, "--fsync", policy, "-init"])
                .arg(&file)
                .arg(&turns);
            let (secs, _) = run::timed(&mut cmd)?;
            let (t, bytes) = status(cfg, data.path())?;
            let fsyncs = match &cfg.strace {
                Some(strace) => Some(count_fsyncs(cfg, strace, &engine, policy, &file, &turns)?),
                None => None,
            };
            eprintln!("  {prog} --fsync {policy}: {t} turns, {bytes} bytes, {secs:.2}s");
            rows.push(JournalRow {
                program: prog,
                policy,
                turns: t,
                bytes,
                secs,
                fsyncs,
            });
        }
    }
    Ok(Journal {
        engine,
        rows,
        strace: cfg.strace.is_some(),
    })
}

/// fsync + fdatasync calls of one whole `persha -init` run, by `strace -c`.
fn count_fsyncs(
    cfg: &Config,
    strace: &str,
    engine: &str,
    policy: &str,
    file: &Path,
    turns: &str,
) -> Result<u64, String> {
    let data = tempdir()?;
    let summary = data.path().join("strace.txt");
    let store = data.path().join("store");
    let mut cmd = Command::new(strace);
    cmd.args(["-f", "-c", "-e", "trace=fsync,fdatasync", "-o"])
        .arg(&summary)
        .arg(&cfg.persha)
        .env("PERSHA_DATA", &store)
        .args(["--engine", engine, "--fsync", policy, "-init"])
        .arg(file)
        .arg(turns);
    run::timed(&mut cmd)?;
    let text = std::fs::read_to_string(&summary)
        .map_err(|e| format!("cannot read the strace summary: {e}"))?;
    // "% time  seconds  usecs/call  calls  [errors]  syscall"
    Ok(text
        .lines()
        .filter_map(|l| {
            let t: Vec<&str> = l.split_whitespace().collect();
            match t.last() {
                Some(&"fsync") | Some(&"fdatasync") if t.len() >= 5 => t[3].parse::<u64>().ok(),
                _ => None,
            }
        })
        .sum())
}

/// Start the history program, wait for its HISTORY line, stop it.
fn build_history(cfg: &Config, engine: &str, data: &Path, n: u64) -> Result<f64, String> {
    let mut cmd = persha(cfg, data);
    // Pure replay: the checkpoints section measures restarts from images.
    cmd.args([
        "--engine",
        engine,
        "--fsync",
        "never",
        "--no-checkpoints",
        "-init",
    ])
    .arg(program(cfg, "history"))
    .arg(n.to_string())
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start persha: {e}"))?;
    let rx = run::lines(child.stdout.take().expect("piped"));
    let r = run::wait_for(&rx, "HISTORY", Duration::from_secs(1800));
    let secs = start.elapsed().as_secs_f64();
    run::stop(&mut child);
    r.map(|_| secs)
        .map_err(|e| format!("building a {n}-turn history on {engine}: {e}"))
}

/// `persha -restart` until READY; seconds.
fn time_restart(cfg: &Config, data: &Path) -> Result<f64, String> {
    let mut cmd = persha(cfg, data);
    cmd.args(["--no-checkpoints", "-restart"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start persha: {e}"))?;
    let rx = run::lines(child.stderr.take().expect("piped"));
    let r = run::wait_for(&rx, "READY", Duration::from_secs(1800));
    let secs = start.elapsed().as_secs_f64();
    run::stop(&mut child);
    r.map(|_| secs).map_err(|e| format!("persha -restart: {e}"))
}

fn one_history(cfg: &Config, engine: &str, n: u64, runs: usize) -> Result<RecoveryRow, String> {
    let data = tempdir()?;
    let build_secs = build_history(cfg, engine, data.path(), n)?;
    let (turns, bytes) = status(cfg, data.path())?;
    let mut times = Vec::new();
    for _ in 0..runs {
        times.push(time_restart(cfg, data.path())?);
    }
    let row = RecoveryRow {
        engine: engine.to_owned(),
        asked: n,
        turns,
        bytes,
        build_secs,
        restart_secs: run::median(&times),
    };
    eprintln!(
        "  {engine} {n}: build {:.2}s, restart {:.3}s",
        row.build_secs, row.restart_secs
    );
    Ok(row)
}

/// Longest a 1M-turn history may be expected to take (build + one restart).
const MILLION_BUDGET_SECS: f64 = 240.0;

fn recovery(cfg: &Config) -> Result<Recovery, String> {
    let runs = if cfg.quick { 1 } else { 3 };
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for e in &cfg.engines {
        for &n in &cfg.histories {
            rows.push(one_history(cfg, e, n, runs)?);
        }
        if !cfg.million {
            continue;
        }
        let Some(last) = rows.iter().rfind(|r| r.engine == *e && r.asked == 100_000) else {
            continue;
        };
        let estimate = (last.build_secs + last.restart_secs) * 10.0;
        if estimate > MILLION_BUDGET_SECS {
            notes.push(format!(
                "{e}: the 1,000,000-turn history was skipped: from the 100k run it would take about {estimate:.0} s (budget {MILLION_BUDGET_SECS:.0} s)."
            ));
            continue;
        }
        rows.push(one_history(cfg, e, 1_000_000, 1)?);
        notes.push(format!(
            "{e}: the 1,000,000-turn history was restarted once (not {runs} times)."
        ));
    }
    Ok(Recovery { rows, notes, runs })
}

fn settle(cfg: &Config) {
    std::thread::sleep(Duration::from_millis(if cfg.quick { 500 } else { 1500 }));
}

/// RSS of a process started by `cmd`, after its `marker` line (or, with no
/// marker, after it has had time to start) and a pause for start-up to settle.
fn idle_rss(cfg: &Config, mut cmd: Command, marker: Option<&str>) -> Result<Option<u64>, String> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let what = run::describe(&cmd);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    let rx = run::lines(child.stdout.take().expect("piped"));
    let r = match marker {
        Some(m) => run::wait_for(&rx, m, Duration::from_secs(60)).map(|_| ()),
        None => {
            std::thread::sleep(Duration::from_millis(500));
            Ok(())
        }
    };
    settle(cfg);
    let rss = run::rss_kib(child.id());
    run::stop(&mut child);
    r.map_err(|e| format!("{what}: {e}"))?;
    Ok(rss)
}

fn memory(cfg: &Config) -> Result<Vec<MemRow>, String> {
    let idle = program(cfg, "idle");
    let mut rows = Vec::new();
    for e in &cfg.engines {
        let data = tempdir()?;
        let mut cmd = persha(cfg, data.path());
        cmd.args(["--engine", e, "-init"]).arg(&idle);
        rows.push(MemRow {
            what: format!("persha {e}, idle program"),
            kib: idle_rss(cfg, cmd, Some("UP"))?,
        });
        let data = tempdir()?;
        let mut cmd = persha(cfg, data.path());
        cmd.args(["--engine", e, "-init"]);
        rows.push(MemRow {
            what: format!("persha {e}, REPL"),
            kib: idle_rss(cfg, cmd, None)?,
        });
    }
    if let Some(node) = &cfg.node {
        let mut cmd = Command::new(node);
        cmd.arg(&idle);
        rows.push(MemRow {
            what: "node, idle program".into(),
            kib: idle_rss(cfg, cmd, Some("UP"))?,
        });
        let mut cmd = Command::new(node);
        cmd.arg("-i");
        rows.push(MemRow {
            what: "node, REPL (`node -i`)".into(),
            kib: idle_rss(cfg, cmd, None)?,
        });
    }
    Ok(rows)
}
