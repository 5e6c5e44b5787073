from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/paragraph.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    try:
        t_1 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    try:
        t_2 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    pass
    yield '<p'
    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))
    yield '>'
    yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))
    yield '</p>\n'

blocks = {}
debug_info = '1=25'