//! Conformance checks every engine adapter must pass.
//!
//! Each public function takes a factory, builds fresh engines and checks one
//! behaviour, panicking with a message naming the engine on failure. Adapter
//! crates get one `#[test]` per check from [`adapter_kit_tests!`](crate::adapter_kit_tests).
//! Engines run on a thread with a 64 MiB stack, as the driver does.

use crate::{Engine, EngineFactory, Host, HostError, JsError, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Stack of the engine thread, matching the driver's.
pub const ENGINE_STACK_SIZE: usize = 64 << 20;

/// `$host` calls seen by a [`KitHost`].
pub type CallLog = Rc<RefCell<Vec<(String, Vec<Value>)>>>;

/// The host used by the kit. Operations:
/// - `record(...)`: logs the call, returns undefined;
/// - `echo(v)`: returns `v` (after the round trip through [`Value`]);
/// - `give()`: returns [`sample_value`];
/// - `fail()`: fails with code `ENOENT` and props `errno`, `path`;
/// - `fail_plain()`: fails without a code.
pub struct KitHost {
    pub log: CallLog,
}

impl Host for KitHost {
    fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match op {
            "record" => {
                self.log.borrow_mut().push((op.to_owned(), args));
                Ok(Value::Undefined)
            }
            "echo" => Ok(args.into_iter().next().unwrap_or_default()),
            "give" => Ok(sample_value()),
            "fail" => Err(HostError {
                code: Some("ENOENT".into()),
                message: "no such file or directory".into(),
                props: vec![
                    ("errno".into(), Value::Number(-2.0)),
                    ("path".into(), Value::from("/nope")),
                ],
            }),
            "fail_plain" => Err(HostError::new("plain failure")),
            _ => Err(HostError::with_code("ENOSYS", format!("unknown op {op}"))),
        }
    }
}

/// A value exercising every [`Value`] variant, nested.
pub fn sample_value() -> Value {
    Value::object([
        ("u", Value::Undefined),
        ("n", Value::Null),
        ("t", Value::Bool(true)),
        ("num", Value::Number(-1.5)),
        ("negzero", Value::Number(-0.0)),
        ("big", Value::Number(1e300)),
        ("s", Value::from("héllo ✓ 😀")),
        ("bytes", Value::Bytes(vec![0, 1, 255])),
        (
            "arr",
            Value::Array(vec![
                Value::Number(1.0),
                Value::Array(vec![Value::from("x")]),
            ]),
        ),
        (
            "obj",
            Value::object([("__proto__", Value::Number(7.0)), ("k", Value::Null)]),
        ),
    ])
}

/// Build an engine with a [`KitHost`] on a big-stack thread and run `f`.
/// Panics inside propagate to the caller.
pub fn with_engine<F>(factory: &dyn EngineFactory, f: F)
where
    F: FnOnce(&mut dyn Engine, &CallLog) + Send,
{
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .name(format!("{}-testkit", factory.name()))
            .stack_size(ENGINE_STACK_SIZE)
            .spawn_scoped(s, || {
                let log = CallLog::default();
                let mut engine = factory
                    .create(Box::new(KitHost { log: log.clone() }))
                    .unwrap_or_else(|e| panic!("[{}] create failed: {e}", factory.name()));
                f(engine.as_mut(), &log);
            })
            .expect("spawn engine thread");
        if let Err(p) = handle.join() {
            std::panic::resume_unwind(p);
        }
    });
}

fn eval(e: &mut dyn Engine, src: &str) -> Value {
    e.eval_script("kit.js", src)
        .unwrap_or_else(|err| panic!("[{}] script failed: {err:?}\n--- script:\n{src}", e.name()))
}

fn eval_err(e: &mut dyn Engine, src: &str) -> JsError {
    match e.eval_script("kit.js", src) {
        Ok(v) => panic!(
            "[{}] expected an error, got {v:?}\n--- script:\n{src}",
            e.name()
        ),
        Err(err) => err,
    }
}

/// Evaluate `src`, which must complete with `true`; `what` names the check.
fn check(e: &mut dyn Engine, what: &str, src: &str) {
    let v = eval(e, src);
    assert_eq!(
        v,
        Value::Bool(true),
        "[{}] {what}\n--- script:\n{src}",
        e.name()
    );
}

