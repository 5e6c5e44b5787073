from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/languages.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_alternates = resolve('alternates')
    l_0_config = resolve('config')
    l_0_briefing = resolve('briefing')
    l_0__ = resolve('_')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    if (undefined(name='alternates') if l_0_alternates is missing else l_0_alternates):
        pass
        yield '<nav class="languages"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield ' aria-label="'
        yield environment.escape_text((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'This briefing in other languages') if t_1((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)) else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Language')))
        yield '">\n<span class="languages-label">'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Read in'))
        yield '</span>\n<ul>\n'
        for (l_1_version_lang, l_1_version_path) in (undefined(name='alternates') if l_0_alternates is missing else l_0_alternates):
            l_1_lang = resolve('lang')
            l_1_language_name = resolve('language_name')
            l_1_url = resolve('url')
            l_1_text_direction = resolve('text_direction')
            l_1_dir = resolve('dir')
            _loop_vars = {}
            pass
            yield '<li>'
            if (l_1_version_lang == (undefined(name='lang') if l_1_lang is missing else l_1_lang)):
                pass
                yield '<span aria-current="page" lang="'
                yield environment.escape_text(l_1_version_lang)
                yield '">'
                yield environment.escape_text(context.call((undefined(name='language_name') if l_1_language_name is missing else l_1_language_name), l_1_version_lang, _loop_vars=_loop_vars))
                yield '</span>'
            else:
                pass
                yield '<a href="'
                yield environment.escape_text(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_version_path, _loop_vars=_loop_vars))
                yield '" hreflang="'
                yield environment.escape_text(l_1_version_lang)
                yield '" lang="'
                yield environment.escape_text(l_1_version_lang)
                yield '"'
                if (context.call((undefined(name='text_direction') if l_1_text_direction is missing else l_1_text_direction), l_1_version_lang, _loop_vars=_loop_vars) != (undefined(name='dir') if l_1_dir is missing else l_1_dir)):
                    pass
                    yield ' dir="'
                    yield environment.escape_text(context.call((undefined(name='text_direction') if l_1_text_direction is missing else l_1_text_direction), l_1_version_lang, _loop_vars=_loop_vars))
                    yield '"'
                yield '>'
                yield environment.escape_text(context.call((undefined(name='language_name') if l_1_language_name is missing else l_1_language_name), l_1_version_lang, _loop_vars=_loop_vars))
                yield '</a>'
            yield '</li>\n'
        l_1_version_lang = l_1_version_path = l_1_lang = l_1_language_name = l_1_url = l_1_text_direction = l_1_dir = missing
        yield '</ul>\n</nav>\n'

blocks = {}
debug_info = '1=21&2=24&3=30&5=32&6=41'