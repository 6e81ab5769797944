//! OS errors as Node reports them: libuv's code names (`ECONNREFUSED`) and
//! negative errno numbers; shared by the reactor and the fs ops.

use persha_engine::Value;
use std::io;

/// The libuv-style name of an errno value.
pub fn errno_code(errno: i32) -> &'static str {
    match errno {
        libc::ENOENT => "ENOENT",
        libc::EACCES => "EACCES",
        libc::EISDIR => "EISDIR",
        libc::ENOTDIR => "ENOTDIR",
        libc::EEXIST => "EEXIST",
        libc::EPERM => "EPERM",
        libc::EMFILE => "EMFILE",
        libc::ENFILE => "ENFILE",
        libc::ENOSPC => "ENOSPC",
        libc::ELOOP => "ELOOP",
        libc::ENAMETOOLONG => "ENAMETOOLONG",
        libc::ENOTEMPTY => "ENOTEMPTY",
        libc::EXDEV => "EXDEV",
        libc::EBUSY => "EBUSY",
        libc::EROFS => "EROFS",
        libc::EINVAL => "EINVAL",
        libc::EBADF => "EBADF",
        libc::EFBIG => "EFBIG",
        libc::EAGAIN => "EAGAIN",
        libc::EADDRINUSE => "EADDRINUSE",
        libc::EADDRNOTAVAIL => "EADDRNOTAVAIL",
        libc::EAFNOSUPPORT => "EAFNOSUPPORT",
        libc::ECONNREFUSED => "ECONNREFUSED",
        libc::ECONNRESET => "ECONNRESET",
        libc::ECONNABORTED => "ECONNABORTED",
        libc::EHOSTUNREACH => "EHOSTUNREACH",
        libc::ENETUNREACH => "ENETUNREACH",
        libc::ENETDOWN => "ENETDOWN",
        libc::ENOTCONN => "ENOTCONN",
        libc::ENOTSOCK => "ENOTSOCK",
        libc::EPIPE => "EPIPE",
        libc::ETIMEDOUT => "ETIMEDOUT",
        libc::EMSGSIZE => "EMSGSIZE",
        libc::ENOBUFS => "ENOBUFS",
        libc::EPROTO => "EPROTO",
        libc::EDQUOT => "EDQUOT",
        libc::EINTR => "EINTR",
        libc::EMLINK => "EMLINK",
        libc::ENODEV => "ENODEV",
        libc::ENXIO => "ENXIO",
        libc::EOVERFLOW => "EOVERFLOW",
        libc::ESPIPE => "ESPIPE",
        libc::ETXTBSY => "ETXTBSY",
        libc::ENOTTY => "ENOTTY",
        _ => "EIO",
    }
}

/// An error as the fields JavaScript builds Node's error from: `code`,
/// `errno` (negative, as libuv's) and `syscall`.
pub fn io_error_value(e: &io::Error, syscall: &str) -> Value {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        io::ErrorKind::ConnectionRefused => libc::ECONNREFUSED,
        io::ErrorKind::ConnectionReset => libc::ECONNRESET,
        io::ErrorKind::BrokenPipe => libc::EPIPE,
        io::ErrorKind::TimedOut => libc::ETIMEDOUT,
        io::ErrorKind::AddrInUse => libc::EADDRINUSE,
        io::ErrorKind::AddrNotAvailable => libc::EADDRNOTAVAIL,
        io::ErrorKind::InvalidInput => libc::EINVAL,
        _ => libc::EIO,
    });
    Value::object([
        ("code", Value::from(errno_code(errno))),
        ("errno", Value::Number(-(errno as f64))),
        ("syscall", Value::from(syscall)),
    ])
}
