//! Pure ops behind `http`: parsing HTTP/1.x message heads, chunk-size lines
//! and trailers with `httparse`.
//!
//! Nothing is kept here between calls. The parser's state (what has been
//! read of the current message, how much body is left) lives in the
//! JavaScript heap (nodeapi/js/_http_common.js), so a restart between two
//! `data` events loses nothing. JavaScript hands over the bytes it has
//! buffered; each op answers `{complete:false}` when they are not enough
//! yet, `{error: 'HPE_...'}` (Node's http_parser codes) when they can never
//! be, or what it parsed and how many bytes that took.
//!
//! Strings are made from bytes one to one (latin-1), as Node v0.12's parser
//! binding made them, so any byte survives the trip.

use super::{OpDef, OpFn};
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "httpParseHead",
        run: OpFn::Pure(parse_head),
    },
    OpDef {
        name: "httpParseChunkSize",
        run: OpFn::Pure(parse_chunk_size),
    },
    OpDef {
        name: "httpParseTrailers",
        run: OpFn::Pure(parse_trailers),
    },
];

fn bytes_arg<'a>(op: &str, args: &'a [Value]) -> Result<&'a [u8], HostError> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(HostError::with_code(
            "EINVAL",
            format!("{op}: argument 0 must be a Uint8Array"),
        )),
    }
}

fn latin1(bytes: &[u8]) -> Value {
    Value::String(bytes.iter().map(|&b| b as char).collect())
}

fn incomplete() -> Value {
    Value::object([("complete", Value::Bool(false))])
}

fn error(code: &str) -> Value {
    Value::object([("error", Value::from(code))])
}

/// httparse's error as the code Node's http_parser would have given.
fn code_of(e: httparse::Error, request: bool) -> &'static str {
    use httparse::Error as E;
    match e {
        E::HeaderName | E::HeaderValue => "HPE_INVALID_HEADER_TOKEN",
        E::NewLine => "HPE_LF_EXPECTED",
        E::Status => "HPE_INVALID_STATUS",
        E::Token if request => "HPE_INVALID_METHOD",
        E::Token => "HPE_INVALID_CONSTANT",
        E::Version => "HPE_INVALID_VERSION",
        E::TooManyHeaders => "HPE_HEADER_OVERFLOW",
    }
}

/// At most one header per line: enough room for any head in `buf`.
fn header_room(buf: &[u8]) -> Vec<httparse::Header<'_>> {
    let lines = buf.iter().filter(|&&b| b == b'\n').count();
    vec![httparse::EMPTY_HEADER; lines + 1]
}

fn raw_headers(headers: &[httparse::Header<'_>]) -> Value {
    let mut out = Vec::with_capacity(headers.len() * 2);
    for h in headers {
        out.push(latin1(h.name.as_bytes()));
        out.push(latin1(h.value));
    }
    Value::Array(out)
}

/// The reason phrase, read from the status line itself: httparse drops a
/// phrase that is not UTF-8, while Node kept its bytes.
fn reason_of(buf: &[u8]) -> Value {
    let start = buf
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(0);
    let line = &buf[start..];
    let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
    let mut line = &line[..end];
    if line.last() == Some(&b'\r') {
        line = &line[..line.len() - 1];
    }
    // "HTTP/1.1 200 OK": the phrase is what follows the code and one space.
    let mut parts = line.splitn(3, |&b| b == b' ');
    let _version = parts.next();
    let _code = parts.next();
    latin1(parts.next().unwrap_or(b""))
}

/// `httpParseHead(bytes, isRequest)`: a request or status line and headers.
/// Empty lines before the start line are skipped (they may follow a body).
fn parse_head(args: &[Value]) -> Result<Value, HostError> {
    let buf = bytes_arg("httpParseHead", args)?;
    let request = matches!(args.get(1), Some(Value::Bool(true)));
    let mut room = header_room(buf);
    if request {
        let mut req = httparse::Request::new(&mut room);
        let n = match req.parse(buf) {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) => return Ok(incomplete()),
            Err(e) => return Ok(error(code_of(e, true))),
        };
        Ok(Value::object([
            ("complete", Value::Bool(true)),
            ("consumed", Value::Number(n as f64)),
            ("method", latin1(req.method.unwrap_or("").as_bytes())),
            ("url", latin1(req.path.unwrap_or("").as_bytes())),
            ("versionMajor", Value::Number(1.0)),
            (
                "versionMinor",
                Value::Number(req.version.unwrap_or(1) as f64),
            ),
            ("rawHeaders", raw_headers(req.headers)),
        ]))
    } else {
        let mut res = httparse::Response::new(&mut room);
        let n = match httparse::ParserConfig::default()
            .allow_spaces_after_header_name_in_responses(true)
            .allow_obsolete_multiline_headers_in_responses(true)
            .parse_response(&mut res, buf)
        {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) => return Ok(incomplete()),
            Err(e) => return Ok(error(code_of(e, false))),
        };
        Ok(Value::object([
            ("complete", Value::Bool(true)),
            ("consumed", Value::Number(n as f64)),
            ("statusCode", Value::Number(res.code.unwrap_or(0) as f64)),
            ("statusMessage", reason_of(&buf[..n])),
            ("versionMajor", Value::Number(1.0)),
            (
                "versionMinor",
                Value::Number(res.version.unwrap_or(1) as f64),
            ),
            ("rawHeaders", raw_headers(res.headers)),
        ]))
    }
}

