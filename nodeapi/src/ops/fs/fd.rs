//! File-descriptor ops behind `fs.open`, `fs.read`, `fs.write`, ... and
//! the path ops that came with them (`link`, `readlink`, `chown`).
//!
//! JavaScript owns every descriptor: it picks the number (3 upward, never
//! reused while open), remembers the path, flags and file position in the
//! heap, and passes the number here. This side keeps only the live OS handle
//! for each number, in one table for the process (one program per process).
//! That table is empty after a restart, because replay performs no acts: an
//! op on a number it does not hold answers [`NOT_OPEN`], and JavaScript then
//! reopens the file (`fsReopen`, an act) and asks again.
//!
//! Reads and writes are positional (pread/pwrite) so that the file offset is
//! JavaScript's to keep, and a re-run turn writes the same bytes to the same
//! place. Position -1 means "the OS offset": append-mode writes, and files
//! that cannot seek (pipes, terminals).

use super::super::{InputCtx, arg_bytes, arg_num, arg_str};
use super::{dest_or_src, io_error, io_error_no_path, stats_value};
use persha_engine::{HostError, Value};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::fs::FileExt;
use std::os::unix::io::{AsRawFd, FromRawFd, IntoRawFd};
use std::sync::{Arc, Mutex};

/// The error code of an op on a number this process holds no handle for.
pub const NOT_OPEN: &str = "EPERSHA_NOTOPEN";

/// Live handles by JavaScript's descriptor number. `Arc` so that no lock
/// is held while a (possibly slow) read or write runs.
static TABLE: Mutex<BTreeMap<u32, Arc<File>>> = Mutex::new(BTreeMap::new());

fn table() -> std::sync::MutexGuard<'static, BTreeMap<u32, Arc<File>>> {
    // A panic elsewhere cannot leave the map itself inconsistent.
    TABLE.lock().unwrap_or_else(|p| p.into_inner())
}

fn arg_fd(op: &str, args: &[Value]) -> Result<u32, HostError> {
    let fd = arg_num(op, args, 0)?;
    if fd < 0.0 || fd.fract() != 0.0 || fd > u32::MAX as f64 {
        return Err(HostError::with_code(
            "EINVAL",
            format!("{op}: bad descriptor {fd}"),
        ));
    }
    Ok(fd as u32)
}

fn file(op: &str, args: &[Value]) -> Result<Arc<File>, HostError> {
    let fd = arg_fd(op, args)?;
    table().get(&fd).cloned().ok_or_else(|| {
        HostError::with_code(
            NOT_OPEN,
            format!("persha: descriptor {fd} is not open in this process"),
        )
    })
}

/// A byte offset: a number >= 0, or -1 (and any negative) for "the OS offset".
fn arg_pos(args: &[Value], i: usize) -> Option<u64> {
    match args.get(i).and_then(Value::as_f64) {
        Some(p) if p >= 0.0 => Some(p as u64),
        _ => None,
    }
}

/// Retry a syscall that a signal interrupted (libuv does the same).
fn retry<T>(mut f: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match f() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// `open(2)` with Node's numeric flags as given (O_SYNC, O_NOFOLLOW, ...
/// included), plus O_CLOEXEC. Answers whether the file can seek.
fn open_into_table(op: &str, args: &[Value], strip: i32) -> Result<Value, HostError> {
    let fd = arg_fd(op, args)?;
    let path = arg_str(op, args, 1)?;
    let flags = (arg_num(op, args, 2)? as i32) & !strip;
    let mode = args
        .get(3)
        .and_then(Value::as_f64)
        .map(|m| m as u32 & 0o7777)
        .unwrap_or(0o666);
    let c = std::ffi::CString::new(path)
        .map_err(|_| HostError::with_code("ENOENT", format!("ENOENT, open '{path}'")))?;
    // SAFETY: c is NUL-terminated and outlives the call.
    let raw = retry(|| {
        let r = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(r)
        }
    })
    .map_err(|e| io_error(&e, "open", path))?;
    // SAFETY: raw is a descriptor open(2) just returned; File now owns it.
    let f = unsafe { File::from_raw_fd(raw) };
    // SAFETY: lseek on a descriptor we own; it fails (ESPIPE) on pipes.
    let seekable = unsafe { libc::lseek(raw, 0, libc::SEEK_CUR) } >= 0;
    // Replacing a handle (a reopen after a lazy one) closes the old one.
    table().insert(fd, Arc::new(f));
    Ok(Value::Bool(seekable))
}

