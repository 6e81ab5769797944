//! The op behind lazy built-in modules: the source of one, compiled by the
//! loader the first time it is required. Pure: the sources are part of the
//! binary, so every replay gets the same text.

use super::{OpDef, OpFn, arg_str};
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[OpDef {
    name: "moduleSource",
    run: OpFn::Pure(module_source),
}];

/// `moduleSource(name)` → `[source, filename]`.
fn module_source(args: &[Value]) -> Result<Value, HostError> {
    let name = arg_str("moduleSource", args, 0)?;
    let s = crate::module_source(name).ok_or_else(|| {
        HostError::with_code("MODULE_NOT_FOUND", format!("Cannot find module '{name}'"))
    })?;
    Ok(Value::Array(vec![
        Value::from(s.source.into_owned()),
        Value::from(s.filename.into_owned()),
    ]))
}
