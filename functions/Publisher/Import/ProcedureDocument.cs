namespace MotCua.Publisher.Import;

/// <summary>A section of a procedure document: its heading as the page shows it, and its content in reading order.</summary>
internal sealed record DocumentSection(string Heading, List<WordBlock> Content);

/// <summary>A procedure document of the national database, found by its headings: header fields and sections in document order.</summary>
internal sealed record ProcedureDocument(string SourcePath, IReadOnlyDictionary<HeaderField, string> Header, IReadOnlyList<DocumentSection> Sections)
{
    public string Value(HeaderField field) => Header.TryGetValue(field, out var value) ? value : "";

    public DocumentSection? Section(string heading) => Sections.FirstOrDefault(s => s.Heading == heading);
}
