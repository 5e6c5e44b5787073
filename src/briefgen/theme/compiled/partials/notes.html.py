from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/notes.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_briefing = resolve('briefing')
    l_0_unique_region_name = resolve('unique_region_name')
    l_0__ = resolve('_')
    l_0_unique_name = resolve('unique_name')
    l_0_config = resolve('config')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    if (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'notes', missing)) is not missing else environment.getattr(_of, 'notes')):
        pass
        l_0_unique_name = context.call((undefined(name='unique_region_name') if l_0_unique_region_name is missing else l_0_unique_region_name), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes'))
        context.vars['unique_name'] = l_0_unique_name
        context.exported_vars.add('unique_name')
        yield '<section class="notes" '
        if ((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name) == context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes')):
            pass
            yield 'aria-labelledby="notes-title"'
        else:
            pass
            yield 'aria-label="'
            yield environment.escape_text((undefined(name='unique_name') if l_0_unique_name is missing else l_0_unique_name))
            yield '"'
        yield '>\n<h2 id="notes-title"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes'))
        yield '</h2>\n<ol class="notes-list">\n'
        for l_1_note in (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'notes', missing)) is not missing else environment.getattr(_of, 'notes')):
            l_1_range = resolve('range')
            _loop_vars = {}
            pass
            yield '<li id="fn-'
            yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_note), 'number', missing)) is not missing else environment.getattr(_of, 'number')))
            yield '">\n'
            l_2_blocks = (_attr if (_attr := getattr((_of := l_1_note), 'blocks', missing)) is not missing else environment.getattr(_of, 'blocks'))
            pass
            template = environment.get_template('partials/blocks.html', 'partials/notes.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'note': l_1_note, 'unique_name': l_0_unique_name}))
            try:
                yield concat(gen)
            finally: gen.close()
            l_2_blocks = missing
            for l_2_nth in context.call((undefined(name='range') if l_1_range is missing else l_1_range), 1, ((_attr if (_attr := getattr((_of := l_1_note), 'references', missing)) is not missing else environment.getattr(_of, 'references')) + 1), _loop_vars=_loop_vars):
                l_2_feed_entry = resolve('feed_entry')
                l_2_back_href = l_2_back_mark = l_2_back_name = missing
                _loop_vars = {}
                pass
                t_2 = []
                pass
                t_2.extend((
                    '#fnref-',
                    environment.escape_text((_attr if (_attr := getattr((_of := l_1_note), 'number', missing)) is not missing else environment.getattr(_of, 'number'))),
                ))
                if (l_2_nth > 1):
                    pass
                    t_2.extend((
                        '-',
                        environment.escape_text(l_2_nth),
                    ))
                l_2_back_href = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
                _loop_vars['back_href'] = l_2_back_href
                t_3 = []
                pass
                t_3.append(
                    '↩',
                )
                if ((_attr if (_attr := getattr((_of := l_1_note), 'references', missing)) is not missing else environment.getattr(_of, 'references')) > 1):
                    pass
                    t_3.append(
                        environment.escape_text(l_2_nth),
                    )
                l_2_back_mark = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
                _loop_vars['back_mark'] = l_2_back_mark
                t_4 = []
                pass
                t_4.append(
                    environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Back to reference %(num)s', num=(_attr if (_attr := getattr((_of := l_1_note), 'number', missing)) is not missing else environment.getattr(_of, 'number')))),
                )
                if ((_attr if (_attr := getattr((_of := l_1_note), 'references', missing)) is not missing else environment.getattr(_of, 'references')) > 1):
                    pass
                    t_4.extend((
                        ' (',
                        environment.escape_text(l_2_nth),
                        ')',
                    ))
                l_2_back_name = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
                _loop_vars['back_name'] = l_2_back_name
                if t_1((undefined(name='feed_entry') if l_2_feed_entry is missing else l_2_feed_entry)):
                    pass
                    yield '<a class="note-back" href="'
                    yield environment.escape_text((undefined(name='back_href') if l_2_back_href is missing else l_2_back_href))
                    yield '" title="'
                    yield environment.escape_text((undefined(name='back_name') if l_2_back_name is missing else l_2_back_name))
                    yield '">'
                    yield environment.escape_text((undefined(name='back_mark') if l_2_back_mark is missing else l_2_back_mark))
                    yield '</a>\n'
                else:
                    pass
                    yield '<a class="note-back"'
                    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
                        pass
                        yield ' data-pagefind-ignore'
                    yield ' href="'
                    yield environment.escape_text((undefined(name='back_href') if l_2_back_href is missing else l_2_back_href))
                    yield '"><span aria-hidden="true">'
                    yield environment.escape_text((undefined(name='back_mark') if l_2_back_mark is missing else l_2_back_mark))
                    yield '</span><span class="visually-hidden">'
                    yield environment.escape_text((undefined(name='back_name') if l_2_back_name is missing else l_2_back_name))
                    yield '</span></a>\n'
            l_2_nth = l_2_back_href = l_2_back_mark = l_2_back_name = l_2_feed_entry = missing
            yield '</li>\n'
        l_1_note = l_1_range = missing
        yield '</ol>\n</section>\n'

blocks = {}
debug_info = '1=22&2=24&3=28&4=37&6=43&7=48&8=52&9=58&10=67&11=82&12=92&13=103&16=106&18=115'