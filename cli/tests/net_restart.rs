//! What a restart does to live network resources: servers listen again on
//! their address (an ephemeral port stays the same; a Unix socket path left
//! by the dead process is reclaimed), and connections that existed before
//! the stop report an 'ERESTARTED' error and close.

mod common;

use common::{Data, LONG};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::time::Duration;

const SERVER: &str = r#"
var net = require('net');
var n = 0;
var server = net.createServer(function (c) {
  var me = ++n;
  console.log('conn ' + me);
  c.on('data', function (d) { c.write('echo ' + me + ' ' + d); });
  c.on('error', function (e) {
    console.log('conn ' + me + ' error ' + e.code + ' ' + e.syscall + ' ' + (e.restarted === true));
  });
  c.on('close', function (hadError) { console.log('conn ' + me + ' close ' + hadError); });
});
server.listen(process.argv[2] === 'pipe' ? process.argv[3] : 0, '127.0.0.1', function () {
  console.log('listening ' + JSON.stringify(server.address()));
});
"#;

fn roundtrip(s: &mut impl ReadWrite, msg: &str) -> String {
    s.write_all(msg.as_bytes()).unwrap();
    let mut buf = [0u8; 100];
    let n = s.read(&mut buf).unwrap();
    String::from_utf8_lossy(&buf[..n]).into_owned()
}

trait ReadWrite: Read + Write {}
impl<T: Read + Write> ReadWrite for T {}

fn tcp_server_relistens_and_connections_report_the_restart(engine: &'static str) {
    let data = Data::new(engine);
    let app = data.file("server.js", SERVER);
    let mut s = data.spawn(&["-init", app.to_str().unwrap()]);
    let out = s.out.wait_for("listening", LONG);
    let addr: String = out.lines().find(|l| l.starts_with("listening")).unwrap()[10..].into();
    let port: u16 = addr
        .split("\"port\":")
        .nth(1)
        .unwrap()
        .trim_end_matches('}')
        .parse()
        .unwrap();
    let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
    assert_eq!(roundtrip(&mut c, "a"), "echo 1 a");
    s.kill9();
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());

    let s = data.spawn(&["-restart"]);
    s.err.wait_for("READY", LONG);
    // The connection from before the stop is gone, and the program hears so.
    s.out.wait_for("conn 1 error ERESTARTED read true", LONG);
    s.out.wait_for("conn 1 close true", LONG);
    // The ephemeral port is the server's for good.
    let mut c2 = TcpStream::connect(("127.0.0.1", port)).unwrap();
    assert_eq!(roundtrip(&mut c2, "b"), "echo 2 b");
    let mut rest = Vec::new();
    c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    // The old client's peer died with the process: reset or end of stream.
    let old = c.read_to_end(&mut rest);
    assert!(
        old.is_err() || rest.is_empty(),
        "old connection still answered: {rest:?}"
    );
}

fn pipe_server_reclaims_its_path(engine: &'static str) {
    let data = Data::new(engine);
    let app = data.file("server.js", SERVER);
    let path = data.tmp.path().join("s.sock");
    let p = path.to_str().unwrap();
    let mut s = data.spawn(&["-init", app.to_str().unwrap(), "pipe", p]);
    s.out.wait_for("listening", LONG);
    let mut c = UnixStream::connect(&path).unwrap();
    assert_eq!(roundtrip(&mut c, "x"), "echo 1 x");
    s.kill9();
    // The dead process left its socket file behind.
    assert!(path.exists());
    let s = data.spawn(&["-restart"]);
    s.err.wait_for("READY", LONG);
    s.out.wait_for("conn 1 close true", LONG);
    let mut c2 = UnixStream::connect(&path).unwrap();
    assert_eq!(roundtrip(&mut c2, "y"), "echo 2 y");
}

/// A turn cut short by kill -9 is re-run before the 'restart' event; a bind
/// in it must still meet the old process's servers (listening again first).
const RERUN_BIND: &str = r#"
var fs = require('fs');
var net = require('net');
var a = net.createServer();
a.listen(0, '127.0.0.1', function () {
  var port = a.address().port;
  setTimeout(function () {
    fs.writeFileSync(process.argv[2], 'binding');
    var b = net.createServer();
    b.on('error', function (e) { console.log('b error ' + e.code); a.close(); });
    b.listen(port, '127.0.0.1', function () { console.log('b listened on a taken port'); });
    var end = Date.now() + 1500;
    while (Date.now() < end) {}
  }, 20);
});
"#;

fn a_bind_in_a_rerun_turn_meets_the_old_servers(engine: &'static str) {
    let data = Data::new(engine);
    let app = data.file("rerun.js", RERUN_BIND);
    let marker = data.tmp.path().join("marker");
    let mut s = data.spawn(&["-init", app.to_str().unwrap(), marker.to_str().unwrap()]);
    let t0 = std::time::Instant::now();
    while !marker.exists() {
        assert!(t0.elapsed() < LONG, "the program never reached the bind");
        std::thread::sleep(Duration::from_millis(5));
    }
    // Inside the busy turn, after the bind: its answer is not durable yet.
    std::thread::sleep(Duration::from_millis(400));
    s.kill9();
    let mut r = data.spawn(&["-restart"]);
    r.out.wait_for("b error EADDRINUSE", LONG);
    assert_eq!(r.wait(LONG), Some(0));
    assert!(!r.out.text().contains("taken port"), "{}", r.out.text());
}

on_both_engines!(
    tcp_server_relistens_and_connections_report_the_restart,
    pipe_server_reclaims_its_path,
    a_bind_in_a_rerun_turn_meets_the_old_servers
);
