// RegExp: test, exec with groups, global replace, split.
(function () {
  var lines = [];
  for (var i = 0; i < 1000; i++) {
    lines.push('2024-0' + (1 + (i % 9)) + '-1' + (i % 10) + ' INFO user' + i + '@example.com did thing #' + (i * 13) + ' in ' + (i % 500) + 'ms');
  }
  var text = lines.join('\n');
  var dateRe = /^(\d{4})-(\d{2})-(\d{2}) (\w+) (\S+)@(\w+)\.com/;
  var sum = 0;
  for (var r = 0; r < 24; r++) {
    for (var j = 0; j < lines.length; j++) {
      var m = dateRe.exec(lines[j]);
      if (m) sum = (sum + (+m[2]) + (+m[3]) + m[5].length) | 0;
      if (/#\d*7\b/.test(lines[j])) sum = (sum + 1) | 0;
    }
    var replaced = text.replace(/user(\d+)/g, function (_, n) { return 'u' + (n % 97); });
    sum = (sum + replaced.length + replaced.split(/\s+/).length) | 0;
    var ms = text.match(/\d+ms/g);
    sum = (sum + ms.length) | 0;
  }
  console.log('regexp ' + sum);
})();
