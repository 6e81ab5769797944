//! `dns.resolve*`, `dns.reverse` and `dns.lookupService`: DNS queries through
//! hickory's stub resolver, and getnameinfo(3) off the reactor thread.
//!
//! Nothing is kept between requests: each query builds its resolver from
//! the servers JavaScript sends with it (its `setServers` list, which lives
//! in the heap) or, when it sends none, from the system configuration. An
//! answer (records, or a c-ares style error code) comes back as a `dns`
//! event, journaled like every other.

use super::{deliver, event};
use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{Name, RData, RecordType};
use hickory_resolver::{Resolver, TokioResolver};
use persha_engine::Value;
use std::net::{IpAddr, SocketAddr};

pub(super) fn request(op: &str, id: u64, req: &Value) {
    match op {
        "dnsQuery" => {
            let req = req.clone();
            tokio::task::spawn_local(async move {
                let rest = match query(&req).await {
                    Ok(v) => vec![("result".to_owned(), v)],
                    Err(code) => error(code),
                };
                deliver(event("dns", id, rest));
            });
        }
        "dnsLookupService" => {
            let addr = req.get("address").and_then(Value::as_str).unwrap_or("");
            let port = req.get("port").and_then(Value::as_f64).unwrap_or(0.0) as u16;
            let addr = addr.parse::<IpAddr>().map(|ip| SocketAddr::new(ip, port));
            tokio::task::spawn_local(async move {
                let found = match addr {
                    Ok(a) => tokio::task::spawn_blocking(move || name_info(a))
                        .await
                        .unwrap_or(Err("ENOTFOUND")),
                    Err(_) => Err("EINVAL"),
                };
                let rest = match found {
                    Ok((host, service)) => vec![
                        ("hostname".to_owned(), Value::from(host)),
                        ("service".to_owned(), Value::from(service)),
                    ],
                    Err(code) => error(code),
                };
                deliver(event("dns", id, rest));
            });
        }
        _ => {}
    }
}

fn error(code: &str) -> Vec<(String, Value)> {
    vec![(
        "error".to_owned(),
        Value::object([("code", Value::from(code))]),
    )]
}

/// A resolver for this request alone: no cache outlives it, so every
/// answer comes from a server (and from the journal on replay).
fn resolver(req: &Value) -> Result<TokioResolver, &'static str> {
    let mut builder = match req.get("servers") {
        Some(Value::Array(list)) => {
            let servers: Vec<NameServerConfig> = list
                .iter()
                .filter_map(|s| {
                    let ip: IpAddr = s.get("address")?.as_str()?.parse().ok()?;
                    let port = s.get("port").and_then(Value::as_f64).unwrap_or(53.0) as u16;
                    let mut udp = ConnectionConfig::udp();
                    udp.port = port;
                    // TCP only serves answers too large for a datagram.
                    let mut tcp = ConnectionConfig::tcp();
                    tcp.port = port;
                    Some(NameServerConfig::new(ip, true, vec![udp, tcp]))
                })
                .collect();
            if servers.is_empty() {
                // c-ares answers a query with no server to ask so.
                return Err("ESERVFAIL");
            }
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(servers),
                TokioRuntimeProvider::default(),
            )
        }
        _ => TokioResolver::builder_tokio().map_err(|_| "EFILE")?,
    };
    let opts = builder.options_mut();
    // Like c-ares' queries: the DNS only, never /etc/hosts.
    opts.use_hosts_file = ResolveHosts::Never;
    builder.build().map_err(|_| "ENOMEM")
}

async fn query(req: &Value) -> Result<Value, &'static str> {
    let name = req.get("name").and_then(Value::as_str).unwrap_or("");
    let rrtype = req.get("rrtype").and_then(Value::as_str).unwrap_or("A");
    let rtype = match rrtype {
        "A" => RecordType::A,
        "AAAA" => RecordType::AAAA,
        "MX" => RecordType::MX,
        "TXT" => RecordType::TXT,
        "SRV" => RecordType::SRV,
        "PTR" => RecordType::PTR,
        "NS" => RecordType::NS,
        "CNAME" => RecordType::CNAME,
        "SOA" => RecordType::SOA,
        _ => return Err("ENOTIMP"),
    };
    let mut qname = match (rtype, name.parse::<IpAddr>()) {
        (RecordType::PTR, Ok(ip)) => Name::from(ip),
        _ => Name::from_ascii(name).map_err(|_| "EBADNAME")?,
    };
    // The name as given, as c-ares' ares_query asks it: no search domains.
    qname.set_fqdn(true);
    let resolver = resolver(req)?;
    let lookup = resolver.lookup(qname, rtype).await.map_err(error_code)?;
    // Only records of the type asked for: a CNAME chain leading to them is
    // not part of the answer.
    let records: Vec<Value> = lookup
        .answers()
        .iter()
        .filter(|r| r.record_type() == rtype)
        .filter_map(|r| record_value(&r.data))
        .collect();
    if records.is_empty() {
        return Err("ENODATA");
    }
    if rtype == RecordType::SOA {
        return Ok(records.into_iter().next().unwrap_or_default());
    }
    Ok(Value::Array(records))
}

fn host_name(n: &Name) -> Value {
    let s = n.to_ascii();
    Value::from(s.strip_suffix('.').unwrap_or(&s))
}

