from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/blocks.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_blocks = resolve('blocks')
    pass
    for l_1_block in (undefined(name='blocks') if l_0_blocks is missing else l_0_blocks):
        _loop_vars = {}
        pass
        template = environment.get_or_select_template(markup_join(('blocks/', (_attr if (_attr := getattr((_of := l_1_block), 'kind', missing)) is not missing else environment.getattr(_of, 'kind')), '.html', )), 'partials/blocks.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'block': l_1_block}))
        try:
            yield concat(gen)
        finally: gen.close()
    l_1_block = missing

blocks = {}
debug_info = '1=12&2=15'