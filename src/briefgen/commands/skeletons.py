"""The skeletons `briefgen new` writes, one per language it has words for, and the placeholder
text `check` finds left in any of them.

A translation is written from a skeleton in its own language, so a Spanish briefing starts
with Spanish placeholders, headings and examples. Every language's skeleton has the same
lines in the same places (the README names lines 4, 10, 14, 15, 16, 20 and 24 as the
placeholders): a skeleton is only its words, and `render_skeleton` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.content.writer import plain_text, yaml_text
from briefgen.diagnostics import SourcePos, warning
from briefgen.site.catalogfiles import primary

if TYPE_CHECKING:
    import datetime as dt

    from briefgen.diagnostics import Diagnostic

_NBSP = "\u00a0"
"""French typography's space before `:` and `;`, as the theme's French catalog writes it."""


@dataclass(frozen=True, slots=True)
class Skeleton:
    """The words of one language's skeleton; placeholders are whole, distinctive sentences,
    so `check` never takes a finished briefing's prose for one."""

    summary: str
    """The front matter's summary placeholder, on one line."""
    draft_comment: str
    """The YAML comment above `draft: true`, saying how to publish."""
    lede: str
    """The lede's placeholder paragraph."""
    key_points: str
    """The first section's heading."""
    points: tuple[tuple[str, str], ...]
    """The term bullets: each bold term, its colon included, and its placeholder sentence."""
    figures: str
    """The second section's heading."""
    table_keyword: str
    """The caption line's keyword in this language (`Tabla:`), which every briefing reads."""
    caption: str
    """The table caption's placeholder."""
    header: tuple[str, str, str]
    """The table's column labels."""
    row: tuple[str, str, str]
    """The table's one row of placeholders."""
    examples: str
    """The HTML comment (not shown on the page) of a footnote, a figure and a callout."""

    def placeholders(self) -> tuple[str, ...]:
        """Return the text of each placeholder line, as a finished briefing never holds it."""
        sentences = (self.summary, self.lede, *(text for _, text in self.points), self.caption)
        return (*sentences, _table_row(self.row))


ENGLISH = Skeleton(
    summary="Replace this with one or two sentences saying what happened and why it matters; "
    "it is shown on the index, in the feed and in link previews.",
    draft_comment="# A draft is built only with --drafts. Replace the placeholder text, "
    "then delete the next line.",
    lede="Replace this lede with the news in one paragraph: who did what, when, and what it "
    "changes.",
    key_points="Key points",
    points=(
        ("What happened:", "Replace with the decision, visit or announcement, in one sentence."),
        ("Why it matters:", "Replace with the consequence for the reader's policy area."),
        ("What comes next:", "Replace with the next date, vote or deadline to watch."),
    ),
    figures="Figures",
    table_keyword="Table:",
    caption="Replace with a caption that says what the table shows",
    header=("Measure", "Value", "Source"),
    row=("Replace with a measure", "0", "Replace with the source"),
    examples="""\
<!--
More you can write; this comment is not shown. Copy what you need out of it.

A footnote gives a claim its source, listed under "Notes" at the end:

    Remittances rose again in 2025.[^bank]

    [^bank]: Banco de México, remittance statistics, accessed 2026-01-10.

A figure is an image alone in its paragraph, written relative to this file, with alt
text saying what it shows; the quoted title becomes its caption:

    ![Bar chart of remittances by year](img/remittances.png "Remittances, 2020-2026")

A callout is a labelled box (NOTE, TIP, IMPORTANT, WARNING or CAUTION):

    > [!NOTE]
    > What to watch: the date of the next meeting.
-->
""",
)

