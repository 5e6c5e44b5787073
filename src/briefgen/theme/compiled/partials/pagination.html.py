from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/pagination.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pager = resolve('pager')
    l_0__ = resolve('_')
    l_0_gettext = resolve('gettext')
    l_0_url = resolve('url')
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if ((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'count', missing)) is not missing else environment.getattr(_of, 'count')) > 1):
        pass
        yield '<nav class="pagination" aria-label="'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Pagination'))
        yield '">\n<p class="pagination-status">'
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Page %(num)s of %(total)s', num=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number'))), total=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'count', missing)) is not missing else environment.getattr(_of, 'count')))))
        yield '</p>\n<ul>\n'
        if (not t_2((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'previous', missing)) is not missing else environment.getattr(_of, 'previous')))):
            pass
            yield '<li><a rel="prev" href="'
            yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'previous', missing)) is not missing else environment.getattr(_of, 'previous'))))
            yield '">'
            yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Newer briefings'))
            yield '</a></li>\n'
        for l_1_link in (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'links', missing)) is not missing else environment.getattr(_of, 'links')):
            _loop_vars = {}
            pass
            if t_2(l_1_link):
                pass
                yield '<li aria-hidden="true">…</li>\n'
            elif (environment.getitem(l_1_link, 0) == (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number'))):
                pass
                yield '<li><a href="'
                yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getitem(l_1_link, 1), _loop_vars=_loop_vars))
                yield '" aria-current="page">'
                yield environment.escape_text(t_1(context, environment.getitem(l_1_link, 0)))
                yield '</a></li>\n'
            else:
                pass
                yield '<li><a href="'
                yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getitem(l_1_link, 1), _loop_vars=_loop_vars))
                yield '">'
                yield environment.escape_text(t_1(context, environment.getitem(l_1_link, 0)))
                yield '</a></li>\n'
        l_1_link = missing
        if (not t_2((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'next', missing)) is not missing else environment.getattr(_of, 'next')))):
            pass
            yield '<li><a rel="next" href="'
            yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'next', missing)) is not missing else environment.getattr(_of, 'next'))))
            yield '">'
            yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Older briefings'))
            yield '</a></li>\n'
        yield '</ul>\n</nav>\n'

blocks = {}
debug_info = '1=27&2=30&3=32&5=34&6=37&8=41&9=44&11=47&12=50&14=57&17=62&18=65'