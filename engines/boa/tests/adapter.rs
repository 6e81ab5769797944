//! Behaviour tests for the Boa adapter.

use std::cell::RefCell;
use std::rc::Rc;

use persha_engine::{Engine, EngineFactory, Host, HostError, Value};
use persha_engine_boa::{BoaEngine, BoaFactory};

type Calls = Rc<RefCell<Vec<(String, Vec<Value>)>>>;

/// Records calls; `echo` returns its arguments, `fail` returns a HostError.
struct TestHost(Calls);

impl Host for TestHost {
    fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError> {
        self.0.borrow_mut().push((op.to_owned(), args.clone()));
        match op {
            "echo" => Ok(Value::Array(args)),
            "bytes" => Ok(Value::Bytes(vec![1, 2, 255])),
            "obj" => Ok(Value::object([
                ("b", Value::Number(1.0)),
                ("a", Value::String("x".into())),
            ])),
            "fail" => {
                let mut e = HostError::with_code("ENOENT", "no such file");
                e.props.push(("errno".into(), Value::Number(-2.0)));
                e.props.push(("path".into(), "/x".into()));
                Err(e)
            }
            _ => Ok(Value::Undefined),
        }
    }
}

fn engine() -> (BoaEngine, Calls) {
    let calls = Calls::default();
    let e = BoaEngine::new(Box::new(TestHost(calls.clone()))).unwrap();
    (e, calls)
}

fn eval(e: &mut BoaEngine, src: &str) -> Value {
    e.eval_script("test.js", src)
        .unwrap_or_else(|err| panic!("{src}: {err:?}"))
}

#[test]
fn factory_and_capabilities() {
    let f = BoaFactory;
    assert_eq!(f.name(), "boa");
    let mut e = f.create(Box::new(TestHost(Calls::default()))).unwrap();
    assert_eq!(e.name(), "boa");
    assert!(!e.capabilities().interrupt);
    assert!(!e.capabilities().heap_image);
    assert_eq!(e.eval_script("a.js", "1+1").unwrap(), Value::Number(2.0));
}

#[test]
fn completion_values() {
    let (mut e, _) = engine();
    assert_eq!(eval(&mut e, "undefined"), Value::Undefined);
    assert_eq!(eval(&mut e, "null"), Value::Null);
    assert_eq!(eval(&mut e, "1 < 2"), Value::Bool(true));
    assert_eq!(eval(&mut e, "0.5"), Value::Number(0.5));
    assert_eq!(
        eval(&mut e, "'h\\u00e9\\u4e16'"),
        Value::String("hé世".into())
    );
    assert_eq!(
        eval(&mut e, "[1, 'a', [null]]"),
        Value::Array(vec![
            Value::Number(1.0),
            "a".into(),
            Value::Array(vec![Value::Null])
        ])
    );
    assert_eq!(
        eval(&mut e, "({z: 1, a: undefined, f: function(){}, 2: 'i'})"),
        Value::object([
            ("2", "i".into()),
            ("z", Value::Number(1.0)),
            ("a", Value::Undefined),
            ("f", Value::Undefined),
        ])
    );
    assert_eq!(eval(&mut e, "Symbol('s')"), Value::Undefined);
    assert_eq!(
        eval(&mut e, "new Uint8Array([1,2,3]).subarray(1)"),
        Value::Bytes(vec![2, 3])
    );
}

#[test]
fn host_args_conversion() {
    let (mut e, calls) = engine();
    eval(
        &mut e,
        r#"
        var o = {b: 2, a: 1};
        Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});
        o[Symbol('s')] = 1;
        var proto = {inherited: 1};
        var c = Object.create(proto); c.own = true;
        var buf = new ArrayBuffer(8);
        new Uint8Array(buf).set([0,1,2,3,4,5,6,7]);
        $host('args', undefined, null, true, 3, 'str', new Uint8Array([9, 8]),
              new Uint16Array([0x0102]), new DataView(buf, 2, 3), [1, [2]],
              o, c, function () {}, Symbol('x'), [,1], 'x'.repeat(3), -0);
        "#,
    );
    let calls = calls.borrow();
    let (op, args) = &calls[0];
    assert_eq!(op, "args");
    let expected = vec![
        Value::Undefined,
        Value::Null,
        Value::Bool(true),
        Value::Number(3.0),
        "str".into(),
        Value::Bytes(vec![9, 8]),
        Value::Bytes(0x0102u16.to_ne_bytes().to_vec()),
        Value::Bytes(vec![2, 3, 4]),
        Value::Array(vec![
            Value::Number(1.0),
            Value::Array(vec![Value::Number(2.0)]),
        ]),
        Value::object([("b", Value::Number(2.0)), ("a", Value::Number(1.0))]),
        Value::object([("own", Value::Bool(true))]),
        Value::Undefined,
        Value::Undefined,
        Value::Array(vec![Value::Undefined, Value::Number(1.0)]),
        "xxx".into(),
        Value::Number(-0.0),
    ];
    assert_eq!(args, &expected);
    assert!(args[15].as_f64().unwrap().is_sign_negative());
}

