from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/code.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0__ = resolve('_')
    l_0_block = resolve('block')
    pass
    yield '<pre tabindex="0" role="region" aria-label="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Code, line %(line)s', line=(_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'pos', missing)) is not missing else environment.getattr(_of, 'pos'))), 'line', missing)) is not missing else environment.getattr(_of, 'line'))))
    yield '"'
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'language', missing)) is not missing else environment.getattr(_of, 'language')):
        pass
        yield ' data-language="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'language', missing)) is not missing else environment.getattr(_of, 'language')))
        yield '"'
    yield '><code'
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'language', missing)) is not missing else environment.getattr(_of, 'language')):
        pass
        yield ' class="language-'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'language', missing)) is not missing else environment.getattr(_of, 'language')))
        yield '"'
    yield '>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'code', missing)) is not missing else environment.getattr(_of, 'code')))
    yield '</code></pre>\n'

blocks = {}
debug_info = '2=14'