//! Byte layout of segment files.
//!
//! ```text
//! segment = header frame*
//! header  = "PJRNL001" u32le(version) u64le(first_lsn) u32le(crc32 of the previous 20 bytes)
//! frame   = u32le(payload_len) u32le(crc32(payload)) payload
//! payload = postcard((lsn: u64, record: Record))
//! ```

use crate::record::Record;

pub(crate) const MAGIC: [u8; 8] = *b"PJRNL001";
/// Version of the header + frame + record encoding.
pub const FORMAT_VERSION: u32 = 1;
pub(crate) const HEADER_LEN: usize = 24;
pub(crate) const FRAME_HEADER_LEN: usize = 8;

pub(crate) fn encode_header(first_lsn: u64) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(&MAGIC);
    h[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    h[12..20].copy_from_slice(&first_lsn.to_le_bytes());
    let crc = crc32fast::hash(&h[..20]);
    h[20..24].copy_from_slice(&crc.to_le_bytes());
    h
}

/// Parses a complete header; `Err(reason)` on any mismatch.
pub(crate) fn decode_header(h: &[u8]) -> Result<u64, String> {
    if h[..8] != MAGIC {
        return Err("not a persha journal segment (bad magic bytes)".into());
    }
    let crc = u32::from_le_bytes(h[20..24].try_into().unwrap());
    if crc != crc32fast::hash(&h[..20]) {
        return Err("segment header checksum mismatch".into());
    }
    let version = u32::from_le_bytes(h[8..12].try_into().unwrap());
    if version != FORMAT_VERSION {
        return Err(format!(
            "unsupported journal format version {version} (this persha reads version {FORMAT_VERSION})"
        ));
    }
    let first_lsn = u64::from_le_bytes(h[12..20].try_into().unwrap());
    if first_lsn == 0 {
        return Err("segment header has first lsn 0 (lsns start at 1)".into());
    }
    Ok(first_lsn)
}

pub(crate) fn segment_name(first_lsn: u64) -> String {
    format!("{first_lsn:020}.seg")
}

pub(crate) fn parse_segment_name(name: &str) -> Option<u64> {
    let digits = name.strip_suffix(".seg")?;
    if digits.len() != 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

pub(crate) fn encode_frame(lsn: u64, record: &Record) -> Result<Vec<u8>, String> {
    // Serialize straight after a placeholder frame header: one allocation.
    let mut frame = postcard::to_extend(&(lsn, record), vec![0u8; FRAME_HEADER_LEN])
        .map_err(|e| format!("cannot encode record: {e}"))?;
    let payload_len = frame.len() - FRAME_HEADER_LEN;
    let len = u32::try_from(payload_len)
        .map_err(|_| format!("record too large for the journal ({payload_len} bytes)"))?;
    let crc = crc32fast::hash(&frame[FRAME_HEADER_LEN..]);
    frame[..4].copy_from_slice(&len.to_le_bytes());
    frame[4..8].copy_from_slice(&crc.to_le_bytes());
    Ok(frame)
}

/// Decodes a payload whose checksum already matched.
pub(crate) fn decode_payload(payload: &[u8]) -> Result<(u64, Record), String> {
    let (v, rest) = postcard::take_from_bytes::<(u64, Record)>(payload)
        .map_err(|e| format!("record does not decode: {e}"))?;
    if !rest.is_empty() {
        return Err(format!("{} stray bytes after the record", rest.len()));
    }
    Ok(v)
}

/// The lsn a payload starts with (postcard writes u64 as a LEB128 varint),
/// without decoding the rest; used to cheaply filter resync candidates.
pub(crate) fn peek_lsn(payload: &[u8]) -> Option<u64> {
    let mut v: u64 = 0;
    for (i, b) in payload.iter().take(10).enumerate() {
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}
