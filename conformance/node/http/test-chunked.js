// Transfer-Encoding: chunked both ways: the wire format a server writes,
// trailers (addTrailers, res.trailers), chunked request bodies from the
// client, binary and encoded chunks, and a chunked request split into tiny
// pieces (the parser's state carries over between 'data' events).
'use strict';
var assert = require('assert');
var h = require('./h-helpers');

h.run([
  function wireFormat(t) {
    var server = t.server(function (req, res) {
      res.setHeader('Content-Type', 'text/plain');
      res.write('abc');
      res.write(new Buffer('0123456789abcdefg'));
      res.write('');
      res.end('é');
    });
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        sock.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      var got = '';
      sock.setEncoding('binary');
      sock.on('data', function (d) { got += d; });
      sock.on('end', t.cb(function () {
        var parts = got.split('\r\n\r\n');
        var head = parts[0].split('\r\n');
        assert.strictEqual(head[0], 'HTTP/1.1 200 OK');
        assert.deepEqual(head.filter(function (l) { return !/^Date: /.test(l); }),
          ['HTTP/1.1 200 OK', 'Content-Type: text/plain', 'Connection: close', 'Transfer-Encoding: chunked']);
        var body = got.slice(parts[0].length + 4);
        assert.strictEqual(body, '3\r\nabc\r\n11\r\n0123456789abcdefg\r\n2\r\n\u00c3\u00a9\r\n0\r\n\r\n');
        t.log('chunked wire format: 3, 11 and 2 byte chunks, then 0');
        t.done();
      }));
    });
  },

  function trailers(t) {
    var server = t.server(function (req, res) {
      res.writeHead(200, { 'Trailer': 'X-Sum' });
      res.write('some data');
      res.addTrailers({ 'X-Sum': '42', 'X-Other': 'yes' });
      res.end();
    });
    t.listen(server, function (port) {
      t.get({ port: port }, function (res) {
        assert.strictEqual(res.headers.trailer, 'X-Sum');
        assert.deepEqual(res.trailers, {});
        t.body(res, function (body) {
          assert.strictEqual(body, 'some data');
          assert.deepEqual(res.trailers, { 'x-sum': '42', 'x-other': 'yes' });
          assert.deepEqual(res.rawTrailers, ['X-Sum', '42', 'X-Other', 'yes']);
          t.log('response trailers: ' + JSON.stringify(res.trailers));
          t.done();
        });
      });
    });
  },

  function chunkedRequest(t) {
    var server = t.server(function (req, res) {
      assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
      assert.strictEqual(req.headers['content-length'], undefined);
      var pieces = 0;
      var body = '';
      req.setEncoding('utf8');
      req.on('data', function (d) { pieces++; body += d; });
      req.on('end', function () {
        assert.ok(pieces >= 1);
        assert.deepEqual(req.trailers, {});
        res.end('got ' + body.length + ' chars: ' + body);
      });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'POST' }, function (res) {
        t.body(res, function (body) {
          t.log('chunked request body: ' + body);
          t.done();
        });
      });
      assert.strictEqual(req.write('first,'), false); // no socket yet: queued
      req.write(new Buffer('second,'));
      req.write('74686972642c', 'hex');
      req.write('Zm91cnRo', 'base64');
      req.end();
    });
  },

  function binaryChunks(t) {
    var all = new Buffer(256);
    for (var i = 0; i < 256; i++) all[i] = i;
    var server = t.server(function (req, res) {
      var chunks = [];
      req.on('data', function (d) { chunks.push(d); });
      req.on('end', function () {
        var got = Buffer.concat(chunks);
        assert.strictEqual(got.length, 512);
        for (var k = 0; k < 512; k++) assert.strictEqual(got[k], k % 256);
        res.write(all);
        res.end(all);
      });
    });
    t.listen(server, function (port) {
      var req = t.request({ port: port, method: 'PUT' }, function (res) {
        var chunks = [];
        res.on('data', function (d) { chunks.push(d); });
        res.on('end', t.cb(function () {
          var got = Buffer.concat(chunks);
          assert.strictEqual(got.length, 512);
          for (var k = 0; k < 512; k++) assert.strictEqual(got[k], k % 256);
          t.log('binary chunks: 512 bytes each way intact');
          t.done();
        }));
      });
      req.write(all);
      req.end(all);
    });
  },

  function tinyPieces(t) {
    // A chunked request with chunk extensions and trailers, sent a few
    // bytes at a time in separate turns.
    var raw = 'POST /tiny HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
      '5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: end\r\n\r\n';
    var server = t.server(function (req, res) {
      t.body(req, function (body) {
        assert.strictEqual(body, 'hello world');
        assert.deepEqual(req.trailers, { 'x-trailer': 'end' });
        res.end('tiny ok');
      });
    });
    t.listen(server, function (port) {
      var sock = t.connect(port, function () {
        var pos = 0;
        (function next() {
          sock.write(raw.slice(pos, pos + 7));
          pos += 7;
          if (pos < raw.length) t.setTimeout(next, 1);
        })();
      });
      var got = '';
      sock.on('data', function (d) { got += d; });
      sock.on('end', t.cb(function () {
        assert.ok(/\r\n\r\n7\r\ntiny ok\r\n0\r\n\r\n$/.test(got), got);
        t.log('chunked request in 7-byte pieces, with extension and trailer');
        t.done();
      }));
    });
  }
]);
