//! Reading an image back: the prelude and meta first (so a foreign image is
//! refused before anything is touched), then each extent straight into the
//! engine's memory, checksummed on the way; the engine is built only when
//! the trailer's checksum matches.

use crate::{END_MAGIC, FORMAT_VERSION, ImageError, ImageMeta, MAGIC};
use persha_engine::HeapRestore;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// An image whose prelude and meta were read.
pub struct Opened {
    pub path: PathBuf,
    pub meta: ImageMeta,
    reader: BufReader<File>,
    crc: crc32fast::Hasher,
    /// Bytes of the file not read yet.
    left: u64,
}

fn damaged(path: &Path, why: impl Into<String>) -> ImageError {
    ImageError::Damaged {
        path: path.to_path_buf(),
        why: why.into(),
    }
}

pub fn open(path: &Path) -> Result<Opened, ImageError> {
    let file = File::open(path).map_err(|e| ImageError::io(path, e))?;
    let len = file.metadata().map_err(|e| ImageError::io(path, e))?.len();
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut crc = crc32fast::Hasher::new();
    let mut prelude = [0u8; 16];
    if len < 16 + 16 + 12 {
        return Err(damaged(path, format!("only {len} bytes long")));
    }
    reader
        .read_exact(&mut prelude)
        .map_err(|e| ImageError::io(path, e))?;
    if &prelude[..8] != MAGIC {
        return Err(damaged(path, "not a persha image (bad magic bytes)"));
    }
    let version = u32::from_le_bytes(prelude[8..12].try_into().unwrap());
    if version != FORMAT_VERSION {
        return Err(ImageError::Foreign {
            path: path.to_path_buf(),
        });
    }
    let meta_len = u32::from_le_bytes(prelude[12..16].try_into().unwrap()) as u64;
    if meta_len > len - 16 {
        return Err(damaged(path, "meta runs past the end of the file"));
    }
    let mut meta = vec![0u8; meta_len as usize];
    reader
        .read_exact(&mut meta)
        .map_err(|e| ImageError::io(path, e))?;
    crc.update(&prelude);
    crc.update(&meta);
    let meta = ImageMeta::decode(&meta).ok_or_else(|| damaged(path, "meta does not decode"))?;
    Ok(Opened {
        path: path.to_path_buf(),
        meta,
        reader,
        crc,
        left: len - 16 - meta_len,
    })
}

impl Opened {
    /// Read every extent into `target` and check the whole file's checksum.
    /// On `Err`, whatever was placed is garbage: drop `target` unfinished.
    pub fn load(mut self, target: &mut dyn HeapRestore) -> Result<ImageMeta, ImageError> {
        let path = self.path.clone();
        let io = |e| ImageError::io(&path, e);
        loop {
            let mut h = [0u8; 16];
            if self.left < 16 + 12 {
                return Err(damaged(&path, "cut short (no end marker)"));
            }
            self.reader.read_exact(&mut h).map_err(io)?;
            self.left -= 16;
            self.crc.update(&h);
            let addr = u64::from_le_bytes(h[..8].try_into().unwrap());
            let len = u64::from_le_bytes(h[8..].try_into().unwrap());
            if addr == 0 && len == 0 {
                break;
            }
            if len > self.left.saturating_sub(12) {
                return Err(damaged(&path, "an extent runs past the end of the file"));
            }
            let dest = target
                .place(addr as usize, len as usize)
                .map_err(|why| damaged(&path, why))?;
            self.reader.read_exact(dest).map_err(io)?;
            self.crc.update(dest);
            self.left -= len;
        }
        let mut trailer = [0u8; 12];
        if self.left != 12 {
            return Err(damaged(&path, "bytes after the end marker"));
        }
        self.reader.read_exact(&mut trailer).map_err(io)?;
        let want = u32::from_le_bytes(trailer[..4].try_into().unwrap());
        if &trailer[4..] != END_MAGIC || want != self.crc.finalize() {
            return Err(damaged(&path, "checksum mismatch"));
        }
        Ok(self.meta)
    }
}
