//! Replay detects a program that no longer does what the journal recorded,
//! using a scripted stand-in engine whose behaviour the test changes between
//! the original run and the recovery.

use persha_engine::{Capabilities, Engine, EngineFactory, Host, InterruptHandler, JsError, Value};
use persha_journal::FsyncPolicy;
use persha_replay::{Control, DriverError, Input, Outcome, Session, Sink};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// What the stand-in engine does on every dispatched event.
static BEHAVIOUR: AtomicUsize = AtomicUsize::new(0);
const ORIGINAL: usize = 0;
const OTHER_OP: usize = 1;
const OTHER_OUTPUT: usize = 2;

struct Scripted {
    host: Box<dyn Host>,
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
    fn call_global(&mut self, name: &str, _: Vec<Value>) -> Result<Value, JsError> {
        let fail = |e: persha_engine::HostError| JsError {
            name: "Error".into(),
            message: e.message,
            stack: None,
            interrupted: false,
        };
        match name {
            "__persha_dispatch" => {
                let behaviour = BEHAVIOUR.load(Ordering::SeqCst);
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
            "__persha_loop_state" => Ok(Value::object([("alive", Value::Bool(true))])),
            other => panic!("unexpected call {other}"),
        }
    }
    fn run_jobs(&mut self) -> Result<(), JsError> {
        Ok(())
    }
    fn set_interrupt_handler(&mut self, _: Option<InterruptHandler>) {}
}

struct Factory;
impl EngineFactory for Factory {
    fn name(&self) -> &'static str {
        "scripted"
    }
    fn create(&self, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
        Ok(Box::new(Scripted { host }))
    }
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);
impl Sink for Captured {
    fn write(&mut self, _fd: u8, data: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(data);
    }
}

fn session<'a>(dir: &'a std::path::Path, sink: &Captured) -> Session<'a> {
    let (tx, rx) = crossbeam_channel::unbounded();
    // The program waits for input; stop the process as soon as it does.
    tx.send(Input::Stop { code: 0 }).unwrap();
    Session {
        journal_dir: dir,
        factory: &Factory,
        fsync: FsyncPolicy::Never,
        control: Arc::new(Control::default()),
        inputs: rx,
        sink: Box::new(sink.clone()),
    }
}

#[test]
fn divergence_is_reported_by_turn_number() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("journal");
    let out = Captured::default();

    BEHAVIOUR.store(ORIGINAL, Ordering::SeqCst);
    let start = Value::object([("type", Value::from("start")), ("now", Value::Number(1.0))]);
    let r = persha_replay::start(session(&dir, &out), start).unwrap();
    assert_eq!(r, Outcome::Suspended(0));
    assert_eq!(String::from_utf8_lossy(&out.0.lock().unwrap()), "hello\n");

    // Same behaviour: recovery replays silently and continues.
    let again = Captured::default();
    persha_replay::restart(session(&dir, &again), None).unwrap();
    let text = String::from_utf8_lossy(&again.0.lock().unwrap()).into_owned();
    assert_eq!(
        text, "RECOVERING ...\nREADY\nhello\n",
        "only the restart turn prints"
    );

    BEHAVIOUR.store(OTHER_OP, Ordering::SeqCst);
    let err = persha_replay::restart(session(&dir, &Captured::default()), None).unwrap_err();
    assert!(
        matches!(err, DriverError::Diverged { turn: 1, .. }),
        "{err}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("turn 1") && msg.contains("'hrtime'") && msg.contains("'clock'"),
        "{msg}"
    );

    BEHAVIOUR.store(OTHER_OUTPUT, Ordering::SeqCst);
    let err = persha_replay::restart(session(&dir, &Captured::default()), None).unwrap_err();
    assert!(
        matches!(err, DriverError::Diverged { turn: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("output differs"), "{err}");
}
