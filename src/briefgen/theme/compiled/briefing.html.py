from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_briefing = resolve('briefing')
    l_0_meta = missing
    pass
    parent_template = environment.get_template('base.html', 'briefing.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_meta = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))
    context.vars['meta'] = l_0_meta
    context.exported_vars.add('meta')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_meta = resolve('meta')
    l_0_config = resolve('config')
    pass
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_meta = resolve('meta')
    l_0_config = resolve('config')
    pass
    yield environment.escape_text(((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')) or (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description'))))

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-briefing'

def block_robots(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_meta = resolve('meta')
    pass
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'draft', missing)) is not missing else environment.getattr(_of, 'draft')):
        pass
        yield '<meta name="robots" content="noindex">\n'

def block_social(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_meta = resolve('meta')
    l_0_canonical_url = resolve('canonical_url')
    l_0_briefing = resolve('briefing')
    try:
        t_1 = environment.filters['rfc3339']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rfc3339' found.")
    pass
    yield '<meta property="og:site_name" content="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '">\n<meta property="og:type" content="article">\n<meta property="og:title" content="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '">\n<meta property="og:description" content="'
    yield environment.escape_text(context.call((_attr if (_attr := getattr((_of := l_0_self), 'description', missing)) is not missing else environment.getattr(_of, 'description')), _block_vars=_block_vars))
    yield '">\n<meta property="og:url" content="'
    yield environment.escape_text((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
    yield '">\n<meta property="article:published_time" content="'
    yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
    yield '">\n<meta property="article:modified_time" content="'
    yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'last_modified', missing)) is not missing else environment.getattr(_of, 'last_modified'))))
    yield '">\n'
    for l_1_tag in (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
        _loop_vars = {}
        pass
        yield '<meta property="article:tag" content="'
        yield environment.escape_text(l_1_tag)
        yield '">\n'
    l_1_tag = missing
    yield '<meta name="twitter:card" content="summary">\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield from context.blocks['briefing'][0](context)

def block_briefing(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_meta = resolve('meta')
    l_0__ = resolve('_')
    l_0_fill_label = resolve('fill_label')
    l_0_briefing = resolve('briefing')
    l_0_url = resolve('url')
    l_0_briefing_json_path = resolve('briefing_json_path')
    l_0_pdf = resolve('pdf')
    l_0_pdf_path = resolve('pdf_path')
    l_0_pdf_download = resolve('pdf_download')
    l_0_ngettext = resolve('ngettext')
    try:
        t_2 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    try:
        t_3 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    yield '<article class="briefing"'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
        pass
        yield ' data-pagefind-body'
    yield '>\n<header class="briefing-header">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'draft', missing)) is not missing else environment.getattr(_of, 'draft')):
        pass
        yield '<p class="draft-badge"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '><strong>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Draft', _block_vars=_block_vars))
        yield '</strong> — '
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'not published; built with --drafts', _block_vars=_block_vars))
        yield '</p>\n'
    yield '<h1'
    yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
    yield '>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '</h1>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
        pass
        yield '<p class="dek"'
        yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary'))))
        yield '>'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
        yield '</p>\n'
    yield '<p class="byline">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')):
        pass
        yield '<span class="authors">'
        yield environment.escape_text(context.call((undefined(name='fill_label') if l_0_fill_label is missing else l_0_fill_label), 'By %(authors)s', (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')), authors=t_3(context, t_4(context, (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')), 'isolate'), (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search'))), _block_vars=_block_vars))
        yield '</span> '
    template = environment.get_template('partials/dates.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</p>\n'
    template = environment.get_template('partials/tags.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    template = environment.get_template('partials/languages.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</header>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updates', missing)) is not missing else environment.getattr(_of, 'updates')):
        pass
        template = environment.get_template('partials/updates.html', 'briefing.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            yield concat(gen)
        finally: gen.close()
    yield '<div class="briefing-layout">\n'
    template = environment.get_template('partials/toc.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '<div class="briefing-body">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede')):
        pass
        yield '<div class="lede">\n'
        l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede'))
        pass
        template = environment.get_template('partials/blocks.html', 'briefing.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks}))
        try:
            yield concat(gen)
        finally: gen.close()
        l_1_blocks = missing
        yield '</div>\n'
    for l_1_section in (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'sections', missing)) is not missing else environment.getattr(_of, 'sections')):
        _loop_vars = {}
        pass
        template = environment.get_template('partials/section.html', 'briefing.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section}))
        try:
            yield concat(gen)
        finally: gen.close()
    l_1_section = missing
    template = environment.get_template('partials/notes.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    template = environment.get_template('partials/sources.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '<p class="data-link"'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
        pass
        yield ' data-pagefind-ignore'
    yield '><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), context.call((undefined(name='briefing_json_path') if l_0_briefing_json_path is missing else l_0_briefing_json_path), (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '" type="application/json">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Data: JSON', _block_vars=_block_vars))
    yield '</a></p>\n'
    if (undefined(name='pdf') if l_0_pdf is missing else l_0_pdf):
        pass
        yield '<p class="pdf-link"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '><a href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='pdf_path') if l_0_pdf_path is missing else l_0_pdf_path), _block_vars=_block_vars))
        yield '" type="application/pdf" download'
        if (undefined(name='pdf_download') if l_0_pdf_download is missing else l_0_pdf_download):
            pass
            yield '="'
            yield environment.escape_text((undefined(name='pdf_download') if l_0_pdf_download is missing else l_0_pdf_download))
            yield '"'
        yield '>'
        yield environment.escape_text(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Download PDF (%(pages)s page, %(size)s KB)', 'Download PDF (%(pages)s pages, %(size)s KB)', (_attr if (_attr := getattr((_of := (undefined(name='pdf') if l_0_pdf is missing else l_0_pdf)), 'pages', missing)) is not missing else environment.getattr(_of, 'pages')), count=(_attr if (_attr := getattr((_of := (undefined(name='pdf') if l_0_pdf is missing else l_0_pdf)), 'pages', missing)) is not missing else environment.getattr(_of, 'pages')), pages=t_5(context, (_attr if (_attr := getattr((_of := (undefined(name='pdf') if l_0_pdf is missing else l_0_pdf)), 'pages', missing)) is not missing else environment.getattr(_of, 'pages'))), size=t_5(context, (_attr if (_attr := getattr((_of := (undefined(name='pdf') if l_0_pdf is missing else l_0_pdf)), 'kilobytes', missing)) is not missing else environment.getattr(_of, 'kilobytes'))), _block_vars=_block_vars))
        yield '</a></p>\n'
    yield '</div>\n</div>\n'
    template = environment.get_template('partials/related.html', 'briefing.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</article>\n'

blocks = {'title': block_title, 'description': block_description, 'body_class': block_body_class, 'robots': block_robots, 'social': block_social, 'main': block_main, 'briefing': block_briefing}
debug_info = '1=14&2=17&3=22&4=36&5=48&6=58&7=67&11=71&12=91&14=93&15=95&16=97&17=99&18=101&19=103&20=107&25=112&26=120&27=166&29=170&30=173&32=182&33=186&34=189&38=194&39=199&41=205&42=210&44=216&45=218&48=224&50=230&52=235&55=242&56=245&58=251&59=256&60=262&61=270&62=273&66=288'