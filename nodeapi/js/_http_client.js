'use strict';
// http.ClientRequest as documented for Node v0.12: an OutgoingMessage that
// gets its socket from an Agent (or makes one), and reads the response
// with a parser (_http_common.js) into an IncomingMessage.
//
// After a persha restart a connection in use reports an 'error' with code
// 'ERESTARTED' on its request, which then closes; nothing is sent again by
// itself (the request may have had effects on the server).

var util = require('util');
var net = require('net');
var url = require('url');
var EventEmitter = require('events').EventEmitter;
var Buffer = require('buffer').Buffer;
var common = require('_http_common');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var Agent = require('_http_agent');

var HTTPParser = common.HTTPParser;

function ClientRequest(options, cb) {
  var self = this;
  OutgoingMessage.call(self);
  if (typeof options === 'string') {
    options = url.parse(options);
  } else {
    options = util._extend({}, options);
  }

  var agent = options.agent;
  var defaultAgent = options._defaultAgent || Agent.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if ((agent === null || agent === undefined) && !options.createConnection) {
    agent = defaultAgent;
  }
  self.agent = agent;

  var protocol = options.protocol || defaultAgent.protocol;
  var expectedProtocol = defaultAgent.protocol;
  if (self.agent && self.agent.protocol) expectedProtocol = self.agent.protocol;
  if (options.path && / /.test(options.path)) {
    // Only spaces are checked: they always make a broken request line.
    throw new TypeError('Request path contains unescaped characters.');
  } else if (protocol !== expectedProtocol) {
    throw new Error('Protocol "' + protocol + '" not supported. ' +
      'Expected "' + expectedProtocol + '".');
  }

  var defaultPort = options.defaultPort || (self.agent && self.agent.defaultPort);
  var port = options.port = options.port || defaultPort || 80;
  var host = options.host = options.hostname || options.host || 'localhost';
  var setHost = options.setHost === undefined;
  self.socketPath = options.socketPath;

  var method = self.method = (options.method || 'GET').toUpperCase();
  self.path = options.path || '/';
  if (cb) self.once('response', cb);

  if (!Array.isArray(options.headers)) {
    if (options.headers) {
      var keys = Object.keys(options.headers);
      for (var i = 0; i < keys.length; i++) self.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !self.getHeader('host') && setHost) {
      var hostHeader = host;
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      self.setHeader('Host', hostHeader);
    }
  }
  if (options.auth && !self.getHeader('Authorization')) {
    self.setHeader('Authorization', 'Basic ' + new Buffer(options.auth).toString('base64'));
  }

  // Requests that normally carry no body are not chunked unless asked.
  self.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' ||
    method === 'DELETE' || method === 'OPTIONS' || method === 'CONNECT');

  var firstLine = self.method + ' ' + self.path + ' HTTP/1.1\r\n';
  if (Array.isArray(options.headers)) {
    self._storeHeader(firstLine, options.headers);
  } else if (self.getHeader('expect')) {
    // Expect: 100-continue: the head goes out at once (see _storeHeader).
    self._storeHeader(firstLine, self._renderHeaders());
  }

  if (self.socketPath) {
    self._last = true;
    self.shouldKeepAlive = false;
    var pathConn = (self.agent || net).createConnection({ path: self.socketPath });
    self.onSocket(pathConn);
  } else if (self.agent) {
    // keep-alive only where the agent would ever reuse the connection.
    if (!self.agent.keepAlive && !isFinite(self.agent.maxSockets)) {
      self._last = true;
      self.shouldKeepAlive = false;
    } else {
      self._last = false;
      self.shouldKeepAlive = true;
    }
    self.agent.addRequest(self, options);
  } else {
    self._last = true;
    self.shouldKeepAlive = false;
    var conn = options.createConnection ? options.createConnection(options) : net.createConnection(options);
    self.onSocket(conn);
  }

  self._deferToConnect(null, null, function () {
    self._flush();
  });
}
util.inherits(ClientRequest, OutgoingMessage);
exports.ClientRequest = ClientRequest;

ClientRequest.prototype._implicitHeader = function () {
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._renderHeaders());
};

ClientRequest.prototype.abort = function () {
  // A truthy flag (the time, as Node kept it).
  this.aborted = Date.now();
  if (this.res) {
    this.res._dump();
  } else {
    this.once('response', function (res) { res._dump(); });
  }
  // Without a socket yet, onSocket() sees the flag and gives it back.
  if (this.socket) this.socket.destroy();
};

function createHangUpError() {
  var error = new Error('socket hang up');
  error.code = 'ECONNRESET';
  return error;
}

function socketCloseListener() {
  var socket = this;
  var req = socket._httpMessage;
  if (!req) return;
  // The socket may close with the end of the response still in its buffer
  // (the reader was paused): hand it to the parser before judging.
  socket.read();
  req.emit('close');
  var res = req.res;
  if (res && !res.complete && res.readable) {
    // The connection closed before the response's end.
    res.emit('aborted');
    res.on('end', function () { res.emit('close'); });
    res.push(null);
  } else if (!res && !socket._hadError) {
    // Closed before any response: the request fails.
    req.emit('error', createHangUpError());
    socket._hadError = true;
  }
  // Whatever waited for the socket will never be written.
  req.output = [];
  req.outputEncodings = [];
  req.outputCallbacks = [];
  var parser = socket.parser;
  if (parser) {
    parser.finish();
    common.freeParser(parser, req);
  }
}

