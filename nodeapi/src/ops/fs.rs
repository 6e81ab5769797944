//! File-system ops. `readFile`, `stat` and `realpath` are what `require`
//! needs: a module's source is read once, journaled, and never re-read on
//! recovery. The `fs*` ops serve the read-only subset of the `fs` module
//! (nodeapi/js/fs.js); all are input ops, as a file's contents are an input.

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
    OpDef {
        name: "realpath",
        run: OpFn::Input(realpath),
    },
    OpDef {
        name: "fsReadFile",
        run: OpFn::Input(fs_read_file),
    },
    OpDef {
        name: "fsStat",
        run: OpFn::Input(fs_stat),
    },
    OpDef {
        name: "fsLstat",
        run: OpFn::Input(fs_lstat),
    },
    OpDef {
        name: "fsReaddir",
        run: OpFn::Input(fs_readdir),
    },
    OpDef {
        name: "fsAccess",
        run: OpFn::Input(fs_access),
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

/// The canonical absolute path (symlinks resolved), as `require` caches
/// modules by it.
fn realpath(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("realpath", args, 0)?;
    let real = std::fs::canonicalize(path).map_err(|e| io_error(&e, "realpath", path))?;
    Ok(Value::String(real.to_string_lossy().into_owned()))
}

/// A file's bytes, as Node's readFileSync gets them: `open` fails with the
/// path in the message, a failing `read` (e.g. of a directory) without it.
fn fs_read_file(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    use std::io::Read;
    let path = arg_str("fsReadFile", args, 0)?;
    let mut f = std::fs::File::open(path).map_err(|e| io_error(&e, "open", path))?;
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes)
        .map_err(|e| io_error_no_path(&e, "read"))?;
    Ok(Value::Bytes(bytes))
}

/// Everything `fs.Stats` holds; times in milliseconds since the epoch.
fn stats_value(md: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let ms = |s: i64, ns: i64| Value::Number(s as f64 * 1000.0 + (ns / 1_000_000) as f64);
    Value::object([
        ("dev", Value::Number(md.dev() as f64)),
        ("mode", Value::Number(md.mode() as f64)),
        ("nlink", Value::Number(md.nlink() as f64)),
        ("uid", Value::Number(md.uid() as f64)),
        ("gid", Value::Number(md.gid() as f64)),
        ("rdev", Value::Number(md.rdev() as f64)),
        ("blksize", Value::Number(md.blksize() as f64)),
        ("ino", Value::Number(md.ino() as f64)),
        ("size", Value::Number(md.size() as f64)),
        ("blocks", Value::Number(md.blocks() as f64)),
        ("atimeMs", ms(md.atime(), md.atime_nsec())),
        ("mtimeMs", ms(md.mtime(), md.mtime_nsec())),
        ("ctimeMs", ms(md.ctime(), md.ctime_nsec())),
    ])
}

fn fs_stat(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsStat", args, 0)?;
    let md = std::fs::metadata(path).map_err(|e| io_error(&e, "stat", path))?;
    Ok(stats_value(&md))
}

fn fs_lstat(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsLstat", args, 0)?;
    let md = std::fs::symlink_metadata(path).map_err(|e| io_error(&e, "lstat", path))?;
    Ok(stats_value(&md))
}

/// A directory's entry names (without `.` and `..`), in the order the OS
/// lists them, as Node returns them.
fn fs_readdir(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsReaddir", args, 0)?;
    let entries = std::fs::read_dir(path).map_err(|e| io_error(&e, "scandir", path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error(&e, "scandir", path))?;
        names.push(Value::String(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::Array(names))
}

/// `access(2)` with Node's mode bits (F_OK 0, R_OK 4, W_OK 2, X_OK 1).
fn fs_access(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsAccess", args, 0)?;
    let mode = args.get(1).and_then(Value::as_f64).unwrap_or(0.0) as i32 & 7;
    let c = std::ffi::CString::new(path)
        .map_err(|_| HostError::with_code("ENOENT", format!("ENOENT, access '{path}'")))?;
    // SAFETY: c is a valid NUL-terminated string for the call's duration.
    if unsafe { libc::access(c.as_ptr(), mode) } != 0 {
        return Err(io_error(&io::Error::last_os_error(), "access", path));
    }
    Ok(Value::Undefined)
}

fn io_error_no_path(e: &io::Error, syscall: &str) -> HostError {
    let errno = e.raw_os_error().unwrap_or(0);
    let code = errno_code(errno);
    let mut err = HostError::with_code(code, format!("{code}, {syscall}"));
    err.props = vec![
        ("errno".into(), Value::Number(-(errno as f64))),
        ("syscall".into(), Value::from(syscall)),
    ];
    err
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
