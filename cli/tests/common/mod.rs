//! Running the real `persha` binary in tests: data directories, piped and
//! pseudo-terminal sessions, waiting for output.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ENGINES: [&str; 2] = ["quickjs", "boa"];

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_persha")
}

/// A data directory in a fresh temporary folder (kept alive by the value).
pub struct Data {
    pub tmp: tempfile::TempDir,
    pub engine: &'static str,
}

impl Data {
    pub fn new(engine: &'static str) -> Data {
        Data {
            tmp: tempfile::tempdir().unwrap(),
            engine,
        }
    }
    pub fn dir(&self) -> PathBuf {
        self.tmp.path().join("store")
    }
    /// A file beside the store (programs under test).
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.args(args)
            .env("PERSHA_DATA", self.dir())
            .env("PERSHA_ENGINE", self.engine)
            .current_dir(self.tmp.path());
        c
    }
    /// Run to completion with `input` on stdin.
    pub fn run(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).unwrap();
        drop(stdin);
        wait_output(child, Duration::from_secs(60))
    }
    pub fn spawn(&self, args: &[&str]) -> Session {
        Session::spawn(self.cmd(args))
    }
}

#[derive(Debug)]
pub struct Output {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

fn wait_output(child: Child, limit: Duration) -> Output {
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => {
            let out = out.unwrap();
            Output {
                code: out.status.code(),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            }
        }
        Err(_) => {
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
            panic!("persha did not finish within {limit:?}");
        }
    }
}

/// Collects everything a stream produces, for waiting on patterns.
#[derive(Clone, Default)]
pub struct Collected(Arc<Mutex<Vec<u8>>>);

impl Collected {
    pub fn spawn_reader(mut r: impl Read + Send + 'static) -> Collected {
        let c = Collected::default();
        let c2 = c.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match r.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => c2.0.lock().unwrap().extend_from_slice(&buf[..n]),
                }
            }
        });
        c
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
    /// Wait until the text contains `pat` (counted from the start).
    pub fn wait_for(&self, pat: &str, limit: Duration) -> String {
        let t0 = Instant::now();
        loop {
            let t = self.text();
            if t.contains(pat) {
                return t;
            }
            if t0.elapsed() > limit {
                panic!("timed out waiting for {pat:?}; got so far:\n{t}");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    /// Wait until `pat` occurs `n` times.
    pub fn wait_count(&self, pat: &str, n: usize, limit: Duration) -> String {
        let t0 = Instant::now();
        loop {
            let t = self.text();
            if t.matches(pat).count() >= n {
                return t;
            }
            if t0.elapsed() > limit {
                panic!("timed out waiting for {n} x {pat:?}; got so far:\n{t}");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// A running persha with piped stdio.
pub struct Session {
    pub child: Child,
    pub stdin: Option<ChildStdin>,
    pub out: Collected,
    pub err: Collected,
}

impl Session {
    pub fn spawn(mut cmd: Command) -> Session {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = Collected::spawn_reader(child.stdout.take().unwrap());
        let err = Collected::spawn_reader(child.stderr.take().unwrap());
        Session {
            stdin: child.stdin.take(),
            child,
            out,
            err,
        }
    }
    pub fn send(&mut self, text: &str) {
        let s = self.stdin.as_mut().expect("stdin open");
        s.write_all(text.as_bytes()).unwrap();
        s.flush().unwrap();
    }
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }
    pub fn signal(&self, sig: i32) {
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
    /// Wait for the process to exit; returns its exit code.
    pub fn wait(&mut self, limit: Duration) -> Option<i32> {
        let t0 = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                // Give the readers a moment to drain the pipes.
                std::thread::sleep(Duration::from_millis(30));
                return st.code();
            }
            if t0.elapsed() > limit {
                self.kill9();
                panic!(
                    "persha did not exit within {limit:?}\nstdout:\n{}\nstderr:\n{}",
                    self.out.text(),
                    self.err.text()
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub const LONG: Duration = Duration::from_secs(30);

pub fn journal_dir(data: &Path) -> PathBuf {
    data.join("journal")
}

/// Generate one `#[test]` per engine for each `fn name(engine: &'static str)`.
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),* $(,)?) => {
        mod quickjs {
            $( #[test] fn $name() { super::$name("quickjs") } )*
        }
        mod boa {
            $( #[test] fn $name() { super::$name("boa") } )*
        }
    };
}
