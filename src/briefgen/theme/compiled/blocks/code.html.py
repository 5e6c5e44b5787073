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
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Code, line %(line)s', line=environment.getattr(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'pos'), 'line')))
    yield '"'
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'language'):
        pass
        yield ' data-language="'
        yield environment.escape_text(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'language'))
        yield '"'
    yield '><code'
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'language'):
        pass
        yield ' class="language-'
        yield environment.escape_text(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'language'))
        yield '"'
    yield '>'
    yield environment.escape_text(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'code'))
    yield '</code></pre>\n'

blocks = {}
debug_info = '2=14'