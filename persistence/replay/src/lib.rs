//! The turn driver: the only code that moves inputs from the world into
//! JavaScript and effects from JavaScript back out.
//!
//! A *turn* is one macrotask: an input event delivered to the JavaScript
//! dispatcher (`__persha_dispatch`), then `process.nextTick` callbacks and
//! promise jobs until both queues are empty. Live, a turn is:
//!
//! 1. `TurnStart{event}` appended and written to the OS before JavaScript
//!    sees the event;
//! 2. JavaScript runs; each nondeterministic host op appends an `Op` record,
//!    each output op is digested and held as an [`Effect`];
//! 3. `TurnEnd{digest, exit}` appended; the journal is committed (fsync per
//!    policy, shared by a group of turns when inputs arrive back to back);
//! 4. only then are the held effects written out, followed by `Flushed`.
//!
//! Recovery ([`restart`]) builds a fresh engine, replays every completed
//! turn from the journal with outputs suppressed (except turns after the last
//! `Flushed`, whose output may not have been written before the crash), re-runs
//! an incomplete final turn once, then tells JavaScript it was restarted.

mod checkpoint;
mod host;
mod recover;

pub use checkpoint::{CheckpointConfig, DEFAULT_CPU_MS, DEFAULT_JOURNAL_BYTES};
pub use host::Control;
pub use recover::{TurnSummary, summarize};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use host::{Failure, HostDoor, Shared};
use persha_engine::{Engine, EngineFactory, JsError, Value};
use persha_journal::{FsyncPolicy, JournalError, JournalOptions, JournalWriter, Record};
use persha_nodeapi::Effect;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// An input from the world, sent by the threads that watch it.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Bytes read from standard input (a line at a time from a terminal).
    Stdin(Vec<u8>),
    StdinEnd,
    Sigint,
    /// Stop the process now (SIGTERM, unhandled SIGINT); the program stays
    /// suspended and the process exits with `code`.
    Stop {
        code: i32,
    },
    /// An event from the I/O reactor (`{type: 'io', ...}`): a connection,
    /// bytes, an error, an answer.
    Io(Value),
}

/// How a run of the driver ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The program ended its life with this exit code.
    Finished(i32),
    /// The process stops; the program is suspended and can be restarted.
    Suspended(i32),
    /// `restart` found a program that had already ended with this code.
    AlreadyFinished(i32),
}

/// Where released effects and the driver's own messages go.
pub trait Sink {
    fn write(&mut self, fd: u8, data: &[u8]);
}

/// Writes to the process's stdout and stderr; a closed pipe is not an error
/// worth stopping a persistent program for.
pub struct StdSink;

impl Sink for StdSink {
    fn write(&mut self, fd: u8, data: &[u8]) {
        use std::io::Write;
        let _ = if fd == 2 {
            let mut e = std::io::stderr().lock();
            e.write_all(data).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(data).and_then(|_| o.flush())
        };
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("persha: could not write the journal: {0}")]
    JournalWrite(String),
    #[error(
        "persha: replay diverged at turn {turn}: {detail}.\nThe journal was written by a program run that this engine no longer reproduces; the store is unchanged."
    )]
    Diverged { turn: u64, detail: String },
    #[error(
        "persha: turn {turn} ({what}) did not complete in the previous recovery attempt either: the process died while running it.\nIt is still in the journal. To drop that one input and recover everything before it, run `persha -restart --skip-turn {turn}`."
    )]
    TurnFailedBefore { turn: u64, what: String },
    #[error("persha: --skip-turn {asked}: {why}")]
    BadSkip { asked: u64, why: String },
    #[error(
        "persha: the program never started (the journal is empty); start it again with `persha -init --force`"
    )]
    NeverStarted,
    #[error("persha: the {engine} engine failed: {detail}")]
    Engine { engine: String, detail: String },
}

/// Everything a run of the driver needs.
pub struct Session<'a> {
    pub journal_dir: &'a Path,
    pub factory: &'a dyn EngineFactory,
    pub fsync: FsyncPolicy,
    pub control: Arc<Control>,
    pub inputs: Receiver<Input>,
    pub sink: Box<dyn Sink>,
    /// Starts reading standard input; called once, when the program first
    /// asks for it (the REPL at once; a script when it reads process.stdin).
    pub start_stdin: Option<Box<dyn FnOnce()>>,
    /// Where the I/O reactor sends its events (the sender of `inputs`);
    /// without one, the program's sockets never hear from the world.
    pub io_events: Option<crossbeam_channel::Sender<Input>>,
    /// Heap images (engines that can make them): when, and where.
    pub checkpoints: Option<CheckpointConfig>,
}

