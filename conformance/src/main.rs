//! `persha-conformance run|report`: see conformance/README.md.

use clap::{Parser, Subcommand};
use persha_conformance::{Config, ENGINES, Expectations, MODES, Mode, exec, report};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "persha-conformance", about = "persha's conformance suite")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(clap::Args, Debug)]
struct Common {
    /// Parallel jobs
    #[arg(long, default_value_t = 4)]
    jobs: usize,
    /// Seed for crash-mode kill moments (default: from the clock; printed)
    #[arg(long)]
    seed: Option<u64>,
    /// At most this many kills per crash-mode run (1..=N, seeded)
    #[arg(long, default_value_t = 3)]
    max_kills: u64,
    /// test262: every Nth file also runs in restart and crash modes
    #[arg(long, default_value_t = 10)]
    sample_every: usize,
    /// Crash-images mode runs for 1 in N node tests (a fixed choice by case id)
    #[arg(long, default_value_t = 1)]
    images_every: usize,
    /// Time limit for one uninterrupted run, in seconds
    #[arg(long, default_value_t = 20)]
    timeout: u64,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Run cases and print failures and a summary; exits 1 on any unexpected result
    Run {
        /// Engine(s) to run (default: all)
        #[arg(long = "engine")]
        engines: Vec<String>,
        /// Mode(s): plain, restart, crash, crash-images (default: all)
        #[arg(long = "mode")]
        modes: Vec<String>,
        /// Only cases whose id contains this (e.g. `node/timers`, `test262/built-ins/Array`)
        #[arg(long)]
        filter: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Run everything on every engine in every mode and write conformance/REPORT.md
    Report {
        #[command(flatten)]
        common: Common,
    },
}

fn config(c: &Common) -> Config {
    let mut cfg = Config::new(exec::persha_bin());
    cfg.jobs = c.jobs;
    if let Some(s) = c.seed {
        cfg.seed = s;
    }
    cfg.max_kills = c.max_kills;
    cfg.sample_every = c.sample_every;
    cfg.images_every = c.images_every;
    cfg.timeout = std::time::Duration::from_secs(c.timeout);
    cfg.progress = true;
    cfg
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (cfg, write_report) = match &cli.command {
        Cmd::Run {
            engines,
            modes,
            filter,
            common,
        } => {
            let mut cfg = config(common);
            if !engines.is_empty() {
                for e in engines {
                    if !ENGINES.contains(&e.as_str()) {
                        eprintln!("unknown engine '{e}' (quickjs or boa)");
                        return ExitCode::from(2);
                    }
                }
                cfg.engines = engines.clone();
            }
            if !modes.is_empty() {
                let mut ms = Vec::new();
                for m in modes {
                    match Mode::parse(m) {
                        Ok(m) => ms.push(m),
                        Err(e) => {
                            eprintln!("{e}");
                            return ExitCode::from(2);
                        }
                    }
                }
                ms.sort();
                ms.dedup();
                cfg.modes = ms;
            }
            cfg.filter = filter.clone();
            (cfg, false)
        }
        Cmd::Report { common } => {
            let mut cfg = config(common);
            cfg.modes = MODES.to_vec();
            (cfg, true)
        }
    };
    let ex = match Expectations::load(&cfg.layout.expectations()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    eprintln!(
        "persha conformance: {} on {} in modes {}; seed {}; {} jobs",
        cfg.bin.display(),
        cfg.engines.join(", "),
        cfg.modes
            .iter()
            .map(|m| m.name())
            .collect::<Vec<_>>()
            .join(", "),
        cfg.seed,
        cfg.jobs
    );
    let results = match persha_conformance::run(&cfg, &ex) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    print!("{}", report::summary(&results));
    if write_report {
        let path = cfg.layout.report();
        if let Err(e) = std::fs::write(&path, report::markdown(&results)) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!(
            "wrote {} (Recommended engine: {})",
            path.display(),
            report::recommend(&results).unwrap_or_default()
        );
    }
    if results.unexpected() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