/// JS → Value for every kind, incl. bytes of any view, nesting, key order.
pub fn host_values_from_js(factory: &dyn EngineFactory) {
    with_engine(factory, |e, log| {
        eval(
            e,
            r#"
            var buf = new ArrayBuffer(8);
            new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
            $host("record", undefined, null, true, 2, -0.5, "str\u00e9",
                new Uint8Array([1, 2, 3]), new Uint8Array(buf, 2, 3), new Int16Array(buf, 4, 1),
                new DataView(buf, 6, 2),
                [1, [2, "x"], , undefined],
                { b: 1, a: { c: "y" }, 1: true, f: function () {} },
                function () {}, typeof Symbol === "function" ? Symbol("s") : undefined);
            "#,
        );
        let calls = log.borrow();
        assert_eq!(
            calls.len(),
            1,
            "[{}] one $host call recorded",
            factory.name()
        );
        let args = &calls[0].1;
        let expected = vec![
            Value::Undefined,
            Value::Null,
            Value::Bool(true),
            Value::Number(2.0),
            Value::Number(-0.5),
            Value::from("stré"),
            Value::Bytes(vec![1, 2, 3]),
            Value::Bytes(vec![3, 4, 5]),
            Value::Bytes(vec![5, 6]),
            Value::Bytes(vec![7, 8]),
            Value::Array(vec![
                Value::Number(1.0),
                Value::Array(vec![Value::Number(2.0), Value::from("x")]),
                Value::Undefined,
                Value::Undefined,
            ]),
            Value::object([
                ("1", Value::Bool(true)),
                ("b", Value::Number(1.0)),
                ("a", Value::object([("c", Value::from("y"))])),
                ("f", Value::Undefined),
            ]),
            Value::Undefined,
            Value::Undefined,
        ];
        assert_eq!(
            args,
            &expected,
            "[{}] $host argument conversion",
            factory.name()
        );
    });
}

/// Value → JS: bytes become a fresh Uint8Array, objects plain, -0 kept, and a
/// value survives JS → Value → JS → Value unchanged.
pub fn host_values_to_js(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(
            e,
            "values returned by $host",
            r#"
            var g = $host("give");
            var ok = g.u === undefined && "u" in g && g.n === null && g.t === true &&
                g.num === -1.5 && 1 / g.negzero === -Infinity && g.big === 1e300 &&
                g.s === "héllo ✓ 😀" &&
                g.bytes instanceof Uint8Array && g.bytes.length === 3 && g.bytes[2] === 255 &&
                Array.isArray(g.arr) && g.arr[1][0] === "x" &&
                Object.getPrototypeOf(g) === Object.prototype &&
                Object.getPrototypeOf(g.obj) === Object.prototype &&
                Object.prototype.hasOwnProperty.call(g.obj, "__proto__") &&
                g.obj.__proto__ === 7 &&
                $host("give").bytes !== g.bytes;
            ok;
            "#,
        );
        let back = eval(e, r#"$host("echo", $host("give"))"#);
        assert_eq!(
            back,
            crate::testkit::sample_value(),
            "[{}] round trip",
            e.name()
        );
        // Completion values convert the same way.
        let v = eval(e, "({ a: [1, 'two', null], b: new Uint8Array([9]) })");
        assert_eq!(
            v,
            Value::object([
                (
                    "a",
                    Value::Array(vec![Value::Number(1.0), Value::from("two"), Value::Null])
                ),
                ("b", Value::Bytes(vec![9])),
            ]),
            "[{}] completion value",
            e.name()
        );
        assert_eq!(
            eval(e, "var zz = 1"),
            Value::Undefined,
            "[{}] `var` completes",
            e.name()
        );
        assert_eq!(
            eval(e, "'s' + 1"),
            Value::from("s1"),
            "[{}] string completion",
            e.name()
        );
    });
}

/// A HostError becomes a catchable Error with message, `code` and props.
pub fn host_errors_thrown(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(
            e,
            "HostError with code and props",
            r#"
            var r = false;
            try { $host("fail"); } catch (err) {
                r = err instanceof Error && err.message === "no such file or directory" &&
                    err.code === "ENOENT" && err.errno === -2 && err.path === "/nope" &&
                    Object.prototype.hasOwnProperty.call(err, "code") &&
                    typeof err.stack === "string";
            }
            r;
            "#,
        );
        check(
            e,
            "HostError without code",
            r#"
            var r2 = false;
            try { $host("fail_plain"); } catch (err) {
                r2 = err instanceof Error && err.message === "plain failure" && !("code" in err);
            }
            r2;
            "#,
        );
        // Uncaught, it reaches Rust as an Error.
        let err = eval_err(e, r#"$host("fail")"#);
        assert_eq!(err.name, "Error", "[{}] uncaught host error name", e.name());
        assert_eq!(err.message, "no such file or directory", "[{}]", e.name());
        assert!(!err.interrupted, "[{}] not an interrupt", e.name());
    });
}

