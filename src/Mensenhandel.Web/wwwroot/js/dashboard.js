// Draws a chart above each dashboard table that asks for one. The table stays the primary content: the chart
// reads its numbers from the table ("<5" and "–" become gaps), so there is no second copy of the data and no
// inline script (CSP: script-src 'self').
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') return;

  var palette = ['#01689b', '#ca005d', '#39870c', '#e17000', '#8fcae7', '#6f6f6f'];

  function number(text) {
    var value = text.trim();
    return /^\d+$/.test(value) ? parseInt(value, 10) : null;
  }

  document.querySelectorAll('[data-chart-for]').forEach(function (holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-for'));
    if (!table) return;
    var kind = holder.getAttribute('data-chart');
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.map.call(tr.children, function (cell) { return cell.textContent; });
    });
    var labels = rows.map(function (r) { return r[0].trim(); });
    // Value columns: all but the first; with several columns the last one is the total and is left out.
    var columns = headers.length > 3 ? headers.slice(1, headers.length - 1) : [headers[1]];
    var datasets = columns.map(function (name, i) {
      return {
        label: name,
        data: rows.map(function (r) { return number(r[i + 1]); }),
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        spanGaps: false
      };
    });

    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Grafiek bij de tabel "' + (table.caption ? table.caption.textContent.trim() : '') +
      '". De cijfers staan in de tabel eronder.');
    holder.appendChild(canvas);
    var stacked = kind === 'stacked';
    new window.Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
  });
})();
