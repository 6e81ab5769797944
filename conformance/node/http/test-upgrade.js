// Upgrade: the server's 'upgrade' event gets the socket and the bytes that
// followed the head; the client's 'upgrade' event gets the 101 response,
// the socket and the bytes after it. Without an 'upgrade' listener the
// server closes the connection.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function echoProtocol(t) {
    var server = t.server(function () { throw new Error('no request event for an upgrade'); });
    server.on('upgrade', function (req, socket, head) {
      assert.strictEqual(req.headers.upgrade, 'echo');
      assert.strictEqual(req.url, '/chat');
      assert.ok(Buffer.isBuffer(head));
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' +
        'greeting;head=' + head.toString() + ';');
      socket.on('data', function (d) { socket.write(d); });
      socket.on('end', function () { socket.end(); });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, path: '/chat', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
      req.on('response', function () { throw new Error('no response event for an upgrade'); });
      req.on('upgrade', t.cb(function (res, socket, head) {
        t.track(socket);
        assert.strictEqual(res.statusCode, 101);
        assert.strictEqual(res.headers.upgrade, 'echo');
        var got = head.toString();
        socket.on('data', function (d) {
          got += d;
          if (/ping$/.test(got)) socket.end();
        });
        socket.on('end', t.cb(function () {
          assert.strictEqual(got, 'greeting;head=early bytes;ping');
          t.log('upgrade: ' + got);
          t.done();
        }));
        socket.write('ping');
      }));
      // Bytes right after the head belong to the new protocol.
      req.end('early bytes');
    });
  },

  function noUpgradeListener(t) {
    var server = t.server(function () { throw new Error('no request event for an upgrade'); });
    t.listen(server, function (port) {
      var req = t.request({ port: port, headers: { Connection: 'Upgrade', Upgrade: 'nothing' } });
      req.on('error', t.cb(function (err) {
        if (h.isRestart(err)) return;
        assert.strictEqual(err.code, 'ECONNRESET');
        assert.strictEqual(err.message, 'socket hang up');
        t.log('upgrade without a listener: the server closes, ' + err.message);
        t.done();
      }));
      req.end();
    });
  },

  function upgradeNotTaken(t) {
    // A plain request on an upgrade-capable server: 'request' as usual.
    var server = t.server(function (req, res) { res.end('plain ' + req.headers.upgrade); });
    server.on('upgrade', function () { throw new Error('not an upgrade: Connection lacks it'); });
    t.listen(server, function (port) {
      t.get({ port: port, headers: { Upgrade: 'echo' } }, function (res) {
        t.body(res, function (body) {
          t.log('Upgrade header without Connection: Upgrade: ' + body);
          t.done();
        });
      });
    });
  }
]);
