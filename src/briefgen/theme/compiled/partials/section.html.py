from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/section.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_section = resolve('section')
    l_0_parent_section = resolve('parent_section')
    l_0_unique_region_name = resolve('unique_region_name')
    l_0_CALLOUT_ANCHORS = resolve('CALLOUT_ANCHORS')
    l_0_bookmarks_named = resolve('bookmarks_named')
    l_0_heading_level = l_0_heading_notes = l_0_section_labelled_by = l_0_section_name = l_0_unique_name = missing
    try:
        t_1 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    try:
        t_2 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_3 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_5 = environment.tests['named_with_notes']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'named_with_notes' found.")
    pass
    l_0_heading_level = t_2(environment, [(_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'level', missing)) is not missing else environment.getattr(_of, 'level')), 6])
    context.vars['heading_level'] = l_0_heading_level
    context.exported_vars.add('heading_level')
    l_0_heading_notes = (t_5((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))) or (t_4((undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)) and t_5((_attr if (_attr := getattr((_of := (undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading')))))
    context.vars['heading_notes'] = l_0_heading_notes
    context.exported_vars.add('heading_notes')
    l_0_section_labelled_by = (None if (undefined(name='heading_notes') if l_0_heading_notes is missing else l_0_heading_notes) else markup_join(((markup_join(((_attr if (_attr := getattr((_of := (undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')), ' ', )) if t_4((undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)) else ''), (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')), )))
    context.vars['section_labelled_by'] = l_0_section_labelled_by
    context.exported_vars.add('section_labelled_by')
    l_0_section_name = markup_join(((markup_join(((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')), ' ', )) if t_4((undefined(name='parent_section') if l_0_parent_section is missing else l_0_parent_section)) else ''), (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')), ))
    context.vars['section_name'] = l_0_section_name
    context.exported_vars.add('section_name')
    l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), (undefined(name='section_name') if l_0_section_name is missing else l_0_section_name))
    context.vars['unique_name'] = l_0_unique_name
    context.exported_vars.add('unique_name')
    yield '<section class="section section-'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')))
    if ((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'takeaways', missing)) is not missing else environment.getattr(_of, 'takeaways')) or ((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')) in (undefined(name='CALLOUT_ANCHORS') if l_0_CALLOUT_ANCHORS is missing else l_0_CALLOUT_ANCHORS))):
        pass
        yield ' callout'
    yield '" '
    if (((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == (undefined(name='section_name') if l_0_section_name is missing else l_0_section_name)) and (undefined(name='section_labelled_by') if l_0_section_labelled_by is missing else l_0_section_labelled_by)):
        pass
        yield 'aria-labelledby="'
        yield environment.escape_text((undefined(name='section_labelled_by') if l_0_section_labelled_by is missing else l_0_section_labelled_by))
        yield '"'
    else:
        pass
        yield 'aria-label="'
        yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
        yield '"'
    yield '>\n<h'
    yield environment.escape_text((undefined(name='heading_level') if l_0_heading_level is missing else l_0_heading_level))
    yield ' id="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'anchor', missing)) is not missing else environment.getattr(_of, 'anchor')))
    yield '"'
    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))))
    if (t_4((undefined(name='bookmarks_named') if l_0_bookmarks_named is missing else l_0_bookmarks_named)) and t_5((_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading')))):
        pass
        yield ' data-bookmark="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')))
        yield '"'
    yield '>'
    yield environment.escape_text(t_3(context, (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'heading', missing)) is not missing else environment.getattr(_of, 'heading'))))
    yield '</h'
    yield environment.escape_text((undefined(name='heading_level') if l_0_heading_level is missing else l_0_heading_level))
    yield '>\n'
    l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'blocks', missing)) is not missing else environment.getattr(_of, 'blocks'))
    pass
    template = environment.get_template('partials/blocks.html', 'partials/section.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'heading_level': l_0_heading_level, 'heading_notes': l_0_heading_notes, 'parent_section': l_0_parent_section, 'section_labelled_by': l_0_section_labelled_by, 'section_name': l_0_section_name, 'unique_name': l_0_unique_name}))
    try:
        yield concat(gen)
    finally: gen.close()
    l_1_blocks = missing
    l_0_parent_section = (undefined(name='section') if l_0_section is missing else l_0_section)
    context.vars['parent_section'] = l_0_parent_section
    context.exported_vars.add('parent_section')
    for l_1_section in (_attr if (_attr := getattr((_of := (undefined(name='section') if l_0_section is missing else l_0_section)), 'subsections', missing)) is not missing else environment.getattr(_of, 'subsections')):
        _loop_vars = {}
        pass
        template = environment.get_template('partials/section.html', 'partials/section.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section, 'heading_level': l_0_heading_level, 'heading_notes': l_0_heading_notes, 'parent_section': l_0_parent_section, 'section_labelled_by': l_0_section_labelled_by, 'section_name': l_0_section_name, 'unique_name': l_0_unique_name}))
        try:
            yield concat(gen)
        finally: gen.close()
    l_1_section = missing
    yield '</section>\n'

blocks = {}
debug_info = '1=47&6=50&9=53&10=56&11=59&12=63&13=79&14=96&15=102&16=105&17=108'