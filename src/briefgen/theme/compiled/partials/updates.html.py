from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/updates.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_unique_region_name = resolve('unique_region_name')
    l_0__ = resolve('_')
    l_0_config = resolve('config')
    l_0_meta = resolve('meta')
    l_0_unique_name = missing
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
    l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Updates'))
    context.vars['unique_name'] = l_0_unique_name
    context.exported_vars.add('unique_name')
    yield '<section class="updates" '
    if ((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Updates')):
        pass
        yield 'aria-labelledby="updates-title"'
    else:
        pass
        yield 'aria-label="'
        yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
        yield '"'
    yield '>\n<h2 id="updates-title"'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
        pass
        yield ' data-pagefind-ignore'
    yield '>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Updates'))
    yield '</h2>\n<ol class="updates-list" reversed>\n'
    for l_1_update in (_attr if (_attr := getattr((_of := (undefined(name='meta') if l_0_meta is missing else l_0_meta)), 'updates', missing)) is not missing else environment.getattr(_of, 'updates')):
        l_1_shown = missing
        _loop_vars = {}
        pass
        l_1_shown = t_1(context, (_attr if (_attr := getattr((_of := l_1_update), 'date', missing)) is not missing else environment.getattr(_of, 'date')))
        _loop_vars['shown'] = l_1_shown
        yield '<li><time datetime="'
        yield environment.escape_text(t_3((_attr if (_attr := getattr((_of := l_1_update), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
        yield '"'
        yield environment.escape_text(t_2(context, (undefined(name='shown') if l_1_shown is missing else l_1_shown)))
        yield '>'
        yield environment.escape_text((undefined(name='shown') if l_1_shown is missing else l_1_shown))
        yield '</time> '
        yield environment.escape_text(t_4(context, (_attr if (_attr := getattr((_of := l_1_update), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))
        yield '</li>\n'
    l_1_update = l_1_shown = missing
    yield '</ol>\n</section>\n'

blocks = {}
debug_info = '1=40&2=44&3=53&5=59&6=63&7=66'