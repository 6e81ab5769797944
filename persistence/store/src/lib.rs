//! persha's data directory: where it is, who owns it (an exclusive `flock`
//! that dies with its process), what program it holds (`store.json`) and the
//! journal it keeps.
//!
//! ```text
//! <dir>/store.json   metadata (StoreMeta, JSON)
//! <dir>/lock         flock target; holds the owner's pid
//! <dir>/journal/     journal segments (persha-journal)
//! ```

mod status;

pub use status::{State, Status, status};

use persha_journal::{JournalError, read_journal};
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Version of the `store.json` layout and directory structure.
pub const STORE_FORMAT: u32 = 1;

const META_FILE: &str = "store.json";
const LOCK_FILE: &str = "lock";
const JOURNAL_DIR: &str = "journal";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreMeta {
    pub format: u32,
    pub persha_version: String,
    pub engine: String,
    pub program: Program,
    /// Milliseconds since the Unix epoch at `persha -init`.
    pub created_ms: u64,
    pub argv: Vec<String>,
    pub cwd: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Program {
    Repl,
    Script { path: String },
}

impl std::fmt::Display for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Program::Repl => f.write_str("the REPL"),
            Program::Script { path } => write!(f, "script {path}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "no data directory: neither PERSHA_DATA nor HOME is set; set PERSHA_DATA to the directory persha should use"
    )]
    NoDataDir,

    #[error(
        "no persha program in {} to restart; start one with `persha -init [app.js]`",
        dir.display()
    )]
    NotFound { dir: PathBuf },

    #[error("{}", locked_message(dir, *pid))]
    Locked { dir: PathBuf, pid: Option<u32> },

    #[error(
        "{} already holds a persha program ({description}); continue it with `persha -restart`, \
         or discard it and start over with `persha -init --force`",
        dir.display()
    )]
    AlreadyExists { dir: PathBuf, description: String },

    #[error(
        "{} is unreadable: {reason}; fix or restore it from a backup, or discard the program \
         with `persha -init --force`",
        file.display()
    )]
    BadMeta { file: PathBuf, reason: String },

    #[error("I/O error on {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },

    #[error(transparent)]
    Journal(#[from] JournalError),
}

fn locked_message(dir: &Path, pid: Option<u32>) -> String {
    let who = match pid {
        Some(pid) => format!("another persha (pid {pid})"),
        None => "another persha".to_string(),
    };
    format!(
        "{who} is running on {}; stop it first (Ctrl-C, or `kill` the pid), or use another data directory with PERSHA_DATA",
        dir.display()
    )
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// `$PERSHA_DATA` if set and non-empty, else `$HOME/.persha`.
pub fn default_data_dir() -> Result<PathBuf, StoreError> {
    data_dir_from(std::env::var_os("PERSHA_DATA"), std::env::var_os("HOME"))
}

fn data_dir_from(
    persha_data: Option<OsString>,
    home: Option<OsString>,
) -> Result<PathBuf, StoreError> {
    match (persha_data, home) {
        (Some(d), _) if !d.is_empty() => Ok(PathBuf::from(d)),
        (_, Some(h)) if !h.is_empty() => Ok(PathBuf::from(h).join(".persha")),
        _ => Err(StoreError::NoDataDir),
    }
}

/// An open data directory, exclusively locked for as long as this value lives.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    meta: StoreMeta,
    /// Holding the open file holds the flock; the OS drops it when the process dies.
    _lock: File,
}

impl Store {
    /// Starts a new program in `dir` (created 0700 if missing). Refuses when
    /// a program is already there unless `force`, which discards it.
    pub fn create(dir: &Path, meta: StoreMeta, force: bool) -> Result<Store, StoreError> {
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io_err(dir))?;
        let lock = lock(dir)?;
        if let Some(description) = existing(dir)? {
            if !force {
                return Err(StoreError::AlreadyExists {
                    dir: dir.to_path_buf(),
                    description,
                });
            }
            // Only under the lock: nobody else can be using these files.
            remove_if_exists(&dir.join(META_FILE))?;
            let journal = dir.join(JOURNAL_DIR);
            match fs::remove_dir_all(&journal) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err(&journal)(e)),
                _ => {}
            }
            sync_dir(dir)?;
        }
        write_meta(dir, &meta)?;
        let journal = dir.join(JOURNAL_DIR);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&journal)
            .map_err(io_err(&journal))?;
        sync_dir(dir)?;
        Ok(Store {
            dir: dir.to_path_buf(),
            meta,
            _lock: lock,
        })
    }

    /// Opens the program in `dir` to continue it.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        if !dir.is_dir() {
            return Err(StoreError::NotFound {
                dir: dir.to_path_buf(),
            });
        }
        let lock = lock(dir)?;
        let meta = match read_meta(dir)? {
            Some(meta) => meta,
            None if journal_is_empty(dir) => {
                return Err(StoreError::NotFound {
                    dir: dir.to_path_buf(),
                });
            }
            None => {
                return Err(StoreError::BadMeta {
                    file: dir.join(META_FILE),
                    reason: "the file is missing but a journal exists".into(),
                });
            }
        };
        Ok(Store {
            dir: dir.to_path_buf(),
            meta,
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn meta(&self) -> &StoreMeta {
        &self.meta
    }

    pub fn journal_dir(&self) -> PathBuf {
        self.dir.join(JOURNAL_DIR)
    }
}

/// Takes the exclusive lock on `<dir>/lock` without waiting and records our pid.
fn lock(dir: &Path) -> Result<File, StoreError> {
    let path = dir.join(LOCK_FILE);
    // No truncation before locking: that would erase the owner's pid.
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(io_err(&path))?;
    // A lock can be held for an instant by someone who is not running the
    // store: `persha status` probing it, or a process forked by the owner's
    // parent between fork and exec. Only a lock that stays is a refusal.
    let mut tries = 0;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if tries < 10 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    dir: dir.to_path_buf(),
                    pid: read_pid(&file),
                });
            }
            Err(TryLockError::Error(e)) => return Err(io_err(&path)(e)),
        }
    }
    let pid = format!("{}\n", std::process::id());
    file.set_len(0).map_err(io_err(&path))?;
    file.write_all_at(pid.as_bytes(), 0)
        .map_err(io_err(&path))?;
    Ok(file)
}

