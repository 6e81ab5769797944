//! Heap-image files: a cache of an engine's whole memory at a journal
//! position, so recovery can start there instead of replaying from the
//! first turn. The journal stays the only copy of the program's state; an
//! image that is missing, damaged or written by another binary is skipped.
//!
//! ```text
//! file    = prelude meta extent* end trailer
//! prelude = "PSHAIMG1" u32le(FORMAT_VERSION) u32le(meta_len)
//! meta    = u64le(lsn) u64le(turn) u64le(created_ms)
//!           u32le(n) identity[n] u32le(m) driver[m]
//! extent  = u64le(addr) u64le(len) bytes[len]      (only pages holding data)
//! end     = u64le(0) u64le(0)
//! trailer = u32le(crc32 of every byte before it) "PSHAEND1"
//! ```
//!
//! Files are `images/<lsn, 20 digits>.img`, written by a forked child into a
//! temporary name, fsynced, renamed, and the directory fsynced
//! ([`write::spawn`]); the previous image is removed only after that
//! ([`prune`]).

mod read;
mod write;

pub use read::{Opened, open};
pub use write::{Finished, Pending, spawn};

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const FORMAT_VERSION: u32 = 1;
pub(crate) const MAGIC: &[u8; 8] = b"PSHAIMG1";
pub(crate) const END_MAGIC: &[u8; 8] = b"PSHAEND1";
pub(crate) const PAGE: usize = 4096;

/// Images kept: the newest, and the one before it in case the newest turns
/// out damaged.
pub const KEEP: usize = 2;

#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// The file is not a whole, intact image.
    #[error("{path} is damaged: {why}")]
    Damaged { path: PathBuf, why: String },
    /// Intact, but this binary cannot load it.
    #[error("{path} was written by another build of persha")]
    Foreign { path: PathBuf },
}

impl ImageError {
    pub(crate) fn io(path: &Path, source: io::Error) -> Self {
        ImageError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// What an image says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageMeta {
    /// The image holds the effect of journal records `1..=lsn` exactly.
    pub lsn: u64,
    /// The last turn those records complete.
    pub turn: u64,
    pub created_ms: u64,
    /// Who can load it (engine, memory layout, executable build-id).
    pub identity: Vec<u8>,
    /// The driver's own state at that point, in its own encoding.
    pub driver: Vec<u8>,
}

impl ImageMeta {
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(32 + self.identity.len() + self.driver.len());
        b.extend_from_slice(&self.lsn.to_le_bytes());
        b.extend_from_slice(&self.turn.to_le_bytes());
        b.extend_from_slice(&self.created_ms.to_le_bytes());
        for part in [&self.identity, &self.driver] {
            b.extend_from_slice(&(part.len() as u32).to_le_bytes());
            b.extend_from_slice(part);
        }
        b
    }

    pub(crate) fn decode(b: &[u8]) -> Option<ImageMeta> {
        let u64_at = |at: usize| Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?));
        let (lsn, turn, created_ms) = (u64_at(0)?, u64_at(8)?, u64_at(16)?);
        let mut at = 24;
        let mut part = || {
            let n = u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize;
            let v = b.get(at + 4..at + 4 + n)?.to_vec();
            at += 4 + n;
            Some(v)
        };
        let identity = part()?;
        let driver = part()?;
        Some(ImageMeta {
            lsn,
            turn,
            created_ms,
            identity,
            driver,
        })
    }
}

pub fn file_name(lsn: u64) -> String {
    format!("{lsn:020}.img")
}

fn parse_name(name: &str) -> Option<u64> {
    let digits = name.strip_suffix(".img")?;
    (digits.len() == 20 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Images in `dir`, newest (highest lsn) first. A missing directory has none.
pub fn list(dir: &Path) -> Result<Vec<(u64, PathBuf)>, ImageError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(ImageError::io(dir, e)),
    };
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| ImageError::io(dir, e))?;
        if let Some(lsn) = ent.file_name().to_str().and_then(parse_name) {
            out.push((lsn, ent.path()));
        }
    }
    out.sort_by_key(|e| std::cmp::Reverse(e.0));
    Ok(out)
}

/// Keep the `keep` newest images and remove the rest, with temporary files
/// that no live writer owns (a writer killed half-way leaves one).
/// `writing` names the temporary file of a write in progress, if any.
pub fn prune(dir: &Path, keep: usize, writing: Option<&Path>) -> Result<usize, ImageError> {
    let mut removed = 0;
    for (_, path) in list(dir)?.into_iter().skip(keep) {
        fs::remove_file(&path).map_err(|e| ImageError::io(&path, e))?;
        removed += 1;
    }
    if let Ok(rd) = fs::read_dir(dir) {
        for ent in rd.flatten() {
            let p = ent.path();
            let is_tmp = ent
                .file_name()
                .to_str()
                .is_some_and(|n| n.ends_with(".img.tmp"));
            if is_tmp && Some(p.as_path()) != writing {
                let _ = fs::remove_file(&p);
            }
        }
    }
    if removed > 0 {
        sync_dir(dir)?;
    }
    Ok(removed)
}

/// Remove every image (a store started anew).
pub fn remove_all(dir: &Path) -> Result<(), ImageError> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(ImageError::io(dir, e)),
        _ => Ok(()),
    }
}

pub(crate) fn sync_dir(dir: &Path) -> Result<(), ImageError> {
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| ImageError::io(dir, e))
}

#[cfg(test)]
mod tests;
