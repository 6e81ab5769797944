//! The `persha` command: parse arguments, open the data directory, start the
//! engine thread with the turn driver, and feed it the world's inputs.

mod args;
mod world;

use args::{Cli, Command, EngineName, Fsync};
use clap::Parser;
use persha_engine::{EngineFactory, Value};
use persha_journal::FsyncPolicy;
use persha_replay::{CheckpointConfig, Control, Outcome, Session, StdSink};
use persha_store::{Program, Store, StoreMeta};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// JavaScript can recurse deeply; engines set their own limits below this.
const ENGINE_STACK: usize = 64 << 20;

/// The engine a new program gets when none is asked for.
const DEFAULT_ENGINE: EngineName = EngineName::Quickjs;

/// `persha --version`: `persha 0.1.0 (default engine: quickjs)` (the
/// conformance suite checks the default against its recommendation).
const VERSION: &str = match DEFAULT_ENGINE {
    EngineName::Quickjs => concat!(env!("CARGO_PKG_VERSION"), " (default engine: quickjs)"),
    EngineName::Boa => concat!(env!("CARGO_PKG_VERSION"), " (default engine: boa)"),
};

/// Rust allocations of the QuickJS engine go to its heap-image region (see
/// `engines/quickjs/src/image`); everything else to the system allocator.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
#[global_allocator]
static ALLOC: persha_engine_quickjs::HeapRouter = persha_engine_quickjs::HeapRouter;

fn main() {
    let cli = Cli::parse_from(args::normalize(std::env::args()));
    let code = match run(cli) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("{msg}");
            1
        }
    };
    // A program that left the terminal in raw mode must not leave it so.
    persha_nodeapi::ops::tty::restore();
    std::process::exit(code);
}

fn factory(name: &str) -> Result<Box<dyn EngineFactory>, String> {
    match name {
        "quickjs" => Ok(Box::new(persha_engine_quickjs::QuickJsFactory)),
        "boa" => Ok(Box::new(persha_engine_boa::BoaFactory)),
        other => Err(format!(
            "persha: unknown engine '{other}' (choose quickjs or boa)"
        )),
    }
}

fn data_dir(cli: &Cli) -> Result<PathBuf, String> {
    match &cli.data_dir {
        Some(d) if !d.as_os_str().is_empty() => Ok(d.clone()),
        _ => persha_store::default_data_dir().map_err(|e| e.to_string()),
    }
}

/// Where and when heap images are taken, per the flags.
fn checkpoints(cli: &Cli, dir: &Path) -> Option<CheckpointConfig> {
    if cli.no_checkpoints {
        // Not even the image region's allocator is worth its cost then.
        persha_engine_quickjs::disable_heap_images();
        return None;
    }
    Some(CheckpointConfig {
        dir: images_dir(dir),
        cpu_ms: cli.checkpoint_cpu_ms,
        journal_bytes: cli.checkpoint_journal_bytes,
        trace: cli.checkpoint_trace,
    })
}

fn images_dir(dir: &Path) -> PathBuf {
    dir.join("images")
}

fn run(cli: Cli) -> Result<i32, String> {
    let dir = data_dir(&cli)?;
    let ckpt = checkpoints(&cli, &dir);
    let fsync = match cli.fsync {
        Fsync::Always => FsyncPolicy::Always,
        Fsync::Batch => FsyncPolicy::Batch,
        Fsync::Never => FsyncPolicy::Never,
    };
    match cli.command {
        Command::Status => {
            let status = persha_store::status(&dir).map_err(|e| e.to_string())?;
            println!("{status}");
            Ok(0)
        }
        Command::Init {
            force,
            script,
            args,
        } => {
            let engine = cli.engine.unwrap_or(DEFAULT_ENGINE).as_str();
            init(&dir, engine, fsync, ckpt, force, script, args)
        }
        Command::Restart { skip_turn } => {
            let store = Store::open(&dir).map_err(|e| e.to_string())?;
            let recorded = store.meta().engine.clone();
            if let Some(asked) = cli.engine
                && asked.as_str() != recorded
            {
                eprintln!(
                    "persha: this program runs on {recorded} (chosen at -init); ignoring --engine {}",
                    asked.as_str()
                );
            }
            let outcome = drive(&store, &recorded, fsync, ckpt, move |s| {
                persha_replay::restart(s, skip_turn)
            })?;
            if let Outcome::AlreadyFinished(code) = outcome {
                eprintln!(
                    "persha: the program in {} has finished (exit code {code}); nothing to restart.\nStart a new one with `persha -init --force [app.js]`.",
                    dir.display()
                );
            }
            Ok(exit_code(outcome))
        }
    }
}

fn exit_code(o: Outcome) -> i32 {
    match o {
        Outcome::Finished(c) | Outcome::Suspended(c) | Outcome::AlreadyFinished(c) => c,
    }
}

