from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tag.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'tag.html')
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
    l_0_gettext = resolve('gettext')
    l_0_tag = resolve('tag')
    l_0_pager = resolve('pager')
    l_0_config = resolve('config')
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Topic: %(tag)s', tag=(undefined(name='tag') if l_0_tag is missing else l_0_tag), _block_vars=_block_vars))
    if ((_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number')) > 1):
        pass
        yield ' · '
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Page %(num)s of %(total)s', num=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'number', missing)) is not missing else environment.getattr(_of, 'number'))), total=t_1(context, (_attr if (_attr := getattr((_of := (undefined(name='pager') if l_0_pager is missing else l_0_pager)), 'count', missing)) is not missing else environment.getattr(_of, 'count'))), _block_vars=_block_vars))
    yield ' · '
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_gettext = resolve('gettext')
    l_0_tag = resolve('tag')
    pass
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Briefings on %(tag)s.', tag=(undefined(name='tag') if l_0_tag is missing else l_0_tag), _block_vars=_block_vars))

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page page-tag'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_tag = resolve('tag')
    l_0_url = resolve('url')
    l_0_tag_feed = resolve('tag_feed')
    pass
    yield '<link rel="alternate" type="application/atom+xml" title="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield ' · '
    yield environment.escape_text((undefined(name='tag') if l_0_tag is missing else l_0_tag))
    yield '" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='tag_feed') if l_0_tag_feed is missing else l_0_tag_feed), _block_vars=_block_vars))
    yield '">\n'
    template = environment.get_template('partials/pagination-head.html', 'tag.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_url = resolve('url')
    l_0_lang_dir = resolve('lang_dir')
    l_0_TAGS_PATH = resolve('TAGS_PATH')
    l_0__ = resolve('_')
    l_0_tag = resolve('tag')
    l_0_ngettext = resolve('ngettext')
    l_0_total = resolve('total')
    l_0_tag_feed = resolve('tag_feed')
    l_0_gettext = resolve('gettext')
    try:
        t_2 = environment.filters['block_dir']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'block_dir' found.")
    try:
        t_3 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    yield '<header class="page-header">\n<p class="kicker"><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), )), _block_vars=_block_vars))
    yield '">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics', _block_vars=_block_vars))
    yield '</a></p>\n<h1'
    yield environment.escape_text(t_2(context, (undefined(name='tag') if l_0_tag is missing else l_0_tag)))
    yield '>'
    yield environment.escape_text((undefined(name='tag') if l_0_tag is missing else l_0_tag))
    yield '</h1>\n<p class="dek">'
    yield environment.escape_text(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)s briefing', '%(num)s briefings', (undefined(name='total') if l_0_total is missing else l_0_total), count=(undefined(name='total') if l_0_total is missing else l_0_total), num=t_1(context, (undefined(name='total') if l_0_total is missing else l_0_total)), _block_vars=_block_vars))
    yield '</p>\n</header>\n'
    template = environment.get_template('partials/entries.html', 'tag.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    template = environment.get_template('partials/pagination.html', 'tag.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '<p class="data-link"><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='tag_feed') if l_0_tag_feed is missing else l_0_tag_feed), _block_vars=_block_vars))
    yield '" type="application/atom+xml">'
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Feed for %(tag)s', tag=t_3(context, (undefined(name='tag') if l_0_tag is missing else l_0_tag)), _block_vars=_block_vars))
    yield '</a></p>\n'

blocks = {'title': block_title, 'description': block_description, 'body_class': block_body_class, 'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=43&4=55&5=65&6=78&7=84&9=90&11=126&12=130&13=134&15=136&16=141&17=147'