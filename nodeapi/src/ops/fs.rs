//! File-system ops. For now only what `require` needs: a module's source is
//! read once, journaled, and never re-read on recovery.

use super::{InputCtx, OpDef, OpFn, arg_str};
use persha_engine::{HostError, Value};
use std::io;

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "readFile",
        run: OpFn::Input(read_file),
    },
    OpDef {
        name: "stat",
        run: OpFn::Input(stat),
    },
];

fn read_file(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("readFile", args, 0)?;
    let bytes = std::fs::read(path).map_err(|e| io_error(&e, "open", path))?;
    Ok(Value::String(String::from_utf8_lossy(&bytes).into_owned()))
}

fn stat(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("stat", args, 0)?;
    let md = std::fs::metadata(path).map_err(|e| io_error(&e, "stat", path))?;
    let kind = if md.is_file() {
        "file"
    } else if md.is_dir() {
        "directory"
    } else {
        "other"
    };
    let mtime_ms = md
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0);
    Ok(Value::object([
        ("type", Value::from(kind)),
        ("size", Value::Number(md.len() as f64)),
        ("mtimeMs", Value::Number(mtime_ms)),
    ]))
}

/// Node v0.12's error shape: message `ENOENT, open '/x'`, with `code`,
/// `errno`, `syscall` and `path` properties.
pub fn io_error(e: &io::Error, syscall: &str, path: &str) -> HostError {
    let errno = e.raw_os_error().unwrap_or(0);
    let code = errno_code(errno);
    let mut err = HostError::with_code(code, format!("{code}, {syscall} '{path}'"));
    err.props = vec![
        ("errno".into(), Value::Number(-(errno as f64))),
        ("syscall".into(), Value::from(syscall)),
        ("path".into(), Value::from(path)),
    ];
    err
}

fn errno_code(errno: i32) -> &'static str {
    match errno {
        libc::ENOENT => "ENOENT",
        libc::EACCES => "EACCES",
        libc::EISDIR => "EISDIR",
        libc::ENOTDIR => "ENOTDIR",
        libc::EEXIST => "EEXIST",
        libc::EPERM => "EPERM",
        libc::EMFILE => "EMFILE",
        libc::ENOSPC => "ENOSPC",
        libc::ELOOP => "ELOOP",
        libc::ENAMETOOLONG => "ENAMETOOLONG",
        _ => "EIO",
    }
}
