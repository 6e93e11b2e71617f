namespace MotCua.Domain.Sheets;

/// <summary>A sheet file found under a field folder: where it is and its raw text.</summary>
public sealed record SheetSource(string Unit, string Field, string Slug, string RelativePath, string DisplayPath, string Text);

/// <summary>What parsing one sheet file gives: the sheet (null when unusable) and the file's own problems.</summary>
public sealed record SheetParseResult(Sheet? Sheet, IReadOnlyList<Diagnostic> Diagnostics);
