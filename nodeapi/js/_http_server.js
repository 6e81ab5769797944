'use strict';
// http.Server and http.ServerResponse as documented for Node v0.12.
//
// A Server is a net.Server whose connections are read by a parser
// (_http_common.js) into IncomingMessages. Requests on one connection are
// answered in order: a response waits in `outgoing` until the ones before
// it are finished. After a persha restart the server listens again (net);
// the connections it had report 'clientError' (code 'ERESTARTED') and
// close, so their requests emit 'aborted' and their responses 'close'.

var util = require('util');
var net = require('net');
var EventEmitter = require('events').EventEmitter;
var common = require('_http_common');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;

var HTTPParser = common.HTTPParser;
var CRLF = common.CRLF;

var STATUS_CODES = exports.STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing', // RFC 2518, obsoleted by RFC 4918
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status', // RFC 4918
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Moved Temporarily',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect', // RFC 7238
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Time-out',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Large',
  415: 'Unsupported Media Type',
  416: 'Requested Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a teapot', // RFC 2324
  422: 'Unprocessable Entity', // RFC 4918
  423: 'Locked', // RFC 4918
  424: 'Failed Dependency', // RFC 4918
  425: 'Unordered Collection', // RFC 4918
  426: 'Upgrade Required', // RFC 2817
  428: 'Precondition Required', // RFC 6585
  429: 'Too Many Requests', // RFC 6585
  431: 'Request Header Fields Too Large', // RFC 6585
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Time-out',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', // RFC 2295
  507: 'Insufficient Storage', // RFC 4918
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended', // RFC 2774
  511: 'Network Authentication Required' // RFC 6585
};

// ---- ServerResponse -----------------------------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.sendDate = true;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    // An HTTP/1.0 client reads chunks only if it said it can (TE: chunked).
    this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
util.inherits(ServerResponse, OutgoingMessage);
exports.ServerResponse = ServerResponse;

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

function onServerResponseClose() {
  // The connection closed under this response (the socket's 'close').
  if (this._httpMessage) this._httpMessage.emit('close');
}

ServerResponse.prototype.assignSocket = function (socket) {
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.connection = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function (socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = this.connection = null;
};

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue' + CRLF + CRLF, 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function (statusCode, reason, obj) {
  var headers;
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage = this.statusMessage || STATUS_CODES[statusCode] || 'unknown';
    obj = reason;
  }
  this.statusCode = statusCode;
  if (this._headers) {
    // Headers set with setHeader() and given here: one set, these winning.
    if (obj) {
      var keys = Object.keys(obj);
      for (var i = 0; i < keys.length; i++) {
        if (keys[i]) this.setHeader(keys[i], obj[keys[i]]);
      }
    }
    headers = this._renderHeaders();
  } else {
    headers = obj;
  }
  var statusLine = 'HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + CRLF;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    // These never have a body (RFC 2616 4.4); one written is dropped.
    this._hasBody = false;
  }
  // The client was told to wait for 100 Continue but gets a final answer:
  // it may still send the body, so this connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
};

ServerResponse.prototype.writeHeader = function () {
  return this.writeHead.apply(this, arguments);
};

// ---- Server -------------------------------------------------------------------------

function Server(requestListener) {
  if (!(this instanceof Server)) return new Server(requestListener);
  // Half-open: a client's FIN must not cut off the response it waits for.
  net.Server.call(this, { allowHalfOpen: true });
  if (requestListener) this.addListener('request', requestListener);
  // Whether a request half-closed by the client still gets its answer.
  this.httpAllowHalfOpen = false;
  this.addListener('connection', connectionListener);
  this.addListener('clientError', function (err, conn) {
    conn.destroy(err);
  });
  this.timeout = 2 * 60 * 1000;
}
util.inherits(Server, net.Server);
exports.Server = Server;

Server.prototype.setTimeout = function (msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  var self = this;
  var outgoing = []; // responses waiting for the ones before them
  var incoming = []; // requests whose responses are not finished

  function abortIncoming() {
    while (incoming.length) {
      var req = incoming.shift();
      req.emit('aborted');
      req.emit('close');
    }
  }

  if (self.timeout) socket.setTimeout(self.timeout);
  socket.on('timeout', function () {
    var req = socket.parser && socket.parser.incoming;
    var reqTimeout = req && !req.complete && req.emit('timeout', socket);
    var res = socket._httpMessage;
    var resTimeout = res && res.emit('timeout', socket);
    var serverTimeout = self.emit('timeout', socket);
    // Nobody cares about this idle connection: close it.
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });

  var parser = new HTTPParser(HTTPParser.REQUEST);
  parser.socket = socket;
  socket.parser = parser;
  parser.maxHeaderPairs = self.maxHeadersCount ? self.maxHeadersCount << 1 : 2000;
  parser.onIncoming = parserOnIncoming;

  common.httpSocketSetup(socket);
  socket.addListener('error', socketOnError);
  socket.addListener('close', serverSocketCloseListener);
  socket.on('end', socketOnEnd);
  socket.on('data', socketOnData);

  function socketOnError(e) {
    self.emit('clientError', e, this);
  }

  function serverSocketCloseListener() {
    common.freeParser(parser, null);
    abortIncoming();
  }

  function socketOnData(d) {
    var ret = parser.execute(d);
    if (ret instanceof Error) {
      socket.destroy(ret);
    } else if (parser._state === 'upgraded') {
      // Upgrade or CONNECT: the rest of the connection is not HTTP.
      var req = parser.incoming;
      socket.removeListener('data', socketOnData);
      socket.removeListener('end', socketOnEnd);
      common.freeParser(parser, null);
      var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (EventEmitter.listenerCount(self, eventName) > 0) {
        var bodyHead = d.slice(ret, d.length);
        // The new owner decides how to read: neither flowing nor paused.
        socket._readableState.flowing = null;
        self.emit(eventName, req, socket, bodyHead);
      } else {
        // Nobody speaks the protocol asked for.
        socket.destroy();
      }
    }
  }

  function socketOnEnd() {
    var ret = parser.finish();
    if (ret instanceof Error) {
      socket.destroy(ret);
      return;
    }
    if (!self.httpAllowHalfOpen) {
      abortIncoming();
      if (socket.writable) socket.end();
    } else if (outgoing.length) {
      outgoing[outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  }

  function parserOnIncoming(req, shouldKeepAlive) {
    incoming.push(req);
    var res = new ServerResponse(req);
    res.shouldKeepAlive = shouldKeepAlive;
    if (socket._httpMessage) {
      outgoing.push(res); // pipelined: answered after the ones before
    } else {
      res.assignSocket(socket);
    }

    res.on('prefinish', function resOnFinish() {
      // abortIncoming() may have emptied `incoming` already.
      if (incoming[0] === req) incoming.shift();
      // A body nobody read is drained so that the next request is parsed.
      if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
      res.detachSocket(socket);
      if (res._last) {
        socket.destroySoon();
      } else {
        var next = outgoing.shift();
        if (next) next.assignSocket(socket);
      }
    });

    if (req.headers.expect !== undefined && req.httpVersionMajor === 1 &&
        req.httpVersionMinor === 1 && common.continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (EventEmitter.listenerCount(self, 'checkContinue') > 0) {
        self.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        self.emit('request', req, res);
      }
    } else {
      self.emit('request', req, res);
    }
    return false; // a request has its body, if any
  }
}
exports._connectionListener = connectionListener;
