/* In-page filters and copy buttons for the agenda. Everything works without this file: the
   filters and copy buttons stay hidden, every event stays listed, and the static organizer and
   category pages do the filtering. No dependencies, no network, works from file://. */
(function () {
  "use strict";

  function normalise(text) {
    return (text || "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setupFilters() {
    var form = document.getElementById("filters");
    if (!form) {
      return;
    }
    var items = document.querySelectorAll("li.event[data-search]");
    var sections = document.querySelectorAll("section.day");
    var search = form.querySelector("[name=q]");
    var organizer = form.querySelector("[name=organizer]");
    var category = form.querySelector("[name=category]");
    var status = document.getElementById("filter-status");
    var empty = document.getElementById("filter-empty");

    function apply() {
      var terms = normalise(search.value).split(" ").filter(Boolean);
      var wantOrganizer = organizer ? organizer.value : "";
      var wantCategory = category ? category.value : "";
      var shown = 0;
      each(items, function (item) {
        var text = item.getAttribute("data-search") || "";
        var categories = " " + (item.getAttribute("data-categories") || "") + " ";
        var visible =
          (!wantOrganizer || item.getAttribute("data-organizer") === wantOrganizer) &&
          (!wantCategory || categories.indexOf(" " + wantCategory + " ") !== -1) &&
          terms.every(function (term) { return text.indexOf(term) !== -1; });
        item.hidden = !visible;
        if (visible) {
          shown += 1;
        }
      });
      each(sections, function (section) {
        section.hidden = !section.querySelector("li.event:not([hidden])");
      });
      var filtering = terms.length > 0 || wantOrganizer !== "" || wantCategory !== "";
      var noun = items.length === 1 ? " event" : " events";
      status.textContent = filtering ? shown + " of " + items.length + noun + " shown" : items.length + noun;
      empty.hidden = shown !== 0;
      // Open collapsed past sections when a filter finds something in them.
      if (filtering) {
        each(document.querySelectorAll("details.past-section"), function (details) {
          if (details.querySelector("li.event:not([hidden])")) {
            details.open = true;
          }
        });
      }
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    form.hidden = false;
    apply();
  }

  function absolute(href) {
    return new URL(href, document.baseURI).href;
  }

  function tellStatus(button, message) {
    var status = button.parentNode.querySelector(".copy-status");
    if (status) {
      status.textContent = message;
      window.setTimeout(function () { status.textContent = ""; }, 4000);
    }
  }

  // Copy through a selected field when the Clipboard API is unavailable or refused.
  function copyBySelection(button, input) {
    var field = input;
    if (!field) {
      field = document.createElement("textarea");
      field.value = button.getAttribute("data-copy-value");
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
    }
    field.focus();
    field.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    if (!input) {
      document.body.removeChild(field);
      button.focus();
    }
    tellStatus(button, copied ? "Copied" : "Press Ctrl+C or \u2318C to copy");
  }

  function setupCopy() {
    each(document.querySelectorAll("button[data-copy], button[data-copy-url]"), function (button) {
      var input = null;
      if (button.hasAttribute("data-copy")) {
        input = document.getElementById(button.getAttribute("data-copy"));
        if (!input) {
          return;
        }
        var href = input.getAttribute("data-href");
        if (href && !/^[a-z][a-z0-9+.-]*:/i.test(input.value)) {
          // A relative feed: show the full address it has where this page is opened.
          input.value = absolute(href);
        }
        input.addEventListener("focus", function () { input.select(); });
        button.setAttribute("data-copy-value", input.value);
      } else {
        button.setAttribute("data-copy-value", absolute(button.getAttribute("data-copy-url")));
      }
      button.addEventListener("click", function () {
        var text = button.getAttribute("data-copy-value");
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(
            function () { tellStatus(button, "Copied"); },
            function () { copyBySelection(button, input); }
          );
        } else {
          copyBySelection(button, input);
        }
      });
      button.hidden = false;
    });
  }

  function start() {
    document.documentElement.classList.add("js");
    setupFilters();
    setupCopy();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
