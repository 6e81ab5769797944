//! persha's QuickJS adapter (rquickjs / quickjs-ng).
//!
//! One [`Runtime`] with one context holding the standard intrinsics minus the
//! nondeterministic ones (`WeakRef`/`FinalizationRegistry`, `performance`).
//! Everything else the program may touch goes through `$host`.

mod conv;
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
pub mod image;

/// The global allocator an image-capable binary installs
/// (`#[global_allocator] static A: HeapRouter = HeapRouter;`).
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
pub use image::arena::Router as HeapRouter;

use conv::JsCStr;
use persha_engine::{
    Capabilities, Engine, EngineFactory, HeapImage, HeapRestore, Host, HostError, InterruptHandler,
    JsError, Snapshotable, Value,
};
use rquickjs::context::{EvalOptions, intrinsic};
use rquickjs::function::{Args, IntoJsFunc, ParamRequirement, Params};
use rquickjs::{Context, Ctx, Exception, Function, Object, Runtime, qjs};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Native stack QuickJS may use before throwing a catchable RangeError. The
/// driver runs engines on a 64 MiB thread; the rest is headroom for the Rust
/// frames of host calls and conversions.
pub const MAX_STACK_SIZE: usize = 32 << 20;

/// The intrinsics persha gets. Left out: `WeakRef` (which also brings
/// `FinalizationRegistry`) because it lets a program observe GC, and
/// `Performance` because `performance.now()` reads the clock. `Date` stays:
/// the JS layer wraps it with a host-backed clock.
type Intrinsics = (
    intrinsic::Date,
    intrinsic::Eval,
    intrinsic::RegExpCompiler,
    intrinsic::RegExp,
    intrinsic::Json,
    intrinsic::Proxy,
    intrinsic::MapSet,
    intrinsic::TypedArrays,
    intrinsic::Promise,
);

pub struct QuickJsFactory;

impl EngineFactory for QuickJsFactory {
    fn name(&self) -> &'static str {
        "quickjs"
    }

    fn create(&self, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
        Ok(Box::new(QuickJsEngine::new(host)?))
    }

    fn image_identity(&self) -> Option<Vec<u8>> {
        image_identity().ok()
    }

    fn begin_restore(&self) -> Result<Box<dyn HeapRestore>, String> {
        restore::begin()
    }
}

static HEAP_IMAGES: AtomicBool = AtomicBool::new(true);

/// Build engines on the ordinary allocator, never in the image region (a
/// process that will not checkpoint saves the region allocator's cost).
pub fn disable_heap_images() {
    HEAP_IMAGES.store(false, Ordering::Relaxed);
}

/// What this process's images are tied to, or why it cannot image.
pub fn image_identity() -> Result<Vec<u8>, String> {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        image::identity().clone()
    }
    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    {
        Err("heap images need Linux on x86_64".into())
    }
}

/// Run `f` with this thread's Rust allocations in the image region (`on`)
/// or on the ordinary heap.
fn in_region<R>(on: bool, f: impl FnOnce() -> R) -> R {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        image::arena::scope(on, f)
    }
    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    {
        let _ = on;
        f()
    }
}

/// What JavaScript-side closures reach the driver through. Its contents
/// belong to the current process: after an image restore they are
/// overwritten without being dropped (they point into the dead process).
struct Slot {
    host: RefCell<Option<Box<dyn Host>>>,
    interrupt: RefCell<Option<InterruptHandler>>,
}

/// Everything of one engine, allocated in the image region when imaged (the
/// region's header points at it, so a restore finds it again).
struct World {
    // The context holds its own runtime reference; the field order only makes
    // the context go first.
    context: Context,
    #[cfg_attr(
        not(test),
        allow(dead_code, reason = "owns the runtime; read by tests")
    )]
    runtime: Runtime,
    /// Set by the interrupt-handler wrapper when it asks QuickJS to stop;
    /// cleared at the start of each entry point. QuickJS's own error for an
    /// interrupt is an ordinary-looking InternalError, so this is how a failed
    /// call knows it was interrupted.
    interrupted: Rc<Cell<bool>>,
    slot: Rc<Slot>,
}

