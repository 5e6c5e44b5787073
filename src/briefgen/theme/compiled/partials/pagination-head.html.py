from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/pagination-head.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pager = resolve('pager')
    l_0_url = resolve('url')
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if (not t_1((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'previous', missing)) is not missing else environment.getattr(_of, 'previous')))):
        pass
        yield '<link rel="prev" href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'previous', missing)) is not missing else environment.getattr(_of, 'previous'))))
        yield '">\n'
    if (not t_1((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'next', missing)) is not missing else environment.getattr(_of, 'next')))):
        pass
        yield '<link rel="next" href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'next', missing)) is not missing else environment.getattr(_of, 'next'))))
        yield '">\n'

blocks = {}
debug_info = '1=19&2=22&4=24&5=27'