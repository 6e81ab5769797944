'use strict';
// http.Agent as documented for Node v0.12: a pool of client connections
// per host:port:localAddress. `sockets` are in use, `freeSockets` wait for
// the next request (keepAlive agents only), `requests` wait for a socket
// (more than maxSockets in use).
//
// A free socket keeps an 'error' listener: after a persha restart it
// reports ERESTARTED like any connection, and must just leave the pool.

var net = require('net');
var util = require('util');
var EventEmitter = require('events').EventEmitter;

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  var self = this;
  self.defaultPort = 80;
  self.protocol = 'http:';
  self.options = util._extend({}, options);
  // Not a Unix socket path: that is the request's `socketPath`.
  self.options.path = null;
  self.requests = {};
  self.sockets = {};
  self.freeSockets = {};
  self.keepAliveMsecs = self.options.keepAliveMsecs || 1000;
  self.keepAlive = self.options.keepAlive || false;
  self.maxSockets = self.options.maxSockets || Agent.defaultMaxSockets;
  self.maxFreeSockets = self.options.maxFreeSockets || 256;

  self.on('free', function (socket, options) {
    var name = self.getName(options);
    var queue = self.requests[name];
    if (!socket.destroyed && queue && queue.length) {
      queue.shift().onSocket(socket);
      if (queue.length === 0) delete self.requests[name];
      return;
    }
    // Nobody waits: keep the socket for later if this agent keeps any.
    var req = socket._httpMessage;
    if (req && req.shouldKeepAlive && !socket.destroyed && self.keepAlive) {
      var free = self.freeSockets[name];
      var freeLen = free ? free.length : 0;
      var count = freeLen + (self.sockets[name] ? self.sockets[name].length : 0);
      if (count > self.maxSockets || freeLen >= self.maxFreeSockets) {
        self.removeSocket(socket, options);
        socket.destroy();
      } else {
        free = self.freeSockets[name] = free || [];
        socket.setKeepAlive(true, self.keepAliveMsecs);
        socket.unref();
        socket._httpMessage = null;
        self.removeSocket(socket, options);
        socket.on('error', freeSocketErrorListener);
        free.push(socket);
      }
    } else {
      self.removeSocket(socket, options);
      socket.destroy();
    }
  });
}
util.inherits(Agent, EventEmitter);
exports.Agent = Agent;

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

function freeSocketErrorListener() {
  // A pooled connection failed (reset, or lost at a restart): drop it.
  this.destroy();
}

// The pool a request belongs to.
Agent.prototype.getName = function (options) {
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  name += ':';
  return name;
};

Agent.prototype.addRequest = function (req, options) {
  if (typeof options === 'string') {
    // The older signature: addRequest(req, host, port, localAddress).
    options = { host: options, port: arguments[2], localAddress: arguments[3] };
  }
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var free = this.freeSockets[name];
  var freeLen = free ? free.length : 0;
  var sockLen = freeLen + this.sockets[name].length;
  if (freeLen) {
    var socket = free.shift();
    if (!free.length) delete this.freeSockets[name];
    socket.removeListener('error', freeSocketErrorListener);
    socket.ref();
    req.onSocket(socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets) {
    req.onSocket(this.createSocket(req, options));
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function (req, options) {
  var self = this;
  options = util._extend({}, options);
  options = util._extend(options, self.options);
  options.servername = options.host;
  if (req) {
    var hostHeader = req.getHeader('host');
    if (hostHeader) options.servername = String(hostHeader).replace(/:.*$/, '');
  }
  var name = self.getName(options);
  var s = self.createConnection(options);
  if (!self.sockets[name]) self.sockets[name] = [];
  self.sockets[name].push(s);

  function onFree() {
    self.emit('free', s, options);
  }
  function onClose() {
    self.removeSocket(s, options);
  }
  // Taken out of the pool for good (an upgraded connection).
  function onRemove() {
    self.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('free', onFree);
  s.on('close', onClose);
  s.on('agentRemove', onRemove);
  return s;
};

Agent.prototype.removeSocket = function (s, options) {
  var name = this.getName(options);
  var sets = [this.sockets];
  // A destroyed socket leaves the free pool too.
  if (s.destroyed) sets.push(this.freeSockets);
  sets.forEach(function (sockets) {
    var list = sockets[name];
    if (!list) return;
    var i = list.indexOf(s);
    if (i !== -1) {
      list.splice(i, 1);
      if (list.length === 0) delete sockets[name];
    }
  });
  var queue = this.requests[name];
  if (queue && queue.length) {
    // A socket went away while requests wait: open one for them.
    this.createSocket(queue[0], options).emit('free');
  }
};

Agent.prototype.destroy = function () {
  [this.freeSockets, this.sockets].forEach(function (set) {
    Object.keys(set).forEach(function (name) {
      set[name].slice().forEach(function (socket) {
        socket.destroy();
      });
    });
  });
};

exports.globalAgent = new Agent();
