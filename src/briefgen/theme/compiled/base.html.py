from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_dir = resolve('dir')
    l_0_config = resolve('config')
    l_0_canonical_url = resolve('canonical_url')
    l_0_url = resolve('url')
    l_0_STYLESHEET_PATH = resolve('STYLESHEET_PATH')
    l_0_briefing = resolve('briefing')
    l_0_BRIEFING_STYLESHEET_PATH = resolve('BRIEFING_STYLESHEET_PATH')
    l_0_ICON_PATH = resolve('ICON_PATH')
    l_0_lang_dir = resolve('lang_dir')
    l_0_FEED_PATH = resolve('FEED_PATH')
    l_0_alternates = resolve('alternates')
    l_0_abs_url = resolve('abs_url')
    l_0__ = resolve('_')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!doctype html>\n<html lang="'
    yield environment.escape_text((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '"'
    if ((undefined(name='dir') if l_0_dir is missing else l_0_dir) == 'rtl'):
        pass
        yield ' dir="rtl"'
    yield '>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    yield from context.blocks['robots'][0](context)
    yield '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    yield from context.blocks['csp_scripts'][0](context)
    yield "style-src 'self'; img-src 'self' data:"
    for l_1_host in (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'image_hosts', missing)) is not missing else environment.getattr(_of, 'image_hosts')):
        _loop_vars = {}
        pass
        yield ' https://'
        yield environment.escape_text(l_1_host)
    l_1_host = missing
    yield '; connect-src \'self\'; base-uri \'none\'; form-action \'none\'">\n<title>'
    yield from context.blocks['title'][0](context)
    yield '</title>\n<meta name="description" content="'
    yield from context.blocks['description'][0](context)
    yield '">\n'
    if (undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url):
        pass
        yield '<link rel="canonical" href="'
        yield environment.escape_text((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
        yield '">\n'
    yield '<link rel="stylesheet" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='STYLESHEET_PATH') if l_0_STYLESHEET_PATH is missing else l_0_STYLESHEET_PATH)))
    yield '">\n'
    if t_1((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)):
        pass
        yield '<link rel="stylesheet" href="'
        yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='BRIEFING_STYLESHEET_PATH') if l_0_BRIEFING_STYLESHEET_PATH is missing else l_0_BRIEFING_STYLESHEET_PATH)))
        yield '">\n'
    yield '<link rel="icon" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='ICON_PATH') if l_0_ICON_PATH is missing else l_0_ICON_PATH)))
    yield '" type="image/svg+xml">\n<link rel="alternate" type="application/atom+xml" title="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '" href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='FEED_PATH') if l_0_FEED_PATH is missing else l_0_FEED_PATH), ))))
    yield '">\n'
    for (l_1_version_lang, l_1_version_path) in (undefined(name='alternates') if l_0_alternates is missing else l_0_alternates):
        _loop_vars = {}
        pass
        yield '<link rel="alternate" hreflang="'
        yield environment.escape_text(l_1_version_lang)
        yield '" href="'
        yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), l_1_version_path, _loop_vars=_loop_vars))
        yield '">\n'
    l_1_version_lang = l_1_version_path = missing
    if (undefined(name='alternates') if l_0_alternates is missing else l_0_alternates):
        pass
        yield '<link rel="alternate" hreflang="x-default" href="'
        yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), environment.getitem(environment.getitem((undefined(name='alternates') if l_0_alternates is missing else l_0_alternates), 0), 1)))
        yield '">\n'
    yield from context.blocks['head'][0](context)
    yield from context.blocks['social'][0](context)
    yield '</head>\n<body class="'
    yield from context.blocks['body_class'][0](context)
    yield '">\n<a class="skip-link" href="#main">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Skip to content'))
    yield '</a>\n'
    template = environment.get_template('partials/header.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '<main id="main" tabindex="-1">\n'
    yield from context.blocks['main'][0](context)
    yield '</main>\n'
    template = environment.get_template('partials/footer.html', 'base.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        yield concat(gen)
    finally: gen.close()
    yield '</body>\n</html>\n'

def block_robots(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_csp_scripts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    pass
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_gettext = resolve('gettext')
    pass
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')):
        pass
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')))
    else:
        pass
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Briefings published by %(title)s.', title=(_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')), _block_vars=_block_vars))

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_social(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    l_0_config = resolve('config')
    l_0_canonical_url = resolve('canonical_url')
    pass
    yield '<meta property="og:site_name" content="'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    yield '">\n<meta property="og:type" content="website">\n<meta property="og:title" content="'
    yield environment.escape_text(context.call((_attr if (_attr := getattr((_of := l_0_self), 'title', missing)) is not missing else environment.getattr(_of, 'title')), _block_vars=_block_vars))
    yield '">\n<meta property="og:description" content="'
    yield environment.escape_text(context.call((_attr if (_attr := getattr((_of := l_0_self), 'description', missing)) is not missing else environment.getattr(_of, 'description')), _block_vars=_block_vars))
    yield '">\n'
    if (undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url):
        pass
        yield '<meta property="og:url" content="'
        yield environment.escape_text((undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url))
        yield '">\n'
    yield '<meta name="twitter:card" content="summary">\n'

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'robots': block_robots, 'csp_scripts': block_csp_scripts, 'title': block_title, 'description': block_description, 'head': block_head, 'social': block_social, 'body_class': block_body_class, 'main': block_main}
debug_info = '2=32&6=38&7=40&8=49&10=51&11=53&12=56&14=59&15=61&16=64&18=67&19=69&20=73&21=77&23=82&24=85&26=87&27=88&38=90&39=92&40=94&42=100&44=102&6=109&7=118&8=127&10=138&26=155&27=164&28=176&30=178&31=180&32=182&33=185&38=189&42=199'