namespace MotCua.Publisher.Import;

/// <summary>A sheet body cut at its `##` headings: the text before the first one, then each section's heading and text.</summary>
internal sealed record SheetSections(string Preamble, IReadOnlyList<(string Heading, string Text)> Sections)
{
    public static SheetSections Parse(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var preamble = new List<string>();
        var sections = new List<(string Heading, List<string> Lines)>();
        var fenced = false;
        foreach (var line in lines)
        {
            fenced ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (!fenced && line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add((line[3..].Trim(), []));
            }
            else if (sections.Count == 0)
            {
                preamble.Add(line);
            }
            else
            {
                sections[^1].Lines.Add(line);
            }
        }

        return new SheetSections(string.Join("\n", preamble).Trim('\n'), sections.Select(s => (s.Heading, string.Join("\n", s.Lines).Trim('\n'))).ToList());
    }

    /// <summary>The body again: preamble, then each section under its heading, a blank line between.</summary>
    public static string Render(string preamble, IEnumerable<(string Heading, string Text)> sections)
    {
        var parts = sections.Select(s => $"## {s.Heading}\n\n{s.Text}\n").ToList();
        if (preamble.Length > 0)
        {
            parts.Insert(0, preamble + "\n");
        }

        return string.Join("\n", parts);
    }
}
