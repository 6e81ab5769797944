//! File-system ops. `readFile`, `stat` and `realpath` are what `require`
//! needs: a module's source is read once, journaled, and never re-read on
//! recovery. The `fs*` ops serve the `fs` module (nodeapi/js/fs.js); the
//! read ops are input ops, as a file's contents are an input. The write ops (`fsWriteFile`, `fsMkdir`, ...) are act ops: done
//! once live, their answer journaled and handed back on replay. The
//! descriptor ops (`fsOpen`, `fsRead`, `fsWrite`, ...) are in `fs/fd.rs`.

mod fd;

use super::{InputCtx, OpDef, OpFn, arg_bytes, arg_num, arg_str};
use crate::io::errno_code;
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
    OpDef {
        name: "fsWriteFile",
        run: OpFn::Act(fs_write_file),
    },
    OpDef {
        name: "fsMkdir",
        run: OpFn::Act(fs_mkdir),
    },
    OpDef {
        name: "fsRmdir",
        run: OpFn::Act(fs_rmdir),
    },
    OpDef {
        name: "fsUnlink",
        run: OpFn::Act(fs_unlink),
    },
    OpDef {
        name: "fsRename",
        run: OpFn::Act(fs_rename),
    },
    OpDef {
        name: "fsTruncate",
        run: OpFn::Act(fs_truncate),
    },
    OpDef {
        name: "fsChmod",
        run: OpFn::Act(fs_chmod),
    },
    OpDef {
        name: "fsSymlink",
        run: OpFn::Act(fs_symlink),
    },
    OpDef {
        name: "fsUtimes",
        run: OpFn::Act(fs_utimes),
    },
    OpDef {
        name: "fsLink",
        run: OpFn::Act(fd::link),
    },
    OpDef {
        name: "fsReadlink",
        run: OpFn::Input(fd::readlink),
    },
    OpDef {
        name: "fsChown",
        run: OpFn::Act(fd::chown),
    },
    // Descriptors: opening, closing and every change are acts; reads and
    // fstat are inputs (the bytes read are journaled).
    OpDef {
        name: "fsOpen",
        run: OpFn::Act(fd::open),
    },
    OpDef {
        name: "fsReopen",
        run: OpFn::Act(fd::reopen),
    },
    OpDef {
        name: "fsClose",
        run: OpFn::Act(fd::close),
    },
    OpDef {
        name: "fsRead",
        run: OpFn::Input(fd::read),
    },
    OpDef {
        name: "fsWrite",
        run: OpFn::Act(fd::write),
    },
    OpDef {
        name: "fsFstat",
        run: OpFn::Input(fd::fstat),
    },
    OpDef {
        name: "fsFtruncate",
        run: OpFn::Act(fd::ftruncate),
    },
    OpDef {
        name: "fsFsync",
        run: OpFn::Act(fd::fsync),
    },
    OpDef {
        name: "fsFdatasync",
        run: OpFn::Act(fd::fdatasync),
    },
    OpDef {
        name: "fsFchmod",
        run: OpFn::Act(fd::fchmod),
    },
    OpDef {
        name: "fsFchown",
        run: OpFn::Act(fd::fchown),
    },
    OpDef {
        name: "fsFutimes",
        run: OpFn::Act(fd::futimes),
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

// ---- writes (act ops) -------------------------------------------------------------

/// Argument `i` as a file mode, or `default` when absent or null.
fn arg_mode(args: &[Value], i: usize, default: u32) -> u32 {
    args.get(i)
        .and_then(Value::as_f64)
        .map(|m| m as u32 & 0o7777)
        .unwrap_or(default)
}

/// `fsWriteFile(path, bytes, flag, mode)`: open with Node's flag ('w', 'a',
/// 'wx', 'ax' and their '+' forms), write every byte, close.
fn fs_write_file(args: &[Value]) -> Result<Value, HostError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let path = arg_str("fsWriteFile", args, 0)?;
    let bytes = arg_bytes("fsWriteFile", args, 1)?;
    let flag = args.get(2).and_then(Value::as_str).unwrap_or("w");
    let mode = arg_mode(args, 3, 0o666);
    let mut opts = std::fs::OpenOptions::new();
    opts.mode(mode);
    match flag {
        "w" | "w+" => opts.write(true).create(true).truncate(true),
        "wx" | "xw" | "wx+" | "xw+" => opts.write(true).create_new(true),
        "a" | "a+" => opts.append(true).create(true),
        "ax" | "xa" | "ax+" | "xa+" => opts.append(true).create_new(true),
        "r+" | "rs+" => opts.write(true),
        _ => {
            return Err(HostError::with_code(
                "EINVAL",
                format!("Unknown file open flag: {flag}"),
            ));
        }
    };
    if flag.ends_with('+') {
        opts.read(true);
    }
    let mut f = opts.open(path).map_err(|e| io_error(&e, "open", path))?;
    f.write_all(bytes)
        .map_err(|e| io_error_no_path(&e, "write"))?;
    Ok(Value::Undefined)
}

