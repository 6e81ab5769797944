// CONNECT: the server's 'connect' event gets the request (url host:port),
// the socket and the bytes after the head; the client's 'connect' event
// gets the response, the socket and what followed it: a tunnel.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function tunnel(t) {
    var server = t.server(function () { throw new Error('no request event for CONNECT'); });
    server.on('connect', function (req, socket, head) {
      assert.strictEqual(req.method, 'CONNECT');
      assert.strictEqual(req.url, 'example.org:443');
      assert.strictEqual(req.headers['proxy-authorization'], 'Basic eDp5');
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n[' + head + ']');
      socket.on('data', function (d) { socket.write(String(d).toUpperCase()); });
      socket.on('end', function () { socket.end(); });
    });
    t.listen(server, function (port) {
      var req = t.request({
        port: port, method: 'CONNECT', path: 'example.org:443',
        headers: { 'Proxy-Authorization': 'Basic eDp5' }
      });
      req.on('response', function () { throw new Error('no response event for CONNECT'); });
      req.on('connect', t.cb(function (res, socket, head) {
        t.track(socket);
        assert.strictEqual(res.statusCode, 200);
        assert.strictEqual(res.statusMessage, 'Connection Established');
        var got = String(head);
        socket.on('data', function (d) {
          got += d;
          if (/TUNNELED$/.test(got)) socket.end();
        });
        socket.on('end', t.cb(function () {
          assert.strictEqual(got, '[first]TUNNELED');
          t.log('CONNECT tunnel: ' + got);
          t.done();
        }));
        socket.write('tunneled');
      }));
      req.end('first');
    });
  },

  function noConnectListener(t) {
    var server = t.server(function () { throw new Error('no request event for CONNECT'); });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'CONNECT', path: 'x:1' });
      req.on('error', t.cb(function (err) {
        if (h.isRestart(err)) return;
        assert.strictEqual(err.code, 'ECONNRESET');
        t.log('CONNECT without a listener: closed, ' + err.message);
        t.done();
      }));
      req.end();
    });
  }
]);
