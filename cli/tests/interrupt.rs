//! Ctrl-C at a busy REPL, and turns that never complete.

mod common;
use common::*;
use std::time::Duration;

fn value_of(out: &str, marker: &str) -> String {
    out.lines()
        .filter_map(|l| l.trim_start_matches("> ").strip_prefix(marker))
        .next_back()
        .unwrap_or_else(|| panic!("no {marker} in {out}"))
        .to_owned()
}

/// QuickJS stops the running turn; replay stops it at the same point.
#[test]
fn ctrl_c_interrupts_a_busy_turn_and_replay_reproduces_it() {
    let d = Data::new("quickjs");
    let mut s = d.spawn(&["-init"]);
    s.send("var n = 0\n");
    s.out.wait_for("undefined\n", LONG);
    s.send("while (true) { n++ }\n");
    std::thread::sleep(Duration::from_millis(300));
    s.signal(libc::SIGINT);
    s.out.wait_for("interrupted", LONG);
    s.send("'n=' + n\n");
    let t = s.out.wait_for("'\n> ", LONG);
    let n = value_of(&t, "'n=");
    assert_ne!(n, "0'");
    s.close_stdin();
    assert_eq!(s.wait(LONG), Some(0));
    let r = d.run(&["-restart"], "'n=' + n\n");
    assert_eq!(value_of(&r.stdout, "'n="), n, "{r:?}");
}

/// A turn that kills the process is re-run once; if it dies again, recovery
/// stops and names it, and `--skip-turn` drops it.
fn a_turn_that_never_completes_can_be_skipped(engine: &'static str) {
    let d = Data::new(engine);
    let mut s = d.spawn(&["-init"]);
    s.send("var kept = 'yes'\n");
    s.out.wait_for("undefined\n", LONG);
    s.send("while (true) {}\n");
    std::thread::sleep(Duration::from_millis(200));
    s.kill9();
    // The re-run hangs too; kill it again.
    let mut r = d.spawn(&["-restart"]);
    r.err.wait_for("RECOVERING", LONG);
    std::thread::sleep(Duration::from_millis(300));
    r.kill9();
    assert!(!r.err.text().contains("READY"), "{}", r.err.text());
    let stuck = d.run(&["-restart"], "");
    assert_eq!(stuck.code, Some(1), "{stuck:?}");
    assert!(stuck.stderr.contains("--skip-turn 3"), "{stuck:?}");
    assert!(stuck.stderr.contains("while (true) {}"), "{stuck:?}");
    let wrong = d.run(&["-restart", "--skip-turn", "2"], "");
    assert_eq!(wrong.code, Some(1), "{wrong:?}");
    let ok = d.run(&["-restart", "--skip-turn", "3"], "kept\n");
    assert_eq!(ok.code, Some(0), "{ok:?}");
    assert_eq!(ok.stdout, "> 'yes'\n> ");
    // The skip is durable.
    let again = d.run(&["-restart"], "kept + '!'\n");
    assert_eq!(again.stdout, "> 'yes!'\n> ");
}

on_both_engines!(a_turn_that_never_completes_can_be_skipped);
