//! Heap-image checkpoints through the real binary: a program builds state
//! over hundreds of turns while images are taken, is killed with -9, and
//! `-restart` must start from an image (QuickJS) — or from the older one, or
//! from the first record, when images are damaged — and carry on with
//! exactly the state an uninterrupted run would have.
//!
//! Only on Linux x86_64, where the `persha` binary is linked non-PIE and so
//! can load its own images (cli/build.rs).
#![cfg(all(target_os = "linux", target_arch = "x86_64"))]

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;

/// Each `add k` line draws a journaled random number and folds it into
/// state of several kinds (numbers, an array, a Map of objects, a string);
/// `dump` prints a summary the test recomputes from the `ok` lines.
const PROGRAM: &str = r#"
var state = { n: 0, sum: 0, rs: [], m: new Map(), log: '' };
function fold(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; }
function handle(line) {
  if (line === 'dump') {
    console.log('dump n=' + state.n + ' sum=' + state.sum + ' keys=' + state.m.size +
      ' h=' + fold(state.log) + ' last=' + state.rs.slice(-3).join(',') +
      ' big=' + state.m.get('k' + state.n).big.length);
    return;
  }
  var k = +line.split(' ')[1];
  var r = Math.floor(Math.random() * 1000000);
  state.n++; state.sum += r * k; state.rs.push(r);
  state.m.set('k' + state.n, { r: r, big: new Array(50).join('x' + k) });
  state.log += state.n + ':' + r + ';';
  console.log('ok ' + state.n + ' ' + r);
}
var buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', function (d) {
  buf += d;
  var i;
  while ((i = buf.indexOf('\n')) >= 0) { var line = buf.slice(0, i); buf = buf.slice(i + 1); handle(line); }
});
"#;

/// `add k` for turn n sends k = n % 97 + 1.
fn k_of(n: u64) -> u64 {
    n % 97 + 1
}

/// The `ok n r` lines of a transcript (a line re-emitted after a restart
/// must carry the same number).
fn oks(text: &str, into: &mut BTreeMap<u64, u64>) {
    for l in text.lines() {
        let mut w = l.split(' ');
        if w.next() == Some("ok") {
            let n: u64 = w.next().unwrap().parse().unwrap();
            let r: u64 = w.next().unwrap().parse().unwrap();
            if let Some(old) = into.insert(n, r) {
                assert_eq!(old, r, "turn {n} printed two different numbers");
            }
        }
    }
}

/// What `dump` must print after `rs` (index i holds turn i+1's number).
fn expected_dump(rs: &[u64]) -> String {
    let n = rs.len() as u64;
    let sum: u64 = rs
        .iter()
        .enumerate()
        .map(|(i, r)| r * k_of(i as u64 + 1))
        .sum();
    let mut log = String::new();
    for (i, r) in rs.iter().enumerate() {
        log.push_str(&format!("{}:{};", i + 1, r));
    }
    let h = log
        .bytes()
        .fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(c as i32));
    let last: Vec<String> = rs[rs.len().saturating_sub(3)..]
        .iter()
        .map(u64::to_string)
        .collect();
    let big = 49 * (1 + k_of(n).to_string().len());
    format!(
        "dump n={n} sum={sum} keys={n} h={h} last={} big={big}",
        last.join(",")
    )
}