pub struct QuickJsEngine {
    world: ManuallyDrop<Box<World>>,
    /// The world lives in the image region.
    imaged: bool,
}

impl Drop for QuickJsEngine {
    fn drop(&mut self) {
        let imaged = self.imaged;
        #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
        if imaged {
            image::arena::set_root(0);
        }
        // Safe: never touched again.
        let world = unsafe { ManuallyDrop::take(&mut self.world) };
        in_region(imaged, || drop(world));
    }
}

impl QuickJsEngine {
    pub fn new(host: Box<dyn Host>) -> Result<Self, String> {
        let imaged = HEAP_IMAGES.load(Ordering::Relaxed) && claim_region();
        in_region(imaged, || {
            let runtime = if imaged {
                #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
                {
                    Runtime::new_with_alloc(image::arena::QjsAlloc)
                }
                #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
                {
                    unreachable!("no region to claim")
                }
            } else {
                Runtime::new()
            }
            .map_err(|e| format!("quickjs runtime: {e}"))?;
            let context = Context::custom::<Intrinsics>(&runtime)
                .map_err(|e| format!("quickjs context: {e}"))?;
            let slot = Rc::new(Slot {
                host: RefCell::new(Some(host)),
                interrupt: RefCell::new(None),
            });
            let interrupted = Rc::new(Cell::new(false));
            context
                .with(|ctx| install_globals(&ctx, slot.clone()))
                .map_err(|e| format!("quickjs globals: {e}"))?;
            // Installed once; `set_interrupt_handler` only fills the slot, so
            // nothing the runtime keeps points outside the world.
            let (flag, s) = (interrupted.clone(), slot.clone());
            runtime.set_interrupt_handler(Some(Box::new(move || {
                let stop = in_region(false, || {
                    s.interrupt.borrow_mut().as_mut().is_some_and(|h| h())
                });
                if stop {
                    flag.set(true);
                }
                stop
            })));
            let world = Box::new(World {
                context,
                runtime,
                interrupted,
                slot,
            });
            #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
            if imaged {
                image::arena::set_root(&*world as *const World as usize);
            }
            Ok(QuickJsEngine {
                world: ManuallyDrop::new(world),
                imaged,
            })
        })
    }
}

/// Take the image region for a new engine, when this process can image.
fn claim_region() -> bool {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        image::identity().is_ok() && image::arena::claim() && {
            if image::arena::init_fresh().is_ok() {
                true
            } else {
                image::arena::release_claim();
                false
            }
        }
    }
    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    {
        false
    }
}

mod restore {
    use super::*;

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    pub(super) fn begin() -> Result<Box<dyn HeapRestore>, String> {
        image::identity().clone()?;
        if !image::arena::claim() {
            return Err("this process already has a QuickJS engine in the image region".into());
        }
        if let Err(e) = image::arena::begin_restore() {
            image::arena::release_claim();
            return Err(e);
        }
        Ok(Box::new(Restoring { done: false }))
    }

    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    pub(super) fn begin() -> Result<Box<dyn HeapRestore>, String> {
        Err("heap images need Linux on x86_64".into())
    }

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    struct Restoring {
        done: bool,
    }

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    impl Drop for Restoring {
        fn drop(&mut self) {
            if !self.done {
                image::arena::unmap();
                image::arena::release_claim();
            }
        }
    }

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    impl HeapRestore for Restoring {
        fn place(&mut self, addr: usize, len: usize) -> Result<&mut [u8], String> {
            use image::arena::{BASE, RESERVE};
            if addr < BASE || addr.checked_add(len).is_none_or(|e| e > BASE + RESERVE) {
                return Err(format!(
                    "range {addr:#x}+{len} lies outside the heap region"
                ));
            }
            // Safe: inside our private mapping, which nothing else uses yet.
            Ok(unsafe { std::slice::from_raw_parts_mut(addr as *mut u8, len) })
        }

        fn finish(mut self: Box<Self>, host: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
            let root = image::arena::finish_restore()?;
            self.done = true;
            if root == 0 {
                return Err("the image holds no QuickJS world".into());
            }
            // Safe: the image was written by this very executable (same
            // build-id, fixed addresses) with the root pointing at a World.
            let world = unsafe { Box::from_raw(root as *mut World) };
            unsafe {
                // Overwrite, not assign: the old values belong to the
                // process that wrote the image and must not be dropped.
                std::ptr::write(world.slot.host.as_ptr(), Some(host));
                std::ptr::write(world.slot.interrupt.as_ptr(), None);
            }
            Ok(Box::new(QuickJsEngine {
                world: ManuallyDrop::new(world),
                imaged: true,
            }))
        }
    }
}

