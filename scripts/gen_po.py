"""Write the theme's messages.pot, locales/{en,es,fr,pt}/LC_MESSAGES/messages.po and .mo.

Run it after editing the table below: `.venv/bin/python scripts/gen_po.py`. The compiled .mo
files are shipped, so a build never needs Babel to read the theme's own catalogs;
tests/unit/test_catalogs.py fails when a .mo is older than its .po.

Each entry: (msgid, msgid_plural or None, where (#: refs), comment (#.), {lang: msgstr or [s0, s1]}).
"""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

OUT = Path(__file__).resolve().parent.parent / "src" / "briefgen" / "theme"
T = "src/briefgen/theme/templates/"
NB = "\u00a0"  # no-break space (French, before « : »)
NNB = "\u202f"  # narrow no-break space (French, before « ? ! ; »)

E = []


def add(msgid, where, comment, es, fr, pt, plural=None):
    E.append((msgid, plural, where, comment, {"es": es, "fr": fr, "pt": pt}))


# ---------------------------------------------------------------- current theme templates
add(
    "Skip to content",
    [T + "base.html"],
    "Skip link, first focusable element of every page (base.html).",
    "Saltar al contenido",
    "Aller au contenu",
    "Pular para o conteúdo",
)
add(
    "Site",
    [T + "partials/header.html"],
    "aria-label of the main site navigation in the masthead (partials/header.html). Screen readers add “navigation”.",
    "Sitio",
    "Site",
    "Site",
)
add(
    "Briefings",
    [T + "partials/header.html"],
    "Main navigation link to the home page listing all briefings (partials/header.html).",
    "Informes",
    "Analyses",
    "Análises",
)
add(
    "Topics",
    [T + "partials/header.html", T + "partials/tags.html", T + "tags.html", T + "tag.html"],
    "Navigation link to the topic index; aria-label of a briefing’s tag list; <h1> and <title> of the topic index; kicker link above a tag page heading.",
    "Temas",
    "Thèmes",
    "Temas",
)
add(
    "Feed",
    [T + "partials/header.html"],
    "Main navigation link to the Atom feed (partials/header.html).",
    "Canal",
    "Flux",
    "Feed",
)
add(
    "Atom feed",
    [T + "partials/footer.html"],
    "Footer link to the Atom feed (partials/footer.html).",
    "Canal Atom",
    "Flux Atom",
    "Feed Atom",
)
add(
    "Source",
    [T + "partials/footer.html"],
    "Footer link to the site’s source repository, shown when config.source_url is set (partials/footer.html).",
    "Código fuente",
    "Code source",
    "Código-fonte",
)
add(
    "Built with briefgen",
    [T + "partials/footer.html"],
    "Footer credit line. “briefgen” is the product name: do not translate it.",
    "Creado con briefgen",
    "Généré avec briefgen",
    "Gerado com briefgen",
)
add(
    "At a glance",
    [T + "partials/toc.html"],
    "Title of the box beside a briefing’s body that holds its table of contents (partials/toc.html).",
    "De un vistazo",
    "En bref",
    "Visão geral",
)
add(
    "Contents",
    [T + "partials/toc.html"],
    "Summary of the collapsible table of contents and aria-label of its <nav> (partials/toc.html).",
    "Contenido",
    "Sommaire",
    "Conteúdo",
)
add(
    "Updated %(date)s",
    [T + "partials/dates.html"],
    "Shown after the publication date when a briefing was revised; %(date)s is a <time> element with the human date (partials/dates.html).",
    "Actualizado el %(date)s",
    "Mis à jour le %(date)s",
    "Atualizado em %(date)s",
)
add(
    "Updated %(date)s:",
    [T + "feed.xml"],
    "Starts the summary and content of a revised entry in the Atom feed, followed by what changed (feed.xml); %(date)s is the human date. The colon is part of the message so that French can put a no-break space before it.",
    "Actualizado el %(date)s:",
    f"Mis à jour le %(date)s{NB}:",
    "Atualizado em %(date)s:",
)
add(
    "%(num)s min read",
    [T + "partials/dates.html"],
    "Estimated reading time in minutes, in entry lists and the briefing byline (partials/dates.html).",
    ["%(num)s min de lectura", "%(num)s min de lectura"],
    ["%(num)s min de lecture", "%(num)s min de lecture"],
    ["%(num)s min de leitura", "%(num)s min de leitura"],
    plural="%(num)s min read",
)
add(
    "By %(authors)s",
    [T + "briefing.html"],
    "Byline; %(authors)s is the author list joined by join_words, e.g. “A, B and C” (briefing.html).",
    "Por %(authors)s",
    "Par %(authors)s",
    "Por %(authors)s",
)
add(
    "%(first)s and %(last)s",
    ["src/briefgen/site/i18n.py"],
    "join_words filter in site/labelfill.py: joins the last item of a list (“A, B and C”); used for the byline and for the accessible caption of tables without a caption. The comma between earlier items stays “, ”.",
    "%(first)s y %(last)s",
    "%(first)s et %(last)s",
    "%(first)s e %(last)s",
)
add(
    "Data: JSON",
    [T + "briefing.html"],
    "Link at the end of a briefing to its machine-readable JSON version (briefing.html).",
    "Datos: JSON",
    f"Données{NB}: JSON",
    "Dados: JSON",
)
add(
    "No briefings published yet.",
    [T + "index.html"],
    "Home page text when the site has no briefings (index.html).",
    "Todavía no hay informes publicados.",
    "Aucune analyse publiée pour l’instant.",
    "Ainda não há análises publicadas.",
)
add(
    "Page not found",
    [T + "404.html"],
    "<title> and <h1> of the 404 page (404.html).",
    "Página no encontrada",
    "Page introuvable",
    "Página não encontrada",
)
add(
    "There is no page at this address. It may have moved, or the link may be mistyped.",
    [T + "404.html"],
    "Body text of the 404 page (404.html).",
    "No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.",
    "Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.",
    "Não há nenhuma página neste endereço. Ela pode ter sido movida, ou o link pode estar digitado errado.",
)
add(
    '<a href="%(home)s">See all briefings</a> or <a href="%(topics)s">browse by topic</a>.',
    [T + "404.html"],
    "Second paragraph of the 404 page. Keep both <a> elements and their %(home)s / %(topics)s href placeholders; translate only the link texts and the words around them (404.html).",
    '<a href="%(home)s">Ver todos los informes</a> o <a href="%(topics)s">explorar por tema</a>.',
    '<a href="%(home)s">Voir toutes les analyses</a> ou <a href="%(topics)s">parcourir par thème</a>.',
    '<a href="%(home)s">Ver todas as análises</a> ou <a href="%(topics)s">navegar por tema</a>.',
)
add(
    "Topic: %(tag)s",
    [T + "tag.html"],
    "<title> of a tag page; %(tag)s is the tag identifier, shown as is (tag.html).",
    "Tema: %(tag)s",
    f"Thème{NB}: %(tag)s",
    "Tema: %(tag)s",
)
add(
    "Briefings on %(tag)s.",
    [T + "tag.html"],
    "Meta description of a tag page; %(tag)s is the tag identifier (tag.html).",
    "Informes sobre %(tag)s.",
    "Analyses sur %(tag)s.",
    "Análises sobre %(tag)s.",
)
add(
    "%(num)s briefing",
    [T + "tag.html", T + "tags.html"],
    "Count of briefings under a tag heading (tag.html) and next to each tag in the topic index (tags.html).",
    ["%(num)s informe", "%(num)s informes"],
    ["%(num)s analyse", "%(num)s analyses"],
    ["%(num)s análise", "%(num)s análises"],
    plural="%(num)s briefings",
)
add(
    "Briefings published by %(title)s.",
    [T + "base.html"],
    "Meta description of the home page and the feed page when briefgen.yaml has no `description:`; %(title)s is the site title (base.html).",
    "Informes publicados por %(title)s.",
    "Analyses publiées par %(title)s.",
    "Análises publicadas por %(title)s.",
)
add(
    "Every topic covered by %(title)s.",
    [T + "tags.html"],
    "Meta description of the topic index; %(title)s is the site title from briefgen.yaml (tags.html).",
    "Todos los temas que trata %(title)s.",
    "Tous les thèmes traités par %(title)s.",
    "Todos os temas abordados por %(title)s.",
)

