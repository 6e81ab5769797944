//! The JavaScript bootstrap of the Node API, embedded in the binary.
//!
//! The host evaluates [`scripts`] in order at engine creation (the same on
//! the first run and on every replay). The first script, the loader, defines
//! `__persha_define(name, factory)`; every module file is then wrapped as
//! `__persha_define("name", function (exports, require, module, internal) {`
//! on its own first line, so the file's line numbers stay those of the
//! engine's stack traces. The last script loads `internal/main`, which
//! installs the globals and `__persha_dispatch` / `__persha_tick` /
//! `__persha_loop_state`. No script calls `$host` while bootstrapping.

use std::borrow::Cow;

/// One script to evaluate: `filename` is what stack traces show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    pub filename: &'static str,
    pub source: Cow<'static, str>,
}

/// A module file under `js/`, wrapped for the loader's registry.
macro_rules! module {
    ($name:literal) => {
        Script {
            filename: concat!("node:", $name, ".js"),
            source: Cow::Borrowed(concat!(
                "__persha_define(\"",
                $name,
                "\", function (exports, require, module, internal) {",
                include_str!(concat!("../js/", $name, ".js")),
                "\n});"
            )),
        }
    };
}

/// The bootstrap scripts, in evaluation order.
pub fn scripts() -> Vec<Script> {
    vec![
        Script {
            filename: "node:internal/loader.js",
            source: Cow::Borrowed(include_str!("../js/internal/loader.js")),
        },
        // Internal modules.
        module!("internal/errors"),
        module!("internal/determinism"),
        module!("internal/process"),
        module!("internal/main"),
        // Public built-in modules, named as Node names them.
        module!("events"),
        module!("util"),
        module!("path"),
        module!("timers"),
        module!("console"),
        module!("module"),
        module!("repl"),
        // Runs internal/main: globals and the host's entry points.
        Script {
            filename: "node:internal/bootstrap.js",
            source: Cow::Borrowed("__persha_load('internal/main');\n"),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loader_first_main_last_and_wrappers_keep_line_one() {
        let s = scripts();
        assert_eq!(s[0].filename, "node:internal/loader.js");
        assert!(s.last().unwrap().source.contains("internal/main"));
        let events = s.iter().find(|s| s.filename == "node:events.js").unwrap();
        let first = events.source.lines().next().unwrap();
        assert!(first.starts_with("__persha_define(\"events\", function ("));
        assert!(first.ends_with("'use strict';"));
        assert!(events.source.ends_with("\n});"));
    }
}
