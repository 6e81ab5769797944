//! A program's life: start, stop, restart, finish, and the refusals that
//! protect a store.

mod common;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

fn script_runs_and_finishes(engine: &'static str) {
    let d = Data::new(engine);
    let app = d.file(
        "app.js",
        "console.log('hello', process.argv.length, typeof require);\n",
    );
    let out = d.run(&["-init", app.to_str().unwrap()], "");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stdout, "hello 2 function\n");
    let again = d.run(&["-restart"], "");
    assert_eq!(again.code, Some(0));
    assert!(
        again.stderr.contains("has finished (exit code 0)"),
        "{again:?}"
    );
    assert!(again.stdout.is_empty());
}

fn exit_codes_follow_node(engine: &'static str) {
    let d = Data::new(engine);
    let app = d.file("app.js", "process.on('exit', function (c) { console.log('exit', c) });\nprocess.exit(3);\nconsole.log('not reached');\n");
    let out = d.run(&["-init", app.to_str().unwrap()], "");
    assert_eq!(out.code, Some(3), "{out:?}");
    assert_eq!(out.stdout, "exit 3\n");
    let again = d.run(&["-restart"], "");
    assert_eq!(again.code, Some(3), "{again:?}");
    assert!(again.stderr.contains("exit code 3"));

    let d = Data::new(engine);
    let app = d.file(
        "boom.js",
        "setTimeout(function () { throw new Error('boom') }, 1);\n",
    );
    let out = d.run(&["-init", app.to_str().unwrap()], "");
    assert_eq!(out.code, Some(1), "{out:?}");
    assert!(out.stderr.contains("Error: boom"), "{out:?}");
}

fn syntax_error_in_program(engine: &'static str) {
    let d = Data::new(engine);
    let app = d.file("bad.js", "var x = ;\n");
    let out = d.run(&["-init", app.to_str().unwrap()], "");
    assert_eq!(out.code, Some(1), "{out:?}");
    assert!(out.stderr.contains("SyntaxError"), "{out:?}");
}

fn bad_arguments_leave_no_store(engine: &'static str) {
    let d = Data::new(engine);
    let out = d.run(&["-init", "missing.js"], "");
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("missing.js"), "{out:?}");
    assert!(!d.dir().join("store.json").exists());
    let out = d.run(&["-restart"], "");
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("persha -init"), "{out:?}");
}

