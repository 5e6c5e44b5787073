from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/quote.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    pass
    yield '<blockquote>\n'
    l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'blocks', missing)) is not missing else environment.getattr(_of, 'blocks'))
    pass
    template = environment.get_template('partials/blocks.html', 'blocks/quote.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks}))
    try:
        yield concat(gen)
    finally: gen.close()
    l_1_blocks = missing
    yield '</blockquote>\n'

blocks = {}
debug_info = '2=15'