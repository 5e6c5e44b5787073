from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'feed-content.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_briefing = resolve('briefing')
    l_0_dir = resolve('dir')
    l_0_lang = resolve('lang')
    l_0_meta = l_0_feed_entry = missing
    pass
    l_0_meta = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))
    context.vars['meta'] = l_0_meta
    context.exported_vars.add('meta')
    l_0_feed_entry = True
    context.vars['feed_entry'] = l_0_feed_entry
    context.exported_vars.add('feed_entry')
    if ((undefined(name='dir') if l_0_dir is missing else l_0_dir) == 'rtl'):
        pass
        yield '<div lang="'
        yield environment.escape_text((undefined(name='lang') if l_0_lang is missing else l_0_lang))
        yield '" dir="rtl">\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede')):
        pass
        l_1_blocks = (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'lede', missing)) is not missing else environment.getattr(_of, 'lede'))
        pass
        template = environment.get_template('partials/blocks.html', 'feed-content.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'blocks': l_1_blocks, 'feed_entry': l_0_feed_entry, 'meta': l_0_meta}))
        try:
            yield concat(gen)
        finally: gen.close()
        l_1_blocks = missing
    for l_1_section in (_attr if (_attr := getattr((_of := (undefined(name='briefing') if l_0_briefing is missing else l_0_briefing)), 'sections', missing)) is not missing else environment.getattr(_of, 'sections')):
        _loop_vars = {}
        pass
        template = environment.get_template('partials/section.html', 'feed-content.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section, 'feed_entry': l_0_feed_entry, 'meta': l_0_meta}))
        try:
            yield concat(gen)
        finally: gen.close()
    l_1_section = missing
    template = environment.get_template('partials/notes.html', 'feed-content.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_entry': l_0_feed_entry, 'meta': l_0_meta}))
    try:
        yield concat(gen)
    finally: gen.close()
    template = environment.get_template('partials/sources.html', 'feed-content.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'feed_entry': l_0_feed_entry, 'meta': l_0_meta}))
    try:
        yield concat(gen)
    finally: gen.close()
    if ((undefined(name='dir') if l_0_dir is missing else l_0_dir) == 'rtl'):
        pass
        yield '</div>\n'

blocks = {}
debug_info = '1=15&2=18&5=21&6=24&8=26&9=30&11=36&12=39&14=45&15=50&16=55'