//! persha's Boa adapter: [`BoaEngine`] implements [`persha_engine::Engine`]
//! on `boa_engine` 0.22.
//!
//! # Findings about boa_engine 0.22 (source-verified; for the architecture doc)
//!
//! **No interrupt hook.** The bytecode loop (`Context::run`, `src/vm/mod.rs`)
//! calls `execute_one` per instruction and polls nothing the embedder controls.
//! What exists instead:
//! - `RuntimeLimits` (`src/vm/runtime_limits.rs`, `Context::runtime_limits_mut`):
//!   loop-iteration limit per call frame (checked by the
//!   `IncrementLoopIteration` opcode, `src/vm/opcode/iteration/loop_ops.rs`),
//!   recursion limit (JS frames + native re-entries, `host_call_depth`) and
//!   value-stack limit, both checked in `Context::check_runtime_limits`.
//!   Exceeding any of them raises `EngineError::RuntimeLimit`, which
//!   `JsError::is_catchable` reports as *uncatchable*: `try/catch` does not
//!   see it and the whole call unwinds to Rust (`Context::handle_error`).
//!   They are counters, not a callback, so they cannot stop a busy turn on
//!   demand.
//! - `ContextBuilder::instructions_remaining` (feature `fuzz`): a one-shot
//!   instruction budget set at build time with no way to refill or poll it.
//! - `Script::evaluate_async_with_budget` (`Context::run_async_with_budget`)
//!   yields to the async executor every N instruction-cost units, but only in
//!   the top-level script's run loop (not in native re-entries nor in
//!   `JsObject::call`), and the future holds `&mut Context`: dropping it
//!   mid-run leaves VM frames pushed with no public API to unwind them.
//!
//! So `capabilities().interrupt` is false and the interrupt handler is
//! ignored; built-ins such as a catastrophic regex cannot be stopped either.
//!
//! **Limits set here** ([`RECURSION_LIMIT`], [`STACK_SIZE_LIMIT`]): deep
//! recursion ends with Boa's recursion-limit error instead of overflowing the
//! native stack (the driver's engine thread has 64 MiB; native re-entries
//! through accessors, callbacks, `eval`, `runScript`, proxies all count).
//! That error is *uncatchable* inside the JavaScript frames it unwinds: in
//! `function f(){f()} try{f()}catch(e){}` the `catch` does not run, unlike
//! Node, and the script fails with `RangeError: Maximum call stack size
//! exceeded` on the Rust side (the engine stays usable). Where the unwinding
//! reaches a native boundary of ours, `$engine.runScript`, it becomes an
//! ordinary catchable `RangeError` for the runScript caller. The
//! loop-iteration limit stays unlimited.
//!
//! Not bounded by any Boa limit (measured on a 64 MiB stack): the parser and
//! bytecode compiler recurse natively per nesting level of the *source*
//! (about 20 KiB per level: ~3,000 nested parentheses or nested function
//! expressions abort the process), and `JSON.stringify`/`Array.prototype.
//! toString` on data nested ~100,000 deep overflow likewise.
//!
//! **Determinism.** `ContextBuilder::clock` gets [`FixedClock`] (both the
//! monotonic `now` and the wall clock `system_time_millis`, which drives
//! `Date.now()`/`new Date()`, are constant). The local time zone comes from
//! `HostHooks::local_timezone_offset_seconds` (`src/context/hooks.rs`); ours
//! returns 0 (UTC). `Math.random` uses `rand::random` with no hook, so it is
//! replaced by a fixed-seed PRNG (the JS layer installs a journaled one on
//! top). `WeakRef` and `FinalizationRegistry` are always created by Boa and
//! are deleted from the global object; finalization cleanup jobs are dropped
//! by our job executor. Temporal and Intl are compiled out (features off).
//!
//! **Jobs.** Boa's `SimpleJobExecutor` stops at the first failing job and
//! clears the queue; [`BoaEngine::run_jobs`] uses its own FIFO instead and
//! ignores a failing job. Only promise and generic jobs are kept; async,
//! timeout and interval jobs are only produced by embedder APIs this adapter
//! does not use (and `Atomics.waitAsync`), so they are dropped.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::path::Path;
use std::rc::Rc;