fn fs_mkdir(args: &[Value]) -> Result<Value, HostError> {
    use std::os::unix::fs::DirBuilderExt;
    let path = arg_str("fsMkdir", args, 0)?;
    std::fs::DirBuilder::new()
        .mode(arg_mode(args, 1, 0o777))
        .create(path)
        .map_err(|e| io_error(&e, "mkdir", path))?;
    Ok(Value::Undefined)
}

fn fs_rmdir(args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsRmdir", args, 0)?;
    std::fs::remove_dir(path).map_err(|e| io_error(&e, "rmdir", path))?;
    Ok(Value::Undefined)
}

fn fs_unlink(args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsUnlink", args, 0)?;
    std::fs::remove_file(path).map_err(|e| io_error(&e, "unlink", path))?;
    Ok(Value::Undefined)
}

/// The path a two-path call's error names, as v0.12's SYNC_DEST_CALL picks
/// it: the destination for EEXIST, ENOTEMPTY and EPERM, else the source.
fn dest_or_src<'a>(e: &io::Error, src: &'a str, dest: &'a str) -> &'a str {
    match e.raw_os_error() {
        Some(libc::EEXIST | libc::ENOTEMPTY | libc::EPERM) => dest,
        _ => src,
    }
}

fn fs_rename(args: &[Value]) -> Result<Value, HostError> {
    let from = arg_str("fsRename", args, 0)?;
    let to = arg_str("fsRename", args, 1)?;
    std::fs::rename(from, to).map_err(|e| io_error(&e, "rename", dest_or_src(&e, from, to)))?;
    Ok(Value::Undefined)
}

/// v0.12's truncateSync opens the file for writing, then ftruncates it.
fn fs_truncate(args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsTruncate", args, 0)?;
    let len = args.get(1).and_then(Value::as_f64).unwrap_or(0.0).max(0.0) as u64;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| io_error(&e, "open", path))?;
    f.set_len(len)
        .map_err(|e| io_error_no_path(&e, "ftruncate"))?;
    Ok(Value::Undefined)
}

fn fs_chmod(args: &[Value]) -> Result<Value, HostError> {
    use std::os::unix::fs::PermissionsExt;
    let path = arg_str("fsChmod", args, 0)?;
    let mode = arg_num("fsChmod", args, 1)? as u32 & 0o7777;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_error(&e, "chmod", path))?;
    Ok(Value::Undefined)
}

/// `fsSymlink(target, path)`: the target is stored as given.
fn fs_symlink(args: &[Value]) -> Result<Value, HostError> {
    let target = arg_str("fsSymlink", args, 0)?;
    let path = arg_str("fsSymlink", args, 1)?;
    std::os::unix::fs::symlink(target, path)
        .map_err(|e| io_error(&e, "symlink", dest_or_src(&e, target, path)))?;
    Ok(Value::Undefined)
}

/// `fsUtimes(path, atime, mtime)`, times in seconds since the epoch.
fn fs_utimes(args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsUtimes", args, 0)?;
    let at = arg_num("fsUtimes", args, 1)?;
    let mt = arg_num("fsUtimes", args, 2)?;
    let ts = |t: f64| {
        let s = t.floor();
        libc::timespec {
            tv_sec: s as libc::time_t,
            tv_nsec: ((t - s) * 1e9) as libc::c_long,
        }
    };
    let times = [ts(at), ts(mt)];
    let c = std::ffi::CString::new(path)
        .map_err(|_| HostError::with_code("ENOENT", format!("ENOENT, utime '{path}'")))?;
    // SAFETY: c is NUL-terminated and times holds two timespecs, both valid
    // for the call's duration.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) } != 0 {
        return Err(io_error(&io::Error::last_os_error(), "utime", path));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> String {
        let dir = std::env::temp_dir().join(format!("persha-fs-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir.to_string_lossy().into_owned()
    }

    #[test]
    fn write_append_and_exclusive_flags() {
        let dir = scratch("flags");
        fs_mkdir(&[dir.clone().into()]).unwrap();
        let err = fs_mkdir(&[dir.clone().into()]).unwrap_err();
        assert_eq!(err.message, format!("EEXIST, mkdir '{dir}'"));
        let f = format!("{dir}/f");
        fs_write_file(&[f.clone().into(), Value::Bytes(b"ab".to_vec()), "w".into()]).unwrap();
        fs_write_file(&[f.clone().into(), Value::Bytes(b"cd".to_vec()), "a".into()]).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"abcd");
        let err =
            fs_write_file(&[f.clone().into(), Value::Bytes(vec![]), "wx".into()]).unwrap_err();
        assert_eq!(err.code.as_deref(), Some("EEXIST"));
        assert_eq!(err.message, format!("EEXIST, open '{f}'"));
        let err = fs_rmdir(&[dir.clone().into()]).unwrap_err();
        assert_eq!(err.message, format!("ENOTEMPTY, rmdir '{dir}'"));
        fs_unlink(&[f.into()]).unwrap();
        fs_rmdir(&[dir.into()]).unwrap();
    }
}
