//! The JavaScript bootstrap of the Node API, embedded in the binary.
//!
//! The host evaluates [`scripts`] in order at engine creation (the same on
//! the first run and on every replay). The first script, the loader, defines
//! `__persha_lazy(names)`; the second names every module; the last loads
//! `internal/main`, which installs the globals and `__persha_dispatch` /
//! `__persha_tick` / `__persha_loop_state`. A module's source is compiled
//! only when it is first required: the loader asks the pure op
//! `moduleSource` ([`module_source`]) for it, wrapped as a script whose value
//! is its factory, `(function (exports, require, module, internal) {` on
//! the file's first line, so line numbers stay those of stack traces. (Compiling all ~16k lines at every start cost
//! more than a small program's whole run.)

use std::borrow::Cow;

/// One script to evaluate: `filename` is what stack traces show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    pub filename: Cow<'static, str>,
    pub source: Cow<'static, str>,
}

/// Set to a `nodeapi/js` folder to load the bootstrap from disk instead of
/// the copy built into the binary: for working on the JavaScript without a
/// rebuild. A store must be replayed with the same scripts it ran with.
pub const DEV_JS_DIR_VAR: &str = "PERSHA_DEV_JS_DIR";

const LOADER: &str = include_str!("../js/internal/loader.js");

// `MODULES: &[(name, source)]`: every file under `js/` but the loader
// (build.rs); registering is lazy, so their order does not matter.
include!(concat!(env!("OUT_DIR"), "/modules.rs"));

fn source(name: &str, built_in: &'static str) -> Cow<'static, str> {
    match std::env::var_os(DEV_JS_DIR_VAR) {
        Some(dir) => {
            let path = std::path::Path::new(&dir).join(format!("{name}.js"));
            match std::fs::read_to_string(&path) {
                Ok(text) => Cow::Owned(text),
                Err(e) => panic!("{DEV_JS_DIR_VAR}: cannot read {}: {e}", path.display()),
            }
        }
        None => Cow::Borrowed(built_in),
    }
}

/// The bootstrap scripts, in evaluation order.
pub fn scripts() -> Vec<Script> {
    let names: Vec<String> = MODULES.iter().map(|(n, _)| format!("{n:?}")).collect();
    vec![
        Script {
            filename: Cow::Borrowed("node:internal/loader.js"),
            source: source("internal/loader", LOADER),
        },
        Script {
            filename: Cow::Borrowed("node:internal/natives.js"),
            source: Cow::Owned(format!("__persha_lazy([{}]);\n", names.join(","))),
        },
        // Runs internal/main: globals and the host's entry points.
        Script {
            filename: Cow::Borrowed("node:internal/bootstrap.js"),
            source: Cow::Borrowed("__persha_load('internal/main');\n"),
        },
    ]
}

/// The script that defines the built-in module `name`, and its file name
/// for stack traces; `None` for a name that is no built-in.
pub fn module_source(name: &str) -> Option<Script> {
    let (name, text) = MODULES.iter().find(|(n, _)| *n == name)?;
    Some(Script {
        filename: Cow::Owned(format!("node:{name}.js")),
        source: Cow::Owned(format!(
            "(function (exports, require, module, internal) {{{}\n}})",
            source(name, text)
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loader_first_main_last_and_wrappers_keep_line_one() {
        let s = scripts();
        assert_eq!(s[0].filename, "node:internal/loader.js");
        assert!(s[1].source.contains("\"events\""));
        assert!(s.last().unwrap().source.contains("internal/main"));
        let events = module_source("events").unwrap();
        assert_eq!(events.filename, "node:events.js");
        let first = events.source.lines().next().unwrap();
        assert!(first.starts_with("(function (exports, require, module, internal) {"));
        assert!(first.ends_with("'use strict';"));
        assert!(events.source.ends_with("\n})"));
        assert!(module_source("no-such-module").is_none());
    }
}
