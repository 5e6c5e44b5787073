from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'feed.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'feed.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

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
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Feeds', _block_vars=_block_vars))
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
    yield 'page page-feed'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_lang_dir = resolve('lang_dir')
    l_0_FEED_PATH = resolve('FEED_PATH')
    l_0_tag_feeds = resolve('tag_feeds')
    try:
        t_1 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    pass
    yield '<header class="page-header">\n<h1>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Feeds', _block_vars=_block_vars))
    yield '</h1>\n'
    template = environment.get_template('partials/languages.html', 'feed.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</header>\n<div class="prose">\n<h2>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What is a feed?', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'A feed tells a feed reader when a new briefing is published, so you need not come back to check. Copy a feed’s address into your reader (for example Thunderbird, NetNewsWire, Feedly or Inoreader) and new briefings will appear there.', _block_vars=_block_vars))
    yield '</p>\n<p><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='FEED_PATH') if l_0_FEED_PATH is missing else l_0_FEED_PATH), )), _block_vars=_block_vars))
    yield '" type="application/atom+xml">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Subscribe to the feed', _block_vars=_block_vars))
    yield '</a></p>\n'
    if (undefined(name='tag_feeds') if l_0_tag_feeds is missing else l_0_tag_feeds):
        pass
        yield '<h2>'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Feeds by topic', _block_vars=_block_vars))
        yield '</h2>\n<ul class="feed-list">\n'
        for (l_1_tag, l_1_path) in (undefined(name='tag_feeds') if l_0_tag_feeds is missing else l_0_tag_feeds):
            l_1_gettext = resolve('gettext')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_path, _loop_vars=_loop_vars))
            yield '" type="application/atom+xml">'
            yield environment.escape_text(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Feed for %(tag)s', tag=t_1(context, l_1_tag), _loop_vars=_loop_vars))
            yield '</a></li>\n'
        l_1_tag = l_1_path = l_1_gettext = missing
        yield '</ul>\n'
    yield '</div>\n'

blocks = {'title': block_title, 'body_class': block_body_class, 'main': block_main}
debug_info = '1=12&2=17&3=31&4=41&6=61&7=63&10=69&11=71&12=73&13=77&14=80&16=82&17=87'