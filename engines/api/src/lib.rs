//! The engine-neutral interface between persha and a JavaScript engine.
//!
//! An adapter (QuickJS, Boa) implements [`Engine`]. Everything the engine may
//! learn from or do to the outside world goes through one door: the global
//! JavaScript function `$host(op, ...args)`, which the adapter forwards to the
//! [`Host`] it was built with. Values cross that door as [`Value`], which
//! serializes into the journal unchanged.
//!
//! Adapters keep no references to JavaScript values on the Rust side between
//! calls: JavaScript-side tables keyed by ids hold callbacks, so the heap alone
//! carries the program's state (and can later be imaged as a whole).

use serde::{Deserialize, Serialize};
use std::fmt;

pub mod testkit;

/// A value crossing the host-operation boundary, in either direction.
///
/// Conversion rules every adapter follows (JS → Value):
/// `undefined`→Undefined, `null`→Null, booleans, numbers (always f64),
/// strings, `Uint8Array` (and any ArrayBuffer view: its bytes)→Bytes,
/// arrays→Array, other objects→Object with their own enumerable string keys in
/// property order; functions and symbols→Undefined.
/// Value → JS: Bytes becomes a fresh `Uint8Array`, Object a plain object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Bytes(Vec<u8>),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// Build an object value from `(key, value)` pairs.
    pub fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// Property of an object value, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A host operation's failure, thrown into JavaScript as an `Error` whose
/// `message` is `message` and, when set, whose `code` property is `code`
/// (Node style: `ENOENT`, `EACCES`, ...) plus any extra properties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HostError {
    pub code: Option<String>,
    pub message: String,
    /// Extra own properties set on the thrown error (`errno`, `path`, `syscall`).
    pub props: Vec<(String, Value)>,
}

impl HostError {
    pub fn new(message: impl Into<String>) -> Self {
        HostError {
            code: None,
            message: message.into(),
            props: Vec::new(),
        }
    }
    pub fn with_code(code: impl Into<String>, message: impl Into<String>) -> Self {
        HostError {
            code: Some(code.into()),
            message: message.into(),
            props: Vec::new(),
        }
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(c) => write!(f, "{c}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The Rust side of `$host(op, ...args)`.
pub trait Host {
    fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError>;
}

/// A JavaScript exception (or engine failure) surfaced to Rust.
#[derive(Clone, Debug, PartialEq)]
pub struct JsError {
    /// `name` of the thrown error (`TypeError`, ...), or empty for non-errors.
    pub name: String,
    pub message: String,
    /// The `stack` property when the thrown value had one.
    pub stack: Option<String>,
    /// True when the interrupt handler stopped execution; JavaScript could not
    /// catch it and the whole call unwound.
    pub interrupted: bool,
}

impl JsError {
    pub fn interrupted() -> Self {
        JsError {
            name: "InternalError".into(),
            message: "interrupted".into(),
            stack: None,
            interrupted: true,
        }
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = if self.name.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.name, self.message)
        };
        match &self.stack {
            // V8-style stacks start with the header; QuickJS's hold only frames.
            Some(stack) if stack.starts_with(&head) => f.write_str(stack),
            Some(stack) if !stack.is_empty() => write!(f, "{head}\n{}", stack.trim_end()),
            _ => f.write_str(&head),
        }
    }
}

impl std::error::Error for JsError {}

/// What an adapter can do beyond the common core; the driver and the docs
/// consult this instead of matching on engine names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// The interrupt handler is polled while JavaScript runs (so Ctrl-C can stop
    /// a busy turn and replay can stop it at the same point).
    pub interrupt: bool,
    /// The adapter can image its heap (see [`Snapshotable`]).
    pub heap_image: bool,
}

/// Polled by the engine while JavaScript runs. Returning `true` stops the
/// running script with an uncatchable error ([`JsError::interrupted`]).
pub type InterruptHandler = Box<dyn FnMut() -> bool>;

