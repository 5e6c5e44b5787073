from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/header.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_url = resolve('url')
    l_0_lang_dir = resolve('lang_dir')
    l_0_config = resolve('config')
    l_0__ = resolve('_')
    l_0_page_path = resolve('page_path')
    l_0_TAGS_PATH = resolve('TAGS_PATH')
    l_0_FEED_PAGE_PATH = resolve('FEED_PAGE_PATH')
    l_0_SEARCH_PAGE_PATH = resolve('SEARCH_PAGE_PATH')
    try:
        t_1 = environment.filters['inline_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_dir' found.")
    pass
    yield '<header class="masthead">\n<div class="masthead-inner">\n<a class="site-title" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir)))
    yield '"'
    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
    yield '>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '</a>\n<nav class="site-nav" aria-label="'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Site'))
    yield '">\n<ul>\n<li><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir)))
    yield '"'
    if ((undefined(name='page_path') if l_0_page_path is missing else l_0_page_path) == (undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir)):
        pass
        yield ' aria-current="page"'
    yield '>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Briefings'))
    yield '</a></li>\n<li><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), ))))
    yield '"'
    if ((undefined(name='page_path') if l_0_page_path is missing else l_0_page_path) == markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), ))):
        pass
        yield ' aria-current="page"'
    yield '>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics'))
    yield '</a></li>\n<li><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='FEED_PAGE_PATH') if l_0_FEED_PAGE_PATH is missing else l_0_FEED_PAGE_PATH), ))))
    yield '"'
    if ((undefined(name='page_path') if l_0_page_path is missing else l_0_page_path) == markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='FEED_PAGE_PATH') if l_0_FEED_PAGE_PATH is missing else l_0_FEED_PAGE_PATH), ))):
        pass
        yield ' aria-current="page"'
    yield '>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Feed'))
    yield '</a></li>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
        pass
        yield '<li><a href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='SEARCH_PAGE_PATH') if l_0_SEARCH_PAGE_PATH is missing else l_0_SEARCH_PAGE_PATH), ))))
        yield '"'
        if ((undefined(name='page_path') if l_0_page_path is missing else l_0_page_path) == markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='SEARCH_PAGE_PATH') if l_0_SEARCH_PAGE_PATH is missing else l_0_SEARCH_PAGE_PATH), ))):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search'))
        yield '</a></li>\n'
    yield '</ul>\n</nav>\n</div>\n</header>\n'

blocks = {}
debug_info = '3=26&4=32&6=34&7=42&8=50&9=58&10=61'