/// What the JavaScript event loop reported at the end of a turn.
#[derive(Debug, Clone, Default, PartialEq)]
struct LoopState {
    timer: Option<f64>,
    immediate: bool,
    alive: bool,
    stdin: bool,
    sigint: bool,
    exit: Option<i32>,
}

impl LoopState {
    fn from_value(v: &Value) -> LoopState {
        let flag = |k: &str| v.get(k).and_then(Value::as_bool).unwrap_or(false);
        LoopState {
            timer: v.get("timer").and_then(Value::as_f64),
            immediate: flag("immediate"),
            alive: flag("alive"),
            stdin: flag("stdin"),
            sigint: flag("sigint"),
            exit: v.get("exit").and_then(Value::as_f64).map(|c| c as i32),
        }
    }
}

pub fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0)
}

fn event(kind: &str, now: f64) -> Value {
    Value::object([("type", Value::from(kind)), ("now", Value::Number(now))])
}

/// Most turns a group commit may hold back before one fsync.
const MAX_GROUP: usize = 64;

struct Driver<'a> {
    engine: Box<dyn Engine>,
    shared: Rc<RefCell<Shared>>,
    control: Arc<Control>,
    inputs: Receiver<Input>,
    sink: Box<dyn Sink>,
    turn: u64,
    state: LoopState,
    /// Effects of committed-but-not-yet-synced turns in the current group.
    held: Vec<Effect>,
    group: usize,
    fsync: FsyncPolicy,
    /// Inputs that arrived while JavaScript did not want them (stdin lines
    /// while no one reads stdin).
    deferred: VecDeque<Input>,
    start_stdin: Option<Box<dyn FnOnce()>>,
    ckpt: checkpoint::Checkpointer,
    _session: std::marker::PhantomData<&'a ()>,
}

/// Start a new program: `start` is the first event (`type: 'start'`).
pub fn start(session: Session<'_>, start: Value) -> Result<Outcome, DriverError> {
    let (journal, recovered) = JournalWriter::open(session.journal_dir, session.fsync)?;
    if !recovered.entries.is_empty() {
        return Err(DriverError::JournalWrite(
            "the journal is not empty; a new program needs a new store".into(),
        ));
    }
    let first = Record::TurnStart {
        turn: 1,
        event: start.clone(),
    };
    let mut d = Driver::new(session, journal, None)?;
    d.ckpt.set_start(&first);
    d.live_turn(start)?;
    let r = d.run_loop();
    d.ckpt.finish(&mut *d.sink);
    r
}

