// Timeouts: server.setTimeout(msecs, cb) and its 'timeout' event, an idle
// connection destroyed when nobody listens, ClientRequest.setTimeout, and
// ServerResponse.setTimeout keeping the connection for a late answer.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./h-helpers');

h.run([
  function serverTimeoutEvent(t) {
    var server = t.server(function () { throw new Error('no request was sent'); });
    var timeouts = 0;
    assert.strictEqual(server.timeout, 120000);
    server.setTimeout(60, function (socket) {
      assert.ok(socket instanceof net.Socket);
      timeouts++;
      socket.destroy();
    });
    assert.strictEqual(server.timeout, 60);
    t.listen(server, function (port) {
      var sock = t.connect(port);
      sock.on('close', t.cb(function () {
        assert.strictEqual(timeouts, 1);
        t.log('server timeout event for an idle connection');
        t.done();
      }));
    });
  },

  function idleDestroyed(t) {
    // No 'timeout' listener anywhere: the idle connection is closed.
    var server = t.server(function (req, res) { res.end('first'); });
    server.timeout = 60;
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      var got = '';
      sock.on('data', function (d) { got += d; });
      sock.on('close', t.cb(function () {
        assert.ok(/first/.test(got));
        assert.ok(/Connection: keep-alive/.test(got));
        t.log('idle keep-alive connection closed after server.timeout');
        t.done();
      }));
    });
  },

  function clientRequestTimeout(t) {
    var held = [];
    var server = t.server(function (req, res) {
      held.push(res); // never answered
      res.on('close', function () { held.push('closed'); });
    });
    t.listen(server, function (port) {
      var events = [];
      var req = t.get({ port: port }, function () { throw new Error('no response expected'); });
      req.setTimeout(60, function () {
        events.push('timeout');
        req.abort();
      });
      req.on('error', function (err) {
        if (h.isRestart(err)) return;
        events.push('error ' + err.code);
      });
      req.on('close', t.cb(function () {
        setImmediate(t.cb(function () {
          assert.deepEqual(events, ['timeout', 'error ECONNRESET']);
          t.log('ClientRequest.setTimeout: ' + events.join(', '));
          t.done();
        }));
      }));
    });
  },

  function responseTimeout(t) {
    var server = t.server(function (req, res) {
      res.setTimeout(60, function (socket) {
        assert.ok(socket instanceof net.Socket);
        res.end('late answer');
      });
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        t.body(res, function (body) {
          t.log('ServerResponse.setTimeout: ' + body);
          t.done();
        });
      });
    });
  },

  function requestTimeoutOnServer(t) {
    // The body never completes: the request's own 'timeout' fires.
    var server = t.server(function (req, res) {
      req.setTimeout(60, function () {
        assert.strictEqual(req.complete, false);
        res.writeHead(408);
        res.end('too slow');
      });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'POST', headers: { 'Content-Length': 100 } }, function (res) {
        assert.strictEqual(res.statusCode, 408);
        t.body(res, function (body) {
          t.log('IncomingMessage.setTimeout: ' + res.statusCode + ' ' + body);
          t.done();
        });
      });
      req.write('only part of it');
    });
  }
]);
