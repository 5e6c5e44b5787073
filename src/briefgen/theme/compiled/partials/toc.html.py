from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/toc.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_briefing = resolve('briefing')
    l_0_config = resolve('config')
    l_0__ = resolve('_')
    try:
        t_1 = environment.filters['inline_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_dir' found.")
    pass
    if (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'sections', missing)) is not missing else environment.getattr(_of, 'sections')):
        pass
        yield '<aside class="glance" aria-labelledby="glance-title"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>\n<p class="glance-title" id="glance-title">'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'At a glance'))
        yield '</p>\n<details class="toc" open>\n<summary>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Contents'))
        yield '</summary>\n<nav aria-label="'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Contents'))
        yield '">\n<ol>\n'
        for l_1_section in (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'sections', missing)) is not missing else environment.getattr(_of, 'sections')):
            _loop_vars = {}
            pass
            yield '<li><a href="#'
            yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_section), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')))
            yield '"'
            yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_section), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))))
            yield '>'
            yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_section), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')))
            yield '</a>\n'
            if (_attr if (_attr := getattr((_of := l_1_section), 'subsections', missing)) is not missing else environment.getattr(_of, 'subsections')):
                pass
                yield '<ol>\n'
                for l_2_sub in (_attr if (_attr := getattr((_of := l_1_section), 'subsections', missing)) is not missing else environment.getattr(_of, 'subsections')):
                    _loop_vars = {}
                    pass
                    yield '<li><a href="#'
                    yield environment.escape_text((_attr if (_attr := getattr((_of := l_2_sub), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')))
                    yield '"'
                    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_2_sub), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))))
                    yield '>'
                    yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_2_sub), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')))
                    yield '</a></li>\n'
                l_2_sub = missing
                yield '</ol>\n'
            yield '</li>\n'
        l_1_section = missing
        yield '</ol>\n</nav>\n</details>\n</aside>\n'

blocks = {}
debug_info = '2=20&3=23&4=27&6=29&7=31&9=33&10=37&11=43&13=46&14=50'