pub(crate) fn read_pid(mut file: &File) -> Option<u32> {
    let mut s = String::new();
    file.read_to_string(&mut s).ok()?;
    s.trim().parse().ok()
}

/// `Ok(None)` when there is no store.json.
pub(crate) fn read_meta(dir: &Path) -> Result<Option<StoreMeta>, StoreError> {
    let file = dir.join(META_FILE);
    let text = match fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(StoreError::BadMeta {
                file,
                reason: e.to_string(),
            });
        }
    };
    let meta: StoreMeta = serde_json::from_str(&text).map_err(|e| StoreError::BadMeta {
        file: file.clone(),
        reason: format!("not valid store metadata: {e}"),
    })?;
    if meta.format != STORE_FORMAT {
        return Err(StoreError::BadMeta {
            file,
            reason: format!(
                "store format {} is not supported by this persha (format {STORE_FORMAT}); use the persha version that created it ({})",
                meta.format, meta.persha_version
            ),
        });
    }
    Ok(Some(meta))
}

/// Temp file, fsync, rename, fsync dir: store.json is always whole.
fn write_meta(dir: &Path, meta: &StoreMeta) -> Result<(), StoreError> {
    let tmp = dir.join(format!("{META_FILE}.tmp"));
    let mut json = serde_json::to_vec_pretty(meta).expect("StoreMeta serializes");
    json.push(b'\n');
    let f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(io_err(&tmp))?;
    f.write_all_at(&json, 0).map_err(io_err(&tmp))?;
    f.sync_all().map_err(io_err(&tmp))?;
    let file = dir.join(META_FILE);
    fs::rename(&tmp, &file).map_err(io_err(&file))?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

fn remove_if_exists(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(path)(e)),
        _ => Ok(()),
    }
}

fn journal_is_empty(dir: &Path) -> bool {
    matches!(read_journal(&dir.join(JOURNAL_DIR)), Ok(r) if r.entries.is_empty() && r.torn_tail.is_none())
}

/// What is in `dir` (called under its lock), or `None` when it holds no program.
fn existing(dir: &Path) -> Result<Option<String>, StoreError> {
    let meta = match read_meta(dir) {
        Ok(m) => m,
        Err(StoreError::BadMeta { reason, .. }) => {
            return Ok(Some(format!("an unreadable {META_FILE}: {reason}")));
        }
        Err(e) => return Err(e),
    };
    if meta.is_none() && journal_is_empty(dir) {
        return Ok(None);
    }
    let j = status::journal_summary(dir);
    let mut d = match &meta {
        Some(m) => format!("{} on engine {}", m.program, m.engine),
        None => format!("a journal without {META_FILE}"),
    };
    d.push_str(&format!(", {} after {} turns", j.state(), j.turns));
    if let Some(m) = &meta {
        d.push_str(&format!(
            ", created {}",
            status::ago(status::now_ms(), m.created_ms)
        ));
    }
    Ok(Some(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_resolution() {
        let some = |s: &str| Some(OsString::from(s));
        assert_eq!(
            data_dir_from(some("/d"), some("/h")).unwrap(),
            PathBuf::from("/d")
        );
        assert_eq!(
            data_dir_from(some(""), some("/h")).unwrap(),
            PathBuf::from("/h/.persha")
        );
        assert_eq!(
            data_dir_from(None, some("/h")).unwrap(),
            PathBuf::from("/h/.persha")
        );
        let err = data_dir_from(some(""), None).unwrap_err();
        assert!(matches!(err, StoreError::NoDataDir));
        assert!(err.to_string().contains("PERSHA_DATA"));
        assert!(data_dir_from(None, some("")).is_err());
    }

    #[test]
    fn ago_formats() {
        let h = 3_600_000;
        assert_eq!(status::ago(10_000, 10_000), "0s ago");
        assert_eq!(status::ago(125_000, 0), "2m 5s ago");
        assert_eq!(status::ago(3 * h + 12 * 60_000 + 999, 0), "3h 12m ago");
        assert_eq!(status::ago(50 * h, 0), "2d 2h ago");
        assert!(status::ago(0, 5000).contains("future"));
    }
}
