from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'search.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'search.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_csp_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield "script-src 'self' 'wasm-unsafe-eval'; "

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_config = resolve('config')
    pass
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search', _block_vars=_block_vars))
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-search'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_url = resolve('url')
    l_0_SEARCH_STYLESHEET_PATH = resolve('SEARCH_STYLESHEET_PATH')
    l_0_SEARCH_SCRIPT_PATH = resolve('SEARCH_SCRIPT_PATH')
    pass
    yield '<link rel="stylesheet" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='SEARCH_STYLESHEET_PATH') if l_0_SEARCH_STYLESHEET_PATH is missing else l_0_SEARCH_STYLESHEET_PATH), _block_vars=_block_vars))
    yield '">\n<script type="module" src="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='SEARCH_SCRIPT_PATH') if l_0_SEARCH_SCRIPT_PATH is missing else l_0_SEARCH_SCRIPT_PATH), _block_vars=_block_vars))
    yield '"></script>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_SEARCH_BUNDLE_PATH = resolve('SEARCH_BUNDLE_PATH')
    l_0_lang_dir = resolve('lang_dir')
    l_0_TAGS_PATH = resolve('TAGS_PATH')
    l_0_plural_forms = resolve('plural_forms')
    l_0_matches = l_0_plural = missing
    pass
    yield '<header class="page-header">\n<h1>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search', _block_vars=_block_vars))
    yield '</h1>\n'
    template = environment.get_template('partials/languages.html', 'search.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'matches': l_0_matches, 'plural': l_0_plural}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</header>\n<form class="search-form" role="search" aria-label="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search briefings', _block_vars=_block_vars))
    yield '" data-bundle="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='SEARCH_BUNDLE_PATH') if l_0_SEARCH_BUNDLE_PATH is missing else l_0_SEARCH_BUNDLE_PATH), _block_vars=_block_vars))
    yield '">\n<label for="search-query">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search briefings', _block_vars=_block_vars))
    yield '</label>\n<p class="search-hint" id="search-hint">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Type a word or a phrase; the results appear as you type.', _block_vars=_block_vars))
    yield '</p>\n<div class="search-row">\n<input id="search-query" name="q" type="search" autocomplete="off" aria-describedby="search-hint">\n<button type="submit">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search', _block_vars=_block_vars))
    yield '</button>\n</div>\n</form>\n<noscript>\n<p class="search-noscript">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search needs JavaScript, which is turned off or blocked in this browser. Every briefing is listed on the home page and by topic.', _block_vars=_block_vars))
    yield ' <a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), _block_vars=_block_vars))
    yield '">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Briefings', _block_vars=_block_vars))
    yield '</a> · <a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), )), _block_vars=_block_vars))
    yield '">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics', _block_vars=_block_vars))
    yield '</a></p>\n</noscript>\n'
    def macro(l_1_n):
        t_1 = []
        l_1_ngettext = resolve('ngettext')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_1.append(
            environment.escape_text(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(count)s briefing matches “%(query)s”.', '%(count)s briefings match “%(query)s”.', l_1_n, count='%(count)s', query='%(query)s')),
        )
        return concat(t_1)
    l_0_matches = Macro(environment, macro, 'matches', ('n',), False, False, False, context.eval_ctx.autoescape)
    l_0_plural = context.call((undefined(name='plural_forms') if l_0_plural_forms is missing else l_0_plural_forms), (undefined(name='matches') if l_0_matches is missing else l_0_matches), _block_vars=_block_vars)
    _block_vars['plural'] = l_0_plural
    yield '<p class="search-status" role="status" data-searching="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Searching…', _block_vars=_block_vars))
    yield '" data-none="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No briefing matches “%(query)s”.', query='%(query)s', _block_vars=_block_vars))
    yield '"'
    l_1_loop = missing
    for l_1_form, l_1_loop in LoopContext((_attr if (_attr := getattr((_of := (undefined(name='plural') if l_0_plural is missing else l_0_plural)), 'forms', missing)) is not missing else environment.getattr(_of, 'forms')), undefined):
        _loop_vars = {}
        pass
        yield ' data-form'
        yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_loop), 'index0', missing)) is not missing else environment.getattr(_of, 'index0')))
        yield '="'
        yield environment.escape_text(l_1_form)
        yield '"'
    l_1_loop = l_1_form = missing
    yield ' data-plural="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='plural') if l_0_plural is missing else l_0_plural)), 'table', missing)) is not missing else environment.getattr(_of, 'table')))
    yield '" data-failed="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search is not available: its index did not load.', _block_vars=_block_vars))
    yield '"></p>\n<ol class="search-results"></ol>\n'

blocks = {'csp_scripts': block_csp_scripts, 'title': block_title, 'body_class': block_body_class, 'head': block_head, 'main': block_main}
debug_info = '1=12&4=17&5=27&6=41&7=51&8=63&9=65&11=68&13=84&14=86&16=92&17=96&18=98&21=100&25=102&29=112&30=123&31=126'