SPANISH = Skeleton(
    summary="Sustituya este texto por una o dos frases que digan qué ocurrió y por qué importa; "
    "se muestra en la página de inicio, en el canal y en las vistas previas de los enlaces.",
    draft_comment="# Un borrador solo se genera con --drafts. Sustituya el texto provisional "
    "y después borre la línea siguiente.",
    lede="Sustituya esta entradilla por la noticia en un párrafo: quién hizo qué, cuándo y qué "
    "cambia.",
    key_points="Puntos clave",
    points=(
        ("Qué ocurrió:", "Sustituya por la decisión, la visita o el anuncio, en una frase."),
        ("Por qué importa:", "Sustituya por lo que supone para el ámbito político del lector."),
        (
            "Qué viene después:",
            "Sustituya por la próxima fecha, votación o plazo que conviene seguir.",
        ),
    ),
    figures="Cifras",
    table_keyword="Tabla:",
    caption="Sustituya por un título que diga qué muestra la tabla",
    header=("Indicador", "Valor", "Fuente"),
    row=("Sustituya por un indicador", "0", "Sustituya por la fuente"),
    examples="""\
<!--
Más cosas que puede escribir; este comentario no se muestra. Copie de él lo que necesite.

Una nota al pie da la fuente de una afirmación y aparece bajo "Notas", al final:

    Las remesas volvieron a subir en 2025.[^banco]

    [^banco]: Banco de México, estadísticas de remesas, consultado el 2026-01-10.

Una figura es una imagen sola en su párrafo, con la ruta relativa a este archivo y un
texto alternativo que diga qué muestra; el título entre comillas pasa a ser su pie:

    ![Gráfico de barras de las remesas por año](img/remesas.png "Remesas, 2020-2026")

Un aviso es un recuadro con una etiqueta, escrita en inglés (NOTE, TIP, IMPORTANT, WARNING
o CAUTION); la página la muestra en español:

    > [!NOTE]
    > Qué seguir: la fecha de la próxima reunión.
-->
""",
)

FRENCH = Skeleton(
    summary="Remplacez ce texte par une ou deux phrases qui disent ce qui s'est passé et "
    f"pourquoi c'est important{_NBSP}; il s'affiche sur la page d'accueil, dans le flux et "
    "dans les aperçus de liens.",
    draft_comment="# Un brouillon n'est généré qu'avec --drafts. Remplacez le texte provisoire, "
    "puis supprimez la ligne suivante.",
    lede=f"Remplacez ce chapeau par l'information en un paragraphe{_NBSP}: qui a fait quoi, "
    "quand, et ce que cela change.",
    key_points="Points clés",
    points=(
        (
            f"Ce qui s'est passé{_NBSP}:",
            "Remplacez par la décision, la visite ou l'annonce, en une phrase.",
        ),
        (
            f"Pourquoi c'est important{_NBSP}:",
            "Remplacez par la conséquence pour le domaine d'action publique du lecteur.",
        ),
        (
            f"Et ensuite{_NBSP}:",
            "Remplacez par la prochaine date, le prochain vote ou la prochaine échéance à suivre.",
        ),
    ),
    figures="Chiffres",
    table_keyword=f"Tableau{_NBSP}:",
    caption="Remplacez par une légende qui dit ce que montre le tableau",
    header=("Indicateur", "Valeur", "Source"),
    row=("Remplacez par un indicateur", "0", "Remplacez par la source"),
    examples=f"""\
<!--
D'autres éléments possibles{_NBSP}; ce commentaire n'est pas affiché.
Copiez-en ce dont vous avez besoin.

Une note de bas de page donne la source d'une affirmation{_NBSP}; elle est listée
sous «{_NBSP}Notes{_NBSP}» à la fin de la page{_NBSP}:

    Les envois de fonds ont encore augmenté en 2025.[^banque]

    [^banque]: Banco de México, statistiques des envois de fonds, consulté le 2026-01-10.

Une figure est une image seule dans son paragraphe, au chemin relatif à ce fichier,
avec un texte alternatif qui dit ce qu'elle montre{_NBSP}; le titre entre guillemets
devient sa légende{_NBSP}:

    ![Histogramme des envois de fonds par année](img/envois.png "Envois de fonds, 2020-2026")

Un encadré est une boîte avec une étiquette, écrite en anglais (NOTE, TIP, IMPORTANT, WARNING
ou CAUTION){_NBSP}; la page l'affiche en français{_NBSP}:

    > [!NOTE]
    > À suivre{_NBSP}: la date de la prochaine réunion.
-->
""",
)

