from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'feed.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_abs_url = resolve('abs_url')
    l_0_feed_page = resolve('feed_page')
    l_0_config = resolve('config')
    l_0_tag = resolve('tag')
    l_0_updated = resolve('updated')
    l_0_page_path = resolve('page_path')
    l_0_entries = resolve('entries')
    try:
        t_1 = environment.filters['forceescape']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'forceescape' found.")
    try:
        t_2 = environment.filters['html_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'html_text' found.")
    try:
        t_3 = environment.filters['human_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'human_date' found.")
    try:
        t_4 = environment.filters['rfc3339']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rfc3339' found.")
    try:
        t_5 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_6 = environment.filters['tag_slug']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'tag_slug' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="'
    yield environment.escape_text((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '">\n<id>'
    yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), (undefined(name='feed_page') if l_0_feed_page is missing else l_0_feed_page)))
    yield '</id>\n<title>'
    yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
    if (undefined(name='tag') if l_0_tag is missing else l_0_tag):
        pass
        yield ' · '
        yield environment.escape_text((undefined(name='tag') if l_0_tag is missing else l_0_tag))
    yield '</title>\n'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')):
        pass
        yield '<subtitle>'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'description', missing)) is not missing else environment.getattr(_of, 'description')))
        yield '</subtitle>\n'
    yield '<updated>'
    yield environment.escape_text((t_4((undefined(name='updated') if l_0_updated is missing else l_0_updated)) if (undefined(name='updated') if l_0_updated is missing else l_0_updated) else '1970-01-01T00:00:00Z'))
    yield '</updated>\n<link rel="self" type="application/atom+xml" href="'
    yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), (undefined(name='page_path') if l_0_page_path is missing else l_0_page_path)))
    yield '"/>\n<link rel="alternate" type="text/html" href="'
    yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), (undefined(name='feed_page') if l_0_feed_page is missing else l_0_feed_page)))
    yield '"/>\n<author><name>'
    yield environment.escape_text(((_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'author', missing)) is not missing else environment.getattr(_of, 'author')) or (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'title', missing)) is not missing else environment.getattr(_of, 'title'))))
    yield '</name></author>\n<generator>briefgen</generator>\n'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        l_1_briefing_path = resolve('briefing_path')
        l_1__ = resolve('_')
        l_1_updated_label = resolve('updated_label')
        l_1_update_html = resolve('update_html')
        l_1_latest = missing
        _loop_vars = {}
        pass
        yield '<entry>\n<id>'
        yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '</id>\n<title>'
        yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'title', missing)) is not missing else environment.getattr(_of, 'title')))
        yield '</title>\n<updated>'
        yield environment.escape_text(t_4((_attr if (_attr := getattr((_of := l_1_entry), 'last_modified', missing)) is not missing else environment.getattr(_of, 'last_modified'))))
        yield '</updated>\n<published>'
        yield environment.escape_text(t_4((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
        yield '</published>\n<link rel="alternate" type="text/html" href="'
        yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '"/>\n'
        for l_2_author in (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'authors', missing)) is not missing else environment.getattr(_of, 'authors')):
            _loop_vars = {}
            pass
            yield '<author><name>'
            yield environment.escape_text(l_2_author)
            yield '</name></author>\n'
        l_2_author = missing
        l_1_latest = (environment.getitem((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'updates', missing)) is not missing else environment.getattr(_of, 'updates')), 0) if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'updates', missing)) is not missing else environment.getattr(_of, 'updates')) else None)
        _loop_vars['latest'] = l_1_latest
        if (undefined(name='latest') if l_1_latest is missing else l_1_latest):
            pass
            l_1_updated_label = context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Updated %(date)s:', date=t_3(context, (_attr if (_attr := getattr((_of := (undefined(name='latest') if l_1_latest is missing else l_1_latest)), 'date', missing)) is not missing else environment.getattr(_of, 'date'))), _loop_vars=_loop_vars)
            _loop_vars['updated_label'] = l_1_updated_label
            yield '<summary>'
            yield environment.escape_text((undefined(name='updated_label') if l_1_updated_label is missing else l_1_updated_label))
            yield ' '
            yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='latest') if l_1_latest is missing else l_1_latest)), 'text', missing)) is not missing else environment.getattr(_of, 'text'))), 'text', missing)) is not missing else environment.getattr(_of, 'text')))
            if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
                pass
                yield ' — '
                yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
            yield '</summary>\n'
            t_7 = []
            pass
            t_7.extend((
                '<p><strong>',
                environment.escape_text((undefined(name='updated_label') if l_1_updated_label is missing else l_1_updated_label)),
                '</strong> ',
                environment.escape_text(t_5(context, (_attr if (_attr := getattr((_of := (undefined(name='latest') if l_1_latest is missing else l_1_latest)), 'text', missing)) is not missing else environment.getattr(_of, 'text')))),
                '</p>',
            ))
            l_1_update_html = (Markup if context.eval_ctx.autoescape else identity)(concat(t_7))
            _loop_vars['update_html'] = l_1_update_html
            yield '<content type="html" xml:base="'
            yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '">'
            yield environment.escape_text(t_1((undefined(name='update_html') if l_1_update_html is missing else l_1_update_html)))
            if (_attr if (_attr := getattr((_of := l_1_entry), 'feed_html', missing)) is not missing else environment.getattr(_of, 'feed_html')):
                pass
                yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_entry), 'feed_html', missing)) is not missing else environment.getattr(_of, 'feed_html')))
            elif (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
                pass
                yield environment.escape_text(markup_join(('<p>', t_2((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary'))), '</p>', )))
            yield '</content>\n'
        else:
            pass
            if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')):
                pass
                yield '<summary>'
                yield environment.escape_text((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'summary', missing)) is not missing else environment.getattr(_of, 'summary')))
                yield '</summary>\n'
            if (_attr if (_attr := getattr((_of := l_1_entry), 'feed_html', missing)) is not missing else environment.getattr(_of, 'feed_html')):
                pass
                yield '<content type="html" xml:base="'
                yield environment.escape_text(context.call((undefined(name='abs_url') if l_0_abs_url is missing else l_0_abs_url), context.call((undefined(name='briefing_path') if l_1_briefing_path is missing else l_1_briefing_path), (_attr if (_attr := getattr((_of := l_1_entry), 'slug', missing)) is not missing else environment.getattr(_of, 'slug')), (_attr if (_attr := getattr((_of := l_1_entry), 'lang_dir', missing)) is not missing else environment.getattr(_of, 'lang_dir')), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
                yield '">'
                yield environment.escape_text((_attr if (_attr := getattr((_of := l_1_entry), 'feed_html', missing)) is not missing else environment.getattr(_of, 'feed_html')))
                yield '</content>\n'
        for l_2_tag in (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := l_1_entry), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'tags', missing)) is not missing else environment.getattr(_of, 'tags')):
            _loop_vars = {}
            pass
            yield '<category term="'
            yield environment.escape_text(t_6(l_2_tag))
            yield '" label="'
            yield environment.escape_text(l_2_tag)
            yield '"/>\n'
        l_2_tag = missing
        yield '</entry>\n'
    l_1_entry = l_1_briefing_path = l_1_latest = l_1__ = l_1_updated_label = l_1_update_html = missing
    yield '</feed>\n'

blocks = {}
debug_info = '2=56&3=58&4=60&5=66&6=69&8=72&9=74&10=76&11=78&13=80&15=89&16=91&17=93&18=95&19=97&20=99&21=103&23=106&24=108&25=110&26=113&28=125&30=133&32=145&33=148&35=150&36=153&39=157&40=161'