// The plain http hello-world of the HTTP benchmark (same file for node).
var http = require('http');
http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
}).listen(Number(process.env.PORT), '127.0.0.1');
