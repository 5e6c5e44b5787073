from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/dates.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_entry = resolve('entry')
    l_0_updated_words = resolve('updated_words')
    l_0_updated_html = resolve('updated_html')
    l_0_config = resolve('config')
    l_0_gettext = resolve('gettext')
    l_0_reading_time = missing
    try:
        t_1 = environment.filters['human_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'human_date' found.")
    try:
        t_2 = environment.filters['iso_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'iso_date' found.")
    try:
        t_3 = environment.filters['isolate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'isolate' found.")
    try:
        t_4 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_5 = environment.filters['written_dir']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'written_dir' found.")
    pass
    yield '<time datetime="'
    yield environment.escape_text(t_2((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
    yield '">'
    yield environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'date', missing)) is not missing else environment.getattr(_of, 'date'))))
    yield '</time>'
    if (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')):
        pass
        t_6 = []
        pass
        t_6.append(
            environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Updated %(date)s', date='')),
        )
        l_0_updated_words = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
        context.vars['updated_words'] = l_0_updated_words
        context.exported_vars.add('updated_words')
        l_1_dir = resolve('dir')
        t_7 = []
        pass
        t_7.extend((
            '<time datetime="',
            environment.escape_text(t_2((_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')))),
            '"',
        ))
        if (t_5(context, (undefined(name='updated_words') if l_0_updated_words is missing else l_0_updated_words)) != (undefined(name='dir') if l_1_dir is missing else l_1_dir)):
            pass
            t_7.extend((
                ' dir="',
                environment.escape_text((undefined(name='dir') if l_1_dir is missing else l_1_dir)),
                '"',
            ))
        t_7.extend((
            '>',
            environment.escape_text(t_1(context, (_attr if (_attr := getattr((_of := (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'meta', missing)) is not missing else environment.getattr(_of, 'meta'))), 'updated', missing)) is not missing else environment.getattr(_of, 'updated')))),
            '</time>',
        ))
        l_0_updated_html = (Markup if context.eval_ctx.autoescape else identity)(concat(t_7))
        context.vars['updated_html'] = l_0_updated_html
        context.exported_vars.add('updated_html')
        l_1_dir = missing
        yield ' <span class="updated"'
        if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
            pass
            yield ' data-pagefind-ignore'
        yield '>'
        yield environment.escape_text(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Updated %(date)s', date=(undefined(name='updated_html') if l_0_updated_html is missing else l_0_updated_html)))
        yield '</span>'
    l_1_ngettext = resolve('ngettext')
    t_8 = []
    pass
    t_8.append(
        environment.escape_text(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s min read', '%(num)s min read', (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'reading_minutes', missing)) is not missing else environment.getattr(_of, 'reading_minutes')), count=(_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'reading_minutes', missing)) is not missing else environment.getattr(_of, 'reading_minutes')), num=t_4(context, (_attr if (_attr := getattr((_of := (undefined(name='entry') if l_0_entry is missing else l_0_entry)), 'reading_minutes', missing)) is not missing else environment.getattr(_of, 'reading_minutes'))))),
    )
    l_0_reading_time = (Markup if context.eval_ctx.autoescape else identity)(concat(t_8))
    context.vars['reading_time'] = l_0_reading_time
    context.exported_vars.add('reading_time')
    l_1_ngettext = missing
    yield ' <span class="reading-time"'
    if (_attr if (_attr := getattr((_of := (undefined(name='config') if l_0_config is missing else l_0_config)), 'search', missing)) is not missing else environment.getattr(_of, 'search')):
        pass
        yield ' data-pagefind-ignore'
    yield '>'
    yield environment.escape_text(t_3(context, (undefined(name='reading_time') if l_0_reading_time is missing else l_0_reading_time)))
    yield '</span>\n'

blocks = {}
debug_info = '1=48&2=52&5=57&6=67&7=87&12=97&13=104'