fn install_globals(ctx: &Ctx<'_>, slot: Rc<Slot>) -> rquickjs::Result<()> {
    // Raw call: rquickjs' setter silently turns limits above 16 MiB into "no
    // limit". (Inside `with`, so the runtime is already locked by us.)
    unsafe {
        qjs::JS_SetMaxStackSize(
            qjs::JS_GetRuntime(ctx.as_raw().as_ptr()),
            MAX_STACK_SIZE as _,
        )
    };
    let globals = ctx.globals();
    globals.set("$host", Function::new(ctx.clone(), HostFn { slot })?)?;
    let engine = Object::new(ctx.clone())?;
    engine.set(
        "runScript",
        Function::new(ctx.clone(), RunScript)?.with_name("runScript")?,
    )?;
    globals.set("$engine", engine)?;
    Ok(())
}

/// Marker for our [`IntoJsFunc`] impls (they take the raw [`Params`]).
struct RawParams;

/// `$host(op, ...args)`.
struct HostFn {
    slot: Rc<Slot>,
}

impl<'js> IntoJsFunc<'js, RawParams> for HostFn {
    fn param_requirements() -> ParamRequirement {
        ParamRequirement::any()
    }

    fn call<'a>(&self, params: Params<'a, 'js>) -> rquickjs::Result<rquickjs::Value<'js>> {
        let ctx = params.ctx();
        let raw = ctx.as_raw().as_ptr();
        let Some(op) = params.arg(0) else {
            return Err(Exception::throw_type(ctx, "$host: missing operation name"));
        };
        // Borrowed straight from the JS string; no Rust copy of the op name.
        let op = unsafe { JsCStr::new(raw, op.as_raw()) }.ok_or(rquickjs::Error::Exception)?;
        // The arguments and everything the host does belong to the driver:
        // kept out of the image region.
        let result = in_region(false, || {
            let mut args = Vec::with_capacity(params.len().saturating_sub(1));
            for i in 1..params.len() {
                let a = params.arg(i).expect("index below len");
                args.push(conv::from_js(ctx, a.as_raw())?);
            }
            let mut host = self.slot.host.borrow_mut();
            let host = host.as_mut().expect("a live engine has a host");
            Ok::<_, rquickjs::Error>(host.call(&op.to_str_lossy(), args))
        })?;
        match result {
            Ok(v) => conv::to_js_value(ctx, &v),
            Err(e) => Err(throw_host_error(ctx, e)),
        }
    }
}

fn throw_host_error(ctx: &Ctx<'_>, e: HostError) -> rquickjs::Error {
    let build = || -> rquickjs::Result<rquickjs::Value<'_>> {
        let err = Exception::from_message(ctx.clone(), &e.message)?;
        if let Some(code) = &e.code {
            err.set("code", code.as_str())?;
        }
        for (k, v) in &e.props {
            err.set(k.as_str(), conv::to_js_value(ctx, v)?)?;
        }
        Ok(err.into_value())
    };
    match build() {
        Ok(v) => ctx.throw(v),
        Err(e) => e, // out of memory: that exception is already pending
    }
}

/// `$engine.runScript(source, filename)`: a classic sloppy-mode global script.
struct RunScript;

impl<'js> IntoJsFunc<'js, RawParams> for RunScript {
    fn param_requirements() -> ParamRequirement {
        ParamRequirement::any()
    }