#[test]
fn host_getters_and_cycles() {
    let (mut e, calls) = engine();
    eval(
        &mut e,
        "$host('g', {get x() { return 42; }}, Object.assign([1], {extra: 1}))",
    );
    assert_eq!(
        calls.borrow()[0].1,
        vec![
            Value::object([("x", Value::Number(42.0))]),
            Value::Array(vec![Value::Number(1.0)])
        ]
    );
    let err = e
        .eval_script("c.js", "var a = {}; a.a = a; $host('cyc', a)")
        .unwrap_err();
    assert_eq!(err.name, "TypeError");
    let caught = eval(
        &mut e,
        "try { $host('cyc', a); 'no' } catch (e) { e instanceof TypeError }",
    );
    assert_eq!(caught, Value::Bool(true));
}

#[test]
fn host_results() {
    let (mut e, _) = engine();
    assert_eq!(
        eval(
            &mut e,
            "var b = $host('bytes'); [b instanceof Uint8Array, b.length, b[2], b.buffer.byteLength]"
        ),
        Value::Array(vec![
            Value::Bool(true),
            Value::Number(3.0),
            Value::Number(255.0),
            Value::Number(3.0)
        ])
    );
    assert_eq!(
        eval(
            &mut e,
            "var o = $host('obj'); Object.keys(o).join() + ':' + (Object.getPrototypeOf(o) === Object.prototype)"
        ),
        Value::String("b,a:true".into())
    );
    assert_eq!(
        eval(
            &mut e,
            "var r = $host('echo', 1, 'x'); Array.isArray(r) && r.join()"
        ),
        Value::String("1,x".into())
    );
    assert_eq!(eval(&mut e, "$host('nothing')"), Value::Undefined);
}

#[test]
fn host_error_thrown_into_js() {
    let (mut e, _) = engine();
    let v = eval(
        &mut e,
        r#"try { $host('fail'); } catch (e) {
            [e instanceof Error, e.message, e.code, e.errno, e.path,
             Object.prototype.hasOwnProperty.call(e, 'code')]
        }"#,
    );
    assert_eq!(
        v,
        Value::Array(vec![
            Value::Bool(true),
            "no such file".into(),
            "ENOENT".into(),
            Value::Number(-2.0),
            "/x".into(),
            Value::Bool(true),
        ])
    );
    let err = e.eval_script("f.js", "$host('fail')").unwrap_err();
    assert_eq!(err.name, "Error");
    assert_eq!(err.message, "no such file");
}

#[test]
fn run_script_global_bindings() {
    let (mut e, _) = engine();
    let v = eval(
        &mut e,
        r#"
        var r = $engine.runScript('var gv = 1; let gl = 2; const gc = 3; function gf() { return 4; } gv + gl', 'a.js');
        r
        "#,
    );
    assert_eq!(v, Value::Number(3.0));
    assert_eq!(
        eval(&mut e, "$engine.runScript('gv + gl + gc + gf()', 'b.js')"),
        Value::Number(10.0)
    );
    assert_eq!(eval(&mut e, "gv + gl + gc + gf()"), Value::Number(10.0));
    assert_eq!(
        eval(&mut e, "[typeof globalThis.gv, typeof globalThis.gl]"),
        Value::Array(vec!["number".into(), "undefined".into()])
    );
    // Sloppy mode: `with`, implicit globals, `this` is the global object.
    assert_eq!(
        eval(
            &mut e,
            "$engine.runScript('with ({q: 5}) { implicitG = q; } this === globalThis && implicitG', 'c.js')"
        ),
        Value::Number(5.0)
    );
    // Even when called from strict code.
    assert_eq!(
        eval(
            &mut e,
            "(function () { 'use strict'; return $engine.runScript('undeclared2 = 7', 'd.js'); })()"
        ),
        Value::Number(7.0)
    );
}