/// Top-level declarations of one runScript are globals for the next.
pub fn run_script_global_bindings(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        eval(
            e,
            r#"$engine.runScript("let a = 1; const c = 10; var v = 100; function fn1() { return 1000; }", "a.js")"#,
        );
        assert_eq!(
            eval(e, r#"$engine.runScript("a + 1", "b.js")"#),
            Value::Number(2.0),
            "[{}] let binding visible to a later runScript",
            e.name()
        );
        assert_eq!(
            eval(e, "a + c + v + fn1()"),
            Value::Number(1111.0),
            "[{}] runScript bindings visible to eval_script",
            e.name()
        );
        check(
            e,
            "var/function become global object properties",
            "globalThis.v === 100 && typeof globalThis.fn1 === 'function'",
        );
        // And the other direction.
        eval(e, "let fromEval = 5;");
        assert_eq!(
            eval(e, r#"$engine.runScript("fromEval * 2", "c.js")"#),
            Value::Number(10.0),
            "[{}]",
            e.name()
        );
        assert_eq!(
            eval(e, "$engine.runScript('1 + 1', 'd.js')"),
            Value::Number(2.0),
            "[{}] completion value",
            e.name()
        );
    });
}

/// Scripts (eval_script and runScript) are sloppy mode.
pub fn run_script_sloppy_mode(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(
            e,
            "top-level this is the global object",
            "this === globalThis",
        );
        check(
            e,
            "runScript top-level this",
            r#"$engine.runScript("this === globalThis", "s.js")"#,
        );
        check(
            e,
            "with statement",
            "var o = { wx: 3 }; var got; with (o) { got = wx; } got === 3",
        );
        check(
            e,
            "runScript with statement",
            r#"$engine.runScript("with ({ q: 4 }) { q === 4 }", "w.js")"#,
        );
        eval(e, "undeclared1 = 7;");
        check(
            e,
            "assignment to undeclared creates a global",
            "globalThis.undeclared1 === 7",
        );
        eval(e, r#"$engine.runScript("undeclared2 = 8", "u.js")"#);
        check(
            e,
            "runScript undeclared assignment",
            "globalThis.undeclared2 === 8",
        );
        check(
            e,
            "sloppy function this",
            "(function () { return this; })() === globalThis",
        );
        check(
            e,
            "octal literal parses",
            r#"$engine.runScript("010 === 8", "o.js")"#,
        );
    });
}

/// Syntax errors: catchable SyntaxError from runScript, Err from eval_script.
pub fn syntax_errors(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(
            e,
            "runScript SyntaxError is catchable",
            r#"
            var se = false;
            try { $engine.runScript("let = ;", "bad.js"); } catch (err) { se = err instanceof SyntaxError; }
            se;
            "#,
        );
        let err = eval_err(e, "function (");
        assert_eq!(
            err.name,
            "SyntaxError",
            "[{}] eval_script syntax error: {err:?}",
            e.name()
        );
        assert!(!err.interrupted);
        // A failed script declares nothing.
        check(e, "engine usable after syntax error", "1 + 1 === 2");
    });
}

/// The filename shows up in stack traces; Error.stack is a string.
pub fn stacks_and_filenames(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(
            e,
            "Error.stack is a string",
            "typeof new Error('x').stack === 'string'",
        );
        let v = eval(
            e,
            r#"$engine.runScript("(function inner() { return new Error('x').stack; })()", "myfile.js")"#,
        );
        let s = v.as_str().unwrap_or_default();
        assert!(
            s.contains("myfile.js"),
            "[{}] runScript filename in stack: {s:?}",
            e.name()
        );
        let err = e
            .eval_script(
                "other.js",
                "function thrower() { throw new TypeError('boom'); }\nthrower();",
            )
            .expect_err("throws");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("TypeError", "boom"),
            "[{}]",
            e.name()
        );
        let stack = err
            .stack
            .unwrap_or_else(|| panic!("[{}] JsError.stack missing", e.name()));
        assert!(
            stack.contains("other.js"),
            "[{}] eval_script filename in stack: {stack:?}",
            e.name()
        );
    });
}

