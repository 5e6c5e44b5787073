// The search page's script (search/index.html): asks this site's Pagefind index and lists the
// briefings that match. The page's labels come from its data- attributes, already translated;
// results are built as DOM nodes, never as HTML strings, so no briefing text runs as markup.
const form = document.querySelector(".search-form");
const input = document.getElementById("search-query");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const plural = status.dataset.plural?.split(" ") ?? [];
const SHOWN = 20; // results fetched and listed at once; the status line gives the total
let pagefind = null;
let latest = 0;
let timer = 0;

function matches(found) {
  // The text of `found` results in the page's language: search.html lists every text the
  // message takes (data-form0, data-form1, …) and, in data-plural, which of them each count
  // from 0 to 199 takes, as the catalog's plural formula chose. Those formulas read n, n % 10
  // and n % 100, so a larger count takes the text of 100 plus its last two digits.
  if (plural.length === 0) {
    // A project's own search.html, made from an earlier theme: its data-one and data-other.
    const one = new Intl.PluralRules(document.documentElement.lang || "en").select(found);
    return one === "one" ? status.dataset.one : status.dataset.other;
  }
  const form = plural[found < plural.length ? found : 100 + (found % 100)];
  return status.dataset[`form${form}`];
}

function say(message, values) {
  return message.replace(/%\((\w+)\)s/g, (_, name) => String(values[name]));
}

async function bundle() {
  if (pagefind === null) {
    const folder = new URL(form.dataset.bundle, document.baseURI);
    // Pagefind picks the index of the page's <html lang>: /es/search/ searches Spanish.
    pagefind = await import(new URL("pagefind.js", folder).href);
    await pagefind.options({ excerptLength: 24 });
  }
  return pagefind;
}

function excerpt(html) {
  // Pagefind's excerpt is escaped text with <mark> around the matches: keep just those.
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const paragraph = document.createElement("p");
  paragraph.className = "search-excerpt";
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent);
    }
  }
  return paragraph;
}

function item(data) {
  const li = document.createElement("li");
  li.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  li.append(heading, excerpt(data.excerpt));
  return li;
}

async function run(query) {
  const ticket = ++latest;
  query = query.trim();
  if (query === "") {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  status.textContent = status.dataset.searching;
  let found;
  let shown;
  try {
    const search = await (await bundle()).search(query);
    found = search.results.length;
    shown = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  } catch (problem) {
    status.textContent = status.dataset.failed;
    throw problem;
  }
  if (ticket !== latest) {
    return; // a newer query is under way
  }
  list.replaceChildren(...shown.map(item));
  const message = found === 0 ? status.dataset.none : matches(found);
  status.textContent = say(message, { count: found.toLocaleString(document.documentElement.lang), query });
}

function remember(query) {
  // The query goes in the address (?q=…), so a search can be bookmarked, shared and reloaded.
  const address = new URL(window.location.href);
  if (query.trim() === "") {
    address.searchParams.delete("q");
  } else {
    address.searchParams.set("q", query);
  }
  window.history.replaceState(null, "", address);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  remember(input.value);
  run(input.value);
});

input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    remember(input.value);
    run(input.value);
  }, 150);
});

const asked = new URL(window.location.href).searchParams.get("q");
if (asked) {
  input.value = asked;
  run(asked);
}