#[test]
fn run_script_syntax_error_is_catchable() {
    let (mut e, _) = engine();
    let v = eval(
        &mut e,
        "try { $engine.runScript('var = ;', 'bad.js'); 'no' } catch (e) { e instanceof SyntaxError && e.name }",
    );
    assert_eq!(v, Value::String("SyntaxError".into()));
    let err = e.eval_script("bad.js", "var = ;").unwrap_err();
    assert_eq!(err.name, "SyntaxError");
    assert!(!err.interrupted);
    // A failed parse declares nothing.
    assert_eq!(eval(&mut e, "typeof q"), "undefined".into());
}

#[test]
fn eval_script_is_sloppy_and_global() {
    let (mut e, _) = engine();
    eval(
        &mut e,
        "let a = 1; const b = 2; var c = 3; function d() { return 4; } x = 5;",
    );
    assert_eq!(eval(&mut e, "a + b + c + d() + x"), Value::Number(15.0));
    assert_eq!(
        eval(&mut e, "(function(){ return this === globalThis; })()"),
        Value::Bool(true)
    );
    assert_eq!(
        eval(&mut e, "var o = {p: 1}; with (o) { p }"),
        Value::Number(1.0)
    );
    assert_eq!(eval(&mut e, "010"), Value::Number(8.0));
}

#[test]
fn call_global_works() {
    let (mut e, _) = engine();
    eval(
        &mut e,
        "function add(a, b) { return a + b; } function who() { return this === undefined ? 'undef' : typeof this; }",
    );
    assert_eq!(
        e.call_global("add", vec![2.0.into(), 3.0.into()]).unwrap(),
        Value::Number(5.0)
    );
    assert_eq!(
        e.call_global("add", vec!["a".into(), Value::Bytes(vec![1])])
            .unwrap(),
        Value::String("a1".into())
    );
    // Sloppy functions see the global object for an undefined this.
    assert_eq!(e.call_global("who", vec![]).unwrap(), "object".into());
    eval(
        &mut e,
        "function strictWho() { 'use strict'; return this === undefined; }",
    );
    assert_eq!(
        e.call_global("strictWho", vec![]).unwrap(),
        Value::Bool(true)
    );
    let err = e.call_global("missing", vec![]).unwrap_err();
    assert_eq!(err.name, "TypeError");
    eval(
        &mut e,
        "function thrower() { throw new RangeError('bad'); }",
    );
    let err = e.call_global("thrower", vec![]).unwrap_err();
    assert_eq!(
        (err.name.as_str(), err.message.as_str()),
        ("RangeError", "bad")
    );
}

#[test]
fn errors() {
    let (mut e, _) = engine();
    let err = e
        .eval_script("t.js", "function f() { null.x; }\nf();")
        .unwrap_err();
    assert_eq!(err.name, "TypeError");
    assert!(!err.interrupted);
    let err = e.eval_script("t.js", "throw 42").unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("", "42"));
    let err = e
        .eval_script("t.js", "throw {toString() { return 'custom'; }}")
        .unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("", "custom"));
    let err = e.eval_script("t.js", "throw Symbol('s')").unwrap_err();
    assert_eq!(err.name, "");
    let err = e
        .eval_script("t.js", "class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } throw new MyErr('m')")
        .unwrap_err();
    assert_eq!((err.name.as_str(), err.message.as_str()), ("MyErr", "m"));
    let err = e
        .eval_script(
            "t.js",
            "var er = new Error('s'); er.stack = 'custom stack'; throw er",
        )
        .unwrap_err();
    assert_eq!(err.stack.as_deref(), Some("custom stack"));
    // Engine keeps working after errors.
    assert_eq!(eval(&mut e, "1"), Value::Number(1.0));
}

