//! Facts about the host process that `process` reports: memory use and the
//! file-mode creation mask. Both are input ops (journaled, replayed).

use super::{InputCtx, OpDef, OpFn};
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "memoryUsage",
        run: OpFn::Input(memory_usage),
    },
    OpDef {
        name: "umask",
        run: OpFn::Input(umask),
    },
];

/// `{rss, heapTotal, heapUsed}` in bytes. Only `rss` is what Node means by
/// it (resident set, from /proc/self/statm). The JavaScript heap's size
/// cannot be known engine-neutrally (QuickJS and Boa allocate from the
/// process heap without an exposed total), so `heapTotal` and `heapUsed` are
/// both the process's data segment (statm's "data": heap and stacks), an
/// honest upper bound of the engine heap rather than a measurement of it.
fn memory_usage(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let fields: Vec<f64> = statm
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0.0))
        .collect();
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    let page = if page > 0 { page as f64 } else { 4096.0 };
    let field = |i: usize| fields.get(i).copied().unwrap_or(0.0) * page;
    let rss = field(1);
    let data = field(5);
    Ok(Value::object([
        ("rss", Value::Number(rss)),
        ("heapTotal", Value::Number(data)),
        ("heapUsed", Value::Number(data)),
    ]))
}

/// The process's current umask (read by setting and restoring it; the engine
/// thread is the only one creating files).
fn umask(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    // SAFETY: umask cannot fail; the old mask is restored at once.
    let old = unsafe {
        let old = libc::umask(0o022);
        libc::umask(old);
        old
    };
    Ok(Value::Number(f64::from(old as u32)))
}
