from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/section.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_section = resolve('section')
    l_0_CALLOUT_ANCHORS = resolve('CALLOUT_ANCHORS')
    l_0_heading_level = missing
    try:
        t_1 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_2 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    pass
    l_0_heading_level = t_1(environment, [environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'level'), 6])
    context.vars['heading_level'] = l_0_heading_level
    context.exported_vars.add('heading_level')
    yield '<section class="section section-'
    yield escape(environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'anchor'))
    if (environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'takeaways') or (environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'anchor') in (undefined(name='CALLOUT_ANCHORS') if l_0_CALLOUT_ANCHORS is missing else l_0_CALLOUT_ANCHORS))):
        pass
        yield ' callout'
    yield '" aria-labelledby="'
    yield escape(environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'anchor'))
    yield '">\n<h'
    yield escape((undefined(name='heading_level') if l_0_heading_level is missing else l_0_heading_level))
    yield ' id="'
    yield escape(environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'anchor'))
    yield '">'
    yield escape(t_2(environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'heading')))
    yield '</h'
    yield escape((undefined(name='heading_level') if l_0_heading_level is missing else l_0_heading_level))
    yield '>\n'
    l_1_blocks = environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'blocks')
    pass
    template = environment.get_template('partials/blocks.html', 'partials/section.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'heading_level': l_0_heading_level}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_blocks = missing
    for l_1_section in environment.getattr((undefined(name='section') if l_0_section is missing else l_0_section), 'subsections'):
        _loop_vars = {}
        pass
        template = environment.get_template('partials/section.html', 'partials/section.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section, 'heading_level': l_0_heading_level}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
    l_1_section = missing
    yield '</section>\n'

blocks = {}
debug_info = '1=26&2=30&3=37&4=47&5=54&6=57'