PORTUGUESE = Skeleton(
    summary="Substitua este texto por uma ou duas frases que digam o que aconteceu e por que "
    "isso importa; ele aparece na página inicial, no feed e nas pré-visualizações de links.",
    draft_comment="# Um rascunho só é gerado com --drafts. Substitua o texto provisório e "
    "depois apague a linha seguinte.",
    lede="Substitua este lide pela notícia em um parágrafo: quem fez o quê, quando e o que isso "
    "muda.",
    key_points="Pontos principais",
    points=(
        ("O que aconteceu:", "Substitua pela decisão, visita ou anúncio, em uma frase."),
        ("Por que importa:", "Substitua pela consequência para a área de atuação do leitor."),
        ("O que vem a seguir:", "Substitua pela próxima data, votação ou prazo a acompanhar."),
    ),
    figures="Números",
    table_keyword="Tabela:",
    caption="Substitua por uma legenda que diga o que a tabela mostra",
    header=("Indicador", "Valor", "Fonte"),
    row=("Substitua por um indicador", "0", "Substitua pela fonte"),
    examples="""\
<!--
Mais recursos que você pode usar; este comentário não aparece na página. Copie o que precisar.

Uma nota de rodapé indica a fonte de uma afirmação e aparece em "Notas", no final:

    As remessas voltaram a subir em 2025.[^banco]

    [^banco]: Banco de México, estatísticas de remessas, acesso em 2026-01-10.

Uma figura é uma imagem sozinha em seu parágrafo, com o caminho relativo a este arquivo e
um texto alternativo que diga o que ela mostra; o título entre aspas vira a legenda:

    ![Gráfico de barras das remessas por ano](img/remessas.png "Remessas, 2020-2026")

Um destaque é uma caixa com um rótulo, escrito em inglês (NOTE, TIP, IMPORTANT, WARNING
ou CAUTION); a página o mostra em português:

    > [!NOTE]
    > O que acompanhar: a data da próxima reunião.
-->
""",
)

SKELETONS = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "pt": PORTUGUESE}
"""Each skeleton by the primary language subtag it is written in: `es` serves `es-MX` too."""


def skeleton_in(lang: str) -> Skeleton | None:
    """Return the skeleton written in `lang` (a regional variant reads its language's), or
    None when there is none: the caller writes the English one and says so."""
    return SKELETONS.get(primary(lang))


def render_skeleton(title: str, date: dt.date, skeleton: Skeleton = ENGLISH) -> str:
    """Return the new briefing's Markdown: safely quoted front matter, then the skeleton.

    It is a draft, so a half-written briefing is never published by accident.
    """
    # Quoted always: PyYAML would write `1e3` or `0o17` plain, which briefgen reads as numbers.
    header = (
        f"title: {plain_text(title)}\ndate: {date.isoformat()}\n"
        f"summary: {yaml_text(skeleton.summary)}\ntags: []\n"
    )
    points = "\n".join(f"- **{term}** {text}" for term, text in skeleton.points)
    body = (
        f"{skeleton.lede}\n\n## {skeleton.key_points}\n\n{points}\n\n## {skeleton.figures}\n\n"
        f"{skeleton.table_keyword} {skeleton.caption}\n\n{_table_row(skeleton.header)}\n"
        f"|---|---|---|\n{_table_row(skeleton.row)}\n\n{skeleton.examples}"
    )
    return f"---\n{header}{skeleton.draft_comment}\ndraft: true\n---\n\n{body}"


def _table_row(cells: tuple[str, str, str]) -> str:
    return f"| {' | '.join(cells)} |"


_NO_BREAK_SPACES = str.maketrans({_NBSP: " ", "\u202f": " "})
"""French typography's spaces, as plain ones: an editor or a paste may turn the skeleton's
into spaces, and the placeholder is still there."""

PLACEHOLDERS = tuple(
    placeholder.translate(_NO_BREAK_SPACES)
    for skeleton in SKELETONS.values()
    for placeholder in skeleton.placeholders()
)
"""Every skeleton's placeholder lines, no-break spaces as spaces: a file is looked at for all
of them, whatever its language, as a translation may be started from another language's
skeleton."""


def find_placeholders(rel: str, text: str) -> list[Diagnostic]:
    """Return a warning for every line that still holds placeholder text from a skeleton."""
    text = text.translate(_NO_BREAK_SPACES)
    left = [placeholder for placeholder in PLACEHOLDERS if placeholder in text]
    if not left:  # the common case, a finished briefing: one pass over the text per placeholder
        return []
    hint = "replace it with the briefing's own text"
    # Once `draft: true` is gone, `build` publishes the text as it is: no step is left after.
    hint += "; then remove `draft: true`" if _is_draft(text) else ": `build` publishes it as it is"
    return [
        warning(SourcePos(rel, number), "placeholder text from `briefgen new` is still here", hint)
        for number, line in enumerate(text.splitlines(), start=1)
        if any(placeholder in line for placeholder in left)
    ]


def _is_draft(text: str) -> bool:
    """Return whether the front matter of `text` holds `draft: true`, as `new` writes it."""
    lines = text.splitlines()
    for line in lines[1:] if lines and lines[0].rstrip() == "---" else ():
        if line.rstrip() in ("---", "..."):
            break
        key, _, value = line.partition(":")
        if key.rstrip() == "draft" and value.partition("#")[0].strip().lower() == "true":
            return True
    return False