/// Recover the program from the journal and continue it.
pub fn restart(session: Session<'_>, skip_turn: Option<u64>) -> Result<Outcome, DriverError> {
    // Old servers are not listening in this process until JavaScript's
    // restart code brings them back; binds wait for it (nodeapi ops/net.rs).
    persha_nodeapi::io::expect_revival();
    let mut sink = session.sink;
    // The images this binary could start from bound the journal read: only
    // the segments from the oldest one's position on are read and decoded.
    let candidates =
        checkpoint::candidates(session.checkpoints.as_ref(), session.factory, &mut *sink);
    let from = candidates.iter().map(|c| c.lsn).min();
    let opts = JournalOptions {
        fsync: session.fsync,
        ..JournalOptions::default()
    };
    let (journal, recovered) = match from {
        Some(lsn) => JournalWriter::open_from(session.journal_dir, opts, lsn)?,
        None => JournalWriter::open_with(session.journal_dir, opts)?,
    };
    if let Some(t) = &recovered.torn_tail {
        let msg = format!(
            "persha: dropped a torn record at the end of the journal ({} at byte {}, {} bytes): it was being written when the process stopped\n",
            t.file.display(),
            t.offset,
            t.dropped_bytes
        );
        sink.write(2, msg.as_bytes());
    }
    // Start from the newest usable heap image, if any: only the journal
    // after it is replayed.
    let first = match from {
        // Damage here is reported by the full read below.
        Some(_) => persha_journal::read_first_record(session.journal_dir)
            .ok()
            .flatten(),
        None => recovered.entries.first().cloned(),
    };
    let image = checkpoint::load_newest(
        session.checkpoints.as_ref(),
        session.factory,
        candidates,
        &recovered.entries,
        first.as_ref(),
        &mut *sink,
    )?;
    let entries = match (&image, from) {
        // No image after all: replay needs the whole journal.
        (None, Some(_)) => persha_journal::read_journal(session.journal_dir)?.entries,
        _ => recovered.entries,
    };
    let plan = match &image {
        Some(img) => {
            let after = entries.partition_point(|e| e.lsn <= img.meta.lsn);
            checkpoint::plan_after(&entries[after..], skip_turn, img.meta.turn)?
        }
        None => recover::plan(&entries, skip_turn)?,
    };
    let first = first.map(|e| e.record);
    let session = Session { sink, ..session };
    if let Some(code) = plan.finished {
        // The stop may have come between the final fsync and the writing of
        // the last output: replay once more to write it, then never again.
        if plan.flushed < plan.last_turn {
            Driver::new(session, journal, image)?.replay(plan, false)?;
        }
        return Ok(Outcome::AlreadyFinished(code));
    }
    let mut d = Driver::new(session, journal, image)?;
    if let Some(first) = &first {
        d.ckpt.set_start(first);
    }
    d.replay(plan, true)?;
    let r = d.run_loop();
    d.ckpt.finish(&mut *d.sink);
    r
}

impl<'a> Driver<'a> {
    fn new(
        session: Session<'a>,
        journal: JournalWriter,
        image: Option<checkpoint::Loaded>,
    ) -> Result<Self, DriverError> {
        let shared = Rc::new(RefCell::new(Shared::new(journal)));
        let door = Box::new(HostDoor {
            shared: shared.clone(),
        });
        if let Some(tx) = session.io_events.clone() {
            persha_nodeapi::io::set_delivery(Arc::new(move |ev| {
                let _ = tx.send(Input::Io(ev));
            }));
        }
        let factory = session.factory;
        let engine_err = |detail: String| DriverError::Engine {
            engine: factory.name().to_owned(),
            detail,
        };
        let (mut engine, restored) = match image {
            Some(img) => {
                let (engine, restored) = img.finish(door).map_err(engine_err)?;
                (engine, Some(restored))
            }
            None => (factory.create(door).map_err(engine_err)?, None),
        };
        let caps = engine.capabilities();
        session
            .control
            .can_interrupt
            .store(caps.interrupt, Ordering::SeqCst);
        if caps.interrupt {
            engine.set_interrupt_handler(Some(host::interrupt_handler(
                shared.clone(),
                session.control.clone(),
            )));
        }
        // A restored heap already holds what the bootstrap scripts made.
        if restored.is_none() {
            for script in persha_nodeapi::scripts() {
                engine
                    .eval_script(&script.filename, &script.source)
                    .map_err(|e| {
                        engine_err(format!("bootstrap script {}: {e}", script.filename))
                    })?;
            }
        }
        let ckpt = checkpoint::Checkpointer::new(session.checkpoints.clone(), engine.as_mut());
        let mut d = Driver {
            engine,
            shared,
            control: session.control,
            inputs: session.inputs,
            sink: session.sink,
            turn: 0,
            state: LoopState::default(),
            held: Vec::new(),
            group: 0,
            fsync: session.fsync,
            deferred: VecDeque::new(),
            start_stdin: session.start_stdin,
            ckpt,
            _session: std::marker::PhantomData,
        };
        if let Some(r) = &restored {
            d.apply_image(r);
        }
        Ok(d)
    }

    fn check_failure(&self, turn: u64) -> Result<(), DriverError> {
        match self.shared.borrow().failure.clone() {
            None => Ok(()),
            Some(Failure::Diverged(detail)) => Err(DriverError::Diverged { turn, detail }),
            Some(Failure::Journal(e)) => Err(DriverError::JournalWrite(e)),
        }
    }

    /// One JavaScript call, settled by [`Driver::settle`].
    fn call(&mut self, name: &str, args: Vec<Value>, now: f64) -> Result<Value, DriverError> {
        let result = self.engine.call_global(name, args);
        self.settle(name, result, now)
    }

