//! `persha status`: a read-only look at a data directory.

use crate::{JOURNAL_DIR, LOCK_FILE, Program, StoreError, read_meta, read_pid};
use persha_journal::{Record, TornTail, read_journal};
use std::fmt;
use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    /// Some process holds the lock (its pid, when it has written it yet).
    Running { pid: Option<u32> },
    /// Not running and not finished: `persha -restart` continues it.
    Suspended,
    /// The program ended with this exit code.
    Finished { code: i32 },
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            State::Running { pid: Some(pid) } => write!(f, "running (pid {pid})"),
            State::Running { pid: None } => f.write_str("running"),
            State::Suspended => f.write_str("suspended"),
            State::Finished { code } => write!(f, "finished with exit code {code}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub dir: PathBuf,
    pub engine: String,
    pub program: Program,
    pub persha_version: String,
    pub created_ms: u64,
    pub state: State,
    /// Size of the segment files on disk.
    pub journal_bytes: u64,
    pub records: u64,
    /// Completed turns (TurnEnd records).
    pub turns: u64,
    /// An incomplete last record that the next `persha -restart` drops.
    pub torn_tail: Option<TornTail>,
    /// Set when the journal could not be read (e.g. it is corrupt); the
    /// journal figures are then incomplete.
    pub journal_error: Option<String>,
}

/// Reads the state of `dir` without changing anything. The lock is only
/// probed (a shared, non-blocking attempt, released at once).
pub fn status(dir: &Path) -> Result<Status, StoreError> {
    let meta = match read_meta(dir)? {
        Some(m) => m,
        None => {
            return Err(StoreError::NotFound {
                dir: dir.to_path_buf(),
            });
        }
    };
    let j = journal_summary(dir);
    let state = match probe_lock(dir) {
        Some(pid) => State::Running { pid },
        None => j.state(),
    };
    Ok(Status {
        dir: dir.to_path_buf(),
        engine: meta.engine,
        program: meta.program,
        persha_version: meta.persha_version,
        created_ms: meta.created_ms,
        state,
        journal_bytes: j.bytes,
        records: j.records,
        turns: j.turns,
        torn_tail: j.torn_tail,
        journal_error: j.error,
    })
}

/// `Some(pid)` when another open file description holds the lock.
fn probe_lock(dir: &Path) -> Option<Option<u32>> {
    let file = File::open(dir.join(LOCK_FILE)).ok()?;
    match file.try_lock_shared() {
        // Dropping `file` releases our probe immediately.
        Ok(()) => None,
        Err(TryLockError::WouldBlock) => Some(read_pid(&file)),
        Err(TryLockError::Error(_)) => None,
    }
}

#[derive(Debug, Default)]
pub(crate) struct JournalSummary {
    pub bytes: u64,
    pub records: u64,
    pub turns: u64,
    pub exit: Option<i32>,
    pub torn_tail: Option<TornTail>,
    pub error: Option<String>,
}

impl JournalSummary {
    /// State when nobody holds the lock.
    pub fn state(&self) -> State {
        match self.exit {
            Some(code) => State::Finished { code },
            None => State::Suspended,
        }
    }
}

pub(crate) fn journal_summary(dir: &Path) -> JournalSummary {
    let jdir = dir.join(JOURNAL_DIR);
    let bytes = fs::read_dir(&jdir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_str().is_some_and(|n| n.ends_with(".seg")))
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    let mut s = JournalSummary {
        bytes,
        ..Default::default()
    };
    match read_journal(&jdir) {
        Ok(r) => {
            s.records = r.entries.len() as u64;
            let mut last_exit = None;
            for e in &r.entries {
                if let Record::TurnEnd { exit, .. } = e.record {
                    s.turns += 1;
                    last_exit = exit;
                }
            }
            s.exit = last_exit;
            s.torn_tail = r.torn_tail;
        }
        Err(e) => s.error = Some(e.to_string()),
    }
    s
}

pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// "3h 12m ago", coarse and human.
pub(crate) fn ago(now_ms: u64, then_ms: u64) -> String {
    let Some(secs) = now_ms.checked_sub(then_ms).map(|ms| ms / 1000) else {
        return "in the future (clock changed?)".to_string();
    };
    let (d, h, m, s) = (secs / 86400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    if d > 0 {
        format!("{d}d {h}h ago")
    } else if h > 0 {
        format!("{h}h {m}m ago")
    } else if m > 0 {
        format!("{m}m {s}s ago")
    } else {
        format!("{s}s ago")
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "directory: {}", self.dir.display())?;
        writeln!(f, "program:   {}", self.program)?;
        writeln!(f, "engine:    {}", self.engine)?;
        writeln!(f, "state:     {}", self.state)?;
        writeln!(f, "created:   {}", ago(now_ms(), self.created_ms))?;
        write!(
            f,
            "journal:   {} turns, {} records, {} bytes",
            self.turns, self.records, self.journal_bytes
        )?;
        if let Some(t) = &self.torn_tail {
            write!(
                f,
                "\ntorn tail: {t} (dropped at the next `persha -restart`)"
            )?;
        }
        if let Some(e) = &self.journal_error {
            write!(f, "\nproblem:   {e}")?;
        }
        Ok(())
    }
}
