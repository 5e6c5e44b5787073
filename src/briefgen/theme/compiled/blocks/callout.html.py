from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/callout.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0__ = resolve('_')
    l_0_block = resolve('block')
    l_0_config = resolve('config')
    l_0_callout_title = missing
    pass
    l_0_callout_title = environment.getitem({'note': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Note'), 'tip': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Tip'), 'important': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Important'), 'warning': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Warning'), 'caution': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Caution')}, environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'variant'))
    context.vars['callout_title'] = l_0_callout_title
    context.exported_vars.add('callout_title')
    yield '<aside class="callout callout-'
    yield escape(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'variant'))
    yield '" role="note" aria-label="'
    yield escape((undefined(name='callout_title') if l_0_callout_title is missing else l_0_callout_title))
    yield '">\n<div class="callout-title"'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'search'):
        pass
        yield ' data-pagefind-ignore'
    yield '>'
    yield escape((undefined(name='callout_title') if l_0_callout_title is missing else l_0_callout_title))
    yield '</div>\n'
    l_1_blocks = environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'blocks')
    pass
    template = environment.get_template('partials/blocks.html', 'blocks/callout.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'callout_title': l_0_callout_title}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_blocks = missing
    yield '</aside>\n'

blocks = {}
debug_info = '1=15&4=19&5=23&6=31'