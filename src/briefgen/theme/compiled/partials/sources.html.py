from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/sources.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_meta = resolve('meta')
    l_0_unique_region_name = resolve('unique_region_name')
    l_0__ = resolve('_')
    l_0_unique_name = resolve('unique_name')
    l_0_config = resolve('config')
    try:
        t_1 = environment.filters['human_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'human_date' found.")
    try:
        t_2 = environment.filters['inline_dir']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline_dir' found.")
    try:
        t_3 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_4 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    pass
    if (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'sources', missing)) is not missing else environment.getattr(_of, 'sources')):
        pass
        l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources'))
        context.vars['unique_name'] = l_0_unique_name
        context.exported_vars.add('unique_name')
        yield '<section class="sources" '
        if ((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources')):
            pass
            yield 'aria-labelledby="sources-title"'
        else:
            pass
            yield 'aria-label="'
            yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
            yield '"'
        yield '>\n<h2 id="sources-title"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources'))
        yield '</h2>\n<ol class="sources-list">\n'
        for l_1_source in (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'sources', missing)) is not missing else environment.getattr(_of, 'sources')):
            l_1_shown = resolve('shown')
            l_1_accessed_html = resolve('accessed_html')
            l_1_gettext = resolve('gettext')
            _loop_vars = {}
            pass
            yield '<li>'
            if (_attr if (_attr := getattr((_of := l_1_source), 'url', missing)) is not missing else environment.getattr(_of, 'url')):
                pass
                yield '<a href="'
                yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_source), 'url', missing)) is not missing else environment.getattr(_of, 'url')))
                yield '"'
                yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := l_1_source), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
                yield '>'
                yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_source), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
                yield '</a>'
            else:
                pass
                yield '<cite'
                yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := l_1_source), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
                yield '>'
                yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_source), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
                yield '</cite>'
            if (_attr if (_attr := getattr((_of := l_1_source), 'publisher', missing)) is not missing else environment.getattr(_of, 'publisher')):
                pass
                yield ', '
                yield environment.escape_text(t_4(context, (_attr if (_attr := getattr((_of := l_1_source), 'publisher', missing)) is not missing else environment.getattr(_of, 'publisher'))))
            if (_attr if (_attr := getattr((_of := l_1_source), 'published', missing)) is not missing else environment.getattr(_of, 'published')):
                pass
                l_1_shown = t_1(context, (_attr if (_attr := getattr((_of := l_1_source), 'published', missing)) is not missing else environment.getattr(_of, 'published')))
                _loop_vars['shown'] = l_1_shown
                yield ', <time datetime="'
                yield environment.escape_text(t_3((_attr if (_attr := getattr((_of := l_1_source), 'published', missing)) is not missing else environment.getattr(_of, 'published'))))
                yield '"'
                yield environment.escape_text(t_2(context, (undefined(name='shown') if l_1_shown is missing else l_1_shown)))
                yield '>'
                yield environment.escape_text((undefined(name='shown') if l_1_shown is missing else l_1_shown))
                yield '</time>'
            if (_attr if (_attr := getattr((_of := l_1_source), 'accessed', missing)) is not missing else environment.getattr(_of, 'accessed')):
                pass
                l_1_shown = t_1(context, (_attr if (_attr := getattr((_of := l_1_source), 'accessed', missing)) is not missing else environment.getattr(_of, 'accessed')))
                _loop_vars['shown'] = l_1_shown
                t_5 = []
                pass
                t_5.extend((
                    '<time datetime="',
                    environment.escape_text(t_3((_attr if (_attr := getattr((_of := l_1_source), 'accessed', missing)) is not missing else environment.getattr(_of, 'accessed')))),
                    '"',
                    environment.escape_text(t_2(context, (undefined(name='shown') if l_1_shown is missing else l_1_shown))),
                    '>',
                    environment.escape_text((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                    '</time>',
                ))
                l_1_accessed_html = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
                _loop_vars['accessed_html'] = l_1_accessed_html
                yield ' ('
                yield environment.escape_text(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'accessed %(date)s', date=(undefined(name='accessed_html') if l_1_accessed_html is missing else l_1_accessed_html), _loop_vars=_loop_vars))
                yield ')'
            yield '.</li>\n'
        l_1_source = l_1_shown = l_1_accessed_html = l_1_gettext = missing
        yield '</ol>\n</section>\n'

blocks = {}
debug_info = '1=40&2=42&3=46&4=55&6=61&7=68&8=84&9=88&10=99'