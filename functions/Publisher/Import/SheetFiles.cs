using System.Text;

namespace MotCua.Publisher.Import;

/// <summary>Writes the editors' files: new ones never over an existing file, updated ones beside and renamed.</summary>
internal static class SheetFiles
{
    /// <summary>Creates the file; false when one exists, even one that appeared a moment ago.</summary>
    public static async Task<bool> CreateAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await file.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Writes beside and renames, so an interrupted run never leaves half a file (a sheet, unit.yaml, codes.yaml).</summary>
    public static async Task ReplaceAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
