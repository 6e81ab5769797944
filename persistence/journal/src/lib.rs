//! persha's write-ahead journal: a directory of append-only segment files of
//! framed, checksummed records (byte layout: `src/format.rs`).
//!
//! [`JournalWriter::open`] reads the journal back, drops a torn tail (the
//! incomplete last append of a crashed process) and appends after it;
//! [`read_journal`] reads without touching anything. [`JournalWriter::open_from`]
//! and [`read_journal_from`] read only from a given record on (recovery from
//! a heap image), [`read_first_record`] just the first record. Any other damage is
//! [`JournalError::Corrupt`] and leaves the files as they are.

mod error;
mod format;
mod reader;
mod record;
mod writer;

pub use error::JournalError;
pub use format::FORMAT_VERSION;
pub use reader::{Recovered, TornTail, read_first_record, read_journal, read_journal_from};
pub use record::{Entry, Record};
pub use writer::{
    BATCH_INTERVAL, DEFAULT_SEGMENT_SIZE, FsyncPolicy, JournalOptions, JournalStats, JournalWriter,
};

#[cfg(test)]
mod tests;
