using MotCua.Domain.Codes;
using MotCua.Publisher.Import;

namespace MotCua.Publisher.Verbs;

/// <summary>Adds lines to site/codes.yaml, leaving the lines already there untouched.</summary>
internal static class CodeRegistryFile
{
    public static async Task AppendAsync(string siteDir, IReadOnlyList<NewCode> added, CancellationToken cancellationToken)
    {
        var file = Path.Combine(siteDir, CodeRegistry.FileName);
        var existing = File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : null;
        var text = (existing ?? string.Empty) + CodeRegistryWriter.AppendText(existing, added);
        await SheetFiles.ReplaceAsync(file, text, cancellationToken);
    }
}
