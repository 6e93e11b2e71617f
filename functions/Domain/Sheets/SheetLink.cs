namespace MotCua.Domain.Sheets;

/// <summary>A Markdown link in a sheet's body that points inside the site, with where it is written.</summary>
public sealed record SheetLink(string Url, int Line, int Column);
