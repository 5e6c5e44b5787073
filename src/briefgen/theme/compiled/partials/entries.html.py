from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/entries.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entries = resolve('entries')
    try:
        t_1 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    pass
    yield '<ol class="entries">\n'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        l_1_url = resolve('url')
        l_1_briefing_path = resolve('briefing_path')
        _loop_vars = {}
        pass
        yield '<li class="entry">\n<h2 class="entry-title"'
        yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
        yield '><a href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_1_url is missing else l_1_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '">'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
        yield '</a></h2>\n<p class="entry-meta">'
        template = environment.get_template('partials/dates.html', 'partials/entries.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'entry': l_1_entry}))
        try:
            yield concat(gen)
        finally: gen.close()
        yield '</p>\n'
        if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
            pass
            yield '<p class="entry-summary"'
            yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary'))))
            yield '>'
            yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
            yield '</p>\n'
        template = environment.get_template('partials/tags.html', 'partials/entries.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'entry': l_1_entry}))
        try:
            yield concat(gen)
        finally: gen.close()
        yield '</li>\n'
    l_1_entry = l_1_url = l_1_briefing_path = missing
    yield '</ol>\n'

blocks = {}
debug_info = '2=19&4=25&5=31&6=37&7=40&9=44'