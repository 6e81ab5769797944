//! Recovery behaviour checked with a scripted stand-in engine whose
//! behaviour a test changes between the original run and the recovery:
//! divergence is detected, and a finished program's unwritten output is
//! written once.

use persha_engine::{Capabilities, Engine, EngineFactory, Host, InterruptHandler, JsError, Value};
use persha_journal::{FsyncPolicy, JournalWriter, Record};
use persha_replay::{Control, DriverError, Input, Outcome, Session, Sink};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const ORIGINAL: usize = 0;
const OTHER_OP: usize = 1;
const OTHER_OUTPUT: usize = 2;
/// Like ORIGINAL, but the program ends after its first turn.
const EXITS: usize = 3;
/// Like ORIGINAL, and the start turn writes the file named in ACT_PATH.
const ACTS: usize = 4;
static ACT_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

struct Scripted {
    host: Box<dyn Host>,
    behaviour: Arc<AtomicUsize>,
}

impl Engine for Scripted {
    fn name(&self) -> &'static str {
        "scripted"
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            interrupt: false,
            heap_image: false,
        }
    }
    fn eval_script(&mut self, _: &str, _: &str) -> Result<Value, JsError> {
        Ok(Value::Undefined)
    }
    fn call_global(&mut self, name: &str, args: Vec<Value>) -> Result<Value, JsError> {
        let fail = |e: persha_engine::HostError| JsError {
            name: "Error".into(),
            message: e.message,
            stack: None,
            interrupted: false,
        };
        match name {
            "__persha_dispatch" => {
                let behaviour = self.behaviour.load(Ordering::SeqCst);
                let kind = args
                    .first()
                    .and_then(|e| e.get("type"))
                    .and_then(Value::as_str);
                if behaviour == ACTS && kind == Some("start") {
                    let path = ACT_PATH.get().expect("ACT_PATH set").as_str();
                    let write = vec![
                        path.into(),
                        "acted".into(),
                        "w".into(),
                        Value::Number(420.0),
                    ];
                    self.host.call("fsWriteFile", write).map_err(fail)?;
                }
                let op = if behaviour == OTHER_OP {
                    "hrtime"
                } else {
                    "clock"
                };
                self.host.call(op, vec![]).map_err(fail)?;
                let text = if behaviour == OTHER_OUTPUT {
                    "changed\n"
                } else {
                    "hello\n"
                };
                self.host
                    .call("write", vec![Value::Number(1.0), text.into()])
                    .map_err(fail)?;
                Ok(Value::Undefined)
            }
            "__persha_tick" => Ok(Value::Bool(false)),
            "__persha_loop_state" => {
                let exit = if self.behaviour.load(Ordering::SeqCst) == EXITS {
                    Value::Number(0.0)
                } else {
                    Value::Null
                };
                Ok(Value::object([
                    ("alive", Value::Bool(true)),
                    ("exit", exit),
                ]))
            }
            other => panic!("unexpected call {other}"),
        }
    }
    fn run_jobs(&mut self) -> Result<(), JsError> {
        Ok(())
    }
    fn set_interrupt_handler(&mut self, _: Option<InterruptHandler>) {}
}

#[derive(Default)]
struct Factory(Arc<AtomicUsize>);
impl EngineFactory for Factory {
    fn name(&self) -> &'static str {
        "scripted"
    }
    fn create(&self, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
        Ok(Box::new(Scripted {
            host,
            behaviour: self.0.clone(),
        }))
    }
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);
impl Sink for Captured {
    fn write(&mut self, _fd: u8, data: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(data);
    }
}

fn session<'a>(dir: &'a std::path::Path, factory: &'a Factory, sink: &Captured) -> Session<'a> {
    let (tx, rx) = crossbeam_channel::unbounded();
    // The program waits for input; stop the process as soon as it does.
    tx.send(Input::Stop { code: 0 }).unwrap();
    Session {
        journal_dir: dir,
        factory,
        fsync: FsyncPolicy::Never,
        control: Arc::new(Control::default()),
        inputs: rx,
        sink: Box::new(sink.clone()),
        start_stdin: None,
        io_events: None,
        checkpoints: None,
    }
}

