//! persha's conformance suite: Node-v0.12-style module tests
//! (`conformance/node/<module>/test-*.js`, `conformance/npm/test-*.js`) and a
//! hand-written test262-format subset (`test262-subset/`), each run on every
//! engine in four modes:
//!
//! - **plain**: `persha -init case.js` in a fresh data directory;
//! - **restart**: then `persha -restart` twice — same exit code, no output,
//!   "has finished" on stderr (finished work never runs again);
//! - **crash**: kill -9 at 1–3 seeded random moments, restart until the
//!   program finishes, and compare the transcript (repeated lines dropped)
//!   and exit code with the plain run's;
//! - **crash-images**: crash mode with heap images taken at every idle
//!   moment, so kills land before, during and after image writes and
//!   restarts start from images (engines that take them: QuickJS).
//!
//! Results are judged against `conformance/expectations.toml` (known
//! failures with reasons): an unexpected failure or an unexpected pass fails
//! the run.

pub mod exec;
pub mod report;
pub mod test262;

use exec::{Invocation, Proc, Rng, hash_str, head, tail};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const ENGINES: [&str; 2] = ["quickjs", "boa"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Plain,
    Restart,
    Crash,
    CrashImages,
}

pub const MODES: [Mode; 4] = [Mode::Plain, Mode::Restart, Mode::Crash, Mode::CrashImages];

/// Engines that take heap images; on the others crash-images mode would
/// be crash mode again, so it does not run (reported as n/a).
pub const IMAGE_ENGINES: [&str; 1] = ["quickjs"];

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Plain => "plain",
            Mode::Restart => "restart",
            Mode::Crash => "crash",
            Mode::CrashImages => "crash-images",
        }
    }
    /// Whether this mode runs on `engine` at all.
    pub fn applies(self, engine: &str) -> bool {
        self != Mode::CrashImages || IMAGE_ENGINES.contains(&engine)
    }
    pub fn parse(s: &str) -> Result<Mode, String> {
        MODES
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| format!("unknown mode '{s}' (plain, restart, crash or crash-images)"))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Suite {
    Node,
    Test262,
}

/// What passing means for a case's plain run.
#[derive(Clone, Debug)]
pub enum Expect {
    /// A Node-style test: this exit code.
    Exit(i32),
    /// A test262 case: exit 0 (and for async cases `$DONE` reported success).
    T262 { is_async: bool },
    /// A test262 negative case: fails, naming this error type on stderr.
    T262Negative { phase: String, error: String },
}

/// One runnable case (a test262 file gives one per strict/sloppy variant).
#[derive(Clone, Debug)]
pub struct Case {
    /// `node/<module>/<file>`, `npm/<file>` or `test262/<path>#<variant>`.
    pub id: String,
    pub suite: Suite,
    /// Module (node tests) or chapter (test262: the first two directories).
    pub group: String,
    pub path: PathBuf,
    /// The program's source for test262 cases (composed with the harness);
    /// node tests run their file in place.
    pub source: Option<String>,
    pub expect: Expect,
    /// Restart and crash modes run for this case (all node tests; a sample
    /// of test262).
    pub sampled: bool,
}

/// Where the suite's files are.
#[derive(Clone, Debug)]
pub struct Layout {
    /// `conformance/`
    pub root: PathBuf,
    /// `test262-subset/`
    pub test262: PathBuf,
}

impl Default for Layout {
    fn default() -> Self {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let test262 = root.parent().unwrap_or(&root).join("test262-subset");
        Layout { root, test262 }
    }
}