# ------------------------- footnotes, sources, callouts, tasks, tables, code, updates, drafts
add(
    "Notes",
    [T + "partials/notes.html"],
    "Heading of the footnotes collected at the end of a briefing; footnote marks point to it with aria-describedby (partials/notes.html).",
    "Notas",
    "Notes",
    "Notas",
)
add(
    "Back to reference %(num)s",
    [T + "partials/notes.html"],
    "Hidden text of the ↩ link from a footnote back to where it is cited; %(num)s is the note number. When a note is cited several times, “ (2)”, “ (3)”… follows (partials/notes.html).",
    "Volver a la referencia %(num)s",
    "Retour à l’appel de note %(num)s",
    "Voltar à referência %(num)s",
)
add(
    "Sources",
    [T + "partials/sources.html"],
    "Heading of the list of sources from a briefing’s `sources:` front matter (partials/sources.html).",
    "Fuentes",
    "Sources",
    "Fontes",
)
add(
    "accessed %(date)s",
    [T + "partials/sources.html"],
    "In parentheses after a source: the date it was consulted; %(date)s is a <time> element with the human date. Lowercase: it follows the citation (partials/sources.html).",
    "consultado el %(date)s",
    "consulté le %(date)s",
    "acesso em %(date)s",
)
add(
    "Note",
    [T + "blocks/callout.html"],
    "Title and aria-label of a > [!NOTE] callout (blocks/callout.html).",
    "Nota",
    "Remarque",
    "Nota",
)
add(
    "Tip",
    [T + "blocks/callout.html"],
    "Title and aria-label of a > [!TIP] callout (blocks/callout.html).",
    "Consejo",
    "Conseil",
    "Dica",
)
add(
    "Important",
    [T + "blocks/callout.html"],
    "Title and aria-label of a > [!IMPORTANT] callout (blocks/callout.html).",
    "Importante",
    "Important",
    "Importante",
)
add(
    "Warning",
    [T + "blocks/callout.html"],
    "Title and aria-label of a > [!WARNING] callout (blocks/callout.html).",
    "Advertencia",
    "Avertissement",
    "Aviso",
)
add(
    "Caution",
    [T + "blocks/callout.html"],
    "Title and aria-label of a > [!CAUTION] callout: stronger than Warning, about risky consequences (blocks/callout.html).",
    "Precaución",
    "Attention",
    "Cuidado",
)
add(
    "Task done:",
    [T + "blocks/list.html"],
    "Hidden text read before a checked task-list item’s text, which follows after a space (blocks/list.html).",
    "Tarea completada:",
    f"Tâche terminée{NB}:",
    "Tarefa concluída:",
)
add(
    "Task not done:",
    [T + "blocks/list.html"],
    "Hidden text read before an unchecked task-list item’s text, which follows after a space (blocks/list.html).",
    "Tarea pendiente:",
    f"Tâche non terminée{NB}:",
    "Tarefa pendente:",
)
add(
    "Download CSV",
    [T + "blocks/table.html"],
    "Link under a table to its CSV file; hidden text “: <caption>” follows for screen readers (blocks/table.html).",
    "Descargar CSV",
    "Télécharger le CSV",
    "Baixar CSV",
)
add(
    "Code, line %(line)s",
    [T + "blocks/code.html"],
    "aria-label of a focusable, scrollable code block; %(line)s is its line in the Markdown file, which keeps the label unique on the page (blocks/code.html).",
    "Código, línea %(line)s",
    "Code, ligne %(line)s",
    "Código, linha %(line)s",
)
add(
    "Updates",
    [T + "partials/updates.html"],
    "Heading of the dated list of revisions from a briefing’s `updates:` front matter (partials/updates.html).",
    "Actualizaciones",
    "Mises à jour",
    "Atualizações",
)
add(
    "Draft",
    [T + "briefing.html"],
    "Badge on a draft briefing, shown only in builds with --drafts (briefing.html).",
    "Borrador",
    "Brouillon",
    "Rascunho",
)
add(
    "not published; built with --drafts",
    [T + "briefing.html"],
    "Follows the Draft badge after a dash. “--drafts” is a command-line option: do not translate it (briefing.html).",
    "no publicado; generado con --drafts",
    f"non publié{NNB}; généré avec --drafts",
    "não publicado; gerado com --drafts",
)

