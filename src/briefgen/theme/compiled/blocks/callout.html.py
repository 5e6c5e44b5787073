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
    try:
        t_1 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    try:
        t_2 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    try:
        t_3 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    pass
    l_0_callout_title = environment.getitem({'note': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Note'), 'tip': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Tip'), 'important': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Important'), 'warning': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Warning'), 'caution': context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Caution')}, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'variant', missing)) is not missing else environment.getattr(_of, 'variant')))
    context.vars['callout_title'] = l_0_callout_title
    context.exported_vars.add('callout_title')
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'title', missing)) is not missing else environment.getattr(_of, 'title')):
        pass
        yield '<aside class="callout callout-'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'variant', missing)) is not missing else environment.getattr(_of, 'variant')))
        yield '" role="note" aria-label="'
        yield environment.escape_text(((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')) if context.call((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))), 'text', missing)) is not missing else environment.getattr(_of, 'text'))), 'strip', missing)) is not missing else environment.getattr(_of, 'strip'))) else (undefined(name='callout_title') if l_0_callout_title is missing else l_0_callout_title)))
        yield '">\n<div class="callout-title"'
        yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
        yield '>'
        yield environment.escape_text(t_3(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
        yield '</div>\n'
    else:
        pass
        yield '<aside class="callout callout-'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'variant', missing)) is not missing else environment.getattr(_of, 'variant')))
        yield '" role="note" aria-label="'
        yield environment.escape_text((undefined(name='callout_title') if l_0_callout_title is missing else l_0_callout_title))
        yield '">\n<div class="callout-title"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield environment.escape_text(t_2(context, (undefined(name='callout_title') if l_0_callout_title is missing else l_0_callout_title)))
        yield '</div>\n'
    l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'blocks', missing)) is not missing else environment.getattr(_of, 'blocks'))
    pass
    template = environment.get_template('partials/blocks.html', 'blocks/callout.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'callout_title': l_0_callout_title}))
    try:
        yield concat(gen)
    finally: gen.close()
    l_1_blocks = missing
    yield '</aside>\n'

blocks = {}
debug_info = '1=33&8=36&9=39&10=43&12=50&13=54&15=62'