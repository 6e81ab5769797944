//! TCP and Unix-domain stream sockets: listeners' accept loops and, per
//! connection, a reader task (bytes become events) and a writer task (the
//! requests the driver released, performed in order).

use super::{FIRST_REACTOR_ID, deliver, event, io_error_value};
use persha_engine::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io;
use std::net::Shutdown;
use std::rc::Rc;
use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use tokio::sync::{mpsc, watch};
use tokio::task::{JoinHandle, spawn_local};

/// A socket bound by an act op, handed to the reactor to accept on.
pub enum Listener {
    Tcp(std::net::TcpListener),
    Unix(std::os::unix::net::UnixListener),
}

enum Sock {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Sock {
    async fn readable(&self) -> io::Result<()> {
        match self {
            Sock::Tcp(s) => s.readable().await,
            Sock::Unix(s) => s.readable().await,
        }
    }
    fn try_read(&self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.try_read(buf),
            Sock::Unix(s) => s.try_read(buf),
        }
    }
    async fn writable(&self) -> io::Result<()> {
        match self {
            Sock::Tcp(s) => s.writable().await,
            Sock::Unix(s) => s.writable().await,
        }
    }
    fn try_write(&self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sock::Tcp(s) => s.try_write(buf),
            Sock::Unix(s) => s.try_write(buf),
        }
    }
    fn sock_ref(&self) -> socket2::SockRef<'_> {
        match self {
            Sock::Tcp(s) => socket2::SockRef::from(s),
            Sock::Unix(s) => socket2::SockRef::from(s),
        }
    }
    async fn write_all(&self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            self.writable().await?;
            match self.try_write(data) {
                Ok(n) => data = &data[n..],
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
    /// `localAddress`/`remoteAddress`... as net.Socket reports them.
    fn addresses(&self) -> Vec<(String, Value)> {
        let Sock::Tcp(s) = self else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut put = |prefix: &str, a: io::Result<std::net::SocketAddr>| {
            if let Ok(a) = a {
                out.push((format!("{prefix}Address"), Value::from(a.ip().to_string())));
                out.push((format!("{prefix}Port"), Value::Number(a.port() as f64)));
                let fam = if a.is_ipv4() { "IPv4" } else { "IPv6" };
                out.push((format!("{prefix}Family"), Value::from(fam)));
            }
        };
        put("local", s.local_addr());
        put("remote", s.peer_addr());
        out
    }
}

enum WriteCmd {
    Data(Vec<u8>),
    Shutdown,
    Close,
}

struct Conn {
    writes: mpsc::UnboundedSender<WriteCmd>,
    paused: watch::Sender<bool>,
    sock: Rc<Sock>,
}

struct Inner {
    conns: RefCell<HashMap<u64, Conn>>,
    listeners: RefCell<HashMap<u64, JoinHandle<()>>>,
    next_id: Cell<u64>,
}

#[derive(Clone)]
pub(super) struct State(Rc<Inner>);

impl State {
    pub fn new() -> Self {
        State(Rc::new(Inner {
            conns: RefCell::new(HashMap::new()),
            listeners: RefCell::new(HashMap::new()),
            next_id: Cell::new(FIRST_REACTOR_ID),
        }))
    }

    pub fn listen(&self, id: u64, listener: Listener) {
        let st = self.clone();
        let task = spawn_local(async move {
            let accepted = match listener {
                Listener::Tcp(l) => match TcpListener::from_std(l) {
                    Ok(l) => Accepting::Tcp(l),
                    Err(e) => return deliver(error_event(id, &e, "listen")),
                },
                Listener::Unix(l) => match UnixListener::from_std(l) {
                    Ok(l) => Accepting::Unix(l),
                    Err(e) => return deliver(error_event(id, &e, "listen")),
                },
            };
            loop {
                let sock = match &accepted {
                    Accepting::Tcp(l) => l.accept().await.map(|(s, _)| Sock::Tcp(s)),
                    Accepting::Unix(l) => l.accept().await.map(|(s, _)| Sock::Unix(s)),
                };
                match sock {
                    Ok(sock) => {
                        let conn = st.0.next_id.get();
                        st.0.next_id.set(conn + 1);
                        let mut rest = vec![("conn".to_owned(), Value::Number(conn as f64))];
                        rest.extend(sock.addresses());
                        // The accept event goes first: the new reader's
                        // events cannot overtake it.
                        deliver(event("accept", id, rest));
                        st.add(conn, sock);
                    }
                    // Out of descriptors and the like: back off, keep serving.
                    Err(_) => tokio::time::sleep(std::time::Duration::from_millis(50)).await,
                }
            }
        });
        if let Some(old) = self.0.listeners.borrow_mut().insert(id, task) {
            old.abort();
        }
    }

    fn add(&self, id: u64, sock: Sock) {
        let sock = Rc::new(sock);
        let (wtx, wrx) = mpsc::unbounded_channel();
        let (ptx, prx) = watch::channel(false);
        let reader = spawn_local(read_loop(id, sock.clone(), prx));
        spawn_local(write_loop(self.clone(), id, sock.clone(), wrx, reader));
        self.0.conns.borrow_mut().insert(
            id,
            Conn {
                writes: wtx,
                paused: ptx,
                sock,
            },
        );
    }

    pub fn request(&self, op: &str, id: u64, req: &Value) {
        let flag = |k: &str| req.get(k).and_then(Value::as_bool).unwrap_or(false);
        match op {
            "tcpConnect" => self.connect(id, req),
            "listenerClose" => {
                // (A pipe server's path is unlinked by JavaScript, at once.)
                if let Some(task) = self.0.listeners.borrow_mut().remove(&id) {
                    task.abort();
                }
            }
            _ => {
                let conns = self.0.conns.borrow();
                // Requests for connections that died or belong to an earlier
                // process are moot.
                let Some(c) = conns.get(&id) else { return };
                let _ = match op {
                    "tcpWrite" => match req.get("data") {
                        Some(Value::Bytes(b)) => c.writes.send(WriteCmd::Data(b.clone())),
                        Some(Value::String(s)) => c.writes.send(WriteCmd::Data(s.clone().into())),
                        _ => Ok(()),
                    },
                    "tcpShutdown" => c.writes.send(WriteCmd::Shutdown),
                    "tcpClose" => c.writes.send(WriteCmd::Close),
                    "tcpPause" => {
                        c.paused.send_replace(true);
                        Ok(())
                    }
                    "tcpResume" => {
                        c.paused.send_replace(false);
                        Ok(())
                    }
                    "tcpNoDelay" => {
                        let _ = c.sock.sock_ref().set_tcp_nodelay(flag("on"));
                        Ok(())
                    }
                    "tcpKeepAlive" => {
                        let r = c.sock.sock_ref();
                        let _ = r.set_keepalive(flag("on"));
                        let delay = req.get("delay").and_then(Value::as_f64).unwrap_or(0.0);
                        if flag("on") && delay >= 1000.0 {
                            let ka = socket2::TcpKeepalive::new()
                                .with_time(std::time::Duration::from_millis(delay as u64));
                            let _ = r.set_tcp_keepalive(&ka);
                        }
                        Ok(())
                    }
                    _ => Ok(()),
                };
            }
        }
    }

    fn connect(&self, id: u64, req: &Value) {
        let st = self.clone();
        let path = req.get("path").and_then(Value::as_str).map(str::to_owned);
        let host = req
            .get("host")
            .and_then(Value::as_str)
            .unwrap_or("127.0.0.1")
            .to_owned();
        let port = req.get("port").and_then(Value::as_f64).unwrap_or(0.0) as u16;
        spawn_local(async move {
            let sock = match &path {
                Some(p) => UnixStream::connect(p).await.map(Sock::Unix),
                None => TcpStream::connect((host.as_str(), port))
                    .await
                    .map(Sock::Tcp),
            };
            match sock {
                Ok(sock) => {
                    deliver(event("connect", id, sock.addresses()));
                    st.add(id, sock);
                }
                Err(e) => {
                    let mut rest = vec![("error".to_owned(), io_error_value(&e, "connect"))];
                    match path {
                        Some(p) => rest.push(("address".into(), Value::from(p))),
                        None => {
                            rest.push(("address".into(), Value::from(host)));
                            rest.push(("port".into(), Value::Number(port as f64)));
                        }
                    }
                    deliver(event("error", id, rest));
                }
            }
        });
    }
}

enum Accepting {
    Tcp(TcpListener),
    Unix(UnixListener),
}

fn error_event(id: u64, e: &io::Error, syscall: &str) -> persha_engine::Value {
    event(
        "error",
        id,
        vec![("error".into(), io_error_value(e, syscall))],
    )
}

thread_local! {
    /// One read buffer for every connection: a read copies out only what
    /// arrived, so 1,000 idle connections do not hold 64 MiB of buffers.
    static SCRATCH: RefCell<Vec<u8>> = RefCell::new(vec![0u8; 64 * 1024]);
}

async fn read_loop(id: u64, sock: Rc<Sock>, mut paused: watch::Receiver<bool>) {
    loop {
        while *paused.borrow_and_update() {
            if paused.changed().await.is_err() {
                return;
            }
        }
        if let Err(e) = sock.readable().await {
            return deliver(error_event(id, &e, "read"));
        }
        // No await between the read and the copy: the buffer is ours alone.
        let got = SCRATCH.with(|b| {
            let mut b = b.borrow_mut();
            sock.try_read(&mut b).map(|n| b[..n].to_vec())
        });
        match got {
            Ok(d) if d.is_empty() => return deliver(event("end", id, Vec::new())),
            Ok(d) => deliver(event("data", id, vec![("data".into(), Value::Bytes(d))])),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return deliver(error_event(id, &e, "read")),
        }
    }
}

/// Writes in the order the program made them; `Close` comes through the
/// same queue, so a close after writes never cuts them off.
async fn write_loop(
    st: State,
    id: u64,
    sock: Rc<Sock>,
    mut cmds: mpsc::UnboundedReceiver<WriteCmd>,
    reader: JoinHandle<()>,
) {
    let mut failed = false;
    let mut next: Option<WriteCmd> = None;
    loop {
        let cmd = match next.take() {
            Some(c) => c,
            None => match cmds.recv().await {
                Some(c) => c,
                None => break,
            },
        };
        match cmd {
            WriteCmd::Data(mut d) if !failed => {
                // One turn's writes (an HTTP head and body) leave together:
                // separate small writes would meet Nagle and delayed ACKs.
                loop {
                    match cmds.try_recv() {
                        Ok(WriteCmd::Data(more)) => d.extend_from_slice(&more),
                        Ok(other) => {
                            next = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                if let Err(e) = sock.write_all(&d).await {
                    failed = true;
                    deliver(error_event(id, &e, "write"));
                }
            }
            WriteCmd::Data(_) => {}
            WriteCmd::Shutdown => {
                let _ = sock.sock_ref().shutdown(Shutdown::Write);
            }
            WriteCmd::Close => break,
        }
    }
    reader.abort();
    st.0.conns.borrow_mut().remove(&id);
}
