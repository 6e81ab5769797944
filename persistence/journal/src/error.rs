use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal is damaged somewhere other than a torn tail. Nothing was modified.
    #[error(
        "journal file {} is corrupt at byte offset {offset}: {reason}. \
         The store was left unchanged. Restore the data directory from a backup, \
         or truncate this file to {offset} bytes and delete any later segment files \
         (losing every record after that point), then run `persha -restart`",
        file.display()
    )]
    Corrupt {
        file: PathBuf,
        offset: u64,
        reason: String,
    },

    #[error("journal I/O error on {}: {source}{}", path.display(), io_hint(source))]
    Io { path: PathBuf, source: io::Error },
}

impl JournalError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        JournalError::Io {
            path: path.into(),
            source,
        }
    }
    pub(crate) fn corrupt(
        file: impl Into<PathBuf>,
        offset: u64,
        reason: impl Into<String>,
    ) -> Self {
        JournalError::Corrupt {
            file: file.into(),
            offset,
            reason: reason.into(),
        }
    }
}

fn io_hint(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded | io::ErrorKind::FileTooLarge => {
            " (the disk is full or a size limit was hit; the unwritten records were not \
             kept on disk and the journal is still consistent: free some space and run \
             `persha -restart`)"
        }
        io::ErrorKind::PermissionDenied => " (check the permissions of the data directory)",
        _ => "",
    }
}
