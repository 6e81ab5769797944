// JSON: stringify and parse of nested records.
(function () {
  var records = [];
  for (var i = 0; i < 500; i++) {
    records.push({
      id: i,
      name: 'user' + i,
      active: i % 2 === 0,
      tags: ['a' + (i % 7), 'b' + (i % 11), 'c'],
      address: { street: i + ' Main St', zip: String(10000 + i), geo: [i % 90, i % 180] },
      score: (i * 37) % 1000,
    });
  }
  var sum = 0;
  for (var r = 0; r < 150; r++) {
    var text = JSON.stringify(records);
    var back = JSON.parse(text);
    sum = (sum + text.length + back[r].score + back[back.length - 1 - r].address.geo[1]) | 0;
    back[r].score++;
    records = back;
  }
  console.log('json ' + sum);
})();