    /// An error that JavaScript could not catch unwound the call: an
    /// interrupt (Ctrl-C), or an engine limit such as Boa's recursion limit.
    /// JavaScript is told inside the same turn, so replay repeats it exactly;
    /// a second uncatchable error while reporting one is persha's own failure.
    fn settle(
        &mut self,
        name: &str,
        mut result: Result<Value, JsError>,
        now: f64,
    ) -> Result<Value, DriverError> {
        let mut reported = false;
        loop {
            let ev = match result {
                Ok(v) => return Ok(v),
                Err(e) if e.interrupted => event("interrupted", now),
                Err(e) if !reported => {
                    reported = true;
                    let mut ev = event("uncatchable", now);
                    if let Value::Object(pairs) = &mut ev {
                        pairs.push(("name".into(), Value::String(e.name)));
                        pairs.push(("message".into(), Value::String(e.message)));
                    }
                    ev
                }
                Err(e) => return Err(self.internal_error(name, e)),
            };
            result = self
                .engine
                .call_global("__persha_dispatch", vec![ev])
                .map(|_| Value::Undefined);
        }
    }

    fn internal_error(&self, name: &str, e: JsError) -> DriverError {
        DriverError::Engine {
            engine: self.engine.name().to_owned(),
            detail: format!("{name} threw: {e}"),
        }
    }

    /// Run one turn in whatever mode `Shared` was set up for.
    fn run_turn(&mut self, ev: Value) -> Result<LoopState, DriverError> {
        let now = ev.get("now").and_then(Value::as_f64).unwrap_or(0.0);
        self.control.busy.store(true, Ordering::SeqCst);
        let r = self.turn_body(ev, now);
        self.control.busy.store(false, Ordering::SeqCst);
        self.control.interrupt.store(false, Ordering::SeqCst);
        // A divergence or journal failure explains any error it caused.
        self.check_failure(self.turn)?;
        r
    }

    fn turn_body(&mut self, ev: Value, now: f64) -> Result<LoopState, DriverError> {
        self.call("__persha_dispatch", vec![ev], now)?;
        // nextTick callbacks first, then promise jobs, until a tick drain
        // after the jobs finds nothing (a job may queue ticks and vice versa).
        self.call("__persha_tick", Vec::new(), now)?;
        loop {
            if let Err(e) = self.engine.run_jobs() {
                self.settle("promise jobs", Err(e), now)?;
            }
            if self.call("__persha_tick", Vec::new(), now)? != Value::Bool(true) {
                break;
            }
        }
        let v = self.call("__persha_loop_state", Vec::new(), now)?;
        Ok(LoopState::from_value(&v))
    }

    fn journal<T>(
        &self,
        f: impl FnOnce(&mut JournalWriter) -> Result<T, JournalError>,
    ) -> Result<T, DriverError> {
        f(&mut self.shared.borrow_mut().journal)
            .map_err(|e| DriverError::JournalWrite(e.to_string()))
    }

    /// A live turn: journal the event, run it, journal its end; its effects
    /// wait in `held` for the group's commit.
    fn live_turn(&mut self, ev: Value) -> Result<(), DriverError> {
        self.turn += 1;
        let turn = self.turn;
        self.journal(|j| {
            j.append(&Record::TurnStart {
                turn,
                event: ev.clone(),
            })?;
            j.flush()
        })?;
        self.shared
            .borrow_mut()
            .begin_turn(true, true, VecDeque::new(), false);
        self.state = self.run_turn(ev)?;
        self.end_live_turn()
    }

    fn end_live_turn(&mut self) -> Result<(), DriverError> {
        let turn = self.turn;
        let (digest, exited, effects) = {
            let mut s = self.shared.borrow_mut();
            let digest = std::mem::replace(&mut s.digest, crc32fast::Hasher::new()).finalize();
            (digest, s.exited, std::mem::take(&mut s.effects))
        };
        let exit = exited.or(self.state.exit);
        self.journal(|j| {
            j.append(&Record::TurnEnd { turn, digest, exit })
                .map(|_| ())
        })?;
        self.held.extend(effects);
        self.group += 1;
        // Group commit: while another turn can start at once (an input is
        // waiting, an immediate or a due timer), let it share the fsync.
        let more_ready = !self.inputs.is_empty()
            || self.state.immediate
            || self.state.timer.is_some_and(|due| due <= now_ms());
        let must_commit = exit.is_some()
            || self.shared.borrow().suspend
            || self.group >= MAX_GROUP
            || !more_ready;
        if must_commit {
            self.commit(exit.is_some())?;
        }
        Ok(())
    }

