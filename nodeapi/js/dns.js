'use strict';
// dns as documented for Node v0.12.
//
// `lookup` asks the system resolver (getaddrinfo) through the I/O reactor,
// like `net`; `lookupService` asks getnameinfo. `resolve*` and `reverse`
// query DNS servers with the reactor's stub resolver (nodeapi/src/io/dns.rs).
// Every answer is an 'io' event, journaled, so a replay sees the same
// answers. A question in flight at a restart is simply asked again: asking
// has no effect on the world.
//
// The servers of `setServers` live here, in the heap, and go with each
// query, since the reactor keeps nothing across a restart; until the
// program sets them, queries use the system's configuration
// (/etc/resolv.conf), which `getServers` reads too.
//
// Unlike v0.12 (whose c-ares dropped ports), `setServers` keeps a port
// ('127.0.0.1:5353', '[::1]:5353'), and `getServers` shows it when not 53.

var net = require('net');
var io = require('internal/io');

// getaddrinfo's flags for `hints`, as Linux defines them.
exports.ADDRCONFIG = 0x20;
exports.V4MAPPED = 0x08;

// Error codes (c-ares'), as v0.12 exports them.
exports.NODATA = 'ENODATA';
exports.FORMERR = 'EFORMERR';
exports.SERVFAIL = 'ESERVFAIL';
exports.NOTFOUND = 'ENOTFOUND';
exports.NOTIMP = 'ENOTIMP';
exports.REFUSED = 'EREFUSED';
exports.BADQUERY = 'EBADQUERY';
exports.ADNAME = 'EADNAME';
exports.BADNAME = 'EBADNAME';
exports.BADFAMILY = 'EBADFAMILY';
exports.BADRESP = 'EBADRESP';
exports.CONNREFUSED = 'ECONNREFUSED';
exports.TIMEOUT = 'ETIMEOUT';
exports.EOF = 'EOF';
exports.FILE = 'EFILE';
exports.NOMEM = 'ENOMEM';
exports.DESTRUCTION = 'EDESTRUCTION';
exports.BADSTR = 'EBADSTR';
exports.BADFLAGS = 'EBADFLAGS';
exports.NONAME = 'ENONAME';
exports.BADHINTS = 'EBADHINTS';
exports.NOTINITIALIZED = 'ENOTINITIALIZED';
exports.LOADIPHLPAPI = 'ELOADIPHLPAPI';
exports.ADDRGETNETWORKPARAMS = 'EADDRGETNETWORKPARAMS';
exports.CANCELLED = 'ECANCELLED';

