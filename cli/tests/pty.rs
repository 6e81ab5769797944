//! Example 1 through a pseudo-terminal, as a user types it: the terminal
//! echoes input, Ctrl-C reaches persha as SIGINT from the terminal driver.

mod common;
use common::*;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Write;
use std::time::Duration;

struct Pty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    out: Collected,
}

fn spawn(d: &Data, args: &[&str]) -> Pty {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(bin());
    cmd.args(args);
    cmd.env("PERSHA_DATA", d.dir());
    cmd.env("PERSHA_ENGINE", d.engine);
    cmd.cwd(d.tmp.path());
    let child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let out = Collected::spawn_reader(pair.master.try_clone_reader().unwrap());
    let writer = pair.master.take_writer().unwrap();
    // Keep the master open as long as the reader needs it.
    std::mem::forget(pair.master);
    Pty { child, writer, out }
}

impl Pty {
    fn typed(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }
    fn wait(&mut self) -> u32 {
        let t0 = std::time::Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.exit_code();
            }
            assert!(t0.elapsed() < LONG, "no exit; screen:\n{}", self.out.text());
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn example1_in_a_terminal(engine: &'static str) {
    let d = Data::new(engine);
    let mut p = spawn(&d, &["-init"]);
    p.out.wait_for("> ", LONG);
    p.typed("x=\"Hello World\"\r");
    p.out.wait_for("'Hello World'", LONG);
    p.out.wait_count("> ", 2, LONG);
    p.typed("\x03");
    p.out.wait_for("(^C again to quit)", LONG);
    p.typed("\x03");
    assert_eq!(p.wait(), 0);

    let mut r = spawn(&d, &["-restart"]);
    r.out.wait_for("READY", LONG);
    r.out.wait_for("> ", LONG);
    r.typed("x\r");
    let screen = r.out.wait_count("'Hello World'", 1, LONG);
    assert!(screen.contains("RECOVERING ..."), "{screen}");
    r.typed("\x04");
    assert_eq!(r.wait(), 0);
}

on_both_engines!(example1_in_a_terminal, raw_mode_survives_a_restart);

const RAW: &str = r#"
var n = 0;
process.stdin.setRawMode(true);
process.stdin.on('data', function (d) {
  n++;
  process.stdout.write('key ' + n + ' ' + d[0] + ' raw=' + process.stdin.isRaw + '\n');
  if (d[0] === 113) { // q
    process.stdin.setRawMode(false);
    process.exit(0);
  }
});
console.log('ready');
"#;

/// Keys arrive without Enter in raw mode, and after kill -9 and a restart
/// the new process puts the terminal in raw mode again by itself.
fn raw_mode_survives_a_restart(engine: &'static str) {
    let d = Data::new(engine);
    let f = d.file("raw.js", RAW);
    let mut p = spawn(&d, &["-init", f.to_str().unwrap()]);
    p.out.wait_for("ready", LONG);
    p.typed("a");
    p.out.wait_for("key 1 97 raw=true", LONG);
    p.child.kill().unwrap();
    let _ = p.child.wait();

    let mut r = spawn(&d, &["-restart"]);
    r.out.wait_for("READY", LONG);
    r.typed("b");
    r.out.wait_for("key 2 98 raw=true", LONG);
    r.typed("q");
    r.out.wait_for("key 3 113", LONG);
    assert_eq!(r.wait(), 0);
}
