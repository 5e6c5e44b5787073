from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sitemap.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_homes = resolve('homes')
    l_0_parts = resolve('parts')
    l_0_entries = resolve('entries')
    l_0_alternates = missing
    try:
        t_1 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_4 = environment.filters['uri']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'uri' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if (undefined(name='homes') if l_0_homes is missing else l_0_homes):
        pass
        yield ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
    yield '>\n'
    def macro(l_1_pairs):
        t_5 = []
        l_1_abs_url = resolve('abs_url')
        if l_1_pairs is missing:
            l_1_pairs = undefined("parameter 'pairs' was not provided", name='pairs')
        pass
        for (l_2_version_lang, l_2_version_path) in l_1_pairs:
            _loop_vars = {}
            pass
            t_5.extend((
                '<xhtml:link rel="alternate" hreflang="',
                environment.escape_text(l_2_version_lang),
                '" href="',
                environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), l_2_version_path, _loop_vars=_loop_vars))),
                '"/>',
            ))
        l_2_version_lang = l_2_version_path = missing
        if l_1_pairs:
            pass
            t_5.extend((
                '<xhtml:link rel="alternate" hreflang="x-default" href="',
                environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), environment.getitem(environment.getitem(l_1_pairs, 0), 1)))),
                '"/>',
            ))
        return concat(t_5)
    context.exported_vars.add('alternates')
    context.vars['alternates'] = l_0_alternates = Macro(environment, macro, 'alternates', ('pairs',), False, False, False, context.eval_ctx.autoescape)
    for l_1_part in (undefined(name='parts') if l_0_parts is missing else l_0_parts):
        l_1_abs_url = resolve('abs_url')
        _loop_vars = {}
        pass
        yield '<url><loc>'
        yield environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), (_attr if (_attr := getattr((_of := l_1_part), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars)))
        yield '</loc>'
        if (_attr if (_attr := getattr((_of := l_1_part), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')):
            pass
            yield '<lastmod>'
            yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := l_1_part), 'updated', missing)) is not missing else environment.getattr(_of, 'updated'))))
            yield '</lastmod>'
        yield environment.escape_text(context.call((undefined(name='alternates') if l_0_alternates is missing else l_0_alternates), (undefined(name='homes') if l_0_homes is missing else l_0_homes), _loop_vars=_loop_vars))
        yield '</url>\n'
    l_1_part = l_1_abs_url = missing
    def t_6(fiter):
        for l_1_entry in fiter:
            if (not (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'draft', missing)) is not missing else environment.getattr(_of, 'draft'))):
                yield l_1_entry
    for l_1_entry in t_6((undefined(name='entries') if l_0_entries is missing else l_0_entries)):
        l_1_abs_url = resolve('abs_url')
        l_1_briefing_path = resolve('briefing_path')
        l_1_versions = resolve('versions')
        _loop_vars = {}
        pass
        yield '<url><loc>'
        yield environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '</loc><lastmod>'
        yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := l_1_entry), 'last_modified', missing)) is not missing else environment.getattr(_of, 'last_modified'))))
        yield '</lastmod>'
        yield environment.escape_text(context.call((undefined(name='alternates') if l_0_alternates is missing else l_0_alternates), context.call((_attr if (_attr := getattr((_of := (undefined(name='versions') if l_1_versions is missing else l_1_versions)), 'get', missing)) is not missing else environment.getattr(_of, 'get')), (_attr if (_attr := getattr((_of := l_1_entry), 'source', missing)) is not missing else environment.getattr(_of, 'source')), [], _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '</url>\n'
    l_1_entry = l_1_abs_url = l_1_briefing_path = l_1_versions = missing
    for l_1_part in (undefined(name='parts') if l_0_parts is missing else l_0_parts):
        l_1_abs_url = resolve('abs_url')
        l_1_TAGS_PATH = resolve('TAGS_PATH')
        l_1_topics = resolve('topics')
        _loop_vars = {}
        pass
        if (_attr if (_attr := getattr((_of := l_1_part), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
            pass
            yield '<url><loc>'
            yield environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), markup_join(((_attr if (_attr := getattr((_of := l_1_part), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), (undefined(name='TAGS_PATH') if l_1_TAGS_PATH is missing else l_1_TAGS_PATH), )), _loop_vars=_loop_vars)))
            yield '</loc>'
            if (_attr if (_attr := getattr((_of := l_1_part), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')):
                pass
                yield '<lastmod>'
                yield environment.escape_text(t_1((_attr if (_attr := getattr((_of := l_1_part), 'updated', missing)) is not missing else environment.getattr(_of, 'updated'))))
                yield '</lastmod>'
            yield environment.escape_text(context.call((undefined(name='alternates') if l_0_alternates is missing else l_0_alternates), (undefined(name='topics') if l_1_topics is missing else l_1_topics), _loop_vars=_loop_vars))
            yield '</url>\n'
        for (l_2_tag, l_2_tagged) in context.call((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_part), 'tags', missing)) is not missing else environment.getattr(_of, 'tags'))), 'items', missing)) is not missing else environment.getattr(_of, 'items')), _loop_vars=_loop_vars):
            l_2_tag_path = resolve('tag_path')
            _loop_vars = {}
            pass
            yield '<url><loc>'
            yield environment.escape_text(t_4(context.call((undefined(name='abs_url') if l_1_abs_url is missing else l_1_abs_url), context.call((undefined(name='tag_path') if l_2_tag_path is missing else l_2_tag_path), l_2_tag, (_attr if (_attr := getattr((_of := l_1_part), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
            yield '</loc><lastmod>'
            yield environment.escape_text(t_1(t_3(environment, t_2(context, l_2_tagged, attribute='last_modified'))))
            yield '</lastmod></url>\n'
        l_2_tag = l_2_tagged = l_2_tag_path = missing
    l_1_part = l_1_abs_url = l_1_TAGS_PATH = l_1_topics = missing
    yield '</urlset>\n'

blocks = {}
debug_info = '2=40&5=44&6=50&7=61&9=71&10=76&13=86&14=97&16=104&17=110&18=113&20=122&21=127'