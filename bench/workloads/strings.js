// String building: concatenation, join, slicing, searching, char codes.
(function () {
  var sum = 0;
  for (var r = 0; r < 320; r++) {
    var s = '';
    for (var i = 0; i < 2000; i++) s += String.fromCharCode(97 + ((i * 7 + r) % 26));
    var parts = [];
    for (var j = 0; j < 2000; j += 10) parts.push(s.substring(j, j + 10).toUpperCase());
    var joined = parts.join('-');
    for (var k = 0; k < joined.length; k += 3) sum = (sum + joined.charCodeAt(k)) | 0;
    sum = (sum + joined.indexOf('XEL') + joined.lastIndexOf('-') + joined.split('-').length) | 0;
    var words = [];
    for (var w = 0; w < 500; w++) words.push('w' + w + ':' + (w * r));
    sum = (sum + words.join(',').length) | 0;
  }
  console.log('strings ' + sum);
})();
