using System.Text;
using MotCua.Domain.Codes;

namespace MotCua.Publisher.Verbs;

/// <summary>Adds lines to site/codes.yaml, leaving the lines already there untouched.</summary>
internal static class CodeRegistryFile
{
    public static async Task AppendAsync(string siteDir, IReadOnlyList<NewCode> added, CancellationToken cancellationToken)
    {
        var file = Path.Combine(siteDir, CodeRegistry.FileName);
        var existing = File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : null;
        var text = (existing ?? string.Empty) + CodeRegistryWriter.AppendText(existing, added);

        // Write beside and rename, so an interrupted run never leaves half a registry.
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }
}
