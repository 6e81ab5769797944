//! Ops behind `fs.watch`: starting a watcher is an act (a missing path is an
//! error in the turn, and the answer is journaled); events arrive as `io`
//! events; closing is a request released after the turn commits.

use super::{OpDef, OpFn, arg_num, arg_str};
use crate::io::{instance, watch};
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[OpDef {
    name: "fsWatch",
    run: OpFn::Act(fs_watch),
}];

/// `fsWatch(id, absolutePath, recursive)` → the reactor instance holding it.
fn fs_watch(args: &[Value]) -> Result<Value, HostError> {
    if !crate::io::revived() {
        return Ok(Value::object([("revive", Value::Bool(true))]));
    }
    let id = arg_num("fsWatch", args, 0)? as u64;
    let path = arg_str("fsWatch", args, 1)?;
    let recursive = args.get(2).and_then(Value::as_bool).unwrap_or(false);
    let p = std::path::Path::new(path);
    if let Err(e) = std::fs::symlink_metadata(p) {
        return Err(super::fs::io_error(&e, "watch", path));
    }
    watch::start(id, p, recursive).map_err(|e| {
        let errno = match &e.kind {
            notify::ErrorKind::Io(io) => io.raw_os_error().unwrap_or(libc::EIO),
            notify::ErrorKind::PathNotFound => libc::ENOENT,
            notify::ErrorKind::MaxFilesWatch => libc::ENOSPC,
            _ => libc::EIO,
        };
        super::fs::io_error(&std::io::Error::from_raw_os_error(errno), "watch", path)
    })?;
    Ok(Value::Number(instance() as f64))
}
