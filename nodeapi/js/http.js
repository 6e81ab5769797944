'use strict';
// http as documented for Node v0.12, over net. The parts live in the
// modules v0.12 had: _http_common (the parser), _http_incoming,
// _http_outgoing, _http_server, _http_agent, _http_client.
//
// persha: a server listens again by itself after a restart; connections
// open at the stop are gone (their sockets report code 'ERESTARTED':
// 'clientError' on a server, 'error' on a client request).

var util = require('util');
var EventEmitter = require('events').EventEmitter;

exports.IncomingMessage = require('_http_incoming').IncomingMessage;

var common = require('_http_common');
exports.METHODS = common.methods.slice().sort();

exports.OutgoingMessage = require('_http_outgoing').OutgoingMessage;

var server = require('_http_server');
exports.ServerResponse = server.ServerResponse;
exports.STATUS_CODES = server.STATUS_CODES;

var agent = require('_http_agent');
var Agent = exports.Agent = agent.Agent;
exports.globalAgent = agent.globalAgent;

var client = require('_http_client');
var ClientRequest = exports.ClientRequest = client.ClientRequest;

exports.request = function (options, cb) {
  return new ClientRequest(options, cb);
};

exports.get = function (options, cb) {
  var req = exports.request(options, cb);
  req.end();
  return req;
};

exports._connectionListener = server._connectionListener;
var Server = exports.Server = server.Server;

exports.createServer = function (requestListener) {
  return new Server(requestListener);
};

// ---- the deprecated Client (v0.12 still had it) -------------------------------------

function Client(port, host) {
  if (!(this instanceof Client)) return new Client(port, host);
  EventEmitter.call(this);
  host = host || 'localhost';
  port = port || 80;
  this.host = host;
  this.port = port;
  this.agent = new Agent({ host: host, port: port, maxSockets: 1 });
}
util.inherits(Client, EventEmitter);

Client.prototype.request = function (method, path, headers) {
  var self = this;
  var options = {};
  options.host = self.host;
  options.port = self.port;
  if (method[0] === '/') {
    headers = path;
    path = method;
    method = 'GET';
  }
  options.method = method;
  options.path = path;
  options.headers = headers;
  options.agent = self.agent;
  var c = new ClientRequest(options);
  c.on('error', function (e) {
    self.emit('error', e);
  });
  // Client users expect a 'socket' on the client when the connection opens.
  c.on('socket', function (s) {
    s.on('end', function () {
      self.emit('end');
    });
  });
  return c;
};

exports.Client = util.deprecate(Client,
  'http.Client will be removed soon. Do not use it.');

exports.createClient = util.deprecate(function (port, host) {
  return new Client(port, host);
}, 'http.createClient is deprecated. Use `http.request` instead.');