#[test]
fn jobs_run_and_errors_are_ignored() {
    let (mut e, _) = engine();
    eval(
        &mut e,
        r#"
        var log = [];
        Promise.resolve().then(function () { log.push(1); throw new Error('x'); });
        Promise.resolve().then(function () { log.push(2); });
        Promise.reject(new Error('unhandled'));
        Promise.resolve().then(function () {
            return Promise.resolve().then(function () { log.push(3); });
        });
        (async function () { await null; log.push(4); })();
        log.push(0);
        "#,
    );
    assert_eq!(eval(&mut e, "log.join()"), "0".into());
    e.run_jobs().unwrap();
    assert_eq!(eval(&mut e, "log.join()"), "0,1,2,4,3".into());
    e.run_jobs().unwrap();
}

#[test]
fn determinism_globals() {
    let (mut e, _) = engine();
    assert_eq!(
        eval(
            &mut e,
            "[typeof WeakRef, typeof FinalizationRegistry, typeof Temporal]"
        ),
        Value::Array(vec!["undefined".into(); 3])
    );
    assert_eq!(eval(&mut e, "Date.now()"), Value::Number(0.0));
    assert_eq!(eval(&mut e, "new Date().getTime()"), Value::Number(0.0));
    assert_eq!(
        eval(&mut e, "new Date(0).getTimezoneOffset()"),
        Value::Number(0.0)
    );
    assert_eq!(
        eval(&mut e, "new Date(2020, 0, 1).getTime()"),
        Value::Number(1577836800000.0)
    );
    let seq = eval(&mut e, "[Math.random(), Math.random(), Math.random()]");
    let (mut e2, _) = engine();
    assert_eq!(
        eval(&mut e2, "[Math.random(), Math.random(), Math.random()]"),
        seq
    );
    let Value::Array(xs) = seq else { panic!() };
    for x in xs {
        let x = x.as_f64().unwrap();
        assert!((0.0..1.0).contains(&x));
    }
    assert_eq!(
        eval(
            &mut e,
            "[typeof $host, typeof $engine, Object.keys(globalThis).indexOf('$host')]"
        ),
        Value::Array(vec![
            "function".into(),
            "object".into(),
            Value::Number(-1.0)
        ])
    );
}

/// Runs `f` on a thread with the driver's 64 MiB stack.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_recursion_does_not_crash() {
    on_big_stack(|| {
        let (mut e, _) = engine();
        let err = e
            .eval_script("r.js", "function f(){f()} try{f()}catch(e){}")
            .unwrap_err();
        assert_eq!(err.name, "RangeError");
        assert!(!err.interrupted);
        // Recursion through native re-entry (accessors, callbacks, toString).
        for src in [
            "var o = {get x() { return o.x; }}; o.x",
            "function g() { [1].map(g); } g()",
            "function s() { return String({toString: s}); } s()",
            "function a() { return a.apply(null, []); } a()",
            "function c() { return new c(); } c()",
            "function j() { return JSON.parse('1', function () { return j(); }); } j()",
            "function h(n) { return n === 0 ? 0 : 1 + h(n - 1); } h(1e6)",
        ] {
            let err = e.eval_script("r.js", src).unwrap_err();
            assert_eq!(err.name, "RangeError", "{src}");
        }
        // At runScript's native boundary it becomes a catchable RangeError.
        assert_eq!(
            eval(
                &mut e,
                r#"function rs(n) { return $engine.runScript("rs(" + (n + 1) + ")", "r.js"); }
                   try { rs(0); } catch (err) { err instanceof RangeError && err.message }"#
            ),
            "Maximum call stack size exceeded".into()
        );
        // Reasonable depths work (Node allows ~10k frames).
        assert_eq!(
            eval(
                &mut e,
                "function k(n) { return n === 0 ? 0 : 1 + k(n - 1); } k(9000)"
            ),
            Value::Number(9000.0)
        );
        assert_eq!(eval(&mut e, "1 + 1"), Value::Number(2.0));
    });
}

#[test]
fn long_loops_are_not_limited() {
    let (mut e, _) = engine();
    assert_eq!(
        eval(&mut e, "var n = 0; for (var i = 0; i < 3e6; i++) n++; n"),
        Value::Number(3e6)
    );
}

#[test]
fn runaway_recursion_in_job_is_ignored() {
    on_big_stack(|| {
        let (mut e, _) = engine();
        eval(
            &mut e,
            "var done = false; Promise.resolve().then(function r() { r(); }); Promise.resolve().then(function () { done = true; });",
        );
        e.run_jobs().unwrap();
        assert_eq!(eval(&mut e, "done"), Value::Bool(true));
    });
}