    fn call<'a>(&self, params: Params<'a, 'js>) -> rquickjs::Result<rquickjs::Value<'js>> {
        let ctx = params.ctx();
        let raw = ctx.as_raw().as_ptr();
        let arg = |i| params.arg(i).map_or(qjs::JS_UNDEFINED, |v| v.as_raw());
        // QuickJS's C strings are NUL-terminated, as JS_Eval requires, so the
        // source is parsed in place without a copy.
        let source = unsafe { JsCStr::new(raw, arg(0)) }.ok_or(rquickjs::Error::Exception)?;
        let filename_arg = arg(1);
        let filename = if unsafe { qjs::JS_IsUndefined(filename_arg) } {
            None
        } else {
            Some(unsafe { JsCStr::new(raw, filename_arg) }.ok_or(rquickjs::Error::Exception)?)
        };
        let fname_ptr = filename
            .as_ref()
            .map_or(c"<anonymous>".as_ptr(), |f| f.as_ptr());
        let r = unsafe {
            qjs::JS_Eval(
                raw,
                source.as_ptr(),
                source.bytes().len() as _,
                fname_ptr,
                qjs::JS_EVAL_TYPE_GLOBAL as i32,
            )
        };
        if unsafe { qjs::JS_IsException(r) } {
            // Left pending, so a SyntaxError is catchable and an interrupt
            // keeps unwinding.
            Err(rquickjs::Error::Exception)
        } else {
            Ok(unsafe { rquickjs::Value::from_raw(ctx.clone(), r) })
        }
    }
}

/// Measure the stack limit from here: without its `parallel` feature rquickjs
/// never updates QuickJS's notion of the stack top after runtime creation.
fn update_stack_top(ctx: &Ctx<'_>) {
    unsafe { qjs::JS_UpdateStackTop(qjs::JS_GetRuntime(ctx.as_raw().as_ptr())) };
}

/// Turn a failed rquickjs call into a [`JsError`], clearing the exception.
fn take_error(ctx: &Ctx<'_>, err: rquickjs::Error, interrupted: &Cell<bool>) -> JsError {
    if !matches!(err, rquickjs::Error::Exception) {
        // A Rust-side failure (bad filename, allocation); nothing is pending.
        return JsError {
            name: "InternalError".into(),
            message: err.to_string(),
            stack: None,
            interrupted: false,
        };
    }
    let exc = ctx.catch();
    if interrupted.get() {
        return JsError::interrupted();
    }
    describe_exception(ctx, &exc)
}

fn describe_exception<'js>(ctx: &Ctx<'js>, exc: &rquickjs::Value<'js>) -> JsError {
    let raw = ctx.as_raw().as_ptr();
    // String(x), or a placeholder when even that throws.
    let string_of = |v: qjs::JSValue| -> String {
        match unsafe { JsCStr::new(raw, v) } {
            Some(s) => s.to_str_lossy().into_owned(),
            None => {
                ctx.catch();
                "[unprintable value]".to_owned()
            }
        }
    };
    let prop = |obj: &Object<'js>, key: &str| -> Option<rquickjs::Value<'js>> {
        match obj.get::<_, rquickjs::Value>(key) {
            Ok(v) => Some(v),
            Err(_) => {
                ctx.catch();
                None
            }
        }
    };
    let Some(obj) = exc.as_object() else {
        return JsError {
            name: String::new(),
            message: string_of(exc.as_raw()),
            stack: None,
            interrupted: false,
        };
    };
    let stack = prop(obj, "stack")
        .filter(|s| s.is_string())
        .map(|s| string_of(s.as_raw()));
    if exc.is_error() {
        let field = |key| {
            prop(obj, key)
                .map(|v| string_of(v.as_raw()))
                .unwrap_or_default()
        };
        JsError {
            name: field("name"),
            message: field("message"),
            stack,
            interrupted: false,
        }
    } else {
        JsError {
            name: String::new(),
            message: string_of(exc.as_raw()),
            stack,
            interrupted: false,
        }
    }
}

impl QuickJsEngine {
    /// Run `f` in the context, converting its outcome.
    fn enter<F>(&mut self, f: F) -> Result<Value, JsError>
    where
        F: for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<rquickjs::Value<'js>>,
    {
        let w = &**self.world;
        w.interrupted.set(false);
        let interrupted = &*w.interrupted;
        in_region(self.imaged, || {
            w.context.with(|ctx| {
                update_stack_top(&ctx);
                let r = f(&ctx);
                // The result is the driver's: converted outside the region.
                in_region(false, || {
                    r.and_then(|v| conv::from_js(&ctx, v.as_raw()))
                        .map_err(|e| take_error(&ctx, e, interrupted))
                })
            })
        })
    }
}

