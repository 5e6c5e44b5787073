from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'print.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_briefing = resolve('briefing')
    l_0_lang = resolve('lang')
    l_0_dir = resolve('dir')
    l_0_config = resolve('config')
    l_0_updated_words = resolve('updated_words')
    l_0_updated_date = resolve('updated_date')
    l_0__ = resolve('_')
    l_0_foot_date = resolve('foot_date')
    l_0_page_size = resolve('page_size')
    l_0_page_counter = resolve('page_counter')
    l_0_list_starts = resolve('list_starts')
    l_0_gettext = resolve('gettext')
    l_0_canonical_url = resolve('canonical_url')
    l_0_meta = l_0_bookmarks_named = missing
    try:
        t_1 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    try:
        t_2 = environment.filters['human_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'human_date' found.")
    try:
        t_3 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['written_dir']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'written_dir' found.")
    pass
    l_0_meta = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))
    context.vars['meta'] = l_0_meta
    context.exported_vars.add('meta')
    l_0_bookmarks_named = True
    context.vars['bookmarks_named'] = l_0_bookmarks_named
    context.exported_vars.add('bookmarks_named')
    yield '<!doctype html>\n<html lang="'
    yield environment.escape_text((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '"'
    if ((undefined(name='dir') if l_0_dir is missing else l_0_dir) == 'rtl'):
        pass
        yield ' dir="rtl"'
    yield '>\n<head>\n<meta charset="utf-8">\n<title>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '</title>\n'
    for l_1_author in (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')):
        _loop_vars = {}
        pass
        yield '<meta name="author" content="'
        yield environment.escape_text(l_1_author)
        yield '">\n'
    l_1_author = missing
    if ((not (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors'))) and (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'author', missing)) is not missing else environment.getattr(_of, 'author'))):
        pass
        yield '<meta name="author" content="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'author', missing)) is not missing else environment.getattr(_of, 'author')))
        yield '">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
        pass
        yield '<meta name="description" content="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
        yield '">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
        pass
        yield '<meta name="keywords" content="'
        yield environment.escape_text(t_4(context.eval_ctx, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')), ', '))
        yield '">\n'
    yield '<meta name="dcterms.created" content="'
    yield environment.escape_text(t_3((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
    yield '">\n<meta name="dcterms.modified" content="'
    yield environment.escape_text(t_3((_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'last_modified', missing)) is not missing else environment.getattr(_of, 'last_modified'))))
    yield '">\n<meta name="generator" content="briefgen">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')):
        pass
        t_9 = []
        pass
        t_9.append(
            environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Updated %(date)s', date='')),
        )
        l_0_updated_words = (Markup if context.eval_ctx.autoescape else identity)(concat(t_9))
        context.vars['updated_words'] = l_0_updated_words
        context.exported_vars.add('updated_words')
        l_0_updated_date = t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')))
        context.vars['updated_date'] = l_0_updated_date
        context.exported_vars.add('updated_date')
        if (t_8(context, (undefined(name='updated_words') if l_0_updated_words is missing else l_0_updated_words)) != (undefined(name='dir') if l_0_dir is missing else l_0_dir)):
            pass
            l_0_updated_date = markup_join((('\u2067' if ((undefined(name='dir') if l_0_dir is missing else l_0_dir) == 'rtl') else '\u2066'), (undefined(name='updated_date') if l_0_updated_date is missing else l_0_updated_date), '\u2069', ))
            context.vars['updated_date'] = l_0_updated_date
            context.exported_vars.add('updated_date')
        l_0_foot_date = context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Updated %(date)s', date=(undefined(name='updated_date') if l_0_updated_date is missing else l_0_updated_date))
        context.vars['foot_date'] = l_0_foot_date
        context.exported_vars.add('foot_date')
    else:
        pass
        l_0_foot_date = t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'date', missing)) is not missing else environment.getattr(_of, 'date')))
        context.vars['foot_date'] = l_0_foot_date
        context.exported_vars.add('foot_date')
    yield '<style>\n@page {\n  size: '
    yield environment.escape_text((undefined(name='page_size') if l_0_page_size is missing else l_0_page_size))
    yield ';\n  margin: 22mm 18mm 20mm;\n  @top-left { content: string(doc-title); font-size: 8pt; color: #555; }\n  @top-right { content: '
    yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
    yield '; font-size: 8pt; color: #555; }\n  @bottom-left { content: '
    yield environment.escape_text(t_1((undefined(name='foot_date') if l_0_foot_date is missing else l_0_foot_date)))
    yield '; font-size: 8pt; color: #555; }\n  @bottom-right { content: '
    yield environment.escape_text((undefined(name='page_counter') if l_0_page_counter is missing else l_0_page_counter))
    yield '; font-size: 8pt; color: #555; }\n}\nhtml { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 10pt; line-height: 1.4; color: #111; }\nh1, h2, h3, h4, th, .byline, .dek, caption { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; }\n:is(h2, h3, h4, h5, h6)[data-bookmark] { bookmark-label: attr(data-bookmark); }\nh1 { font-size: 18pt; line-height: 1.2; margin: 0 0 4pt; string-set: doc-title content(); }\nh2 { font-size: 12.5pt; margin: 14pt 0 4pt; break-after: avoid; }\nh3, h4 { font-size: 10.5pt; margin: 10pt 0 3pt; break-after: avoid; }\n.dek { font-size: 11pt; color: #333; margin: 0 0 4pt; }\n.byline { font-size: 8.5pt; color: #444; margin: 0 0 10pt; }\n.byline :is(.updated, .reading-time)::before { content: "· "; }\n.draft-badge { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9pt; color: #8a1c1c; margin: 0 0 6pt; }\na { color: #0b4f8a; text-decoration: none; }\np, li { orphans: 2; widows: 2; }\nbody, pre, code { overflow-wrap: break-word; }\ntable { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 8.5pt; }\nthead { display: table-header-group; }\ntr { break-inside: avoid; }\nth, td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; text-align: start; vertical-align: top; overflow-wrap: break-word; }\n.align-center { text-align: center; }\n.align-right { text-align: right; }\ncaption { caption-side: top; text-align: start; font-weight: bold; padding-bottom: 2pt; break-after: avoid; }\nfigure { margin: 6pt 0; break-inside: avoid; }\nimg { max-width: 100%; max-height: 210mm; height: auto; object-fit: contain; }\npre, code { font-family: "DejaVu Sans Mono", monospace; direction: ltr; unicode-bidi: isolate; }\ncode { font-size: 0.85em; }\npre code { font-size: inherit; }\npre { font-size: 8pt; white-space: pre-wrap; border-left: 2pt solid #ccc; padding-left: 6pt; }\nblockquote { margin: 6pt 0; padding-left: 8pt; border-left: 2pt solid #ccc; }\n.callout { margin: 6pt 0; padding: 2pt 8pt; border: 0.5pt solid #555; border-inline-start-width: 3pt; }\naside.callout { break-inside: avoid; }\n.callout-title { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-weight: bold; margin: 2pt 0; }\n.notes, .sources { font-size: 8.5pt; }\n.note-ref.after-note::before { content: ","; }\ndt { break-after: avoid; }\n.term { break-inside: avoid; }\n.updates-list { counter-reset: list-item '
    yield environment.escape_text((t_6((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updates', missing)) is not missing else environment.getattr(_of, 'updates'))) + 1))
    yield '; }\n.updates-list > li { counter-increment: list-item -1; }\n'
    for l_1_start in (undefined(name='list_starts') if l_0_list_starts is missing else l_0_list_starts):
        _loop_vars = {}
        pass
        yield 'ol[start="'
        yield environment.escape_text(l_1_start)
        yield '"] { counter-reset: list-item '
        yield environment.escape_text((l_1_start - 1))
        yield '; }\n'
    l_1_start = missing
    yield 'li.task { list-style: none; }\n.task-mark { display: inline-block; width: .9em; height: .9em; margin-inline-end: .35em; border: 1pt solid currentColor; border-radius: 1.5pt; vertical-align: -.1em; text-align: center; line-height: .85; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; }\n.task-done .task-mark::before { content: "✓"; }\n.visually-hidden { font-size: 1px; color: transparent; }\ncaption.visually-hidden { display: none; }\n.skip-link, .table-download, .data-link, .note-back { display: none; }\n.toc, nav { display: none; }\n</style>\n</head>\n<body>\n<article>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'draft', missing)) is not missing else environment.getattr(_of, 'draft')):
        pass
        yield '<p class="draft-badge"><strong>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Draft'))
        yield '</strong> — '
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'not published; built with --drafts'))
        yield '</p>\n'
    yield '<h1>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '</h1>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
        pass
        yield '<p class="dek">'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
        yield '</p>\n'
    yield '<p class="byline">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')):
        pass
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'By %(authors)s', authors=t_5(context, t_7(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')), 'isolate'))))
        yield ' · '
    template = environment.get_template('partials/dates.html', 'print.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield ' · <a href="'
    yield environment.escape_text((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
    yield '" dir="ltr">'
    yield environment.escape_text((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
    yield '</a>\n</p>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updates', missing)) is not missing else environment.getattr(_of, 'updates')):
        pass
        template = environment.get_template('partials/updates.html', 'print.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
        try:
            yield concat(gen)
        finally: gen.close()
    if (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede')):
        pass
        l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede'))
        pass
        template = environment.get_template('partials/blocks.html', 'print.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
        try:
            yield concat(gen)
        finally: gen.close()
        l_1_blocks = missing
    for l_1_section in (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'sections', missing)) is not missing else environment.getattr(_of, 'sections')):
        _loop_vars = {}
        pass
        template = environment.get_template('partials/section.html', 'print.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section, 'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
        try:
            yield concat(gen)
        finally: gen.close()
    l_1_section = missing
    template = environment.get_template('partials/notes.html', 'print.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
    try:
        yield concat(gen)
    finally: gen.close()
    template = environment.get_template('partials/sources.html', 'print.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'bookmarks_named': l_0_bookmarks_named, 'foot_date': l_0_foot_date, 'meta': l_0_meta, 'updated_date': l_0_updated_date, 'updated_words': l_0_updated_words}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</article>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=73&3=76&5=80&8=86&9=88&10=92&12=95&13=98&15=100&16=103&18=105&19=108&21=111&22=113&28=115&29=120&30=125&31=128&32=130&34=133&36=138&40=142&43=144&44=146&45=148&101=150&104=152&105=156&122=162&123=165&125=170&126=172&127=175&132=178&133=182&135=194&136=196&138=201&139=205&141=211&142=214&144=220&145=225'