# ------------------------------------------------- project override template (not the theme)
add(
    "These briefings summarise public reporting. Check the primary sources before citing them.",
    ["templates/partials/footer.html"],
    "Editorial note in the footer; comes from the demo project’s override of the footer partial, not from the built-in theme.",
    "Estos informes resumen información publicada en los medios. Conviene consultar las fuentes primarias antes de citarlos.",
    "Ces analyses résument des informations parues dans la presse. Vérifiez les sources primaires avant de les citer.",
    "Estas análises resumem informações publicadas na imprensa. Confira as fontes primárias antes de citá-las.",
)

# ------------------------------------------------------- labels of figures, pages and languages
F = [T]
add(
    "Related briefings",
    F,
    "Heading of the list of related briefings at the end of a briefing.",
    "Informes relacionados",
    "Analyses liées",
    "Análises relacionadas",
)
add(
    "Page %(num)s of %(total)s",
    F,
    "Pagination status, e.g. “Page 2 of 5”.",
    "Página %(num)s de %(total)s",
    "Page %(num)s sur %(total)s",
    "Página %(num)s de %(total)s",
)
add(
    "Pagination",
    F,
    "Aria-label of the pagination <nav>.",
    "Paginación",
    "Pagination",
    "Paginação",
)
add(
    "Newer briefings",
    F,
    "Pagination link towards more recent briefings.",
    "Informes más recientes",
    "Analyses plus récentes",
    "Análises mais recentes",
)
add(
    "Older briefings",
    F,
    "Pagination link towards older briefings.",
    "Informes anteriores",
    "Analyses plus anciennes",
    "Análises mais antigas",
)
add(
    "Read in",
    F,
    "Label before the list of languages a briefing is available in, followed by language names (“Read in: Español, Français”).",
    "Leer en",
    "Lire en",
    "Ler em",
)
add(
    "This briefing in other languages",
    F,
    "Aria-label/heading of the language switcher on a briefing.",
    "Este informe en otros idiomas",
    "Cette analyse dans d’autres langues",
    "Esta análise em outros idiomas",
)
add("Language", F, "Label of a language selector.", "Idioma", "Langue", "Idioma")
add(
    "Subscribe to the feed",
    F,
    "Call to action linking to the Atom feed.",
    "Suscribirse al canal",
    "S’abonner au flux",
    "Assinar o feed",
)
add(
    "What is a feed?",
    F,
    "Link to a short explanation of web feeds.",
    "¿Qué es un canal web?",
    f"Qu’est-ce qu’un flux{NNB}?",
    "O que é um feed?",
)
add(
    "Feeds",
    F,
    "Heading of a list of feeds (site feed and per-topic feeds).",
    "Canales",
    "Flux",
    "Feeds",
)
add(
    "Feed for %(tag)s",
    F,
    "Title of a per-tag Atom feed and of the <link rel=alternate> to it; %(tag)s is the tag identifier.",
    "Canal del tema %(tag)s",
    "Flux du thème %(tag)s",
    "Feed do tema %(tag)s",
)

