from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/figure.html'

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
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<figure class="figure">\n'
    if (not t_3((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'link', missing)) is not missing else environment.getattr(_of, 'link')))):
        pass
        yield '<a href="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'link', missing)) is not missing else environment.getattr(_of, 'link')))
        yield '"'
        if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'link_title', missing)) is not missing else environment.getattr(_of, 'link_title')):
            pass
            yield ' title="'
            yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'link_title', missing)) is not missing else environment.getattr(_of, 'link_title')))
            yield '"'
        yield '>'
    yield '<img src="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'url', missing)) is not missing else environment.getattr(_of, 'url')))
    yield '" alt="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'alt', missing)) is not missing else environment.getattr(_of, 'alt')))
    yield '"'
    if ((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'width', missing)) is not missing else environment.getattr(_of, 'width')) and (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'height', missing)) is not missing else environment.getattr(_of, 'height'))):
        pass
        yield ' width="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'width', missing)) is not missing else environment.getattr(_of, 'width')))
        yield '" height="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'height', missing)) is not missing else environment.getattr(_of, 'height')))
        yield '"'
    yield ' loading="lazy" decoding="async">'
    if (not t_3((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'link', missing)) is not missing else environment.getattr(_of, 'link')))):
        pass
        yield '</a>'
    yield '\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')):
        pass
        yield '<figcaption'
        yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))))
        yield '>'
        yield environment.escape_text(t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))))
        yield '</figcaption>\n'
    yield '</figure>\n'

blocks = {}
debug_info = '2=31&3=43&4=59&5=62'