// The search page's script (search/index.html): asks this site's Pagefind index and lists the
// briefings that match. The page's labels come from its data- attributes, already translated;
// results are built as DOM nodes, never as HTML strings, so no briefing text runs as markup.
const form = document.querySelector(".search-form");
const input = document.getElementById("search-query");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const plurals = new Intl.PluralRules(document.documentElement.lang || "en");
const SHOWN = 20; // results fetched and listed at once; the status line gives the total
let pagefind = null;
let latest = 0;
let timer = 0;

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
  const message = found === 0 ? status.dataset.none
    : plurals.select(found) === "one" ? status.dataset.one : status.dataset.other;
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
