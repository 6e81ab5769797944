//! Pure ops behind `buffer` and `string_decoder`: the byte ⇄ string
//! conversions of Node v0.12's encodings, done natively so that large
//! conversions never loop over bytes in JavaScript.
//!
//! Strings cross the host boundary as Rust `String`s, which cannot carry lone
//! UTF-16 surrogates (adapters turn them into U+FFFD). Where that matters the
//! ops say so and the JavaScript side (nodeapi/js/buffer.js) takes a slower
//! path of its own:
//! - decoders return a string when the result is well-formed UTF-16, else the
//!   UTF-16LE code units as bytes for JavaScript to assemble;
//! - encoders of `binary`/`ascii`/`ucs2` are only called by JavaScript with
//!   strings free of lone surrogates.

use super::{OpDef, OpFn, arg_num, arg_str};
use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "bufUtf8Encode",
        run: OpFn::Pure(utf8_encode),
    },
    OpDef {
        name: "bufUtf8Length",
        run: OpFn::Pure(utf8_length),
    },
    OpDef {
        name: "bufUtf8Decode",
        run: OpFn::Pure(utf8_decode),
    },
    OpDef {
        name: "bufLatin1Encode",
        run: OpFn::Pure(latin1_encode),
    },
    OpDef {
        name: "bufLatin1Decode",
        run: OpFn::Pure(latin1_decode),
    },
    OpDef {
        name: "bufUcs2Encode",
        run: OpFn::Pure(ucs2_encode),
    },
    OpDef {
        name: "bufUcs2Decode",
        run: OpFn::Pure(ucs2_decode),
    },
    OpDef {
        name: "bufHexEncode",
        run: OpFn::Pure(hex_encode),
    },
    OpDef {
        name: "bufHexDecode",
        run: OpFn::Pure(hex_decode),
    },
    OpDef {
        name: "bufBase64Encode",
        run: OpFn::Pure(base64_encode),
    },
    OpDef {
        name: "bufBase64Decode",
        run: OpFn::Pure(base64_decode),
    },
    OpDef {
        name: "bufBase64Length",
        run: OpFn::Pure(base64_length),
    },
];

fn arg_bytes<'a>(op: &str, args: &'a [Value], i: usize) -> Result<&'a [u8], HostError> {
    match args.get(i) {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(HostError::with_code(
            "EINVAL",
            format!("{op}: argument {i} must be a Uint8Array"),
        )),
    }
}

/// Optional numeric limit at `i` (absent, null or negative: none).
fn arg_limit(op: &str, args: &[Value], i: usize) -> Result<Option<usize>, HostError> {
    match args.get(i) {
        None | Some(Value::Undefined) | Some(Value::Null) => Ok(None),
        _ => {
            let n = arg_num(op, args, i)?;
            Ok(if n >= 0.0 { Some(n as usize) } else { None })
        }
    }
}

// ---- utf8 -------------------------------------------------------------------

/// UTF-8 bytes of a string, at most `max` of them, never splitting a
/// character (like Node's `buf.write`).
fn utf8_encode(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufUtf8Encode", args, 0)?;
    let max = arg_limit("bufUtf8Encode", args, 1)?;
    let bytes = s.as_bytes();
    let end = match max {
        Some(m) if m < bytes.len() => {
            let mut e = m;
            while e > 0 && !s.is_char_boundary(e) {
                e -= 1;
            }
            e
        }
        _ => bytes.len(),
    };
    Ok(Value::Bytes(bytes[..end].to_vec()))
}

fn utf8_length(args: &[Value]) -> Result<Value, HostError> {
    Ok(Value::Number(
        arg_str("bufUtf8Length", args, 0)?.len() as f64
    ))
}

