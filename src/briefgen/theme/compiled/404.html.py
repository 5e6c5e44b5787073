from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '404.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', '404.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_config = resolve('config')
    pass
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Page not found', _block_vars=_block_vars))
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-not-found'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_elsewhere = resolve('elsewhere')
    pass
    yield '<header class="page-header">\n<h1>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Page not found', _block_vars=_block_vars))
    yield '</h1>\n</header>\n'
    template = environment.get_template('partials/not-found.html', '404.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    for l_1_version in (undefined(name='elsewhere') if l_0_elsewhere is missing else l_0_elsewhere):
        _loop_vars = {}
        pass
        l_2_lang = (_attr if (_attr := getattr((_of := l_1_version), 'lang', missing)) is not missing else environment.getattr(_of, 'lang'))
        l_2_lang_dir = (_attr if (_attr := getattr((_of := l_1_version), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir'))
        l_2_catalog = (_attr if (_attr := getattr((_of := l_1_version), 'catalog', missing)) is not missing else environment.getattr(_of, 'catalog'))
        l_2_text_dir = (_attr if (_attr := getattr((_of := l_1_version), 'dir', missing)) is not missing else environment.getattr(_of, 'dir'))
        pass
        template = environment.get_template('partials/not-found-elsewhere.html', '404.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'catalog': l_2_catalog, 'lang': l_2_lang, 'lang_dir': l_2_lang_dir, 'text_dir': l_2_text_dir, 'version': l_1_version}))
        try:
            yield concat(gen)
        finally: gen.close()
        l_2_lang = l_2_lang_dir = l_2_catalog = l_2_text_dir = missing
    l_1_version = missing

blocks = {'title': block_title, 'body_class': block_body_class, 'main': block_main}
debug_info = '1=12&2=17&3=31&4=41&6=52&8=54&11=59&13=67'