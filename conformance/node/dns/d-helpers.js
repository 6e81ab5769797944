// The retryable network steps of ../dgram/d-helpers.js, and a tiny DNS
// server over dgram for the resolve tests.
'use strict';

var base = require('../dgram/d-helpers');
Object.keys(base).forEach(function (k) { exports[k] = base[k]; });

// ---- a tiny DNS server for the resolve tests ----------------------------------------------
//
// dnsServer(t, zone, cb): serves `zone` on 127.0.0.1 and calls cb(port).
// The zone maps a lower-case name to its records by type:
//   { 'a.persha.test': { A: ['192.0.2.1'], MX: [{ priority: 10, exchange: 'mx.x' }] } }
// A name that is not in the zone is NXDOMAIN; a type it lacks, an empty
// answer (NODATA); `rcode: n` answers that error code instead.
// After a restart the server binds the port it had before (a question
// asked again goes there), and a fresh one when that port is taken.

var TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33 };
var TYPE_NAMES = {};
Object.keys(TYPES).forEach(function (k) { TYPE_NAMES[TYPES[k]] = k; });

function u16(n) {
  return [(n >> 8) & 0xff, n & 0xff];
}

function u32(n) {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function encodeName(name) {
  var out = [];
  name.split('.').forEach(function (label) {
    if (!label) return;
    out.push(label.length);
    for (var i = 0; i < label.length; i++) out.push(label.charCodeAt(i));
  });
  out.push(0);
  return out;
}

function ipv4Bytes(s) {
  return s.split('.').map(Number);
}

function ipv6Bytes(s) {
  var halves = s.split('::');
  var head = halves[0] ? halves[0].split(':') : [];
  var tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  var groups = head.slice();
  if (halves.length > 1) {
    for (var i = head.length + tail.length; i < 8; i++) groups.push('0');
  }
  groups = groups.concat(tail);
  var out = [];
  groups.forEach(function (g) { out = out.concat(u16(parseInt(g, 16))); });
  return out;
}

function rdata(type, r) {
  switch (type) {
    case 'A': return ipv4Bytes(r);
    case 'AAAA': return ipv6Bytes(r);
    case 'NS': case 'CNAME': case 'PTR': return encodeName(r);
    case 'MX': return u16(r.priority).concat(encodeName(r.exchange));
    case 'TXT':
      var out = [];
      r.forEach(function (chunk) {
        out.push(chunk.length);
        for (var i = 0; i < chunk.length; i++) out.push(chunk.charCodeAt(i));
      });
      return out;
    case 'SRV': return u16(r.priority).concat(u16(r.weight), u16(r.port), encodeName(r.name));
    case 'SOA':
      return encodeName(r.nsname).concat(encodeName(r.hostmaster), u32(r.serial), u32(r.refresh),
        u32(r.retry), u32(r.expire), u32(r.minttl));
  }
  throw new Error('no rdata for ' + type);
}

// The answer to one query packet, or null for a packet that is no query.
function answer(zone, q, log) {
  if (q.length < 12 || (q[2] & 0x80)) return null;
  var qd = (q[4] << 8) | q[5];
  if (qd !== 1) return null;
  var labels = [];
  var p = 12;
  while (q[p] !== 0) {
    labels.push(q.toString('ascii', p + 1, p + 1 + q[p]));
    p += q[p] + 1;
  }
  var qtype = (q[p + 1] << 8) | q[p + 2];
  var questionEnd = p + 5;
  var name = labels.join('.').toLowerCase();
  var type = TYPE_NAMES[qtype] || String(qtype);
  if (log) log.push(type + ' ' + name);
  var entry = Object.prototype.hasOwnProperty.call(zone, name) ? zone[name] : null;
  var rcode = entry ? entry.rcode || 0 : 3;
  var records = entry && !entry.rcode && entry[type] ? entry[type] : [];
  var bytes = [q[0], q[1], 0x84 | (q[2] & 0x01), 0x80 | rcode]
    .concat(u16(1), u16(records.length), u16(0), u16(0));
  for (var i = 12; i < questionEnd; i++) bytes.push(q[i]);
  records.forEach(function (r) {
    var data = rdata(type, r);
    // The owner is the question's name (a pointer to offset 12).
    bytes = bytes.concat([0xc0, 12], u16(qtype), u16(1), u32(60), u16(data.length), data);
  });
  return new Buffer(bytes);
}

exports.dnsServer = function (t, zone, cb, log) {
  var s = t.socket('udp4');
  s.on('message', function (msg, rinfo) {
    var reply = answer(zone, msg, log);
    if (reply) s.send(reply, 0, reply.length, rinfo.port, rinfo.address);
  });
  var wanted = t.memo.dnsPort || 0;
  s.on('error', t.cb(function (err) {
    if (err.code === 'EADDRINUSE' && wanted) {
      wanted = 0;
      s.bind(0, '127.0.0.1');
      return;
    }
    throw err;
  }));
  s.on('listening', t.cb(function () {
    t.memo.dnsPort = s.address().port;
    cb(t.memo.dnsPort);
  }));
  s.bind(wanted, '127.0.0.1');
  return s;
};