fn images(store: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(store.join("images"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "img"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn spawn(d: &Data, args: &[&str]) -> Session {
    let mut c = d.cmd(args);
    // An image about every 120 turns, so the journal after the newest one
    // is not empty when the process is killed.
    c.env("PERSHA_CHECKPOINT_CPU_MS", "1000000")
        .env("PERSHA_CHECKPOINT_JOURNAL_BYTES", "12000")
        .env("PERSHA_CHECKPOINT_TRACE", "1");
    Session::spawn(c)
}

/// Sends the `add` lines for turns `from..=to`, one turn each: a line is
/// sent when the previous one was answered (lines sent together may arrive
/// as one chunk, one turn).
fn feed(s: &mut Session, from: u64, to: u64) {
    for n in from..=to {
        s.send(&format!("add {}\n", k_of(n)));
        s.out.wait_for(&format!("ok {n} "), LONG);
    }
}

/// How the images are damaged before the restart.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Damage {
    None,
    Newest,
    All,
}

/// Run 400 turns, kill -9, damage images as told, restart, check.
/// Returns the restart's stderr.
fn crash_and_restore(engine: &'static str, damage: Damage) -> String {
    let d = Data::new(engine);
    let app = d.file("app.js", PROGRAM);
    let mut s = spawn(&d, &["--fsync=never", "-init", app.to_str().unwrap()]);
    feed(&mut s, 1, 400);
    let mut rs = BTreeMap::new();
    s.kill9();
    oks(&s.out.text(), &mut rs);
    let first_err = s.err.text();
    let imgs = images(&d.dir());
    if engine == "quickjs" {
        assert!(
            first_err.contains("persha: checkpoint lsn="),
            "no image was written:\n{first_err}"
        );
        assert!(!imgs.is_empty(), "no image in the store");
    } else {
        assert!(imgs.is_empty(), "Boa wrote images: {imgs:?}");
    }
    let mut damaged = Vec::new();
    if damage != Damage::None {
        let n = if damage == Damage::All { imgs.len() } else { 1 };
        for p in imgs.iter().rev().take(n) {
            let mut b = std::fs::read(p).unwrap();
            let at = b.len() / 2;
            b[at] ^= 0x5a;
            std::fs::write(p, b).unwrap();
            damaged.push(p.clone());
        }
    }

    let mut s = spawn(&d, &["-restart"]);
    s.err.wait_for("READY", LONG);
    s.send("dump\n");
    let out = s.out.wait_for("dump ", LONG);
    oks(&out, &mut rs);
    let got: Vec<u64> = rs.values().copied().collect();
    assert_eq!(
        rs.keys().copied().collect::<Vec<_>>(),
        (1..=400).collect::<Vec<_>>()
    );
    let dump = out.lines().find(|l| l.starts_with("dump ")).unwrap();
    assert_eq!(dump, expected_dump(&got));
    // And it carries on from there.
    s.send("add 5\n");
    let out = s.out.wait_for("ok 401 ", LONG);
    s.close_stdin();
    assert_eq!(s.wait(LONG), Some(0), "{out}\n{}", s.err.text());
    let err = s.err.text();
    for p in &damaged {
        let name = p.file_name().unwrap().to_str().unwrap();
        assert!(
            err.contains("not using heap image") && err.contains(name),
            "damaged image {name} not reported:\n{err}"
        );
    }
    let restored = err
        .lines()
        .find(|l| l.starts_with("persha: restoring heap image lsn="));
    match (engine, damage) {
        ("quickjs", Damage::None) | ("quickjs", Damage::Newest) => {
            let line = restored.unwrap_or_else(|| panic!("no image was used:\n{err}"));
            let field = |k: &str| -> u64 {
                line.split(' ')
                    .find_map(|w| w.strip_prefix(k))
                    .unwrap()
                    .parse()
                    .unwrap()
            };
            let lsn = field("lsn=");
            // The image used is the newest intact one.
            let want = if damage == Damage::None {
                &imgs[imgs.len() - 1]
            } else {
                assert!(imgs.len() >= 2, "only one image: {imgs:?}");
                &imgs[imgs.len() - 2]
            };
            assert_eq!(
                want.file_name().unwrap().to_str().unwrap(),
                format!("{lsn:020}.img")
            );
            // Only the journal from the oldest candidate image on was read.
            let from = field("journal_from=");
            assert!(from > 1 && from <= lsn, "{line}");
        }
        _ => assert!(restored.is_none(), "an image was used:\n{err}"),
    }
    err
}

#[test]
fn quickjs_restarts_from_the_newest_image() {
    crash_and_restore("quickjs", Damage::None);
}

#[test]
fn quickjs_skips_a_damaged_image_for_the_older_one() {
    let err = crash_and_restore("quickjs", Damage::Newest);
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn quickjs_replays_from_the_start_when_every_image_is_damaged() {
    crash_and_restore("quickjs", Damage::All);
}

#[test]
fn boa_takes_no_images_and_recovers_by_replay() {
    crash_and_restore("boa", Damage::None);
}
