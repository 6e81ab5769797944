//! UDP sockets: a receive loop per socket (datagrams become events) and a
//! send queue per socket (the sends the driver released, in order, each
//! answered with a `sent` event when the program asked for a callback).
//! Socket options are set synchronously by act ops on a duplicate of the
//! socket kept in [`OPTIONS`].

use super::{deliver, event, io_error_value};
use persha_engine::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::rc::Rc;
use std::sync::Mutex;
use tokio::net::UdpSocket;
use tokio::sync::mpsc;
use tokio::task::spawn_local;

/// Duplicates of the live sockets, for options set from the engine thread.
pub(crate) static OPTIONS: Mutex<Option<HashMap<u64, std::net::UdpSocket>>> = Mutex::new(None);

enum Out {
    Send {
        data: Vec<u8>,
        host: String,
        port: u16,
        seq: Option<Value>,
    },
    Close,
}

thread_local! {
    static SOCKETS: RefCell<HashMap<u64, mpsc::UnboundedSender<Out>>> =
        RefCell::new(HashMap::new());
}

pub(super) fn adopt(id: u64, socket: std::net::UdpSocket) {
    let sock = match UdpSocket::from_std(socket) {
        Ok(s) => Rc::new(s),
        Err(e) => {
            forget_options(id);
            return deliver(event(
                "error",
                id,
                vec![("error".into(), io_error_value(&e, "bind"))],
            ));
        }
    };
    let (tx, rx) = mpsc::unbounded_channel();
    let reader = spawn_local(recv_loop(id, sock.clone()));
    spawn_local(async move {
        send_loop(id, &sock, rx).await;
        // The socket closes once both tasks have let go of it.
        reader.abort();
        forget_options(id);
    });
    SOCKETS.with(|m| m.borrow_mut().insert(id, tx));
}

fn forget_options(id: u64) {
    if let Some(m) = OPTIONS.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        m.remove(&id);
    }
}

async fn recv_loop(id: u64, sock: Rc<UdpSocket>) {
    let mut buf = vec![0u8; 65536];
    loop {
        match sock.recv_from(&mut buf).await {
            Ok((n, from)) => deliver(event(
                "message",
                id,
                vec![
                    ("data".into(), Value::Bytes(buf[..n].to_vec())),
                    ("address".into(), Value::from(from.ip().to_string())),
                    (
                        "family".into(),
                        Value::from(if from.is_ipv4() { "IPv4" } else { "IPv6" }),
                    ),
                    ("port".into(), Value::Number(from.port() as f64)),
                    ("size".into(), Value::Number(n as f64)),
                ],
            )),
            // ICMP errors from earlier sends surface here on some systems;
            // Node ignores them for unconnected sockets.
            Err(_) => tokio::task::yield_now().await,
        }
    }
}

/// Sends in the order the program made them; `Close` comes through the same
/// queue, so sends made before a close still go out (and are answered).
async fn send_loop(id: u64, sock: &UdpSocket, mut queue: mpsc::UnboundedReceiver<Out>) {
    while let Some(out) = queue.recv().await {
        let Out::Send {
            data,
            host,
            port,
            seq,
        } = out
        else {
            break;
        };
        let r = match host.parse::<IpAddr>() {
            Ok(ip) => sock.send_to(&data, SocketAddr::new(ip, port)).await,
            // JavaScript resolves names first; this is for scoped IPv6
            // addresses (`fe80::1%eth0`), which need the system's parser.
            Err(_) => sock.send_to(&data, (host.as_str(), port)).await,
        };
        // Without a callback to call, the outcome is of no interest (v0.12
        // drops errors of sends without a callback).
        let Some(seq) = seq else { continue };
        let mut rest = vec![("seq".to_owned(), seq)];
        match r {
            Ok(n) => rest.push(("bytes".into(), Value::Number(n as f64))),
            Err(e) => rest.push(("error".into(), io_error_value(&e, "send"))),
        }
        deliver(event("sent", id, rest));
    }
}

pub(super) fn request(op: &str, id: u64, req: &Value) {
    let Some(queue) = SOCKETS.with(|m| m.borrow().get(&id).cloned()) else {
        // A socket of an earlier process, or one already closed: moot.
        return;
    };
    match op {
        "udpSend" => {
            let data = match req.get("data") {
                Some(Value::Bytes(b)) => b.clone(),
                Some(Value::String(s)) => s.clone().into_bytes(),
                _ => Vec::new(),
            };
            let host = req
                .get("address")
                .and_then(Value::as_str)
                .unwrap_or("127.0.0.1")
                .to_owned();
            let port = req.get("port").and_then(Value::as_f64).unwrap_or(0.0) as u16;
            let seq = req
                .get("seq")
                .filter(|v| !matches!(v, Value::Undefined | Value::Null));
            let _ = queue.send(Out::Send {
                data,
                host,
                port,
                seq: seq.cloned(),
            });
        }
        "udpClose" => {
            SOCKETS.with(|m| m.borrow_mut().remove(&id));
            let _ = queue.send(Out::Close);
        }
        _ => {}
    }
}
