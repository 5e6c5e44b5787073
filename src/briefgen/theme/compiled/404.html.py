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
    l_0_url = resolve('url')
    l_0_gettext = resolve('gettext')
    l_0_TAGS_PATH = resolve('TAGS_PATH')
    l_0__trans = missing
    pass
    yield '<header class="page-header">\n<h1>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Page not found', _block_vars=_block_vars))
    yield '</h1>\n</header>\n<p>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'There is no page at this address. It may have moved, or the link may be mistyped.', _block_vars=_block_vars))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), '', _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<a href="%(home)s">See all briefings</a> or <a href="%(topics)s">browse by topic</a>.', home=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), topics=context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '</p>\n'

blocks = {'title': block_title, 'body_class': block_body_class, 'main': block_main}
debug_info = '1=12&2=17&3=31&4=41&6=55&8=57&9=61'