//! Ops behind the `os` module. Every answer describes the machine at the
//! moment of the call, so all are input ops (journaled, replayed unchanged).

use super::{InputCtx, OpDef, OpFn};
use persha_engine::{HostError, Value};
use std::ffi::CStr;
use std::net::{Ipv4Addr, Ipv6Addr};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "osHostname",
        run: OpFn::Input(hostname),
    },
    OpDef {
        name: "osUname",
        run: OpFn::Input(uname),
    },
    OpDef {
        name: "osSysinfo",
        run: OpFn::Input(sysinfo),
    },
    OpDef {
        name: "osCpus",
        run: OpFn::Input(cpus),
    },
    OpDef {
        name: "osInterfaces",
        run: OpFn::Input(interfaces),
    },
];

fn os_error(op: &str) -> HostError {
    let e = std::io::Error::last_os_error();
    HostError::with_code("EIO", format!("{op}: {e}"))
}

fn cstr_field(buf: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = buf
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn hostname(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates
    // within it (the last byte stays 0 if it truncates).
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) };
    if rc != 0 {
        return Err(os_error("gethostname"));
    }
    Ok(Value::String(cstr_field(&buf)))
}

fn uname(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    // SAFETY: utsname is plain data; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error("uname"));
    }
    Ok(Value::object([
        ("sysname", Value::String(cstr_field(&u.sysname))),
        ("release", Value::String(cstr_field(&u.release))),
        ("machine", Value::String(cstr_field(&u.machine))),
    ]))
}

/// Uptime (s), load averages, total and free memory (bytes).
fn sysinfo(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    // SAFETY: sysinfo is plain data; the call fills it.
    let mut s: libc::sysinfo = unsafe { std::mem::zeroed() };
    if unsafe { libc::sysinfo(&mut s) } != 0 {
        return Err(os_error("sysinfo"));
    }
    let unit = s.mem_unit.max(1) as f64;
    let load = |l: libc::c_ulong| Value::Number(l as f64 / 65536.0);
    // Uptime with sub-second precision when /proc has it (as libuv reads it).
    let uptime = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| t.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(s.uptime as f64);
    Ok(Value::object([
        ("uptime", Value::Number(uptime)),
        (
            "loadavg",
            Value::Array(vec![load(s.loads[0]), load(s.loads[1]), load(s.loads[2])]),
        ),
        ("totalmem", Value::Number(s.totalram as f64 * unit)),
        ("freemem", Value::Number(s.freeram as f64 * unit)),
    ]))
}

/// One entry per CPU: model, speed (MHz), times (ms) like libuv reads them
/// from /proc/cpuinfo and /proc/stat.
fn cpus(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mut models = Vec::new();
    let mut speeds = Vec::new();
    for line in info.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        match k.trim() {
            "model name" => models.push(v.trim().to_string()),
            "cpu MHz" => speeds.push(v.trim().parse::<f64>().unwrap_or(0.0).floor()),
            _ => {}
        }
    }
    // SAFETY: sysconf has no memory-safety preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ms_per_tick = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let mut out = Vec::new();
    for line in stat.lines() {
        let mut parts = line.split_whitespace();
        let Some(name) = parts.next() else { continue };
        if !name.starts_with("cpu") || name == "cpu" {
            continue;
        }
        let n: Vec<f64> = parts.map(|p| p.parse().unwrap_or(0.0)).collect();
        let get = |i: usize| Value::Number(n.get(i).copied().unwrap_or(0.0) * ms_per_tick);
        let i = out.len();
        let model = models
            .get(i)
            .or(models.first())
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        let speed = speeds.get(i).or(speeds.first()).copied().unwrap_or(0.0);
        out.push(Value::object([
            ("model", Value::String(model)),
            ("speed", Value::Number(speed)),
            (
                "times",
                Value::object([
                    ("user", get(0)),
                    ("nice", get(1)),
                    ("sys", get(2)),
                    ("idle", get(3)),
                    ("irq", get(5)),
                ]),
            ),
        ]));
    }
    Ok(Value::Array(out))
}

fn mask_v4(bits: u32) -> Ipv4Addr {
    Ipv4Addr::from(bits)
}

