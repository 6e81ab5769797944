'use strict';
// os as documented for Node v0.12. Every fact about the machine is read
// through an input op (journaled), so a replayed program sees the values it
// saw when it ran.

var util = require('util');
var host = internal.host;

exports.hostname = function hostname() {
  return host('osHostname');
};

exports.type = function type() {
  return host('osUname').sysname;
};

exports.release = function release() {
  return host('osUname').release;
};

exports.platform = function platform() {
  return process.platform;
};

exports.arch = function arch() {
  return process.arch;
};

exports.uptime = function uptime() {
  return host('osSysinfo').uptime;
};

exports.loadavg = function loadavg() {
  return host('osSysinfo').loadavg.slice();
};

exports.totalmem = function totalmem() {
  return host('osSysinfo').totalmem;
};

exports.freemem = function freemem() {
  return host('osSysinfo').freemem;
};

exports.cpus = function cpus() {
  return host('osCpus');
};

exports.networkInterfaces = function networkInterfaces() {
  var out = {};
  host('osInterfaces').forEach(function (a) {
    var list = out[a.name] || (out[a.name] = []);
    list.push({
      address: a.address,
      netmask: a.netmask,
      family: a.family,
      mac: a.mac,
      internal: a.internal
    });
  });
  return out;
};

exports.getNetworkInterfaces = util.deprecate(function getNetworkInterfaces() {
  return exports.networkInterfaces();
}, 'getNetworkInterfaces is now called `os.networkInterfaces`.');

exports.tmpdir = function tmpdir() {
  var env = process.env;
  return env.TMPDIR || env.TMP || env.TEMP || '/tmp';
};
exports.tmpDir = exports.tmpdir;

exports.endianness = function endianness() {
  var bytes = new Uint8Array(new Uint16Array([1]).buffer);
  return bytes[0] === 1 ? 'LE' : 'BE';
};

exports.EOL = '\n';
