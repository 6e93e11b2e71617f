using MotCua.Domain.Sheets;

namespace MotCua.Domain.Build;

/// <summary>Converts between a sheet and its body-less snapshot in the build cache.</summary>
internal static class SheetSnapshots
{
    public static SheetSnapshot FromSheet(Sheet s) => new()
    {
        Title = s.Title, Code = s.NationalCode, Level = s.Level, Agency = s.Agency, Applicants = s.Applicants, ProcessingTime = s.ProcessingTime,
        Fee = s.Fee, Result = s.Result, OnlineUrl = s.OnlineUrl, Updated = s.Updated, Retired = s.Retired, ReplacedBy = s.ReplacedBy,
        RetiredReason = s.RetiredReason, Aliases = [.. s.Aliases], BodyLine = s.BodyLine, Positions = new(s.Positions, StringComparer.Ordinal),
        Links = [.. s.Links], ContentHash = s.ContentHash,
    };

    public static Sheet ToSheet(SheetSnapshot s, SheetFile file) => new()
    {
        Unit = file.Unit, Field = file.Field, Slug = file.Slug, SourcePath = file.RelativePath, DisplayPath = file.DisplayPath,
        Title = s.Title, NationalCode = s.Code, Level = s.Level, Agency = s.Agency, Applicants = s.Applicants, ProcessingTime = s.ProcessingTime,
        Fee = s.Fee, Result = s.Result, OnlineUrl = s.OnlineUrl, Updated = s.Updated, Retired = s.Retired, ReplacedBy = s.ReplacedBy,
        RetiredReason = s.RetiredReason, Aliases = s.Aliases, BodyLine = s.BodyLine, Positions = s.Positions, Links = s.Links,
        ContentHash = s.ContentHash, Body = "", HasBody = false,
    };
}
