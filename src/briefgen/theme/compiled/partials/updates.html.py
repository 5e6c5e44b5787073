from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/updates.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0__ = resolve('_')
    l_0_meta = resolve('meta')
    try:
        t_1 = environment.filters['human_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'human_date' found.")
    try:
        t_2 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_3 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    pass
    yield '<section class="updates" aria-labelledby="updates-title">\n<h2 id="updates-title"'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'search'):
        pass
        yield ' data-pagefind-ignore'
    yield '>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Updates'))
    yield '</h2>\n<ol class="updates-list" reversed>\n'
    for l_1_update in environment.getattr((undefined(name='meta') if l_0_meta is missing else l_0_meta), 'updates'):
        _loop_vars = {}
        pass
        yield '<li><time datetime="'
        yield escape(t_2(environment.getattr(l_1_update, 'date')))
        yield '">'
        yield escape(t_1(context, environment.getattr(l_1_update, 'date')))
        yield '</time> '
        yield escape(t_3(environment.getattr(l_1_update, 'text')))
        yield '</li>\n'
    l_1_update = missing
    yield '</ol>\n</section>\n'

blocks = {}
debug_info = '2=33&4=39&5=43'