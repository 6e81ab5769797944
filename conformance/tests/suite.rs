//! The whole conformance suite under `cargo test`: every case, both engines,
//! all modes (crash-images on QuickJS only), judged against
//! conformance/expectations.toml; and the CLI's
//! default engine against REPORT.md's recommendation.
//!
//! Needs the release `persha` binary (`cargo build --release -p persha`, or
//! `cargo test --release --workspace`, which builds it), or `PERSHA_BIN`.

use persha_conformance::{Config, Expectations, exec, report};
use std::process::Command;

#[test]
fn conformance_suite() {
    let mut cfg = Config::new(exec::persha_bin());
    // Two cores: the runs are mostly waiting (kills, timers, fsync).
    cfg.jobs = std::env::var("PERSHA_CONFORMANCE_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or(4);
    if let Some(seed) = std::env::var("PERSHA_CONFORMANCE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        cfg.seed = seed;
    }
    cfg.max_kills = 2;
    cfg.progress = true;
    let ex = Expectations::load(&cfg.layout.expectations()).expect("expectations.toml");
    let results = persha_conformance::run(&cfg, &ex).expect("running the suite");
    let summary = report::summary(&results);
    println!("{summary}");
    assert!(results.cases > 0, "no cases found");
    assert_eq!(
        results.unexpected(),
        0,
        "unexpected conformance results (seed {}):\n{summary}",
        results.seed
    );
}

#[test]
fn default_engine_is_the_recommended_one() {
    let out = Command::new(exec::persha_bin())
        .arg("--version")
        .output()
        .expect("running persha --version");
    let text = String::from_utf8_lossy(&out.stdout);
    let default = text
        .split("(default engine: ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap_or_else(|| panic!("`persha --version` does not name the default engine: {text:?}"))
        .trim()
        .to_owned();
    let layout = persha_conformance::Layout::default();
    let rep = std::fs::read_to_string(layout.report()).expect("conformance/REPORT.md");
    let recommended =
        report::parse_recommendation(&rep).expect("REPORT.md has a `Recommended engine:` line");
    assert_eq!(
        default, recommended,
        "the CLI's DEFAULT_ENGINE ({default}) differs from REPORT.md's recommendation ({recommended}); \
         regenerate the report or change the default"
    );
}