impl Engine for QuickJsEngine {
    fn name(&self) -> &'static str {
        "quickjs"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            interrupt: true,
            heap_image: self.imaged,
        }
    }

    fn eval_script(&mut self, filename: &str, source: &str) -> Result<Value, JsError> {
        self.enter(|ctx| {
            if source.as_bytes().contains(&0) || filename.as_bytes().contains(&0) {
                // rquickjs' eval wants C strings; take the runScript path,
                // which passes QuickJS's own string with its length.
                let run = Function::new(ctx.clone(), RunScript)?;
                return run.call((source, filename));
            }
            let mut opts = EvalOptions::default();
            opts.global = true;
            opts.strict = false;
            opts.filename = Some(filename.to_owned());
            ctx.eval_with_options(source.as_bytes(), opts)
        })
    }

    fn call_global(&mut self, name: &str, args: Vec<Value>) -> Result<Value, JsError> {
        self.enter(|ctx| {
            let f: rquickjs::Value = ctx.globals().get(name)?;
            let Some(f) = f.into_function() else {
                return Err(Exception::throw_type(
                    ctx,
                    &format!("{name} is not a function"),
                ));
            };
            let mut js_args = Args::new(ctx.clone(), args.len());
            for a in &args {
                js_args.push_arg(conv::to_js_value(ctx, a)?)?;
            }
            f.call_arg(js_args)
        })
    }

    fn run_jobs(&mut self) -> Result<(), JsError> {
        let w = &**self.world;
        w.interrupted.set(false);
        let interrupted = &*w.interrupted;
        // Ctx::execute_pending_job works inside `with` (the Runtime method
        // would re-borrow the runtime and panic) and drops a job's exception.
        in_region(self.imaged, || {
            w.context.with(|ctx| {
                update_stack_top(&ctx);
                while ctx.execute_pending_job() {
                    if interrupted.get() {
                        return Err(JsError::interrupted());
                    }
                }
                Ok(())
            })
        })
    }

    fn set_interrupt_handler(&mut self, handler: Option<InterruptHandler>) {
        // The driver's handler stays on the ordinary heap (it is the driver's).
        *self.world.slot.interrupt.borrow_mut() = handler;
    }

    fn as_snapshotable(&mut self) -> Option<&mut dyn Snapshotable> {
        Some(self)
    }
}