/// `fsOpen(fd, path, flags, mode)` → whether the file can seek.
pub(super) fn open(args: &[Value]) -> Result<Value, HostError> {
    open_into_table("fsOpen", args, 0)
}

/// `fsReopen(fd, path, flags, mode)`: the same file again after a restart.
/// Never truncates, never fails with EEXIST, never creates: a file that
/// vanished meanwhile is an error (ENOENT), not a fresh empty file.
pub(super) fn reopen(args: &[Value]) -> Result<Value, HostError> {
    open_into_table(
        "fsReopen",
        args,
        libc::O_TRUNC | libc::O_EXCL | libc::O_CREAT,
    )
}

/// `fsClose(fd)`. A number this process never held is already closed (the
/// close of a re-run turn, or of a file that could not be reopened).
pub(super) fn close(args: &[Value]) -> Result<Value, HostError> {
    let fd = arg_fd("fsClose", args)?;
    let Some(f) = table().remove(&fd) else {
        return Ok(Value::Undefined);
    };
    // Close explicitly so that an error of close(2) (EIO on NFS) is seen.
    if let Ok(f) = Arc::try_unwrap(f) {
        let raw = f.into_raw_fd();
        // SAFETY: raw was owned by the File just taken apart.
        if unsafe { libc::close(raw) } != 0 {
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(io_error_no_path(&e, "close"));
            }
        }
    }
    Ok(Value::Undefined)
}

/// `fsRead(fd, length, position)` → the bytes one read(2)/pread(2) got.
pub(super) fn read(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsRead", args)?;
    let len = arg_num("fsRead", args, 1)?.clamp(0.0, 0x3fff_ffff as f64) as usize;
    let mut buf = vec![0u8; len];
    let n = retry(|| match arg_pos(args, 2) {
        Some(pos) => f.read_at(&mut buf, pos),
        None => (&*f).read(&mut buf),
    })
    .map_err(|e| io_error_no_path(&e, "read"))?;
    buf.truncate(n);
    Ok(Value::Bytes(buf))
}

/// `fsWrite(fd, bytes, position)` → `[written, offset after]`: one
/// write(2)/pwrite(2), as Node's writeSync; the offset after lets an
/// append-mode descriptor know where the end now is (-1 if unknown).
pub(super) fn write(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsWrite", args)?;
    let bytes = arg_bytes("fsWrite", args, 1)?;
    let pos = arg_pos(args, 2);
    let n = retry(|| match pos {
        Some(p) => f.write_at(bytes, p),
        None => (&*f).write(bytes),
    })
    .map_err(|e| io_error_no_path(&e, "write"))?;
    let after = match pos {
        Some(p) => (p + n as u64) as f64,
        // SAFETY: lseek on a descriptor the table owns.
        None => (unsafe { libc::lseek(f.as_raw_fd(), 0, libc::SEEK_CUR) }) as f64,
    };
    Ok(Value::Array(vec![
        Value::Number(n as f64),
        Value::Number(after),
    ]))
}

/// `fsFstat(fd)`. Descriptors 0-2 are the process's own standard streams.
pub(super) fn fstat(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let fd = arg_fd("fsFstat", args)?;
    let md = if fd <= 2 {
        // SAFETY: 0-2 stay open for the process's life; ManuallyDrop keeps
        // this borrowed File from closing them.
        let f = std::mem::ManuallyDrop::new(unsafe { File::from_raw_fd(fd as i32) });
        f.metadata()
    } else {
        file("fsFstat", args)?.metadata()
    };
    let md = md.map_err(|e| io_error_no_path(&e, "fstat"))?;
    Ok(stats_value(&md))
}

pub(super) fn ftruncate(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsFtruncate", args)?;
    let len = args.get(1).and_then(Value::as_f64).unwrap_or(0.0);
    if len < 0.0 {
        // What ftruncate(2) answers for a negative length.
        let e = io::Error::from_raw_os_error(libc::EINVAL);
        return Err(io_error_no_path(&e, "ftruncate"));
    }
    let len = len as u64;
    retry(|| f.set_len(len)).map_err(|e| io_error_no_path(&e, "ftruncate"))?;
    Ok(Value::Undefined)
}

