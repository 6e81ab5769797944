// Responses without a body: HEAD (its Content-Length kept, body dropped),
// 204 and 304 (a body written anyway is dropped), over a keep-alive
// connection so that the next response is read right.
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function headOnTheWire(t) {
    var server = t.server(function (req, res) {
      if (req.method === 'HEAD') {
        res.setHeader('Content-Length', 5);
        res.end('dropped');
      } else {
        res.end('after head');
      }
    });
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        sock.write('HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      var got = '';
      sock.setEncoding('utf8');
      sock.on('data', function (d) { got += d; });
      sock.on('end', t.cb(function () {
        var responses = got.split(/(?=HTTP\/1\.1 )/);
        assert.strictEqual(responses.length, 2, got);
        assert.ok(/Content-Length: 5\r\n/.test(responses[0]));
        assert.ok(/\r\n\r\n$/.test(responses[0]), 'nothing after the HEAD response head');
        assert.ok(!/Transfer-Encoding/.test(responses[0]));
        assert.ok(/\r\n\r\na\r\nafter head\r\n0\r\n\r\n$/.test(responses[1]));
        t.log('HEAD: head only on the wire, next response intact');
        t.done();
      }));
    });
  },

  function headOnTheClient(t) {
    var server = t.server(function (req, res) {
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'Content-Length': 1000, 'X-Method': req.method });
        res.end();
      } else {
        res.writeHead(200, { 'Content-Length': 2, 'X-Method': req.method });
        res.end('ok');
      }
    });
    var agent = t.agent({ keepAlive: true, maxSockets: 1 });
    t.listen(server, function (port) {
      var req = t.request({ method: 'HEAD', port: port, agent: agent }, function (res) {
        assert.strictEqual(res.headers['content-length'], '1000');
        var data = 0;
        res.on('data', function () { data++; });
        res.on('end', t.cb(function () {
          assert.strictEqual(data, 0);
          t.get({ port: port, agent: agent }, function (res2) {
            assert.strictEqual(res2.headers['x-method'], 'GET');
            res2.resume();
            res2.on('end', t.cb(function () {
              t.log('HEAD: the client does not wait for the announced 1000 bytes');
              t.done();
            }));
          });
        }));
      });
      req.end();
    });
  },

  function status204And304(t) {
    var server = t.server(function (req, res) {
      var code = Number(req.url.slice(1));
      res.writeHead(code, { 'X-Code': code });
      assert.strictEqual(res.write('x'), true);
      res.end('y');
    });
    var agent = t.agent({ keepAlive: true, maxSockets: 1 });
    t.listen(server, function (port) {
      var seen = [];
      var codes = [204, 304, 200];
      (function next() {
        var code = codes.shift();
        t.get({ port: port, path: '/' + code, agent: agent }, function (res) {
          assert.strictEqual(res.statusCode, code);
          assert.strictEqual(res.headers['transfer-encoding'], code === 200 ? 'chunked' : undefined);
          t.body(res, function (body) {
            seen.push(code + ':' + JSON.stringify(body));
            if (codes.length) {
              next();
              return;
            }
            t.log('no body for ' + seen.join(' '));
            t.done();
          });
        });
      })();
    });
  }
]);