/// A record as v0.12's callbacks give it.
fn record_value(data: &RData) -> Option<Value> {
    let num = |n: u32| Value::Number(n as f64);
    Some(match data {
        RData::A(a) => Value::from(a.0.to_string()),
        RData::AAAA(a) => Value::from(a.0.to_string()),
        RData::CNAME(n) => host_name(&n.0),
        RData::NS(n) => host_name(&n.0),
        RData::PTR(n) => host_name(&n.0),
        RData::MX(mx) => Value::object([
            ("exchange", host_name(&mx.exchange)),
            ("priority", num(mx.preference.into())),
        ]),
        // Each record's strings (chunks), as bytes-as-latin1 as v0.12 makes them.
        RData::TXT(txt) => Value::Array(
            txt.txt_data
                .iter()
                .map(|chunk| Value::from(chunk.iter().map(|&b| b as char).collect::<String>()))
                .collect(),
        ),
        RData::SRV(srv) => Value::object([
            ("name", host_name(&srv.target)),
            ("port", num(srv.port.into())),
            ("priority", num(srv.priority.into())),
            ("weight", num(srv.weight.into())),
        ]),
        RData::SOA(soa) => Value::object([
            ("nsname", host_name(&soa.mname)),
            ("hostmaster", host_name(&soa.rname)),
            ("serial", num(soa.serial)),
            ("refresh", num(soa.refresh as u32)),
            ("retry", num(soa.retry as u32)),
            ("expire", num(soa.expire as u32)),
            ("minttl", num(soa.minimum)),
        ]),
        _ => return None,
    })
}

/// c-ares' error names, which v0.12 reports as `code`.
fn error_code(e: NetError) -> &'static str {
    match e {
        NetError::Dns(DnsError::NoRecordsFound(nr)) => {
            if nr.response_code == ResponseCode::NXDomain {
                "ENOTFOUND"
            } else {
                "ENODATA"
            }
        }
        NetError::Dns(DnsError::ResponseCode(code)) => match code {
            ResponseCode::ServFail => "ESERVFAIL",
            ResponseCode::Refused => "EREFUSED",
            ResponseCode::FormErr => "EFORMERR",
            ResponseCode::NotImp => "ENOTIMP",
            ResponseCode::NXDomain => "ENOTFOUND",
            _ => "EBADRESP",
        },
        NetError::Timeout => "ETIMEOUT",
        NetError::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => "ECONNREFUSED",
        NetError::NoConnections | NetError::Io(_) => "ECONNREFUSED",
        NetError::Proto(_) => "EBADRESP",
        _ => "ESERVFAIL",
    }
}

/// getnameinfo(3) with NI_NAMEREQD, as libuv's uv_getnameinfo does for Node.
fn name_info(addr: SocketAddr) -> Result<(String, String), &'static str> {
    let sa = socket2::SockAddr::from(addr);
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: `sa` is a valid socket address of the given length; the
    // buffers are writable for the lengths passed.
    let rc = unsafe {
        libc::getnameinfo(
            sa.as_ptr().cast(),
            sa.len(),
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr(),
            serv.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    let text = |b: &[libc::c_char]| {
        // SAFETY: getnameinfo wrote a NUL-terminated string into `b`.
        unsafe { std::ffi::CStr::from_ptr(b.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    };
    match rc {
        0 => Ok((text(&host), text(&serv))),
        libc::EAI_AGAIN => Err("EAI_AGAIN"),
        libc::EAI_FAIL => Err("EAI_FAIL"),
        libc::EAI_FAMILY => Err("EAI_FAMILY"),
        // v0.12 reports "no such name" (and out of memory) as ENOTFOUND.
        _ => Err("ENOTFOUND"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hickory_resolver::net::NoRecords;
    use hickory_resolver::proto::op::Query;
    use hickory_resolver::proto::rr::rdata::{MX, SOA, TXT};

    fn name(s: &str) -> Name {
        Name::from_ascii(s).unwrap()
    }

    #[test]
    fn records_take_v0_12_shapes() {
        let mx = RData::MX(MX::new(10, name("mx.example.")));
        assert_eq!(
            record_value(&mx),
            Some(Value::object([
                ("exchange", Value::from("mx.example")),
                ("priority", Value::Number(10.0)),
            ]))
        );
        let txt = RData::TXT(TXT::from_bytes(vec![b"a", b"\xe9"]));
        assert_eq!(
            record_value(&txt),
            Some(Value::Array(vec![Value::from("a"), Value::from("\u{e9}")]))
        );
        let soa = RData::SOA(SOA::new(name("ns."), name("h.m."), 7, 1, 2, 3, 4));
        let v = record_value(&soa).unwrap();
        assert_eq!(v.get("nsname"), Some(&Value::from("ns")));
        assert_eq!(v.get("minttl"), Some(&Value::Number(4.0)));
    }

    #[test]
    fn errors_take_c_ares_codes() {
        let q = Query::query(name("x.test."), RecordType::A);
        let nx = NoRecords::new(q.clone(), ResponseCode::NXDomain);
        assert_eq!(error_code(NetError::from(nx)), "ENOTFOUND");
        let empty = NoRecords::new(q, ResponseCode::NoError);
        assert_eq!(error_code(NetError::from(empty)), "ENODATA");
        let servfail = NetError::Dns(DnsError::ResponseCode(ResponseCode::ServFail));
        assert_eq!(error_code(servfail), "ESERVFAIL");
        assert_eq!(error_code(NetError::Timeout), "ETIMEOUT");
    }
}
