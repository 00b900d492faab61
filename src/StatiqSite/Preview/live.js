// Preview only: injected into pages by `statiqsite preview`, never written to the built site.
// Listens to the preview's event stream: reloads after a rebuild, swaps the stylesheet after a
// CSS-only change, and shows a failed build's problems over the last good page (styled by
// /__preview/live.css: the site's Content-Security-Policy allows no inline styles).
(function () {
  "use strict";
  var script = document.currentScript;
  var shownBuild = script ? Number(script.getAttribute("data-build")) : 0;
  var overlayId = "statiqsite-preview-overlay";
  var events = new EventSource("/__preview/events");

  events.addEventListener("hello", function (e) {
    var build = JSON.parse(e.data).build;
    if (build !== shownBuild) {
      location.reload();
    }
  });

  events.addEventListener("reload", function () {
    location.reload();
  });

  events.addEventListener("css", function (e) {
    var change = JSON.parse(e.data);
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") === change.from) {
        links[i].setAttribute("href", change.to);
      }
    }
    shownBuild = change.build;
    hideProblems();
  });

  events.addEventListener("problems", function (e) {
    showProblems(JSON.parse(e.data));
  });

  events.addEventListener("ok", hideProblems);

  function hideProblems() {
    var old = document.getElementById(overlayId);
    if (old) {
      old.remove();
    }
  }

  function showProblems(report) {
    hideProblems();
    var overlay = document.createElement("div");
    overlay.id = overlayId;
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", overlayId + "-title");
    var title = document.createElement("h2");
    title.id = overlayId + "-title";
    title.textContent = "The build failed: still showing the last good build";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    report.diagnostics.forEach(function (d) {
      var item = document.createElement("li");
      item.textContent = d.file + ":" + d.line + ":" + d.column + ": " + d.severity + " " + d.code + ": " + d.message;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var note = document.createElement("p");
    note.textContent = "Fix the file and save: the page reloads by itself.";
    overlay.appendChild(note);
    document.body.appendChild(overlay);
  }
})();