impl Snapshotable for QuickJsEngine {
    fn heap_image(&mut self) -> Option<HeapImage> {
        #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
        if self.imaged {
            let identity = image::identity().clone().ok()?;
            if std::env::var_os("PERSHA_IMAGE_SCAN").is_some() {
                // Diagnostics: what in the heap points outside it.
                eprintln!("persha: image scan: {:?}", image::scan_foreign_pointers());
            }
            let end = image::arena::end();
            return Some(HeapImage {
                identity,
                ranges: vec![(image::arena::BASE, end - image::arena::BASE)],
                hold: Box::new(image::arena::Hold::new()),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::conv::wtf8_lossy;
    use super::*;

    struct Echo;
    impl Host for Echo {
        fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError> {
            match op {
                "echo" => Ok(args.into_iter().next().unwrap_or_default()),
                _ => Err(HostError {
                    code: Some("EX".into()),
                    message: format!("op {op}"),
                    props: vec![("extra".into(), Value::Array(vec![Value::Bytes(vec![1])]))],
                }),
            }
        }
    }

    fn engine() -> QuickJsEngine {
        QuickJsEngine::new(Box::new(Echo)).expect("engine")
    }

    fn eval(e: &mut QuickJsEngine, src: &str) -> Value {
        e.eval_script("t.js", src)
            .unwrap_or_else(|err| panic!("{err:?}"))
    }

    #[test]
    fn lone_surrogate_becomes_one_replacement_char() {
        assert_eq!(wtf8_lossy(b"a\xED\xA0\x80b"), "a\u{FFFD}b");
        assert_eq!(wtf8_lossy(b"ok"), "ok");
        assert_eq!(wtf8_lossy(b"x\xFFy"), "x\u{FFFD}y");
        let mut e = engine();
        assert_eq!(
            eval(
                &mut e,
                r#"var o = {}; o["k\ud800"] = "v\udc00"; $host("echo", o)"#
            ),
            Value::object([("k\u{FFFD}", Value::from("v\u{FFFD}"))])
        );
    }

    #[test]
    fn nondeterministic_globals_absent() {
        let mut e = engine();
        assert_eq!(
            eval(
                &mut e,
                "[typeof WeakRef, typeof FinalizationRegistry, typeof performance, typeof Date].join()"
            ),
            Value::from("undefined,undefined,undefined,function")
        );
    }

    #[test]
    fn source_with_nul_characters() {
        let mut e = engine();
        assert_eq!(eval(&mut e, "'a\0b'.length"), Value::Number(3.0));
        assert_eq!(
            eval(&mut e, "var nulVar = 1; this === globalThis"),
            Value::Bool(true)
        );
        assert_eq!(
            e.eval_script("n\0.js", "nulVar + 1"),
            Ok(Value::Number(2.0))
        );
        assert_eq!(
            eval(&mut e, "$engine.runScript('\"x\\0y\".length', 'r.js')"),
            Value::Number(3.0)
        );
    }

    #[test]
    fn odd_values() {
        let mut e = engine();
        let v = eval(
            &mut e,
            "var c = {}; c.self = c; var r; try { $host('echo', c) } catch (x) { r = x.name } r",
        );
        assert_eq!(v, Value::from("RangeError"));
        assert_eq!(eval(&mut e, "$host('echo', 12n)"), Value::Number(12.0));
        assert_eq!(
            eval(&mut e, "$host('echo', 'a' + 'b'.repeat(3))"),
            Value::from("abbb")
        );
        // A detached buffer's view throws rather than reading freed memory.
        let v = eval(
            &mut e,
            "var u = new Uint8Array(4); var b2 = u.buffer.transfer ? u.buffer.transfer() : null; \
             var d; try { d = $host('echo', u); } catch (x) { d = x.name } d",
        );
        assert!(
            matches!(v, Value::Bytes(ref b) if b.is_empty()) || v == Value::from("TypeError"),
            "{v:?}"
        );
        let err = e.eval_script("t.js", "$host()").expect_err("missing op");
        assert_eq!(err.name, "TypeError");
    }

    #[test]
    fn deep_recursion_is_catchable() {
        // The kit accepts an uncatchable limit; QuickJS must do better.
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(|| {
                let mut e = engine();
                let v = eval(&mut e, "function f() { f(); } var rn; try { f(); } catch (x) { rn = x instanceof RangeError; } rn");
                assert_eq!(v, Value::Bool(true));
            })
            .unwrap()
            .join()
            .unwrap();
    }

    /// Conversions, error paths and nested scripts free everything they make.
    #[test]
    fn no_leaks_on_hot_paths() {
        let mut e = engine();
        let script = r#"
            var serial = 0;
            function churn() {
                var c = {}; c.self = c;
                for (var j = 0; j < 200; j++) {
                    // Fresh strings/atoms each run, so a leaked reference shows.
                    var i = serial++;
                    $host("echo", { a: [1, "s" + i, new Uint8Array([i & 255])], d: new DataView(new ArrayBuffer(4)), ["k" + i]: null });
                    try { $host("fail", i) } catch (x) { x.extra; }
                    try { $host("echo", c) } catch (x) {}
                    $engine.runScript("var lk" + (i % 3) + " = " + i, "leak.js");
                    try { $engine.runScript("(", "bad.js") } catch (x) {}
                }
            }
            churn();
        "#;
        eval(&mut e, script);
        let usage = |e: &QuickJsEngine| {
            e.world.runtime.run_gc();
            let u = e.world.runtime.memory_usage();
            (u.obj_count, u.str_count, u.atom_count, u.malloc_count)
        };
        let before = usage(&e);
        for _ in 0..5 {
            e.call_global("churn", vec![]).expect("churn");
        }
        let after = usage(&e);
        assert_eq!(before, after, "(objects, strings, atoms, mallocs) grew");
    }
}