fn store_is_protected(engine: &'static str) {
    let d = Data::new(engine);
    let mut s = d.spawn(&["-init"]);
    s.out.wait_for("> ", LONG);
    // A second instance on the same directory is refused at once.
    let second = d.run(&["-restart"], "");
    assert_eq!(second.code, Some(1), "{second:?}");
    assert!(second.stderr.contains("another persha"), "{second:?}");
    assert!(
        second.stderr.contains(&s.child.id().to_string()),
        "{second:?}"
    );
    s.send("var kept = 42\n");
    s.out.wait_for("undefined\n", LONG);
    s.close_stdin();
    assert_eq!(s.wait(LONG), Some(0));
    // -init over a suspended program refuses and says how to continue or discard.
    let again = d.run(&["-init"], "");
    assert_eq!(again.code, Some(1));
    assert!(
        again.stderr.contains("-restart") && again.stderr.contains("--force"),
        "{again:?}"
    );
    let kept = d.run(&["-restart"], "kept\n");
    assert_eq!(kept.stdout, "> 42\n> ");
    let forced = d.run(&["-init", "--force"], "typeof kept\n");
    assert_eq!(forced.stdout, "> 'undefined'\n> ");
    let mode = std::fs::metadata(d.dir()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}

fn status_describes_the_store(engine: &'static str) {
    let d = Data::new(engine);
    d.run(&["-init"], "1+1\n");
    let st = d.run(&["status"], "");
    assert_eq!(st.code, Some(0), "{st:?}");
    assert!(st.stdout.contains(engine), "{st:?}");
    assert!(st.stdout.contains("suspended"), "{st:?}");
    assert!(st.stdout.contains("REPL"), "{st:?}");
}

fn host_values_are_replayed_not_reread(engine: &'static str) {
    let d = Data::new(engine);
    let first = d.run(&["-init"], "var t = Date.now(), r = Math.random(), h = process.hrtime(); [t > 1e12, r < 1]\n'' + t + ' ' + r\n");
    let printed = first
        .stdout
        .lines()
        .nth(1)
        .unwrap()
        .trim_start_matches("> ")
        .to_owned();
    std::thread::sleep(Duration::from_millis(20));
    let second = d.run(&["-restart"], "'' + t + ' ' + r\n");
    assert_eq!(second.stdout, format!("> {printed}\n> "), "{first:?}");
    // Time moves on for new questions.
    let third = d.run(&["-restart"], "Date.now() > t\n");
    assert_eq!(third.stdout, "> true\n> ");
}

fn modules_load_once(engine: &'static str) {
    let d = Data::new(engine);
    d.file(
        "lib.js",
        "exports.name = 'lib'; exports.file = __filename;\n",
    );
    d.file("data.json", "{\"answer\": 42}\n");
    let app = d.file(
        "app.js",
        "var lib = require('./lib'); var data = require('./data.json');\n\
         console.log(lib.name, data.answer, require('path').basename(lib.file), __dirname === require('path').dirname(__filename));\n\
         setInterval(function () { console.log('tick', lib.name) }, 100);\n",
    );
    let mut s = d.spawn(&["-init", app.to_str().unwrap()]);
    s.out.wait_for("tick lib\n", LONG);
    assert!(
        s.out.text().starts_with("lib 42 lib.js true\n"),
        "{}",
        s.out.text()
    );
    s.signal(libc::SIGTERM);
    s.wait(LONG);
    // The loaded module lives in the heap: deleting its file changes nothing.
    std::fs::remove_file(d.tmp.path().join("lib.js")).unwrap();
    let mut r = d.spawn(&["-restart"]);
    r.err.wait_for("READY\n", LONG);
    let before = r.out.text().matches("tick").count();
    r.out.wait_count("tick lib\n", before + 1, LONG);
    r.signal(libc::SIGTERM);
    r.wait(LONG);
}

fn every_fsync_policy_keeps_state(engine: &'static str) {
    for policy in ["always", "batch", "never"] {
        let d = Data::new(engine);
        let first = d.run(&["--fsync", policy, "-init"], "var p = 'kept'\n");
        assert_eq!(first.code, Some(0), "{policy}: {first:?}");
        let r = d.run(&["--fsync", policy, "-restart"], "p\n");
        assert_eq!(r.stdout, "> 'kept'\n> ", "{policy}: {r:?}");
    }
}

fn corrupt_journal_is_named_and_left_alone(engine: &'static str) {
    let d = Data::new(engine);
    d.run(&["-init"], "var a = 1\nvar b = 2\nvar c = 3\n");
    let seg = std::fs::read_dir(journal_dir(&d.dir()))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "seg"))
        .unwrap();
    let mut bytes = std::fs::read(&seg).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    std::fs::write(&seg, &bytes).unwrap();
    let r = d.run(&["-restart"], "a\n");
    assert_eq!(r.code, Some(1), "{r:?}");
    assert!(r.stderr.contains(&seg.display().to_string()), "{r:?}");
    assert!(r.stderr.contains("byte offset"), "{r:?}");
    assert!(r.stdout.is_empty(), "{r:?}");
    assert_eq!(
        std::fs::read(&seg).unwrap(),
        bytes,
        "the journal was modified"
    );
}

/// A script reading standard input keeps its place across a stop, and the
/// restarted process reads the new standard input.
fn stdin_is_reattached_after_restart(engine: &'static str) {
    let d = Data::new(engine);
    let app = d.file(
        "app.js",
        "var n = 0;\nprocess.stdin.on('data', function (c) { console.log('line ' + (++n) + ': ' + String(c).trim()) });\n",
    );
    let mut s = d.spawn(&["-init", app.to_str().unwrap()]);
    s.send("first\n");
    s.out.wait_for("line 1: first\n", LONG);
    s.signal(libc::SIGTERM);
    s.wait(LONG);
    let mut r = d.spawn(&["-restart"]);
    r.err.wait_for("READY\n", LONG);
    r.send("second\n");
    r.out.wait_for("line 2: second\n", LONG);
    r.close_stdin();
    // End of input with nothing else to do: the program ends.
    assert_eq!(r.wait(LONG), Some(0));
}

on_both_engines!(
    stdin_is_reattached_after_restart,
    every_fsync_policy_keeps_state,
    corrupt_journal_is_named_and_left_alone,
    script_runs_and_finishes,
    exit_codes_follow_node,
    syntax_error_in_program,
    bad_arguments_leave_no_store,
    store_is_protected,
    status_describes_the_store,
    host_values_are_replayed_not_reread,
    modules_load_once,
);
