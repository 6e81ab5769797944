//! The seed README's practical example, automated on both engines: express
//! (installed from examples/express's lockfile into a temporary directory)
//! counts requests; the count survives `kill -9` and `persha -restart`,
//! also while a load generator keeps sending requests and the process is
//! killed at moments proptest chooses.

mod common;

use common::{Data, Session};
use proptest::prelude::*;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// examples/express with its node_modules, installed once per test run.
fn app_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/express");
        let dir = std::env::temp_dir().join(format!("persha-express-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["package.json", "package-lock.json", "app.js"] {
            std::fs::copy(src.join(f), dir.join(f)).unwrap();
        }
        let st = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .status()
            .expect("npm is needed for the express example (ci/npm-install.sh checks for it)");
        assert!(st.success(), "npm ci failed in {}", dir.display());
        dir
    })
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

struct App {
    data: Data,
    port: u16,
}

impl App {
    fn new(engine: &'static str) -> App {
        App {
            data: Data::new(engine),
            port: free_port(),
        }
    }
    fn spawn(&self, args: &[&str]) -> Session {
        let mut cmd = self.data.cmd(args);
        cmd.current_dir(app_dir())
            .env("PORT", self.port.to_string());
        let s = Session::spawn(cmd);
        if args[0] == "-restart" {
            s.err.wait_for("READY", common::LONG);
        }
        self.wait_listening(&s);
        s
    }
    fn init(&self) -> Session {
        self.spawn(&["-init", "app.js"])
    }
    fn restart(&self) -> Session {
        self.spawn(&["-restart"])
    }
    fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }
    fn wait_listening(&self, s: &Session) {
        let t0 = Instant::now();
        while TcpStream::connect(self.addr()).is_err() {
            assert!(
                t0.elapsed() < common::LONG,
                "the app never listened on {}\nstdout:\n{}\nstderr:\n{}",
                self.port,
                s.out.text(),
                s.err.text()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// One `GET /`; the number in `Hello N`, or why there was none.
fn hello(addr: SocketAddr) -> Result<u64, String> {
    let mut c =
        TcpStream::connect_timeout(&addr, Duration::from_secs(5)).map_err(|e| e.to_string())?;
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    c.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .map_err(|e| e.to_string())?;
    let mut resp = String::new();
    c.read_to_string(&mut resp).map_err(|e| e.to_string())?;
    let (head, body) = resp
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("no complete response: {resp:?}"))?;
    if !head.starts_with("HTTP/1.1 200") {
        return Err(format!("unexpected response: {resp:?}"));
    }
    body.strip_prefix("Hello ")
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("unexpected body: {body:?}"))
}

fn seed_example(engine: &'static str) {
    let app = App::new(engine);
    let mut s = app.init();
    assert_eq!(hello(app.addr()), Ok(100));
    assert_eq!(hello(app.addr()), Ok(101));
    s.kill9();
    let refused = TcpStream::connect(app.addr()).unwrap_err();
    assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
    let s = app.restart();
    assert_eq!(hello(app.addr()), Ok(102));
    assert_eq!(hello(app.addr()), Ok(103));
    drop(s);
}

/// What a load-generating client saw: each answer with when it came.
#[derive(Default)]
struct Seen {
    answers: Vec<(Instant, u64)>,
    failures: usize,
}

fn load_with_kills(engine: &'static str, pauses_ms: &[u64]) {
    let app = App::new(engine);
    let mut s = app.init();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let (seen, stop, addr) = (seen.clone(), stop.clone(), app.addr());
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let r = hello(addr);
                    let mut seen = seen.lock().unwrap();
                    match r {
                        Ok(n) => seen.answers.push((Instant::now(), n)),
                        Err(_) => {
                            seen.failures += 1;
                            drop(seen);
                            std::thread::sleep(Duration::from_millis(5));
                        }
                    }
                }
            })
        })
        .collect();
    let mut kills = Vec::new();
    for &p in pauses_ms {
        std::thread::sleep(Duration::from_millis(p));
        s.kill9();
        kills.push(Instant::now());
        s = app.restart();
    }
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::SeqCst);
    for c in clients {
        c.join().unwrap();
    }
    drop(s);
    let seen = seen.lock().unwrap();
    let mut numbers: Vec<u64> = seen.answers.iter().map(|a| a.1).collect();
    numbers.sort_unstable();
    let n = numbers.len();
    numbers.dedup();
    assert_eq!(numbers.len(), n, "a number was answered twice");
    assert!(n > pauses_ms.len(), "too few answers to judge: {n}");
    assert_eq!(numbers[0], 100, "the count did not start at 100");
    // Every number skipped belongs to a request that got no answer.
    let gaps: u64 = numbers.windows(2).map(|w| w[1] - w[0] - 1).sum();
    assert!(
        gaps as usize <= seen.failures,
        "{gaps} numbers were skipped but only {} requests failed",
        seen.failures
    );
    eprintln!(
        "{engine}: {n} answers, {} failed requests, {gaps} numbers skipped, kills after {pauses_ms:?} ms",
        seen.failures
    );
    // After each recovery the count continues past everything acknowledged.
    for k in kills {
        let before = seen.answers.iter().filter(|a| a.0 < k).map(|a| a.1).max();
        let after = seen.answers.iter().filter(|a| a.0 > k).map(|a| a.1).min();
        if let (Some(b), Some(a)) = (before, after) {
            assert!(a > b, "after a restart the count went back: {a} after {b}");
        }
    }
}

fn load_case(engine: &'static str) {
    proptest!(ProptestConfig { cases: 2, failure_persistence: None, ..ProptestConfig::default() },
        |(pauses in proptest::collection::vec(30u64..400, 3))| {
            load_with_kills(engine, &pauses);
    });
}

on_both_engines!(seed_example, load_case);
