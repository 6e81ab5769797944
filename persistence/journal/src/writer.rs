//! Appending to the journal.

use crate::error::JournalError;
use crate::format::{HEADER_LEN, encode_frame, encode_header, segment_name};
use crate::reader::{Recovered, scan};
use crate::record::Record;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// When [`JournalWriter::commit`] makes data durable (fdatasync).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FsyncPolicy {
    /// Every commit.
    #[default]
    Always,
    /// At most every [`BATCH_INTERVAL`]; call [`JournalWriter::sync_now`] when idle
    /// so the last commits do not wait for the next one.
    Batch,
    /// Never (the OS writes back when it likes); segment rolls still sync.
    Never,
}

/// Minimum time between syncs under [`FsyncPolicy::Batch`].
pub const BATCH_INTERVAL: Duration = Duration::from_millis(100);

/// Default size at which a new segment is started.
pub const DEFAULT_SEGMENT_SIZE: u64 = 64 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JournalOptions {
    pub fsync: FsyncPolicy,
    /// A segment is rolled before a record would take it past this size (a
    /// segment always holds at least one record, so a huge record may exceed it).
    pub segment_size: u64,
}

impl Default for JournalOptions {
    fn default() -> Self {
        JournalOptions {
            fsync: FsyncPolicy::default(),
            segment_size: DEFAULT_SEGMENT_SIZE,
        }
    }
}

/// Counters since the writer was opened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JournalStats {
    /// Bytes handed to the OS (frames and segment headers).
    pub bytes_written: u64,
    /// fdatasync/fsync calls on segment files and the journal directory.
    pub fsyncs: u64,
    /// Records appended.
    pub records: u64,
}

/// Appends records to the journal in a directory. Not shareable between
/// processes: the store's lock guarantees a single writer.
#[derive(Debug)]
pub struct JournalWriter {
    dir: PathBuf,
    opts: JournalOptions,
    file: File,
    path: PathBuf,
    /// Bytes of the current segment already handed to the OS; everything
    /// before this offset is whole frames.
    written_len: u64,
    /// Records in the current segment, written or buffered.
    seg_records: u64,
    buf: Vec<u8>,
    next_lsn: u64,
    unsynced: bool,
    last_sync: Instant,
    stats: JournalStats,
    /// Test hook: the next flush writes only this many bytes, then fails.
    #[cfg(test)]
    pub(crate) fail_after: Option<usize>,
}

impl JournalWriter {
    /// Opens (creating if needed) the journal in `dir` for appending, with the
    /// default segment size. See [`JournalWriter::open_with`].
    pub fn open(
        dir: &Path,
        fsync: FsyncPolicy,
    ) -> Result<(JournalWriter, Recovered), JournalError> {
        Self::open_with(
            dir,
            JournalOptions {
                fsync,
                ..JournalOptions::default()
            },
        )
    }

    /// Opens (creating if needed) the journal in `dir`, reads it back, cuts off
    /// a torn tail (reported in [`Recovered::torn_tail`]) and positions after
    /// the last good record. On corruption nothing is modified.
    pub fn open_with(
        dir: &Path,
        opts: JournalOptions,
    ) -> Result<(JournalWriter, Recovered), JournalError> {
        Self::open_inner(dir, opts, None)
    }

    /// [`JournalWriter::open_with`], reading only from record `from` on: a
    /// recovery that starts from a heap image needs nothing older, so its
    /// cost does not grow with the history (see [`crate::read_journal_from`]).
    /// Damage in the segments not read goes unnoticed here.
    pub fn open_from(
        dir: &Path,
        opts: JournalOptions,
        from: u64,
    ) -> Result<(JournalWriter, Recovered), JournalError> {
        Self::open_inner(dir, opts, Some(from))
    }

