//! The I/O reactor: the live OS resources behind `net`, `dgram` and `dns`
//! (listening sockets, connections, UDP sockets, lookups in flight), served
//! by a tokio runtime on a thread of its own.
//!
//! JavaScript never reaches it directly. Requests come in two ways:
//! - as [`Effect::Io`](crate::Effect::Io) values released by the driver after
//!   the turn that asked for them is durable ([`submit`]): writes, connects,
//!   closes, lookups; so nothing reaches a peer that a crash could take back;
//! - as act ops that must answer at once ([`adopt_listener`] after an op
//!   bound a port), so `listen` errors and ports are known in the turn.
//!
//! Everything the world sends back (an accepted connection, bytes, an end,
//! an error, a lookup's answer) becomes an event `{type: 'io', kind, id, ...}`
//! handed to the driver's delivery function, which journals it as a turn
//! before JavaScript sees it. The reactor holds no program state: after a
//! restart it starts empty and JavaScript re-creates what should exist.

mod dns;
mod errors;
mod tcp;
mod udp;
pub(crate) mod watch;

pub use errors::{errno_code, io_error_value};
pub(crate) use tcp::Listener;

use persha_engine::Value;
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::mpsc;

/// Where events go: the driver's input channel.
pub type Deliver = Arc<dyn Fn(Value) + Send + Sync>;

static DELIVER: Mutex<Option<Deliver>> = Mutex::new(None);
static REACTOR: OnceLock<mpsc::UnboundedSender<Cmd>> = OnceLock::new();

/// Ids the reactor gives accepted connections start here, far above the
/// ids JavaScript allocates for the handles it creates itself. They restart
/// with every process; JavaScript drops all connection handles on restart,
/// so an old id can never meet a new one.
pub const FIRST_REACTOR_ID: u64 = 1 << 40;

/// This process's reactor, as a number no other process is likely to draw.
/// Binds answer with it, so that after a restart JavaScript can tell a
/// socket bound in this process (while re-running the turn a crash cut
/// short) from one that died with the old process.
pub fn instance() -> u64 {
    static ID: OnceLock<u64> = OnceLock::new();
    *ID.get_or_init(|| {
        let mut b = [0u8; 6];
        let _ = getrandom::fill(&mut b);
        // 48 bits: exact as a JavaScript number.
        b.iter().fold(0u64, |acc, x| (acc << 8) | *x as u64)
    })
}

/// Whether JavaScript has brought back, in this process, the listeners the
/// heap believes in. False from [`expect_revival`] (a restart) until the
/// `ioRevived` op; binds refuse to act before it (see ops/net.rs `revive`).
static REVIVED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// This process recovered a program (set by [`expect_revival`]).
static RECOVERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A recovered program: its old servers are not listening in this process.
pub fn expect_revival() {
    REVIVED.store(false, std::sync::atomic::Ordering::SeqCst);
    RECOVERED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Whether this process recovered a program: a Unix socket file on a path
/// it binds may then be one its own dead predecessor left behind.
pub(crate) fn recovered() -> bool {
    RECOVERED.load(std::sync::atomic::Ordering::SeqCst)
}

pub(crate) fn set_revived() {
    REVIVED.store(true, std::sync::atomic::Ordering::SeqCst);
}

pub(crate) fn revived() -> bool {
    REVIVED.load(std::sync::atomic::Ordering::SeqCst)
}

/// Route events to `deliver` (the driver calls this before a program runs).
pub fn set_delivery(deliver: Deliver) {
    *DELIVER.lock().unwrap_or_else(|e| e.into_inner()) = Some(deliver);
}

pub(crate) fn deliver(ev: Value) {
    let d = DELIVER.lock().unwrap_or_else(|e| e.into_inner()).clone();
    if let Some(d) = d {
        d(ev);
    }
}

/// An event for the handle `id`.
pub(crate) fn event(kind: &str, id: u64, mut rest: Vec<(String, Value)>) -> Value {
    let mut pairs = vec![
        ("type".to_owned(), Value::from("io")),
        ("kind".to_owned(), Value::from(kind)),
        ("id".to_owned(), Value::Number(id as f64)),
    ];
    pairs.append(&mut rest);
    Value::Object(pairs)
}

pub(crate) enum Cmd {
    Requests(Vec<Value>),
    AdoptListener {
        id: u64,
        listener: Listener,
    },
    AdoptUdp {
        id: u64,
        socket: std::net::UdpSocket,
    },
}

fn reactor() -> &'static mpsc::UnboundedSender<Cmd> {
    REACTOR.get_or_init(|| {
        let (tx, rx) = mpsc::unbounded_channel();
        std::thread::Builder::new()
            .name("persha-io".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("persha: cannot start the I/O runtime");
                let local = tokio::task::LocalSet::new();
                local.block_on(&rt, serve(rx));
            })
            .expect("persha: cannot start the I/O thread");
        tx
    })
}

