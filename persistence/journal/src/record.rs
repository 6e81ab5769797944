//! The journal's record schema. Changing it changes the on-disk format: bump
//! [`crate::FORMAT_VERSION`] when you do.

use persha_engine::{HostError, Value};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Record {
    /// An input event starts turn `turn`; written (to the OS) before JavaScript sees it.
    TurnStart { turn: u64, event: Value },
    /// Result of a nondeterministic host operation inside the current turn.
    Op {
        op: String,
        result: Result<Value, HostError>,
    },
    /// Ctrl-C stopped the running JavaScript after `polls` interrupt polls since turn start.
    Interrupt { polls: u64 },
    /// Turn `turn` completed; `digest` covers the outputs it produced; `exit` is the program's exit code if it ended.
    TurnEnd {
        turn: u64,
        digest: u32,
        exit: Option<i32>,
    },
    /// Outputs of turns up to `turn` were written out (not fsynced on its own).
    Flushed { turn: u64 },
    /// A recovery is re-running the incomplete turn `turn`.
    Retry { turn: u64 },
    /// The user dropped the incomplete turn `turn` (`-restart --skip-turn`).
    Skip { turn: u64 },
}

/// A record and its position in the journal.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// 1-based position; dense and increasing across segments.
    pub lsn: u64,
    pub record: Record,
}