// v0.12's errors: message `<syscall> <CODE> <hostname>`, `code` and `errno`
// the code name, `hostname` the name asked about.
function dnsError(code, syscall, hostname) {
  var err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  err.code = code;
  err.errno = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function later(fn) {
  process.nextTick(fn);
}

// ---- lookup (getaddrinfo) ------------------------------------------------------------

// RFC 6761: names under .invalid never exist, and resolver APIs should say
// so at once rather than ask a server.
function isInvalidName(hostname) {
  var h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'invalid' || /\.invalid$/.test(h);
}

exports.lookup = function lookup(hostname, options, callback) {
  var hints = 0;
  var family = -1;
  var all = false;
  if (hostname && typeof hostname !== 'string') {
    throw new TypeError('invalid arguments: hostname must be a string or falsey');
  }
  if (typeof options === 'function') {
    callback = options;
    family = 0;
  } else if (typeof callback !== 'function') {
    throw new TypeError('invalid arguments: callback must be passed');
  } else if (options !== null && typeof options === 'object') {
    hints = options.hints >>> 0;
    family = options.family >>> 0;
    all = options.all === true;
    if (hints !== 0 && hints !== exports.ADDRCONFIG && hints !== exports.V4MAPPED &&
        hints !== (exports.ADDRCONFIG | exports.V4MAPPED)) {
      throw new TypeError('invalid argument: hints must use valid flags');
    }
  } else {
    family = options >>> 0;
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new TypeError('invalid argument: family must be 4 or 6');
  }

  if (!hostname) {
    later(function () {
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    });
    return {};
  }
  var literal = net.isIP(hostname);
  if (literal) {
    later(function () {
      if (all) callback(null, [{ address: hostname, family: literal }]);
      else callback(null, hostname, literal);
    });
    return {};
  }
  if (isInvalidName(hostname)) {
    later(function () { callback(dnsError('ENOTFOUND', 'getaddrinfo', hostname)); });
    return {};
  }
  io.lookup(hostname, family, function (err, addresses) {
    if (err) {
      callback(err);
    } else if (all) {
      callback(null, addresses.map(function (a) { return { address: a.address, family: a.family }; }));
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  });
  return {};
};

// ---- questions to the reactor ----------------------------------------------------------

// One question in flight: a handle in the I/O table until its answer comes.
function Question(request, onAnswer) {
  this.id = io.newId();
  this.request = request;
  this.request.id = this.id;
  this.onAnswer = onAnswer;
  io.register(this.id, this);
  io.setRef(this.id, true);
  this._send();
}

Question.prototype._send = function () {
  io.submit(this.request);
};

Question.prototype._onIo = function (ev) {
  io.unregister(this.id);
  this.onAnswer(ev);
};

// Asking again changes nothing in the world: just ask again.
Question.prototype._onRestart = function () {
  this._send();
};

exports.lookupService = function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new Error('invalid arguments');
  if (net.isIP(address) === 0) throw new TypeError('host needs to be a valid IP address');
  new Question({ op: 'dnsLookupService', address: address, port: port >>> 0 }, function (ev) {
    if (ev.error) callback(dnsError(ev.error.code, 'getnameinfo', address));
    else callback(null, ev.hostname, ev.service);
  });
  return {};
};

// ---- servers ---------------------------------------------------------------------------

var servers = null; // [{address, port}] once the program set them
var systemServers = null; // what /etc/resolv.conf named, read once

function readSystemServers() {
  if (systemServers) return systemServers;
  var list = [];
  try {
    var text = require('fs').readFileSync('/etc/resolv.conf', 'utf8');
    text.split('\n').forEach(function (line) {
      var m = /^\s*nameserver\s+(\S+)/.exec(line);
      if (!m) return;
      var addr = m[1].replace(/%.*$/, '');
      if (net.isIP(addr)) list.push({ address: addr, port: 53 });
    });
  } catch (e) {
    // No resolv.conf: c-ares falls back to the local host.
  }
  if (!list.length) list.push({ address: '127.0.0.1', port: 53 });
  systemServers = list;
  return list;
}

exports.getServers = function getServers() {
  return (servers || readSystemServers()).map(function (s) {
    if (s.port === 53) return s.address;
    return net.isIPv6(s.address) ? '[' + s.address + ']:' + s.port : s.address + ':' + s.port;
  });
};

exports.setServers = function setServers(list) {
  if (!Array.isArray(list)) throw new TypeError('servers must be an array');
  var parsed = list.map(function (serv) {
    serv = String(serv);
    if (net.isIP(serv)) return { address: serv, port: 53 };
    var m = /^\[(.*)\](?::(\d+))?$/.exec(serv);
    if (m && net.isIPv6(m[1])) return { address: m[1], port: m[2] ? Number(m[2]) : 53 };
    m = /^(.*):(\d+)$/.exec(serv);
    if (m && net.isIPv4(m[1])) return { address: m[1], port: Number(m[2]) };
    throw new Error('IP address is not properly formatted: ' + serv);
  });
  parsed.forEach(function (s) {
    if (s.port < 1 || s.port > 65535) throw new Error('IP address is not properly formatted: ' + s.address);
  });
  servers = parsed;
};

// ---- resolve* --------------------------------------------------------------------------

function query(syscall, rrtype, name, callback) {
  var request = { op: 'dnsQuery', name: name, rrtype: rrtype };
  if (servers) {
    request.servers = servers.map(function (s) { return { address: s.address, port: s.port }; });
  }
  new Question(request, function (ev) {
    if (ev.error) callback(dnsError(ev.error.code, syscall, name));
    else callback(null, ev.result);
  });
  return {};
}

function resolver(syscall, rrtype) {
  return function (name, callback) {
    if (typeof name !== 'string') throw new TypeError('Name must be a string');
    if (typeof callback !== 'function') throw new TypeError('Callback must be a function');
    return query(syscall, rrtype, name, callback);
  };
}

exports.resolve4 = resolver('queryA', 'A');
exports.resolve6 = resolver('queryAaaa', 'AAAA');
exports.resolveCname = resolver('queryCname', 'CNAME');
exports.resolveMx = resolver('queryMx', 'MX');
exports.resolveNs = resolver('queryNs', 'NS');
exports.resolveTxt = resolver('queryTxt', 'TXT');
exports.resolveSrv = resolver('querySrv', 'SRV');
exports.resolveSoa = resolver('querySoa', 'SOA');

exports.reverse = function reverse(ip, callback) {
  if (typeof callback !== 'function') throw new TypeError('Callback must be a function');
  // c-ares refuses anything but an address at once.
  if (!net.isIP(ip)) throw io.errnoException({ code: 'EINVAL', syscall: 'getHostByAddr' });
  return query('getHostByAddr', 'PTR', ip, callback);
};

var resolveMap = {
  A: exports.resolve4,
  AAAA: exports.resolve6,
  CNAME: exports.resolveCname,
  MX: exports.resolveMx,
  NS: exports.resolveNs,
  TXT: exports.resolveTxt,
  SRV: exports.resolveSrv,
  SOA: exports.resolveSoa,
  PTR: exports.reverse
};

exports.resolve = function resolve(hostname, type, callback) {
  var fn;
  if (typeof type === 'string') {
    fn = Object.prototype.hasOwnProperty.call(resolveMap, type) ? resolveMap[type] : undefined;
  } else if (typeof type === 'function') {
    fn = exports.resolve4;
    callback = type;
  } else {
    throw new Error('Type must be a string');
  }
  if (typeof fn !== 'function') throw new Error('Unknown type "' + type + '"');
  return fn(hostname, callback);
};