fn mac_string(mac: &[u8; 6]) -> String {
    mac.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// `[name, address, netmask, family, mac, internal, scopeid]` per address.
fn interfaces(_: &mut InputCtx, _: &[Value]) -> Result<Value, HostError> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates a list that we free below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(os_error("getifaddrs"));
    }
    let mut macs: Vec<(String, [u8; 6])> = Vec::new();
    let mut rows = Vec::new();
    let mut p = head;
    while !p.is_null() {
        // SAFETY: p walks the list getifaddrs returned, which stays valid
        // until freeifaddrs; every sockaddr is read per its family.
        unsafe {
            let ifa = &*p;
            p = ifa.ifa_next;
            if ifa.ifa_addr.is_null() || ifa.ifa_name.is_null() {
                continue;
            }
            let name = CStr::from_ptr(ifa.ifa_name).to_string_lossy().into_owned();
            let up = ifa.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
            let running = ifa.ifa_flags & (libc::IFF_RUNNING as libc::c_uint) != 0;
            if !(up && running) {
                continue;
            }
            let internal = ifa.ifa_flags & (libc::IFF_LOOPBACK as libc::c_uint) != 0;
            let family = (*ifa.ifa_addr).sa_family as i32;
            if family == libc::AF_PACKET {
                let ll = &*(ifa.ifa_addr as *const libc::sockaddr_ll);
                let mut mac = [0u8; 6];
                mac.copy_from_slice(&ll.sll_addr[..6]);
                macs.push((name, mac));
                continue;
            }
            let (address, netmask, fam, scope) = if family == libc::AF_INET {
                let a = &*(ifa.ifa_addr as *const libc::sockaddr_in);
                let m = if ifa.ifa_netmask.is_null() {
                    0
                } else {
                    u32::from_be(
                        (*(ifa.ifa_netmask as *const libc::sockaddr_in))
                            .sin_addr
                            .s_addr,
                    )
                };
                (
                    Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)).to_string(),
                    mask_v4(m).to_string(),
                    "IPv4",
                    None,
                )
            } else if family == libc::AF_INET6 {
                let a = &*(ifa.ifa_addr as *const libc::sockaddr_in6);
                let m = if ifa.ifa_netmask.is_null() {
                    [0u8; 16]
                } else {
                    (*(ifa.ifa_netmask as *const libc::sockaddr_in6))
                        .sin6_addr
                        .s6_addr
                };
                (
                    Ipv6Addr::from(a.sin6_addr.s6_addr).to_string(),
                    Ipv6Addr::from(m).to_string(),
                    "IPv6",
                    Some(a.sin6_scope_id),
                )
            } else {
                continue;
            };
            rows.push((name, address, netmask, fam, internal, scope));
        }
    }
    // SAFETY: head came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(head) };
    let out = rows
        .into_iter()
        .map(|(name, address, netmask, fam, internal, scope)| {
            let mac = macs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, m)| mac_string(m))
                .unwrap_or_else(|| "00:00:00:00:00:00".into());
            let mut fields = vec![
                ("name", Value::String(name)),
                ("address", Value::String(address)),
                ("netmask", Value::String(netmask)),
                ("family", Value::String(fam.into())),
                ("mac", Value::String(mac)),
                ("internal", Value::Bool(internal)),
            ];
            if let Some(s) = scope {
                fields.push(("scopeid", Value::Number(s as f64)));
            }
            Value::object(fields)
        })
        .collect();
    Ok(Value::Array(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_machine() {
        let mut ctx = InputCtx::default();
        assert!(matches!(hostname(&mut ctx, &[]).unwrap(), Value::String(_)));
        let u = uname(&mut ctx, &[]).unwrap();
        assert_eq!(u.get("sysname").and_then(Value::as_str), Some("Linux"));
        let s = sysinfo(&mut ctx, &[]).unwrap();
        assert!(s.get("totalmem").and_then(Value::as_f64).unwrap() > 0.0);
        assert!(matches!(cpus(&mut ctx, &[]).unwrap(), Value::Array(a) if !a.is_empty()));
        assert!(matches!(
            interfaces(&mut ctx, &[]).unwrap(),
            Value::Array(_)
        ));
    }
}
