//! Threads that watch the outside world and turn what they see into
//! driver inputs: standard input lines and signals.

use crossbeam_channel::Sender;
use persha_replay::{Control, Input};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// Read standard input a line at a time (lines keep their bytes as read).
pub fn spawn_stdin(tx: Sender<Input>) {
    std::thread::Builder::new()
        .name("persha-stdin".into())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match lock.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => {
                        let _ = tx.send(Input::StdinEnd);
                        return;
                    }
                    Ok(_) => {
                        if tx.send(Input::Stdin(buf.clone())).is_err() {
                            return;
                        }
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