use boa_engine::builtins::error::Error as ErrorData;
use boa_engine::context::time::JsInstant;
use boa_engine::context::{Clock, ContextBuilder, HostHooks};
use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::job::{GenericJob, Job, JobExecutor, PromiseJob};
use boa_engine::object::builtins::{
    AlignedVec, JsArray, JsArrayBuffer, JsDataView, JsSharedArrayBuffer, JsTypedArray, JsUint8Array,
};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::{Attribute, PropertyKey};
use boa_engine::string::JsStrVariant;
use boa_engine::value::JsVariant;
use boa_engine::{
    Context, JsError as BoaError, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction, Script, Source, js_string,
};
use persha_engine::{
    Capabilities, Engine, EngineFactory, Host, HostError, InterruptHandler, JsError, Snapshotable,
    Value,
};

/// Maximum depth of JS frames plus native re-entries. Node's default stack
/// allows roughly 10k simple frames; the native cost per re-entry stays well
/// inside the driver's 64 MiB thread stack at this depth.
pub const RECURSION_LIMIT: usize = 10_000;

/// Maximum number of values on Boa's VM value stack (a heap `Vec`), sized so
/// that [`RECURSION_LIMIT`] frames with many locals fit before it triggers.
pub const STACK_SIZE_LIMIT: usize = 4 * 1024 * 1024;

/// Nesting depth beyond which a value cannot cross `$host` (also stops cycles).
const MAX_VALUE_DEPTH: usize = 1_000;

/// Builds [`BoaEngine`]s.
pub struct BoaFactory;

impl EngineFactory for BoaFactory {
    fn name(&self) -> &'static str {
        "boa"
    }

    fn create(&self, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
        Ok(Box::new(BoaEngine::new(host)?))
    }
}

/// A Boa context with persha's globals (`$host`, `$engine`) installed.
pub struct BoaEngine {
    ctx: Context,
    jobs: Rc<JobQueue>,
}

/// Context data holding the host. Context data is not traced by Boa's GC,
/// which is fine: `Box<dyn Host>` holds no GC pointers.
struct HostSlot(Box<dyn Host>);

/// State of the fallback `Math.random` (xorshift64*), context data.
struct RandomState(Cell<u64>);

/// Wall clock and monotonic clock frozen at the epoch: time must come from
/// the journal, never from the engine.
pub struct FixedClock;

impl Clock for FixedClock {
    fn now(&self) -> JsInstant {
        JsInstant::new(0, 0)
    }

    fn system_time_millis(&self) -> i64 {
        0
    }
}

/// Host hooks that never consult the operating system.
struct Hooks;

impl HostHooks for Hooks {
    fn local_timezone_offset_seconds(&self, _unix_time_seconds: i64) -> i32 {
        0
    }

    #[allow(deprecated)]
    fn utc_now(&self) -> i64 {
        0
    }
}

/// Jobs in enqueue order; see the module docs for what is dropped.
#[derive(Default)]
struct JobQueue {
    queue: RefCell<VecDeque<QueuedJob>>,
}

enum QueuedJob {
    Promise(PromiseJob),
    Generic(GenericJob),
}

impl JobExecutor for JobQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        let job = match job {
            Job::PromiseJob(p) => QueuedJob::Promise(p),
            Job::GenericJob(g) => QueuedJob::Generic(g),
            _ => return,
        };
        self.queue.borrow_mut().push_back(job);
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        drain_jobs(&self, context);
        Ok(())
    }
}

fn drain_jobs(queue: &JobQueue, ctx: &mut Context) {
    loop {
        // Pop before running: the job may enqueue more jobs.
        let Some(job) = queue.queue.borrow_mut().pop_front() else {
            break;
        };
        // A throwing job is reported to nobody (Node v0.12 semantics).
        let _ = match job {
            QueuedJob::Promise(p) => p.call(ctx),
            QueuedJob::Generic(g) => g.call(ctx),
        };
    }
    ctx.clear_kept_objects();
}

impl BoaEngine {
    pub fn new(host: Box<dyn Host>) -> Result<Self, String> {
        let jobs = Rc::new(JobQueue::default());
        let mut ctx = ContextBuilder::new()
            .job_executor(jobs.clone())
            .clock(Rc::new(FixedClock))
            .host_hooks(Rc::new(Hooks))
            .build()
            .map_err(|e| format!("boa context: {e}"))?;
        let limits = ctx.runtime_limits_mut();
        limits.set_recursion_limit(RECURSION_LIMIT);
        limits.set_stack_size_limit(STACK_SIZE_LIMIT);
        limits.set_loop_iteration_limit(u64::MAX);
        ctx.insert_data(HostSlot(host));
        ctx.insert_data(RandomState(Cell::new(0x9E37_79B9_7F4A_7C15)));
        install_globals(&mut ctx).map_err(|e| format!("boa globals: {e}"))?;
        Ok(BoaEngine { ctx, jobs })
    }
}

