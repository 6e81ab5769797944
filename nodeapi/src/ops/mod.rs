//! Host operations, by Node module. Each op is one of four classes:
//!
//! - **Input**: nondeterministic (clock, randomness, file contents). Run live
//!   once, its result journaled, and fed back from the journal on replay.
//! - **Output**: an effect on the outside world (writing to stdout, exiting).
//!   Never performed during replay; live, it becomes an [`Effect`] that the
//!   driver releases only once the turn that caused it is durable.
//! - **Pure**: deterministic native work (encodings, hashing): run every time.
//! - **Act**: changes the world and answers (writing a file): the journal is
//!   committed first, so the inputs that led here are durable before the
//!   world changes; then it runs once live and its answer is journaled and
//!   fed back on replay, where it is not performed again. A crash between
//!   the act and the end of its turn re-runs the turn, so the act may happen
//!   twice (like the output of the turn in flight).

mod buffer;
mod cipher;
mod crypto;
mod fs;
mod fs_watch;
mod http;
mod natives;
mod net;
mod os;
mod process;
mod procinfo;
pub mod tty;
mod zlib;

use persha_engine::{HostError, Value};

/// How the driver treats an op (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpClass {
    Input,
    Output,
    Pure,
    Act,
}

/// An externally visible effect of an output op, released after commit.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Write {
        fd: u8,
        data: Vec<u8>,
    },
    /// The program ended itself (`process.exit`).
    Exit(i32),
    /// Stop the process; the program stays suspended (REPL ^C^C, Ctrl-D).
    Suspend,
    /// A request for the I/O reactor ([`crate::io::submit`]). Only live
    /// turns make these: replayed turns' sockets died with the old process.
    Io(Value),
}

/// State that live input ops keep between calls (restored from the journal
/// on recovery, so that e.g. `process.hrtime` never goes backwards).
#[derive(Debug, Default)]
pub struct InputCtx {
    pub last_hrtime_ns: u128,
}

impl InputCtx {
    /// Feed a journaled input result back so that later live results stay
    /// consistent with it.
    pub fn observe(&mut self, op: &str, result: &Value) {
        if op == "hrtime"
            && let Some(ns) = process::hrtime_ns_of(result)
        {
            self.last_hrtime_ns = self.last_hrtime_ns.max(ns);
        }
    }
}

/// One host operation: its name (as JavaScript passes it to `$host`) and
/// its implementation, whose kind is the op's class.
pub struct OpDef {
    pub name: &'static str,
    pub run: OpFn,
}

pub type InputFn = fn(&mut InputCtx, &[Value]) -> Result<Value, HostError>;
pub type OutputFn = fn(&[Value]) -> Result<Effect, HostError>;
pub type PureFn = fn(&[Value]) -> Result<Value, HostError>;
pub type ActFn = fn(&[Value]) -> Result<Value, HostError>;

#[derive(Clone, Copy)]
pub enum OpFn {
    Input(InputFn),
    Output(OutputFn),
    Pure(PureFn),
    Act(ActFn),
}

impl OpFn {
    pub fn class(self) -> OpClass {
        match self {
            OpFn::Input(_) => OpClass::Input,
            OpFn::Output(_) => OpClass::Output,
            OpFn::Pure(_) => OpClass::Pure,
            OpFn::Act(_) => OpClass::Act,
        }
    }
}

/// Every module's ops. Adding a module's ops is one line here.
const TABLES: &[&[OpDef]] = &[
    process::OPS,
    fs::OPS,
    buffer::OPS,
    os::OPS,
    procinfo::OPS,
    crypto::OPS,
    cipher::OPS,
    net::OPS,
    natives::OPS,
    fs_watch::OPS,
    zlib::OPS,
    tty::OPS,
    http::OPS,
];

/// The op named `op`. Every `$host` call looks its op up: a map, built once.
pub fn find(op: &str) -> Option<OpFn> {
    static BY_NAME: std::sync::OnceLock<std::collections::HashMap<&'static str, OpFn>> =
        std::sync::OnceLock::new();
    BY_NAME
        .get_or_init(|| {
            TABLES
                .iter()
                .flat_map(|t| t.iter())
                .map(|d| (d.name, d.run))
                .collect()
        })
        .get(op)
        .copied()
}

pub fn class_of(op: &str) -> Option<OpClass> {
    find(op).map(OpFn::class)
}

/// Run an input op live.
pub fn run_input(ctx: &mut InputCtx, op: &str, args: &[Value]) -> Result<Value, HostError> {
    match find(op) {
        Some(OpFn::Input(f)) => f(ctx, args),
        _ => Err(unknown(op)),
    }
}

/// Turn an output op into the effect it asks for.
pub fn output_effect(op: &str, args: &[Value]) -> Result<Effect, HostError> {
    match find(op) {
        Some(OpFn::Output(f)) => f(args),
        _ => Err(unknown(op)),
    }
}

pub fn unknown(op: &str) -> HostError {
    HostError::with_code("ENOSYS", format!("persha has no host operation '{op}'"))
}

/// Argument `i` as a string, or a TypeError-like host error.
pub(crate) fn arg_str<'a>(op: &str, args: &'a [Value], i: usize) -> Result<&'a str, HostError> {
    args.get(i).and_then(Value::as_str).ok_or_else(|| {
        HostError::with_code("EINVAL", format!("{op}: argument {i} must be a string"))
    })
}

/// Argument `i` as bytes (a Uint8Array, or a string's UTF-8).
pub(crate) fn arg_bytes<'a>(op: &str, args: &'a [Value], i: usize) -> Result<&'a [u8], HostError> {
    match args.get(i) {
        Some(Value::Bytes(b)) => Ok(b),
        Some(Value::String(s)) => Ok(s.as_bytes()),
        _ => Err(HostError::with_code(
            "EINVAL",
            format!("{op}: argument {i} must be a Uint8Array"),
        )),
    }
}

pub(crate) fn arg_num(op: &str, args: &[Value], i: usize) -> Result<f64, HostError> {
    args.get(i).and_then(Value::as_f64).ok_or_else(|| {
        HostError::with_code("EINVAL", format!("{op}: argument {i} must be a number"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_known() {
        assert_eq!(class_of("clock"), Some(OpClass::Input));
        assert_eq!(class_of("write"), Some(OpClass::Output));
        assert_eq!(class_of("readFile"), Some(OpClass::Input));
        assert_eq!(class_of("nope"), None);
    }

    #[test]
    fn hrtime_never_goes_backwards() {
        let mut ctx = InputCtx::default();
        let far = Value::Array(vec![Value::Number(4e12), Value::Number(5.0)]);
        ctx.observe("hrtime", &far);
        let next = run_input(&mut ctx, "hrtime", &[]).unwrap();
        assert!(process::hrtime_ns_of(&next).unwrap() > 4_000_000_000_000_000_000_000);
    }

    #[test]
    fn write_becomes_an_effect() {
        let e = output_effect("write", &[Value::Number(2.0), "hi".into()]).unwrap();
        assert_eq!(
            e,
            Effect::Write {
                fd: 2,
                data: b"hi".to_vec()
            }
        );
        assert!(output_effect("write", &[Value::Number(7.0), "x".into()]).is_err());
    }

    #[test]
    fn missing_file_reports_enoent_like_node() {
        let err = run_input(
            &mut InputCtx::default(),
            "readFile",
            &["/no/such/file".into()],
        )
        .unwrap_err();
        assert_eq!(err.code.as_deref(), Some("ENOENT"));
        assert_eq!(err.message, "ENOENT, open '/no/such/file'");
    }
}
