//! Running the `persha` binary: locating it, one process with a time limit,
//! and processes that are killed with SIGKILL at a chosen moment.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The `persha` binary under test: `$PERSHA_BIN`, else the one in the same
/// target directory as the running executable (`target/release/persha` next
/// to `target/release/persha-conformance` or above `target/release/deps/`).
pub fn persha_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("PERSHA_BIN").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        assert!(
            p.is_file(),
            "PERSHA_BIN={} is not a file; build persha with `cargo build --release -p persha`",
            p.display()
        );
        return p;
    }
    let exe = std::env::current_exe().expect("current executable");
    let mut looked = Vec::new();
    let mut dir = exe.parent();
    for _ in 0..2 {
        let Some(d) = dir else { break };
        let cand = d.join(format!("persha{}", std::env::consts::EXE_SUFFIX));
        if cand.is_file() {
            return cand;
        }
        looked.push(cand);
        dir = d.parent();
    }
    panic!(
        "the persha binary was not found (looked at {}); build it with \
         `cargo build --release -p persha`, or set PERSHA_BIN",
        looked
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// How one `persha` invocation ended.
#[derive(Debug, Clone)]
pub struct Proc {
    /// Exit code; `None` when killed by a signal (our kill, or a crash).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    /// We killed it: the time limit passed.
    pub timed_out: bool,
    /// We killed it on purpose (crash injection).
    pub killed: bool,
}

/// A `persha` command line with its data directory, engine and directory.
#[derive(Clone, Debug)]
pub struct Invocation {
    pub bin: PathBuf,
    pub data: PathBuf,
    pub engine: String,
    pub cwd: PathBuf,
    /// Extra environment (crash-images mode's checkpoint thresholds).
    pub env: Vec<(String, String)>,
}

impl Invocation {
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.bin);
        c.args(args)
            .env("PERSHA_DATA", &self.data)
            .env("PERSHA_ENGINE", &self.engine)
            .env_remove("PERSHA_BIN")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    }

    /// Run to completion, or kill after `limit`.
    pub fn run(&self, args: &[&str], limit: Duration) -> Proc {
        self.run_until(args, limit, None, false)
    }

    /// Run, and kill -9 after `kill_after` if it is still running then
    /// (or after `limit` at the latest, which counts as a time-out). With
    /// `after_ready`, `kill_after` counts from recovery's `READY`: a kill
    /// during recovery would hit the re-run of the turn in flight a second
    /// time, which persha rightly refuses to retry again (the lifecycle tests
    /// cover that path).
    pub fn run_until(
        &self,
        args: &[&str],
        limit: Duration,
        kill_after: Option<Duration>,
        after_ready: bool,
    ) -> Proc {
        let t0 = Instant::now();
        let mut child = match self.command(args).spawn() {
            Ok(c) => c,
            Err(e) => {
                return Proc {
                    code: Some(-1),
                    stdout: String::new(),
                    stderr: format!("cannot start {}: {e}", self.bin.display()),
                    elapsed: t0.elapsed(),
                    timed_out: false,
                    killed: false,
                };
            }
        };
        let out = reader(child.stdout.take());
        let (err_seen, err) = shared_reader(child.stderr.take());
        let (mut timed_out, mut killed) = (false, false);
        let mut clock = (!after_ready).then_some(t0);
        let status = loop {
            match child.try_wait() {
                Ok(Some(st)) => break Some(st),
                Ok(None) => {}
                Err(_) => break None,
            }
            let el = t0.elapsed();
            if clock.is_none()
                && String::from_utf8_lossy(&err_seen.lock().unwrap()).contains("READY\n")
            {
                clock = Some(Instant::now());
            }
            if let (Some(k), Some(c)) = (kill_after, clock)
                && c.elapsed() >= k
            {
                killed = true;
                kill9(&mut child);
                break None;
            }
            if el >= limit {
                timed_out = true;
                kill9(&mut child);
                break None;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        let elapsed = t0.elapsed();
        Proc {
            code: status.and_then(|s| s.code()),
            stdout: out.join().unwrap_or_default(),
            stderr: err.join().unwrap_or_default(),
            elapsed,
            timed_out,
            killed,
        }
    }

    /// Whether the store holds a started program (its first turn is on
    /// disk), so that `-restart` can continue it.
    pub fn store_started(&self) -> bool {
        let st = self.run(&["status"], Duration::from_secs(20));
        st.code == Some(0) && !st.stdout.contains(" 0 records")
    }
}

fn kill9(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Like [`reader`], but what has arrived so far can be looked at meanwhile.
fn shared_reader(
    r: Option<impl Read + Send + 'static>,
) -> (Arc<Mutex<Vec<u8>>>, JoinHandle<String>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let handle = std::thread::spawn(move || {
        if let Some(mut r) = r {
            let mut buf = [0u8; 4096];
            while let Ok(n) = r.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        }
        String::from_utf8_lossy(&sink.lock().unwrap()).into_owned()
    });
    (seen, handle)
}

fn reader(r: Option<impl Read + Send + 'static>) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut buf);
        }
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// The last `n` non-empty lines of a text, joined with " | " (for one-line
/// failure messages).
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let from = lines.len().saturating_sub(n);
    lines[from..].join(" | ")
}

/// The first `n` non-empty lines of a text, joined with " | ".
pub fn head(text: &str, n: usize) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(n)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A path as a string argument.
pub fn arg(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// A small deterministic generator (SplitMix64) for kill moments.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.next_u64() % (hi - lo + 1)
    }
}

/// FNV-1a, for deriving a case's seed from the run's seed and its name.
pub fn hash_str(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