/// Thrown non-Error values: empty name, String(value) as message.
pub fn thrown_values(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        let err = eval_err(e, "throw 42");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("", "42"),
            "[{}] throw 42",
            e.name()
        );
        let err = eval_err(e, "throw 'str'");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("", "str"),
            "[{}]",
            e.name()
        );
        let err = eval_err(e, "throw { toString: function () { return 'obj'; } }");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("", "obj"),
            "[{}]",
            e.name()
        );
        let err = eval_err(e, "var ce = new Error('m'); ce.name = 'Custom'; throw ce;");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("Custom", "m"),
            "[{}]",
            e.name()
        );
        let err = eval_err(e, "null.x");
        assert_eq!(
            err.name,
            "TypeError",
            "[{}] engine-thrown TypeError",
            e.name()
        );
        assert!(!err.interrupted);
    });
}

/// call_global calls with `this` undefined and converts args and result.
pub fn call_global(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        eval(
            e,
            r#"
            function add(a, b) { return a + b; }
            function strictThis() { "use strict"; return this === undefined; }
            function echoArgs() { return Array.prototype.slice.call(arguments); }
            function thrower() { throw new RangeError("nope"); }
            "#,
        );
        let r = e.call_global("add", vec![Value::Number(2.0), Value::Number(3.0)]);
        assert_eq!(r, Ok(Value::Number(5.0)), "[{}] add", e.name());
        assert_eq!(
            e.call_global("strictThis", vec![]),
            Ok(Value::Bool(true)),
            "[{}] this",
            e.name()
        );
        let sample = sample_value();
        let r = e.call_global("echoArgs", vec![sample.clone(), Value::Bytes(vec![4])]);
        assert_eq!(
            r,
            Ok(Value::Array(vec![sample, Value::Bytes(vec![4])])),
            "[{}] args",
            e.name()
        );
        let err = e.call_global("thrower", vec![]).expect_err("throws");
        assert_eq!(
            (err.name.as_str(), err.message.as_str()),
            ("RangeError", "nope"),
            "[{}]",
            e.name()
        );
        assert!(
            e.call_global("noSuchFunction", vec![]).is_err(),
            "[{}] missing global",
            e.name()
        );
    });
}

/// Promise jobs run only in run_jobs, in FIFO order.
pub fn promise_jobs(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        eval(
            e,
            r#"
            var order = [];
            var p = Promise.resolve();
            p.then(function () { order.push("a"); }).then(function () { order.push("c"); });
            p.then(function () { order.push("b"); });
            order.push("sync");
            "#,
        );
        assert_eq!(
            eval(e, "order.join()"),
            Value::from("sync"),
            "[{}] jobs ran early",
            e.name()
        );
        e.call_global("Object", vec![]).expect("call_global");
        assert_eq!(
            eval(e, "order.join()"),
            Value::from("sync"),
            "[{}] call_global ran jobs",
            e.name()
        );
        e.run_jobs()
            .unwrap_or_else(|err| panic!("[{}] run_jobs: {err}", e.name()));
        assert_eq!(
            eval(e, "order.join()"),
            Value::from("sync,a,b,c"),
            "[{}] job order",
            e.name()
        );
        e.run_jobs().expect("idle run_jobs");
    });
}

/// A throwing job does not stop the jobs after it.
pub fn throwing_job_does_not_stop_others(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        eval(
            e,
            r#"
            var after = [];
            Promise.resolve().then(function () { throw new Error("job failed"); });
            Promise.reject(new Error("unhandled"));
            if (typeof queueMicrotask === "function") {
                queueMicrotask(function () { throw new Error("raw job failed"); });
            }
            Promise.resolve().then(function () { after.push(1); });
            Promise.resolve().then(function () { after.push(2); });
            "#,
        );
        e.run_jobs()
            .unwrap_or_else(|err| panic!("[{}] run_jobs: {err}", e.name()));
        assert_eq!(
            eval(e, "after.join()"),
            Value::from("1,2"),
            "[{}] later jobs ran",
            e.name()
        );
    });
}

