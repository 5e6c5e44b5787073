from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tags.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'tags.html')
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
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics', _block_vars=_block_vars))
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_gettext = resolve('gettext')
    l_0_config = resolve('config')
    pass
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Every topic covered by %(title)s.', title=(_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')), _block_vars=_block_vars))

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-tags'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_tags = resolve('tags')
    try:
        t_1 = environment.filters['inline_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_dir' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    yield '<header class="page-header">\n<h1>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics', _block_vars=_block_vars))
    yield '</h1>\n'
    template = environment.get_template('partials/languages.html', 'tags.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</header>\n<ul class="tag-index">\n'
    for (l_1_tag, l_1_tagged) in context.call((_attr if (_attr := getattr((_of := (undefined(name='tags') if l_0_tags is missing else l_0_tags)), 'items', missing)) is not missing else environment.getattr(_of, 'items')), _block_vars=_block_vars):
        l_1_url = resolve('url')
        l_1_tag_path = resolve('tag_path')
        l_1_lang_dir = resolve('lang_dir')
        l_1_ngettext = resolve('ngettext')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_1_url is missing else l_1_url), context.call((undefined(name='tag_path') if l_1_tag_path is missing else l_1_tag_path), l_1_tag, (undefined(name='lang_dir') if l_1_lang_dir is missing else l_1_lang_dir), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '"'
        yield environment.escape_text(t_1(context, l_1_tag))
        yield '>'
        yield environment.escape_text(l_1_tag)
        yield '</a> <span class="count">'
        yield environment.escape_text(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s briefing', '%(num)s briefings', t_2(l_1_tagged), count=t_2(l_1_tagged), num=t_3(context, t_2(l_1_tagged)), _loop_vars=_loop_vars))
        yield '</span></li>\n'
    l_1_tag = l_1_tagged = l_1_url = l_1_tag_path = l_1_lang_dir = l_1_ngettext = missing
    yield '</ul>\n'

blocks = {'title': block_title, 'description': block_description, 'body_class': block_body_class, 'main': block_main}
debug_info = '1=12&2=17&3=31&4=43&5=53&7=82&8=84&11=90&12=98'