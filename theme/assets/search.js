// Site search over the generator's index (docs/data.md explains the files), on the search page only.
// Index text is only ever put into text nodes, never parsed as HTML.
(function () {
  "use strict";
  var form = document.querySelector("form[data-index]");
  if (!form || !window.fetch || !window.Promise) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var empty = document.getElementById("search-empty");
  var manifestUrl = new URL(form.getAttribute("data-index"), document.baseURI).href;
  var PAGE = 10;
  var KINDS = { event: "Event", actor: "Who’s who", explainer: "Explainer", briefing: "Briefing", figure: "Figure", source: "Source", page: "Page" };
  // Field bits and what a hit in each is worth: title, names, dates, summary, body.
  var WEIGHTS = [[1, 100], [2, 40], [4, 40], [8, 20], [16, 10]];
  // As SearchText.cs, but a date may be cut short ("2020-01-0") while it is typed.
  var TOKEN = /[0-9]{4}-[0-9]{1,2}(?:-[0-9]{0,2})?|[\p{L}\p{N}]+/gu;
  var WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-,'\u2019][\p{L}\p{N}]+)*/gu;
  var cache = {};
  var manifest;
  var terms = [], ranked = [], shown = 0, run = 0, timer = 0;

  function getJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      });
    }
    return cache[url];
  }

  // Index file names are stable across builds; the version in the query keeps two builds' files apart.
  function file(path) {
    return getJson(new URL(path + "?v=" + manifest.hash, manifestUrl).href);
  }

  // Entry i of the blocks of n entries in dir ("d/": what results show, "p/": body parts).
  function entry(dir, n, i) {
    return file(dir + Math.floor(i / n) + ".json").then(function (b) { return b[i % n]; });
  }

  // The steps of SearchText.cs, with the language's patterns from the manifest.
  function normalize(s) {
    s = s.toLowerCase();
    if (manifest.marks) s = s.replace(/\p{M}/gu, "");
    manifest.replace.forEach(function (r) { s = s.replace(new RegExp(r[0], "gu"), r[1]); });
    return s;
  }

  function tokens(s) {
    var seen = {};
    return (normalize(s).match(TOKEN) || []).map(stem).filter(function (t) {
      var ok = t.length <= 40 && (t.length >= 2 || /^[0-9]/.test(t)) && manifest.stop.indexOf(t) < 0 && !seen[t];
      seen[t] = true;
      return ok;
    });
  }

  // A plural loses its ending to find its singular too, by the language's rule: what it keeps is group 1.
  function stem(t) {
    var p = manifest.plural, s = t.replace(new RegExp(p[0], "u"), "$1");
    return s.length < p[1] ? t : s;
  }

  function matchesTerm(word, t) {
    return t.length >= manifest.prefix ? word.lastIndexOf(t, 0) === 0 : word === t;
  }

  // Chunks that can hold terms starting with t: the longest key t starts with, and keys starting with t.
  function chunksFor(t) {
    var best = "", out = [];
    manifest.chunks.forEach(function (k) {
      if (t.lastIndexOf(k, 0) === 0) {
        if (k.length > best.length) best = k;
      } else if (t.length >= manifest.prefix && k.lastIndexOf(t, 0) === 0) {
        out.push(k);
      }
    });
    if (best) out.push(best);
    return out;
  }

  // Per query word: each document's best score, and the body part to excerpt if only the body matched.
  function lookup(t) {
    return Promise.all(chunksFor(t).map(function (k) {
      // Named by its key, as SearchIndexBuilder.ChunkFile does.
      return file("t/_" + k.replace(/[^a-z0-9-]/g, function (c) {
        return "_" + (65536 + c.charCodeAt(0)).toString(16).slice(1);
      }) + ".json");
    })).then(function (chunks) {
      var scores = {};
      chunks.forEach(function (chunk) {
        Object.keys(chunk).forEach(function (term) {
          if (!matchesTerm(term, t)) return;
          var p = chunk[term], doc = 0;
          for (var i = 0; i < p.length; i += 2) {
            doc += p[i];
            var fields = p[i + 1] & 31, score = term === t ? 5 : 0, best = 0;
            WEIGHTS.forEach(function (w) { if (fields & w[0]) best = Math.max(best, w[1]); });
            score += best;
            var cur = scores[doc];
            if (!cur || score > cur[0]) scores[doc] = [score, fields & 15 ? 0 : p[i + 1] >> 5];
          }
        });
      });
      return scores;
    });
  }

  function el(name, className) {
    var e = document.createElement(name);
    if (className) e.className = className;
    return e;
  }

  function wordMatches(word) {
    return (normalize(word).match(TOKEN) || []).some(function (x) {
      return terms.some(function (t) { return matchesTerm(x, t); });
    });
  }

  // Appends text to parent, wrapping each word that matches the query in <mark>.
  function highlight(parent, text) {
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (!wordMatches(m[0])) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el("mark")).textContent = m[0];
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // About 240 characters of text around the first match, cut at spaces.
  function excerpt(text) {
    text = text.replace(/\s+/g, " ");
    if (text.length <= 240) return text;
    var at = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (wordMatches(m[0])) { at = m.index; break; }
    }
    var start = Math.max(0, at - 80);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    var end = Math.min(text.length, start + 240);
    if (end < text.length) end = text.lastIndexOf(" ", end);
    return (start > 0 ? "\u2026" : "") + text.slice(start, end) + (end < text.length ? "\u2026" : "");
  }

  function render(doc, part) {
    var li = el("li", "search-result");
    var h = li.appendChild(el("h2", "search-title"));
    var a = h.appendChild(el("a"));
    a.href = doc.u;
    highlight(a, doc.t);
    li.appendChild(el("p", "search-meta")).textContent = (KINDS[doc.k] || doc.k) + (doc.d ? " \u00b7 " + doc.d : "");
    highlight(li.appendChild(el("p", "search-excerpt")), excerpt(part || doc.s));
    return li;
  }

  function showMore() {
    var mine = run;
    var slice = ranked.slice(shown, shown + PAGE);
    shown += slice.length;
    return Promise.all(slice.map(function (r) {
      var d = r.doc, p = r.part, m = manifest;
      return Promise.all([
        entry("d/", m.block, d),
        !p ? null : m.long.indexOf(d) < 0 ? entry("p/", m.partBlock, d).then(function (ps) { return ps[p - 1]; }) : file("p/" + d + "-" + p + ".json"),
      ]);
    })).then(function (items) {
      if (mine !== run) return null;
      var first = null;
      items.forEach(function (it) {
        var li = list.appendChild(render(it[0], it[1]));
        first = first || li.querySelector("a");
      });
      more.hidden = shown >= ranked.length;
      return first;
    });
  }

  function say(text, none) {
    status.textContent = text;
    empty.hidden = !none;
  }

  function search(q) {
    var mine = ++run;
    list.textContent = "";
    ranked = [];
    shown = 0;
    more.hidden = true;
    q = q.trim();
    if (!q) return say("", false);
    var quoted = "\u201c" + q + "\u201d";
    ready.then(function () {
      terms = tokens(q);
      return Promise.all(terms.map(lookup));
    }).then(function (maps) {
      if (mine !== run) return null;
      // Every query word must match; scores add up.
      Object.keys(maps[0] || {}).forEach(function (doc) {
        var total = 0, part = 0;
        for (var i = 0; i < maps.length; i++) {
          var s = maps[i][doc];
          if (!s) return;
          total += s[0];
          part = part || s[1];
        }
        ranked.push({ doc: +doc, score: total, part: part });
      });
      ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return showMore().then(function () {
        if (mine !== run) return;
        var n = ranked.length;
        say(n ? (n === 1 ? "1 result" : n + " results") + " for " + quoted + "." : "No results for " + quoted + ".", n === 0);
      });
    }).catch(function () {
      if (mine === run) say("Search is not working right now. Please try again later.", true);
    });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  var ready = getJson(manifestUrl).then(function (m) { manifest = m; });
  ready.catch(function () {}); // reported when a search needs the index

  form.hidden = false;
  var nojs = document.querySelector("[data-search-nojs]");
  if (nojs) nojs.hidden = true;

  // The address keeps the query as typed, for reload and sharing.
  function go() {
    var q = input.value.trim();
    history.replaceState(null, "", location.pathname + (q ? "?q=" + encodeURIComponent(q) : ""));
    search(q);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    go();
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(go, 200);
  });

  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) {
      e.preventDefault();
      links()[0].focus();
    }
  });

  // Up and down move between results; up from the first, or Escape, back to the box.
  list.addEventListener("keydown", function (e) {
    var all = links(), i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown" && i + 1 < all.length) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === "ArrowUp" || e.key === "Escape") {
      e.preventDefault();
      (i > 0 && e.key === "ArrowUp" ? all[i - 1] : input).focus();
    }
  });

  more.addEventListener("click", function () {
    showMore().then(function (first) { if (first) first.focus(); });
  });

  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    search(q);
  }
})();
