from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/notes.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_briefing = resolve('briefing')
    l_0_config = resolve('config')
    l_0__ = resolve('_')
    pass
    if environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'notes'):
        pass
        yield '<section class="notes" aria-labelledby="notes-title">\n<h2 id="notes-title"'
        if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'search'):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes'))
        yield '</h2>\n<ol class="notes-list">\n'
        for l_1_note in environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'notes'):
            l_1_range = resolve('range')
            _loop_vars = {}
            pass
            yield '<li id="fn-'
            yield escape(environment.getattr(l_1_note, 'number'))
            yield '">\n'
            l_2_blocks = environment.getattr(l_1_note, 'blocks')
            pass
            template = environment.get_template('partials/blocks.html', 'partials/notes.html')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_2_blocks, 'note': l_1_note}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_2_blocks = missing
            for l_2_nth in context.call((undefined(name='range') if l_1_range is missing else l_1_range), 1, (environment.getattr(l_1_note, 'references') + 1), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '<a class="note-back"'
                if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'search'):
                    pass
                    yield ' data-pagefind-ignore'
                yield ' href="#fnref-'
                yield escape(environment.getattr(l_1_note, 'number'))
                if (l_2_nth > 1):
                    pass
                    yield '-'
                    yield escape(l_2_nth)
                yield '"><span aria-hidden="true">↩'
                if (environment.getattr(l_1_note, 'references') > 1):
                    pass
                    yield escape(l_2_nth)
                yield '</span><span class="visually-hidden">'
                yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Back to reference %(num)s', num=environment.getattr(l_1_note, 'number'), _loop_vars=_loop_vars))
                if (environment.getattr(l_1_note, 'references') > 1):
                    pass
                    yield ' ('
                    yield escape(l_2_nth)
                    yield ')'
                yield '</span></a>\n'
            l_2_nth = missing
            yield '</li>\n'
        l_1_note = l_1_range = missing
        yield '</ol>\n</section>\n'

blocks = {}
debug_info = '1=14&3=17&5=23&6=28&7=32&8=39&9=43'