/// Perform requests released by the driver (see [`crate::Effect::Io`]),
/// in order. One turn's requests arrive together, so the reactor hands a
/// connection all of a turn's writes before its writer wakes: they leave
/// in one segment instead of meeting Nagle's algorithm one by one.
pub fn submit(requests: Vec<Value>) {
    if !requests.is_empty() {
        let _ = reactor().send(Cmd::Requests(requests));
    }
}

pub(crate) fn adopt_listener(id: u64, listener: Listener) {
    let _ = reactor().send(Cmd::AdoptListener { id, listener });
}

/// The table of duplicated UDP sockets that option acts work on.
pub(crate) fn udp_options()
-> std::sync::MutexGuard<'static, Option<std::collections::HashMap<u64, std::net::UdpSocket>>> {
    udp::OPTIONS.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) fn adopt_udp(id: u64, socket: std::net::UdpSocket) {
    let _ = reactor().send(Cmd::AdoptUdp { id, socket });
}

async fn serve(mut rx: mpsc::UnboundedReceiver<Cmd>) {
    let state = tcp::State::new();
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Cmd::AdoptListener { id, listener } => state.listen(id, listener),
            Cmd::AdoptUdp { id, socket } => udp::adopt(id, socket),
            Cmd::Requests(reqs) => {
                for req in reqs {
                    request(&state, &req);
                }
            }
        }
    }
}

fn request(state: &tcp::State, req: &Value) {
    let op = req.get("op").and_then(Value::as_str).unwrap_or("");
    let id = req.get("id").and_then(Value::as_f64).unwrap_or(-1.0) as u64;
    match op {
        op if op.starts_with("udp") => udp::request(op, id, req),
        op if op.starts_with("dns") => dns::request(op, id, req),
        "lookup" => spawn_lookup(id, req),
        "watchClose" => watch::stop(id),
        _ => state.request(op, id, req),
    }
}

/// `dns.lookup`: the system resolver (getaddrinfo), off the reactor thread.
fn spawn_lookup(id: u64, req: &Value) {
    let host = req
        .get("host")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let family = req.get("family").and_then(Value::as_f64).unwrap_or(0.0) as u8;
    tokio::task::spawn_local(async move {
        let found = tokio::net::lookup_host((host.as_str(), 0)).await;
        let ev = match found {
            Ok(addrs) => {
                let list: Vec<Value> = addrs
                    .filter(|a| family == 0 || (family == 4) == a.is_ipv4())
                    .map(|a| {
                        Value::object([
                            ("address", Value::from(a.ip().to_string())),
                            ("family", Value::Number(if a.is_ipv4() { 4.0 } else { 6.0 })),
                        ])
                    })
                    .collect();
                if list.is_empty() {
                    lookup_error(&host)
                } else {
                    vec![("addresses".to_owned(), Value::Array(list))]
                }
            }
            Err(_) => lookup_error(&host),
        };
        deliver(event("lookup", id, ev));
    });
}

fn lookup_error(host: &str) -> Vec<(String, Value)> {
    vec![(
        "error".to_owned(),
        Value::object([
            ("code", Value::from("ENOTFOUND")),
            ("errno", Value::from("ENOTFOUND")),
            ("syscall", Value::from("getaddrinfo")),
            ("hostname", Value::from(host)),
        ]),
    )]
}
