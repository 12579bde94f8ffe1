/* relations-db timeline page: a zoomable canvas timeline with filters and search.
   Draws what fits at the zoom level and counts the rest per lane and period. Text from the
   data is only ever set as text (textContent, fillText), never as markup. */
(function () {
  'use strict';
  // The events: JSON, or for a large export gzip-compressed JSON in base64.
  var block = document.getElementById('timeline-data');
  if (block.dataset.encoding === 'gzip+base64') {
    var bin = atob(block.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var b = 0; b < bin.length; b++) { bytes[b] = bin.charCodeAt(b); }
    new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
      .then(function (text) { main(JSON.parse(text)); });
  } else {
    main(JSON.parse(block.textContent));
  }

  function main(DATA) {
    var T = DATA.tables, E = DATA.events, N = E.id.length;
    var STYLE = DATA.style;
    var FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
    var GUTTER = 140, AXIS = 42, ROW = 20, SUMH = 24, PAD = 6, LABEL_CHARS = 48, MANY_LANES = 12;
    var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
      'September', 'October', 'November', 'December'];
    var MIN_SPAN = 2, DAY_MS = 86400000;

    // --- the events, decoded ------------------------------------------------------------
    var start = new Float64Array(N), end = new Float64Array(N), dated = new Uint8Array(N);
    var prev = 0, maxSpan = 1, minDay = Infinity, maxDay = -Infinity, i;
    for (i = 0; i < N; i++) {
      if (E.start[i] === null) { continue; }
      prev += E.start[i];
      start[i] = prev; end[i] = prev + E.span[i] + 1; dated[i] = 1;
      if (E.span[i] + 1 > maxSpan) { maxSpan = E.span[i] + 1; }
      if (prev < minDay) { minDay = prev; }
      if (end[i] > maxDay) { maxDay = end[i]; }
    }
    if (minDay === Infinity) { minDay = Date.now() / DAY_MS - 180; maxDay = minDay + 360; }
    var MAX_SPAN = Math.max(3653, (maxDay - minDay) * 1.6);
    var linksOf = [];
    for (i = 0; i < DATA.links.length; i += 3) {
      var a = DATA.links[i], b = DATA.links[i + 1], rel = T.relation[DATA.links[i + 2]];
      (linksOf[a] = linksOf[a] || []).push([b, rel, true]);
      (linksOf[b] = linksOf[b] || []).push([a, rel, false]);
    }
    var personName = T.people.map(function (p) { return p.replace(/ \([A-Z]{2,3}\)$/, ''); });
    var hay = null;  // lower-case text per event, built at the first search
    function haystack(k) {
      var parts = [E.title[k], E.id[k]];
      E.people[k].forEach(function (p) { parts.push(T.people[p]); });
      E.evidence[k].forEach(function (q) { parts.push(q[0]); });
      if (DATA.summary[k]) { parts.push(DATA.summary[k]); }
      if (E.place[k] >= 0) { parts.push(T.place[E.place[k]]); }
      return parts.join('\n').replace(/[ \t\r]+/g, ' ').toLowerCase();
    }

    // --- state: filters and view, mirrored in the URL fragment ------------------------
    var S = {
      group: DATA.group === 'pair' ? 'pair' : 'kind', t0: 0, t1: 1, scrollY: 0,
      kind: null, status: null, visibility: null, country: [], official: '', q: '',
      links: true, sel: -1
    };
    var match = new Uint8Array(N), matchCount = 0, lanes = [], undated = [];
    var FILTERS = { kind: T.kind, status: T.status, visibility: T.visibility, country: T.country };
    var EVENT_FIELD = { kind: 'kind', status: 'status', visibility: 'visibility' };

    function applyFilters() {
      var sets = {};
      ['kind', 'status', 'visibility'].forEach(function (f) {
        if (S[f]) { sets[f] = new Uint8Array(FILTERS[f].length); S[f].forEach(function (v) { sets[f][v] = 1; }); }
      });
      var people = null, official = S.official.trim().toLowerCase();
      if (official) {
        people = new Uint8Array(T.people.length);
        var exact = false;
        personName.forEach(function (name, k) {
          var low = name.toLowerCase();
          if (low === official || T.people[k].toLowerCase() === official) { people[k] = 1; exact = true; }
        });
        if (!exact) {
          T.people.forEach(function (p, k) { if (p.toLowerCase().indexOf(official) >= 0) { people[k] = 1; } });
        }
      }
      // Every word must occur (in any of the texts); "quoted words" as they stand.
      var words = [], term, terms = /"([^"]+)"|(\S+)/g, query = S.q.toLowerCase().replace(/\s+/g, ' ');
      while ((term = terms.exec(query)) !== null) { words.push((term[1] || term[2]).trim()); }
      words = words.filter(Boolean);
      if (words.length && !hay) { hay = new Array(N); for (var h = 0; h < N; h++) { hay[h] = haystack(h); } }
      matchCount = 0;
      var laneOf = {}, laneList = [];
      var names = S.group === 'kind' ? T.kind : T.pair;
      undated = [];
      for (var k = 0; k < N; k++) {
        var ok = 1;
        for (var f in sets) { if (!sets[f][E[EVENT_FIELD[f]][k]]) { ok = 0; break; } }
        if (ok && S.country.length) {
          var cs = E.countries[k];
          for (var c = 0; c < S.country.length; c++) { if (cs.indexOf(S.country[c]) < 0) { ok = 0; break; } }
        }
        if (ok && people) {
          var ps = E.people[k], any = 0;
          for (var p = 0; p < ps.length; p++) { if (people[ps[p]]) { any = 1; break; } }
          ok = any;
        }
        if (ok && words.length) {
          for (var w = 0; w < words.length; w++) { if (hay[k].indexOf(words[w]) < 0) { ok = 0; break; } }
        }
        match[k] = ok;
        if (!ok) { continue; }
        matchCount++;
        if (!dated[k]) { undated.push(k); continue; }
        var key = S.group === 'kind' ? E.kind[k] : E.pair[k];
        if (!(key in laneOf)) { laneOf[key] = laneList.length; laneList.push({ key: key, name: names[key], ev: [] }); }
        laneList[laneOf[key]].ev.push(k);
      }
      laneList.sort(function (x, y) {
        return S.group === 'kind' ? x.key - y.key : (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
      });
      laneList.forEach(function (l) {
        l.ev.sort(function (x, y) { return start[x] - start[y] || x - y; });
        l.starts = new Float64Array(l.ev.length);
        l.ev.forEach(function (k, j) { l.starts[j] = start[k]; });
      });
      lanes = laneList;
    }

    // --- time axis ------------------------------------------------------------------------
    function ymd(day) { var t = new Date(Math.floor(day) * DAY_MS); return [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()]; }
    function dayOf(y, m, d) { return Date.UTC(y, m, d) / DAY_MS; }
    function iso(day) { var p = ymd(Math.round(day)); return dayOf(p[0], p[1], p[2]) === Math.round(day) ? new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10) : ''; }
    function words(day) { var p = ymd(day); return p[2] + ' ' + MONTHS[p[1]] + ' ' + p[0]; }
    var STEPS = [['day', 1, 2], ['day', 2, 2], ['day', 5, 2], ['day', 10, 2], ['month', 1, 3], ['month', 3, 3],
      ['month', 6, 3], ['year', 1, 4], ['year', 2, 4], ['year', 5, 4], ['year', 10, 4], ['year', 20, 4],
      ['year', 50, 4], ['year', 100, 4]];
    var LEN = { day: 1, month: 30.44, year: 365.25 };

    function ticks(t0, t1, pxPerDay) {
      var step = STEPS[STEPS.length - 1];
      for (var s = 0; s < STEPS.length; s++) {
        if (LEN[STEPS[s][0]] * STEPS[s][1] * pxPerDay >= STEPS[s][2] * 7.5 + 14) { step = STEPS[s]; break; }
      }
      var unit = step[0], n = step[1], out = [], p = ymd(t0 - LEN[unit] * n), y = p[0], m = p[1], d;
      if (unit === 'day') {
        for (; ;) {
          var dim = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
          for (d = 1; d <= dim; d += n) {
            if (d > 1 && dim - d + 1 < n / 2) { continue; }
            out.push({ day: dayOf(y, m, d), text: String(d), major: d === 1 ? MONTHS_LONG[m] + ' ' + y : null });
          }
          if (dayOf(y, m, 1) > t1) { break; }
          m++; if (m > 11) { m = 0; y++; }
        }
      } else if (unit === 'month') {
        m -= m % n;
        for (; dayOf(y, m, 1) <= t1 + 400; m += n) {
          if (m > 11) { m -= 12; y++; }
          out.push({ day: dayOf(y, m, 1), text: MONTHS[m], major: m === 0 ? String(y) : null });
          if (dayOf(y, m, 1) > t1) { break; }
        }
      } else {
        y -= ((y % n) + n) % n;
        for (; ; y += n) {
          var big = n < 10 ? 10 : 100;
          out.push({ day: dayOf(y, 0, 1), text: String(y), major: y % big === 0 ? (big === 10 ? y + 's' : String(y)) : null });
          if (dayOf(y, 0, 1) > t1) { break; }
        }
      }
      return { unit: unit, n: n, list: out };
    }

    // --- canvas, measuring ---------------------------------------------------------------
    var canvas = document.getElementById('timeline'), ctx = canvas.getContext('2d');
    var W = 800, H = 400, dpr = 1, plotL = GUTTER;
    var widths = new Float32Array(N).fill(-1);
    ctx.font = '12px ' + FONT;
    var MIN_CHAR = 0.7 * ctx.measureText('Talks between two ministers, 1234').width / 33;
    function labelText(k) { var t = E.title[k].replace(/\s+/g, ' '); return t.length <= LABEL_CHARS ? t : t.slice(0, LABEL_CHARS - 1) + '…'; }
    function labelWidth(k) {
      if (widths[k] < 0) { ctx.font = '12px ' + FONT; widths[k] = ctx.measureText(labelText(k)).width; }
      return widths[k];
    }
    function badgeWidth(k) { var v = T.visibility[E.visibility[k]]; return v === 'public' ? 0 : v.length * 7 + 14; }
    function fit(text, px, font) {
      ctx.font = font;
      if (ctx.measureText(text).width <= px) { return text; }
      var lo = 0, hi = text.length;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (ctx.measureText(text.slice(0, mid) + '…').width <= px) { lo = mid; } else { hi = mid - 1; }
      }
      return lo ? text.slice(0, lo) + '…' : '';
    }

    // --- layout of one frame --------------------------------------------------------------
    function lowerBound(arr, v) { var lo = 0, hi = arr.length; while (lo < hi) { var mid = (lo + hi) >> 1; if (arr[mid] < v) { lo = mid + 1; } else { hi = mid; } } return lo; }

    function layout() {
      var plotW = W - plotL, t0 = S.t0, t1 = S.t1, scale = plotW / (t1 - t0);
      var X = function (day) { return plotL + (day - t0) * scale; };
      var tk = ticks(t0, t1, scale), tdays = tk.list.map(function (t) { return t.day; });
      var maxRows = S.group === 'kind' ? 6 : 3, y = 0, placedOf = {}, peak = 1, inView = 0, hidden = 0;
      var emptyLanes = 0;
      var frameLanes = lanes.map(function (lane) {
        var rows = [], placed = [], bins = new Int32Array(tk.list.length), laneHidden = 0, laneIn = 0;
        var j = lowerBound(lane.starts, t0 - maxSpan), ev = lane.ev, short = [], long = [];
        for (; j < ev.length && lane.starts[j] < t1; j++) {
          var k = ev[j];
          if (end[k] <= t0) { continue; }
          laneIn++;
          ((E.flags[k] & 4) || (end[k] - start[k]) * scale < 40 ? short : long).push(k);
        }
        // Points and short spans first, so a long span cannot crowd out the days it covers.
        short.concat(long).forEach(function (k) {
          var x0 = X(start[k]), x1 = X(end[k]), point = E.flags[k] & 4, left, lx, mx0, mx1;
          if (point) { var cx = (x0 + x1) / 2; mx0 = cx - 6; mx1 = cx + 6; left = cx - 9; lx = cx + 9; } else { mx0 = x0; mx1 = Math.max(x1, x0 + 4); left = x0 - 4; lx = Math.max(x0, plotL) + 2; }
          // A row needs at least room for the label's lower estimate before it is measured.
          var need = Math.max(mx1 + 3, lx + Math.min(E.title[k].length, LABEL_CHARS) * MIN_CHAR + badgeWidth(k) + 6);
          var lw = -1, right = 0, r, p, flip = false;
          if (point && (lx + 40 > W - 4 || (mx1 + 300 > W && lx + labelWidth(k) + badgeWidth(k) > W - 4))) {
            // Near the right edge a day's label goes on the mark's left, if it fits there.
            lw = labelWidth(k) + badgeWidth(k);
            if (mx0 - 6 - lw > plotL) { flip = true; lx = mx0 - 3 - lw; left = lx - 3; need = right = mx1 + 3; }
          }
          for (r = 0; r < maxRows; r++) {
            if (r === rows.length) { rows.push({ ls: [], rs: [] }); }
            var row = rows[r];
            p = lowerBound(row.ls, left);
            if (p > 0 && row.rs[p - 1] > left) { continue; }
            var next = p < row.ls.length ? row.ls[p] : Infinity;
            if (next < need) { continue; }
            if (!right) { lw = labelWidth(k) + badgeWidth(k); right = Math.max(mx1 + 3, lx + lw + 6); }
            if (next >= right) { break; }
          }
          if (r >= maxRows) {
            var mid = Math.min(Math.max((start[k] + end[k]) / 2, t0), t1 - 1e-6);
            var bin = lowerBound(tdays, mid + 1e-9) - 1;
            if (bin >= 0) { bins[bin]++; }
            laneHidden++;
            return;
          }
          rows[r].ls.splice(p, 0, left); rows[r].rs.splice(p, 0, right);
          var item = { i: k, row: r, left: left, x0: x0, x1: x1, mx0: mx0, mx1: mx1, lx: lx, lw: lw, point: point, flip: flip };
          placed.push(item); placedOf[k] = item;
        });
        while (rows.length && !rows[rows.length - 1].ls.length) { rows.pop(); }
        for (var b = 0; b < bins.length; b++) { if (bins[b] > peak) { peak = bins[b]; } }
        var h = PAD * 2 + Math.max(rows.length * ROW + (laneHidden ? SUMH : 0), laneHidden ? 46 : 34);
        // Among many lanes (country pairs), those with nothing in view step aside.
        if (!laneIn && lanes.length > MANY_LANES) { emptyLanes++; return null; }
        var fl = { key: lane.key, name: lane.name, y: y, h: h, rows: rows.length, placed: placed, bins: bins, hidden: laneHidden, inView: laneIn };
        placed.forEach(function (it) { it.yc = y + PAD + it.row * ROW + 9; });
        y += h; inView += laneIn; hidden += laneHidden;
        return fl;
      }).filter(Boolean);
      // Undated events: a strip of their own, flowed in two rows, the rest counted.
      var strip = null;
      if (undated.length) {
        var chips = [], cx0 = plotL + 6, row = 0, more = 0;
        for (var u = 0; u < undated.length; u++) {
          var k2 = undated[u], w = Math.min(labelWidth(k2), 260) + 18;
          if (cx0 + w > W - 130 && row < 1) { row++; cx0 = plotL + 6; }
          if (cx0 + w > W - 130) { more = undated.length - u; break; }
          var chip = { i: k2, x: cx0, row: row, w: w, yc: y + PAD + 18 + row * ROW + 9 };
          chips.push(chip); placedOf[k2] = chip; cx0 += w + 12;
        }
        strip = { y: y, h: PAD * 2 + 18 + 2 * ROW, chips: chips, more: more };
        y += strip.h;
      }
      // Links between drawn events.
      var arrows = [];
      if (S.links) {
        for (var q = 0; q < DATA.links.length; q += 3) {
          var A = placedOf[DATA.links[q]], B = placedOf[DATA.links[q + 1]];
          if (!A || !B) { continue; }
          var ax = anchor(A), bx = anchor(B), ay = A.yc, by = B.yc;
          // Leave the mark leftwards (its label is on its right), reach the other from its left.
          if (!A.point && A.x === undefined) { ay += 8; }
          var bend = Math.max(30, Math.abs(by - ay) * 0.4), rise = Math.max(24, Math.abs(by - ay) * 0.5) * (B.yc < A.yc - 2 ? -1 : 1);
          var pts = [];
          for (var s2 = 0; s2 <= 24; s2++) {
            var t = s2 / 24, m1 = 1 - t;
            pts.push([m1 * m1 * m1 * ax + 3 * m1 * m1 * t * (ax - 30) + 3 * m1 * t * t * (bx - bend) + t * t * t * (bx - 7),
              m1 * m1 * m1 * ay + 3 * m1 * m1 * t * (ay + rise) + 3 * m1 * t * t * by + t * t * t * by]);
          }
          arrows.push({ pts: pts, rel: T.relation[DATA.links[q + 2]] });
        }
      }
      // A label keeps clear of arrows: it ends before one crossing its line, or starts just
      // after it (up to 60 px from its mark), within the room its row leaves it.
      var all = [];
      frameLanes.forEach(function (l) {
        var byRow = [];
        l.placed.forEach(function (it) { (byRow[it.row] = byRow[it.row] || []).push(it); all.push(it); });
        byRow.forEach(function (list) {
          list.sort(function (a, b) { return a.left - b.left; });
          list.forEach(function (it, n) {
            it.bound = it.flip ? it.mx0 - 3 : Math.min(W - 4, n + 1 < list.length ? list[n + 1].left - 4 : Infinity);
          });
        });
      });
      if (strip) { strip.chips.forEach(function (c) { c.lx = c.x + 16; c.bound = c.x + c.w; all.push(c); }); }
      all.forEach(function (it) {
        var top = it.yc - 8, bottom = it.yc + 6, blocked = [];
        arrows.forEach(function (ar) {
          for (var z = 1; z < ar.pts.length; z++) {
            var p0 = ar.pts[z - 1], p1 = ar.pts[z];
            if (Math.max(p0[1], p1[1]) < top || Math.min(p0[1], p1[1]) > bottom) { continue; }
            var a0 = Math.min(p0[0], p1[0]) - 4, a1 = Math.max(p0[0], p1[0]) + 4;
            if (a1 >= it.lx && a0 <= it.bound) { blocked.push([a0, a1]); }
          }
        });
        blocked.sort(function (a, b) { return a[0] - b[0]; });
        var gaps = [], cursor = it.lx;
        blocked.forEach(function (b) { if (b[0] > cursor) { gaps.push([cursor, b[0]]); } cursor = Math.max(cursor, b[1]); });
        if (cursor < it.bound) { gaps.push([cursor, it.bound]); }
        var full = labelText(it.i), bw = it.x === undefined ? badgeWidth(it.i) : 0, want = labelWidth(it.i) + bw;
        var near = gaps.filter(function (g) { return g[0] <= it.lx + 60 && g[1] - g[0] >= 24; });
        var gap = near.filter(function (g) { return g[1] - g[0] >= Math.min(want, 80); })[0] ||
          near.sort(function (a, b) { return (b[1] - b[0]) - (a[1] - a[0]); })[0];
        it.text = ''; it.badge = false;
        if (!gap) { return; }
        it.lx = gap[0];
        if (want <= gap[1] - gap[0]) { it.text = full; it.badge = bw > 0; } else { it.text = fit(full, gap[1] - gap[0], '12px ' + FONT); }
      });
      return { ticks: tk, X: X, lanes: frameLanes, strip: strip, arrows: arrows, height: y, peak: peak, inView: inView, hidden: hidden, emptyLanes: emptyLanes };
    }
    function anchor(it) { return it.x !== undefined ? it.x + 5 : it.point ? (it.mx0 + it.mx1) / 2 : Math.max(it.mx0 - 2, plotL - 20); }

    // --- drawing ----------------------------------------------------------------------------
    var frame = null, hits = [];
    function statusStyle(k) { return STYLE.status[T.status[E.status[k]]] || ['#475569', 0.5, null]; }
    function alpha(hex, a) { var n = parseInt(hex.slice(1), 16); return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')'; }
    function dash(d) { return d ? d.split(' ').map(Number) : []; }

    function draw() {
      var began = performance.now();
      if (canvas.parentNode.clientWidth !== W) { size(); }
      var f = layout();
      var want = Math.round(Math.max(200, Math.min(f.height + AXIS + 4, available())));
      if (want !== H) { H = want; size(); }
      var viewH = H - AXIS, maxScroll = Math.max(0, f.height - viewH);
      if (S.scrollY > maxScroll) { S.scrollY = maxScroll; }
      if (S.scrollY < 0) { S.scrollY = 0; }
      var oy = AXIS - S.scrollY;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, W, H);
      hits = [];
      ctx.save(); ctx.beginPath(); ctx.rect(0, AXIS, W, viewH); ctx.clip();
      f.lanes.forEach(function (l, n) {
        ctx.fillStyle = n % 2 ? '#f1f5f9' : '#f8fafc'; ctx.fillRect(0, oy + l.y, W, l.h);
      });
      if (f.strip) { ctx.fillStyle = '#fefce8'; ctx.fillRect(0, oy + f.strip.y, W, f.strip.h); }
      ctx.restore();
      ctx.save(); ctx.beginPath(); ctx.rect(plotL, AXIS, W - plotL, viewH); ctx.clip();
      ctx.strokeStyle = '#e2e8f0'; ctx.lineWidth = 1;
      f.ticks.list.forEach(function (t) {
        var x = Math.round(f.X(t.day)) + 0.5;
        ctx.beginPath(); ctx.moveTo(x, AXIS); ctx.lineTo(x, oy + f.height - (f.strip ? f.strip.h : 0)); ctx.stroke();
      });
      f.arrows.forEach(function (ar) { drawArrow(ar, oy); });
      f.lanes.forEach(function (l) {
        l.placed.forEach(function (it) { drawEvent(it, oy); });
        if (l.hidden) { drawBins(l, f, oy); }
      });
      if (f.strip) { f.strip.chips.forEach(function (c) { drawChip(c, oy); }); }
      ctx.restore();
      drawGutter(f, oy, viewH);
      drawAxis(f);
      if (maxScroll > 0) {
        var th = Math.max(24, viewH * viewH / f.height), ty = AXIS + (viewH - th) * S.scrollY / maxScroll;
        ctx.fillStyle = 'rgba(100,116,139,0.45)'; ctx.fillRect(W - 6, ty, 4, th);
      }
      frame = f;
      frame.oy = oy;
      report(f);
      window.relationsTimeline.drawMs = performance.now() - began;
    }

    function drawArrow(ar, oy) {
      var colour = STYLE.relation[ar.rel] || STYLE.link, p = ar.pts;
      ctx.strokeStyle = colour; ctx.fillStyle = colour; ctx.lineWidth = 1.5; ctx.globalAlpha = 0.8;
      ctx.setLineDash(ar.rel === 'part-of' || ar.rel === 'same-as' ? [5, 3] : []);
      ctx.beginPath(); ctx.moveTo(p[0][0], p[0][1] + oy);
      for (var z = 1; z < p.length; z++) { ctx.lineTo(p[z][0], p[z][1] + oy); }
      ctx.stroke(); ctx.setLineDash([]);
      var e = p[p.length - 1], e0 = p[p.length - 3], ang = Math.atan2(e[1] - e0[1], e[0] - e0[0]);
      ctx.beginPath(); ctx.moveTo(e[0] + 6 * Math.cos(ang), e[1] + oy + 6 * Math.sin(ang));
      ctx.lineTo(e[0] - 4 * Math.cos(ang) - 4 * Math.sin(ang), e[1] + oy - 4 * Math.sin(ang) + 4 * Math.cos(ang));
      ctx.lineTo(e[0] - 4 * Math.cos(ang) + 4 * Math.sin(ang), e[1] + oy - 4 * Math.sin(ang) - 4 * Math.cos(ang));
      ctx.fill(); ctx.globalAlpha = 1;
    }

    function drawEvent(it, oy) {
      var k = it.i, st = statusStyle(k), colour = st[0], op = st[1], yc = it.yc + oy, vis = T.visibility[E.visibility[k]];
      if (yc < AXIS - 12 || yc > H + 12) { return; }
      ctx.lineWidth = 1.5; ctx.setLineDash(dash(st[2]));
      if (it.point) {
        var cx = (it.mx0 + it.mx1) / 2;
        ctx.beginPath(); ctx.arc(cx, yc, 5, 0, 2 * Math.PI);
        ctx.fillStyle = alpha(colour, op); ctx.fill(); ctx.strokeStyle = colour; ctx.stroke();
      } else {
        var x0 = Math.max(it.mx0, plotL - 40), x1 = Math.min(it.mx1, W + 40), flags = E.flags[k];
        if (flags & 3) {
          var a = Math.max(op, 0.35), g = ctx.createLinearGradient(it.mx0, 0, it.mx1, 0);
          g.addColorStop(0, alpha(colour, flags & 1 ? 0 : a)); g.addColorStop(0.22, alpha(colour, a));
          g.addColorStop(0.78, alpha(colour, a)); g.addColorStop(1, alpha(colour, flags & 2 ? 0 : a));
          ctx.fillStyle = g; ctx.fillRect(x0, yc + 5, x1 - x0, 5);
        } else {
          ctx.fillStyle = alpha(colour, op); ctx.fillRect(x0, yc + 5, x1 - x0, 5);
          ctx.strokeStyle = colour; ctx.strokeRect(x0, yc + 5, x1 - x0, 5);
        }
      }
      ctx.setLineDash([]);
      if (vis !== 'public') {
        ctx.strokeStyle = '#111827'; ctx.lineWidth = 1.1; ctx.setLineDash(vis === 'secret' ? [3, 2] : [1, 2]);
        if (it.point) { ctx.beginPath(); ctx.arc((it.mx0 + it.mx1) / 2, yc, 8, 0, 2 * Math.PI); ctx.stroke(); } else { ctx.strokeRect(Math.max(it.mx0, plotL - 40) - 2, yc + 3, Math.min(it.mx1, W + 40) - Math.max(it.mx0, plotL - 40) + 4, 9); }
        ctx.setLineDash([]);
      }
      var right = it.lx;
      if (it.text) {
        ctx.font = '12px ' + FONT; ctx.fillStyle = '#0f172a'; ctx.textBaseline = 'alphabetic';
        ctx.fillText(it.text, it.lx, yc + 4);
        right = it.lx + ctx.measureText(it.text).width;
        if (T.status[E.status[k]] === 'cancelled') { ctx.strokeStyle = colour; ctx.lineWidth = 1.5; ctx.beginPath(); ctx.moveTo(it.lx, yc); ctx.lineTo(right, yc); ctx.stroke(); }
        if (it.badge) {
          ctx.fillStyle = '#111827'; ctx.fillRect(right + 6, yc - 7, vis.length * 7 + 8, 14);
          ctx.fillStyle = '#ffffff'; ctx.font = 'bold 10px ' + FONT; ctx.fillText(vis.toUpperCase(), right + 10, yc + 4);
          right += vis.length * 7 + 14;
        }
      }
      if (k === S.sel) {
        var from = Math.max(Math.min(it.mx0, it.lx), plotL);
        ctx.strokeStyle = '#f59e0b'; ctx.lineWidth = 2; ctx.strokeRect(from - 3, yc - 9, Math.max(right, it.mx1) - from + 6, 20);
      }
      hits.push({ type: 'event', i: k, x0: Math.min(it.mx0, it.lx) - 2, x1: Math.max(right, it.mx1) + 2, y0: it.yc - 9, y1: it.yc + 10, text: it.text, tx0: it.lx, tx1: right, ty0: it.yc - 8, ty1: it.yc + 6 });
    }

    function drawChip(c, oy) {
      var k = c.i, st = statusStyle(k), yc = c.yc + oy;
      ctx.setLineDash([2, 2]); ctx.lineWidth = 1.2;
      ctx.fillStyle = alpha(st[0], st[1]); ctx.fillRect(c.x, yc - 5, 10, 10);
      ctx.strokeStyle = st[0]; ctx.strokeRect(c.x, yc - 5, 10, 10); ctx.setLineDash([]);
      if (c.text) { ctx.font = '12px ' + FONT; ctx.fillStyle = '#0f172a'; ctx.fillText(c.text, c.lx, yc + 4); }
      if (k === S.sel) { ctx.strokeStyle = '#f59e0b'; ctx.lineWidth = 2; ctx.strokeRect(c.x - 3, yc - 9, c.w + 6, 20); }
      var cr = c.text ? c.lx + ctx.measureText(c.text).width : c.lx;
      hits.push({ type: 'event', i: k, x0: c.x - 2, x1: c.x + c.w, y0: c.yc - 9, y1: c.yc + 10, text: c.text, tx0: c.lx, tx1: cr, ty0: c.yc - 8, ty1: c.yc + 6 });
    }

    function drawBins(l, f, oy) {
      var list = f.ticks.list, top = oy + l.y + l.h - PAD - SUMH + 2;
      ctx.font = '10px ' + FONT; ctx.textAlign = 'center';
      for (var b = 0; b < l.bins.length - 1; b++) {
        var count = l.bins[b];
        if (!count) { continue; }
        var x0 = Math.max(f.X(list[b].day), plotL), x1 = Math.min(f.X(list[b + 1].day), W), w = x1 - x0;
        if (w <= 1) { continue; }
        var bar = Math.max(2, 10 * count / f.peak);
        ctx.fillStyle = 'rgba(100,116,139,0.35)'; ctx.fillRect(x0 + 1, top + SUMH - 2 - bar, w - 2, bar);
        var text = count >= 10000 ? Math.round(count / 1000) + 'k' : count >= 1000 ? (count / 1000).toFixed(1) + 'k' : String(count);
        if (ctx.measureText(text).width + 4 <= w) { ctx.fillStyle = '#334155'; ctx.fillText(text, (x0 + x1) / 2, top + 9); }
        hits.push({ type: 'bin', lane: l.name, count: count, d0: list[b].day, d1: list[b + 1].day, x0: x0, x1: x1, y0: l.y + l.h - PAD - SUMH, y1: l.y + l.h - PAD });
      }
      ctx.textAlign = 'left';
    }

    function drawGutter(f, oy, viewH) {
      ctx.save(); ctx.beginPath(); ctx.rect(0, AXIS, plotL, viewH); ctx.clip();
      ctx.strokeStyle = '#cbd5e1'; ctx.beginPath(); ctx.moveTo(plotL - 0.5, AXIS); ctx.lineTo(plotL - 0.5, H); ctx.stroke();
      f.lanes.forEach(function (l) {
        var y = oy + l.y;
        ctx.fillStyle = '#0f172a'; ctx.fillText(fit(l.name, plotL - 16, 'bold 12px ' + FONT), 10, y + PAD + 12);
        ctx.fillStyle = '#475569';
        ctx.fillText(fit(l.inView.toLocaleString('en') + ' in view', plotL - 16, '10px ' + FONT), 10, y + PAD + 26);
        if (l.hidden) { ctx.fillText(fit(l.hidden.toLocaleString('en') + ' counted below', plotL - 16, '10px ' + FONT), 10, y + PAD + 39); }
      });
      if (f.strip) {
        var y = oy + f.strip.y;
        ctx.fillStyle = '#0f172a'; ctx.fillText(fit('undated', plotL - 16, 'italic bold 12px ' + FONT), 10, y + PAD + 12);
        ctx.fillStyle = '#475569'; ctx.fillText(fit(undated.length + ' events, no date', plotL - 16, '10px ' + FONT), 10, y + PAD + 26);
        if (f.strip.more) {
          var text = '+' + f.strip.more + ' more (listed below)', yy = y + PAD + 18 + ROW + 13;
          ctx.font = '11px ' + FONT; ctx.fillStyle = '#1d4ed8'; ctx.fillText(text, W - 126, yy);
          hits.push({ type: 'more', x0: W - 128, x1: W, y0: f.strip.y + PAD + 18 + ROW, y1: f.strip.y + PAD + 18 + 2 * ROW });
        }
      }
      ctx.restore();
      if (f.strip) {
        ctx.save(); ctx.beginPath(); ctx.rect(plotL, AXIS, W - plotL, viewH); ctx.clip();
        ctx.font = '11px ' + FONT; ctx.fillStyle = '#475569';
        ctx.fillText('Not on the time axis: the date is not known', plotL + 6, oy + f.strip.y + PAD + 10);
        ctx.restore();
      }
    }

    function drawAxis(f) {
      ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, W, AXIS);
      ctx.strokeStyle = '#94a3b8'; ctx.beginPath(); ctx.moveTo(0, AXIS - 0.5); ctx.lineTo(W, AXIS - 0.5); ctx.stroke();
      ctx.save(); ctx.beginPath(); ctx.rect(plotL, 0, W - plotL, AXIS); ctx.clip();
      ctx.font = '11px ' + FONT; ctx.fillStyle = '#334155';
      var list = f.ticks.list, majors = [], lastRight = -Infinity;
      f.frameTicks = [];
      list.forEach(function (t) {
        var x = f.X(t.day);
        if (x >= plotL - 1 && x + 3 + ctx.measureText(t.text).width <= W - 2) {
          ctx.fillText(t.text, x + 3, AXIS - 6);
          f.frameTicks.push({ x: x + 3, w: ctx.measureText(t.text).width, text: t.text, row: 1 });
          ctx.strokeStyle = '#cbd5e1'; ctx.beginPath(); ctx.moveTo(Math.round(x) + 0.5, AXIS - 18); ctx.lineTo(Math.round(x) + 0.5, AXIS); ctx.stroke();
        }
        if (t.major) { majors.push([x, t.major]); }
      });
      ctx.font = 'bold 11px ' + FONT; ctx.fillStyle = '#0f172a';
      // The period that started before the left edge keeps its name at the edge, if it fits.
      var lead = null;
      for (var m = 0; m < majors.length && majors[m][0] <= plotL; m++) { lead = majors[m]; }
      if (!lead) { var p = ymd(S.t0); lead = [plotL, f.ticks.unit === 'day' ? MONTHS_LONG[p[1]] + ' ' + p[0] : f.ticks.unit === 'month' ? String(p[0]) : null]; }
      var shown = majors.filter(function (mj) { return mj[0] > plotL; });
      if (lead && lead[1]) { var w0 = ctx.measureText(lead[1]).width; if (!shown.length || shown[0][0] > plotL + 3 + w0 + 10) { shown.unshift([plotL, lead[1]]); } }
      shown.forEach(function (mj) {
        var w = ctx.measureText(mj[1]).width, x = mj[0] + 3;
        if (x < lastRight + 10) { return; }
        ctx.fillText(mj[1], x, 15); lastRight = x + w;
        f.frameTicks.push({ x: x, w: w, text: mj[1], row: 0 });
      });
      ctx.restore();
      ctx.font = '11px ' + FONT; ctx.fillStyle = '#475569';
      ctx.fillText(fit(words(S.t0) + ' –', plotL - 12, '11px ' + FONT), 8, 15);
      ctx.fillText(fit(words(S.t1), plotL - 12, '11px ' + FONT), 8, 31);
    }

    // --- what the page reports about the frame (status line, list, tests) -----------------
    var listLimit = 100, listTimer = null;
    function report(f) {
      var drawn = [];
      f.lanes.forEach(function (l) { l.placed.forEach(function (it) { drawn.push(it.i); }); });
      var status = 'Showing ' + words(S.t0) + ' – ' + words(S.t1) + ': ' + matchCount.toLocaleString('en') + ' of ' +
        N.toLocaleString('en') + ' events match the filters; ' + f.inView.toLocaleString('en') + ' in view, ' +
        drawn.length.toLocaleString('en') + ' drawn, ' + f.hidden.toLocaleString('en') + ' counted per lane and period' +
        (undated.length ? '; ' + undated.length.toLocaleString('en') + ' undated' : '') +
        (f.emptyLanes ? '; ' + f.emptyLanes.toLocaleString('en') + ' lanes with nothing in view not shown.' : '.');
      document.getElementById('status').textContent = status;
      window.relationsTimeline.frame = {
        drawn: drawn.map(function (k) { return E.id[k]; }),
        labels: hits.filter(function (h) { return h.type === 'event'; }).map(function (h) {
          return { id: E.id[h.i], text: h.text, x0: h.x0, x1: h.x1, y0: h.y0 + f.oy, y1: h.y1 + f.oy, box: h.text ? [h.tx0, h.ty0 + f.oy, h.tx1, h.ty1 + f.oy] : null };
        }),
        bins: hits.filter(function (h) { return h.type === 'bin'; }).map(function (h) { return { lane: h.lane, count: h.count, x0: h.x0, x1: h.x1, y0: h.y0 + f.oy, y1: h.y1 + f.oy }; }),
        undated: f.strip ? f.strip.chips.map(function (c) { return E.id[c.i]; }) : [],
        counted: f.hidden, inView: f.inView, matching: matchCount,
        lanes: f.lanes.map(function (l) { return { name: l.name, inView: l.inView, counted: l.hidden, drawn: l.placed.length }; }),
        ticks: f.frameTicks, arrows: f.arrows.map(function (a) { return a.pts.map(function (p) { return [p[0], p[1] + f.oy]; }); }),
        axis: AXIS, plotLeft: plotL, width: W, height: H
      };
      clearTimeout(listTimer);
      listTimer = setTimeout(function () { listTimer = null; renderList(); }, 120);
      scheduleHash();
    }

    function renderList() {
      var rows = [], total = 0;
      for (var k = 0; k < N; k++) {
        if (!match[k] || (dated[k] && (end[k] <= S.t0 || start[k] >= S.t1))) { continue; }
        total++;
        if (rows.length < listLimit) { rows.push(k); }
      }
      var body = document.querySelector('#events tbody'), frag = document.createDocumentFragment();
      rows.forEach(function (k) {
        var tr = document.createElement('tr');
        tr.tabIndex = 0; tr.dataset.id = E.id[k];
        if (k === S.sel) { tr.className = 'on'; }
        [T.date[E.date[k]], T.kind[E.kind[k]], E.title[k], T.status[E.status[k]], T.visibility[E.visibility[k]],
          E.people[k].map(function (p) { return T.people[p]; }).join('; '),
          E.sources[k].map(function (s) { return T.source[s][0]; }).join(', ')].forEach(function (text) {
            var td = document.createElement('td'); td.textContent = text; tr.appendChild(td);
          });
        tr.addEventListener('click', function () { select(k, false); });
        tr.addEventListener('focus', function () { showDetails(k); });
        tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { select(k, false); } });
        frag.appendChild(tr);
      });
      body.textContent = ''; body.appendChild(frag);
      document.getElementById('list-title').textContent = 'Events in view: ' + total.toLocaleString('en') +
        (total > rows.length ? ' (the first ' + rows.length + ' listed)' : '');
      document.getElementById('more').hidden = total <= rows.length;
    }

    // --- the evidence panel -----------------------------------------------------------------
    var panel = document.getElementById('details');
    function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } if (cls) { e.className = cls; } return e; }
    function labelled(label, text) { var p = el('p'); p.appendChild(el('b', label + ' ')); p.appendChild(document.createTextNode(text)); return p; }
    function showDetails(k) {
      panel.textContent = '';
      panel.dataset.id = E.id[k];
      panel.appendChild(el('h2', E.title[k]));
      var tags = el('p'), vis = T.visibility[E.visibility[k]];
      tags.appendChild(el('span', T.kind[E.kind[k]], 'tag'));
      tags.appendChild(el('span', T.status[E.status[k]], 'tag'));
      tags.appendChild(el('span', vis, 'tag ' + vis));
      panel.appendChild(tags);
      panel.appendChild(labelled('Date:', T.date[E.date[k]] + (DATA.dateText[k] ? ' (“' + DATA.dateText[k] + '”)' : '')));
      if (E.place[k] >= 0) { panel.appendChild(labelled('Where:', T.place[E.place[k]])); }
      if (E.people[k].length) { panel.appendChild(labelled('Who:', E.people[k].map(function (p) { return T.people[p]; }).join('; '))); }
      if (DATA.summary[k]) { panel.appendChild(el('p', DATA.summary[k])); }
      if (linksOf[k]) {
        panel.appendChild(el('p')).appendChild(el('b', 'Links:'));
        var ul = el('ul');
        linksOf[k].forEach(function (l) {
          var other = E.title[l[0]] + ' (' + T.date[E.date[l[0]]] + ')';
            var li = el('li'), button = el('button', l[2] ? '→ ' + l[1] + ': ' + other : '← ' + other + ': ' + l[1] + ' this', 'related');
          button.type = 'button'; button.dataset.id = E.id[l[0]];
          button.addEventListener('click', function () { select(l[0], true); });
          li.appendChild(button); ul.appendChild(li);
        });
        panel.appendChild(ul);
      }
      E.evidence[k].forEach(function (q) {
        var bq = el('blockquote', q[0]);
        bq.appendChild(el('br')); bq.appendChild(el('small', '— ' + T.source[q[1]][0]));
        panel.appendChild(bq);
      });
      E.sources[k].forEach(function (s) {
        var src = T.source[s], p = el('p'), name = src[1] || src[0];
        p.appendChild(el('b', 'Source: '));
        if (src[2] && /^https?:\/\//i.test(src[2])) {
          var a = el('a', name); a.href = src[2]; a.rel = 'noopener noreferrer'; p.appendChild(a);
        } else { p.appendChild(document.createTextNode(name)); }
        var extra = [src[3], src[4]].filter(Boolean).join(', ');
        if (extra) { p.appendChild(document.createTextNode(' (' + extra + ')')); }
        panel.appendChild(p);
      });
    }

    function select(k, reveal) {
      S.sel = k;
      showDetails(k);
      if (reveal && dated[k]) {
        var span = S.t1 - S.t0, mid = (start[k] + end[k]) / 2;
        if (span > 120) { span = Math.max(60, (end[k] - start[k]) * 1.5); }
        setView(mid - span / 2, mid + span / 2);
      }
      redraw();
    }

    // --- view changes -----------------------------------------------------------------------
    function setView(t0, t1) {
      var span = Math.min(Math.max(t1 - t0, MIN_SPAN), MAX_SPAN), mid = (t0 + t1) / 2;
      if (t1 - t0 !== span) { t0 = mid - span / 2; t1 = mid + span / 2; }
      var lo = minDay - MAX_SPAN / 2, hi = maxDay + MAX_SPAN / 2;
      if (t0 < lo) { t1 += lo - t0; t0 = lo; }
      if (t1 > hi) { t0 -= t1 - hi; t1 = hi; }
      S.t0 = t0; S.t1 = t1;
    }
    function zoom(factor, atX) {
      var at = atX === undefined ? (S.t0 + S.t1) / 2 : S.t0 + (atX - plotL) / (W - plotL) * (S.t1 - S.t0);
      setView(at - (at - S.t0) * factor, at + (S.t1 - at) * factor);
      redraw();
    }
    function pan(fraction) { var d = (S.t1 - S.t0) * fraction; setView(S.t0 + d, S.t1 + d); redraw(); }
    function fitAll() {
      var lo = Infinity, hi = -Infinity;
      lanes.forEach(function (l) { l.ev.forEach(function (k) { if (start[k] < lo) { lo = start[k]; } if (end[k] > hi) { hi = end[k]; } }); });
      if (lo === Infinity) { lo = minDay; hi = maxDay; }
      // More room on the right, where the last events' labels go.
      var pad = Math.max((hi - lo) * 0.03, 3);
      setView(lo - pad, hi + pad * 6);
    }
    var pending = false;
    function redraw() { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; draw(); }); } }

    // --- the URL fragment -------------------------------------------------------------------
    var written = '', hashTimer = null;
    function names(field) { return S[field] ? S[field].map(function (v) { return FILTERS[field][v]; }).join(',') : null; }
    function fragment() {
      var p = new URLSearchParams();
      p.set('g', S.group); p.set('from', iso(S.t0) || String(S.t0)); p.set('to', iso(S.t1) || String(S.t1));
      ['kind', 'status', 'visibility'].forEach(function (f) { var v = names(f); if (v !== null) { p.set(f, v); } });
      if (S.country.length) { p.set('country', S.country.map(function (c) { return T.country[c]; }).join(',')); }
      if (S.official) { p.set('official', S.official); }
      if (S.q) { p.set('q', S.q); }
      if (!S.links) { p.set('links', '0'); }
      if (S.sel >= 0) { p.set('event', E.id[S.sel]); }
      return p.toString();
    }
    function scheduleHash() {
      clearTimeout(hashTimer);
      hashTimer = setTimeout(function () {
        hashTimer = null;
        var f = fragment();
        if (f === written) { return; }
        written = f;
        try { history.replaceState(null, '', '#' + f); } catch (e) { location.replace('#' + f); }
      }, 200);
    }
    function parseDay(text) {
      var m = /^(-?\d{1,6})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(text || '');
      if (m) { return dayOf(+m[1], m[2] ? m[2] - 1 : 0, m[3] ? +m[3] : 1); }
      var n = parseFloat(text); return isFinite(n) ? n : null;
    }
    function readHash() {
      var p = new URLSearchParams(location.hash.slice(1));
      written = location.hash.slice(1);
      S.group = p.get('g') === 'pair' ? 'pair' : p.get('g') === 'kind' ? 'kind' : S.group;
      ['kind', 'status', 'visibility'].forEach(function (f) {
        S[f] = p.has(f) ? p.get(f).split(',').map(function (v) { return FILTERS[f].indexOf(v); }).filter(function (v) { return v >= 0; }) : null;
      });
      S.country = p.has('country') ? p.get('country').split(',').map(function (v) { return T.country.indexOf(v); }).filter(function (v) { return v >= 0; }) : [];
      S.official = p.get('official') || '';
      S.q = p.get('q') || '';
      S.links = p.get('links') !== '0';
      S.sel = p.has('event') ? E.id.indexOf(p.get('event')) : -1;
      applyFilters();
      var t0 = parseDay(p.get('from')), t1 = parseDay(p.get('to'));
      if (t0 !== null && t1 !== null && t1 > t0) { setView(t0, t1); } else { fitAll(); }
      syncControls();
      if (S.sel >= 0) { showDetails(S.sel); }
    }

    // --- controls ---------------------------------------------------------------------------
    function syncControls() {
      document.querySelectorAll('button[data-group]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.group === S.group)); });
      document.getElementById('search').value = S.q;
      document.getElementById('official').value = S.official;
      document.getElementById('show-links').checked = S.links;
      document.querySelectorAll('details.filter').forEach(function (d) {
        var f = d.dataset.filter, chosen = f === 'country' ? S.country : S[f];
        d.querySelectorAll('input').forEach(function (box) { box.checked = f === 'country' ? chosen.indexOf(+box.value) >= 0 : !chosen || chosen.indexOf(+box.value) >= 0; });
        var summary = d.querySelector('summary'), label = f.charAt(0).toUpperCase() + f.slice(1);
        var narrowed = f === 'country' ? chosen.length > 0 : chosen !== null;
        summary.textContent = label + (narrowed ? ': ' + (f === 'country' ? chosen.map(function (c) { return T.country[c]; }).join(' & ') : chosen.length + ' of ' + FILTERS[f].length) : '');
        summary.classList.toggle('narrowed', narrowed);
      });
    }
    function filtersChanged() {
      var began = performance.now();
      applyFilters(); syncControls(); listLimit = 100;
      window.relationsTimeline.filterMs = performance.now() - began;
      redraw();
    }

    document.querySelectorAll('details.filter').forEach(function (d) {
      var f = d.dataset.filter, box = d.querySelector('div');
      if (f === 'country') { box.appendChild(el('small', 'events involving every country ticked')); }
      FILTERS[f].forEach(function (name, v) {
        var label = el('label'), input = el('input');
        input.type = 'checkbox'; input.value = String(v); input.name = f;
        input.addEventListener('change', function () {
          if (f === 'country') {
            S.country = S.country.filter(function (c) { return c !== v; });
            if (input.checked) { S.country.push(v); }
          } else {
            var cur = S[f] ? S[f].slice() : FILTERS[f].map(function (_, n) { return n; });
            cur = cur.filter(function (c) { return c !== v; });
            if (input.checked) { cur.push(v); }
            cur.sort(function (x, y) { return x - y; });
            S[f] = cur.length === FILTERS[f].length ? null : cur;
          }
          filtersChanged();
        });
        label.appendChild(input); label.appendChild(document.createTextNode(' ' + name)); box.appendChild(label);
      });
    });
    var officials = document.getElementById('officials'), seen = {};
    personName.forEach(function (name) { if (!seen[name]) { seen[name] = 1; officials.appendChild(el('option')).value = name; } });
    var typing = null;
    ['search', 'official'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', function (e) {
        clearTimeout(typing);
        typing = setTimeout(function () { typing = null; S[id === 'search' ? 'q' : 'official'] = e.target.value; filtersChanged(); }, 150);
      });
    });
    document.getElementById('show-links').addEventListener('change', function (e) { S.links = e.target.checked; redraw(); });
    document.querySelectorAll('button[data-group]').forEach(function (b) {
      b.addEventListener('click', function () { S.group = b.dataset.group; S.scrollY = 0; filtersChanged(); });
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(0.5); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(2); });
    document.getElementById('pan-left').addEventListener('click', function () { pan(-0.25); });
    document.getElementById('pan-right').addEventListener('click', function () { pan(0.25); });
    document.getElementById('fit').addEventListener('click', function () { fitAll(); redraw(); });
    document.getElementById('goto').addEventListener('change', function (e) {
      var m = /^\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?\s*$/.exec(e.target.value);
      if (!m) { return; }
      var y = +m[1], t0 = m[3] ? dayOf(y, m[2] - 1, +m[3]) - 3 : m[2] ? dayOf(y, m[2] - 1, 1) : dayOf(y, 0, 1);
      var t1 = m[3] ? t0 + 7 : m[2] ? dayOf(y, +m[2], 1) : dayOf(y + 1, 0, 1);
      setView(t0, t1); redraw();
    });
    document.getElementById('reset').addEventListener('click', function () {
      S.kind = S.status = S.visibility = null; S.country = []; S.official = ''; S.q = ''; S.sel = -1;
      filtersChanged(); fitAll();
    });
    document.getElementById('more').addEventListener('click', function () { listLimit += 200; renderList(); });

    // Wheel zooms (shift or a sideways swipe pans; over the lane names it scrolls the lanes).
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      var unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? H : 1, dx = e.deltaX * unit, dy = e.deltaY * unit;
      var x = e.offsetX;
      if (x < plotL) { S.scrollY += dy; redraw(); return; }
      if (e.shiftKey || Math.abs(dx) > Math.abs(dy)) { pan((e.shiftKey ? dy || dx : dx) / (W - plotL)); return; }
      zoom(Math.exp(Math.max(-300, Math.min(300, dy)) * 0.002), x);
    }, { passive: false });
    var drag = null;
    canvas.addEventListener('pointerdown', function (e) {
      drag = { x: e.clientX, y: e.clientY, t0: S.t0, t1: S.t1, scroll: S.scrollY, moved: false };
      canvas.setPointerCapture(e.pointerId); canvas.focus();
    });
    canvas.addEventListener('pointermove', function (e) {
      if (drag) {
        var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; canvas.classList.add('dragging'); }
        if (drag.moved) {
          var d = -dx * (drag.t1 - drag.t0) / (W - plotL);
          setView(drag.t0 + d, drag.t1 + d); S.scrollY = drag.scroll - dy; redraw();
        }
        return;
      }
      var h = hitAt(e.offsetX, e.offsetY);
      canvas.style.cursor = h ? 'pointer' : '';
      canvas.title = h && h.type === 'bin' ? h.lane + ', ' + words(h.d0) + ' – ' + words(h.d1 - 1) + ': ' + h.count + ' events not drawn at this zoom (click to zoom in)' : '';
      if (h && h.type === 'event' && S.sel < 0) { showDetails(h.i); }
    });
    canvas.addEventListener('pointerup', function (e) {
      var was = drag; drag = null; canvas.classList.remove('dragging');
      if (!was || was.moved) { return; }
      var h = hitAt(e.offsetX, e.offsetY);
      if (!h) { S.sel = -1; redraw(); return; }
      if (h.type === 'event') { select(h.i, false); }
      if (h.type === 'bin') { var pad = (h.d1 - h.d0) * 0.05; setView(h.d0 - pad, h.d1 + pad); redraw(); }
      if (h.type === 'more') { document.getElementById('events').scrollIntoView(); }
    });
    canvas.addEventListener('keydown', function (e) {
      var used = true;
      switch (e.key) {
        case 'ArrowLeft': pan(-0.2); break;
        case 'ArrowRight': pan(0.2); break;
        case 'ArrowUp': S.scrollY -= 40; redraw(); break;
        case 'ArrowDown': S.scrollY += 40; redraw(); break;
        case 'PageUp': S.scrollY -= H - AXIS - 40; redraw(); break;
        case 'PageDown': S.scrollY += H - AXIS - 40; redraw(); break;
        case '+': case '=': zoom(0.5); break;
        case '-': case '_': zoom(2); break;
        case '0': case 'Home': fitAll(); redraw(); break;
        case 'Escape': S.sel = -1; redraw(); break;
        default: used = false;
      }
      if (used) { e.preventDefault(); }
    });
    function hitAt(x, y) {
      if (y < AXIS) { return null; }
      var cy = y - frame.oy;
      for (var n = hits.length - 1; n >= 0; n--) {
        var h = hits[n];
        if (x >= h.x0 && x <= h.x1 && cy >= h.y0 && cy <= h.y1) { return h; }
      }
      return null;
    }
    window.addEventListener('hashchange', function () { if (location.hash.slice(1) !== written) { readHash(); redraw(); } });

    function available() { return Math.max(260, window.innerHeight - canvas.getBoundingClientRect().top - 60 + window.scrollY); }
    function size() {
      dpr = window.devicePixelRatio || 1;
      W = Math.max(400, canvas.parentNode.clientWidth);
      canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
      canvas.style.width = W + 'px'; canvas.style.height = H + 'px';
    }
    window.addEventListener('resize', function () { size(); redraw(); });

    window.relationsTimeline = {
      view: function () { return { t0: S.t0, t1: S.t1, from: words(S.t0), to: words(S.t1), group: S.group, scrollY: S.scrollY, selected: S.sel >= 0 ? E.id[S.sel] : null }; },
      frame: null, firstDraw: null,
      // Nothing waiting: no frame, typing pause, list or fragment update (for tests).
      idle: function () { return !pending && !typing && !listTimer && !hashTimer; }
    };
    H = available();
    size();
    readHash();
    draw();
    window.relationsTimeline.firstDraw = performance.now();
    document.documentElement.dataset.drawn = 'yes';
  }
})();