/// `httpParseChunkSize(bytes)`: a chunk-size line (extensions ignored) →
/// `{consumed, size}`.
fn parse_chunk_size(args: &[Value]) -> Result<Value, HostError> {
    let buf = bytes_arg("httpParseChunkSize", args)?;
    match httparse::parse_chunk_size(buf) {
        Ok(httparse::Status::Complete((n, size))) => Ok(Value::object([
            ("complete", Value::Bool(true)),
            ("consumed", Value::Number(n as f64)),
            ("size", Value::Number(size as f64)),
        ])),
        Ok(httparse::Status::Partial) => Ok(incomplete()),
        Err(_) => Ok(error("HPE_INVALID_CHUNK_SIZE")),
    }
}

/// `httpParseTrailers(bytes)`: the trailer fields after the last chunk, up
/// to and including the empty line that ends the message.
fn parse_trailers(args: &[Value]) -> Result<Value, HostError> {
    let buf = bytes_arg("httpParseTrailers", args)?;
    let mut room = header_room(buf);
    match httparse::parse_headers(buf, &mut room) {
        Ok(httparse::Status::Complete((n, headers))) => Ok(Value::object([
            ("complete", Value::Bool(true)),
            ("consumed", Value::Number(n as f64)),
            ("rawHeaders", raw_headers(headers)),
        ])),
        Ok(httparse::Status::Partial) => Ok(incomplete()),
        Err(e) => Ok(error(code_of(e, false))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &[u8], request: bool) -> Value {
        parse_head(&[Value::Bytes(text.to_vec()), Value::Bool(request)]).unwrap()
    }

    #[test]
    fn request_head() {
        let v = head(
            b"\r\nGET /a?b HTTP/1.0\r\nHost: x\r\nX-A: \xe9\r\n\r\nbody",
            true,
        );
        assert_eq!(v.get("method"), Some(&Value::from("GET")));
        assert_eq!(v.get("url"), Some(&Value::from("/a?b")));
        assert_eq!(v.get("versionMinor"), Some(&Value::Number(0.0)));
        assert_eq!(v.get("consumed"), Some(&Value::Number(40.0)));
        assert_eq!(
            v.get("rawHeaders"),
            Some(&Value::Array(vec![
                "Host".into(),
                "x".into(),
                "X-A".into(),
                "\u{e9}".into()
            ]))
        );
    }

    #[test]
    fn partial_and_bad_heads() {
        assert_eq!(
            head(b"GET / HTTP/1.1\r\nHost:", true).get("complete"),
            Some(&Value::Bool(false))
        );
        assert!(head(b"G@T / HTTP/1.1\r\n\r\n", true).get("error").is_some());
        assert!(
            head(b"HTTP/1.1 2x0 OK\r\n\r\n", false)
                .get("error")
                .is_some()
        );
    }

    #[test]
    fn response_head_keeps_reason_bytes() {
        let v = head(b"HTTP/1.1 404 Not \xffound\r\nA: 1\r\n\r\n", false);
        assert_eq!(v.get("statusCode"), Some(&Value::Number(404.0)));
        assert_eq!(v.get("statusMessage"), Some(&Value::from("Not \u{ff}ound")));
    }

    #[test]
    fn chunks_and_trailers() {
        let v = parse_chunk_size(&[Value::Bytes(b"1a;x=y\r\nrest".to_vec())]).unwrap();
        assert_eq!(v.get("size"), Some(&Value::Number(26.0)));
        assert_eq!(v.get("consumed"), Some(&Value::Number(8.0)));
        let t = parse_trailers(&[Value::Bytes(b"X-T: 1\r\n\r\n".to_vec())]).unwrap();
        assert_eq!(t.get("consumed"), Some(&Value::Number(10.0)));
        let e = parse_trailers(&[Value::Bytes(b"\r\n".to_vec())]).unwrap();
        assert_eq!(e.get("rawHeaders"), Some(&Value::Array(vec![])));
    }
}