# ---------------------------------- issue 15: feeds page and PDF link (branch work-B)
# Kept in one block to ease merging. Other labels of these features (pagination, related
# briefings, per-topic feeds, PDF link) reuse the planned msgids above.
add(
    "A feed tells a feed reader when a new briefing is published, so you need not come back to check. Copy a feed’s address into your reader (for example Thunderbird, NetNewsWire, Feedly or Inoreader) and new briefings will appear there.",
    [T + "feed.html"],
    "Explanation on the feed page (feed.html), which the menu’s “Feed” link opens; the product names are not translated.",
    "Un canal web avisa a un lector de canales cada vez que se publica un informe nuevo, sin necesidad de volver al sitio para comprobarlo. Basta con copiar la dirección de un canal en el lector (por ejemplo Thunderbird, NetNewsWire, Feedly o Inoreader) para que los nuevos informes aparezcan allí.",
    f"Un flux signale à votre lecteur de flux chaque nouvelle analyse publiée{NB}: inutile de revenir sur le site pour vérifier. Il suffit de copier l’adresse d’un flux dans votre lecteur (par exemple Thunderbird, NetNewsWire, Feedly ou Inoreader) pour y voir apparaître les nouvelles analyses.",
    "Um feed avisa o seu leitor de feeds sempre que uma nova análise é publicada, sem que seja preciso voltar ao site para conferir. Basta copiar o endereço de um feed no seu leitor (por exemplo Thunderbird, NetNewsWire, Feedly ou Inoreader) para que as novas análises apareçam lá.",
)
add(
    "Feeds by topic",
    [T + "feed.html"],
    "Heading of the list of per-topic Atom feeds on the feed page (feed.html).",
    "Canales por tema",
    "Flux par thème",
    "Feeds por tema",
)