fn install_globals(ctx: &mut Context) -> JsResult<()> {
    let hidden = Attribute::WRITABLE | Attribute::CONFIGURABLE;
    let host = FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(host_call))
        .name(js_string!("$host"))
        .length(1)
        .build();
    ctx.register_global_property(js_string!("$host"), host, hidden)?;
    let engine = ObjectInitializer::new(ctx)
        .function(
            NativeFunction::from_fn_ptr(run_script),
            js_string!("runScript"),
            2,
        )
        .build();
    ctx.register_global_property(js_string!("$engine"), engine, hidden)?;

    let global = ctx.global_object();
    for name in ["WeakRef", "FinalizationRegistry", "Temporal"] {
        global.delete_property_or_throw(JsString::from(name), ctx)?;
    }
    let math = global.get(js_string!("Math"), ctx)?;
    if let Some(math) = math.as_object() {
        let random =
            FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(math_random))
                .name(js_string!("random"))
                .build();
        math.set(js_string!("random"), random, true, ctx)?;
    }
    Ok(())
}

/// Deterministic stand-in for `Math.random` (xorshift64*, fixed seed).
fn math_random(_this: &JsValue, _args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let state = &ctx.get_data::<RandomState>().expect("random state").0;
    let mut x = state.get();
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    state.set(x);
    let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
    Ok(JsValue::new(bits as f64 / (1u64 << 53) as f64))
}

/// `$host(op, ...args)`.
fn host_call(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let op = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let rest = args.get(1..).unwrap_or_default();
    let mut values = Vec::with_capacity(rest.len());
    for arg in rest {
        values.push(to_value(arg, ctx, 0)?);
    }
    let owned;
    let op = match ascii_str(&op) {
        Some(s) => s,
        None => {
            owned = js_to_string(&op);
            &owned
        }
    };
    let slot = ctx
        .host_defined_mut()
        .get_mut::<HostSlot>()
        .expect("host installed at creation");
    match slot.0.call(op, values) {
        Ok(v) => from_value(v, ctx),
        Err(e) => Err(host_error(e, ctx)),
    }
}

/// `$engine.runScript(source, filename)`.
fn run_script(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let filename = match args.get(1) {
        Some(f) if !f.is_undefined() => js_to_string(&f.to_string(ctx)?),
        _ => String::from("<anonymous>"),
    };
    let owned;
    let source = match ascii_str(&source) {
        Some(s) => s,
        None => {
            owned = js_to_string(&source);
            &owned
        }
    };
    // A stack overflow has unwound to this native boundary, which leaves the
    // VM consistent; from here on it is an ordinary RangeError, so callers of
    // runScript (module loading, `vm`) can catch it as in Node.
    eval_source(ctx, &filename, source).map_err(|e| {
        if is_stack_overflow(&e) {
            stack_overflow_error().into()
        } else {
            e
        }
    })
}

fn is_stack_overflow(e: &BoaError) -> bool {
    matches!(
        e.as_engine(),
        Some(EngineError::RuntimeLimit(
            RuntimeLimitError::Recursion | RuntimeLimitError::StackSize
        ))
    )
}

fn stack_overflow_error() -> JsNativeError {
    JsNativeError::range().with_message("Maximum call stack size exceeded")
}

/// Evaluate a classic sloppy-mode script in the global scope. The one place
/// that instantiates Boa's generic parser.
fn eval_source(ctx: &mut Context, filename: &str, source: &str) -> JsResult<JsValue> {
    let src = Source::from_bytes(source).with_path(Path::new(filename));
    let script = Script::parse(src, None, ctx)?;
    script.evaluate(ctx)
}

fn host_error(e: HostError, ctx: &mut Context) -> BoaError {
    let obj = JsNativeError::error()
        .with_message(e.message)
        .into_opaque(ctx);
    let set = |key: &str, value: JsValue, ctx: &mut Context| {
        // The object is a fresh extensible Error: defining cannot fail.
        let _ = obj.create_data_property_or_throw(JsString::from(key), value, ctx);
    };
    if let Some(code) = e.code {
        set("code", JsString::from(code.as_str()).into(), ctx);
    }
    for (key, value) in e.props {
        match from_value(value, ctx) {
            Ok(v) => set(&key, v, ctx),
            Err(err) => return err,
        }
    }
    BoaError::from_opaque(obj.into())
}

/// The string's text without allocating, when it is pure ASCII.
fn ascii_str(s: &JsString) -> Option<&str> {
    match s.as_str().variant() {
        JsStrVariant::Latin1(bytes) if bytes.is_ascii() => std::str::from_utf8(bytes).ok(),
        _ => None,
    }
}

