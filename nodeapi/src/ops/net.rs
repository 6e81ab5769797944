//! Ops behind `net`, `dgram` and `dns`. Binding is an act (the answer, a
//! port or an error, is needed in the turn and is journaled); everything
//! else is a request to the I/O reactor (`ioSubmit`), released as an effect
//! after its turn commits, whose outcome comes back as an `io` event.

use super::{Effect, InputCtx, OpDef, OpFn, arg_num, arg_str};
use crate::io::{self, Listener, errno_code};
use persha_engine::{HostError, Value};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "ioSubmit",
        run: OpFn::Output(|args| Ok(Effect::Io(args.first().cloned().unwrap_or_default()))),
    },
    OpDef {
        name: "ioInstance",
        run: OpFn::Input(|_: &mut InputCtx, _| Ok(Value::Number(io::instance() as f64))),
    },
    OpDef {
        name: "ioRevived",
        run: OpFn::Act(|_| {
            io::set_revived();
            Ok(Value::Undefined)
        }),
    },
    OpDef {
        name: "tcpListen",
        run: OpFn::Act(tcp_listen),
    },
    OpDef {
        name: "pipeListen",
        run: OpFn::Act(pipe_listen),
    },
    OpDef {
        name: "udpBind",
        run: OpFn::Act(udp_bind),
    },
    OpDef {
        name: "udpOption",
        run: OpFn::Act(udp_option),
    },
];

/// Node's `errnoException`: message `<syscall> <CODE>`, `code` and `errno`
/// both the code name (as v0.12 sets them for sockets).
fn net_error(e: &std::io::Error, syscall: &str) -> HostError {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    let code = errno_code(errno);
    let mut err = HostError::with_code(code, format!("{syscall} {code}"));
    err.props = vec![
        ("errno".into(), Value::from(code)),
        ("syscall".into(), Value::from(syscall)),
    ];
    err
}

/// A bind performed live in a recovered process before JavaScript brought
/// the old servers back (a turn re-run after a crash runs before the
/// 'restart' event) could take a port the program believes is its own:
/// instead it answers `{revive: true}`, and JavaScript revives, then binds.
fn revive_first() -> Option<Value> {
    (!io::revived()).then(|| Value::object([("revive", Value::Bool(true))]))
}

/// A bind's answer: the address, and the process that holds the socket.
fn addr_value(a: SocketAddr) -> Value {
    Value::object([
        ("address", Value::from(a.ip().to_string())),
        (
            "family",
            Value::from(if a.is_ipv4() { "IPv4" } else { "IPv6" }),
        ),
        ("port", Value::Number(a.port() as f64)),
        ("instance", Value::Number(io::instance() as f64)),
    ])
}

fn bind_socket(addr: SocketAddr, ty: Type, reuse: bool) -> std::io::Result<Socket> {
    let domain = Domain::for_address(addr);
    let proto = if ty == Type::STREAM {
        Protocol::TCP
    } else {
        Protocol::UDP
    };
    let s = Socket::new(domain, ty, Some(proto))?;
    if reuse {
        s.set_reuse_address(true)?;
    }
    if addr.is_ipv6() {
        // '::' accepts IPv4 too, as Node's default listen address does.
        let _ = s.set_only_v6(false);
    }
    s.bind(&SockAddr::from(addr))?;
    Ok(s)
}

/// `tcpListen(id, host|null, port, backlog)`: with no host, `::` and then
/// `0.0.0.0`, as Node v0.12 tries.
fn tcp_listen(args: &[Value]) -> Result<Value, HostError> {
    if let Some(v) = revive_first() {
        return Ok(v);
    }
    let id = arg_num("tcpListen", args, 0)? as u64;
    let port = arg_num("tcpListen", args, 2)? as u16;
    let backlog = args.get(3).and_then(Value::as_f64).unwrap_or(511.0) as i32;
    let candidates: Vec<IpAddr> = match args.get(1).and_then(Value::as_str) {
        Some(h) => vec![h.parse().map_err(|_| {
            HostError::with_code("EINVAL", format!("tcpListen: '{h}' is not an IP address"))
        })?],
        None => vec![
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        ],
    };
    let mut last = None;
    for ip in candidates {
        let r = bind_socket(SocketAddr::new(ip, port), Type::STREAM, true).and_then(|s| {
            s.listen(backlog)?;
            s.set_nonblocking(true)?;
            Ok(std::net::TcpListener::from(s))
        });
        match r {
            Ok(l) => {
                let local = l.local_addr().map_err(|e| net_error(&e, "listen"))?;
                io::adopt_listener(id, Listener::Tcp(l));
                return Ok(addr_value(local));
            }
            // EADDRINUSE is the answer; a missing IPv6 stack means try IPv4.
            Err(e) if e.raw_os_error() == Some(libc::EADDRINUSE) => {
                return Err(net_error(&e, "listen"));
            }
            Err(e) => last = Some(e),
        }
    }
    Err(net_error(
        &last.unwrap_or_else(|| std::io::Error::from_raw_os_error(libc::EINVAL)),
        "listen",
    ))
}

