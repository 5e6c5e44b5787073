from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/tags.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entry = resolve('entry')
    l_0__ = resolve('_')
    try:
        t_1 = environment.filters['inline_dir']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_dir' found.")
    pass
    if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
        pass
        yield '<ul class="tags" aria-label="'
        yield environment.escape_text(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics'))
        yield '">\n'
        for l_1_tag in (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
            l_1_url = resolve('url')
            l_1_tag_path = resolve('tag_path')
            l_1_lang_dir = resolve('lang_dir')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield environment.escape_text(context.call((undefined(name='url') if l_1_url is missing else l_1_url), context.call((undefined(name='tag_path') if l_1_tag_path is missing else l_1_tag_path), l_1_tag, (undefined(name='lang_dir') if l_1_lang_dir is missing else l_1_lang_dir), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '" rel="tag"'
            yield environment.escape_text(t_1(context, l_1_tag))
            yield '>'
            yield environment.escape_text(l_1_tag)
            yield '</a></li>\n'
        l_1_tag = l_1_url = l_1_tag_path = l_1_lang_dir = missing
        yield '</ul>\n'

blocks = {}
debug_info = '1=19&2=22&3=24&4=31'