impl Layout {
    pub fn expectations(&self) -> PathBuf {
        self.root.join("expectations.toml")
    }
    pub fn report(&self) -> PathBuf {
        self.root.join("REPORT.md")
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn is_test_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    p.is_file() && name.starts_with("test-") && name.ends_with(".js")
}

/// `// expect-exit: N` among the first lines of a node test.
fn expect_exit(src: &str) -> i32 {
    src.lines()
        .take(15)
        .find_map(|l| {
            l.trim()
                .strip_prefix("//")
                .and_then(|r| r.trim().strip_prefix("expect-exit:"))
                .and_then(|n| n.trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Every node/npm test and test262 case variant, in a stable order.
/// `sample_every`: test262 files whose index is a multiple of it also run
/// restart and crash modes.
pub fn discover(layout: &Layout, sample_every: usize) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let node_case = |path: PathBuf, id: String, group: String| -> Result<Case, String> {
        let src = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Case {
            id,
            suite: Suite::Node,
            group,
            expect: Expect::Exit(expect_exit(&src)),
            path,
            source: None,
            sampled: true,
        })
    };
    for module_dir in sorted_entries(&layout.root.join("node")) {
        if !module_dir.is_dir() {
            continue;
        }
        let module = module_dir
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for f in sorted_entries(&module_dir) {
            if is_test_file(&f) {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                cases.push(node_case(
                    f,
                    format!("node/{module}/{name}"),
                    module.clone(),
                )?);
            }
        }
    }
    for f in sorted_entries(&layout.root.join("npm")) {
        if is_test_file(&f) {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            cases.push(node_case(f, format!("npm/{name}"), "npm".into())?);
        }
    }
    let tests = layout.test262.join("test");
    let harness = layout.test262.join("harness");
    let mut files = Vec::new();
    collect_js(&tests, &mut files);
    files.sort();
    for (i, f) in files.into_iter().enumerate() {
        let rel = f
            .strip_prefix(&tests)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let group = {
            let parts: Vec<&str> = rel.split('/').collect();
            parts[..parts.len().saturating_sub(1).min(2)].join("/")
        };
        let src = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let meta = test262::parse_meta(&src).map_err(|e| format!("{}: {e}", f.display()))?;
        let expect = match &meta.negative {
            Some((phase, error)) => Expect::T262Negative {
                phase: phase.clone(),
                error: error.clone(),
            },
            None => Expect::T262 {
                is_async: meta.is_async(),
            },
        };
        for v in test262::variants(&meta) {
            let source = test262::compose(&harness, &meta, &src, v)?;
            cases.push(Case {
                id: format!("test262/{rel}#{}", v.name()),
                suite: Suite::Test262,
                group: group.clone(),
                path: f.clone(),
                source: Some(source),
                expect: expect.clone(),
                sampled: sample_every > 0 && i % sample_every == 0,
            });
        }
    }
    Ok(cases)
}

fn collect_js(dir: &Path, out: &mut Vec<PathBuf>) {
    for p in sorted_entries(dir) {
        if p.is_dir() {
            collect_js(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

// ---------------------------------------------------------------- expectations

/// One known failure.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Known {
    /// A case id; a trailing `*` matches every id with that prefix.
    pub case: String,
    /// Only on this engine (default: all).
    pub engine: Option<String>,
    /// Only in this mode (default: all).
    pub mode: Option<String>,
    /// Only failures whose message contains this.
    pub detail: Option<String>,
    /// The failure is timing-dependent: a pass is not an unexpected pass.
    #[serde(default)]
    pub flaky: bool,
    pub reason: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectations {
    #[serde(default)]
    pub known: Vec<Known>,
}

impl Expectations {
    pub fn load(path: &Path) -> Result<Expectations, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let ex: Expectations =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for k in &ex.known {
            if k.reason.trim().is_empty() {
                return Err(format!(
                    "{}: entry for {} has no reason",
                    path.display(),
                    k.case
                ));
            }
            if let Some(m) = &k.mode {
                Mode::parse(m)?;
            }
            if let Some(e) = &k.engine
                && !ENGINES.contains(&e.as_str())
            {
                return Err(format!(
                    "{}: unknown engine '{e}' for {}",
                    path.display(),
                    k.case
                ));
            }
        }
        Ok(ex)
    }

    /// The known-failure entry covering this result, if any.
    pub fn find(&self, case: &str, engine: &str, mode: Mode, detail: &str) -> Option<&Known> {
        self.known.iter().find(|k| {
            let case_ok = match k.case.strip_suffix('*') {
                Some(prefix) => case.starts_with(prefix),
                None => k.case == case,
            };
            case_ok
                && k.engine.as_deref().is_none_or(|e| e == engine)
                && k.mode.as_deref().is_none_or(|m| m == mode.name())
                && k.detail.as_deref().is_none_or(|d| detail.contains(d))
        })
    }
}

// ---------------------------------------------------------------- running

#[derive(Clone, Debug)]
pub struct Config {
    pub bin: PathBuf,
    pub layout: Layout,
    pub engines: Vec<String>,
    pub modes: Vec<Mode>,
    pub filter: Option<String>,
    pub jobs: usize,
    pub seed: u64,
    /// Kills per crash run: 1..=max_kills.
    pub max_kills: u64,
    /// Limit for one uninterrupted run.
    pub timeout: Duration,
    /// test262: every Nth file also runs restart and crash modes.
    pub sample_every: usize,
    /// Crash-images mode runs for 1 in N node tests (picked by a hash of the
    /// case id, so the same ones every run) and for the test262 sample.
    pub images_every: usize,
    /// Print progress to stderr.
    pub progress: bool,
}

impl Config {
    pub fn new(bin: PathBuf) -> Config {
        Config {
            bin,
            layout: Layout::default(),
            engines: ENGINES.iter().map(|s| s.to_string()).collect(),
            modes: MODES.to_vec(),
            filter: None,
            jobs: 4,
            seed: default_seed(),
            max_kills: 3,
            timeout: Duration::from_secs(20),
            sample_every: 10,
            images_every: 1,
            progress: false,
        }
    }
}

/// A seed from the clock (printed with every run, so it can be repeated).
pub fn default_seed() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (t.as_nanos() as u64) % 1_000_000_007
}

/// One case on one engine in one mode.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub case: String,
    pub suite: Suite,
    pub group: String,
    pub engine: String,
    pub mode: Mode,
    pub passed: bool,
    /// Why it failed (empty when it passed).
    pub detail: String,
    pub elapsed: Duration,
    /// Known-failure reason, when expectations cover it.
    pub known: Option<String>,
    /// The known failure is timing-dependent (passing is fine too).
    pub flaky: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    KnownFail,
    UnexpectedPass,
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        match (self.passed, self.known.is_some()) {
            (true, false) => Verdict::Pass,
            (false, false) => Verdict::Fail,
            (false, true) => Verdict::KnownFail,
            (true, true) if self.flaky => Verdict::Pass,
            (true, true) => Verdict::UnexpectedPass,
        }
    }
    pub fn unexpected(&self) -> bool {
        matches!(self.verdict(), Verdict::Fail | Verdict::UnexpectedPass)
    }
}

/// All outcomes of a run, with its settings.
#[derive(Clone, Debug)]
pub struct RunResults {
    pub outcomes: Vec<Outcome>,
    pub engines: Vec<String>,
    pub modes: Vec<Mode>,
    pub seed: u64,
    pub wall: Duration,
    pub cases: usize,
}

impl RunResults {
    pub fn unexpected(&self) -> usize {
        self.outcomes.iter().filter(|o| o.unexpected()).count()
    }
    pub fn known(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| o.verdict() == Verdict::KnownFail)
            .count()
    }
}

/// Judge a plain run of a case.
fn judge_plain(case: &Case, p: &Proc, timeout: Duration) -> Result<(), String> {
    if p.timed_out {
        return Err(format!(
            "did not finish within {timeout:?}; stdout: {}; stderr: {}",
            tail(&p.stdout, 3),
            tail(&p.stderr, 3)
        ));
    }
    match &case.expect {
        Expect::Exit(want) => {
            if p.code == Some(*want) {
                Ok(())
            } else {
                Err(format!(
                    "exit code {:?}, expected {want}; stderr: {}; stdout: {}",
                    p.code,
                    head(&p.stderr, 3),
                    tail(&p.stdout, 2)
                ))
            }
        }
        Expect::T262 { is_async } => {
            if p.code != Some(0) {
                return Err(format!("exit code {:?}: {}", p.code, head(&p.stderr, 2)));
            }
            if let Some(l) = p
                .stdout
                .lines()
                .find(|l| l.contains("Test262:AsyncTestFailure"))
            {
                return Err(l.to_owned());
            }
            if *is_async && !p.stdout.contains("Test262:AsyncTestComplete") {
                return Err(format!(
                    "async case never called $DONE(); stdout: {}",
                    tail(&p.stdout, 2)
                ));
            }
            Ok(())
        }
        Expect::T262Negative { phase, error } => {
            let named = p
                .stderr
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(3)
                .any(|l| l.contains(error.as_str()));
            if p.code != Some(0) && p.code.is_some() && named {
                Ok(())
            } else {
                Err(format!(
                    "expected a {phase}-phase {error}; exit code {:?}, stderr: {}",
                    p.code,
                    head(&p.stderr, 2)
                ))
            }
        }
    }
}

/// Lines in order with repeats dropped.
pub fn first_occurrences(s: &str) -> Vec<&str> {
    let mut seen = HashSet::new();
    s.lines().filter(|l| seen.insert(*l)).collect()
}

struct Target<'a> {
    script: String,
    cwd: PathBuf,
    tmp: &'a Path,
}

fn inv(cfg: &Config, engine: &str, t: &Target, store: &str) -> Invocation {
    Invocation {
        bin: cfg.bin.clone(),
        data: t.tmp.join(store),
        engine: engine.to_owned(),
        cwd: t.cwd.clone(),
        env: Vec::new(),
    }
}

/// Whether crash-images mode runs for `case` (see [`Config::images_every`]).
fn images_selected(cfg: &Config, case: &Case) -> bool {
    case.suite == Suite::Test262
        || cfg.images_every <= 1
        || hash_str(0, &case.id).is_multiple_of(cfg.images_every as u64)
}

/// Run one case on one engine in every requested mode that applies.
fn run_unit(cfg: &Config, case: &Case, engine: &str) -> Vec<(Mode, Result<(), String>, Duration)> {
    let want: Vec<Mode> = cfg
        .modes
        .iter()
        .copied()
        .filter(|m| *m == Mode::Plain || case.sampled)
        .filter(|m| m.applies(engine))
        .filter(|m| *m != Mode::CrashImages || images_selected(cfg, case))
        .collect();
    let mut res = Vec::new();
    if want.is_empty() {
        return res;
    }
    let tmp = match tempfile::Builder::new().prefix("persha-conf").tempdir() {
        Ok(t) => t,
        Err(e) => {
            for m in want {
                res.push((m, Err(format!("temporary directory: {e}")), Duration::ZERO));
            }
            return res;
        }
    };
    let target = match &case.source {
        Some(src) => {
            let file = tmp.path().join("case.js");
            if let Err(e) = std::fs::write(&file, src) {
                for m in want {
                    res.push((m, Err(format!("writing the case: {e}")), Duration::ZERO));
                }
                return res;
            }
            Target {
                script: exec::arg(&file),
                cwd: tmp.path().to_owned(),
                tmp: tmp.path(),
            }
        }
        None => Target {
            script: exec::arg(&case.path),
            cwd: case.path.parent().unwrap_or(Path::new(".")).to_owned(),
            tmp: tmp.path(),
        },
    };

    let plain_inv = inv(cfg, engine, &target, "plain");
    let plain = plain_inv.run(&["-init", &target.script], cfg.timeout);
    let plain_ok = judge_plain(case, &plain, cfg.timeout);
    let not_plain = |what: &str| -> Result<(), String> {
        match &plain_ok {
            Ok(()) => Ok(()),
            Err(e) => Err(format!("{what} skipped, plain run failed: {e}")),
        }
    };
    if want.contains(&Mode::Plain) {
        res.push((Mode::Plain, plain_ok.clone(), plain.elapsed));
    }
    if want.contains(&Mode::Restart) {
        let t0 = Instant::now();
        let r = not_plain("restart").and_then(|()| {
            for i in 1..=2 {
                let r = plain_inv.run(&["-restart"], cfg.timeout);
                if r.timed_out {
                    return Err(format!(
                        "restart {i} did not finish within {:?}",
                        cfg.timeout
                    ));
                }
                if r.code != plain.code {
                    return Err(format!(
                        "restart {i} exited {:?}, the plain run {:?}; stderr: {}",
                        r.code,
                        plain.code,
                        head(&r.stderr, 2)
                    ));
                }
                if !r.stdout.is_empty() {
                    return Err(format!(
                        "restart {i} of a finished program printed: {}",
                        head(&r.stdout, 3)
                    ));
                }
                if !r.stderr.contains("has finished") {
                    return Err(format!(
                        "restart {i} did not say the program has finished; stderr: {}",
                        head(&r.stderr, 2)
                    ));
                }
            }
            Ok(())
        });
        res.push((Mode::Restart, r, t0.elapsed()));
    }
    for mode in [Mode::Crash, Mode::CrashImages] {
        if !want.contains(&mode) {
            continue;
        }
        let t0 = Instant::now();
        let seed = hash_str(cfg.seed, &format!("{}|{engine}", case.id));
        let images = mode == Mode::CrashImages;
        let r = not_plain(mode.name()).and_then(|()| {
            crash_run(cfg, engine, &target, &plain, seed, images).map_err(|e| {
                format!(
                    "{e} (run seed {}, case seed {seed}; repeat with --seed {} --filter '{}' --engine {engine} --mode {})",
                    cfg.seed,
                    cfg.seed,
                    case.id,
                    mode.name()
                )
            })
        });
        res.push((mode, r, t0.elapsed()));
    }
    res
}

/// Kill -9 at 1..=max_kills seeded moments, restart until the program
/// finishes, compare with the plain run. With `images`, every run takes a
/// heap image whenever it is idle (no CPU or journal threshold) and says so
/// on stderr, so kills land before, during and after image writes.
fn crash_run(
    cfg: &Config,
    engine: &str,
    t: &Target,
    plain: &Proc,
    seed: u64,
    images: bool,
) -> Result<(), String> {
    let mut rng = Rng::new(seed);
    let span = (plain.elapsed.as_millis() as u64).max(20);
    let n = rng.range(1, cfg.max_kills.max(1));
    // The first kill lands anywhere in the run; later ones (on restarts)
    // count from READY, so the turn that was in flight when the previous
    // kill came has been re-run: persha rightly refuses to recover a turn
    // that died twice (it takes it for an input that kills the process).
    let delays: Vec<u64> = (0..n).map(|_| rng.range(1, span + span / 4)).collect();
    let mut inv = inv(
        cfg,
        engine,
        t,
        if images { "crash-images" } else { "crash" },
    );
    if images {
        for (k, v) in [
            ("PERSHA_CHECKPOINT_CPU_MS", "0"),
            ("PERSHA_CHECKPOINT_JOURNAL_BYTES", "1"),
        ] {
            inv.env.push((k.into(), v.into()));
        }
    }
    let mut transcript = String::new();
    let mut started = false;
    let mut finished: Option<Proc> = None;
    let mut log = Vec::new();
    for &d in &delays {
        let args: Vec<&str> = if started {
            vec!["-restart"]
        } else {
            vec!["-init", "--force", &t.script]
        };
        let p = inv.run_until(&args, cfg.timeout, Some(Duration::from_millis(d)), started);
        transcript.push_str(&p.stdout);
        started = started || inv.store_started();
        log.push(format!(
            "{}{}ms{}",
            if args[0] == "-restart" {
                "restart+"
            } else {
                "init+"
            },
            d,
            if p.killed { " killed" } else { " finished" }
        ));
        if p.timed_out {
            return Err(format!("run timed out after kills {log:?}"));
        }
        if p.stderr.contains("diverged") {
            return Err(format!(
                "replay diverged after kills {log:?}: {}",
                head(&p.stderr, 3)
            ));
        }
        if !p.killed && started {
            finished = Some(p);
            break;
        }
    }
    let last = match finished {
        Some(p) => p,
        None => {
            let args: Vec<&str> = if started {
                vec!["-restart"]
            } else {
                vec!["-init", "--force", &t.script]
            };
            let p = inv.run(&args, cfg.timeout + Duration::from_secs(10));
            transcript.push_str(&p.stdout);
            if p.timed_out {
                return Err(format!("final run timed out after kills {log:?}"));
            }
            if p.stderr.contains("diverged") {
                return Err(format!(
                    "replay diverged after kills {log:?}: {}",
                    head(&p.stderr, 3)
                ));
            }
            p
        }
    };
    let got = first_occurrences(&transcript);
    let want: Vec<&str> = plain.stdout.lines().collect();
    if got != want {
        let i = got.iter().zip(&want).take_while(|(a, b)| a == b).count();
        if i == got.len() {
            return Err(format!(
                "output lost: lines from {} on never appeared (kills {log:?}; got {} of {} lines; \
                 last run exited {:?}, stderr: {})",
                i + 1,
                got.len(),
                want.len(),
                last.code,
                head(&last.stderr, 2)
            ));
        }
        return Err(format!(
            "transcript diverged after kills {log:?} at line {}: got {:?}, plain run {:?} ({} vs {} lines)",
            i + 1,
            got.get(i),
            want.get(i),
            got.len(),
            want.len()
        ));
    }
    if last.code != plain.code {
        return Err(format!(
            "exit code {:?} after kills {log:?}, plain run {:?}; stderr: {}",
            last.code,
            plain.code,
            head(&last.stderr, 2)
        ));
    }
    Ok(())
}

/// Run the cases the configuration selects, in parallel, and judge them.
pub fn run(cfg: &Config, expectations: &Expectations) -> Result<RunResults, String> {
    let t0 = Instant::now();
    let all = discover(&cfg.layout, cfg.sample_every)?;
    let cases: Vec<Case> = all
        .into_iter()
        .filter(|c| cfg.filter.as_deref().is_none_or(|f| c.id.contains(f)))
        .collect();
    // Sampled (slow) units first, so the tail of the run stays short.
    let mut units: Vec<(usize, String)> = Vec::new();
    for pass in [true, false] {
        for (i, c) in cases.iter().enumerate() {
            if c.sampled == pass {
                for e in &cfg.engines {
                    units.push((i, e.clone()));
                }
            }
        }
    }
    let next = Mutex::new(0usize);
    let out: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    let total = units.len();
    std::thread::scope(|s| {
        for _ in 0..cfg.jobs.max(1) {
            s.spawn(|| {
                loop {
                    let k = {
                        let mut n = next.lock().unwrap();
                        let k = *n;
                        *n += 1;
                        k
                    };
                    let Some((i, engine)) = units.get(k) else {
                        return;
                    };
                    let case = &cases[*i];
                    let rs = run_unit(cfg, case, engine);
                    let mut o = out.lock().unwrap();
                    for (mode, r, elapsed) in rs {
                        let passed = r.is_ok();
                        let detail = r.err().unwrap_or_default();
                        // A detail-specific entry only covers failures.
                        let known = expectations
                            .find(&case.id, engine, mode, &detail)
                            .filter(|k| k.detail.is_none() || !passed);
                        let outcome = Outcome {
                            case: case.id.clone(),
                            suite: case.suite,
                            group: case.group.clone(),
                            engine: engine.clone(),
                            mode,
                            passed,
                            detail,
                            elapsed,
                            known: known.map(|k| k.reason.clone()),
                            flaky: known.is_some_and(|k| k.flaky),
                        };
                        if cfg.progress && outcome.unexpected() {
                            eprintln!("{}", report::failure_line(&outcome));
                        }
                        o.push(outcome);
                    }
                    if cfg.progress && (k + 1) % 200 == 0 {
                        eprintln!("... {}/{total} case runs done", k + 1);
                    }
                }
            });
        }
    });
    let mut outcomes = out.into_inner().unwrap();
    outcomes.sort_by(|a, b| {
        (a.suite, &a.group, &a.case, &a.engine, a.mode)
            .cmp(&(b.suite, &b.group, &b.case, &b.engine, b.mode))
    });
    Ok(RunResults {
        outcomes,
        engines: cfg.engines.clone(),
        modes: cfg.modes.clone(),
        seed: cfg.seed,
        wall: t0.elapsed(),
        cases: cases.len(),
    })
}
