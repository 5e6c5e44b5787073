from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/not-found.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_lang_dir = resolve('lang_dir')
    l_0_gettext = resolve('gettext')
    l_0_TAGS_PATH = resolve('TAGS_PATH')
    l_0__trans = missing
    pass
    yield '<p>'
    yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'There is no page at this address. It may have moved, or the link may be mistyped.'))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir))
    context.vars['_trans'] = l_0__trans
    yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<a href="%(home)s">See all briefings</a> or <a href="%(topics)s">browse by topic</a>.', home=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), topics=context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(((undefined(name='lang_dir') if l_0_lang_dir is missing else l_0_lang_dir), (undefined(name='TAGS_PATH') if l_0_TAGS_PATH is missing else l_0_TAGS_PATH), )))))
    yield '</p>\n'

blocks = {}
debug_info = '1=18&2=22'