/// UTF-16 code units of `bytes` decoded the way V8 3.28 (Node v0.12) did:
/// every byte that does not start a complete, shortest-form sequence becomes
/// one U+FFFD; 3-byte encodings of surrogates decode to those surrogates.
pub(crate) fn utf8_to_utf16_v8(bytes: &[u8]) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let b0 = bytes[i];
        if b0 < 0x80 {
            out.push(b0 as u16);
            i += 1;
            continue;
        }
        let cont = |k: usize| -> Option<u32> {
            bytes
                .get(i + k)
                .filter(|&&b| b & 0xC0 == 0x80)
                .map(|&b| (b & 0x3F) as u32)
        };
        let decoded: Option<(u32, usize)> = if b0 < 0xC0 {
            None
        } else if b0 < 0xE0 {
            cont(1)
                .map(|c1| (((b0 as u32 & 0x1F) << 6) | c1, 2))
                .filter(|&(cp, _)| cp >= 0x80)
        } else if b0 < 0xF0 {
            cont(1)
                .zip(cont(2))
                .map(|(c1, c2)| (((b0 as u32 & 0x0F) << 12) | (c1 << 6) | c2, 3))
                .filter(|&(cp, _)| cp >= 0x800)
        } else if b0 < 0xF8 {
            cont(1)
                .zip(cont(2))
                .zip(cont(3))
                .map(|((c1, c2), c3)| (((b0 as u32 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4))
                .filter(|&(cp, _)| (0x10000..=0x10FFFF).contains(&cp))
        } else {
            None
        };
        match decoded {
            Some((cp, len)) => {
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    out.push(0xD800 | (v >> 10) as u16);
                    out.push(0xDC00 | (v & 0x3FF) as u16);
                } else {
                    out.push(cp as u16);
                }
                i += len;
            }
            None => {
                out.push(0xFFFD);
                i += 1;
            }
        }
    }
    out
}

/// A string when the UTF-16 is well formed, else its code units as UTF-16LE
/// bytes (JavaScript builds the string with its lone surrogates).
fn utf16_result(units: &[u16]) -> Value {
    match String::from_utf16(units) {
        Ok(s) => Value::String(s),
        Err(_) => Value::Bytes(units.iter().flat_map(|u| u.to_le_bytes()).collect()),
    }
}

fn utf8_decode(args: &[Value]) -> Result<Value, HostError> {
    let bytes = arg_bytes("bufUtf8Decode", args, 0)?;
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Value::String(s.to_owned()));
    }
    Ok(utf16_result(&utf8_to_utf16_v8(bytes)))
}

// ---- binary / ascii -----------------------------------------------------------

/// Low byte of each UTF-16 code unit (`binary`, and `ascii`, which Node
/// v0.12 writes the same way).
fn latin1_encode(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufLatin1Encode", args, 0)?;
    let max = arg_limit("bufLatin1Encode", args, 1)?.unwrap_or(usize::MAX);
    Ok(Value::Bytes(
        s.encode_utf16().take(max).map(|u| u as u8).collect(),
    ))
}

/// Each byte as one character; with `strip` true (`ascii`) the high bit is
/// dropped first, as Node v0.12 does.
fn latin1_decode(args: &[Value]) -> Result<Value, HostError> {
    let bytes = arg_bytes("bufLatin1Decode", args, 0)?;
    let strip = args.get(1).and_then(Value::as_bool).unwrap_or(false);
    let mask = if strip { 0x7F } else { 0xFF };
    Ok(Value::String(
        bytes.iter().map(|&b| char::from(b & mask)).collect(),
    ))
}

// ---- ucs2 -------------------------------------------------------------------

fn ucs2_encode(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufUcs2Encode", args, 0)?;
    let max_units = arg_limit("bufUcs2Encode", args, 1)?.map_or(usize::MAX, |m| m / 2);
    Ok(Value::Bytes(
        s.encode_utf16()
            .take(max_units)
            .flat_map(u16::to_le_bytes)
            .collect(),
    ))
}

/// UTF-16LE; an odd trailing byte is ignored.
fn ucs2_decode(args: &[Value]) -> Result<Value, HostError> {
    let bytes = arg_bytes("bufUcs2Decode", args, 0)?;
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    Ok(match String::from_utf16(&units) {
        Ok(s) => Value::String(s),
        Err(_) => Value::Null,
    })
}

// ---- hex ----------------------------------------------------------------------

fn hex_encode(args: &[Value]) -> Result<Value, HostError> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bytes = arg_bytes("bufHexEncode", args, 0)?;
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    Ok(Value::String(s))
}

/// Pairs of hex digits, at most `max` bytes. `null` when the string holds
/// anything but hex digits (JavaScript then applies Node's exact, lenient
/// per-pair rules).
fn hex_decode(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufHexDecode", args, 0)?;
    let max = arg_limit("bufHexDecode", args, 1)?.unwrap_or(usize::MAX);
    let digits = s.as_bytes();
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return Ok(Value::Null);
    }
    let val = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
    Ok(Value::Bytes(
        digits
            .chunks_exact(2)
            .take(max)
            .map(|p| (val(p[0]) << 4) | val(p[1]))
            .collect(),
    ))
}

// ---- base64 -------------------------------------------------------------------

