//! Threads that watch the outside world and turn what they see into
//! driver inputs: standard input lines and signals.

use crossbeam_channel::Sender;
use persha_replay::{Control, Input};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// Read standard input: a line at a time (lines keep their bytes as read),
/// or, while the program has the terminal in raw mode, bytes as they come.
pub fn spawn_stdin(tx: Sender<Input>) {
    std::thread::Builder::new()
        .name("persha-stdin".into())
        .spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buf = [0u8; 4096];
            let mut line = Vec::new();
            loop {
                let n = match stdin.read(&mut buf) {
                    Ok(0) | Err(_) => {
                        if !line.is_empty() && tx.send(Input::Stdin(line)).is_err() {
                            return;
                        }
                        let _ = tx.send(Input::StdinEnd);
                        return;
                    }
                    Ok(n) => n,
                };
                line.extend_from_slice(&buf[..n]);
                let mut chunks = Vec::new();
                if persha_nodeapi::ops::tty::raw() {
                    chunks.push(std::mem::take(&mut line));
                } else {
                    // One turn per line, as typed: Ctrl-C then interrupts
                    // only the line that is running.
                    while let Some(i) = line.iter().position(|&b| b == b'\n') {
                        chunks.push(line.drain(..=i).collect());
                    }
                }
                for c in chunks {
                    if tx.send(Input::Stdin(c)).is_err() {
                        return;
                    }
                }
            }
        })
        .expect("spawn stdin thread");
}

/// Stop the process at once, without running destructors on other threads.
/// The journal already holds everything JavaScript has acted on; a turn in
/// flight is re-run by the next `-restart`.
fn stop_now(code: i32) -> ! {
    persha_nodeapi::ops::tty::restore();
    unsafe { libc::_exit(code) }
}

/// Route SIGINT/SIGTERM/SIGHUP.
pub fn spawn_signals(tx: Sender<Input>, control: Arc<Control>) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("persha-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                let busy = control.busy.load(Ordering::SeqCst);
                let code = 128 + sig;
                if sig == SIGINT && control.wants_sigint.load(Ordering::SeqCst) {
                    if !busy {
                        let _ = tx.send(Input::Sigint);
                    } else if control.can_interrupt.load(Ordering::SeqCst) {
                        // Ctrl-C at a busy REPL stops the running turn.
                        control.interrupt.store(true, Ordering::SeqCst);
                    } else {
                        eprintln!(
                            "\npersha: this engine cannot interrupt running JavaScript; stopping the process (the program is suspended: `persha -restart` continues it)"
                        );
                        stop_now(code);
                    }
                } else if busy || tx.send(Input::Stop { code }).is_err() {
                    stop_now(code);
                }
            }
        })?;
    Ok(())
}