    /// Commit the turns still held back, if any.
    fn commit_pending(&mut self, force_sync: bool) -> Result<(), DriverError> {
        if self.group > 0 || !self.held.is_empty() {
            self.commit(force_sync)?;
        }
        Ok(())
    }

    /// Make the group durable, then release its effects.
    fn commit(&mut self, force_sync: bool) -> Result<(), DriverError> {
        self.journal(|j| if force_sync { j.sync_now() } else { j.commit() })?;
        self.release();
        let turn = self.turn;
        self.journal(|j| {
            j.append(&Record::Flushed { turn })?;
            j.flush()
        })?;
        self.group = 0;
        Ok(())
    }

    fn release(&mut self) {
        let mut io = Vec::new();
        for e in std::mem::take(&mut self.held) {
            match e {
                Effect::Write { fd, data } => self.sink.write(fd, &data),
                Effect::Io(request) => io.push(request),
                Effect::Exit(_) | Effect::Suspend => {}
            }
        }
        persha_nodeapi::io::submit(io);
    }

    /// Rebuild the engine's state from the journal.
    /// `announce`: print RECOVERING/READY and tell JavaScript it was
    /// restarted (everything but re-writing a finished program's output).
    fn replay(&mut self, plan: recover::Plan, announce: bool) -> Result<(), DriverError> {
        if let Some(turn) = plan.skip {
            self.journal(|j| {
                j.append(&Record::Skip { turn })?;
                j.sync_now()
            })?;
        }
        if announce {
            self.sink.write(2, b"RECOVERING ...\n");
        }
        let started = Instant::now();
        let mut last_report = started;
        let total = plan.turns.len();
        for (i, t) in plan.turns.into_iter().enumerate() {
            self.turn = t.turn;
            let emit = t.turn > plan.flushed;
            self.shared
                .borrow_mut()
                .begin_turn(false, emit, t.ops.into(), false);
            self.state = self.run_turn(t.event)?;
            let mut s = self.shared.borrow_mut();
            if let Some(rest) = s.replay_ops.front() {
                let detail = format!(
                    "the turn ended but the journal still holds {}",
                    host::describe(rest)
                );
                return Err(DriverError::Diverged {
                    turn: t.turn,
                    detail,
                });
            }
            let digest = std::mem::replace(&mut s.digest, crc32fast::Hasher::new()).finalize();
            if digest != t.digest {
                return Err(DriverError::Diverged {
                    turn: t.turn,
                    detail: "its output differs from what the original run wrote".into(),
                });
            }
            self.held.extend(std::mem::take(&mut s.effects));
            drop(s);
            if announce && last_report.elapsed() > Duration::from_secs(1) {
                last_report = Instant::now();
                let msg = format!("RECOVERING ... {}/{} turns\n", i + 1, total);
                self.sink.write(2, msg.as_bytes());
            }
        }
        self.turn = self.turn.max(plan.last_turn);
        if let Some(t) = plan.retry {
            // Record the attempt durably first: if this re-run kills the
            // process again, the next restart stops instead of looping.
            let turn = t.turn;
            self.journal(|j| {
                j.append(&Record::Retry { turn })?;
                j.sync_now()
            })?;
            self.turn = turn;
            self.shared
                .borrow_mut()
                .begin_turn(false, true, t.ops.into(), true);
            self.state = self.run_turn(t.event)?;
            self.end_live_turn()?;
        }
        self.commit_pending(false)?;
        if !announce {
            return Ok(());
        }
        self.sink.write(2, b"READY\n");
        if self.finished().is_none() {
            self.live_turn(event("restart", now_ms()))?;
        }
        Ok(())
    }

    fn finished(&self) -> Option<i32> {
        self.shared.borrow().exited.or(self.state.exit)
    }

