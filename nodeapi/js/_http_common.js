'use strict';
// What the http server and client share: the HTTP/1.x message parser and the
// hooks that turn its findings into IncomingMessages.
//
// The parser is plain JavaScript state (where in a message we are, bytes of
// an unfinished head or chunk-size line, how much body is left) over three
// stateless host ops (nodeapi/src/ops/http.rs, httparse): the head, a
// chunk-size line, the trailers. Keeping the state here, in the heap, is
// what lets a connection's parse survive a restart between two 'data'
// events: the Rust side remembers nothing between calls.

var Buffer = require('buffer').Buffer;
var IncomingMessage = require('_http_incoming').IncomingMessage;
var host = internal.host;

var CRLF = '\r\n';
exports.CRLF = CRLF;
exports.chunkExpression = /chunk/i;
exports.continueExpression = /100-continue/i;

// The methods Node v0.12's parser knew (http_parser 2.3); others are a
// parse error (HPE_INVALID_METHOD), as they were.
var methods = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE',
  'COPY', 'LOCK', 'MKCOL', 'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK',
  'REPORT', 'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY',
  'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR'
];
exports.methods = methods;
var knownMethod = Object.create(null);
methods.forEach(function (m) { knownMethod[m] = true; });

// http_parser's limit on the size of a message head.
var MAX_HEAD = 80 * 1024;

