//! The seed README's Examples 1 and 2, as real processes with piped stdio.

mod common;
use common::*;
use std::time::Duration;

/// Example 1: a variable survives the process.
fn example1(engine: &'static str) {
    let d = Data::new(engine);
    let first = d.run(&["-init"], "x=\"Hello World\"\n");
    assert_eq!(first.code, Some(0), "{first:?}");
    assert_eq!(first.stdout, "> 'Hello World'\n> ");
    let second = d.run(&["-restart"], "x\n");
    assert_eq!(second.code, Some(0), "{second:?}");
    assert_eq!(second.stderr, "RECOVERING ...\nREADY\n");
    assert_eq!(second.stdout, "> 'Hello World'\n> ");
    // And once more, through a second recovery that replays the first.
    let third = d.run(&["-restart"], "x + '!'\n");
    assert_eq!(third.stdout, "> 'Hello World!'\n> ");
}

/// Example 2: a function, a variable and an interval timer survive Ctrl-C.
fn example2(engine: &'static str) {
    let d = Data::new(engine);
    let mut s = d.spawn(&["-init"]);
    s.send("function y(){console.log(++x)}\n");
    s.send("var x=0\n");
    s.send("var id=setInterval(y, 200)\n");
    s.out.wait_for("3\n", LONG);
    s.signal(libc::SIGINT);
    s.out.wait_for("(^C again to quit)", LONG);
    s.signal(libc::SIGINT);
    assert_eq!(s.wait(LONG), Some(0));
    let before = s.out.text();
    assert!(
        before.starts_with("> undefined\n> undefined\n> undefined\n> 1\n2\n3\n"),
        "{before}"
    );
    let last: i64 = before
        .lines()
        .filter_map(|l| l.trim_start_matches("> ").trim().parse().ok())
        .max()
        .unwrap();

    let mut r = d.spawn(&["-restart"]);
    r.err.wait_for("READY\n", LONG);
    let want = format!("{}\n", last + 2);
    r.out.wait_for(&want, LONG);
    r.send("clearInterval(id)\n");
    let t = r.out.wait_for("undefined\n", LONG);
    // The counter continued where it was: the first number after recovery is last+1.
    let numbers: Vec<i64> = t
        .lines()
        .filter_map(|l| l.trim_start_matches("> ").trim().parse().ok())
        .collect();
    assert_eq!(numbers[0], last + 1, "{t}");
    for w in numbers.windows(2) {
        assert_eq!(w[1], w[0] + 1, "{t}");
    }
    // After clearInterval nothing more is printed.
    let settled = r.out.text();
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(r.out.text(), settled);
    r.close_stdin();
    assert_eq!(r.wait(LONG), Some(0));
}

/// A timer that fell due while persha was down fires promptly after recovery.
fn overdue_timer_fires_after_restart(engine: &'static str) {
    let d = Data::new(engine);
    let first = d.run(
        &["-init"],
        "setTimeout(function(){ console.log('fired') }, 300); 1\n",
    );
    assert_eq!(first.stdout, "> 1\n> ");
    std::thread::sleep(Duration::from_millis(500));
    let mut r = d.spawn(&["-restart"]);
    r.out.wait_for("fired\n", Duration::from_secs(5));
    r.close_stdin();
    assert_eq!(r.wait(LONG), Some(0));
}

/// An interval that missed several ticks while persha was down fires once
/// promptly, then keeps its rhythm: no burst of the missed ticks.
fn interval_keeps_its_rhythm(engine: &'static str) {
    let d = Data::new(engine);
    let app = d.file(
        "app.js",
        "var n = 0; setInterval(function () { console.log('tick ' + (++n)) }, 200);\n",
    );
    let mut s = d.spawn(&["-init", app.to_str().unwrap()]);
    s.out.wait_for("tick 2\n", LONG);
    s.signal(libc::SIGTERM);
    s.wait(LONG);
    let before = s.out.text().matches("tick").count();
    // Miss about five ticks.
    std::thread::sleep(Duration::from_millis(1000));
    let r = d.spawn(&["-restart"]);
    r.err.wait_for("READY\n", LONG);
    r.out.wait_for(&format!("tick {}\n", before + 1), LONG);
    std::thread::sleep(Duration::from_millis(60));
    let burst = r.out.text().matches("tick").count();
    assert!(
        burst <= 2,
        "missed ticks were replayed in a burst:\n{}",
        r.out.text()
    );
    r.out.wait_for(&format!("tick {}\n", before + 3), LONG);
}

on_both_engines!(
    example1,
    example2,
    overdue_timer_fires_after_restart,
    interval_keeps_its_rhythm
);