/// `pipeListen(id, path, backlog, reclaim)`: `reclaim` (re-listening after a
/// restart) removes the socket file the dead process left, if no one answers
/// on it.
fn pipe_listen(args: &[Value]) -> Result<Value, HostError> {
    if let Some(v) = revive_first() {
        return Ok(v);
    }
    use std::os::unix::fs::FileTypeExt;
    let id = arg_num("pipeListen", args, 0)? as u64;
    let path = arg_str("pipeListen", args, 1)?;
    // Also any bind in a recovered process: a turn re-run after a crash
    // binds a path whose socket file the dead process left.
    let reclaim = args.get(3).and_then(Value::as_bool).unwrap_or(false) || io::recovered();
    if reclaim
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_socket())
        && std::os::unix::net::UnixStream::connect(path).is_err()
    {
        let _ = std::fs::remove_file(path);
    }
    let l = std::os::unix::net::UnixListener::bind(path).map_err(|e| net_error(&e, "listen"))?;
    l.set_nonblocking(true)
        .map_err(|e| net_error(&e, "listen"))?;
    io::adopt_listener(id, Listener::Unix(l));
    Ok(Value::object([
        ("path", Value::from(path)),
        ("instance", Value::Number(io::instance() as f64)),
    ]))
}

/// `udpBind(id, 'udp4'|'udp6', address|null, port, reuseAddr)`.
fn udp_bind(args: &[Value]) -> Result<Value, HostError> {
    if let Some(v) = revive_first() {
        return Ok(v);
    }
    let id = arg_num("udpBind", args, 0)? as u64;
    let v6 = args.get(1).and_then(Value::as_str) == Some("udp6");
    let port = args.get(3).and_then(Value::as_f64).unwrap_or(0.0) as u16;
    let reuse = args.get(4).and_then(Value::as_bool).unwrap_or(false);
    let ip: IpAddr = match args.get(2).and_then(Value::as_str) {
        Some(h) => h.parse().map_err(|_| {
            HostError::with_code("EINVAL", format!("udpBind: '{h}' is not an IP address"))
        })?,
        None if v6 => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
        None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
    };
    let s = bind_socket(SocketAddr::new(ip, port), Type::DGRAM, reuse)
        .and_then(|s| {
            s.set_nonblocking(true)?;
            Ok(std::net::UdpSocket::from(s))
        })
        .map_err(|e| net_error(&e, "bind"))?;
    let local = s.local_addr().map_err(|e| net_error(&e, "bind"))?;
    let dup = s.try_clone().map_err(|e| net_error(&e, "bind"))?;
    io::udp_options()
        .get_or_insert_with(Default::default)
        .insert(id, dup);
    io::adopt_udp(id, s);
    Ok(addr_value(local))
}

/// `udpOption(id, name, a, b)`: setBroadcast, setTTL, setMulticastTTL,
/// setMulticastLoopback, addMembership, dropMembership.
fn udp_option(args: &[Value]) -> Result<Value, HostError> {
    let id = arg_num("udpOption", args, 0)? as u64;
    let name = arg_str("udpOption", args, 1)?;
    let mut table = io::udp_options();
    let Some(sock) = table.as_mut().and_then(|t| t.get(&id)) else {
        return Err(net_error(
            &std::io::Error::from_raw_os_error(libc::EBADF),
            name,
        ));
    };
    let num = || args.get(2).and_then(Value::as_f64).unwrap_or(0.0) as u32;
    let flag = || args.get(2).and_then(Value::as_bool).unwrap_or(false);
    let group = |i: usize| -> Result<IpAddr, HostError> {
        args.get(i)
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| net_error(&std::io::Error::from_raw_os_error(libc::EINVAL), name))
    };
    let iface = |i: usize| -> Ipv4Addr {
        args.get(i)
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
            .unwrap_or(Ipv4Addr::UNSPECIFIED)
    };
    // An IPv6 socket takes the IPv6 options (hop limits), as libuv sets them.
    let v6 = sock.local_addr().is_ok_and(|a| a.is_ipv6());
    let s2 = socket2::SockRef::from(sock);
    let r = match name {
        "setBroadcast" => sock.set_broadcast(flag()),
        "setTTL" if v6 => s2.set_unicast_hops_v6(num()),
        "setTTL" => sock.set_ttl(num()),
        "setMulticastTTL" if v6 => s2.set_multicast_hops_v6(num()),
        "setMulticastTTL" => sock.set_multicast_ttl_v4(num()),
        "setMulticastLoopback" if v6 => sock.set_multicast_loop_v6(flag()),
        "setMulticastLoopback" => sock.set_multicast_loop_v4(flag()),
        "addMembership" | "dropMembership" => match group(2)? {
            IpAddr::V4(g) if name == "addMembership" => sock.join_multicast_v4(&g, &iface(3)),
            IpAddr::V4(g) => sock.leave_multicast_v4(&g, &iface(3)),
            IpAddr::V6(g) if name == "addMembership" => sock.join_multicast_v6(&g, 0),
            IpAddr::V6(g) => sock.leave_multicast_v6(&g, 0),
        },
        _ => {
            return Err(HostError::with_code(
                "EINVAL",
                format!("udpOption: unknown option '{name}'"),
            ));
        }
    };
    r.map(|_| Value::Undefined).map_err(|e| net_error(&e, name))
}
