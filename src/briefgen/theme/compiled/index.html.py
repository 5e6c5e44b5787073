from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-index'

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pager = resolve('pager')
    l_0_gettext = resolve('gettext')
    l_0_config = resolve('config')
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    if ((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number')) > 1):
        pass
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Page %(num)s of %(total)s', num=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number'))), total=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'count', missing)) is not missing else environment.getattr(_of, 'count'))), _block_vars=_block_vars))
        yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('partials/pagination-head.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_entries = resolve('entries')
    l_0__ = resolve('_')
    try:
        t_2 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    pass
    yield '<header class="page-header">\n<h1'
    yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
    yield '>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '</h1>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')):
        pass
        yield '<p class="dek"'
        yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description'))))
        yield '>'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')))
        yield '</p>\n'
    template = environment.get_template('partials/languages.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</header>\n'
    if (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        pass
        template = environment.get_template('partials/entries.html', 'index.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            yield concat(gen)
        finally: gen.close()
        template = environment.get_template('partials/pagination.html', 'index.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            yield concat(gen)
        finally: gen.close()
    else:
        pass
        yield '<p>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No briefings published yet.', _block_vars=_block_vars))
        yield '</p>\n'

blocks = {'body_class': block_body_class, 'title': block_title, 'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=27&4=50&5=64&7=82&8=86&9=89&11=93&13=99&14=101&15=106&17=114'