    fn open_inner(
        dir: &Path,
        opts: JournalOptions,
        from: Option<u64>,
    ) -> Result<(JournalWriter, Recovered), JournalError> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| JournalError::io(dir, e))?;
        let (recovered, last) = scan(dir, from)?;
        remove_temp_files(dir)?;

        let mut stats = JournalStats::default();
        let (file, path, written_len, seg_records) = match last {
            None => {
                let (file, path) = create_segment(dir, recovered.next_lsn)?;
                stats.bytes_written += HEADER_LEN as u64;
                stats.fsyncs += 2; // the new file and the directory
                (file, path, HEADER_LEN as u64, 0)
            }
            Some(last) => {
                let file = OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open(&last.path)
                    .map_err(|e| JournalError::io(&last.path, e))?;
                let io = |e| JournalError::io(&last.path, e);
                if !last.header_valid {
                    file.set_len(0).map_err(io)?;
                    file.write_all_at(&encode_header(last.first_lsn), 0)
                        .map_err(io)?;
                    file.sync_all().map_err(io)?;
                    (file, last.path, HEADER_LEN as u64, 0)
                } else {
                    if recovered.torn_tail.is_some() {
                        file.set_len(last.good_len).map_err(io)?;
                        file.sync_all().map_err(io)?;
                    }
                    (file, last.path, last.good_len, last.records)
                }
            }
        };
        let writer = JournalWriter {
            dir: dir.to_path_buf(),
            opts,
            file,
            path,
            written_len,
            seg_records,
            buf: Vec::new(),
            next_lsn: recovered.next_lsn,
            unsynced: false,
            last_sync: Instant::now(),
            stats,
            #[cfg(test)]
            fail_after: None,
        };
        Ok((writer, recovered))
    }

    /// Buffers `record` in memory and returns its lsn. Does I/O only when the
    /// segment is full (the old one is flushed and synced, a new one created).
    pub fn append(&mut self, record: &Record) -> Result<u64, JournalError> {
        let frame = encode_frame(self.next_lsn, record).map_err(|msg| {
            JournalError::io(&self.path, io::Error::new(io::ErrorKind::InvalidInput, msg))
        })?;
        let seg_len = self.written_len + self.buf.len() as u64;
        if self.seg_records > 0 && seg_len + frame.len() as u64 > self.opts.segment_size {
            self.roll()?;
        }
        self.buf.extend_from_slice(&frame);
        self.seg_records += 1;
        self.stats.records += 1;
        let lsn = self.next_lsn;
        self.next_lsn += 1;
        Ok(lsn)
    }

    /// Hands buffered records to the OS. On failure the file is cut back to
    /// its last whole frame (so no half frame can later read as corruption) and
    /// the records stay buffered: a later `flush` retries them.
    pub fn flush(&mut self) -> Result<(), JournalError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        match self.write_buf() {
            Ok(()) => {
                self.written_len += self.buf.len() as u64;
                self.stats.bytes_written += self.buf.len() as u64;
                self.buf.clear();
                self.unsynced = true;
                Ok(())
            }
            Err(e) => {
                // Best effort: if even this fails, the next open sees the
                // partial frame as a torn tail (it is the last thing written).
                let _ = self.file.set_len(self.written_len);
                Err(JournalError::io(&self.path, e))
            }
        }
    }

    fn write_buf(&mut self) -> io::Result<()> {
        #[cfg(test)]
        if let Some(n) = self.fail_after.take() {
            let n = n.min(self.buf.len());
            self.file.write_all_at(&self.buf[..n], self.written_len)?;
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        // pwrite at an explicit offset: after a failed, cut-back write there
        // is no file cursor left pointing past the end.
        self.file.write_all_at(&self.buf, self.written_len)
    }

    /// Flushes, then syncs as the policy says.
    pub fn commit(&mut self) -> Result<(), JournalError> {
        self.flush()?;
        match self.opts.fsync {
            FsyncPolicy::Always => self.sync(),
            FsyncPolicy::Batch if self.last_sync.elapsed() >= BATCH_INTERVAL => self.sync(),
            FsyncPolicy::Batch | FsyncPolicy::Never => Ok(()),
        }
    }

    /// Flushes and syncs now, whatever the policy.
    pub fn sync_now(&mut self) -> Result<(), JournalError> {
        self.flush()?;
        self.sync()
    }

    fn sync(&mut self) -> Result<(), JournalError> {
        if self.unsynced {
            self.file
                .sync_data()
                .map_err(|e| JournalError::io(&self.path, e))?;
            self.stats.fsyncs += 1;
            self.unsynced = false;
        }
        self.last_sync = Instant::now();
        Ok(())
    }

    /// True when committed data has not been synced yet (Batch/Never policies).
    pub fn has_unsynced(&self) -> bool {
        self.unsynced || !self.buf.is_empty()
    }

    fn roll(&mut self) -> Result<(), JournalError> {
        // Sync the full segment whatever the policy: a later segment reaching
        // the disk before an earlier one would read as corruption, not a torn tail.
        self.flush()?;
        self.sync()?;
        let (file, path) = create_segment(&self.dir, self.next_lsn)?;
        self.file = file;
        self.path = path;
        self.written_len = HEADER_LEN as u64;
        self.seg_records = 0;
        self.stats.bytes_written += HEADER_LEN as u64;
        self.stats.fsyncs += 2; // the new file and the directory
        Ok(())
    }

    /// The lsn the next appended record gets.
    pub fn next_lsn(&self) -> u64 {
        self.next_lsn
    }

    pub fn stats(&self) -> JournalStats {
        self.stats
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The current segment file and how many bytes of it were handed to the
    /// OS (buffered records not included).
    pub fn position(&self) -> (&Path, u64) {
        (&self.path, self.written_len)
    }
}

/// Creates a segment whose header is complete before it gets its name, so a
/// crash never leaves a headerless segment behind.
fn create_segment(dir: &Path, first_lsn: u64) -> Result<(File, PathBuf), JournalError> {
    let name = segment_name(first_lsn);
    let path = dir.join(&name);
    let tmp = dir.join(format!("{name}.tmp"));
    let io_tmp = |e| JournalError::io(&tmp, e);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(io_tmp)?;
    file.write_all_at(&encode_header(first_lsn), 0)
        .map_err(io_tmp)?;
    file.sync_all().map_err(io_tmp)?;
    fs::rename(&tmp, &path).map_err(|e| JournalError::io(&path, e))?;
    sync_dir(dir)?;
    Ok((file, path))
}

fn sync_dir(dir: &Path) -> Result<(), JournalError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| JournalError::io(dir, e))
}

fn remove_temp_files(dir: &Path) -> Result<(), JournalError> {
    for ent in fs::read_dir(dir).map_err(|e| JournalError::io(dir, e))? {
        let ent = ent.map_err(|e| JournalError::io(dir, e))?;
        if ent
            .file_name()
            .to_str()
            .is_some_and(|n| n.ends_with(".seg.tmp"))
        {
            fs::remove_file(ent.path()).map_err(|e| JournalError::io(ent.path(), e))?;
        }
    }
    Ok(())
}