#[test]
fn divergence_is_reported_by_turn_number() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("journal");
    let out = Captured::default();
    let f = Factory::default();
    f.0.store(ORIGINAL, Ordering::SeqCst);
    let start = Value::object([("type", Value::from("start")), ("now", Value::Number(1.0))]);
    let r = persha_replay::start(session(&dir, &f, &out), start).unwrap();
    assert_eq!(r, Outcome::Suspended(0));
    assert_eq!(String::from_utf8_lossy(&out.0.lock().unwrap()), "hello\n");

    // Same behaviour: recovery replays silently and continues.
    let again = Captured::default();
    persha_replay::restart(session(&dir, &f, &again), None).unwrap();
    let text = String::from_utf8_lossy(&again.0.lock().unwrap()).into_owned();
    assert_eq!(
        text, "RECOVERING ...\nREADY\nhello\n",
        "only the restart turn prints"
    );

    f.0.store(OTHER_OP, Ordering::SeqCst);
    let err = persha_replay::restart(session(&dir, &f, &Captured::default()), None).unwrap_err();
    assert!(
        matches!(err, DriverError::Diverged { turn: 1, .. }),
        "{err}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("turn 1") && msg.contains("'hrtime'") && msg.contains("'clock'"),
        "{msg}"
    );

    f.0.store(OTHER_OUTPUT, Ordering::SeqCst);
    let err = persha_replay::restart(session(&dir, &f, &Captured::default()), None).unwrap_err();
    assert!(
        matches!(err, DriverError::Diverged { turn: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("output differs"), "{err}");
}

fn start_event() -> Value {
    Value::object([("type", Value::from("start")), ("now", Value::Number(1.0))])
}

#[test]
fn a_finished_programs_unwritten_output_is_written_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("journal");
    let f = Factory::default();
    f.0.store(EXITS, Ordering::SeqCst);
    let out = Captured::default();
    let r = persha_replay::start(session(&dir, &f, &out), start_event()).unwrap();
    assert_eq!(r, Outcome::Finished(0));
    assert_eq!(String::from_utf8_lossy(&out.0.lock().unwrap()), "hello\n");

    // Rebuild the journal as a stop right after the final fsync leaves it:
    // everything but the record saying the output was written.
    let entries = persha_journal::read_journal(&dir).unwrap().entries;
    assert!(matches!(
        entries.last().unwrap().record,
        Record::Flushed { .. }
    ));
    let cut = tmp.path().join("cut");
    let (mut w, _) = JournalWriter::open(&cut, FsyncPolicy::Never).unwrap();
    for e in &entries[..entries.len() - 1] {
        w.append(&e.record).unwrap();
    }
    w.sync_now().unwrap();
    drop(w);

    let again = Captured::default();
    let r = persha_replay::restart(session(&cut, &f, &again), None).unwrap();
    assert_eq!(r, Outcome::AlreadyFinished(0));
    assert_eq!(String::from_utf8_lossy(&again.0.lock().unwrap()), "hello\n");

    let third = Captured::default();
    let r = persha_replay::restart(session(&cut, &f, &third), None).unwrap();
    assert_eq!(r, Outcome::AlreadyFinished(0));
    assert_eq!(String::from_utf8_lossy(&third.0.lock().unwrap()), "");
}

/// An act changes the world once: replay hands back its answer instead of
/// doing it again.
#[test]
fn acts_are_not_repeated_by_replay() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("journal");
    let target = tmp.path().join("acted.txt");
    ACT_PATH.set(target.display().to_string()).unwrap();
    let f = Factory::default();
    f.0.store(ACTS, Ordering::SeqCst);
    persha_replay::start(session(&dir, &f, &Captured::default()), start_event()).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "acted");
    std::fs::remove_file(&target).unwrap();
    persha_replay::restart(session(&dir, &f, &Captured::default()), None).unwrap();
    assert!(!target.exists(), "replay performed the act again");
}
