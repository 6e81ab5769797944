'use strict';
// http.OutgoingMessage as in Node v0.12: what ServerResponse and
// ClientRequest share. Headers are collected with setHeader() (or given to
// writeHead / as an array) and rendered into `_header` by _storeHeader();
// the body is written as is, or in chunks (Transfer-Encoding: chunked).
// Until the message owns a socket, everything written waits in `output`.

var util = require('util');
var Stream = require('stream');
var Buffer = require('buffer').Buffer;
var common = require('_http_common');

var CRLF = common.CRLF;
var crlfBuf = new Buffer('\r\n');

// Headers Node adds by itself unless the program removed them.
var automaticHeaders = {
  'connection': true,
  'content-length': true,
  'transfer-encoding': true,
  'date': true
};

// The Date header, from the turn's own clock reading (no extra journaled
// read per response), formatted once per second as Node caches it.
var dateCache = { sec: -1, text: '' };
function utcDate() {
  var now = internal.loopNow || Date.now();
  var sec = Math.floor(now / 1000);
  if (sec !== dateCache.sec) {
    dateCache.sec = sec;
    dateCache.text = new Date(sec * 1000).toUTCString();
  }
  return dateCache.text;
}

function OutgoingMessage() {
  Stream.call(this);
  this.output = [];
  this.outputEncodings = [];
  this.outputCallbacks = [];
  this.writable = true;
  this._last = false; // the connection closes after this message
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedHeader = {};
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._header = '';
  this._headers = null;
  this._headerNames = {};
  this.socket = null;
  this.connection = null;
}
util.inherits(OutgoingMessage, Stream);
exports.OutgoingMessage = OutgoingMessage;

OutgoingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function (socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function (error) {
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function (socket) { socket.destroy(error); });
  }
};