/// One JavaScript engine instance (runtime + one global context), used from a
/// single thread.
///
/// Besides `$host`, the adapter installs one engine-provided global,
/// `$engine`, an object with:
/// - `runScript(source, filename)`: evaluate `source` as a classic sloppy-mode
///   script in the global scope (top-level `var`/`function`/`let`/`const`
///   become global bindings) and return its completion value; a syntax error
///   is thrown as a JavaScript `SyntaxError`. The REPL, `vm` and the module
///   wrapper are built on it.
pub trait Engine {
    /// Short engine name as used on the command line (`quickjs`, `boa`).
    fn name(&self) -> &'static str;

    fn capabilities(&self) -> Capabilities;

    /// Evaluate a classic sloppy-mode script in the global scope and return
    /// its completion value converted to a [`Value`]. Does not run promise jobs.
    fn eval_script(&mut self, filename: &str, source: &str) -> Result<Value, JsError>;

    /// Call the global function `name` with `args` (`this` is undefined) and
    /// return its result. Does not run promise jobs.
    fn call_global(&mut self, name: &str, args: Vec<Value>) -> Result<Value, JsError>;

    /// Run promise jobs until none are pending. A job that throws is reported
    /// to nobody (Node v0.12 has no unhandled-rejection hook) and the rest still
    /// run; only an interrupt stops early, returning `Err(interrupted)`.
    fn run_jobs(&mut self) -> Result<(), JsError>;

    /// Install (or remove) the interrupt handler. Adapters without
    /// `capabilities().interrupt` ignore it.
    fn set_interrupt_handler(&mut self, handler: Option<InterruptHandler>);

    /// This engine's [`Snapshotable`] side, when it can image its heap.
    fn as_snapshotable(&mut self) -> Option<&mut dyn Snapshotable> {
        None
    }
}

/// Capturing and restoring an engine's whole state.
///
/// Every adapter can be restored by deterministic replay of the journal (the
/// driver does that). An adapter that can also image its heap returns `Some`
/// from [`Snapshotable::heap_image`]: the memory its whole world lives in,
/// which the driver copies (from a copy-on-write fork, so the engine's thread
/// pauses only for the fork) while no JavaScript runs. Its factory reads an
/// image back through [`EngineFactory::begin_restore`].
pub trait Snapshotable: Engine {
    /// The heap's memory, valid until the engine is next called; `None` when
    /// this adapter (or this build of it) can only be restored by replay.
    fn heap_image(&mut self) -> Option<HeapImage> {
        None
    }
}

/// The memory of an idle engine, to be copied byte for byte.
pub struct HeapImage {
    /// Who can load the copy back: compared for equality with
    /// [`EngineFactory::image_identity`] (engine, memory layout, executable).
    pub identity: Vec<u8>,
    /// `(address, length)` of each range to copy.
    pub ranges: Vec<(usize, usize)>,
    /// Keeps the memory still (no other thread frees into it) until dropped:
    /// hold it across the fork that takes the copy.
    pub hold: Box<dyn std::any::Any>,
}

/// An image being read back into memory: the driver asks for the place of
/// each range, fills it, checks the image's checksum, then calls
/// [`HeapRestore::finish`]. Dropping it unfinished gives the memory back, so
/// a damaged image leaves the process as it was.
pub trait HeapRestore {
    /// Writable memory for the `len` bytes at `addr`.
    fn place(&mut self, addr: usize, len: usize) -> Result<&mut [u8], String>;
    /// The engine whose world is the restored memory, now talking to `host`.
    /// No bootstrap script is evaluated: the heap already holds their effect.
    fn finish(self: Box<Self>, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String>;
}

/// Builds engines; the driver uses it to make a fresh engine for replay.
pub trait EngineFactory: Send + Sync {
    fn name(&self) -> &'static str;
    fn create(&self, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String>;

    /// The identity of the images this factory can read back in this
    /// process ([`HeapImage::identity`]); `None` when it reads none.
    fn image_identity(&self) -> Option<Vec<u8>> {
        None
    }

    /// Start reading an image back (see [`HeapRestore`]).
    fn begin_restore(&self) -> Result<Box<dyn HeapRestore>, String> {
        Err(format!(
            "the {} adapter cannot load heap images",
            self.name()
        ))
    }
}