function bytesOf(buf) {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

function parseError(code, bytesParsed) {
  var err = new Error('Parse Error');
  err.bytesParsed = bytesParsed;
  err.code = code;
  return err;
}

// ---- the parser ---------------------------------------------------------------------

// States: 'head' (waiting for a start line and headers), 'length' (a body
// of known length), 'chunk-size', 'chunk-data', 'chunk-end' (the CRLF after
// a chunk's data), 'trailers', 'eof' (a body that ends with the connection),
// 'dead' (after a message that closes the connection), 'upgraded' (the
// bytes now belong to another protocol) and 'closed'.
function HTTPParser(type) {
  this.type = type;
  this.socket = null;
  this.incoming = null;
  this.outgoing = null;
  this.maxHeaderPairs = 2000;
  this.onIncoming = null;
  this.reinitialize(type);
}
HTTPParser.REQUEST = 0;
HTTPParser.RESPONSE = 1;
exports.HTTPParser = HTTPParser;

HTTPParser.prototype.reinitialize = function (type) {
  this.type = type;
  this._state = 'head';
  this._pending = null; // bytes kept until there are enough to parse them
  this._left = 0; // body bytes still to come in this message or chunk
  this._keepAlive = false; // whether the connection goes on after this message
  this._afterOneXX = false; // a 1xx response: another response follows
};

// Stop: no callbacks from now on, whatever arrives.
HTTPParser.prototype.close = function () {
  this._state = 'closed';
  this._pending = null;
};

// Feed bytes. Returns how many bytes of `chunk` belong to HTTP (all of them,
// except after an upgrade: the rest is the new protocol's), or an Error.
HTTPParser.prototype.execute = function (chunk) {
  var data = chunk;
  var base = 0; // bytes of `data` that came from earlier calls
  if (this._pending) {
    base = this._pending.length;
    data = Buffer.concat([this._pending, chunk]);
    this._pending = null;
  }
  var pos = 0;
  var r, n;
  for (;;) {
    var st = this._state;
    if (st === 'closed' || st === 'upgraded') break;
    var avail = data.length - pos;
    if (avail === 0) break;
    switch (st) {
      case 'head':
        r = host('httpParseHead', bytesOf(data.slice(pos)), this.type === HTTPParser.REQUEST);
        if (r.error) return this._fail(r.error, pos - base);
        if (!r.complete) {
          if (avail > MAX_HEAD) return this._fail('HPE_HEADER_OVERFLOW', pos - base);
          this._pending = new Buffer(data.slice(pos));
          return chunk.length;
        }
        if (r.consumed > MAX_HEAD) return this._fail('HPE_HEADER_OVERFLOW', pos - base);
        pos += r.consumed;
        var err = this._onHead(r);
        if (err) return this._fail(err, pos - base);
        break;
      case 'length':
        n = Math.min(avail, this._left);
        this._left -= n;
        this._body(data.slice(pos, pos + n));
        pos += n;
        if (this._left === 0 && this._state === 'length') this._complete();
        break;
      case 'chunk-size':
        r = host('httpParseChunkSize', bytesOf(data.slice(pos)));
        if (r.error) return this._fail(r.error, pos - base);
        if (!r.complete) {
          if (avail > 1024) return this._fail('HPE_INVALID_CHUNK_SIZE', pos - base);
          this._pending = new Buffer(data.slice(pos));
          return chunk.length;
        }
        pos += r.consumed;
        if (r.size === 0) {
          this._state = 'trailers';
        } else {
          this._left = r.size;
          this._state = 'chunk-data';
        }
        break;
      case 'chunk-data':
        n = Math.min(avail, this._left);
        this._left -= n;
        if (this._left === 0) this._state = 'chunk-end';
        this._body(data.slice(pos, pos + n));
        pos += n;
        break;
      case 'chunk-end':
        if (data[pos] === 10) {
          pos += 1; // a bare LF, as lenient parsers accept
        } else if (data[pos] === 13) {
          if (avail < 2) {
            this._pending = new Buffer(data.slice(pos));
            return chunk.length;
          }
          if (data[pos + 1] !== 10) return this._fail('HPE_STRICT', pos - base);
          pos += 2;
        } else {
          return this._fail('HPE_STRICT', pos - base);
        }
        this._state = 'chunk-size';
        break;
      case 'trailers':
        r = host('httpParseTrailers', bytesOf(data.slice(pos)));
        if (r.error) return this._fail(r.error, pos - base);
        if (!r.complete) {
          if (avail > MAX_HEAD) return this._fail('HPE_HEADER_OVERFLOW', pos - base);
          this._pending = new Buffer(data.slice(pos));
          return chunk.length;
        }
        pos += r.consumed;
        this._complete(r.rawHeaders);
        break;
      case 'eof':
        this._body(data.slice(pos));
        pos = data.length;
        break;
      case 'dead':
        // Only line ends may follow a message that ends the connection.
        while (pos < data.length && (data[pos] === 13 || data[pos] === 10)) pos++;
        if (pos < data.length) return this._fail('HPE_CLOSED_CONNECTION', pos - base);
        break;
    }
  }
  if (this._state === 'upgraded') return pos - base;
  return chunk.length;
};

// The connection ended. A body that runs to the end of the connection is
// complete now; ending in the middle of any other message is an error.
HTTPParser.prototype.finish = function () {
  var st = this._state;
  if (st === 'eof') {
    this._complete();
    return undefined;
  }
  if (st === 'head') {
    var p = this._pending;
    for (var i = 0; p && i < p.length; i++) {
      if (p[i] !== 13 && p[i] !== 10) return this._fail('HPE_INVALID_EOF_STATE', 0);
    }
    return undefined;
  }
  if (st === 'dead' || st === 'closed' || st === 'upgraded') return undefined;
  return this._fail('HPE_INVALID_EOF_STATE', 0);
};

HTTPParser.prototype._fail = function (code, bytesParsed) {
  this.close();
  return parseError(code, bytesParsed < 0 ? 0 : bytesParsed);
};

// Read how the message is framed and whether the connection goes on, make
// the IncomingMessage and hand it over. Returns an error code or undefined.
HTTPParser.prototype._onHead = function (r) {
  var isRequest = this.type === HTTPParser.REQUEST;
  if (isRequest && !knownMethod[r.method]) return 'HPE_INVALID_METHOD';
  var raw = r.rawHeaders;
  var chunked = false;
  var length = -1;
  var connClose = false, connKeepAlive = false, connUpgrade = false;
  var hasUpgrade = false;
  for (var i = 0; i < raw.length; i += 2) {
    var name = raw[i].toLowerCase();
    var value = raw[i + 1];
    if (name === 'transfer-encoding') {
      chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
    } else if (name === 'content-length') {
      if (!/^\s*\d+\s*$/.test(value)) return 'HPE_INVALID_CONTENT_LENGTH';
      length = parseInt(value, 10);
    } else if (name === 'connection' || name === 'proxy-connection') {
      value.split(',').forEach(function (tok) {
        tok = tok.trim().toLowerCase();
        if (tok === 'close') connClose = true;
        else if (tok === 'keep-alive') connKeepAlive = true;
        else if (tok === 'upgrade') connUpgrade = true;
      });
    } else if (name === 'upgrade') {
      hasUpgrade = true;
    }
  }
  var status = r.statusCode;
  var bodyless = !isRequest && ((status >= 100 && status < 200) || status === 204 || status === 304);
  // As http_parser: a response whose end is the connection's end cannot
  // keep the connection (judged before the HEAD case is known, as it was).
  var needsEof = !isRequest && !bodyless && !chunked && length < 0;
  var keepAlive = needsEof ? false : (r.versionMinor >= 1 ? !connClose : connKeepAlive);
  var upgrade = (hasUpgrade && connUpgrade) || (isRequest && r.method === 'CONNECT');

  var msg = new IncomingMessage(this.socket);
  msg.httpVersionMajor = r.versionMajor;
  msg.httpVersionMinor = r.versionMinor;
  msg.httpVersion = r.versionMajor + '.' + r.versionMinor;
  if (isRequest) {
    msg.method = r.method;
    msg.url = r.url;
  } else {
    msg.statusCode = status;
    msg.statusMessage = r.statusMessage;
  }
  var n = raw.length;
  if (this.maxHeaderPairs > 0) n = Math.min(n, this.maxHeaderPairs);
  msg._addHeaderLines(raw, n);
  msg.upgrade = upgrade;
  this.incoming = msg;

  var skipBody = false;
  // An upgrade is announced after execute() returns, with the bytes that
  // followed the head (see the server's and the client's data handlers).
  if (!upgrade && this.onIncoming) skipBody = !!this.onIncoming(msg, keepAlive);
  if (this._state === 'closed') return undefined;
  // The client may turn a response into an upgrade (CONNECT's answer).
  if (msg.upgrade) {
    this._state = 'upgraded';
    return undefined;
  }
  this._keepAlive = (isRequest || skipBody || bodyless || chunked || length >= 0) &&
    (r.versionMinor >= 1 ? !connClose : connKeepAlive);
  this._afterOneXX = !isRequest && status >= 100 && status < 200;
  if (skipBody || bodyless) {
    this._complete();
  } else if (chunked) {
    this._state = 'chunk-size';
  } else if (length > 0) {
    this._left = length;
    this._state = 'length';
  } else if (length === 0 || isRequest) {
    this._complete();
  } else {
    this._state = 'eof';
  }
  return undefined;
};

HTTPParser.prototype._body = function (slice) {
  var msg = this.incoming;
  if (!msg || slice.length === 0 || msg._dumped) return;
  // Socket data arrives in a fresh Buffer each time: slices can be kept.
  if (!msg.push(slice)) readStop(this.socket);
};

HTTPParser.prototype._complete = function (rawTrailers) {
  var msg = this.incoming;
  var oneXX = this._afterOneXX;
  this._state = (this._keepAlive || oneXX) ? 'head' : 'dead';
  this._left = 0;
  this._afterOneXX = false;
  if (msg) {
    msg.complete = true;
    if (rawTrailers && rawTrailers.length) {
      var n = rawTrailers.length;
      if (this.maxHeaderPairs > 0) n = Math.min(n, this.maxHeaderPairs);
      msg._addHeaderLines(rawTrailers, n);
    }
    if (!msg.upgrade) msg.push(null);
  }
  readStart(this.socket);
};

// ---- flow control between a socket and the message it feeds ------------------------

// Stop reading while the message's reader is behind; resume when it reads.
function readStop(socket) {
  if (socket && !socket._httpPaused) {
    socket._httpPaused = true;
    socket.pause();
  }
}
exports.readStop = readStop;

function readStart(socket) {
  if (socket && socket._httpPaused && !socket.destroyed) {
    socket._httpPaused = false;
    socket.resume();
  }
}
exports.readStart = readStart;

// Forget the parser: the socket may live on (keep-alive) or be handed over.
exports.freeParser = function (parser, req) {
  if (parser) {
    parser.close();
    if (parser.socket && parser.socket.parser === parser) parser.socket.parser = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.onIncoming = null;
  }
  if (req) req.parser = null;
};

// 'drain' on the socket is 'drain' on the message it is writing.
function ondrain() {
  if (this._httpMessage) this._httpMessage.emit('drain');
}

exports.httpSocketSetup = function (socket) {
  socket.removeListener('drain', ondrain);
  socket.on('drain', ondrain);
};