// Write body bytes, with the head in front of the first ones.
OutgoingMessage.prototype._send = function (data, encoding, callback) {
  if (!this._headerSent) {
    if (typeof data === 'string' && encoding !== 'hex' && encoding !== 'base64') {
      data = this._header + data;
    } else {
      this._queue(this._header, 'binary', null);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

// Put `data` in line behind whatever is queued, onto the socket if this
// message owns a usable one.
OutgoingMessage.prototype._queue = function (data, encoding, callback) {
  this.output.push(data);
  this.outputEncodings.push(encoding);
  this.outputCallbacks.push(callback);
};

OutgoingMessage.prototype._writeRaw = function (data, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  var conn = this.connection;
  if (conn && conn._httpMessage === this && conn.writable && !conn.destroyed) {
    while (this.output.length) {
      conn.write(this.output.shift(), this.outputEncodings.shift(), this.outputCallbacks.shift());
    }
    if (data.length === 0) {
      if (typeof callback === 'function') process.nextTick(callback);
      return true;
    }
    return conn.write(data, encoding, callback);
  }
  if (conn && conn.destroyed) {
    // Nowhere to go; 'close' is on its way.
    return false;
  }
  this._queue(data, encoding, callback);
  return false;
};

// Render the head: `firstLine`, then `headers` ({name: value} or
// [[name, value], ...]; an array value repeats the header), then what
// Node adds by itself (Date, Connection, Transfer-Encoding).
OutgoingMessage.prototype._storeHeader = function (firstLine, headers) {
  var state = {
    sentConnectionHeader: false,
    sentContentLengthHeader: false,
    sentTransferEncodingHeader: false,
    sentDateHeader: false,
    sentExpect: false,
    messageHeader: firstLine
  };
  var i, field, value;
  if (headers) {
    if (Array.isArray(headers)) {
      for (i = 0; i < headers.length; i++) {
        storeHeader(this, state, headers[i][0], headers[i][1]);
      }
    } else {
      var keys = Object.keys(headers);
      for (i = 0; i < keys.length; i++) {
        field = keys[i];
        value = headers[field];
        if (Array.isArray(value)) {
          for (var j = 0; j < value.length; j++) storeHeader(this, state, field, value[j]);
        } else {
          storeHeader(this, state, field, value);
        }
      }
    }
  }

  if (this.sendDate && !state.sentDateHeader) {
    state.messageHeader += 'Date: ' + utcDate() + CRLF;
  }

  // Say whether the connection goes on: keep-alive only when the peer can
  // tell where this message ends and the connection may live on.
  if (this._removedHeader.connection) {
    this._last = true;
    this.shouldKeepAlive = false;
  } else if (!state.sentConnectionHeader) {
    var keepAlive = this.shouldKeepAlive &&
      (state.sentContentLengthHeader || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive) {
      state.messageHeader += 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      state.messageHeader += 'Connection: close\r\n';
    }
  }

  if (!state.sentContentLengthHeader && !state.sentTransferEncodingHeader) {
    if (this._hasBody && !this._removedHeader['content-length']) {
      if (this.useChunkedEncodingByDefault && !this._removedHeader['transfer-encoding']) {
        state.messageHeader += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        // The body ends with the connection.
        this._last = true;
      }
    } else {
      this.chunkedEncoding = false;
    }
  }

  this._header = state.messageHeader + CRLF;
  this._headerSent = false;
  // The peer waits for the head before it answers 100 Continue: send it now.
  if (state.sentExpect) this._send('');
};

// A value may not end the header line early (response splitting).
function headerValue(value) {
  value = String(value);
  if (/[\r\n]/.test(value)) value = value.replace(/[\r\n]+[ \t]*/g, '');
  return value;
}

function storeHeader(self, state, field, value) {
  value = headerValue(value);
  state.messageHeader += field + ': ' + value + CRLF;
  var key = String(field).toLowerCase();
  if (key === 'connection') {
    state.sentConnectionHeader = true;
    if (/(?:^|\W)close(?:$|\W)/i.test(value)) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (key === 'transfer-encoding') {
    state.sentTransferEncodingHeader = true;
    if (/chunk/i.test(value)) self.chunkedEncoding = true;
  } else if (key === 'content-length') {
    state.sentContentLengthHeader = true;
  } else if (key === 'date') {
    state.sentDateHeader = true;
  } else if (key === 'expect') {
    state.sentExpect = true;
  }
}

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (arguments.length < 2) {
    throw new Error('`name` and `value` are required for setHeader().');
  }
  if (this._header) throw new Error('Can\'t set headers after they are sent.');
  var key = String(name).toLowerCase();
  if (this._headers === null) this._headers = {};
  this._headers[key] = value;
  this._headerNames[key] = name;
  if (automaticHeaders[key]) this._removedHeader[key] = false;
};

OutgoingMessage.prototype.getHeader = function (name) {
  if (arguments.length < 1) throw new Error('`name` is required for getHeader().');
  if (this._headers === null) return undefined;
  return this._headers[String(name).toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (arguments.length < 1) throw new Error('`name` is required for removeHeader().');
  if (this._header) throw new Error('Can\'t remove headers after they are sent.');
  var key = String(name).toLowerCase();
  if (key === 'date') this.sendDate = false;
  else if (automaticHeaders[key]) this._removedHeader[key] = true;
  if (this._headers !== null) {
    delete this._headers[key];
    delete this._headerNames[key];
  }
};

// The headers set so far, under the names they were set with.
OutgoingMessage.prototype._renderHeaders = function () {
  if (this._header) throw new Error('Can\'t render headers after they are sent to the client.');
  var out = {};
  if (this._headers === null) return out;
  var keys = Object.keys(this._headers);
  for (var i = 0; i < keys.length; i++) {
    out[this._headerNames[keys[i]]] = this._headers[keys[i]];
  }
  return out;
};

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true,
  enumerable: true,
  get: function () { return !!this._header; }
});

OutgoingMessage.prototype.write = function (chunk, encoding, callback) {
  var self = this;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (this.finished) {
    var err = new Error('write after end');
    process.nextTick(function () {
      self.emit('error', err);
      if (typeof callback === 'function') callback(err);
    });
    return true;
  }
  if (!this._header) this._implicitHeader();
  if (!this._hasBody) return true; // HEAD, 204, 304: no body to write
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    throw new TypeError('first argument must be a string or Buffer');
  }
  if (chunk.length === 0) return true;
  if (!this.chunkedEncoding) return this._send(chunk, encoding, callback);
  var len;
  if (typeof chunk === 'string' && encoding !== 'hex' && encoding !== 'base64' && encoding !== 'binary') {
    len = Buffer.byteLength(chunk, encoding);
    return this._send(len.toString(16) + CRLF + chunk + CRLF, encoding, callback);
  }
  if (typeof chunk === 'string') chunk = new Buffer(chunk, encoding);
  var framed = Buffer.concat([new Buffer(chunk.length.toString(16) + CRLF, 'binary'), chunk, crlfBuf]);
  return this._send(framed, null, callback);
};

OutgoingMessage.prototype.addTrailers = function (headers) {
  var keys = Object.keys(headers);
  var isArray = Array.isArray(headers);
  for (var i = 0; i < keys.length; i++) {
    var field, value;
    if (isArray) {
      field = headers[keys[i]][0];
      value = headers[keys[i]][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    this._trailer += field + ': ' + headerValue(value) + CRLF;
  }
};

OutgoingMessage.prototype.end = function (data, encoding, callback) {
  if (typeof data === 'function') {
    callback = data;
    data = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (data && typeof data !== 'string' && !Buffer.isBuffer(data)) {
    throw new TypeError('first argument must be a string or Buffer');
  }
  if (this.finished) return false;
  var self = this;
  function onFinish() { self.emit('finish'); }
  if (typeof callback === 'function') this.once('finish', callback);
  if (!this._header) this._implicitHeader();
  if (data && !this._hasBody) data = null; // no body allowed: dropped, as Node did
  var ret;
  if (data) ret = this.write(data, encoding);
  if (this.chunkedEncoding) {
    ret = this._send('0\r\n' + this._trailer + '\r\n', 'binary', onFinish);
  } else {
    // Sends the head if nothing did yet, and reports when all is out.
    ret = this._send('', 'binary', onFinish);
  }
  this.finished = true;
  // Everything reached the socket: the server or the agent may move on.
  if (this.output.length === 0 && this.connection && this.connection._httpMessage === this) {
    this._finish();
  }
  return ret;
};

OutgoingMessage.prototype._finish = function () {
  this.emit('prefinish');
};

// The message just got its socket: write out what waited for it.
OutgoingMessage.prototype._flush = function () {
  var socket = this.socket;
  if (socket && socket.writable) {
    var ret;
    while (this.output.length) {
      ret = socket.write(this.output.shift(), this.outputEncodings.shift(), this.outputCallbacks.shift());
    }
    if (this.finished) {
      this._finish();
    } else if (ret) {
      this.emit('drain');
    }
  }
};

// v0.12's flush(): send the head now, before any body (flushHeaders later).
OutgoingMessage.prototype.flush = function () {
  if (!this._header) {
    this._implicitHeader();
    this._send('');
  }
};
OutgoingMessage.prototype.flushHeaders = OutgoingMessage.prototype.flush;