pub(super) fn fsync(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsFsync", args)?;
    retry(|| f.sync_all()).map_err(|e| io_error_no_path(&e, "fsync"))?;
    Ok(Value::Undefined)
}

pub(super) fn fdatasync(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsFdatasync", args)?;
    retry(|| f.sync_data()).map_err(|e| io_error_no_path(&e, "fdatasync"))?;
    Ok(Value::Undefined)
}

pub(super) fn fchmod(args: &[Value]) -> Result<Value, HostError> {
    use std::os::unix::fs::PermissionsExt;
    let f = file("fsFchmod", args)?;
    let mode = arg_num("fsFchmod", args, 1)? as u32 & 0o7777;
    f.set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_error_no_path(&e, "fchmod"))?;
    Ok(Value::Undefined)
}

/// A uid or gid; -1 (as chown(2) takes it) leaves it unchanged.
fn arg_id(op: &str, args: &[Value], i: usize) -> Result<Option<u32>, HostError> {
    let v = arg_num(op, args, i)?;
    Ok(if v < 0.0 || v >= u32::MAX as f64 {
        None
    } else {
        Some(v as u32)
    })
}

pub(super) fn fchown(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsFchown", args)?;
    let uid = arg_id("fsFchown", args, 1)?;
    let gid = arg_id("fsFchown", args, 2)?;
    std::os::unix::fs::fchown(&*f, uid, gid).map_err(|e| io_error_no_path(&e, "fchown"))?;
    Ok(Value::Undefined)
}

/// `fsFutimes(fd, atime, mtime)`, times in seconds since the epoch.
pub(super) fn futimes(args: &[Value]) -> Result<Value, HostError> {
    let f = file("fsFutimes", args)?;
    let times = [
        timespec(arg_num("fsFutimes", args, 1)?),
        timespec(arg_num("fsFutimes", args, 2)?),
    ];
    // SAFETY: times holds two timespecs valid for the call; the descriptor
    // is owned by `f`, alive until the end of this function.
    if unsafe { libc::futimens(f.as_raw_fd(), times.as_ptr()) } != 0 {
        return Err(io_error_no_path(&io::Error::last_os_error(), "futime"));
    }
    Ok(Value::Undefined)
}

fn timespec(t: f64) -> libc::timespec {
    let s = t.floor();
    libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ((t - s) * 1e9) as libc::c_long,
    }
}

// ---- path ops of the same family ---------------------------------------------------

/// `fsLink(existing, new)`: a hard link.
pub(super) fn link(args: &[Value]) -> Result<Value, HostError> {
    let from = arg_str("fsLink", args, 0)?;
    let to = arg_str("fsLink", args, 1)?;
    std::fs::hard_link(from, to).map_err(|e| io_error(&e, "link", dest_or_src(&e, from, to)))?;
    Ok(Value::Undefined)
}

/// `fsReadlink(path)` → the link's target as stored.
pub(super) fn readlink(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsReadlink", args, 0)?;
    let target = std::fs::read_link(path).map_err(|e| io_error(&e, "readlink", path))?;
    Ok(Value::String(target.to_string_lossy().into_owned()))
}

