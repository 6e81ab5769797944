//! The one door between JavaScript and the world: `$host(op, ...args)`.
//!
//! Live, an input op runs and its result is appended to the journal before
//! JavaScript sees it; during replay the recorded result is handed back
//! instead, and asking for a different op than the journal holds is a
//! divergence. Output ops are digested in both modes, but become effects only
//! when the driver is emitting.

use persha_engine::{Host, HostError, Value};
use persha_journal::{JournalWriter, Record};
use persha_nodeapi::ops::{self, OpFn, OutputFn};
use persha_nodeapi::{Effect, InputCtx};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Flags shared with the threads that watch the outside world (signals).
#[derive(Debug, Default)]
pub struct Control {
    /// JavaScript is running a turn right now.
    pub busy: AtomicBool,
    /// Ask the engine to stop the running JavaScript (Ctrl-C at a busy REPL).
    pub interrupt: AtomicBool,
    /// The program handles SIGINT (REPL, or `process.on('SIGINT')`).
    pub wants_sigint: AtomicBool,
    /// The engine can be interrupted at all (capability of the adapter).
    pub can_interrupt: AtomicBool,
}

/// Driver state reached from inside engine calls.
pub(crate) struct Shared {
    /// Inputs come from the world (true) or from `replay_ops` (false).
    pub live: bool,
    /// Output effects are collected for release (live turns, and replayed
    /// turns whose output may not have reached the terminal before a crash).
    pub emit: bool,
    /// Op and Interrupt records of the turn being replayed, in order.
    pub replay_ops: VecDeque<Record>,
    /// When `replay_ops` runs dry, carry on live (re-running an incomplete turn).
    pub then_live: bool,
    pub journal: JournalWriter,
    pub effects: Vec<Effect>,
    pub digest: crc32fast::Hasher,
    pub exited: Option<i32>,
    pub suspend: bool,
    /// First problem met inside an engine call (divergence, journal I/O);
    /// the driver stops at the end of the call.
    pub failure: Option<Failure>,
    pub input_ctx: InputCtx,
    /// Interrupt polls since the turn started.
    pub polls: u64,
}

#[derive(Debug, Clone)]
pub enum Failure {
    Diverged(String),
    Journal(String),
}

impl Shared {
    pub fn new(journal: JournalWriter) -> Self {
        Shared {
            live: true,
            emit: true,
            replay_ops: VecDeque::new(),
            then_live: false,
            journal,
            effects: Vec::new(),
            digest: crc32fast::Hasher::new(),
            exited: None,
            suspend: false,
            failure: None,
            input_ctx: InputCtx::default(),
            polls: 0,
        }
    }

    /// Reset per-turn state before a turn runs.
    pub fn begin_turn(&mut self, live: bool, emit: bool, ops: VecDeque<Record>, then_live: bool) {
        self.live = live;
        self.emit = emit;
        self.replay_ops = ops;
        self.then_live = then_live;
        self.digest = crc32fast::Hasher::new();
        self.polls = 0;
    }

    fn fail(&mut self, f: Failure) {
        if self.failure.is_none() {
            self.failure = Some(f);
        }
    }

    fn append(&mut self, rec: Record) {
        if let Err(e) = self.journal.append(&rec) {
            self.fail(Failure::Journal(e.to_string()));
        }
    }

    /// Replay has used up the recorded operations of a re-run turn: go live.
    fn go_live_if_dry(&mut self) {
        if !self.live && self.then_live && self.replay_ops.is_empty() {
            self.live = true;
        }
    }

    /// An input op, or (`act`) an op that changes the world: live, the
    /// journal is committed first so that nothing the program acted on can
    /// be lost once the world has changed.
    fn input(&mut self, op: &str, args: Vec<Value>, run: OpFn) -> Result<Value, HostError> {
        self.go_live_if_dry();
        if self.live {
            let result = match run {
                OpFn::Act(act) => {
                    if let Err(e) = self.journal.commit() {
                        self.fail(Failure::Journal(e.to_string()));
                        return Err(HostError::new("persha: the journal cannot be written"));
                    }
                    act(&args)
                }
                OpFn::Input(input) => input(&mut self.input_ctx, &args),
                _ => unreachable!("only input and act ops are journaled"),
            };
            self.append(Record::Op {
                op: op.to_owned(),
                result: result.clone(),
            });
            return result;
        }
        match self.replay_ops.pop_front() {
            Some(Record::Op {
                op: recorded,
                result,
            }) if recorded == op => {
                if let Ok(v) = &result {
                    self.input_ctx.observe(op, v);
                }
                result
            }
            Some(other) => {
                let was = describe(&other);
                self.fail(Failure::Diverged(format!(
                    "the program asked for host operation '{op}' where the journal recorded {was}"
                )));
                Err(HostError::new("persha: replay diverged"))
            }
            None => {
                self.fail(Failure::Diverged(format!(
                    "the program asked for host operation '{op}' after the journal's last record for this turn"
                )));
                Err(HostError::new("persha: replay diverged"))
            }
        }
    }

    fn output(&mut self, op: &str, args: Vec<Value>, run: OutputFn) -> Result<Value, HostError> {
        self.digest.update(op.as_bytes());
        if let Ok(bytes) = postcard::to_stdvec(&args) {
            self.digest.update(&bytes);
        }
        // After process.exit nothing else the program does is visible.
        if self.exited.is_some() {
            return Ok(Value::Undefined);
        }
        let effect = run(&args)?;
        match effect {
            Effect::Exit(code) => self.exited = Some(code),
            Effect::Suspend if self.live => self.suspend = true,
            // Replayed requests were for sockets of the old process.
            Effect::Io(_) if !self.live => return Ok(Value::Undefined),
            _ => {}
        }
        if self.emit {
            self.effects.push(effect);
        }
        Ok(Value::Undefined)
    }

    /// Called by the engine every few thousand bytecode steps.
    pub fn poll_interrupt(&mut self, control: &Control) -> bool {
        self.polls += 1;
        self.go_live_if_dry();
        if self.live {
            if control.interrupt.swap(false, Ordering::SeqCst) {
                let polls = self.polls;
                self.append(Record::Interrupt { polls });
                return true;
            }
            return false;
        }
        if let Some(Record::Interrupt { polls }) = self.replay_ops.front()
            && *polls == self.polls
        {
            self.replay_ops.pop_front();
            return true;
        }
        false
    }
}

pub(crate) fn describe(rec: &Record) -> String {
    match rec {
        Record::Op { op, .. } => format!("host operation '{op}'"),
        Record::Interrupt { polls } => format!("an interrupt at poll {polls}"),
        other => format!("{other:?}"),
    }
}

/// The [`Host`] handed to the engine adapter.
pub(crate) struct HostDoor {
    pub shared: Rc<RefCell<Shared>>,
}

impl Host for HostDoor {
    fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let mut s = self.shared.borrow_mut();
        if s.failure.is_some() {
            return Err(HostError::new("persha: the driver stopped this turn"));
        }
        // One lookup per call; the op's kind decides how it is treated.
        match ops::find(op) {
            Some(run @ (OpFn::Input(_) | OpFn::Act(_))) => s.input(op, args, run),
            Some(OpFn::Output(f)) => s.output(op, args, f),
            Some(OpFn::Pure(f)) => f(&args),
            None => Err(ops::unknown(op)),
        }
    }
}

/// The interrupt handler handed to adapters that support it.
pub(crate) fn interrupt_handler(
    shared: Rc<RefCell<Shared>>,
    control: Arc<Control>,
) -> persha_engine::InterruptHandler {
    Box::new(move || shared.borrow_mut().poll_interrupt(&control))
}
