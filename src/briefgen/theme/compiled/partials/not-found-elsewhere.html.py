from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/not-found-elsewhere.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_text_dir = resolve('text_dir')
    l_0_dir = resolve('dir')
    l_0__ = resolve('_')
    pass
    yield '<section class="not-found-elsewhere" lang="'
    yield environment.escape_text((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '"'
    if ((undefined(name='text_dir') if l_0_text_dir is missing else l_0_text_dir) != (undefined(name='dir') if l_0_dir is missing else l_0_dir)):
        pass
        yield ' dir="'
        yield environment.escape_text((undefined(name='text_dir') if l_0_text_dir is missing else l_0_text_dir))
        yield '"'
    yield '>\n<h2>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Page not found'))
    yield '</h2>\n'
    template = environment.get_template('partials/not-found.html', 'partials/not-found-elsewhere.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</section>\n'

blocks = {}
debug_info = '3=16&4=24&5=26'