/// Lone surrogates become U+FFFD.
fn js_to_string(s: &JsString) -> String {
    match s.as_str().variant() {
        JsStrVariant::Latin1(bytes) => {
            if bytes.is_ascii() {
                // ASCII is valid UTF-8: one copy, no re-encoding.
                String::from_utf8(bytes.to_vec()).unwrap_or_default()
            } else {
                bytes.iter().map(|&b| char::from(b)).collect()
            }
        }
        JsStrVariant::Utf16(units) => String::from_utf16_lossy(units),
    }
}

fn key_to_string(key: &PropertyKey) -> Option<String> {
    match key {
        PropertyKey::String(s) => Some(js_to_string(s)),
        PropertyKey::Index(i) => Some(i.get().to_string()),
        PropertyKey::Symbol(_) => None,
    }
}

/// JS → [`Value`] following the rules documented on [`Value`].
fn to_value(v: &JsValue, ctx: &mut Context, depth: usize) -> JsResult<Value> {
    Ok(match v.variant() {
        JsVariant::Undefined | JsVariant::Symbol(_) => Value::Undefined,
        JsVariant::Null => Value::Null,
        JsVariant::Boolean(b) => Value::Bool(b),
        JsVariant::Integer32(i) => Value::Number(f64::from(i)),
        JsVariant::Float64(f) => Value::Number(f),
        // Node v0.12 has no BigInt; the nearest Value is a number.
        JsVariant::BigInt(b) => Value::Number(b.to_f64()),
        JsVariant::String(s) => Value::String(js_to_string(&s)),
        JsVariant::Object(obj) => object_to_value(&obj, ctx, depth)?,
    })
}

fn object_to_value(obj: &JsObject, ctx: &mut Context, depth: usize) -> JsResult<Value> {
    if obj.is_callable() {
        return Ok(Value::Undefined);
    }
    if depth >= MAX_VALUE_DEPTH {
        return Err(JsNativeError::typ()
            .with_message("$host: value nested too deeply (or cyclic)")
            .into());
    }
    if let Ok(ta) = JsTypedArray::from_object(obj.clone()) {
        let buffer = ta.buffer(ctx)?;
        let offset = ta.byte_offset(ctx)?;
        let len = ta.byte_length(ctx)?;
        return view_bytes(&buffer, offset, len);
    }
    if let Ok(dv) = JsDataView::from_object(obj.clone()) {
        let buffer = dv.buffer(ctx)?;
        let offset = dv.byte_offset(ctx)? as usize;
        let len = dv.byte_length(ctx)? as usize;
        return view_bytes(&buffer, offset, len);
    }
    let depth = depth + 1;
    if obj.is_array() {
        let len = JsArray::from_object(obj.clone())?.length(ctx)?;
        let mut items = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            let key = PropertyKey::from(i);
            // Plain data elements are read straight from storage; holes and
            // accessors take the full [[Get]] path.
            let stored = obj.borrow().properties().get(&key);
            let item = match stored.as_ref().and_then(|d| d.value()) {
                Some(item) => item.clone(),
                None => obj.get(key, ctx)?,
            };
            items.push(to_value(&item, ctx, depth)?);
        }
        return Ok(Value::Array(items));
    }
    let keys = obj.own_property_keys(ctx)?;
    let mut pairs = Vec::with_capacity(keys.len());
    for key in keys {
        let Some(name) = key_to_string(&key) else {
            continue;
        };
        let stored = obj.borrow().properties().get(&key);
        let item = match stored {
            Some(desc) if desc.enumerable() == Some(false) => continue,
            Some(desc) => match desc.value() {
                Some(item) => item.clone(),
                None => obj.get(key, ctx)?,
            },
            // Exotic own property (String wrapper index, proxy): no stored
            // descriptor to consult, treat as enumerable.
            None => obj.get(key, ctx)?,
        };
        pairs.push((name, to_value(&item, ctx, depth)?));
    }
    Ok(Value::Object(pairs))
}

fn view_bytes(buffer: &JsValue, offset: usize, len: usize) -> JsResult<Value> {
    let detached = || -> BoaError {
        JsNativeError::typ()
            .with_message("$host: detached or out-of-bounds buffer")
            .into()
    };
    let Some(buffer) = buffer.as_object() else {
        return Err(detached());
    };
    if let Ok(ab) = JsArrayBuffer::from_object(buffer.clone()) {
        let data = ab.data().ok_or_else(detached)?;
        let bytes = data.get(offset..offset + len).ok_or_else(detached)?;
        return Ok(Value::Bytes(bytes.to_vec()));
    }
    if let Ok(sab) = JsSharedArrayBuffer::from_object(buffer.clone()) {
        let all = sab.to_vec();
        let bytes = all.get(offset..offset + len).ok_or_else(detached)?;
        return Ok(Value::Bytes(bytes.to_vec()));
    }
    Err(detached())
}

