//! Command-line grammar: the seed's single-dash spellings (`-init`,
//! `-restart`) and conventional subcommands, both through clap.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "persha",
    version = crate::VERSION,
    about = "A persistent JavaScript engine with Node v0.12's API.",
    long_about = "A persistent JavaScript engine with Node v0.12's API.\n\n\
        `persha -init` starts a REPL, `persha -init app.js` runs a program; after any stop \
        (Ctrl-C, kill -9, a reboot) `persha -restart` continues it where it was.\n\
        The data directory is $PERSHA_DATA, or $HOME/.persha."
)]
pub struct Cli {
    /// JavaScript engine for a new program (recorded in the store; -restart uses the recorded one)
    #[arg(long, global = true, env = "PERSHA_ENGINE", value_enum)]
    pub engine: Option<EngineName>,

    /// When the journal is forced to disk: after every turn (grouping turns that arrive together), every 100 ms, or never
    #[arg(long, global = true, value_enum, default_value_t = Fsync::Always)]
    pub fsync: Fsync,

    /// Data directory (default: $PERSHA_DATA, else $HOME/.persha)
    #[arg(long, global = true, env = "PERSHA_DATA", hide_env_values = true)]
    pub data_dir: Option<PathBuf>,

    /// Take a heap image (checkpoint) after this much JavaScript CPU time since the last one, so -restart replays only the journal after it
    #[arg(long, global = true, env = "PERSHA_CHECKPOINT_CPU_MS", value_name = "MS", default_value_t = persha_replay::DEFAULT_CPU_MS)]
    pub checkpoint_cpu_ms: u64,

    /// ... or once the journal has grown by this many bytes since the last one
    #[arg(long, global = true, env = "PERSHA_CHECKPOINT_JOURNAL_BYTES", value_name = "BYTES", default_value_t = persha_replay::DEFAULT_JOURNAL_BYTES)]
    pub checkpoint_journal_bytes: u64,

    /// Neither take nor use heap images: recovery replays the whole journal
    #[arg(long, global = true, env = "PERSHA_NO_CHECKPOINTS", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_checkpoints: bool,

    /// Print a line to stderr for each heap image written (for benchmarks)
    #[arg(long, global = true, env = "PERSHA_CHECKPOINT_TRACE", hide = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub checkpoint_trace: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Start a new program: a REPL, or SCRIPT with its arguments (also spelled -init)
    Init {
        /// Replace a store that already holds a program (its state is discarded)
        #[arg(long)]
        force: bool,
        /// Program file to run; without it, a REPL starts
        script: Option<PathBuf>,
        /// Arguments for the program (process.argv[2..])
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Continue the program in the data directory where it stopped (also spelled -restart)
    Restart {
        /// Drop the input of turn N, which never completed (the message that stopped recovery names N)
        #[arg(long, value_name = "N")]
        skip_turn: Option<u64>,
    },
    /// Describe the data directory without changing it
    Status,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineName {
    Quickjs,
    Boa,
}

impl EngineName {
    pub fn as_str(self) -> &'static str {
        match self {
            EngineName::Quickjs => "quickjs",
            EngineName::Boa => "boa",
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fsync {
    Always,
    Batch,
    Never,
}

/// Rewrite the seed's `-init` / `-restart` / `-status` into subcommands.
/// Only words before the program file count, so a program's own arguments
/// pass through untouched.
pub fn normalize(args: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen_command = false;
    for (i, a) in args.into_iter().enumerate() {
        if i > 0 && !seen_command {
            let word = match a.as_str() {
                "-init" | "--init" | "init" => Some("init"),
                "-restart" | "--restart" | "restart" => Some("restart"),
                "-status" | "--status" | "status" => Some("status"),
                _ => None,
            };
            if let Some(w) = word {
                seen_command = true;
                out.push(w.to_owned());
                continue;
            }
        }
        out.push(a);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(words: &[&str]) -> Cli {
        Cli::try_parse_from(normalize(words.iter().map(|s| s.to_string()))).unwrap()
    }

    #[test]
    fn seed_spellings_work() {
        match parse(&["persha", "-init", "app.js", "-init", "x"]).command {
            Command::Init {
                script,
                args,
                force,
            } => {
                assert_eq!(script, Some(PathBuf::from("app.js")));
                assert_eq!(args, vec!["-init", "x"]);
                assert!(!force);
            }
            c => panic!("{c:?}"),
        }
        assert!(matches!(
            parse(&["persha", "-restart"]).command,
            Command::Restart { skip_turn: None }
        ));
        assert!(matches!(
            parse(&["persha", "--engine", "boa", "-init", "--force"]).command,
            Command::Init {
                force: true,
                script: None,
                ..
            }
        ));
        assert!(matches!(
            parse(&["persha", "restart", "--skip-turn", "4"]).command,
            Command::Restart { skip_turn: Some(4) }
        ));
    }

    #[test]
    fn bad_words_are_refused() {
        let r = Cli::try_parse_from(normalize(["persha", "-frobnicate"].map(String::from)));
        assert!(r.is_err());
        let r = Cli::try_parse_from(normalize(
            ["persha", "--engine", "v8", "init"].map(String::from),
        ));
        assert!(r.is_err());
    }
}
