// Progressive enhancement only: every page works without this script (budget 10 KB, see docs/theme.md).
//
// On the full timeline, the theme and actor filters work in place: the events that do not match are
// hidden, and the address changes to the filter's own page (/timeline/themes/<id>/), which the site
// also builds as a real page. So a filtered view can be shared, reloaded and bookmarked, and Back
// returns to the previous view. Filter pages hold only their own events, so there links navigate.
(function () {
  "use strict";

  // A permalink (#event-<id>) opens its card's details, on arrival and when the address changes.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var more = target && target.querySelector ? target.querySelector("details.event-more") : null;
    if (more) {
      more.open = true;
    }
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);

  var timeline = document.querySelector("[data-timeline]");
  if (!timeline || !window.history || !history.pushState || !window.URL) {
    return;
  }

  // A filter page holds only its own events. If history brings another address to it (after a
  // filtered view was reloaded, Back stays in the same document), load that address for real.
  if (timeline.getAttribute("data-timeline") !== "all") {
    var served = window.location.pathname;
    window.addEventListener("popstate", function () {
      if (window.location.pathname !== served) {
        window.location.reload();
      }
    });
    return;
  }

  var items = Array.prototype.slice.call(timeline.querySelectorAll(".timeline-item"));
  // Eras, and the year and background groups within them, hide when none of their events is shown.
  var groups = Array.prototype.slice.call(timeline.querySelectorAll("[data-group], [data-era]"));
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-filter]"));
  var status = document.getElementById("timeline-status");
  var heading = document.getElementById("timeline-title");
  var reset = document.querySelector(".timeline-reset");
  var dash = document.title.indexOf(" – ");
  var siteSuffix = dash >= 0 ? document.title.slice(dash) : "";
  var total = items.length;

  function pathOf(href) {
    return new URL(href, window.location.href).pathname;
  }

  // The filter link for a path, or null for the unfiltered timeline (or any path we do not know).
  function linkFor(path) {
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("data-filter") && pathOf(links[i].href) === path) {
        return links[i];
      }
    }
    return null;
  }

  function matches(item, kind, id) {
    var attribute = item.getAttribute(kind === "actor" ? "data-actors" : "data-themes") || "";
    return (" " + attribute + " ").indexOf(" " + id + " ") >= 0;
  }

  // Shows the events of one filter (a link with data-filter="actor:<id>" or "theme:<id>"), or all.
  function apply(link) {
    var token = link ? link.getAttribute("data-filter") : "";
    var colon = token.indexOf(":");
    var kind = token.slice(0, colon);
    var id = token.slice(colon + 1);
    var label = link ? link.getAttribute("data-label") : "";
    var shown = 0;

    items.forEach(function (item) {
      var visible = !token || matches(item, kind, id);
      item.hidden = !visible;
      if (visible) {
        shown++;
      }
    });

    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".timeline-item:not([hidden])");
    });

    links.forEach(function (other) {
      var current = token ? other === link : !other.getAttribute("data-filter") && !other.closest(".timeline-reset");
      if (current) {
        other.setAttribute("aria-current", "page");
      } else {
        other.removeAttribute("aria-current");
      }
    });

    // The same sentences the filter pages carry, from the site's strings (see TimelinePage.razor).
    var values = { count: token ? shown : total, total: total, name: label };
    status.textContent = fill(status.getAttribute(!token ? "data-all" : kind === "actor" ? "data-actor" : "data-theme"), values);
    heading.textContent = fill(heading.getAttribute(token ? "data-filter-title" : "data-title"), values);
    document.title = heading.textContent + siteSuffix;
    if (reset) {
      reset.hidden = !token;
    }
  }

  // The strings' template syntax (Content/Language/Template.cs): {name} is filled, {{ and }} are braces.
  function fill(text, values) {
    return text.replace(/\{\{|\}\}|\{([^{}]+)\}/g, function (all, name) {
      return name === undefined ? all.charAt(0) : name in values ? values[name] : all;
    });
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest ? event.target.closest("a[data-filter]") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    var filter = link.getAttribute("data-filter") ? link : null;
    var path = pathOf(link.href);
    if (path !== window.location.pathname) {
      history.pushState({ filter: path }, "", path);
    }
    apply(filter);
  });

  // Back and Forward within this page fire popstate; returning to it from another page may restore
  // it from the back-forward cache as it was left, so it is brought in line with the address again.
  function sync() {
    apply(linkFor(window.location.pathname));
  }

  window.addEventListener("popstate", sync);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      sync();
    }
  });
})();