/// [`Value`] → JS. Takes the value by move so strings need no extra copy.
fn from_value(v: Value, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(match v {
        Value::Undefined => JsValue::undefined(),
        Value::Null => JsValue::null(),
        Value::Bool(b) => JsValue::new(b),
        Value::Number(n) => JsValue::new(n),
        Value::String(s) => JsValue::new(JsString::from(s.as_str())),
        Value::Bytes(bytes) => {
            let block = AlignedVec::from_slice(0, &bytes);
            let buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
            JsUint8Array::from_array_buffer(buffer, ctx)?.into()
        }
        Value::Array(items) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(from_value(item, ctx)?);
            }
            JsArray::from_iter(values, ctx).into()
        }
        Value::Object(pairs) => {
            let obj = JsObject::with_object_proto(ctx.intrinsics());
            for (key, item) in pairs {
                let item = from_value(item, ctx)?;
                obj.create_data_property_or_throw(JsString::from(key.as_str()), item, ctx)?;
            }
            obj.into()
        }
    })
}

/// Turn a Boa error into the engine-neutral [`JsError`].
fn to_js_error(err: BoaError, ctx: &mut Context) -> JsError {
    let err = if is_stack_overflow(&err) {
        stack_overflow_error().into()
    } else {
        err
    };
    if let Some(engine) = err.as_engine() {
        return JsError {
            name: "InternalError".into(),
            message: engine.to_string(),
            stack: None,
            interrupted: false,
        };
    }
    let value = match err.into_opaque(ctx) {
        Ok(v) => v,
        Err(e) => {
            return JsError {
                name: "InternalError".into(),
                message: e.to_string(),
                stack: None,
                interrupted: false,
            };
        }
    };
    let get_string = |obj: &JsObject, key: JsString, ctx: &mut Context| -> Option<String> {
        let v = obj.get(key, ctx).ok()?;
        v.as_string().map(|s| js_to_string(&s))
    };
    if let Some(obj) = value.as_object()
        && obj.is::<ErrorData>()
    {
        let name = get_string(&obj, js_string!("name"), ctx).unwrap_or_default();
        let message = get_string(&obj, js_string!("message"), ctx).unwrap_or_default();
        let stack = get_string(&obj, js_string!("stack"), ctx);
        return JsError {
            name,
            message,
            stack,
            interrupted: false,
        };
    }
    let message = match value.to_string(ctx) {
        Ok(s) => js_to_string(&s),
        Err(_) => value.display().to_string(),
    };
    JsError {
        name: String::new(),
        message,
        stack: None,
        interrupted: false,
    }
}

impl Engine for BoaEngine {
    fn name(&self) -> &'static str {
        "boa"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            interrupt: false,
            heap_image: false,
        }
    }

    fn eval_script(&mut self, filename: &str, source: &str) -> Result<Value, JsError> {
        let ctx = &mut self.ctx;
        eval_source(ctx, filename, source)
            .and_then(|v| to_value(&v, ctx, 0))
            .map_err(|e| to_js_error(e, ctx))
    }

    fn call_global(&mut self, name: &str, args: Vec<Value>) -> Result<Value, JsError> {
        let ctx = &mut self.ctx;
        let result = (|| {
            let global = ctx.global_object();
            let f = global.get(JsString::from(name), ctx)?;
            let Some(f) = f.as_callable() else {
                return Err(JsNativeError::typ()
                    .with_message(format!("{name} is not a function"))
                    .into());
            };
            let mut js_args = Vec::with_capacity(args.len());
            for a in args {
                js_args.push(from_value(a, ctx)?);
            }
            let v = f.call(&JsValue::undefined(), &js_args, ctx)?;
            to_value(&v, ctx, 0)
        })();
        result.map_err(|e| to_js_error(e, ctx))
    }

    fn run_jobs(&mut self) -> Result<(), JsError> {
        drain_jobs(&self.jobs, &mut self.ctx);
        Ok(())
    }

    fn set_interrupt_handler(&mut self, _handler: Option<InterruptHandler>) {
        // No sound interrupt hook in Boa 0.22 (see the module docs).
    }
}

impl Snapshotable for BoaEngine {}