add(
    "Download PDF (%(pages)s page, %(size)s KB)",
    [T + "briefing.html"],
    "Link to a briefing’s PDF under its text (briefing.html); %(pages)s is its page count, %(size)s its size in kilobytes (1,000 bytes), already formatted for the language.",
    [
        "Descargar PDF (%(pages)s página, %(size)s KB)",
        "Descargar PDF (%(pages)s páginas, %(size)s KB)",
    ],
    [
        "Télécharger le PDF (%(pages)s page, %(size)s Ko)",
        "Télécharger le PDF (%(pages)s pages, %(size)s Ko)",
    ],
    ["Baixar PDF (%(pages)s página, %(size)s KB)", "Baixar PDF (%(pages)s páginas, %(size)s KB)"],
    plural="Download PDF (%(pages)s pages, %(size)s KB)",
)

# ------------------------------------------------------------ issue 15: search (search: true)
add(
    "Search",
    [T + "partials/header.html", T + "search.html"],
    "Menu link to the search page (partials/header.html, with search: true); <h1>, <title> and submit button of the search page (search.html).",
    "Buscar",
    "Rechercher",
    "Pesquisar",
)
add(
    "Search briefings",
    [T + "search.html"],
    "Visible label of the search field and accessible name of the search form (search.html).",
    "Buscar informes",
    "Rechercher dans les analyses",
    "Pesquisar análises",
)
add(
    "Type a word or a phrase; the results appear as you type.",
    [T + "search.html"],
    "Hint under the search field’s label (search.html).",
    "Escriba una palabra o una frase; los resultados aparecen mientras escribe.",
    "Tapez un mot ou une expression ; les résultats s’affichent au fil de la saisie.",
    "Digite uma palavra ou uma frase; os resultados aparecem enquanto você digita.",
)
add(
    "Search needs JavaScript, which is turned off or blocked in this browser. Every briefing is listed on the home page and by topic.",
    [T + "search.html"],
    "Shown in <noscript> on the search page (search.html), followed by links “Briefings” and “Topics”.",
    "La búsqueda necesita JavaScript, que está desactivado o bloqueado en este navegador. Todos los informes figuran en la página de inicio y por tema.",
    "La recherche a besoin de JavaScript, désactivé ou bloqué dans ce navigateur. Toutes les analyses sont listées sur la page d’accueil et par thème.",
    "A pesquisa precisa de JavaScript, que está desativado ou bloqueado neste navegador. Todas as análises estão listadas na página inicial e por tema.",
)
add(
    "Searching…",
    [T + "search.html"],
    "Status line of the search page while a search runs (read by screen readers).",
    "Buscando…",
    "Recherche en cours…",
    "Pesquisando…",
)
add(
    "No briefing matches “%(query)s”.",
    [T + "search.html"],
    "Status line of the search page when nothing matches; %(query)s is what the reader typed.",
    "Ningún informe coincide con «%(query)s».",
    "Aucune analyse ne correspond à « %(query)s ».",
    "Nenhuma análise corresponde a “%(query)s”.",
)
add(
    "%(count)s briefing matches “%(query)s”.",
    [T + "search.html"],
    "Status line of the search page; %(count)s is the number of briefings found (formatted), %(query)s what the reader typed.",
    [
        "%(count)s informe coincide con «%(query)s».",
        "%(count)s informes coinciden con «%(query)s».",
    ],
    [
        "%(count)s analyse correspond à « %(query)s ».",
        "%(count)s analyses correspondent à « %(query)s ».",
    ],
    [
        "%(count)s análise corresponde a “%(query)s”.",
        "%(count)s análises correspondem a “%(query)s”.",
    ],
    plural="%(count)s briefings match “%(query)s”.",
)
add(
    "Search is not available: its index did not load.",
    [T + "search.html"],
    "Status line of the search page when the search index cannot be loaded.",
    "La búsqueda no está disponible: su índice no se cargó.",
    "La recherche n’est pas disponible : son index ne s’est pas chargé.",
    "A pesquisa não está disponível: o índice não foi carregado.",
)

