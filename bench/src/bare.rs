//! The bare runner: one engine adapter, no journal, no turn driver, no Node
//! API. A minimal [`Host`] serves the one op the workloads use (`write`), and
//! a two-line shim gives them `console.log`. `persha-bench bare ENGINE FILE`
//! runs it in its own process, so its wall time is comparable with
//! `persha -init FILE` and `node FILE`.

use persha_engine::{Engine, Host, HostError, Value};
use std::io::Write;

/// `console.log` over `$host('write', 1, text)`.
const SHIM: &str = "var console = { log: function () { \
    $host('write', 1, Array.prototype.join.call(arguments, ' ') + '\\n'); } };";

/// The driver runs engines on a thread this large; the bare runner does too.
const ENGINE_STACK: usize = 64 << 20;

struct WriteOnly;

impl Host for WriteOnly {
    fn call(&mut self, op: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match op {
            "write" => {
                let fd = args.first().and_then(Value::as_f64).unwrap_or(1.0);
                let bytes: Vec<u8> = match args.get(1) {
                    Some(Value::String(s)) => s.clone().into_bytes(),
                    Some(Value::Bytes(b)) => b.clone(),
                    _ => Vec::new(),
                };
                let r = if fd == 2.0 {
                    std::io::stderr().write_all(&bytes)
                } else {
                    std::io::stdout().write_all(&bytes)
                };
                r.map_err(|e| HostError::new(e.to_string()))?;
                Ok(Value::Undefined)
            }
            other => Err(HostError::new(format!(
                "the bare runner has no host op '{other}'"
            ))),
        }
    }
}

fn engine(name: &str) -> Result<Box<dyn Engine>, String> {
    let host = Box::new(WriteOnly);
    match name {
        "quickjs" => Ok(Box::new(persha_engine_quickjs::QuickJsEngine::new(host)?)),
        "boa" => Ok(Box::new(persha_engine_boa::BoaEngine::new(host)?)),
        other => Err(format!("unknown engine '{other}'")),
    }
}

/// Evaluate `file` as a script on a fresh `engine`; the process exit code.
pub fn run(engine_name: &str, file: &std::path::Path) -> i32 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("persha-bench bare: cannot read {}: {e}", file.display());
            return 1;
        }
    };
    let name = engine_name.to_owned();
    let filename = file.display().to_string();
    let thread = std::thread::Builder::new().stack_size(ENGINE_STACK).spawn(
        move || -> Result<(), String> {
            let mut e = engine(&name)?;
            e.eval_script("shim.js", SHIM).map_err(|e| e.to_string())?;
            e.eval_script(&filename, &source)
                .map_err(|e| e.to_string())?;
            e.run_jobs().map_err(|e| e.to_string())?;
            Ok(())
        },
    );
    let result = match thread {
        Ok(h) => h
            .join()
            .unwrap_or_else(|_| Err("the engine thread panicked".into())),
        Err(e) => Err(e.to_string()),
    };
    let _ = std::io::stdout().flush();
    match result {
        Ok(()) => 0,
        Err(msg) => {
            eprintln!("persha-bench bare: {msg}");
            1
        }
    }
}
