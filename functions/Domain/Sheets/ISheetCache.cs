namespace MotCua.Domain.Sheets;

/// <summary>A sheet file on disk, identified well enough to know whether it changed since the last build.</summary>
public sealed record SheetFile(string Unit, string Field, string Slug, string RelativePath, string DisplayPath, long Length, DateTime LastWriteUtc);

/// <summary>Parse results kept between builds, so an unchanged sheet is not read again.</summary>
public interface ISheetCache
{
    bool TryGet(SheetFile file, out SheetParseResult result);

    void Store(SheetFile file, SheetParseResult result);
}