/// The interrupt handler stops busy scripts and jobs uncatchably; polling is
/// deterministic. Skipped (returns) without `capabilities().interrupt`.
pub fn interrupt(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        if !e.capabilities().interrupt {
            return;
        }
        let stop = Rc::new(Cell::new(false));
        let s = stop.clone();
        e.set_interrupt_handler(Some(Box::new(move || s.get())));
        eval(e, "var caught = false;");
        stop.set(true);
        let err = eval_err(e, "try { for (;;) {} } catch (x) { caught = true; }");
        assert!(
            err.interrupted,
            "[{}] busy loop not interrupted: {err:?}",
            e.name()
        );
        stop.set(false);
        check(e, "interrupt not catchable by JS", "caught === false");
        // Nested runScript unwinds too.
        stop.set(true);
        let err = eval_err(
            e,
            r#"try { $engine.runScript("for (;;) {}", "loop.js"); } catch (x) { caught = true; }"#,
        );
        assert!(err.interrupted, "[{}] nested runScript: {err:?}", e.name());
        stop.set(false);
        check(e, "nested interrupt not catchable", "caught === false");
        // A busy promise job stops run_jobs.
        eval(e, "Promise.resolve().then(function () { for (;;) {} });");
        stop.set(true);
        let err = e.run_jobs().expect_err("interrupted job");
        assert!(err.interrupted, "[{}] run_jobs: {err:?}", e.name());
        stop.set(false);
        // Without a handler the engine is usable again.
        e.set_interrupt_handler(None);
        assert_eq!(
            eval(e, "1 + 1"),
            Value::Number(2.0),
            "[{}] usable after interrupt",
            e.name()
        );
        e.run_jobs().expect("run_jobs after interrupt");
    });
    // The handler is polled at the same points in identical executions.
    let (a, b) = (
        count_polls_on_thread(factory),
        count_polls_on_thread(factory),
    );
    assert_eq!(
        a,
        b,
        "[{}] interrupt polls differ between identical runs",
        factory.name()
    );
}

fn count_polls_on_thread(factory: &dyn EngineFactory) -> u64 {
    let out = std::sync::Mutex::new(None);
    with_engine(factory, |e, _| {
        if !e.capabilities().interrupt {
            return;
        }
        let polls = Rc::new(Cell::new(0u64));
        let p = polls.clone();
        e.set_interrupt_handler(Some(Box::new(move || {
            p.set(p.get() + 1);
            false
        })));
        eval(
            e,
            "var acc = 0; for (var i = 0; i < 200000; i++) { acc += i % 7; } acc;",
        );
        *out.lock().unwrap() = Some(polls.get());
    });
    let n = out.into_inner().unwrap().unwrap_or(1);
    assert!(n > 0, "[{}] interrupt handler never polled", factory.name());
    n
}

/// Nothing observes GC: WeakRef and FinalizationRegistry are absent.
pub fn no_gc_observers(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        check(e, "WeakRef absent", "typeof WeakRef === 'undefined'");
        check(
            e,
            "FinalizationRegistry absent",
            "typeof FinalizationRegistry === 'undefined'",
        );
    });
}

/// Unbounded recursion does not crash the process and leaves the engine
/// usable. When JavaScript can catch it, it must be a RangeError or an
/// InternalError; an engine whose limit is uncatchable may instead fail the
/// whole call (never as an interrupt).
pub fn deep_recursion(factory: &dyn EngineFactory) {
    with_engine(factory, |e, _| {
        let scripts = [
            "function f() { f(); } var rn = 'none'; try { f(); } catch (err) { rn = err.name; } rn",
            // Through runScript, i.e. native frames between the JS ones.
            r#"function g(n) { return $engine.runScript("g(" + (n + 1) + ")", "r.js"); }
               var rn2 = 'none'; try { g(0); } catch (err) { rn2 = err.name; } rn2"#,
        ];
        for src in scripts {
            match e.eval_script("kit.js", src) {
                Ok(v) => {
                    let name = v.as_str().unwrap_or_default();
                    assert!(
                        name == "RangeError" || name == "InternalError",
                        "[{}] deep recursion caught as {v:?}\n--- script:\n{src}",
                        e.name()
                    );
                }
                Err(err) => assert!(
                    !err.interrupted,
                    "[{}] recursion reported as interrupt",
                    e.name()
                ),
            }
            assert_eq!(
                eval(e, "1 + 1"),
                Value::Number(2.0),
                "[{}] usable after recursion",
                e.name()
            );
        }
    });
}

/// One `#[test]` per kit check for an adapter:
/// `persha_engine::adapter_kit_tests!(persha_engine_quickjs::QuickJsFactory);`
/// in the adapter's `tests/testkit.rs`.
#[macro_export]
macro_rules! adapter_kit_tests {
    ($factory:expr) => {
        $crate::adapter_kit_tests!(@each $factory;
            host_values_from_js,
            host_values_to_js,
            host_errors_thrown,
            run_script_global_bindings,
            run_script_sloppy_mode,
            syntax_errors,
            stacks_and_filenames,
            thrown_values,
            call_global,
            promise_jobs,
            throwing_job_does_not_stop_others,
            interrupt,
            no_gc_observers,
            deep_recursion,
        );
    };
    (@each $factory:expr; $($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                $crate::testkit::$name(&$factory);
            }
        )*
    };
}
