//! Reading the journal back, telling a torn tail (a crash mid-append: harmless,
//! dropped) from corruption (anything else: refused, nothing touched).

use crate::error::JournalError;
use crate::format::{
    FRAME_HEADER_LEN, HEADER_LEN, decode_header, decode_payload, parse_segment_name, peek_lsn,
};
use crate::record::Entry;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What a read of the journal found.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// Every complete record, in lsn order (from the lsn asked for, after
    /// [`read_journal_from`] or [`crate::JournalWriter::open_from`]).
    pub entries: Vec<Entry>,
    /// An incomplete last append that was (writer) or would be (reader) dropped.
    pub torn_tail: Option<TornTail>,
    /// The lsn the next appended record gets.
    pub next_lsn: u64,
    /// Bytes of the journal that hold good records (segment headers
    /// included), in the segments that were read.
    pub bytes: u64,
    /// Segment files, in order (all of them, read or not).
    pub segments: Vec<PathBuf>,
}

/// The bytes after the last complete record of the last segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TornTail {
    pub file: PathBuf,
    /// Where the good data ends (the file is truncated to this length).
    pub offset: u64,
    pub dropped_bytes: u64,
}

impl std::fmt::Display for TornTail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} bytes of an incomplete record at offset {} of {}",
            self.dropped_bytes,
            self.offset,
            self.file.display()
        )
    }
}

/// State of the last segment, which the writer continues.
#[derive(Debug)]
pub(crate) struct LastSegment {
    pub path: PathBuf,
    pub first_lsn: u64,
    /// End of the last good frame (or 0 when the header itself is incomplete).
    pub good_len: u64,
    pub header_valid: bool,
    /// Records in this segment.
    pub records: u64,
}

/// Reads the journal in `dir` without modifying anything. A missing directory
/// is an empty journal.
pub fn read_journal(dir: &Path) -> Result<Recovered, JournalError> {
    scan(dir, None).map(|(r, _)| r)
}

/// Reads the journal from record `from` on, without modifying anything.
/// Segments that end before `from` are not opened (their file names say
/// where each starts); frames of the segment holding `from` that come before
/// it are checksummed but not decoded. [`Recovered::entries`] then starts at
/// `from`, and [`Recovered::bytes`] counts the segments read. The torn tail
/// and the integrity of everything read are checked as by [`read_journal`].
pub fn read_journal_from(dir: &Path, from: u64) -> Result<Recovered, JournalError> {
    scan(dir, Some(from)).map(|(r, _)| r)
}

/// The journal's first record, reading only the first segment's header and
/// first frame (what ties a heap image to its program). `None` when the
/// journal is empty; damage is [`JournalError::Corrupt`], except that a
/// first segment too short for a record is `None` (a full read decides
/// whether that is a torn tail).
pub fn read_first_record(dir: &Path) -> Result<Option<Entry>, JournalError> {
    use std::io::Read;
    let Some((name_lsn, path)) = list_segments(dir)?.into_iter().next() else {
        return Ok(None);
    };
    let corrupt = |offset: u64, reason: String| JournalError::corrupt(&path, offset, reason);
    let mut f = fs::File::open(&path).map_err(|e| JournalError::io(&path, e))?;
    let mut head = [0u8; HEADER_LEN + FRAME_HEADER_LEN];
    let mut got = 0;
    while got < head.len() {
        match f.read(&mut head[got..]) {
            Ok(0) => return Ok(None),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(JournalError::io(&path, e)),
        }
    }
    let first_lsn = decode_header(&head[..HEADER_LEN]).map_err(|r| corrupt(0, r))?;
    if first_lsn != name_lsn {
        return Err(corrupt(
            0,
            format!("segment header says first lsn {first_lsn} but the file name says {name_lsn}"),
        ));
    }
    let frame = &head[HEADER_LEN..];
    let plen = u32::from_le_bytes(frame[..4].try_into().unwrap()) as usize;
    let crc = u32::from_le_bytes(frame[4..8].try_into().unwrap());
    let len = f.metadata().map_err(|e| JournalError::io(&path, e))?.len();
    if plen == 0 || (HEADER_LEN + FRAME_HEADER_LEN + plen) as u64 > len {
        return Ok(None);
    }
    let mut payload = vec![0u8; plen];
    f.read_exact(&mut payload)
        .map_err(|e| JournalError::io(&path, e))?;
    let at = HEADER_LEN as u64;
    if crc32fast::hash(&payload) != crc {
        return Err(corrupt(at, "checksum mismatch".into()));
    }
    let (lsn, record) = decode_payload(&payload).map_err(|r| corrupt(at, r))?;
    if lsn != first_lsn {
        return Err(corrupt(
            at,
            format!("record has lsn {lsn}, expected {first_lsn}"),
        ));
    }
    Ok(Some(Entry { lsn, record }))
}