/// `fsChown(path, uid, gid)`, following symlinks.
pub(super) fn chown(args: &[Value]) -> Result<Value, HostError> {
    let path = arg_str("fsChown", args, 0)?;
    let uid = arg_id("fsChown", args, 1)?;
    let gid = arg_id("fsChown", args, 2)?;
    std::os::unix::fs::chown(path, uid, gid).map_err(|e| io_error(&e, "chown", path))?;
    Ok(Value::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The table is shared by the whole test binary: each test uses numbers
    // of its own.
    fn scratch(name: &str) -> String {
        let dir = std::env::temp_dir().join(format!("persha-fd-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.to_string_lossy().into_owned()
    }

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    fn rd(fd: f64, len: f64, pos: f64) -> Vec<u8> {
        match read(&mut InputCtx::default(), &[n(fd), n(len), n(pos)]).unwrap() {
            Value::Bytes(b) => b,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn positional_reads_and_writes() {
        let dir = scratch("pos");
        let p = format!("{dir}/f");
        let rw = (libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC) as f64;
        assert_eq!(
            open(&[n(1001.0), p.clone().into(), n(rw), n(0o644 as f64)]).unwrap(),
            Value::Bool(true)
        );
        let w = write(&[n(1001.0), Value::Bytes(b"hello world".to_vec()), n(0.0)]).unwrap();
        assert_eq!(w, Value::Array(vec![n(11.0), n(11.0)]));
        write(&[n(1001.0), Value::Bytes(b"W".to_vec()), n(6.0)]).unwrap();
        assert_eq!(rd(1001.0, 5.0, 6.0), b"World");
        assert_eq!(rd(1001.0, 100.0, 20.0), b"");
        ftruncate(&[n(1001.0), n(5.0)]).unwrap();
        let st = fstat(&mut InputCtx::default(), &[n(1001.0)]).unwrap();
        assert_eq!(st.get("size"), Some(&n(5.0)));
        fsync(&[n(1001.0)]).unwrap();
        close(&[n(1001.0)]).unwrap();
        // Closed: the number is unknown; closing again is harmless.
        let err = read(&mut InputCtx::default(), &[n(1001.0), n(1.0), n(0.0)]).unwrap_err();
        assert_eq!(err.code.as_deref(), Some(NOT_OPEN));
        close(&[n(1001.0)]).unwrap();
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn append_writes_go_to_the_end() {
        let dir = scratch("append");
        let p = format!("{dir}/f");
        std::fs::write(&p, b"abc").unwrap();
        let fl = (libc::O_APPEND | libc::O_RDWR) as f64;
        open(&[n(1002.0), p.clone().into(), n(fl)]).unwrap();
        let w = write(&[n(1002.0), Value::Bytes(b"de".to_vec()), n(-1.0)]).unwrap();
        assert_eq!(w, Value::Array(vec![n(2.0), n(5.0)]));
        assert_eq!(std::fs::read(&p).unwrap(), b"abcde");
        close(&[n(1002.0)]).unwrap();
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn reopen_never_truncates_creates_or_fails_on_exclusive() {
        let dir = scratch("reopen");
        let p = format!("{dir}/f");
        std::fs::write(&p, b"kept").unwrap();
        let fl = (libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_EXCL) as f64;
        let err = open(&[n(1003.0), p.clone().into(), n(fl)]).unwrap_err();
        assert_eq!(err.message, format!("EEXIST, open '{p}'"));
        reopen(&[n(1003.0), p.clone().into(), n(fl)]).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"kept");
        close(&[n(1003.0)]).unwrap();
        std::fs::remove_file(&p).unwrap();
        let err = reopen(&[n(1003.0), p.clone().into(), n(fl)]).unwrap_err();
        assert_eq!(err.code.as_deref(), Some("ENOENT"));
        assert!(!std::path::Path::new(&p).exists());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn errors_have_node_shape() {
        let dir = scratch("errors");
        let p = format!("{dir}/f");
        std::fs::write(&p, b"x").unwrap();
        open(&[n(1004.0), p.clone().into(), n(libc::O_RDONLY as f64)]).unwrap();
        let err = write(&[n(1004.0), Value::Bytes(b"y".to_vec()), n(0.0)]).unwrap_err();
        assert_eq!(err.message, "EBADF, write");
        close(&[n(1004.0)]).unwrap();
        open(&[n(1005.0), dir.clone().into(), n(libc::O_RDONLY as f64)]).unwrap();
        let err = read(&mut InputCtx::default(), &[n(1005.0), n(4.0), n(0.0)]).unwrap_err();
        assert_eq!(err.message, "EISDIR, read");
        close(&[n(1005.0)]).unwrap();
        let l = format!("{dir}/l");
        link(&[p.clone().into(), l.clone().into()]).unwrap();
        let err = link(&[p.clone().into(), l.clone().into()]).unwrap_err();
        assert_eq!(err.message, format!("EEXIST, link '{l}'"));
        let s = format!("{dir}/s");
        std::os::unix::fs::symlink("f", &s).unwrap();
        assert_eq!(
            readlink(&mut InputCtx::default(), &[s.into()]).unwrap(),
            Value::from("f")
        );
        let err = readlink(&mut InputCtx::default(), &[p.clone().into()]).unwrap_err();
        assert_eq!(err.message, format!("EINVAL, readlink '{p}'"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
