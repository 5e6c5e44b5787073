from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/related.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_related = resolve('related')
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
    pass
    if (undefined(name='related') if l_0_related is missing else l_0_related):
        pass
        l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Related briefings'))
        context.vars['unique_name'] = l_0_unique_name
        context.exported_vars.add('unique_name')
        yield '<section class="related" '
        if ((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Related briefings')):
            pass
            yield 'aria-labelledby="briefgen-related"'
        else:
            pass
            yield 'aria-label="'
            yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
            yield '"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>\n<h2 id="briefgen-related">'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Related briefings'))
        yield '</h2>\n<ul>\n'
        for l_1_item in (undefined(name='related') if l_0_related is missing else l_0_related):
            l_1_url = resolve('url')
            l_1_briefing_path = resolve('briefing_path')
            l_1_shown = missing
            _loop_vars = {}
            pass
            l_1_shown = t_1(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_item), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'date', missing)) is not missing else environment.getattr(_of, 'date')))
            _loop_vars['shown'] = l_1_shown
            yield '<li><a href="'
            yield environment.escape_text(context.call((undefined(name='url') if l_1_url is missing else l_1_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_item), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_item), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '"'
            yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_item), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
            yield '>'
            yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_item), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
            yield '</a> <time datetime="'
            yield environment.escape_text(t_3((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_item), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
            yield '"'
            yield environment.escape_text(t_2(context, (undefined(name='shown') if l_1_shown is missing else l_1_shown)))
            yield '>'
            yield environment.escape_text((undefined(name='shown') if l_1_shown is missing else l_1_shown))
            yield '</time></li>\n'
        l_1_item = l_1_shown = l_1_url = l_1_briefing_path = missing
        yield '</ul>\n</section>\n'

blocks = {}
debug_info = '1=34&2=36&3=40&4=52&6=54&7=60&8=63'