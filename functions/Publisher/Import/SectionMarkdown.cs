using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Domain.Text;

namespace MotCua.Publisher.Import;

/// <summary>
/// The content of a document section as Markdown: "Bước 1: ..." paragraphs and Word-numbered paragraphs as a numbered
/// list (a step written "Bước n" keeps its word in bold, as the sample sheets do), bullets as a bullet list, a paragraph
/// or table that follows a step indented under it, other paragraphs as paragraphs, tables as tables.
/// </summary>
internal static partial class SectionMarkdown
{
    public static string Render(IEnumerable<WordBlock> blocks)
    {
        var chunks = new List<(string Text, bool ListItem)>();
        var number = 0;
        var itemIndent = "";
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph { Text.Length: 0 }:
                    break;
                case WordParagraph paragraph when Step(paragraph.Text) is (var step, var rest):
                    number = step;
                    itemIndent = AddItem(chunks, $"{step}. **Bước {step}:** {MarkdownText.Inline(rest)}");
                    break;
                case WordParagraph { List: WordListKind.Numbered } paragraph:
                    number++;
                    itemIndent = AddItem(chunks, $"{number}. {MarkdownText.Inline(paragraph.Text)}");
                    break;
                case WordParagraph { List: WordListKind.Bullet } paragraph:
                    itemIndent = AddItem(chunks, "- " + MarkdownText.Inline(paragraph.Text));
                    break;
                case WordParagraph paragraph:
                    chunks.Add((itemIndent + MarkdownText.Inline(paragraph.Text), false));
                    break;
                case WordTable table when table.Rows.Count > 0:
                    chunks.Add((MarkdownTable.Render(table, itemIndent), false));
                    break;
            }
        }

        var text = new System.Text.StringBuilder();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i > 0)
            {
                text.Append(chunks[i].ListItem && chunks[i - 1].ListItem ? "\n" : "\n\n");
            }

            text.Append(chunks[i].Text);
        }

        return text.ToString();
    }

    /// <summary>Adds a list item; what follows it until the next item is indented to its text, so it stays inside the step.</summary>
    private static string AddItem(List<(string Text, bool ListItem)> chunks, string item)
    {
        chunks.Add((item, true));
        return new string(' ', item.IndexOf(' ', StringComparison.Ordinal) + 1);
    }

    /// <summary>"Bước 2: Công chức ..." (any case, with or without diacritics) → (2, "Công chức ...").</summary>
    private static (int Number, string Text)? Step(string text)
    {
        var match = StepPattern().Match(TextFolding.Fold(text));
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), text[match.Length..].Trim()) : null;
    }

    [GeneratedRegex(@"^\s*buoc\s*(\d{1,2})\s*[:.\-–)]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex StepPattern();
}
