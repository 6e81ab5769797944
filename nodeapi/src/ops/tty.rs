//! Ops behind `tty`: raw mode on the terminal that is standard input.
//! Setting it is an act (the terminal is part of the world; the answer is
//! journaled); the host's stdin reader asks [`raw`] whether to hand over
//! bytes as they come or whole lines. The terminal's original settings are
//! kept here so that the process can put them back when it stops
//! ([`restore`]); after a restart JavaScript sets raw mode again.

use super::{OpDef, OpFn, arg_num};
use persha_engine::{HostError, Value};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

pub(super) const OPS: &[OpDef] = &[OpDef {
    name: "ttySetRawMode",
    run: OpFn::Act(set_raw_mode),
}];

static RAW: AtomicBool = AtomicBool::new(false);
static ORIGINAL: Mutex<Option<libc::termios>> = Mutex::new(None);

/// Whether standard input is in raw mode (bytes as typed, no line editing).
pub fn raw() -> bool {
    RAW.load(Ordering::SeqCst)
}

/// Put the terminal back as it was before raw mode, if it was changed.
pub fn restore() {
    if let Some(t) = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner()).take() {
        // Safe: a plain libc call on fd 0 with a termios we read from it.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &t) };
    }
    RAW.store(false, Ordering::SeqCst);
}

fn tty_error(syscall: &str) -> HostError {
    let e = std::io::Error::last_os_error();
    let code = crate::io::errno_code(e.raw_os_error().unwrap_or(libc::EIO));
    let mut err = HostError::with_code(code, format!("{syscall} {code}"));
    err.props = vec![
        ("errno".into(), Value::from(code)),
        ("syscall".into(), Value::from(syscall)),
    ];
    err
}

/// `ttySetRawMode(fd, on)`: libuv's raw mode (UV_TTY_MODE_RAW).
fn set_raw_mode(args: &[Value]) -> Result<Value, HostError> {
    let fd = arg_num("ttySetRawMode", args, 0)? as i32;
    let on = args.get(1).and_then(Value::as_bool).unwrap_or(false);
    if fd != libc::STDIN_FILENO {
        return Err(HostError::with_code(
            "EBADF",
            "setRawMode: only stdin (fd 0)",
        ));
    }
    let mut original = ORIGINAL.lock().unwrap_or_else(|e| e.into_inner());
    if !on {
        drop(original);
        restore();
        return Ok(Value::Undefined);
    }
    // Safe: termios is plain data; tcgetattr/tcsetattr only read/write it.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(tty_error("uv_tty_set_mode"));
        }
        if original.is_none() {
            *original = Some(t);
        }
        let mut raw = original.unwrap_or(t);
        raw.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        raw.c_oflag |= libc::ONLCR;
        raw.c_cflag |= libc::CS8;
        raw.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        if libc::tcsetattr(fd, libc::TCSADRAIN, &raw) != 0 {
            return Err(tty_error("uv_tty_set_mode"));
        }
    }
    RAW.store(true, Ordering::SeqCst);
    Ok(Value::Undefined)
}
