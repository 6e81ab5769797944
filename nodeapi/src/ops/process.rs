//! Ops behind the `process` global, `console`, `Date` and `Math.random`.

use super::{Effect, InputCtx, OpDef, OpFn, arg_num, arg_str};
use persha_engine::{HostError, Value};
use std::time::{SystemTime, UNIX_EPOCH};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "clock",
        run: OpFn::Input(clock),
    },
    OpDef {
        name: "hrtime",
        run: OpFn::Input(hrtime),
    },
    OpDef {
        name: "random",
        run: OpFn::Input(random),
    },
    OpDef {
        name: "write",
        run: OpFn::Output(write),
    },
    OpDef {
        name: "exit",
        run: OpFn::Output(exit),
    },
    OpDef {
        name: "suspend",
        run: OpFn::Output(|_| Ok(Effect::Suspend)),
    },
];

fn now_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

pub(super) fn hrtime_ns_of(v: &Value) -> Option<u128> {
    match v {
        Value::Array(a) if a.len() == 2 => {
            let s = a[0].as_f64()?;
            let ns = a[1].as_f64()?;
            Some(s as u128 * 1_000_000_000 + ns as u128)
        }
        _ => None,
    }
}

fn clock(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    Ok(Value::Number((now_ns() / 1_000_000) as f64))
}

/// Wall-clock based so it survives reboots, forced monotonic across the
/// program's whole life (journaled readings seed `last_hrtime_ns`).
fn hrtime(ctx: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    let ns = now_ns().max(ctx.last_hrtime_ns + 1);
    ctx.last_hrtime_ns = ns;
    Ok(Value::Array(vec![
        Value::Number((ns / 1_000_000_000) as f64),
        Value::Number((ns % 1_000_000_000) as f64),
    ]))
}

fn random(_: &mut InputCtx, args: &[Value]) -> Result<Value, HostError> {
    let n = arg_num("random", args, 0)?;
    if !(0.0..=65536.0).contains(&n) {
        return Err(HostError::with_code(
            "EINVAL",
            "random: size must be 0..65536",
        ));
    }
    let mut buf = vec![0u8; n as usize];
    getrandom::fill(&mut buf).map_err(|e| HostError::with_code("EIO", format!("random: {e}")))?;
    Ok(Value::Bytes(buf))
}

fn write(args: &[Value]) -> Result<Effect, HostError> {
    let fd = arg_num("write", args, 0)?;
    if fd != 1.0 && fd != 2.0 {
        return Err(HostError::with_code("EBADF", format!("write: bad fd {fd}")));
    }
    let data = match args.get(1) {
        Some(Value::Bytes(b)) => b.clone(),
        _ => arg_str("write", args, 1)?.as_bytes().to_vec(),
    };
    Ok(Effect::Write { fd: fd as u8, data })
}

fn exit(args: &[Value]) -> Result<Effect, HostError> {
    Ok(Effect::Exit(
        args.first().and_then(Value::as_f64).unwrap_or(0.0) as i32,
    ))
}
