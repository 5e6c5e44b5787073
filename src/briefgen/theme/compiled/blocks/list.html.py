from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/list.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    l_0_dir = resolve('dir')
    l_0_list_tag = resolve('list_tag')
    l_0_list_dir = missing
    try:
        t_1 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_2 = environment.filters['written_dir']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'written_dir' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_list_dir = t_2(context, (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'items', missing)) is not missing else environment.getattr(_of, 'items')))
    context.vars['list_dir'] = l_0_list_dir
    context.exported_vars.add('list_dir')
    if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'is_term_list', missing)) is not missing else environment.getattr(_of, 'is_term_list')):
        pass
        yield '<dl class="terms"'
        if ((undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir) != (undefined(name='dir') if l_0_dir is missing else l_0_dir)):
            pass
            yield ' dir="'
            yield environment.escape_text((undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir))
            yield '"'
        yield '>\n'
        for l_1_item in (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'items', missing)) is not missing else environment.getattr(_of, 'items')):
            l_1_term_dir = l_1_text_dir = missing
            _loop_vars = {}
            pass
            yield '<div class="term">\n'
            (l_1_term_dir, l_1_text_dir) = (t_2(context, (_attr if (_attr := getattr((_of := l_1_item), 'term', missing)) is not missing else environment.getattr(_of, 'term')), within=(undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)), t_2(context, (_attr if (_attr := getattr((_of := l_1_item), 'text', missing)) is not missing else environment.getattr(_of, 'text')), within=(undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)))
            _loop_vars.update({'term_dir': l_1_term_dir, 'text_dir': l_1_text_dir})
            yield '<dt'
            if ((undefined(name='term_dir') if l_1_term_dir is missing else l_1_term_dir) != (undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)):
                pass
                yield ' dir="'
                yield environment.escape_text((undefined(name='term_dir') if l_1_term_dir is missing else l_1_term_dir))
                yield '"'
            yield '>'
            yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_item), 'term', missing)) is not missing else environment.getattr(_of, 'term'))))
            yield '</dt>\n<dd'
            if ((undefined(name='text_dir') if l_1_text_dir is missing else l_1_text_dir) != (undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)):
                pass
                yield ' dir="'
                yield environment.escape_text((undefined(name='text_dir') if l_1_text_dir is missing else l_1_text_dir))
                yield '"'
            yield '>'
            yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_item), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))
            if (_attr if (_attr := getattr((_of := l_1_item), 'children', missing)) is not missing else environment.getattr(_of, 'children')):
                pass
                l_2_blocks = (_attr if (_attr := getattr((_of := l_1_item), 'children', missing)) is not missing else environment.getattr(_of, 'children'))
                l_2_dir = (undefined(name='text_dir') if l_1_text_dir is missing else l_1_text_dir)
                pass
                template = environment.get_template('partials/blocks.html', 'blocks/list.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'dir': l_2_dir, 'item': l_1_item, 'term_dir': l_1_term_dir, 'text_dir': l_1_text_dir, 'list_dir': l_0_list_dir, 'list_tag': l_0_list_tag}))
                try:
                    yield concat(gen)
                finally: gen.close()
                l_2_blocks = l_2_dir = missing
            yield '</dd>\n</div>\n'
        l_1_item = l_1_term_dir = l_1_text_dir = missing
        yield '</dl>\n'
    else:
        pass
        l_0_list_tag = ('ol' if (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'ordered', missing)) is not missing else environment.getattr(_of, 'ordered')) else 'ul')
        context.vars['list_tag'] = l_0_list_tag
        context.exported_vars.add('list_tag')
        yield '<'
        yield environment.escape_text((undefined(name='list_tag') if l_0_list_tag is missing else l_0_list_tag))
        if ((undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir) != (undefined(name='dir') if l_0_dir is missing else l_0_dir)):
            pass
            yield ' dir="'
            yield environment.escape_text((undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir))
            yield '"'
        if ((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'ordered', missing)) is not missing else environment.getattr(_of, 'ordered')) and ((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'start', missing)) is not missing else environment.getattr(_of, 'start')) != 1)):
            pass
            yield ' start="'
            yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'start', missing)) is not missing else environment.getattr(_of, 'start')))
            yield '"'
        yield '>\n'
        for l_1_item in (_attr if (_attr := getattr((_of := (undefined(name='block') if l_0_block is missing else l_0_block)), 'items', missing)) is not missing else environment.getattr(_of, 'items')):
            l_1__ = resolve('_')
            l_1_task_state = resolve('task_state')
            l_1_feed_entry = resolve('feed_entry')
            l_1_config = resolve('config')
            l_1_item_dir = missing
            _loop_vars = {}
            pass
            l_1_item_dir = t_2(context, l_1_item, within=(undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir))
            _loop_vars['item_dir'] = l_1_item_dir
            yield '<li'
            if (not t_4((_attr if (_attr := getattr((_of := l_1_item), 'checked', missing)) is not missing else environment.getattr(_of, 'checked')))):
                pass
                yield ' class="task task-'
                yield environment.escape_text(('done' if (_attr if (_attr := getattr((_of := l_1_item), 'checked', missing)) is not missing else environment.getattr(_of, 'checked')) else 'open'))
                yield '"'
            yield '>'
            if (not t_4((_attr if (_attr := getattr((_of := l_1_item), 'checked', missing)) is not missing else environment.getattr(_of, 'checked')))):
                pass
                l_1_task_state = (context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Task done:', _loop_vars=_loop_vars) if (_attr if (_attr := getattr((_of := l_1_item), 'checked', missing)) is not missing else environment.getattr(_of, 'checked')) else context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Task not done:', _loop_vars=_loop_vars))
                _loop_vars['task_state'] = l_1_task_state
                if t_3((undefined(name='feed_entry') if l_1_feed_entry is missing else l_1_feed_entry)):
                    pass
                    yield '<span class="task-mark" title="'
                    yield environment.escape_text(context.call((_attr if (_attr := getattr((_of := (undefined(name='task_state') if l_1_task_state is missing else l_1_task_state)), 'rstrip', missing)) is not missing else environment.getattr(_of, 'rstrip')), ': \xa0\u202f', _loop_vars=_loop_vars))
                    yield '">'
                    yield environment.escape_text(('☑' if (_attr if (_attr := getattr((_of := l_1_item), 'checked', missing)) is not missing else environment.getattr(_of, 'checked')) else '☐'))
                    yield '</span> '
                else:
                    pass
                    yield '<span class="task-mark" aria-hidden="true"></span><span class="visually-hidden"'
                    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_1_config is missing else l_1_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
                        pass
                        yield ' data-pagefind-ignore'
                    yield '>'
                    yield environment.escape_text((undefined(name='task_state') if l_1_task_state is missing else l_1_task_state))
                    yield ' </span>'
            if ((undefined(name='item_dir') if l_1_item_dir is missing else l_1_item_dir) != (undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)):
                pass
                yield '<bdi dir="'
                yield environment.escape_text((undefined(name='item_dir') if l_1_item_dir is missing else l_1_item_dir))
                yield '">'
            if (_attr if (_attr := getattr((_of := l_1_item), 'term', missing)) is not missing else environment.getattr(_of, 'term')):
                pass
                if ((_attr if (_attr := getattr((_of := l_1_item), 'separator', missing)) is not missing else environment.getattr(_of, 'separator')) == '—'):
                    pass
                    yield '<strong>'
                    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_item), 'term', missing)) is not missing else environment.getattr(_of, 'term'))))
                    yield '</strong> — '
                else:
                    pass
                    yield '<strong>'
                    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_item), 'term', missing)) is not missing else environment.getattr(_of, 'term'))))
                    yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_item), 'separator', missing)) is not missing else environment.getattr(_of, 'separator')))
                    yield '</strong>'
                    if (_attr if (_attr := getattr((_of := l_1_item), 'spaced', missing)) is not missing else environment.getattr(_of, 'spaced')):
                        pass
                        yield ' '
            yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := l_1_item), 'text', missing)) is not missing else environment.getattr(_of, 'text'))))
            if ((undefined(name='item_dir') if l_1_item_dir is missing else l_1_item_dir) != (undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)):
                pass
                yield '</bdi>'
            if (_attr if (_attr := getattr((_of := l_1_item), 'children', missing)) is not missing else environment.getattr(_of, 'children')):
                pass
                l_2_blocks = (_attr if (_attr := getattr((_of := l_1_item), 'children', missing)) is not missing else environment.getattr(_of, 'children'))
                l_2_dir = (undefined(name='list_dir') if l_0_list_dir is missing else l_0_list_dir)
                pass
                template = environment.get_template('partials/blocks.html', 'blocks/list.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'dir': l_2_dir, 'item': l_1_item, 'item_dir': l_1_item_dir, 'task_state': l_1_task_state, 'list_dir': l_0_list_dir, 'list_tag': l_0_list_tag}))
                try:
                    yield concat(gen)
                finally: gen.close()
                l_2_blocks = l_2_dir = missing
            yield '</li>\n'
        l_1_item = l_1_item_dir = l_1__ = l_1_task_state = l_1_feed_entry = l_1_config = missing
        yield '</'
        yield environment.escape_text((undefined(name='list_tag') if l_0_list_tag is missing else l_0_list_tag))
        yield '>\n'

blocks = {}
debug_info = '7=39&8=42&9=45&10=51&12=56&13=59&14=67&19=90&20=94&21=106&22=114&23=117&25=182'