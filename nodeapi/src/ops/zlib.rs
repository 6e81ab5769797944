//! Ops behind `zlib`: whole-buffer compression and decompression with
//! `flate2` (Pure: a zlib stream's input is kept in the JavaScript heap until
//! it ends, so nothing lives in Rust between calls and a restart mid-stream
//! loses nothing).

use super::{OpDef, OpFn, arg_num, arg_str};
use flate2::Compression;
use persha_engine::{HostError, Value};
use std::io::{Read, Write};

pub(super) const OPS: &[OpDef] = &[OpDef {
    name: "zlibProcess",
    run: OpFn::Pure(zlib_process),
}];

/// zlib's return codes, as Node's `errno` and `code`.
fn zerr(code: &str, errno: i32, message: &str) -> HostError {
    let mut e = HostError::with_code(code, message);
    e.props = vec![("errno".into(), Value::Number(errno as f64))];
    e
}

fn decode_error(e: std::io::Error) -> HostError {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        zerr("Z_BUF_ERROR", -5, "unexpected end of file")
    } else {
        zerr("Z_DATA_ERROR", -3, "invalid stored block lengths")
    }
}

/// zlib checks a stream's header before anything else, and says so.
fn header_ok(mode: &str, data: &[u8]) -> bool {
    let zlib = |d: &[u8]| {
        d.len() < 2 || (d[0] & 0x0f == 8 && (u16::from(d[0]) << 8 | u16::from(d[1])) % 31 == 0)
    };
    let gzip = |d: &[u8]| d.is_empty() || d.starts_with(&[0x1f, 0x8b][..d.len().min(2)]);
    match mode {
        "Inflate" => zlib(data),
        "Gunzip" => gzip(data),
        "Unzip" => gzip(data) || zlib(data),
        _ => true,
    }
}

/// `zlibProcess(mode, data, level)`: mode is one of Node's classes
/// (`Deflate`, `Inflate`, `Gzip`, `Gunzip`, `DeflateRaw`, `InflateRaw`,
/// `Unzip`); level -1 means the default.
fn zlib_process(args: &[Value]) -> Result<Value, HostError> {
    let mode = arg_str("zlibProcess", args, 0)?;
    let data: &[u8] = match args.get(1) {
        Some(Value::Bytes(b)) => b,
        _ => &[],
    };
    let level = arg_num("zlibProcess", args, 2).unwrap_or(-1.0);
    let level = if (0.0..=9.0).contains(&level) {
        Compression::new(level as u32)
    } else {
        Compression::default()
    };
    if !header_ok(mode, data) {
        return Err(zerr("Z_DATA_ERROR", -3, "incorrect header check"));
    }
    let out = match mode {
        "Deflate" => encode(flate2::write::ZlibEncoder::new(Vec::new(), level), data),
        "Gzip" => encode(flate2::write::GzEncoder::new(Vec::new(), level), data),
        "DeflateRaw" => encode(flate2::write::DeflateEncoder::new(Vec::new(), level), data),
        "Inflate" => decode(flate2::read::ZlibDecoder::new(data)),
        "Gunzip" => decode(flate2::read::GzDecoder::new(data)),
        "InflateRaw" => decode(flate2::read::DeflateDecoder::new(data)),
        // Unzip: gzip or zlib, by the header.
        "Unzip" if data.starts_with(&[0x1f, 0x8b]) => decode(flate2::read::GzDecoder::new(data)),
        "Unzip" => decode(flate2::read::ZlibDecoder::new(data)),
        _ => {
            return Err(HostError::with_code(
                "EINVAL",
                format!("zlibProcess: unknown mode '{mode}'"),
            ));
        }
    }?;
    Ok(Value::Bytes(out))
}

trait Finish: Write {
    fn done(self) -> std::io::Result<Vec<u8>>;
}
impl Finish for flate2::write::ZlibEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}
impl Finish for flate2::write::GzEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}
impl Finish for flate2::write::DeflateEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}

fn encode(mut enc: impl Finish, data: &[u8]) -> Result<Vec<u8>, HostError> {
    enc.write_all(data)
        .and_then(|_| enc.done())
        .map_err(|e| HostError::new(format!("zlib: {e}")))
}

fn decode(mut dec: impl Read) -> Result<Vec<u8>, HostError> {
    let mut out = Vec::new();
    dec.read_to_end(&mut out).map_err(decode_error)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(mode: &str, data: &[u8]) -> Result<Vec<u8>, HostError> {
        match zlib_process(&[
            mode.into(),
            Value::Bytes(data.to_vec()),
            Value::Number(-1.0),
        ])? {
            Value::Bytes(b) => Ok(b),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn round_trips_and_errors() {
        let text = b"hello hello hello hello".repeat(20);
        for (enc, dec) in [
            ("Deflate", "Inflate"),
            ("Gzip", "Gunzip"),
            ("DeflateRaw", "InflateRaw"),
            ("Gzip", "Unzip"),
            ("Deflate", "Unzip"),
        ] {
            let c = run(enc, &text).unwrap();
            assert!(c.len() < text.len());
            assert_eq!(run(dec, &c).unwrap(), text);
        }
        let err = run("Inflate", b"not zlib at all").unwrap_err();
        assert_eq!(err.code.as_deref(), Some("Z_DATA_ERROR"));
        assert_eq!(err.message, "incorrect header check");
        let gz = run("Gzip", &text).unwrap();
        let err = run("Gunzip", &gz[..gz.len() / 2]).unwrap_err();
        assert_eq!(err.message, "unexpected end of file");
    }
}
