//! Node v0.12's API for persha, written once for every engine.
//!
//! `js/` holds the JavaScript modules (evaluated at engine creation, see
//! [`scripts`]); `src/ops/` holds the Rust host operations they reach through
//! `$host(op, ...args)`, one file per Node module, beside its JavaScript.
//! Each op has a [`OpClass`] that tells the replay driver how to treat it.

pub mod io;
pub mod ops;
mod scripts;

pub use ops::{Effect, InputCtx, OpClass};
pub use scripts::{Script, module_source, scripts};
