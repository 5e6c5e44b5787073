from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'blocks/list.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_block = resolve('block')
    l_0_list_tag = resolve('list_tag')
    try:
        t_1 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'is_term_list'):
        pass
        yield '<dl class="terms">\n'
        for l_1_item in environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'items'):
            _loop_vars = {}
            pass
            yield '<div class="term">\n<dt>'
            yield escape(t_1(context, environment.getattr(l_1_item, 'term')))
            yield '</dt>\n<dd>'
            yield escape(t_1(context, environment.getattr(l_1_item, 'text')))
            if environment.getattr(l_1_item, 'children'):
                pass
                l_2_blocks = environment.getattr(l_1_item, 'children')
                pass
                template = environment.get_template('partials/blocks.html', 'blocks/list.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'item': l_1_item, 'list_tag': l_0_list_tag}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_2_blocks = missing
            yield '</dd>\n</div>\n'
        l_1_item = missing
        yield '</dl>\n'
    else:
        pass
        l_0_list_tag = ('ol' if environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'ordered') else 'ul')
        context.vars['list_tag'] = l_0_list_tag
        context.exported_vars.add('list_tag')
        yield '<'
        yield escape((undefined(name='list_tag') if l_0_list_tag is missing else l_0_list_tag))
        if (environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'ordered') and (environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'start') != 1)):
            pass
            yield ' start="'
            yield escape(environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'start'))
            yield '"'
        yield '>\n'
        for l_1_item in environment.getattr((undefined(name='block') if l_0_block is missing else l_0_block), 'items'):
            l_1_config = resolve('config')
            l_1__ = resolve('_')
            _loop_vars = {}
            pass
            yield '<li'
            if (not t_2(environment.getattr(l_1_item, 'checked'))):
                pass
                yield ' class="task task-'
                yield escape(('done' if environment.getattr(l_1_item, 'checked') else 'open'))
                yield '"'
            yield '>'
            if (not t_2(environment.getattr(l_1_item, 'checked'))):
                pass
                yield '<span class="task-mark" aria-hidden="true"></span><span class="visually-hidden"'
                if environment.getattr((undefined(name='config') if l_1_config is missing else l_1_config), 'search'):
                    pass
                    yield ' data-pagefind-ignore'
                yield '>'
                yield escape((context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Task done:', _loop_vars=_loop_vars) if environment.getattr(l_1_item, 'checked') else context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Task not done:', _loop_vars=_loop_vars)))
                yield ' </span>'
            if environment.getattr(l_1_item, 'term'):
                pass
                if (environment.getattr(l_1_item, 'separator') == '—'):
                    pass
                    yield '<strong>'
                    yield escape(t_1(context, environment.getattr(l_1_item, 'term')))
                    yield '</strong> — '
                else:
                    pass
                    yield '<strong>'
                    yield escape(t_1(context, environment.getattr(l_1_item, 'term')))
                    yield escape(environment.getattr(l_1_item, 'separator'))
                    yield '</strong>'
                    if environment.getattr(l_1_item, 'spaced'):
                        pass
                        yield ' '
            yield escape(t_1(context, environment.getattr(l_1_item, 'text')))
            if environment.getattr(l_1_item, 'children'):
                pass
                l_2_blocks = environment.getattr(l_1_item, 'children')
                pass
                template = environment.get_template('partials/blocks.html', 'blocks/list.html')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'item': l_1_item, 'list_tag': l_0_list_tag}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_2_blocks = missing
            yield '</li>\n'
        l_1_item = l_1_config = l_1__ = missing
        yield '</'
        yield escape((undefined(name='list_tag') if l_0_list_tag is missing else l_0_list_tag))
        yield '>\n'

blocks = {}
debug_info = '1=25&3=28&5=32&6=34&11=51&12=55&13=62&14=68&16=114'