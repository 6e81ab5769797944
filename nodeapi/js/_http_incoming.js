'use strict';
// http.IncomingMessage as documented for Node v0.12: a request on the
// server, a response on the client. A Readable of the body; the parser
// (_http_common.js) fills in the head and pushes the body.

var util = require('util');
var Stream = require('stream');

function IncomingMessage(socket) {
  Stream.Readable.call(this);
  this.socket = socket;
  this.connection = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.headers = {};
  this.rawHeaders = [];
  this.trailers = {};
  this.rawTrailers = [];
  this.readable = true;
  this.upgrade = null;
  // request only
  this.url = '';
  this.method = null;
  // response only
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  // Set once nobody will read the body: it is then dropped as it arrives.
  this._dumped = false;
}
util.inherits(IncomingMessage, Stream.Readable);
exports.IncomingMessage = IncomingMessage;

IncomingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

// Whoever reads the body is consuming it (the server then won't dump it).
IncomingMessage.prototype.read = function (n) {
  this._consuming = true;
  this.read = Stream.Readable.prototype.read;
  return this.read(n);
};

IncomingMessage.prototype._read = function () {
  // The body comes from the socket: let it flow again if we held it back.
  var socket = this.socket;
  if (socket && socket._httpPaused && !socket.destroyed) {
    socket._httpPaused = false;
    socket.resume();
  }
};

IncomingMessage.prototype.destroy = function (error) {
  if (this.socket) this.socket.destroy(error);
};

// Headers (or, once the body is complete, trailers) from the parser's flat
// [name, value, ...] list; `n` is how many entries to take.
IncomingMessage.prototype._addHeaderLines = function (headers, n) {
  if (!headers || !headers.length) return;
  var raw = this.complete ? this.rawTrailers : this.rawHeaders;
  var dest = this.complete ? this.trailers : this.headers;
  for (var i = 0; i < n && i + 1 < headers.length; i += 2) {
    raw.push(headers[i], headers[i + 1]);
    this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

// Headers that only make sense once: a repeat is dropped (the list Node
// v0.12 took from Mozilla's nsHttpHeaderArray).
var singleValued = {
  'content-type': true,
  'content-length': true,
  'user-agent': true,
  'referer': true,
  'host': true,
  'authorization': true,
  'proxy-authorization': true,
  'if-modified-since': true,
  'if-unmodified-since': true,
  'from': true,
  'location': true,
  'max-forwards': true
};

// v0.12's rules for a repeated header: set-cookie collects an array, the
// single-valued ones keep the first, any other is joined with ', '.
IncomingMessage.prototype._addHeaderLine = function (field, value, dest) {
  field = field.toLowerCase();
  var have = Object.prototype.hasOwnProperty.call(dest, field);
  if (field === 'set-cookie') {
    if (have) dest[field].push(value);
    else dest[field] = [value];
  } else if (singleValued[field] === true) {
    if (!have) dest[field] = value;
  } else if (have) {
    dest[field] += ', ' + value;
  } else {
    dest[field] = value;
  }
};

// Nobody reads this message: let its body run off so the connection moves on.
IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.resume();
  }
};
