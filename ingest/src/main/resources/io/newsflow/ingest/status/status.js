// newsflow status page: polls v1/status and draws it. Every text from the pipeline (titles, sites, addresses,
// Kafka's messages) is untrusted and written with textContent only, never parsed as markup.
(function () {
  'use strict';
  var REFRESH_MS = 2000;
  // figures whose count is trouble when above zero
  var BAD = { rejected: true, failed: true, dead_letters: true, 'ingest.dlq': true, 'enrich.dlq': true, 'index.dlq': true };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function number(n) {
    return Number(n || 0).toLocaleString('en-US');
  }

  function rate(perSecond) {
    if (!perSecond) { return ''; }
    if (perSecond >= 1) { return perSecond.toFixed(1) + '/s'; }
    return (perSecond * 60).toFixed(perSecond * 60 >= 10 ? 0 : 1) + '/min';
  }

  // the time of day; the date too when it is not today
  function time(iso) {
    if (!iso) { return ''; }
    var at = new Date(iso);
    if (isNaN(at.getTime())) { return ''; }
    var clock = at.toLocaleTimeString('en-GB', { hour12: false });
    if (at.toDateString() === new Date().toDateString()) { return clock; }
    return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) + ' ' + clock;
  }

  function webAddress(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function drawFigures(table, figures) {
    clear(table);
    (figures || []).forEach(function (figure) {
      var row = el('tr');
      row.setAttribute('data-key', figure.key);
      if (BAD[figure.key] && figure.count > 0) { row.className = 'nonzero-bad'; }
      row.appendChild(el('td', 'label', figure.label));
      row.appendChild(el('td', 'count', number(figure.count)));
      row.appendChild(el('td', 'rate', rate(figure.rate_per_second)));
      table.appendChild(row);
    });
  }

  function drawLag(node, lag) {
    if (!node) { return; }
    node.className = 'lag';
    if (!lag) { node.textContent = ''; return; }
    if (lag.records === null || lag.records === undefined) {
      node.textContent = 'lag: unknown (group ' + lag.group + ' has committed nothing yet)';
      return;
    }
    node.textContent = 'lag: ' + number(lag.records) + ' records (group ' + lag.group + ')';
    if (lag.records > 0) { node.className = 'lag behind'; }
  }

  function drawItems(list, items, describe, emptyText) {
    clear(list);
    if (!items || items.length === 0) {
      var none = el('li');
      none.appendChild(el('span', 'empty', emptyText));
      list.appendChild(none);
      return;
    }
    items.forEach(function (item) {
      var li = el('li');
      var href = webAddress(item.url);
      var title = el(href ? 'a' : 'span', 'title', item.title || item.url || '(no title)');
      if (href) {
        title.href = href;
        title.rel = 'noopener noreferrer';
        title.target = '_blank';
      }
      li.appendChild(title);
      li.appendChild(el('span', 'time', time(item.at)));
      li.appendChild(el('span', 'meta', describe(item)));
      list.appendChild(li);
    });
  }

  function drawKafka(status) {
    var node = document.getElementById('kafka');
    var kafka = status.kafka || {};
    if (kafka.reachable) {
      node.className = 'kafka ok';
      node.textContent = 'Kafka ' + kafka.bootstrap_servers + ' · '
        + (status.since ? 'counting since ' + time(status.since) : 'none of the pipeline\'s topics exists yet');
    } else if (kafka.problem) {
      node.className = 'kafka down';
      node.textContent = 'Kafka ' + kafka.bootstrap_servers + ' unreachable since ' + time(kafka.unreachable_since)
        + ': ' + kafka.problem + (status.since ? ' (figures as of the last answer)' : '');
    } else {
      node.className = 'kafka pending';
      node.textContent = 'connecting to Kafka ' + (kafka.bootstrap_servers || '') + ' …';
    }
  }

  function draw(status) {
    drawKafka(status);
    document.body.classList.toggle('stale', !(status.kafka && status.kafka.reachable));
    (status.stages || []).forEach(function (stage) {
      var card = document.getElementById('stage-' + stage.name);
      if (!card) { return; }
      drawFigures(card.querySelector('table.figures'), stage.figures);
      drawLag(card.querySelector('.lag'), stage.lag);
    });
    drawFigures(document.querySelector('#dead-letters table.figures'), status.dead_letters);
    drawItems(document.querySelector('#stories ol'), status.stories, function (story) {
      return story.site || '';
    }, 'no new story yet');
    drawItems(document.querySelector('#syndications ol'), status.syndications, function (s) {
      var copies = (s.copies === 1 ? '1 copy' : number(s.copies) + ' copies')
        + ((s.copy_sites || []).length ? ': ' + s.copy_sites.join(', ') : '');
      return [s.site, copies].filter(Boolean).join(' · ');
    }, 'no syndication yet');
    document.getElementById('updated').textContent = 'updated ' + time(status.generated_at);
  }

  function refresh() {
    fetch('v1/status', { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        var node = document.getElementById('kafka');
        node.className = 'kafka down';
        node.textContent = 'ingest is not answering (' + error.message + '); retrying';
        document.body.classList.add('stale');
      })
      .then(function () { setTimeout(refresh, REFRESH_MS); });
  }

  refresh();
}());