pub(crate) fn list_segments(dir: &Path) -> Result<Vec<(u64, PathBuf)>, JournalError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(JournalError::io(dir, e)),
    };
    let mut segs = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| JournalError::io(dir, e))?;
        if let Some(lsn) = ent.file_name().to_str().and_then(parse_segment_name) {
            segs.push((lsn, ent.path()));
        }
    }
    segs.sort();
    Ok(segs)
}

/// `from`: read only from the segment holding that lsn on (see
/// [`read_journal_from`]).
pub(crate) fn scan(
    dir: &Path,
    from: Option<u64>,
) -> Result<(Recovered, Option<LastSegment>), JournalError> {
    let segs = list_segments(dir)?;
    let from = from.unwrap_or(0);
    // The last segment starting at or before `from` holds it (or the journal
    // ends before it); the ones before that are never opened.
    let skip = segs.iter().rposition(|(lsn, _)| *lsn <= from).unwrap_or(0);
    let mut entries = Vec::new();
    let mut torn_tail = None;
    let mut bytes = 0u64;
    let mut last = None;
    // The first segment may start past lsn 1 (older segments dropped after a snapshot).
    let mut expected: Option<u64> = None;

    for (i, (name_lsn, path)) in segs.iter().enumerate().skip(skip) {
        let is_last = i + 1 == segs.len();
        let data = fs::read(path).map_err(|e| JournalError::io(path, e))?;
        let len = data.len() as u64;
        let corrupt = |offset: u64, reason: String| JournalError::corrupt(path, offset, reason);
        if let Some(e) = expected
            && *name_lsn != e
        {
            return Err(corrupt(
                0,
                format!(
                    "segment starts at lsn {name_lsn} but the previous one ends before lsn {e} (records missing or duplicated)"
                ),
            ));
        }

        if data.len() < HEADER_LEN {
            // A crash while creating the segment. Segments are created complete
            // (temp file + rename), so this only comes from outside damage; still,
            // at the very end it loses no record, so treat it as torn.
            if !is_last {
                return Err(corrupt(
                    0,
                    format!("segment header is incomplete ({len} bytes)"),
                ));
            }
            if len > 0 {
                torn_tail = Some(TornTail {
                    file: path.clone(),
                    offset: 0,
                    dropped_bytes: len,
                });
            }
            last = Some(LastSegment {
                path: path.clone(),
                first_lsn: *name_lsn,
                good_len: 0,
                header_valid: false,
                records: 0,
            });
            expected = Some(*name_lsn);
            break;
        }
        let first_lsn = decode_header(&data[..HEADER_LEN]).map_err(|r| corrupt(0, r))?;
        if first_lsn != *name_lsn {
            return Err(corrupt(
                0,
                format!(
                    "segment header says first lsn {first_lsn} but the file name says {name_lsn}"
                ),
            ));
        }

        let mut pos = HEADER_LEN;
        let mut lsn = first_lsn;
        let mut records = 0u64;
        // Marks the rest of the last segment as torn, or fails as corrupt.
        let torn_or = |pos: usize, why: String, lsn: u64| -> Result<TornTail, JournalError> {
            if is_last && !later_frame_exists(&data, pos + FRAME_HEADER_LEN, lsn + 1) {
                Ok(TornTail {
                    file: path.clone(),
                    offset: pos as u64,
                    dropped_bytes: len - pos as u64,
                })
            } else {
                Err(corrupt(pos as u64, why))
            }
        };
        while pos < data.len() {
            let rem = data.len() - pos;
            if rem < FRAME_HEADER_LEN {
                let why =
                    format!("incomplete frame header ({rem} bytes) at the end of the segment");
                torn_tail = Some(torn_or(pos, why, lsn)?);
                break;
            }
            let plen = u32::from_le_bytes(data[pos..pos + 4].try_into().unwrap()) as usize;
            let crc = u32::from_le_bytes(data[pos + 4..pos + 8].try_into().unwrap());
            if plen == 0 {
                // Zero-filled tails appear when a crash extended the file but
                // lost the data; zeros followed by anything else are damage.
                if is_last && data[pos..].iter().all(|&b| b == 0) {
                    torn_tail = Some(TornTail {
                        file: path.clone(),
                        offset: pos as u64,
                        dropped_bytes: len - pos as u64,
                    });
                    break;
                }
                return Err(corrupt(pos as u64, "zero-length frame".into()));
            }
            let end = pos + FRAME_HEADER_LEN + plen;
            if end > data.len() {
                let why = format!(
                    "frame of {plen} bytes runs {} bytes past the end of the segment",
                    end - data.len()
                );
                torn_tail = Some(torn_or(pos, why, lsn)?);
                break;
            }
            let payload = &data[pos + FRAME_HEADER_LEN..end];
            let intact = crc32fast::hash(payload) == crc;
            if intact && lsn < from && peek_lsn(payload) == Some(lsn) {
                // Before the wanted part: checksummed, not decoded.
                lsn += 1;
                records += 1;
                pos = end;
                continue;
            }
            let decoded = if intact {
                decode_payload(payload)
            } else {
                Err("checksum mismatch".to_string())
            };
            match decoded {
                Ok((got, record)) if got == lsn => {
                    entries.push(Entry { lsn, record });
                    lsn += 1;
                    records += 1;
                    pos = end;
                }
                Ok((got, _)) => {
                    return Err(corrupt(
                        pos as u64,
                        format!("record has lsn {got}, expected {lsn}"),
                    ));
                }
                Err(why) => {
                    // Only the very last frame can be a torn append; a bad frame
                    // with data after it is damage.
                    if end == data.len() {
                        torn_tail = Some(torn_or(pos, why, lsn)?);
                        break;
                    }
                    return Err(corrupt(pos as u64, why));
                }
            }
        }
        bytes += pos as u64;
        expected = Some(lsn);
        last = Some(LastSegment {
            path: path.clone(),
            first_lsn,
            good_len: pos as u64,
            header_valid: true,
            records,
        });
    }
    let recovered = Recovered {
        entries,
        torn_tail,
        next_lsn: expected.unwrap_or(1),
        bytes,
        segments: segs.into_iter().map(|(_, p)| p).collect(),
    };
    Ok((recovered, last))
}

/// Whether a valid frame carrying `want_lsn` starts anywhere at or after
/// `from`. A damaged length field looks just like a torn append (a frame
/// running past the end); a torn append never has the next record after it,
/// so finding one proves damage and keeps us from silently dropping records.
fn later_frame_exists(data: &[u8], from: usize, want_lsn: u64) -> bool {
    let mut off = from;
    while off + FRAME_HEADER_LEN < data.len() {
        let plen = u32::from_le_bytes(data[off..off + 4].try_into().unwrap()) as usize;
        let start = off + FRAME_HEADER_LEN;
        if plen > 0 && start + plen <= data.len() {
            let payload = &data[start..start + plen];
            if peek_lsn(payload) == Some(want_lsn) {
                let crc = u32::from_le_bytes(data[off + 4..off + 8].try_into().unwrap());
                if crc32fast::hash(payload) == crc && decode_payload(payload).is_ok() {
                    return true;
                }
            }
        }
        off += 1;
    }
    false
}
