// The PersHA.js README's practical example. Run it with
//   npm ci && persha -init app.js
// then `curl http://localhost:3000` a few times, kill -9 persha, run
// `persha -restart`, and the count goes on where it was.
var express = require('express');
var app = express();
var x = 100;
app.get('/', function (req, res) {
  res.send('Hello ' + x++);
});
app.listen(Number(process.env.PORT) || 3000);