function socketErrorListener(err) {
  var socket = this;
  var parser = socket.parser;
  var req = socket._httpMessage;
  if (req) {
    req.emit('error', err);
    // Later errors from this socket must not be reported again.
    socket._hadError = true;
  }
  if (parser) {
    parser.finish();
    common.freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnEnd() {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  if (!req.res && !socket._hadError) {
    // The server closed without answering.
    req.emit('error', createHangUpError());
    socket._hadError = true;
  }
  if (parser) {
    parser.finish();
    common.freeParser(parser, req);
  }
  socket.destroy();
}

function socketOnData(d) {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  if (!parser || !req) return;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    common.freeParser(parser, req);
    socket.destroy();
    req.emit('error', ret);
    socket._hadError = true;
  } else if (parser._state === 'upgraded') {
    // Upgrade or CONNECT: the rest of the connection belongs to the caller.
    var res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    common.freeParser(parser, req);
    var bodyHead = d.slice(ret, d.length);
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (EventEmitter.listenerCount(req, eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._readableState.flowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete &&
             // After 100 Continue the real response is still to come.
             parser.incoming.statusCode !== 100) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    common.freeParser(parser, req);
  }
}

// The parser found a response head. Returns true to skip its body.
function parserOnIncomingClient(res, shouldKeepAlive) {
  var socket = this.socket;
  var req = socket._httpMessage;
  if (req.res) {
    // A second response to one request: the server is confused.
    socket.destroy();
    return false;
  }
  req.res = res;
  // The answer to CONNECT opens a tunnel: handled like an upgrade.
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return true;
  }
  var isHeadResponse = req.method === 'HEAD';
  if (res.statusCode === 100) {
    // Not the response yet: the server asks for the body.
    delete req.res;
    req.emit('continue');
    return true;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    // The server did not agree to keep the connection.
    req.shouldKeepAlive = false;
  }
  res.req = req;
  // Ours first, so the socket is dealt with whatever the program does.
  res.on('end', responseOnEnd);
  var handled = req.emit('response', res);
  // Nobody can read this body: let it run off so the socket moves on.
  if (!handled) res._dump();
  return isHeadResponse;
}

function responseOnEnd() {
  var res = this;
  var req = res.req;
  var socket = req.socket;
  if (!req.shouldKeepAlive) {
    if (socket.writable) socket.destroySoon();
  } else {
    if (req.timeoutCb) {
      socket.setTimeout(0, req.timeoutCb);
      req.timeoutCb = null;
    }
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('error', socketErrorListener);
    // Given back after the program's own 'end' listeners have run.
    process.nextTick(function () { socket.emit('free'); });
  }
}

function tickOnSocket(req, socket) {
  var parser = new HTTPParser(HTTPParser.RESPONSE);
  req.socket = socket;
  req.connection = socket;
  parser.socket = socket;
  parser.incoming = null;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  socket._hadError = false;
  common.httpSocketSetup(socket);
  parser.maxHeaderPairs = typeof req.maxHeadersCount === 'number' ? req.maxHeadersCount << 1 : 2000;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  req.emit('socket', socket);
}

ClientRequest.prototype.onSocket = function (socket) {
  var req = this;
  process.nextTick(function () {
    if (req.aborted) {
      // Aborted while waiting: the agent may give the socket to another.
      socket.emit('free');
    } else {
      tickOnSocket(req, socket);
    }
  });
};

// Run `method` on the socket (and then `cb`) once it is connected, however
// long the socket takes to come from the agent and to connect.
ClientRequest.prototype._deferToConnect = function (method, args, cb) {
  var self = this;
  function run() {
    if (method) self.socket[method].apply(self.socket, args);
    if (cb) cb();
  }
  function onSocket() {
    if (self.socket.writable && !self.socket._connecting) run();
    else self.socket.once('connect', run);
  }
  if (!self.socket) self.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.once('timeout', callback);
  var self = this;
  function emitTimeout() {
    self.emit('timeout');
  }
  if (this.socket && this.socket.writable && !this.socket._connecting) {
    if (this.timeoutCb) this.socket.setTimeout(0, this.timeoutCb);
    this.timeoutCb = emitTimeout;
    this.socket.setTimeout(msecs, emitTimeout);
    return this;
  }
  // Set now so that the response's end clears it.
  this.timeoutCb = emitTimeout;
  function arm(sock) {
    if (sock._connecting) {
      sock.once('connect', function () { sock.setTimeout(msecs, emitTimeout); });
    } else {
      sock.setTimeout(msecs, emitTimeout);
    }
  }
  if (this.socket) arm(this.socket);
  else this.once('socket', arm);
  return this;
};

ClientRequest.prototype.setNoDelay = function () {
  this._deferToConnect('setNoDelay', Array.prototype.slice.call(arguments));
};

ClientRequest.prototype.setSocketKeepAlive = function () {
  this._deferToConnect('setKeepAlive', Array.prototype.slice.call(arguments));
};