    /// Wait for the next input and run it as a turn, until the program ends
    /// or the process is asked to stop.
    fn run_loop(&mut self) -> Result<Outcome, DriverError> {
        loop {
            if let Some(code) = self.finished() {
                self.commit_pending(true)?;
                return Ok(Outcome::Finished(code));
            }
            if self.shared.borrow().suspend {
                self.commit_pending(false)?;
                return Ok(Outcome::Suspended(0));
            }
            self.maybe_checkpoint()?;
            self.control
                .wants_sigint
                .store(self.state.sigint, Ordering::SeqCst);
            if self.state.stdin
                && let Some(start) = self.start_stdin.take()
            {
                start();
            }
            let ev = match self.next_event()? {
                Next::Event(ev) => ev,
                Next::Stop(code) => {
                    self.commit_pending(false)?;
                    return Ok(Outcome::Suspended(code));
                }
            };
            self.live_turn(ev)?;
        }
    }

    fn next_event(&mut self) -> Result<Next, DriverError> {
        loop {
            // Inputs set aside earlier go first once JavaScript wants them.
            if let Some(pos) = self.deferred.iter().position(|i| self.accepts(i)) {
                let input = self.deferred.remove(pos).expect("position is in range");
                return Ok(self.input_event(input));
            }
            if self.state.immediate {
                return Ok(Next::Event(event("immediate", now_ms())));
            }
            if !self.state.alive && self.deferred.is_empty() && self.inputs.is_empty() {
                return Ok(Next::Event(event("beforeExit", now_ms())));
            }
            // Under `--fsync=batch` an idle loop still syncs within 100 ms.
            let unsynced =
                self.fsync == FsyncPolicy::Batch && self.shared.borrow().journal.has_unsynced();
            let sync_wait = unsynced.then_some(100.0);
            let timer_wait = self.state.timer.map(|due| (due - now_ms()).max(0.0));
            let received = match (timer_wait, sync_wait) {
                (None, None) => self
                    .inputs
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected),
                (t, s) => {
                    let wait = t.unwrap_or(f64::MAX).min(s.unwrap_or(f64::MAX));
                    // Round up so the timer is due when we wake.
                    self.inputs
                        .recv_timeout(Duration::from_micros((wait * 1000.0).ceil() as u64 + 500))
                }
            };
            match received {
                Ok(input) => {
                    if self.accepts(&input) {
                        return Ok(self.input_event(input));
                    }
                    self.deferred.push_back(input);
                }
                Err(RecvTimeoutError::Timeout) => {
                    if unsynced {
                        // Syncs only if the batch interval has passed; a
                        // timer's wake-up alone does not force one.
                        self.journal(|j| j.commit())?;
                    }
                    let now = now_ms();
                    if self.state.timer.is_some_and(|due| due <= now) {
                        return Ok(Next::Event(event("timer", now)));
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    // Nothing can reach us any more; wait for timers only.
                    if self.state.timer.is_none() {
                        return Ok(Next::Stop(0));
                    }
                    let wait = (self.state.timer.unwrap_or(0.0) - now_ms()).max(0.0);
                    std::thread::sleep(Duration::from_micros((wait * 1000.0).ceil() as u64 + 500));
                    return Ok(Next::Event(event("timer", now_ms())));
                }
            }
        }
    }

    fn accepts(&self, input: &Input) -> bool {
        match input {
            Input::Stdin(_) | Input::StdinEnd => self.state.stdin,
            Input::Sigint | Input::Stop { .. } | Input::Io(_) => true,
        }
    }

    fn input_event(&self, input: Input) -> Next {
        let now = now_ms();
        match input {
            Input::Stdin(line) => {
                let mut ev = event("stdin", now);
                if let Value::Object(pairs) = &mut ev {
                    pairs.push(("data".into(), Value::Bytes(line)));
                }
                Next::Event(ev)
            }
            Input::StdinEnd => Next::Event(event("stdin-end", now)),
            Input::Sigint if self.state.sigint => Next::Event(event("sigint", now)),
            // Node's default for SIGINT ends the process; persha only stops it.
            Input::Sigint => Next::Stop(130),
            Input::Stop { code } => Next::Stop(code),
            Input::Io(mut ev) => {
                if let Value::Object(pairs) = &mut ev {
                    pairs.push(("now".into(), Value::Number(now)));
                }
                Next::Event(ev)
            }
        }
    }
}

enum Next {
    Event(Value),
    Stop(i32),
}
