from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/footer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_url = resolve('url')
    l_0_lang_dir = resolve('lang_dir')
    l_0_FEED_PATH = resolve('FEED_PATH')
    l_0__ = resolve('_')
    l_0_config = resolve('config')
    pass
    yield '<footer class="site-footer">\n'
    yield from context.blocks['footer_note'][0](context)
    yield '<ul class="footer-links">\n<li><a href="'
    yield environment.escape_text(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='FEED_PATH') if l_0_FEED_PATH is missing else l_0_FEED_PATH), ))))
    yield '" type="application/atom+xml">'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Atom feed'))
    yield '</a></li>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'source_url', missing)) is not missing else environment.getattr(_of, 'source_url')):
        pass
        yield '<li><a href="'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'source_url', missing)) is not missing else environment.getattr(_of, 'source_url')))
        yield '">'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Source'))
        yield '</a></li>\n'
    yield '<li>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Built with briefgen'))
    yield '</li>\n</ul>\n</footer>\n'

def block_footer_note(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'footer_note': block_footer_note}
debug_info = '2=17&4=19&5=23&6=26&8=31&2=34'