fn base64_encode(args: &[Value]) -> Result<Value, HostError> {
    let bytes = arg_bytes("bufBase64Encode", args, 0)?;
    Ok(Value::String(
        base64::engine::general_purpose::STANDARD.encode(bytes),
    ))
}

const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

/// Node's tolerant decoding: characters outside the alphabet are skipped,
/// the URL-safe `-` and `_` count as `+` and `/`, the first `=` ends the
/// data, and a final lone character is dropped. Of a two-byte string each
/// character's low byte counts, as in Node. At most `max` bytes result.
fn base64_decode(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufBase64Decode", args, 0)?;
    let max = arg_limit("bufBase64Decode", args, 1)?;
    let mut clean: Vec<u8> = Vec::with_capacity(s.len());
    for u in s.encode_utf16() {
        match u as u8 {
            b'=' => break,
            c @ (b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/') => clean.push(c),
            b'-' => clean.push(b'+'),
            b'_' => clean.push(b'/'),
            _ => {}
        }
    }
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    let mut out = LENIENT
        .decode(&clean)
        .map_err(|e| HostError::with_code("EINVAL", format!("bufBase64Decode: {e}")))?;
    if let Some(m) = max {
        out.truncate(m);
    }
    Ok(Value::Bytes(out))
}

/// Node's estimate of a base64 string's decoded size (`Buffer.byteLength`):
/// trailing padding aside, 3 bytes per 4 characters.
fn base64_length(args: &[Value]) -> Result<Value, HostError> {
    let s = arg_str("bufBase64Length", args, 0)?;
    let units: Vec<u16> = s.encode_utf16().collect();
    let mut size = units.len();
    if size < 2 {
        return Ok(Value::Number(0.0));
    }
    if units[size - 1] == u16::from(b'=') {
        size -= 1;
        if units[size - 1] == u16::from(b'=') {
            size -= 1;
        }
    }
    let rem = size % 4;
    let mut n = size / 4 * 3;
    if rem != 0 && !(n == 0 && rem == 1) {
        n += 1 + usize::from(rem == 3);
    }
    Ok(Value::Number(n as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: Value) -> String {
        v.as_str().unwrap().to_owned()
    }

    #[test]
    fn utf8_decode_like_v8_3_28() {
        // Each byte of a truncated sequence is its own replacement character.
        let r = utf8_decode(&[Value::Bytes(vec![0xE2, 0x82, b'a'])]).unwrap();
        assert_eq!(s(r), "\u{FFFD}\u{FFFD}a");
        // Overlong forms are rejected byte by byte.
        let r = utf8_decode(&[Value::Bytes(vec![0xC0, 0x80])]).unwrap();
        assert_eq!(s(r), "\u{FFFD}\u{FFFD}");
        // A CESU-8 surrogate pair joins into one character.
        let r = utf8_decode(&[Value::Bytes(vec![0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x9A])]).unwrap();
        assert_eq!(s(r), "\u{1F61A}");
        // A lone surrogate comes back as UTF-16LE code units.
        let r = utf8_decode(&[Value::Bytes(vec![0xED, 0xA0, 0x80])]).unwrap();
        assert_eq!(r, Value::Bytes(vec![0x00, 0xD8]));
    }

    #[test]
    fn utf8_encode_never_splits_a_character() {
        let r = utf8_encode(&["a€".into(), Value::Number(3.0)]).unwrap();
        assert_eq!(r, Value::Bytes(vec![b'a']));
    }

    #[test]
    fn base64_is_tolerant() {
        let r = base64_decode(&["aGVs\nbG8=garbage".into()]).unwrap();
        assert_eq!(r, Value::Bytes(b"hello".to_vec()));
        let r = base64_decode(&["_-8".into()]).unwrap();
        assert_eq!(r, Value::Bytes(vec![0xFF, 0xEF]));
        let r = base64_decode(&["QUJDR".into()]).unwrap();
        assert_eq!(r, Value::Bytes(b"ABC".to_vec()));
        assert_eq!(
            base64_length(&["aGVsbG8=".into()]).unwrap(),
            Value::Number(5.0)
        );
    }

    #[test]
    fn hex_and_latin1() {
        assert_eq!(
            s(hex_encode(&[Value::Bytes(vec![0, 0xAB])]).unwrap()),
            "00ab"
        );
        assert_eq!(hex_decode(&["zz".into()]).unwrap(), Value::Null);
        assert_eq!(
            s(latin1_decode(&[Value::Bytes(vec![0xE9]), Value::Bool(true)]).unwrap()),
            "i"
        );
    }
}
