//! `persha-bench`: regenerates docs/BENCHMARKS.md (and the recovery chart).
//!
//! ```sh
//! cargo build --release -p persha -p persha-bench
//! cargo run -p persha-bench --release -- [--quick] [--out docs/BENCHMARKS.md]
//! ```
//!
//! Four measurements, each against the real `persha` binary (found beside
//! this one, or `--persha PATH`): CPU workloads (persha vs the bare engine
//! vs node), journal cost per turn under each `--fsync` policy, recovery
//! time against history length, and idle memory. `persha-bench bare ENGINE
//! FILE` is the bare runner the CPU measurement starts as a process.

mod bare;
mod http;
mod images;
mod report;
mod run;
mod sections;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "persha-bench",
    about = "persha's benchmark suite; writes a Markdown report and an SVG chart."
)]
struct Cli {
    /// One run per measurement and histories of 1k and 10k turns only
    #[arg(long)]
    quick: bool,
    /// The report to write
    #[arg(long, default_value = "docs/BENCHMARKS.md")]
    out: PathBuf,
    /// The recovery chart (default: bench-recovery.svg beside the report)
    #[arg(long)]
    svg: Option<PathBuf>,
    /// Runs per CPU measurement (default 5, --quick 1); the median is reported
    #[arg(long)]
    runs: Option<usize>,
    /// The persha binary (default: `persha` beside this binary)
    #[arg(long)]
    persha: Option<PathBuf>,
    /// Only these CPU workloads (comma-separated names, e.g. `sort,json`)
    #[arg(long, value_delimiter = ',')]
    workloads: Vec<String>,
    /// Engines to measure
    #[arg(long, value_delimiter = ',', default_values_t = ["quickjs".to_string(), "boa".to_string()])]
    engines: Vec<String>,
    /// History lengths (turns) for the recovery measurement
    #[arg(long, value_delimiter = ',')]
    histories: Vec<u64>,
    /// Turns of the journal-cost programs
    #[arg(long, default_value_t = 2000)]
    journal_turns: u64,
    /// Leave node out even when it is installed
    #[arg(long)]
    no_node: bool,
    /// HTTP apps to load-test: all (http + express), hello (http only), none
    #[arg(long, default_value = "all")]
    http: String,
    #[command(subcommand)]
    command: Option<Sub>,
}

#[derive(Subcommand, Debug)]
enum Sub {
    /// Run FILE as a script on the bare ENGINE (no journal, no driver, no Node API)
    Bare { engine: String, file: PathBuf },
    /// Restart time with and without heap images, against history length and heap size (QuickJS); prints a Markdown table
    Images {
        /// History lengths (turns)
        #[arg(long, value_delimiter = ',', default_values_t = [1_000u64, 10_000, 100_000, 1_000_000])]
        histories: Vec<u64>,
        /// Live heap sizes (MiB)
        #[arg(long, value_delimiter = ',', default_values_t = [1u64, 10, 100])]
        heaps: Vec<u64>,
        /// --checkpoint-cpu-ms for the runs that build the histories
        #[arg(long, default_value_t = 1000)]
        cpu_ms: u64,
        /// Restarts per measurement (the median is reported)
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
}

/// Everything the measurements need.
pub struct Config {
    pub quick: bool,
    pub runs: usize,
    pub persha: PathBuf,
    pub me: PathBuf,
    pub workloads_dir: PathBuf,
    pub workloads: Vec<String>,
    pub engines: Vec<String>,
    pub node: Option<String>,
    pub strace: Option<String>,
    pub histories: Vec<u64>,
    /// Try a 1,000,000-turn history (full runs only, when it looks affordable).
    pub million: bool,
    pub journal_turns: u64,
    /// `all`, `hello` or `none` (see `--http`).
    pub http: String,
}

/// The CPU workloads, in report order (`empty` is the start-up calibration).
pub const WORKLOADS: &[&str] = &[
    "empty", "alloc", "props", "closures", "strings", "json", "regexp", "typed", "interp", "sort",
];

fn main() {
    let cli = Cli::parse();
    if let Some(Sub::Bare { engine, file }) = &cli.command {
        std::process::exit(bare::run(engine, file));
    }
    if let Some(Sub::Images {
        histories,
        heaps,
        cpu_ms,
        runs,
    }) = &cli.command
    {
        let me = std::env::current_exe().expect("current executable");
        let args = images::Args {
            persha: cli
                .persha
                .clone()
                .unwrap_or_else(|| me.with_file_name("persha")),
            workloads_dir: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("workloads"),
            histories: histories.clone(),
            heaps: heaps.clone(),
            cpu_ms: *cpu_ms,
            runs: (*runs).max(1),
        };
        if let Err(e) = images::run(&args) {
            eprintln!("persha-bench: {e}");
            std::process::exit(1);
        }
        return;
    }
    if let Err(e) = suite(cli) {
        eprintln!("persha-bench: {e}");
        std::process::exit(1);
    }
}

fn suite(cli: Cli) -> Result<(), String> {
    let me = std::env::current_exe().map_err(|e| format!("cannot find myself: {e}"))?;
    let persha = cli
        .persha
        .clone()
        .unwrap_or_else(|| me.with_file_name("persha"));
    if !persha.is_file() {
        return Err(format!(
            "no persha binary at {}; build it first (`cargo build --release -p persha`) or pass --persha PATH",
            persha.display()
        ));
    }
    for e in &cli.engines {
        if e != "quickjs" && e != "boa" {
            return Err(format!("unknown engine '{e}' (quickjs or boa)"));
        }
    }
    let workloads = if cli.workloads.is_empty() {
        WORKLOADS.iter().map(|s| s.to_string()).collect()
    } else {
        for w in &cli.workloads {
            if !WORKLOADS.contains(&w.as_str()) {
                return Err(format!(
                    "unknown workload '{w}' (one of {})",
                    WORKLOADS.join(", ")
                ));
            }
        }
        cli.workloads.clone()
    };
    let histories = if !cli.histories.is_empty() {
        cli.histories.clone()
    } else if cli.quick {
        vec![1_000, 10_000]
    } else {
        vec![1_000, 10_000, 100_000]
    };
    let cfg = Config {
        quick: cli.quick,
        runs: cli.runs.unwrap_or(if cli.quick { 1 } else { 5 }).max(1),
        persha,
        me,
        workloads_dir: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("workloads"),
        workloads,
        engines: cli.engines.clone(),
        node: if cli.no_node {
            None
        } else {
            run::on_path("node")
        },
        strace: run::on_path("strace"),
        million: !cli.quick && cli.histories.is_empty(),
        histories,
        journal_turns: cli.journal_turns.max(10),
        http: cli.http.clone(),
    };
    let svg = cli
        .svg
        .clone()
        .unwrap_or_else(|| cli.out.with_file_name("bench-recovery.svg"));
    let results = sections::measure(&cfg)?;
    let svg_written = report::chart(&results.recovery, &svg)?;
    let md = report::markdown(&cfg, &results, svg_written.then_some(svg.as_path()));
    if let Some(dir) = cli.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&cli.out, md).map_err(|e| format!("cannot write {}: {e}", cli.out.display()))?;
    eprintln!("persha-bench: wrote {}", cli.out.display());
    if svg_written {
        eprintln!("persha-bench: wrote {}", svg.display());
    }
    Ok(())
}
