// Keep-alive on both sides: a keepAlive Agent reusing one connection, the
// agent's sockets / freeSockets / requests, queueing beyond maxSockets,
// the global agent's Connection: close, agent: false, agent.destroy(), a
// pooled socket the server closes, and raw keep-alive requests on one
// connection.
'use strict';
var assert = require('assert');
var http = require('http');
var h = require('./h-helpers');

// A server that tells which connection (numbered in order) served a request.
function numberingServer(t) {
  var n = 0;
  var server = t.server(function (req, res) {
    res.setHeader('Content-Length', 0);
    res.setHeader('X-Conn', req.socket._connNumber);
    res.setHeader('X-Req-Connection', req.headers.connection || '-');
    res.end();
  });
  server.on('connection', function (s) { s._connNumber = ++n; });
  return server;
}

h.run([
  function keepAliveAgent(t) {
    var server = numberingServer(t);
    var agent = t.agent({ keepAlive: true, maxSockets: 1 });
    assert.strictEqual(agent.keepAlive, true);
    assert.strictEqual(agent.maxSockets, 1);
    assert.strictEqual(agent.maxFreeSockets, 256);
    assert.strictEqual(agent.keepAliveMsecs, 1000);
    t.listen(server, function (port) {
      var name = agent.getName({ host: '127.0.0.1', port: port });
      var conns = [];
      function one(i) {
        var req = t.get({ host: '127.0.0.1', port: port, agent: agent, path: '/' + i }, function (res) {
          assert.strictEqual(res.headers.connection, 'keep-alive');
          assert.strictEqual(res.headers['x-req-connection'], 'keep-alive');
          conns.push(res.headers['x-conn']);
          assert.strictEqual(agent.sockets[name].length, 1);
          res.resume();
          res.on('end', t.cb(function () {
            setImmediate(t.cb(function () {
              // Given back to the pool once the response ended.
              assert.strictEqual(agent.sockets[name], undefined);
              assert.strictEqual(agent.freeSockets[name].length, 1);
              if (i < 3) {
                one(i + 1);
                return;
              }
              assert.deepEqual(conns, ['1', '1', '1']);
              t.log('keepAlive agent: 3 requests over connection ' + conns[0]);
              t.done();
            }));
          }));
        });
        assert.strictEqual(req.shouldKeepAlive, true);
      }
      one(1);
    });
  },

  function queueBeyondMaxSockets(t) {
    var server = numberingServer(t);
    var agent = t.agent({ maxSockets: 2 });
    t.listen(server, function (port) {
      var name = agent.getName({ host: '127.0.0.1', port: port });
      var conns = [];
      var left = 5;
      for (var i = 0; i < 5; i++) {
        t.get({ host: '127.0.0.1', port: port, agent: agent, path: '/' + i }, function (res) {
          conns.push(res.headers['x-conn']);
          res.resume();
          res.on('end', t.cb(function () {
            if (--left) return;
            setImmediate(t.cb(function () {
              conns.sort();
              assert.deepEqual(conns.filter(function (c) { return c > '2'; }), []);
              // No keepAlive: idle sockets are not kept.
              assert.deepEqual(agent.sockets, {});
              assert.deepEqual(agent.freeSockets, {});
              assert.deepEqual(agent.requests, {});
              t.log('maxSockets 2: 5 requests over 2 connections');
              t.done();
            }));
          }));
        });
      }
      assert.strictEqual(agent.sockets[name].length, 2);
      assert.strictEqual(agent.requests[name].length, 3);
    });
  },

  function globalAgentCloses(t) {
    var server = numberingServer(t);
    t.listen(server, function (port) {
      var name = http.globalAgent.getName({ host: 'localhost', port: port });
      var req = t.get({ port: port }, function (res) {
        assert.strictEqual(res.headers.connection, 'close');
        assert.strictEqual(res.headers['x-req-connection'], 'close');
        res.resume();
        res.on('end', t.cb(function () {
          t.get({ port: port }, function (res2) {
            assert.strictEqual(res2.headers['x-conn'], '2');
            res2.resume();
            res2.on('end', t.cb(function () {
              t.log('global agent: Connection: close, a new connection per request');
              t.done();
            }));
          });
        }));
      });
      assert.strictEqual(req.agent, http.globalAgent);
      assert.strictEqual(req.shouldKeepAlive, false);
      assert.strictEqual(http.globalAgent.sockets[name].length, 1);
    });
  },

  function agentFalse(t) {
    var server = numberingServer(t);
    t.listen(server, function (port) {
      var req = t.get({ port: port, agent: false }, function (res) {
        assert.strictEqual(res.headers.connection, 'close');
        res.resume();
        res.on('end', t.cb(function () {
          t.log('agent: false uses a fresh Agent');
          t.done();
        }));
      });
      assert.ok(req.agent instanceof http.Agent);
      assert.notStrictEqual(req.agent, http.globalAgent);
    });
  },

  function destroyAndServerClose(t) {
    var server = numberingServer(t);
    var agent = t.agent({ keepAlive: true });
    var serverSockets = [];
    server.on('connection', function (s) { serverSockets.push(s); });
    t.listen(server, function (port) {
      var name = agent.getName({ host: '127.0.0.1', port: port });
      t.get({ host: '127.0.0.1', port: port, agent: agent }, function (res) {
        res.resume();
        res.on('end', t.cb(function () {
          setImmediate(t.cb(function () {
            var free = agent.freeSockets[name][0];
            // The server drops the idle connection: it leaves the pool.
            free.on('close', t.cb(function () {
              assert.strictEqual(agent.freeSockets[name], undefined);
              t.get({ host: '127.0.0.1', port: port, agent: agent }, function (res2) {
                assert.strictEqual(res2.headers['x-conn'], '2');
                res2.resume();
                res2.on('end', t.cb(function () {
                  setImmediate(t.cb(function () {
                    assert.strictEqual(agent.freeSockets[name].length, 1);
                    serverSockets[1].on('close', t.cb(function () {
                      t.log('agent.destroy() closed the pooled connection');
                      t.done();
                    }));
                    agent.destroy();
                  }));
                }));
              });
            }));
            serverSockets[0].destroy();
          }));
        }));
      });
    });
  },

  function rawKeepAlive(t) {
    var server = numberingServer(t);
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        sock.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      var got = '';
      var sent = 1;
      sock.setEncoding('utf8');
      sock.on('data', function (d) {
        got += d;
        var n = got.split('X-Conn: 1\r\n').length - 1;
        if (n === 1 && sent === 1) {
          sent = 2;
          sock.write('GET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
        }
      });
      sock.on('end', t.cb(function () {
        var heads = got.split('HTTP/1.1 200 OK').length - 1;
        assert.strictEqual(heads, 2);
        assert.ok(/Connection: keep-alive[\s\S]*Connection: close/.test(got), got);
        t.log('raw keep-alive: 2 requests on one connection, then close');
        t.done();
      }));
    });
  }
]);