fn init(
    dir: &Path,
    engine: &str,
    fsync: FsyncPolicy,
    ckpt: Option<CheckpointConfig>,
    force: bool,
    script: Option<PathBuf>,
    args: Vec<String>,
) -> Result<i32, String> {
    factory(engine)?;
    let cwd = std::env::current_dir()
        .map_err(|e| format!("persha: cannot read the current directory: {e}"))?;
    let main = match &script {
        None => None,
        Some(p) => {
            let abs = cwd.join(p);
            match std::fs::metadata(&abs) {
                Ok(m) if m.is_file() => Some(abs),
                Ok(_) => return Err(format!("persha: {} is not a file", abs.display())),
                Err(e) => {
                    return Err(format!(
                        "persha: cannot open the program file {}: {e}",
                        abs.display()
                    ));
                }
            }
        }
    };
    let exec_path = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "persha".into());
    let mut argv = vec![exec_path.clone()];
    if let Some(m) = &main {
        argv.push(m.display().to_string());
    }
    argv.extend(args);
    let meta = StoreMeta {
        format: persha_store::STORE_FORMAT,
        persha_version: env!("CARGO_PKG_VERSION").to_owned(),
        engine: engine.to_owned(),
        program: match &main {
            Some(m) => Program::Script {
                path: m.display().to_string(),
            },
            None => Program::Repl,
        },
        created_ms: persha_replay::now_ms() as u64,
        argv: argv.clone(),
        cwd: cwd.display().to_string(),
    };
    let store = Store::create(dir, meta, force).map_err(|e| e.to_string())?;
    // Images of a program this store held before are not this one's.
    persha_image::remove_all(&images_dir(dir)).map_err(|e| format!("persha: {e}"))?;
    let start = start_event(&main, &argv, &exec_path, &cwd)?;
    let outcome = drive(&store, engine, fsync, ckpt, move |s| {
        persha_replay::start(s, start)
    })?;
    Ok(exit_code(outcome))
}

/// The first event a program ever sees: everything host-derived that the
/// bootstrap needs, journaled with it.
fn start_event(
    main: &Option<PathBuf>,
    argv: &[String],
    exec_path: &str,
    cwd: &Path,
) -> Result<Value, String> {
    let mut seed = [0u8; 16];
    getrandom::fill(&mut seed).map_err(|e| format!("persha: no randomness available: {e}"))?;
    let seed: Vec<Value> = seed
        .chunks(4)
        .map(|c| Value::Number(u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64))
        .collect();
    let env: Vec<(String, Value)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                Value::String(v.to_string_lossy().into_owned()),
            )
        })
        .collect();
    Ok(Value::object([
        ("type", Value::from("start")),
        ("now", Value::Number(persha_replay::now_ms())),
        (
            "mode",
            Value::from(if main.is_some() { "script" } else { "repl" }),
        ),
        (
            "main",
            main.as_ref()
                .map(|m| Value::String(m.display().to_string()))
                .unwrap_or(Value::Null),
        ),
        (
            "argv",
            Value::Array(argv.iter().map(|a| Value::from(a.as_str())).collect()),
        ),
        ("execPath", Value::from(exec_path)),
        ("env", Value::Object(env)),
        ("cwd", Value::String(cwd.display().to_string())),
        ("pid", Value::Number(std::process::id() as f64)),
        ("platform", Value::from(std::env::consts::OS)),
        (
            "arch",
            Value::from(if std::env::consts::ARCH == "x86_64" {
                "x64"
            } else {
                std::env::consts::ARCH
            }),
        ),
        ("seed", Value::Array(seed)),
        ("stdinIsTTY", Value::Bool(std::io::stdin().is_terminal())),
        ("stdoutIsTTY", Value::Bool(std::io::stdout().is_terminal())),
        ("stderrIsTTY", Value::Bool(std::io::stderr().is_terminal())),
        ("columns", Value::Number(terminal_columns() as f64)),
    ]))
}

fn terminal_columns() -> u16 {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0;
    if ok && ws.ws_col > 0 { ws.ws_col } else { 80 }
}

/// Run the driver on its own thread while this thread's helpers feed it.
fn drive(
    store: &Store,
    engine: &str,
    fsync: FsyncPolicy,
    checkpoints: Option<CheckpointConfig>,
    body: impl FnOnce(Session<'_>) -> Result<Outcome, persha_replay::DriverError> + Send + 'static,
) -> Result<Outcome, String> {
    // Engines read the local time zone from the process environment; pin it
    // so a changed TZ can never make replay diverge (Boa's hook is UTC too).
    // Safe: no other thread exists yet.
    unsafe { std::env::set_var("TZ", "UTC") };
    let factory = factory(engine)?;
    let control = Arc::new(Control::default());
    let (tx, rx) = crossbeam_channel::unbounded();
    world::spawn_signals(tx.clone(), control.clone())
        .map_err(|e| format!("persha: cannot watch signals: {e}"))?;
    let stdin_tx = tx.clone();
    let io_tx = tx.clone();
    drop(tx);
    let journal_dir = store.journal_dir();
    let handle = std::thread::Builder::new()
        .name("persha-engine".into())
        .stack_size(ENGINE_STACK)
        .spawn(move || {
            let session = Session {
                journal_dir: &journal_dir,
                factory: factory.as_ref(),
                fsync,
                control,
                inputs: rx,
                sink: Box::new(StdSink),
                start_stdin: Some(Box::new(move || world::spawn_stdin(stdin_tx))),
                io_events: Some(io_tx),
                checkpoints,
            };
            body(session)
        })
        .map_err(|e| format!("persha: cannot start the engine thread: {e}"))?;
    match handle.join() {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err("persha: the engine thread crashed; the program is suspended at its last completed turn".into()),
    }
}
