//! File descriptors and streams across `kill -9` + `persha -restart`: the
//! host's handles die with the process, the program's descriptors (numbers,
//! paths, positions) live in the heap and are reopened, so a read stream
//! continues from its offset and an open descriptor keeps working.

mod common;
use common::*;

/// Lines in order with repeats dropped (the turn in flight at the kill, and
/// output not yet flushed, may be printed again by the restart).
fn first_occurrences(s: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    s.lines()
        .filter(|l| seen.insert(l.to_string()))
        .map(str::to_owned)
        .collect()
}

const STREAM_APP: &str = r#"var fs = require('fs');
var path = require('path');
var log = fs.openSync(path.join(__dirname, 'log.txt'), 'a+');
var n = 0;
var rs = fs.createReadStream(path.join(__dirname, 'data.txt'), { highWaterMark: 8, encoding: 'utf8' });
rs.on('data', function (d) {
  n++;
  fs.writeSync(log, 'chunk ' + n + '\n');
  console.log('chunk ' + n + ' ' + d.trim());
  rs.pause();
  setTimeout(function () { rs.resume(); }, 25);
});
rs.on('end', function () {
  var size = fs.fstatSync(log).size;
  var b = new Buffer(size);
  fs.readSync(log, b, 0, size, 0);
  var seen = {};
  var unique = b.toString().split('\n').filter(function (l) {
    if (!l || seen[l]) return false;
    seen[l] = true;
    return true;
  });
  console.log('log: ' + unique.length + ' chunks, last ' + unique[unique.length - 1]);
  fs.closeSync(log);
  console.log('end');
});
"#;

/// The stream reads 8 bytes (one line) at a time. After the kill the rest
/// of the file is rewritten in capitals: the lines read before the kill
/// come back from the journal unchanged, the later ones are read live from
/// the reopened file at the stream's offset.
fn read_stream_and_fd_continue_after_kill9(engine: &'static str) {
    let d = Data::new(engine);
    let text: String = (0..40).map(|i| format!("line {i:02}\n")).collect();
    d.file("data.txt", &text);
    let app = d.file("app.js", STREAM_APP);
    let mut s = d.spawn(&["-init", app.to_str().unwrap()]);
    s.out.wait_for("chunk 10 ", LONG);
    s.kill9();
    let before = s.out.text();
    assert!(!before.contains("chunk 40 "), "{before}");
    d.file("data.txt", &text.to_uppercase());

    let after = d.run(&["-restart"], "");
    assert_eq!(after.code, Some(0), "{after:?}");
    assert!(after.stderr.contains("READY"), "{}", after.stderr);
    assert!(!after.stderr.contains("diverged"), "{}", after.stderr);

    let lines = first_occurrences(&format!("{before}{}", after.stdout));
    let chunks: Vec<&String> = lines.iter().filter(|l| l.starts_with("chunk ")).collect();
    assert_eq!(chunks.len(), 40, "{lines:#?}");
    for (i, l) in chunks.iter().enumerate() {
        let want = format!("chunk {} line {i:02}", i + 1);
        assert!(l.eq_ignore_ascii_case(&want), "{l} != {want}\n{lines:#?}");
    }
    // Read before the kill: as it was then.
    assert_eq!(chunks[0].as_str(), "chunk 1 line 00");
    // Read after the restart: the new contents, from the right offset.
    assert_eq!(chunks[39].as_str(), "chunk 40 LINE 39");
    // The log descriptor opened at the start kept appending after the restart.
    assert_eq!(
        &lines[lines.len() - 2..],
        ["log: 40 chunks, last chunk 40", "end"],
        "{lines:#?}"
    );
    let log = std::fs::read_to_string(d.tmp.path().join("log.txt")).unwrap();
    assert!(log.ends_with("chunk 40\n"), "{log}");

    // Finished: a further restart replays everything and does nothing new.
    let again = d.run(&["-restart"], "");
    assert_eq!(again.stdout, "", "{again:?}");
    assert!(again.stderr.contains("has finished"), "{}", again.stderr);
}

const VANISH_APP: &str = r#"var fs = require('fs');
var path = require('path');
var f = path.join(__dirname, 'gone.txt');
var fd = fs.openSync(f, 'r');
console.log('opened');
var k = 0;
var id = setInterval(function () {
  k++;
  try {
    var b = new Buffer(4);
    fs.readSync(fd, b, 0, 4, 0);
    console.log('tick ' + k + ' read ' + b);
  } catch (e) {
    console.log('tick ' + k + ' ' + e.code + ': ' + e.message);
    fs.closeSync(fd);
    console.log('closed after the loss');
    clearInterval(id);
  }
}, 40);
"#;

/// A file deleted while the program was stopped cannot be reopened: the
/// descriptor's later operations fail with EBADF naming the file, and
/// closing it still works.
fn vanished_file_fails_clearly_after_restart(engine: &'static str) {
    let d = Data::new(engine);
    let gone = d.file("gone.txt", "data");
    let app = d.file("app.js", VANISH_APP);
    let mut s = d.spawn(&["-init", app.to_str().unwrap()]);
    s.out.wait_for("tick 2 read data\n", LONG);
    s.kill9();
    // As the program names it (__dirname is the real path).
    let gone = std::fs::canonicalize(&gone).unwrap();
    std::fs::remove_file(&gone).unwrap();

    let after = d.run(&["-restart"], "");
    assert_eq!(after.code, Some(0), "{after:?}");
    let want = format!(
        "EBADF: EBADF, read (descriptor 3 lost its file '{}' at a restart: ENOENT)",
        gone.display()
    );
    assert!(after.stdout.contains(&want), "{}", after.stdout);
    assert!(
        after
            .stdout
            .ends_with(&format!("{want}\nclosed after the loss\n")),
        "{}",
        after.stdout
    );
}

on_both_engines!(
    read_stream_and_fd_continue_after_kill9,
    vanished_file_fails_clearly_after_restart,
);
