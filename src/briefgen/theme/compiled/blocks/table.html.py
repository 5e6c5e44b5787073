from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/table.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    l_0_section_name = resolve('section_name')
    l_0_header_is_shared = resolve('header_is_shared')
    l_0_section_labelled_by = resolve('section_labelled_by')
    l_0_unique_region_name = resolve('unique_region_name')
    l_0_feed_entry = resolve('feed_entry')
    l_0_config = resolve('config')
    l_0_csv_url = resolve('csv_url')
    l_0__ = resolve('_')
    l_0_caption_id = l_0_caption_text = l_0_in_section = l_0_name_notes = l_0_labelled_by = l_0_region_name = l_0_unique_name = l_0_hidden_caption = l_0_columns = l_0_csv = missing
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
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_8 = environment.tests['blank']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'blank' found.")
    try:
        t_9 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_10 = environment.tests['named_with_notes']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'named_with_notes' found.")
    try:
        t_11 = environment.tests['split_in_print']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'split_in_print' found.")
    pass
    l_0_caption_id = markup_join(('table-', (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'pos', missing)) is not missing else environment.getattr(_of, 'pos'))), 'line', missing)) is not missing else environment.getattr(_of, 'line')), ))
    context.vars['caption_id'] = l_0_caption_id
    context.exported_vars.add('caption_id')
    l_0_caption_text = ((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')) if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')) else t_4(context, t_6(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'header', missing)) is not missing else environment.getattr(_of, 'header')), attribute='text')))
    context.vars['caption_text'] = l_0_caption_text
    context.exported_vars.add('caption_text')
    l_0_in_section = ((t_9((undefined(name='section_name') if l_0_section_name is missing else l_0_section_name)) and (not (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')))) and context.call((undefined(name='header_is_shared') if l_0_header_is_shared is missing else l_0_header_is_shared), (undefined(name='block') if l_0_block is missing else l_0_block)))
    context.vars['in_section'] = l_0_in_section
    context.exported_vars.add('in_section')
    l_0_name_notes = (((undefined(name='in_section') if l_0_in_section is missing else l_0_in_section) and (not (undefined(name='section_labelled_by') if l_0_section_labelled_by is missing else l_0_section_labelled_by))) or ((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')) and t_10((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')))))
    context.vars['name_notes'] = l_0_name_notes
    context.exported_vars.add('name_notes')
    l_0_labelled_by = markup_join(((markup_join(((undefined(name='section_labelled_by') if l_0_section_labelled_by is missing else l_0_section_labelled_by), ' ', )) if (undefined(name='in_section') if l_0_in_section is missing else l_0_in_section) else ''), (undefined(name='caption_id') if l_0_caption_id is missing else l_0_caption_id), ))
    context.vars['labelled_by'] = l_0_labelled_by
    context.exported_vars.add('labelled_by')
    l_0_region_name = markup_join(((markup_join(((undefined(name='section_name') if l_0_section_name is missing else l_0_section_name), ' ', )) if (undefined(name='in_section') if l_0_in_section is missing else l_0_in_section) else ''), (undefined(name='caption_text') if l_0_caption_text is missing else l_0_caption_text), ))
    context.vars['region_name'] = l_0_region_name
    context.exported_vars.add('region_name')
    l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), (undefined(name='region_name') if l_0_region_name is missing else l_0_region_name))
    context.vars['unique_name'] = l_0_unique_name
    context.exported_vars.add('unique_name')
    l_0_hidden_caption = ((not (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))) and (not t_9((undefined(name='feed_entry') if l_0_feed_entry is missing else l_0_feed_entry))))
    context.vars['hidden_caption'] = l_0_hidden_caption
    context.exported_vars.add('hidden_caption')
    yield '<div class="table-wrap" role="region" '
    if ((((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == (undefined(name='region_name') if l_0_region_name is missing else l_0_region_name)) and (not (undefined(name='name_notes') if l_0_name_notes is missing else l_0_name_notes))) and ((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')) or (undefined(name='hidden_caption') if l_0_hidden_caption is missing else l_0_hidden_caption))):
        pass
        yield 'aria-labelledby="'
        yield environment.escape_text((undefined(name='labelled_by') if l_0_labelled_by is missing else l_0_labelled_by))
        yield '"'
    else:
        pass
        yield 'aria-label="'
        yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
        yield '"'
    yield ' tabindex="0">\n<table>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption')):
        pass
        yield '<caption id="'
        yield environment.escape_text((undefined(name='caption_id') if l_0_caption_id is missing else l_0_caption_id))
        yield '"'
        yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))))
        yield '>'
        yield environment.escape_text(t_7(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'caption', missing)) is not missing else environment.getattr(_of, 'caption'))))
        yield '</caption>\n'
    elif (undefined(name='hidden_caption') if l_0_hidden_caption is missing else l_0_hidden_caption):
        pass
        yield '<caption id="'
        yield environment.escape_text((undefined(name='caption_id') if l_0_caption_id is missing else l_0_caption_id))
        yield '" class="visually-hidden"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield environment.escape_text((undefined(name='caption_text') if l_0_caption_text is missing else l_0_caption_text))
        yield '</caption>\n'
    yield '<thead>\n'
    l_0_columns = t_5((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'header', missing)) is not missing else environment.getattr(_of, 'header')))
    context.vars['columns'] = l_0_columns
    context.exported_vars.add('columns')
    yield '<tr>'
    l_1_loop = missing
    for l_1_cell, l_1_loop in LoopContext((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'header', missing)) is not missing else environment.getattr(_of, 'header')), undefined):
        l_1_tag = l_1_align = l_1_names = missing
        _loop_vars = {}
        pass
        if (not (_attr if (_attr := getattr((_of := l_1_loop), 'first', missing)) is not missing else environment.getattr(_of, 'first'))):
            pass
            yield ' '
        l_1_tag = ('td' if t_8((_attr if (_attr := getattr((_of := l_1_cell), 'text', missing)) is not missing else environment.getattr(_of, 'text'))) else 'th')
        _loop_vars['tag'] = l_1_tag
        l_1_align = environment.getitem((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'align', missing)) is not missing else environment.getattr(_of, 'align')), (_attr if (_attr := getattr((_of := l_1_loop), 'index0', missing)) is not missing else environment.getattr(_of, 'index0')))
        _loop_vars['align'] = l_1_align
        l_1_names = (([markup_join(('align-', (undefined(name='align') if l_1_align is missing else l_1_align), ))] if (undefined(name='align') if l_1_align is missing else l_1_align) else []) + (['num'] if t_11((_attr if (_attr := getattr((_of := l_1_cell), 'text', missing)) is not missing else environment.getattr(_of, 'text')), (undefined(name='columns') if l_0_columns is missing else l_0_columns)) else []))
        _loop_vars['names'] = l_1_names
        yield '<'
        yield environment.escape_text((undefined(name='tag') if l_1_tag is missing else l_1_tag))
        if ((undefined(name='tag') if l_1_tag is missing else l_1_tag) == 'th'):
            pass
            yield ' scope="col"'
        if (undefined(name='names') if l_1_names is missing else l_1_names):
            pass
            yield ' class="'
            yield environment.escape_text(t_3(context.eval_ctx, (undefined(name='names') if l_1_names is missing else l_1_names), ' '))
            yield '"'
        yield '>'
        yield environment.escape_text(t_2(context, l_1_cell, alone=True))
        yield '</'
        yield environment.escape_text((undefined(name='tag') if l_1_tag is missing else l_1_tag))
        yield '>'
    l_1_loop = l_1_cell = l_1_tag = l_1_align = l_1_names = missing
    yield '</tr>\n</thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'rows', missing)) is not missing else environment.getattr(_of, 'rows')), undefined):
        _loop_vars = {}
        pass
        yield '<tr>'
        l_2_loop = missing
        for l_2_cell, l_2_loop in LoopContext(l_1_row, undefined):
            l_2_align = l_2_tag = l_2_names = missing
            _loop_vars = {}
            pass
            l_2_align = environment.getitem((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'align', missing)) is not missing else environment.getattr(_of, 'align')), (_attr if (_attr := getattr((_of := l_2_loop), 'index0', missing)) is not missing else environment.getattr(_of, 'index0')))
            _loop_vars['align'] = l_2_align
            l_2_tag = ('th' if ((_attr if (_attr := getattr((_of := l_2_loop), 'first', missing)) is not missing else environment.getattr(_of, 'first')) and (not t_8((_attr if (_attr := getattr((_of := l_2_cell), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))) else 'td')
            _loop_vars['tag'] = l_2_tag
            l_2_names = (([markup_join(('align-', (undefined(name='align') if l_2_align is missing else l_2_align), ))] if (undefined(name='align') if l_2_align is missing else l_2_align) else []) + (['num'] if t_11((_attr if (_attr := getattr((_of := l_2_cell), 'text', missing)) is not missing else environment.getattr(_of, 'text')), (undefined(name='columns') if l_0_columns is missing else l_0_columns)) else []))
            _loop_vars['names'] = l_2_names
            yield '<'
            yield environment.escape_text((undefined(name='tag') if l_2_tag is missing else l_2_tag))
            if ((undefined(name='tag') if l_2_tag is missing else l_2_tag) == 'th'):
                pass
                yield ' scope="row"'
            if (undefined(name='names') if l_2_names is missing else l_2_names):
                pass
                yield ' class="'
                yield environment.escape_text(t_3(context.eval_ctx, (undefined(name='names') if l_2_names is missing else l_2_names), ' '))
                yield '"'
            yield '>'
            yield environment.escape_text(t_2(context, l_2_cell, alone=True))
            yield '</'
            yield environment.escape_text((undefined(name='tag') if l_2_tag is missing else l_2_tag))
            yield '>'
        l_2_loop = l_2_cell = l_2_align = l_2_tag = l_2_names = missing
        yield '</tr>\n'
    l_1_loop = l_1_row = missing
    yield '</tbody>\n</table>\n</div>\n'
    l_0_csv = context.call((undefined(name='csv_url') if l_0_csv_url is missing else l_0_csv_url), (undefined(name='block') if l_0_block is missing else l_0_block))
    context.vars['csv'] = l_0_csv
    context.exported_vars.add('csv')
    if (undefined(name='csv') if l_0_csv is missing else l_0_csv):
        pass
        yield '<p class="table-download"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        if t_9((undefined(name='feed_entry') if l_0_feed_entry is missing else l_0_feed_entry)):
            pass
            yield '<a href="'
            yield environment.escape_text((undefined(name='csv') if l_0_csv is missing else l_0_csv))
            yield '" type="text/csv" download title="'
            yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
            yield '">'
            yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Download CSV'))
            yield '</a>'
        else:
            pass
            yield '<a href="'
            yield environment.escape_text((undefined(name='csv') if l_0_csv is missing else l_0_csv))
            yield '" type="text/csv" download>'
            yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Download CSV'))
            yield '<span class="visually-hidden">: '
            yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
            yield '</span></a>'
        yield '</p>\n'

blocks = {}
debug_info = '1=87&2=90&5=93&7=96&8=99&9=102&10=105&14=108&15=112&17=123&18=126&19=132&22=135&34=144&37=180&38=185&43=214&44=217&47=220'