# ------------------------------------------------------------------------------ writing
LANGS = {
    "en": ("en", "English", "nplurals=2; plural=(n != 1);"),
    "es": ("es", "Spanish (Latin America, neutral)", "nplurals=2; plural=(n != 1);"),
    "fr": ("fr", "French (France)", "nplurals=2; plural=(n > 1);"),
    "pt": ("pt_BR", "Portuguese (Brazil)", "nplurals=2; plural=(n != 1);"),
}
DATE = "2026-11-23 00:00+0000"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def header(lang):
    code, team, plural = LANGS[lang] if lang else ("", "", "nplurals=INTEGER; plural=EXPRESSION;")
    title = (
        f"# {team} translations for briefgen theme.\n"
        if lang
        else "# Translation template for the briefgen theme.\n"
    )
    fields = [
        "Project-Id-Version: briefgen\n",
        "Report-Msgid-Bugs-To: \n",
        f"POT-Creation-Date: {DATE}\n",
        f"PO-Revision-Date: {DATE if lang else 'YEAR-MO-DA HO:MI+ZONE'}\n",
        "Last-Translator: briefgen i18n\n",
        f"Language-Team: {team or 'LANGUAGE'}\n",
    ]
    if lang:
        fields.append(f"Language: {code}\n")
    fields += [
        "MIME-Version: 1.0\n",
        "Content-Type: text/plain; charset=UTF-8\n",
        "Content-Transfer-Encoding: 8bit\n",
        f"Plural-Forms: {plural}\n",
    ]
    return title + '#\nmsgid ""\nmsgstr ""\n' + "".join(q(f) + "\n" for f in fields)


def entry(e, lang):
    msgid, plural, where, comment, tr = e
    lines = [f"#. {comment}"]
    for w in where:
        lines.append(f"#: {w}")
    if "%(" in msgid:
        lines.append("#, python-format")
    lines.append(f"msgid {q(msgid)}")
    if plural:
        lines.append(f"msgid_plural {q(plural)}")
        forms = tr[lang] if lang in tr else ["", ""]
        for i, s in enumerate(forms):
            lines.append(f"msgstr[{i}] {q(s)}")
    else:
        lines.append(f"msgstr {q(tr.get(lang, ''))}")
    return "\n".join(lines) + "\n"


def write(path, lang):
    path.parent.mkdir(parents=True, exist_ok=True)
    body = header(lang) + "".join("\n" + entry(e, lang) for e in E)
    path.write_text(body, encoding="utf-8")


ids = [e[0] for e in E]
assert len(ids) == len(set(ids)), "duplicate msgid"
write(OUT / "locales" / "messages.pot", None)
for lang in LANGS:
    write(OUT / "locales" / lang / "LC_MESSAGES" / "messages.po", lang)
    po = OUT / "locales" / lang / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as source:
        catalog = read_po(source, locale=lang)
    with po.with_suffix(".mo").open("wb") as target:
        write_mo(target, catalog, use_fuzzy=False)
print(len(E), "msgids")
